import type { Grid } from "../grid/grid";
import { decimalsOf } from "../text/numbers";
import { a1 } from "../grid/a1";
import type { AmountUnit, RatioRelation, Relation, RelationTerm } from "../model/types";
import { withoutCopyMarks } from "../text/copy-marks";
import { collapseDoubledMarks, normalizeText } from "../text/normalize";
import { halfUnit, rateCheckable } from "../relations/inline-changes";
import { withDotGroupedAmounts } from "../text/dot-grouped";
import { withoutBudgetAccounts } from "./vocabulary";

/**
 * (prose48) Rates stated in prose with their two amounts, on any sheet, family or not — and the one number reader of prose.
 *
 * **Numbers in prose** (`proseQuantities`): the text is read as normalizeText gives it (NFKC: full-width digits, commas and
 * '%' half-width; 繁體 simplified), every space gone except one between two digits, which is kept as a break (BREAK): '4 8000
 * 元' is no number (a PDF's line break inside a number, or two numbers side by side: which, the text does not say — no amount
 * is read, and a rate whose clause holds such a break is not read). A quantity is a number with thousands commas or none
 * ('1,234.56万元', '12,345元'), its 亿 / 万 parts one after the other ('1亿2,000万元', '1,030万6,880元': unit-amounts.ts's
 * reading, here in a sentence), '人民币' before it or not, and its unit: money (元; 万元 or a bare 万 / 亿 — '86万' in a
 * sentence of money) or a count's unit (人, 人次, 个, 户, 项 … with 万: '1.2万人次' is 12,000). A bare number (a year, a
 * date's, a code) is none.
 *
 * **A rate with its two amounts** (`proseRates`): a rate of execution, spending, arrival, payment, completion (执行率 / 支出率 /
 * 到位率 / 拨付率 / 完成率 / 配套率 / 使用率 / 发放率 / 兑现率 R%) stated after its two amounts within one sentence, the
 * weakest evidence that it is their ratio and no other: the amount right before the rate (no other between) is named by a
 * word of what was done that pairs with the rate's word (执行 / 支出 / 实际 / 已 … for 执行率; 到位 / 实际 for 到位率; 完成 /
 * 实际 for 完成率) and by no word of a plan; the amount right before it (again no other between) by a word of the plan (预算 /
 * 计划 / 应到位 / 应配套 / 下达 / 安排 / 批复 / 年初 / 调整后 / 任务 …) and by no word of the done ('实际', '已'); both money
 * (万元 against 元 converted) or counts of one unit. Or stated with its operands in brackets: 'R%(M/N)'. Not read: a target
 * (不低于 / 达到…以上 / ≥ / 目标 / 要求 / 力争 / 确保 / 预计), a growth or a share (增长 / 同比 / 环比 / 提高 / 下降 / 增加 / 减少 /
 * 比上年 / 占 / 比重 / 百分点) in the rate's own clause or between the amounts, two years' figures (two different years named
 * between the plan's amount and the rate), a third amount between them with no pairing word (a remainder), a 其中 list
 * before the done amount (the rate may be over a part), a broken number. The rate is checked against M / N at its shown precision (half-up or truncated: the shared tolerance
 * policy, relations/evaluate.ts): exec-rate-mismatch reports 执行率 / 支出率, ratio-mismatch the others.
 *
 * On a report of the self-evaluation families (`report`: reportKind's evidence) the first 执行率 of a line keeps the report
 * family's looser reading (reportRates's, moved here unchanged but for the number reader: the last amount done, the
 * plan's first amount of its unit, the others its alternatives — the report around it vouches for the pair).
 *
 * Cheap on every other sheet: one regular-expression search over the sheet's joined texts (Grid.hasText) before any cell
 * is read.
 */

/** A space between two digits, kept: the number it splits is no number. */
const BREAK = "\u00a6";
const DIGIT_SPACE = /(\d)[\s\u00a0\u3000]+(?=\d)/g;
const SPACES = /[\s\u00a0\u3000]+/g;
const PERCENT_WORDS = /百分之[\s\u00a0\u3000]*(\d+(?:\.\d+)?)(?![\d.%])/g;

/** The text of a prose cell as its numbers are read (see the module's note). */
export function proseText(raw: string): string {
  // (prec48: a copy's page numbers, footnote marks and repeated sentences out first, src/core/text/copy-marks.ts)
  let t = normalizeText(withoutCopyMarks(raw));
  // (prec49: a percent in words with its figure, '百分之92.5', is '92.5%')
  if (t.indexOf("百分之") >= 0) t = t.replace(PERCENT_WORDS, "$1%");
  // (grad50a: a mirror's doubled punctuation, ',,' ',。' ',;', one mark — text/normalize.ts collapseDoubledMarks)
  // (grad52: an amount printed with '.' as its thousands separator, '34.568.64万元', read as '34,568.64万元': text/dot-grouped.ts)
  return withDotGroupedAmounts(collapseDoubledMarks(t.replace(DIGIT_SPACE, "$1" + BREAK).replace(SPACES, "")));
}

/** A number with thousands commas ('1,234.56', '12,345'), not the head of a longer run of digits and commas. */
const GROUPED = /(^|[^\d.,])(\d{1,3}(?:,\d{3})+)(?![\d]|,\d)/g;

/**
 * The text of a prose cell for a reader with its own amounts' expressions (sentence-sums.ts): proseText's, the thousands
 * commas taken out of its numbers ('1,234.56万元' → '1234.56万元'); null where a number is split by a space (no amount of
 * it may be read: '4 8000 元' is neither 48000 nor 8000).
 */
export function proseDigits(raw: string): string | null {
  const t = proseText(raw);
  if (t.indexOf(BREAK) >= 0) return null;
  return t.indexOf(",") < 0 ? t : t.replace(GROUPED, (_m, lead: string, n: string) => lead + n.replace(/,/g, ""));
}

/** The units of counts (longest first where one is the other's start). */
// (rels56: areas and lengths written in letters too — '1429.39hm²' (proseText: hm2), '3.75km' — and 公顷, 平方公里)
export const COUNT_UNITS = "人次|人天|人|户次|户|个|项|所|家|名|件|次|场|期|批|座|处|台|套|辆|公里|千米|平方公里|平方千米|平方米|立方米|公顷|亩|吨|株|只|头|篇|册|份|间|条|块|部|村|本|课时|学时|班|hm2|hm|km2|km";
const NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
/** A quantity: what precedes it (no digit, no number's mark), 人民币, the number with its 亿 / 万 parts, its unit. */
// (prose52: after a comma too where no digit is before it — '截至9月底,170项重点项目' —: only a comma inside a number is none)
// (ES2017, no lookbehind: a comma right after a digit, a point or a break is passed over in proseQuantities)
const QUANTITY = new RegExp(`(^|[^\\d.,${BREAK}]|,)(?:人民币)?((?:${NUM})(?:[亿万](?:${NUM}))*(?:[亿万])?)(元|${COUNT_UNITS})?`, "g");

