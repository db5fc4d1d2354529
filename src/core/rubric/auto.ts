/**
 * The `auto` profile (DESIGN §4): the region read from the sheet's own text decides the built-in profile
 * where one exists; a profile chosen by the user or stored in the workbook overrides it. The result says
 * which rules were applied and on what evidence (`note`), and the rules use `origin` to grade their
 * findings: a finding that rests only on an assumed profile is `info` (DESIGN §3).
 */
import { a1, parseA1 } from "../grid/a1";
import type { Grid } from "../grid/grid";
import type { EvaluationModel } from "../model/types";
import { BUILTIN_PROFILES, FALLBACK_PROFILE_ID } from "./builtin";
import { decideRegion, detectRegion, PlaceHit, PlaceKind, placesIn, RegionMatch } from "./region";
import type { Profile } from "./schema";

/** the id that asks for automatic choice */
export const AUTO_PROFILE_ID = "auto";

/**
 * How the profile was chosen: by the user (an explicit id or file), stored in the workbook, detected from the
 * sheet's region (its built-in profile), or the default (no evidence: national rules assumed).
 */
export type ProfileOrigin = "user" | "workbook" | "region" | "default";

export interface ProfileBasis {
  origin: ProfileOrigin;
  /** short name of the rules ("四川" / "Sichuan", "全国" / "national") */
  label: { zh: string; en: string };
  /** the region found in the sheet's text, if any (also when its profile is not built in) */
  region: RegionMatch | null;
  /** one line for the report: "按四川口径（据单位名称中的县名“大英县”自动识别）" */
  note: { zh: string; en: string };
  /**
   * The profile fields backed by evidence: all of them for a chosen profile; for a detected region only those its
   * RULEBOOK sources state (REGION_STATES); none for the default.
   */
  stated: "all" | ProfileField[];
}

export type ProfileField = keyof Profile;

/** What each regional profile's sources actually state (RULEBOOK §2.4); everything else is inherited, so assumed. */
export const REGION_STATES: Record<string, ProfileField[]> = {
  sichuan: ["budget"], // QS, DYX: 调整后预算数, 执行率 × 10, reason below 90%
  xinjiang: ["gradeBands"], // SEED001: 中 = 70–80
  hubei: ["budget"], // HG: 得分(20分*执行率)
  chongqing: ["budget", "scoreCoefficient"], // CQ: 执行率 × 权重, 得分系数 × 权重
};

/** Built-in regional profiles by full province name (RULEBOOK §2.4). */
export const REGION_PROFILES: Record<string, string> = {
  四川省: "sichuan",
  新疆维吾尔自治区: "xinjiang",
  湖北省: "hubei",
  重庆市: "chongqing",
};

const SHORT_LABEL: Record<string, { zh: string; en: string }> = {
  national: { zh: "全国", en: "national" },
  sichuan: { zh: "四川", en: "Sichuan" },
  xinjiang: { zh: "新疆", en: "Xinjiang" },
  hubei: { zh: "湖北", en: "Hubei" },
  chongqing: { zh: "重庆", en: "Chongqing" },
  "platform-2022": { zh: "一体化平台 2022", en: "platform 2022" },
  pmkpi: { zh: "财政一体化系统默认", en: "pmkpi default" },
  doczj: { zh: "填表说明", en: "DOCZJ notes" },
};

export function profileLabel(p: Profile): { zh: string; en: string } {
  return SHORT_LABEL[p.id] && BUILTIN_PROFILES[p.id] === p ? SHORT_LABEL[p.id] : { zh: `「${p.name.zh}」`, en: `"${p.name.en}"` };
}

/** "按四川口径" / "Sichuan rules"; a custom profile by its own name: "按规则方案「某县口径」" / "the "A county" profile". */
export function rulesPhrase(label: { zh: string; en: string }): { zh: string; en: string } {
  if (label.zh.startsWith("「")) return { zh: `按规则方案${label.zh}`, en: `the ${label.en} profile` };
  return { zh: `按${label.zh}口径`, en: `${label.en} rules` };
}

