import { rangeA1 } from "../../src/core/grid/a1";
import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import type { Family } from "../../src/core/model/types";
import { review, ReviewResult } from "../../src/core/review";
import { build, firstContentRow, mainTitleRow, rowTexts, SHEETS, titleAs, titleRows, withoutRows, withRowsBefore } from "./metamorphic";

/**
 * Why held-out sheets lost their family at graduation (README graduation paragraphs, batch*-diagnosis.md, git log
 * --grep=family), as kinds: a title naming another form; no title; an excerpt cut before its first line or after a few;
 * a family whose header words are rare (打分方法, 考核分, 项目名称及分值, …指标权重); a short list; a head with rare field
 * names (专项名称, 主管部门(单位)名称及部门预算编码); two forms on one sheet; a word (监控) in a sentence read as the form's
 * name; traditional characters. metamorphic-family.test.ts covers the title (removed, another, a unit-and-year one, its
 * placement), a preamble and a page break; metamorphic-traditional the script. This suite adds the shapes an excerpt or
 * a publisher's layout gives an unseen sheet, each leaving a careful reader sure of the family:
 *   1. the table cut after the first third of its indicator lines (an excerpt that ends early);
 *   2. the table cut to its last third (the lines between the header and the last third left out: the header kept);
 *   3. the title replaced by a neutral attachment line (附件2), as a notice's attachment prints it;
 *   4. the title split over two lines: the unit and the year, then the form's name;
 *   5. a 填表说明 line between the title and the table;
 *   6. a 填报单位 / 填报日期 line under the table (where a filled form signs off), and a blank row before it;
 *   7. numbered 说明 lines under the table (1.本表由…填写);
 *   8. the header dropped under a title that names the form (a later page of the table, printed without its header);
 *   9. the title moved to the sheet's name (the table pasted into a sheet named after it);
 *  10. the money unit (单位：万元) on the title's own line, in the last column;
 *  11. the form printed twice, one copy under the other (two projects' forms on one sheet, as publishers print them).
 * Only the family is compared (a cut changes what the arithmetic can check).
 */

const BASE = new Map<string, ReviewResult>();
const baseOf = (name: string, load: () => Grid) => {
  if (!BASE.has(name)) BASE.set(name, review(load(), "national"));
  return BASE.get(name)!;
};
const asSheet1 = (g: Grid) => build(g, (r, c) => g.cell(r, c), g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), "Sheet1");

/** The run of indicator lines right under the header (a second table further down, under its own header, is not this one). */
function tableRows(r: ReviewResult): number[] {
  const last = r.model.headerLastRow ?? r.model.headerRow;
  if (last === null || last === undefined) return [];
  const all = [...new Set(r.model.indicators.map((i) => i.row))].filter((x) => x > last).sort((a, b) => a - b);
  const rows: number[] = [];
  for (const x of all) if (!rows.length || x - rows[rows.length - 1] <= 2) rows.push(x); else break;
  return rows;
}
/** The row at or after `at` where no merge runs across from above (a cut there splits no merged label). */
const cleanCut = (g: Grid, at: number) => {
  for (let r = at; r <= g.rowCount; r++) if (!g.merges.some((m) => m.r1 < r && m.r2 >= r)) return r;
  return null;
};
const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);

