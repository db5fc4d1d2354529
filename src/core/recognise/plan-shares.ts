import type { Grid } from "../grid/grid";
import { collapseDoubledMarks } from "../text/normalize";
import { decimalsOf } from "../text/numbers";
import { a1 } from "../grid/a1";
import type { RatioRelation, RelationTerm } from "../model/types";
import { ratioAgrees } from "../relations/tolerance";
import { COUNT_UNITS, proseQuantities, proseText, TARGET_AFTER, TARGET_BEFORE, type ProseQuantity } from "./prose-rates";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";
import { listShares } from "./list-shares";
import { withoutBudgetAccounts } from "./vocabulary";

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
export const PLAN_BASE = "(?:年度|全年|本年度?|当年|年)?(?:投资|建设)?(?:计划|目标|任务){1,2}(?:投资|任务|总额|数|额)?";
const SHARE = new RegExp(`(占|完成了?|为|达到?|相当于)(${PLAN_BASE})的?(?:比例|比重|比例为)?(?:为|是|达|达到)?(\\d+(?:\\.\\d+)?)%`, "g");
/** the gate, on compact texts */
const ANY_SHARE = new RegExp(`(?:占|完成了?|为|达到?|相当于)${PLAN_BASE}的?(?:比例|比重)?(?:为|是|达|达到)?(?:百分之)?\\d`);
/** (grad51a) the other shares read here (bracketShares, namedWholeShares), on compact texts: a base in brackets after its name,
 * a base named after an amount ('…46.3亿元,占年筹资总额的67.1%') */
const ANY_BRACKET_SHARE = /(?:占|为|达|相当于|完成)[^\d,;。:%()]{1,16}?\((?:约|共|计)?\d[^()]{0,23}\)的?(?:比例|比重)?(?:为|是|达|达到)?(?:百分之)?\d/;
const ANY_NAMED_SHARE = new RegExp(`\\d(?:亿元|万元|元|亿|万|${COUNT_UNITS}),?(?:(?:同比|比上年|较上年|比去年|较去年)?(?:增长|下降|增加|减少)了?\\d+(?:\\.\\d+)?%,)?(?:占|为|达到?|相当于)[^\\d,;。:%()]{1,14}?(?:\\d+(?:\\.\\d+)?%|百分之\\d)`);
const ANY_INLINE_SHARE = new RegExp(`(?:占|为|达|相当于|完成)[^\\d,;。:%()]{1,30}?\\d+(?:\\.\\d+)?(?:亿元|万元|元|[亿万]?(?:${COUNT_UNITS})|亿|万)的(?:比例|比重)?(?:为|是|达|达到)?(?:百分之)?\\d`);
// (rel54: the gates take a share in words, '的百分之40.2', which proseText writes '40.2%' — a cell whose every share is so
// written was passed over)
const ANY_READ = new RegExp([ANY_SHARE.source, ANY_BRACKET_SHARE.source, ANY_NAMED_SHARE.source, ANY_INLINE_SHARE.source].join("|"));
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
  /** (grad51a) how the base was found: named by the plan's words (plan), given in brackets after its name (bracket), or
   * a whole stated earlier whose words the base's name abbreviates (named), (prose53) written inline before '的' (inline) */
  by?: "plan" | "bracket" | "named" | "inline";
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

