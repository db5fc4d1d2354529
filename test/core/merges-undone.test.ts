import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A table exported or pasted with its merged group cells filled down (the 一级 label and its 权重, or a block label
 * with its points, on every row of the group) reads as its merged original: one group weight per group in the 总分
 * sum, the children's weights against it, and a real slip still found at the group's first cell.
 */
const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);

const levels = (productWeight: number) => [
  ["项目绩效评价表"],
  ["一级指标", "权重", "二级指标", "分值", "三级指标", "分值", "得分"],
  ["决策", 20, "目标", 10, "目标内容", 10, 10],
  ["决策", 20, "程序", 10, "决策程序", 10, 9],
  ["产出", productWeight, "数量", 40, "数量一", 20, 18],
  ["产出", productWeight, "数量", 40, "数量二", 20, 20],
  ["产出", productWeight, "质量", 40, "质量一", 40, 40],
  ["总分", 100, null, null, null, null, 97],
];
const blocks = (managementPoints: number) => [
  ["项目绩效自评表"],
  ["项目权重", "评价内容", "分值", "自评分"],
  ["项目决策 10 分", "决策依据", 4, 4],
  ["项目决策 10 分", "目标设定", 6, 6],
  [`项目管理 ${managementPoints} 分`, "财务制度", 8, 8],
  [`项目管理 ${managementPoints} 分`, "组织机构", 12, 10],
  ["项目绩效 70 分", "产出数量", 70, 60],
  ["合计", null, 100, 88],
];

describe("merged group cells filled down", () => {
  test("一级 | 权重 written on every row: 20 + 80 = 100 (not 20 + 20 + 80 + 80 + 80 = 280), each group's children add up", () => {
    const r = review(Grid.fromValues("Sheet1", levels(80)), "national");
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.model.groups.map((g) => [g.label, g.weight, g.cell])).toEqual([["决策", 20, "A3"], ["产出", 80, "A5"]]);
    expect(r.model.indicators.map((i) => [i.weight, i.claimedScore])).toEqual([[10, 10], [10, 9], [20, 18], [20, 20], [40, 40]]);
  });
  test("a group weight that does not hold its children (70 against 40 + 40) is found once, at the group's first row", () => {
    const found = errors(Grid.fromValues("Sheet1", levels(70)));
    expect(found.filter((f) => /^weight-sum-mismatch@[AB]5$/.test(f))).toHaveLength(1);
    expect(found.some((f) => /@[AB][67]$/.test(f))).toBe(false);
  });
  test("a block label with its points on every row ('项目管理 20 分' twice) holds the block's 8 + 12, once", () => {
    expect(errors(Grid.fromValues("Sheet1", blocks(20)))).toEqual([]);
    expect(errors(Grid.fromValues("Sheet1", blocks(25)))).toEqual(["weight-sum-mismatch@A5"]);
  });
  test("numbers and names both written again (序号 | 单位 merged over a county's lines) are one item, not a repeated number", () => {
    const g = Grid.fromValues("Sheet1", [
      ["分配表"],
      ["序号", "单位", "项目", "金额(万元)"],
      [1, "甲县", "项目一", 10],
      [2, "乙县", "项目二", 13],
      [2, "乙县", "项目三", 8],
      [3, "丙县", "项目四", 7],
      ["合计", null, null, 38],
    ]);
    expect(review(g, "national").findings.filter((f) => f.rule === "code-sequence")).toEqual([]);
    // a number repeated beside another name is a repeat
    const bad = g.withCells([{ cell: "B5", value: { v: "丁县" } }]);
    expect(review(bad, "national").findings.filter((f) => f.rule === "code-sequence").map((f) => f.cell)).toEqual(["A5"]);
  });
});

