import { compact } from "../text/normalize";
import { ALTERNATIVE, THRESHOLD } from "./rule-points";

/**
 * A rule that awards per occurrence and caps what it awards ('召开一次会议加1分,最高得分2分', '每发表一篇得1分,最多得3分',
 * '1分/次,上限2分', '每开展一次活动计0.5分,最高不超过2分', '每项加1分,2分封顶'): however many occurrences, the item earns the
 * cap at most, and the cap is the item's full mark. The one reading of such rules (grad43b, 临沂 平安旅游景区's 专题会议: 3
 * points, '召开一次会议加1分,最高得分2分' — the item can never reach its 3).
 */

/** a figure of points (a module constant: a literal in a function makes a RegExp on every call) */
const POINTS = /(\d+(?:\.\d+)?)分/g;
/** where a clause starts: after a comma, a semicolon, a colon or a full stop */
const CLAUSE_START = /[,;。:]/;
/** a per-occurrence clause: 每…, or one of a count ('召开一次会议', '一项', '1篇'), or points per unit after them ('1分/次') */
const PER_OCCURRENCE = /每|(?:^|[^\d.])[一1](?:次|项|个|处|条|人|家|篇|件|例|所|户|村|天|名|期|场|回|批)/;
const PER_UNIT_AFTER = /^\/(?:次|项|个|处|条|人|家|篇|件|例|所|户|村|天|名|期|场|回|批)/;
/** an award's verb right before its points ('得1分', '加1分', '再加1分'), or the points right after the thing counted ('每篇1分') */
const AWARD_BEFORE = /(?:[得计记给加积]|[次项个处条人家篇件例所户村天名期场回批])$/;
/** a fixed award's verb right before its points (no per-occurrence unit) */
const VERB_BEFORE = /[得计记给加积]$/;
/** a deduction's points: '扣1分', '扣除0.5分', '扣分不超过3分' */
const DEDUCTION_BEFORE = /扣(?:除|减)?$/;
/**
 * a cap's words right before its figure: 最高 / 最多 / 至多 / 上限 / 封顶 / 不超过 (不得超过, 不高于) / 加满, an award's word
 * after them and one before them allowed ('最高得分2分', '最多可得3分', '最高不超过2分', '上限为2分', '累计加分不超过3分',
 * '加满2分为止'); not a cap's words followed by anything else ('排名最高的得2分' is a condition)
 */
const CAP_BEFORE = /(?:累计)?(?:加分|得分)?(?:最高|最多|至多|上限|封顶|不超过|不得超过|不高于|加满)(?:可|能)?(?:得分|得|加分|加|计分|计|给分|给|记分|记|积分|积)?(?:为|是|不超过|不得超过|不高于)?$/;
/** a cap's words after its figure: '2分封顶', '以2分为限' */
const CAP_AFTER = /^(?:封顶|为限)/;
/** a cap's words that name what is awarded (得 / 加 / 计 / 给 / 记): a cap on awards, whatever else the rule deducts */
const AWARD_WORD = /[得加计给记积]/;
/** a deduction's cap ('扣分最多3分', '扣分不超过3分', '每次扣1分,2分封顶'): its 扣 in the cap's words or right before them */
const DEDUCTION_CAP = /扣/;
const DEDUCTION_WORD_BEFORE = /扣分?$/;
/**
 * what makes the rule no such fixed cap: a judgement, a formula, a range of points, a full mark stated (满分N分: rulePoints'
 * and fullAward's), or a base award named in words ('完成得基本分;…每增加1%加1分,最高加2分': the cap is the bonus's above it)
 */
const NOT_CAPPED = /酌情|视情|[×÷*]|比例|\d[-~～至]\d+(?:\.\d+)?分|满分|总分|[得计记给](?:基本|基础|基准|标准|全|应得|相应|本项|该项)分/;

/** A rule's per-occurrence awards and their cap, with the fixed awards beside them. */
export interface CappedAwards {
  /** the points each occurrence earns (the first, where several) */
  each: number;
  /** the most the per-occurrence awards make together */
  cap: number;
  /** the rule's fixed awards, each for a criterion of its own ('建立联防联控机制的得2分'): none in most rules */
  fixed: number[];
  /** the most the rule awards, the fixed awards and the cap: the item's full mark */
  total: number;
}

