import { compact } from "./normalize";
import { withoutCopyMarks } from "./copy-marks";
import { labelCode, ownListLast } from "./codes";

/** (a module constant: a literal in a function makes a RegExp on every call) */
// (round brackets, or the black lenticular ones a rule sheet prints its points in: "组织领导【20分】"; not a bracket that
// deducts, "(扣1分)": a rule's deduction, no worth)
// (the count of the group's items may open the bracket, its points after a comma: "重点指标(19个,800分)", "(9项,570分)")
const WEIGHT_IN_BRACKETS = /[(【](?:\d+[个项条],)?[^\d扣]{0,12}?(\d+(?:\.\d+)?)分[)】]/;

/**
 * The label's closing bracket opening with its points and going on with the item's deductions, as a standard's items
 * print them: "…并兑现奖惩。(2分,无评比活动扣2分,…扣完为止)" — the points first, right after the bracket, then a comma or a
 * semicolon and a clause that deducts (扣). Not a bracket opening with a rule's word ("(扣2分,…)", "(每缺一项扣1分,…)"),
 * nor points for two tiers or a bonus ("(5分,35分)", "(50分,附加分5分)": no deduction), nor one with another bracket inside.
 */
const POINTS_OPENING_CLOSING_BRACKET = /[(【](\d+(?:\.\d+)?)分[,;][^()【】]*扣[^()【】]*[)】]$/;

/**
 * A label closing on points whose figure was lost ('油菜机播/机收面积?分)', '…机械化?0分)' — a bracket and a digit lost to a
 * mirror's '?' —, '…(□分)', '…(*0分)', '…（？分）'): points stated, not readable. The mark stands where the figure's first digit
 * was, a '0' after it at most (a figure of 0 is no item's points: '?0分)' lost its tens). Read on the text as written or
 * normalised (normalizeText keeps a '?' before '分)').
 */
const LOST_POINTS = /(?:^|[^\d.])[?？□*\ufffd]{1,2}0?\s*分\s*[)）]$/;
/** Whether the label closes on such points (a figure that reads, '(5分)', '?5分)' — its bracket lost —, is none). */
export function lostPointsInLabel(label: string): boolean {
  return label.indexOf("分") >= 0 && LOST_POINTS.test(label.trim());
}

/**
 * A weight written into a label: "A部门决策（35分）", "产出指标(50分)", "(特性指标70 分)", "(50分)", "组织领导【20分】", or
 * opening the closing bracket that carries the item's deductions, "…活动。(2分,缺1次扣0.5分,扣完为止)".
 */
export function weightInLabel(label: string): number | null {
  const c = compact(label);
  // (no 分 in it, as most labels of a table: no pattern run)
  if (c.indexOf("分") < 0) return null;
  // (its figure lost, '(*0分)', '?0分)': no 0 read from what is left)
  if (LOST_POINTS.test(c)) return null;
  const m = WEIGHT_IN_BRACKETS.exec(c) ?? POINTS_OPENING_CLOSING_BRACKET.exec(c) ?? TOTAL_CLOSING_BRACKET.exec(c);
  return m ? Number(m[1]) : null;
}

/**
 * A bracket awarding per unit and closing with the total it makes, "…民主理财制度等各项工作。(1个0.5分,共3分)": the 共 / 合计 /
 * 满分 N分 is the item's worth, the per-unit award (1个0.5分) its rule. Read only where no bracket holds points alone.
 */
const TOTAL_CLOSING_BRACKET = /[(【][^()【】]*?[,;](?:共计?|合计|满分)(\d+(?:\.\d+)?)分[)】]/;

