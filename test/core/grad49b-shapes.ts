import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { traditionalToSimplified } from "../../src/core/text/normalize";
import { T2S_CHARS } from "../../src/core/text/t2s-chars";

/**
 * grad49b (session 49): the corpus's own relations printed again in the shapes of the two classes, with no randomness
 * (the sources in their sorted order).
 *
 * 1. Counts of a stated whole, each with its share: the real sentences that state such a list (their counts, shares and
 *    status words, tied to the fixture's text by a test), printed in other words, orders and scripts; a share slipped far
 *    must be found, a share rounded one step so that the shares add up to 100 must not be flagged.
 * 2. A part's change between two stated lists: every real truth's budget line with its parts (`budget_items[].parts`,
 *    all amounts numbers, two parts at least), printed as this year's list, with last year's list made from it (each part
 *    less a tenth, rounded to its decimals, plus 0.37) and each part's change stated after; one change slipped must be
 *    found, at the change's cell.
 */

const REAL = join(__dirname, "..", "fixtures", "real");

// —— shared ——

/** simplified → traditional, the inverse of the engine's own table (the first traditional form of each simplified one) */
let S2T: Map<string, string> | null = null;
export function toTraditional(s: string): string {
  if (!S2T) {
    S2T = new Map();
    for (const t of Array.from(T2S_CHARS)) {
      const x = traditionalToSimplified(t);
      if (x.length === 1 && x !== t && !S2T.has(x)) S2T.set(x, t);
    }
  }
  return Array.from(s)
    .map((c) => S2T!.get(c) ?? c)
    .join("");
}
/** full-width digits, point, comma, semicolon, percent and brackets */
export const fullWidth = (s: string) => s.replace(/[0-9.,;%()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** a PDF's line breaks: a space after every fourth ideograph (never between two digits) */
export const spaced = (s: string) => {
  let n = 0;
  return Array.from(s)
    .map((c) => (/[\u4e00-\u9fa5]/.test(c) && ++n % 4 === 0 ? c + " " : c))
    .join("");
};

type Review = (g: Grid) => { findings: { rule: string; cell: string; severity: string }[]; model: { relations: { kind: string; id: string }[] } };

// —— 1. counts of a stated whole with their shares ——

export interface ShareSource {
  id: string;
  /** the row of the sentence in the fixture's grid (column A) */
  row: number;
  whole: number;
  unit: string;
  items: { count: number; share: string; words: string }[];
}

/** the real sentences of the class (each share as printed; 湘潭 A4's 27% slip set right to 20%) */
export const SHARE_SOURCES: ShareSource[] = [
  {
    id: "fj-xiamen-xiangan-village-sanitation-grade-counts-2021-r1",
    row: 4,
    whole: 113,
    unit: "个",
    items: [
      { count: 15, share: "13.27", words: "考评成绩优秀的" },
      { count: 98, share: "86.73", words: "良好的" },
    ],
  },
  {
    id: "hn-xiangtan-key-livelihood-projects-progress-2019-10",
    row: 4,
    whole: 15,
    unit: "项",
    items: [
      { count: 9, share: "60", words: "指标提前完成" },
      { count: 3, share: "20", words: "进展较快" },
      { count: 3, share: "20", words: "进度偏慢" },
    ],
  },
  {
    id: "hn-xiangtan-key-livelihood-projects-progress-2019-10",
    row: 5,
    whole: 17,
    unit: "项",
    items: [
      { count: 7, share: "42", words: "提前完成任务" },
      { count: 5, share: "29", words: "进展较快" },
      { count: 5, share: "29", words: "进展偏慢" },
    ],
  },
  {
    id: "zj-zhoushan-putuo-fishing-village-living-environment-inspection-2024q3",
    row: 3,
    whole: 61,
    unit: "个",
    items: [
      { count: 59, share: "96.7", words: "得分70分以上的村有" },
      { count: 44, share: "72.1", words: "得分80分以上的村有" },
      { count: 10, share: "16.4", words: "得分90分以上的村有" },
    ],
  },
];

/** the fixture's text of a source's sentence */
export function sourceText(s: ShareSource): string {
  const grid: unknown[][] = JSON.parse(readFileSync(join(REAL, `${s.id}.json`), "utf8")).grid;
  return String(grid[s.row - 1][0]);
}

/** words that name a status after its count (湘潭's '9项指标提前完成') or before it (厦门's '优秀的15个') */
const w = (x: ShareSource["items"][number]) => x.words.replace(/的村有$|的$/, "");

export type ShareShape = { name: string; text: (s: ShareSource, shares: string[]) => string };

/** the class's shapes: each prints the whole, then each count with its share (`shares`, in the items' order) */
export const SHARE_SHAPES: ShareShape[] = [
  { name: "N项中有 c项 status,占比s%; (湘潭)", text: (s, sh) => `截至10月底,全市实事${s.whole}${s.unit}中有${s.items.map((x, i) => `${x.count}${s.unit}${w(x)},占比${sh[i]}%`).join(";")}。` },
  { name: "共N项,其中 status c项,占s%", text: (s, sh) => `今年共实施${s.whole}${s.unit},其中${s.items.map((x, i) => `${w(x)}${x.count}${s.unit},占${sh[i]}%`).join(",")}。` },
  { name: "whole in the sentence before, 其中 status c项(占s%)", text: (s, sh) => `本轮共检查${s.whole}${s.unit}。其中,${s.items.map((x, i) => `${w(x)}${x.count}${s.unit}(占${sh[i]}%)`).join(";")}。` },
  { name: "shares first: s%(c项) status", text: (s, sh) => `全年${s.whole}${s.unit}任务中,${s.items.map((x, i) => `${sh[i]}%(${x.count}${s.unit})${w(x)}`).join(",")}。` },
  { name: "whole after: …,以上共N项", text: (s, sh) => `${s.items.map((x, i) => `${w(x)}的${x.count}${s.unit},占总数的${sh[i]}%`).join(";")},以上共${s.whole}${s.unit}。` },
  { name: "比例为", text: (s, sh) => `在${s.whole}${s.unit}中,${s.items.map((x, i) => `${x.count}${s.unit}${w(x)},比例为${sh[i]}%`).join(";")}。` },
  { name: "繁體, full-width", text: (s, sh) => toTraditional(fullWidth(`截至10月底,全市实事${s.whole}${s.unit}中有${s.items.map((x, i) => `${x.count}${s.unit}${w(x)},占比${sh[i]}%`).join(";")}。`)) },
  { name: "spaces from line breaks", text: (s, sh) => spaced(`截至10月底,全市实事${s.whole}${s.unit}中有${s.items.map((x, i) => `${x.count}${s.unit}${w(x)},占比${sh[i]}%`).join(";")}。`) },
  ...["家", "所", "件"].map(
    (u): ShareShape => ({ name: `unit ${u}`, text: (s, sh) => `全市${s.whole}${u}中有${s.items.map((x, i) => `${x.count}${u}${w(x)},占比${sh[i]}%`).join(";")}。` }),
  ),
];

/** the near shapes: the same counts with shares of no stated whole, printed with a slip that a reading of them would flag */
export const SHARE_NEAR: ShareShape[] = [
  { name: "a share of another base (占全市的)", text: (s, sh) => `全市${s.whole}${s.unit}中有${s.items.map((x, i) => `${x.count}${s.unit}${w(x)},占全省的${sh[i]}%`).join(";")}。` },
  { name: "a growth rate beside each count", text: (s, sh) => `全市${s.whole}${s.unit}中有${s.items.map((x, i) => `${x.count}${s.unit}${w(x)},同比增长${sh[i]}%`).join(";")}。` },
  { name: "counts without a whole", text: (s, sh) => `截至10月底,${s.items.map((x, i) => `${x.count}${s.unit}${w(x)},占比${sh[i]}%`).join(";")}。` },
];

/**
 * a publisher's rounding: the first item's share rounded the other way than to the nearest (41.18 → 41 where 42 is
 * printed, 96.72 → 96.8 where 96.7 is; an exact 60 one step up): within one step of count / whole, as a rounding that
 * makes the shares add up to 100 may take
 */
export const roundedUp = (s: ShareSource): string[] =>
  s.items.map((x, i) => {
    if (i !== 0) return x.share;
    const d = x.share.includes(".") ? x.share.length - x.share.indexOf(".") - 1 : 0;
    const f = Math.pow(10, d);
    const exact = (100 * x.count * f) / s.whole;
    const lo = Math.floor(exact + 1e-9);
    const hi = Math.ceil(exact - 1e-9);
    const near = Math.round(exact);
    const other = lo === hi ? lo + 1 : near === lo ? hi : lo;
    return (other / f).toFixed(d);
  });
/** a slip: the last item's share 7 points off (far beyond any rounding) */
export const slipped = (s: ShareSource): string[] => s.items.map((x, i) => (i === s.items.length - 1 ? (Number(x.share) + 7).toFixed(x.share.includes(".") ? x.share.length - x.share.indexOf(".") - 1 : 0) : x.share));

/** a sheet naming no family: a neutral title, then the sentence (A2) */
export const sheetOf = (...texts: string[]) => Grid.fromValues("Sheet1", [["工作进展情况"], ...texts.map((t) => [t])], []);

export interface ShareMeasure {
  shape: string;
  sources: number;
  /** clean prints with nothing flagged at A2 */
  clean: number;
  /** prints with the first share one step up (rounding to 100) with nothing flagged */
  rounded: number;
  /** slips found: ratio-mismatch at A2 */
  slips: number;
}

export function measureShares(shapes: ShareShape[], review: Review): ShareMeasure[] {
  return shapes.map((shape) => {
    let clean = 0;
    let rounded = 0;
    let slips = 0;
    const flagged = (t: string) => review(sheetOf(t)).findings.filter((f) => f.severity !== "info" && f.cell === "A2");
    for (const s of SHARE_SOURCES) {
      if (!flagged(shape.text(s, s.items.map((x) => x.share))).length) clean++;
      if (!flagged(shape.text(s, roundedUp(s))).length) rounded++;
      if (flagged(shape.text(s, slipped(s))).some((f) => f.rule === "ratio-mismatch")) slips++;
    }
    return { shape: shape.name, sources: SHARE_SOURCES.length, clean, rounded, slips };
  });
}

// —— 1b. (grad49c) a survey's respondents, stated once, the whole of each question's counts below them ——

/** the class's sources: grad49b's sentences and 湘潭县's question 3 (its shares set right: 140 / 258 = 54.3%, 54 / 258 = 20.9%) */
export const SURVEY_SOURCES: ShareSource[] = [
  ...SHARE_SOURCES,
  {
    id: "hn-xiangtan-county-urban-construction-environment-survey-results-2017-trad",
    row: 7,
    whole: 258,
    unit: "人",
    items: [
      { count: 140, share: "54.3", words: "认为优越的自然生态环境" },
      { count: 54, share: "20.9", words: "认为完善的城市基础设施的" },
      { count: 64, share: "24.8", words: "认为良好的居住环境" },
    ],
  },
];

/** a survey's sheet: its lines, the question's line (1-based) the last */
export type SurveyShape = { name: string; lines: (s: ShareSource, shares: string[]) => string[] };
const v = (x: ShareSource["items"][number]) => w(x).replace(/^(?:指标|得分)/, "");
export const SURVEY_SHAPES: SurveyShape[] = [
  {
    name: "湘潭县: 本次问卷调查共有N名网民参与 (A2), a heading, then the question: words c人占s%",
    lines: (s, sh) => ["本次问卷调查共有" + s.whole + "名网民参与。", "一、问卷调查结果统计", `1、您对本项工作的评价的问题中,${s.items.map((x, i) => `选择${v(x)}的${x.count}人占${sh[i]}%`).join(",")};`],
  },
  {
    name: "收回有效问卷N份, answers in 份 with 占",
    lines: (s, sh) => [`本次共发放问卷${s.whole + 20}份,收回有效问卷${s.whole}份。`, `问题一:${s.items.map((x, i) => `选择${v(x)}的${x.count}份,占${sh[i]}%`).join(";")}。`],
  },
  {
    name: "N人参与了本次调查, the question in the next sentence of the same cell, (占s%)",
    lines: (s, sh) => [`共有${s.whole}人参与了本次满意度调查。对于问题一,${s.items.map((x, i) => `选择${v(x)}的${x.count}人(占${sh[i]}%)`).join(",")}。`],
  },
  {
    name: "受访者共N人, answers in 名, 繁體 full-width 佔",
    lines: (s, sh) => ["受访者共" + s.whole + "人。", toTraditional(fullWidth(`${s.items.map((x, i) => `选择${v(x)}的${x.count}名,占比${sh[i]}%`).join(";")}。`)).replace(/占/g, "佔")],
  },
  {
    name: "votes: c票占s%",
    lines: (s, sh) => [`本次网上投票调查共有${s.whole}名网民参与。`, `${s.items.map((x, i) => `${v(x)}${x.count}票占${sh[i]}%`).join(",")}。`],
  },
  {
    name: "PDF spaces inside the words",
    lines: (s, sh) => [spaced("本次问卷调查共有" + s.whole + "名网民参与。"), spaced(`${s.items.map((x, i) => `选择${v(x)}的${x.count}人占${sh[i]}%`).join(",")}。`)],
  },
];

/** near shapes: the same answers with no survey's respondents above them, printed with a slip a wrong reading would flag */
export const SURVEY_NEAR: SurveyShape[] = [
  { name: "no survey named (全县共有N名干部)", lines: (s, sh) => [`全县共有${s.whole}名干部。`, `${s.items.map((x, i) => `${v(x)}的${x.count}人占${sh[i]}%`).join(",")}。`] },
  { name: "the respondents stated below the answers", lines: (s, sh) => [`${s.items.map((x, i) => `选择${v(x)}的${x.count}人占${sh[i]}%`).join(",")}。`, `本次问卷调查共有${s.whole}名网民参与。`] },
  { name: "answers counted in 个 (not persons)", lines: (s, sh) => [`本次问卷调查共有${s.whole}名网民参与。`, `${s.items.map((x, i) => `${v(x)}的${x.count}个占${sh[i]}%`).join(",")}。`] },
];

export function measureSurveys(shapes: SurveyShape[], review: Review): ShareMeasure[] {
  return shapes.map((shape) => {
    let clean = 0;
    let rounded = 0;
    let slips = 0;
    const flagged = (lines: string[], cell: string) =>
      review(Grid.fromValues("Sheet1", [["问卷调查结果分析"], ...lines.map((t) => [t])], [])).findings.filter((f) => f.severity !== "info" && f.cell === cell);
    for (const s of SURVEY_SOURCES) {
      const at = (lines: string[]) => (shape.name.startsWith("the respondents stated below") ? "A2" : `A${lines.length + 1}`);
      const ok = shape.lines(s, s.items.map((x) => x.share));
      if (!flagged(ok, at(ok)).length) clean++;
      const up = shape.lines(s, roundedUp(s));
      if (!flagged(up, at(up)).length) rounded++;
      const bad = shape.lines(s, slipped(s));
      if (flagged(bad, at(bad)).some((f) => f.rule === "ratio-mismatch")) slips++;
    }
    return { shape: shape.name, sources: SURVEY_SOURCES.length, clean, rounded, slips };
  });
}

// —— 2. a part's change between two stated lists ——

export interface ListSource {
  id: string;
  parts: { name: string; value: string }[];
}

/** decimals of a number as printed */
const dec = (x: string) => (x.includes(".") ? x.length - x.indexOf(".") - 1 : 0);
/** a truth's number as printed, at most two decimals */
const printed = (v: number) => String(Math.round(v * 100) / 100);

/** every real truth's budget line with two parts at least, each a name and an amount above 0 */
export function listSources(): ListSource[] {
  const out: ListSource[] = [];
  const seen = new Set<string>();
  for (const f of readdirSync(REAL).sort()) {
    if (!f.endsWith(".truth.json")) continue;
    const t = JSON.parse(readFileSync(join(REAL, f), "utf8"));
    for (const b of t.budget_items ?? []) {
      const parts = (Array.isArray(b.parts) ? b.parts : []).filter((p: unknown) => Array.isArray(p) && typeof p[0] === "string" && typeof p[1] === "number" && p[1] > 0);
      if (parts.length < 2) continue;
      // (names as a report prints them: no spaces, no digits — a name holding a figure is no list's part name)
      const named = parts.map((p: [string, number]) => ({ name: traditionalToSimplified(p[0]).replace(/\s+/g, ""), value: printed(p[1]) }));
      if (named.some((p: { name: string }) => /[\d,、;:;。]|其中/.test(p.name) || p.name.length < 2)) continue;
      if (new Set(named.map((p: { name: string }) => p.name)).size !== named.length) continue;
      const key = named.map((p: { name: string; value: string }) => `${p.name}=${p.value}`).join(",");
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ id: f.replace(".truth.json", ""), parts: named });
    }
  }
  return out;
}

