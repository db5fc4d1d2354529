import type { Grid } from "../grid/grid";
import type { ColumnRole } from "../model/types";
import { readNumber } from "../text/numbers";
import { TOTAL_LABEL } from "./vocabulary";

/**
 * A criteria table weighted once per kind of applicant or project (評審準則 | 研究和應用項目 | 純研究項目, 评分因素 | A类 | B类,
 * 评选标准 | 企业组 | 个人组): right of the criteria's column, two columns or more whose heads name the kinds, not a weight
 * word, each holding only shares or points (15%, 20, a blank where a kind does not weigh a criterion). The evidence is the
 * sums, not the words: every such column adds up to a whole, 100 (or 100%), or to the figure its own total line prints
 * (合计 | 100 | 100). The first is the model's weight column, the others its parallel weightings (parallel-weights.ts).
 * Only under a header naming the criteria (a level's role) and no weight or score column: a table of counts or money by
 * kind (地区 | 城镇 | 农村) names no criteria and adds up to no whole line by line.
 */

/** the lines read under the header at most (a criteria table is short) */
const MAX_LINES = 40;
/** the least number of weighted criteria in each column */
const MIN_WEIGHTED = 3;

/** a cell's share or points: 15% as 15, 20 as 20; null for a blank, undefined for anything else (text, a negative) */
function share(grid: Grid, r: number, c: number): number | null | undefined {
  const t = grid.compactText(r, c);
  if (t === "") return null;
  const n = readNumber(grid.value(r, c), grid.format(r, c));
  if (!n || n.value < 0) return undefined;
  return n.percent ? Math.round(n.value * 10000) / 100 : n.value;
}

/**
 * The criteria's column and the columns of the kinds' weights right of it, left to right, or undefined. The criteria are
 * the items (a level3 role, whatever level word heads them): a weight column right of a lone 一级 would be read as its
 * group's points (一级 | 权重 | 二级 | 分值), not as one kind's weighting of the same criteria.
 */
export function typedWeightColumns(grid: Grid, row: number, roles: Map<number, ColumnRole>): { items: number; weights: number[] } | undefined {
  let items = 0;
  for (const [c, role] of roles) {
    if (role === "weight" || role === "score") return undefined;
    if ((role === "level1" || role === "level2" || role === "level3") && c > items) items = c;
  }
  if (!items) return undefined;
  const cols: number[] = [];
  for (let c = items + 1; c <= grid.scanCols && grid.ownsCell(row, c) && !roles.has(c) && grid.compactText(row, c) !== ""; c++) cols.push(c);
  if (cols.length < 2) return undefined;
  const sums = cols.map(() => 0);
  const counts = cols.map(() => 0);
  let stated: (number | null)[] | null = null;
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + MAX_LINES); r++) {
    const name = grid.compactText(r, items);
    const values = cols.map((c) => share(grid, r, c));
    if (TOTAL_LABEL.test(name)) {
      stated = values.map((v) => (typeof v === "number" ? v : null));
      break;
    }
    // (the table ends at a line with no criterion and no share: a note, the next table's heading)
    if (values.every((v) => v === null)) {
      if (name === "" || counts.some((n) => n >= MIN_WEIGHTED)) break;
      continue;
    }
    if (name === "" || values.some((v) => v === undefined)) return undefined;
    values.forEach((v, k) => {
      if (typeof v === "number") {
        sums[k] += v;
        counts[k]++;
      }
    });
  }
  const whole = (k: number) => {
    const s = Math.round(sums[k] * 1000) / 1000;
    const t = stated?.[k];
    return typeof t === "number" ? Math.abs(s - t) < 0.005 : s === 100;
  };
  // (every column weighted on enough lines; every one adding up to its whole, or, where the total line prints each column's
  // whole, one at least — the others' slips then the parallel weightings' rollups to report)
  if (counts.some((n) => n < MIN_WEIGHTED)) return undefined;
  const agreeing = cols.filter((_c, k) => whole(k)).length;
  if (agreeing === cols.length || (stated && stated.every((t) => t !== null) && agreeing >= 1)) return { items, weights: cols };
  return undefined;
}
