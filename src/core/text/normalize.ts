/**
 * One normaliser for all cell text: full-/half-width forms (NFKC), traditional characters that appear in
 * mirrored sheets, whitespace and line breaks inside labels ("年度\n指标值", "投 入").
 */

// Traditional -> simplified for the characters that occur in evaluation sheets (RULEBOOK §9.6): position by position.
const TRADITIONAL = "績預評價標實際執數權總額資項產質時滿務對經濟會態續響達進値單門財撥結轉級據設計獲體係調後說備與為開發費萬個這應當內稱況規範決過論証證則細優維護運營監報編員覈帳賬傳檢驗購買環衛築礎關區縣鎮鄉較綜狀準確劃劑題問並於將從請無養學醫療農業園場獎補貼險廳長處廠導車號類層網絡線點戶";
const SIMPLIFIED = "绩预评价标实际执数权总额资项产质时满务对经济会态续响达进值单门财拨结转级据设计获体系调后说备与为开发费万个这应当内称况规范决过论证证则细优维护运营监报编员核账账传检验购买环卫筑础关区县镇乡较综状准确划剂题问并于将从请无养学医疗农业园场奖补贴险厅长处厂导车号类层网络线点户";
const TRAD = new Map([...TRADITIONAL].map((ch, i) => [ch, SIMPLIFIED[i]]));
const TRAD_RE = new RegExp(`[${TRADITIONAL}]`, "g");

/** NFKC + traditional->simplified + trimmed; keeps inner spacing. */
export function normalizeText(s: string): string {
  if (!s) return "";
  // NFKC everything except circled numbers (①②③ mark rubric items and would become digits)
  return s
    .replace(/[^\u2460-\u24ff]+/g, (m) => m.normalize("NFKC"))
    .replace(TRAD_RE, (ch) => TRAD.get(ch) ?? ch)
    .trim();
}

const compactCache = new Map<string, string>();
const COMPACT_CACHE_MAX = 20000;

/** For matching labels and headers: normalised, with all whitespace removed (memoised: sheets repeat labels). */
export function compact(s: string): string {
  if (!s) return "";
  let c = compactCache.get(s);
  if (c === undefined) {
    c = normalizeText(s).replace(/[\s\u3000]+/g, "");
    if (compactCache.size >= COMPACT_CACHE_MAX) compactCache.clear();
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
