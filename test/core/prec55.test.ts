import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { RollupRelation } from "../../src/core/model/types";
import { measure, tableSources } from "./prec55-table-variants";

/**
 * prec55 (session 55; test/fixtures/real/prec55-s55-diagnosis.md): a group-weight column printing each line's own weight
 * on every line of a group is read as copies, no total of the group (recognise/group-weight-copies.ts); a 总分 line's
 * whole under a group-weight column is that level's groups from the tree, a group stating none at its lines
 * (relations/level-totals.ts). Hand-built tables of the shape 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分.
 */
type Row = (string | number | null)[];
const HEAD: Row = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"];

/**
 * 管理 (25) over 资金到位 (5: one line of 5), 资金管理 (10: 7 + 3) and 组织实施 (four lines 2, 3, 3, 2 = 10), then 绩效
 * (75) over 产出 (35: 20 + 15) and 效益 (40: 40); 总分 100 under every 分值 column. `impl` is what the 二级 column prints on
 * 组织实施's four lines (rows 7–10), `implLines` its lines' weights.
 */
function table(impl: Row, implLines: number[] = [2, 3, 3, 2], opts: { d2Total?: number; b1?: number; mergeImpl?: boolean } = {}): { cells: Row[]; merges: string[] } {
  const cells: Row[] = [
    ["绩效评价指标体系及评分表", null, null, null, null, null, null],
    HEAD,
    ["管理", opts.b1 ?? 25, "资金到位", 5, "到位时效", 5, 5],
    [null, null, "资金管理", 10, "资金使用", 7, 7],
    [null, null, null, null, "财务管理", 3, 3],
    [null, null, "组织实施", impl[0], "组织机构", implLines[0], 2],
    [null, null, null, impl[1], "管理制度", implLines[1], 3],
    [null, null, null, impl[2], "合同评价", implLines[2], 3],
    [null, null, null, impl[3], "招标评价", implLines[3], 2],
    ["绩效", 75, "产出", 35, "产出数量", 20, 20],
    [null, null, null, null, "产出质量", 15, 15],
    [null, null, "效益", 40, "社会效益", 40, 40],
    ["总分", 100, null, opts.d2Total ?? 100, null, 100, 100],
  ];
  // (the cells list rows 1–13; 组织实施 is rows 6–9)
  const merges = ["A1:G1", "A3:A9", "B3:B9", "C4:C5", "D4:D5", "C6:C9", "A10:A12", "B10:B12", "C10:C11", "D10:D11"];
  if (opts.mergeImpl) merges.push("D6:D9");
  return { cells, merges };
}
const run = (t: { cells: Row[]; merges: string[] }) => review(Grid.fromValues("Sheet1", t.cells, t.merges), "national");
const flags = (t: { cells: Row[]; merges: string[] }) =>
  run(t)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();
const rollup = (t: { cells: Row[]; merges: string[] }, id: string) => run(t).model.relations.find((r) => r.id === id) as RollupRelation | undefined;
const sumOf = (r: RollupRelation) => r.parts.reduce((a, p) => a + p.value, 0);

