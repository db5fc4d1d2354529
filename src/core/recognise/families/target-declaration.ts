import { evidence, type FamilyDetector, type SheetFeatures } from "../features";
import { progressColumn } from "./monitoring";
import { titleSaysMonitoring } from "./title-fields";
import { reportsNothingDone } from "./self-report";
import { targetsUnderSelfReport } from "./targets-under-report";
import { targetsByNotice } from "./target-notice";
import { DATE_LINE, MARKER_LINE } from "../vocabulary";
import { DECLARATION_BLOCKS, DECLARING_FIELD, namesDeclaration, departmentFunds, fieldsLine, UNIT_YEAR_LINE, EFFECT_DIMENSIONS, EVALUATION_COVER, EXECUTION_WORDS, RESULT_DIMENSIONS, SELF_EVAL_TITLE, TARGET_FORM_HEAD, TARGET_SECTION_HEADING } from "./vocabulary";
import { withoutContents } from "../contents-lines";

/**
 * Fields of a declaration's head (TARGET_FORM_HEAD and DECLARATION_BLOCKS, each pattern once) that name the form without
 * its title, over targets to declare (an indicator table, or the goals line: 项目名称, 项目单位, 主管部门, 起止时间 alone
 * head a self-evaluation report as well).
 */
const FORM_HEAD_FIELDS = 4;
/** A declaration's goals line, a label of its own (年度总体目标, 本年度绩效目标, 实施期目标, 长期绩效目标, 整体绩效目标 …). */
const FORM_GOALS = /(^|\|)(本?年度(总体|绩效)?目标|总体目标|实施期(绩效)?目标|中?长期(绩效)?目标|当年绩效目标|整体绩效目标)(\||$)/m;

/**
 * The sheet says it declares targets: by its title or a heading ("…绩效目标表", "…申报表"), or, its title left out (a
 * form pasted into a new sheet, or a title naming only the unit and the year), by a declaration's head — four or more
 * of its fields (项目名称, 主管部门, 资金总额, 年度目标, 项目属性, 立项依据 …) over its targets — on a sheet that reports nothing done
 * (no execution, completion or self-evaluation word, no progress column) and whose title names no other form
 * (自评, 评价报告, 监控); or a notice of the targets set, stating them in sentences (target-notice.ts).
 */
export function declaresTargets(f: SheetFeatures): boolean {
  // (dev57b: or a notice making the targets known, its targets in sentences — target-notice.ts)
  return namesDeclaration(f.title) || f.headings.some((h) => namesDeclaration(h)) || declaredByHead(f) || targetsByNotice(f);
}

/** A declaration's head without a declaration's title (see declaresTargets). */
export function declaredByHead(f: SheetFeatures): boolean {
  if (SELF_EVAL_TITLE.test(f.title) || titleSaysMonitoring(f.title) || EXECUTION_WORDS.test(f.body) || EVALUATION_COVER.test(f.body) || progressColumn(f)) return false;
  // a department's form (its funds as 基本支出 beside 项目支出, no project named) that reports nothing done over two or more
  // of a declaration's fields (总体资金情况, 年度主要任务, 职能职责概述, 整体绩效目标): the department's declaration, cut before
  // its targets or not
  // (dev58: its fields, not a table of contents' entries naming a package's parts — '十二、项目绩效目标申报表': contents-lines.ts)
  const body = withoutContents(f.body);
  if (departmentFunds(f.body) && reportsNothingDone(f) && evidence(body, DECLARATION_BLOCKS) >= 2) return true;
  // (targets to declare: an indicator table whose header is read, or the form's goals line; or the form's act of
  // declaring, money asked for or the unit declaring it, 项目资金申请 | 本年度申请资金 / 申报单位: a head cut before its
  // targets, which a self-evaluation's head, reporting money given and spent, never has)
  // (or the head opening the sheet names the project, its department and its money, three of TARGET_FORM_HEAD, and nothing
  // done: a self-evaluation's fund block states its budget beside what was executed, 全年执行数)
  const moneyHead = evidence(f.title, TARGET_FORM_HEAD) >= 3 && reportsNothingDone(f) && headOpensSheet(f);
  // (an indicator table whose header reads the items' names only, no column of theirs — 指标类别 | 指标名称 over heads read as
  // nothing, 考核要求 | 2006年完成情况: a completion table of no family — declares no target a head's fields could make
  // the form's: cells42)
  if (!(f.header && !namesOnly(f.header.columns)) && !FORM_GOALS.test(f.body) && !DECLARING_FIELD.test(f.body) && !moneyHead) return false;
  return evidence(body, TARGET_FORM_HEAD) + evidence(body, DECLARATION_BLOCKS) >= FORM_HEAD_FIELDS;
}

