import { Grid } from "../../src/core/grid/grid";
import type { Family } from "../../src/core/model/types";
import { recognise } from "../../src/core/recognise";
import { review } from "../../src/core/review";
import { allVariants } from "./metamorphic-rule-sheets";

/**
 * Assessment and indicator rule sheets we have never seen (考核评分表, 考核细则, 测评指标, 指标权重): every development
 * rule sheet varied the way unseen ones vary (metamorphic-rule-sheets.ts) keeps its family; a 指标 | 权重 list of numbered
 * items gets its group sums and its total checked whatever notation its weights use; the rule column is read under its
 * rule sheet's own words (测评标准) so that its awards are checked against the weight.
 */

/**
 * A rule column dropped from a sheet titled 考核评分表 / 考核细则 leaves items, points (and a score column) and nothing of
 * a rule sheet: an assessment's tally, as 中山陵园's 考核类别 | 考核内容 | 分值 | 备注 is (its truth).
 */
const TALLY_LEFT = new Set([
  "real/cn-agency-eval-report-quality-scoring-form-excerpt::no rule column",
  "real/cn-city-livestock-leading-breeds-tech-extension-assessment-scoring::no rule column",
  "real/cn-city-livestock-leading-breeds-tech-extension-assessment-scoring::no score nor rule column",
  "real/gz-domestic-waste-sorting-city-assessment-rules-excerpt::no rule column",
]);

/** Variants whose family is not the sheet's yet (each must still differ: delete the entry once it is right). */
const KNOWN: Record<string, string> = {
  "real/js-nanjing-zhongshanling-river-chief-assessment-rubric::no title":
    "考核类别 | 考核内容 | 分值 | 备注 without its 考核评分表 title: only the title tells an assessment's tally from a scoring system (indicator-system 0.5)",
  "real/wanglu-budget-assessment::no score column":
    "the grid has no title (部门预算绩效管理考核表 is the page's, not the sheet's): without its 考评得分 column it is the assessment's rules, read as a scoring system",
  "real/wanglu-budget-assessment::no score nor rule column": "as without its score column",
  // corpus48b (session 38)
  "real/zj-good-governance-village-application-assessment-form-excerpt::points in labels, no 分值 column":
    "项目 | 评定标准 | 评分细则 | 乡镇评分 | 县审核得分 with the points only at the end of each 评定标准 ('…工作制度健全。(4分)') and the group's own points unreadable ('(力分】'): no level word and no 分值 head, the items' column headed 评定标准 (no name word), a rule column and two score columns beside it — pointedNamedItems asks a name word and one score column with no rule column (84d71c6, tiered-rubric-header.test.ts), so no header is read and the title (…申报评定表) names no family (batch48b-diagnosis.md)",
};

describe("development rule sheets varied as unseen ones vary keep their family", () => {
  const outcomes = allVariants().map((v) => {
    const key = `${v.sheet}::${v.kind}`;
    const expected: Family = TALLY_LEFT.has(key) ? "assessment" : v.family;
    const m = recognise(v.grid);
    return { key, expected, family: m.family, confidence: m.confidence };
  });

  test("more than 480 variants over 34 sheets", () => {
    expect(outcomes.length).toBeGreaterThan(480);
    expect(new Set(outcomes.map((o) => o.key.split("::")[0])).size).toBe(34);
  });
  test("every variant outside KNOWN keeps its family", () => {
    const wrong = outcomes.filter((o) => o.family !== o.expected && !(o.key in KNOWN)).map((o) => `${o.key}: ${o.family} ${o.confidence} (expected ${o.expected})`);
    expect(wrong).toEqual([]);
  });
  test("every KNOWN variant still differs (a fixed one must leave the list)", () => {
    const fixed = Object.keys(KNOWN).filter((k) => outcomes.some((o) => o.key === k && o.family === o.expected));
    const gone = Object.keys(KNOWN).filter((k) => !outcomes.some((o) => o.key === k));
    expect({ fixed, gone }).toEqual({ fixed: [], gone: [] });
  });
});

// ————————————————————————————————————————————————————————————————————————————————————————————————————————————————
// A 指标 | 权重 list of numbered items under numbered groups (a 考核评价指标体系 of 指标 and their 权重)

