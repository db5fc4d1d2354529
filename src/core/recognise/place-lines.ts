import { placeNamed, PlaceKind } from "../rubric/region";
import { LABEL_CLASS_CACHE_SIZE, TextCache } from "../text/cache";
import { AREA_WHOLE_LINE, NOT_A_TOWN_LINE, OWN_LEVEL_LINE, TOWN_LINE, VILLAGE_LINE, ZONE_LINE } from "./vocabulary";

/**
 * Lines of a list named as places (an allocation table's 地区 column: 和田地区 over 皮山县 … 和田市; 全省 over 成都 …
 * 凉山), read from the division index (rubric/region.ts: placeNamed) where it knows the name, printed with its ending or
 * without it, and by their endings only below a county (乡 / 镇 / 街道, 村), which the index lacks.
 *
 * Levels: 0 province, 1 city (地区, 州, 盟, 地级市), 2 county (县, 区, 县级市, 旗), 3 乡 / 镇 / 街道, 4 村. A name the index
 * gives several places for ("和田": 和田地区 or 和田市; "大同": a city or a county) may be any of their levels.
 */
export interface PlaceLine {
  /** the highest level it may be (the smallest number) */
  top: number;
  /** the lowest level it may be */
  deepest: number;
  /** the full provinces it may be in, null where the index does not know it (a 镇, a 村) */
  provinces: readonly string[] | null;
}

const LEVEL: Record<PlaceKind, number> = { province: 0, city: 1, county: 2 };
/** the level of a town (乡, 镇, 街道) and of a village (村) */
const TOWN = 3;
const VILLAGE = 4;

/** (a whole named as the area of all its lines, 全省 / 全市: over places of any level) */
const WHOLE_AREA: PlaceLine = { top: -1, deepest: -1, provinces: null };

const placeLineCache = new TextCache<PlaceLine | null>(LABEL_CLASS_CACHE_SIZE);

/** The place a line's name (compact text) is, or null: a name of the index, a town's or a village's by its ending. */
export function placeLine(name: string): PlaceLine | null {
  let line = placeLineCache.get(name);
  if (line === undefined) {
    line = placeLineUncached(name);
    placeLineCache.set(name, line);
  }
  return line;
}

function placeLineUncached(name: string): PlaceLine | null {
  if (NOT_A_TOWN_LINE.test(name)) return null;
  if (TOWN_LINE.test(name)) return { top: TOWN, deepest: TOWN, provinces: null };
  if (VILLAGE_LINE.test(name)) return { top: VILLAGE, deepest: VILLAGE, provinces: null };
  const named = placeNamed(name);
  if (!named) return null;
  return { top: LEVEL[named.kinds[0]], deepest: LEVEL[named.kinds[named.kinds.length - 1]], provinces: named.provinces };
}

/**
 * A line that may be the whole of the places listed under it: 全省 / 全市 (AREA_WHOLE_LINE, over places of any level),
 * or a place that holds others (a province, a city, a county, a town: not a village).
 */
export function areaWholeLine(name: string): PlaceLine | null {
  if (AREA_WHOLE_LINE.test(name)) return WHOLE_AREA;
  const line = placeLine(name);
  return line && line.top < VILLAGE ? line : null;
}

/**
 * What a line under a whole's line is of it: one of its places (a place that may lie below it: 皮山县 under 和田地区,
 * 成都 under 全省, 黄桷镇 under 大英县; 市本级, the whole's own level), a zone (高新区, 工业园区: a part only where the
 * whole adds up with it, never one of the places it needs), or nothing (a place of the whole's level or above, 洛浦县
 * under 皮山县; any other name).
 */
export function lineUnder(name: string, whole: PlaceLine): "place" | "zone" | null {
  if (OWN_LEVEL_LINE.test(name)) return "place";
  if (AREA_WHOLE_LINE.test(name)) return null;
  const line = placeLine(name);
  if (line) return line.deepest > whole.top ? "place" : null;
  return ZONE_LINE.test(name) ? "zone" : null;
}

/**
 * The places named under a whole's line lie in one province with it, where the index knows them (眉山市 over 东坡区,
 * 彭山区: 四川; 四川 over 成都市 …; 全省 over 成都 … 凉山: 四川); lines that may be provinces (a 全国 list's 北京, 河北 …)
 * and names the index does not know (a 镇, 市本级) are not compared. A list of names that only look like places (公安, 资源, 合作: counties of
 * three provinces) is no list of one area's places.
 */
export function oneProvince(whole: PlaceLine, names: readonly string[]): boolean {
  let common: Set<string> | null = whole.provinces ? new Set(whole.provinces) : null;
  for (const name of names) {
    const line = placeLine(name);
    if (!line || !line.provinces || line.top === 0) continue;
    if (common === null) common = new Set(line.provinces);
    else {
      const next = new Set<string>();
      for (const p of line.provinces) if (common.has(p)) next.add(p);
      common = next;
    }
    if (common.size === 0) return false;
  }
  return true;
}