/**
 * (rels56) Who a figure written in 万 / 亿 alone counts where a noun of persons follows it ('1000.53万学生享受免学费政策',
 * '惠及120万群众'): a count of them, no money — proseQuantities leaves it unread (its unit is no unit of COUNT_UNITS).
 */
export const COUNTED_AFTER_BIG = /^(?:学生|学子|幼儿|儿童|群众|居民|市民|村民|农民|农户|贫困户|贫困人口|人口|职工|教师|老人|老年人|残疾人|患者|家庭|游客|旅客|考生|毕业生|劳动力|会员|志愿者|用户)/;

export interface ProseQuantity {
  /** index of the number in the text */
  at: number;
  /** index after its unit */
  end: number;
  /** the number and its unit as written (normalised) */
  text: string;
  /** "money" or the count's unit */
  kind: string;
  /** the value: money in `unit`, a count in its unit */
  value: number;
  unit: AmountUnit | null;
  decimals: number;
}


/** The value of a number with its 亿 / 万 parts ('1亿2,000万' → 120000000), with the decimals of its last part. */
function partsValue(token: string): { value: number; last: string; lastScale: number } | null {
  let value = 0;
  let last = "";
  let lastScale = 1;
  const parts = token.split(/([亿万])/);
  // parts: number, unit, number, unit, …, number or ""
  for (let i = 0; i < parts.length; i += 2) {
    const n = parts[i];
    const scale = parts[i + 1] === "亿" ? 1e8 : parts[i + 1] === "万" ? 1e4 : 1;
    if (n === "") {
      if (i + 1 < parts.length) return null;
      continue;
    }
    value += Number(n.replace(/,/g, "")) * scale;
    last = n;
    lastScale = scale;
  }
  return { value: Math.round(value * 1e6) / 1e6, last, lastScale };
}

/** A prose text's amounts of money with their unit (proseQuantities' money), the first thing each prose money reader takes. */
export function proseMoney(text: string): ProseQuantity[] {
  return proseQuantities(text).filter((q) => q.kind === "money" && q.unit !== null);
}

/** The quantities of a prose text (proseText's), in their order; bare numbers left out. */
export function proseQuantities(text: string): ProseQuantity[] {
  const out: ProseQuantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    // (a comma inside a number, after a digit, a point or a break: no quantity opens there — searched on past it)
    if (m[1] === "," && m.index > 0 && (/[\d.]/.test(text[m.index - 1]) || text[m.index - 1] === BREAK)) {
      QUANTITY.lastIndex = m.index + 1;
      continue;
    }
    const token = m[2];
    const unit = m[3] ?? "";
    const at = m.index + m[1].length;
    const end = at + m[0].length - m[1].length;
    const big = /[亿万]/.test(token);
    // (a number run into a break, '4¦8000': none of it is read)
    if (text[end] === BREAK || text[at - 1] === BREAK) continue;
    if (!unit && !big) continue;
    if (!unit && COUNTED_AFTER_BIG.test(text.slice(end, end + 5))) continue;
    const p = partsValue(token);
    if (!p) continue;
    const written = text.slice(at, end);
    if (unit && unit !== "元") {
      out.push({ at, end, text: written, kind: unit, value: p.value, unit: null, decimals: decimalsOf(p.last) });
      continue;
    }
    // money: in 万元 where it is written in 万 (or 亿) alone, else in 元
    const oneBig = /^[^亿万]*[亿万]$/.test(token);
    if (oneBig) {
      const wan = p.value / 1e4;
      out.push({ at, end, text: written, kind: "money", value: Math.round(wan * 1e6) / 1e6, unit: "万元", decimals: Math.max(0, decimalsOf(p.last) - (p.lastScale === 1e8 ? 4 : 0)) });
    } else out.push({ at, end, text: written, kind: "money", value: p.value, unit: "元", decimals: decimalsOf(p.last) });
  }
  return out;
}

/**
 * (speed57) A digit right before a character a quantity's unit or its 万 / 亿 starts with: every quantity proseQuantities reads
 * holds one such pair (its last digit before its 万, 亿 or unit), two quantities two pairs apart.
 */
const QUANTITY_PAIR = new RegExp(`\\d[万亿元${COUNT_UNITS.split("|").map((u) => u[0]).join("")}]`, "g");

/**
 * (speed57) Whether proseQuantities may read `n` quantities or more in a cell whose compact text (sentenceCells' text: compact()
 * of the cell's text without its copy marks) is `compactText`: false proves it reads fewer, so a reader that needs `n` of
 * them may pass the cell over before proseText. Every digit-unit pair of proseText's text is one of the compact text's:
 * both normalise the same text, remove the same spaces and copy marks; proseText only splits digits apart (a space between
 * two digits kept, '百分之5' → '5%', a thousands point or comma) and the compact text only joins more (a lost character's
 * mark, '&nbsp;').
 */
export function mayHoldQuantities(compactText: string, n: number): boolean {
  QUANTITY_PAIR.lastIndex = 0;
  let found = 0;
  while (found < n && QUANTITY_PAIR.exec(compactText) !== null) found++;
  return found >= n;
}

