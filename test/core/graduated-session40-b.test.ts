import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { budgetRole } from "../../src/core/recognise/headers";
import { itemWeightInLabel } from "../../src/core/text/labels";

/**
 * The shapes three of session 39's held-out sheets (graduated in session 40, batch50-graduation-b-diagnosis.md) showed
 * the engine reading wrongly, each with its counter-shape:
 *  1. a 项目支出绩效自评表 whose two blocks state their points in their labels only (预算执行情况 (20分), 年度绩效目标 (98分))
 *     and no total: 20 + 98 = 118 on a form whose family makes it 100 (黄石三中);
 *  2. a budget block whose heads lost the opening bracket of their letters ("执行数B)", "执行率B/A)"): the block was not
 *     read, so its 执行率 was never checked (黄石三中's D11);
 *  3. clauses each closing with their points, one of them saying how often the work is done ("每月评价并公开"): read as a
 *     per-unit award, the cell's points were the first clause's alone, 10 for 30 (临安 B6);
 *  4. a 一级 label with its points over one item that states none, its deduction rule beside it, no 二级 column between
 *     (考核项目 | 考核内容 | 评分细则): the item was dropped (临安 row 5);
 *  5. two score sheets of one layout run together, the second's header printed again under the first's 说明 and
 *     signature lines, a blank 合计 printed first under it: the second table was never read (长沙 林业, rows 19–27).
 */
type Row = (string | number | null)[];
const at = (rows: Row[], r: number, c: number, v: string | number | null) => rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));
const reviewed = (rows: Row[], merges: string[] = []) => review(Grid.fromValues("S", rows, merges), "national");
const flags = (rows: Row[], merges: string[] = [], rule?: string) =>
  reviewed(rows, merges)
    .findings.filter((f) => f.severity !== "info" && (!rule || f.rule === rule))
    .map((f) => `${f.rule}@${f.cell}:${f.severity}`)
    .sort();

// (the 黄石 市级 项目自评表, shortened to two indicators a block: budget block rows 5–6, indicator block rows 7–13)
const FORM: Row[] = [
  ["2023年度校园维修改造项目自评表", null, null, null, null, null],
  ["项目名称", "校园维修改造", null, null, null, null],
  ["主管部门", "黄石市教育局", null, "项目实施单位", "黄石市第三中学", null],
  ["项目类型", "1、常年性项目   2、延续性项目", null, null, null, null],
  ["预算执行情况(万元)\n(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", null, null],
  ["年度财政资金总额", "800万元", "800万元", "100%", null, null],
  ["年度绩效目标\n(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)"],
  [null, "产出指标", "数量指标", "完成维修改造项目", "800万元", "800万元"],
  [null, null, "质量指标", "维修改造合格率", "100%", "100%"],
  [null, "效益指标", "社会效益指标", "保障校园环境安全", "良好", "良好"],
  [null, null, "可持续影响指标", "满足师生学习的需要", "≥95%", "≥95%"],
  [null, "满意度指标", "具体指标", "教师满意度", "≥95%", "≥95%"],
  [null, null, "具体指标", "学生满意度", "≥95%", "≥95%"],
  ["偏差大或目标未完成原因分析", null, null, null, null, null],
];
const FORM_MERGES = ["A1:F1", "B2:F2", "B3:C3", "E3:F3", "B4:F4", "A7:A13", "B8:B9", "B10:B11", "B12:B13", "B14:F14"];

