import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";
import { codeCellLevel, levelledOutline, outlineChildren, outlineParents } from "../../../src/core/recognise/list-levels";

/**
 * A money list numbered by level in a 序号 column of its own (一 / (一) / 1 …, the name in a later column) is read as
 * the same list numbered in its names (一、市直单位): the 合计 adds the top level only, each heading the lines of the
 * next level under it. A list cut at its end (a numbered line with no amounts last on the sheet) makes the total and
 * the headings over that line bounds; complete groups stay sums.
 */
type Cell = string | number | null;
const relationOf = (g: Grid, cell: string) => {
  const r = review(g, "national").model.relations.find((x) => x.kind === "sum" && statedCell(x) === cell);
  return r && r.kind === "sum" ? { cells: r.parts.map((p) => p.cell), bound: r.bound, ok: evaluateRelation(r).ok } : null;
};
const mismatches = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "total-mismatch")
    .map((f) => [f.cell, f.messageId, f.data?.total, f.data?.sum]);

describe("codeCellLevel: a list number standing alone in its cell", () => {
  test.each([
    ["一", 0],
    ["十二", 0],
    ["三、", 0],
    ["(一)", 1],
    ["（二）", 1],
    ["1", 2],
    ["12", 2],
    ["1.", 2],
    ["1、", 2],
    ["(1)", 3],
    ["①", 4],
    ["合计", -1],
    ["一、市直单位", -1],
    ["1.5万元", -1],
    ["", -1],
  ])("%j → %d", (text, level) => expect(codeCellLevel(text as string)).toBe(level));
});

describe("the outline of numbered lines", () => {
  test("一 (一) 1 2 (二) 3 二: parents by the nearest shallower line above", () => {
    const levels = [0, 1, 2, 2, 1, 2, 0];
    expect(levelledOutline(levels)).toBe(true);
    expect(outlineParents(levels)).toEqual([-1, 0, 1, 1, 0, 4, -1]);
  });
  test("one level only, or a first line deeper than a later one: no outline", () => {
    expect(levelledOutline([2, 2, 2])).toBe(false);
    expect(levelledOutline([1, 0, 1])).toBe(false);
    expect(levelledOutline([-1, 0, 2])).toBe(false);
  });
  test("unnumbered lines are deeper than every numbered one", () => {
    expect(outlineParents([0, -1, -1, 0, -1])).toEqual([-1, 0, 0, -1, 3]);
  });
  test("each line's lines under it, in order; the top level's under -1", () => {
    // 一 / (一) / 1 / 2 / (二) / 二 / (一): parents -1 0 1 1 0 -1 5
    const children = outlineChildren(outlineParents([0, 1, 2, 2, 1, 0, 1]));
    expect([...children.entries()]).toEqual([[-1, [0, 5]], [0, [1, 4]], [1, [2, 3]], [5, [6]]]);
  });
});

// 合计 100 / 90 = 一 60 / 55 + 二 40 / 35; 一 = 1 30/30 + 2 30/25; 二 = (一) 40/35 over 3 25/20 + 4 15/15
const styles: [string, string[]][] = [
  ["bare numbers", ["一", "1", "2", "二", "(一)", "3", "4"]],
  ["with their marks", ["一、", "1.", "2.", "二、", "(一)", "3、", "4、"]],
  ["deeper styles", ["(一)", "(1)", "(2)", "(二)", "1", "①", "②"]],
];
const list = (codes: string[], e4 = 25): Cell[][] => [
  [codes[0], "甲部门", "项目一", 60, 55],
  [codes[1], "甲部门", "子项A", 30, 30],
  [codes[2], "甲部门", "子项B", 30, e4],
  [codes[3], "乙部门", "项目二", 40, 35],
  [codes[4], "乙部门", "分项", 40, 35],
  [codes[5], "乙部门", "子项C", 25, 20],
  [codes[6], "乙部门", "子项D", 15, 15],
];
const head: Cell[][] = [["单位:万元", null, null, null, null], ["序号", "责任部门", "项目名称", "预算数", "执行数"]];

