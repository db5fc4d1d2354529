import { Grid } from "../../src/core/grid/grid";
import type { ReviewResult } from "../../src/core/review";
import { mainTitleRow, rowTexts, titleRows, traditional } from "./metamorphic";
import type { RealTruth } from "./title-variants";

/**
 * fam48: every real report printed as prose (a self-evaluation or evaluation report whose review reads no table header),
 * and every real `unknown` truth read so (its counter-shapes: notices, news, budget explanations, lists, prose), printed
 * again in the shapes a document takes when its title is not a line of its own:
 *   file name, one cell      a file-name line ('<title>.docx') over the whole text in one cell, its line breaks as spaces;
 *   one cell                 the whole text in one cell, the title glued to the body's head;
 *   one cell, PDF breaks     the same, a space inside the words every 23 characters (a PDF's line breaks);
 *   one cell, 繁體           the file-name shape in traditional characters;
 *   spaces in words          the rows kept, a space inside every text every 7 characters;
 *   file name as title       the title line replaced by '<title>.pdf';
 *   untitled                 the title lines removed;
 *   untitled, one cell       the title lines removed, the rest in one cell.
 * A shape needing a title line is skipped where the sheet has none (metamorphic titleRows).
 */
export const DOCUMENT_VARIANTS = [
  "file name, one cell",
  "one cell",
  "one cell, PDF breaks",
  "one cell, 繁體",
  "spaces in words",
  "file name as title",
  "untitled",
  "untitled, one cell",
] as const;
export type DocumentVariant = (typeof DOCUMENT_VARIANTS)[number];

/** The sheet's lines: each row's texts joined by a space (blank rows left out). */
function lines(g: Grid, skip: number[] = []): string[] {
  const out: string[] = [];
  for (let r = 1; r <= g.rowCount; r++) {
    if (skip.includes(r)) continue;
    const t = rowTexts(g, r).map((x) => x.text.trim()).join(" ");
    if (t) out.push(t);
  }
  return out;
}

/** A space inside the text every n characters (not where a space stands already). */
export const broken = (s: string, n: number) => {
  let out = "";
  let run = 0;
  for (const ch of s) {
    out += ch;
    run = /\s/.test(ch) ? 0 : run + 1;
    if (run === n) {
      out += " ";
      run = 0;
    }
  }
  return out;
};

const sheet = (rows: string[]) => Grid.fromValues("Sheet1", rows.map((x) => [x]));

/** The report printed as a sheet whose review reads no table header and whose lines are mostly one text. */
export function isProse(g: Grid, r: ReviewResult): boolean {
  if (r.model.headerRow !== null && r.model.headerRow !== undefined) return false;
  let filled = 0;
  let single = 0;
  for (let x = 1; x <= g.rowCount; x++) {
    const t = rowTexts(g, x);
    if (!t.length) continue;
    filled++;
    if (t.length === 1) single++;
  }
  return filled >= 2 && single >= filled * 0.7;
}

/** The variant of the prose sheet `g`, or null where it needs a title the sheet has none of. */
export function documentVariant(kind: DocumentVariant, g: Grid, _t?: RealTruth): Grid | null {
  const titles = titleRows(g, null);
  // (the title: a one-text line naming the report among the first 15, a page's navigation above it; else the title lines')
  let named: string | null = null;
  for (let r = 1; r <= Math.min(15, g.rowCount) && named === null; r++) {
    const x = rowTexts(g, r);
    if (x.length === 1 && x[0].text.trim().length <= 60 && /报告|報告|表$/.test(x[0].text.trim()) && !/[:：]$/.test(x[0].text.trim())) named = x[0].text.trim();
  }
  const title = named ?? (titles.length ? rowTexts(g, mainTitleRow(g, titles))[0].text.trim() : null);
  const all = lines(g);
  switch (kind) {
    case "file name, one cell":
      return title ? sheet([`${title}.docx`, all.join(" ")]) : null;
    case "one cell":
      return sheet([all.join(" ")]);
    case "one cell, PDF breaks":
      return sheet([broken(all.join(" "), 23)]);
    case "one cell, 繁體":
      return title ? traditional(sheet([`${title}.docx`, all.join(" ")])) : null;
    case "spaces in words":
      return sheet(all.map((x) => broken(x, 7)));
    case "file name as title":
      return title ? sheet(all.map((x) => (x === title ? `${title}.pdf` : x))) : null;
    case "untitled":
      return titles.length ? sheet(lines(g, titles)) : null;
    case "untitled, one cell":
      return titles.length ? sheet([lines(g, titles).join(" ")]) : null;
  }
}