/** (module constants) every bracketed '(N分)' and what follows it; a word that sums or splits the points */
const LABEL_CLAUSE_POINTS = /[(]\D{0,12}?(\d+(?:\.\d+)?)分[)]([^(]?)/g;
// (a clause closed by a comma, a semicolon, a full stop or the end of its line: "…经常组织活动。(1分)↵党员先锋…(1分)")
const LABEL_CLAUSE_END = /^$|^[,;。、\n]$/;
// (每 as an award per unit or occurrence, 每项0.5分 / 每发现一例(1分); not as how often the item's work is done, 每月评价并公开,
// 每季度召开, 每年开展: a requirement's frequency splits no points)
const NOT_LABEL_CLAUSES = /其中|共计?|合计|小计|包括|含|满分|总分|最高|最多/;
// (and 每 only in the clause its bracket closes: "每次组织活动(1分)"; a sentence closed before its points, "每个村设置宣传栏。
// (10分)", is the clause's requirement, every village its subject — and so is any 每 on lines numbered one clause a line,
// "1. 每村配备1名专管员。(10分)↵2. …(10分)↵3. 每户发放分类桶(10分)": a numbered clause's bracket is its worth)
const PER_UNIT_CLAUSE = /每(?!个?月|季|年|半年|周|旬|天|日|学期)[^。(]*[(]/;
/** a line opening with its clause's number: 1. 1、 (1) ① */
const NUMBERED_CLAUSE_LINE = /^(?:\d{1,2}[.、．]|[(]\d{1,2}[)]|[①②③④⑤⑥⑦⑧⑨⑩])/;
/** a bracket's points that are a rule's deduction, "(扣1分)": no clause's worth */
const DEDUCTION_IN_BRACKET = /[(][^()]*扣[^()]*分[)]/;
/** a bracket's points awarded per unit, whatever the unit, "(每月1分)", "(每项0.5分)": no clause's worth */
const PER_UNIT_IN_BRACKET = /[(][^()]*每[^()]*分[)]/;

/**
 * An item's points written into its label: weightInLabel's, or where the label states two or more clauses each closed
 * by its own '(N分)' ("…纳入对乡镇的年度考核(2分),…纳入对相关部门的年度考核(2分)。", or one clause a line, "…经常组织活动。(1分)↵
 * 党员先锋模范作用好,…问题。(1分)") and no points of its own, their sum (4, 2) — as clause awards are summed elsewhere. Not where
 * a word totals or splits them (其中, 共, 合计, 每 …), nor where a bracket repeats a rule's deduction ("(扣1分)").
 */
export function itemWeightInLabel(label: string): number | null {
  const w = weightInLabel(label);
  if (w === null) return null;
  const flat = compact(label);
  if (flat.indexOf("分)") === flat.lastIndexOf("分)")) return w;
  // (a cell holding a numbered list of its own, '1.…(5分); 2.…(5分); … 5.…(…合计6分)。', whose clauses' awards do not add up
  // as they stand: the first bracket is its first point's award, no points of the whole cell — none read)
  if (NOT_LABEL_CLAUSES.test(flat) || DEDUCTION_IN_BRACKET.test(flat) || PER_UNIT_IN_BRACKET.test(flat)) return ownPointsList(label) ? null : w;
  if (PER_UNIT_CLAUSE.test(flat) && !numberedClauseLines(label)) return ownPointsList(label) ? null : w;
  // (each line compacted apart: a line break closes the clause before it)
  // (prec48b: a copy's marks out, copy-marks.ts — a sentence said twice word for word, a web copy's repeat, summed once)
  const c = withoutCopyMarks(label.indexOf("\n") < 0 ? flat : label.split(/\r?\n/).map(compact).filter((l) => l !== "").join("\n"));
  let sum = 0;
  let n = 0;
  LABEL_CLAUSE_POINTS.lastIndex = 0;
  for (let m = LABEL_CLAUSE_POINTS.exec(c); m; m = LABEL_CLAUSE_POINTS.exec(c)) {
    if (!LABEL_CLAUSE_END.test(m[2])) return w;
    sum += Number(m[1]);
    n++;
  }
  return n >= 2 ? Math.round(sum * 1000) / 1000 : w;
}

/**
 * A text opening a numbered list of its own (1.… 2.… run on inside it, or one a line: ownListLast), two points at least:
 * the points of a rule written in one cell, not one item.
 */
export function ownPointsList(text: string): boolean {
  if (text.indexOf("分") < 0) return false;
  const code = labelCode(text);
  return code !== null && ownListLast(text, code) > code.n;
}

/** Two lines or more, each opening with its clause's number and closing with its own bracketed points. */
function numberedClauseLines(label: string): boolean {
  if (label.indexOf("\n") < 0) return false;
  const lines = label.split(/\r?\n/).map(compact).filter((l) => l !== "");
  return lines.length >= 2 && lines.every((l) => NUMBERED_CLAUSE_LINE.test(l) && /分[)]$/.test(l));
}

/** (module constants) a clause's points written bare after its comma, closing it; a clause that deducts */
const COMMA_POINTS_END = /,(\d+(?:\.\d+)?)分[;。]?$/;
const DEDUCTING_CLAUSE = /扣/;
const PER_OCCURRENCE = /每/;
/** a number opening the criterion: 1. 1、 (1) */
const CRITERION_NUMBER = /^(?:\d{1,2}[.、]|[(]\d{1,2}[)])\D/;

/**
 * A numbered criterion's points written bare after its clause's comma, as a standard with no 分值 column prints its items
 * ("1.本机构有职责明确的控烟领导小组,2分;" -> 2): the cell's first line opens with the item's number and closes with its
 * points; a further line awarding the same way adds to them ("3.…纳入本单位的工作计划,2分;↵并有资金保障,1分;" -> 3), a line
 * that deducts ("有1位吸烟成员扣1分,扣完为止;", "每发现1个烟头扣1分;") is the item's rule. Null where the first line states
 * no points so (a criterion cut short, a rule's award "…的得2分"), or another line neither awards so nor deducts.
 */
export function criterionPoints(text: string): number | null {
  if (text.indexOf("分") < 0) return null;
  const lines = text.split(/\r?\n/).map((l) => compact(l)).filter((l) => l !== "");
  if (!lines.length || !CRITERION_NUMBER.test(lines[0]) || DEDUCTING_CLAUSE.test(lines[0])) return null;
  let sum = 0;
  for (let k = 0; k < lines.length; k++) {
    const m = COMMA_POINTS_END.exec(lines[k]);
    // (not per occurrence: "每发现1处,1分" awards each, no item's points)
    if (m && !DEDUCTING_CLAUSE.test(lines[k]) && !PER_OCCURRENCE.test(lines[k].slice(0, m.index).split(/[,;]/).pop()!)) sum += Number(m[1]);
    else if (k === 0 || !DEDUCTING_CLAUSE.test(lines[k])) return null;
  }
  return sum > 0 ? Math.round(sum * 1000) / 1000 : null;
}

/**
 * Points written bare after a group label, as scoring forms do: "投入20 分", "公共区域18分", "农村村庄环境卫生考核评分45分",
 * also after a closing quote ("做到『五有』15分").
 * Only a short label ending in the points: not a rule or target ("得2分", "扣1分", "每…", "90分以上", "满分100分",
 * "≥20分钟", "100分制", "考试成绩80分以上比例", "平均成绩80分"), not a sentence (no ，；。：).
 */
const BARE_POINTS = /^(.*?[\u4e00-\u9fa5)』」”])(\d+(?:\.\d+)?)分$/;
/** A group label's leading code (compact text): 一、 (一) 1. 1、 1.2 ① A、 */
const GROUP_CODE = /^(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十\d]{1,3}[)]|\d{1,2}(?:\.\d{1,2})*[、.]|[①-⑳]|[A-Z]\d{0,2}[、.])/;
const NOT_A_GROUP_WEIGHT =
  /得|扣|每|不得|超过|以上|以下|以内|不足|不低于|不高于|低于|高于|达到|满分|总分|最高|最多|最低|至少|[加减]$|[≥≤><=＞＜]|[为计记按占约近]$|第|成绩|分数|平均|均分|评为|评定/;