/** A rate of what was done stated in a sentence: its qualifier words before it, its stem, the percentage. */
// (prose50: and a rate of a progress bulletin's counts or an allocation's funds: 开工率, 竣工率, 整改率, 分配率, 支付率)
// (prose52: or a rate of spending named its progress, '支出进度89.3%', '资金拨付进度为95%': PROGRESS_STEMS — never the
// schedule's own progress, '序时进度', nor a work's, '完成进度' / '工程进度', which may be physical)
const RATE = /(执行|支出|到位|拨付|完成|配套|使用|发放|兑现|开工|竣工|整改|分配|支付)(率|进度)(?:为|是|约为|约|达到|达|:)?(\d+(?:\.\d+)?)%/g;
/** the stems a 进度 of money names a rate of (prose52) */
const PROGRESS_STEMS = new Set(["执行", "支出", "拨付", "支付", "使用", "分配", "发放"]);
/** RATE without its g flag, on compact texts (Grid.hasText, the cells' test) */
// (prec49: or in words, '执行率为百分之61', which proseText writes '61%')
const ANY_RATE = /(?:(?:执行|支出|到位|拨付|完成|配套|使用|发放|兑现|开工|竣工|整改|分配|支付)率|(?:执行|支出|拨付|支付|使用|分配|发放)进度)(?:为|是|约为|约|达到|达|:)?(?:百分之)?\d/;
/** a sentence's end (a break too: a number split there ends what can be read) */
const SENTENCE_END = /[。;!?]/;
/** the clause's delimiters */
const CLAUSE_END = /[,。;!?:、]/;
/** words of what was done, by the rate's stem */
const DONE: Record<string, RegExp> = {
  执行: /执行|支出|使用|实际|完成|拨付|支付|决算|已/,
  支出: /支出|使用|实际|支付|执行|已/,
  到位: /到位|实际|拨付|落实|已/,
  拨付: /拨付|下拨|实际|支付|已/,
  完成: /完成|实际|实施|建成|开展|已/,
  配套: /配套|到位|实际|已/,
  使用: /使用|支出|实际|已/,
  发放: /发放|兑现|实际|已/,
  兑现: /兑现|发放|实际|已/,
  开工: /开工|开建|已/,
  竣工: /竣工|完工|建成|已/,
  整改: /整改|已/,
  分配: /分配|下达|已/,
  支付: /支付|支出|拨付|实际|已/,
};
/** (scan57) rates of what arrived, and the words of an amount done at a later stage than arriving */
const ARRIVAL_STEMS = new Set(["到位", "配套"]);
const DONE_STAGE = /完成|支出|使用|支付|执行/;
/** words of the plan (what the rate is taken of) */
const PLAN = /预算|计划|应到位|应配套|应拨付|应支出|应完成|应发放|应兑现|应落实|下达|安排|批复|核定|年初|调整后|总投资|任务|目标|申请|合同|应/;
/** the money a rate of spending is taken of where no plan is named: the funds themselves ('专项资金金额为300万元', '整合资金850
 * 万元'), or (执行率 / 支出率 / 使用率) the funds arrived or paid ('已到位672.44万元,使用672.44万元,使用率100%') */
const FUNDS = /资金|经费|拨款|投资|补助|补贴/;
const ARRIVED = /到位|拨付|下达|下拨/;
const OF_ARRIVED = new Set(["执行", "支出", "使用", "支付"]);
/** the words of the funds' own name a done word may sit in ('使用统筹整合资金': the funds to be used) */
const FUNDS_USED = /使用[^,]{0,8}资金|使用[^,]{0,8}经费/;
const ARRIVED_WORDS = /已|到位|拨付|下达|下拨/g;
/** …which a done amount's words do not name (nor '应到位': of a plan, though its stem is the done's) */
const PLAN_NOT_DONE = /应|计划|预算数|预算资金|预算金额|下达|安排|批复|核定|年初|调整后|总投资|任务|目标|合同|申请/;
/** …nor the plan's amount the done's */
const DONE_NOT_PLAN = /实际|已|累计/;
/** a growth, a change, a share: no rate of what was done */
const CHANGE_OR_SHARE = /增长|同比|环比|提高|下降|增加|减少|比上年|较上年|比去年|较去年|上升|降低|占|比重|百分点|结余|节约|超支/;
/** a target: '不低于90%', '达到90%以上', '≥95%', '目标', '力争' */
export const TARGET_BEFORE = /不低于|不少于|不高于|不超过|低于|高于|≥|≤|>|<|大于|小于|目标|要求|力争|确保|预计|预期|争取|应达|须达|需达/;
export const TARGET_AFTER = /^(?:以上|以下|及以上|以内|左右|或以上|\+)/;
/** two years named: '2022年', '2023年' */
const YEAR = /(?:19|20)\d{2}年/g;
/** the operands stated in brackets after the rate: 'R%(M/N)', '(M÷N)' */
const BRACKETED = new RegExp(`^\\([^\\d()/÷]{0,10}?(?:人民币)?(${NUM})(万元|元|${COUNT_UNITS})?[/÷][^\\d()/÷]{0,10}?(?:人民币)?(${NUM})(万元|元|${COUNT_UNITS})?\\)`);

/** the rate's name as the rules read it (exec-rate-mismatch: 执行率 / 支出率; ratio-mismatch the others) */
const rateName = (stem: string) => stem + "率";

/** Both quantities in one unit (money in 元 where their units differ), or null where they are not of one kind. */
function sameUnit(n: ProseQuantity, d: ProseQuantity): [ProseQuantity, ProseQuantity] | null {
  if (n.kind !== d.kind) return null;
  if (n.kind !== "money" || n.unit === d.unit) return [n, d];
  const yuan = (q: ProseQuantity): ProseQuantity => (q.unit === "万元" ? { ...q, value: Math.round(q.value * 1e4 * 1e4) / 1e4, unit: "元", decimals: Math.max(0, q.decimals - 4) } : q);
  return [yuan(n), yuan(d)];
}

export interface ProseRate {
  /** index of the rate's word in the text */
  at: number;
  name: string;
  rate: { value: number; text: string; decimals: number };
  numerator: ProseQuantity & { words: string };
  denominator: ProseQuantity & { words: string };
  /** the sentence's earlier amounts of the plan or the funds, of the same kind: the rate may be taken of one of them ('计划投资
   * 100万元,到位资金90万元,…,实际支出80万元,支出率80%' is of the plan, not of the arrived) */
  alternatives: (ProseQuantity & { words: string })[];
}

/** The words before a quantity in its clause (from the clause's start or the previous quantity's end). */
function wordsBefore(text: string, q: ProseQuantity, prevEnd: number): string {
  let from = q.at;
  while (from > prevEnd && !CLAUSE_END.test(text[from - 1])) from--;
  // (a clause holding no word of its own, '…500人,实际480人': its words those of the clause)
  return text.slice(from, q.at);
}

/**
 * The rates of a prose text (proseText's) read on their evidence (see the module's note): each with its two amounts, or
 * none where the evidence is short.
 */