type V = string | number | null;
const GROUPS: [string, [string, number][]][] = [
  ["经济发展", [["地区生产总值增速", 10], ["规模以上工业增加值增速", 8], ["固定资产投资增速", 7], ["财政收入增速", 5]]],
  ["产业转移", [["亿元以上承接产业转移项目数", 10], ["实际利用省外资金", 10], ["实际利用外商直接投资", 10]]],
  ["创新驱动", [["研发经费支出占比", 10], ["高新技术产业增加值增速", 10]]],
  ["生态环境", [["单位GDP能耗下降", 10], ["空气质量优良天数比例", 10]]],
];
const CN = "一二三四";
/** A weight in its notation: points (10), percent ("10%"), a share of 1 (0.1), points with their unit ("10分"). */
const NOTATIONS: Record<string, (w: number) => V> = { points: (w) => w, percent: (w) => `${w}%`, share: (w) => w / 100, unit: (w) => `${w}分` };
type Layout = "heading lines" | "numbers in 序号" | "points in group labels";

/**
 * The list under the title 某市考核评价指标体系: groups 30 / 30 / 20 / 20 of items adding up to them, a 合计 of 100; `bump`
 * adds 2 to the first item of the second group (实际利用省外资金 10 → 12), `total` states the 合计.
 */
function weightList(layout: Layout, notation: string, bump = 0, total = 100): Grid {
  const w = NOTATIONS[notation];
  const seq = layout === "numbers in 序号";
  const rows: V[][] = [seq ? ["某市考核评价指标体系", null, null] : ["某市考核评价指标体系", null], seq ? ["序号", "考核指标", "权重"] : ["指标", "权重"]];
  let n = 0;
  GROUPS.forEach(([name, items], g) => {
    const sum = items.reduce((a, [, x]) => a + x, 0);
    if (layout === "heading lines") rows.push([`${CN[g]}、${name}`, w(sum)]);
    else if (seq) rows.push([CN[g], name, w(sum)]);
    else rows.push([`${CN[g]}、${name}(${sum}分)`, null]);
    items.forEach(([item, x], k) => {
      const v = w(x + (g === 1 && k === 0 ? bump : 0));
      rows.push(seq ? [String(++n), item, v] : [`${k + 1}.${item}`, v]);
    });
  });
  rows.push(seq ? ["合计", null, w(total)] : ["合计", w(total)]);
  return Grid.fromValues("Sheet1", rows, [seq ? "A1:C1" : "A1:B1"]);
}
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

const LAYOUTS: Layout[] = ["heading lines", "numbers in 序号", "points in group labels"];
const CASES = LAYOUTS.flatMap((l) => Object.keys(NOTATIONS).filter((n) => l !== "points in group labels" || n === "points" || n === "share" || n === "unit").map((n): [Layout, string] => [l, n]));

