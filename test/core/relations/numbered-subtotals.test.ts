import type { CellValue } from "../../../src/core/grid/grid";
import { Grid } from "../../../src/core/grid/grid";
import { statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * Fund lines numbered by level with one amount column and no amount header (the Sichuan 目标申报表's
 * "(一)财政拨款小计 | 6.30" over "1、一般公共预算 | 6.30" …): a numbered 小计 / 合计 line is the sum of the lines one
 * numbering style deeper under it. Each case: the relation holds on the clean sheet; one part changed gives one
 * total-mismatch at the 小计's amount; lists that state no such sum give no relation.
 */

type Row = (CellValue | undefined)[];
const HEAD: Row[] = [["项目支出绩效目标申报表"], ["项目名称", "特困家庭再扶助"], ["项目资金(万元)", "年度资金总额", undefined, undefined, "金额(万元)"]];
const sichuan: Row[] = [
  ...HEAD,
  [undefined, "(一)财政拨款小计", undefined, undefined, 6.3],
  [undefined, "1、一般公共预算", undefined, undefined, 6.3],
  [undefined, "2、政府性基金", undefined, undefined, 0],
  [undefined, "3、国有资本经营预算", undefined, undefined, 0],
  [undefined, "(二)自有资金小计", undefined, undefined, 12.5],
  [undefined, "1、事业收入", undefined, undefined, 10],
  [undefined, "2、经营性收入", undefined, undefined, 2.5],
  [undefined, "(三)其他收入", undefined, undefined, 0],
];
const MERGES = ["A3:A11", "B3:D3", ...[4, 5, 6, 7, 8, 9, 10, 11].map((r) => `B${r}:D${r}`)];

/** 一、收入合计 over (一)(二), each with 1、2、 lines: the 合计 adds the (一)(二) lines only, not their sub-lines */
const nested: Row[] = [
  ["部门收入情况(万元)"],
  ["一、收入合计", 300],
  ["(一)财政拨款小计", 200],
  ["1、一般公共预算", 150],
  ["2、政府性基金", 50],
  ["(二)其他收入", 100],
];

/** 预算数 | 执行数 side by side under a header: each column is a sum of its own */
const twoCols: Row[] = [
  ["资金来源", "预算数", "执行数"],
  ["(一)财政拨款小计", 8, 7],
  ["1、一般公共预算", 5, 4.5],
  ["2、政府性基金", 3, 2.5],
  ["(二)其他资金", 0, 0],
];

const sums = (rows: Row[], merges: string[] = []) =>
  review(Grid.fromValues("Sheet1", rows, merges), "national").model.relations.filter((r) => r.kind === "sum");
const mismatches = (rows: Row[], merges: string[] = []) =>
  review(Grid.fromValues("Sheet1", rows, merges), "national").findings.filter((f) => f.rule === "total-mismatch");
const set = (rows: Row[], r: number, c: number, v: CellValue): Row[] => rows.map((row, i) => (i === r - 1 ? row.map((x, j) => (j === c - 1 ? v : x)) : row));

describe("numbered subtotals: a 小计 line is the sum of the lines one style deeper", () => {
  const CASES: [string, Row[], string[], string, string[], number, number, CellValue][] = [
    // name, sheet, merges, stated cell, part cells, changed row, col, value
    ["(一)财政拨款小计 6.30 = 6.30 + 0.00 + 0.00", sichuan, MERGES, "E4", ["E5", "E6", "E7"], 5, 5, 7.3],
    ["(二)自有资金小计 12.50 = 10.00 + 2.50", sichuan, MERGES, "E8", ["E9", "E10"], 10, 5, 3],
    ["一、收入合计 300 = (一) 200 + (二) 100, the 1、2、 lines left out", nested, [], "B2", ["B3", "B6"], 6, 2, 90],
    ["(一)财政拨款小计 200 = 150 + 50 inside the nested list", nested, [], "B3", ["B4", "B5"], 4, 2, 160],
    ["two amount columns, each adds up on its own: 预算 8 = 5 + 3", twoCols, [], "B2", ["B3", "B4"], 3, 2, 6],
    ["two amount columns, each adds up on its own: 执行 7 = 4.5 + 2.5", twoCols, [], "C2", ["C3", "C4"], 4, 3, 3],
  ];
  test.each(CASES)("%s", (_n, rows, merges, stated, parts, r, c, v) => {
    const rel = sums(rows, merges).find((x) => statedCell(x) === stated);
    expect(rel && rel.kind === "sum" && rel.parts.map((p) => p.cell)).toEqual(parts);
    expect(mismatches(rows, merges)).toEqual([]);
    expect(mismatches(set(rows, r, c, v), merges).map((f) => f.cell)).toEqual([stated]);
  });

  const NONE: [string, Row[], string][] = [
    ["numbered lines under a line that is no total: (一)财政拨款 | 6.30 is a heading, not a stated sum", set(sichuan, 4, 2, "(一)财政拨款"), "E4"],
    ["a total with one line under it states nothing to add", [["(一)财政拨款小计", 6.3], ["1、一般公共预算", 6.3], ["(二)其他收入", 0]], "B1"],
    ["text after a line's amount: another kind of list (a target sheet's 指标值 rows)", [["(一)财政拨款小计", 6.3, "说明"], ["1、一般公共预算", 3, "说明"], ["2、政府性基金", 0, "说明"]], "B1"],
    ["lines whose amounts sit in other columns do not belong to one list", [["(一)财政拨款小计", 6.3], ["1、一般公共预算", undefined, 3], ["2、政府性基金", undefined, 0]], "B1"],
  ];
  test.each(NONE)("%s", (_n, rows, cell) => {
    expect(sums(rows).filter((x) => x.block === "labelled-funds" && statedCell(x) === cell)).toEqual([]);
  });
});