/**
 * The weight of a GROUP label (a 一级/二级 label, a label merged over its rows): the bracketed points weightInLabel
 * reads, else points written bare after the label ("投入20 分" -> 20). Not for indicator names or rubric texts.
 */
export function groupWeightInLabel(label: string): number | null {
  const compacted = compact(label);
  // (no 分 in it, as nearly every label of a table: no points, bracketed or bare — each reading below needs one; asked
  // before them, as weightInLabel asks it first)
  if (compacted.indexOf("分") < 0) return null;
  // (a label whose clauses each close with their points, one a line, is worth their sum as an item's is: the same cell
  // read as a group of its own line states one worth, not two)
  const w = itemWeightInLabel(label);
  if (w !== null) return w;
  // (the points' closing bracket kept where the page lost its opening one, "示范社建设情况60分)": the bare points, the
  // stray bracket dropped — only a bracket that closes none opened in the label; where the page printed the opening
  // bracket as a full stop, "四个规范。35分)", that stop goes with it)
  if (LOST_POINTS.test(compacted)) return null;
  let c = strayClosingBracketDropped(compacted);
  if (c !== compacted) c = c.replace(STOP_FOR_BRACKET, "$1");
  // (a label not ending in 分: no pattern run)
  if (c.charCodeAt(c.length - 1) !== 0x5206) return null;
  const m = BARE_POINTS.exec(c);
  if (!m) return null;
  // (the label's own code is no punctuation of a sentence: "一、组织领导38分")
  const head = m[1].replace(GROUP_CODE, "");
  if (head.length < 2 || head.length > 24 || /[,;:。、!?]/.test(head) || NOT_A_GROUP_WEIGHT.test(head)) return null;
  return Number(m[2]);
}

/** A full stop right before the closing points, "。35分": the opening bracket a page lost, printed as a stop. */
const STOP_FOR_BRACKET = /。(\d+(?:\.\d+)?分)$/;

