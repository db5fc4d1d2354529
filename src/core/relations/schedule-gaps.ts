import type { Grid } from "../grid/grid";
import type { DifferenceRelation, Relation, RelationTerm } from "../model/types";
import { proseText } from "../recognise/prose-rates";
import { SCHEDULE_GAP, SCHEDULE_PERIOD } from "../recognise/vocabulary";
import { agreesAtDecimals } from "./tolerance";
import { decimalsOf } from "../text/numbers";
import { sentenceCells } from "../recognise/sentence-cells";

/*
 * (grad51b, session 51) **A completion's gap to the time schedule (序时进度), in points** (progress bulletins, budget
 * execution notes):
 *   A4 '1-6月份,…完成投资160.45亿元,完成年度计划的73.87%,超序时进度23.87个百分点'      (73.87 − 50 = 23.87)
 *   A5 '…完成投资887.44亿元,完成年度计划62.14%,超序时进度12.14个百分点'               (the period in the paragraph above)
 *   A4 '截至7月底,全所累计支出16873万元,完成预算(含结余)的56.47%,支出进度低于序时进度1.53个百分点'   (58 − 56.47)
 * The 序时进度 of the months gone: N / 12 of the year, N from the period the text states before the gap (1-6月, 截至7月底,
 * 上半年, 前三季度 …: SCHEDULE_PERIOD), in its own cell or, where it states none, the nearest stated in the cells above it
 * (PERIOD_ROWS at most). The gap (SCHEDULE_GAP: 超 / 快于 / 高于 序时进度 g 个百分点, or 低于 / 慢于 / 落后) is of the
 * completion rate stated right before it in its sentence (no other number between): g = R − 序时 (ahead) or 序时 − R
 * (behind). Sheets print the 序时 rounded (7 / 12 as 58%, 58.3% or 58.33%): the difference is read at the rounding that
 * makes it hold, else at two places. Not read: no period stated, a period of days ('截至6月15日'), two rates or none
 * right before the gap.
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

/** rows above a gap searched for the period its paragraph states */
const PERIOD_ROWS = 6;
const ANY_GAP = /序时/;
const SENTENCE = /[^。!?;]+/g;
/** the completion rate right before the gap: R%, then words with no digit */
const RATE_BEFORE = /(\d+(?:\.\d+)?)%[^\d%]{0,16}$/;

/** the months of the last period a text states before `end`, or 0 */
function monthsIn(text: string, end = text.length): number {
  let months = 0;
  const re = new RegExp(SCHEDULE_PERIOD.source, "g");
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const n = m[1] ?? m[2] ?? m[3];
    const v = n ? Number(n) : m[4] ? 6 : m[5] ? 9 : m[6] ? 3 : 0;
    if (v >= 1 && v <= 12) months = v;
  }
  return months;
}

export function scheduleGaps(grid: Grid): Relation[] {
  const out: Relation[] = [];
  if (!grid.hasText(ANY_GAP)) return out;
  // (the cells above a sentence are searched for its period)
  const { start, cols } = grid.textCells();
  for (const { row: r, col: c } of sentenceCells(grid, 0, ANY_GAP)) {
    const text = proseText(grid.text(r, c));
    const cell = grid.addr(r, c);
    let n = 0;
    SENTENCE.lastIndex = 0;
    for (let s = SENTENCE.exec(text); s; s = SENTENCE.exec(text)) {
      const gaps = [...s[0].matchAll(new RegExp(SCHEDULE_GAP.source, "g"))];
      for (const g of gaps) {
        const at = s.index + g.index!;
        const rate = RATE_BEFORE.exec(text.slice(s.index, at));
        if (!rate) continue;
        let months = monthsIn(text, at);
        for (let up = r - 1; !months && up >= Math.max(1, r - PERIOD_ROWS); up--) {
          for (let j = start[up]; j < start[up + 1] && !months; j++) months = Math.max(months, monthsIn(proseText(grid.text(up, cols[j]))));
        }
        if (!months) continue;
        const ahead = !/低|慢|落后|滞后/.test(g[1]);
        const stated = g[2];
        const R = Number(rate[1]);
        const exact = (100 * months) / 12;
        // (the 序时 at the rounding the sheet used, where one makes the gap hold; else at two places)
        const dg = decimalsOf(stated);
        // (scan57: first at the places the rate and the gap are printed to — '完成年初预算36.7%,快于序时进度3.4个百分点' over
        // 4 / 12: 36.7 − 33.3 = 3.4, where 33.33 leaves 3.37 —, then at two, one and none)
        const placed = (d: number) => Math.round(exact * 10 ** d) / 10 ** d;
        const roundings = [placed(Math.min(2, Math.max(decimalsOf(rate[1]), dg))), placed(2), placed(1), placed(0)];
        const holds = roundings.find((t) => agreesAtDecimals(Number(stated), ahead ? R - t : t - R, dg));
        const schedule = holds ?? Math.round(exact * 100) / 100;
        const label = `序时进度(${months}/12)`;
        const base = { cell, row: r, col: c, percent: false } as const;
        const result: RelationTerm = { ...base, value: Number(stated), text: `${stated}个百分点`, decimals: dg, label: g[0].replace(/\d.*$/, "") };
        const done: RelationTerm = { ...base, value: R, text: `${rate[1]}%`, decimals: decimalsOf(rate[1]), label: "完成进度" };
        const time: RelationTerm = { ...base, value: schedule, text: `${schedule}%`, decimals: decimalsOf(String(schedule)), label };
        const diff: DifferenceRelation = { kind: "difference", id: `difference:${cell}:schedule-gap:${n++}`, measure: "amount", block: "labelled-funds", label: result.label!, result, minuend: ahead ? done : time, subtrahends: [ahead ? time : done], bound: "equal" };
        out.push(diff);
      }
    }
  }
  return out;
}
