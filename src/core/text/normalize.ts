/**
 * One normaliser for all cell text: full-/half-width forms (NFKC), traditional characters that appear in
 * mirrored sheets, whitespace and line breaks inside labels ("年度\n指标值", "投 入").
 */

import { TEXT_CACHE_SIZE, TextCache } from "./cache";
import { T2S_CHARS, T2S_PHRASES } from "./t2s-chars";
import { BUDGET_HEADERS, HEADER_WORDS, INDICATOR_HEADERS, NAME_HEADER } from "../recognise/vocabulary";

/**
 * Traditional -> simplified (RULEBOOK §9.6: 績效/預算 mirrors of simplified originals) through OpenCC's
 * Hong Kong -> mainland chain (HK variants, then OpenCC's traditional -> simplified phrases and
 * characters). The hk chain leaves simplified text as it is ("显著" stays; the tw chain would write
 * "显着"), and still reads Taiwan's forms of the words sheets use (項目 資金 績效 萬元 執行率 滿意度).
 * A string is converted only when it holds a character or a phrase the chain changes (t2s-chars.ts, generated
 * from the dictionaries), and each distinct string once; OpenCC itself is loaded on the first such string only.
 */
let toSimplified: ((s: string) => string) | null = null;
let convertible: Set<string> | null = null;
/** the phrases of T2S_PHRASES by their first character */
let phrases: Map<string, string[]> | null = null;
/** per BMP code unit: 1 = a convertible character, 2 = the first character of a convertible phrase */
let bmpFlags: Uint8Array | null = null;

/** Whether the hk -> cn chain can change `s` (false: it gives `s` back as it is). */
export function needsSimplifying(s: string): boolean {
  const flags = bmpFlags ?? loadFlags();
  // by code unit (no string per character); a surrogate pair is looked up as its character
  const n = s.length;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    if (c < 0x3400) {
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const ch = s.slice(i, i + 2);
        if (convertible!.has(ch)) return true;
        const ps = phrases!.get(ch);
        if (ps) for (const p of ps) if (s.startsWith(p, i)) return true;
        i += 2;
        continue;
      }
    }
    const f = flags[c];
    if (f & 1) return true;
    if (f & 2) for (const p of phrases!.get(s[i])!) if (s.startsWith(p, i)) return true;
    i++;
  }
  return false;
}

/**
 * The convertible characters and phrases, and their flags by BMP code unit, made on first use (by every run: the
 * first label asks it). The BMP characters (all but some 60 of 3,200) are flagged straight from the string, by code
 * unit: a set of one-character strings made of them was read only to flag them; the set keeps the others (surrogate
 * pairs), the only ones looked up in it.
 */
function loadFlags(): Uint8Array {
  if (!convertible || !phrases || !bmpFlags) {
    const flags = new Uint8Array(0x10000);
    convertible = new Set();
    for (let i = 0, n = T2S_CHARS.length; i < n; i++) {
      const c = T2S_CHARS.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = T2S_CHARS.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          convertible.add(T2S_CHARS.slice(i, i + 2));
          i++;
          continue;
        }
      }
      flags[c] |= 1;
    }
    phrases = new Map();
    for (const p of T2S_PHRASES.split("|")) {
      const first = String.fromCodePoint(p.codePointAt(0)!);
      const ps = phrases.get(first);
      if (ps) ps.push(p);
      else phrases.set(first, [p]);
      if (first.length === 1) flags[first.charCodeAt(0)] |= 2;
    }
    bmpFlags = flags;
  }
  return bmpFlags;
}

/**
 * True when compact(s) is `s` itself: printable ASCII but the space, and CJK unified ideographs that neither the
 * traditional -> simplified chain nor NFKC changes (no phrase starts at them either). Most labels of a large sheet
 * are such text, each met once: they skip the memo (a lookup and an entry for every name of the sheet).
 */
function isCompactForm(s: string): boolean {
  const flags = bmpFlags ?? loadFlags();
  for (let i = 0, n = s.length; i < n; i++) {
    const c = s.charCodeAt(i);
    // ("?" may stand for a character a mirror lost between two ideographs: LOST_CHARACTER; "[" may open points,
    // roundPointsBrackets; "&" may open an entity, "&nbsp;": NBSP_ENTITY)
    if (c > 0x20 && c < 0x7f && c !== 0x3f && c !== 0x5b && c !== 0x26) continue;
    // (值 满 准 减 除: a wording of points or deductions roundPointsBrackets writes in the canonical one)
    if (c < 0x4e00 || c > 0x9fff || flags[c] !== 0 || c === 0x503c || c === 0x6ee1 || c === 0x51c6 || c === 0x51cf || c === 0x9664) return false;
  }
  return true;
}