/** Half the last shown unit of a quantity, in its value's unit ('169亿元' in 万元: 5000; '23.7亿元': 500; '28项': 0, a whole count). */
function halfUnit(q: ProseQuantity): number {
  const m = /(\d+(?:\.\d+)?)([亿万]?)[^\d]*$/.exec(q.text.replace(/,/g, ""));
  if (!m) return 0;
  const d = decimalsOf(m[1]);
  // (grad51a: a whole count is exact — '30个' is no 29.5 … 30.5 —; a count in 万 is rounded as money is)
  if (q.kind !== "money" && d === 0 && !m[2]) return 0;
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
  if (!ANY_READ.test(raw) || raw.indexOf(BREAK) >= 0) return out;
  const text = collapseDoubledMarks(raw);
  const qs = proseQuantities(text);
  if (qs.length < 2) return out;
  let lineStart = 0;
  // (the shares named by the plan's words, read or not: no other reading of them below)
  const planned: number[] = [];
  SHARE.lastIndex = 0;
  for (let m = SHARE.exec(text); m; m = SHARE.exec(text)) {
    const at = m.index;
    planned.push(at);
    const end = at + m[0].length;
    const from = lineStart;
    lineStart = end;
    if (TARGET_AFTER.test(text.slice(end))) continue;
    // the share's own clause: no target before it
    let c0 = at;
    while (c0 > 0 && !CLAUSE_END.test(text[c0 - 1])) c0--;
    if (TARGET_BEFORE.test(text.slice(c0, at))) continue;
    // the done amount: right before the share (a comma between), or right after it
    // (rel54: or before its change's own clause, '完成投资861亿元,同比增长30%,为年度目标的66.2%')
    let before = amountRightBefore(text, qs, at);
    if (before < 0) before = amountBeforeChange(text, qs, at);
    let doneIndex = before >= 0 && qs[before].at >= from ? before : -1;
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
    out.push({ at, base: m[2], rate, done: { ...done, words: doneWords }, plan: { ...plan.q, words: plan.words }, roundedOk, by: "plan" });
  }
  for (const x of bracketShares(text, qs)) if (!planned.includes(x.at)) out.push(x);
  for (const x of inlineShares(text, qs)) if (!planned.includes(x.at)) out.push(x);
  for (const x of namedWholeShares(text, qs)) if (!planned.includes(x.at)) out.push(x);
  // (grad52: parts' shares of their own targets stated together, '…分别占年度目标(470亿元、106.5亿元、30亿元)的121.3%185%230%':
  // list-shares.ts)
  for (const x of listShares(text, qs, sameKind)) out.push(x);
  return out.sort((a, b) => a.at - b.at);
}

/** Whether the share agrees within the amounts' and its own rounding (the module's tolerance for the class). */
function roundedAgrees(done: ProseQuantity, base: ProseQuantity, rate: PlanShare["rate"]): boolean | null {
  const u = sameKind(done, base);
  if (!u || u[2] <= 0) return null;
  const step = Math.pow(10, -rate.decimals);
  const lo = ((u[0] - u[1]) / (u[2] + u[3])) * 100;
  const hi = ((u[0] + u[1]) / Math.max(1e-12, u[2] - u[3])) * 100;
  return hi >= rate.value - step / 2 - 1e-9 && lo <= rate.value + step - 1e-9;
}

/**
 * (grad51a, session 51) **A share whose base is given in brackets after its name**: '累计完成投资691.77亿元,为年度投资目标(1237.6
 * 亿元)的55.98%,为上半年投资目标(610亿元)的113.39%', '已拨付资金46.3亿元,占年筹资总额(73.6亿元)的62.9%'. The bracket holds one
 * amount alone ('约' or '共' before it at most) and the share follows it ('的' at most between, '比例为' / '比重' allowed): the
 * base is that amount, whatever its name. The amount the share is of stands right before the verb (占 / 为 / 达到 / 相当于 /
 * 完成), a comma at most between; or, where the share follows another such share right after it (a comma between), the same
 * amount as that share's ('…,为A(a)的r1,为B(b)的r2'). Both of one kind (money, 万元 / 亿元 / 元 converted; or counts of one unit).
 * Not read: a target (不低于 / 力争 / 预计 …, '以上' after the share) in the share's or the amount's clause, a change (增长 /
 * 同比 / 百分点 …) in the base's name or the amount's words, a broken number.
 */
const BRACKET_SHARE = /(占|为|达到?|相当于|完成了?)([^\d,;。:%()]{1,16}?)\(((?:约|共|计)?[^()]{1,24}?)\)的?(?:比例|比重)?(?:为|是|达|达到)?(\d+(?:\.\d+)?)%/g;
/** (prose53) the base written in the share's words with no bracket, '的' right after it: '预计完成39.1亿元,完成…批准收入调整预算
 * 37.5亿元的104.3%' (39.1 / 37.5 = 104.27%), '完成投资351亿元,占年度计划387亿元的90.7%'; (grad54) a count in its unit as the base,
 * '泄放生态水2.84亿立方米,完成年度目标任务1.34亿立方米的212%' (both of one kind: sameKind) */