type Change = Grid | null;
const CHANGES: Record<string, (g: Grid, r: ReviewResult) => Change> = {
  "the table cut after the first third of its lines": (g, r) => {
    const rows = tableRows(r);
    if (rows.length < 6) return null;
    // (cut where the printout stops: a label merged down across the cut ends with it)
    const at = rows[Math.ceil(rows.length / 3)];
    const merges = g.merges.filter((m) => m.r1 < at).map((m) => rangeA1({ ...m, r2: Math.min(m.r2, at - 1) }));
    return build(g, (rr, c) => g.cell(rr, c), at - 1, g.colCount, merges, g.name);
  },
  "the table cut to its last third": (g, r) => {
    const rows = tableRows(r);
    if (rows.length < 6) return null;
    const from = cleanCut(g, rows[0]);
    const to = cleanCut(g, rows[rows.length - Math.ceil(rows.length / 3)]);
    if (from === null || to === null || to <= from) return null;
    return withoutRows(g, range(from, to - 1)).grid;
  },
  "the title replaced by 附件2": (g, r) => {
    const rows = titleRows(g, r.model.headerRow);
    if (!rows.length) return null;
    const row = mainTitleRow(g, rows);
    return titleAs(g, row, "附件2", rowTexts(g, row)[0].col, 0);
  },
  "the title split over two lines (unit and year, then the form)": (g, r) => {
    const rows = titleRows(g, r.model.headerRow);
    if (!rows.length) return null;
    const row = mainTitleRow(g, rows);
    const t = rowTexts(g, row)[0];
    // (the form's name: the title's last words from its last year, unit or project word on; a title of one name only is
    // left alone)
    const m = t.text.trim().match(/^(.*?(年度?|局|县|区|市|中心|单位))([^年局县区市]{4,})$/);
    const pad = Array(t.col - 1).fill(null);
    // (a title naming no unit gets one above it)
    if (!m) return withRowsBefore(g, row, [[...pad, { v: "某县农业农村局2023年度" }]]).grid;
    const split = titleAs(g, row, m[3], t.col, 0);
    return withRowsBefore(split, row, [[...pad, { v: m[1] }]]).grid;
  },
  "a 填表说明 line above the table": (g, r) => {
    const at = firstContentRow(g, titleRows(g, r.model.headerRow));
    return withRowsBefore(g, at, [[{ v: "填表说明：1.本表金额单位为万元；2.请据实填写，不得漏项。" }]]).grid;
  },
  "a 填报单位 / 填报日期 line under the table": (g) => {
    const line = (...v: (string | null)[]): (Cell | null)[] => v.map((x) => (x === null ? null : { v: x }));
    return withRowsBefore(g, g.rowCount + 1, [line(null), line("填报单位（盖章）：", null, "填报人：", null, "填报日期：2023年12月")]).grid;
  },
  "numbered 说明 lines under the table": (g) => {
    const lines = ["说明：", "1.本表由被考核（评价）单位如实填写，金额单位为万元。", "2.各项得分不得超过该项分值。", "3.本表一式两份，报送县财政局。"];
    return withRowsBefore(g, g.rowCount + 1, [[null], ...lines.map((v) => [{ v }])]).grid;
  },
  "the header dropped, a title naming the form kept (a page of the table)": (g, r) => {
    const top = r.model.headerRow;
    const last = r.model.headerLastRow ?? top;
    if (top === null || last === null || top === undefined) return null;
    const rows = titleRows(g, top);
    if (!rows.length || !namesItsForm(r.model.family, rowTexts(g, mainTitleRow(g, rows))[0].text)) return null;
    if (tableRows(r).length < 4 || g.merges.some((m) => m.r1 < top && m.r2 >= top) || g.merges.some((m) => m.r1 <= last && m.r2 > last)) return null;
    return withoutRows(g, range(top, last)).grid;
  },
  "the title moved to the sheet's name": (g, r) => {
    const rows = titleRows(g, r.model.headerRow);
    if (!rows.length) return null;
    const t = rowTexts(g, mainTitleRow(g, rows))[0].text.trim();
    const out = withoutRows(g, rows).grid;
    return build(out, (rr, c) => out.cell(rr, c), out.rowCount, out.colCount, out.merges.map((m) => rangeA1(m)), t.slice(0, 31));
  },
  "the money unit on the title's line": (g, r) => {
    const rows = titleRows(g, r.model.headerRow);
    if (!rows.length || g.colCount < 3) return null;
    const row = mainTitleRow(g, rows);
    const t = rowTexts(g, row)[0];
    const grid = titleAs(g, row, t.text, t.col, g.colCount - 1);
    return build(grid, (rr, c) => (rr === row && c === g.colCount ? { v: "单位：万元" } : grid.cell(rr, c)), grid.rowCount, grid.colCount, grid.merges.map((m) => rangeA1(m)), grid.name);
  },
  "the form printed twice, one under the other": (g) => {
    const lines: (Cell | null)[][] = [[null]];
    for (let r = 1; r <= g.rowCount; r++) { const l: (Cell | null)[] = []; for (let c = 1; c <= g.colCount; c++) l.push(g.cell(r, c)); lines.push(l); }
    const merges = g.merges.map((m) => ({ r1: m.r1 + g.rowCount + 1, c1: m.c1, r2: m.r2 + g.rowCount + 1, c2: m.c2 }));
    return withRowsBefore(g, g.rowCount + 1, lines, merges).grid;
  },
};