/** last year's amount of a part: nine tenths of this year's, plus 0.37, at two decimals */
export const earlierOf = (v: string) => (Math.round((Number(v) * 0.9 + 0.37) * 100) / 100).toFixed(2);
const sum = (xs: string[]) => (Math.round(xs.reduce((a, x) => a + Number(x) * 100, 0)) / 100).toFixed(2);
const diff = (a: string, b: string) => (Math.round(Number(a) * 100 - Number(b) * 100) / 100).toFixed(2);
const rate = (d: string, b: string) => (Math.round((Math.abs(Number(d)) / Number(b)) * 10000) / 100).toFixed(2);

export type ListShape = {
  name: string;
  /** the sheet's lines: the lists, then the changes (each change, `changes[i]`, of part i: its amount and direction) */
  lines: (s: ListSource, changes: string[]) => string[];
  /** the line (1-based row) where the change of part i is stated */
  changeRow: (s: ListSource, i: number) => number;
};

const now = (s: ListSource) => s.parts.map((p) => (Number(p.value)).toFixed(2));
const before = (s: ListSource) => s.parts.map((p) => earlierOf(p.value));
/** each part's change as printed (this year's less last year's, its magnitude) */
export const changesOf = (s: ListSource) => now(s).map((v, i) => diff(v, before(s)[i]).replace("-", ""));
/** (grad49c) the whole's direction, of the sums (not its first part's: gs-lanzhou's parts move apart, the first down, the whole up) */
const totalDir = (s: ListSource) => (Number(sum(now(s))) >= Number(sum(before(s))) ? "增加" : "减少");
const dir = (s: ListSource, i: number, up: string, down: string) => (Number(now(s)[i]) >= Number(before(s)[i]) ? up : down);

