import type { CellValue } from "../grid/grid";
import { compact, isNotApplicableText } from "./normalize";

/** A number read from a cell, with what a reviewer needs to compare it "at the shown precision". */
export interface ReadNumber {
  value: number;
  /** the cell showed it as a percentage (value is the ratio: 95% -> 0.95) */
  percent: boolean;
  /** decimals shown (of the percentage when percent), or null when the format does not say */
  decimals: number | null;
}

/**
 * Per number format: its decimals and whether it shows a percentage. A workbook uses a handful of formats on
 * thousands of cells; emptied when it holds FORMAT_CACHE_SIZE of them (formats are few, a run reads many files).
 */
const formatInfo = new Map<string, { decimals: number | null; percent: boolean }>();
const FORMAT_CACHE_SIZE = 2000;

function infoOf(fmt: string): { decimals: number | null; percent: boolean } {
  let info = formatInfo.get(fmt);
  if (!info) {
    if (formatInfo.size >= FORMAT_CACHE_SIZE) formatInfo.clear();
    info = { decimals: formatDecimalsOf(fmt), percent: /%/.test(fmt.replace(/"[^"]*"/g, "")) };
    formatInfo.set(fmt, info);
  }
  return info;
}

/** Decimals a number format shows: "0.00" -> 2, "0.00%" -> 2, "0%" -> 0, "General" -> null. */
export function formatDecimals(fmt: string | undefined): number | null {
  return fmt ? infoOf(fmt).decimals : null;
}

function formatDecimalsOf(fmt: string): number | null {
  if (/general/i.test(fmt)) return null;
  const section = fmt.split(";")[0].replace(/"[^"]*"/g, "").replace(/\\./g, "");
  const m = /[0#?][0#?,]*(?:\.([0#?]+))?/.exec(section); // "#,##0.00": thousands separators belong to the integer part
  if (!m) return null;
  return m[1] ? m[1].length : 0;
}

export function isPercentFormat(fmt: string | undefined): boolean {
  return !!fmt && infoOf(fmt).percent;
}

/** the digits after a number's point ('12.50' → 2) */
export function decimalsOf(s: string): number {
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

/** the characters a number's text can start with ("+", "-", ".", digits) */
const NUMBER_START = new Set([..."+-.0123456789"].map((ch) => ch.charCodeAt(0)));

/** (a module constant: a literal in a function makes a RegExp on every call) */
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?(%|‰)?$/;
const TRAILING_DOTS = /\.+$/;
const ENDS_IN_DIGIT = /\d$/;
const PLAIN_NUMBER = /^([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)(%|‰)?$/;
/**
 * A currency sign before an amount ("$ 6,300,000.00" in Macao's budget annexes, "¥1,200", "HK$ 5,800", "MOP$ 100"):
 * the amount all the same. Only the sign (with its region letters) and spaces after it; a word before the number is
 * still no number.
 */
const CURRENCY_PREFIX = /^(?:HK|MOP|NT|US)?[$＄¥￥]/;
/** first characters a currency prefix can start with ($ ＄ ¥ ￥, and the H M N U of HK$ MOP$ NT$ US$) */
const CURRENCY_START = new Set([..."$＄¥￥HMNU"].map((ch) => ch.charCodeAt(0)));

/**
 * One footnote mark after a number ("6,006 #", "48,067 *" in a yearbook's table whose notes are under it; a 序号 "9*"):
 * the number all the same. One mark only, right after the digits (spaces between are compacted away); a masked number
 * ("1360740****") or a mark alone stays what it was.
 */
const FOOTNOTE_MARK = /([\d%])[#*＊※†‡★]$/;
/** the marks FOOTNOTE_MARK ends in */
const FOOTNOTE_END = new Set([..."#*＊※†‡★"].map((ch) => ch.charCodeAt(0)));

/**
 * One character a copy lost right after a well-formed amount ("3,724,055.00?", "9.68?", "96.85%\ufffd": a mirror's page
 * printing a character it could not encode, a space or a mark, as "?" — the mark normalize.ts's LOST_CHARACTER drops
 * between ideographs): the amount all the same. Only after an amount whose last digit is no place a lost digit could
 * hold: thousands grouped or decimals shown (a lost digit after them would break the groups or sit below the shown
 * precision); after a bare integer ("85?", a digit lost as in '?0分)') the text stays no number.
 */
const LOST_AFTER_AMOUNT = /^([+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+)(?:%|‰)?)[?？\ufffd\u3013]$/;
/** the marks LOST_AFTER_AMOUNT ends in */
const LOST_END = new Set([..."?？\ufffd\u3013"].map((ch) => ch.charCodeAt(0)));

/**
 * A pointer to an attachment in brackets after a number ("8(附1)", "8(见附件2)", "12.5(详见附表)": the score or amount, its
 * evidence attached elsewhere): the number all the same. Only such a pointer — 附 / 附件 / 附表 / 附录, perhaps after 见 or
 * 详见, and the attachment's number — and only right after the digits; any other bracket ("8(扣2分)", "10(5)") stays.
 */
const ATTACHMENT_POINTER = /([\d%])\((?:详?见)?附(?:件|表|录)?[\d一二三四五六七八九十]{0,3}\)$/;

/**
 * A sign written in brackets before a number ("(-) 3,617,487,951", "(-) 19.93" in Taiwan's 總決算 comparison tables,
 * marking a 決算 below its 預算; "(+)" the other way): the number with that sign. Only the bracketed sign itself, right
 * at the start; a bracket alone ("(-)", a nil) or a number in brackets ("(1)", a column's formula label) stays what it was.
 */
const BRACKETED_SIGN = /^\(([+\-−])\)/;

/** (a module constant: a literal in a function makes a RegExp on every call) */
const LOST_INTEGER_PART = /^[.．][0-9０-９]/;
/**
 * An amount written without its integer part (".5", ".32": the digits before the point lost by a page's text layer, as
 * 重庆's 部门整体绩效自评表 served by a mirror prints its amounts): readNumber reads it, but it is no number a rate or a
 * score can be proved wrong against.
 */
export function lostIntegerPart(text: string): boolean {
  return LOST_INTEGER_PART.test(text.trim());
}

/** A text without the currency sign it opens with (CURRENCY_PREFIX) and the spaces after it; the text itself where none. */
export function withoutCurrency(raw: string): string {
  if (raw.length < 2 || !CURRENCY_START.has(raw.charCodeAt(0))) return raw;
  const cur = CURRENCY_PREFIX.exec(raw);
  return cur ? raw.slice(cur[0].length).trimStart() : raw;
}

/**
 * Read a plain number from a cell: numbers as numbers, or text like "238.93", "7.50.", "1,234", "100.00%",
 * " 95 % ". Anything else (operators, units, words, "/") gives null — use parseQuantity for those.
 */
export function readNumber(v: CellValue, fmt?: string): ReadNumber | null {
  if (v === null || v === undefined || typeof v === "boolean") return null;
  if (typeof v === "object") return null;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return null;
    return { value: v, percent: isPercentFormat(fmt), decimals: formatDecimals(fmt) };
  }
  let raw = withoutCurrency(compact(v));
  // (a sign in brackets before the digits: "(-)19.93" is -19.93; the cheap test on the first character first)
  if (raw.length > 3 && raw.charCodeAt(0) === 40) {
    const sign = BRACKETED_SIGN.exec(raw);
    if (sign) raw = (sign[1] === "+" ? "" : "-") + raw.slice(3);
  }
  // a number starts with a sign, a digit or a point (a thousands separator first is no number either): a label is
  // none, whatever follows (the cheap test before the patterns; a footnote mark's removal keeps the first character)
  if (raw.length > 0 && !NUMBER_START.has(raw.charCodeAt(0))) return null;
  // (the pattern only where the text ends in a mark: it is searched from every character of the text)
  if (raw.length > 1 && FOOTNOTE_END.has(raw.charCodeAt(raw.length - 1))) raw = raw.replace(FOOTNOTE_MARK, "$1");
  if (raw.endsWith(")")) raw = raw.replace(ATTACHMENT_POINTER, "$1");
  if (raw.length > 3 && LOST_END.has(raw.charCodeAt(raw.length - 1))) raw = raw.replace(LOST_AFTER_AMOUNT, "$1");
  // thousands separators only in groups of three before the point ("7,00.0,77" is not a number)
  if (raw.includes(",") && !GROUPED_NUMBER.test(raw)) return null;
  let s = raw.replace(/,/g, "");
  if (s === "" || isNotApplicableText(s)) return null;
  s = s.replace(TRAILING_DOTS, (dots) => (dots.length > 0 && ENDS_IN_DIGIT.test(s.slice(0, -dots.length)) ? "" : dots)); // "7.50." -> "7.50"
  const m = PLAIN_NUMBER.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  if (m[2] === "%") return { value: n / 100, percent: true, decimals: decimalsOf(m[1]) };
  if (m[2] === "‰") return { value: n / 1000, percent: false, decimals: null };
  return { value: n, percent: false, decimals: decimalsOf(m[1]) };
}

/**
 * Points written with their unit ("100分", "90 分"), a note in brackets after them allowed: a 标准分 cell stating how the
 * points are judged, "20分(达不到酌情扣分)", still holds 20 points. (a module constant: a literal in a function makes a
 * RegExp on every call)
 */
const POINTS_WITH_UNIT = /^([-−]?\d+(?:\.\d+)?)分(?:\([^()]{1,40}\))?$/;

/**
 * Points written after the word that names them ("标准分5分", "分值10分", "基本分为5分"): a points cell printed as a phrase
 * (广东 殡葬管理 目标考评's 分 值 column, '标准分5分' down its lines), still the cell's points. Only the words naming an item's
 * points (not an award's verb: "得5分" is a score's rule; not 满分: "满分10分" is a note of the whole, no number, as
 * template-reading-rules.test.ts keeps) and the points closing the text, a note in brackets after them allowed.
 */
/** the words naming an item's points (also read in a pasted rubric's brackets, '(基本分为30分)': paragraph-list.ts) */
export const POINTS_WORD_ALT = "标准分值?|分值|基本分|基础分|基准分值?|应得分";
const POINTS_AFTER_WORD = new RegExp(`^(?:${POINTS_WORD_ALT})(?:为|是|:)?(\\d+(?:\\.\\d+)?)分(?:\\([^()]{1,40}\\))?$`);
/** the first characters of the points words (a cheap test before the pattern) */
const POINTS_WORD_START = new Set(["标", "分", "基", "应"]);

/** Read "100分", "90 分", "20分(达不到酌情扣分)" or a plain number. */
export function readPoints(v: CellValue, fmt?: string): number | null {
  const n = readNumber(v, fmt);
  if (n && !n.percent) return n.value;
  return typeof v === "string" ? pointsWithUnit(v) : null;
}

/**
 * readPoints' reading of a text that is no plain number: points written with their unit ("100分", "20分(达不到酌情扣分)"),
 * else null. (For a reader that has read the text as a number already and found none.)
 */
export function pointsWithUnit(v: string): number | null {
  const c = compact(v);
  const m = POINTS_WITH_UNIT.exec(c);
  if (m) return Number(m[1].replace("−", "-"));
  // (or after their word: "标准分5分")
  const w = c.length > 3 && POINTS_WORD_START.has(c[0]) ? POINTS_AFTER_WORD.exec(c) : null;
  return w ? Number(w[1]) : null;
}

/** A number as its number format shows it: 1.0259 with "0.00%" → "102.59%", 89.974 with "0.00" → "89.97". */
export function formatNumber(v: number, fmt?: string): string {
  const d = formatDecimals(fmt);
  if (isPercentFormat(fmt)) return `${(v * 100).toFixed(d ?? 0)}%`;
  if (d !== null) return v.toFixed(d);
  return String(Math.round(v * 10000) / 10000);
}

/** Round half away from zero to `d` decimals, as the sources do (ROUND(x, 2)). */
export function round(x: number, d = 2): number {
  const f = 10 ** d;
  const y = Math.abs(x) * f;
  // guard against binary noise like 1.005*100 = 100.49999999999999; the guard grows with y only at the scale of
  // binary noise (a guard of 1e-9·y added a whole cent to amounts above 10 million)
  const r = Math.round(y + Math.max(1e-9, 8 * Number.EPSILON * y));
  return (Math.sign(x) * r) / f;
}

/**
 * Two numbers agree at a precision of `decimals` (half a unit of the last shown digit, never tighter than 0.005).
 * (Kept beside relations/tolerance.ts's one policy: it compares a score recomputed by a scoring formula from a rate,
 * not a stated number with the cells it is the sum, difference or ratio of — a formula rounding to the cent over a rate
 * shown rounded moves it by up to a cent, hence the floor of 0.005 and 0.01 where no precision is shown.)
 */
export function agreesAt(a: number, b: number, decimals: number | null, fallbackTol = 0.01): boolean {
  const tol = decimals === null ? fallbackTol : Math.max(0.5 * 10 ** -decimals, 0.005);
  return Math.abs(a - b) <= tol + 1e-9;
}

/**
 * A number typed or scanned with a letter where a digit belongs (cells42): what it reads as with the digit, and which
 * letter stood for which digit.
 */
export interface LetterForDigit {
  /** the letter as printed ("O") */
  letter: string;
  /** the digit it stands for ("0") */
  digit: string;
  /** the text with the digit in its place ("54.0") */
  meant: string;
}

/** The letters a typist or an OCR confuses with a digit: O and o for 0, l and I for 1, S for 5. */
const LETTER_DIGITS: { [letter: string]: string } = { O: "0", o: "0", l: "1", I: "1", S: "5" };
/**
 * A letter of LETTER_DIGITS beside a digit or a point: the cells worth reading with letterForDigit (unanchored, no line
 * end matched: a Grid.hasText / textMatches search).
 */
export const LETTER_BESIDE_DIGIT = /[\d.][OolIS]|[OolIS][\d.]/;
/** digits, points, commas and the letters only, a sign before and a percent sign after allowed */
const NUMBER_WITH_LETTERS = /^[+-]?[\d.,OolIS]+%?$/;
const IS_DIGIT = /^\d$/;

/**
 * The number a compact text is but for one letter in a digit's place: '54.O' (54.0; the cell beside it prints '54.0'),
 * '1O0' (100), '98.l%' (98.1%), 'O.5' (0.5). The letter stands inside the number (a digit or a point on both sides, one
 * of them may be a thousands comma), or as the decimal's last digit after a point, or (O, o) as a last zero after a digit ('3O'),
 * or before the point opening the number ('O.5'); and the text keeps two digits of its own. Never a code or a name: a
 * letter opening the text before a digit ('S02' for SO2, 'O3', 'I2'), two letters ('1OO', '54dB', 'PM2.5'), a letter
 * of another kind ('A1', 'COD') or a letter at the end after a digit other than O ('5l', litres; '5S'). Null otherwise,
 * and where the text with the digit does not read as a number ('5.O.5').
 */
export function letterForDigit(compacted: string): LetterForDigit | null {
  if (compacted.length < 3 || !NUMBER_WITH_LETTERS.test(compacted)) return null;
  let at = -1;
  let digits = 0;
  for (let i = 0; i < compacted.length; i++) {
    const ch = compacted[i];
    if (LETTER_DIGITS[ch] !== undefined) {
      if (at >= 0) return null;
      at = i;
    } else if (IS_DIGIT.test(ch)) digits++;
  }
  if (at < 0 || digits < 2) return null;
  const letter = compacted[at];
  const prev = at > 0 ? compacted[at - 1] : "";
  const next = at + 1 < compacted.length ? compacted[at + 1] : "";
  const digitOrPoint = (ch: string) => ch === "." || IS_DIGIT.test(ch);
  const inside = (digitOrPoint(prev) || prev === ",") && (digitOrPoint(next) || next === ",");
  const lastDecimal = prev === "." && (next === "" || next === "%") && letter !== "S";
  const lastZero = (letter === "O" || letter === "o") && IS_DIGIT.test(prev) && (next === "" || next === "%");
  const leading = (prev === "" || prev === "+" || prev === "-") && next === "." && letter !== "S";
  if (!inside && !lastDecimal && !lastZero && !leading) return null;
  const digit = LETTER_DIGITS[letter];
  const meant = compacted.slice(0, at) + digit + compacted.slice(at + 1);
  return readNumber(meant) === null ? null : { letter, digit, meant };
}

/** points with letters in their digits' places, after their word or bare ("标准分lO分", "lO分", "1O"): the word, the figure, the rest */
const POINTS_WITH_LETTERS = /^((?:标准分值?|分值|基本分|基础分|基准分值?|应得分)(?:为|是|:)?)?([\dOolIS.]{2,5})(分(?:\([^()]{1,40}\))?)?$/;
const LETTER = /[OolIS]/g;
const LETTER_TO_DIGIT = (ch: string) => LETTER_DIGITS[ch];

/**
 * Points printed with letters in their digits' places, the figure of a points cell: "标准分lO分" (a letter l and a letter O
 * for 10, the lines around printing "标准分10分"), "lO分", "1O分", "2O" — one letter or more (O and o for 0, l and I for
 * 1, S for 5), where the figure with the digits in their places reads as points above 0 with no leading zero. A bare
 * figure (no word, no 分) keeps a digit of its own and no S ("1O": 10; "lO", "5S" are no such figure bare). Where one
 * letter in a plain number is the slip, letterForDigit's reading is the same (the letter, its digit, the text meant);
 * where several, `letter` and `digit` are the letters and the digits as printed in a row ("lO", "10"). Null otherwise:
 * a word, a code, a figure of one character.
 */
export function pointsWithLetters(compacted: string): LetterForDigit | null {
  if (compacted.length < 2) return null;
  const m = POINTS_WITH_LETTERS.exec(compacted);
  if (!m) return null;
  const [, word, figure, unit] = m;
  const letters = figure.match(LETTER);
  if (!letters) return null;
  const bare = !word && !unit;
  if (bare && (!/\d/.test(figure) || letters.includes("S"))) return null;
  const digits = figure.replace(LETTER, LETTER_TO_DIGIT);
  if (/^0\d/.test(digits) || !/^\d+(?:\.\d+)?$/.test(digits) || !(Number(digits) > 0)) return null;
  // (the letters as printed, those in a row kept together: "lO" -> "lO" / "10")
  const first = figure.search(LETTER);
  let last = first;
  for (let k = first; k < figure.length; k++) if (LETTER_DIGITS[figure[k]] !== undefined) last = k;
  const letter = figure.slice(first, last + 1);
  return { letter, digit: letter.replace(LETTER, LETTER_TO_DIGIT), meant: (word ?? "") + digits + (unit ?? "") };
}
