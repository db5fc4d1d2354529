import { Grid } from "../../src/core/grid/grid";
import type { Fill } from "../../src/core/review";
import { applyToGrid, contentAt, ownedCellsOf, callFormula, planFill, planRevert, revertEdits } from "../../src/core/fill";
import type { AppliedPlan, PlanOptions } from "../../src/core/fill";

/**
 * A hand-made sheet:
 *   row 2: weight E2=10, target F2 "≥95%", actual G2 0.93, score H2 (empty)
 *   row 3: weight E3=10, score H3 typed 8
 *   row 4: score H4 a user formula =E4*0.9 (cached 9)
 *   row 5: score H5 written earlier by PerfSheet: =PERF.SCORE(F5,G5,E5) (cached 10)
 *   row 6: exec rate F6 typed 0.95 with format 0.0%
 *   row 7: total H7 typed 100 (equal to the computed total)
 */
function sheet(): Grid {
  const cells: ({ v: string | number | null; f?: string; fmt?: string } | null)[][] = [];
  const set = (r: number, c: number, cell: { v: string | number | null; f?: string; fmt?: string }) => {
    while (cells.length < r) cells.push([]);
    cells[r - 1][c - 1] = cell;
  };
  set(2, 5, { v: 10 });
  set(2, 6, { v: "≥95%" });
  set(2, 7, { v: 0.93 });
  set(3, 5, { v: 10 });
  set(3, 8, { v: 8 });
  set(4, 5, { v: 10 });
  set(4, 8, { v: 9, f: "E4*0.9" });
  set(5, 8, { v: 10, f: "PERF.SCORE(F5,G5,E5)" });
  set(6, 6, { v: 0.95, fmt: "0.0%" });
  set(7, 8, { v: 100 });
  return new Grid({ name: "S", cells });
}

const fill = (cell: string, kind: Fill["kind"], value: number | string, fn: Fill["call"]["fn"], args: string[], numFmt?: string): Fill => ({
  cell,
  kind,
  value,
  ...(numFmt ? { numFmt } : {}),
  current: null,
  call: { fn, args },
  note: `note ${cell}`,
});

const FILLS: Fill[] = [
  fill("H2", "indicator-score", 9.79, "SCORE", ["F2", "G2", "E2"]),
  fill("H3", "indicator-score", 10, "SCORE", ["F3", "G3", "E3"]),
  fill("H4", "indicator-score", 10, "SCORE", ["F4", "G4", "E4"]),
  fill("H5", "indicator-score", 9.5, "SCORE", ["F5", "G5", "E5"]),
  fill("F6", "exec-rate", 0.9612, "EXECRATE", ["D6", "C6"], "0.00%"),
  fill("H7", "total", 100, "SUM", ["H2", "H3", "H4", "H5"]),
  fill("H8", "grade", "优", "GRADE", ["H7", '"xinjiang"']),
];

const owned = new Set(["H5"]);
const plainStub = (f: Fill) => (f.kind === "grade" ? null : `ROUND(${f.call.args[0]},2)`);

type Row = [string, PlanOptions, Record<string, string | null>, Record<string, string>];
// [case, options, cell -> formula written (null: a value), cell -> skip reason]
const CASES: Row[] = [
  [
    "perf, defaults: only the empty and owned cells",
    { mode: "perf", ownedCells: owned },
    { H2: "PERF.SCORE(F2,G2,E2)", H5: "PERF.SCORE(F5,G5,E5)", H8: 'PERF.GRADE(H7,"xinjiang")' },
    { H3: "typed-value", H4: "user-formula", F6: "typed-value", H7: "typed-value" },
  ],
  [
    "values, defaults: the typed total equal to the computed one is unchanged",
    { mode: "values", ownedCells: owned },
    { H2: null, H5: null, H8: null },
    { H3: "typed-value", H4: "user-formula", F6: "typed-value", H7: "unchanged" },
  ],
  [
    "values, overwrite typed values: formulas still protected",
    { mode: "values", ownedCells: owned, overwriteValues: true },
    { H2: null, H3: null, H5: null, F6: null, H8: null },
    { H4: "user-formula", H7: "unchanged" },
  ],
  [
    "perf, overwrite values and the formula in H4 chosen explicitly",
    { mode: "perf", ownedCells: owned, overwriteValues: true, overwriteFormulaCells: new Set(["H4"]) },
    { H2: "PERF.SCORE(F2,G2,E2)", H3: "PERF.SCORE(F3,G3,E3)", H4: "PERF.SCORE(F4,G4,E4)", H5: "PERF.SCORE(F5,G5,E5)", F6: "PERF.EXECRATE(D6,C6)", H7: "SUM(H2,H3,H4,H5)", H8: 'PERF.GRADE(H7,"xinjiang")' },
    {},
  ],
  [
    "plain: a fill without a plain formula is skipped as no-formula",
    { mode: "plain", plainFormula: plainStub },
    { H2: "ROUND(F2,2)" },
    { H3: "typed-value", H4: "user-formula", H5: "user-formula", F6: "typed-value", H7: "typed-value", H8: "no-formula" },
  ],
  [
    "plain without a builder: nothing to write",
    { mode: "plain" },
    {},
    { H2: "no-formula", H3: "no-formula", H4: "no-formula", H5: "no-formula", F6: "no-formula", H7: "no-formula", H8: "no-formula" },
  ],
];