export function statedRates(text: string): ProseRate[] {
  const out: ProseRate[] = [];
  if (!ANY_RATE.test(text) && !ANY_SHARE_OF.test(text) && !ANY_CLAUSE_SHARE.test(text)) return out;
  const qs = proseQuantities(text);
  let prev: ProseRate | null = null;
  RATE.lastIndex = 0;
  for (let m = RATE.exec(text); m; m = RATE.exec(text)) {
    const stem = m[1];
    const rateText = m[3];
    if (m[2] === "进度" && !PROGRESS_STEMS.has(stem)) continue;
    // (lead, session 50: the rate of what is left undone — '未分配率', '未支出率', '尚未执行率' — is no done rate; the
    // difference's reader (relations/stated-differences.ts) reads it)
    if (text[m.index - 1] === "未") continue;
    const after = text.slice(m.index + m[0].length);
    if (TARGET_AFTER.test(after)) continue;
    // the rate's own clause: no target, no growth, no share
    let c0 = m.index;
    while (c0 > 0 && !CLAUSE_END.test(text[c0 - 1])) c0--;
    const own = text.slice(c0, m.index);
    if (TARGET_BEFORE.test(own) || CHANGE_OR_SHARE.test(own)) continue;
    const rate = { value: Number(rateText), text: rateText + "%", decimals: decimalsOf(rateText) };
    // 'R%(M/N)': its operands in brackets
    const b = BRACKETED.exec(after);
    if (b) {
      const at = m.index + m[0].length;
      const qn = proseQuantities(b[1] + (b[2] ?? ""))[0] ?? { at: 0, end: 0, text: b[1], kind: "", value: Number(b[1].replace(/,/g, "")), unit: null, decimals: decimalsOf(b[1]) };
      const qd = proseQuantities(b[3] + (b[4] ?? ""))[0] ?? { at: 0, end: 0, text: b[3], kind: "", value: Number(b[3].replace(/,/g, "")), unit: null, decimals: decimalsOf(b[3]) };
      // (a unit on one side only is the other's too: '(480/500人)')
      const kn = b[2] ? qn.kind : qd.kind;
      const kd = b[4] ? qd.kind : qn.kind;
      const pair = sameUnit({ ...qn, kind: kn, at, end: at }, { ...qd, kind: kd, at, end: at });
      if (pair && pair[1].value > 0) out.push({ at: m.index, name: rateName(stem), rate, numerator: { ...pair[0], words: "" }, denominator: { ...pair[1], words: "" }, alternatives: [] });
      continue;
    }
    // the sentence before the rate: its quantities
    let s0 = m.index;
    while (s0 > 0 && !SENTENCE_END.test(text[s0 - 1])) s0--;
    let before = qs.filter((q) => q.at >= s0 && q.end <= m!.index);
    // (prose50: the done amount alone in the rate's sentence, the plan closing the sentence before it — '当年计划投资19亿元。
    // 1-12月份完成投资28.78亿元,投资完成率151.47%': that sentence is the rate's too)
    if (before.length === 1 && s0 > 0 && text[s0 - 1] === "。") {
      let p0 = s0 - 1;
      while (p0 > 0 && !SENTENCE_END.test(text[p0 - 1])) p0--;
      const prev = qs.filter((q) => q.at >= p0 && q.end < s0);
      // (relr56: or the plan the previous sentence's only quantity of the done's kind, other figures after it — '计划新开工项目90个,
      // 完成投资53.17亿元,完成年度计划的45.5%。已开工44个,新开工率48.9%' — pairedRate's words name it the plan, or nothing is read)
      const ofKind = prev.filter((q) => q.kind === before[0].kind);
      if (prev.length && /^[。]$/.test(text.slice(prev[prev.length - 1].end, s0)) && (prev[prev.length - 1].kind === before[0].kind || ofKind.length !== 1)) {
        s0 = p0;
        before = prev.concat(before);
      } else if (ofKind.length === 1) {
        s0 = p0;
        before = ofKind.concat(before);
      }
    }
    const paired = pairedRate(text, before, s0, m, stem, rate);
    const found: ProseRate | null = paired ? overOneBase(paired, prev) : remainderRate(text, before, s0, m, stem, rate);
    if (found && checkableAtRounding(found)) out.push(found);
    prev = paired ? found : null;
  }
  // (scan57: a share of two amounts one in 亿 read only where checkable, as the rates above — '累计完成投资35.9亿元,占年度目标的
  // 63.88%' over 56.21亿元: 63.87% at the printed figures, 63.77–63.96% within their rounding)
  for (const x of namedBaseShares(text, qs)) if (checkableAtRounding(x)) out.push(x);
  for (const x of clauseShares(text)) out.push(x);
  return out.sort((a, b) => a.at - b.at);
}

/** money written in 亿 with decimals (one 亿 part, '8.56亿元'): rounded to its last digit, a hundred 万元 at 0.01 亿 (a whole
 * number of 亿, '计划投资50亿元', is a round figure, taken as printed) */
const IN_YI = /^[\d,]*\.\d+亿元?$/;
/**
 * (prose52) A rate of two amounts one of which is written in 亿 is read only where it can be checked (inline-changes.ts'
 * rateCheckable, the house's reading of rounded amounts): where it agrees with their ratio at its shown precision, or lies
 * outside every ratio the amounts within half their last digit give. '下达6.44亿元,已支出5.94亿元,支出进度92.3%' (5.94 / 6.44
 * = 92.24%, 5.945 / 6.435 = 92.39%) is not flagged; 85.3% is.
 */
function checkableAtRounding(x: ProseRate): boolean {
  const n = x.numerator;
  const d = x.denominator;
  if (n.kind !== "money" || !(IN_YI.test(n.text) || IN_YI.test(d.text))) return true;
  const yuan = (q: ProseQuantity) => (q.unit === "万元" ? q.value * 1e4 : q.value);
  const half = (q: ProseQuantity) => (IN_YI.test(q.text) ? halfUnit({ text: q.text, unit: q.unit ?? undefined } as RelationTerm) : 0);
  return rateCheckable(x.rate.text.replace("%", ""), yuan(n), half(n), yuan(d), half(d));
}