/** The label without a last ')' that closes no bracket opened before it ("…情况60分)" → "…情况60分"). */
function strayClosingBracketDropped(c: string): string {
  if (!c.endsWith(")")) return c;
  let depth = 0;
  for (let k = 0; k < c.length - 1; k++) {
    if (c[k] === "(") depth++;
    else if (c[k] === ")" && depth > 0) depth--;
  }
  return depth === 0 ? c.slice(0, -1) : c;
}

/** A group label's name without its points, bracketed or bare: "投入20 分" -> "投入". */
export function groupLabelName(label: string): string {
  const name = labelName(label);
  if (weightInLabel(label) !== null || groupWeightInLabel(label) === null) return name;
  return name.replace(/\d+(?:\.\d+)?分\)?$/, "");
}

/**
 * A weight in brackets, words before it inside the same bracket ("(满分10分)"): never across a closing bracket, so a
 * bracketed code before the name ("(一)组织领导(30分)") is not read as the start of the points' bracket (which took
 * the whole label for points and left the name blank). (a module constant: a literal in a function makes a RegExp on
 * every call)
 */
// (with the count of the group's items opening the bracket, as WEIGHT_IN_BRACKETS reads it: "(19个,800分)")
const WEIGHTS_IN_BRACKETS = /[(【](?:\d+[个项条],)?[^\d()【】]{0,12}?\d+(?:\.\d+)?分[)】]/g;
const INDICATOR_NUMBER = /^指标(\d+[:：]?|[一二三四五六七八九十]{1,3}[:：、.,])/;

/** The label without its weight part and code prefix: "A1部门目标（12分）" -> "部门目标". */
export function labelName(label: string): string {
  const c = compact(label).replace(WEIGHTS_IN_BRACKETS, "");
  // strip the code as codePrefix reads it ("C142020年…" keeps its year)
  const code = codePrefix(c);
  return (code ? c.slice(code.length) : c).replace(INDICATOR_NUMBER, "");
}

/** (a module constant: a literal in a function makes a RegExp on every call) */
const CODE_BEFORE_YEAR = /^([A-Z]\d*?)(?=(19|20)\d{2}年)/;
const LETTER_CODE = /^([A-Z]\d*)(?=[^\dA-Za-z])/;

/** A letter code prefix like "A", "A1", "C14" at the start of an indicator label, if any. */
export function codePrefix(label: string): string | null {
  const c = compact(label);
  // (no capital letter first, as most labels: no code, no pattern run)
  const first = c.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return null;
  // "C142020年会计…": the code is C14, followed by a year
  const withYear = CODE_BEFORE_YEAR.exec(c);
  if (withYear) return withYear[1];
  const m = LETTER_CODE.exec(c);
  return m ? m[1] : null;
}

/**
 * Points awarded by a 评分细则 text: "①…得0.25分；②…得0.5分" -> [0.25, 0.5].
 * Only itemised rubrics (circled or numbered items each awarding points) count; "酌情得0-2分",
 * "扣0.5分", "扣完为止" and alternatives of the same item are not awards to be summed.
 */
/** The awards of an itemised rubric: each item's points, and the part of them that is a second award ("…再加3分"). */
export interface RubricAwards {
  items: number;
  points: number[];
  /**
   * the points of the awards written as a second award on top of one before ("得3分,…再加3分"): part of the item's
   * points where all the awards add up to its 分值, a bonus above it where they would lift the item over it (0: none)
   */
  extra?: number;
}

export function rubricAwards(source: string): RubricAwards | null {
  // (an award's breakdown in a bracket opened by 其中, "得0.5分(其中…得0.2分;…得0.2分;…得0.1分)", lists that award's
  // parts, no further awards: left out before the clauses are read)
  const text = source.replace(AWARD_BREAKDOWN, "分");
  const c = compact(text);
  if (!/[①②③④⑤⑥⑦⑧⑨⑩]/.test(c)) return clauseAwards(c, text);
  const parts = c.split(/(?=[①②③④⑤⑥⑦⑧⑨⑩])/).filter((p) => /^[①②③④⑤⑥⑦⑧⑨⑩]/.test(p));
  if (parts.length < 2) return null;
  const points: number[] = [];
  for (const p of parts) {
    if (/扣|不得分|不计分|得0分|0-\d|～|~/.test(p)) return null; // deductions or ranges: not an award list
    const m = /(?:得|计|记|,)(\d+(?:\.\d+)?)分/.exec(p) ?? /(\d+(?:\.\d+)?)分[。;；]?$/.exec(p);
    if (!m) return null;
    points.push(Number(m[1]));
  }
  return { items: parts.length, points };
}