/** A header whose only columns read are the items' level columns (一级 / 二级 / 三级: names, no value of theirs). */
function namesOnly(cols: Partial<Record<string, number>>): boolean {
  for (const role in cols) if (role !== "level1" && role !== "level2" && role !== "level3") return false;
  return true;
}

/**
 * The form's head opens the sheet: no line above its first field (项目名称, 主管部门, 资金总额, 年度目标: TARGET_FORM_HEAD) but
 * lines naming only a unit and a year ("某县农业农村局2023年度"), fields with their values, dates, an attachment's number
 * or the money unit. A title naming anything else ("2023年项目资金情况", an allocation table's) is the sheet's own name.
 */
export function headOpensSheet(f: SheetFeatures): boolean {
  const g = f.grid;
  for (let r = 1; r <= Math.min(g.rowCount, HEAD_ROWS); r++) {
    let line = "";
    for (let c = 1; c <= Math.min(g.scanCols, 30); c++) {
      if (!g.ownsCell(r, c)) continue;
      const t = g.compactText(r, c);
      if (t) line += (line ? "|" : "") + t;
    }
    if (!line) continue;
    if (TARGET_FORM_HEAD.some((re) => re.test(line))) return true;
    if (!UNIT_YEAR_LINE.test(line) && !fieldsLine(line) && !DATE_LINE.test(line) && !MARKER_LINE.test(line)) return false;
  }
  return false;
}
/** An evaluation report's cover fields beside its 评价类型 / 评价方式 line: who evaluated, when, how it was organised. */
const EVALUATION_COVER_FIELDS = /(^|\|)(评价(机构|时间|单位|组织方式)|组织方式)/m;

/**
 * A table stating targets and nothing done under a self-evaluation report's title (targetsUnderSelfReport): what the table
 * says beyond its target column, over the title's word alone (a project self-evaluation's title and its project's units
 * make 0.5: the table decides the tie).
 */
const PRESENTED_TARGETS = 0.1;

/** Rows read for the head's first field. */
const HEAD_ROWS = 10;

/**
 * 绩效目标申报表 / 目标表 / 审批表 / 审核表: targets without completion values or scores (RULEBOOK §4); some
 * carry 分值 per indicator ("项目资金预算执行 10分").
 */
