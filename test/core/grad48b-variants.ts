import { sources, type Line, type Source } from "./grad46c-variants";

/**
 * grad48b (session 48): result lists generated from the corpus, in the two shapes session 47's held-out sheets showed.
 * Every real truth of family evaluation-summary that is a list of units with their scores (grad46c-variants.ts `sources`)
 * is printed again — sorted by score, the highest first, at most 12 lines — as:
 * - a ranking (rank | unit | total) whose excerpt stops right after the next place ('N+1 | | '), under the heads another
 *   publisher would use (排序 | 城市 | 總分 in 繁體 under a prose lead and a line of names; 名次 | 地区 | 总分; 位次 | 县(市、区) |
 *   得分 with the unit first; 排 名 | 单 位 | 综合 得分 with a PDF's spaces);
 * - a results list on a two-row head of weighted parts (实地考察 | 问卷调查 over 原始得分 | 加权得分(85%) | 原始得分 |
 *   加权得分(15%), then 总分), each line's score the two raw scores weighted (the first its own score, the second near it),
 *   the weighted parts and the total rounded to 0.01 from the unrounded products (a 0.01 gap between the total and its
 *   rounded parts is rounding): shares 85/15, 70/30, 60/40, 50/50; 繁體; shares written ×30% / 权重30% / (0.3); one-row
 *   heads; two tables (表1 / 表2 captions, the second with its own unit head); no raw scores printed;
 * and each class shape with one slip injected (two places exchanged; a weighted part, a total, a raw score changed) whose
 * line the engine must flag. Every other variant is consistent: any error or warning on it is a false flag.
 * Near shapes made from the same lines must read no such list and flag nothing: a statistics table (案件数 | 占比 | 环比), a
 * budget table (预算数 | 执行数 | 执行率), a staff list (姓名 | 名次) cut the same way, a rubric (指标 | 分值 | 得分), shares
 * that do not add up to 100% (85% | 20%), a 加权 column that is no share of the raw score beside it.
 */
export interface Variant {
  source: string;
  shape: string;
  kind: "ranking" | "weighted" | "near";
  rows: string[][];
  /** the header line (1-based) a reader must take; null for a near shape */
  header: number | null;
  /** the row a slip was injected on (a finding expected on that line), where one was */
  slipRow?: number;
}

const TRAD: Record<string, string> = { 实: "實", 问: "問", 调: "調", 权: "權", 总: "總", 镇: "鎮", 单: "單", 县: "縣", 区: "區", 综: "綜", 评: "評", 营: "營", 环: "環", 境: "境", 查: "查", 况: "況", 数: "數", 据: "據", 质: "質", 门: "門", 东: "東", 兴: "興", 阳: "陽", 开: "開", 云: "雲", 发: "發", 报: "報", 国: "國", 体: "體", 广: "廣", 长: "長", 乡: "鄉", 学: "學", 园: "園", 图: "圖", 书: "書", 馆: "館", 卫: "衛", 护: "護", 业: "業", 济: "濟", 宁: "寧" };
const trad = (s: string) => [...s].map((ch) => TRAD[ch] ?? ch).join("");
const f2 = (x: number) => (Math.round(x * 100 + 1e-7) / 100).toFixed(2);

/** the lines sorted by score, the highest first, at most 12, each name once */
function sorted(s: Source): Line[] {
  return [...s.lines].sort((a, b) => b.score - a.score).slice(0, 12);
}
const ranksOf = (xs: number[]) => xs.map((x) => 1 + xs.filter((y) => y > x + 1e-9).length);