/** a bracket opened by 其中 right after an award's points: the award's parts ("得0.5分(其中…得0.2分;…自然村(组)…得0.1分)") */
const AWARD_BREAKDOWN = /分[ \t\u3000]*[(（][ \t\u3000]*其中(?:[^()（）]|[(（][^()（）]*[)）])*[)）]/g;
/** (a module constant: a literal in a function makes a RegExp on every call) */
const AWARDED = /得(\d+(?:\.\d+)?)分/g;
/** what else the rule does to its award: deducts from it or zeroes it (the full award is then its one award) */
const DEDUCTS_OR_ZEROES = /扣|不得分|不计分|得0分/;
/** a clause's break before its second character: a comma, a semicolon or a full stop (not a decimal point) */
const CLAUSE_BREAK = /^(?:[,;。:]|\.\D)/;
/** an award that is not the item's whole: per occurrence (每…得1分), a bonus or a cap (加分, 最高, 最多), a range */
const NOT_A_FULL_AWARD = /每|加分|加\d|最高|最多|至多|不超过|\d[-~～至]\d/;

/**
 * What full completion earns under a rule that awards once and otherwise deducts or zeroes ("集中学习培训不少于15天的
 * 得10分，少于15天的每少1天扣1分，扣完为止", "按要求制定方案得10分，未制定不得分") -> 10: the rule's one positive "得N分".
 * Null where the rule awards more than once (tiers, items: rubricAwards' business), per occurrence, or never deducts.
 */
export function fullAward(text: string): number | null {
  const c = compact(text);
  if (!DEDUCTS_OR_ZEROES.test(c)) return null;
  let award: number | null = null;
  for (const m of c.matchAll(AWARDED)) {
    const n = Number(m[1]);
    if (n <= 0) continue;
    if (award !== null) return null;
    award = n;
    // the clause the award is in: per occurrence, a bonus, a cap or a range is not the item's full award
    let from = m.index!;
    while (from > 0 && !CLAUSE_BREAK.test(c.slice(from - 1, from + 1))) from--;
    if (NOT_A_FULL_AWARD.test(c.slice(from, m.index! + m[0].length))) return null;
  }
  return award;
}

/**
 * What makes a rule's one "得N分" no cap on the item: a deduction, a bonus, per occurrence or per item ("每…", "一项可得2分",
 * "2分/项"), a cap or band stated apart, a judgement, a formula.
 */
const NOT_A_SOLE_AWARD = /扣|加\d|加分|奖励|每|[一1](?:项|个|次|处|条|人|家|篇|件|例|所|户|村|天)(?:可|即|均)?[得计记给]|分\/|\/[项个次处条人件]|最高|最多|至多|不超过|满分|总分|酌情|视情|[×÷*]|分值|权重|比例|\d[-~～至]\d|分(?:以上|以下|以内|及以上|及以下)/;
/** a circled item number: an itemised rubric (rubricAwards') */
const CIRCLED_ITEM = /[①②③④⑤⑥⑦⑧⑨⑩]/;
/** a rule closed as a sentence: by its points or a full stop */
const SENTENCE_CLOSED = /[分。.!]$/;
/** points in a rule: "得1分", "1分" */
const POINTS_IN_RULE = /(\d+(?:\.\d+)?)分/g;

/**
 * The one award of a rule that awards nothing else: "列入预算且有凭证的得1分。", "达到要求的得1分,否则不得分" -> 1. Full
 * completion earns it and nothing more, so it is the most the item can score. Null where the rule deducts, adds a bonus,
 * awards per occurrence or per item, states a cap, a band or a formula, or awards more than once (tiers and itemised
 * clauses are rubricAwards' business; rules that deduct from an award, fullAward's and targetAward's).
 */
export function soleAward(text: string): number | null {
  const c = compact(text);
  // one whole sentence: not the first of numbered clauses ("1、…,得1分;" with the rest cut or on other lines), not
  // a clause left open (",", ";")
  if (NOT_A_SOLE_AWARD.test(c) || NUMBERED_CLAUSE.test(c) || CIRCLED_ITEM.test(c) || !SENTENCE_CLOSED.test(c)) return null;
  let award: number | null = null;
  for (const m of c.matchAll(POINTS_IN_RULE)) {
    const n = Number(m[1]);
    if (n === 0) continue; // the otherwise-zero ("否则得0分")
    if (award !== null || !/[得计记给]$/.test(c.slice(0, m.index))) return null;
    award = n;
  }
  return award;
}

/**
 * The condition of an award that is the task's own target met, ending where the award follows: "III类及以上水质比例达到
 * 年度任务书要求的," "完成年度任务的," "按要求完成目标的". Not a threshold ("完成率达到95%以上的") and not a partial or
 * missed target (基本完成, 未达到: those open as ALTERNATIVE_CLAUSE).
 */
