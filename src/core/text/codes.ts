import { compact, normalizeText } from "./normalize";
import { LABEL_CLASS_CACHE_SIZE, TextCache } from "./cache";

/**
 * Numbering at the start of a label, in the styles published sheets use: 一、 / (一) / 1. / 1、 / (1) / 1) /
 * ① / 指标1 / 指标一： / 1.1 (or 1.1.) / 1-1 / "1 名称" (a number and a space before the name); letter codes A1 A11 are
 * read by codePrefix in labels.ts. The code may be fused with the name ("三、资金使用情况调查(户)").
 */
export type CodeStyle = "cn-dun" | "cn-paren" | "ar-dot" | "ar-dun" | "ar-paren" | "ar-rparen" | "circled" | "zhibiao" | "zhibiao-cn" | "dotted" | "dashed" | "ar-space";

export interface LabelCode {
  style: CodeStyle;
  /** the number within its parent (the last component of 1.2.3) */
  n: number;
  /** the parent's part of a dotted code ("1.2" of "1.2.3"), else "" */
  parent: string;
  /** the code as written, normalised ("三、", "(2)", "1.2") */
  text: string;
}

const CN_DIGITS = "〇一二三四五六七八九";

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23 (up to 99). */
export function chineseNumber(s: string): number | null {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(s)) return null;
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 ? CN_DIGITS.indexOf(s) : null;
  const tens = ten === 0 ? 1 : s.length > 1 && ten === 1 ? CN_DIGITS.indexOf(s[0]) : -1;
  const rest = s.slice(ten + 1);
  const ones = rest === "" ? 0 : rest.length === 1 ? CN_DIGITS.indexOf(rest) : -1;
  if (tens < 1 || ones < 0) return null;
  return tens * 10 + ones;
}

/** 1 → 一, 12 → 十二, 23 → 二十三. */
export function chineseNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? "" : CN_DIGITS[tens]) + "十" + (ones ? CN_DIGITS[ones] : "");
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** A number followed by a unit is an amount, not a code ("1.5万元", "2.5个百分点", "3.2%"). */
const UNIT_AFTER = /^(万|亿|元|%|‰|倍|平方|立方|公里|公斤|个百分点|[千百角米吨分个天年月日次人户亩斤](?![\u4e00-\u9fa5]))/;

/**
 * A unit with no name after it ("万元", "分", "%", "元)"): what follows a code's mark (、 . ) ）) when the cell is an amount
 * rather than a numbered label. A unit's character that opens a name ("万丈湖办事处", "元谋县", "亿元以上项目", "倍增计划")
 * is the name's: a Chinese character after the unit word names something ("元/人", "万元每亩" stay a rate's unit).
 */
const UNIT_WORD = /^(万元|亿元|万|亿|元|%|‰|倍|平方米|平方公里|平方|立方米|立方|公里|公斤|个百分点|[千百角米吨分个天年月日次人户亩斤])/;
function unitAlone(rest: string): boolean {
  const m = UNIT_WORD.exec(rest);
  if (!m) return false;
  const after = rest.slice(m[0].length);
  return /^[/／每]/.test(after) || !/[\u4e00-\u9fa5]/.test(after);
}

const CHECKBOX = /[□■☐☑☒√✓✔]/;

/** "1-6月", "1-2年", "3-5人": a range of a quantity, never a 1-1 code. */
const RANGE_AFTER = /^(月|日|年|号|周|岁|级|层|期|季|人|次|个|天|%)/;

/**
 * A named day after its date, the way rubrics cite observance days: "6.26国际禁毒日", "3.15消费者权益日", "12.4国家宪法日",
 * "5.12防灾减灾日", "3.12植树节" — a name of two to eight characters ending in 日 or 节 (節) and closed there (the rule goes on
 * with a verb or a mark). Ordinary days are not names: 工作日, 节假日, 休息日, 双休日, 纪念日 alone, and 每日 / 当日 / 次日
 * (a frequency or a deadline, never after a date).
 */
const DATED_DAY = /^(?:[\u4e00-\u9fa5]{2,8}?)(?:日|节|節)(?=[是期间間前后後当當宣活开開组組的在举舉,，;；:：、(（]|$)/;
const ORDINARY_DAY = /^(?:工作|節假|节假|休息|双休|雙休|每|当|當|次|纪念|紀念)(?:日|节|節)/;

/**
 * `rest` after the dotted "n.m.d" names a day, and m.d is a date (a month 1–12, a day 1–31): the line is item n whose text
 * opens with the day's date (DATED_DAY), not a three-level code. A real 1.1.1 names no day ("1.1.1食品安全工作纳入…").
 */
function datedDay(month: number, day: number, rest: string): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && DATED_DAY.test(rest) && !ORDINARY_DAY.test(rest);
}

