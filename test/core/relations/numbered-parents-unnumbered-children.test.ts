import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * A money list numbered on its parent lines only (序号 1, 2, 3: provinces), each with unnumbered child lines right
 * under it (its key projects) that fill a subset of its amount columns: the leading 合计 adds the numbered lines only,
 * each parent its children; a child's blank cell does not end the list. A list that runs to the sheet's end inside its
 * last group may go on: the total and the last parent are bounds there (no error when the visible lines fall short).
 */
type Cell = string | number | null;
/** the relation down the rows stated at a cell (a line's total across its columns aside) */
const relationOf = (g: Grid, cell: string) => {
  const r = review(g, "national").model.relations.find((x) => x.kind === "sum" && x.orientation === "rows" && statedCell(x) === cell);
  return r && r.kind === "sum" ? { cells: r.parts.map((p) => p.cell), bound: r.bound, ok: evaluateRelation(r).ok } : null;
};
const alarms = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => [f.rule, f.cell, f.messageId, f.data?.total, f.data?.sum]);

const HEAD: Cell[] = ["序号", "单位/项目", "一般补助资金", "专项补助资金"];
// 合计 300 | 500 = 1 甲 100 | 0 + 2 乙 120 | 200 (its project 200) + 3 丙 80 | 300 (its projects 120 + 180)
const complete = (): Cell[][] => [
  ["单位:万元", null, null, null],
  HEAD,
  ["合计", null, 300, 500],
  [1, "甲省", 100, null],
  [2, "乙省", 120, 200],
  [null, "乙省重点项目一", null, 200],
  [3, "丙省", 80, 300],
  [null, "丙省重点项目一", null, 120],
  [null, "丙省重点项目二", null, 180],
  ["注:重点项目资金包含在专项补助资金中。", null, null, null],
];
const grid = (rows: Cell[][]) => Grid.fromValues("Sheet1", rows, []);

describe("a list numbered on its parents, with unnumbered child lines", () => {
  test("the total adds the numbered lines only, in every column; each parent its children", () => {
    const g = grid(complete());
    expect(relationOf(g, "C3")).toEqual({ cells: ["C4", "C5", "C7"], bound: "equal", ok: true });
    expect(relationOf(g, "D3")).toEqual({ cells: ["D5", "D7"], bound: "equal", ok: true });
    expect(relationOf(g, "D5")).toEqual({ cells: ["D6"], bound: "equal", ok: true });
    expect(relationOf(g, "D7")).toEqual({ cells: ["D8", "D9"], bound: "equal", ok: true });
    expect(alarms(g)).toEqual([]);
  });
  test.each([
    // a slip in a numbered line's 一般补助资金: the total over the numbered lines breaks (300 against 310)
    ["C5", 130, "C3", 300, 310],
    // a slip in a parent's 专项补助资金: that parent against its project (210 against 200), not the total
    ["D5", 210, "D5", 210, 200],
    // a slip in a project line: its parent (300 against 320)
    ["D9", 200, "D7", 300, 320],
  ])("%s changed to %d: a total-mismatch at %s (%d against %d)", (cell, value, at, total, sum) => {
    const rows = complete();
    const col = cell.charCodeAt(0) - 65;
    rows[Number(cell.slice(1)) - 1][col] = value;
    expect(alarms(grid(rows))).toEqual([["total-mismatch", at, "sum", total, sum]]);
  });
  test("a column the list's block does not read (重点项目资金): a child's blank 一般补助资金 does not end the list", () => {
    const rows = complete();
    rows[1] = ["序号", "省份/项目", "一般补助资金", "重点项目资金"];
    const g = grid(rows);
    expect(relationOf(g, "C3")).toEqual({ cells: ["C4", "C5", "C7"], bound: "equal", ok: true });
    expect(alarms(g)).toEqual([]);
    // a slip in a project line: its parent (300 against 320), the total over the numbered lines untouched
    rows[8][3] = 200;
    expect(alarms(grid(rows))).toEqual([["total-mismatch", "D7", "sum", 300, 320]]);
  });
  test("cut inside its last group (the sheet ends after 丙省's first project): no error", () => {
    const g = grid(complete().slice(0, 8));
    expect(relationOf(g, "C3")).toEqual({ cells: ["C4", "C5", "C7"], bound: "atMost", ok: true });
    expect(relationOf(g, "D7")).toEqual({ cells: ["D8"], bound: "atMost", ok: true });
    expect(alarms(g)).toEqual([]);
    const rows = complete().slice(0, 8);
    rows[1] = ["序号", "省份/项目", "一般补助资金", "重点项目资金"];
    expect(relationOf(grid(rows), "C3")).toEqual({ cells: ["C4", "C5", "C7"], bound: "atMost", ok: true });
    expect(alarms(grid(rows))).toEqual([]);
  });
  test.each(["下达资金合计", "提前下达预算合计"])("a column of line totals (%s): a parent's total there over children that fill part of its columns is a bound", (head) => {
    // 乙省 320 = 120 + 200, its project's 200 only the 专项 part of it (where the column is read as the lines' totals
    // across, that relation states E5 and the bound is not kept beside it)
    const rows = complete().map((r, k) => [...r, k === 1 ? head : k === 0 || k === 9 ? null : (Number(r[2]) || 0) + (Number(r[3]) || 0)]);
    const g = grid(rows);
    expect([null, JSON.stringify({ cells: ["E6"], bound: "atMost", ok: true })]).toContain(relationOf(g, "E5") && JSON.stringify(relationOf(g, "E5")));
    expect(relationOf(g, "D5")).toEqual({ cells: ["D6"], bound: "equal", ok: true });
    expect([null, JSON.stringify({ cells: ["E4", "E5", "E7"], bound: "equal", ok: true })]).toContain(relationOf(g, "E3") && JSON.stringify(relationOf(g, "E3")));
    expect(alarms(g)).toEqual([]);
  });
  test("cut after a numbered line, a column of line totals beside it: the leading total's shortfall is info only", () => {
    // the sheet ends at 乙省: 合计 300 against 甲 100 + 乙 120 may go on past the cut; 提前下达预算合计's bound over the
    // same lines (800 ≥ 100 + 320) says nothing of whether the list is complete
    const rows = complete()
      .slice(0, 5)
      .map((r, k) => [...r, k === 1 ? "提前下达预算合计" : k === 0 ? null : (Number(r[2]) || 0) + (Number(r[3]) || 0)]);
    rows[1][3] = "重点项目资金";
    const findings = review(grid(rows), "national").findings.filter((f) => f.rule === "total-mismatch");
    expect(findings.map((f) => [f.cell, f.severity, f.data?.total, f.data?.sum])).toEqual([["C3", "info", 300, 220]]);
  });
});