const TARGET_MET_CONDITION = /(?:^|[^未没不无])(?:达到|完成|符合|满足|实现)[^,;。:]*?(?:要求|任务|目标|任务书)的?,?$/;

/**
 * The full award of a rule whose one award is earned by meeting the task's own target, everything else deducting or
 * adding a bonus ("达到年度任务书要求的,得40分;未达到…的,每1个…扣5分。加扣分:…加2分"): 40. The award must stand in
 * the rule's first sentence, after that condition alone. Null otherwise (per item: "每完成1个得2分"; tiers; a threshold).
 */
export function targetAward(text: string): number | null {
  const award = fullAward(text);
  if (award === null) return null;
  const c = compact(text);
  for (const m of c.matchAll(AWARDED)) {
    if (Number(m[1]) !== award) continue;
    const before = c.slice(0, m.index);
    if (/[;。]/.test(before) || ALTERNATIVE_CLAUSE.test(before)) return null;
    return TARGET_MET_CONDITION.test(before) ? award : null;
  }
  return null;
}

/**
 * A rate formula whose multiplier is the indicator's full points ("按国控断面III类以上水质比例×50计分", "按完成率×50计分"):
 * a 100% rate earns the multiplier. A further factor ("比例×50×0.8计分": the reduced case), a percent or a bonus is not.
 */
const RATE_TIMES_POINTS = /(?:率|比例|比重)[×*](\d+(?:\.\d+)?)(?=计分|得分|分(?!值)|$|[,;。)])/g;

/** The full points a rubric's rate formulas state ("比例×50计分" -> 50); null where none, or where they differ. */
export function rateFormulaPoints(text: string): number | null {
  const c = compact(text);
  if (!/[×*]/.test(c)) return null;
  let points: number | null = null;
  for (const m of c.matchAll(RATE_TIMES_POINTS)) {
    const n = Number(m[1]);
    if (n <= 0 || (points !== null && points !== n)) return null;
    points = n;
  }
  return points;
}

/** Points awarded in a clause: "得1分", "计2分", "1分" (the clause's last words). */
const CLAUSE_POINTS = /(\d+(?:\.\d+)?)分/g;
/**
 * What makes a clause no plain award: a deduction (扣, 每…; not a frequency the clause sets a threshold for: 每年…不少于10篇的,
 * 计2分), a range or band of points (1-2分, 90分以上), a cap or a bonus (最高 / 最多 before a number — not 最高库存量 —, 满分, 加2分; "再加2分" is a second award, read apart), a judgement (酌情, 视情况), a formula (×, ÷, 分值)
 * or a total or veto of the item (合计3分, 本项共2分, 该指标不得分).
 */
const NOT_AN_AWARD = /扣|每(?!(?:年度?|季度?|月|半年|周|日|天)[^,;。]*?(?:不少于|至少|不低于))|酌情|视情|合计|共计|总计|小计|累计|共\d|本项|该项|此项|本指标|该指标|\d[-~～至]\d|分(?:以上|以下|以内|及以上|及以下)|最高[^\d,;。]{0,3}\d|最多[^\d,;。]{0,3}\d|至多|不超过|满分|总分|(?:^|[^再])加\d|加分|[×÷*]|分值|权重|按比例|比例得分/;
/**
 * A bracketed note that states no points and no rule ("(例举2-3个成功事例)", "(走访1-2名知名人士或老同志)", "(兼职)"): an
 * example or a way to check, whose count range is no range of points. Left out of a clause before it is read.
 */
const PLAIN_NOTE = /\((?:[^()分扣每加得计记给最满])*\)/g;
/** an award's verb before its points: 得/计/记/给 N分, or a second award "再加N分" */
const AWARD_VERB = /(?:[得计记给]|再加)$/;
const SECOND_AWARD = /再加$/;
/** A clause opening as an alternative of the one before ("部分完成得1分", "未完成的…", "否则…"). */
const ALTERNATIVE_CLAUSE = /^(?:\d{1,2}[、.)])?(?:部分|基本|较|未|没有|无|不|否则|其他|其余|其它|仅|只|若未|如未)/;
/** A clause awarding for the absence of something: "无安全责任事故发生记5分" (what is absent: 安全责任事故). */
const ABSENCE_AWARD = /^(?:\d{1,2}[、.)])?无(?:发生)?(.{2,}?)(?:发生)?的?[得计记给]\d/;

/**
 * Whether a clause opening with 无 awards for the absence of what it names ("安全管理措施到位记5分,无安全责任事故发生记5分":
 * two awards) rather than the alternative of the clause before it ("有应急预案得2分,无预案得1分": what it lacks is what
 * that clause has). `before`: the clause before it ("" for none).
 */
