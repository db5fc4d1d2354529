import { compact } from "../text/normalize";
import { chineseNumber, labelCode } from "../text/codes";
import { agreesTyped } from "../relations/tolerance";

/**
 * The item's points stated at the head of its scoring rule, where the table has no 分值 column: "单项基准6分，每少1项扣
 * 0.5分", "单项基准为6分，全年运营240天不扣分", "满分10分；…", "满分10分.集中学习…", "本项分值5分". Only the rule's opening words (a base, a
 * full mark or a 分值, then the points, then the end or a break): the deductions and awards that follow ("扣0.5分",
 * "加分1.5分") are per-occurrence rules, and points stated later in the text are thresholds or tiers, not the item's.
 */
const RULE_HEAD_POINTS = /^(?:本项|该项|此项|单项)?(?:基准分?|满分|分值|标准分|基本分)(?:为|是)?(\d+(?:\.\d+)?)分(?=$|[,，;；。.．:：(（])/;

export function pointsAtRuleHead(rule: string): number | null {
  const m = RULE_HEAD_POINTS.exec(compact(rule));
  return m ? Number(m[1]) : null;
}

/**
 * The item's points where its rule states them as its frame, the table having no 分值 column: the rule's head
 * (pointsAtRuleHead), its points in brackets opening it ("(5分)查阅资料…", "【5分】…"), or bare points opening it before
 * a break ("5分。优秀的得5分…"). One bracketed figure in the whole text only: brackets beside several requirements
 * ("…平整(2分)，…绿化(3分)") are its parts' points. Points closing the rule ("…扣完为止。（5分）") are not read: read
 * so they made a false alarm on a held-out sheet (a closing bracket may be its last requirement's points).
 */
const RULE_OPEN_BRACKET = /^[(【\[](\d+(?:\.\d+)?)分[)】\]]/;
const RULE_OPEN_BARE = /^(\d+(?:\.\d+)?)分(?:[。.．:：;；]|,(?!每|扣|加))/;
const BRACKETED_FIGURE = /[(【\[]\d+(?:\.\d+)?分[)】\]]/g;

export function rulePoints(rule: string): number | null {
  const head = pointsAtRuleHead(rule);
  if (head !== null) return head;
  const t = compact(rule);
  const bare = RULE_OPEN_BARE.exec(t);
  if (bare) return Number(bare[1]);
  if ((t.match(BRACKETED_FIGURE) ?? []).length !== 1) return null;
  const m = RULE_OPEN_BRACKET.exec(t);
  return m ? Number(m[1]) : null;
}

/** the opening frame rulePoints reads: a head (满分5分，), a bracket ((5分)) or bare points before a break (5分。) */
const RULE_OPENING = /^(?:(?:本项|该项|此项|单项)?(?:基准分?|满分|分值|标准分|基本分)(?:为|是)?\d+(?:\.\d+)?分[,，;；。.．:：]?|[(【\[]\d+(?:\.\d+)?分[)】\]]|\d+(?:\.\d+)?分[。.．:：;；,])/;

/**
 * The rule without the item's points it opens with, where rulePoints reads them ("满分13分，A的得5分；B的得8分。" -> "A的
 * 得5分；B的得8分。"): what the rule awards, those points being the frame it awards in, not an award. Null where the rule
 * opens with no points rulePoints reads.
 */
export function ruleBody(rule: string): string | null {
  if (rulePoints(rule) === null) return null;
  const t = compact(rule);
  const m = RULE_OPENING.exec(t);
  return m && m[0].length < t.length ? t.slice(m[0].length) : null;
}

/**
 * The full points a clause of a scoring rule states for itself, anywhere in its text: "…得1分,否则不得分。本项满分1分。",
 * "满分3分", "最高得2分", "最高2分" (traditional forms read through compact). One figure: a clause stating two different
 * full points, or none, gives null. A cap on deductions ("扣分最高2分", "最高扣2分") is no full mark.
 */
const CLAUSE_FULL_POINTS = /(?:满分|最高(?:可得|得|计|给)?)(?:为|是)?(\d+(?:\.\d+)?)分/g;
const DEDUCTION_BEFORE = /扣分?$/;

export function clauseFullPoints(rule: string): number | null {
  const t = compact(rule);
  // (most clauses state none: one indexOf each before the pattern runs)
  if (t.indexOf("满分") < 0 && t.indexOf("最高") < 0) return null;
  let found: number | null = null;
  CLAUSE_FULL_POINTS.lastIndex = 0;
  for (let m = CLAUSE_FULL_POINTS.exec(t); m; m = CLAUSE_FULL_POINTS.exec(t)) {
    if (DEDUCTION_BEFORE.test(t.slice(Math.max(0, m.index - 2), m.index))) continue;
    const v = Number(m[1]);
    if (found !== null && Math.abs(found - v) > 1e-9) return null;
    found = v;
  }
  return found;
}

/** a requirement's points in brackets: "村主干道平整(2分)" */
const BRACKETED_POINTS = /\((\d+(?:\.\d+)?)分\)/g;
/** any other bracket with points in it: a range, a rule or a cap ("(0-1分)", "(每项1分)", "(最高5分)") */
const OTHER_POINTS_BRACKET = /\([^()]*\d分[^()]*\)/g;
/**
 * What makes bracketed points no breakdown of the item: a deduction, a judgement, a cap or a bonus, points per item or
 * per occurrence ("每项", "每少1处"; a frequency "每月开展…" is a requirement, not a rule), an award or a range outside
 * the brackets.
 */
const NOT_ITEMISED = /扣|酌情|视情|最高|最多|至多|不超过|满分|总分|加分|加\d|每(?![月年季周日天])|[得计记给]\d|\d[-~～至]\d+分/;

/** a short name with its weight in a bracket, then a colon: "组织领导(5分):" */
const OWN_WEIGHT_HEAD = /^[^,;。、:()]{1,16}\(\d+(?:\.\d+)?分\):/;

/**
 * The awards an item's own text lists where no rubric column is read: each requirement followed by its points in a
 * bracket ("有固定的卫生宣传栏或宣传牌(2分),并利用载体…且有记录(3分)。" -> [2, 3]). Two or more brackets, each holding only
 * its points; a first bracket that states the sum of the rest is the item's own weight ("组织领导(5分):成立…(2分),
 * 制定…(3分)" -> [2, 3]), and one bracket alone ("组织领导(5分)") is the item's weight, no breakdown: null. Null also where
 * the text deducts, judges, caps, adds a bonus, awards per item, or holds other points.
 */
export function bracketedAwards(text: string): number[] | null {
  const t = compact(text);
  if (t.indexOf("分)") < 0) return null;
  const points: number[] = [];
  BRACKETED_POINTS.lastIndex = 0;
  for (let m = BRACKETED_POINTS.exec(t); m; m = BRACKETED_POINTS.exec(t)) points.push(Number(m[1]));
  if (points.length < 2) return null;
  // every bracket with points is one of them, and nothing else in the text is a rule
  if ((t.match(OTHER_POINTS_BRACKET) || []).length !== points.length || NOT_ITEMISED.test(t.replace(BRACKETED_POINTS, ""))) return null;
  if (points.some((p) => p <= 0)) return null;
  // the item's own weight after its name, the requirements after a colon: "组织领导(5分):成立…(2分),制定…(3分)"
  const head = OWN_WEIGHT_HEAD.exec(t);
  if (head) {
    const rest = points.slice(1).reduce((a, b) => a + b, 0);
    return points.length >= 3 && agreesTyped(points[0], rest) ? points.slice(1) : null;
  }
  return points;
}

/** (module constants: a literal in a function makes a RegExp on every call) */
const ANY_POINTS = /(\d+(?:\.\d+)?)分/g;
/** an award's verb right before its points */
const AWARD_BEFORE = /[得计记给]$/;
/** a deduction's points: "扣1分", "扣除0.5分", "最多扣3分", "扣分不超过3分" */
const DEDUCTION_POINTS_BEFORE = /扣(?:除|减)?$|扣分(?:不超过|最多|最高|至多)?$/;
/** the item's full points stated beside the award ("本指标满分6分,…得6分"): the same figure, no other award */
const FULL_POINTS_BEFORE = /(?:满分|分值|总分)(?:为|是)?$/;
/** what makes a rule's one award no full mark: a bonus, a judgement, a range or tiers, a formula, a cap on awards */
const NOT_A_DEDUCTED_AWARD = /加\d|加分|奖励|酌情|视情|\d[-~～至]\d|[×÷*]|比例|最高(?:得|计|可得)|最多(?:得|计|可得)|以上的?[得计]|以下的?[得计]/;
/** a clause's break before its second character: a comma, a semicolon or a full stop (not a decimal point) */
const BREAK_AT = /^(?:[,;。:]|\.\D)/;
/** an award that is not the item's whole: per occurrence (每…得1分, 一项得1分), a share of it */
const PER_OCCURRENCE = /每|[一1](?:项|个|次|处|条|人|家|篇|件|例|所|户|村|天)(?:可|即|均)?[得计记给]$/;

/** an award for one thing of a count, anywhere in its clause: "解决1个实际问题得1分" (per problem solved, not the item's whole) */
const PER_UNIT_CONDITION = /(?:^|[^\d.])[一1](?:个|项|次|处|条|人|家|篇|件|例|所|户|村)/;

/** an award for falling short ("未完成年度任务的,得10分", "基本完成的得5分"): not what meeting the rule earns */
const SHORTFALL_CONDITION = /^(?:\d{1,2}[、.)])?(?:部分|基本|较|未|没有|无|不|否则|其他|其余|其它|仅|只|若未|如未)/;

