import type { Grid } from "../grid/grid";
import type { EvaluationModel, GroupNode } from "../model/types";
import { compact } from "../text/normalize";

/**
 * A top-level block scored outside the whole: bonus points on top of it (加分项, 附加分, 奖励分: "总分100分，另设加分项5分")
 * or deductions from it (扣分项, 减分项), or a veto or negative list that takes points off it and adds none (一票否决项, 负面清单). A rule sheet's 合计 / 总分 states the whole (100) with or without such a block,
 * so its lines' points make a second reading of the sum, never the only one: 95 + 5 under a 100 holds, and so does 100 +
 * 5 under a 105. The block is told by its label's first word (after its code), never by a word inside it.
 */
const OUTSIDE_THE_WHOLE = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]?|[A-Z][、.．]?)?(?:加分|附加分|附加项|奖励加分|奖励分|额外加分|扣分|减分|加减分|一票否决|否决|负面清单)/;

/** A label naming a block outside the whole (加分项, 五、附加分): its first word. */
export const outsideTheWholeLabel = (label: string): boolean => OUTSIDE_THE_WHOLE.test(compact(label));
export const outsideTheWhole = (g: GroupNode | undefined): boolean => !!g && outsideTheWholeLabel(g.name || g.label);

const NONE: ReadonlySet<number> = new Set();

/**
 * The indicator rows inside a block outside the whole: under a 一级 group of that name (a label column), or below a
 * label line of that name that spans the table ("五、加分项(5分)" across), up to the next label line. One pass over the
 * table's rows; a line that is no indicator is read by its first written cell.
 */
export function outsideRows(grid: Grid, model: EvaluationModel): ReadonlySet<number> {
  const inds = model.indicators;
  if (!inds.length || model.headerLastRow === null) return NONE;
  let last = 0;
  for (let k = 0; k < inds.length; k++) if (inds[k].row > last) last = inds[k].row;
  // by row: 0 no indicator, 1 an indicator's, 2 an indicator's under a block outside the whole (an array at its size,
  // not a map grown through a 40,000-row table)
  const isRow = new Uint8Array(last + 1);
  // (each 一级 group's label read once, not once per line under it: the last group asked and its answer — none at first,
  // outsideTheWhole(undefined) false)
  let lastGroup: GroupNode | undefined;
  let lastOutside = false;
  for (let k = 0; k < inds.length; k++) {
    const i = inds[k];
    if (isRow[i.row] === 2) continue;
    if (i.level1 !== lastGroup) {
      lastGroup = i.level1;
      lastOutside = outsideTheWhole(i.level1);
    }
    isRow[i.row] = lastOutside ? 2 : 1;
  }
  let out: Set<number> | null = null;
  let current = false;
  for (let r = model.headerLastRow + 1; r <= last; r++) {
    const own = isRow[r];
    if (own === 0) {
      let text = "";
      for (let c = 1; c <= grid.colCount && !text; c++) text = grid.text(r, c).trim();
      if (text) current = OUTSIDE_THE_WHOLE.test(compact(text));
    } else if (own === 2 || current) (out ??= new Set()).add(r);
  }
  return out ?? NONE;
}
