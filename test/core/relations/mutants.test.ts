import { readdirSync } from "fs";
import { join } from "path";
import type { Grid } from "../../../src/core/grid/grid";
import type { Relation } from "../../../src/core/model/types";
import { evaluateRelation } from "../../../src/core/relations";
import { review } from "../../../src/core/review";
import { corpusGrid, corpusIds, FIXTURES, jsonGrid } from "../../helpers";

/**
 * Every relation of every real sheet we hold, broken one at a time: a part of a sum (or a minuend, or a
 * numerator) changed by a number no rounding explains must give one finding at the stated cell, by the rule
 * of the relation's measure. Relations the sheet already breaks are skipped.
 */

const RULE_OF = (r: Relation): string | null => {
  if (r.kind === "rollup") return r.measure === "weight" ? "weight-sum-mismatch" : "total-mismatch";
  if (r.kind === "sum" || r.kind === "difference" || r.kind === "weighted") return "total-mismatch";
  if (r.kind === "ratio") return /执行率|支出率/.test(r.name) ? "exec-rate-mismatch" : "ratio-mismatch";
  return null;
};

const at = (cell: string) => {
  const p = /^([A-Z]+)(\d+)$/.exec(cell)!;
  return { row: Number(p[2]), col: p[1].split("").reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) };
};

/** The cell holds the number itself (not a label carrying it, "A1部门目标（12分）"). */
const plainNumber = (grid: Grid, cell: string) => {
  const { row, col } = at(cell);
  const v = grid.raw(row, col);
  return typeof v === "number" || (typeof v === "string" && /^\s*[-+]?[\d.,]+%?\s*$/.test(v));
};

/** The cell to change and the cell the finding belongs to. */
function breakIt(grid: Grid, r: Relation, weightedTotals: Set<string>): { cell: string; value: number; expect: string } | null {
  switch (r.kind) {
    case "sum":
    case "rollup": {
      if (r.bound !== "equal" || (r.kind === "rollup" && r.alsoAccept?.length)) return null;
      // (a part that is a weighted line's total, 加权得分 under its closing sum, broken is found at its own line: one
      // slip, one finding; a plain part is broken instead)
      const p = r.parts.find((x) => plainNumber(grid, x.cell) && !weightedTotals.has(x.cell));
      if (!p) return null;
      // (a weighted table's shares against their 100%: the share changed is the one whose line agrees at what makes 100%,
      // and the finding is at it — wsum41)
      return { cell: p.cell, value: p.value + 7, expect: r.kind === "rollup" && r.level === "shares" ? p.cell : (r.reportAt ?? r.total.cell) };
    }
    case "weighted": {
      // (a part raised by 7: its share of it, 0.7 or more at a share of 10%, beyond any rounding shown)
      const k = r.parts.findIndex((x, i) => plainNumber(grid, x.cell) && r.shares[i]?.value >= 0.1);
      return k < 0 ? null : { cell: r.parts[k].cell, value: r.parts[k].value + 7, expect: r.total.cell };
    }
    case "difference":
      return r.alternatives?.length || !plainNumber(grid, r.minuend.cell) ? null : { cell: r.minuend.cell, value: r.minuend.value + 7, expect: r.result.cell };
    case "ratio":
      return !plainNumber(grid, r.numerator.cell) || r.denominator.value === 0 ? null : { cell: r.numerator.cell, value: r.numerator.value * 1.5 + 7, expect: r.stated.cell };
    default:
      return null;
  }
}

const sheets: [string, () => Promise<Grid>][] = [
  ...corpusIds().map((id) => [`corpus ${id}`, () => corpusGrid(id)] as [string, () => Promise<Grid>]),
  ...readdirSync(join(FIXTURES, "extra"))
    .filter((f) => f.endsWith(".json") && !f.endsWith(".expect.json"))
    .map((f) => [`extra ${f.replace(/\.json$/, "")}`, async () => jsonGrid(join(FIXTURES, "extra", f))] as [string, () => Promise<Grid>]),
];

/**
 * The development sheets whose lines are weighted totals (no corpus or extra sheet has one): 南通 街道考核结果, 19 lines
 * E5..E23 = 0.4 × B + 0.4 × C + 0.2 × D; 资阳 亚行贷款 评价, 4 lines D3..D6 = 权重 × 评价分值 (20% × 100.00 = 20.00); and
 * 营商环境 排名表, whose parts are already weighted (12 plain sums D3..D15, no weighted relation).
 */
const WEIGHTED_SHEETS = [
  "js-nantong-urban-long-term-management-street-assessment-results-2017-08",
  "sc-ziyang-adb-green-transition-eval-2024-trad",
  "cn-business-environment-satisfaction-index-county-ranking-trad-excerpt",
];
for (const id of WEIGHTED_SHEETS) sheets.push([`real ${id}`, async () => jsonGrid(join(FIXTURES, "real", `${id}.json`))]);

let broken = 0;
let brokenWeighted = 0;
afterAll(() => {
  // the sheets hold relations of every measure: the test must actually break some
  expect(broken).toBeGreaterThanOrEqual(40);
  // every weighted line of the two weighted sheets: 19 + 4
  expect(brokenWeighted).toBe(23);
});

test.each(sheets)("%s: each relation broken alone is found at its stated cell", async (_name, load) => {
  const grid = await load();
  const base = review(grid, "national");
  const misses: string[] = [];
  const weightedTotals = new Set(base.model.relations.filter((r) => r.kind === "weighted").map((r) => (r.kind === "weighted" ? r.total.cell : "")));
  for (const r of base.model.relations) {
    const rule = RULE_OF(r);
    const b = breakIt(grid, r, weightedTotals);
    if (!rule || !b || !evaluateRelation(r).ok) continue;
    const { row, col } = at(b.cell);
    const fmt = grid.format(row, col);
    const res = review(grid.withCells([{ cell: b.cell, value: { v: b.value, ...(fmt ? { fmt } : {}) } }]), "national");
    broken++;
    if (r.kind === "weighted") brokenWeighted++;
    if (!res.findings.some((f) => f.rule === rule && f.cell === b.expect)) misses.push(`${r.kind}/${r.measure} ${r.id}: ${rule}@${b.expect} missing`);
  }
  expect(misses).toEqual([]);
});
