import type { Grid } from "../grid/grid";
import type { DifferenceRelation, NumberRef, RatioRelation } from "../model/types";
import { combinationAgrees, ratioAgrees } from "../relations/tolerance";
import { amountAt } from "./cells";
import { CHANGE_HEAD, CURRENT_PERIOD_BUDGET_HEADER, CURRENT_PERIOD_FINAL_HEADER, EARLIER_PERIOD_HEADER } from "./vocabulary";

/** the longest head read as a change column's (本年度與上年度比較, 本年度比上年度增减) */
const CHANGE_HEAD_CHARS = 16;
/** lines with all three amounts a change column needs, and the share of them on which change = current − earlier */
const CHANGE_MIN_LINES = 3;
const CHANGE_AGREE = 2 / 3;

/**
 * A budget comparison's change column (主計處's 項目 | 本次預算數 | 上年度預算數 | 比較; 本年度預算數 | 上年度預算數 |
 * 前年度決算數 | 本年度與上年度比較, each head merged over 金額 | 百分比): on every line the change is the current
 * period's amount less the earlier one's. The header line names a change (CHANGE_HEAD) right of a current period's
 * budget (CURRENT_PERIOD_BUDGET_HEADER) and an earlier period's figures (EARLIER_PERIOD_HEADER); a head merged across
 * its sub-columns is read in its first (金額). The earlier column is the one (of several: 上年度預算數, 前年度決算數) for
 * which, on two thirds of the lines with all three amounts and three at least, the change is the difference; with no
 * such column, or two, nothing is read. Then each such line states its change: a difference relation, checked as the
 * others. Lines where a column holds a dash or nothing are not read. The lines run down from the header to a line whose
 * change cell holds text (another table's head); each change head is read once, its lines once (linear in the sheet).
 */
export function periodChanges(grid: Grid, skip: { first: number; last: number } | null): (DifferenceRelation | RatioRelation)[] {
  const out: (DifferenceRelation | RatioRelation)[] = [];
  const { start, cols } = grid.textCells();
  for (let h = 1; h <= grid.rowCount; h++) {
    if (skip && h >= skip.first && h <= skip.last) continue;
    for (let k = start[h]; k < start[h + 1]; k++) {
      const d = cols[k];
      if (!grid.ownsCell(h, d)) continue;
      const head = grid.compactText(h, d);
      if (head.length > CHANGE_HEAD_CHARS || !CHANGE_HEAD.test(head)) continue;
      let current = 0;
      const earlier: number[] = [];
      const currents: { col: number; text: string }[] = [];
      // (the earlier figures on either side of the current budget: an open-data export's columns come in its store's
      // order, 上年度預算數 | 本年度預算數 | 前年度決算數 … 本年度與上年度比較)
      const before: number[] = [];
      for (let c = 1; c < d; c++) {
        if (!grid.ownsCell(h, c)) continue;
        const t = grid.compactText(h, c);
        // (or its final figure, 本年决算数 beside 上年决算数: dev48a)
        const isCurrent = CURRENT_PERIOD_BUDGET_HEADER.test(t) || CURRENT_PERIOD_FINAL_HEADER.test(t);
        if (isCurrent) currents.push({ col: c, text: t });
        if (!current && isCurrent) current = c;
        else if (EARLIER_PERIOD_HEADER.test(t)) (current ? earlier : before).push(c);
      }
      if (current) earlier.unshift(...before);
      // (heads naming only years, 2023年预算数 | 2024年预算数: the latest year's budget against the earlier ones')
      const years = !earlier.length ? yearPeriods(currents) : null;
      if (years) {
        current = years.current;
        earlier.push(...years.earlier);
      }
      if (!current || !earlier.length) continue;
      const rel = changeLines(grid, h, d, current, earlier, namedPair(grid, h, head, current, earlier));
      for (let i = 0; i < rel.length; i++) out.push(rel[i]);
    }
  }
  return out;
}

/**
 * A change head naming the two periods it compares (本年度與上年度比較, 本次与上年度比较, 本年比上年增减) over a current
 * budget's column and one earlier column of the same kind named by the same earlier period (本年度預算數 | 上年度預算數):
 * the labels state which two columns the change is the difference of, so a list of one or two lines (a ministry's 項 cut
 * after its first 目) needs no count of agreeing lines to tell the column. The index of that column among `earlier`, or
 * -1 (a bare 比較, a head naming another period than any column, or two columns of that period: 上年度預算數 |
 * 上年度決算數).
 */