/** The rate of what was done over the plan: the two amounts right before it (see the module's note), or null. */
function pairedRate(text: string, before: ProseQuantity[], s0: number, m: RegExpExecArray, stem: string, rate: ProseRate["rate"]): ProseRate | null {
    const sentence = text.slice(s0, m.index);
    if (before.length < 2) return null;
    const ni = before.length - 1;
    const num = before[ni];
    const den = before[ni - 1];
    const numWords = wordsBefore(text, num, den.end);
    const denWords = wordsBefore(text, den, ni >= 2 ? before[ni - 2].end : s0);
    // (between the plan's clause and the rate: no break, no growth nor share, no second year)
    const span = text.slice(den.at - denWords.length, m.index);
    if (span.indexOf(BREAK) >= 0 || sentence.indexOf(BREAK) >= 0) return null;
    // (a 其中 list before the done amount: the amount before it may be a part, the rate the whole's or the part's — not said)
    if (text.slice(s0, num.at).indexOf("其中") >= 0) return null;
    if (CHANGE_OR_SHARE.test(text.slice(den.end, m.index)) || CHANGE_OR_SHARE.test(denWords)) return null;
    if (!DONE[stem].test(numWords) || PLAN_NOT_DONE.test(numWords)) return null;
    // (prose50: what was left undone is no done amount — '未分配0.32亿元': remainderRate's)
    if (UNDONE_WORD.test(numWords)) return null;
    // (the plan named; or, for money, the funds named with no word of the done, or the funds arrived for a rate of spending)
    const plan = PLAN.test(denWords) && !DONE_NOT_PLAN.test(denWords);
    const funds = den.kind === "money" && ((FUNDS.test(denWords) && !DONE_NOT_PLAN.test(denWords) && !DONE[stem].test(denWords.replace(FUNDS_USED, ""))) || (OF_ARRIVED.has(stem) && ARRIVED.test(denWords) && !DONE[stem].test(denWords.replace(ARRIVED_WORDS, ""))));
    if (!plan && !funds) return null;
    // (scan57: what arrived is taken of what was due, never of an amount done — '项目开累完成投资154.21亿元,…,省方资本金累计到位
    // 86.83亿元,到位率75.11%' is of the capital due, unstated)
    if (!plan && ARRIVAL_STEMS.has(stem) && DONE_STAGE.test(denWords)) return null;
    const years = new Set(span.match(YEAR) ?? []);
    if (years.size > 1) return null;
    const pair = sameUnit(num, den);
    if (!pair || pair[1].value <= 0) return null;
    const alternatives: (ProseQuantity & { words: string })[] = [];
    for (let k = ni - 2; k >= 0; k--) {
      const q = before[k];
      const words = wordsBefore(text, q, k ? before[k - 1].end : s0);
      if (q.kind !== den.kind || CHANGE_OR_SHARE.test(words) || DONE_NOT_PLAN.test(words) || !(PLAN.test(words) || (q.kind === "money" && FUNDS.test(words)))) continue;
      const alt = sameUnit(num, q);
      if (alt && alt[1].value > 0 && (alt[0].unit === pair[0].unit || q.kind !== "money")) alternatives.push({ ...alt[1], words });
    }
    return { at: m.index, name: rateName(stem), rate, numerator: { ...pair[0], words: numWords }, denominator: { ...pair[1], words: denWords }, alternatives };
}

/**
 * (grad52) **Rates in a chain over one base**: '收到直达资金34,509万元,分配资金34,568.64万元,分配率100.7%,支付21,966.95万元,
 * 支付率68.7%' — the whole received stated first, then each done amount with its rate. The amount paired with the second rate
 * as its base (34,568.64) is the first rate's done amount, its own rate stated right after it: no base but a stage done of the
 * same whole. The second rate is over the first's base (21,966.95 / 34,509), the done amount between kept as an alternative
 * base (a publisher may take the payment over the allocated). A rate of the same name again is no chain.
 */
function overOneBase(x: ProseRate, prev: ProseRate | null): ProseRate {
  if (!prev || prev.name === x.name || prev.numerator.at !== x.denominator.at || prev.at > x.numerator.at) return x;
  const pair = sameUnit(x.numerator, prev.denominator);
  if (!pair || pair[1].value <= 0) return x;
  const alternatives: (ProseQuantity & { words: string })[] = [];
  for (const a of [x.denominator, ...x.alternatives]) {
    if (a.at === prev.denominator.at) continue;
    const alt = sameUnit(pair[0], a);
    if (alt && alt[0].unit === pair[0].unit && alt[1].value > 0) alternatives.push({ ...alt[1], words: a.words });
  }
  return { ...x, numerator: { ...pair[0], words: x.numerator.words }, denominator: { ...pair[1], words: prev.denominator.words }, alternatives };
}

/** a rate at its shown precision: `value` (a percentage) rounded half-up or truncated to the rate's digits */
function agreesAt(rate: ProseRate["rate"], value: number): boolean {
  const step = Math.pow(10, -rate.decimals);
  if (Math.abs(rate.value - value) <= step / 2 + 1e-9) return true;
  return rate.value <= value + 1e-9 && value - rate.value < step - 1e-9;
}

/** A quantity computed from two of the sentence (a remainder's complement, a done's and a remainder's sum). */
function computed(a: ProseQuantity, b: ProseQuantity, sign: 1 | -1): ProseQuantity & { words: string } {
  const pair = sameUnit(a, b)!;
  const decimals = Math.max(pair[0].decimals, pair[1].decimals);
  const value = Math.round((pair[0].value + sign * pair[1].value) * 1e6) / 1e6;
  return { ...pair[0], value, decimals, text: `${a.text}${sign > 0 ? "+" : "−"}${b.text}`, words: "" };
}

/** what was left undone, by the rate's stem: '未开工项目', '未分配', '尚未完成' */
const UNDONE = "(?:未|尚未|暂未|没有)";
const UNDONE_WORD = new RegExp(UNDONE);
/** a status between done and undone ('基本完成', '部分整改', '正在推进'): neither */
const PARTLY = /基本|部分|正在|持续|阶段性|推进中|进行中|在建/;

/**
 * (prose50) **A rate beside what was done and what was left undone**, as a progress bulletin or an allocation notice writes
 * it: '已开工项目33个,未开工项目17个,开工率为66%' (33 / (33 + 17)), '直达资金45.66亿元,未分配0.32亿元,分配率99.3%'
 * ((45.66 − 0.32) / 45.66), '合计33.88亿元,已分配33.80亿元,未分配0.08亿元,分配率99.8%', '巡察反馈的697个问题,完成整改688个,
 * …4个,未完成5个,总体完成率98.71%' (688 / 697). The undone amount (未 / 尚未 + the rate's stem) is one of the two right before the
 * rate; the done one, if stated, the nearest other amount of its kind named by the stem's done words (not 基本 / 部分 / 正在:
 * a status between); the whole, if stated, the amount right before both, named by no done word. The rate is the done over
 * the whole; with no whole, the done over the done and the undone; with no done, the whole less the undone over the whole.
 * Where a whole, a done and an undone are all stated and the rate is the whole less the undone over it (the statuses between
 * counted as done), nothing is read: which the publisher meant, the text does not say.
 */
