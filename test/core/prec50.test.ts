import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { CellValue } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { groupKeys } from "../../src/core/recognise/group-heads";
import { FIXTURES } from "../helpers";

/**
 * prec50 (session 50; test/fixtures/real/prec50-diagnosis.md): a 累计 column pairs only with the 当月 under its own group
 * head (group-heads.ts, cumulative.ts); a 繁體 附表 of years with 年度預算 over 可支用預算數 | 執行數 | 執行率% is read
 * (执行率% and 可支用预算数 in the amount vocabulary, rate-columns-head.ts), and a number cut by the page at the sheet's end
 * is no garbled number (non-numeric-value.ts cutByPage). Variants generated from the two real sheets' own grids.
 */
type Cells = CellValue[][];
const fixture = (id: string): { grid: Cells; merges: string[] } => JSON.parse(readFileSync(join(FIXTURES, "real", `${id}.json`), "utf8"));
const copy = (g: Cells): Cells => g.map((r) => r.slice());
const flags = (g: Cells, merges: string[]) =>
  review(Grid.fromValues("Sheet1", g, merges), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();

const PUYANG = fixture("ha-puyang-general-budget-revenue-expenditure-by-county-march");
/** the 累计 ≥ 当月 findings (total-mismatch on a cumulative bound) */
const cumulative = (g: Cells, merges: string[]) => flags(g, merges).filter((x) => x.startsWith("total-mismatch"));

/** the 濮阳 sheet's table rebuilt with its groups in another order or number: each group is A's label + four columns */
function regroup(order: ("收入" | "支出")[], trad = false, undoMerges = false): { grid: Cells; merges: string[] } {
  const g = PUYANG.grid;
  const cols = { 收入: [1, 2, 3, 4], 支出: [6, 7, 8, 9] };
  const grid: Cells = g.map((row, r) => {
    const out: CellValue[] = [row[0]];
    for (const k of order) out.push(...cols[k].map((c) => row[c]));
    return out;
  });
  const merges = [`A3:A4`];
  order.forEach((_, i) => {
    const c1 = 2 + 4 * i;
    merges.push(`${String.fromCharCode(64 + c1)}3:${String.fromCharCode(64 + c1 + 3)}3`);
  });
  const t2 = (s: CellValue) => (typeof s === "string" && trad ? s.replace(/当/g, "當").replace(/累计/g, "累計").replace(/预算/g, "預算").replace(/收入/g, "收入").replace(/支出/g, "支出").replace(/单位名称/, "單位名稱") : s);
  const out = grid.map((row) => row.map(t2));
  return { grid: out, merges: undoMerges ? [] : merges };
}

describe("a 累计 column pairs with the 当月 under its own group head (cumulative.ts, group-heads.ts)", () => {
  test("the real sheet: no false total-mismatch at H12 (示范区 支出 累计 5196 < 收入 当月 5224)", () => {
    expect(cumulative(PUYANG.grid, PUYANG.merges)).toEqual([]);
  });
  test("group keys of the real head: 当月 | 累计 under B (收入), under G (支出)", () => {
    const g = Grid.fromValues("Sheet1", PUYANG.grid, PUYANG.merges);
    expect([...groupKeys(g, 4, [2, 3, 7, 8])!.entries()]).toEqual([[2, 2], [3, 2], [7, 7], [8, 7]]);
  });
  test("the merges undone (the group heads' text over blanks): the same groups", () => {
    const g = Grid.fromValues("Sheet1", PUYANG.grid, []);
    expect([...groupKeys(g, 4, [2, 3, 7, 8])!.entries()]).toEqual([[2, 2], [3, 2], [7, 7], [8, 7]]);
    expect(cumulative(PUYANG.grid, [])).toEqual([]);
  });
  // the wrong pair holds by chance on every line but 示范区 (row 12): each variant keeps that line
  test.each([
    ["支出 first", ["支出", "收入"] as ("收入" | "支出")[], false, false],
    ["three groups (收入, 支出, 收入 again)", ["收入", "支出", "收入"] as ("收入" | "支出")[], false, false],
    ["three groups (支出, 收入, 支出)", ["支出", "收入", "支出"] as ("收入" | "支出")[], false, false],
    ["繁體", ["收入", "支出"] as ("收入" | "支出")[], true, false],
    ["繁體, merges undone", ["收入", "支出"] as ("收入" | "支出")[], true, true],
  ])("%s: no false flag", (_, order, trad, undo) => {
    const v = regroup(order, trad, undo);
    expect(cumulative(v.grid, v.merges)).toEqual([]);
  });
  test("支出 first: the 示范区 line's 收入 累计 (col G) read against its own 当月 — a pair across groups would flag it", () => {
    // 支出 first, 收入 second: 收入 当月 F12 5224, 累计 G12 10660; 支出 当月 B12 2446, 累计 C12 5196 — each ≥ its own 当月
    const v = regroup(["支出", "收入"]);
    expect([v.grid[11][1], v.grid[11][2], v.grid[11][5], v.grid[11][6]]).toEqual(["2446", "5196", "5224", "10660"]);
  });
  test.each([
    ["two groups", ["收入", "支出"] as ("收入" | "支出")[], false, false],
    ["支出 first", ["支出", "收入"] as ("收入" | "支出")[], false, false],
    ["繁體, merges undone", ["收入", "支出"] as ("收入" | "支出")[], true, true],
  ])("%s: a slip in its own group (支出 累计 below its own 当月) is still flagged at its cell", (_, order, trad, undo) => {
    const v = regroup(order, trad, undo);
    // 市本级 (row 6): the 支出 group's 累计 set below its 当月 59373
    const at = order.indexOf("支出");
    const cumCol = 1 + 4 * at + 1;
    v.grid[5][cumCol] = "59000";
    expect(cumulative(v.grid, v.merges)).toEqual([`total-mismatch@${String.fromCharCode(65 + cumCol)}6`]);
  });
  test("a one-group head (a title above, 当月 | 累计 only): unchanged, its slip flagged", () => {
    const g: Cells = [["全市一般公共预算收入完成情况", "", ""], ["单位名称", "当月", "累计"], ["甲县", "100", "300"], ["乙县", "200", "150"], ["丙县", "50", "90"]];
    expect(cumulative(g, ["A1:C1"])).toEqual(["total-mismatch@C4"]);
    expect(cumulative(g, [])).toEqual(["total-mismatch@C4"]);
  });
  test("a unit line above a one-line head ('单位:万元' at its right end) groups nothing", () => {
    const g: Cells = [["", "", "单位:万元"], ["单位名称", "当月", "累计"], ["甲县", "100", "300"], ["乙县", "200", "150"], ["丙县", "50", "90"]];
    const grid = Grid.fromValues("Sheet1", g, []);
    expect(groupKeys(grid, 2, [2, 3])).toBeNull();
    expect(cumulative(g, [])).toEqual(["total-mismatch@C4"]);
  });
});

const TW = fixture("tw-judicial-yuan-major-capital-projects-budget-execution-2009-2019-trad-excerpt");
const model = (g: Cells, merges: string[]) => review(Grid.fromValues("Sheet1", g, merges), "national").model;
const ratios = (g: Cells, merges: string[]) =>
  model(g, merges)
    .relations.filter((r) => r.kind === "ratio")
    .map((r) => (r.kind === "ratio" ? `${r.stated.cell}=${r.numerator.cell}/${r.denominator.cell}` : ""));

describe("a 繁體 附表 of years: 年度預算 over 可支用預算數 | 執行數 | 執行率% (vocabulary, rate-columns-head.ts)", () => {
  const ALL = ["H8=G8/F8", "H9=G9/F9", "H10=G10/F10", "H11=G11/F11", "H12=G12/F12"];
  const variants: [string, (g: Cells) => void][] = [
    ["as published", () => {}],
    ["the year column headed 年度", (g) => (g[5][0] = "年度")],
    ["no spaces in the heads", (g) => g.slice(5, 7).forEach((r) => r.forEach((v, i) => (r[i] = String(v).replace(/ /g, ""))))],
    ["simplified", (g) => { g[5] = ["", "计划项数", "计划总经费", "累计编列预算数", "累计实际执行数", "年度预算", "", ""]; g[6] = ["", "", "", "", "", "可支用预算数", "执行数", "执行率%"]; }],
    ["执行率(%) and 预算数", (g) => { g[6] = ["", "", "", "", "", "預算數", "執行數", "執行率(%)"]; }],
    ["the cut line dropped", (g) => g.pop()],
  ];
  test.each(variants)("%s: H = G / F read on every line, header row 6", (_, f) => {
    const g = copy(TW.grid);
    f(g);
    expect(ratios(g, TW.merges)).toEqual(ALL);
    expect(model(g, TW.merges).headerRow).toBe(6);
  });
  test.each(variants)("%s: a slip in 執行率 (99: 19.68 for 18.68) flagged at its cell, nothing else", (_, f) => {
    const g = copy(TW.grid);
    f(g);
    g[8][7] = "19.68";
    expect(flags(g, TW.merges)).toEqual(["exec-rate-mismatch@H9"]);
  });
});

describe("a number cut by the page at the sheet's end is no garbled number (non-numeric-value.ts)", () => {
  test("the real sheet: '7,206,4' on the cut last line, F13–H13 blank under values — no warning", () => {
    expect(flags(TW.grid, TW.merges)).toEqual([]);
  });
  test.each([
    ["'7,206,' (cut after a comma)", "7,206,"],
    ["'7,2' (cut in the second group)", "7,2"],
    ["'17,206,43'", "17,206,43"],
  ])("%s: no warning", (_, text) => {
    const g = copy(TW.grid);
    g[12][4] = text;
    expect(flags(g, TW.merges)).toEqual([]);
  });
  test("the same fragment on a line above the last (a table going on under it): flagged", () => {
    const g = copy(TW.grid);
    g[11][4] = "7,206,4";
    g[12][4] = "7,206,400";
    expect(flags(g, TW.merges)).toEqual(["non-numeric-value@E12"]);
  });
  test("the last line complete (values right of it on the line): flagged", () => {
    const g = copy(TW.grid);
    g[12] = ["103", "9", "13,666,320", "7,933,800", "7,206,4", "1,600,000", "800,000", "50.00"];
    expect(flags(g, TW.merges)).toEqual(["non-numeric-value@E13"]);
  });
  test("separators in impossible places, not a cut prefix ('7,20,64'): flagged", () => {
    const g = copy(TW.grid);
    g[12][4] = "7,20,64";
    expect(flags(g, TW.merges)).toEqual(["non-numeric-value@E13"]);
  });
});

describe("the group heads' merges filled across and down (取消合并并填充)", () => {
  test("the real sheet filled: the same groups, no false flag", () => {
    const g = copy(PUYANG.grid);
    g[2] = ["单位名称", "一般公共预算收入", "一般公共预算收入", "一般公共预算收入", "一般公共预算收入", "税收比重%", "一般公共预算支出", "一般公共预算支出", "一般公共预算支出", "一般公共预算支出"];
    g[3][0] = "单位名称";
    g[3][5] = "税收比重%";
    const grid = Grid.fromValues("Sheet1", g, []);
    expect([...groupKeys(grid, 4, [2, 3, 7, 8])!.entries()]).toEqual([[2, 2], [3, 2], [7, 7], [8, 7]]);
    expect(cumulative(g, [])).toEqual([]);
  });
});
