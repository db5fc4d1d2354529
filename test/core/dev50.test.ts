import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { columnMarkerLine } from "../../src/core/recognise/column-markers";
import { review } from "../../src/core/review";

/**
 * dev50 (session 50): dev49's placeholder lines (a named line whose amount cells hold '-', '—', '/', 无 only is a line of the
 * list with no amount) brought back without its false flag. The flag (cut-total-and-closing: 名称 | 数额, 甲 5, 乙 /,
 * 丙 3, 丁 4, 合计 12 read 丙 + 丁 = 7 against 12) did not come from the placeholder line itself: the first line 甲 | 5 was
 * taken for a line of column markers (a label-column stem 甲 then a number, the markers' two-cell form 甲 | A) and stepped
 * over, so the list began at the placeholder line 乙 | / and the lines read were 乙, 丙, 丁. The reading fixed is the
 * marker line's (column-markers.ts): markers after the label columns' stems start their series at its first (甲 | 乙 | 1 |
 * 2, 甲 | A; never 甲 | 5), and a stem that the next line goes on from in its own cell (甲 over 乙) names a line, not a column.
 */
type Row = (CellValue | undefined)[];
const reviewed = (rows: Row[]) => review(Grid.fromValues("Sheet1", rows), "national");
const mismatches = (rows: Row[]) =>
  reviewed(rows)
    .findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")
    .map((f) => [f.cell, (f.data as { sum?: unknown }).sum]);
const sumsOf = (rows: Row[]) =>
  reviewed(rows)
    .model.relations.filter((r) => r.kind === "sum")
    .map((r) => (r.kind === "sum" ? `${r.total.cell}=${r.parts.map((p) => p.cell).join("+")}` : ""))
    .sort();

describe("the case dev49 flagged (cut-total-and-closing)", () => {
  const CASE: Row[] = [["名称", "数额"], ["甲", 5], ["乙", "/"], ["丙", 3], ["丁", 4], ["合计", 12]];
  test("甲 | 5 is a line of the list: 合计 B6 = B2 + B4 + B5 (5 + 3 + 4 = 12), the '/' line 乙 a line with no amount; nothing flagged", () => {
    expect(sumsOf(CASE)).toEqual(["B6=B2+B4+B5"]);
    expect(mismatches(CASE)).toEqual([]);
  });
  test("a slip in the 合计 (13) is found at B6 against 12, 甲's 5 counted", () => {
    const slipped = CASE.map((r, i) => (i === 5 ? ["合计", 13] : r));
    expect(mismatches(slipped)).toEqual([["B6", 12]]);
  });
});

describe("column markers led by the label columns' stems", () => {
  const under = (...lines: Row[]) => Grid.fromValues("Sheet1", [["名称", "预算数", "调整数", "执行数"], ...lines]);
  test.each([
    ["甲 | 5: a line named 甲 with one amount", [["甲", 5]], false],
    ["甲 | 5 | 6 | 7: amounts in steps of one after the stem, not from the first", [["甲", 5, 6, 7]], false],
    ["甲 | 1 | 2 | 3 over 乙 | 4 | 5 | 6: the next line goes on from the stem", [["甲", 1, 2, 3], ["乙", 4, 5, 6]], false],
    ["甲 | A (the two-cell form)", [["甲", "A"]], true],
    ["甲 | 乙 | 1 | 2", [["甲", "乙", 1, 2]], true],
    ["甲 | B (letters going on from the stem's column)", [["甲", "B"]], true],
    ["甲 | 乙 | C | D=C/B over a line of data (generated-lists' letters line)", [["甲", "乙", "C", "D=C/B"], ["教育局", "小学", 5, 6]], true],
    ["甲 | 乙 | 3 | 4 over a line of data", [["甲", "乙", 3, 4], ["教育局", "小学", 5, 6]], true],
    ["甲 | 1 | 2 | 3 over a line of data", [["甲", 1, 2, 3], ["教育局", 4, 5, 6]], true],
    ["甲 | A | B | C=B-A over a line of data", [["甲", "A", "B", "C=B-A"], ["教育局", 4, 5, 1]], true],
    ["甲 | 乙 | 丙 | 丁 (stems across the columns) over a line of data", [["甲", "乙", "丙", "丁"], ["教育局", 4, 5, 6]], true],
  ] as [string, Row[], boolean][])("%s: %s", (_n, lines, expected) => {
    expect(columnMarkerLine(under(...lines), 2)).toBe(expected);
  });
});

/**
 * The class's near variants: four lines (天干 names, places, bodies), one to three amount columns (数额; 预算数 | 执行数;
 * 预算数 | 调整数 | 执行数), a placeholder line first, second, last or two of them, printed '/', '—', '无' or '-'; the 合计
 * the sum of the other lines in every column. Clean: nothing flagged. The first column's 合计 one more: one total-mismatch,
 * at B6, against the lines' true sum.
 */
describe("generated near variants: a placeholder line is a member of the list with no amount, wherever it stands", () => {
  const NAMES: Record<string, string[]> = { 天干: ["甲", "乙", "丙", "丁"], places: ["城区", "东乡", "西乡", "南乡"], bodies: ["教育局", "卫健委", "民政局", "农业局"] };
  const HEADS: string[][] = [["数额"], ["预算数", "执行数"], ["预算数", "调整数", "执行数"]];
  const AT: number[][] = [[0], [1], [3], [1, 2]];
  const MARKS = ["/", "—", "无", "-"];
  const VALUES = [5, 3, 4, 6];
  const table = (names: string[], heads: string[], at: number[], mark: string, slip: number): { rows: Row[]; sum: number } => {
    const rows: Row[] = [["名称", ...heads]];
    names.forEach((n, k) => rows.push([n, ...heads.map((_, j) => (at.includes(k) ? mark : VALUES[k] + j))]));
    const sums = heads.map((_, j) => names.reduce((s, _n, k) => s + (at.includes(k) ? 0 : VALUES[k] + j), 0));
    rows.push(["合计", ...sums.map((s, j) => (j === 0 ? s + slip : s))]);
    return { rows, sum: sums[0] };
  };
  const cases: [string, string[], string[], number[], string][] = [];
  for (const [kind, names] of Object.entries(NAMES)) for (const heads of HEADS) for (const at of AT) for (const mark of MARKS) cases.push([`${kind} | ${heads.join("|")} | '${mark}' at line ${at.map((k) => k + 1).join("+")}`, names, heads, at, mark]);

  test("every variant reads (n of n × shapes): 3 name kinds × 3 widths × 4 positions × 4 placeholders, clean and slipped", () => {
    const clean = cases.filter(([, names, heads, at, mark]) => mismatches(table(names, heads, at, mark, 0).rows).length === 0);
    const found = cases.filter(([, names, heads, at, mark]) => {
      const { rows, sum } = table(names, heads, at, mark, 1);
      const m = mismatches(rows);
      return m.length === 1 && m[0][0] === "B6" && m[0][1] === sum;
    });
    expect(clean.length).toBe(cases.length);
    expect(found.length).toBe(cases.length);
  });

  test.each(cases.filter((c) => c[0].startsWith("天干")))("%s: clean, nothing flagged", (_n, names, heads, at, mark) => {
    expect(mismatches(table(names, heads, at, mark, 0).rows)).toEqual([]);
  });
});
