import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, ratioAgrees, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * A rate written as a bare number is read in percentage points where its column says so: the header states (%)
 * (执行率(%)), or the column's other bare rates are plainly percents (72.08, 98.5). A bare 1.49 there is 1.49%, not
 * 149%; elsewhere a bare number of 1.5 or less is still a fraction (0.9805 is 98.05%).
 */
type Cell = string | number | null;
const ratioAt = (rows: Cell[][], cell: string) => {
  const r = review(Grid.fromValues("Sheet1", rows, []), "national").model.relations.find((x) => x.kind === "ratio" && statedCell(x) === cell);
  return r && r.kind === "ratio" ? { inPoints: r.statedInPoints === true, ok: evaluateRelation(r).ok, stated: evaluateRelation(r).stated } : null;
};
const alarms = (rows: Cell[][]) =>
  review(Grid.fromValues("Sheet1", rows, []), "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule} ${f.cell}`);
// 预算数 | 执行数 | rate: 甲 1000 / 14.9 = 1.49%, 乙 200 / 150 = 75%, 丙 400 / 300 = 75%
const list = (rateHead: string, first: number): Cell[][] => [
  ["项目名称", "预算数(万元)", "执行数(万元)", rateHead],
  ["项目甲", 1000, 14.9, first],
  ["项目乙", 200, 150, 75],
  ["项目丙", 400, 300, 75],
];

describe("a rate written as a bare number, read in the points its column states", () => {
  test("ratioAgrees: 1.49 in points is 1.49%; as a bare number it is still 149%", () => {
    const stated = { value: 1.49, decimals: null, percent: false, text: "1.49", cell: "D2", row: 2, col: 4 };
    expect(ratioAgrees(stated, 14.9, 1000, true)).toMatchObject({ ok: true, statedPoints: 1.49 });
    expect(ratioAgrees(stated, 14.9, 1000)).toMatchObject({ ok: false, statedPoints: 149 });
  });
  test.each([
    ["执行率(%)", "the header says (%)"],
    ["执行率", "the column's other rates are plainly percents (75, 75)"],
  ])("under %s, 1.49 is 1.49%%: %s", (head) => {
    expect(ratioAt(list(head, 1.49), "D2")).toEqual({ inPoints: true, ok: true, stated: 1.49 });
    expect(alarms(list(head, 1.49))).toEqual([]);
    // a slip is still found: 1.94 against 1.49
    expect(alarms(list(head, 1.94))).toEqual(["exec-rate-mismatch D2"]);
  });
  test("a column of fractions (0.0149, 0.75, 0.75) under 执行率 stays fractions", () => {
    const rows = list("执行率", 0.0149).map((r, k) => (k === 0 ? r : [...r.slice(0, 3), k === 1 ? 0.0149 : 0.75]));
    expect(ratioAt(rows, "D2")).toEqual({ inPoints: false, ok: true, stated: 1.49 });
    expect(alarms(rows)).toEqual([]);
  });
});
