import type { Grid } from "../grid/grid";
import type { EvaluationModel, NumberRef } from "../model/types";
import { lineName, numberAt } from "./cells";
import { PROGRESS_RATE_HEAD, TIME_PROGRESS_REASON_HEAD } from "./families/vocabulary";
import { AREA_WHOLE_LINE, TOTAL_LINE } from "./vocabulary";

/** A line of a progress list measured against 序时进度: its name, its rate and its reason cell. */
export interface TimeProgressLine {
  row: number;
  name: string;
  rate: NumberRef;
  reasonCell: string;
  reason: string;
}

/** The 序时进度 a report's period sets, and whether the sheet states that period. */
export interface TimeProgress {
  /** the rate's head (资金拨付比例) */
  rateName: string;
  /**
   * share of the year gone by at the report's date (4/12 for 1-4月); where no period is printed, half the whole's rate
   * (全省 / 合计) where the list states one and that is more, else 1/12
   */
  threshold: number;
  printed: boolean;
  /** the whole's rate the threshold was taken from (no period printed) */
  wholeRate?: number;
  lines: TimeProgressLine[];
}

/** Header lines a reason head is looked for in, from the model's header down. */
const HEAD_LINES = 4;

/**
 * A progress list with a column asking for a reason where a line falls behind 序时进度 (地区 | … | 资金拨付数 | 资金拨付比例 |
 * 未达到序时进度说明, one line per 市州): the reason column, the column of rates right before it (the nearest to its left
 * whose head names a rate, 比例 / 率 / 进度) and every line below the header with a percent there but the whole's (全省, 合计). The 序时进度 is the share of
 * the year the report's period covers where the title states it (1-4月, 截至9月底, 截至2016年9月30日); with none printed it is
 * at least one month's (1/12: a progress report is made at a month's end at the earliest), a floor, not a guess at the date
 * — or, where the whole's line states its rate, half of it (全省 39.54%: a line at 13.98% is behind any 序时进度 the province
 * as a whole did not run twice ahead of; a line at 29.34%, behind the whole but not that far, is not flagged).
 * Null where the sheet has no such column.
 */
export function timeProgressList(grid: Grid, model: EvaluationModel): TimeProgress | null {
  const top = model.headerRow;
  if (!top) return null;
  const last = Math.max(model.headerLastRow ?? top, top);
  let head = 0;
  let reasonCol = 0;
  for (let r = top; r <= Math.min(last, top + HEAD_LINES) && !reasonCol; r++)
    for (let c = 1; c <= grid.scanCols && !reasonCol; c++)
      if (grid.ownsCell(r, c) && TIME_PROGRESS_REASON_HEAD.test(grid.compactText(r, c))) [head, reasonCol] = [r, c];
  if (!reasonCol) return null;
  let rateCol = 0;
  for (let c = reasonCol - 1; c >= 1 && !rateCol; c--) if (grid.ownsCell(head, c) && PROGRESS_RATE_HEAD.test(grid.compactText(head, c))) rateCol = c;
  if (!rateCol) return null;
  const lines: TimeProgressLine[] = [];
  let whole: number | null = null;
  for (let r = last + 1; r <= grid.rowCount; r++) {
    const rate = numberAt(grid, r, rateCol);
    if (!rate?.percent) continue;
    // (the whole's line, 全省 / 合计, is no unit asked to explain itself: its lines are)
    const name = lineName(grid, r, 1, rateCol);
    if (AREA_WHOLE_LINE.test(name) || TOTAL_LINE.test(name)) {
      whole ??= rate.value;
      continue;
    }
    lines.push({ row: r, name, rate, reasonCell: grid.addr(r, reasonCol), reason: grid.text(r, reasonCol) });
  }
  const months = periodMonths(model.title);
  if (months !== null) return { rateName: grid.compactText(head, rateCol), threshold: months / 12, printed: true, lines };
  // (no period printed: the whole's rate, where the list states one, is the sheet's own evidence of how far the year has
  // come — a line under half of it is behind any 序时进度 the whole did not run twice ahead of)
  const byWhole = whole !== null && whole * WHOLE_SHARE > 1 / 12 ? whole * WHOLE_SHARE : null;
  return { rateName: grid.compactText(head, rateCol), threshold: byWhole ?? 1 / 12, printed: false, ...(byWhole !== null ? { wholeRate: whole! } : {}), lines };
}

/** With no period printed, a line under this share of its whole's rate (全省 39.54% → 19.77%) is behind (see timeProgressList). */
const WHOLE_SHARE = 0.5;

/** The months of the year a title's period covers (1-4月 → 4, 截至9月底 → 9, 截至2016年9月30日 → 9), or null. */
export function periodMonths(title: string): number | null {
  const range = /(?:^|[^\d])1[-—~至](\d{1,2})月/.exec(title);
  if (range) return Number(range[1]) <= 12 ? Number(range[1]) : null;
  const until = /截至(?:\d{4}年)?(\d{1,2})月(底|末|(\d{1,2})日)?/.exec(title);
  if (!until) return null;
  const m = Number(until[1]);
  if (m < 1 || m > 12) return null;
  // (a day before the month's last days: the month not yet gone by)
  return until[3] && Number(until[3]) < 28 ? m - 1 : m;
}