/**
 * A title names its family's form where its words say which form it is (as metamorphic-family's NAMES_FAMILY): only
 * there does a page of the table without its header leave a careful reader sure of the family.
 */
const NAMES_FAMILY: Partial<Record<Family, { is: RegExp; not: RegExp }>> = {
  "project-self-eval": { is: /自评|自評/, not: /部门整体|部門整體|整体支出|整體支出|目标表|目標表|申报|申報|监控|監控|考核/ },
  "dept-self-eval": { is: /(部门|部門|整体|整體).*(自评|自評)/, not: /目标|目標|申报|申報|监控|監控|考核/ },
  "target-declaration": { is: /目标表|目標表|目标申报|目標申報/, not: /自评|自評|评价|評價|监控|監控|决算|決算|考核/ },
  "indicator-system": { is: /评分|評分|细则|細則|指标体系|指標體系/, not: /自评|自評|部门整体|部門整體|目标表|目標表|申报|申報|监控|監控/ },
  monitoring: { is: /监控|監控/, not: /自评|自評|目标表|目標表|申报|申報/ },
};
const namesItsForm = (family: Family, title: string) => {
  const n = NAMES_FAMILY[family];
  return !!n && n.is.test(title) && !n.not.test(title);
};

/** Sheets whose family the change loses (`<sheet>|<change>`, with the cause). Each must still FAIL. */
const KNOWN: Record<string, string> = {
  "real/hn-yiyang-provincial-demonstration-coop-acceptance-scoring-2011|the table cut to its last third":
    "graduated from validation/ by age in session 28, measured just before the move: the last third's first line lies inside the last group's label merged down A11:A16, so the clean cut runs past the whole group — the excerpt keeps only the header, the unlabelled 100 line and the notes: no line of the table left to tell its family (diagnosed by grad28)",
  "real/hi-commerce-service-trade|the title replaced by 附件2":
    "as metamorphic-family's 'title removed' entry for this sheet: an attachment's number names nothing, and without its title the sheet's body does not tell its family",
  "real/hn-nanyue-ethnic-religious-martyrs-shrine-dept-selfeval-2020-trad|the title replaced by 附件2":
    "as metamorphic-family's 'title removed' entry for this sheet: an attachment's number names nothing, and without its title the sheet's body does not tell its family",
  "real/hn-shaoyang-cdc-public-health-selfeval-report-2021-trad|the title replaced by 附件2":
    "as metamorphic-family's 'title removed' entry for this sheet: an attachment's number names nothing, and without its title the sheet's body does not tell its family",
  "real/js-nanjing-zhongshanling-river-chief-assessment-rubric|the title replaced by 附件2":
    "as metamorphic-family's 'title removed' entry for this sheet: an attachment's number names nothing, and without its title the sheet's body does not tell its family",
  "real/yn-changning-justice-dept-selfeval-2020-cut|the title replaced by 附件2":
    "as metamorphic-family's 'title removed' entry for this sheet: an attachment's number names nothing, and without its title the sheet's body does not tell its family",
  "real/zj-fenghua-edu-disabled-training-selfeval-2022|the title replaced by 附件2":
    "as metamorphic-family's 'title removed' entry for this sheet: an attachment's number names nothing, and without its title the sheet's body does not tell its family",
  "real/hn-nanyue-ethnic-religious-martyrs-shrine-dept-selfeval-2020-trad|the title moved to the sheet's name":
    "a department form whose head reads 单位名称 / 主管部门 / 实施单位 like a project's: its title in the sheet's name is read, but the title's rows then take the head's lines, whose project words outweigh it (not diagnosed further)",
  "extra/ah-shouxian-dept|the title moved to the sheet's name":
    "a 部门整体支出绩效评价自评表 scored as a rubric (序号 | 一级 | 二级 | 三级 | 指标分值 | 指标解释 | 评分标准 | 自评得分), indicator-system by convention: it keeps that family with its title removed, but the title in the sheet's name is read as a department self-evaluation's title again, which the rubric's evidence no longer outweighs (not diagnosed further)",
  "real/hb-wuhan-tourism-village-creation-rating-scoring-summary|the table cut after the first third of its lines":
    "a short list (序号 | 工作标准 | 分值) under a 目录 title whose only evidence is its 分值 adding up to its 合计 500 (short-lists.ts): an excerpt of it no longer adds up, and nothing else names a scoring system",
  "real/hb-wuhan-tourism-village-creation-rating-scoring-summary|the table cut to its last third":
    "a short list (序号 | 工作标准 | 分值) under a 目录 title whose only evidence is its 分值 adding up to its 合计 500 (short-lists.ts): an excerpt of it no longer adds up, and nothing else names a scoring system",
  "kind rubric2|the header dropped, a title naming the form kept (a page of the table)":
    "the template's rules are formulas (到位率×分值, 按完成比例计分) and one 效果明显得20分, all short: no headerless rule page (headerlessRulePage needs two lines of points beside a rule in words, or three beside a criterion of 15 characters)",
  "real/ah-xuancheng-grain-security-assessment-scoring-2020-excerpt|the header dropped, a title naming the form kept (a page of the table)":
    "the points stand only in the merged labels ((一)保护耕地(15分), 1.耕地保有量…(7分)) over several rule lines each: fewer than two lines carry points beside a rule (headerlessRulePage)",
  "real/gd-rural-domestic-waste-governance-assessment-weights-excerpt|the header dropped, a title naming the form kept (a page of the table)":
    "a weights table (一级指标 | 权重 | 二级指标 | 权重 | 三级指标 | 权重) whose lines are short names beside numbers, no rule and no criterion written out: without its header nothing says the numbers are weights",
  "real/he-handan-chengan-civil-affairs-centenarian-allowance-selfeval-2020|the header dropped, a title naming the form kept (a page of the table)":
    "a project self-evaluation's indicator table read without its two-line header: the operator column (>=) is not taken (inferResultsTable reads the whole sheet's rows from the top, its head and fund blocks included), and the title and head alone score below the threshold",
  "real/sc-suining-jingkai-drugs-devices-transfer-selfeval-2021|the header dropped, a title naming the form kept (a page of the table)":
    "a transfer payment's self-evaluation whose indicator lines (指标值 ≥3 | 完成值 4, no unit column) are read only under their header: inferResultsTable needs a unit column right of the operators",
  "real/cn-new-agri-business-entity-cultivation-assessment-scoring-excerpt|the form printed twice, one under the other":
    "a one-line headerless rule (inferPointsRuleLines) is read only where every line under its first item is an item or a label: the second copy's title is neither",
  "real/gd-lechang-vocational-student-aid-allocation-target-2018-trad|the form printed twice, one under the other":
    "an allocation list with a target form: printed twice, the second copy's lines read under the first copy's head (not diagnosed further)",
};

const MEASURE = !!process.env.FAMILY_MEASURE;
const outcomes: string[] = [];
afterAll(() => {
  if (MEASURE) console.log(outcomes.join("\n"));
});

describe.each(SHEETS)("%s", (name, load) => {
  test.each(Object.keys(CHANGES))("%s: the same family", (change) => {
    const base = baseOf(name, load);
    // (only a sheet with a family must keep it)
    if (base.model.family === "unknown") return;
    const changed = CHANGES[change](asSheet1(load()), base);
    if (!changed) return;
    const family: Family = review(changed, "national").model.family;
    if (MEASURE) {
      if (family !== base.model.family) outcomes.push(`MEASURE\t${change}\t${name}\t${base.model.family} -> ${family}`);
      return;
    }
    const check = () => expect(family).toBe(base.model.family);
    if (KNOWN[`${name}|${change}`]) expect(check).toThrow();
    else check();
  });
});
