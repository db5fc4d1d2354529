/**
 * speed58b (session 58; test/fixtures/real/speed58b-s58-diagnosis.md): temporaries cut from the review, results unchanged.
 *
 * 1. labelledTotalRuns' partsAddUp sums a column's values under a label run before it makes any term: a column whose
 *    values are further from the run's number than the one tolerance policy ever accepts (beyondSumTolerance) is not
 *    compared. The bound must never refuse a sum addsUp accepts.
 * 2. The rules that keep only broken sums and rollups ask plainlyHolds first (no outcome made for a relation that holds).
 * 3. columnTotals' "a total the tree already states" is asked by cell key (no key string per relation).
 */
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { addsUp, beyondSumTolerance, SumTerm } from "../../src/core/relations/tolerance";
import { evaluateRelation, plainlyHolds } from "../../src/core/relations";
import type { Relation, RelationTerm } from "../../src/core/model/types";

/** a term shown at `decimals` (null: as typed) */
const t = (value: number, decimals: number | null = null, percent = false): SumTerm => ({ value, decimals, percent });

/** beyondSumTolerance over the terms as partsAddUp reads them (values added in order from 0) */
function beyond(total: SumTerm, parts: SumTerm[]): boolean {
  let sum = 0;
  let abs = 0;
  for (const p of parts) {
    sum += p.value;
    abs += Math.abs(p.value);
  }
  return beyondSumTolerance(total.value, sum, parts.length, abs);
}

describe("speed58b: beyondSumTolerance, a pre-test that never refuses a sum addsUp accepts", () => {
  test.each<[string, SumTerm, SumTerm[], boolean, boolean]>([
    // [shape, total, parts, addsUp (by hand), beyond (by hand: |total − Σ| > 2 + count + 1e-6 · size)]
    ["the bench's run: 50 over 2 + 1 + 1 = 4, 46 off (bound 5)", t(50), [t(2), t(1), t(1)], false, true],
    ["a county's total: 100 = 50 + 50", t(100), [t(50), t(50)], true, false],
    ["0-decimal parts shown rounded: 2 over 0.6 + 0.6 (shown 1 + 1 = 2), 0.8 off", t(2, 0), [t(0.6, 0), t(0.6, 0)], true, false],
    ["0-decimal total of finer parts: 100 over 33.4 + 33.3 + 33.3", t(100, 0), [t(33.4, 1), t(33.3, 1), t(33.3, 1)], true, false],
    ["a total shown finer than its parts: 1548.447 over 1537.45 + 11", t(1548.447, 3), [t(1537.45, 2), t(11, 0)], true, false],
    ["10 over 4 + 5: 1 off, within the bound, so addsUp is asked (and refuses)", t(10), [t(4), t(5)], false, false],
    ["100 over 50 + 46: 4 off, inside the bound 4 (asked, refused)", t(100), [t(50), t(46)], false, false],
    ["100 over 50 + 45: 5 off, past the bound 4", t(100), [t(50), t(45)], false, true],
    ["a large amount: 771325800 over 771325801 + 0 (1 off, bound 3 + 1543)", t(771325800), [t(771325801), t(0)], false, false],
  ])("%s", (_, total, parts, sums, far) => {
    expect(addsUp(total, parts)).toBe(sums);
    expect(beyond(total, parts)).toBe(far);
  });

  test("no sum addsUp accepts is beyond the bound (totals near and far from 2–6 parts at 0–3 decimals, half-units off)", () => {
    let accepted = 0;
    for (let n = 2; n <= 6; n++)
      for (let pd = 0; pd <= 3; pd++)
        for (let td = 0; td <= 3; td++)
          for (let k = 0; k < 12; k++) {
            // parts: deterministic values at pd decimals, their total off by a multiple of half a unit
            const parts = Array.from({ length: n }, (_, i) => t(Math.round(((i + 1) * 37.13 + k * 3.7) * 10 ** pd) / 10 ** pd, pd));
            const sum = parts.reduce((s, p) => s + p.value, 0);
            for (const off of [-3, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 3, n, n + 2.5]) {
              const total = t(Math.round((sum + off) * 10 ** td) / 10 ** td, td);
              if (!addsUp(total, parts)) continue;
              accepted++;
              expect(beyond(total, parts)).toBe(false);
            }
          }
    expect(accepted).toBeGreaterThan(300);
  });
});

describe("speed58b: a label run filled down still reads its total where a column adds up to it", () => {
  /** 县(市、区) | 合计 | 镇(乡) | 补助资金(万元), each county and its total filled down over its towns' lines */
  const sheet = (a: number, b: number) =>
    Grid.fromValues("Sheet1", [
      ["2024年乡镇奖补资金分配表"],
      ["县(市、区)", "合计", "镇(乡)", "补助资金(万元)"],
      ["泉港区", 100, "前黄镇", a],
      ["泉港区", 100, "峰尾镇", b],
      ["石狮市", 50, "锦尚镇", 50],
    ]);
  const sums = (g: Grid) =>
    review(g, "national")
      .model.relations.filter((r) => r.kind === "sum")
      .map((r) => `${(r as { total: RelationTerm }).total.cell} ← ${(r as { parts: RelationTerm[] }).parts.map((p) => p.cell).join(",")}`);

  test("100 = 50.5 + 49.5 (decimals): the run is read as one merged total over D3, D4", () => {
    expect(sums(sheet(50.5, 49.5))).toContain("B3 ← D3,D4");
  });
  test("counter-shape: 100 against 50 + 40 = 90 (10 off, past the bound 4), the only run: no merge, no sum at B3", () => {
    expect(sums(sheet(50, 40)).filter((x) => x.startsWith("B3 "))).toEqual([]);
  });
});