describe("planFill", () => {
  test.each(CASES)("%s", (_name, opts, written, skipped) => {
    const g = sheet();
    const plan = planFill(g, FILLS, opts);
    expect(Object.fromEntries(plan.edits.map((e) => [e.cell, e.after.formula]))).toEqual(written);
    expect(Object.fromEntries(plan.skipped.map((s) => [s.cell, s.reason]))).toEqual(skipped);
    // every edit records exactly what the cell held before
    for (const e of plan.edits) expect(e.before).toEqual(contentAt(g, e.cell));
    // every edit writes the computed value and explains itself
    for (const e of plan.edits) {
      expect(e.after.value).toBe(FILLS.find((f) => f.cell === e.cell)!.value);
      expect(e.why).toBe(`note ${e.cell}`);
    }
  });

  test("number formats: the cell's own format is kept; the fill's goes only where the cell has none", () => {
    const plan = planFill(sheet(), FILLS, { mode: "values", overwriteValues: true });
    const f6 = plan.edits.find((e) => e.cell === "F6")!;
    expect(f6.before).toEqual({ value: 0.95, formula: null, numFmt: "0.0%" });
    expect(f6.after).toEqual({ value: 0.9612, formula: null, numFmt: "0.0%" });
    expect(plan.edits.find((e) => e.cell === "H3")!.after).toEqual({ value: 10, formula: null, numFmt: null });
    // a blank template cell formatted "0%" keeps it; an unformatted blank cell takes the fill's "0.00%"
    const blank = (fmt?: string) => new Grid({ name: "S", cells: [[], [], [], [], [], [null, null, null, null, null, fmt ? { v: null, fmt } : null]] });
    const exec = [FILLS.find((f) => f.cell === "F6")!];
    expect(planFill(blank("0%"), exec, { mode: "values" }).edits[0].after.numFmt).toBe("0%");
    expect(planFill(blank(), exec, { mode: "values" }).edits[0].after.numFmt).toBe("0.00%");
  });

  test("a shared-formula cell and a formula without a cached value are formulas: never taken as empty or typed", () => {
    // H2: a filled-down formula as the reader gives it (its own f, translated from the group's master); H3: no cached value
    const g = sheet().withCells([
      { cell: "H2", value: { v: 9, f: "E2*0.9" } },
      { cell: "H3", value: { v: null, f: "E3*0.8" } },
    ]);
    const plan = planFill(g, FILLS, { mode: "values", overwriteValues: true });
    const skipped = Object.fromEntries(plan.skipped.map((s) => [s.cell, s.reason]));
    expect(skipped.H2).toBe("user-formula");
    expect(skipped.H3).toBe("user-formula");
    expect(plan.edits.map((e) => e.cell)).not.toContain("H2");
    expect(plan.edits.map((e) => e.cell)).not.toContain("H3");
    // only an explicit per-cell choice replaces them
    const chosen = planFill(g, FILLS, { mode: "values", overwriteFormulaCells: new Set(["H3"]) });
    expect(chosen.edits.find((e) => e.cell === "H3")!.before).toEqual({ value: null, formula: "E3*0.8", numFmt: null });
  });

  test("the grid passed in is never changed", () => {
    const g = sheet();
    const plan = planFill(g, FILLS, { mode: "perf", overwriteValues: true });
    applyToGrid(g, plan.edits);
    expect(contentAt(g, "H2")).toEqual({ value: null, formula: null, numFmt: null });
    expect(contentAt(g, "H3")).toEqual({ value: 8, formula: null, numFmt: null });
  });
});