function remainderRate(text: string, before: ProseQuantity[], s0: number, m: RegExpExecArray, stem: string, rate: ProseRate["rate"]): ProseRate | null {
  if (before.length < 2) return null;
  const span = text.slice(s0, m.index);
  if (span.indexOf(BREAK) >= 0 || span.indexOf("其中") >= 0) return null;
  if (new Set(span.match(YEAR) ?? []).size > 1) return null;
  const words = before.map((q, k) => wordsBefore(text, q, k ? before[k - 1].end : s0));
  const undone = new RegExp(UNDONE + stem);
  let ri = -1;
  for (let k = before.length - 1; k >= before.length - 2; k--)
    if (undone.test(words[k])) {
      ri = k;
      break;
    }
  if (ri < 0) return null;
  const rem = before[ri];
  // (nothing after the undone but its clause and the rate's: no growth, no share, no other amount's words)
  if (CHANGE_OR_SHARE.test(text.slice(rem.end, m.index))) return null;
  let di = -1;
  for (let k = before.length - 1; k >= 0; k--) {
    if (k === ri || before[k].kind !== rem.kind) continue;
    const w = words[k];
    if (DONE[stem].test(w) && !undone.test(w) && !/未/.test(w) && !PLAN_NOT_DONE.test(w) && !PARTLY.test(w) && !CHANGE_OR_SHARE.test(w)) {
      if (di < 0 || Math.abs(k - ri) < Math.abs(di - ri)) di = k;
    }
  }
  const wi = Math.min(ri, di < 0 ? ri : di) - 1;
  const ww = wi >= 0 ? words[wi] : "";
  const whole = wi >= 0 && before[wi].kind === rem.kind && !DONE_NOT_PLAN.test(ww) && !undone.test(ww) && !DONE[stem].test(ww.replace(FUNDS_USED, "")) && !CHANGE_OR_SHARE.test(ww) ? before[wi] : null;
  const done = di >= 0 ? before[di] : null;
  const q = (x: ProseQuantity, w: string) => ({ ...x, words: w });
  let num: ProseQuantity & { words: string };
  let den: ProseQuantity & { words: string };
  if (whole && done) {
    const pair = sameUnit(done, whole);
    const left = sameUnit(rem, whole);
    if (!pair || !left || pair[1].value <= 0 || pair[0].value + left[0].value > pair[1].value + 1e-6) return null;
    if (agreesAt(rate, (100 * (pair[1].value - left[0].value)) / pair[1].value) && !agreesAt(rate, (100 * pair[0].value) / pair[1].value)) return null;
    num = q(pair[0], words[di]);
    den = q(pair[1], ww);
  } else if (whole) {
    const pair = sameUnit(rem, whole);
    if (!pair || pair[1].value <= 0 || pair[0].value > pair[1].value) return null;
    num = { ...computed(whole, rem, -1), words: ww };
    den = q(pair[1], ww);
  } else if (done) {
    const pair = sameUnit(done, rem);
    if (!pair) return null;
    num = q(pair[0], words[di]);
    den = { ...computed(done, rem, 1), words: `${words[di]}+${words[ri]}` };
    if (den.value <= 0) return null;
  } else return null;
  return { at: m.index, name: rateName(stem), rate, numerator: num, denominator: den, alternatives: [] };
}

/** '占年度投资计划的44.51%', '占已开工项目数93.56%': a share named by its base's words */
const SHARE_OF = /占([^\d,;。:%()]{1,14}?)(?:比例|比重)?(?:为|达|是)?(\d+(?:\.\d+)?)%/g;
const ANY_SHARE_OF = /\d(?:亿元|万元|元|亿|万|个|项|件|所|家|户|人)[,]?占[^\d,;。:%()]{1,14}?(?:\d+(?:\.\d+)?%|百分之\d)/;
/** a base of another period, of a higher level, or a growth: no amount of the sentence is it */
const OTHER_BASE = /上年|去年|同期|上月|上季|增|减|百分点|全国|全省|生产总值|GDP|总人口|人口/;
/** the plan's words in a base ('占年度投资计划的', '占预算的') */
const PLAN_BASE = /计划|预算|任务|目标/;
/** (scan59) a base named a total ('零售总额', '投资总量'), and the words an amount names a total by */
const TOTAL_BASE = /总额|总数|总量|总计|合计|总值/;
const TOTAL_WORDS = /总|合计|全部|全年|全市|全县|全区|全省/;
/** the base's generic tail, off before its words are looked for: '已开工项目数' → '已开工' */
const BASE_TAIL = /(?:的|数|总数|个数|总额|金额|总量|总|项目|资金)$/;

/**
 * (prose50) **A share named by its base's words**, stated right after its part: '计划总投资771.12亿元,1~7月完成投资343.19
 * 亿元,占年度投资计划的44.51%' (343.19 / 771.12), '已开工326个,…已达或超序时进度项目305个,占已开工项目数93.56%' (305 / 326).
 * The part is the amount right before '占' (a comma at most between); the base an earlier amount of the sentence of the same
 * kind whose own words hold the base's words ('已开工'), or, where the base is a plan ('计划', '预算', '任务', '目标'), whose
 * words name a plan and not what was done. A base of another period or level ('占上年的', '占全省的', '增长') or one no amount
 * of the sentence is named by states nothing here. The nearest such amount is the base; the others of its kind, alternatives.
 */
