import { Grid } from "../../src/core/grid/grid";
import { evaluateRelation } from "../../src/core/relations";
import { weightedTotals } from "../../src/core/recognise/weighted-totals";
import { review } from "../../src/core/review";

/**
 * Shares that do not add up to 100% (weighted-totals.ts, told by weight-sum-mismatch: sharesFixed at the one share the
 * lines name, sharesWhole against a printed 100%), and rank columns against the totals they rank (unit-results.ts
 * rankRelations, told by rank-mismatch). Small grids, each shape beside its counter-shape.
 */
type Row = (string | number)[];

const findings = (g: Grid, rule: string) => review(g, "national").findings.filter((f) => f.rule === rule);
const cells = (g: Grid, rule: string) => findings(g, rule).map((f) => f.cell);

// ---------------------------------------------------------------------------------------------------------------
// The heads' shares: 系统考核得分 | 现场考核得分 | 履职考核得分 | 总分 over '(占40%) | (占40%) | (占20%)'

const TITLE = "某市2017年8月各街道城市长效管理考核结果";
/**
 * by hand, at 40/40/20: 0.4×95.65 + 0.4×93.73 + 0.2×95.80 = 94.912 → 94.91; 0.4×95.37 + 0.4×93.80 + 0.2×96.15 = 94.898
 * → 94.90; 0.4×95.67 + 0.4×93.93 + 0.2×93.10 = 94.46; 0.4×95.00 + 0.4×92.42 + 0.2×87.55 = 92.478 → 92.48.
 * At 50/40/20 (110%) the first line gives 0.5×95.65 + 37.492 + 19.16 = 104.477: no line agrees.
 */
const LINES: Row[] = [
  ["甲街道", "95.65", "93.73", "95.80", "94.91", 1],
  ["乙街道", "95.37", "93.80", "96.15", "94.90", 2],
  ["丙街道", "95.67", "93.93", "93.10", "94.46", 3],
  ["丁街道", "95.00", "92.42", "87.55", "92.48", 4],
];
const HEAD: Row = ["街道名称", "系统考核得分", "现场考核得分", "履职考核得分", "总分", "排名"];

function sheet(head: Row, shares: Row | null, lines: Row[] = LINES, title = TITLE): Grid {
  return Grid.fromValues("Sheet1", [[title], head, ...(shares ? [shares] : []), ...lines.map((l) => [...l])]);
}