function loadConverter(): (s: string) => string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Converter } = require("opencc-js/t2cn") as typeof import("opencc-js/t2cn");
  return (toSimplified = Converter({ from: "hk", to: "cn" }));
}

const simplifiedCache = new TextCache<string>(TEXT_CACHE_SIZE);

/** The simplified form of `s` (unchanged when it has nothing traditional). */
export function traditionalToSimplified(s: string): string {
  if (!needsSimplifying(s)) return s;
  let out = simplifiedCache.get(s);
  if (out === undefined) {
    out = (toSimplified ?? loadConverter())(s);
    simplifiedCache.set(s, out);
  }
  return out;
}

/** text NFKC leaves as it is: printable ASCII and the CJK unified ideographs block (no decompositions) */
const NFKC_STABLE = /^[\x20-\x7e\u4e00-\u9fff]*$/;

/**
 * text NFKC changes only where it writes a full-width form of printable ASCII (U+FF01–FF5E, each its ASCII character,
 * 0xFEE0 below it) or the ideographic space (U+3000, a space): no character of it composes with another (no combining
 * mark), so the normalisation is halfWidth's, character by character
 */
const HALF_WIDTH_STABLE = /^[\x20-\x7e\u3000\u4e00-\u9fff\uff01-\uff5e]*$/;

/** NFKC of a text HALF_WIDTH_STABLE matches: its full-width forms as their ASCII characters, its ideographic spaces as spaces. */
function halfWidth(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x3000) continue;
    if (c === 0x3000) out += s.slice(from, i) + " ";
    else if (c >= 0xff01) out += s.slice(from, i) + String.fromCharCode(c - 0xfee0);
    else continue;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * A text with its full-width digits (０–９, an IME left in full-width mode: '分别得１０、８、６分') written as ASCII digits, and a
 * full-width point between two of them ('９６．５'); nothing else changed (a rule's '，' and '（' stay as the readers expect
 * them). The text itself where it holds no full-width digit (one pass over its characters, no copy).
 */
export function asciiDigits(s: string): string {
  let i = 0;
  while (i < s.length && !isFullWidthDigit(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isFullWidthDigit(c)) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0xff0e && i > 0 && i + 1 < s.length && isAnyDigit(s.charCodeAt(i - 1)) && isAnyDigit(s.charCodeAt(i + 1))) out += ".";
    else out += s.charAt(i);
  }
  return out;
}
const isFullWidthDigit = (c: number) => c >= 0xff10 && c <= 0xff19;
const isAnyDigit = (c: number) => (c >= 48 && c <= 57) || isFullWidthDigit(c);

/**
 * A pinyin gloss after a character, as some mirror sites print them ("預(yù)算數(shù)", "指標(biāo)"): a syllable with a
 * tone mark in brackets. Units in brackets ("(km)", "(万元)") carry no tone mark and stay.
 */