function absenceAward(clause: string, before: string): boolean {
  const m = ABSENCE_AWARD.exec(clause);
  return !!m && before.indexOf(m[1]) < 0;
}

/** A numbered clause: "1、…", "2.…", "(3)…". */
const NUMBERED_CLAUSE = /^(?:\d{1,2}(?:、|\.(?!\d)|\))|\(\d{1,2}\))/;
/** A clause that awards nothing ("没有不得分", "未落实的得0分"): the otherwise-zero of the clauses before. */
const ZERO_CLAUSE = /不得分|不计分|得0分|0分$/;

/** A line break before a numbered clause ("…计4分。\n2、…", "…3分\n2.…"): the clause before it ends there. */
const BREAK_BEFORE_NUMBERED = /[\r\n]+(?=[ \t\u3000]*(?:\d{1,2}(?:、|\.(?!\d)|\)|．)|[(（]\d{1,2}[)）]))/;
/** (a module constant: a literal in a function makes a RegExp on every call) */
const CLAUSE_END = /[;。]/;
const LIST_BREAK = /[,。]/;
/** a list part's points at its end ("有办公场地1分", "档案规范(1分)", "…再加3分") */
const POINTS_AT_END = /\d分\)?$/;

/** ','-parts without points joined to the part after them (their condition); the parts after the last points stay apart */
function joinConditions(parts: string[]): string[] {
  const out: string[] = [];
  let pending = "";
  for (const p of parts) {
    if (POINTS_AT_END.test(p)) {
      out.push(pending + p);
      pending = "";
    } else pending += p + ",";
  }
  if (pending) out.push(pending.slice(0, -1));
  return out;
}

/**
 * Points awarded by a 评分标准 written in clauses separated by ';' ("印制宣传手册,得1分;举办…,得1分;…得1分。" ->
 * [1, 1, 1]), or in numbered clauses each closed by '。' or by the line break before the next number ("1、成立…,计4分。
 * 2、建立…,计1分。" -> [4, 1]; "1.…,3分↵2.…,2分;" -> [3, 2]). Inside one clause, ','-separated awards that fall ("…得3分,
 * …得2分") are alternatives of it, the largest counts (-> 3); equal or rising ones are awards of their own, as those
 * joined by ';' ("…的得2分,…得2分;…计2分,…计2分。" -> [2, 2, 2, 2]), and so is a second award "再加N分" ("…得3分,…再加3分"
 * -> [3, 3], extra 3). Only where the clauses clearly partition the points: at least two clauses award, none is a
 * deduction, a band, a cap, a bonus or a formula, none opens as an alternative of the one before, and the awards do not
 * fall clause by clause (tiers: "全部完成得5分;完成80%得4分;…"); otherwise null. A bracketed note with no points
 * ("(例举2-3个成功事例)") is left out first: its count is no range of points.
 */