type Ranking = { shape: string; lead: string[][]; heads: [string, string, string]; unitFirst: boolean; tr: boolean; spaces: boolean };
const LEAD = [["2019营商环境城市排行 — 调查报告"], ["报告对全国主要城市的营商环境进行评估,其中前四位列如下。"], ["2019营商环境城市排行TOP10:"], ["政务环境 上海市 北京市 广州市 深圳市"], ["完整名单:"]];
const RANKINGS: Ranking[] = [
  { shape: "排序 | 城市 | 總分 in 繁體 under a prose lead, cut after a place", lead: LEAD, heads: ["排序", "城市", "总分"], unitFirst: false, tr: true, spaces: false },
  { shape: "名次 | 地区 | 总分 under a 排名 title, cut after a place", lead: [["各地区考核排名"]], heads: ["名次", "地区", "总分"], unitFirst: false, tr: false, spaces: false },
  { shape: "县(市、区) | 得分 | 位次, the unit first, no title, cut after a place", lead: [], heads: ["位次", "县(市、区)", "得分"], unitFirst: true, tr: false, spaces: false },
  { shape: "排 名 | 单 位 | 综合 得分 with a PDF's spaces, cut after a place", lead: [["年度测评结果"]], heads: ["排 名", "单 位", "综合 得分"], unitFirst: false, tr: false, spaces: true },
];

function ranking(s: Source, d: Ranking, slip: boolean): Variant | null {
  const lines = sorted(s);
  if (lines.length < 6 || new Set(lines.map((l) => l.score)).size < lines.length) return null;
  const t = d.tr ? trad : (x: string) => x;
  const places = ranksOf(lines.map((l) => l.score));
  let slipRow: number | undefined;
  const rows: string[][] = d.lead.map((l) => [t(l[0]), "", ""]);
  rows.push(d.unitFirst ? [t(d.heads[1]), t(d.heads[2]), t(d.heads[0])] : d.heads.map(t));
  const header = rows.length;
  // (a slip: the places of the third and fourth lines exchanged)
  if (slip) {
    [places[2], places[3]] = [places[3], places[2]];
    slipRow = header + 3;
  }
  lines.forEach((l, k) => rows.push(d.unitFirst ? [t(l.name), String(l.score), String(places[k])] : [String(places[k]), t(l.name), String(l.score)]));
  rows.push(d.unitFirst ? ["", "", String(lines.length + 1)] : [String(lines.length + 1), "", ""]);
  return { source: s.id, shape: d.shape, kind: "ranking", rows, header, ...(slipRow ? { slipRow } : {}) };
}

type Weighted = { shape: string; shares: [number, number]; tr: boolean; mark: (p: number) => string; oneRow: boolean; raw: boolean; unit: string; twoTables: boolean; spaces: boolean; noTitle?: boolean };
const pct = (p: number) => `加权得分(${p}%)`;
const WEIGHTED: Weighted[] = [
  { shape: "街道 | 实地考察 | 问卷调查 over 原始得分 | 加权得分(85%) …, 总分 (济宁)", shares: [85, 15], tr: false, mark: pct, oneRow: false, raw: true, unit: "街道", twoTables: false, spaces: false },
  { shape: "單位 | 實地考察 | 問卷調查 over 原始得分 | 加權得分(70%) … in 繁體", shares: [70, 30], tr: true, mark: pct, oneRow: false, raw: true, unit: "单位", twoTables: false, spaces: false },
  { shape: "县区 | … over 原始得分 | 折合得分×60% …", shares: [60, 40], tr: false, mark: (p) => `折合得分×${p}%`, oneRow: false, raw: true, unit: "县区", twoTables: false, spaces: false },
  { shape: "乡镇 | … over 原始得分 | 加权得分(权重50%) …", shares: [50, 50], tr: false, mark: (p) => `加权得分(权重${p}%)`, oneRow: false, raw: true, unit: "乡镇", twoTables: false, spaces: false },
  { shape: "单位 | … over 原始分 | 加权分(0.85) …", shares: [85, 15], tr: false, mark: (p) => `加权分(0.${p < 10 ? "0" + p : p})`, oneRow: false, raw: true, unit: "单位", twoTables: false, spaces: false },
  { shape: "one-row heads: 实地考察原始得分 | 实地考察加权得分(70%) | …", shares: [70, 30], tr: false, mark: pct, oneRow: true, raw: true, unit: "街道", twoTables: false, spaces: false },
  { shape: "two tables (表1 街道 / 表2 镇街) on the two-row head", shares: [85, 15], tr: false, mark: pct, oneRow: false, raw: true, unit: "街道", twoTables: true, spaces: false },
  { shape: "no raw scores: 实地考察 | 问卷调查 over 加权得分(85%) | 加权得分(15%), 总分", shares: [85, 15], tr: false, mark: pct, oneRow: false, raw: false, unit: "街道", twoTables: false, spaces: false },
  { shape: "heads with a PDF's spaces: 原始 得分 | 加权 得分(60%)", shares: [60, 40], tr: false, mark: (p) => `加权 得分(${p}%)`, oneRow: false, raw: true, unit: "街道", twoTables: false, spaces: true },
  { shape: "no share printed: 实地考察 | 问卷调查 over 原始得分 | 加权得分 …, 总分", shares: [70, 30], tr: false, mark: () => "加权得分", oneRow: false, raw: true, unit: "街道", twoTables: false, spaces: false },
  { shape: "no share printed, one row: 实地考察折算分 | 问卷调查折算分 | 总分", shares: [60, 40], tr: false, mark: () => "折算分", oneRow: true, raw: false, unit: "单位", twoTables: false, spaces: false },
  { shape: "no title: the 济宁 head as the sheet's first line", shares: [85, 15], tr: false, mark: pct, oneRow: false, raw: true, unit: "街道", twoTables: false, spaces: false, noTitle: true },
];