describe("prec55 group-weight copies", () => {
  test("each line's own weight on every line of 组织实施 (2, 3, 3, 2): copies, no total; its lines stand for it", () => {
    const t = table([2, 3, 3, 2]);
    expect(flags(t)).toEqual([]);
    const impl = run(t).model.groups[0].children[2];
    expect(impl.name).toBe("组织实施");
    expect(impl.weight).toBeNull();
    expect(impl.lineCopyCells).toEqual(["D6", "D7", "D8", "D9"]);
    // 管理 25 = 资金到位 5 + 资金管理 10 + 组织实施's lines 2 + 3 + 3 + 2
    const b3 = rollup(t, "rollup:weight:group:B3")!;
    expect(b3.parts.map((p) => p.cell)).toEqual(["D3", "D4", "F6", "F7", "F8", "F9"]);
    expect(sumOf(b3)).toBe(25);
    // the 二级 column's 总分: 5 + 10 + (2 + 3 + 3 + 2) + 35 + 40 = 100, each group once
    const d13 = rollup(t, "rollup:weight:total:D13")!;
    expect(d13.parts.map((p) => p.cell)).toEqual(["D3", "D4", "F6", "F7", "F8", "F9", "D10", "D12"]);
    expect(sumOf(d13)).toBe(100);
  });

  test("counter-shapes: a 二级 total that differs from its lines is still flagged", () => {
    // one number for the group, merged down its rows: 2 against lines of 10
    expect(flags(table([2, null, null, null], undefined, { mergeImpl: true }))).toEqual(["weight-sum-mismatch@D6"]);
    // on its first line alone: the same
    expect(flags(table([2, null, null, null]))).toEqual(["weight-sum-mismatch@D6"]);
    // on every line, one line's number not its line's weight (2, 3, 4, 2 over 2, 3, 3, 2): no copies, a total of 2
    expect(flags(table([2, 3, 4, 2]))).toContain("weight-sum-mismatch@D6");
    // a line's weight slipped (组织机构 3, copied as 3): the copies hold; 管理 25 ≠ 5 + 10 + 11, and the 总分 100 ≠ 101
    // in the 二级 and the lines' columns
    expect(flags(table([3, 3, 3, 2], [3, 3, 3, 2]))).toEqual(["weight-sum-mismatch@B3", "weight-sum-mismatch@D13", "weight-sum-mismatch@F13"]);
  });

  test("the group's weight printed again on every line (10, 10, 10, 10) is its total: holds at 10, flagged at 9", () => {
    expect(flags(table([10, 10, 10, 10]))).toEqual([]);
    expect(flags(table([9, 9, 9, 9]))).toContain("weight-sum-mismatch@D6");
  });

  test("equal copies (2, 2, 2, 2 over lines of 2) told apart by the parent's stated whole", () => {
    // 管理 5 + 10 + 8 = 23: the parent agrees with the lines (8), not with a total of 2 — copies (总分 100 − 2 = 98 throughout)
    const settled = table([2, 2, 2, 2], [2, 2, 2, 2], { b1: 23 });
    expect(run(settled).model.groups[0].children[2].weight).toBeNull();
    // 管理 17 = 5 + 10 + 2: the parent agrees with a total of 2 — a total, flagged against its lines (8)
    const total = table([2, 2, 2, 2], [2, 2, 2, 2], { b1: 17 });
    expect(run(total).model.groups[0].children[2].weight).toBe(2);
    expect(flags(total)).toContain("weight-sum-mismatch@D6");
  });

  test("the 二级 column's 总分 from the tree: a 二级 left blank counts at its lines; a wrong whole is flagged", () => {
    // 组织实施 blank on every line: 5 + 10 + (2 + 3 + 3 + 2) + 35 + 40 = 100
    expect(flags(table([null, null, null, null]))).toEqual([]);
    // 99 under the 二级 column: 100 ≠ 99
    expect(flags(table([2, 3, 3, 2], undefined, { d2Total: 99 }))).toEqual(["weight-sum-mismatch@D13"]);
  });
});

describe("prec55 equal copies under the table's 总分 (一级 | 分值 | 指标 | 分值)", () => {
  /** A (lines 5, 5) and B (lines 10, 10), the 一级 column printing each line's weight; `whole` in the lines' 分值 column */
  const twoLevel = (whole: number) => ({
    cells: [
      ["评分表", null, null, null],
      ["一级指标", "分值", "二级指标", "分值"],
      ["组织", 5, "机构", 5],
      [null, 5, "制度", 5],
      ["实施", 10, "方案", 10],
      [null, 10, "培训", 10],
      ["总分", null, null, whole],
    ] as Row[],
    merges: ["A1:D1", "A3:A4", "A5:A6"],
  });
  test("30 = (5 + 5) + (10 + 10), not 5 + 10: both groups' numbers are copies, read together", () => {
    const r = run(twoLevel(30));
    expect(r.model.groups.map((g) => g.weight)).toEqual([null, null]);
    expect(r.model.groups.map((g) => g.lineCopyCells)).toEqual([["B3", "B4"], ["B5", "B6"]]);
    expect(flags(twoLevel(30))).toEqual([]);
  });
  test("15 = 5 + 10: totals, each flagged against its lines (5 ≠ 10, 10 ≠ 20)", () => {
    expect(run(twoLevel(15)).model.groups.map((g) => g.weight)).toEqual([5, 10]);
    expect(flags(twoLevel(15))).toEqual(expect.arrayContaining(["weight-sum-mismatch@B3", "weight-sum-mismatch@B5"]));
  });
});

describe("prec55 precision harness (a sample of the variants)", () => {
  test("clean real tables printed with line copies, blank 二级 weights under a 总分 in every column, weights on every line: no flag; slips found", () => {
    const m = measure(tableSources(), ["line-copies-total-every", "level2-missing-total-every", "every-line"]);
    expect(m.sources).toBeGreaterThanOrEqual(40);
    expect(m.falsePrints).toEqual([]);
    expect(m.missed).toEqual([]);
  });
});