const listLine = (year: string, kind: string, total: string, parts: { name: string; v: string }[]) =>
  `${year}“三公”经费${kind}总计${total}万元,其中:${parts.map((p) => `${p.name}${p.v}万元`).join(",")}。`;

export const LIST_SHAPES: ListShape[] = [
  {
    name: "two lists, then 其中<part>较上年同期增加/减少N万元,增长/下降r% (鄂尔多斯)",
    lines: (s, ch) => [
      listLine("2024年度", "预算", sum(now(s)), s.parts.map((p, i) => ({ name: p.name, v: now(s)[i] }))),
      listLine("2023年度", "决算", sum(before(s)), s.parts.map((p, i) => ({ name: p.name, v: before(s)[i] }))),
      `2024年度“三公”经费预算较2023年度${totalDir(s)}${diff(sum(now(s)), sum(before(s))).replace("-", "")}万元。${s.parts.map((p, i) => `其中${p.name}较上年同期${dir(s, i, "增加", "减少")}${ch[i]}万元,${dir(s, i, "增长", "下降")}${rate(ch[i], before(s)[i])}%`).join("。")}。`,
    ],
    changeRow: () => 3,
  },
  {
    name: "比去年, each change in its own line",
    lines: (s, ch) => [
      listLine("2024年", "预算", sum(now(s)), s.parts.map((p, i) => ({ name: p.name, v: now(s)[i] }))),
      listLine("2023年", "决算", sum(before(s)), s.parts.map((p, i) => ({ name: p.name, v: before(s)[i] }))),
      ...s.parts.map((p, i) => `${p.name}比去年${dir(s, i, "增加", "减少")}${ch[i]}万元。`),
    ],
    changeRow: (_s, i) => 3 + i,
  },
  {
    name: "the years named: 较2023年决算, the earlier list first",
    lines: (s, ch) => [
      listLine("2023年", "决算", sum(before(s)), s.parts.map((p, i) => ({ name: p.name, v: before(s)[i] }))),
      listLine("2024年", "预算", sum(now(s)), s.parts.map((p, i) => ({ name: p.name, v: now(s)[i] }))),
      s.parts.map((p, i) => `${p.name}较2023年决算${dir(s, i, "增加", "减少")}${ch[i]}万元`).join(";") + "。",
    ],
    changeRow: () => 3,
  },
  {
    name: "headings name the years, the lists do not (一、2024年预算 / 二、2023年决算)",
    lines: (s, ch) => [
      "一、2024年“三公”经费预算情况",
      `“三公”经费预算合计${sum(now(s))}万元,其中:${s.parts.map((p, i) => `${p.name}${now(s)[i]}万元`).join(",")}。`,
      "二、2023年“三公”经费决算情况",
      `“三公”经费合计支出${sum(before(s))}万元,其中:${s.parts.map((p, i) => `${p.name}${before(s)[i]}万元`).join(",")}。`,
      s.parts.map((p, i) => `${p.name}较上年${dir(s, i, "增加", "减少")}${ch[i]}万元`).join(",") + "。",
    ],
    changeRow: () => 5,
  },
  {
    name: "繁體, full-width",
    lines: (s, ch) =>
      [
        listLine("2024年度", "预算", sum(now(s)), s.parts.map((p, i) => ({ name: p.name, v: now(s)[i] }))),
        listLine("2023年度", "决算", sum(before(s)), s.parts.map((p, i) => ({ name: p.name, v: before(s)[i] }))),
        s.parts.map((p, i) => `${p.name}较上年${dir(s, i, "增加", "减少")}${ch[i]}万元`).join(";") + "。",
      ].map((t) => toTraditional(fullWidth(t))),
    changeRow: () => 3,
  },
  {
    name: "inline: <part>X万元,比上年Y万元增加/减少N万元,增长/下降r%",
    lines: (s, ch) => [
      `2024年“三公”经费支出${sum(now(s))}万元。其中:` + s.parts.map((p, i) => `${p.name}${now(s)[i]}万元,比上年${before(s)[i]}万元${dir(s, i, "增加", "减少")}${ch[i]}万元,${dir(s, i, "增长", "下降")}${rate(ch[i], before(s)[i])}%`).join(";") + "。",
    ],
    changeRow: () => 1,
  },
];

