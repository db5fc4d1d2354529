import type { Grid } from "../grid/grid";
import { numberOrPointsAt } from "./cells";

/**
 * Blocks printed side by side under one head line (res46, session 46): a statistics table whose head repeats, each block
 * its own columns — 事件 | 排名 | 类别 | 数量 | 占比 | 环比 | 部件 | 排名 | 类别 | 数量 | 占比 | 环比 (南通 城管 高发事、部件,
 * the block labels merged down each block); 名次 | 单位 | 得分 | 名次 | 单位 | 得分; 項目 | 件數 | 比例 | 項目 | 件數 | 比例.
 * Read on its shape, whatever its words: one line of short heads (no number, none longer than MAX_HEAD) in which the heads of
 * one block stand again a block's width w to the right — at least REPEATS heads equal to the head w columns left of them,
 * all of one block's but its label — and the line under it holds numbers in both halves. The head line is the table's
 * header (a sheet of no family keeps its table's header so). Near shapes that are none: a header whose words never repeat
 * (a list, a rubric, a staff list), a head line with a number (a line of years is a period line, parallel-lists.ts), a
 * statement of 收入 | 支出 side by side (项目 | 预算数 | 项目 | 预算数) — its money heads leave it to the amount readers
 * (MONEY_HEAD), and a line of repeated heads with no numbers under it.
 */
const HEAD_ROWS = 40;
const MAX_HEAD = 12;
const REPEATS = 2;
const MONEY_HEAD = /金[额額]|[资資]金|[经經][费費]|[预預][算]|[决決]算|收入|支出|[万萬]元|元\)|元）/;

export function sideBlocksHead(grid: Grid): number | null {
  const last = Math.min(grid.rowCount, HEAD_ROWS);
  for (let r = 1; r < last; r++) {
    const texts: string[] = [];
    let ok = true;
    let n = 0;
    for (let c = 1; c <= grid.scanCols && ok; c++) {
      const t = grid.ownsCell(r, c) ? grid.compactText(r, c) : "";
      if (t && (t.length > MAX_HEAD || numberOrPointsAt(grid, r, c) || MONEY_HEAD.test(t))) ok = false;
      if (t) n++;
      texts[c] = t;
    }
    if (!ok || n < 2 * REPEATS + 2) continue;
    const w = repeatWidth(texts, grid.scanCols);
    if (w === null) continue;
    // (numbers under both halves on the line below the head: a table of figures, not a line of words printed twice)
    const below = r + 1;
    if (numbersIn(grid, below, 1, w) < REPEATS || numbersIn(grid, below, w + 1, grid.scanCols) < REPEATS) continue;
    // (and a name in each half: each block its own lines, 暴露垃圾 | … | 垃圾房(桶) — sub-heads repeated under group heads,
    // 目标任务 | 进度 | 完成比例 under each 工程, share one name column at the left and are none)
    if (!namesIn(grid, below, 1, w) || !namesIn(grid, below, w + 1, grid.scanCols)) continue;
    return r;
  }
  return null;
}

/** The block width w: REPEATS heads or more equal to the head w columns left of them, at most one head of a block unmatched. */
function repeatWidth(texts: string[], cols: number): number | null {
  for (let w = REPEATS + 1; w * 2 <= cols; w++) {
    let same = 0;
    let filled = 0;
    for (let c = 1; c <= w; c++) {
      if (!texts[c]) continue;
      filled++;
      if (texts[c] === texts[c + w]) same++;
    }
    if (same >= REPEATS && same >= filled - 1) return w;
  }
  return null;
}

function namesIn(grid: Grid, r: number, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) if (grid.ownsCell(r, c) && grid.compactText(r, c) && !numberOrPointsAt(grid, r, c)) return true;
  return false;
}

function numbersIn(grid: Grid, r: number, from: number, to: number): number {
  let k = 0;
  for (let c = from; c <= to; c++) if (grid.ownsCell(r, c) && numberOrPointsAt(grid, r, c)) k++;
  return k;
}
