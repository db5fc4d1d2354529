import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { normaliseLine, parseRelationLine, planMutant, SKIP } from "../../scripts/truth-relations";

/**
 * cov49. 1) The truth-relations measure's parser (scripts/truth-relations.ts): the relations_checked lines a reviewer
 * writes, read into a stated cell, its stated value and the operands; the mutant changes the stated number in its cell.
 * 2) The largest general class it found missed and read wrong: points written bare in brackets at the labels' ends of a
 * tree with no 分值 column ("B1资质条件(15)" over "C1审批办证(5)", "C2经费保障(10)") were read only in the lists that add up
 * (bare-points.ts (b)), so a slip in one list took its points away and nothing was flagged. (b'): where the table's other
 * lists show the convention (as many lists adding up as slips made, a group's own slip breaking two lists counted once),
 * the list that does not add up is read as points too, and the weight rollup reports the slip.
 */

type Row = (string | number | null)[];
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning");
const keys = (g: Grid) => flags(g).map((f) => `${f.rule}@${f.cell}`);

// ---------------------------------------------------------------------------------------------------------
// 1. the measure's parser

describe("truth-relations parser", () => {
  const one = (l: string) => parseRelationLine(l);
  test("a stated cell with its value, the operands as cells or numbers, the kind", () => {
    const a = one("A2 21.8 = 0 + 11.8 + 10");
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ cell: "A2", stated: "21.8", kind: "sum" });
    expect(one("A4 60% = 9 / 15")[0]).toMatchObject({ cell: "A4", stated: "60%", kind: "ratio-rate" });
    expect(one("G6 = E6/D6")[0]).toMatchObject({ cell: "G6", kind: "ratio-rate" });
    expect(one("C6 = C7 + C8 + C9")[0].rhs.filter((t) => t.t === "cell")).toHaveLength(3);
    expect(one("B4 (15分) = E4 + E5 + E6 = 15")[0]).toMatchObject({ cell: "B4", stated: "15" });
    expect(one("A3 食品卫生30分 = 17 + 13 = 30 ✓")[0]).toMatchObject({ cell: "A3", stated: "30" });
    // the one bracketed value after the last of several operands is the stated result
    expect(one("D6 = D7 + D8 (449.8) ✓")[0]).toMatchObject({ cell: "D6", stated: "449.8" });
    // every operand annotated: the annotations are the operands' values
    const ann = one("A6 (100) = B6 (50) + B10 (50) ✓")[0];
    expect(ann.stated).toBe("100");
    expect(ann.rhs.filter((t) => t.t === "cell").map((t) => (t as { v?: number }).v)).toEqual([50, 50]);
  });
  test("column relations expand per row; several relations on a line; an expression stated in a cell named last", () => {
    expect(one("F3..F5 = E/D").map((r) => r.cell)).toEqual(["F3", "F4", "F5"]);
    expect(one("E7 = D7 / C7, E10 = D10 / C10 (100%)").map((r) => r.cell)).toEqual(["E7", "E10"]);
    expect(one("sum(H15:H24) + I6 = 100 = H25")[0]).toMatchObject({ cell: "H25", stated: "100", kind: "sum" });
  });
  test("slips, inequalities, notes and values read off are not parsed", () => {
    for (const l of ["A5 0.58 vs 12.39 - 11.8", "G18 <= 5300 (fails: 5830)", "A3 ✗ 3/15 = 20% not 27%", "B13 (25%) ≥ D13 + D14", "D6 = 1", "codes 1..9 in sequence"]) {
      expect(SKIP.test(normaliseLine(l)) || one(l).length === 0).toBe(true);
    }
  });
  test("the mutant: the stated number's one occurrence in its cell, down 7% (or one step of its last digit)", () => {
    const grid = [["预算执行率为60%,完成9项"], ["9"], ["15"]];
    const rel = one("A1 60% = A2 / A3")[0];
    const p = planMutant("x", "monitoring", grid, rel);
    expect(typeof p).toBe("object");
    expect(p).toMatchObject({ from: "60", to: "56", after: "预算执行率为56%,完成9项", prose: false, held: "holds" });
    // the relation does not hold on the grid: no mutant
    expect(planMutant("x", "monitoring", [["70%"], ["9"], ["15"]], one("A1 = A2 / A3")[0])).toBe("relation does not hold on the grid");
    // the stated number twice in the cell: no mutant
    expect(planMutant("x", "unknown", [["共15项,其中15项完成"], ["10"], ["5"]], one("A1 15 = A2 + A3")[0])).toBe("stated value occurs more than once in the cell");
    // one step of the last digit where 7% rounds away; up from a value within one step of 0
    expect(planMutant("x", "unknown", [["5"], ["2"], ["3"]], one("A1 = A2 + A3")[0])).toMatchObject({ to: "4" });
    expect(planMutant("x", "unknown", [["1"], ["0.5"], ["0.5"]], one("A1 = A2 + A3")[0])).toMatchObject({ to: "2" });
  });
});

// ---------------------------------------------------------------------------------------------------------
// 2. bare bracketed points in a labels-only tree: the table's convention (bare-points.ts (b'))