type Slip = "part" | "total" | "raw" | null;

function weighted(s: Source, d: Weighted, slip: Slip): Variant | null {
  const lines = sorted(s).filter((l) => l.score > 20 && l.score <= 100);
  if (lines.length < 5) return null;
  const t = d.tr ? trad : (x: string) => x;
  const [a, b] = d.shares.map((x) => x / 100);
  const groups = ["实地考察", "问卷调查"];
  const rawHead = /原始分|0\./.test(d.mark(10)) ? "原始分" : d.spaces ? "原始 得分" : "原始得分";
  const heads: string[][] = [];
  if (d.oneRow) {
    heads.push([d.unit, ...groups.flatMap((g, k) => [...(d.raw ? [g + rawHead] : []), g + d.mark(d.shares[k])]), "总分"]);
  } else {
    heads.push([d.unit, ...groups.flatMap((g) => (d.raw ? [g, ""] : [g])), "总分"]);
    heads.push(["", ...d.shares.flatMap((p) => [...(d.raw ? [rawHead] : []), d.mark(p)]), ""]);
  }
  // (the lines: raw1 the list's score, raw2 near it; parts and total rounded from the unrounded products)
  const body = (ls: Line[], from: number): string[][] =>
    ls.map((l, k) => {
      const r1 = l.score;
      const r2 = Math.min(100, Math.max(0, Math.round((l.score + (((k + from) * 37) % 11) - 5) * 100) / 100));
      const cells = [t(l.name), ...(d.raw ? [f2(r1)] : []), f2(r1 * a), ...(d.raw ? [f2(r2)] : []), f2(r2 * b), f2(r1 * a + r2 * b)];
      return cells;
    });
  const rows: string[][] = d.noTitle ? [] : [[t("济宁市城市文明程度指数测评得分情况")]];
  if (d.twoTables) rows.push([t("表1 主城区街道得分情况")]);
  for (const h of heads) rows.push(h.map(t));
  const header = d.twoTables ? 3 : d.noTitle ? 1 : 2;
  const half = d.twoTables ? Math.ceil(lines.length / 2) : lines.length;
  if (d.twoTables && lines.length - half < 3) return null;
  const first = body(lines.slice(0, half), 0);
  const firstRow = rows.length + 1;
  rows.push(...first);
  if (d.twoTables) {
    rows.push([t("表2 非主城区镇街得分情况")]);
    rows.push(...heads.map((h, k) => (k === 0 ? ["镇街", ...h.slice(1)] : h).map(t)));
    rows.push(...body(lines.slice(half), half));
  }
  // (a slip on the third line: the first weighted part, the total, or the second raw score changed)
  let slipRow: number | undefined;
  if (slip) {
    const line = rows[firstRow + 1];
    const partCol = d.raw ? 2 : 1;
    const totalCol = line.length - 1;
    const rawCol = 3;
    // (a raw score's slip needs the share printed: with none, nothing on the page says what the weighted part should be)
    if (slip === "raw" && (!d.raw || !/\d/.test(d.mark(10)))) return null;
    const c = slip === "part" ? partCol : slip === "total" ? totalCol : rawCol;
    line[c] = f2(Number(line[c]) + (slip === "raw" ? 3 : 0.5));
    slipRow = firstRow + 2;
  }
  const width = Math.max(...rows.map((r) => r.length));
  return { source: s.id, shape: d.shape + (slip ? `, a slip in the ${slip}` : ""), kind: "weighted", rows: rows.map((r) => [...r, ...Array(width - r.length).fill("")]), header, ...(slipRow ? { slipRow } : {}) };
}

