import { compact } from "../text/normalize";
import { ALTERNATIVE, listedCount, THRESHOLD } from "./rule-points";

/**
 * The standard points of a rule that gives each of its separate criteria its points with no award verb, deductions beside
 * them: "活动室和各项制度各占0.5分,开展活动1分。远程教育设备管理使用规范,“四薄一册”登记规范齐全1分,上级检查验收不合格扣3分。"
 * -> 2 × 0.5 + 1 + 1 = 3 (鄉級 黨建, session 43). A criterion states its points right after its name ('开展活动1分',
 * '…齐全1分'), with 占 ('开展活动占1分'), or for each thing of a list ('A和B各占0.5分', 'A、B、C各1分': the count times the
 * points); an award with its verb ('…得1分') may stand beside them as one more criterion. Deductions ('扣3分', '扣10-20分',
 * '每少1次扣0.5分') take from the points and are not counted; a bonus ('加2分') lies above them (`bonus` says one is there);
 * the otherwise-zero is none. What full completion earns is the criteria's sum.
 *
 * Null (nothing read) where no criterion states bare points (awards with their verbs only: the award readers' business),
 * fewer than two criteria are read, a criterion's clause is per occurrence (每), an alternative (或; a shortfall, a grade
 * or the rest: '资料齐全2分,不全1分', '优秀3分,良好2分'), or a threshold ('达90%以上2分'); where the criteria's points fall
 * one after another (tiers: 'A级3分,B级2分,C级1分'); where the rule judges, scales or caps ('酌情', '比例', '最高'); or
 * where any figure of points is none of these (the whole stated, '满分4分', '标准分4分'; a score as a threshold, '得分90分以上').
 */
export interface StandardPoints {
  /** each criterion: its count (a list's things, else 1) and the points each earns */
  parts: { count: number; each: number }[];
  /** Σ count × each */
  total: number;
  /** the rule adds a bonus above the standard points ('另加2分') */
  bonus: boolean;
  /** (read with `falling` only) the figures fall one after another: parts or tiers */
  falling?: boolean;
}

/** (module constants: a literal in a function makes a RegExp on every call) */
const POINTS = /(\d{1,4}(?:\.\d+)?)分/g;
/** a deduction's figure: '扣3分', '扣除0.5分', '减2分', the top of a deducted range '扣10-20分' */
const DEDUCTION_BEFORE = /(?:扣(?:除|减)?|减)(?:\d{1,4}(?:\.\d+)?[-~～至])?$/;
/** a bonus's figure: '加2分', '另加2分' */
const BONUS_BEFORE = /加$/;
/** a list's points: '各N分', '各占N分', '各计N分' */
const EACH_BEFORE = /各(?:占|计|记|得|给|为)?$/;
/** one criterion's points with 占: '开展活动占1分' */
const SHARE_BEFORE = /占$/;
/** an award's verb right before its points */
const AWARD_BEFORE = /[得计记给]$/;
/** bare points after the criterion's name: a word's last character (or a closing quote or bracket) before the figure */
const BARE_BEFORE = /[\u4e00-\u9fa5”"」)]$/;
/** words before a figure that make it no criterion's points: the whole stated, a score as a threshold, a cap, a range */
const NOT_CRITERION_BEFORE = /(?:满分|分值|总分|标准分|基本分|基准分|权重|得分|合计|共计|总计|小计|累计|共|最高|最多|至多|不超过|不低于|达|为|\d[-~～至])$/;
/** what may follow a criterion's points: the clause's end */
const AFTER_POINTS = /^(?:$|[,;。、)])/;
/** a rule that judges, scales or caps: no fixed standard */
const JUDGED = /酌情|视情|比例|[×÷*]|乘以|最高|最多|至多|不超过\d+(?:\.\d+)?分/;
/** a sentence's start: after a semicolon or a full stop */
const SENTENCE_START = /[;。]/;
/** a clause's start: after a comma, a semicolon, a full stop or a colon */
const CLAUSE_START = /[,;。:]/;
/** the list's word before its points, left off the things listed */
const EACH_WORD = /各(?:占|计|记|得|给|为)?$/;
/** two things joined by one 和 / 及 / 与, no '、' ('活动室和各项制度') */
const ONE_JOIN = /^[^、和及与]+[和及与][^、和及与]+$/;