/** near shapes: a change against a year no list states; lists of different parts; a part missing from one list */
export const LIST_NEAR: ListShape[] = [
  {
    name: "a change against a year no list states (较2021年)",
    lines: (s, ch) => [
      listLine("2024年度", "预算", sum(now(s)), s.parts.map((p, i) => ({ name: p.name, v: now(s)[i] }))),
      listLine("2023年度", "决算", sum(before(s)), s.parts.map((p, i) => ({ name: p.name, v: before(s)[i] }))),
      s.parts.map((p, i) => `${p.name}较2021年${dir(s, i, "增加", "减少")}${ch[i]}万元`).join(";") + "。",
    ],
    changeRow: () => 3,
  },
  {
    name: "last year's list of other parts",
    lines: (s, ch) => [
      listLine("2024年度", "预算", sum(now(s)), s.parts.map((p, i) => ({ name: p.name, v: now(s)[i] }))),
      listLine("2023年度", "决算", sum(before(s)), s.parts.map((p, i) => ({ name: `其他${i + 1}号事项`, v: before(s)[i] }))),
      s.parts.map((p, i) => `${p.name}较上年${dir(s, i, "增加", "减少")}${ch[i]}万元`).join(";") + "。",
    ],
    changeRow: () => 3,
  },
  {
    name: "a change against 年初预算 (no year)",
    lines: (s, ch) => [
      listLine("2024年度", "预算", sum(now(s)), s.parts.map((p, i) => ({ name: p.name, v: now(s)[i] }))),
      listLine("2023年度", "决算", sum(before(s)), s.parts.map((p, i) => ({ name: p.name, v: before(s)[i] }))),
      s.parts.map((p, i) => `${p.name}较年初预算${dir(s, i, "增加", "减少")}${ch[i]}万元`).join(";") + "。",
    ],
    changeRow: () => 3,
  },
];

