import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { allGroups } from "../../src/core/recognise";
import { review } from "../../src/core/review";
import { corpusGrid, FIXTURES, jsonGrid } from "../helpers";

describe("seed 002 (case 001): the 41-indicator 共性指标体系", () => {
  let r: ReturnType<typeof review>;
  beforeAll(async () => {
    r = review(await corpusGrid("001"));
  });

  test("3 一级, 11 二级 and 41 三级 indicators with weights from their labels", () => {
    const groups = allGroups(r.model.groups);
    expect(groups.filter((g) => g.level === 1).map((g) => g.weight)).toEqual([35, 20, 45]);
    expect(groups.filter((g) => g.level === 2).map((g) => g.weight)).toEqual([12, 10, 13, 7, 6, 2, 2, 3, 18, 21, 6]);
    expect(r.model.indicators).toHaveLength(41);
    expect(r.model.indicators.every((i) => i.weightSource === "label")).toBe(true);
  });

  test("all 14 parent weights reconcile with their children", () => {
    const groups = allGroups(r.model.groups);
    expect(groups).toHaveLength(14);
    for (const g of groups) {
      const children = g.level === 1 ? g.children.map((c) => c.weight!) : g.indicators.map((i) => i.weight!);
      expect([g.label, children.reduce((a, b) => a + b, 0)]).toEqual([g.label, g.weight]);
    }
    expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch")).toEqual([]);
  });

  test('code-sequence at the "C1东川区…" row (C15 expected)', () => {
    const f = r.findings.filter((x) => x.rule === "code-sequence");
    expect(f.map((x) => x.cell)).toEqual(["C35"]);
    expect(f[0].message).toContain("C15");
  });

  test("rubric-points-mismatch at A11: its 评分细则 awards 0.25+0.5+0.25+0.5 = 1.5 of 2, a hint (the template's text, an observation in the corpus truth)", () => {
    const f = r.findings.filter((x) => x.rule === "rubric-points-mismatch");
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe("F3");
    expect(f[0].related).toContain("C3");
    expect(f[0].message).toContain("1.5");
    expect(f[0].severity).toBe("info");
  });

  test("total 合计 100 = Σ scores, weight total '100分' = Σ weights", () => {
    expect(r.model.totals!.weight!.value).toBe(100);
    expect(r.model.totals!.weight!.cell).toBe("C44");
    expect(r.model.totals!.score!.value).toBe(100);
    expect(r.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });
});

describe("seed 004: the 武定 预算绩效管理考核 tally as an assessment sheet", () => {
  const grid = () => jsonGrid(join(FIXTURES, "seeds", "004-assessment.json"), "考核");

  test("recognised as assessment; 20 items sum to 97.06 without a finding", () => {
    const r = review(grid());
    expect(r.model.family).toBe("assessment");
    expect(r.model.indicators).toHaveLength(20);
    expect(r.model.totals!.score!.value).toBe(97.06);
    expect(r.scores.claimedSum).toBe(97.06);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a tally whose total was mistyped (96.06) is flagged at the total", () => {
    const g = grid();
    const rows: (string | number | null)[][] = [];
    for (let rr = 1; rr <= g.rowCount; rr++) {
      const row: (string | number | null)[] = [];
      for (let c = 1; c <= g.colCount; c++) row.push(g.raw(rr, c) as string | number | null);
      rows.push(row);
    }
    rows[rows.length - 1][2] = 96.06;
    const r = review(Grid.fromValues("考核", rows, g.merges.map((m) => `${String.fromCharCode(64 + m.c1)}${m.r1}:${String.fromCharCode(64 + m.c2)}${m.r2}`)));
    const f = r.findings.find((x) => x.rule === "total-mismatch")!;
    expect(f.cell).toBe("C23");
    expect(f.message).toContain("97.06");
    expect(f.message).toContain("96.06");
  });
});
