import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { FIXTURES } from "../helpers";

/**
 * A money table whose total line (局机关及二级机构汇总, 合计, 小计, 总计) stands directly above numbered unit lines
 * (1、局机关 | 2、二级机构1 …, (1) (2), 一、 二、), as the 岳阳县 2016 部门整体 自评报告's 收入情况 table: the line is their
 * total on every amount column, as a trailing 合计 is; and, where the table has a 收入合计 column over 其中 sources,
 * every line's 收入合计 is its sources' sum.
 *
 * Line i (1-based), source j (0-based): 10·i + j. Two lines, three sources: 11 | 12 | 13 and 21 | 22 | 23; the total
 * line 32 | 34 | 36; the 收入合计 column 36, 66 and 102. A note under the table closes it; lines that run to the sheet's
 * last row, the last a name only, are an excerpt cut there: the total is a bound on them (as for every leading total).
 */
const SOURCES = ["上年结转", "公共财政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他收入", "事业收入"];
const NUMBERS: Record<string, (i: number) => string> = {
  "1、": (i) => `${i}、`,
  "(1)": (i) => `(${i})`,
  "一、": (i) => `${"一二三四五六"[i - 1]}、`,
};
const UNITS = ["局机关", "二级机构1", "二级机构2", "二级机构3"];
const col = (c: number) => String.fromCharCode(65 + c);

interface Table {
  lines: number;
  /** amount columns (收入合计 among them where `rowSum`) */
  amounts: number;
  rowSum: boolean;
  numbering: string;
  totalLabel: string;
  trailing?: boolean;
  /** a last unit line with its name only, the sheet's last row (an excerpt cut there) */
  cut?: boolean;
  /** 收入合计 and its sources named on one header line (no 其中: merged over the sources) */
  oneLine?: boolean;
}

const value = (i: number, j: number) => 10 * i + j;

/** The table's grid, its first line's row and its total line's row. */
function table(t: Table, change: (i: number, j: number, v: number) => number = (_i, _j, v) => v) {
  const sources = t.amounts - (t.rowSum ? 1 : 0);
  const first = t.rowSum ? 2 : 1; // the first source's column index (A = 0)
  const rows: (string | number | null)[][] = [["年度收入情况(万元)"]];
  const merges: string[] = [];
  if (t.rowSum && t.oneLine) rows.push(["机构名称", "收入合计", ...SOURCES.slice(0, sources)]);
  else if (t.rowSum) {
    rows.push(["机构名称", "收入合计", "其中:", ...Array(sources - 1).fill(null)]);
    rows.push([null, null, ...SOURCES.slice(0, sources)]);
    merges.push("A2:A3", "B2:B3", `C2:${col(first + sources - 1)}2`);
  } else rows.push(["机构名称", ...SOURCES.slice(0, sources)]);
  const line = (i: number) => {
    const parts = Array.from({ length: sources }, (_, j) => change(i, j, value(i, j)));
    return [`${NUMBERS[t.numbering](i)}${UNITS[i - 1]}`, ...(t.rowSum ? [Array.from({ length: sources }, (_, j) => value(i, j)).reduce((a, b) => a + b, 0)] : []), ...parts];
  };
  const total = [t.totalLabel, ...(t.rowSum ? [0] : []), ...Array.from({ length: sources }, (_, j) => change(0, j, Array.from({ length: t.lines }, (_, i) => value(i + 1, j)).reduce((a, b) => a + b, 0)))];
  // (the 收入合计 as published, the sum of every line's sources, whatever `change` does to one of them; `change` asked
  // with source -1 for it)
  if (t.rowSum) total[1] = change(0, -1, Array.from({ length: t.lines }, (_, i) => Array.from({ length: sources }, (_, j) => value(i + 1, j)).reduce((a, b) => a + b, 0)).reduce((a, b) => a + b, 0));
  const lines = Array.from({ length: t.lines }, (_, i) => line(i + 1));
  if (!t.trailing) rows.push(total);
  rows.push(...lines);
  if (t.trailing) rows.push(total);
  // (a closed table: a note under it; a cut one: the next unit's name on the sheet's last row, nothing right of it)
  if (t.cut) rows.push([`${NUMBERS[t.numbering](t.lines + 1)}${UNITS[t.lines] ?? "二级机构9"}`]);
  else rows.push(["注：本表由单位填报"]);
  const totalRow = t.trailing ? rows.length - 1 : t.rowSum && !t.oneLine ? 4 : 3;
  const firstLine = t.trailing ? totalRow - t.lines : totalRow + 1;
  return { grid: Grid.fromValues("Sheet1", rows, merges), firstLine, totalRow, first };
}