/**
 * (grad49c) a part's amounts for two years in one clause, then their change (英德's shape and its variants): relations/
 * inline-changes.ts periodChangesOf. The same sources, amounts and changes as LIST_SHAPES.
 */
const yearPair = (s: ListSource, i: number, earlierFirst = false, kind = "预算", repeat = false) => {
  const a = `2024年${kind}${now(s)[i]}万元`;
  const b = `${repeat ? s.parts[i].name : ""}2023年${kind}${before(s)[i]}万元`;
  return earlierFirst ? `${b.replace(s.parts[i].name, "")};${repeat ? s.parts[i].name : ""}${a}` : `${a},${b}`;
};
export const PERIOD_SHAPES: ListShape[] = [
  {
    name: "英德: <part>2024年预算X万元,2023年预算Y万元;对比减少N万元;减少率r%, the whole's clause first",
    lines: (s, ch) => [
      `2024年三公经费预算拨入${sum(now(s))}万元,2023年三公经费预算拨入${sum(before(s))}万元,与上年对比${totalDir(s)}${diff(sum(now(s)), sum(before(s))).replace("-", "")}万元。其中:` +
        s.parts.map((p, i) => `${i + 1}、${p.name}${yearPair(s, i)};对比${dir(s, i, "增加", "减少")}${ch[i]}万元;${dir(s, i, "增长", "减少")}率${rate(ch[i], before(s)[i])}%`).join("。") + "。",
    ],
    changeRow: () => 1,
  },
  {
    name: "the earlier year first, 较之, 增(减)率, one part a line",
    lines: (s, ch) => s.parts.map((p, i) => `${p.name}${yearPair(s, i, true, "支出")};较之${dir(s, i, "增加", "减少")}${ch[i]}万元;增(减)率${dir(s, i, "", "-")}${rate(ch[i], before(s)[i])}%。`),
    changeRow: (_s, i) => 1 + i,
  },
  {
    name: "the name repeated for each year, 决算, 相比",
    lines: (s, ch) => [s.parts.map((p, i) => `${p.name}${yearPair(s, i, false, "决算", true)},相比${dir(s, i, "增加", "下降")}${ch[i]}万元`).join(";") + "。"],
    changeRow: () => 1,
  },
  {
    name: "繁體, full-width",
    lines: (s, ch) => [toTraditional(fullWidth(s.parts.map((p, i) => `${p.name}${yearPair(s, i)};对比${dir(s, i, "增加", "减少")}${ch[i]}万元`).join(";") + "。"))],
    changeRow: () => 1,
  },
  {
    name: "PDF spaces inside the words",
    lines: (s, ch) => [spaced(s.parts.map((p, i) => `${p.name}${yearPair(s, i)},比较${dir(s, i, "增加", "减少")}${ch[i]}万元`).join(";") + "。")],
    changeRow: () => 1,
  },
];

