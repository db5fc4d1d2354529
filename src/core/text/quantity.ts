import type { CellValue } from "../grid/grid";
import { compact, isNotApplicableText, isNotApplicableWord } from "./normalize";
import { formatDecimals, isPercentFormat } from "./numbers";
import { TEXT_CACHE_SIZE, TextCache } from "./cache";

/** Direction of a target: ≥/＞ (positive), ≤/＜ (reverse), = (equal). Strictness is kept as metadata. */
export type Direction = "ge" | "le" | "eq";

export interface Operator {
  dir: Direction;
  strict: boolean;
  glyph: string;
}

const OPS: [RegExp, Operator][] = [
  [/^(≥|≧|>=|⩾|=>)/, { dir: "ge", strict: false, glyph: "≥" }],
  [/^(≤|≦|<=|⩽|=<)/, { dir: "le", strict: false, glyph: "≤" }],
  [/^(>|＞)/, { dir: "ge", strict: true, glyph: ">" }],
  [/^(<|＜)/, { dir: "le", strict: true, glyph: "<" }],
  [/^(==|=|═|≡)/, { dir: "eq", strict: false, glyph: "=" }],
];

/** Read an operator glyph (≥ ≧ >= ＞ ≤ ≦ <= = ＝ ﹦ ═, or the words 正向/反向/等于). */
export function parseOperator(s: string): Operator | null {
  // (a platform's code before the comparator: "004 >=", "005 <=")
  const c = compact(s).replace(/^\d{2,4}(?=[<>=≥≤＞＜])/, "");
  if (!c) return null;
  for (const [re, op] of OPS) if (re.test(c) && re.exec(c)![0].length === c.length) return op;
  if (/^(正向|正向指标|大于等于|不低于|不少于)$/.test(c)) return { dir: "ge", strict: false, glyph: "≥" };
  if (/^(反向|反向指标|返乡指标|小于等于|不高于|不超过)$/.test(c)) return { dir: "le", strict: false, glyph: "≤" };
  if (/^(等于|等于指标)$/.test(c)) return { dir: "eq", strict: false, glyph: "=" };
  return null;
}

/** Units that mean "percent" (after NFKC, so "％" is already "%"). */
const PERCENT_UNITS = new Set(["%", "百分比", "百分率"]);

/**
 * A target or actual value as written: "≥50个", "≤90万元", "≥100百分比", "95%以上", "=100 %",
 * "足额保障率=100%", "9月前", 735 (number), 0.95 (percent format).
 */
export interface Quantity {
  op: Operator | null;
  /** the number as written (95 for "95%"); ratio in `ratio` when percent */
  value: number;
  /** value as a ratio when the quantity is a percentage (0.95), else the same as value */
  ratio: number;
  percent: boolean;
  unit: string;
  decimals: number | null;
}

export type ValueKind = "number" | "text" | "na" | "placeholder" | "empty";

export interface ParsedValue {
  kind: ValueKind;
  raw: string;
  quantity?: Quantity;
}

const NUM = String.raw`([+-]?\d+(?:\.\d+)?)`;
const OP_GLYPHS = String.raw`(≥|≧|>=|⩾|≤|≦|<=|⩽|>|＞|<|＜|==|=|═|≡)`;
const QUANT_RE = new RegExp(String.raw`${OP_GLYPHS}?\s*${NUM}\s*([^\d\s]{0,8}?)\s*(以上|以下|以内|及以上|及以下|之内|之前|以前|前|内)?$`);
const PREFIX_WORDS: [RegExp, Direction][] = [
  [/^(不低于|不少于|大于等于|至少|达到|高于|大于|超过|多于)/, "ge"],
  [/^(不高于|不超过|不多于|小于等于|低于|控制在|小于|少于)/, "le"],
];

/** Placeholders left in a template: "≥**人次", "**元/人·月", "≤**%", "XX%". */
export function isPlaceholderText(s: string): boolean {
  const c = compact(s);
  return /\*{2,}|＊{2,}|^[≥≤=<>]?[xX×]{2,}|[≥≤=<>][*＊]|[*＊][%个人元万]/.test(c);
}

/** A unit (compact text) that means percent: "%", "百分比", "百分率". */
export function unitIsPercent(u: string): boolean {
  return PERCENT_UNITS.has(u);
}

const textValueCache = new TextCache<ParsedValue>(TEXT_CACHE_SIZE);

/** parseValue's results for numbers, by cell format, then number (at most NUMBER_CACHE_MAX numbers a format, at most
 * NUMBER_CACHE_MAX formats) */
const numberValueCache = new Map<string | undefined, Map<number, ParsedValue>>();
const NUMBER_CACHE_MAX = 4096;