describe("1. a self-evaluation form's blocks over the family's 100, no total printed", () => {
  test("as the form prints it, 20 + 80 = 100: no weight finding; the budget block and the indicator block are read", () => {
    const r = reviewed(FORM, FORM_MERGES);
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.budget?.labelWeight).toBe(20);
    expect(r.model.weightBlocks.map((b) => [b.cell, b.weight])).toEqual([["A7", 80]]);
    expect(flags(FORM, FORM_MERGES, "weight-sum-mismatch")).toEqual([]);
  });

  test("the indicator block's 98: 20 + 98 = 118 over 100, a warning at the block's label naming both blocks", () => {
    const rows = at(FORM, 6, 0, "年度绩效目标\n(98分)");
    const f = reviewed(rows, FORM_MERGES).findings.filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => [x.cell, x.severity, x.related])).toEqual([["A7", "warning", ["A5"]]]);
    expect(f[0].data).toEqual({ sum: 118, parts: "预算执行 20 + 年度绩效目标 98" });
  });

  test.each<[string, Row[], string[]]>([
    // the budget's 30: 30 + 80 = 110, over by 10
    ["the budget's points raised (30): 30 + 80 = 110", at(FORM, 4, 0, "预算执行情况(万元)\n(30分)"), ["weight-sum-mismatch@A7:warning"]],
    // counter-shapes
    ["counter-shape: blocks short of 100 (20 + 70 = 90: a block may be cut or unlabelled), nothing said", at(FORM, 6, 0, "年度绩效目标\n(70分)"), []],
    ["counter-shape: a form on another scale (100 + 900 = 1000, per mille), nothing said", at(at(FORM, 4, 0, "预算执行情况(万元)\n(100分)"), 6, 0, "年度绩效目标\n(900分)"), []],
    // (a 部门整体 form's blocks and totals are the department's own, no 100 its family fixes)
    ["counter-shape: a 部门整体支出绩效自评表 (20 + 98 = 118), nothing said", at(at(FORM, 0, 0, "2023年度部门整体支出绩效自评表"), 6, 0, "年度绩效目标\n(98分)"), []],
    ["counter-shape: a 绩效目标申报表 (20 + 98 = 118: a target form, no score), nothing said", at(at(at(at(FORM, 0, 0, "2023年度项目绩效目标申报表"), 6, 0, "年度绩效目标\n(98分)"), 6, 4, "年度指标值"), 6, 5, "备注"), []],
  ])("%s", (_what, rows, expected) => {
    expect(flags(rows, FORM_MERGES, "weight-sum-mismatch")).toEqual(expected);
  });

  test("counter-shape: a bonus block (加分项 (10分)) is outside the 100: 20 + 80 + 10 is no slip; 20 + 90 + 10 is (110 without it)", () => {
    const bonus = (l: string): Row[] => [
      ...at(FORM, 6, 0, l).slice(0, 13),
      ["加分项\n(10分)", "加分指标", "创新指标", "获省级以上表彰", "1项", "1项"],
      ...FORM.slice(13),
    ];
    const merges = [...FORM_MERGES.filter((m) => m !== "B14:F14"), "B15:F15"];
    expect(reviewed(bonus("年度绩效目标\n(80分)"), merges).model.weightBlocks.map((b) => [b.cell, b.weight])).toEqual([["A7", 80], ["A14", 10]]);
    expect(flags(bonus("年度绩效目标\n(80分)"), merges, "weight-sum-mismatch")).toEqual([]);
    expect(flags(bonus("年度绩效目标\n(90分)"), merges, "weight-sum-mismatch")).toEqual(["weight-sum-mismatch@A7:warning"]);
  });
});

describe("2. a budget head whose letter lost its opening bracket", () => {
  test.each<[string, string | null]>([
    ["执行数B)", "executed"],
    ["执行率B/A)", "rate"],
    ["预算数A)", "adjusted"],
    // as printed whole, as before
    ["执行数(B)", "executed"],
    // counter-shapes: no budget word before the letter; a bracket the head does open is read as before
    ["执行情况B)", null],
    ["得分说明B)", null],
  ])("%s → %s", (head, role) => {
    expect(budgetRole(head)).toBe(role);
  });

  test("the block is read: 800 / 800 = 100% as stated; 93% stated is an error at D6 (800 / 800 = 100.00%)", () => {
    const lost = at(at(FORM, 4, 2, "执行数B)"), 4, 3, "执行率B/A)");
    expect(reviewed(lost, FORM_MERGES).model.budget?.items.map((i) => i.rateCell)).toEqual(["D6"]);
    expect(flags(lost, FORM_MERGES, "exec-rate-mismatch")).toEqual([]);
    expect(flags(at(lost, 5, 3, "93%"), FORM_MERGES, "exec-rate-mismatch")).toEqual(["exec-rate-mismatch@D6:error"]);
  });
});

