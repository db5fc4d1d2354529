import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { signature } from "./metamorphic";

/**
 * A label and its number merged down side by side over the lines they head (a county and its 合计 over its towns, a
 * 一级 label and its 自评权重 over its lines), filled down by an export: the number written on each of the label's lines
 * is one number, read as the merged original reads it — where the column shows it, one run at least whose number is
 * its lines' sum in another column (filled-down.ts labelledTotalRuns).
 */

type Line = [string | null, number | null, string, number];
/** 县(市、区) | 合计 | 镇(乡) | 补助资金(万元): a county's name and total over its towns' lines */
function towns(lines: Line[], merges: string[]): Grid {
  return Grid.fromValues("Sheet1", [["2024年乡镇奖补资金分配表"], ["县(市、区)", "合计", "镇(乡)", "补助资金(万元)"], ...lines], merges);
}
/** the merged original: 泉港区 100 over two towns, 惠安县 150 over three, 石狮市 50 alone */
const MERGED: Line[] = [
  ["泉港区", 100, "前黄镇", 50],
  [null, null, "峰尾镇", 50],
  ["惠安县", 150, "辋川镇", 50],
  [null, null, "山霞镇", 50],
  [null, null, "紫山镇", 50],
  ["石狮市", 50, "锦尚镇", 50],
];
const MERGES = ["A3:A4", "B3:B4", "A5:A7", "B5:B7"];
/** every merge filled down: the county and its total on each of its towns' lines */
function filled(lines: Line[]): Line[] {
  let last: Line = lines[0];
  return lines.map((l) => (l[0] === null ? [last[0], last[1], l[2], l[3]] : (last = l)));
}
const sums = (g: Grid) => review(g, "national").model.relations.filter((r) => r.kind === "sum").map((r) => `${r.total.cell} ← ${r.parts.map((p) => p.cell).join(",")}`).sort();

describe("a label and its total merged down over their lines, filled down", () => {
  test("the merged original: each county's total is the sum of its towns (B3 ← D3,D4; B5 ← D5,D6,D7)", () => {
    expect(sums(towns(MERGED, MERGES))).toEqual(expect.arrayContaining(["B3 ← D3,D4", "B5 ← D5,D6,D7"]));
  });

  test.each<[string, (l: Line[]) => Line[]]>([
    ["every run adding up", (l) => l],
    // (a mistyped town in 泉港区: its run no more adds up, 惠安县's still shows the column's totals, so 泉港区's total is
    // one number all the same, and its sum is there to fail)
    ["泉港区's towns mistyped (50 + 40 against 100)", (l) => l.map((x, k) => (k === 1 ? [x[0], x[1], x[2], 40] : x))],
  ])("filled down, %s: the same sums as merged, each total read once", (_, change) => {
    const g = towns(filled(change(MERGED)), []);
    const merged = towns(change(MERGED), MERGES);
    expect(signature(review(g, "national"), undefined, true)).toEqual(signature(review(merged, "national"), undefined, true));
    expect(sums(g)).toEqual(expect.arrayContaining(["B3 ← D3,D4", "B5 ← D5,D6,D7"]));
  });

  test.each<[string, Line[]]>([
    // the county written on every line but its total only on some: no pair merged together
    ["the total's run shorter than the label's", [["泉港区", 100, "前黄镇", 50], ["泉港区", 100, "峰尾镇", 50], ["泉港区", 60, "后龙镇", 60], ["石狮市", 50, "锦尚镇", 50]]],
    // two lines of one county that each state their own 100, no column adding up to it anywhere: two numbers
    ["no run adds up in any column", [["泉港区", 100, "前黄镇", 50], ["泉港区", 100, "峰尾镇", 40], ["惠安县", 70, "辋川镇", 70], ["石狮市", 50, "锦尚镇", 50]]],
  ])("counter-shape, %s: no merge made, no sum read over the repeated lines", (_, lines) => {
    const g = towns(lines, []);
    const r = review(g, "national");
    expect(sums(g)).not.toEqual(expect.arrayContaining(["B3 ← D3,D4"]));
    expect(r.model.relations.filter((x) => x.kind === "sum" && x.total.cell === "B3")).toEqual([]);
  });
});

test("filled down with 泉港区's towns mistyped: its total 100 against 50 + 40 = 90 is found, as merged", () => {
  const lines = MERGED.map((x, k): Line => (k === 1 ? [x[0], x[1], x[2], 40] : x));
  const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);
  expect(errors(towns(filled(lines), []))).toEqual(errors(towns(lines, MERGES)));
  expect(errors(towns(filled(lines), []))).toContainEqual(expect.stringMatching(/@B3$/));
});