const KIND_ZH: Record<PlaceKind, string> = { province: "省名", city: "市名", county: "县名" };
const KIND_EN: Record<PlaceKind, string> = { province: "province", city: "city", county: "county" };

/** (module constants) a cell of figures only; a label naming a unit beside its name; a unit's name */
const FIGURES_ONLY = /^[\d.,%\s-]+$/;
const UNIT_LABEL = /单位|部门|机关/;
const UNIT_NAME = /单位|部门|局|委员会|政府|中心|学校|医院|办公室/;

/** Texts a region is read from: the sheet name, the title and every cell above the indicator table. */
export function regionTexts(grid: Grid, model: EvaluationModel | null): { text: string; cell: string; where: "title" | "unit" | "text" }[] {
  const last = Math.min(grid.rowCount, Math.max(model?.headerLastRow ? model.headerLastRow - 1 : 15, 3), 30);
  const budgetTop = model?.budget?.headerRow ?? null;
  const out: { text: string; cell: string; where: "title" | "unit" | "text" }[] = [];
  const title = model?.title ?? "";
  const titleHead = title.slice(0, 8);
  // (each line's own texts, left to right: Grid.textCells, no cell by cell scan of the blank and merged ones)
  const { start, cols } = grid.textCells();
  for (let r = 1; r <= last; r++) {
    if (budgetTop !== null && r > budgetTop && model?.budget?.items.some((it) => it.row === r)) continue; // fund rows hold amounts
    for (let k = start[r]; k < start[r + 1]; k++) {
      const c = cols[k];
      // compacted: traditional names ("黃岡市") read as the dataset writes them
      const t = grid.compactText(r, c);
      if (FIGURES_ONLY.test(t)) continue;
      const left = c > 1 ? grid.compactText(r, c - 1) : "";
      const where = title && t.includes(titleHead) ? "title" : UNIT_LABEL.test(left) || UNIT_NAME.test(t) ? "unit" : "text";
      out.push({ text: t, cell: a1(r, c), where });
    }
  }
  if (grid.name) out.push({ text: grid.name, cell: "", where: "text" });
  return out;
}

/** rows of a list read for the places it names (an allocation list's counties) */
const LIST_ROWS = 100;

/**
 * The region a list under the header agrees on (an allocation list headed near the top: 县(市、区) | 合计 | …, one
 * county per line, with no place named above it): the place names of its label columns (the columns where at least
 * half the texts, and two or more, name a place), when every unambiguous one lies in one province and at least two
 * cells name it. A list spanning provinces (a national allocation) names none.
 */
function listRegion(grid: Grid, model: EvaluationModel | null): RegionMatch | null {
  const header = model?.headerLastRow;
  if (!header) return null;
  const last = Math.min(grid.rowCount, header + LIST_ROWS);
  const byCol = new Map<number, { texts: number; hits: PlaceHit[][] }>();
  for (let r = header + 1; r <= last; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const t = grid.compactText(r, c);
      if (!t || t.length > 40 || /^[\d.,%\s-]+$/.test(t)) continue;
      const col = byCol.get(c) ?? (byCol.set(c, { texts: 0, hits: [] }).get(c) as { texts: number; hits: PlaceHit[][] });
      col.texts++;
      const hits = placesIn(t, a1(r, c));
      if (hits.length) col.hits.push(hits);
    }
  }
  // (row by row, as the sheet reads: the first county listed is the evidence)
  const hits = [...byCol.values()]
    .filter((col) => col.hits.length >= 2 && col.hits.length * 2 >= col.texts)
    .flatMap((col) => col.hits.flat())
    .sort((a, b) => parseA1(a.cell).row - parseA1(b.cell).row || parseA1(a.cell).col - parseA1(b.cell).col);
  const strong = hits.filter((h) => h.strong);
  if (new Set(strong.map((h) => h.provinces[0])).size !== 1 || new Set(strong.map((h) => h.cell)).size < 2) return null;
  return decideRegion(hits);
}

