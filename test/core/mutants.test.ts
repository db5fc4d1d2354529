import type { Cell, Grid } from "../../src/core/grid/grid";
import { parseA1 } from "../../src/core/grid/a1";
import { review } from "../../src/core/review";
import { corpusGrid, corpusIds } from "../helpers";

/**
 * Mutants: one injected error in a real sheet, and the finding a reviewer expects at its cell.
 * The engine is judged on mutants of real sheets; these are the common 低级错误.
 */
interface Mutant {
  name: string;
  make(g: Grid, r: ReturnType<typeof review>): { edits: { cell: string; value: Cell | null }[]; expect: { rule: string; cell: string } } | null;
}

const num = (g: Grid, cell: string) => {
  const p = parseA1(cell);
  return g.raw(p.row, p.col);
};

const MUTANTS: Mutant[] = [
  {
    name: "a score above its weight",
    make(g, r) {
      const i = r.model.indicators.find((x) => x.claimedScore !== null && x.weight !== null && x.weightSource === "column");
      if (!i) return null;
      return { edits: [{ cell: i.scoreCell!, value: { v: i.weight! + 2 } }], expect: { rule: "score-exceeds-weight", cell: i.scoreCell! } };
    },
  },
  {
    name: "a negative score",
    make(g, r) {
      const i = r.model.indicators.find((x) => x.claimedScore !== null);
      if (!i) return null;
      return { edits: [{ cell: i.scoreCell!, value: { v: -1 } }], expect: { rule: "negative-score", cell: i.scoreCell! } };
    },
  },
  {
    name: "a mistyped total score",
    make(g, r) {
      const t = r.model.totals?.score;
      if (!t) return null;
      return { edits: [{ cell: t.cell, value: { v: t.value - 3 } }], expect: { rule: "total-mismatch", cell: t.cell } };
    },
  },
  {
    name: "a leaf weight changed under a labelled category",
    make(g, r) {
      const i = r.model.indicators.find((x) => x.weightSource === "column" && x.weight !== null && (x.level1?.weight ?? null) !== null && !x.level2?.weight);
      if (!i) return null;
      return { edits: [{ cell: i.weightCell!, value: { v: i.weight! + 5 } }], expect: { rule: "weight-sum-mismatch", cell: i.level1!.cell } };
    },
  },
  {
    name: "a leaf weight changed against the 总分 weight",
    make(g, r) {
      const tw = r.model.totals?.weight;
      const i = r.model.indicators.find((x) => x.weightSource === "column" && x.weight !== null);
      if (!tw || !i) return null;
      return { edits: [{ cell: i.weightCell!, value: { v: i.weight! + 5 } }], expect: { rule: "weight-sum-mismatch", cell: tw.cell } };
    },
  },
  {
    name: "a miscomputed execution rate",
    make(g, r) {
      const b = r.scores.budget.find((x) => x.item.rate && x.rate !== null);
      if (!b) return null;
      return { edits: [{ cell: b.item.rate!.cell, value: { v: b.rate! - 0.05, fmt: "0.00%" } }], expect: { rule: "exec-rate-mismatch", cell: b.item.rate!.cell } };
    },
  },
  {
    name: "an execution score that ignores the rate",
    make(g, r) {
      const b = r.scores.budget.find((x) => x.item.score && x.item.weight && x.rate !== null && x.item.executed);
      if (!b) return null;
      // execute 60% of the budget but keep the full score
      const den = b.denominator!;
      return {
        edits: [{ cell: b.item.executed!.cell, value: { v: Math.round(den.value * 0.6 * 100) / 100 } }],
        expect: { rule: "exec-score-mismatch", cell: b.item.score!.cell },
      };
    },
  },
  {
    name: "a fund part that no longer adds up to the total",
    make(g, r) {
      const s = r.model.relations.find((x) => x.kind === "sum" && x.measure === "amount" && x.parts.length && x.bound === "equal");
      if (!s || s.kind !== "sum" || r.findings.some((f) => f.rule === "total-mismatch")) return null; // already inconsistent
      const part = s.parts[0];
      return { edits: [{ cell: part.cell, value: { v: part.value + 7 } }], expect: { rule: "total-mismatch", cell: s.total.cell } };
    },
  },
  {
    name: "a grade that does not match the total",
    make(g, r) {
      if (!r.model.grade || !r.model.totals?.score) return null;
      return { edits: [{ cell: r.model.grade.cell, value: { v: "差" } }], expect: { rule: "grade-mismatch", cell: r.model.grade.cell } };
    },
  },
  {
    name: "a deducted score without a reason",
    make(g, r) {
      const i = r.model.indicators.find((x) => x.reasonCell && !x.reason && x.claimedScore !== null && x.weight !== null && x.claimedScore === x.weight && x.weight >= 2);
      if (!i) return null;
      return { edits: [{ cell: i.scoreCell!, value: { v: i.weight! - 1 } }], expect: { rule: "missing-reason", cell: i.reasonCell! } };
    },
  },
  {
    name: "a weighted row left unscored",
    make(g, r) {
      const scored = r.model.indicators.filter((x) => x.claimedScore !== null && x.weight);
      if (scored.length < 2) return null;
      return { edits: [{ cell: scored[1].scoreCell!, value: null }], expect: { rule: "missing-score", cell: scored[1].scoreCell! } };
    },
  },
  {
    name: "an unfilled placeholder target",
    make(g, r) {
      const i = r.model.indicators.find((x) => x.targetCell);
      if (!i) return null;
      return { edits: [{ cell: i.targetCell!, value: { v: "≥**人次" } }], expect: { rule: "placeholder-value", cell: i.targetCell! } };
    },
  },
  {
    name: "a category label weight changed",
    make(g, r) {
      const grp = r.model.groups.find((x) => x.weight !== null && x.weightCell === x.cell && (x.indicators.length || x.children.length));
      if (!grp || r.model.truncated) return null;
      const p = parseA1(grp.cell);
      const label = String(g.raw(p.row, p.col));
      const changed = label.replace(/(\d+(?:\.\d+)?)(\s*分\s*[)）])/, (_m, n, rest) => `${Number(n) + 5}${rest}`);
      if (changed === label) return null;
      return { edits: [{ cell: grp.cell, value: { v: changed } }], expect: { rule: "weight-sum-mismatch", cell: grp.cell } };
    },
  },
  {
    name: "an indicator code out of sequence",
    make(g, r) {
      const i = r.model.indicators.find((x) => x.code && x.code.length === 3 && x.nameCell && x.code.endsWith("2"));
      if (!i) return null;
      const p = parseA1(i.nameCell!);
      const text = String(g.raw(p.row, p.col));
      return { edits: [{ cell: i.nameCell!, value: { v: text.replace(i.code!, i.code!.slice(0, 2) + "7") } }], expect: { rule: "code-sequence", cell: i.nameCell! } };
    },
  },
  {
    name: "a stated ratio that no longer follows from its parts",
    make(g, r) {
      const rc = r.model.relations.find((x) => x.kind === "ratio" && x.block === "basic-data");
      if (!rc || rc.kind !== "ratio") return null;
      return { edits: [{ cell: rc.numerator.cell, value: { v: rc.numerator.value + 3 } }], expect: { rule: "ratio-mismatch", cell: rc.stated.cell } };
    },
  },
  {
    name: "a missed target scored full without a reason",
    make(g, r) {
      const i = r.model.indicators.find((x) => {
        const o = r.scores.indicators.get(x.row);
        return o?.ok && o.comparison && o.comparison.op?.dir !== "le" && x.reasonCell && !x.reason && x.claimedScore === x.weight && o.comparison.target > 1;
      });
      if (!i) return null;
      const o = r.scores.indicators.get(i.row)!;
      if (!o.ok || !o.comparison) return null;
      const half = o.comparison.target / 2;
      const p = parseA1(i.actualCell!);
      const fmtd = g.format(p.row, p.col);
      const v = fmtd && /%/.test(fmtd) ? half / 100 : half;
      return { edits: [{ cell: i.actualCell!, value: { v, ...(fmtd ? { fmt: fmtd } : {}) } }], expect: { rule: "missing-reason", cell: i.reasonCell! } };
    },
  },
];

const cases: [string, string][] = [];
for (const id of corpusIds()) for (const m of MUTANTS) cases.push([id, m.name]);

const originals = new Map<string, { grid: Grid; result: ReturnType<typeof review> }>();
beforeAll(async () => {
  for (const id of corpusIds()) {
    const grid = await corpusGrid(id);
    originals.set(id, { grid, result: review(grid) });
  }
});

let applied = 0;
afterAll(() => {
  // the mutants must actually exercise the corpus, not skip everywhere
  expect(applied).toBeGreaterThanOrEqual(50);
});

test.each(cases)("case %s: %s is found", (id, name) => {
  const { grid, result } = originals.get(id)!;
  const m = MUTANTS.find((x) => x.name === name)!.make(grid, result);
  if (!m) return; // the sheet has nothing this mutant can change
  applied++;
  void num;
  const r = review(grid.withCells(m.edits));
  const hit = r.findings.find((f) => f.rule === m.expect.rule && f.cell === m.expect.cell);
  expect(hit ? "found" : `missing ${m.expect.rule}@${m.expect.cell}; got ${r.findings.map((f) => `${f.rule}@${f.cell}`).join(", ")}`).toBe("found");
});
