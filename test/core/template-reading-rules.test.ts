import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { numberOrPointsAt } from "../../src/core/recognise/cells";
import { withoutRemarks } from "../../src/core/recognise/side-columns";
import { relationSig } from "./metamorphic";

/**
 * Reading rules the template changes of metamorphic-template.test.ts needed (session 34, meta34), each with its shape
 * and the near-miss that must not change:
 *   - a remarks column (备注) holds notes beside the lines: "2024.6" there is no amount to add (side-columns.ts withoutRemarks);
 *   - a blank line under a list's header or between its lines, a number right under it, spaces the list out (blocks.ts spacer);
 *   - points written with their unit, "10分" in a 分值 column, are 10 (cells.ts numberOrPointsAt).
 */
type Row = (CellValue | undefined)[];
const grid = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const relations = (rows: Row[], merges: string[] = []) => review(grid(rows, merges), "national").model.relations.map((r) => relationSig(r, (c) => c)).sort();
const errors = (rows: Row[], merges: string[] = []) => review(grid(rows, merges), "national").findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);

describe("a 备注 column's notes are no amounts", () => {
  // 序号 | 单位 | 预算数 | 执行数 | <head>, three lines and their 合计: 100 + 200 + 300 = 600, 90 + 180 + 270 = 540
  const list = (head: string, notes: CellValue[]): Row[] => [
    ["2024年专项资金执行情况表"],
    ["序号", "单位", "预算数", "执行数", head],
    [1, "甲县", 100, 90, notes[0]],
    [2, "乙县", 200, 180, notes[1]],
    [3, "丙县", 300, 270, notes[2]],
    [undefined, "合计", 600, 540, notes[3]],
  ];
  test.each([
    ["a date and a reference", ["见附件2", "2024.6", "按计划实施", "2023.12"]],
    ["a date under the 合计 only", ["见附件2", "已拨付", "按计划实施", "2024.6"]],
  ])("%s in the 备注 column: the amounts' sums only, no mismatch at E6", (_, notes) => {
    const rows = list("备注", notes as CellValue[]);
    expect(relations(rows).filter((r) => /E\d/.test(r))).toEqual([]);
    expect(relations(rows)).toEqual(expect.arrayContaining(["sum/amount C6 ← C3,C4,C5", "sum/amount D6 ← D3,D4,D5"]));
    expect(errors(rows)).toEqual([]);
  });
  test("counter-shape: the same numbers under an amount's head (调整数) are summed — 10 + 20 + 30 = 60 ≠ 61 at E6", () => {
    const rows = list("调整数", [10, 20, 30, 61]);
    expect(relations(rows)).toContain("sum/amount E6 ← E3,E4,E5");
    expect(errors(rows)).toEqual(["total-mismatch@E6"]);
  });
  test.each([
    ["points stated (a rule's column whatever its head)", ["扣2分", "扣1分", "不得分", ""]],
    ["each line's completion state (completion-notes.ts reads it)", ["已完成", "未完成", "已完成", "超额完成"]],
    ["numbers only, no note among them (a column of the table's own)", ["10", "20", "30", "60"]],
  ])("counter-shape: a 备注 column of %s is kept as it is", (_, notes) => {
    expect(withoutRemarks(grid(list("备注", notes as CellValue[])))).toBeNull();
  });
  test("the notes cleared down to the table's end: a second table's column under a line across the sheet is not", () => {
    const rows: Row[] = [
      ...list("备注", ["见附件2", "2024.6", "按计划实施", "2023.12"]),
      ["二、绩效指标"],
      ["一级指标", "二级指标", "三级指标", "分值", "得分"],
      ["产出指标", "数量指标", "覆盖人数", 10, 9],
    ];
    const g = withoutRemarks(grid(rows, ["A7:E7"]))!;
    expect([3, 4, 5, 6, 9].map((r) => g.cell(r, 5)?.v ?? null)).toEqual([null, null, null, null, 9]);
  });
});

describe("a blank line under a list's header, or between its blocks, spaces it out", () => {
  // 地区 | 合计 | 提前下达 | 本次下达: each line's 合计 the sum of its two batches (a leading total column)
  const lines: Row[] = [
    ["甲县", 30, 10, 20],
    ["乙县", 50, 20, 30],
    ["丙县", 70, 30, 40],
  ];
  const head: Row[] = [["2024年补助资金分配表"], ["单位：万元"], ["地区", "合计", "提前下达", "本次下达"]];
  test.each([
    ["no blank line", [...head, ...lines]],
    ["a blank line under the header", [...head, [], ...lines]],
    ["a blank line between two lines", [...head, lines[0], [], lines[1], lines[2]]],
  ])("%s: each line's 合计 the sum of its batches (30 = 10 + 20, 50 = 20 + 30, 70 = 30 + 40)", (_, rows) => {
    const at = (r: number) => (rows as Row[]).findIndex((x) => x[0] === lines[r][0]) + 1;
    expect(relations(rows as Row[]).filter((r) => r.startsWith("sum/amount B"))).toEqual([0, 1, 2].map((k) => `sum/amount B${at(k)} ← C${at(k)},D${at(k)}`).sort());
  });
  test("counter-shape: a blank line with words under it (a note, no number) still ends the list", () => {
    const rows: Row[] = [...head, ...lines, [], ["说明：本表资金已下达"], ["丁县", 90, 40, 50]];
    expect(relations(rows).filter((r) => r.startsWith("sum/amount B"))).toEqual(["sum/amount B4 ← C4,D4", "sum/amount B5 ← C5,D5", "sum/amount B6 ← C6,D6"]);
  });
});

describe("points written with their unit are that many points", () => {
  const at = (v: CellValue) => numberOrPointsAt(grid([[v]]), 1, 1);
  test.each([
    [10, 10, false],
    ["10分", 10, false],
    ["8.5分", 8.5, false],
    ["８.５分", 8.5, false],
    ["50%", 0.5, true],
  ])("%p reads as %p (percent %p)", (v, value, percent) => {
    expect(at(v)).toEqual(expect.objectContaining({ value, percent }));
  });
  test.each([["10分钟"], ["见附件2"], ["满分10分"], ["2024年6月"]])("counter-shape: %p is no number", (v) => {
    expect(at(v)).toBeNull();
  });
  test("a group's score written '16分' beside its parts' '8分' + '8分': the group rollup read, as from numbers", () => {
    const rows = (u: string): Row[] => [
      ["部门整体支出绩效评价指标表"],
      ["一级指标", "得分", "二级指标", "得分", "三级指标", "得分"],
      ["投入", `16${u}`, "预算配置", `16${u}`, "在职人员控制率", `8${u}`],
      [undefined, undefined, undefined, undefined, "三公经费变动率", `8${u}`],
    ];
    const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4"];
    expect(relations(rows("分"), merges)).toEqual(relations(rows(""), merges));
    expect(relations(rows(""), merges)).toContain("rollup/score D3 ← F3,F4");
  });
});