function namedBaseShares(text: string, qs: ProseQuantity[]): ProseRate[] {
  const out: ProseRate[] = [];
  if (text.indexOf("占") < 0) return out;
  SHARE_OF.lastIndex = 0;
  for (let m = SHARE_OF.exec(text); m; m = SHARE_OF.exec(text)) {
    const base = m[1].replace(/的$/, "");
    if (OTHER_BASE.test(base) || TARGET_AFTER.test(text.slice(m.index + m[0].length))) continue;
    let s0 = m.index;
    while (s0 > 0 && !SENTENCE_END.test(text[s0 - 1])) s0--;
    const before = qs.filter((q) => q.at >= s0 && q.end <= m!.index);
    if (before.length < 2) continue;
    const span = text.slice(s0, m.index);
    if (span.indexOf(BREAK) >= 0 || new Set(span.match(YEAR) ?? []).size > 1) continue;
    const ni = before.length - 1;
    const num = before[ni];
    if (!/^,?$/.test(text.slice(num.end, m.index))) continue;
    const numWords = wordsBefore(text, num, ni ? before[ni - 1].end : s0);
    if (CHANGE_OR_SHARE.test(numWords) || TARGET_BEFORE.test(numWords)) continue;
    const plan = PLAN_BASE.test(base);
    // (scan59: a base named a total — '占零售总额的15.2%' — is no amount naming a kind of it, '城镇消费品零售额32.25亿元' before
    // the part '乡村消费品零售额5.78亿元': the base is the sentence's total or none, TOTAL_BASE)
    const total = TOTAL_BASE.test(base);
    let key = base;
    while (BASE_TAIL.test(key)) key = key.replace(BASE_TAIL, "");
    const named: (ProseQuantity & { words: string })[] = [];
    const planned: (ProseQuantity & { words: string })[] = [];
    for (let k = ni - 1; k >= 0; k--) {
      const q = before[k];
      if (q.kind !== num.kind) continue;
      const words = wordsBefore(text, q, k ? before[k - 1].end : s0);
      if (CHANGE_OR_SHARE.test(words) || TARGET_BEFORE.test(words)) continue;
      const pair = sameUnit(num, q);
      if (!pair || pair[1].value <= 0) continue;
      if (key.length >= 2 && words.indexOf(key) >= 0 && (plan || pair[0].value <= pair[1].value) && (!total || TOTAL_WORDS.test(words))) named.push({ ...pair[1], words });
      // (scan56: 预算 in a budget account's name, '一般公共预算收入完成28,583万元', names no plan)
      else if (plan && PLAN.test(withoutBudgetAccounts(words)) && !DONE_NOT_PLAN.test(words)) planned.push({ ...pair[1], words });
    }
    // (a part of a plan is what was done: its words say so)
    if (plan && !DONE["完成"].test(numWords)) continue;
    const dens = named.length ? named.concat(planned) : planned;
    if (!dens.length) continue;
    const rate = { value: Number(m[2]), text: m[2] + "%", decimals: decimalsOf(m[2]) };
    const unitOf = (d: ProseQuantity) => sameUnit(num, d)![0];
    out.push({ at: m.index, name: `占${base}比例`, rate, numerator: { ...unitOf(dens[0]), words: numWords }, denominator: dens[0], alternatives: dens.slice(1).filter((d) => unitOf(d).unit === unitOf(dens[0]).unit) });
  }
  return out;
}

/** '15个农村幸福院建设已完成8个(53%)': a whole, its words, what was done of it, the share in brackets */
const CLAUSE_SHARE = new RegExp(`(^|[^\\d.])(\\d+)(${COUNT_UNITS})([^\\d,;。:!?()%]{1,30}?)(\\d+)(${COUNT_UNITS})\\((?:占比?|完成率|比例)?(\\d+(?:\\.\\d+)?)%\\)`, "g");
const ANY_CLAUSE_SHARE = new RegExp(`\\d(?:${COUNT_UNITS})[^\\d,;。:!?()%]{1,30}?\\d+(?:${COUNT_UNITS})\\((?:占比?|完成率|比例)?(?:\\d+(?:\\.\\d+)?%|百分之\\d)`);
/** the words of what was done, closing the words between the whole and its part: '已完成', '已送', '累计建成' */
const DONE_CLOSE = /(?:已|累计|共)[\u4e00-\u9fa5]{0,3}$|(?:完成|建成|开工|竣工|整改|办结)了?$/;

/**
 * (prose50) **What was done of a whole stated in its own clause, with its share in brackets**: '15个农村幸福院建设已完成8个
 * (53%)', '263场送戏进万村已送230场(87%)', '1170件困难群体法律援助已完成948件(81%)'. The whole and the part are counts of one
 * unit in one clause (no stop, no other number between), the words between end with what was done ('已完成', '已送',
 * '累计建成'), the part is no larger than the whole, and the bracket holds the share alone ('(53%)', '(占53%)'): the share is
 * the part over the whole. A bracket holding anything else ('(同比增长20%)') is no share of it.
 */
function clauseShares(text: string): ProseRate[] {
  const out: ProseRate[] = [];
  CLAUSE_SHARE.lastIndex = 0;
  for (let m = CLAUSE_SHARE.exec(text); m; m = CLAUSE_SHARE.exec(text)) {
    const at = m.index + m[1].length;
    // (the next match may start at this one's part)
    CLAUSE_SHARE.lastIndex = at + m[2].length;
    const words = m[4];
    if (m[3] !== m[6] || !DONE_CLOSE.test(words) || PLAN_NOT_DONE.test(words.replace(/计划$/, "")) || /未|尚未|没有/.test(words)) continue;
    const whole = Number(m[2]);
    const part = Number(m[5]);
    if (!(whole > 0) || part > whole) continue;
    const q = (v: string, w: string, unit: string): ProseQuantity & { words: string } => ({ at, end: at, text: v + unit, kind: unit, value: Number(v), unit: null, decimals: 0, words: w });
    out.push({ at, name: "完成率", rate: { value: Number(m[7]), text: m[7] + "%", decimals: decimalsOf(m[7]) }, numerator: q(m[5], words, m[6]), denominator: q(m[2], "", m[3]), alternatives: [] });
  }
  return out;
}

/** (grad53) a count written exactly: whole, not in 万 / 亿 ('1.2万人次', '2万户' are rounded figures) */
const exactCount = (q: ProseQuantity) => q.kind !== "money" && q.decimals === 0 && !/[万亿]/.test(q.text);

/** The relation of a rate read in cell (r, c). */
function rateRelation(x: ProseRate, r: number, c: number, id: string): RatioRelation {
  const cell = a1(r, c);
  const t = (q: ProseQuantity & { words: string }, fallback: string): RelationTerm => ({
    cell,
    row: r,
    col: c,
    value: q.value,
    text: q.text,
    decimals: q.decimals,
    percent: false,
    label: q.words.replace(/^[^\u4e00-\u9fa5]+/, "").slice(-12) || fallback,
    ...(q.unit ? { unit: q.unit } : {}),
  });
  return {
    kind: "ratio",
    id,
    measure: "rate",
    name: x.name,
    label: x.name,
    block: "budget",
    bound: "equal",
    stated: { cell, row: r, col: c, value: x.rate.value, text: x.rate.text, decimals: x.rate.decimals, percent: false },
    numerator: t(x.numerator, "实际数"),
    denominator: t(x.denominator, "计划数"),
    ...(x.alternatives.length ? { alternatives: x.alternatives.map((a) => t(a, "计划数")) } : {}),
    statedInPoints: true,
    // (grad53: a rate of two counts, both exact — whole numbers, none written in 万 / 亿 — is rounded as a writer rounds:
    // tolerance.ratioAgrees)
    ...(exactCount(x.numerator) && exactCount(x.denominator) ? { countsRounded: true as const } : {}),
  };
}

/** a text that may state a rate or share read here (the sheet's and each cell's gate) */
const ANY_READ = new RegExp([ANY_RATE.source, ANY_SHARE_OF.source, ANY_CLAUSE_SHARE.source].join("|"));

