/**
 * precision41: a red-team pass over the rules added in sessions 40–41 — the near-shapes a reviewer meets on sheets nobody
 * here has seen, which the rules must not flag, each beside the shape they must still flag. Small grids; every number is
 * the grid's own, checked by hand in the comments. (test/fixtures/real/precision41-diagnosis.md lists the shapes tried.)
 */
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

type Row = (string | number | null)[];

/** every error and warning of `rule` as "severity cell messageId" (hints, info, are no false alarm and not listed) */
const flags = (rows: Row[], rule: string, merges: string[] = []) =>
  review(Grid.fromValues("Sheet1", rows, merges), "national")
    .findings.filter((f) => f.rule === rule && f.severity !== "info")
    .map((f) => `${f.severity} ${f.cell} ${f.messageId}`);

// ---------------------------------------------------------------------------------------------------------------
// rank-mismatch: a rank column against the totals it ranks

/** a result list: 街道名称 | 总分 | 排名 under an assessment's title, the lines from row 3 */
const ranked = (lines: Row[], head: Row = ["街道名称", "总分", "排名"]): Row[] => [["某市2017年各街道考核结果"], head, ...lines];

describe("rank-mismatch: ranks per group and dense ranks are no slips", () => {
  test.each<[string, Row[], string[]]>([
    // 一类 six streets ranked 1–6, then 二类's two ranked 1–2 under their heading: two rankings, each right. Read as one
    // ranking, 庚 (89) and 辛 (88) would be 7th and 8th — a reviewer sees the ranks start again at 1, per group.
    [
      "ranks per group, restarting at 1 under a heading line (一类 95 … 90 → 1–6; 二类 89, 88 → 1, 2): nothing",
      [["一类街道", "", ""], ["甲", "95", 1], ["乙", "94", 2], ["丙", "93", 3], ["丁", "92", 4], ["戊", "91", 5], ["己", "90", 6], ["二类街道", "", ""], ["庚", "89", 1], ["辛", "88", 2]],
      [],
    ],
    ["the same, no heading line between the groups: nothing", [["甲", "95", 1], ["乙", "94", 2], ["丙", "93", 3], ["丁", "92", 4], ["戊", "91", 5], ["己", "90", 6], ["庚", "89", 1], ["辛", "88", 2]], []],
    // 中国式排名: 己 and 庚 tie at 90, both 6th; 辛 (88) then 7th (places spanned would make it 8th)
    ["a dense ranking (1 … 6, 6, 7: ties share a rank, the next total the next): nothing", [["甲", "95", 1], ["乙", "94", 2], ["丙", "93", 3], ["丁", "92", 4], ["戊", "91", 5], ["己", "90", 6], ["庚", "90", 6], ["辛", "88", 7]], []],
    // counter-shapes: ranks places spanned by the tie (辛 8th), as before; and slips found under either convention
    ["counter-shape: the tie spanning places (6, 6, 8): nothing", [["甲", "95", 1], ["乙", "94", 2], ["丙", "93", 3], ["丁", "92", 4], ["戊", "91", 5], ["己", "90", 6], ["庚", "90", 6], ["辛", "88", 8]], []],
    // (乙 94 and 丙 93 swapped in a dense ranking: 乙 is 2nd, 丙 3rd)
    [
      "counter-shape: two ranks swapped in a dense ranking (乙 3, 丙 2): both found",
      [["甲", "95", 1], ["乙", "94", 3], ["丙", "93", 2], ["丁", "92", 4], ["戊", "91", 5], ["己", "90", 6], ["庚", "90", 6], ["辛", "88", 7]],
      ["error C4 rank", "error C5 rank"],
    ],
    // (one ranking, 1 written once: 丁 92 ranked 3 above 丙 93 ranked 4 — a swap, still found)
    ["counter-shape: one ranking, two ranks swapped (丙 4, 丁 3): both found", [["甲", "95", 1], ["乙", "94", 2], ["丙", "93", 4], ["丁", "92", 3], ["戊", "91", 5], ["己", "90", 6]], ["error C5 rank", "error C6 rank"]],
  ])("%s", (_, lines, want) => {
    expect(flags(ranked(lines), "rank-mismatch")).toEqual(want);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// weight-sum-mismatch blocksOverWhole: a 项目支出绩效自评表's block labels over its 100

/** the 黄石 form of graduated-session40-b, shortened: budget block (20分) rows 5–6, goal block (80分) rows 7–13, a third block at row 14 */
const SELF_EVAL = (third: string, goal = "年度绩效目标\n(80分)"): Row[] => [
  ["2023年度校园维修改造项目自评表", null, null, null, null, null],
  ["项目名称", "校园维修改造", null, null, null, null],
  ["主管部门", "黄石市教育局", null, "项目实施单位", "黄石市第三中学", null],
  ["项目类型", "1、常年性项目   2、延续性项目", null, null, null, null],
  ["预算执行情况(万元)\n(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", null, null],
  ["年度财政资金总额", "800万元", "800万元", "100%", null, null],
  [goal, "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)"],
  [null, "产出指标", "数量指标", "完成维修改造项目", "800万元", "800万元"],
  [null, null, "质量指标", "维修改造合格率", "100%", "100%"],
  [null, "效益指标", "社会效益指标", "保障校园环境安全", "良好", "良好"],
  [null, null, "可持续影响指标", "满足师生学习的需要", "≥95%", "≥95%"],
  [null, "满意度指标", "具体指标", "教师满意度", "≥95%", "≥95%"],
  [null, null, "具体指标", "学生满意度", "≥95%", "≥95%"],
  [third, "其他指标", "具体指标", "安全事故", "0起", "0起"],
  ["偏差大或目标未完成原因分析", null, null, null, null, null],
];
const SELF_EVAL_MERGES = ["A1:F1", "B2:F2", "B3:C3", "E3:F3", "B4:F4", "A7:A13", "B8:B9", "B10:B11", "B12:B13", "B15:F15"];

describe("blocksOverWhole: a block outside the form's 100", () => {
  test.each<[string, string, string, string[]]>([
    // a deduction, a veto or a negative list takes points off the 100, it adds none: 20 + 80 is the whole
    ["a 减分项 (10分) block under 20 + 80: nothing", "减分项\n(10分)", "年度绩效目标\n(80分)", []],
    ["an 一票否决项 (10分) block under 20 + 80: nothing", "一票否决项\n(10分)", "年度绩效目标\n(80分)", []],
    ["a 负面清单 (10分) block under 20 + 80: nothing", "负面清单(10分)", "年度绩效目标\n(80分)", []],
    // a block of any name after the blocks have made 100 exactly is outside it (a reviewer reads 特色亮点 as a bonus)
    ["a 特色亮点 (5分) block after 20 + 80 = 100: nothing", "特色亮点(5分)", "年度绩效目标\n(80分)", []],
    // counter-shapes: the 100 not reached exactly before the last block — 20 + 90 + 5 = 115, 20 + 98 alone = 118
    ["counter-shape: 20 + 90 + 特色亮点 5 = 115 (no blocks make 100 first): a warning at A7", "特色亮点(5分)", "年度绩效目标\n(90分)", ["warning A7 blocksOverWhole"]],
    ["counter-shape: 20 + 90 + 减分项 10 (the deduction outside, 110 without it): a warning at A7", "减分项\n(10分)", "年度绩效目标\n(90分)", ["warning A7 blocksOverWhole"]],
  ])("%s", (_, third, goal, want) => {
    expect(flags(SELF_EVAL(third, goal), "weight-sum-mismatch", SELF_EVAL_MERGES)).toEqual(want);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// rubric-points-mismatch: a best tier or a sole award short of the line's 分值; a line worth 0 with awards

/** 梅陇's header; line 4 under test, line 5 given (a continuation of line 4's rule, or the next item) */
const rules = (points: number, rule: string, next: Row): Row[] => [
  ["梅陇镇工会工作考核细则"],
  ["项目", "考核内容", "分值", "评分标准", "得分"],
  ["组织建设", "1、大力加强工会组建", 10, "未完成组建任务的扣5分,底数不清扣2分,未登记建档扣2分。", null],
  [null, "2、努力提高工会法人资格登记率", points, rule, null],
  next,
  [null, "3、建立健全经审组织", 2, "同步组建率达标得2分,未达标不得分", null],
];
const NEXT_ITEM: Row = [null, "2.1、健全工会档案", 1, "档案齐全得1分", null];
const RUNS_ON: Row = [null, null, null, "按时报送年报的得1分。", null];

describe("rubric-points-mismatch: a shortfall against the 分值 where the rule runs on", () => {
  test.each<[string, number, string, Row, string[]]>([
    // the rule's rest is on the next line (no name, no 分值 there): 2 + 1 = 3, the item can be met in full
    ["tiers 2 / 1 on a 3-point line, the rule running on to the next line ('按时报送年报的得1分'): no warning", 3, "登记率达80%以上得2分,70%以上得1分;", RUNS_ON, []],
    ["a sole award of 2 on a 3-point line, the rule running on: no warning", 3, "列入预算且有凭证的得2分。", RUNS_ON, []],
    ["an award of 2 deducted from on a 3-point line, the rule running on: no warning", 3, "按时完成的得2分,未完成的扣2分", RUNS_ON, []],
    // the rest from a bonus, or a second criterion in the sentence: not read as tiers, nothing (already right)
    ["tiers 2 / 1 and '达到95%以上的加1分': nothing", 3, "登记率达80%以上得2分,70%以上得1分,达到95%以上的加1分", NEXT_ITEM, []],
    // counter-shapes: the next line is an item of its own (its name, its 分值): the shortfall stands
    ["counter-shape: tiers 2 / 1 on a 3-point line, the next line an item: a warning at D4", 3, "登记率达80%以上得2分,70%以上得1分;", NEXT_ITEM, ["warning D4 topTier"]],
    ["counter-shape: a sole award of 2 on a 3-point line, the next line an item: a warning at D4", 3, "列入预算且有凭证的得2分。", NEXT_ITEM, ["warning D4 soleAward"]],
    ["counter-shape: an award of 2 deducted from on a 3-point line, the next line an item: a warning at D4", 3, "按时完成的得2分,未完成的扣2分", NEXT_ITEM, ["warning D4 deductedAward"]],
  ])("%s", (_, points, rule, next, want) => {
    expect(flags(rules(points, rule, next), "rubric-points-mismatch", ["A3:A6"])).toEqual(want);
  });
});

/** a scoring sheet: group 一 (its points in its label, or none) over three lines, line 4 worth 0 under test; group 二; a 合计 */
const zeroLine = (group: string, name: string, rule: string, total: number | null): Row[] => [
  ["某县2019年度乡镇工作考核细则"],
  ["项目", "考核内容", "分值", "评分标准", "得分"],
  [group, "1、加强组建", 10, "未完成组建任务的扣5分。", null],
  [null, `2、${name}`, 0, rule, null],
  [null, "3、建立经审组织", 5, "组建率达标得5分,未达标不得分", null],
  ["二、宣传", "4、宣传报道", 5, "未报送信息的扣1分。", null],
  ...(total === null ? [] : [["合计", null, total, null, null] as Row]),
];
const AWARD = "获得市级以上表彰的得2分。";

describe("rubric-points-mismatch zeroWeight: a line worth 0 the sheet counts as 0, or a veto line", () => {
  test.each<[string, string, string, string, number | null, string[]]>([
    // 10 + 0 + 5 = 15, the group's stated 15: the author counts the line as nothing — a bonus or an extra line; ask (hint)
    ["the group's (15分) made by the other lines, 10 + 0 + 5: a hint", "一、组织建设(15分)", "创新工作", AWARD, null, []],
    // 10 + 0 + 5 + 5 = 20, the 合计's 20: the same
    ["the 合计 20 made by every line with it at 0: a hint", "一、组织建设", "创新工作", AWARD, 20, []],
    // a veto line holds no points of its own; its rule says what vetoes (and what keeps the points)
    ["a 否决项 line worth 0 ('未发生安全事故的得5分,发生的一票否决'): nothing", "一、组织建设", "安全生产(否决项)", "未发生安全事故的得5分,发生的一票否决。", null, []],
    // counter-shapes: the sums do not count it as 0 (15 + 2 = 17: the 2 is missing from the 分值), or no sum at all (舟山)
    ["counter-shape: the group's (17分) = 15 + the rule's 2: a warning at D4", "一、组织建设(17分)", "创新工作", AWARD, null, ["warning D4 zeroWeight"]],
    ["counter-shape: the 合计 22 (20 + the rule's 2): a warning at D4", "一、组织建设", "创新工作", AWARD, 22, ["warning D4 zeroWeight"]],
    ["counter-shape: no stated sum over the line: a warning at D4", "一、组织建设", "创新工作", AWARD, null, ["warning D4 zeroWeight"]],
  ])("%s", (_, group, name, rule, total, want) => {
    expect(flags(zeroLine(group, name, rule, total), "rubric-points-mismatch", ["A3:A5"])).toEqual(want);
  });
});

/** 梅陇's header again, line 4 (the 培训 item) under test between two items of their own */
const training = (points: number, rule: string): Row[] => [
  ["某镇工会工作考核细则"],
  ["项目", "考核内容", "分值", "评分标准", "得分"],
  ["组织建设", "1、大力加强工会组建", 10, "未完成组建任务的扣5分,底数不清扣2分,未登记建档扣2分。", null],
  [null, "2、培训工作", points, rule, null],
  [null, "3、建立健全经审组织", 2, "同步组建率达标得2分,未达标不得分", null],
];

describe("rubric-points-mismatch topTier: tiers each listed thing meets, tiers each period earns", () => {
  test.each<[string, number, string, string[]]>([
    // two rates, each scored 2 / 1 on its own: 2 + 2 = 4, the line's 4
    ["'培训率、合格率分别达到90%以上得2分,80%以上得1分' on a 4-point line: nothing", 4, "培训率、合格率分别达到90%以上得2分,80%以上得1分", []],
    ["'培训率、合格率各达到90%以上得2分,…' on a 4-point line: nothing", 4, "培训率、合格率各达到90%以上得2分,80%以上得1分", []],
    // each quarter's 1.5, four quarters: 6; each month's 1, twelve months: 12
    ["'季度完成率达到90%以上得1.5分,…(按季度考核)' on a 6-point line (4 × 1.5): nothing", 6, "季度完成率达到90%以上得1.5分,80%以上得1分(按季度考核)", []],
    ["'按月考核,当月完成率达到90%以上得1分,…' on a 12-point line (12 × 1): nothing", 12, "按月考核,当月完成率达到90%以上得1分,80%以上得0.5分", []],
    // counter-shapes: both rates together (均: one criterion, 2 in all); a period whose count does not make the 分值
    ["counter-shape: '培训率、合格率均达到90%以上得2分,…' on a 4-point line: a warning at D4", 4, "培训率、合格率均达到90%以上得2分,80%以上得1分", ["warning D4 topTier"]],
    ["counter-shape: quarterly 1.5 on a 5-point line (4 × 1.5 = 6, not 5): a warning at D4", 5, "季度完成率达到90%以上得1.5分,80%以上得1分(按季度考核)", ["warning D4 topTier"]],
    ["counter-shape: 1 on a 12-point line, no period named: a warning at D4", 12, "完成率达到90%以上得1分,80%以上得0.5分", ["warning D4 topTier"]],
  ])("%s", (_, points, rule, want) => {
    expect(flags(training(points, rule), "rubric-points-mismatch", ["A3:A5"])).toEqual(want);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// the weighted relation: a weighted evaluation whose head reads as an indicator table's

/** 评价指标 | 权重(%) | 评价分值(百分制) | 加权得分: 20% × 90 = 18, 30% × 80 = 24, 30% × 85 = 25.5, 20% × 95 = 19; Σ 86.5 */
const evaluation = (d4 = "24.00", b4 = "30%"): Row[] => [
  ["某项目绩效评价结果"],
  ["评价指标", "权重(%)", "评价分值(百分制)", "加权得分"],
  ["项目决策", "20%", "90.00", "18.00"],
  ["项目过程", b4, "80.00", d4],
  ["项目产出", "30%", "85.00", "25.50"],
  ["项目效益", "20%", "95.00", "19.00"],
  ["合计", "100%", "", "86.50"],
];

describe("a weighted evaluation headed 评价指标: the 权重 weighs the 评价分值, no group over points", () => {
  test("as printed: no weight finding (before: weightGroup errors at B3–B6, '20 against 90' — 权重 read as a group's points over 评价分值)", () => {
    expect(flags(evaluation(), "weight-sum-mismatch")).toEqual([]);
    expect(flags(evaluation(), "total-mismatch")).toEqual([]);
  });
  test("counter-shape: 项目过程's 加权得分 25 for 30% × 80 = 24: found at D4", () => {
    expect(flags(evaluation("25.00"), "total-mismatch")).toContain("error D4 weighted");
  });
  test("counter-shape: 项目过程's 权重 40% (20 + 40 + 30 + 20 = 110, the line's 24 agreeing at 30%): one finding, sharesFixed at B4", () => {
    expect(flags(evaluation("24.00", "40%"), "weight-sum-mismatch")).toEqual(["error B4 sharesFixed"]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// clause points in an item's text (临安, grad40b): 每 in a clause's requirement is no award per unit

/** 临安's 检查细则, shortened (考核项目 | 考核内容 | 评分细则 | 评分); 宣传工作 (30分) over one item whose clauses state their points */
const linan = (items: string): Row[] => [
  ["垃圾分类日常检查细则", null, null, null],
  ["考核项目", "考核内容", "评分细则", "评分"],
  ["分类设施 (40分)", "1. 按标准配置四色桶。(20分)\n2. 标识正确清晰。(20分)", "1. 配置不到位,每发现一处扣2分;\n2. 无标识扣5分。", null],
  ["分类达标率 (30分)", "垃圾分类投放准确率达到90%。", "投放准确率不达标,每降低1%,扣2分。", null],
  ["宣传工作 (30分)", items, "1. 无宣传内容扣10分;\n2. 无宣传活动扣5分。", null],
  ["总分", null, null, null],
];

describe("clause points: 每 inside a clause's requirement (every village, every activity) splits no points", () => {
  test.each<[string, string, string[]]>([
    // 10 + 10 + 10 = 30, the group's 30 (before: the first bracket's 10 alone, an error '10 against 30' at A5)
    ["'1. 每个村设置宣传栏。(10分)' — the sentence closed before its points: 30, nothing", "1. 每个村设置宣传栏。(10分)\n2. 发放宣传手册。(10分)\n3. 设专管员(10分)", []],
    ["'1. 每次活动有记录。(10分)': 30, nothing", "1. 每次活动有记录。(10分)\n2. 发放宣传手册。(10分)\n3. 设专管员(10分)", []],
    ["numbered lines, '3. 每户发放分类桶(10分)' (no full stop): 30, nothing", "1. 每村配备1名专管员。(10分)\n2. 发放宣传手册。(10分)\n3. 每户发放分类桶(10分)", []],
    // counter-shape: a clause raised (15): 10 + 10 + 15 = 35 against 30 — the clauses are still read and summed
    ["counter-shape: '1. 每个村设置宣传栏。(15分)': 35 against 30, an error at A5", "1. 每个村设置宣传栏。(15分)\n2. 发放宣传手册。(10分)\n3. 设专管员(10分)", ["error A5 weightGroup"]],
  ])("%s", (_, items, want) => {
    expect(flags(linan(items), "weight-sum-mismatch")).toEqual(want);
  });
});

/**
 * a weighted evaluation with sub-lines in one 权重 column: 项目决策 20% over 项目立项 10% and 绩效目标 10%; 20 + 10 + 10 +
 * 30 + 30 + 20 = 120, 100 without the parent; 加权得分 18 + 9 + 9 + 24 + 25.5 + 19 = 104.5, 86.5 without it
 */
const subLines = (close = "86.50", b8 = "20%"): Row[] => [
  ["某项目绩效评价结果"],
  ["评价准则", "权重(%)", "评价分值(百分制)", "加权平均得分"],
  ["项目决策", "20%", "90.00", "18.00"],
  ["其中:项目立项", "10%", "90.00", "9.00"],
  ["绩效目标", "10%", "90.00", "9.00"],
  ["项目过程", "30%", "80.00", "24.00"],
  ["项目产出", "30%", "85.00", "25.50"],
  ["项目效益", b8, "95.00", "19.00"],
  ["项目绩效", "100%", "/", close],
];

describe("a weighted evaluation's parent line and its sub-lines in one column", () => {
  test("as printed: no finding (before: sharesWhole '120 against 100' at B9 and the closing sum '104.5 against 86.5' at D9)", () => {
    expect(flags(subLines(), "weight-sum-mismatch")).toEqual([]);
    expect(flags(subLines(), "total-mismatch")).toEqual([]);
  });
  test("counter-shape: the closing 加权平均得分 88.50 (86.5 without the parent, 104.5 with it): found at D9", () => {
    expect(flags(subLines("88.50"), "total-mismatch").map((f) => f.split(" ").slice(0, 2).join(" "))).toEqual(["error D9"]);
  });
  test("counter-shape: 项目效益's 权重 30% (130 with the parent, 110 without: no parent reading makes 100): told against the closing 100% at B9", () => {
    expect(flags(subLines("86.50", "30%"), "weight-sum-mismatch")).toEqual(["error B9 sharesWhole"]);
  });
});
