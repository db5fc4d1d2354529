import { review } from "../../src/core/review";
import { explainableCells, explainCell } from "../../src/taskpane/explain";
import { corpusGrid } from "../helpers";
import { Grid } from "../../src/core/grid/grid";
import { twoStackedForms } from "../helpers/stacked-forms";

async function explain(id: string, cell: string, lang: "zh-CN" | "en-US" = "zh-CN") {
  const grid = await corpusGrid(id);
  const result = review(grid);
  return explainCell({ grid, result, profile: result.profile }, cell, lang)!;
}

// RULEBOOK keys and formula ids that must not reach the screen (kept in title / data attributes)
const INTERNAL = /RULEBOOK|\b[A-Z]{1,3}-[A-Z0-9]{1,6}(-[A-Z0-9]+)?\b|\bS-POS\b|\bG-NAT\b|PK-|DESK33|SEED00|positive|reverse-|capped/;

describe("Explain in plain words", () => {
  test("a missed «═ 100%» target: 实际完成值 98% ÷ 目标值 100% × 分值 10 = 9.80 (011 I19)", async () => {
    const ex = await explain("011", "I19");
    expect(ex.arithmetic).toBe("实际完成值 98% ÷ 目标值 100% × 分值 10 = 9.80");
    expect(ex.computed).toBe("9.8");
    expect(ex.scoring).toBe("等于目标值的指标：达到目标得满分；未达到按 实际完成值 ÷ 目标值 × 分值 计分");
    expect(ex.scoringKey).toContain("S-EQ");
    const en = await explain("011", "I19", "en-US");
    expect(en.arithmetic).toBe("actual 98% ÷ target 100% × weight 10 = 9.80");
  });

  test("values as the sheet shows them through their number format: target 1 formatted 0% is 100% (012 F14)", async () => {
    const grid = await corpusGrid("012");
    const result = review(grid);
    const ind = result.model.indicators.find((i) => i.targetCell === "F14")!;
    const ex = explainCell({ grid, result, profile: result.profile }, ind.scoreCell!)!;
    expect(ex.inputs.find((i) => i.label === "target")!.value).toBe("100%");
    expect(ex.arithmetic).toBe("实际完成值 100% 达到目标值 100%：得满分 20");
  });

  test("execution rate and score with the sheet's numbers (022 G5, 045 F6, 045 F5 capped)", async () => {
    expect((await explain("022", "G5")).arithmetic).toBe("执行率 = 338.31 ÷ 329.77 = 102.59%"); // 338.31 / 329.77 = 1.02590
    expect((await explain("045", "F6")).arithmetic).toBe("执行率 92.87% × 分值 10 = 9.29"); // 914.97 / 985.19 = 0.92872
    expect((await explain("045", "F5")).arithmetic).toBe("执行率 100.00% × 分值 10 = 10.00（执行率超过 100% 按 100% 计）");
  });

  test("total and grade: the re-checked parts added up, the band that applies (011 I24, J24)", async () => {
    expect((await explain("011", "I24")).arithmetic).toBe("10 + 10 + 10 + 10 + 10 + 10 + 9.8 + 10 + 10 + 10 = 99.8");
    expect((await explain("011", "J24")).arithmetic).toBe("复核总分 99.8 ≥ 90 → 优");
  });

  test("the source is a document in words, the rule id stays out of the text", async () => {
    const ex = await explain("011", "I19");
    expect(ex.source).toContain("《项目支出绩效评价管理办法》（财预〔2020〕10号）");
    expect((await explain("011", "I19", "en-US")).source).toContain("Cai Yu [2020] No. 10");
  });

  test("the list of explainable cells in the pane's language: 011's budget rows, total and grade", async () => {
    const result = review(await corpusGrid("011"));
    const zh = explainableCells(result).map((c) => c.label);
    const en = explainableCells(result, "en-US").map((c) => c.label);
    expect(zh).toContain("H6 年度资金总额 得分");
    expect(en).toContain("H6 年度资金总额: score");
    expect(en).toContain("I24 Total");
    expect(en).toContain("J24 Grade");
    expect(en.join(" ")).not.toMatch(/执行率|得分|总分|等级/);
  });

  test.each(["zh-CN", "en-US"] as const)("no internal code in any shown text of any explainable cell on the corpus sheets (%s)", async (lang) => {
    for (const id of ["002", "005", "011", "012", "015", "022", "045"]) {
      const grid = await corpusGrid(id);
      const result = review(grid);
      for (const c of explainableCells(result)) {
        const ex = explainCell({ grid, result, profile: result.profile }, c.cell, lang)!;
        const shown = [ex.scoring, ex.arithmetic ?? "", ex.source, ...ex.inputs.map((i) => i.value)].join(" | ");
        expect({ id, cell: c.cell, shown: INTERNAL.test(shown) ? shown : "ok" }).toEqual({ id, cell: c.cell, shown: "ok" });
      }
    }
  });
});

describe("Explain on a sheet of two stacked forms (test/helpers/stacked-forms.ts)", () => {
  const grid = Grid.fromValues("自评表", twoStackedForms());
  const result = review(grid);
  const explainAt = (cell: string) => explainCell({ grid, result, profile: result.profile }, cell)!;

  test("the list holds both forms' cells at their sheet rows", () => {
    expect(explainableCells(result).map((c) => c.cell)).toEqual(["G4", "H4", "G6", "G7", "G8", "G9", "G10", "G15", "H15", "G17", "G18", "G19", "G20", "G21"]);
  });

  test("the second form's cells explained with its own numbers, its inputs at its rows: 85% of ≥90% → 28.33 (G19), 总分 90.33 (G20)", () => {
    const g19 = explainAt("G19");
    expect(g19.arithmetic).toBe("实际完成值 85% ÷ 目标值 90% × 分值 30 = 28.33");
    expect(g19.inputs.map((i) => i.cell)).toEqual(["D19", "E19", "F19"]);
    expect(g19.scoringKey).toContain("PERF.SCORE(D19,E19,F19)");
    const g20 = explainAt("G20");
    expect([g20.cell, g20.computed, g20.arithmetic]).toEqual(["G20", "90.33", "8 + 24 + 30 + 28.33 = 90.33"]);
    expect(g20.inputs.map((i) => i.cell)).toEqual(["H15", "G17", "G18", "G19", "F20"]);
    expect(explainAt("H15").arithmetic).toBe("执行率 80.00% × 分值 10 = 8.00");
  });

  test("a second-form cell's findings are the sheet's at that cell: 33 stated at G18 for a weight of 30", () => {
    const rows = twoStackedForms();
    rows[17][6] = 33;
    const g = Grid.fromValues("自评表", rows);
    const r = review(g);
    const ex = explainCell({ grid: g, result: r, profile: r.profile }, "G18")!;
    expect(ex.findings.map((f) => `${f.rule}@${f.cell}`).sort()).toEqual(["indicator-score-mismatch@G18", "score-exceeds-weight@G18"]);
    expect([ex.claimed, ex.computed, ex.gap]).toEqual(["33", "30", { kind: "number", value: "3" }]);
  });
});
