import type { Grid } from "../grid/grid";
import type { GroupNode } from "../model/types";
import { labelCode, mayStartCode } from "../text/codes";

/**
 * A line below a group's last part opens the group's next sibling: in the group's label column, a label numbered as the
 * group's own is, one further ("二、生活宽裕" under "一、生产发展" and its items; "(三)…" after "(二)…"). The group ends
 * above it, so its lines are all there whatever the sheet lacks further down: a sheet cut inside that sibling (its line
 * shown without lines or points, read as no group of its own) hides nothing of this group. A label repeating the
 * group's own number (a page break's repeat) or numbered in another style (the items' 1、 2、) is no sibling.
 */
export function closedByNextSibling(grid: Grid, group: GroupNode, lastPart: number): boolean {
  const own = labelCode(group.label);
  if (!own) return false;
  const last = grid.lastContentRow();
  for (let row = lastPart + 1; row <= last; row++) {
    const text = grid.compactText(row, group.col);
    if (!mayStartCode(text)) continue;
    const code = labelCode(text);
    if (code && code.style === own.style && code.parent === own.parent && code.n === own.n + 1) return true;
  }
  return false;
}
