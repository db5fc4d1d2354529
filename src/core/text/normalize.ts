/**
 * One normaliser for all cell text: full-/half-width forms (NFKC), traditional characters that appear in
 * mirrored sheets, whitespace and line breaks inside labels ("年度\n指标值", "投 入").
 */

// Traditional -> simplified for the characters that occur in evaluation sheets (RULEBOOK §9.6).
const TRAD: Record<string, string> = {
  績: "绩", 效: "效", 預: "预", 算: "算", 評: "评", 價: "价", 標: "标", 實: "实", 際: "际", 執: "执",
  行: "行", 數: "数", 權: "权", 重: "重", 總: "总", 額: "额", 資: "资", 項: "项", 產: "产", 質: "质",
  量: "量", 時: "时", 滿: "满", 意: "意", 務: "务", 對: "对", 象: "象", 經: "经", 濟: "济", 會: "会",
  態: "态", 續: "续", 響: "响", 達: "达", 偏: "偏", 差: "差", 原: "原", 因: "因", 進: "进", 措: "措",
  施: "施", 値: "值", 單: "单", 位: "位", 門: "门", 財: "财", 撥: "拨", 款: "款", 結: "结", 轉: "转",
  級: "级", 據: "据", 設: "设", 計: "计", 獲: "获", 體: "体", 係: "系", 調: "调", 整: "整", 後: "后",
  說: "说", 明: "明", 注: "注", 備: "备", 與: "与", 為: "为", 開: "开", 發: "发", 費: "费", 率: "率",
  萬: "万", 元: "元", 個: "个", 這: "这", 應: "应", 當: "当", 年: "年", 內: "内", 稱: "称", 況: "况",
  規: "规", 範: "范", 決: "决", 策: "策", 過: "过", 程: "程", 論: "论", 証: "证", 證: "证", 則: "则",
  細: "细", 優: "优", 良: "良", 級別: "级别", 預期: "预期", 維: "维", 護: "护", 運: "运", 營: "营",
  監: "监", 控: "控", 報: "报", 編: "编", 制: "制", 人: "人", 員: "员", 覈: "核", 核: "核", 帳: "账",
  賬: "账", 傳: "传", 檢: "检", 驗: "验", 收: "收", 購: "购", 買: "买", 環: "环", 境: "境", 護理: "护理",
  衛: "卫", 築: "筑", 礎: "础", 設施: "设施", 證明: "证明", 關: "关", 係數: "系数", 區: "区", 縣: "县",
  鎮: "镇", 鄉: "乡", 較: "较", 綜: "综", 狀: "状", 態度: "态度", 準: "准", 確: "确", 劃: "划", 劑: "剂",
};

const TRAD_RE = new RegExp(Object.keys(TRAD).filter((k) => k.length === 1 && TRAD[k] !== k).join("|"), "g");

/** NFKC + traditional->simplified + trimmed; keeps inner spacing. */
export function normalizeText(s: string): string {
  if (!s) return "";
  // NFKC everything except circled numbers (①②③ mark rubric items and would become digits)
  return s
    .replace(/[^\u2460-\u24ff]+/g, (m) => m.normalize("NFKC"))
    .replace(TRAD_RE, (ch) => TRAD[ch] ?? ch)
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
