import type { Grid } from "../grid/grid";
import { collapseDoubledMarks } from "../text/normalize";
import { decimalsOf } from "../text/numbers";
import { a1 } from "../grid/a1";
import type { RatioRelation, RelationTerm } from "../model/types";
import { ratioAgrees } from "../relations/tolerance";
import { proseQuantities, proseText, TARGET_AFTER, TARGET_BEFORE, type ProseQuantity } from "./prose-rates";

/**
 * (mon50, session 50) **A done amount's share of the plan, the plan stated earlier in other words** — a progress bulletin's
 * line: '年初安排29项,计划完成投资387亿元。目前已开复工28项,完成投资351亿元,占年度目标任务90.1%' (351 / 387 = 90.70%). The
 * plan (计划完成投资 / 年度计划投资 / 年计划 / 目标任务 P), then, past a sentence end and other clauses, the done amount (完成
 * 投资 Y) and its share of the plan named by the plan's word (占年度目标任务 r / 完成年度计划的 r / 为年计划的 r / 达到全年目标
 * 的 r), or the share first and the done amount right after it ('完成年度计划的90.1%,计351亿元'). prose-rates.ts reads a rate
 * named by its stem (完成率) after its two amounts in one sentence; here the rate is a share whose base word names the plan.
 *
 * The weakest evidence that r = Y / P and no other ratio:
 * - the share's base names the plan (SHARE: 计划 / 目标 / 任务 after 占 / 完成 / 为 / 达到 / 相当于, a year's word before it or
 *   none) — a share of another base ('占全社会固定资产投资53%') is none;
 * - the done amount stands right beside the share (only a comma between, or '计' / '共' / a done word when it follows), named by
 *   a word of the done (完成 / 累计 / 实际 / 已 …) and by no word of the plan;
 * - of the amounts of the done amount's kind (money, 万元 and 亿元 and 元 converted; or counts of one unit) between the line's
 *   start — the text's start or the end of the previous share read — and the done amount, exactly one is named by a word of
 *   the plan (计划 / 目标 / 任务 / 安排 / 预算) and by no word of the done, and it is the last of them (no other amount of
 *   the kind between plan and done: a last year's figure, a part);
 * - the plan is of the year: not a month's or a quarter's (9月计划 / 三季度 / 上半年 in its words), not a project's total
 *   (总投资, over several years); no target in the done amount's or the share's clause (力争 / 确保 / 预计 …, '以上' after the
 *   rate); no 其中 between plan and share; not two years named between them; no number split by a space.
 *
 * Tolerance (for the class): the share is read against every value within half a last shown unit of each amount ('169亿元'
 * is 168.5–169.5) and the share's own rounding (half-up or truncated): 169 / 216.4 = 78.10% printed 78.15% agrees. A line
 * whose share agrees only so is not stated (the shared ratio check compares the amounts as printed); a line that agrees as
 * printed, or disagrees beyond every rounding, is stated as a ratio (完成率: ratio-mismatch reports it).
 *
 * A line group: where a line states no plan of its own, the same column's line right above may (a paragraph cut in two
 * rows): both read as one text, the plan's term at its own cell (lineGroupShares).
 *
 * Cheap: one regular-expression search over the sheet's joined compact texts (Grid.hasText) before any cell is read.
 */