describe("3. clause points with a frequency word (每月) in a clause", () => {
  test.each<[string, string, number]>([
    ["每月 is how often, not per unit: 10 + 10 + 10 = 30", "1. 设置宣传栏,每月评价并公开开展情况。(10分)\n2. 发放宣传手册,知晓率100%。(10分)\n3. 设专管员,信息上墙(10分)", 30],
    ["每季度 the same: 2 + 3 = 5", "每季度召开一次专题会议(2分),按时报送信息(3分)。", 5],
    // counter-shapes: 每 awarding per unit or occurrence splits the points, the first bracket the worth
    ["counter-shape: 每次 (per occurrence): 1", "每次组织活动(1分)\n按时报送信息(1分)", 1],
    ["counter-shape: a month's award in its bracket (每月1分) is per unit: the first bracket, 1", "按时报送月报(每月1分),年度报告(2分)", 1],
    ["counter-shape: 每发现一例 (per case), 最多: 1", "每发现一例(1分),最多(3分)", 1],
  ])("%s", (_what, text, worth) => {
    expect(itemWeightInLabel(text)).toBe(worth);
  });
});

// (临安's 检查细则, shortened: 考核项目 (一级) | 考核内容 (items) | 评分细则 | 评分)
const RULES: Row[] = [
  ["垃圾分类日常检查细则", null, null, null],
  ["考核项目", "考核内容", "评分细则", "评分"],
  ["分类设施 (40分)", "1. 按标准配置四色桶。(20分)\n2. 标识正确清晰。(20分)", "1. 配置不到位,每发现一处扣2分;\n2. 无标识扣5分。", null],
  ["分类达标率 (30分)", "垃圾分类投放准确率达到90%。", "投放准确率不达标,每降低1%,扣2分。", null],
  ["宣传工作 (30分)", "1. 设置宣传栏,每月评价并公开开展情况。(10分)\n2. 发放宣传手册。(10分)\n3. 设专管员(10分)", "1. 无宣传内容扣10分;\n2. 无宣传活动扣5分。", null],
  ["总分", null, null, null],
];

describe("4. a 一级 label with its points over one unpointed item, no 二级 column between", () => {
  test("each line read with its points (40, 30, 30), no weight finding", () => {
    const r = reviewed(RULES);
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 40], [4, 30], [5, 30]]);
    expect(flags(RULES)).toEqual([]);
  });

  test("宣传工作's third clause raised (10 → 15): 10 + 10 + 15 = 35 against its 30", () => {
    expect(flags(at(RULES, 4, 1, "1. 设置宣传栏,每月评价并公开开展情况。(10分)\n2. 发放宣传手册。(10分)\n3. 设专管员(15分)"), [], "weight-sum-mismatch")).toEqual(["weight-sum-mismatch@A5:error"]);
  });

  test("counter-shape: the unpointed item with no rule of its own (a template's blank or a cut line) is no line", () => {
    expect(reviewed(at(RULES, 3, 2, null)).model.indicators.map((i) => i.row)).toEqual([3, 5]);
  });
});

