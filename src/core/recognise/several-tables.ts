import type { Grid } from "../grid/grid";
import { rankedList, type RankedList } from "./ranked-lists";
import type { UnitResultList } from "./unit-results";

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