/** near shapes from the same lines: nothing read as these lists, nothing flagged */
function near(s: Source): Variant[] {
  const lines = sorted(s);
  if (lines.length < 6) return [];
  const out: Variant[] = [];
  const v = (shape: string, rows: string[][]) => out.push({ source: s.id, shape, kind: "near", rows, header: null });
  v("statistics table 地区 | 案件数 | 占比 | 环比, cut after a number", [["各地区案件统计表"], ["地区", "案件数", "占比", "环比"], ...lines.map((l, k) => [l.name, String(120 - k * 7), `${(10 - k * 0.5).toFixed(1)}%`, `${k % 2 ? "-" : ""}${(k + 1.5).toFixed(1)}%`]), [String(lines.length + 1), "", "", ""]]);
  v("budget table 单位 | 预算数(万元) | 执行数 | 执行率", [["预算执行情况表"], ["单位", "预算数(万元)", "执行数", "执行率"], ...lines.map((l, k) => [l.name, String(200 + k * 10), String(180 + k * 9), "90%"])]);
  v("staff list 姓名 | 名次 | 成绩, cut after a place", [["技能竞赛成绩"], ["名次", "姓名", "成绩"], ...["王建国", "李小红", "张伟", "刘芳", "陈敏", "杨静"].map((p, k) => [String(k + 1), p, String(98 - k)]), ["7", "", ""]]);
  v("rubric 指标 | 分值 | 得分", [["绩效评价指标"], ["指标", "分值", "得分"], ...lines.map((l, k) => [`指标${k + 1}`, "10", String(Math.min(10, Math.round(l.score / 10)))])]);
  const a = 0.85;
  const heads = [["单位", "实地考察", "", "问卷调查", "", "总分"], ["", "原始得分", "加权得分(85%)", "原始得分", "加权得分(20%)", ""]];
  v("shares that do not add up to 100% (85% | 20%)", [["测评得分情况"], ...heads, ...lines.map((l) => [l.name, f2(l.score), f2(l.score * a), f2(l.score), f2(l.score * 0.2), f2(l.score * a + l.score * 0.2)])]);
  const heads2 = [["单位", "实地考察", "", "问卷调查", "", "总分"], ["", "原始得分", "加权得分(85%)", "原始得分", "加权得分(15%)", ""]];
  v("a 加权 column that is no share of the raw score beside it", [["测评得分情况"], ...heads2, ...lines.map((l, k) => [l.name, f2(50 + k), f2(l.score * a), f2(60 + k), f2(l.score * 0.15), f2(l.score)])]);
  return out;
}

/** Every class variant (with its slipped twins) and every near shape, from every list truth. */
export function variants(): { cls: Variant[]; near: Variant[] } {
  const cls: Variant[] = [];
  const nears: Variant[] = [];
  for (const s of sources()) {
    for (const d of RANKINGS) for (const slip of [false, true]) {
      const v = ranking(s, d, slip);
      if (v) cls.push(v);
    }
    for (const d of WEIGHTED) for (const slip of [null, "part", "total", "raw"] as Slip[]) {
      const v = weighted(s, d, slip);
      if (v) cls.push(v);
    }
    nears.push(...near(s));
  }
  return { cls, near: nears };
}
