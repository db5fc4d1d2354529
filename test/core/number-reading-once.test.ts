import { Grid } from "../../src/core/grid/grid";
import type { Cell } from "../../src/core/grid/grid";
import { holdsNumberOrPoints, numberOrPointsAt, numberOrPointsReadAt, pointsAt } from "../../src/core/recognise/cells";

/**
 * speed39: numberOrPointsAt reads a cell once (a number cell with no ReadNumber object, a text that is no number read
 * for points with their unit once, not twice more as a number); numberOrPointsReadAt gives its number without the
 * NumberRef and holdsNumberOrPoints whether it reads one, for the scans that only compare the numbers (filled-down's
 * labelled runs). Each shape with its counter-shape; the readers must agree with numberOrPointsAt on every cell.
 */
describe("numberOrPointsAt and its two lighter readers agree, cell by cell", () => {
  const cell = (c: Cell) => new Grid({ name: "Sheet1", cells: [[c], [null]], merges: ["A1:A2"] });
  test.each<[string, Cell, { value: number; decimals: number | null; percent: boolean } | null]>([
    ["a number cell, no format: 10, decimals not stated", { v: 10 }, { value: 10, decimals: null, percent: false }],
    ["a number under 0.00%: 0.95 is 95.00%, two decimals", { v: 0.95, fmt: "0.00%" }, { value: 0.95, decimals: 2, percent: true }],
    ["a number under 0.0: 8.25 shown to one decimal", { v: 8.25, fmt: "0.0" }, { value: 8.25, decimals: 1, percent: false }],
    ["a number typed as text with separators: 1,234.5", { v: "1,234.5" }, { value: 1234.5, decimals: 1, percent: false }],
    ["a percent typed as text: 95% is 0.95, no decimals", { v: "95%" }, { value: 0.95, decimals: 0, percent: true }],
    ["points with their unit: 10分", { v: "10分" }, { value: 10, decimals: 0, percent: false }],
    ["points with decimals: 80.14分 (two decimals)", { v: "80.14分" }, { value: 80.14, decimals: 2, percent: false }],
    ["points with a note: 20分(达不到酌情扣分)", { v: "20分(达不到酌情扣分)" }, { value: 20, decimals: 0, percent: false }],
    ["counter-shape: a word", { v: "达成年度指标" }, null],
    ["counter-shape: a dash for not applicable", { v: "—" }, null],
    ["counter-shape: points in words, 十分", { v: "十分" }, null],
    ["counter-shape: a number with another unit, 50个", { v: "50个" }, null],
    ["counter-shape: no finite number (Infinity)", { v: Infinity }, null],
    ["counter-shape: a boolean", { v: true }, null],
  ])("%s", (_label, c, want) => {
    const g = cell(c);
    // the anchor and the cell under it in the merge read the same number; the reference names the cell asked
    for (const row of [1, 2]) {
      const ref = numberOrPointsAt(g, row, 1);
      expect(ref === null ? null : { value: ref.value, decimals: ref.decimals, percent: ref.percent }).toEqual(want);
      if (ref) expect([ref.cell, ref.row, ref.col]).toEqual([`A${row}`, row, 1]);
      const read = numberOrPointsReadAt(g, row, 1);
      expect(read === null ? null : { value: read.value, decimals: read.decimals, percent: read.percent }).toEqual(want);
      expect(holdsNumberOrPoints(g, row, 1)).toBe(want !== null);
    }
    // pointsAt reads the same points (a percent is no points: 95% and 95.00% give none)
    const p = pointsAt(g, 1, 1);
    expect(p === null ? null : p.value).toBe(want === null || want.percent ? null : want.value);
  });

  test("no column: nothing read", () => {
    const g = cell({ v: 10 });
    expect([numberOrPointsAt(g, 1, undefined), numberOrPointsReadAt(g, 1, undefined), holdsNumberOrPoints(g, 1, undefined)]).toEqual([null, null, false]);
  });
});