const PINYIN_GLOSS = /([\u3400-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g;

/** (a module constant: a literal in a function makes a RegExp on every call) */
const NOT_CIRCLED = /[^\u2460-\u24ff]+/g;

/**
 * A character a mirror could not encode, printed as one "?" (or U+FFFD) between two ideographs ("分?值" for 分值, a
 * space or a rare glyph lost): nothing of the word, dropped. A "?" beside Latin letters, digits or punctuation stays
 * (a question, "≥?%", the mojibake of a whole gloss "當?shù)亟?jīng)" whose character is lost with it), and so does one
 * before the '分)' closing a label (the points' figure lost: '…机械?分)', labels.ts lostPointsInLabel).
 */
const LOST_CHARACTER = /([\u3400-\u9fff])[?？\ufffd](?=[\u3400-\u9fff])(?!分[)）])/g;

/**
 * A pinyin gloss whose opening bracket the mirror lost with the character before it ("項(xiàng)目?jī)?nèi)容" for 項目內容,
 * "分?jǐn)?shù)" for 分數: a "?" where the bracket was, a syllable with a tone mark, the closing bracket). Each such
 * gloss marks a character lost, written LOST_MARK; two in a row ("?jī)?nèi)": the gloss of the character before the
 * lost one, then its own) are one character lost. A "?" before a syllable with no tone mark ("?abc)") stays.
 */
const GARBLED_GLOSS = /[?？\ufffd][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g;
/**
 * The mark of a character the mirror lost (U+3013 GETA MARK, the typesetter's mark for a missing character): kept in
 * the text, so that no word is read from what is left ("項目〓容" is no 项目容), except a known head mended by
 * mendLostCharacter.
 */
export const LOST_MARK = "\u3013";
const LOST_PAIR = /\u3013\u3013/g;

/** NFKC + traditional->simplified + pinyin glosses and lost characters dropped + trimmed; keeps inner spacing. */
export function normalizeText(s: string): string {
  if (!s) return "";
  // printable ASCII and CJK unified ideographs are their own NFKC form: most labels skip the normalisation
  if (NFKC_STABLE.test(s)) return traditionalToSimplified(s.includes("?") ? s.replace(LOST_CHARACTER, "$1") : s).trim();
  // (and with full-width ASCII forms, "其中：", "（万元）": NFKC's whole change is each of them its ASCII character; no gloss
  // reads in such text, which has no tone mark: the same steps as below, the normalisation written out)
  if (HALF_WIDTH_STABLE.test(s)) return traditionalToSimplified(halfWidth(s.includes("?") || s.includes("？") || s.includes("\ufffd") ? s.replace(LOST_CHARACTER, "$1") : s)).trim();
  // a gloss garbled with its character (before the glosses are dropped: the garbled one follows no ideograph)
  const t = s.indexOf(")") >= 0 || s.indexOf("）") >= 0 ? s.replace(GARBLED_GLOSS, LOST_MARK).replace(LOST_PAIR, LOST_MARK) : s;
  // NFKC everything except circled numbers (①②③ mark rubric items and would become digits)
  return traditionalToSimplified(t.replace(PINYIN_GLOSS, "$1").replace(LOST_CHARACTER, "$1").replace(NOT_CIRCLED, (m) => m.normalize("NFKC"))).trim();
}

/**
 * The wordings of a rubric's points and deductions that say what a reader's canonical one says, written as it (phrasing43:
 * one place for each phrasing family, metamorphic-phrasing.test.ts):
 * - points in square, lenticular or tortoise-shell brackets, "组织领导[20分]", "…台账【2分】", "…抵现金〔0.5分〕": the round brackets every points reader reads
 *   ("(20分)"), as a publisher typing on a half-width keyboard or a rule sheet printing its points black writes them. Only a
 *   short bracket closing on its points: a heading in brackets, "【评分标准】", "[2020]", stays;
 * - a bracket naming its points' kind, "(分值5分)", "(标准分5分)", "(满分5分)", "(分值:5)", "(5分值)": the bracket of the points
 *   alone, "(5分)" — the bracket holding nothing else (not "(满分10分,每项2分)", a rule);
 * - a deduction's other verbs, "减1分", "减去1分", "扣除1分", "扣减1分": "扣1分" (not "减少", "减免": no number follows;
 *   not "依次递减2分", "逐减": a ranking's steps, no deduction).
 * For matching only (compact): the text a model keeps and a message quotes is normalizeText's, as written.
 */
const SQUARE_POINTS = /[【\[〔〖]([^【】\[\]〔〕〖〗()\n]{0,12}?\d+(?:\.\d+)?\s*分)[】\]〕〗]/g;
const NAMED_POINTS = /\((?:分值|标准分|分值为|标准分为)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分?\)|\((\d+(?:\.\d+)?)\s*分值\)/g;
const DEDUCTION_VERB = /(?:减去?|扣除|扣减)\s*(\d+(?:\.\d+)?\s*分)/g;
/** a ranking's steps, "依次递减2分", "逐减": no deduction (checked on the character before 减: no lookbehind before ES2018) */
const STEPS_BEFORE = /[递逐]/;
function roundPointsBrackets(s: string): string {
  // (and the tortoise-shell brackets of a document's text, '〔5分〕', '〖5分〗' — dev46: a mirror's '〔0.5分〕' closing each clause)
  if (s.indexOf("[") >= 0 || s.indexOf("【") >= 0 || s.indexOf("〔") >= 0 || s.indexOf("〖") >= 0) s = s.replace(SQUARE_POINTS, "($1)");
  if (s.indexOf("(") >= 0 && (s.indexOf("值") >= 0 || s.indexOf("标准分") >= 0)) s = s.replace(NAMED_POINTS, (_m, a: string | undefined, b: string | undefined) => `(${a ?? b}分)`);
  if (s.indexOf("减") >= 0 || s.indexOf("除") >= 0) s = s.replace(DEDUCTION_VERB, (m: string, pts: string, at: number, all: string) => (m[0] === "减" && at > 0 && STEPS_BEFORE.test(all[at - 1]) ? m : `扣${pts}`));
  return s;
}

/** the header vocabulary's patterns, each with the ideographs it writes (made on first use) */
let headTables: { re: RegExp; chars: Set<string> }[] | null = null;
const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/g;

function loadHeadTables(): { re: RegExp; chars: Set<string> }[] {
  const res: RegExp[] = [];
  for (const t of [INDICATOR_HEADERS, HEADER_WORDS, BUDGET_HEADERS]) for (const e of t) res.push(e[1]);
  res.push(NAME_HEADER);
  // the ideographs written in a pattern, as themselves or as \uXXXX escapes (the CLI's bundle writes them so; a range's
  // ends, [\u4e00-\u9fa5], are two more, harmless)
  return (headTables = res.map((re) => {
    const chars = new Set<string>();
    const src = re.source.replace(UNICODE_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    for (const ch of src) if (ch >= "\u4e00" && ch <= "\u9fff") chars.add(ch);
    return { re, chars };
  }));
}

/**
 * A head with one character lost in a mirror ("项目〓容"): the known head word it is when exactly one ideograph of the
 * header vocabulary in its place makes a head (项目内容: NAME_HEADER), else the text as it is (no head read from a
 * guess). Only a text of 3 to 10 characters with one mark and at least two ideographs beside it: "分〓" (分值? 分数?)
 * stays. The patterns tried are those that write every other ideograph of the text, the candidates theirs (a head word
 * is written in its pattern): a few patterns, not the whole vocabulary, per text. `c`: compact text.
 */
export function mendLostCharacter(c: string): string {
  const at = c.indexOf(LOST_MARK);
  if (at < 0 || c.length < 3 || c.length > 10 || c.indexOf(LOST_MARK, at + 1) >= 0) return c;
  const known: string[] = [];
  for (const ch of c) if (ch >= "\u4e00" && ch <= "\u9fff") known.push(ch);
  if (known.length < 2) return c;
  const tables = (headTables ?? loadHeadTables()).filter((t) => known.every((ch) => t.chars.has(ch)));
  const tried = new Set<string>();
  let found: string | null = null;
  for (const t of tables) {
    for (const ch of t.chars) {
      if (tried.has(ch)) continue;
      tried.add(ch);
      const text = c.slice(0, at) + ch + c.slice(at + 1);
      if (!tables.some((u) => u.re.test(text))) continue;
      if (found !== null) return c;
      found = text;
    }
  }
  return found ?? c;
}

/** (a module constant: a literal in a function makes a RegExp on every call) */
const SPACES = /[\s\u3000]+/g;
/** a non-breaking space's HTML entity left in the text, its '&' kept or lost to a mirror's '?' */
const NBSP_ENTITY = /[&?？\ufffd]?nbsp;/gi;

const compactCache = new TextCache<string>(TEXT_CACHE_SIZE);

/** For matching labels and headers: normalised, with all whitespace removed (memoised: sheets repeat labels). */
export function compact(s: string): string {
  if (!s) return "";
  if (isCompactForm(s)) return s;
  let c = compactCache.get(s);
  if (c === undefined) {
    // (the wordings of points and deductions in their canonical form, for matching only: the text a model keeps and a
    // message quotes is normalizeText's, as written)
    c = roundPointsBrackets(normalizeText(s).replace(SPACES, ""));
    // (a lost character written apart, "分 ? 值": beside its ideographs once the spaces are gone)
    if (c.includes("?") || c.includes("？") || c.includes("\ufffd")) c = c.replace(LOST_CHARACTER, "$1");
    if (c.includes(LOST_MARK)) c = mendLostCharacter(c);
    // (a page's non-breaking space served as its entity, '&nbsp;', or with its '&' lost, '?nbsp;': a space, gone as the others)
    if (c.includes("nbsp")) c = c.replace(NBSP_ENTITY, "");
    compactCache.set(s, c);
  }
  return c;
}

/** Values that mean "not applicable" / nothing to report in a weight, score or value cell. */
const NOT_APPLICABLE = new Set(["/", "／", "\\", "—", "——", "-", "--", "–", "－", "*", "_", "×", "~", "一"]);

export function isNotApplicableText(s: string): boolean {
  const c = compact(s);
  return NOT_APPLICABLE.has(c) || /^[/／\\—–\-－*_\s]+$/.test(c) && c.length > 0;
}

/** Chinese "not applicable" words used in place of a value. */
export function isNotApplicableWord(s: string): boolean {
  return /^(不适用|不涉及|无此项|不考核)$/.test(compact(s));
}

/**
 * (grad50a) Doubled punctuation in prose, as some mirror sites serve it ('总额75.20亿元,,分配率99.5%,。其中:…', '一,、'): a
 * run of two marks or more of the sentence's own (',', ';', ':', '。', '、', after NFKC) is one mark, the strongest of the
 * run (。 over ; over : over , over 、) — the stop that ends a sentence is never lost to a comma beside it. For prose read
 * as sentences (proseText), after normalizeText; a label's text is left as it is.
 */
const DOUBLED_MARKS = /[,;:。、]{2,}/g;
const ANY_DOUBLED_MARKS = /[,;:。、]{2}/;
const MARK_RANK = "、,:;。";
export function collapseDoubledMarks(s: string): string {
  if (!ANY_DOUBLED_MARKS.test(s)) return s;
  return s.replace(DOUBLED_MARKS, (run) => {
    let best = run[0];
    for (const ch of run) if (MARK_RANK.indexOf(ch) > MARK_RANK.indexOf(best)) best = ch;
    return best;
  });
}
