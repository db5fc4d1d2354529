import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A count of units by grade closed by a 小计 line (翔安 2021: 序号 | 镇(街) | 村(居)(个) | 优(个) | (个) | 及格(个) over five
 * towns and 小计 | 113 | 15 | 98 | 0): a column whose head is a short name with its unit, or its unit alone (the name lost
 * on the page), holds quantities as a head of two characters does, so the 小计 adds its column up; and a 小计 that is the
 * one closing line of the list, no 合计 beside it, is the list's total (its header read, its stated total the column the
 * others add up to: 113 = 15 + 98 + 0). Counter-shapes: a head with no unit and one character (优 | 良: a grade's values
 * as likely as counts) is not read so; a 小计 of one group among two, no 合计, is no list total.
 */
const HEAD = ["序号", "镇(街)", "村(居)(个)", "优(个)", "(个)", "及格(个)"];
const LINES = [
  ["1", "新圩", 17, 3, 14, 0],
  ["2", "内厝", 17, 2, 15, 0],
  ["3", "新店", 35, 4, 31, 0],
];
const sheet = (head: (string | number)[], lines: (string | number)[][], closing: (string | number)[][]) =>
  review(Grid.fromValues("S", [["各镇(街)成绩档次分布情况"], head, ...lines, ...closing], ["A1:F1"]), "national");
const flags = (r: ReturnType<typeof sheet>) => r.findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell);

describe("unit-headed count columns under a closing 小计", () => {
  test.each<[string, (string | number)[], (string | number)[][], string[]]>([
    ["adds up (69 = 17 + 17 + 35; 9; 60; 0): no flag", HEAD, [["", "小计", 69, 9, 60, 0]], []],
    ["优(个) off: 11 against 3 + 2 + 4 = 9", HEAD, [["", "小计", 69, 11, 60, 0]], ["D6"]],
    ["村(居)(个) off: 71 against 69", HEAD, [["", "小计", 71, 9, 60, 0]], ["C6"]],
    ["the head lost but its unit, (个): 62 against 14 + 15 + 31 = 60", HEAD, [["", "小计", 69, 9, 62, 0]], ["E6"]],
    // counter-shape: one-character heads without a unit are not read as quantities
    ["counter: 优 | 良 without unit, 小计 off: not read", ["序号", "镇(街)", "村(居)(个)", "优", "良", "及格(个)"], [["", "小计", 69, 11, 62, 0]], []],
  ])("%s", (_name, head, closing, expected) => {
    expect(flags(sheet(head, LINES, closing))).toEqual(expected);
  });

  test("the lone closing 小计 is the list's total: header line 2, stated total C6 = 69", () => {
    const r = sheet(HEAD, LINES, [["", "小计", 69, 9, 60, 0]]);
    expect(r.model.headerRow).toBe(2);
    expect(r.model.totals?.score?.cell).toBe("C6");
    expect(r.model.totals?.score?.value).toBe(69);
  });

  test("counter: two groups each closed by 小计, no 合计: no 小计 is taken as the list's total", () => {
    const r = sheet(HEAD, [LINES[0], LINES[1], ["", "小计", 34, 5, 29, 0], LINES[2], ["4", "马巷镇", 36, 5, 31, 0], ["", "小计", 71, 9, 62, 0]], []);
    expect(r.model.totals).toBeNull();
  });
});

/**
 * A column written again from the one left of it (its head and every number the same, a merge filled across) is read
 * once, whether its numbers are typed the same way or in full-width digits (１７ for 17). Counter-shape: a column under
 * the same head whose numbers differ is a column of its own, read too.
 */
describe("a column copied from the one left of it, typed in full-width digits", () => {
  const head = ["序号", "镇(街)", "村数(个)", "村数(个)"];
  const rows = (d: string[]) => [["1", "新圩", 17, d[0]], ["2", "内厝", 17, d[1]], ["3", "新店", 35, d[2]], ["", "小计", 71, d[3]]];
  const flagged = (d: string[]) =>
    review(Grid.fromValues("S", [["各镇村数"], head, ...rows(d)], ["A1:D1"]), "national")
      .findings.filter((f) => f.rule === "total-mismatch")
      .map((f) => f.cell);
  test.each<[string, string[], string[]]>([
    ["the copy in full-width digits (71 against 17 + 17 + 35 = 69): flagged once, in the first column", ["１７", "１７", "３５", "７１"], ["C6"]],
    ["counter: 17, 18, 35 under the same head, 71 against 70: a column of its own, flagged too", ["17", "18", "35", "71"], ["C6", "D6"]],
  ])("%s", (_name, d, expected) => {
    expect(flagged(d)).toEqual(expected);
  });
});
