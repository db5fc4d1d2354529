import { Converter } from "opencc-js/cn2t";
import { Grid } from "../../src/core/grid/grid";
import { rowTexts, titleRows } from "./metamorphic";

/**
 * fam53: a prose report (a sheet of paragraphs, one text column) printed again the ways an unseen publisher prints it, for
 * measuring whether its family survives. The sheet is read as its paragraphs (each row's texts joined) and each variant is
 * written back one paragraph a row in column A (the sheet named Sheet1):
 *   as paragraphs        the paragraphs unchanged (the rebuild itself: what every other variant is compared with);
 *   title removed        the title lines (metamorphic titleRows) gone;
 *   opening cut          the title and the first two paragraphs under it gone (an excerpt starting mid-report);
 *   first half           the first half of the paragraphs (title kept);
 *   second half          the second half of the paragraphs (no title);
 *   traditional          every paragraph in 繁體 (opencc cn → tw);
 *   sentence a row       every paragraph split after each '。' (one sentence a row);
 *   one cell             every paragraph joined into one cell;
 *   numbering changed    section heads renumbered: 一、 → 1.  （一） → 1）  1、 → (1)
 */
export const FAM53_VARIANTS = ["as paragraphs", "title removed", "opening cut", "first half", "second half", "traditional", "sentence a row", "one cell", "numbering changed", "page noise"] as const;
export type Fam53Variant = (typeof FAM53_VARIANTS)[number];

const toTraditional = Converter({ from: "cn", to: "tw" });
const CN_NUM = "一二三四五六七八九十";

/** True where the sheet is prose: at least 3 non-empty rows and 80 % of them one text cell (or one long text beside numbers). */
export function isProse(g: Grid): boolean {
  let rows = 0;
  let single = 0;
  for (let r = 1; r <= g.rowCount; r++) {
    const t = rowTexts(g, r);
    if (!t.length) continue;
    rows++;
    if (t.length === 1 || t.some((x) => x.text.length >= 60)) single++;
  }
  return rows >= 3 && single >= 0.8 * rows;
}

/** The sheet's paragraphs: each non-empty row's texts joined with a space, with the count of title lines that open it. */
export function paragraphs(g: Grid): { texts: string[]; titles: number } {
  const titleSet = new Set(titleRows(g, null));
  const texts: string[] = [];
  let titles = 0;
  for (let r = 1; r <= g.rowCount; r++) {
    const t = rowTexts(g, r);
    if (!t.length) continue;
    if (titleSet.has(r) && texts.length === titles) titles++;
    texts.push(t.map((x) => x.text.trim()).join(" "));
  }
  return { texts, titles };
}

export function columnGrid(texts: string[]): Grid {
  return new Grid({ name: "Sheet1", cells: texts.map((v) => [{ v }]), merges: [] });
}

function renumber(s: string): string {
  return s
    .replace(/^(\s*)([一二三四五六七八九十])、/, (_, sp: string, n: string) => `${sp}${CN_NUM.indexOf(n) + 1}.`)
    .replace(/^(\s*)[（(]([一二三四五六七八九十])[）)]/, (_, sp: string, n: string) => `${sp}${CN_NUM.indexOf(n) + 1}）`)
    .replace(/^(\s*)(\d{1,2})[、.．](?!\d)/, (_, sp: string, n: string) => `${sp}(${n})`);
}

/**
 * (fam59) A mirror's or a portal's page around the document: its navigation and article fields above the title, its print
 * and close links and its neighbouring articles' titles below (one of them an accounts' explanation, as on a finance site).
 */
const PAGE_TOP = ["当前位置:首页 > 信息公开 > 财政资金", "发布时间:2023-06-12 来源:本站 浏览次数:1268 【字体:大 中 小】"];
const PAGE_BOTTOM = ["【打印本页】 【关闭窗口】", "上一篇:2022年度部门决算说明", "下一篇:2023年第一季度财政收支情况"];

/** The variant `kind` of the prose sheet `g`, or null where it does not apply (nothing would change, or too little left). */
export function fam53Variant(kind: Fam53Variant, g: Grid): Grid | null {
  const { texts, titles } = paragraphs(g);
  const body = texts.slice(titles);
  const half = Math.ceil(body.length / 2);
  let out: string[] | null;
  switch (kind) {
    case "as paragraphs": out = texts; break;
    case "title removed": out = titles ? body : null; break;
    case "opening cut": out = body.length >= 4 ? body.slice(2) : null; break;
    case "first half": out = body.length >= 4 ? [...texts.slice(0, titles), ...body.slice(0, half)] : null; break;
    case "second half": out = body.length >= 4 ? body.slice(half) : null; break;
    case "traditional": out = texts.map((s) => toTraditional(s)); break;
    case "sentence a row": {
      const split = texts.flatMap((s) => s.split(/(?<=。)/).map((x) => x.trim()).filter(Boolean));
      out = split.length > texts.length ? split : null;
      break;
    }
    case "one cell": out = texts.length > 1 ? [texts.join("\n")] : null; break;
    case "page noise": out = [...PAGE_TOP, ...texts, ...PAGE_BOTTOM]; break;
    case "numbering changed": {
      const re = texts.map(renumber);
      out = re.some((s, i) => s !== texts[i]) ? re : null;
      break;
    }
  }
  return out && out.length ? columnGrid(out) : null;
}