describe("a 指标 | 权重 list of numbered items: its group sums and total checked in every weight notation", () => {
  test.each(CASES)("%s, weights as %s: an indicator system of 11 items, no error", (layout, notation) => {
    const g = weightList(layout, notation);
    const m = recognise(g);
    expect(m.family).toBe("indicator-system");
    expect(m.indicators.map((i) => i.weight)).toEqual(notation === "share" ? [0.1, 0.08, 0.07, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1] : [10, 8, 7, 5, 10, 10, 10, 10, 10, 10, 10]);
    expect(flags(g)).toEqual([]);
  });

  // 实际利用省外资金 10 → 12: the second group's items add up to 12 + 10 + 10 = 32 against its 30, and the items to
  // 30 + 32 + 20 + 20 = 102 against the 合计's 100
  const groupCell: Record<Layout, string> = { "heading lines": "B8", "numbers in 序号": "C8", "points in group labels": "A8" };
  test.each(CASES.filter(([, n]) => n !== "share"))("%s, weights as %s: an item 2 over breaks its group's 30 (32) and the 合计's 100 (102)", (layout, notation) => {
    const r = review(weightList(layout, notation, 2), "national");
    const f = r.findings.filter((x) => x.severity === "error");
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual([`weight-sum-mismatch@${groupCell[layout]}`, `weight-sum-mismatch@${layout === "numbers in 序号" ? "C18" : "B18"}`]);
    expect(f[0].message).toMatch(/合计 32，与标注的 30 分不符/);
    expect(f[1].message).toMatch(/合计 102.*与总分栏的 100 不符/);
  });
  test.each(CASES.filter(([l, n]) => n !== "share" && l !== "points in group labels"))("%s, weights as %s: a 合计 of 90 against the groups' 100", (layout, notation) => {
    const r = review(weightList(layout, notation, 0, 90), "national");
    const f = r.findings.filter((x) => x.severity === "error");
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual([`weight-sum-mismatch@${layout === "numbers in 序号" ? "C18" : "B18"}`]);
    expect(f[0].message).toMatch(/合计 100.*与总分栏的 90 不符/);
  });
  test("shares of 1 under group points (0.1 + 0.08 + 0.07 + 0.05 = 0.3 against 经济发展(30分)) agree; 0.12 for 0.1 breaks 产业转移's 30", () => {
    expect(flags(weightList("points in group labels", "share"))).toEqual([]);
    // (0.12 + 0.1 + 0.1 = 0.32 against 30; the items' 1.02 against the 合计's 1)
    expect(flags(weightList("points in group labels", "share", 2))).toEqual(["weight-sum-mismatch@A8", "weight-sum-mismatch@B18"]);
  });
});

// ————————————————————————————————————————————————————————————————————————————————————————————————————————————————
// The rule column under a rule sheet's words (测评标准), its awards checked against the weight

/** 一级 指标 | 二级 指标 | <rule header> | 分值 | 测评方法, one line whose rule is `rule` under `weight` (保山's layout). */
function ruleLine(ruleHeader: string, rule: string, weight: number): Grid {
  return Grid.fromValues("Sheet1", [
    ["某市民族团结进步创建“进机关”测评指标", null, null, null, null],
    ["一级 指标", "二级 指标", ruleHeader, "分值", "测评 方法"],
    ["高度重视民族工作", "加强学习教育", rule, weight, "听取汇报"],
    [null, "健全工作机制", "把创建活动纳入重要议事日程,有健全的组织机构和工作机制。", 8, "材料审核"],
  ], ["A1:E1", "A3:A4"]);
}
const ITEMISED = "①有相关学习材料的,得4分;②有检验学习成果的考核办法的,得4分。";
const TARGET = "完成年度学习任务的,得10分;每少1次扣2分,扣完为止。";

describe("测评标准 is the rule column: its awards are compared with the 分值", () => {
  test.each(["测评标准", "测评 标准", "测评细则", "评分标准", "考核标准"])("%s: read as the rubric column (C)", (h) => {
    expect(recognise(ruleLine(h, ITEMISED, 8)).columns.rubric).toBe(3);
  });
  test.each([
    // awards 4 + 4 = 8: the weight 8 holds, 10 does not (a hint: the rule is the template's text)
    [ITEMISED, 8, []],
    [ITEMISED, 10, ["info rubric-points-mismatch@C3"]],
    // the one award is the whole target's (10), the rest deducts: a weight of 8 contradicts it (a warning)
    [TARGET, 10, []],
    [TARGET, 8, ["warning rubric-points-mismatch@C3"]],
  ] as [string, number, string[]][])("%s under 分值 %d: %j", (rule, weight, expected) => {
    const r = review(ruleLine("测评标准", rule, weight), "national");
    expect(r.findings.filter((f) => f.rule === "rubric-points-mismatch").map((f) => `${f.severity} ${f.rule}@${f.cell}`)).toEqual(expected);
  });
  test("the itemised awards' message names 4 + 4 = 8 against 10", () => {
    const f = review(ruleLine("测评标准", ITEMISED, 10), "national").findings.find((x) => x.rule === "rubric-points-mismatch")!;
    expect(f.message).toContain("8");
    expect(f.message).toContain("10");
  });
});

// ————————————————————————————————————————————————————————————————————————————————————————————————————————————————
// Evidence of a rule sheet without the usual words