/**
 * A note in brackets right after a criterion's points, stating no points of its own ('商业网点规划3分(此项仅考核永济市和河津市
 * 商业网点规划工作),…'): who or what the criterion applies to, no part of the figures — left out before they are read.
 */
const POINTLESS_NOTE = /\((?![^()]*\d分)[^()]{1,60}\)(?=[,;。、]|$)/g;

/**
 * Options for a pasted rubric's item (paragraph-list.ts), whose points are stated on its own line: `single`, one criterion is
 * enough ('…(1分):通过省级、国家认定2分。': the most the item can earn; else two at least); `falling`, figures falling one after
 * another are read as parts too ('“万村千乡”…工程6分,商业网点规划3分,商品市场建设2分' — separate criteria by name), `falling` in
 * the result saying so: the caller tells them from tiers by the item's points (the best of tiers is the points).
 */
export interface StandardOptions {
  single?: boolean;
  falling?: boolean;
}

export function standardPoints(rule: string, opts: StandardOptions = {}): StandardPoints | null {
  const c = compact(rule).replace(POINTLESS_NOTE, "");
  if (c.indexOf("分") < 0 || JUDGED.test(c)) return null;
  const parts: { count: number; each: number }[] = [];
  let bare = 0;
  let bonus = false;
  let prevEnd = 0;
  POINTS.lastIndex = 0;
  for (let m = POINTS.exec(c); m; m = POINTS.exec(c)) {
    const before = c.slice(Math.max(0, m.index - 8), m.index);
    if (DEDUCTION_BEFORE.test(before) || BONUS_BEFORE.test(before)) {
      if (BONUS_BEFORE.test(before)) bonus = true;
      prevEnd = m.index + m[0].length;
      continue;
    }
    const v = Number(m[1]);
    // (the criterion's points close its clause: '…1分以上', '…1分的' make them a threshold)
    if (!AFTER_POINTS.test(c.slice(m.index + m[0].length, m.index + m[0].length + 1))) return null;
    if (NOT_CRITERION_BEFORE.test(before)) return null;
    let from = m.index;
    while (from > 0 && !CLAUSE_START.test(c[from - 1])) from--;
    const clause = c.slice(from, m.index);
    // (the figure's condition: its sentence since the figure before — '每完成一期培训班,计2分' is per occurrence though 每
    // stands a comma before the points)
    let start = m.index;
    while (start > prevEnd && !SENTENCE_START.test(c[start - 1])) start--;
    const condition = c.slice(start, m.index);
    prevEnd = m.index + m[0].length;
    if (v === 0) {
      // (the otherwise-zero, '否则0分', '未开展的得0分')
      if (AWARD_BEFORE.test(before) || BARE_BEFORE.test(before)) continue;
      return null;
    }
    if (condition.indexOf("每") >= 0 || condition.indexOf("或") >= 0 || ALTERNATIVE.test(condition) || THRESHOLD.test(condition)) return null;
    if (EACH_BEFORE.test(before)) {
      const subject = clause.replace(EACH_WORD, "");
      const n = listedCount(subject) ?? (ONE_JOIN.test(subject) ? 2 : null);
      if (n === null) return null;
      parts.push({ count: n, each: v });
      bare++;
    } else if (SHARE_BEFORE.test(before) || (!AWARD_BEFORE.test(before) && BARE_BEFORE.test(before))) {
      parts.push({ count: 1, each: v });
      bare++;
    } else if (AWARD_BEFORE.test(before)) parts.push({ count: 1, each: v });
    else return null;
  }
  if (!bare || parts.length < (opts.single ? 1 : 2)) return null;
  // (falling one after another: tiers of one criterion, 'A级3分,B级2分,C级1分', no parts to add)
  const falling = parts.length > 1 && parts.every((p, k) => k === 0 || p.each < parts[k - 1].each);
  if (falling && !opts.falling) return null;
  let total = 0;
  for (const p of parts) total += p.count * p.each;
  return { parts, total: Math.round(total * 1000) / 1000, bonus, ...(falling ? { falling: true } : {}) };
}