/**
 * The cap of a rule whose awards are per occurrence (每…得N分, 一次…加N分, N分/次) and capped at one figure, beside fixed
 * awards of criteria of their own if any: '召开一次会议加1分,最高得分2分' -> cap 2, total 2; '每发表一篇得1分,最多得3分' -> 3;
 * '建立联防联控机制的得2分,每按时上报一起材料的得0.5分,最高得3分' -> 2 + 3 = 5 (a base award with a capped bonus above it,
 * '完成得3分,每超1%加0.5分,最高加2分', earns 3 + 2 at most too). Deductions ('缺席一次扣1分') and their caps ('最多扣3分',
 * '扣分不超过3分') are not counted. A cap with no award word ('最高2分', '上限2分', '2分封顶') is the award's where its sentence
 * awarded last before it ('提供一例得1分,最高8分;…扣2分'), a deduction's where its sentence deducted last, and unclear where
 * neither, if the rule deducts anywhere. Null where no award is per occurrence, a fixed award is an alternative of the one
 * before (a tier: '完成得3分,基本完成得2分', '…得40分,完成目标的90%得36分'), the caps differ, no cap is stated, an award exceeds the cap, or the rule
 * judges, scales, states a range or a full mark, or names its base award in words ('完成得基本分': the points unknown here).
 */
export function cappedAwards(rule: string | null | undefined): CappedAwards | null {
  if (!rule) return null;
  const c = compact(rule);
  // (most rules state no cap: one test of the cap words' characters before anything else)
  if (!CAP_GATE.test(c) || NOT_CAPPED.test(c)) return null;
  let each: number | null = null;
  let cap: number | null = null;
  let unclearCap = false;
  let deducts = false;
  const fixed: number[] = [];
  /** what the current sentence gave last: an award, a deduction, nothing yet */
  let last: "award" | "deduction" | null = null;
  let prevEnd = 0;
  POINTS.lastIndex = 0;
  for (let m = POINTS.exec(c); m; m = POINTS.exec(c)) {
    const v = Number(m[1]);
    const before = c.slice(Math.max(0, m.index - 8), m.index);
    const after = c.slice(m.index + m[0].length, m.index + m[0].length + 3);
    // (the figure's clause: back to its comma, semicolon, colon or full stop, or the figure before)
    let from = m.index;
    while (from > prevEnd && !CLAUSE_START.test(c[from - 1])) from--;
    const clause = c.slice(from, m.index);
    // (a new sentence: nothing given in it yet)
    if (/[;。]/.test(c.slice(prevEnd, m.index))) last = null;
    prevEnd = m.index + m[0].length;
    const capBefore = CAP_BEFORE.exec(clause);
    if (capBefore || CAP_AFTER.test(after)) {
      // (a cap: on deductions where 扣 is in its words or right before them, '扣分不超过3分', '扣分最多3分' — not counted;
      // after its figure, '2分封顶', its words are its clause's)
      const words = capBefore ? capBefore[0] : clause;
      const at = capBefore ? clause.length - capBefore[0].length : 0;
      if (DEDUCTION_CAP.test(words) || DEDUCTION_WORD_BEFORE.test(clause.slice(Math.max(0, at - 2), at))) {
        deducts = true;
        continue;
      }
      // (no award word in it: the cap of what its sentence gave last)
      if (!AWARD_WORD.test(words)) {
        if (last === "deduction") continue;
        if (last === null) unclearCap = true;
      }
      if (cap !== null && cap !== v) return null;
      cap = v;
      continue;
    }
    if (DEDUCTION_BEFORE.test(before)) {
      deducts = true;
      last = "deduction";
      continue;
    }
    if (v === 0) continue; // the otherwise-zero
    // an award: its verb or the thing counted right before it, or its unit after it ('1分/次')
    const perUnit = PER_UNIT_AFTER.test(after);
    if (!perUnit && !AWARD_BEFORE.test(before)) return null; // a threshold or other points: not this shape
    last = "award";
    if (perUnit || PER_OCCURRENCE.test(clause)) {
      if (each === null) each = v;
      continue;
    }
    // a fixed award, a criterion of its own — not a tier of the one before ('基本完成得2分', '完成目标的90%得36分')
    if (!VERB_BEFORE.test(before) || (fixed.length && (ALTERNATIVE.test(clause) || THRESHOLD.test(clause)))) return null;
    fixed.push(v);
  }
  if (each === null || cap === null || each > cap) return null;
  // (a cap with no award word and no award before it in its sentence, beside deductions, may be theirs: '…,最高2分;缺席一次扣1分')
  if (unclearCap && deducts) return null;
  let total = cap;
  for (const f of fixed) total += f;
  return { each, cap, fixed, total: Math.round(total * 1e6) / 1e6 };
}

/** the characters one of the cap's words holds: 高 多 至 限 顶 超 满 (a cheap test before the clauses are read) */
const CAP_GATE = /[高多至限顶超满]/;