describe("speed58b: plainlyHolds", () => {
  const term = (cell: string, value: number, decimals: number | null = 0): RelationTerm => ({ cell, row: 1, col: 1, value, text: String(value), decimals, percent: false });
  const rollup = (total: number, parts: number[]): Relation => ({
    kind: "rollup",
    id: "x",
    measure: "weight",
    level: "group",
    name: "g",
    total: term("A1", total),
    parts: parts.map((v, i) => term(`B${i + 1}`, v)),
  }) as unknown as Relation;
  const sum = (total: RelationTerm, parts: RelationTerm[]): Relation => ({ kind: "sum", id: "s", measure: "amount", name: "s", total, parts }) as unknown as Relation;

  test.each<[string, Relation, boolean]>([
    ["a group's 20 = 10 + 10", rollup(20, [10, 10]), true],
    ["a group's 20 against 10 + 9", rollup(20, [10, 9]), false],
    ["a 万元/元 slip, 300000 against 10 + 20 (ok in evaluateRelation, a slip)", sum(term("A1", 300000), [term("B1", 10), term("B2", 20)]), true],
    ["a ratio is never plainly held (evaluated)", { kind: "ratio" } as unknown as Relation, false],
  ])("%s", (_, r, holds) => {
    expect(plainlyHolds(r)).toBe(holds);
    if (holds) expect(evaluateRelation(r).ok).toBe(true);
  });
});

describe("speed58b: a 总分 line the tree states is not read again by columnTotals", () => {
  test("one weight rollup and one score rollup at the 总分 line's cells (F6, G6)", () => {
    const g = Grid.fromValues("Sheet1", [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "数量", "≥100", 100, 50, 50],
      ["产出指标", "质量指标", "质量", "达标", "达标", 30, 30],
      ["效益指标", "社会效益", "效益", "提升", "提升", 20, 18],
      ["总分", "", "", "", "", 100, 98],
    ]);
    const at = review(g, "national")
      .model.relations.filter((r) => r.kind === "rollup" && (r.total.cell === "F6" || r.total.cell === "G6"))
      .map((r) => `${(r as { measure: string }).measure}@${(r as { total: RelationTerm }).total.cell}`)
      .sort();
    expect(at).toEqual(["score@G6", "weight@F6"]);
  });

  test("ten groups each closed by a 小计 line (more lines than are looked for along the list: the keys gathered): 22 rollups, one per measure and line", () => {
    const rows: (string | number)[][] = [["项目支出绩效自评表"], ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"]];
    for (let g = 0; g < 10; g++) rows.push(["产出指标", `二级${g}`, `甲${g}`, "达标", "达标", 5, 5], ["产出指标", `二级${g}`, `乙${g}`, "达标", "达标", 5, 4], ["小计", "", "", "", "", 10, 9]);
    rows.push(["总分", "", "", "", "", 100, 90]);
    const keys = review(Grid.fromValues("Sheet1", rows), "national")
      .model.relations.filter((r) => r.kind === "rollup")
      .map((r) => `${(r as { measure: string }).measure}@${(r as { total: RelationTerm }).total.cell}`);
    // (5 + 5 = 10 and 5 + 4 = 9 on each 小计 line F5, G5, F8 … G32; 10 × 10 = 100 and 10 × 9 = 90 on the 总分 line)
    expect(keys.length).toBe(22);
    expect(new Set(keys).size).toBe(22);
    expect(keys).toEqual(expect.arrayContaining(["weight@F5", "score@G5", "weight@F32", "score@G32", "weight@F33", "score@G33"]));
  });
});

describe("speed58b: a fund total written inline, its label's first character gated before the pattern runs", () => {
  const sums = (top: string) =>
    review(Grid.fromValues("Sheet1", [["项目绩效目标表"], ["资金情况"], [top], ["其中:中央补助10"], ["地方配套6"], ["指标1"]]))
      .model.relations.filter((r) => r.kind === "sum")
      .map((r) => `${(r as { total: RelationTerm }).total.cell}=${(r as { total: RelationTerm }).total.value} ← ${(r as { parts: RelationTerm[] }).parts.map((p) => `${p.cell}=${p.value}`).join(" + ")}`);
  test.each<[string, string[]]>([
    ["年度资金总额:16 over 10 + 6", ["A3=16 ← A4=10 + A5=6"]],
    ["合计：16万元 over 10 + 6", ["A3=16 ← A4=10 + A5=6"]],
    // counter-shapes: a label that is no total's (资金 alone), a name ending in digits
    ["资金16", []],
    ["指标16", []],
  ])("%s", (top, expected) => {
    expect(sums(top.split(" ")[0])).toEqual(expected);
  });
});

describe("speed58b: scores read from number cells line after line (scoreValueAt's one object, read at once)", () => {
  test("得分 10, 8.5 and 5 on three lines: each line keeps its own score and decimals", () => {
    const g = Grid.fromValues("Sheet1", [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "甲", "≥100", 100, 10, 10],
      ["产出指标", "质量指标", "乙", "达标", "达标", 10, 8.5],
      ["效益指标", "社会效益", "丙", "提升", "提升", 5, 5],
    ]);
    expect(review(g, "national").model.indicators.map((i) => [i.name, i.claimedScore])).toEqual([
      ["甲", 10],
      ["乙", 8.5],
      ["丙", 5],
    ]);
  });
});