/**
 * The full mark of a rule that awards once and deducts from that award: "在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,
 * 扣完为止" -> 5, "路面整洁卫生,…得10分;发现一处扣2分,扣完为止" -> 10, "本指标满分6分,…达9个得6分,少检查一个扣1分" -> 6.
 * Meeting the rule earns its one award, every shortfall is deducted from it: the award is what the item is worth. Null
 * where the rule deducts nothing, awards more than once or per occurrence, adds a bonus, caps an award, judges, states
 * a range, tiers or a formula, or states points that are neither the award, a deduction nor the same full points.
 */
export function deductedAward(rule: string): number | null {
  const c = compact(rule);
  if (c.indexOf("扣") < 0 || NOT_A_DEDUCTED_AWARD.test(c)) return null;
  let award: number | null = null;
  let full: number | null = null;
  ANY_POINTS.lastIndex = 0;
  for (let m = ANY_POINTS.exec(c); m; m = ANY_POINTS.exec(c)) {
    const v = Number(m[1]);
    const before = c.slice(Math.max(0, m.index - 6), m.index);
    if (DEDUCTION_POINTS_BEFORE.test(before)) continue;
    if (FULL_POINTS_BEFORE.test(before)) {
      if (full !== null && full !== v) return null;
      full = v;
      continue;
    }
    if (!AWARD_BEFORE.test(before)) return null; // a threshold or other points: not this shape
    if (v === 0) continue; // the otherwise-zero
    if (award !== null) return null;
    // the award's clause: not per occurrence
    let from = m.index;
    while (from > 0 && !BREAK_AT.test(c.slice(from - 1, from + 1))) from--;
    // (and its sentence's condition: not a shortfall)
    const sentence = Math.max(c.lastIndexOf(";", m.index), c.lastIndexOf("。", m.index)) + 1;
    if (PER_OCCURRENCE.test(c.slice(from, m.index)) || PER_UNIT_CONDITION.test(c.slice(from, m.index)) || SHORTFALL_CONDITION.test(c.slice(sentence, m.index))) return null;
    award = v;
  }
  if (award === null || (full !== null && full !== award)) return null;
  return award;
}