/** "1 立项依据": a bare number and a space before a Chinese name (read before whitespace is removed). */
const SPACED_NUMBER = /^\s*(\d{1,2})[\s\u3000]+(?=[\u4e00-\u9fa5])/;

/** table bars closing a flattened table's cell ('16 |') */
const TRAILING_BARS = /[|｜]+$/;
/**
 * (scan57) A point spaced off the figure after it, '2. 40个深度贫困村花椒标准化示范园…': item 2 whose name opens with a
 * figure (the compact text would run them into 2.40). Not where the figure is an amount with its unit ('1. 5万元').
 */
const SPACED_POINT = /^\s*(\d{1,2})\.[\s\u3000]+(?=\d)/;
function spacedPointCode(rest: string): boolean {
  const after = rest.replace(/^[\d.,]+/, "");
  return /^[\u4e00-\u9fa5]/.test(after) && !UNIT_AFTER.test(after);
}

const PATTERNS: [CodeStyle, RegExp][] = [
  ["cn-dun", /^([一二三四五六七八九十]{1,3})[、.,]/],
  ["cn-paren", /^\(([一二三四五六七八九十]{1,3})\)/],
  ["ar-paren", /^\((\d{1,2})\)/],
  ["dotted", /^(\d{1,2}(?:\.\d{1,2})+)(?:[.、](?!\d))?(?![\d.])/],
  ["dashed", /^(\d{1,2}(?:-\d{1,2})+)(?:[.、](?!\d))?(?![\d-])/],
  ["ar-dot", /^(\d{1,2})\.(?!\d)/],
  ["ar-dun", /^(\d{1,2})、/],
  ["ar-rparen", /^(\d{1,2})\)/],
  ["zhibiao", /^指标(\d{1,2})(?!\d)/],
  // "指标一：…" (a separator after the numeral: "指标一致性" is a word)
  ["zhibiao-cn", /^指标([一二三四五六七八九十]{1,3})[:、.,]/],
];

/** The numbering a label starts with, if any. */
export function labelCode(label: string): LabelCode | null {
  let code = codeCache.get(label);
  if (code === undefined) {
    code = labelCodeUncached(label);
    codeCache.set(label, code);
  }
  return code;
}

/**
 * The characters a code can start with, in compact text: digits, 一 … 十, "(" and the circled numbers, 指 (指标1), a key
 * item's star, and the letter l typed for the digit 1 (LETTER_ONE).
 */
const CODE_START = new Set([..."0123456789一二三四五六七八九十(指*★☆l•●◆▪‧·", ...CIRCLED].map((ch) => ch.charCodeAt(0)));

/**
 * A lower-case letter l typed (or scanned) for the digit 1 in a code before a Chinese name ("l、集中宣传" for 1、, "l.组织
 * 领导"): the code 1 as printed (cells42). Only the lower-case l, which no outline numbers with (a Roman "I、" numbers
 * its own outline, and I, II, III are no Arabic codes), only before 、 or a point, and only where a name follows.
 */
