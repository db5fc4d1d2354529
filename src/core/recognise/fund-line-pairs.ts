import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import { unitTerm } from "../relations/terms";
import { amountAt } from "./cells";
import { fundLabelKind } from "./budget";
import { amountRightOf, fundBareLabel, nextFilledCol } from "./fund-whole-year";
import { FUND_TOTAL_LABEL, FUND_WHOLE_LABEL, FUND_YEAR_LABEL, UNIT_WAN, UNIT_YUAN } from "./vocabulary";

/**
 * (tgt52) A fund total and its parts written as label | amount pairs along one line of a target form: 项目总投资 | 20万元 |
 * 中央补助安排 | 0 | 省级财政安排 | 0 | 其他资金 | 20万元 (甘肃's 项目支出绩效目标表), 资金总额 | 100 | 财政拨款 | 80 |
 * 其他资金 | 20. Two or more part pairs, each a fund part's label (其中, 财政, 中央 / 省 / 市 / 县, 其他 …) with its amount
 * (a blank one reads as no part), and nothing else right of the total on the line: the parts are all of it.
 */

const MIN_PARTS = 2;

function unitOf(grid: Grid, r: number, c: number): AmountUnit | null {
  for (let cc = c; cc >= 1; cc--) {
    const t = grid.compactText(r, cc);
    if (UNIT_YUAN.test(t)) return "元";
    if (UNIT_WAN.test(t)) return "万元";
  }
  return null;
}

/** a label that may head the pairs: a fund total's, a project's whole amount or its year's budget */
const headLabel = (bare: string, compact: string): boolean => FUND_TOTAL_LABEL.test(compact) || FUND_WHOLE_LABEL.test(bare) || FUND_YEAR_LABEL.test(bare);

export function fundLinePairs(grid: Grid, firstRow: number, lastRow: number): SumRelation[] {
  const out: SumRelation[] = [];
  for (let r = Math.max(1, firstRow); r <= Math.min(lastRow, grid.rowCount); r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c) || typeof grid.raw(r, c) !== "string") continue;
      const compact = grid.compactText(r, c);
      if (!headLabel(fundBareLabel(compact), compact)) continue;
      const total = amountRightOf(grid, r, c);
      if (!total || total.percent) continue;
      const unit = unitOf(grid, r, c);
      const parts: RelationTerm[] = [];
      let pairs = 0;
      let ok = true;
      for (let lc = nextFilledCol(grid, r, total.col); lc; ) {
        const label = grid.compactText(r, lc);
        if (amountAt(grid, r, lc) || fundLabelKind(label, true) !== "part") {
          ok = false;
          break;
        }
        pairs++;
        const vc = nextFilledCol(grid, r, lc);
        const n = vc ? amountAt(grid, r, vc) : null;
        if (n && n.percent) {
          ok = false;
          break;
        }
        if (n) parts.push(unitTerm(n, grid.text(r, lc).replace(/^其中[:：]?/, "").replace(/[:：]$/, ""), n.unit ?? unit));
        lc = n ? nextFilledCol(grid, r, vc) : vc;
      }
      if (!ok || pairs < MIN_PARTS || !parts.length) continue;
      const label = grid.text(r, c).replace(/[:：]$/, "");
      out.push({
        kind: "sum",
        id: `sum:amount:${total.cell}`,
        measure: "amount",
        block: "labelled-funds",
        orientation: "columns",
        label,
        total: unitTerm(total, label, total.unit ?? unit),
        parts,
        bound: "equal",
      });
    }
  }
  return out;
}
