import { review, ReviewResult } from "../../src/core/review";
import { corpusGrid, corpusIds, truth } from "../helpers";

/** DESIGN §2: the family every corpus case belongs to. */
const FAMILY: Record<string, string> = {
  "001": "indicator-system",
  "002": "project-self-eval",
  "005": "project-self-eval",
  "011": "project-self-eval",
  "012": "project-self-eval",
  "015": "project-self-eval",
  "017": "project-self-eval",
  "022": "dept-self-eval",
  "023": "dept-basic-data",
  "027": "indicator-system",
  "029": "indicator-system",
  "031": "monitoring",
  "032": "target-declaration",
  "043": "project-self-eval",
  "045": "dept-self-eval",
};

const results = new Map<string, ReviewResult>();

beforeAll(async () => {
  for (const id of corpusIds()) results.set(id, review(await corpusGrid(id)));
});

describe.each(corpusIds())("corpus case %s", (id) => {
  const t = truth(id);
  const r = () => results.get(id)!;

  test("family", () => {
    expect(r().model.family).toBe(FAMILY[id]);
    expect(r().model.confidence).toBeGreaterThanOrEqual(0.5);
  });

  test("header row", () => {
    if (t.indicators.length === 0) return; // tables without an indicator grid (basic data)
    expect(r().model.headerRow).toBe(t.header_row);
  });

  test("indicator rows, weights and claimed scores", () => {
    // rows the truth fills with something (a name-only row cut off by the excerpt is not an indicator)
    const expected = t.indicators.filter((i) => i.weight !== null || i.claimed_score !== null || i.target || i.actual);
    const got = new Map(r().model.indicators.map((i) => [i.row, i]));
    for (const e of expected) {
      const g = got.get(e.row);
      expect(g).toBeDefined();
      expect({ row: e.row, weight: g!.weight, claimed: g!.claimedScore }).toEqual({ row: e.row, weight: e.weight, claimed: e.claimed_score });
    }
    // no indicator invented where the truth has none
    const truthRows = new Set(t.indicators.map((i) => i.row));
    for (const g of r().model.indicators) expect(truthRows.has(g.row) ? g.row : `extra row ${g.row}`).toBe(g.row);
  });

  test("every listed inconsistency is found at its cell with its rule", () => {
    for (const inc of t.inconsistencies) {
      const hit = r().findings.find((f) => f.rule === inc.rule && f.cell === inc.cell);
      expect(hit ? `${inc.rule}@${inc.cell}` : `missing ${inc.rule}@${inc.cell}: ${inc.detail}`).toBe(`${inc.rule}@${inc.cell}`);
      expect(hit!.severity).toBe("error");
    }
  });

  test("no error the truth does not list", () => {
    const listed = new Set(t.inconsistencies.map((i) => `${i.rule}@${i.cell}`));
    const extra = r()
      .findings.filter((f) => f.severity === "error" && !listed.has(`${f.rule}@${f.cell}`));
    expect(extra.map((f) => `${f.rule}@${f.cell}: ${f.message}`)).toEqual([]);
  });

  test("claimed total is read where the truth says", () => {
    expect(r().model.totals?.score?.cell ?? null).toBe(t.totals.claimed_total_cell);
    expect(r().model.totals?.score?.value ?? null).toBe(t.totals.claimed_total);
  });
});

describe("case-specific numbers a reviewer computes by hand", () => {
  test("012: weights 10 + 70 + 20 + 10 = 110 against 总分 100; scores likewise", () => {
    const r = results.get("012")!;
    expect(r.scores.weightSum).toBe(110);
    expect(r.scores.claimedSum).toBe(110);
    const e23 = r.findings.find((f) => f.cell === "E23")!;
    expect(e23.message).toContain("110");
    expect(e23.message).toContain("100");
    expect(r.findings.find((f) => f.cell === "B12")!.message).toMatch(/70.*50/);
  });

  test("011: 96 claimed, re-check gives 10 + 10+10+10+10+10+9.8+10+10+10 = 99.8 and grade 优", () => {
    const r = results.get("011")!;
    expect(r.model.totals!.score!.value).toBe(96);
    expect(r.scores.computedTotal).toBe(99.8);
    expect(r.scores.computedGrade).toBe("优");
    expect(r.model.grade!.cell).toBe("J24");
  });

  test("045: 基本支出 914.97/985.19 = 92.87% → 9.29, published 10", () => {
    const f = results.get("045")!.findings.find((x) => x.rule === "exec-score-mismatch")!;
    expect(f.cell).toBe("F6");
    expect(f.message).toContain("92.87%");
    expect(f.message).toContain("9.29");
    expect(f.related).toEqual(expect.arrayContaining(["C6", "D6", "E6", "G5"]));
  });

  test("005: fund total 0/0/0 against 本年财政拨款 90/89.974/89.974, reported once at the budget column", () => {
    // (and F11's sentence, 89.97万元 against 30 + 30 + 29.99 = 89.99: a slip of its own, listed in the truth since prose51b)
    const fs = results.get("005")!.findings.filter((x) => x.rule === "total-mismatch");
    expect(fs.map((f) => f.cell)).toEqual(["D6", "F11"]);
    expect(fs[0].related).toEqual(expect.arrayContaining(["C6", "E6", "C7", "D7", "E7", "G6", "H6"]));
  });

  test("022: execution 338.31/329.77 = 102.59% is correctly stated; the empty budget score is missing", () => {
    const r = results.get("022")!;
    expect(r.findings.some((f) => f.rule === "exec-rate-mismatch")).toBe(false);
    expect(r.scores.budgetMain!.rate!).toBeCloseTo(1.025897, 5);
    expect(r.findings.find((f) => f.rule === "missing-score")!.cell).toBe("H5");
  });

  test("023: 控制率 50/46 = 108.70% agrees; 三公经费 numbered items add up", () => {
    const r = results.get("023")!;
    const ratios = r.model.relations.filter((x) => x.kind === "ratio");
    expect(ratios.map((x) => x.kind === "ratio" && x.stated.cell)).toEqual(["D3"]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("032: fund block 40 + 72 = 112 reconciles", () => {
    const r = results.get("032")!;
    expect(r.model.relations.filter((s) => s.kind === "sum").map((s) => s.kind === "sum" && s.total.cell)).toEqual(["C8"]);
    expect(r.findings.some((f) => f.rule === "total-mismatch")).toBe(false);
  });

  test("truncated excerpts (005, 022, 027, 045) do not report their cut-off rows as missing", () => {
    for (const id of ["005", "022", "027", "045"]) {
      const r = results.get(id)!;
      expect(r.findings.filter((f) => f.rule === "missing-score" && id !== "022")).toEqual([]);
      expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch")).toEqual([]);
    }
  });
});
