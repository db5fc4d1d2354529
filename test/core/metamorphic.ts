import { readdirSync } from "fs";
import { join } from "path";
import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import type { Relation } from "../../src/core/model/types";
import { statedCell } from "../../src/core/relations";
import type { ReviewResult } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";
import { KINDS, Kind } from "./kinds/sheets";

/** Shared by the metamorphic tests: rebuild a grid cell by cell, and what a meaning-preserving change must keep. */

export type Move = (cell: string) => string;
export const id: Move = (c) => c;

export function build(g: Grid, cellAt: (r: number, c: number) => Cell | null, rows: number, cols: number, merges: string[], name = g.name): Grid {
  const cells: (Cell | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: (Cell | null)[] = [];
    for (let c = 1; c <= cols; c++) row.push(cellAt(r, c));
    cells.push(row);
  }
  return new Grid({ name, cells, merges });
}

export function relationSig(r: Relation, back: Move): string {
  const from =
    r.kind === "sum" || r.kind === "rollup" ? r.parts.map((p) => p.cell)
    : r.kind === "difference" ? [r.minuend.cell, ...r.subtrahends.map((s) => s.cell)]
    : r.kind === "ratio" ? [r.numerator.cell, r.denominator.cell]
    : r.kind === "product" ? r.factors.map((f) => f.cell)
    : [r.total.cell];
  return `${r.kind}/${r.measure} ${back(statedCell(r))} ← ${from.map(back).join(",")}`;
}

/** What must not change: family, indicator rows (weight, score), relations and findings, cells moved back. */
export function signature(r: ReviewResult, back: Move = id, errorsOnly = false) {
  return {
    family: r.model.family,
    indicators: r.model.indicators.map((i) => [i.nameCell ? back(i.nameCell).replace(/^[A-Z]+/, "") : i.row, i.weight, i.claimedScore]),
    relations: r.model.relations.map((x) => relationSig(x, back)).sort(),
    findings: r.findings.filter((f) => !errorsOnly || f.severity === "error").map((f) => `${f.severity} ${f.rule}@${back(f.cell)}`).sort(),
  };
}

const jsonIds = (dir: string) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith(".json") && !f.endsWith(".truth.json") && !f.endsWith(".expect.json"))
    .map((f) => `${dir}/${f.replace(/\.json$/, "")}`)
    .sort();

export const SHEETS: [string, () => Grid][] = [
  ...[...jsonIds("real"), ...jsonIds("extra")].map((k): [string, () => Grid] => [k, () => jsonGrid(join(FIXTURES, `${k}.json`))]),
  ...(Object.keys(KINDS) as Kind[]).map((k): [string, () => Grid] => [`kind ${k}`, KINDS[k]]),
];