describe("a form's label merges undone", () => {
  const form = (goal: string | null) => [
    ["项目支出绩效目标表"],
    ["项目名称", "某项目", null, "主管部门", "某局"],
    ["实施单位", "某局", null, "项目属性", "经常性项目"],
    ["年度目标", null, null, null, null],
    [goal, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人数", "≥100人"],
    [null, "时效指标", "完成时间", "2023年12月"],
    ["效益指标", "社会效益指标", "群众知晓率", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"],
  ];
  const incomplete = (rows: (string | null)[][]) =>
    review(Grid.fromValues("Sheet1", rows), "national").findings.filter((f) => f.rule === "target-incomplete").map((f) => f.cell);
  test("年度目标 with blank cells to its right and its text on the row below is filled", () => {
    expect(incomplete(form("完成培训100人，提升技能。"))).toEqual([]);
  });
  test("with nothing below it either, the blank beside it is the missing value", () => {
    expect(incomplete(form(null))).toEqual(["B4"]);
  });
});

describe("group labels in the middle of their blocks (a merge exported from a PDF or Word table)", () => {
  // 一级 labels on the 2nd of 4 rows and the 1st of 2 rows, 二级 labels centred inside them, no merges
  const rows = (productWeight: number) => [
    ["项目绩效评价表"],
    ["一级指标", "权重", "二级指标", "分值", "三级指标", "分值", "得分"],
    [null, null, null, null, "培训人数", 20, 18],
    ["产出", productWeight, "数量", 40, "培训场次", 20, 20],
    [null, null, "质量", 20, "合格率", 10, 10],
    [null, null, null, null, "达标率", 10, 9],
    ["效益", 40, "社会效益", 30, "就业率", 30, 28],
    [null, null, "满意度", 10, "满意度", 10, 10],
    ["总分", 100, null, null, null, null, 95],
  ];
  test("each row belongs to the label of its block: 产出 holds rows 3–6 (40 + 20 = 60), 效益 rows 7–8", () => {
    const r = review(Grid.fromValues("Sheet1", rows(60)), "national");
    expect(r.model.groups.map((g) => [g.label, g.cell, g.firstRow, g.lastRow, g.weight])).toEqual([
      ["产出", "A4", 3, 6, 60],
      ["效益", "A7", 7, 8, 40],
    ]);
    expect(r.model.indicators.map((i) => i.path.slice(0, 2).join("/"))).toEqual(["产出/数量", "产出/数量", "产出/质量", "产出/质量", "效益/社会效益", "效益/满意度"]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  test("a group weight that does not hold its block (70 against 40 + 20) is found at the label's cell", () => {
    const f = review(Grid.fromValues("Sheet1", rows(70)), "national").findings.filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => x.cell)).toContain("B4");
  });
});

describe("a 一级 label written further down its block, off its centre", () => {
  const rows = (weight: number) => [
    ["项目支出绩效评价表"],
    ["一级指标", "权重", "二级指标", "三级指标", "分值", "得分"],
    [null, null, "数量指标", "培训人数", 20, 20],
    [null, null, null, "培训场次", 10, 10],
    [null, null, "质量指标", "合格率", 10, 9],
    [null, null, null, "达标率", 10, 10],
    ["产出指标", weight, "时效指标", "完成及时率", 10, 10],
    [null, null, "成本指标", "成本控制率", 10, 10],
    ["满意度指标", 30, "服务对象满意度指标", "满意度", 30, 28],
    ["总分", 100, null, null, 100, 97],
  ];
  test("the rows above it whose 二级 are output dimensions (数量/质量) are its rows: 产出 holds 20 + 10 + 10 + 10 + 10 + 10 = 70", () => {
    const r = review(Grid.fromValues("Sheet1", rows(70)), "national");
    expect(r.model.groups.map((g) => [g.label, g.firstRow, g.lastRow])).toEqual([["产出指标", 3, 8], ["满意度指标", 9, 9]]);
    expect(r.model.indicators.map((i) => i.path[0])).toEqual(["产出指标", "产出指标", "产出指标", "产出指标", "产出指标", "产出指标", "满意度指标"]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  test("a 产出 weight of 60 against its six rows' 70 is one weight-sum finding at its cell", () => {
    const f = review(Grid.fromValues("Sheet1", rows(60)), "national").findings.filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => x.cell)).toContain("B7");
  });
});
