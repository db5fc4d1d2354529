import type { Grid } from "../grid/grid";
import type { AmountUnit, DifferenceRelation, ProductRelation, Relation, RelationTerm, SumRelation } from "../model/types";
import { productAgrees } from "../relations/tolerance";
import { amountAt, lineBelow, lineName } from "./cells";
import { columnMarkerLine, MARKER } from "./column-markers";
import { PER_UNIT, TOTAL_LINE } from "./product-columns";

/**
 * The page's own formulas in a line of column markers (A | B | … | O=L*M, 1 | 2 | 3=1+2): each column the line names
 * by its marker, a formula over other markers states the column line by line — "O=L*M" a product (its units the headers'
 * own: a result in 万元 of a rate in 元 per unit is scaled by 10,000; a result whose header states no unit, by the scale at
 * which at least half its lines agree, else it is not read), "3=1+2" a sum, "C=A-B" a difference. A formula with a
 * constant or a quotient ("L=J*100-K", "C=B/A") is not read. The page says so itself: otherwise no agreement is asked of
 * the lines, each is checked.
 */

/** a formula cell: its marker, "=", its operands joined by one operator */
const FORMULA = /^([A-Z]{1,2}|\d{1,2}|[甲乙丙丁戊己庚辛壬癸]|[①-⑳])=((?:[A-Z]{1,2}|\d{1,2}|[甲乙丙丁戊己庚辛壬癸]|[①-⑳])(?:[-+*](?:[A-Z]{1,2}|\d{1,2}|[甲乙丙丁戊己庚辛壬癸]|[①-⑳]))+)$/;

/** A column's name over the header's lines, without bracketed notes ("补助标准(元/人)" → 补助标准), its group's first. */
function columnName(grid: Grid, top: number, bottom: number, col: number): { text: string; label: string } {
  const texts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const t = grid.compactText(r, col);
    if (t && !texts.includes(t)) texts.push(t);
  }
  const names = texts.map((t) => t.replace(/\(.*\)/g, "")).filter(Boolean);
  return { text: texts.join(" "), label: names.length > 1 ? `${names[0]}（${names.slice(1).join("、")}）` : (names[0] ?? "") };
}

/** The money unit a header states for an amount ("(万元)" → 万元), a per-unit rate's aside. */
function unitOf(text: string): AmountUnit | null {
  const t = text.replace(new RegExp(PER_UNIT.source, "g"), "");
  if (/万元/.test(t)) return "万元";
  if (/\(元\)|元$/.test(t)) return "元";
  return null;
}

/** header lines above a marker line at most */
const HEADER_LINES = 3;

/**
 * The top of the header over a marker line: the lines above it with two named cells or more and no number, up to
 * HEADER_LINES (a title or a unit line above them, one cell, is no header line). Read from the cells, not the merges:
 * a header whose merges were undone reads the same.
 */
export function headerLinesTop(grid: Grid, r: number): number {
  let top = r;
  while (top > 1 && r - top < HEADER_LINES) {
    let named = 0;
    let numbers = false;
    for (let c = 1; c <= grid.scanCols && !numbers; c++) {
      if (!grid.ownsCell(top - 1, c) || !grid.compactText(top - 1, c)) continue;
      named++;
      numbers = typeof grid.raw(top - 1, c) === "number";
    }
    if (named < 2 || numbers) break;
    top--;
  }
  return top;
}