describe.each(styles)("a 序号 column numbered by level (%s)", (_, codes) => {
  const leading = (e = 25) => Grid.fromValues("Sheet1", [...head, ["合计", null, null, 100, 90], ...list(codes, e), ["注:资金已全部下达。", null, null, null, null]]);
  const closing = (e = 25) => Grid.fromValues("Sheet1", [...head, ...list(codes, e), ["合计", null, null, 100, 90]]);
  test("a leading 合计 adds the top level only (D3 = D4 + D7, 100 = 60 + 40), each heading its next level", () => {
    const g = leading();
    expect(relationOf(g, "D3")).toEqual({ cells: ["D4", "D7"], bound: "equal", ok: true });
    expect(relationOf(g, "E4")).toEqual({ cells: ["E5", "E6"], bound: "equal", ok: true });
    expect(relationOf(g, "E7")).toEqual({ cells: ["E8"], bound: "equal", ok: true });
    expect(relationOf(g, "E8")).toEqual({ cells: ["E9", "E10"], bound: "equal", ok: true });
    expect(mismatches(g)).toEqual([]);
  });
  test("子项B 执行数 35 for 25: a total-mismatch at its heading E4 only (55 against 30 + 35 = 65)", () => {
    expect(mismatches(leading(35))).toEqual([["E4", "sum", 55, 65]]);
  });
  test("a closing 合计 adds the top level only (D10 = D3 + D6), no finding; 子项B changed: E3 only", () => {
    expect(relationOf(closing(), "D10")).toEqual({ cells: ["D3", "D6"], bound: "equal", ok: true });
    expect(mismatches(closing())).toEqual([]);
    expect(mismatches(closing(35))).toEqual([["E3", "sum", 55, 65]]);
  });
});

describe("the code column need not be the first", () => {
  // 责任部门 | 序号 | 项目名称: the numbers stand in the second column
  const g = (e = 25) =>
    Grid.fromValues("Sheet1", [
      ["责任部门", "序号", "项目名称", "预算数", "执行数"],
      [null, "合计", null, 100, 90],
      ...list(["一", "1", "2", "二", "(一)", "3", "4"], e).map(([code, dept, ...rest]) => [dept, code, ...rest]),
      ["注:", null, null, null, null],
    ]);
  test("合计 D2 = D3 + D6; 子项B changed: E3 only", () => {
    expect(relationOf(g(), "D2")).toEqual({ cells: ["D3", "D6"], bound: "equal", ok: true });
    expect(mismatches(g())).toEqual([]);
    expect(mismatches(g(35))).toEqual([["E3", "sum", 55, 65]]);
  });
});

describe("a leading 合计 over a list cut at its end", () => {
  // the last line keeps only its number and a department: the page is cut inside group 二
  const cut = (total: number, e4 = 25) =>
    Grid.fromValues("Sheet1", [...head, ["合计", null, null, total, 200], ...list(["一", "1", "2", "二", "(一)", "3", "4"], e4), ["5", "丙部门", null, null, null]]);
  test("合计 150 above its visible top level 100: no finding; the total and 二 over the cut line are bounds", () => {
    expect(relationOf(cut(150), "D3")).toEqual({ cells: ["D4", "D7"], bound: "atMost", ok: true });
    expect(relationOf(cut(150), "D7")).toEqual({ cells: ["D8"], bound: "atMost", ok: true });
    expect(relationOf(cut(150), "D8")).toEqual({ cells: ["D9", "D10"], bound: "atMost", ok: true });
    expect(mismatches(cut(150))).toEqual([]);
  });
  test("合计 80 below its visible top level 100: still a total-mismatch", () => {
    expect(mismatches(cut(80)).map((x) => x[0])).toEqual(["D3"]);
  });
  test("a complete group before the cut is still a sum: 子项B 35 for 25 is found at E4", () => {
    expect(relationOf(cut(150), "E4")).toEqual({ cells: ["E5", "E6"], bound: "equal", ok: true });
    expect(mismatches(cut(150, 35))).toEqual([["E4", "sum", 55, 65]]);
  });
  test("a plain list (one level) cut so: its 合计 is a bound too", () => {
    const g = Grid.fromValues("Sheet1", [
      ["序号", "项目名称", "预算数", "执行数"],
      ["合计", null, 100, 90],
      ["1", "项目一", 30, 30],
      ["2", "项目二", 40, 35],
      ["3", null, null, null],
    ]);
    expect(relationOf(g, "C2")).toEqual({ cells: ["C3", "C4"], bound: "atMost", ok: true });
    expect(mismatches(g)).toEqual([]);
  });
});
