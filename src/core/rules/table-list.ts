import type { Grid } from "../grid/grid";

/**
 * (dev60) A report's list of its published tables, numbered by the STANDARD set's numbers: a 决算 / 预算 公开 report names
 * the tables it publishes under a heading of its tables ('第二部分 2024年度部门决算公开报表' over '一、收入支出决算公开表' /
 * '四、财政拨款收入支出决算公开表' / '六、…' / '八、…公开表'), the tables left out (empty this year, or lost from the page)
 * keeping their numbers in the set: the numbers it skips are tables not listed, not slips. Read so only where every numbered
 * line of the list names a table (…表, …公开表, …情况表; a page number, leader dots or a bracketed note after it) and the line
 * above its first one is a heading of the report's tables (…报表, …公开表, 附表, 目录, or a line that itself ends in 表).
 * A number repeated or a step back is judged as before: only a skip forward is the set's.
 */

/** A line naming a table: 表 last, maybe closed by a quote, a bracketed note ('(无数据)'), leader dots or a page number. */
const TABLE_NAME = /表[》」”"']?(?:[(（][^()（）]{0,20}[)）])?[.…·．\d]*$/;
/** A heading of the report's tables (compact, its trailing colon dropped). */
const TABLES_HEAD = /报表|公开表|附表|目录|目錄|表$/;

/** How many lines up the heading is looked for past empty lines. */
const HEAD_REACH = 3;

/**
 * True where the labels at `items` (rows, with their compact texts) are a list of tables under a heading of the report's
 * tables: each text names a 表, and the nearest line with text above the first (within HEAD_REACH lines) reads as the heading.
 */
export function tableList(grid: Grid, items: readonly { row: number; text: string }[]): boolean {
  if (items.length < 2) return false;
  for (let k = 0; k < items.length; k++) {
    const t = items[k].text;
    if (t.indexOf("表") < 0 || !TABLE_NAME.test(t)) return false;
  }
  for (let r = items[0].row - 1; r >= 1 && r >= items[0].row - HEAD_REACH; r--) {
    const c = grid.firstTextCell(r);
    if (!c) continue;
    return TABLES_HEAD.test(grid.compactText(r, c).replace(/[:：]$/, ""));
  }
  return false;
}
