import { compact } from "../text/normalize";
import { ALTERNATIVE, THRESHOLD } from "./rule-points";

/**
 * A rule whose awards are all phrased as points added ('看版面,看记录,有加4分,没有一项扣2分。党员按时按规定缴纳党费的加2分。',
 * '配备较好、整洁排放,加3分,有电教设备加2分。'): the item starts from nothing and each criterion met adds its points — the
 * awards add up to what the item is worth. '加N分' is as often a bonus above an item earned in full by meeting it, so the
 * reading alone says nothing: it is the table's (rubric-points-mismatch reads it where another line of the same table, so
 * phrased, adds up to its own points exactly — the table's convention). The one reading of such rules (grad43b, 非公企业党建
 * 阵地's item 3: 4 + 2 = 6 on a 5-point item, item 4's 3 + 2 = 5 its convention).
 */

/** a figure of points (a module constant: a literal in a function makes a RegExp on every call) */
const POINTS = /(\d+(?:\.\d+)?)分/g;
/** an added award's verb right before its points: 加 / 再加 (not 另加, 额外加: a bonus named apart) */
const ADDED_BEFORE = /加$/;
const BONUS_ADDED_BEFORE = /(?:另|额外|奖励)加$/;
/** any other award's verb: 得 / 计 / 记 / 给 (a positive one makes the 加 a bonus above it, and under these verbs a 加 is a bonus) */
const OTHER_AWARD_BEFORE = /[得计记给]$/;
/** a deduction's points: '扣2分', '扣除1分', '减1分' */
const DEDUCTION_BEFORE = /(?:扣(?:除|减)?|减)$/;
/** where a sentence starts (its award's condition is read from there, or from the award before in the same sentence) */
const SENTENCE_START = /[;。]/;
/** per occurrence ('每…加1分', '召开一次会议加1分'): cappedAwards' shape, no fixed award */
const PER_OCCURRENCE = /每|(?:^|[^\d.])[一1](?:次|项|个|处|条|人|家|篇|件|例|所|户|村|天|名|期|场|回|批)/;
/**
 * what makes the awards no fixed whole: a base award named in words ('完成得基本分,…加1分': the 加 a bonus above it), a cap
 * (最高, 最多, 不超过 …), a judgement, a range of points, a formula, a bonus named as one (加分, 奖励, 另加), a total or full
 * mark stated, circled clauses
 */
const NOT_ADDED = /[得计记给](?:基本|基础|基准|标准|满|全|应得|相应|本项|该项)分|最高|最多|至多|不超过|上限|封顶|为限|酌情|视情|\d[-~～至]\d+(?:\.\d+)?分|[×÷*]|比例|加分|奖励|另加|额外|满分|总分|分值|权重|(?:共|合|总)计\d|[①②③④⑤⑥⑦⑧⑨⑩]/;
/** a level of an honour or a body ('国家级加5分,省级加3分'): the levels are alternatives, one of which applies */
const LEVEL = /(?:国家|省|市|县|区|部|厅|乡|镇|州|村)级/g;

/**
 * The awards of a rule whose every positive award is '加N分' (an added award), each for a criterion of its own:
 * '看版面,看记录,有加4分,没有一项扣2分。党员按时按规定缴纳党费的加2分。' -> [4, 2]; '配备较好、整洁排放,加3分,有电教设备加2分。'
 * -> [3, 2]; '达标加4分,不达标不得分' -> [4]. Deductions ('没有一项扣2分') take from the awards and are not counted; the
 * otherwise-zero is none. Null where any positive award has another verb (得 / 计 / 记 / 给: the 加 a bonus above it), an
 * award is per occurrence, a later award is an alternative of the one before (a shortfall, a grade, a lower band, two
 * thresholds: '好加4分,较好加3分', '90%以上加3分,80%以上加2分'), the awards name levels (国家级, 省级: one applies), any
 * other figure of points is no award nor deduction, or the rule caps, judges, scales or names a bonus (NOT_ADDED).
 */
export function addedAwards(rule: string | null | undefined): number[] | null {
  if (!rule || rule.indexOf("加") < 0) return null;
  return clauseAwards(rule, true);
}

/**
 * The same reading of a rule whose awards have the other verbs (得 / 计 / 记 / 给 N分), two at least, with deductions between
 * or after them: '看版面,看记录,有的得4分,没有一项扣2分。党员按时按规定缴纳党费的得2分。' -> [4, 2]. The deductions are what no
 * other reading of separate awards takes (ruleCriteria refuses them: one award deducted from is deductedAward's); each
 * award is a criterion's, and they add up to the item's full mark. Null where the rule deducts nothing (the plain
 * readings' business), awards once, or reads otherwise (as addedAwards, a 加 now a bonus: '…得4分,…的加2分').
 */
export function awardsBesideDeductions(rule: string | null | undefined): number[] | null {
  if (!rule || rule.indexOf("扣") < 0) return null;
  const awards = clauseAwards(rule, false);
  return awards && awards.length >= 2 ? awards : null;
}

/**
 * The shared reading of addedAwards (`added`: every award '加N分') and awardsBesideDeductions (every award 得 / 计 / 记 / 给,
 * a deduction at least).
 */
function clauseAwards(rule: string, added: boolean): number[] | null {
  const c = rule
    .split(/[\r\n]+/)
    .map((l) => compact(l))
    .filter((l) => l !== "")
    .join("。")
    .replace(/。。+/g, "。");
  if (NOT_ADDED.test(c) || (c.match(LEVEL) ?? []).length >= 2) return null;
  const awards: number[] = [];
  let deducts = false;
  let prevEnd = 0;
  let lastThreshold = false;
  POINTS.lastIndex = 0;
  for (let m = POINTS.exec(c); m; m = POINTS.exec(c)) {
    const v = Number(m[1]);
    const before = c.slice(Math.max(0, m.index - 4), m.index);
    // the award's condition: since the points before in its sentence (an award's or a deduction's), or from the sentence's start
    let sentence = m.index;
    while (sentence > 0 && !SENTENCE_START.test(c[sentence - 1])) sentence--;
    const condition = c.slice(Math.max(prevEnd, sentence), m.index);
    prevEnd = m.index + m[0].length;
    if (DEDUCTION_BEFORE.test(before)) {
      deducts = true;
      continue;
    }
    const other = OTHER_AWARD_BEFORE.test(before);
    const plus = ADDED_BEFORE.test(before);
    if (!other && !plus) return null; // a threshold or other points
    if (v <= 0) {
      if (other) continue; // the otherwise-zero
      return null;
    }
    // (an award of the other kind: under added, a base the 加 is a bonus above; under the other verbs, a bonus)
    if (added ? other : plus) return null;
    if (plus && BONUS_ADDED_BEFORE.test(before)) return null;
    if (PER_OCCURRENCE.test(condition)) return null;
    const threshold = THRESHOLD.test(condition);
    if (awards.length && (ALTERNATIVE.test(condition) || (threshold && lastThreshold))) return null;
    lastThreshold = threshold;
    awards.push(v);
  }
  if (!added && !deducts) return null;
  return awards.length ? awards : null;
}