const INLINE_SHARE = new RegExp(`(占|为|达到?|相当于|完成了?)([^\\d,;。:%()]{1,30}?)(\\d+(?:\\.\\d+)?(?:亿元|万元|元|[亿万]?(?:${COUNT_UNITS})|亿|万))的(?:比例|比重)?(?:为|是|达|达到)?(\\d+(?:\\.\\d+)?)%`, "g");
/** a change or another period's growth named in the base or the amount's words: no share of a stated amount */
const CHANGE_WORDS = /增长|增加|减少|下降|同比|环比|比上年|较上年|百分点|增幅|降幅/;

function bracketShares(text: string, qs: ProseQuantity[]): PlanShare[] {
  return text.indexOf("(") < 0 ? [] : statedBaseShares(text, qs, BRACKET_SHARE, 1);
}

/** (prose53) a forecast's words before the year's amount: '预计完成' */
const FORECAST = /预计|预期/g;

/** (prose53) the shares whose base is written inline before '的' (INLINE_SHARE), read as bracketShares reads a bracket's */
function inlineShares(text: string, qs: ProseQuantity[]): PlanShare[] {
  return statedBaseShares(text, qs, INLINE_SHARE, 0);
}

/** the shares of a base the share's own words state (`re`: verb, name, base, rate), the base after the name and `skip` marks */
function statedBaseShares(text: string, qs: ProseQuantity[], re: RegExp, skip: number): PlanShare[] {
  const out: PlanShare[] = [];
  let prev: { end: number; done: ProseQuantity & { words: string } } | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const chained: (ProseQuantity & { words: string }) | null = prev && /^,$/.test(text.slice(prev.end, at)) ? prev.done : null;
    prev = null;
    const name = m[2];
    if (CHANGE_WORDS.test(name) || TARGET_AFTER.test(text.slice(end))) continue;
    // the base: the one amount of the bracket (or of the share's words before 的)
    const open = at + m[1].length + name.length + skip;
    const inside = qs.filter((q) => q.at >= open && q.end <= open + m![3].length);
    if (inside.length !== 1 || !/^(?:约|共|计)?$/.test(text.slice(open, inside[0].at)) || inside[0].end !== open + m[3].length) continue;
    const base = inside[0];
    // the amount it is a share of: right before the verb, or the share's before it
    let done: (ProseQuantity & { words: string }) | null = chained;
    if (!done) {
      const k = amountRightBefore(text, qs, at);
      if (k < 0) continue;
      done = { ...qs[k], words: wordsBefore(text, qs[k].at, k ? qs[k - 1].end : 0) };
    }
    // (prose53: a forecast of the year's amount, '预计完成39.1亿元', is of the base written inline as the year's done amount is)
    if (CHANGE_WORDS.test(done.words) || TARGET_BEFORE.test(skip ? done.words : done.words.replace(FORECAST, ""))) continue;
    let c0 = at;
    while (c0 > 0 && !CLAUSE_END.test(text[c0 - 1])) c0--;
    if (TARGET_BEFORE.test(text.slice(c0, at))) continue;
    const rate = { value: Number(m[4]), text: m[4] + "%", decimals: decimalsOf(m[4]) };
    const roundedOk = roundedAgrees(done, base, rate);
    if (roundedOk === null) continue;
    prev = { end, done };
    out.push({ at, base: name, rate, done, plan: { ...base, words: name }, roundedOk, by: skip ? "bracket" : "inline" });
  }
  return out;
}

/**
 * (grad51a, session 51) **A share of a whole stated earlier, named in other words**: '今年全省12项民生工程共需筹集资金73.6亿元,其中,
 * 拟中央补助资金29.7亿元,省级财政安排资金29.5亿元,市县承担14.4亿元。截至8月20日,全省各级财政部门已累计拨付民生工程资金46.3亿元,
 * 占年筹资总额的67.1%' (46.3 / 73.6 = 62.9%). The share names its base ('占年筹资总额的', '为筹资总额的', '相当于筹集资金的'); the
 * base's name, its period's word (年 / 年度 / 全年 / 本年 / 当年) and generic tail (总额 / 总数 / 总量 / 数 / 额 / 金额) off, is two
 * characters at least, one at least not a generic word of money or counts (资 / 金 / 项 / 目 / 经 / 费 / 款 / 总 / 额 / 数),
 * and abbreviates the words of exactly one earlier amount of the kind: its characters in their order in those words, within
 * twice its length ('筹资' in '共需筹集资金'). The weakest evidence that the share is of that amount:
 * - the amount is in an earlier sentence than the share, and the share's own sentence holds no other amount of the kind before
 *   the amount it is of (where it does, prose-rates.ts namedBaseShares reads the sentence);
 * - every amount of the kind between the base and the share's sentence is a part of a 其中 list opened right after the base
 *   (its breakdown), and none is named by the base's name too;
 * - the amount the share is of stands right before the verb (a comma at most between), named by a word of the done (DONE) and
 *   by no word of a plan, a change or a target, and no larger than the base (a part of it); the name names no other level or
 *   period (上年 / 全国 / 全省 …: OTHER), the base's words no target and no part of the period or batch the name does not name
 *   ('上半年筹集资金', '第一批': PART_OF); not two years named between them.
 * The share is checked as the plan's shares are (roundedOk).
 */