/** the start of a numbered clause: "1.", "2、", "(3)" (not a decimal) */
const NUMBERED_START = /(?:^|[;。])(?=(?:\d{1,2}(?:、|\.(?!\d))|\(\d{1,2}\)))/;
/** a clause's one plain award and nothing else with points but an otherwise-zero: "…的,得1分;延期报送不得分" */
const PLAIN_AWARD_CLAUSE = /[得计记给](\d+(?:\.\d+)?)分/;

/**
 * The full marks of a rule in numbered clauses, each awarding once and deducting from its award or zeroing it ("1.按时…的得1分,
 * 超出时间报送的扣1分。2.所报数字准确无误的得1分,出现统计错误…扣1分。" -> [1, 1]): each clause is a part of the item, its
 * award that part's full mark. Two clauses or more, every one numbered and of that shape (deductedAward's, or one
 * award with an otherwise-zero), at least one deducting; else null.
 */
export function numberedDeductedAwards(rule: string): number[] | null {
  const c = compact(rule);
  if (c.indexOf("扣") < 0) return null;
  const clauses = c.split(NUMBERED_START).filter((x) => x !== "");
  if (clauses.length < 2) return null;
  const out: number[] = [];
  for (const clause of clauses) {
    if (!/^(?:\d{1,2}(?:、|\.(?!\d))|\(\d{1,2}\))/.test(clause)) return null;
    const body = clause.replace(/^(?:\d{1,2}(?:、|\.)|\(\d{1,2}\))/, "");
    let award = body.indexOf("扣") >= 0 ? deductedAward(body) : null;
    if (award === null) {
      // one award, an otherwise-zero at most: no other points, no rule
      const all = body.match(/\d+(?:\.\d+)?分/g) || [];
      const m = PLAIN_AWARD_CLAUSE.exec(body);
      if (!m || all.length !== 1 || NOT_A_DEDUCTED_AWARD.test(body) || PER_OCCURRENCE.test(body.slice(0, m.index + 1)) || /扣/.test(body)) return null;
      award = Number(m[1]);
    }
    if (!(award > 0)) return null;
    out.push(award);
  }
  return out;
}

/** a tier's condition: a threshold or a band of a rate or count ("≥90%", "达到100%的", "99%-90%的", "0-10%(含)") */
const TIER_CONDITION = /%|以上|以下|≥|≤|>|<|=|达到|不低于|不少于|低于|少于|\d[-~～至]\d/;
/** what makes falling awards no tiers of one criterion: a deduction, a bonus, per occurrence, a judgement, a cap, a formula, points in a range */
const NOT_TIERS = /扣|加\d|加分|奖励|每|酌情|视情|最高|最多|至多|不超过|满分|总分|[×÷*]|分值|权重|\d[-~～至]\d+(?:\.\d+)?分|[①②③④⑤⑥⑦⑧⑨⑩]/;

/**
 * tiers each listed thing meets on its own ("培训率、合格率分别达到90%以上得2分,80%以上得1分": 2 for each rate, 4 in all):
 * the things before 分别 / 各 and their condition — no one criterion's tiers (均, all of them together, is one)
 */
const PER_THING_TIERS = /[、和及与][^,;。，；]{0,12}(?:分别|各)(?:达到|达|在|为|不低于|不少于|≥|>|超过|高于)/;
/** a bonus above the item: "加3分", "最多加9分" */
const BONUS_SENTENCE = /加\d|加分/;
/** the best tier's condition, the task's own target met: "完成年度计划目标" */
const TARGET_MET = /^(?:全部|按时|按要求)?(?:完成|达到|实现)[^,;]*(?:目标|任务|计划)的?,?[得计记给]?$/;

/**
 * The top tier of a rule that scores one criterion in tiers, falling from the best ("网点完工率达到100%的得30分,99%-90%的得27分,
 * …,50%以下的不得分" -> 30; "预算控制率=0,计5分;0-10%(含),计4分;…;大于30%不得分" -> 5): the best tier is the item's full mark.
 * Two tiers or more, each an award after 得/计/记/给 under a threshold or band, strictly falling, the rest zero; null
 * otherwise (a deduction, a bonus, per occurrence, a judgement, a cap, a formula, numbered parts, other points).
 */
