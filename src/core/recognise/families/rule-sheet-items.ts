import type { SheetFeatures } from "../features";
import { pointsWithLetters, readPoints } from "../../text/numbers";

/**
 * An item table's own evidence that it is a rule sheet's (the items, what each requires, its standard points), where a
 * 考核 heading alone would call it an assessment's tally waiting for its scores (indicator-system's 考核 penalty). Read
 * only where that penalty is about to be taken: a few header cells and one pass over the walk's items.
 *
 * Two readings, either enough:
 * - the items' column is headed by their content together with what it requires or the standard it is held to (考核内容及
 *   要求, 考核内容和要求, 工作内容与标准, 考評項目及標準): each line is a requirement, met or not, worth its points — the
 *   standard a rule sheet states, whatever the heading calls the form ('殡葬管理目标考核表'); a tally's items are named
 *   only (考核内容, 细项说明), and stay under the penalty;
 * - the items' points make up the whole (100, four lines at least, the points column's, sub-items aside; a points cell
 *   printed with letters for its digits, '标准分lO分', counted at the figure it stands for): the full marks distributed over
 *   the items, as a scoring system's are (a tally of some items, 30 or 80 points, stays under the penalty).
 *
 * Why this matters (fam43, session 43): a workbook's sheet is often named after its title, and the name weighs as the title
 * does; the 广东 殡葬管理目标 考核 table whose page served no title read as a scoring system from its grid named 'Sheet1'
 * and as no family from the same grid in a workbook named '殡葬管理目标考核表'.
 */

/** The items' column's head naming their content and its requirement or standard (compact, simplified text). */
const REQUIREMENT_HEAD = /(内容|项目|事项|任务)[及和与、](具体)?(要求|标准)$/;

/** The whole the items' points make up (a scoring system's full marks), and the lines it takes at least. */
const WHOLE = 100;
const WHOLE_MIN_LINES = 4;

/** The items' column's header cell (or any header line's cell over it) names the requirements beside the content. */
export function itemsNameRequirements(f: SheetFeatures): boolean {
  const h = f.header;
  if (!h) return false;
  const cols = h.columns;
  const itemCol = cols.level3 ?? cols.level2 ?? cols.level1;
  if (itemCol === undefined) return false;
  for (let r = h.firstHeaderRow; r <= h.headerRow; r++) {
    const t = f.grid.compactText(r, itemCol);
    if (t.length >= 4 && t.length <= 12 && REQUIREMENT_HEAD.test(t)) return true;
  }
  return false;
}

/** The items' points in the points column add up to the whole (WHOLE), over WHOLE_MIN_LINES lines at least. */
export function itemsMakeWhole(f: SheetFeatures): boolean {
  const { header, walk, grid } = f;
  const col = header?.columns.weight;
  if (!header || !walk || col === undefined) return false;
  let lines = 0;
  let sum = 0;
  for (const i of walk.indicators) {
    if (i.childOfRow !== null) continue;
    let points: number | null = null;
    if (i.weight !== null) points = i.weightSource === "column" ? i.weight : null;
    else {
      // (a points cell with letters for its digits, '标准分lO分': the figure it stands for)
      const meant = pointsWithLetters(grid.compactText(i.row, col));
      points = meant ? readPoints(meant.meant) : null;
    }
    if (points === null) continue;
    lines++;
    sum += points;
  }
  return lines >= WHOLE_MIN_LINES && Math.abs(sum - WHOLE) < 0.005;
}

/** Either reading: the item table's own evidence of a rule sheet under a 考核 heading. */
export function ruleSheetItems(f: SheetFeatures): boolean {
  return itemsNameRequirements(f) || itemsMakeWhole(f);
}