const WHERE_ZH = { title: "标题", unit: "单位名称", text: "表中文字" } as const;
const WHERE_EN = { title: "title", unit: "unit name", text: "sheet text" } as const;

/** Detect the region of a sheet (null when the text names none, or names several equally). */
/** a unit's own name says where the sheet comes from more reliably than a project's name or a goal text */
const WHERE_WEIGHT = { unit: 2, title: 1.5, text: 1 } as const;

export function detectSheetRegion(grid: Grid, model: EvaluationModel | null): { region: RegionMatch | null; where: "title" | "unit" | "text" } {
  const texts = regionTexts(grid, model);
  // (nothing above the header names a place: the places the list under it agrees on)
  const region = detectRegion(texts.map((t) => ({ ...t, weight: WHERE_WEIGHT[t.where] }))) ?? listRegion(grid, model);
  const where = region ? texts.find((t) => t.cell === region.evidence.cell && t.text.replace(/\s+/g, "").includes(region.evidence.name))?.where ?? "text" : "text";
  return { region, where };
}

/**
 * Choose the profile for a sheet. `requested`: a Profile, a built-in id, "auto" or undefined (auto). A chosen
 * profile (origin "user" unless `origin` says "workbook") wins; auto uses the detected region's built-in
 * profile where one exists, national otherwise.
 */
export function chooseProfile(
  grid: Grid,
  model: EvaluationModel | null,
  requested: Profile | string | undefined,
  resolve: (id: string) => Profile,
  origin: "user" | "workbook" = "user",
): { profile: Profile; basis: ProfileBasis } {
  if (requested !== undefined && requested !== AUTO_PROFILE_ID) {
    const profile = typeof requested === "string" ? resolve(requested) : requested;
    const label = profileLabel(profile);
    const by = origin === "workbook" ? { zh: "工作簿中保存的规则方案", en: "the profile stored in the workbook" } : { zh: "所选规则方案", en: "the chosen profile" };
    return {
      profile,
      basis: {
        origin,
        label,
        region: null,
        note: { zh: `${rulesPhrase(label).zh}（${by.zh}）`, en: `${cap(rulesPhrase(label).en)} (${by.en})` },
        stated: "all",
      },
    };
  }
  const { region, where } = detectSheetRegion(grid, model);
  const fallback = BUILTIN_PROFILES[FALLBACK_PROFILE_ID];
  if (!region) {
    return {
      profile: fallback,
      basis: {
        origin: "default",
        label: SHORT_LABEL.national,
        region: null,
        note: { zh: "按全国口径（表中未识别出地区，按通用规则假定）", en: "National rules (no region found in the sheet; assumed)" },
        stated: [],
      },
    };
  }
  const ev = region.evidence;
  const evZh = `据${WHERE_ZH[where]}中的${KIND_ZH[ev.kind]}“${ev.name}”`;
  const evEn = `from the ${KIND_EN[ev.kind]} name "${ev.name}" in the ${WHERE_EN[where]}`;
  const id = REGION_PROFILES[region.province];
  if (id && BUILTIN_PROFILES[id]) {
    const profile = BUILTIN_PROFILES[id];
    const label = SHORT_LABEL[id];
    return {
      profile,
      basis: {
        origin: "region",
        label,
        region,
        note: { zh: `按${label.zh}口径（${evZh}自动识别）`, en: `${cap(label.en)} rules (detected ${evEn})` },
        stated: REGION_STATES[id] ?? [],
      },
    };
  }
  return {
    profile: fallback,
    basis: {
      origin: "default",
      label: SHORT_LABEL.national,
      region,
      note: {
        zh: `按全国口径（${evZh}识别为${region.province}，暂无该地区规则方案，按通用规则假定）`,
        en: `National rules (region ${region.short} detected ${evEn}; no regional profile, assumed)`,
      },
      stated: [],
    },
  };
}

function cap(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