function namedPair(grid: Grid, h: number, head: string, current: number, earlier: number[]): number {
  const m = NAMED_CHANGE_HEAD.exec(head);
  if (!m || !PERIOD_OPENING.test(grid.compactText(h, current))) return -1;
  const period = m[1].replace(/度$/, "");
  let found = -1;
  for (let i = 0; i < earlier.length; i++) {
    const e = NAMED_EARLIER_BUDGET.exec(grid.compactText(h, earlier[i]));
    if (!e || e[1].replace(/度$/, "") !== period) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}
/** a change head naming the current period and the earlier one it is compared with (本年度与上年度比较, 本次较上年度增减): the earlier period */
const NAMED_CHANGE_HEAD = /^(?:本年度?|本次|当年度?)(?:与|和|较|比)(上一?年度?)(?:预算数?)?(?:比较|增减|增\(减\)|增加\(减少\)|差额)(?:数|额)?$/;
/** the current period's budget head the change head's words name (本年度预算数, 本次预算数; a year's, 2024年预算数, is none) */
const PERIOD_OPENING = /^(本年度?|本次|当年度?)/;
/** an earlier period's budget (上年度预算数, 上年预算): the same kind of figure as the current budget, not a 决算 */
const NAMED_EARLIER_BUDGET = /^(上一?年度?)预算(数|金额)?$/;

/** The change relations of one change column (see periodChanges), or none. */
function changeLines(grid: Grid, h: number, d: number, current: number, earlier: number[], named = -1): (DifferenceRelation | RatioRelation)[] {
  const lines: { r: number; result: NumberRef; minuend: NumberRef; others: (NumberRef | null)[] }[] = [];
  for (let r = h + 1; r <= grid.rowCount; r++) {
    const text = grid.ownsCell(r, d) ? grid.compactText(r, d) : "";
    const result = text ? amountAt(grid, r, d) : null;
    // (a head's second line, 金額 | 增加率, before the first line; another table's head after it)
    if (text && !result && /[\u4e00-\u9fa5]/.test(text)) {
      if (lines.length) break;
      continue;
    }
    const minuend = result ? amountAt(grid, r, current) : null;
    if (!result || !minuend || result.percent || minuend.percent) continue;
    lines.push({ r, result, minuend, others: earlier.map((e) => amountAt(grid, r, e)) });
  }
  let chosen = -1;
  for (let i = 0; i < earlier.length; i++) {
    let n = 0;
    let agree = 0;
    for (const l of lines) {
      const s = l.others[i];
      if (!s || s.percent) continue;
      n++;
      if (combinationAgrees(l.result, [{ term: l.minuend, sign: 1 }, { term: s, sign: -1 }]).ok) agree++;
    }
    // (fewer lines than the count needs: the column the head's words name, on whatever its lines show)
    if (n < CHANGE_MIN_LINES && n > 0 && i === named) {
      if (chosen >= 0) return [];
      chosen = i;
      continue;
    }
    if (n < CHANGE_MIN_LINES || agree < CHANGE_AGREE * n) continue;
    if (chosen >= 0) return [];
    chosen = i;
  }
  if (chosen < 0) return [];
  const out: (DifferenceRelation | RatioRelation)[] = [];
  const rateAt = changeRateColumn(grid, h, d);
  // (a ratio head alone, 114比例: the change's rate only where the lines show it is)
  const rateCol = rateAt && (!rateAt.weak || rateLinesAgree(grid, lines, chosen, rateAt.col)) ? rateAt.col : 0;
  for (const l of lines) {
    const s = l.others[chosen];
    if (!s || s.percent) continue;
    const label = rowName(grid, l.r, current, h);
    // (the rate of change beside it: the change over the earlier period's amount, none over a blank or a 0)
    const rate = rateCol ? amountAt(grid, l.r, rateCol) : null;
    if (rate && s.value !== 0) {
      // (its head under the change head's, or on its line where the lines start right under it: 114比例)
      const under = grid.compactText(grid.anchorRow(h + 1, rateCol!), rateCol!);
      const name = (under && !amountAt(grid, h + 1, rateCol) ? under : grid.compactText(grid.anchorRow(h, rateCol!), rateCol!)) || "增减率";
      out.push({
        kind: "ratio",
        id: `ratio:${rate.cell}`,
        measure: "rate",
        block: "amount-table",
        name,
        label: label ? `${label}${name}` : name,
        stated: { ...rate, label: name },
        numerator: { ...l.result, label: "比较" },
        denominator: { ...s, label: grid.compactText(h, earlier[chosen]) },
        bound: "equal",
        ...(!rate.percent ? { statedInPoints: true as const } : {}),
      });
    }
    out.push({
      kind: "difference",
      id: `difference:${l.result.cell}`,
      measure: "amount",
      block: "amount-table",
      label: label ? `${label}比较` : "比较",
      result: { ...l.result, label: "比较" },
      minuend: { ...l.minuend, label: grid.compactText(h, current) },
      subtrahends: [{ ...s, label: grid.compactText(h, earlier[chosen]) }],
      bound: "equal",
    });
  }
  return out;
}

/** On WEAK_RATE_AGREE of the lines with a rate (CHANGE_MIN_LINES at least), the rate is the change over the earlier amount. */
function rateLinesAgree(grid: Grid, lines: readonly { r: number; result: NumberRef; others: (NumberRef | null)[] }[], chosen: number, col: number): boolean {
  let n = 0;
  let agree = 0;
  for (const l of lines) {
    const s = l.others[chosen];
    const rate = amountAt(grid, l.r, col);
    if (!s || s.percent || !rate || s.value === 0) continue;
    n++;
    if (ratioAgrees(rate, l.result.value, s.value, !rate.percent).ok) agree++;
  }
  return n >= CHANGE_MIN_LINES && agree >= WEAK_RATE_AGREE * n;
}

/**
 * The line's name: its first text left of `before`, a bare code (款 1, 2 …) and an amount (an earlier period's,
 * 上年度預算數 left of the current) aside; with none there, its text in the column the header line `h` heads as the
 * lines' names right of it (科目名稱及編號 in an open-data export's own column order).
 */
function rowName(grid: Grid, r: number, before: number, h: number): string {
  for (let c = 1; c < before; c++) {
    const t = grid.ownsCell(r, c) ? grid.compactText(r, c) : "";
    if (t && !BARE_CODE.test(t) && !amountAt(grid, r, c)) return t;
  }
  for (let c = before + 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(h, c) || !LINE_NAME_HEAD.test(grid.compactText(h, c))) continue;
    return grid.ownsCell(r, c) ? grid.compactText(r, c) : "";
  }
  return "";
}
/** a head naming the lines' names in a budget comparison (科目名称及编号, 名称, 项目名称) */
const LINE_NAME_HEAD = /^(科目)?(名称|项目)(及编号)?$|^项目名称$/;
const BARE_CODE = /^[\d.、()（）]+$/;