function clauseAwards(c: string, text: string): RubricAwards | null {
  let clauses: string[] = [];
  for (const line of text.split(BREAK_BEFORE_NUMBERED)) {
    for (const part of compact(line).split(CLAUSE_END)) {
      const x = part.replace(/^[,、\s]+|[,、\s]+$/g, "");
      if (x !== "") clauses.push(x);
    }
  }
  // without a ';' the clauses are items only where every one is numbered (1、… 2、…): a '。' alone also ends a sentence;
  // or a list whose every ','-separated part ends with its points ("机构健全2分,有办公场地1分,有办公设备1分。")
  if (!/[;]/.test(c) && (clauses.length < 2 || !clauses.every((x) => NUMBERED_CLAUSE.test(x)))) {
    clauses = c.replace(PLAIN_NOTE, "").split(LIST_BREAK).filter((x) => x !== "");
    // a second award names the award before it: the words before that award are its condition ("…任务,…一村一品,建设完成
    // 计3分,内容丰富再加2分" -> "…建设完成计3分", "…再加2分")
    if (c.indexOf("再加") >= 0) clauses = joinConditions(clauses);
    if (clauses.length < 2 || !clauses.every((x) => POINTS_AT_END.test(x))) return null;
  }
  const points: number[] = [];
  let numbered = 0;
  let extra = 0;
  /** whether a point is a second award (再加), by its index in points */
  const second: boolean[] = [];
  let before = "";
  for (const raw of clauses) {
    const clause = raw.indexOf("(") >= 0 ? raw.replace(PLAIN_NOTE, "") : raw;
    const previous = before;
    before = clause;
    if (NOT_AN_AWARD.test(clause)) return null;
    const found = [...clause.matchAll(CLAUSE_POINTS)];
    // every N分 of the clause awards: after 得/计/记/给 (or 再加), or ending the clause ("…制度1分", "…(1分)"); other
    // points are a threshold ("考核达90分,得3分") and the clause no plain award
    const awarding = (m: RegExpMatchArray) => AWARD_VERB.test(clause.slice(0, m.index)) || /^\)?$/.test(clause.slice(m.index! + m[0].length));
    if (!found.every(awarding)) return null;
    const awards = found.map((m) => Number(m[1]));
    const positive = awards.filter((a) => a > 0);
    if (!positive.length) {
      if (ZERO_CLAUSE.test(clause) || awards.length) continue; // an otherwise-zero
      // the item's own heading, closed by '。' before the clauses that award ("5.严格规范粮食从业行为。组织开展…,计2分;…")
      if (raw === clauses[0] && !points.length && /^[^。]+。/.test(c) && c.startsWith(raw)) continue;
      return null; // a clause without points: the text is no award list
    }
    if (ALTERNATIVE_CLAUSE.test(clause) && !absenceAward(clause, previous)) return null;
    // the clause must award: 得/计/记 N分 (or 再加), or N分 ending it ("…制度1分", "…是否真实(1分)")
    if (!/(?:得|计|记|给|再加)\d+(?:\.\d+)?分/.test(clause) && !/\d分\)?$/.test(clause)) return null;
    if (NUMBERED_CLAUSE.test(clause)) numbered++;
    // the clause's awards: its second awards (再加N分) each add; the others fall from the best as alternatives ("…得4分,
    // …得3分,…得2分": the best counts) or, equal or rising, add up as awards of their own ("…得2分,…得2分")
    const firsts: number[] = [];
    for (const m of found) {
      const v = Number(m[1]);
      if (v <= 0) continue;
      if (SECOND_AWARD.test(clause.slice(0, m.index))) {
        extra += v;
        points.push(v);
        second.push(true);
      } else firsts.push(v);
    }
    if (!firsts.length) {
      if (points.length === second.filter((x) => x).length) return null; // a second award with no first one before it
      continue;
    }
    const falls = firsts.every((p, k) => k === 0 || p < firsts[k - 1]);
    if (falls) {
      points.push(firsts[0]);
      second.push(false);
    } else {
      if (!firsts.every((p, k) => k === 0 || p >= firsts[k - 1])) return null; // neither falling nor rising: unclear
      // awards of their own: none opens as an alternative of the one before ("…得2分,未…得2分")
      if (clause.split(",").some((part, k) => k > 0 && ALTERNATIVE_CLAUSE.test(part))) return null;
      for (const p of firsts) {
        points.push(p);
        second.push(false);
      }
    }
  }
  if (points.length < 2) return null;
  // falling clause by clause: tiers of one criterion, not parts — unless each clause is a numbered item (1、… 2、…) (a
  // second award adds to the one before it and is left out of the comparison)
  const firstAwards = points.filter((_, k) => !second[k]);
  if (numbered < firstAwards.length && firstAwards.length >= 2 && firstAwards.every((p, k) => k === 0 || p < firstAwards[k - 1])) return null;
  return extra > 0 ? { items: points.length, points, extra } : { items: points.length, points };
}

/**
 * Bonus points a scoring rule grants above the item's weight: "…一个加1分，最多加2分" -> 2, "加1分；达到20元，加2分"
 * -> 3 (each bonus once), "加分不超过3分" -> 3; 0 when the rule grants none. A score above its weight up to the
 * bonus follows the rule the sheet prints.
 */
export function bonusPoints(text: string | null): number {
  if (!text) return 0;
  const c = compact(text);
  const cap = /(?:最多|最高|至多|累计)(?:再|可)?加(\d+(?:\.\d+)?)分|加分(?:最多|最高|不超过|不得超过)(\d+(?:\.\d+)?)分/.exec(c);
  if (cap) return Number(cap[1] ?? cap[2]);
  let sum = 0;
  for (const m of c.matchAll(/(?:加|奖励|额外)(\d+(?:\.\d+)?)分/g)) sum += Number(m[1]);
  return sum;
}

/**
 * An indicator whose name says lower is better (林业有害生物成灾率, 事故发生率, 投诉率, 逾期发放率): scored as a
 * ceiling when it has no operator, and a floor on it (≥) is set the wrong way round.
 */
export const LOWER_IS_BETTER = /(受害率|成灾率|发生率|发病率|事故率|投诉率|差错率|失误率|违规率|违纪率|死亡率|感染率|超标率|不合格率|损失率|故障率|返工率|误差率|流失率|空置率|超支率|偏差率|返贫率|(逾期|延误|滞后|拖欠)[\u4e00-\u9fa5]{0,4}率)$/;
