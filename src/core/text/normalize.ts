/**
 * One normaliser for all cell text: full-/half-width forms (NFKC), traditional characters that appear in
 * mirrored sheets, whitespace and line breaks inside labels ("年度\n指标值", "投 入").
 */

import { Converter, Locale } from "opencc-js/t2cn";
import { TEXT_CACHE_SIZE, TextCache } from "./cache";

/**
 * Traditional -> simplified (RULEBOOK §9.6: 績效/預算 mirrors of simplified originals) through OpenCC's
 * Hong Kong -> mainland chain (HK variants, then OpenCC's traditional -> simplified phrases and
 * characters). The hk chain leaves simplified text as it is ("显著" stays; the tw chain would write
 * "显着"), and still reads Taiwan's forms of the words sheets use (項目 資金 績效 萬元 執行率 滿意度).
 * Built on first use; a string is converted only when it holds a character the dictionaries change,
 * and each distinct string once.
 */
let toSimplified: ((s: string) => string) | null = null;
let convertible: Set<string> | null = null;

function loadConverter(): void {
  const dicts: string[] = [];
  for (const group of [...Locale.from.hk, ...Locale.to.cn]) for (const d of group) if (typeof d === "string") dicts.push(d);
  convertible = new Set<string>();
  for (const dict of dicts) {
    for (const entry of dict.split("|")) {
      const [from, to] = entry.split(" ");
      if (!to || from === to) continue;
      const a = [...from];
      const b = [...to];
      // a character that changes on its own, or inside a phrase ("反覆" -> "反复")
      a.forEach((ch, i) => {
        if (a.length !== b.length || b[i] !== ch) convertible!.add(ch);
      });
    }
  }
  toSimplified = Converter({ from: "hk", to: "cn" });
}

const simplifiedCache = new TextCache<string>(TEXT_CACHE_SIZE);

/** The simplified form of `s` (unchanged when it has nothing traditional). */
export function traditionalToSimplified(s: string): string {
  if (!convertible) loadConverter();
  let hit = false;
  for (const ch of s) {
    if (ch.charCodeAt(0) >= 0x3400 && convertible!.has(ch)) {
      hit = true;
      break;
    }
  }
  if (!hit) return s;
  let out = simplifiedCache.get(s);
  if (out === undefined) {
    out = toSimplified!(s);
    simplifiedCache.set(s, out);
  }
  return out;
}

/** NFKC + traditional->simplified + trimmed; keeps inner spacing. */
export function normalizeText(s: string): string {
  if (!s) return "";
  // NFKC everything except circled numbers (①②③ mark rubric items and would become digits)
  return traditionalToSimplified(s.replace(/[^\u2460-\u24ff]+/g, (m) => m.normalize("NFKC"))).trim();
}

const compactCache = new TextCache<string>(TEXT_CACHE_SIZE);

/** For matching labels and headers: normalised, with all whitespace removed (memoised: sheets repeat labels). */
export function compact(s: string): string {
  if (!s) return "";
  let c = compactCache.get(s);
  if (c === undefined) {
    c = normalizeText(s).replace(/[\s\u3000]+/g, "");
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
