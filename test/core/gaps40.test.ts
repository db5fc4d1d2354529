import { Grid } from "../../src/core/grid/grid";
import { parseRange } from "../../src/core/grid/a1";
import { review } from "../../src/core/review";

/**
 * Session 40 (gaps40): the metamorphic tests' open gaps that lose relations (and so the slips they find) when a sheet
 * arrives with its merges undone or filled — general fixes, by cause (test/fixtures/real/gaps40-diagnosis.md).
 */

const errors = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);
const sums = (g: Grid, cols: RegExp) =>
  review(g, "national")
    .model.relations.filter((x) => x.kind === "sum")
    .map((x) => (x.kind === "sum" ? `${x.total.cell}←${x.parts.map((p) => p.cell).join(",")}` : ""))
    .filter((x) => cols.test(x))
    .sort();

type Mode = "merged" | "undone" | "all undone" | "filled";
/**
 * The grid with its merges (merged), its merges down undone (undone: labels on their first line), every merge undone (a
 * CSV dump), or every merge undone and its value written in each cell it covered (filled: 取消合并并填充, an export).
 */
const grid = (rows: (string | number | null)[][], merges: string[], mode: Mode) => {
  if (mode !== "filled") return Grid.fromValues("Sheet1", rows, mode === "merged" ? merges : mode === "undone" ? merges.filter((m) => { const r = parseRange(m); return r.r1 === r.r2; }) : []);
  const out = rows.map((r) => r.slice());
  for (const m of merges) {
    const { r1, c1, r2, c2 } = parseRange(m);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out[r - 1][c - 1] = rows[r1 - 1][c1 - 1];
  }
  return Grid.fromValues("Sheet1", out, []);
};
const MODES: Mode[] = ["merged", "undone", "all undone"];

/**
 * 1. A head merged down over the header's lines, the merge undone: its word on the header's first line, blank under it
 * (合计 over a blank cell beside 一般预算's sub-heads). The header's last line reads the word above it for that column,
 * and the total's span runs down to it (blocks.ts headBox, spanUndone, wordHigherUp).
 */
describe("a head merged down over the header's lines, undone", () => {
  // 县区 | 合计 | 一般预算 (小计 | 常规分配 | 定向分配) | 彩票公益金: 合计 = 小计 + 彩票公益金 on each line
  // 利州 100 = 70 + 30, 昭化 80 = 50 + 30, 朝天 60 = 40 + 20
  const leading = (b4: number = 80, f: (number | null)[] = [30, 30, 20]) => [
    ["县区", "合计", "一般预算", null, null, "彩票公益金"],
    [null, null, "小计", "常规分配", "定向分配", null],
    ["利州区", 100, 70, 30, 40, f[0]],
    ["昭化区", b4, 50, 20, 30, f[1]],
    ["朝天区", 60, 40, 15, 25, f[2]],
  ];
  const LEADING = ["A1:A2", "B1:B2", "C1:E1", "F1:F2"];

  test.each(MODES)("merges %s: each line's 合计 is its 小计 and 彩票公益金 (B3 ← C3, F3 …)", (mode) => {
    expect(sums(grid(leading(), LEADING, mode), /^B\d/)).toEqual(["B3←C3,F3", "B4←C4,F4", "B5←C5,F5"]);
  });

  test.each(MODES)("merges %s: 昭化's 合计 90 against 50 + 30 = 80 is found (B4)", (mode) => {
    expect(errors(grid(leading(90), LEADING, mode))).toContain("total-mismatch@B4");
  });

  test.each(MODES)("counter-shape, merges %s: lines whose 合计 is no sum of the columns right of it (100 ≠ 70 + 5): no row sums, no finding", (mode) => {
    const g = grid(leading(80, [5, 6, 7]), LEADING, mode);
    expect(sums(g, /^B\d/)).toEqual([]);
    expect(errors(g).filter((x) => /@B\d/.test(x))).toEqual([]);
  });

  // a list whose 合计 line comes first under a header of two lines (科目 over 款 | 名称; 本次预算数 merged down over both)
  // 本次 600 = 100 + 200 + 300, 上年 500 = 200 + 100 + 200
  const list = (c3: number = 600, d1: string = "上年度预算数") => [
    ["科目", null, "本次预算数", d1],
    ["款", "名称", null, null],
    [null, "合计", c3, 500],
    [1, "甲支出", 100, 200],
    [2, "乙支出", 200, 100],
    [3, "丙支出", 300, 200],
  ];
  const LIST = ["A1:B1", "C1:C2", "D1:D2"];

  test.each(MODES)("merges %s: the leading 合计 line is the sum of the lines under it (C3 ← C4, C5, C6; D3 …)", (mode) => {
    expect(sums(grid(list(), LIST, mode), /^[CD]3/)).toEqual(["C3←C4,C5,C6", "D3←D4,D5,D6"]);
  });

  // (the list runs to the sheet's end, so it may go on past the page: its total is a bound, the lines adding up to it at
  // most — a 合计 below its lines is a slip either way)
  test.each(MODES)("merges %s: 合计 550 against 100 + 200 + 300 = 600 is found (C3)", (mode) => {
    expect(errors(grid(list(550), LIST, mode))).toContain("total-mismatch@C3");
  });

  test.each(MODES)("counter-shape, merges %s: a column whose word above is a rate (比上年增长(%)): the list is no sum, nothing read or found", (mode) => {
    const g = grid(list(550, "比上年增长(%)"), LIST, mode);
    expect(sums(g, /^[CD]3/)).toEqual([]);
    expect(errors(g)).toEqual([]);
  });
});

