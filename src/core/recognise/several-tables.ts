import type { Grid } from "../grid/grid";
import { rankedList, type RankedList } from "./ranked-lists";
import type { UnitResultList } from "./unit-results";
import { amountAt, numberOrPointsAt } from "./cells";

/**
 * Several results tables on one sheet (res46, session 46): a bulletin printing one table per kind of unit, each under its own
 * head — 一、街道排名 over a two-line head (物业公司 / 街道社区 over 暗访扣分 | 实际得分, 合计得分, 排名 merged down), then
 * 二、乡镇排名 over 乡镇 | 得分 | 排名 | 备注. unit-results.ts reads the table whose heads it knows (often the plainer, later one);
 * a ranking read from its shape (ranked-lists.ts) that stands wholly above it — its head and every ranked line before the
 * later table's top line — is the sheet's first table: the sheet's header is its head, and its ranks are checked too.
 * A ranking that overlaps the later table, or is that table itself, is none.
 */
export function earlierTable(grid: Grid, laterTop: number): RankedList | null {
  const k = rankedList(grid);
  if (!k || k.headless || k.headerLastRow >= laterTop) return null;
  if (!k.rows.length || k.rows[k.rows.length - 1] >= laterTop) return null;
  return k;
}

/**
 * The list printed below a results list under heads of its own (一、街道排名 | 单位 | 得分 | 排名, then 二、乡镇排名 | 乡镇 | 考核得分 |
 * 名次): read by the same words (`find`, unit-results.ts's reader from a row on), starting past the first list's last line (its
 * blocks' too). Only a list whose header stands below every line of the first, under a head line that is not the first's printed
 * again (that is a block of the first, read as such); a list of lists side by side is none.
 */
export function laterList(grid: Grid, list: UnitResultList, find: (grid: Grid, from: number) => UnitResultList | null): UnitResultList | null {
  if (list.blocks.length) return null;
  const end = list.rows[list.rows.length - 1];
  if (end === undefined) return null;
  const next = find(grid, end + 1);
  if (!next || next.headerRow <= end || next.lists.length || next.blocks.length) return null;
  return next;
}

/** (fam51) a head cell: short words, no number */
const HEAD_CELL_MAX = 20;
/** columns the two heads must share, word for word, beside their first (the name's) */
const SHARED_HEADS = 3;

/**
 * (fam51) A table printed above the list read under the same column heads (a monthly bulletin: 月份 | 项目数(个) | 预算金额(万元) |
 * … | 节资率(%) over the month's one line, then 采购方式 | 项目数(个) | 预算金额(万元) | … | 节资率(%) over its five lines and 共计):
 * the sheet's first table, its head the sheet's header. The earlier head line: three text cells at least, each short and no
 * number, SHARED_HEADS of them beside its first the later head's own words in the same columns; the line under it a line of
 * numbers in two of those columns at least. A repeated head inside one table (a page break) is the same line printed again
 * and is none: its first column's head must differ.
 */
export function earlierSameHead(grid: Grid, laterRow: number): number | null {
  const { start, cols } = grid.textCells();
  for (let r = 1; r < laterRow - 1; r++) {
    if (start[r + 1] - start[r] < 3) continue;
    const first = cols[start[r]];
    if (grid.compactText(r, first) === grid.compactText(laterRow, first)) continue;
    const shared: number[] = [];
    let heads = true;
    for (let k = start[r]; k < start[r + 1]; k++) {
      const c = cols[k];
      const t = grid.compactText(r, c);
      if (t.length > HEAD_CELL_MAX || /^[\d.,%\s-]+$/.test(t)) { heads = false; break; }
      if (c !== first && t === grid.compactText(laterRow, c)) shared.push(c);
    }
    if (!heads || shared.length < SHARED_HEADS) continue;
    let numbers = 0;
    for (const c of shared) if (numberOrPointsAt(grid, r + 1, c) ?? amountAt(grid, r + 1, c)) numbers++;
    if (numbers >= 2) return r;
  }
  return null;
}

/** (fam51) a table's caption line of its own: 表1, 表2:, 附表3, 表一 */
const CAPTION = /^(附)?表[一二三四五六七八九十\d]{1,2}[:：]?$/;
/** lines of numbers under a head the captioned table must show */
const CAPTIONED_LINES = 2;

/**
 * (fam51) Numbered tables of a bulletin, each under its caption (表1: over 县(市) | 1-6月投资增速(%) | 增速排位 and its lines; 表2:
 * over 性质 | 年度投资目标 | … | 完成投资占年度投资目标的比例(%)): where the table read stands right under a caption, the first
 * caption above it over a head line of its own (two short text cells at least, no number) with lines of numbers under it
 * (a name, then a number in another column, CAPTIONED_LINES at least) is the sheet's first table, its head the header.
 * A caption over no head line (a sentence, a title line then the head: read no further) is passed over.
 */
export function earlierCaptionedHead(grid: Grid, laterRow: number): number | null {
  const { start, cols } = grid.textCells();
  const caption = (r: number) => start[r + 1] - start[r] === 1 && CAPTION.test(grid.compactText(r, cols[start[r]]));
  if (laterRow < 2 || !caption(laterRow - 1)) return null;
  for (let r = 1; r < laterRow - 1; r++) {
    if (!caption(r)) continue;
    const h = r + 1;
    if (start[h + 1] - start[h] < 2) continue;
    let heads = true;
    for (let k = start[h]; k < start[h + 1]; k++) {
      const t = grid.compactText(h, cols[k]);
      if (t.length > HEAD_CELL_MAX || numberOrPointsAt(grid, h, cols[k])) heads = false;
    }
    if (!heads) continue;
    const first = cols[start[h]];
    let lines = 0;
    for (let x = h + 1; x < laterRow - 1 && lines < CAPTIONED_LINES; x++) {
      if (!grid.compactText(x, first) || numberOrPointsAt(grid, x, first)) break;
      let n = false;
      for (let k = start[x]; k < start[x + 1]; k++) if (cols[k] !== first && numberOrPointsAt(grid, x, cols[k])) n = true;
      if (!n) break;
      lines++;
    }
    if (lines >= CAPTIONED_LINES) return h;
  }
  return null;
}
