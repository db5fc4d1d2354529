import ExcelJS from "exceljs";
import { Converter } from "opencc-js/cn2t";
import { readdirSync } from "fs";
import { join } from "path";
import { a1, parseA1, rangeA1 } from "../../src/core/grid/a1";
import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import type { Relation } from "../../src/core/model/types";
import { statedCell } from "../../src/core/relations";
import type { ReviewResult } from "../../src/core/review";
import { readXlsx } from "../../src/hosts/file/xlsx";
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

/** Moved down `dr` rows and right `dc` columns. */
export function moved(g: Grid, dr: number, dc: number): { grid: Grid; back: Move } {
  const grid = build(g, (r, c) => (r > dr && c > dc ? g.cell(r - dr, c - dc) : null), g.rowCount + dr, g.colCount + dc, g.merges.map((m) => rangeA1({ r1: m.r1 + dr, c1: m.c1 + dc, r2: m.r2 + dr, c2: m.c2 + dc })));
  return { grid, back: (cell) => { const p = parseA1(cell); return a1(p.row - dr, p.col - dc); } };
}

/** Every merge undone, across and down (a CSV dump or a paste as values): each value on its first cell. */
export function allUnmerged(g: Grid): Grid {
  return build(g, (r, c) => g.cell(r, c), g.rowCount, g.colCount, []);
}

/** An empty column inserted after column `col`. */
export function emptyColumnAfter(g: Grid, col: number): { grid: Grid; back: Move } {
  const move = (c: number) => (c > col ? c + 1 : c);
  const grid = build(g, (r, c) => (c === col + 1 ? null : g.cell(r, c > col ? c - 1 : c)), g.rowCount, g.colCount + 1, g.merges.map((m) => rangeA1({ r1: m.r1, c1: move(m.c1), r2: m.r2, c2: m.c2 > col && m.c1 <= col ? m.c2 + 1 : move(m.c2) })));
  return { grid, back: (cell) => { const p = parseA1(cell); return a1(p.row, p.col > col + 1 ? p.col - 1 : p.col); } };
}

const toTraditional = Converter({ from: "cn", to: "tw" });
/** Every text (and the sheet's name) in traditional characters, as a mirror site's copy. */
export function traditional(g: Grid): Grid {
  return build(g, (r, c) => { const x = g.cell(r, c); return x && typeof x.v === "string" ? { ...x, v: toTraditional(x.v) } : x; }, g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), toTraditional(g.name));
}

/** The sheet in a workbook after a cover sheet (封面: title, unit, date), read back as the engine's file host does. */
export async function afterCover(g: Grid): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet("封面");
  cover.getCell("A3").value = "2023年度项目支出绩效自评材料";
  cover.getCell("A6").value = "填报单位（盖章）：某县农业农村局";
  cover.getCell("A8").value = "填报日期：2024年3月";
  const ws = wb.addWorksheet(g.name.slice(0, 31) || "Sheet1");
  for (let r = 1; r <= g.rowCount; r++)
    for (let c = 1; c <= g.colCount; c++) {
      const x = g.cell(r, c);
      if (x && x.v !== null && x.v !== undefined && x.v !== "") ws.getCell(r, c).value = x.v as ExcelJS.CellValue;
    }
  for (const m of g.merges) ws.mergeCells(m.r1, m.c1, m.r2, m.c2);
  const buf = await wb.xlsx.writeBuffer();
  const { sheets } = await readXlsx(new Uint8Array(buf as ArrayBuffer));
  if (sheets.length !== 2 || sheets[0].name !== "封面" || sheets[1].name !== ws.name) throw new Error(`read back as ${sheets.map((x) => x.name).join(", ")}`);
  return sheets[1];
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