export function topTierAward(rule: string): number | null {
  let c = compact(rule);
  // a sentence that only adds a bonus above the item ("每超额完成10%加3分,最多加9分。") or states no points is no tier
  if (c.indexOf("。") >= 0 && c.indexOf("。") < c.length - 1) {
    c = c
      .split("。")
      .filter((x) => /\d分/.test(x) && !(BONUS_SENTENCE.test(x) && !/[得计记给]\d/.test(x)))
      .join("。");
  }
  if (NOT_TIERS.test(c) || NUMBERED_START.test(c.slice(0, 3)) || !TIER_CONDITION.test(c) || PER_THING_TIERS.test(c)) return null;
  const awards: number[] = [];
  let prevEnd = 0;
  ANY_POINTS.lastIndex = 0;
  for (let m = ANY_POINTS.exec(c); m; m = ANY_POINTS.exec(c)) {
    const v = Number(m[1]);
    if (!AWARD_BEFORE.test(c.slice(Math.max(0, m.index - 1), m.index))) return null;
    if (v === 0) continue;
    // each tier names its condition (the best may be the task's own target met: "完成年度计划目标得40分,完成目标的90%得36分")
    const condition = c.slice(prevEnd, m.index);
    if (!TIER_CONDITION.test(condition) && (awards.length > 0 || !TARGET_MET.test(condition))) return null;
    prevEnd = m.index + m[0].length;
    if (awards.length && v >= awards[awards.length - 1]) return null;
    awards.push(v);
  }
  return awards.length >= 2 ? awards[0] : null;
}

/**
 * A rule listing bands of a figure, each with its points after a comma and no award verb, rising to the best
 * ("37.2%-40%,1分;40%-42%,1.5分;超过42%,2分", "0-10%,0.5分超过10%,1分", "1个,1分;2个,1.5分;3个,2分"): alternatives, one
 * of which applies — never awards to add up. `kind` "rising": the bands' points rise strictly, the best (the last) the
 * item's full mark (`top`); "mixed": a band ladder whose points do not rise (a slip such as 15 for 1.5, or a falling
 * ladder): nothing is said of it. Null where the rule is no such ladder: a condition with no figure or threshold, an
 * award after 得/计/记/给, a deduction or bonus (NOT_TIERS), text after the last band.
 */
export function bandLadder(rule: string): { kind: "rising"; top: number } | { kind: "mixed" } | null {
  const c = compact(rule).replace(/[。.]+$/, "");
  if (NOT_TIERS.test(c)) return null;
  const awards: number[] = [];
  let prevEnd = 0;
  BAND_POINTS.lastIndex = 0;
  for (let m = BAND_POINTS.exec(c); m; m = BAND_POINTS.exec(c)) {
    // (points right after a figure's unit, no comma: "60%-70%1.5分" — the unit ends the condition)
    const condition = c.slice(prevEnd, m.index + (m[1] ? m[1].length : 0)).replace(/^[;；,，]/, "");
    // (the lowest band may name the bare fact, "有数字平台,1分;有2个,1.5分;超过2个,2分")
    if (!(awards.length === 0 ? BAND_FIRST_CONDITION : BAND_CONDITION).test(condition) || CLAUSE_NUMBER.test(condition)) return null;
    awards.push(Number(m[2]));
    prevEnd = m.index + m[0].length;
  }
  if (awards.length < 2 || prevEnd !== c.length) return null;
  for (let k = 1; k < awards.length; k++) if (!(awards[k] > awards[k - 1])) return { kind: "mixed" };
  return { kind: "rising", top: awards[awards.length - 1] };
}
/** a band's points: after a comma, no award verb ("…40%,1分") */
const BAND_POINTS = /(?:[,，]|(\d[%个人米]))(\d+(?:\.\d+)?)分/g;
const BAND_FIRST_CONDITION = /^[^,，;；。]+$/;
/** a numbered clause's opening ("1.", "2、", "(3)"): clauses each awarding, no bands */
const CLAUSE_NUMBER = /^(?:\d{1,2}(?:、|\.(?!\d))|[(（]\d{1,2}[)）])/;
/** a band's condition: a figure with a range or a threshold, no verb of its own ("37.2%-40%", "超过42%", "2个", "3平方米-3.5平方米") */
const BAND_CONDITION = /^[^,，;；。]*\d[^,，;；。]*$/;

/** the rule's closing total: "…得2分,共6分。", "…;合计10分" */
const CLOSING_TOTAL = /(?:^|[,;。])(?:共|共计|合计|总计)(\d+(?:\.\d+)?)分[。.]?$/;

/**
 * The total a rule states at its close ("抽查3位农户,农户熟悉…工作得2分,共6分。" -> 6): what the item is worth in full by its
 * own words. Null where the rule closes otherwise.
 */
export function closingTotal(rule: string): number | null {
  const m = CLOSING_TOTAL.exec(compact(rule));
  return m ? Number(m[1]) : null;
}

