import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { serialNumber } from "../../src/core/text/codes";

/**
 * A 序号 written with a footnote mark after it ("9*", "10＊", "11※", "12★": items a note below singles out) is still
 * the number 9, 10 …: the serial reading takes the mark, so 8, 9*, 10*, 11 counts on and no code-sequence is flagged.
 */
describe("serialNumber", () => {
  test.each([
    ["9", false, 9],
    ["9*", false, 9],
    ["10＊", false, 10],
    ["11※", false, 11],
    ["12★", false, 12],
    ["3.", false, null],
    ["3.", true, 3],
    ["3、*", true, 3],
    ["9**", false, null],
    ["*9", false, null],
    ["9a", false, null],
    ["1000", false, null],
  ] as [string, boolean, number | null][])("%s (pointed %s) reads %s", (text, pointed, n) => {
    expect(serialNumber(text, pointed)).toBe(n);
  });
});

function table(serials: string[]): Grid {
  const rows: (string | number | null)[][] = [["考核评分表"], ["序号", "考核内容", "分值", "得分"]];
  serials.forEach((s, k) => rows.push([s, `考核事项${k + 1}`, 5, 4]));
  return Grid.fromValues("评分", rows, []);
}

const codes = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "code-sequence" && f.severity !== "info")
    .map((f) => `${f.cell} ${f.data?.code}`);

describe("a 序号 column with footnote marks", () => {
  test("1 … 8, 9*, 10＊, 11※, 12★, 13, 14: counts on, nothing reported", () => {
    expect(codes(table(["1", "2", "3", "4", "5", "6", "7", "8", "9*", "10＊", "11※", "12★", "13", "14"]))).toEqual([]);
  });
  test("counter-shape: a marked number that skips one (1, 2, 4*, 5) is still reported at A5", () => {
    expect(codes(table(["1", "2", "4*", "5"])).length).toBeGreaterThan(0);
    expect(codes(table(["1", "2", "4*", "5"]))[0]).toMatch(/^A5 /);
  });
  test("counter-shape: 1, 2, 3, 5 (no mark) is reported at A6", () => {
    expect(codes(table(["1", "2", "3", "5"]))[0]).toMatch(/^A6 /);
  });
});