/** near shapes of the period clause: one year twice (预算 and 执行 of 2024); the change of another thing named between */
export const PERIOD_NEAR: ListShape[] = [
  {
    name: "one year twice (2024年预算 / 2024年执行)",
    lines: (s, ch) => [s.parts.map((p, i) => `${p.name}2024年预算${before(s)[i]}万元,2024年执行${now(s)[i]}万元,对比${dir(s, i, "增加", "减少")}${ch[i]}万元`).join(";") + "。"],
    changeRow: () => 1,
  },
  {
    name: "another thing's change after the two years (人员经费减少N万元)",
    lines: (s, ch) => [s.parts.map((p, i) => `${p.name}${yearPair(s, i)},人员经费${dir(s, i, "增加", "减少")}${ch[i]}万元`).join(";") + "。"],
    changeRow: () => 1,
  },
];

/** one change slipped: the last part's, 0.07 over */
export const slippedChanges = (s: ListSource) => changesOf(s).map((c, i, xs) => (i === xs.length - 1 ? (Number(c) + 0.07).toFixed(2) : c));

export interface ListMeasure {
  shape: string;
  sources: number;
  /** clean prints: every part's change read (a difference relation at its row), nothing flagged */
  read: number;
  /** clean prints flagged */
  falseFlags: number;
  /** slips found at the slipped change's row */
  slips: number;
}

export function measureLists(shapes: ListShape[], all: ListSource[], review: Review): ListMeasure[] {
  const sheet = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((l) => [l]), []);
  return shapes.map((shape) => {
    let read = 0;
    let falseFlags = 0;
    let slips = 0;
    for (const s of all) {
      const clean = review(sheet(shape.lines(s, changesOf(s))));
      if (clean.findings.some((f) => f.severity !== "info")) falseFlags++;
      else if (clean.model.relations.filter((r) => r.kind === "difference" && /change/.test(r.id)).length >= s.parts.length) read++;
      const last = `A${shape.changeRow(s, s.parts.length - 1)}`;
      const slip = review(sheet(shape.lines(s, slippedChanges(s))));
      if (slip.findings.some((f) => f.severity !== "info" && f.cell === last && f.rule === "total-mismatch")) slips++;
    }
    return { shape: shape.name, sources: all.length, read, falseFlags, slips };
  });
}

export { dec };