describe("the heads' shares against 100%", () => {
  test.each([
    // [case, share line, the finding's cell, its data]
    ["系统 (占50%): 110%, the lines agree at 40%", ["", "(占50%)", "(占40%)", "(占20%)", "", ""], "B3", { share: 50, sum: 110, fixed: 40, agree: 4, lines: 4 }],
    ["履职 (占10%): 90%, the lines agree at 20%", ["", "(占40%)", "(占40%)", "(占10%)", "", ""], "D3", { share: 10, sum: 90, fixed: 20, agree: 4, lines: 4 }],
  ])("%s: weight-sum-mismatch sharesFixed at the share, nothing at the totals", (_, shares, cell, data) => {
    const g = sheet(HEAD, shares as Row);
    const f = findings(g, "weight-sum-mismatch");
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([[cell, "sharesFixed"]]);
    expect(f[0].data).toMatchObject(data);
    expect(f[0].severity).toBe("error");
    expect(cells(g, "total-mismatch")).toEqual([]);
  });

  test("counter-shape: shares of 100% — no shares relation, no finding; the lines read as ever", () => {
    const g = sheet(HEAD, ["", "(占40%)", "(占40%)", "(占20%)", "", ""]);
    expect(weightedTotals(g).map((r) => r.kind)).toEqual(["weighted", "weighted", "weighted", "weighted"]);
    expect(cells(g, "weight-sum-mismatch")).toEqual([]);
  });

  test("counter-shape: the same shares in another unit (×0.4 | ×0.4 | ×0.2, adding up to 1): no finding", () => {
    const g = sheet(["街道名称", "系统考核得分(×0.4)", "现场考核得分(×0.4)", "履职考核得分(×0.2)", "总分", "排名"], null);
    expect(weightedTotals(g).filter((r) => r.kind === "weighted").length).toBe(4);
    expect(cells(g, "weight-sum-mismatch")).toEqual([]);
  });

  test("counter-shape: 110% and no share that, set to make 100%, makes the lines agree (totals the plain mean): nothing said", () => {
    // (the totals are (a + b + c) / 3: 95.65 + 93.73 + 95.80 = 285.18 / 3 = 95.06; no one share fixed to 100% gives it)
    const lines: Row[] = [["甲街道", "95.65", "93.73", "95.80", "95.06", 1], ["乙街道", "95.37", "93.80", "96.15", "95.11", 2], ["丙街道", "95.00", "92.42", "87.55", "91.66", 3]];
    const g = sheet(HEAD, ["", "(占50%)", "(占40%)", "(占20%)", "", ""], lines);
    expect(weightedTotals(g)).toEqual([]);
    expect(cells(g, "weight-sum-mismatch")).toEqual([]);
  });

  test("counter-shape: two shares either of which, set to make 100%, makes the lines agree (系统 = 现场 on every line): nothing said", () => {
    // (50 + 50 + 20 = 120%; 30/50/20 and 50/30/20 give the same: 0.8 × 90 + 0.2 × 80 = 88, 0.8 × 80 + 0.2 × 100 = 84,
    // 0.8 × 95 + 0.2 × 85 = 93 — no evidence which share is the slip; 履职 at 0% is no share)
    const lines: Row[] = [["甲街道", "90", "90", "80", "88", 1], ["乙街道", "80", "80", "100", "84", 3], ["丙街道", "95", "95", "85", "93", 2]];
    const g = sheet(HEAD, ["", "(占50%)", "(占50%)", "(占20%)", "", ""], lines);
    expect(weightedTotals(g)).toEqual([]);
    expect(cells(g, "weight-sum-mismatch")).toEqual([]);
    // (the same lines under 总分(100%): the whole printed, the finding against it, at E2)
    const whole = sheet(["街道名称", "系统考核得分(50%)", "现场考核得分(50%)", "履职考核得分(20%)", "总分(100%)", "排名"], null, lines);
    expect(findings(whole, "weight-sum-mismatch").map((f) => [f.cell, f.messageId, f.data!.sum])).toEqual([["E2", "sharesWhole", 120]]);
  });

  test("a whole the total's head prints (总分(100%)): the shares against it — at the share the lines name, else at the whole", () => {
    const head = (s: number) => ["街道名称", `系统考核得分(${s}%)`, "现场考核得分(40%)", "履职考核得分(20%)", "总分(100%)", "排名"];
    // 40 + 40 + 20 = 100: the rollup holds
    const ok = weightedTotals(sheet(head(40), null)).filter((r) => r.kind === "rollup");
    expect(ok.map((r) => [r.total.cell, evaluateRelation(r).ok, evaluateRelation(r).computed])).toEqual([["E2", true, 100]]);
    // 50 + 40 + 20 = 110, the lines at 40: at B2
    expect(findings(sheet(head(50), null), "weight-sum-mismatch").map((f) => [f.cell, f.messageId])).toEqual([["B2", "sharesFixed"]]);
    // 50 + 40 + 20 = 110, the totals the plain mean (no share fixes them): against the whole, at E2
    const mean: Row[] = [["甲街道", "95.65", "93.73", "95.80", "95.06", 1], ["乙街道", "95.37", "93.80", "96.15", "95.11", 2], ["丙街道", "95.00", "92.42", "87.55", "91.66", 3]];
    const f = findings(sheet(head(50), null, mean), "weight-sum-mismatch");
    expect(f.map((x) => [x.cell, x.messageId, x.data])).toEqual([["E2", "sharesWhole", { name: "总分", sum: 110, total: 100 }]]);
  });

  test("counter-shape: a 加分 column's share beside the parts (40 + 40 + 20 + 加分 5 = 105%): no table read, nothing said", () => {
    const g = sheet([...HEAD.slice(0, 4), "加分", "总分"], ["", "(占40%)", "(占40%)", "(占20%)", "(占5%)", ""], LINES.map((l) => [...l.slice(0, 4), "0", l[4]]));
    expect(weightedTotals(g)).toEqual([]);
    expect(cells(g, "weight-sum-mismatch")).toEqual([]);
  });

  test("counter-shapes: an allocation's factors (分配因素 over 面积(30%) | 人口(20%) | 产值(60%) | 合计) and KPI weights in a list: nothing", () => {
    const alloc = Grid.fromValues(
      "Sheet1",
      [["某省2012年农田整治任务分配表"], ["市", "分配因素", "", "", "合计"], ["", "面积(30%)", "人口(20%)", "产值(60%)", ""], ["甲市", "10", "20", "30", "60"], ["乙市", "5", "5", "10", "20"], ["丙市", "1", "2", "3", "6"]],
      ["B2:D2"],
    );
    expect(weightedTotals(alloc)).toEqual([]);
    expect(cells(alloc, "weight-sum-mismatch")).toEqual([]);
    const kpi = Grid.fromValues("Sheet1", [["某局2014年关键绩效指标"], ["序号", "关键绩效指标", "衡量标准"], [1, "推展会展活动(6%)", "场次"], [2, "招商引资(50%)", "金额"], [3, "产业辅导(60%)", "家数"]]);
    expect(weightedTotals(kpi)).toEqual([]);
    expect(cells(kpi, "weight-sum-mismatch")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A weighted evaluation in lines: 评价准则 | 权重(%) | 评价分值(百分制) | 加权平均得分, closed by 项目绩效 100%

/** by hand: 20% × 100.00 = 20.00; 50% × 77.39 = 38.695 → 38.70; 20% × 73.90 = 14.78; 10% × 92.00 = 9.20; Σ 82.68 */
function evaluation(weights: string[], first = "20.00", close = "100%"): Grid {
  return Grid.fromValues("Sheet1", [
    ["某项目绩效评价结果"],
    ["评价准则", "权重(%)", "评价分值(百分制)", "加权平均得分", "绩效等级"],
    ["相关性", weights[0], "100.00", first, "高度相关"],
    ["效率", weights[1], "77.39", "38.70", "效率一般"],
    ["效果", weights[2], "73.90", "14.78", "比较满意"],
    ["可持续性", weights[3], "92.00", "9.20", "高度可持续"],
    ["项目绩效", close, "/", "82.68", "实施比较顺利"],
  ]);
}

describe("a weighted evaluation's 权重 column against its closing 100%", () => {
  test("20 + 50 + 20 + 10 = 100 (percents, or fractions against 1): the rollup holds, no finding", () => {
    for (const g of [evaluation(["20%", "50%", "20%", "10%"]), evaluation(["0.2", "0.5", "0.2", "0.1"], "20.00", "1")]) {
      const r = weightedTotals(g).filter((x) => x.kind === "rollup");
      expect(r.map((x) => [x.total.cell, x.parts.map((p) => p.value), evaluateRelation(x).ok])).toEqual([["B7", [20, 50, 20, 10], true]]);
      expect(cells(g, "weight-sum-mismatch")).toEqual([]);
    }
  });

  test("相关性 30% (110%): told at B3, the line's 20.00 agreeing at 20%; the line's own 加权平均得分 not reported again", () => {
    const g = evaluation(["30%", "50%", "20%", "10%"]);
    const f = findings(g, "weight-sum-mismatch");
    expect(f.map((x) => [x.cell, x.messageId, x.data!.share, x.data!.sum, x.data!.fixed])).toEqual([["B3", "sharesFixed", 30, 110, 20]]);
    expect(cells(g, "total-mismatch")).toEqual([]);
  });

  test("the lines agree with their weights (30% × 100 = 30.00) but the weights make 110%: against the closing line, at B7", () => {
    const g = evaluation(["30%", "50%", "20%", "10%"], "30.00");
    const f = findings(g, "weight-sum-mismatch");
    expect(f.map((x) => [x.cell, x.messageId, x.data])).toEqual([["B7", "sharesWhole", { name: "项目绩效", sum: 110, total: 100 }]]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Rank columns: 街道名称 | 得分 … | 总分 | 排名

/** totals 94.91, 94.90, 94.46, 94.31, 94.31, 92.48: ranks 1, 2, 3, 4–5 (tied), 4–5, 6 */
const RANKED: Row[] = [
  ["甲街道", "94.91", 1],
  ["乙街道", "94.90", 2],
  ["丙街道", "94.46", 3],
  ["丁街道", "94.31", 4],
  ["戊街道", "94.31", 5],
  ["己街道", "92.48", 6],
];
function ranked(lines: Row[], title = "某市2017年8月各街道考核结果", head: Row = ["街道名称", "总分", "排名"]): Grid {
  return Grid.fromValues("Sheet1", [[title], head, ...lines.map((l) => [...l])]);
}
const swap = (lines: Row[], i: number, j: number): Row[] => lines.map((l, k) => (k === i ? [l[0], l[1], lines[j][2]] : k === j ? [l[0], l[1], lines[i][2]] : [...l]));

describe("a rank column against the totals it ranks", () => {
  test("every rank in its place (the tie either way): one relation per line, all holding, no finding", () => {
    for (const lines of [RANKED, swap(RANKED, 3, 4)]) {
      const g = ranked(lines);
      const rels = review(g, "national").model.relations.filter((r) => r.kind === "rank");
      expect(rels.map((r) => evaluateRelation(r).ok)).toEqual([true, true, true, true, true, true]);
      expect(cells(g, "rank-mismatch")).toEqual([]);
    }
  });

  test("甲 and 丙 swapped (3 and 1): rank-mismatch at C3 (expected 1) and C5 (expected 3)", () => {
    const f = findings(ranked(swap(RANKED, 0, 2)), "rank-mismatch");
    expect(f.map((x) => [x.cell, x.related, x.data!.rank, x.data!.expected])).toEqual([
      ["C3", ["B3"], "3", "1"],
      ["C5", ["B5"], "1", "3"],
    ]);
  });

  test("a tied line out of its places (丁 94.31 ranked 2, 乙 ranked 4): expected 4–5 and 2", () => {
    const f = findings(ranked(swap(RANKED, 1, 3)), "rank-mismatch");
    expect(f.map((x) => [x.cell, x.data!.expected])).toEqual([["C4", "2"], ["C6", "4–5"]]);
  });

  test("a slip in a total (丙 94.46 written 95.46 over parts giving 94.46): total-mismatch only, the ranks follow its parts", () => {
    const lines: Row[] = LINES.map((l, k) => (k === 2 ? [l[0], l[1], l[2], l[3], "95.46", l[5]] : [...l]));
    const g = sheet(HEAD, ["", "(占40%)", "(占40%)", "(占20%)", "", ""], lines);
    expect(cells(g, "total-mismatch")).toEqual(["E6"]);
    expect(cells(g, "rank-mismatch")).toEqual([]);
  });

  test("counter-shapes: ranks within two groups, ranks of another column, the lowest ranked first: no rank read", () => {
    const groups: Row[] = [["甲街道", "94.91", 1], ["乙街道", "90.10", 2], ["丙街道", "85.00", 3], ["丁街道", "94.00", 1], ["戊街道", "93.00", 2], ["己街道", "80.00", 3]];
    // (ranks by 系统考核得分, the column left of 总分: 96, 95, 94, 93 against totals 90, 94, 92, 95)
    const other = Grid.fromValues("Sheet1", [["某市各街道考核结果"], ["街道名称", "系统考核得分", "总分", "排名"], ["甲街道", "96", "90", 1], ["乙街道", "95", "94", 2], ["丙街道", "94", "92", 3], ["丁街道", "93", "95", 4]]);
    const lowest = RANKED.map((l, k) => [l[0], l[1], 6 - k]);
    for (const g of [ranked(groups), other, ranked(lowest)]) {
      expect(review(g, "national").model.relations.filter((r) => r.kind === "rank")).toEqual([]);
      expect(cells(g, "rank-mismatch")).toEqual([]);
    }
  });

  test("the title says the lowest comes first (排名由低到高): 1 for the lowest, read; two ranks swapped, found", () => {
    const title = "某市各街道考核结果(排名由低到高)";
    const lowest: Row[] = RANKED.map((l, k) => [l[0], l[1], 6 - k]);
    // (the tie: 丁, 戊 at 94.31 hold places 2–3 from the lowest; the table says 3, 2)
    expect(cells(ranked(lowest, title), "rank-mismatch")).toEqual([]);
    const f = findings(ranked(swap(lowest, 0, 5), title), "rank-mismatch");
    expect(f.map((x) => [x.cell, x.data!.expected])).toEqual([["C3", "6"], ["C8", "1"]]);
  });
});