const LETTER_ONE = /^l(?=[、.][\u4e00-\u9fa5「“(])/;

/** A key item's star before its code ("*3.", "★2、"): a mark, not part of the code. */
const KEY_ITEM_STAR = /^[*★☆]+(?=[0-9一二三四五六七八九十(])/;

/**
 * (scan61) A bullet before a code ("• 14. 員工人數彙計表 66-67", a converted contents list's first line of a page): the list's
 * mark, not part of the code, as the key item's star. (A checkbox □ is no bullet: options to tick, CHECKBOX.)
 */
const BULLET = /^[•●◆▪‧·]+(?=[0-9一二三四五六七八九十(])/;

/**
 * False when the compact text of a label (compact(label)) cannot start a code, so labelCode(label) is null: every
 * style is read from its first character (the cheap test before the memo lookup; never false for a coded label).
 */
export function mayStartCode(compacted: string): boolean {
  return compacted.length > 0 && CODE_START.has(compacted.charCodeAt(0)) && !longZhibiaoNumber(compacted);
}

/**
 * 指标 and three digits or more ("指标100", "指标2000"): a name numbered past the two digits the zhibiao style reads, which
 * no other style starts with 指 — the pattern refuses it (a 2,000-line table's names were each a memo lookup, a miss and
 * every pattern tried).
 */
function longZhibiaoNumber(c: string): boolean {
  return c.charCodeAt(0) === 0x6307 && c.charCodeAt(1) === 0x6807 && isDigitAt(c, 2) && isDigitAt(c, 3) && isDigitAt(c, 4);
}

function isDigitAt(s: string, i: number): boolean {
  const ch = s.charCodeAt(i);
  return ch >= 48 && ch <= 57;
}

/** labelCode by label text (results are shared: do not mutate). */
const codeCache = new TextCache<LabelCode | null>(LABEL_CLASS_CACHE_SIZE);

function labelCodeUncached(label: string): LabelCode | null {
  // (scan57: a flattened table's cell closes on its bar — '9.4 |', '0.00 |' —: the bar is no part of the label)
  let c = compact(label).replace(TRAILING_BARS, "");
  if (!c) return null;
  if (BULLET.test(c)) {
    label = label.replace(/^\s*[•●◆▪‧·]+\s*/, "");
    c = compact(label).replace(TRAILING_BARS, "");
  }
  const point = SPACED_POINT.exec(label);
  if (point && Number(point[1]) >= 1 && spacedPointCode(label.slice(point[0].length))) return { style: "ar-dot", n: Number(point[1]), parent: "", text: `${point[1]}.` };
  if (KEY_ITEM_STAR.test(c)) c = c.replace(KEY_ITEM_STAR, "");
  const one = c.charCodeAt(0) === 108 && LETTER_ONE.test(c);
  if (one) c = "1" + c.slice(1);
  if (CHECKBOX.test(c)) return null; // "1、持续性项目 □ 2、新增性项目 □": options to tick, not numbered labels
  const circled = CIRCLED.indexOf(c[0]);
  if (circled >= 0) return { style: "circled", n: circled + 1, parent: "", text: c[0] };
  // (by index: no iterator and no pair unpacked per pattern, for every new label of a sheet)
  for (let k = 0; k < PATTERNS.length; k++) {
    const style = PATTERNS[k][0];
    const m = PATTERNS[k][1].exec(c);
    if (!m) continue;
    const rest = c.slice(m[0].length);
    if (style === "dotted" || style === "dashed") {
      // "1.2立项依据" is a code; "1.5万元" and a bare "1.2" are numbers, "1-6月" a range
      if (!rest || UNIT_AFTER.test(rest) || /^\d/.test(rest) || (style === "dashed" && RANGE_AFTER.test(rest))) return null;
      const parts = m[1].split(style === "dotted" ? "." : "-");
      // "2.6.26国际禁毒日…": item 2 about a day written as its date (6.26), not a code 2.6.26 (DATED_DAY)
      if (style === "dotted" && parts.length === 3 && datedDay(Number(parts[1]), Number(parts[2]), rest)) {
        return { style: "ar-dot", n: Number(parts[0]), parent: "", text: `${parts[0]}.` };
      }
      return { style, n: Number(parts[parts.length - 1]), parent: parts.slice(0, -1).join(style === "dotted" ? "." : "-"), text: m[1] };
    }
    // a code labels a name: "(20)" alone is a weight, "1、" before "万元" an amount — but a name may open with a unit's
    // character after the code's own mark ("9、万丈湖办事处", "3、元谋县", "(二)亿元以上项目"): only a unit and nothing
    // named after it ("1、万元", "(20)分") is an amount
    if (!rest || unitAlone(rest)) return null;
    const n = style.startsWith("cn") || style === "zhibiao-cn" ? chineseNumber(m[1]) : Number(m[1]);
    if (n === null || n < 1) return null;
    return { style, n, parent: "", text: one ? "l" + m[0].slice(1) : m[0] };
  }
  const spaced = SPACED_NUMBER.exec(label);
  if (spaced && !UNIT_AFTER.test(label.slice(spaced[0].length)) && !RANGE_AFTER.test(label.slice(spaced[0].length)) && !objectClassCode(spaced[1], label.slice(spaced[0].length))) {
    const n = Number(spaced[1]);
    if (n >= 1) return { style: "ar-space", n, parent: "", text: spaced[1] };
  }
  return null;
}

/**
 * (scan61) The fixed code of a budget's object class (用途別科目) before its name: '10 人事費', '20 業務費', '25 維護費', '40 獎補助費'
 * (Taiwan's budget books, 一級 classes numbered 1, 2, 25, 3 … and written to two or four digits: '2000 業務費'). The class's
 * number, not a place in a list: a 經費累計表 gives each work plan's classes under it ('01 行政管理' over 10, 20, 40, then '02
 * 文書管理'), the outline's indents lost in a flattened page.
 */
function objectClassCode(digits: string, rest: string): boolean {
  const name = rest.trim();
  for (const [cls, n] of OBJECT_CLASSES) if (name.startsWith(cls)) return new RegExp(`^${n}0*$`).test(digits) && digits.length >= 2;
  return false;
}
const OBJECT_CLASSES: [string, string][] = [
  ["人事費", "1"], ["人事费", "1"], ["業務費", "2"], ["业务费", "2"], ["維護費", "25"], ["维护费", "25"], ["設備及投資", "3"], ["设备及投资", "3"],
  ["獎補助費", "4"], ["奖补助费", "4"], ["債務費", "5"], ["债务费", "5"], ["預備金", "6"], ["预备金", "6"],
];

/**
 * A serial number as a 序号 cell writes it: 1, 2, 3 …, a footnote mark after it allowed ("9*", "10＊", "11※", "12★"
 * are still 9, 10, 11, 12); `pointed`: "1." and "1、" too. Null for anything else. Read wherever serials are read.
 */
export function serialNumber(compacted: string, pointed = false): number | null {
  const m = (pointed ? POINTED_SERIAL : SERIAL).exec(compacted);
  return m ? Number(m[1]) : null;
}
const SERIAL = /^(\d{1,3})[*＊※★]?$/;
const POINTED_SERIAL = /^(\d{1,3})[.、]?[*＊※★]?$/;

/** The code of number `n` written in the same style as `like` ("三、" for 3 like "二、"). */
export function codeLike(like: LabelCode, n: number): string {
  switch (like.style) {
    case "cn-dun":
      return chineseNumeral(n) + like.text.slice(-1);
    case "cn-paren":
      return `(${chineseNumeral(n)})`;
    case "circled":
      return CIRCLED[n - 1] ?? String(n);
    case "zhibiao":
      return `指标${n}`;
    case "zhibiao-cn":
      return `指标${chineseNumeral(n)}`;
    case "dotted":
      return `${like.parent}.${n}`;
    case "dashed":
      return `${like.parent}-${n}`;
    case "ar-space":
      return String(n);
    case "ar-paren":
      return `(${n})`;
    default:
      return String(n) + like.text.slice(-1);
  }
}

/**
 * The rank of a label's numbering in the outline of official documents, 一、 over (一) over 1、 / 1. over (1) over ①
 * (deeper: larger); null for a label with no code of these styles. With `bare`, a section number standing alone, its
 * name in the next cell ("一 | 基础资料管理", "(二) | …"), ranks as its style would.
 */
export function outlineRank(label: string, bare = false): number | null {
  const code = labelCode(label);
  if (!code) return bare ? bareSectionRank(compact(label)) : null;
  switch (code.style) {
    case "cn-dun":
      return 0;
    case "cn-paren":
      return 1;
    case "ar-dun":
    case "ar-dot":
      return 2;
    case "ar-paren":
    case "ar-rparen":
      return 3;
    case "circled":
      return 4;
    default:
      return null;
  }
}

/** A section number alone, no name after it: 一 / 一、 / (一) (Chinese numerals only — a bare 1 is a serial or a number). */
const BARE_CN_SECTION = /^[一二三四五六七八九十]{1,3}[、.]?$/;
const BARE_CN_PAREN_SECTION = /^\([一二三四五六七八九十]{1,3}\)$/;

function bareSectionRank(compacted: string): number | null {
  return BARE_CN_SECTION.test(compacted) ? 0 : BARE_CN_PAREN_SECTION.test(compacted) ? 1 : null;
}

/** Before a code printed inside a text: a space or a mark closing the text before it. */
export const INLINE_CODE_BEFORE = /[\s\u3000。.;；:：,，)）]/;
/** After it: the item's name. */
export const INLINE_CODE_AFTER = /[\u4e00-\u9fa5“「(]/;

/**
 * The last number of the numbered list a text holds of its own, counting on from the code it opens with (`code`, its
 * labelCode) inside the text: '1.…(5分); 2.…(5分); … 5.…合计6分)。' → 5. Each next code in the opening code's style
 * (codeLike), after a space or a mark and before a name (never "第5、6项", a date or an amount); the opening number itself
 * where none follows. One indexOf per number of the list. (dev45: a cell holding points 1.–5. run on is a list of its
 * own — the next cell's numbering follows its last, and its first point's award is no points of the whole cell.)
 */
export function ownListLast(text: string, code: LabelCode): number {
  const t = normalizeText(text);
  let n = code.n;
  let at = 1;
  for (;;) {
    const next = codeLike(code, n + 1);
    let k = t.indexOf(next, at);
    while (k >= 0 && !(INLINE_CODE_BEFORE.test(t[k - 1]) && INLINE_CODE_AFTER.test(t[k + next.length] ?? ""))) k = t.indexOf(next, k + 1);
    if (k < 0) return n;
    n++;
    at = k + next.length;
  }
}