/**
 * 1b. A header of three lines, a head merged down over all three undone (总额 on the first, blank on the two under it,
 * beside 已经下达 over its blank and 其中: over 三区三州 | 其他): the header's last line reads the word two lines up.
 */
describe("a head merged down over a header of three lines, undone", () => {
  // 地方合计 B 100 = 30 + 30 + 40, C 90 = 28 + 26 + 36, D 6 = 1 + 3 + 2, E 4 = 1 + 1 + 2
  const table = (b6: number = 100, b3: string = "总额") => [
    ["2020年中央对地方补助分配表", null, null, null, null],
    ["单位:亿元", null, null, null, null],
    ["地区", b3, "补助总额明细", null, null],
    [null, null, "已经下达", "其中:", null],
    [null, null, null, "三区三州补助", "其他深度贫困地区补助"],
    ["地方合计", b6, 90, 6, 4],
    ["北京", 30, 28, 1, 1],
    ["河北", 30, 26, 3, 1],
    ["山西", 40, 36, 2, 2],
  ];
  const MERGES = ["A1:E1", "A2:E2", "A3:A5", "B3:B5", "C3:E3", "C4:C5", "D4:E4"];

  test.each(MODES)("merges %s: 地方合计 is the sum of the areas in every column (B6 ← B7, B8, B9; C6 …)", (mode) => {
    expect(sums(grid(table(), MERGES, mode), /^[B-E]6/)).toEqual(["B6←B7,B8,B9", "C6←C7,C8,C9", "D6←D7,D8,D9", "E6←E7,E8,E9"]);
  });

  test.each(MODES)("merges %s: 总额 110 against 30 + 30 + 40 = 100 is found (B6)", (mode) => {
    expect(errors(grid(table(110), MERGES, mode))).toContain("total-mismatch@B6");
  });

  test.each(MODES)("counter-shape, merges %s: the word two lines up a share (占比(%)): its column adds nothing, no B6 sum", (mode) => {
    const g = grid(table(110, "占比(%)"), MERGES, mode);
    expect(sums(g, /^B6/)).toEqual([]);
    expect(errors(g).filter((x) => x.endsWith("@B6"))).toEqual([]);
  });
});