export function markerFormulaRelations(grid: Grid): Relation[] {
  const out: Relation[] = [];
  // (every formula cell holds its "=": a sheet with none in any text states no formula, Grid.hasText)
  if (!grid.hasText("=")) return out;
  for (let r = 2; r < grid.rowCount; r++) {
    if (!columnMarkerLine(grid, r)) continue;
    const top = headerLinesTop(grid, r);
    const cols = new Map<string, number>();
    const formulas: { col: number; op: string; operands: string[] }[] = [];
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const text = grid.compactText(r, c).toUpperCase().replace(/×/g, "*");
      const m = MARKER.exec(text);
      if (!m) continue;
      cols.set(m[1], c);
      const f = FORMULA.exec(text);
      if (!f) continue;
      const ops = f[2].replace(/[A-Z\d甲乙丙丁戊己庚辛壬癸①-⑳]/g, "");
      if (new Set(ops).size !== 1) continue;
      formulas.push({ col: c, op: ops[0], operands: f[2].split(/[-+*]/) });
    }
    for (const f of formulas) {
      const operandCols = f.operands.map((o) => cols.get(o));
      if (operandCols.some((c) => c === undefined || c === f.col)) continue;
      const name = (c: number) => columnName(grid, top, r - 1, c);
      const result = name(f.col);
      const operands = (operandCols as number[]).map((c) => ({ col: c, ...name(c) }));
      const resultUnit = unitOf(result.text);
      let scale = 1;
      // (a result whose header states no unit beside a rate per unit: the scale the lines bear out, read below)
      let unstated = false;
      if (f.op === "*") {
        const rate = operands.find((o) => PER_UNIT.test(o.text));
        const per = rate ? PER_UNIT.exec(rate.text)![1] : null;
        scale = resultUnit === "万元" && per === "元" ? 10_000 : resultUnit === "元" && per === "万元" ? 1 / 10_000 : 1;
        unstated = !!per && resultUnit === null;
      }
      const products: ProductRelation[] = [];
      // (from the first line under the markers: empty lines spacing them out stepped over)
      for (let rr = lineBelow(grid, r); rr <= grid.rowCount; rr++) {
        if (!grid.ownsCell(rr, f.col)) continue;
        const n = amountAt(grid, rr, f.col);
        if (!n) {
          if (grid.rowHasContent(rr)) continue;
          break;
        }
        if (n.percent) continue;
        const stated: RelationTerm = { ...n, label: result.label, unit: n.unit ?? resultUnit };
        const terms: RelationTerm[] = [];
        for (const o of operands) {
          const v = grid.ownsCell(rr, o.col) ? amountAt(grid, rr, o.col) : null;
          if (v && !v.percent) terms.push({ ...v, label: o.label, unit: v.unit ?? unitOf(o.text) });
        }
        if (f.op === "*") {
          if (terms.length !== operands.length || TOTAL_LINE.test(lineName(grid, rr, 1, Math.min(f.col, ...operandCols as number[])))) continue;
          products.push({ kind: "product", id: `product:amount:${stated.cell}`, measure: "amount", orientation: "rows", label: result.label, block: "amount-table", bound: "equal", result: stated, factors: terms, scale, group: `marker:${grid.addr(r, f.col)}` });
        } else if (f.op === "+") {
          if (!terms.length) continue;
          const s: SumRelation = { kind: "sum", id: `sum:amount:${stated.cell}`, measure: "amount", block: "amount-table", orientation: "columns", label: result.label, total: stated, parts: terms, bound: "equal" };
          out.push(s);
        } else if (f.op === "-") {
          if (terms.length !== operands.length) continue;
          const d: DifferenceRelation = { kind: "difference", id: `difference:${stated.cell}`, measure: "amount", label: result.label, block: "amount-table", bound: "equal", result: stated, minuend: terms[0], subtrahends: terms.slice(1) };
          out.push(d);
        }
      }
      if (!unstated) out.push(...products);
      else {
        // the scale (1, or 10,000 for a result in 万元 of a rate in 元) at which at least half the lines agree, the most of them
        let best: { scale: number; agree: number } = { scale: 1, agree: 0 };
        for (const k of [1, 10_000, 1 / 10_000]) {
          const agree = products.filter((p) => productAgrees(p.result, p.factors, k).ok).length;
          if (agree > best.agree) best = { scale: k, agree };
        }
        if (best.agree > 0 && best.agree * 2 >= products.length) for (const p of products) out.push({ ...p, scale: best.scale });
      }
    }
  }
  return out;
}
