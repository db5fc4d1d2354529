import { Grid } from "../../src/core/grid/grid";
import type { Relation } from "../../src/core/model/types";
import { withoutSignedBounds } from "../../src/core/relations/signed-columns";
import { sentenceCells } from "../../src/core/recognise/sentence-cells";
import { groupWeightInLabel } from "../../src/core/text/labels";

/**
 * speed54: groupWeightInLabel asks first whether the label's compact text holds 分 at all, before any of its readings
 * (bracketed points, clause awards, bare points after the label, a lost figure): each of them needs one. A table's
 * labels nearly all hold none (产出指标, 数量指标, each line's name), and findNameLabelBlocks asks it of every line of
 * the indicator table. The labels with points read the same as before; the labels without read nothing.
 */
describe("speed54: groupWeightInLabel's 分 gate", () => {
  test.each([
    ["产出指标", null],
    ["数量指标", null],
    ["指标1", null],
    ["达成年度指标", null],
    ["", null],
    ["满意度≥90%", null],
    ["经济效益(万元)", null],
    // (分 in the text, no points: the readings after the gate still refuse it)
    ["得分", null],
  ])("no points: %p → %p", (label, w) => {
    expect(groupWeightInLabel(label)).toBe(w);
  });

  test.each([
    // (分 after a space or a line end: compact text, as the readings read it)
    ["投入 20 分", 20],
    ["项目管理\n13 分", 13],
    ["产出指标（50分）", 50],
    ["示范社建设情况60分)", 60],
    ["四个规范。35分)", 35],
    ["一、組織領導38分", 38],
    ["1.耕地保有量;基本农田保护(7分)", 7],
    ["…活动。(2分,缺1次扣0.5分,扣完为止)", 2],
    // (two clauses each closing on their points, one a line: 1 + 1)
    ["落实领导责任(1分)。\n党员先锋模范作用好(1分)", 2],
  ])("points: %p → %p", (label, w) => {
    expect(groupWeightInLabel(label)).toBe(w);
  });
});

/**
 * speed54: withoutSignedBounds walks a column for its lowest negative number only where some text cell of the sheet
 * holds a '-' (a negative number's text does, String(-5)): a sheet with none keeps every bound without a walk. A bound
 * over a column with a negative number at or below its first line is dropped, as before, whether the number is a
 * number or a text; a '-' elsewhere (a date) walks the column and finds none there.
 */

describe("speed54: withoutSignedBounds' minus gate", () => {
  type Cell = string | number | null;
  // B2 ≥ B3 + B4: an amount bound down column B (its other lines cut off)
  const bound = {
    kind: "sum",
    orientation: "rows",
    bound: "atMost",
    measure: "amount",
    total: { row: 2, col: 2, cell: "B2", value: 100 },
    parts: [
      { row: 3, col: 2, cell: "B3", value: 60 },
      { row: 4, col: 2, cell: "B4", value: 30 },
    ],
  } as unknown as Relation;
  const sheet = (b5: Cell, a1: Cell = "收入合计", b1: Cell = null): Cell[][] => [
    [a1, b1],
    ["合计", 100],
    ["其中:甲", 60],
    ["乙", 30],
    ["丙", b5],
  ];
  const kept = (rows: Cell[][]) => withoutSignedBounds(Grid.fromValues("S", rows), [bound]).length;
  test.each([
    ["no minus anywhere: kept", sheet(4), 1],
    ["a negative number under the bound's first line: dropped", sheet(-5), 0],
    ["a negative written as text: dropped", sheet("-5"), 0],
    ["a '-' in another column only (a date): kept", sheet(4, "2023-01"), 1],
    ["a negative above the bound's first line only: kept", sheet(4, "收入合计", -3), 1],
  ])("%s", (_name, rows, n) => {
    expect(kept(rows)).toBe(n);
  });
});

/**
 * speed54: the grid lists its text cells of 8 characters and more as it makes textCells(); sentenceCells for a length of
 * 8 or more walks those only, and finds the same cells in the same order as a walk of every text cell: rows with no
 * text between them, several long texts on one line, a text of exactly the length asked, one a character short, and a
 * sentence copied into the cell right of it (read once). Below 8 every text cell is walked.
 */
describe("speed54: sentenceCells over the long texts listed", () => {
  const rows: (string | number | null)[][] = [
    ["项目资金预算执行情况良好", null, 12],
    [null, null, null],
    ["短", "一二三四五六七八", "一二三四五六七"],
    [null, null, null],
    [null, null, null],
    ["资金到位率达到百分之百", "资金到位率达到百分之百", "预算执行率达到百分之九十五"],
    ["金额", 3, "本年度预算资金已全部拨付到位"],
  ];
  const g = Grid.fromValues("S", rows);
  const cells = (min: number, re: RegExp) => sentenceCells(g, min, re).map((x) => `${g.addr(x.row, x.col)}`);
  test.each([
    [8, /./, ["A1", "B3", "A6", "C6", "C7"]],
    [8, /资金|预算/, ["A1", "A6", "C6", "C7"]],
    [12, /./, ["A1", "C6", "C7"]],
    [13, /./, ["C6", "C7"]],
    [7, /./, ["A1", "B3", "C3", "A6", "C6", "C7"]],
    [0, /金额/, ["A7"]],
    [0, /^\d+$/, ["C1", "B7"]],
  ])("length %p, %p: %p", (min, re, want) => {
    expect(cells(min as number, re as RegExp)).toEqual(want);
  });
});
