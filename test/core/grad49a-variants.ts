import { Converter } from "opencc-js";
import { rangeA1 } from "../../src/core/grid/a1";
import type { Cell, Grid } from "../../src/core/grid/grid";
import { build, mainTitleRow, rowTexts, titleRows, withRowsBefore } from "./metamorphic";

/**
 * grad49a: the real sheets printed again in the shapes of session 49's classes, for measuring how many read.
 *
 * 1. A title broken across lines (brokenTitleVariant): the sheet's main title line (metamorphic titleRows / mainTitleRow)
 *    printed over two or three rows — broken in its middle (often inside a word), broken before its form's words, in three
 *    lines, with a blank row between, under a document number, in 繁體, with spaces inside its words.
 * 2. A progress bulletin in other shapes (bulletinVariant): without its title line, its period run to the year's end
 *    (1-12月), in 繁體, with spaces inside its words.
 * The sheet keeps the name Sheet1 (the title is not in its name).
 */
export const BROKEN_TITLE_VARIANTS = [
  "two lines, broken in the middle",
  "two lines, the form's words apart",
  "three lines",
  "two lines, a blank row between",
  "two lines under a document number",
  "two lines, traditional",
  "two lines, spaces inside",
] as const;
export type BrokenTitleVariant = (typeof BROKEN_TITLE_VARIANTS)[number];

const toTraditional = Converter({ from: "cn", to: "tw" });
/** Words a title's form part opens with (项目支出绩效自评表, 部门整体支出…, 绩效目标表, 监控表, 考核细则). */
const FORM_WORDS = /项目|部门|整体|支出|绩效|自评|评价|监控|目标|考核|指标|资金/g;

/** The rows (cells of one column at `col`) the title's text `t` is printed on instead of its one row. */
function pieces(kind: BrokenTitleVariant, t: string): string[] | null {
  const mid = Math.floor(t.length / 2);
  switch (kind) {
    case "two lines, broken in the middle":
    case "two lines, a blank row between":
    case "two lines under a document number":
      return [t.slice(0, mid), t.slice(mid)];
    case "two lines, the form's words apart": {
      // (the last form word at least 6 characters in: '某县农业农村局2023年度' / '项目支出绩效自评表')
      let at = -1;
      for (const m of t.matchAll(FORM_WORDS)) if (m.index! >= 6 && at < 0) at = m.index!;
      return at > 0 && at < t.length - 2 ? [t.slice(0, at), t.slice(at)] : null;
    }
    case "three lines": {
      const a = Math.floor(t.length / 3);
      const b = Math.floor((2 * t.length) / 3);
      return [t.slice(0, a), t.slice(a, b), t.slice(b)];
    }
    case "two lines, traditional":
      return [toTraditional(t.slice(0, mid)), toTraditional(t.slice(mid))];
    case "two lines, spaces inside":
      // (a space between two Chinese characters, every two: a PDF's line breaks)
      return [t.slice(0, mid), t.slice(mid).replace(/([\u4e00-\u9fff]{2})(?=[\u4e00-\u9fff])/g, "$1 ")];
  }
}

/** The sheet with its main title line printed as `kind`, or null where it has no title line of 10 characters or more. */
export function brokenTitleVariant(kind: BrokenTitleVariant, g: Grid, headerRow: number | null): Grid | null {
  const titles = titleRows(g, headerRow);
  if (!titles.length) return null;
  const row = mainTitleRow(g, titles);
  const { col, text } = rowTexts(g, row)[0];
  const t = text.trim();
  if (t.length < 10) return null;
  const p = pieces(kind, t);
  if (!p) return null;
  const pad = Array(col - 1).fill(null);
  const line = (v: string): (Cell | null)[] => [...pad, { v }];
  const lines = p.map(line);
  if (kind === "two lines, a blank row between") lines.splice(1, 0, []);
  if (kind === "two lines under a document number") lines.unshift(line("某县财发[2024]6号"));
  // (the title's row dropped, the lines in its place; merges on the row dropped, those below moved down)
  const merges = g.merges.filter((m) => !(m.r1 <= row && m.r2 >= row));
  const h = lines.length - 1;
  const moved = merges.map((m) => rangeA1({ r1: m.r1 > row ? m.r1 + h : m.r1, c1: m.c1, r2: m.r2 > row ? m.r2 + h : m.r2, c2: m.c2 }));
  const cell = (r: number, c: number) => (r < row ? g.cell(r, c) : r < row + lines.length ? (lines[r - row][c - 1] ?? null) : g.cell(r - h, c));
  return build(g, cell, g.rowCount + h, g.colCount, moved, "Sheet1");
}

export const BULLETIN_VARIANTS = ["title removed", "to the year's end", "traditional", "spaces inside"] as const;
export type BulletinVariant = (typeof BULLETIN_VARIANTS)[number];

/** Every text of the sheet mapped by `f`. */
const mapTexts = (g: Grid, f: (s: string) => string) =>
  build(g, (r, c) => { const x = g.cell(r, c); return x && typeof x.v === "string" ? { ...x, v: f(x.v) } : x; }, g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), "Sheet1");

/** A sentence's text: its punctuation inside. */
const SENTENCE = /[。;；,，]/;

/** A prose sheet in the shape `kind`, or null where the change does not apply (no title line to remove, no period). */
export function bulletinVariant(kind: BulletinVariant, g: Grid): Grid | null {
  switch (kind) {
    case "title removed": {
      const t = rowTexts(g, 1);
      if (t.length !== 1 || SENTENCE.test(t[0].text) || t[0].text.length > 60) return null;
      return build(g, (r, c) => g.cell(r + 1, c), g.rowCount - 1, g.colCount, [], "Sheet1");
    }
    case "to the year's end": {
      let n = 0;
      const out = mapTexts(g, (s) => s.replace(/1\s*[-—~至]\s*\d{1,2}\s*月/g, () => (n++, "1-12月")).replace(/截[至止](\d{4}年)?\d{1,2}月(底|末|\d{1,2}日)?/g, () => (n++, "截至12月底")));
      return n ? out : null;
    }
    case "traditional":
      return mapTexts(g, (s) => toTraditional(s));
    case "spaces inside":
      // (a PDF's line breaks: a space every 7 characters inside a sentence)
      return mapTexts(g, (s) => (s.length > 20 ? s.replace(/([\u4e00-\u9fff]{7})(?=[\u4e00-\u9fff])/g, "$1 ") : s));
  }
}

/** Rows inserted before a row (re-exported for the test file). */
export { withRowsBefore };