/** a clause's head ending in its own points, before the colon that opens its rule: "①完成…指标(15分):" */
const CLAUSE_HEAD_POINTS = /\((\d+(?:\.\d+)?)分\):?$/;
/** where a circled clause starts within a line ("…得1分。②…") */
const BEFORE_CIRCLED = /(?=[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/;

/**
 * The points a rule's top-level clauses state at their heads: "①完成…指标(15分):\n新培育国家级…(6分):…\n②积极申报…(2.5分):
 * …\n③工作实效性、质量性(2.5分):…" -> [15, 2.5, 2.5]. The clauses are the pieces numbered in the first code style the rule
 * uses (circled, 1. / 1、, (1) …), each starting a line or at its circled number; each one's head — its text up to its
 * first colon, or its whole first line — ends in its points in a bracket. Sub-clauses under a clause (other styles, or
 * unnumbered lines) are its body. Two clauses at least, every one with its head points; else null (a rule whose clauses
 * deduct or award inside their text is rubricAwards' or numberedDeductedAwards' business).
 */
export function clauseHeadPoints(rule: string): number[] | null {
  if (!rule || rule.indexOf("分") < 0) return null;
  const pieces: string[] = [];
  for (const line of rule.split(/\r?\n/)) for (const p of line.split(BEFORE_CIRCLED)) if (p.trim()) pieces.push(compact(p));
  let style: string | null = null;
  const points: number[] = [];
  for (const p of pieces) {
    const code = labelCode(p);
    if (style === null && code) style = code.style;
    if (!code || code.style !== style || code.parent) continue;
    const colon = p.indexOf(":");
    const m = CLAUSE_HEAD_POINTS.exec(colon >= 0 ? p.slice(0, colon + 1) : p);
    if (!m) return null;
    points.push(Number(m[1]));
  }
  return points.length >= 2 ? points : null;
}

/** an award to each of the things a rule lists before it: "…分别达到100%各得5分", "…均达标的各计2分" */
const EACH_AWARD_BEFORE = /各(?:可)?[得计记给]$/;
/**
 * What makes a rule's awards no fixed full mark: a judgement (酌情, 视情), a proportion or formula (比例, ×), the item's
 * own points named in words (满分, 该项分数, 分值), a cap or a bonus (最高, 最多, 不超过, 加2分), a range of points, or
 * circled items (rubricAwards' business).
 */
const NOT_FIXED_AWARDS = /酌情|视情|比例|[×÷*]|满分|(?:该|本|此)项分数|分值|权重|最高|最多|至多|不超过|加\d|加分|奖励|\d[-~～至]\d+(?:\.\d+)?分|分(?:以上|以下|以内)|[①②③④⑤⑥⑦⑧⑨⑩]/;
/** a clause's start: after a comma, a semicolon, a colon or a full stop ('。': a '.' may be a decimal point) */
const CLAUSE_START = /[,;。:]/;
/** a joining word after the list's last '、' ("猪瘟、蓝耳病和口蹄疫"): the count the '、' give is not the list's */
const LIST_JOIN = /[和及与]/;

/**
 * Whether a rule awards each of several things the same points ("…各得5分"): where enumeratedAwards cannot count them (a
 * list joined by 和, a count in words, a cap) the award is no single award either, and nothing is read.
 */
export function awardsEach(rule: string): boolean {
  const c = compact(rule);
  return c.indexOf("各") >= 0 && EACH_AWARD.test(c);
}
const EACH_AWARD = /各(?:可)?[得计记给]\d/;

/** a count stated in words or figures before the award ("三种疫病", "2项指标"): the things the award goes to */
const STATED_COUNT = /(?:^|[^\d.])([两二三四五六七八九]|[2-9])(?:种|项|类|个)/;

/**
 * The number of things an award's clause lists before '各得N分': the '、'-separated things ("猪瘟、猪蓝耳病、猪口蹄疫…分别达到
 * 100%各得" -> 3), two joined by one 和 / 及 / 与 before 分别 ("鸡新城疫和禽流感免疫密度分别达到100%各得" -> 2), or a count stated
 * ("三种疫病…分别达到100%各得" -> 3; beside a list, the same count). Null where the clause lists fewer than two, a '、' list's last
 * thing is joined by 和 / 及 / 与 (the count unclear: "A、B免疫密度和抗体合格率" may be 2 × 2), or a stated count differs.
 */
export function listedCount(clause: string): number | null {
  const subject = clause.replace(/各(?:可)?[得计记给]$/, "");
  const split = subject.indexOf("分别");
  const head = split >= 0 ? subject.slice(0, split) : subject;
  const parts = subject.split("、");
  let listed: number | null = null;
  if (parts.length >= 2) {
    if (LIST_JOIN.test(parts[parts.length - 1].slice(0, 8))) return null;
    listed = parts.length;
  } else if (split > 0) {
    const joins = head.match(LIST_JOINS);
    if (joins && joins.length === 1) listed = 2;
  }
  const m = STATED_COUNT.exec(head);
  const stated = m ? (/\d/.test(m[1]) ? Number(m[1]) : m[1] === "两" ? 2 : chineseNumber(m[1])) : null;
  if (stated !== null && listed !== null && stated !== listed) return null;
  const n = listed ?? stated;
  return n !== null && n >= 2 ? n : null;
}
const LIST_JOINS = /[和及与]/g;

/** The full mark of a rule awarding each of the things it lists: the count, each one's award, and the rule's total. */
export interface EnumeratedAwards {
  /** the things listed ('、'-separated) in the award's clause */
  count: number;
  /** the award each earns (各得N分) */
  each: number;
  /** the rule's other plain awards, added */
  others: number[];
  /** count × each + others */
  total: number;
}

/**
 * The full mark of a rule that awards each of the things it lists ('、'-separated, in the award's own clause) the same
 * points: "猪瘟、猪蓝耳病、猪口蹄疫免疫密度分别达到100%各得5分;单项密度每降1%扣0.5分,扣完为止" -> 3 × 5 = 15;
 * "A、B各得2分,C得1分" -> 2 × 2 + 1 = 5. Deductions only take away and are not counted; the otherwise-zero is none. Null
 * where the rule has no '各得N分' after a list of two or more, awards '各' twice (tiers), awards per occurrence (每) in
 * that clause, joins the list's last thing by 和/及/与 (the count unclear), judges, scales, caps, adds a bonus, names
 * its full points in words (满分, 该项分数), states a range, or holds points that are neither awards nor deductions (a
 * threshold), or another award that is an alternative (部分达到的得2分).
 */
export function enumeratedAwards(rule: string): EnumeratedAwards | null {
  const c = compact(rule);
  if (c.indexOf("各") < 0 || NOT_FIXED_AWARDS.test(c)) return null;
  let count = 0;
  let each = 0;
  const others: number[] = [];
  ANY_POINTS.lastIndex = 0;
  for (let m = ANY_POINTS.exec(c); m; m = ANY_POINTS.exec(c)) {
    const v = Number(m[1]);
    const before = c.slice(Math.max(0, m.index - 6), m.index);
    if (DEDUCTION_POINTS_BEFORE.test(before)) continue;
    // the award's clause: back to its comma, semicolon or full stop
    let from = m.index;
    while (from > 0 && !CLAUSE_START.test(c[from - 1])) from--;
    const clause = c.slice(from, m.index);
    if (EACH_AWARD_BEFORE.test(before)) {
      if (count > 0 || clause.indexOf("每") >= 0) return null;
      const n = listedCount(clause);
      if (n === null) return null;
      count = n;
      each = v;
      continue;
    }
    if (!AWARD_BEFORE.test(before)) return null; // a threshold or other points: not this shape
    if (v === 0) continue; // the otherwise-zero
    // another plain award adds, unless it is one of per occurrence or an alternative of a shortfall
    const sentence = Math.max(c.lastIndexOf(";", m.index), c.lastIndexOf("。", m.index)) + 1;
    if (PER_OCCURRENCE.test(clause) || SHORTFALL_CONDITION.test(c.slice(sentence, m.index)) || SHORTFALL_CONDITION.test(clause)) return null;
    others.push(v);
  }
  if (count === 0 || !(each > 0)) return null;
  return { count, each, others, total: count * each + others.reduce((a, b) => a + b, 0) };
}

/** awards by rank listed after one award verb and one 分: "分别得10、8、6、4分", "按从高到低得8、6、4分" (raw text: wrap spaces allowed) */
const RANKED_AWARDS = /([得计记给])[ \t\u3000]*((?:\d+(?:\.\d+)?[ \t\u3000]*、[ \t\u3000]*)+\d+(?:\.\d+)?)[ \t\u3000]*分/g;
/** the order the ranked list follows: 排序, 排名, 名次, 从高到低, 从低到高, 依次 */
const RANKING = /排序|排名|名次|从高到低|从低到高|由高到低|由低到高|依次/;
/** where a sentence starts: after ';', '。' or a line break */
const SENTENCE_BREAK = /[;；。\r\n]/;

/**
 * The rule with each list of awards by rank read as its best award ("…按从高到低排序,分别得10、8、6、4分" -> "…分别得10分"):
 * the places of a ranking are alternatives, the first place earns the most the criterion gives, and the rule's other
 * readings (one award, tiers, awards to add up) then see one award where the list stood — not its last figure ("4分") as
 * an award of its own. Only a list whose sentence names the ranking (排序, 名次, 从高到低 …) and whose points fall strictly;
 * "A、B、C分别得3、2、1分" (each thing its points: no ranking) and a rising list are left as written. The same string where
 * no list is read (most rules: no '、' between figures).
 */
export function rankedAwardsAsBest(rule: string): string {
  if (rule.indexOf("、") < 0) return rule;
  RANKED_AWARDS.lastIndex = 0;
  if (!RANKED_AWARDS.test(rule)) return rule;
  RANKED_AWARDS.lastIndex = 0;
  return rule.replace(RANKED_AWARDS, (whole: string, verb: string, list: string, at: number) => {
    const points = list.split("、").map((x) => Number(x.trim()));
    for (let k = 1; k < points.length; k++) if (!(points[k] < points[k - 1])) return whole;
    let from = at;
    while (from > 0 && !SENTENCE_BREAK.test(rule.charAt(from - 1))) from--;
    return RANKING.test(compact(rule.slice(from, at))) ? `${verb}${list.split("、")[0].trim()}分` : whole;
  });
}

/** a sentence opening as the shortfall of the criterion before it ("低于85%的县(区)…", "未达到…", "达不到…"): its lower tiers */
const SHORTFALL_SENTENCE = /^(?:低于|少于|小于|不足|不到|未|没有|达不到|不达|不满|否则|其他|其余|其它)/;
/** a case's head before the sentence's first points, "其它地区:", "城市:" (a colon before any figure's 分) */
const CASE_HEAD = /^[^:分]*:/;
/**
 * What makes a rule's awards no fixed whole of separate criteria: per occurrence (每), a judgement, a cap or a full mark
 * named in words, a bonus, a formula, a range of points, points as a threshold (90分以上), a deduction by a figure (扣1分:
 * deductedAward's shape), circled clauses, a total stated in the rule (共计4分: closingTotal's), awards joined by 或
 * ("…材料得20分,主要领导参加得20分或分管领导参加得15分": options whose reach is unclear — of the clause or of the award
 * before it). A deduction with no figure ("未达到的按比例相应扣分") takes from the award and leaves it the whole; "不超过"
 * is a cap only before points ("距离不超过1公里" is a threshold).
 */
const NOT_CRITERIA = /每|酌情|视情|最高|最多|至多|不超过\d+(?:\.\d+)?分|满分|总分|分值|权重|加\d|加分|奖励|[×÷*]|\d[-~～至]\d+(?:\.\d+)?分|分(?:以上|以下|以内)|扣(?:除|减|分)?\d|[①②③④⑤⑥⑦⑧⑨⑩]|(?:共|合|总)计\d|分或/;
/**
 * A later award's condition that makes it an alternative of the one before, not a criterion of its own: a shortfall
 * (部分, 基本, 未, 不足, 不全 …), the rest (否则, 其他), a grade (良好, 一般, 合格, 较差), a lower band (以下, 低于), a ranking
 * (排序, 名次: RANKED_PLACE, in the same sentence only; 合格率 is a rate's name, no grade), or 或 opening it ("…得5分,或…得3分"; an award right before 或 is
 * refused outright, NOT_CRITERIA).
 */
export const ALTERNATIVE = /部分|基本|较|未|没有|不足|不到|不(?:全|齐|完整|规范|及时|到位|达标)|否则|其他|其余|其它|优秀|良好|中等|一般|合格(?!率)|差|以下|低于|少于|不满|^,?或/;
/** a ranking in a later award's condition of the same sentence: the lower places of the criterion before (a ranking opening a sentence is a criterion of its own) */
const RANKED_PLACE = /排序|排名|名次|从高到低|从低到高|由高到低|由低到高|依次/;
/** a breakdown of the award before it, in a bracket: "…得0.5分(其中有三级公路连接得0.2分;…)" — its parts, no criteria of their own */
const BREAKDOWN = /\(其中(?:[^()]|\([^()]*\))*\)/g;
/** an award's figure with no 分 after it ("…;4)制定…考核制度得2": cut short): the rule's awards cannot all be read */
const BARE_AWARD = /[得计记给]\d+(?:\.\d+)?(?![\d.分])/;
/** a sentence that only zeroes a shortfall, "未出台激励政策的,得0分": after two awards or more, they are its options (grades), not criteria */
const SHORTFALL_ZERO = /^(?:\d{1,2}[、.)]|\(\d{1,2}\))?(?:未|没有|无|不)[^;。]*(?:得0分|计0分|记0分|不得分|不计分)$/;
/**
 * a threshold in a condition: a rate, a count, a band or a deadline (100%, 25户以上, ≥90, "(含5万)", 不超过1公里,
 * "3月31日前完成")
 */
export const THRESHOLD = /%|以上|≥|≤|>|<|=|大于|小于|不低于|不少于|不超过|高于|\d[-~～至]\d|含\d|\d[日月]前|月底前|年底前/;
/** a condition naming the whole done, the top of a ladder whose lower rungs state a threshold ('全部完成得5分;完成80%得4分') */
const WHOLE_DONE = /全部|全面|完全|全额|足额/;

/** a rule's separate criteria: each one's best award, in order, and whether some criterion is scored in tiers */
export interface RuleCriteria {
  bests: number[];
  tiered: boolean;
}

/**
 * One reading of a rule whose points are awards (得/计/记/给 N分) to the separate criteria it scores: the best award of
 * each criterion, in order, or null. Both readers of such rules are views of it: separateAwards (a line's worth in a
 * rubric with no 分值 column: the bests added) and criterionAwards (two criteria or more, against the line's 分值).
 *
 * A later award is a criterion of its own ("…计4分,健康扶贫政策落实计6分" -> [4, 6]; "…计7分;25户以上…硬化计3分" -> [7, 3])
 * unless its condition makes it an alternative of the one before (a tier of that criterion, lower than its last award:
 * a shortfall, the rest, a grade, a lower band, a ranking — "会议记录完整得5分,记录不全得2分" — or both its condition
 * and the one before stating a threshold: "达到90%以上计10分,80%以上计8分"); a sentence opening as a shortfall with a
 * lower award ("…达到85%得10分;低于85%的…得8分") continues the criterion before. Null where such an alternative is not
 * lower (rising tiers, "达到5%得1分;达到10%得2分": the best unclear from a sum), where a sentence is headed by its case
 * ("山区:…得10分…。其它地区:…": one criterion's cases), where any points figure is no award, or where the rule is no
 * fixed whole (NOT_CRITERIA). The otherwise-zero is no award; the same award restated in a bracket of its sentence
 * (", …(…计10分)") is one award. Ranked lists are read as their first place by the callers (rankedAwardsAsBest).
 * `tiered`: some criterion has lower alternatives (tiers, grades, a shortfall's award), no one fixed award each.
 */
export function ruleCriteria(rule: string): RuleCriteria | null {
  if (rule.indexOf("分") < 0) return null;
  const c = rule
    .split(/[\r\n]+/)
    .map((l) => compact(l))
    .filter((l) => l !== "")
    .join("。")
    .replace(BREAKDOWN, "");
  if (NOT_CRITERIA.test(c) || BARE_AWARD.test(c)) return null;
  const bests: number[] = [];
  let tiered = false;
  /** the current criterion's last award and whether its condition stated a threshold */
  let last = 0;
  let lastThreshold = false;
  let prevEnd = 0;
  let prevSentence = -2;
  ANY_POINTS.lastIndex = 0;
  for (let m = ANY_POINTS.exec(c); m; m = ANY_POINTS.exec(c)) {
    if (!AWARD_BEFORE.test(c.slice(Math.max(0, m.index - 1), m.index))) return null;
    const v = Number(m[1]);
    const sentenceAt = Math.max(c.lastIndexOf(";", m.index), c.lastIndexOf("。", m.index));
    const sameSentence = sentenceAt === prevSentence;
    // (the award's condition: since the award before, within its own sentence)
    const condition = c.slice(Math.max(prevEnd, sentenceAt + 1), m.index);
    const sentence = c.slice(sentenceAt + 1, m.index);
    prevEnd = m.index + m[0].length;
    // (a sentence headed by the case it scores, "其它地区:覆盖…得10分": one of the criterion's cases)
    if (!sameSentence && CASE_HEAD.test(sentence)) return null;
    if (v <= 0) {
      // (the otherwise-zero; a sentence of its own zeroing a shortfall after two criteria or more: they were its options)
      if (bests.length >= 2 && !sameSentence && SHORTFALL_ZERO.test(sentenceOf(c, sentenceAt + 1))) return null;
      continue;
    }
    const threshold = THRESHOLD.test(condition);
    if (bests.length) {
      // (the award restated in a bracket of the same sentence)
      if (sameSentence && v === last && condition.indexOf("(") >= 0 && condition.indexOf(")") < 0) continue;
      const alternative = ALTERNATIVE.test(condition) || (sameSentence && RANKED_PLACE.test(condition)) || (!sameSentence && SHORTFALL_SENTENCE.test(sentence)) || (threshold && lastThreshold);
      if (alternative) {
        if (!(v < last)) return null;
        tiered = true;
        last = v;
        lastThreshold = threshold;
        prevSentence = sentenceAt;
        continue;
      }
    }
    bests.push(v);
    last = v;
    lastThreshold = threshold || WHOLE_DONE.test(condition);
    prevSentence = sentenceAt;
  }
  // (a closing sentence zeroing a shortfall with no figure, "…;未出台激励政策的不得分")
  if (bests.length >= 2) {
    const tail = c.replace(/[;。]+$/, "");
    const at = Math.max(tail.lastIndexOf(";"), tail.lastIndexOf("。"));
    if (at >= 0 && SHORTFALL_ZERO.test(tail.slice(at + 1))) return null;
  }
  return bests.length ? { bests, tiered } : null;
}

/** the sentence of `c` that starts at `from`, up to its ';' or '。' */
function sentenceOf(c: string, from: number): string {
  let to = from;
  while (to < c.length && c[to] !== ";" && c[to] !== "。") to++;
  return c.slice(from, to);
}

/**
 * The bests of a rule that scores two separate criteria or more, each with its own award or tiers (ruleCriteria):
 * "15年教育普及率…高于或等于市平均的县(区)得10分,低于市平均的县(区)按从高到低得8分。初中生辍学率按从低到高分别得10分。" ->
 * [10, 10] (ranked lists read first, rankedAwardsAsBest). Null where it scores one criterion or reads otherwise.
 */
export function criterionAwards(rule: string): number[] | null {
  const read = ruleCriteria(rule);
  return read && read.bests.length >= 2 ? read.bests : null;
}

/** a list's points with no award verb, '标准分各25分', '…网点各25分' (各 right before the figure) */
const EACH_BARE_BEFORE = /各$/;
/** the words before a bare list's 各 that name its points ('标准分各', '分值各'): not part of the things listed */
const EACH_BARE_WORD = /(?:标准分|分值|基本分|基准分)?各$/;
/** points that add to the item from above or take away: a bonus ('加3分', '另加10分') or a deduction ('减3分', '扣1分') */
const BONUS_OR_DEDUCTION_BEFORE = /(?:另?加|减|扣(?:除|减)?)$/;
/** what makes a rule's lists no fixed standard: a judgement, a formula, a cap, a range of points */
const NOT_FIXED_LISTS = /酌情|视情|比例|[×÷*]|乘以|最高|最多|至多|不超过\d+(?:\.\d+)?分|\d[-~～至]\d+(?:\.\d+)?分/;

/** A rule's standard points given in lists, each thing of a list the same points: the lists, their total, and whether a bonus lies above them. */
export interface EachLists {
  lists: { count: number; each: number }[];
  /** Σ count × each */
  total: number;
  /** the rule adds a bonus above the standard points ('超额完成的每增加一个加3分', '另加10分') */
  bonus: boolean;
}

/**
 * The standard points of a rule that gives them in two lists or more, one per criterion, each listing its things with
 * '各N分' and no award verb ("其中新建农资、日用品网点标准分各25分,标准化改造提升农资、日用品网点各25分;…" -> 2 × 25 + 2 × 25
 * = 100): the criteria are separate, their lists add up to what the item is worth. Bonuses and deductions (加3分, 另加10分,
 * 减3分) lie above or below the standard and are not counted (`bonus` says a bonus is there); the otherwise-zero is none.
 * Null where the rule has fewer than two such lists (one list: enumeratedAwards' shape, with its verb), a list is per
 * occurrence (每) or cannot be counted (listedCount), the lists are alternatives ('或' between them), the rule judges,
 * scales, caps or states a range, or any other figure of points is an award or a threshold.
 */
export function eachLists(rule: string): EachLists | null {
  const c = compact(rule);
  if (c.indexOf("各") < 0 || NOT_FIXED_LISTS.test(c)) return null;
  const lists: { count: number; each: number }[] = [];
  let bonus = false;
  let firstFrom = -1;
  let lastEnd = -1;
  ANY_POINTS.lastIndex = 0;
  for (let m = ANY_POINTS.exec(c); m; m = ANY_POINTS.exec(c)) {
    const v = Number(m[1]);
    const before = c.slice(Math.max(0, m.index - 6), m.index);
    if (EACH_BARE_BEFORE.test(before)) {
      let from = m.index;
      while (from > 0 && !CLAUSE_START.test(c[from - 1])) from--;
      const clause = c.slice(from, m.index).replace(EACH_BARE_WORD, "");
      if (clause.indexOf("每") >= 0 || !(v > 0)) return null;
      const n = listedCount(clause);
      if (n === null) return null;
      lists.push({ count: n, each: v });
      if (firstFrom < 0) firstFrom = from;
      lastEnd = m.index;
      continue;
    }
    if (BONUS_OR_DEDUCTION_BEFORE.test(before)) {
      if (/加$/.test(before)) bonus = true;
      continue;
    }
    if (v === 0 && AWARD_BEFORE.test(before)) continue; // the otherwise-zero
    return null; // an award or a threshold: not this shape
  }
  if (lists.length < 2 || c.slice(firstFrom, lastEnd).indexOf("或") >= 0) return null;
  let total = 0;
  for (const l of lists) total += l.count * l.each;
  return { lists, total: Math.round(total * 1000) / 1000, bonus };
}