/** 一级指标(分值) | 二级指标(分值) | 三级指标(分值) | 评估得分: every weight bare in its label's brackets */
function labelsTree(o: { b1?: number; c1?: number; a1?: number; open?: string; close?: string; trad?: boolean; spaced?: boolean; cut?: boolean } = {}): Grid {
  const [L, R] = [o.open ?? "(", o.close ?? ")"];
  const w = (name: string, n: string | number) => `${name}${L}${n}${R}`;
  const t = (s: string) => (o.trad ? s.replace(/资质/g, "資質").replace(/条件/g, "條件").replace(/经费/g, "經費").replace(/园舍/g, "園舍").replace(/状况/g, "狀況").replace(/审批/g, "審批").replace(/证/g, "證") : s);
  const sp = (s: string) => (o.spaced ? s.replace(/^(\S\d?)(\S)/, "$1$2 ") : s);
  const rows: Row[] = [
    ["幼儿园办园水平综合评估评分表"],
    ["一级指标(分值)", "二级指标(分值)", "三级指标(分值)", "评估得分", "扣分说明"],
    [w("A1办园条件", o.a1 ?? 60), t(w(sp("B1资质条件"), o.b1 ?? 15)), t(w("C1审批办证", o.c1 ?? 5)), null, null],
    [null, null, t(w("C2经费保障", 10)), null, null],
    [null, t(w("B2园舍状况", 22)), w("C3选址布局", 5), null, null],
    [null, null, w("C4基本用房", 6), null, null],
    [null, null, w("C5辅助用房", 3), null, null],
    [null, null, w("C6生均面积", 5), null, null],
    [null, null, w("C7绿化美化", 3), null, null],
    [null, w("B3园所规模", 23), w("C8班级数量", 10), null, null],
    [null, null, w("C9班额数量", 13), null, null],
  ];
  if (o.cut) rows.splice(10, 1);
  const g = Grid.fromValues("Sheet1", rows, ["A1:E1", "A3:A11", "B3:B4", "B5:B9", "B10:B11"].map((m) => (o.cut && m === "A3:A11" ? "A3:A10" : o.cut && m === "B10:B11" ? "" : m)).filter(Boolean));
  return g;
}

describe("bare bracketed points: a slip in one list is read and flagged (the table's convention)", () => {
  test("the clean tree reads every bare number as points and flags nothing", () => {
    const r = review(labelsTree(), "national");
    expect(r.model.indicators.map((i) => i.weight)).toEqual([5, 10, 5, 6, 3, 5, 3, 10, 13]);
    expect(keys(labelsTree())).toEqual([]);
  });
  test("a group's own number off (14 over 5 + 10): flagged at the group, once (its parent's sum, broken through it, not)", () => {
    const k = keys(labelsTree({ b1: 14 }));
    expect(k).toContain("weight-sum-mismatch@B3");
    expect(k.filter((x) => x.startsWith("weight-sum-mismatch"))).toEqual(["weight-sum-mismatch@B3"]);
    const f = flags(labelsTree({ b1: 14 })).find((x) => x.cell === "B3")!;
    expect(f.data).toMatchObject({ name: "资质条件", sum: 15, total: 14 });
  });
  test("an item's number off (6 + 10 under 15): flagged at its group", () => {
    expect(keys(labelsTree({ c1: 6 }))).toContain("weight-sum-mismatch@B3");
  });
  test("near variants: full-width brackets, traditional characters, a space inside a word, a cut table", () => {
    expect(keys(labelsTree({ b1: 14, open: "（", close: "）" }))).toContain("weight-sum-mismatch@B3");
    expect(keys(labelsTree({ b1: 14, trad: true }))).toContain("weight-sum-mismatch@B3");
    expect(keys(labelsTree({ b1: 14, spaced: true }))).toContain("weight-sum-mismatch@B3");
    expect(keys(labelsTree({ c1: 6, cut: true }))).toContain("weight-sum-mismatch@B3");
    for (const o of [{ open: "（", close: "）" }, { trad: true }, { spaced: true }, { cut: true }]) expect(keys(labelsTree(o))).toEqual([]);
  });
});

/** counter-shapes: bare numbers that are no points — counts that add up nowhere, a numbering, one list alone */
describe("near shapes that must not be flagged", () => {
  test("counts in brackets adding up in no list: not read", () => {
    const rows: Row[] = [
      ["各地整改问题统计"],
      ["地区", "单位", "问题"],
      ["城区(12)", "住建局(3)", "占道经营"],
      [null, "城管局(4)", "违章搭建"],
      ["郊区(9)", "农业局(2)", "秸秆焚烧"],
      [null, "水利局(2)", "河道垃圾"],
    ];
    expect(keys(Grid.fromValues("Sheet1", rows, ["A1:C1", "A3:A4", "A5:A6"]))).toEqual([]);
  });
  test("one list adding up, two lists off independently (two slips against one agreement): not read as points", () => {
    const rows: Row[] = [
      ["考核评分表"],
      ["一级指标", "二级指标", "备注"],
      ["组织建设(10)", "队伍(4)", ""],
      [null, "制度(6)", ""],
      ["业务工作(30)", "宣传(8)", ""],
      [null, "培训(9)", ""],
      ["保障(20)", "经费(5)", ""],
      [null, "场地(6)", ""],
    ];
    const g = Grid.fromValues("Sheet1", rows, ["A1:C1", "A3:A4", "A5:A6", "A7:A8"]);
    expect(keys(g).filter((k) => k.startsWith("weight-sum-mismatch"))).toEqual([]);
  });
  test("a numbering (1), (2), (3): never points", () => {
    const rows: Row[] = [
      ["工作要点"],
      ["类别", "事项", "备注"],
      ["组织领导(2)", "学习(1)", ""],
      [null, "部署(2)", ""],
      [null, "督查(3)", ""],
      ["宣传教育(3)", "宣讲(1)", ""],
      [null, "培训(2)", ""],
    ];
    expect(keys(Grid.fromValues("Sheet1", rows, ["A1:C1", "A3:A5", "A6:A7"])).filter((k) => k.startsWith("weight-sum-mismatch"))).toEqual([]);
  });
});