/** Ids of the rates read on their evidence (a report's reading takes their place: `withReportRates`). */
const PROSE_ID = "ratio:prose:";
/** Cells read at most (a longer text is no sentence a reader types). */
const MIN_TEXT = 12;

/**
 * The rates stated in the sheet's prose, on their evidence (statedRates), as relations: one a rate, at its cell. Where
 * `report`, a line's first 执行率 that the evidence does not pair is read as a report reads it (reportLineRate).
 */
export function proseRates(grid: Grid, report = false, maxRows = Infinity): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!grid.hasText(ANY_READ)) return out;
  const { start, cols } = grid.textCells();
  for (let r = 1; r <= grid.rowCount; r++) {
    const first = report && r <= maxRows ? grid.firstTextCell(r) : 0;
    for (let k = start[r]; k < start[r + 1]; k++) {
      const c = cols[k];
      const compactText = grid.compactText(r, c);
      if (compactText.length < MIN_TEXT || !ANY_READ.test(compactText) || !grid.ownsCell(r, c)) continue;
      if (c > 1 && grid.compactText(r, c - 1) === compactText) continue;
      const text = proseText(grid.text(r, c));
      const rates = statedRates(text);
      let n = 0;
      // (a report's line: its first 执行率 read as the report reads it, the others on their evidence)
      if (report && c === first) {
        const own = reportLineRate(text, r, c);
        if (own) {
          out.push(own.relation);
          for (const x of rates) if (x.at !== own.at) out.push(rateRelation(x, r, c, `${PROSE_ID}${a1(r, c)}:${n++}`));
          continue;
        }
      }
      for (const x of rates) out.push(rateRelation(x, r, c, `${PROSE_ID}${a1(r, c)}:${n++}`));
    }
  }
  return out;
}

/**
 * The relations of a sheet with its prose rates (proseRates, read after the others: a text cell may state several, each
 * its own relation), none where a rate of the same name is already read at that cell by another reader.
 */
export function withProseRates(grid: Grid, found: Relation[]): Relation[] {
  const rates = proseRates(grid);
  if (!rates.length) return found;
  const taken = new Set<string>();
  for (const r of found) if (r.kind === "ratio") taken.add(`${r.stated.cell}|${r.name}`);
  const add = rates.filter((r) => !taken.has(`${r.stated.cell}|${r.name}`));
  return add.length ? found.concat(add) : found;
}

/** A report's relations: the prose rates read on their evidence replaced by the report's reading of its lines. */
export function withReportRates(grid: Grid, relations: Relation[], maxRows: number): Relation[] {
  return relations.filter((r) => !r.id.startsWith(PROSE_ID)).concat(proseRates(grid, true, maxRows));
}

/** A stated execution rate: '预算执行率为22.22%', '执行率100%', '资金执行率达98.5%'. */
const EXEC_RATE = /(?:预算|资金)?执行率(?:为|是|达到|达|:)?(\d+(?:\.\d+)?)%/;
/** The words of an executed amount (what the rate counts). */
const EXECUTED = /执行|拨付|支出|支付|使用|完成|实际|到位/;
/** The words of the planned amount (what the rate is taken of). */
const PLANNED = /预算|下达|安排|批复|计划|总投资|资金|拨款|整合/;
/** (prec49) …but not an amount named as due or planned: '全年应执行数为7.79万元', '应支出', '计划执行', '预计完成' — the base a
 * rate is taken of, not what was done (an executed word inside it names the plan's stage) */
const DUE = /应(?:执行|支出|拨付|到位|完成|发放|兑现|落实|支付|使用)|(?:^|[^按])(?:计划|预计|拟)(?:执行|支出|拨付|到位|完成|使用|支付)/;
/** the words a report's amount is named by: up to 12 characters before it, no stop, no digit */
const LEAD = /[^,;。、\d]{0,12}$/;

/**
 * (reportRates's reading, moved from report-scores.ts) A report's line stating an execution rate after two amounts at least:
 * the rate against the executed amount (the last before it whose words say so) over the planned one (the first before it
 * whose words say so; the other earlier amounts of its unit are alternatives). (rep47) An amount inside a 其中 list of its
 * sentence is a part of the amount before, neither executed nor planned. (prec49) An amount named as due (应执行数, 应支出,
 * 计划执行: DUE) is never the executed one; stated after the executed one it is the base.
 */
function reportLineRate(text: string, r: number, c: number): { at: number; relation: RatioRelation } | null {
  const rate = EXEC_RATE.exec(text);
  if (!rate) return null;
  const before = text.slice(0, rate.index);
  const all = proseQuantities(before);
  const amounts = all
    .map((q, i) => ({ ...q, words: LEAD.exec(before.slice(i ? all[i - 1].end : 0, q.at))![0] }))
    .filter((q) => q.kind === "money" && before.lastIndexOf("其中", q.at) <= before.lastIndexOf("。", q.at));
  if (amounts.length < 2) return null;
  let ni = -1;
  for (let k = amounts.length - 1; k >= 1; k--)
    if (EXECUTED.test(amounts[k].words) && !DUE.test(amounts[k].words)) {
      ni = k;
      break;
    }
  if (ni < 0) return null;
  const num = amounts[ni];
  // (prec49: an amount named as due after the done one — '实际支出7.5万元,全年应执行数为7.79万元,执行率96.28%' — is the base)
  const due = amounts.slice(ni + 1).find((a) => a.unit === num.unit && DUE.test(a.words));
  const dens = amounts.slice(0, ni).filter((a) => a.unit === num.unit);
  if (due) dens.unshift(due);
  if (!dens.length) return null;
  const den = due ?? dens.find((a) => PLANNED.test(a.words)) ?? dens[0];
  const cell = a1(r, c);
  const t = (a: (typeof amounts)[number]): RelationTerm => ({ cell, row: r, col: c, value: a.value, text: a.words + a.text, decimals: a.decimals, percent: false, label: a.words.replace(/^[^\u4e00-\u9fa5]+/, "") || "预算数", unit: a.unit! });
  const at = text.indexOf("执行率", rate.index);
  return {
    at,
    relation: {
      kind: "ratio",
      id: `ratio:report:${cell}`,
      measure: "rate",
      name: "执行率",
      label: "执行率",
      block: "budget",
      bound: "equal",
      stated: { cell, row: r, col: c, value: Number(rate[1]), text: rate[0], decimals: decimalsOf(rate[1]), percent: false },
      numerator: t(num),
      denominator: t(den),
      ...(dens.length > 1 ? { alternatives: dens.filter((a) => a !== den).map(t) } : {}),
      statedInPoints: true,
    },
  };
}