const NAMED_SHARE = /(占|为|达到?|相当于)([^\d,;。:%()]{1,14}?)(的)?(?:比例|比重)?(?:为|是|达)?(\d+(?:\.\d+)?)%/g;
/** the base's period words before it, its generic tail after */
const BASE_HEAD = /^(?:年度|全年|本年度?|当年|今年|年)/;
const BASE_TAIL_WORDS = /(?:的|总额|总数|总量|总计|金额|数额|数|额|总)$/;
/** characters of money and counts that name nothing alone */
const GENERIC_CHARS = /^[资金项目经费款总额数元个]+$/;
/** a base of another level or period: none of the sentence's amounts is it */
const OTHER = /上年|去年|同期|上月|上季|全国|全省|全市|全州|全县|生产总值|GDP|人口/;
const SENTENCE_STOP = /[。;!?]/;
/** a part of the period or a batch, in a base's words */
const PART_OF = /\d{1,2}月|[一二三四]季度|上半年|下半年|本月|当月|第[一二三四五六七八九十\d]+批|首批/;

/** The base's name as the earlier amount's words may abbreviate it ('年筹资总额' → '筹资'), or null. */
function baseCore(name: string): string | null {
  let core = name.replace(BASE_HEAD, "");
  while (BASE_TAIL_WORDS.test(core)) core = core.replace(BASE_TAIL_WORDS, "");
  return core.length >= 2 && !GENERIC_CHARS.test(core) ? core : null;
}

/** Whether `words` hold `core`'s characters in their order within twice its length. */
export function abbreviates(core: string, words: string): boolean {
  for (let s = words.indexOf(core[0]); s >= 0; s = words.indexOf(core[0], s + 1)) {
    let j = s;
    let k = 1;
    for (; k < core.length; k++) {
      j = words.indexOf(core[k], j + 1);
      if (j < 0 || j - s + 1 > 2 * core.length) break;
    }
    if (k === core.length) return true;
  }
  return false;
}