/** 考核项目 | 考核内容 | 分值 | <col4>, five items under three numbered groups, titled `title`. */
function assessmentItems(col4: string, rules: boolean, title = "2019年河湖长制工作考核项目(综合)"): Grid {
  const rule = (k: number) => (rules ? ["未建立的扣5分;每缺1个河长扣1分,扣完为止。", "机构未落实扣2分,人员未落实扣2分。", "每缺1项制度扣2分,扣完为止。", "未制定的扣7分;未按时印发扣3分。", "发现1处问题未整改扣3分,扣完为止。"][k] : "查阅资料,实地检查");
  return Grid.fromValues("Sheet1", [
    [title, null, null, null],
    ["考核项目", "考核内容", "分值", col4],
    ["一、组织体系(10分)", "河湖长制组织体系健全,三级河长全覆盖", 5, rule(0)],
    [null, "河长办机构、人员、经费落实到位", 5, rule(1)],
    ["二、制度建设(15分)", "建立河长会议、信息共享、工作督察等制度", 8, rule(2)],
    [null, "制定年度工作要点并印发实施", 7, rule(3)],
    ["三、河湖管护(15分)", "开展河湖清四乱专项行动", 15, rule(4)],
  ], ["A1:D1", "A3:A4", "A5:A6"]);
}

describe("a column stating the rule in words (扣2分, 扣完为止) under another header is the rule sheet's rule column", () => {
  test.each(["考核办法", "扣分", "备注"])("%s holding the rules: an indicator system, confidence 0.9 or more", (h) => {
    const m = recognise(assessmentItems(h, true));
    expect(m.family).toBe("indicator-system");
    expect(m.confidence).toBeGreaterThanOrEqual(0.9);
  });
  test("考核办法 holding how it is checked (查阅资料) only: no rule column, the table's shape alone (0.5)", () => {
    expect(recognise(assessmentItems("考核办法", false)).confidence).toBe(0.5);
  });
  test("the groups' points in their labels are checked: 10 = 5 + 5, 15 = 8 + 7, 15 = 15, no error", () => {
    expect(flags(assessmentItems("考核办法", true))).toEqual([]);
  });
});

describe("an assessment's title over a scoring system's rules", () => {
  test.each(["某市2023年度乡镇目标管理考核细则", "某县河长制工作考核评分表"])("%s over 考核项目 | 考核内容 | 分值 | 评分标准: an indicator system", (title) => {
    expect(recognise(assessmentItems("评分标准", true, title)).family).toBe("indicator-system");
  });
  test("the same title over 考核项目 | 考核内容 | 分值 | 备注 left blank: an assessment's tally", () => {
    const g = assessmentItems("备注", false, "某县河长制工作考核评分表");
    const blank = Grid.fromValues("Sheet1", Array.from({ length: g.rowCount }, (_, r) => [1, 2, 3, 4].map((c) => (c === 4 && r > 1 ? null : g.value(r + 1, c) as V))), ["A1:D1", "A3:A4", "A5:A6"]);
    expect(recognise(blank).family).toBe("assessment");
  });
});

describe("numbered lines of a list", () => {
  /** 考核内容 | 分值 | 评定分数 with sections 一、 and items (一)(二)(三), nothing scored yet (中介机构 考核评分表's layout). */
  const sections = Grid.fromValues("Sheet1", [
    ["中介机构绩效评价报告质量考核评分表", null, null],
    ["考核内容", "分值", "评定分数"],
    ["一、报告格式", 4, null],
    ["(一)封面填写", 2, null],
    ["(二)表格填写", 2, null],
    ["二、报告内容", 14, null],
    ["(一)要素完备", 2, null],
    ["(二)内容齐全", 8, null],
    ["(三)文字语言", 4, null],
    ["三、绩效反映", 20, null],
    ["(一)绩效陈述", 10, null],
    ["(二)依据支撑", 10, null],
  ], ["A1:C1"]);
  test("the last (三) item before 三、 is an item of 二、 (2 + 8 + 4 = 14), no section of its own: no error", () => {
    expect(flags(sections)).toEqual([]);
    expect(recognise(sections).indicators.map((i) => i.weight)).toEqual([2, 2, 2, 8, 4, 10, 10]);
  });
});
