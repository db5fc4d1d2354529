import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { findBasicDataHeader } from "../../src/core/recognise/basic-data";
import { inferHeaderless } from "../../src/core/recognise/table";

/**
 * Tables whose header is not on the sheet (a page that starts below it) are read from what their columns
 * hold; a 基础数据表's header is found wherever it stands.
 */
const tail = (rows: (string | number | null)[][]) =>
  Grid.fromValues("Sheet1", [
    ...rows,
    ["合计", null, null, null, null, null, null, 50, null, null],
    ["评价结论", "总体良好"],
  ]);

// 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 原因, as the Sichuan template's columns C..K
const ROWS: (string | number | null)[][] = [
  [null, "数量指标", "培训人次", "≥", 100, "人次", 120, 10, 10, null],
  [null, null, "覆盖村数", "=", 12, "个", 12, 10, 12, null],
  [null, "时效指标", "完成及时率", "=", 100, "%", 100, 10, null, null],
  ["效益指标", "社会效益指标", "群众知晓率", "≥", 90, "%", 93, 10, -1, null],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 95, "%", 96, 10, 10, null],
];

test("a table tail with no header: columns read from the operators (≥ =) and units (人次 个 %) beside them", () => {
  const h = inferHeaderless(tail(ROWS))!;
  expect(h.inferred).toBe(true);
  expect(h.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, targetOp: 4, targetValue: 5, unit: 6, actual: 7, weight: 8, score: 9, reason: 10 });
});

test("the tail is a project self-evaluation cut above: its rows are indicators with their row checks, no header row", () => {
  const r = review(tail(ROWS), "national");
  expect(r.model.family).toBe("project-self-eval");
  expect(r.model.headerRow).toBeNull();
  expect(r.model.cutAbove).toBe(true);
  expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[1, 10, 10], [2, 10, 12], [3, 10, null], [4, 10, -1], [5, 10, 10]]);
  const rows = r.findings.filter((f) => ["missing-score", "score-exceeds-weight", "negative-score"].includes(f.rule)).map((f) => `${f.rule}@${f.cell}`);
  expect(rows).toEqual(["score-exceeds-weight@I2", "missing-score@I3", "negative-score@I4"]);
});

test("rows without an operator column are not read as a headerless table", () => {
  const g = Grid.fromValues("Sheet1", [
    ["甲", "乙", 1, "个"],
    ["丙", "丁", 2, "个"],
    ["戊", "己", 3, "个"],
  ]);
  expect(inferHeaderless(g)).toBeNull();
  expect(review(g, "national").model.family).toBe("unknown");
});

test("a 基础数据表's header is the row of amounts by year, below a 填报单位 line or not", () => {
  const sheet = (withUnitLine: boolean) =>
    Grid.fromValues("Sheet1", [
      ["部门整体支出绩效评价基础数据表"],
      ...(withUnitLine ? [["填报单位:", null, null, "单位:万元"]] : []),
      ["财政供养人员情况", "编制数", "2018年实际在职人数", "控制率"],
      [null, 143, 136, "95.10%"],
      ["经费控制情况", "2017年决算数", "2018 年预算数", "2018年决算数"],
      ["三公经费", 29.08, 63.46, 44.29],
    ]);
  expect(findBasicDataHeader(sheet(true))).toBe(5);
  expect(findBasicDataHeader(sheet(false))).toBe(4);
  const r = review(sheet(true), "national");
  expect([r.model.family, r.model.headerRow]).toEqual(["dept-basic-data", 5]);
});

test("a truncated table's last row, cut mid-row, is not missing its score; the same row above a 合计 is", () => {
  const rows = [
    ["项目绩效评价指标体系"],
    ["一级指标", "二级指标", "三级指标", "分值", "得分"],
    ["投入", "预算配置", "在职人员控制率", 8, 8],
    [null, null, "三公经费变动率", 8, 0],
    ["过程", "预算执行", "预算完成率", 8, null],
  ];
  const cut = review(Grid.fromValues("Sheet1", rows), "national");
  expect(cut.model.truncated).toBe(true);
  expect(cut.findings.filter((f) => f.rule === "missing-score")).toEqual([]);
  const whole = review(Grid.fromValues("Sheet1", [...rows, ["合计", null, null, 24, 8]]), "national");
  expect(whole.model.truncated).toBe(false);
  expect(whole.findings.filter((f) => f.rule === "missing-score").map((f) => f.cell)).toEqual(["E5"]);
});

test("a declaration's tail (三级 | 指标性质 | 指标值 | 度量单位 | 分值): one column right of the units is the weight, no 完成值", () => {
  const g = Grid.fromValues("Sheet1", [
    ["培训人次", "≥", 100, "人次", 20],
    ["覆盖村数", "=", 12, "个", 20],
    ["群众满意度", "≥", 90, "%", 10],
    ["合计", null, null, null, 50],
  ]);
  const h = inferHeaderless(g)!;
  expect(h.columns).toEqual({ targetOp: 2, targetValue: 3, unit: 4, level3: 1, weight: 5 });
  const r = review(g, "national");
  // no title says "申报", but operator | value | unit columns with 分值 and no 完成值 are weighted targets: a
  // declaration (Sichuan's list-form 申报表 weights its targets), never a self-evaluation
  expect(r.model.family).toBe("target-declaration");
  expect(r.model.columns.actual).toBeUndefined();
  expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[1, 20], [2, 20], [3, 10]]);
});

describe("indicator lines written '二级指标:内容' under 一级 dimension labels, with no header (Hunan 部门整体支出绩效目标申报表)", () => {
  const form = (lines: [string | null, string][]) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["部门整体支出绩效目标申报表", null, null],
        ["部门名称", "某某中学", null],
        ["整体绩效目标", "目标1:提高教学质量", null],
        ...lines.map(([dim, line], k) => [k === 0 ? "部门整体支出年度绩效指标" : null, dim, line]),
      ],
      ["A1:C1", "B2:C2", "B3:C3"],
    );
  const LINES: [string | null, string][] = [
    ["产出指标", "质量指标:毕业生合格率达100%"],
    [null, "时效指标:按时完成教学任务"],
    [null, "成本指标:全年预算全额用于教学"],
    ["效益指标", "社会效益指标:教学秩序良好"],
    [null, "服务对象满意度指标:家长满意度95%以上"],
  ];
  test("every line is an indicator (rows 4-8) under its 一级 (B), no header row named", () => {
    const m = review(form(LINES), "national").model;
    expect([m.headerRow, m.columns.level1, m.columns.level3]).toEqual([null, 2, 3]);
    expect(m.indicators.map((i) => [i.row, i.path[0]])).toEqual([
      [4, "产出指标"],
      [5, "产出指标"],
      [6, "产出指标"],
      [7, "效益指标"],
      [8, "效益指标"],
    ]);
  });
  test("a blank line between the two groups does not end the table (rows 4-6 and 8-9)", () => {
    const m = review(form([...LINES.slice(0, 3), [null, ""], ...LINES.slice(3)]), "national").model;
    expect(m.indicators.map((i) => i.row)).toEqual([4, 5, 6, 8, 9]);
  });
  test.each([
    ["one dimension only", LINES.slice(0, 3).concat([[null, "数量指标:招生300人"]])],
    ["lines that do not open with a 二级 name and a colon", LINES.map(([d, l]) => [d, l.replace(/^.*?[:：]/, "")] as [string | null, string])],
  ])("%s: no table is read", (_name, lines) => {
    expect(inferHeaderless(form(lines as [string | null, string][]))).toBeNull();
  });
});
