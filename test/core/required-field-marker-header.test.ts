import { Grid } from "../../src/core/grid/grid";
import { budgetRole, indicatorRole } from "../../src/core/recognise/headers";
import { review } from "../../src/core/review";

/**
 * A form printed from a budget platform marks its required fields with an asterisk (or ※) before or after the
 * header word: "一级指标*", "*指标值", "权重 ＊". The marker is the form's, never part of the column's name.
 */
describe("a header word with a required-field marker is that header", () => {
  test.each([
    ["一级指标*", "level1"],
    ["二级指标*", "level2"],
    ["三级指标*", "level3"],
    ["绩效指标值*", "targetValue"],
    ["权重*", "weight"],
    ["权重 *", "weight"],
    ["权重＊", "weight"],
    ["指标值※", "targetValue"],
    ["权重*(%)", "weight"],
    ["得分＊（分）", "score"],
    ["*一级指标", "level1"],
    ["＊ 三级指标", "level3"],
    ["※得分", "score"],
  ])("%p is a %s column", (text, role) => {
    expect(indicatorRole(text)).toBe(role);
  });

  test.each(["*", "＊＊", "※", "项目名称*", "备注*"])("%p names no indicator column", (text) => {
    expect(indicatorRole(text)).toBeNull();
  });

  test("a budget block's header with the marker is read as without it", () => {
    expect(budgetRole("全年预算数*")).toBe("adjusted");
    expect(budgetRole("*全年执行数")).toBe("executed");
    expect(budgetRole("执行率 ＊")).toBe("rate");
  });
});

/** A 项目绩效目标表 whose header row marks every required column, three dimensions written out. */
const head = [
  ["项目绩效目标表"],
  ["项目名称", "某会展奖励资金"],
  ["主管部门", "省商务厅"],
  ["总体目标", "培育一批具有影响力的品牌会展项目"],
  ["一级指标*", "二级指标*", "三级指标*", "绩效指标性质*", "绩效指标值*", "绩效度量单位", "权重*"],
];
const lines = [
  ["产出指标", "数量指标", "举办展会数量", "≥", "5", "个", "30%"],
  ["效益指标", "社会效益指标", "带动关联行业收入", "≥", "10", "亿元", "40%"],
  ["满意度指标", "服务对象满意度指标", "参展企业满意度", "≥", "90", "%", "30%"],
];
const reviewed = (rows: (string | null)[][]) => review(Grid.fromValues("Sheet1", rows), "national");

describe("a target form headed with required-field markers", () => {
  test("is read as a target declaration with its header row and its three lines (weights 30 + 40 + 30)", () => {
    const m = reviewed([...head, ...lines]).model;
    expect(m.family).toBe("target-declaration");
    expect(m.headerRow).toBe(5);
    expect(m.indicators.map((i) => [i.row, i.weight])).toEqual([
      [6, 30],
      [7, 40],
      [8, 30],
    ]);
  });

  test("a blank target under the marked 绩效指标值* column is found at its cell", () => {
    const rows = [...head, lines[0], ["效益指标", "社会效益指标", "带动关联行业收入", "≥", "", "亿元", "40%"], lines[2]];
    const f = reviewed(rows).findings.filter((x) => x.rule === "placeholder-value");
    expect(f.map((x) => x.cell)).toEqual(["E7"]);
  });
});

/**
 * The sheet stops on a table line while the lines' percentage weights add up to less than 100% (30% of one line):
 * the weights still to come were cut off with their lines, so the dimensions not seen are a reminder only. The same
 * lines under weights that add up to 100% keep the warning.
 */
describe("a missing dimension where the percentage weights stop short of 100%", () => {
  const dims = (rows: (string | null)[][]) =>
    reviewed(rows)
      .findings.filter((f) => f.rule === "target-incomplete" && f.messageId === "missingDimension")
      .map((f) => `${f.data?.dimension}:${f.severity}`);

  test("one 产出 line at 30%, the sheet ends there: 效益 and 满意度 missing only as info", () => {
    expect(dims([...head, lines[0]])).toEqual(["效益指标:info", "满意度指标:info"]);
  });
  test("产出 70% + 效益 30% = 100%, the sheet ends there: the missing 满意度 is a warning", () => {
    expect(dims([...head, ["产出指标", "数量指标", "举办展会数量", "≥", "5", "个", "70%"], [...lines[1].slice(0, 6), "30%"]])).toEqual(["满意度指标:warning"]);
  });
  test("the 30% stored as 0.3 in a percentage format (a workbook's cell): info as well", () => {
    const cells = [...head, lines[0]].map((row, r) => row.map((v, c) => (r === 5 && c === 6 ? { v: 0.3, fmt: "0%" } : v === null || v === "" ? null : { v })));
    const f = review(new Grid({ name: "Sheet1", cells, merges: [] }), "national").findings.filter((x) => x.messageId === "missingDimension");
    expect(f.map((x) => `${x.data?.dimension}:${x.severity}`)).toEqual(["效益指标:info", "满意度指标:info"]);
  });
  test("weights written as points (30), not percentages: the missing dimensions stay warnings", () => {
    expect(dims([...head, [...lines[0].slice(0, 6), "30"]])).toEqual(["效益指标:warning", "满意度指标:warning"]);
  });
});

/**
 * An allocation list (附件1, with its 合计) above the target form that sets targets for its money (附件2, its head
 * restating the 合计 as 资金总额): the form states no total of its own, so the sheet's total is the list's 合计. A form
 * for another amount is another project's: the list's 合计 is not its total.
 */
describe("a target form under the allocation list whose 合计 it restates", () => {
  const sheet = (fund: string) => [
    ["项目奖励资金分配表"],
    ["序号", "单位名称", "项目名称", "分配金额(万元)"],
    ["1", "甲单位", "甲展会", "120"],
    ["2", "乙单位", "乙展会", "80.5"],
    ["3", "丙单位", "丙展会", "50"],
    ["合计", null, null, "250.5"],
    ["项目绩效目标表"],
    ["主管部门:", "省商务厅", null, "资金总额:", fund],
    ["总体目标", "培育一批具有影响力的品牌会展项目"],
    ["一级指标*", "二级指标*", "三级指标*", "绩效指标性质*", "绩效指标值*", "绩效度量单位", "权重*"],
    ...lines,
  ];

  test("资金总额 250.50 = 合计 120 + 80.5 + 50: the sheet's total is the 合计 at D6", () => {
    const m = reviewed(sheet("250.50")).model;
    expect(m.family).toBe("target-declaration");
    expect(m.headerRow).toBe(10);
    expect(m.totals?.score?.cell).toBe("D6");
    expect(m.totals?.score?.value).toBeCloseTo(250.5, 6);
  });

  test("资金总额 30 under a list of 250.5: the form has no total", () => {
    expect(reviewed(sheet("30")).model.totals).toBeNull();
  });
});
