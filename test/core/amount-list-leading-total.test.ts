import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * An allocation table (分配表) of row totals (单位 | 小计 | one column per purpose) opened by its 合计 line right under the
 * header, then the units (一、省本级小计, (一)某厅小计, …), the excerpt cut before the units add up to it: the 合计 line's row
 * total is the table's stated total (its lines, a unit's 小计 over its first department's, are nested levels: no sum of them
 * reaches it). A table whose first line is a unit's or a 小计 states none that way; a table closed
 * by its 合计 keeps it where it stands.
 */
type Row = (string | number | null)[];
const HEAD: Row[] = [["2021年某资金分配表"], ["单位:万元"], ["单位", "小计", "国土绿化支出", "森林防火", "林业科技推广"]];

function table(lines: Row[]): Grid {
  return Grid.fromValues("S", [...HEAD, ...lines], ["A1:E1", "A2:E2"]);
}

const head = (g: Grid) => {
  const m = review(g, "national").model;
  return { header: m.headerRow, total: m.totals?.score ? `${m.totals.score.value}@${m.totals.score.cell}` : null };
};

// (the 省本级's second unit cut away: its first unit's 小计 is part of it only)
const UNITS: Row[] = [
  ["一、省本级小计", 70, 20, 30, 20],
  ["(一)某某厅小计", 60, 20, 30, 10],
];

describe("a leading 合计 line states the table's total", () => {
  test.each<[string, Row[], { header: number; total: string | null }]>([
    ["合计 over 小计 lines, cut before the cities", [["合计", 125, 45, 55, 25], ...UNITS, ["某某市"]], { header: 3, total: "125@B4" }],
    ["总计 over the units", [["总计", 125, 45, 55, 25], ...UNITS, ["某某市"]], { header: 3, total: "125@B4" }],
    // (the 合计 line's own columns need not add up for it to be the stated total: the slip is the relation's to report)
    ["a 合计 line whose columns miss its row total", [["合计", 120, 45, 55, 25], ...UNITS, ["某某市"]], { header: 3, total: "120@B4" }],
  ])("%s", (_name, lines, expected) => {
    expect(head(table(lines))).toEqual(expected);
  });
});

describe("counter-shapes", () => {
  test("the first line a unit's 小计: no total stated", () => {
    expect(head(table([...UNITS, ["二、某某市小计", 240, 100, 60, 80], ["某某县"]]))).toEqual({ header: 3, total: null });
  });
  test("the first line a unit's own: no total stated", () => {
    expect(head(table([["某某县", 310, 120, 90, 100], ["某某区", 70, 20, 30, 20], ["某某镇", 60, 20, 30, 10], ["某某市"]]))).toEqual({ header: 3, total: null });
  });
  test("a list closed by its 合计 (the lines add up to it): the closing line's total, as before", () => {
    const g = table([["某某县", 70, 20, 30, 20], ["某某区", 60, 20, 30, 10], ["某某镇", 10, null, null, 10], ["合计", 140, 40, 60, 40]]);
    expect(head(g).total).toBe("140@B7");
  });
});