/** the base of a share named by the plan's word (on proseText's text: simplified, half-width, no spaces) */
const BASE = "(?:年度|全年|本年度?|当年|年)?(?:投资|建设)?(?:计划|目标|任务){1,2}(?:投资|任务|总额|数|额)?";
const SHARE = new RegExp(`(占|完成了?|为|达到?|相当于)(${BASE})的?(?:比例|比重|比例为)?(?:为|是|达|达到)?(\\d+(?:\\.\\d+)?)%`, "g");
/** the gate, on compact texts */
const ANY_SHARE = new RegExp(`(?:占|完成了?|为|达到?|相当于)${BASE}的?(?:比例|比重)?(?:为|是|达|达到)?\\d`);
/** words of the done amount */
const DONE = /完成|累计|实际|已|到位|支出|拨付|开工|建成|实施|落实|计/;
/** words of the plan */
const PLAN = /计划|目标|任务|安排|预算/;
/** …which a done amount's words do not hold */
const NOT_DONE = /计划|目标|任务|安排|预算|应/;
/** …and a plan's words do not hold (the done's) */
const NOT_PLAN = /实际|已|累计|目前/;
/** a plan of a part of the year, or a project's total over several years: no base of the year's share */
const NOT_YEAR_PLAN = /\d{1,2}月|季度|半年|本月|当月|总投资/;
/** the delimiters of a clause, of a sentence */
const CLAUSE_END = /[,。;!?:、]/;
const SENTENCE_END = /[。;!?]/;
/** after the share, the done amount it is of: a comma or bracket, then at most a done word */
const AFTER = /^[,(](?:计|共计|合计|共|金额|为)?(?:[^\d,。;!?]{0,8}?)$/;
const YEAR = /(?:19|20)\d{2}年/g;
/** a space between two digits, proseText's mark */
const BREAK = "\u00a6";

export interface PlanShare {
  /** index of the share in the text */
  at: number;
  base: string;
  rate: { value: number; text: string; decimals: number };
  done: ProseQuantity & { words: string };
  plan: ProseQuantity & { words: string };
  /** whether the share agrees within the amounts' and its own rounding */
  roundedOk: boolean;
}


/** The words of a quantity's clause before it (from the clause's start or `from`). */
function wordsBefore(text: string, at: number, from: number): string {
  let i = at;
  while (i > from && !CLAUSE_END.test(text[i - 1])) i--;
  return text.slice(i, at);
}

/** Half the last shown unit of a quantity, in its value's unit ('169亿元' in 万元: 5000; '23.7亿元': 500; '28项': 0.5). */
function halfUnit(q: ProseQuantity): number {
  const m = /(\d+(?:\.\d+)?)([亿万]?)[^\d]*$/.exec(q.text.replace(/,/g, ""));
  if (!m) return 0;
  const d = decimalsOf(m[1]);
  const big = m[2] === "亿" ? 1e8 : m[2] === "万" ? 1e4 : 1;
  const unit = q.unit === "万元" ? 1e4 : 1;
  return (0.5 * Math.pow(10, -d) * big) / unit;
}

/** Both in one unit (money in 元 where their units differ), or null where not of one kind. */
function sameKind(a: ProseQuantity, b: ProseQuantity): [number, number, number, number] | null {
  if (a.kind !== b.kind) return null;
  const f = (q: ProseQuantity) => (q.kind === "money" && a.unit !== b.unit && q.unit === "万元" ? 1e4 : 1);
  return [a.value * f(a), halfUnit(a) * f(a), b.value * f(b), halfUnit(b) * f(b)];
}

/**
 * A line group: the plan in the line before (a paragraph cut in two rows, '…年初安排29项,计划完成投资387亿元。' over '目前已开复工
 * 28项,完成投资351亿元,占年度目标任务90.1%'), read as one text; only the shares of the second line whose plan is the first's
 * (a share in the first line takes the plan before it, as in one text).
 */
export function lineGroupShares(prevText: string, text: string): (PlanShare & { planBefore: true })[] {
  const prev = collapseDoubledMarks(prevText).replace(/[,。;!?:、]+$/, "") + "。";
  const own = collapseDoubledMarks(text).replace(/^[,。;!?:、]+/, "");
  return planShares(prev + own)
    .filter((x) => x.at >= prev.length && x.done.at >= prev.length && x.plan.at < prev.length)
    .map((x) => ({ ...x, at: x.at - prev.length, planBefore: true as const }));
}

/** The shares of the plan a prose text (proseText's) states, read on their evidence (see the module's note). */
export function planShares(raw: string): PlanShare[] {
  const out: PlanShare[] = [];
  if (!ANY_SHARE.test(raw) || raw.indexOf(BREAK) >= 0) return out;
  const text = collapseDoubledMarks(raw);
  const qs = proseQuantities(text);
  if (qs.length < 2) return out;
  let lineStart = 0;
  SHARE.lastIndex = 0;
  for (let m = SHARE.exec(text); m; m = SHARE.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const from = lineStart;
    lineStart = end;
    if (TARGET_AFTER.test(text.slice(end))) continue;
    // the share's own clause: no target before it
    let c0 = at;
    while (c0 > 0 && !CLAUSE_END.test(text[c0 - 1])) c0--;
    if (TARGET_BEFORE.test(text.slice(c0, at))) continue;
    // the done amount: right before the share (a comma between), or right after it
    let doneIndex = -1;
    for (let k = qs.length - 1; k >= 0; k--) {
      if (qs[k].end > at) continue;
      if (qs[k].at >= from && /^,?$/.test(text.slice(qs[k].end, at))) doneIndex = k;
      break;
    }
    let doneWords = "";
    if (doneIndex >= 0) doneWords = wordsBefore(text, qs[doneIndex].at, doneIndex ? Math.max(from, qs[doneIndex - 1].end) : from);
    else {
      const k = qs.findIndex((q) => q.at >= end);
      if (k < 0 || !AFTER.test(text.slice(end, qs[k].at))) continue;
      doneIndex = k;
      doneWords = m[1].indexOf("完成") === 0 ? "完成" + text.slice(end + 1, qs[k].at) : text.slice(end + 1, qs[k].at);
      lineStart = qs[k].end;
    }
    const done = qs[doneIndex];
    if (!DONE.test(doneWords) || NOT_DONE.test(doneWords) || TARGET_BEFORE.test(doneWords)) continue;
    // the plan: the one amount of the done's kind before it on the line, named by the plan
    const firstDone = Math.min(done.at, at);
    const kin: { q: ProseQuantity; words: string }[] = [];
    for (let k = 0; k < qs.length; k++) {
      const q = qs[k];
      if (q.at < from || q.end > firstDone || q === done || !sameKind(done, q)) continue;
      kin.push({ q, words: wordsBefore(text, q.at, k ? Math.max(from, qs[k - 1].end) : from) });
    }
    if (!kin.length) continue;
    const plans = kin.filter((x) => PLAN.test(x.words) && !NOT_PLAN.test(x.words));
    if (plans.length !== 1 || plans[0] !== kin[kin.length - 1]) continue;
    const plan = plans[0];
    if (NOT_YEAR_PLAN.test(plan.words) || TARGET_BEFORE.test(plan.words.replace(/目标/g, ""))) continue;
    const span = text.slice(plan.q.at - plan.words.length, Math.max(end, done.end));
    if (span.indexOf("其中") >= 0 || new Set(span.match(YEAR) ?? []).size > 1) continue;
    // (no sentence end between the done amount and its share)
    if (SENTENCE_END.test(text.slice(Math.min(done.end, end), Math.max(done.at, at)))) continue;
    const u = sameKind(done, plan.q)!;
    if (u[2] <= 0) continue;
    const rate = { value: Number(m[3]), text: m[3] + "%", decimals: decimalsOf(m[3]) };
    const step = Math.pow(10, -rate.decimals);
    const lo = ((u[0] - u[1]) / (u[2] + u[3])) * 100;
    const hi = ((u[0] + u[1]) / Math.max(1e-12, u[2] - u[3])) * 100;
    const roundedOk = hi >= rate.value - step / 2 - 1e-9 && lo <= rate.value + step - 1e-9;
    out.push({ at, base: m[2], rate, done: { ...done, words: doneWords }, plan: { ...plan.q, words: plan.words }, roundedOk });
  }
  return out;
}

/** The relation of a share read in cell (r, c): 完成率 = done / plan. */
function shareRelation(x: PlanShare, r: number, c: number, id: string, planRow = r): RatioRelation {
  const cell = a1(r, c);
  const t = (q: ProseQuantity & { words: string }, fallback: string, row = r): RelationTerm => ({
    cell: a1(row, c),
    row,
    col: c,
    value: q.value,
    text: q.text,
    decimals: q.decimals,
    percent: false,
    label: q.words.replace(/^[^\u4e00-\u9fa5]+/, "").slice(-12) || fallback,
    ...(q.unit ? { unit: q.unit } : {}),
  });
  const [n, d] = x.done.kind === "money" && x.done.unit !== x.plan.unit ? [toYuan(x.done), toYuan(x.plan)] : [x.done, x.plan];
  return {
    kind: "ratio",
    id,
    measure: "rate",
    name: "完成率",
    label: "占" + x.base,
    block: "budget",
    bound: "equal",
    stated: { cell, row: r, col: c, value: x.rate.value, text: x.rate.text, decimals: x.rate.decimals, percent: false },
    numerator: t(n, "完成数"),
    denominator: t(d, "计划数", planRow),
    statedInPoints: true,
  };
}

function toYuan<T extends ProseQuantity>(q: T): T {
  return q.unit === "万元" ? { ...q, value: Math.round(q.value * 1e4 * 1e4) / 1e4, unit: "元", decimals: Math.max(0, q.decimals - 4) } : q;
}

const ID = "ratio:plan-share:";
/** a text shorter than this is no line of a bulletin */
const MIN_TEXT = 12;

/**
 * The shares of the plan the sheet's prose states (planShares), as ratio relations, one per share at its cell: those that
 * agree as printed and those that disagree beyond every rounding; none where only the amounts' rounding reconciles them.
 */
export function planShareRelations(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!grid.hasText(ANY_SHARE)) return out;
  const { start, cols } = grid.textCells();
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      const c = cols[k];
      const compact = grid.compactText(r, c);
      if (compact.length < MIN_TEXT || !ANY_SHARE.test(compact) || !grid.ownsCell(r, c)) continue;
      if (c > 1 && grid.compactText(r, c - 1) === compact) continue;
      let n = 0;
      const text = proseText(grid.text(r, c));
      let xs: PlanShare[] = planShares(text);
      let planRow = r;
      // (none read on the line alone: its plan in the line before, the same column's text)
      if (!xs.length && r > 1 && grid.ownsCell(r - 1, c) && grid.compactText(r - 1, c).length >= MIN_TEXT && grid.compactText(r - 1, c) !== compact) {
        xs = lineGroupShares(proseText(grid.text(r - 1, c)), text);
        planRow = r - 1;
      }
      for (const x of xs) {
        const rel = shareRelation(x, r, c, `${ID}${a1(r, c)}:${n++}`, planRow);
        const printed = ratioAgrees(rel.stated, rel.numerator.value, rel.denominator.value, true).ok;
        if (printed || !x.roundedOk) out.push(rel);
      }
    }
  }
  return out;
}
