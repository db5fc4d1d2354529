import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * Lists in newspaper layout (浙江 残疾人两项补贴 分配表): a header repeating one (单位 | 金额) pair, each column pair a
 * list; a …小计 line heads the lines under it up to the next 小计; a line followed by 其中: lines owns a chain whose
 * end the sheet does not mark (found where both the chain and the 小计 add up).
 */
const PAIRED = (edit: Record<string, number> = {}) => {
  const rows: (string | number | null)[][] = [
    ["金额单位:万元", null, null, null],
    ["单位", "金额", "单位", "金额"],
    ["甲市小计", 100, "乙市小计", 50],
    ["甲市", 40, "乙县", 20],
    ["其中:市本级", 10, "丙县", 30],
    ["A区", 30, "丙市小计", 9],
    ["B县", 25, "丁县", 9],
    ["C县", 35, null, null],
    ["丁市小计", 12, null, null],
    ["E县", 12, null, null],
  ];
  for (const [cell, v] of Object.entries(edit)) rows[Number(cell.slice(1)) - 1]["ABCD".indexOf(cell[0])] = v;
  return Grid.fromValues("Sheet1", rows);
};
const sumAt = (g: Grid, cell: string) => review(g, "national").model.relations.find((r) => r.kind === "sum" && statedCell(r) === cell);
const mismatches = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell);

test("甲市小计 B3 100 = 甲市 40 + B县 25 + C县 35 (the chain 市本级 10 + A区 30 is 甲市's: 40)", () => {
  const sub = evaluateRelation(sumAt(PAIRED(), "B3")!);
  expect(sub.from.map((t) => t.cell)).toEqual(["B4", "B7", "B8"]);
  expect(sub.ok).toBe(true);
  const owner = evaluateRelation(sumAt(PAIRED(), "B4")!);
  expect(owner.from.map((t) => t.cell)).toEqual(["B5", "B6"]);
  expect(owner.ok).toBe(true);
});

test("乙市小计 D3 50 = 20 + 30 (closed by the next 小计); 丙市小计 runs to the pair's end: only a bound", () => {
  expect(evaluateRelation(sumAt(PAIRED(), "D3")!).from.map((t) => t.cell)).toEqual(["D4", "D5"]);
  expect(sumAt(PAIRED(), "D3")!.bound).toBe("equal");
  expect(sumAt(PAIRED(), "D6")!.bound).toBe("atMost");
  expect(sumAt(PAIRED(), "B9")!.bound).toBe("atMost");
});

test("as published: no finding; a wrong 小计, a wrong line after the chain, a wrong chain line are each reported", () => {
  expect(review(PAIRED(), "national").findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(mismatches(PAIRED({ B3: 101 }))).toEqual(["B3"]);
  expect(mismatches(PAIRED({ B7: 26 }))).toEqual(["B3"]);
  // 市本级 11: no end makes the chain 40, the 小计 still holds with the chain ending at A区: 甲市 40 ≠ 11 + 30
  expect(mismatches(PAIRED({ B5: 11 }))).toEqual(["B4"]);
  expect(mismatches(PAIRED({ D4: 21 }))).toEqual(["D3"]);
});

test("the grid-mutant planner plans each closed 小计 as 'leading 小计', the chain's owner listed last", () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { findRelations, View } = require("../../../scripts/eval-mutants-grid.js");
  const grid = [
    ["单位", "金额", "单位", "金额"],
    ["甲市小计", "100", "乙市小计", "50"],
    ["甲市", "40", "乙县", "20"],
    ["其中:市本级", "10", "丙县", "30"],
    ["A区", "30", "丙市小计", "9"],
    ["B县", "25", "丁县", "9"],
    ["C县", "35", "", ""],
    ["丁市小计", "12", "", ""],
  ];
  const subs = findRelations(new View({ grid, merges: [] })).filter((r: any) => r.kind === "leading 小计");
  expect(subs.map((r: any) => [r.total.r, r.total.c, r.parts.map((p: any) => p.value)])).toEqual([
    [2, 2, [25, 35, 40]],
    [2, 4, [20, 30]],
  ]);
});

/**
 * A slip in the chain's owner (甲市 40 → 44): no end of the chain adds up to it, nor the 小计 over it, so the numbers mark
 * no end. The names do: the city's 其中:市本级 and its districts (A区), then its counties (B县). The owner's sum is kept,
 * the slip reported at it. Counter-shapes: a chain whose names mark no end (a 县 right under 其中:) is still left
 * alone, and the sheet as published gives no finding either way.
 */
test("a wrong chain owner (甲市 44): the 区 lines end the chain, reported at the owner", () => {
  expect(mismatches(PAIRED({ B4: 44 }))).toEqual(["B4"]);
  expect(evaluateRelation(sumAt(PAIRED({ B4: 44 }), "B4")!).from.map((t) => t.cell)).toEqual(["B5", "B6"]);
});
test("counter-shape: the names mark no end (其中:市本级 then B县 … no 区 line before a county): nothing guessed", () => {
  const g = PAIRED({ B4: 44 });
  const renamed = Grid.fromValues(
    "Sheet1",
    Array.from({ length: g.rowCount }, (_, r) => Array.from({ length: 4 }, (_, c) => (r === 5 && c === 0 ? "A镇" : g.raw(r + 1, c + 1)))),
  );
  expect(sumAt(renamed, "B4")).toBeUndefined();
  expect(mismatches(renamed)).toEqual([]);
});
