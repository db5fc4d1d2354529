import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { readFields } from "../../src/core/rules/target-sheet";
import { review } from "../../src/core/review";

/**
 * A target table whose level column holds the 一级 dimensions (评价内容: 投入 | 产出 | 效益) beside a header cell merged
 * across two columns with no sub-header (绩效内容 over 时效目标 | 目标1): the merged cell's columns are the 二级 category
 * and the targets' names, merged or not. A blank template's missing dimension is a hint, as its blank fields.
 */

type Row = (CellValue | undefined)[];

const rows: Row[] = [
  ["项目绩效目标申报表"],
  ["项目名称", "某项目", null, "主管部门", "某局"],
  ["年度绩效目标", "评价内容", "绩效内容", null, "参考标准", "绩效目标值"],
  [null, "投入", "时效目标", "按时完成", null, "12月底前"],
  [null, null, null, "资金到位", null, "100%"],
  [null, null, "成本目标", "成本控制", null, "≤100万元"],
  [null, "产出", "数量目标", "培训人次", null, "≥500人次"],
  [null, null, null, "发放手册", null, "≥1000册"],
  [null, "效益", "社会效益目标", "群众满意", null, "≥90%"],
];
const MERGES = ["C3:D3", "A3:A9", "B4:B6", "C4:C5", "B7:B8", "C7:C8"];

describe("绩效内容 merged across the category and name columns, beside a column of 一级 dimensions", () => {
  test.each([
    ["merged", MERGES],
    ["its merges down the lines undone", ["C3:D3"]],
    ["every merge undone", []],
  ] as [string, string[]][])("%s: 评价内容 is 一级, 绩效内容's columns 二级 and the names, every line an indicator", (_n, merges) => {
    const m = recognise(Grid.fromValues("Sheet1", rows, merges));
    expect([m.columns.level1, m.columns.level2, m.columns.level3, m.columns.targetValue]).toEqual([2, 3, 4, 6]);
    expect(m.indicators.map((i) => [i.row, i.name])).toEqual([
      [4, "按时完成"],
      [5, "资金到位"],
      [6, "成本控制"],
      [7, "培训人次"],
      [8, "发放手册"],
      [9, "群众满意"],
    ]);
  });

  test("the level column holding no dimensions (categories of its own): 绩效内容 names no levels", () => {
    const other = rows.map((r, k) => (k >= 3 && r[1] ? [r[0], `类别${k}`, ...r.slice(2)] : r));
    const m = recognise(Grid.fromValues("Sheet1", other, MERGES));
    expect(m.columns.level3).toBeUndefined();
  });

  test("a sub-header naming the two columns (二级指标 | 三级指标 under 绩效内容) is read as it stands", () => {
    const sub: Row[] = [...rows.slice(0, 3), [null, null, "二级指标", "三级指标", null, null], ...rows.slice(3)];
    const m = recognise(Grid.fromValues("Sheet1", sub, ["C3:D3"]));
    expect([m.columns.level2, m.columns.level3]).toEqual([3, 4]);
  });
});

describe("a field's value read below its label", () => {
  test("an amount's label with its unit (上年度预算安排资金(万元)) under a blank 项目名称 is no value of it", () => {
    const g = Grid.fromValues("Sheet1", [
      ["项目绩效目标申报表"],
      ["单位名称", null, null, "项目名称", null, null],
      ["是否新增", "是 否", null, "上年度预算安排资金(万元)", null, null],
      ["评价内容", "绩效内容", null, "绩效目标值"],
      ["产出", "数量指标", "培训人次", null],
    ]);
    const fields = readFields(g, recognise(g));
    expect(fields.find((f) => f.key === "projectName")).toMatchObject({ labelCell: "D2", value: "" });
  });
});

describe("a blank template's missing dimension", () => {
  test("a blank template (no identity field filled in) without 满意度: a hint; the same form filled in: a warning", () => {
    const dims = (projectName: string | null) =>
      review(Grid.fromValues("Sheet1", rows.map((r, k) => (k === 1 ? ["项目名称", projectName, null, "主管部门", projectName ? "某局" : null] : r)), MERGES), "national")
        .findings.filter((f) => f.messageId === "missingDimension")
        .map((f) => [f.cell, f.severity, f.data?.dimension]);
    expect(dims(null)).toEqual([["B3", "info", "满意度指标"]]);
    expect(dims("某项目")).toEqual([["B3", "warning", "满意度指标"]]);
  });
});