// (two score sheets of one layout, run together: 检查内容 | 评分标准 | 验收评分 | 备注, points in the labels)
const first: Row[] = [
  ["26 林业项目检查验收评分表(油茶抚育)", null, null, null],
  ["项目单位:", null, null, null],
  ["检查内容", "评分标准", "验收评分", "备注"],
  ["一、基地面积(40 分)", "总面积是否达到 1000 亩以上。", null, null],
  ["二、抚育面积(30 分)", "是否达到 400 亩。", null, null],
  ["三、林木权属(30 分)", "经营权是否为申报单位所有。", null, null],
];
const closing: Row[] = [
  ["说明:项目一、二有一项没有达到要求的,本申报项目为不合格。", null, null, null],
  ["检查验收人员(签字):", null, "检查验收日期:", null],
];
const second = (codes: [string, string, string]): Row[] => [
  ["27 林业项目检查验收评分表(木本粮油种植)", null, null, null],
  ["项目单位:", null, null, null],
  ["检查内容", "评分标准", "验收评分", "备注"],
  ["合计", null, null, null],
  [`${codes[0]}面积(40 分)`, "是否达到 100 亩。", null, null],
  [`${codes[1]}树种(30 分)`, "是否为木本粮油树种。", null, null],
  [`${codes[2]}林权(30 分)`, "经营权是否为申报单位所有。", null, null],
];
const merges2 = ["A1:D1", "A2:D2", "A7:D7", "A9:D9", "A10:D10", "A16:D16"];

describe("5. a second table of the same layout under the first's 说明 and signature lines", () => {
  const sheet = (codes: [string, string, string]) => [...first, ...closing, ...second(codes), ...closing];

  test("both tables' lines read (rows 4–6 and 13–15), no code or weight finding where each numbers 一、 to 三、", () => {
    const r = reviewed(sheet(["一、", "二、", "三、"]), merges2);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[4, 40], [5, 30], [6, 30], [13, 40], [14, 30], [15, 30]]);
    // (the second table's blank 合计 printed first states nothing)
    expect(r.model.totals?.score ?? null).toBeNull();
    expect(r.model.totals?.weight ?? null).toBeNull();
    expect(flags(sheet(["一、", "二、", "三、"]), merges2)).toEqual([]);
  });

  test("a number skipped in the second table (三、 written 四、) is found at A15", () => {
    expect(flags(sheet(["一、", "二、", "四、"]), merges2, "code-sequence")).toEqual(["code-sequence@A15:error"]);
  });

  test("the second head not word for word (a 序号 column headed in the first table only): the same level columns, still read", () => {
    const serial = (rows: Row[], first: boolean) => rows.map((row, k) => [first && k === 2 ? "序号" : first && k >= 3 && k <= 5 ? k - 2 : null, ...row]);
    const rows = [...serial([...first, ...closing], true), ...serial([...second(["一、", "二、", "三、"]), ...closing], false)];
    const shifted = merges2.map((m) => m.replace(/A(\d+):D/, "B$1:E"));
    expect(reviewed(rows, shifted).model.indicators.map((i) => i.row)).toEqual([4, 5, 6, 13, 14, 15]);
  });

  test("counter-shape: the header printed again with no closing line above it is a page break: one table going on (四、 after 三、), its repeat no line", () => {
    const rows: Row[] = [...first, ["检查内容", "评分标准", "验收评分", "备注"], ["四、整地(6 分)", "是否进行了整地。", null, null], ...closing];
    const r = reviewed(rows, ["A1:D1", "A2:D2", "A9:D9"]);
    expect(r.model.indicators.map((i) => i.row)).toEqual([4, 5, 6, 8]);
    expect(r.model.headerRepeats).toEqual([7]);
    expect(flags(rows, ["A1:D1", "A2:D2", "A9:D9"])).toEqual([]);
  });
});

describe("5b. a blank 合计 printed first under the header", () => {
  const table = (scores: (number | null)[]): Row[] => [
    ["林业项目检查验收评分表", null, null, null],
    ["检查内容", "评分标准", "验收评分", "备注"],
    ["合计", null, null, null],
    ["一、面积(40 分)", "是否达到 100 亩。", scores[0], null],
    ["二、树种(60 分)", "是否为木本粮油树种。", scores[1], null],
  ];
  test("over lines as blank (a blank form): the lines under it are read (40, 60)", () => {
    expect(reviewed(table([null, null])).model.indicators.map((i) => [i.row, i.weight])).toEqual([[4, 40], [5, 60]]);
  });
  test("counter-shape: over lines scored (38, 55), a blank 合计 ends the table, as before (leading-total-line.test.ts)", () => {
    expect(reviewed(table([38, 55])).model.indicators).toEqual([]);
  });
});