/** Parse the text of a target/actual cell. Numbers keep their cell's percent format. Results are shared: do not mutate. */
export function parseValue(v: CellValue, fmt?: string): ParsedValue {
  if (typeof v === "string") {
    let p = textValueCache.get(v);
    if (!p) {
      p = parseValueUncached(v, fmt);
      textValueCache.set(v, p);
    }
    return p;
  }
  if (typeof v === "number" && !Object.is(v, -0)) {
    // a column repeats its numbers (50, 100, 1): one shared result per number and format, as for texts
    let byValue = numberValueCache.get(fmt);
    if (!byValue) {
      if (numberValueCache.size >= NUMBER_CACHE_MAX) numberValueCache.clear();
      numberValueCache.set(fmt, (byValue = new Map()));
    }
    let p = byValue.get(v);
    if (!p) {
      p = parseValueUncached(v, fmt);
      if (byValue.size >= NUMBER_CACHE_MAX) byValue.clear();
      byValue.set(v, p);
    }
    return p;
  }
  return parseValueUncached(v, fmt);
}


function parseValueUncached(v: CellValue, fmt?: string): ParsedValue {
  if (v === null || v === undefined) return { kind: "empty", raw: "" };
  if (typeof v === "object") return { kind: "text", raw: v.error };
  if (typeof v === "boolean") return { kind: "text", raw: String(v) };
  if (typeof v === "number") {
    const percent = isPercentFormat(fmt);
    return {
      kind: "number",
      raw: String(v),
      quantity: {
        op: null,
        value: percent ? v * 100 : v,
        ratio: v,
        percent,
        unit: percent ? "%" : "",
        decimals: formatDecimals(fmt),
      },
    };
  }
  const raw = v.trim();
  const c = compact(raw).replace(/,/g, "");
  if (!c) return { kind: "empty", raw };
  if (isPlaceholderText(c)) return { kind: "placeholder", raw };
  if (isNotApplicableText(c) || isNotApplicableWord(c)) return { kind: "na", raw };
  const q = parseQuantity(c);
  if (q) return { kind: "number", raw, quantity: q };
  return { kind: "text", raw };
}

/** The quantity at the end of a text, with an operator before it or a direction word after it. */
export function parseQuantity(text: string): Quantity | null {
  let c = compact(text).replace(/,/g, "").replace(/[.。;；]+$/, "");
  let prefixDir: Direction | null = null;
  for (const [re, d] of PREFIX_WORDS) {
    const m = re.exec(c);
    if (m) {
      prefixDir = d;
      c = c.slice(m[0].length);
    }
  }
  const m = QUANT_RE.exec(c);
  if (!m) return null;
  const before = c.slice(0, m.index);
  // a number inside a sentence ("完成3个项目的验收工作") is not a quantity; a name before an operator is fine
  if (before && !m[1]) return null;
  if (before && /[\d]$/.test(before)) return null;
  let unit = m[3] ?? "";
  const suffix = m[4] ?? "";
  // (a rate's unit may be longer: "元/人.每天")
  if (unit.length > (unit.includes("/") ? 8 : 5) || /[，。；;:：、]/.test(unit)) return null;
  let op: Operator | null = m[1] ? parseOperator(m[1]) : null;
  if (!op && suffix) {
    if (/以上/.test(suffix)) op = { dir: "ge", strict: false, glyph: "≥" };
    else op = { dir: "le", strict: false, glyph: "≤" };
  }
  if (!op && prefixDir) op = { dir: prefixDir, strict: false, glyph: prefixDir === "ge" ? "≥" : "≤" };
  const value = Number(m[2]);
  const percent = unitIsPercent(unit);
  if (percent) unit = "%";
  const dot = m[2].indexOf(".");
  return {
    op,
    value,
    ratio: percent ? value / 100 : value,
    percent,
    unit,
    decimals: dot < 0 ? 0 : m[2].length - dot - 1,
  };
}

/** Qualitative completion tiers (RULEBOOK A-S5 and §9.4): 达成 / 部分达成 / 未达成. */
export type Tier = "met" | "partial" | "missed";

// (work still under way at the year's end has not reached its target: 建设中, 在建, 施工中, 进行中, 推进中, 实施中, 未开工)
const MISSED = /^(未达成|未完成|未达到|未实现|没有完成|否|无效|差|较差|很差|不合格|不达标|不满意|不可能|完全不可能|不符合|效果较差|不明显|不及时|滞后|建设中|在建|施工中|正在施工|进行中|推进中|实施中|未开工|尚未)/;
const PARTIAL = /^(部分达成|部分完成|部分实现|基本达成|基本完成|基本实现|基本符合|基本满意|基本达标|一般|较低|有可能|部分|基本)/;
const MET = /^(达成|完成|已完成|全部完成|按时完成|按期完成|如期完成|全面完成|实现|已实现|达到|已达到|达标|是|有效|高|较高|很高|好|较好|良好|优|优秀|显著|明显|效果明显|效果显著|显著提升|提升|提高|符合|合格|满意|非常满意|较满意|确定能|及时|规范|健全|完善|稳定|持续|长期|安全|正常|0起|零)/;

/** Map a free-text completion to its tier; null when the text says nothing about completion. */
export function qualitativeTier(text: string): Tier | null {
  const c = compact(text);
  if (!c) return null;
  if (MISSED.test(c)) return "missed";
  if (PARTIAL.test(c)) return "partial";
  if (MET.test(c)) return "met";
  return null;
}