describe("apply and revert on a grid", () => {
  const modes: PlanOptions[] = [
    { mode: "perf", overwriteValues: true, overwriteFormulaCells: new Set(["H4"]), ownedCells: owned },
    { mode: "plain", overwriteValues: true, plainFormula: plainStub },
    { mode: "values", overwriteValues: true },
  ];
  test.each(modes)("mode $mode: apply writes exactly the plan, revert restores every cell exactly", (opts) => {
    const g = sheet();
    const plan = planFill(g, FILLS, opts);
    expect(plan.edits.length).toBeGreaterThan(0);
    const after = applyToGrid(g, plan.edits);
    for (const e of plan.edits) expect(contentAt(after, e.cell)).toEqual(e.after);
    // cells outside the plan are untouched
    const planned = new Set(plan.edits.map((e) => e.cell));
    for (let r = 1; r <= Math.max(g.rowCount, after.rowCount); r++)
      for (let c = 1; c <= Math.max(g.colCount, after.colCount); c++) {
        const addr = g.addr(r, c);
        if (!planned.has(addr)) expect(contentAt(after, addr)).toEqual(contentAt(g, addr));
      }
    const applied: AppliedPlan = { sheet: "S", mode: opts.mode, appliedAt: "t", edits: plan.edits };
    const rev = planRevert(after, applied);
    expect(rev.conflicts).toEqual([]);
    const back = applyToGrid(after, rev.edits);
    for (let r = 1; r <= g.rowCount; r++) for (let c = 1; c <= g.colCount; c++) expect(contentAt(back, g.addr(r, c))).toEqual(contentAt(g, g.addr(r, c)));
  });

  test("revert leaves a cell the user changed after the fill, and lists it", () => {
    const g = sheet();
    const plan = planFill(g, FILLS, { mode: "values", overwriteValues: true });
    let after = applyToGrid(g, plan.edits);
    after = applyToGrid(after, [{ cell: "H3", kind: "indicator-score", before: contentAt(after, "H3"), after: { value: 7, formula: null, numFmt: null }, why: "user" }]);
    const rev = planRevert(after, { sheet: "S", mode: "values", appliedAt: "t", edits: plan.edits });
    expect(rev.conflicts.map((c) => c.cell)).toEqual(["H3"]);
    expect(rev.edits.map((e) => e.cell)).not.toContain("H3");
    const back = applyToGrid(after, rev.edits);
    expect(contentAt(back, "H2")).toEqual({ value: null, formula: null, numFmt: null });
    expect(contentAt(back, "F6")).toEqual({ value: 0.95, formula: null, numFmt: "0.0%" });
    expect(contentAt(back, "H3")).toEqual({ value: 7, formula: null, numFmt: null });
  });

  test("a formula that recalculated to another value still counts as what PerfSheet wrote", () => {
    const g = sheet();
    const plan = planFill(g, FILLS, { mode: "perf" });
    const after = applyToGrid(g, plan.edits.map((e) => ({ ...e, after: { ...e.after, value: { error: "#NAME?" } } })));
    expect(planRevert(after, { sheet: "S", mode: "perf", appliedAt: "t", edits: plan.edits }).conflicts).toEqual([]);
  });

  test("revertEdits swaps before/after in reverse order; ownedCellsOf lists written cells", () => {
    const plan = planFill(sheet(), FILLS, { mode: "perf" });
    const rev = revertEdits(plan.edits);
    expect(rev.map((e) => e.cell)).toEqual(plan.edits.map((e) => e.cell).reverse());
    expect(rev[0].after).toEqual(plan.edits[plan.edits.length - 1].before);
    expect([...ownedCellsOf({ sheet: "S", mode: "perf", appliedAt: "t", edits: plan.edits })].sort()).toEqual(["H2", "H8"]);
  });

  test("callFormula", () => {
    expect(callFormula({ fn: "SCORE", args: ["D14&E14&F14", "G14", "H14"] })).toBe("PERF.SCORE(D14&E14&F14,G14,H14)");
    expect(callFormula({ fn: "SUM", args: ["G6", "H12"] })).toBe("SUM(G6,H12)");
    expect(callFormula({ fn: "EXECSCORE", args: ["D6", "C6", "E6", '"sichuan"'] })).toBe('PERF.EXECSCORE(D6,C6,E6,"sichuan")');
  });
});

describe("plain formulas from a corpus sheet", () => {
  test("011: SCORE with operator/unit columns, EXECRATE, SUM and GRADE", async () => {
    const { readFileSync } = await import("fs");
    const { join } = await import("path");
    const { readXlsx } = await import("../../src/hosts/file/xlsx");
    const { review } = await import("../../src/core/review");
    const { plainFillBuilder } = await import("../../src/core/fill");
    const { sheets } = await readXlsx(readFileSync(join(__dirname, "../fixtures/corpus/cases/011.xlsx")));
    const r = review(sheets[0]);
    const plan = planFill(sheets[0], r.fills, { mode: "plain", overwriteValues: true, plainFormula: plainFillBuilder(sheets[0], r.profile) });
    const byCell = Object.fromEntries(plan.edits.map((e) => [e.cell, e.after.formula]));
    expect(byCell.G7).toBe("E7/D7");
    expect(byCell.I24).toBe("SUM(H6,I14,I15,I16,I17,I18,I19,I21,I22,I23)");
    // I16 "资金到位及时率" target ≥ 100%: the plain formula scores the actual against 100%
    expect(byCell.I16).toMatch(/G16/);
    expect(byCell.I16).toMatch(/H16/);
    expect(byCell.J24).toBe('IF(I24>=90,"优",IF(I24>=80,"良",IF(I24>=60,"中","差")))');
    // a qualitative target has no plain form
    expect(plan.skipped.find((s) => s.cell === "I18")?.reason).toBe("no-formula");
  });
});