/**
 * 1c. A whole beside the group that breaks it down (全市完成投资总额 | 分区县投资完成情况 over 市直 | 甲区 | 乙县), every merge
 * undone: the group's word on its first cell, blank cells right of it over sub-heads of their own — its span (spanUndone).
 */
describe("a whole beside its breakdown group, the group's merge undone", () => {
  // 文旅局 280 = 100 + 80 + 100, 教育局 150 = 50 + 50 + 50
  const table = (c4: number = 150, group: string = "分区县投资完成情况") => [
    ["责任部门", "计划投资", "全市完成投资总额", group, null, null, "备注"],
    [null, null, null, "市直", "甲区", "乙县", null],
    ["市文旅局", 300, 280, 100, 80, 100, null],
    ["市教育局", 160, c4, 50, 50, 50, null],
  ];
  const MERGES = ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2"];

  test.each(MODES)("merges %s: each line's 全市 whole is its districts' sum (C3 ← D3, E3, F3; C4 …)", (mode) => {
    expect(sums(grid(table(), MERGES, mode), /^C\d/)).toEqual(["C3←D3,E3,F3", "C4←D4,E4,F4"]);
  });

  test.each(MODES)("merges %s: 教育局's 160 against 50 + 50 + 50 = 150 is found (C4)", (mode) => {
    expect(errors(grid(table(160), MERGES, mode))).toContain("total-mismatch@C4");
  });

  test.each(MODES)("counter-shape, merges %s: a group that names no breakdown (投资完成情况, no 分…): no sums, no finding", (mode) => {
    const g = grid(table(160, "投资完成情况"), MERGES, mode);
    expect(sums(g, /^C\d/)).toEqual([]);
    expect(errors(g).filter((x) => /@C\d/.test(x))).toEqual([]);
  });
});

/**
 * 1d. A 合计 over parts that are each a 小计 beside its classification code (自然保护地体系建设 over 小计 | 2110406), under
 * a code line whose label is merged over the 合计 column (政府收支分类功能科目代码 over A:B): every merge undone, the part's
 * span is its head over 小计 and the blank cell right of it over the code (subtotalSpan); filled across, the code line's
 * label written again over the 合计 column names no code column there (code-columns.ts: a head copied from the left is
 * the left column's).
 */
describe("a 合计 over 小计 | code parts, the merges undone or filled", () => {
  // 南江县林业局 333 = 199 + 134; 市林草局 100 = 60 + 40
  const table = (b3: number = 333) => [
    ["预算单位", "合计", "自然保护地体系建设", null, "天然林保护", null, "备注"],
    ["政府收支分类功能科目代码", null, "小计", 2110406, "小计", 2130209, null],
    ["南江县林业局", b3, 199, "省级自然保护区补助", 134, "非国有省级公益林生态效益补偿", null],
  ];
  const MERGES = ["C1:D1", "E1:F1", "A2:B2", "G1:G2"];
  const ALL: Mode[] = ["merged", "all undone", "filled"];

  test.each(ALL)("merges %s: the 合计 is the sum of the two 小计 (B3 ← C3, E3)", (mode) => {
    expect(sums(grid(table(), MERGES, mode), /^B3/)).toEqual(["B3←C3,E3"]);
  });

  test.each(ALL)("merges %s: 合计 343 against 199 + 134 = 333 is found (B3)", (mode) => {
    expect(errors(grid(table(343), MERGES, mode))).toContain("total-mismatch@B3");
  });

  test("counter-shape, every merge undone: parts with no 小计 under them (their codes only) are no 小计 parts: no B3 sum", () => {
    const rows = table(343);
    rows[1][2] = 2110405;
    rows[1][4] = 2130208;
    const g = grid(rows, MERGES, "all undone");
    expect(sums(g, /^B3/)).toEqual([]);
    expect(errors(g)).toEqual([]);
  });
});
