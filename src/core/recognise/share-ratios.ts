import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";
import { amountAt } from "./cells";
import { mayHold, TextFact } from "./text-facts";

/**
 * A share stated on one line beside the two counts it divides, as label | value pairs (an evaluation's 概要表:
 * "各级资金投入总数 | 246.37 | 抽查资金总数 | 246.37 | 资金抽查占比 | 100%"): the share is the count whose label it
 * names most closely (抽查资金总数 for 资金抽查占比: both say 资金 and 抽查) over the other one. Lines with more or
 * fewer counts, or with two counts named alike, state no such share.
 */
const SHARE = /^(.{2,12}?)(占比|比例|比率|比重)$/;

/** Pairs of two characters of a label ("资金抽查" → 资金, 金抽, 抽查). */
function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/** A line with a label that names a share (no number read before one is seen). */
function namesShare(grid: Grid, r: number): boolean {
  const { start, cols } = grid.textCells();
  for (let k = start[r]; k < start[r + 1]; k++) if (SHARE.test(grid.compactText(r, cols[k]))) return true;
  return false;
}

/** SHARE's words: a sheet with none of them in any text names no share (Grid.hasText) */
export const SHARE_WORD = /占比|比例|比率|比重/;

export function shareRatios(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!mayHold(grid, TextFact.ratioWord) || !grid.hasText(SHARE_WORD)) return out;
  for (let r = 1; r <= grid.rowCount; r++) {
    if (!namesShare(grid, r)) continue;
    // the line's label | number pairs (a label's value is the next filled cell of the line)
    const found: { label: string; n: RelationTerm }[] = [];
    let label: string | null = null;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (grid.anchorCol(r, c) !== c || !grid.ownsCell(r, c)) continue;
      const text = grid.compactText(r, c);
      if (!text) continue;
      const n = amountAt(grid, r, c);
      if (n && label) found.push({ label, n: { ...n, label } });
      label = n ? null : text;
    }
    const share = found.filter((x) => SHARE.test(x.label) && x.n.percent);
    if (share.length !== 1 || found.length !== 3) continue;
    const counts = found.filter((x) => x !== share[0] && !x.n.percent);
    if (counts.length !== 2) continue;
    const named = pairs(SHARE.exec(share[0].label)![1]);
    const overlap = counts.map((x) => [...pairs(x.label)].filter((p) => named.has(p)).length);
    if (overlap[0] === overlap[1]) continue;
    const [num, den] = overlap[0] > overlap[1] ? counts : [counts[1], counts[0]];
    if (den.n.value === 0) continue;
    const stated = share[0].n;
    out.push({
      kind: "ratio",
      id: `ratio:${stated.cell}`,
      measure: "rate",
      block: "fund-block",
      name: share[0].label,
      label: share[0].label,
      stated,
      numerator: num.n,
      denominator: den.n,
      bound: "equal",
    });
  }
  return out;
}