export const targetDeclaration: FamilyDetector = {
  id: "target-declaration",
  detect(f) {
    const cols = f.header?.columns ?? {};
    if (cols.score || cols.likelihood) return 0;
    // (a list of criteria read by its weights, each column making its whole — criteria-weights.ts: what is assessed and its
    // share, no target to declare, whatever fields a page prints above it)
    if (f.header?.criteriaList) return 0;
    // a target sheet may come with its 实际完成值 column still blank (filled at the self-evaluation); a heading
    // below the title names a later attachment's table ("附件3 …绩效目标表" under an 安排表)
    const declared = declaresTargets(f);
    if (cols.actual && (!declared || f.walk?.indicators.some((i) => i.actual && i.actual.kind !== "empty"))) return 0;
    // without a header read, the title, the fields and the 产出/效益 rows must carry it
    let s = !f.header ? (RESULT_DIMENSIONS.test(f.body) && EFFECT_DIMENSIONS.test(f.body) ? 0.1 : 0) : cols.targetValue ? 0.5 : 0.2;
    // targets written as operator | value (| unit) columns: quantified targets, set without completions or scores
    if (cols.targetOp !== undefined && cols.targetValue !== undefined) s += 0.15;
    if (declared) s += 0.4;
    else if (/绩效目标/.test(f.title)) s += 0.2;
    // 指标说明 / 指标解释 without a declaration's title is an indicator system's; under one it explains the targets
    if (cols.explanation && !declared) s -= 0.2;
    // 分值 without a declaration's title is an indicator system; under one, or beside a target's operator column
    // (指标性质 | 指标值 | 度量单位 | 权重, Sichuan's list-form 申报表), it weights the targets
    if (cols.weight !== undefined && !declared && cols.targetOp === undefined) s -= 0.3;
    // points at two levels (具体内容 | 权重 | 具体内容 | 分值) and no target column: items of a scoring system, whatever
    // the title (a 事前绩效评价审核表), not targets
    if (f.header && cols.targetValue === undefined && cols.weight !== undefined && (cols.level1Weight !== undefined || cols.level2Weight !== undefined)) s -= 0.4;
    // 评分细则 without a declaration's title is an indicator system's; under one it says how a target is scored
    if (cols.rubric && !declared) s -= 0.3;
    // a declaration's fields: two are evidence, each one more adds to it (a department's form pasted without its title)
    const fields = evidence(f.body, DECLARATION_BLOCKS);
    if (fields >= 2) s += Math.min(0.45, 0.15 * (fields - 1));
    // a sheet that opens with a declaration's title (not a later attachment's heading under another table): the
    // form's head (the project, its department, its money, its goals: three of the four) is the form even where it
    // is cut before its indicators
    // (or, its title left out, a sheet that opens with that head, declaring by its own fields (declaredByHead): the same
    // form without its title line — not a later attachment's head under another table)
    if (namesDeclaration(f.title) ? evidence(f.body, TARGET_FORM_HEAD) >= 3 : evidence(f.title, TARGET_FORM_HEAD) >= 3 && headOpensSheet(f) && declaredByHead(f)) s += 0.15;
    // a self-evaluation of targets reports execution and completion: not a declaration — unless the line right above
    // the table is the report's section presenting its targets ("(二)绩效目标情况") and the table has a target column
    // and no completion (a score column is ruled out above)
    const targetSection = !!f.header && cols.targetValue !== undefined && !cols.actual && TARGET_SECTION_HEADING.test(f.lineAbove);
    // (fam56: nor where the table states targets and nothing done under a self-evaluation report's title, whatever line is
    // above it: the targets the report presents, targetsUnderSelfReport — its title's 自评 the only execution word; the
    // table's own evidence then weighs over a title that alone names the self-evaluation: PRESENTED_TARGETS)
    if (SELF_EVAL_TITLE.test(f.title) && !targetSection) s += targetsUnderSelfReport(f) ? PRESENTED_TARGETS : -0.5;
    else if (progressColumn(f)) s -= 0.2;
    else if (EXECUTION_WORDS.test(f.body)) s -= 0.2;
    // an evaluation report's cover (评价类型: 实施过程评价 / 完成结果评价, 评价方式): the report of what was done
    // (the cover's own fields beside it — who evaluated, when, how it was organised: 评价机构, 评价时间, 组织方式 — the cover is
    // the whole report's, whatever page of it the table is: a report's target table, its title cut, is no declaration; fam47)
    if (EVALUATION_COVER.test(f.body)) s -= EVALUATION_COVER_FIELDS.test(f.body) ? 0.6 : 0.4;
    return Math.max(0, Math.min(1, s));
  },
};