const errors = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => [f.rule, f.cell])
    .sort();

const CASES: Table[] = [];
for (const numbering of Object.keys(NUMBERS))
  for (const lines of [2, 3, 4])
    for (const amounts of [2, 3, 4, 6])
      for (const rowSum of [false, true]) {
        if (rowSum && amounts < 3) continue;
        CASES.push({ lines, amounts, rowSum, numbering, totalLabel: "局机关及二级机构汇总", oneLine: false });
        if (rowSum && lines === 3) CASES.push({ lines, amounts, rowSum, numbering, totalLabel: "局机关及二级机构汇总", oneLine: true });
      }

describe.each(CASES)("a leading 汇总 over $lines lines numbered $numbering, $amounts amount columns, 收入合计 over its sources: $rowSum (one header line: $oneLine)", (t) => {
  test("as published: no finding", () => {
    expect(errors(table(t).grid)).toEqual([]);
  });

  test("the 汇总's second source cell one more: total-mismatch at that cell", () => {
    const { grid, totalRow, first } = table(t, (i, j, v) => (i === 0 && j === 1 ? v + 1 : v));
    expect(errors(grid)).toEqual([["total-mismatch", `${col(first + 1)}${totalRow}`]]);
  });

  test("a change inside line 1 that keeps its own sum (source 1 one more, source 2 one less): total-mismatch at both columns' 汇总 cells", () => {
    const { grid, totalRow, first } = table(t, (i, j, v) => (i === 1 && j === 0 ? v + 1 : i === 1 && j === 1 ? v - 1 : v));
    expect(errors(grid)).toEqual([
      ["total-mismatch", `${col(first)}${totalRow}`],
      ["total-mismatch", `${col(first + 1)}${totalRow}`],
    ]);
  });
});

describe.each(["合计", "小计", "总计", "全局汇总"])("a leading %s over three lines numbered 1、 (收入合计 and three sources)", (totalLabel) => {
  const t: Table = { lines: 3, amounts: 4, rowSum: true, numbering: "1、", totalLabel };
  test("as published: no finding; a compensated change in line 2: total-mismatch at C and D of the total line", () => {
    expect(errors(table(t).grid)).toEqual([]);
    const { grid, totalRow } = table(t, (i, j, v) => (i === 2 && j === 0 ? v + 1 : i === 2 && j === 1 ? v - 1 : v));
    expect(errors(grid)).toEqual([
      ["total-mismatch", `C${totalRow}`],
      ["total-mismatch", `D${totalRow}`],
    ]);
  });
});

describe.each([
  [false, false],
  [true, false],
  [true, true],
])("a trailing 合计 instead (收入合计 over its sources: %s, on one header line: %s), three lines, four sources", (rowSum, oneLine) => {
  const t: Table = { lines: 3, amounts: rowSum ? 5 : 4, rowSum, numbering: "1、", totalLabel: "合计", trailing: true, oneLine };
  test("as published: no finding", () => {
    expect(errors(table(t).grid)).toEqual([]);
  });
  test("its second source cell one more: total-mismatch at that cell", () => {
    const { grid, totalRow, first } = table(t, (i, j, v) => (i === 0 && j === 1 ? v + 1 : v));
    expect(errors(grid)).toEqual([["total-mismatch", `${col(first + 1)}${totalRow}`]]);
  });
  test("a compensated change in line 1: total-mismatch at both columns' 合计 cells", () => {
    const { grid, totalRow, first } = table(t, (i, j, v) => (i === 1 && j === 0 ? v + 1 : i === 1 && j === 1 ? v - 1 : v));
    expect(errors(grid)).toEqual([
      ["total-mismatch", `${col(first)}${totalRow}`],
      ["total-mismatch", `${col(first + 1)}${totalRow}`],
    ]);
  });
});