function namedWholeShares(text: string, qs: ProseQuantity[]): PlanShare[] {
  const out: PlanShare[] = [];
  NAMED_SHARE.lastIndex = 0;
  for (let m = NAMED_SHARE.exec(text); m; m = NAMED_SHARE.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    // (a verb other than 占 names its base with 的: '为年筹资总额的67.1%')
    if (m[1] !== "占" && !m[3]) continue;
    const name = m[2];
    if (OTHER.test(name) || CHANGE_WORDS.test(name) || TARGET_BEFORE.test(name) || TARGET_AFTER.test(text.slice(end))) continue;
    const core = baseCore(name);
    if (!core) continue;
    // the amount it is a share of: right before the verb (rel54: or before its change's own clause, ',同比增长17.7%,')
    let k = amountRightBefore(text, qs, at);
    if (k < 0) k = amountBeforeChange(text, qs, at);
    if (k < 0) continue;
    const done = qs[k];
    let s0 = done.at;
    while (s0 > 0 && !SENTENCE_STOP.test(text[s0 - 1])) s0--;
    const doneWords = wordsBefore(text, done.at, k ? Math.max(s0, qs[k - 1].end) : s0);
    // (rel54: or a part of the whole the sentence before states, its sentence opened by 其中: '…收入565.4亿元,…。其中,税收收入
    // 495亿元,同比增长17.7%,占一般公共预算收入比重87.6%' — a part of a whole is no 'done' amount, it is of the whole all the same)
    const listed = /^其中[,:]?$/.test(text.slice(s0, done.at - doneWords.length));
    if ((!DONE.test(doneWords) && !listed) || NOT_DONE.test(doneWords) || TARGET_BEFORE.test(doneWords) || CHANGE_WORDS.test(doneWords)) continue;
    let c0 = at;
    while (c0 > 0 && !CLAUSE_END.test(text[c0 - 1])) c0--;
    if (TARGET_BEFORE.test(text.slice(c0, at))) continue;
    // (no other amount of the kind in the share's sentence before it)
    if (qs.some((q, i) => i !== k && q.at >= s0 && q.end <= done.at && sameKind(done, q))) continue;
    // the base: the one earlier amount of the kind whose words the name abbreviates
    const kin: { q: ProseQuantity; i: number; words: string }[] = [];
    for (let i = 0; i < k; i++) {
      const q = qs[i];
      if (q.end > s0 || !sameKind(done, q)) continue;
      let w0 = q.at;
      while (w0 > 0 && !CLAUSE_END.test(text[w0 - 1])) w0--;
      kin.push({ q, i, words: text.slice(Math.max(w0, i ? qs[i - 1].end : 0), q.at) });
    }
    // (scan56: a plan's base, '为年预算的28.9%', is no amount named by a budget account, '一般公共预算收入累计完成34096万元';
    // a name that is itself a budget account's, '占一般公共预算收入比重', names such an amount)
    const planCore = PLAN.test(withoutBudgetAccounts(core));
    const named = kin.filter((x) => abbreviates(core, planCore ? withoutBudgetAccounts(x.words) : x.words));
    if (named.length !== 1) continue;
    const base = named[0];
    if (TARGET_BEFORE.test(base.words) || CHANGE_WORDS.test(base.words)) continue;
    // (a listed part: of the whole of the sentence right before its 其中)
    if (listed && (text.slice(base.q.end, s0).match(/[。!?]/g) ?? []).length !== 1) continue;
    // (a base of a part of the period or a batch — '上半年筹集资金', '第一批' — the name does not say: no whole of the share)
    const part = PART_OF.exec(base.words);
    if (part && name.indexOf(part[0]) < 0) continue;
    // (a part of the whole is no more than it: a share above 100% is of another whole)
    const u = sameKind(done, base.q)!;
    if (u[0] > u[2]) continue;
    // (every amount of the kind after it is a part of its 其中 list, in its own sentences)
    const after = kin.filter((x) => x.q.at > base.q.at);
    if (after.length && (!/^[,:;]?其中/.test(text.slice(base.q.end)) || /[。!?]/.test(text.slice(base.q.end, after[after.length - 1].q.at)))) continue;
    if (new Set(text.slice(base.q.at - base.words.length, end).match(YEAR) ?? []).size > 1) continue;
    const rate = { value: Number(m[4]), text: m[4] + "%", decimals: decimalsOf(m[4]) };
    const roundedOk = roundedAgrees(done, base.q, rate);
    if (roundedOk === null) continue;
    out.push({ at, base: name, rate, done: { ...done, words: doneWords }, plan: { ...base.q, words: base.words }, roundedOk, by: "named" });
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
    // (grad51a: a share of a base not named as the plan, by the base's name)
    name: x.by === "plan" || x.by === undefined ? "完成率" : `占${x.base}比例`,
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
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY_READ)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY_READ)) {
    const compact = grid.compactText(r, c);
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
  return out;
}

/** (rel54) a change of an amount in its own clause, between it and its share: ',同比增长17.7%,' */
const CHANGE_CLAUSE = /^,(?:同比|比上年|较上年|比去年|较去年)?(?:增长|下降|增加|减少)了?\d+(?:\.\d+)?%,$/;

/** The index of the quantity before `at` with only its change's clause between them (CHANGE_CLAUSE); -1 where there is none. */
function amountBeforeChange(text: string, qs: readonly ProseQuantity[], at: number): number {
  for (let i = qs.length - 1; i >= 0; i--) if (qs[i].end <= at) return CHANGE_CLAUSE.test(text.slice(qs[i].end, at)) ? i : -1;
  return -1;
}

/** The index of the quantity right before `at` (nothing but a comma between them); -1 where there is none. */
function amountRightBefore(text: string, qs: readonly ProseQuantity[], at: number): number {
  for (let i = qs.length - 1; i >= 0; i--) if (qs[i].end <= at) return /^,?$/.test(text.slice(qs[i].end, at)) ? i : -1;
  return -1;
}