/** a budget head naming its year (2024年预算数, 2023年度预算): the year */
// (or an ROC year, 115預算 | 114預算, 113年度預算數: read as its western year, +1911)
const YEAR_BUDGET_HEAD = /^((?:19|20)\d{2}|[4-9]\d|1[0-4]\d)(?:年度?)?(?:预算|预算数|预算金额)$/;
const westernYear = (y: string) => (y.length === 4 ? Number(y) : Number(y) + 1911);

/**
 * Budget columns named by their years only (2023年预算数 | 2024年预算数, no 本年 / 上年 word): the latest year's is the
 * current period's, the others earlier periods'. Null unless two heads at least name years, every one of them a
 * different year (one year named twice, or a head with no year among them, says nothing of which is current).
 */
export function yearPeriods(heads: readonly { col: number; text: string }[]): { current: number; earlier: number[] } | null {
  if (heads.length < 2) return null;
  const years = heads.map((x) => YEAR_BUDGET_HEAD.exec(x.text)?.[1]);
  if (years.some((y) => !y) || new Set(years).size !== years.length) return null;
  if (new Set(years.map((y) => westernYear(y!))).size !== years.length) return null;
  let latest = 0;
  years.forEach((y, k) => {
    if (westernYear(y!) > westernYear(years[latest]!)) latest = k;
  });
  return { current: heads[latest].col, earlier: heads.filter((_, k) => k !== latest).map((x) => x.col) };
}

/** a rate of change's head (增减幅度, 增、减幅度, 增长率, 增减率(%)): the change over the earlier period's amount */
const CHANGE_RATE_HEAD = /^(比上年)?(增、?减|增长|增加|减少|变动|变化)(率|幅度)(\(%\))?$/;
/**
 * a head naming a ratio only (比例, 比率, 百分比; a period's, 114比例, or the change's, 差异比例): the change over the earlier
 * amount only where the lines bear it out (WEAK_RATE_AGREE of them, CHANGE_MIN_LINES at least) — it may be a share of
 * another whole
 */
const WEAK_RATE_HEAD = /^(?:(?:(?:19|20)\d{2}|[4-9]\d|1[0-4]\d)(?:年度?)?)?(?:差异|增减|变动|比较)?(比例|比率|百分比)(\(%\))?$/;
const WEAK_RATE_AGREE = 2 / 3;

/**
 * The column right of a change column (the next one, or the one after a blank) whose head, on the change head's line
 * or the line under it (比上年增、减情况 merged over 增、减金额 | 增、减幅度), names the rate of change; or 0.
 */
function changeRateColumn(grid: Grid, h: number, d: number): { col: number; weak: boolean } | null {
  for (let e = d + 1; e <= Math.min(grid.scanCols, d + 2); e++) {
    for (const r of [h, h + 1]) {
      if (r > grid.rowCount || grid.anchorCol(r, e) !== e) continue;
      const head = grid.compactText(grid.anchorRow(r, e), e);
      if (CHANGE_RATE_HEAD.test(head)) return { col: e, weak: false };
      if (WEAK_RATE_HEAD.test(head)) return { col: e, weak: true };
    }
  }
  return null;
}
