import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";
import { amountAt } from "./cells";
import { mayHold, TextFact } from "./text-facts";

/**
 * A ratio whose formula a header cell prints, over columns named by its terms: "总体支出进度 (当年实际支出金额/项目当年
 * 下达额度)" beside 实际支出金额 | 下达额度 | 实际完成值 — in each row below, 实际完成值 = 实际支出金额 ÷ 下达额度.
 */
const FORMULA = /^(.{0,16}?)[(（]([^()（）/／÷]{2,20})[/／÷]([^()（）/／÷]{2,20})[)）]/;
const RESULT = /^(全年)?(实际完成值|实际完成情况|实际完成|完成值|实际值|完成率|比率|比例)$/;
/** rows under the header read for the ratio */
const ROWS = 3;

/** a formula's division sign: a sheet with none in any text prints no ratio (Grid.hasText) */
export const DIVIDES = /[/／÷]/;

export function printedRatios(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!mayHold(grid, TextFact.divide) || !grid.hasText(DIVIDES)) return out;
  const { start, cols } = grid.textCells();
  for (let h = 1; h < grid.rowCount; h++) {
    for (let i = start[h]; i < start[h + 1]; i++) {
      const c = cols[i];
      const text = grid.compactText(h, c);
      if (text.length < 7 || !(text.includes("/") || text.includes("／") || text.includes("÷"))) continue;
      const m = FORMULA.exec(text);
      if (!m) continue;
      const col = (term: string) => {
        for (let k = 1; k <= grid.scanCols; k++) {
          const name = grid.compactText(h, k);
          if (k !== c && name.length >= 2 && grid.ownsCell(h, k) && term.includes(name)) return k;
        }
        return null;
      };
      const cn = col(m[2]);
      const cd = col(m[3]);
      let cr: number | null = null;
      for (let k = 1; k <= grid.scanCols && cr === null; k++) if (RESULT.test(grid.compactText(h, k))) cr = k;
      if (!cn || !cd || !cr || cn === cd) continue;
      const name = m[1] || "比率";
      for (let r = h + 1; r <= Math.min(grid.rowCount, h + ROWS); r++) {
        const n = amountAt(grid, r, cn);
        const d = amountAt(grid, r, cd);
        const s = amountAt(grid, r, cr);
        if (!n || !d || !s || d.value === 0) break;
        const term = (x: typeof n, label: string): RelationTerm => ({ ...x, label });
        out.push({
          kind: "ratio",
          id: `ratio:${s.cell}`,
          measure: "rate",
          block: "fund-block",
          name,
          label: name,
          stated: term(s, name),
          numerator: term(n, grid.compactText(h, cn)),
          denominator: term(d, grid.compactText(h, cd)),
          bound: "equal",
        });
      }
    }
  }
  return out;
}