describe.each([false, true])("a cut page: the lines run to the sheet's last row, its last line a name only (收入合计 over its sources: %s)", (rowSum) => {
  const t: Table = { lines: 2, amounts: rowSum ? 4 : 3, rowSum, numbering: "1、", totalLabel: "局机关及二级机构汇总", cut: true };
  test("the 汇总 above what the lines seen add up to (the cut line's amounts not shown): no finding", () => {
    // every source of the 汇总 5 more than lines 1 and 2 give (32 + 5 = 37 …); its 收入合计 still its sources' sum
    const sources = t.amounts - (rowSum ? 1 : 0);
    const { grid } = table(t, (i, j, v) => (i === 0 ? v + (j < 0 ? 5 * sources : 5) : v));
    expect(errors(grid)).toEqual([]);
  });
  test("the lines seen above the 汇总 in one column (a compensated change in line 1): total-mismatch at that column's 汇总 cell only", () => {
    const { grid, totalRow, first } = table(t, (i, j, v) => (i === 1 && j === 0 ? v + 1 : i === 1 && j === 1 ? v - 1 : v));
    expect(errors(grid)).toEqual([["total-mismatch", `${col(first)}${totalRow}`]]);
  });
});

test("unnumbered lines under a 汇总 that does not hold (40 against 11 + 21): no relation, no finding", () => {
  const grid = Grid.fromValues("Sheet1", [["年度收入情况(万元)"], ["机构名称", "上年结转", "公共财政拨款"], ["汇总", 40, 40], ["局机关", 11, 12], ["二级机构1", 21, 22], ["注：本表由单位填报"]], []);
  expect(errors(grid)).toEqual([]);
});

describe("the 岳阳县 荣湾湖 2016 收入情况 table (real/hn-yueyangxian-rongwanhu-dev-centre-dept-selfeval-2016-excerpt): 汇总 over 1、局机关 | 2、二级机构1 | 3、二级机构2 (a name only, the excerpt's last row)", () => {
  const path = join(FIXTURES, "real", "hn-yueyangxian-rongwanhu-dev-centre-dept-selfeval-2016-excerpt.json");
  const mutated = (edits: Record<string, number>) => {
    const j = JSON.parse(readFileSync(path, "utf8"));
    for (const [a1, v] of Object.entries(edits)) j.grid[Number(a1.slice(1)) - 1][a1.charCodeAt(0) - 65] = v;
    return Grid.fromValues("Sheet1", j.grid, j.merges);
  };
  test("as published: no finding", () => {
    expect(errors(mutated({}))).toEqual([]);
  });
  test.each([
    // 局机关's 上年结转 one more, its 公共财政拨款 one less (176.26 kept): 35.87 + 1 + 1.36 = 38.23 above the 汇总's 37.23
    [{ C21: 36.87, D21: 79.39 }, "C20"],
    // 二级机构1's 收入合计 and 其他收入 one more each (54.2 = 1.36 + 25.74 + 27.1): 60 + 27.1 = 87.1 above 86.1
    [{ B22: 54.2, G22: 27.1 }, "G20"],
    // the 汇总's own 上年结转 one less: 35.87 + 1.36 = 37.23 above 36.23 (and 收入合计 229.46 no longer its sources' sum)
    [{ C20: 36.23 }, "C20"],
  ])("%j: total-mismatch at %s", (edits, cell) => {
    expect(errors(mutated(edits))).toEqual([["total-mismatch", cell]]);
  });
});
