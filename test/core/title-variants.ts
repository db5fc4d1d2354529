import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { rangeA1 } from "../../src/core/grid/a1";
import { Grid } from "../../src/core/grid/grid";
import type { Family } from "../../src/core/model/types";
import type { ReviewResult } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";
import { asSheetName, build, mainTitleRow, rowTexts, titleAs, titleRows, withoutRows } from "./metamorphic";

/**
 * fam47: every real truth printed again without the title a reader keys on (the shapes a held-out sheet's title takes
 * when a publisher or an excerpt loses it), for measuring what the sheet's body says of its family:
 *   title removed        its title lines gone (metamorphic titleRows), the sheet named Sheet1;
 *   附件N                its main title line replaced by '附件2';
 *   sheet name           its title lines gone, the title the sheet's name (31 characters at most);
 *   first rows cut       a page opening inside the form's head: the title and the first 3 lines under it gone (the header
 *                        and what stands above it past those kept; only where 3 lines stand between the title and the header);
 *   head cut             a page opening at the header: every row above the table's header gone (title and head);
 *   continuation         a later page: no title, nothing above the header, the table's first 3 lines cut;
 *   stripped             every row above the first item line blanked (title, head and header gone: fam46's variant).
 * Each variant is compared with the family of the sheet's truth.
 */
export const VARIANT_NAMES = ["title removed", "附件N", "sheet name", "first rows cut", "head cut", "continuation", "stripped"] as const;
export type VariantName = (typeof VARIANT_NAMES)[number];

export interface RealTruth {
  id: string;
  family: Family;
  header_row: number | null;
  indicators: { row: number }[];
}

export const realTruths = (): RealTruth[] =>
  readdirSync(join(FIXTURES, "real"))
    .filter((f) => f.endsWith(".truth.json"))
    .sort()
    .map((f) => ({ ...JSON.parse(readFileSync(join(FIXTURES, "real", f), "utf8")), id: f.slice(0, -".truth.json".length) }));

export const realGrid = (id: string): Grid => {
  const g = jsonGrid(join(FIXTURES, "real", `${id}.json`));
  return build(g, (r, c) => g.cell(r, c), g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), "Sheet1");
};

const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);

/** The variant of the sheet `g` (its unchanged review `r`, its truth `t`), or null where the change does not apply. */
export function titleVariant(kind: VariantName, g: Grid, r: ReviewResult, t: RealTruth): Grid | null {
  const header = r.model.headerRow ?? t.header_row ?? null;
  const titles = titleRows(g, header);
  switch (kind) {
    case "title removed":
      return titles.length ? withoutRows(g, titles).grid : null;
    case "附件N": {
      if (!titles.length) return null;
      const row = mainTitleRow(g, titles);
      return titleAs(g, row, "附件2", rowTexts(g, row)[0].col, 0);
    }
    case "sheet name": {
      if (!titles.length) return null;
      const name = asSheetName(rowTexts(g, mainTitleRow(g, titles))[0].text);
      const out = withoutRows(g, titles).grid;
      return build(out, (rr, c) => out.cell(rr, c), out.rowCount, out.colCount, out.merges.map((m) => rangeA1(m)), name || "Sheet1");
    }
    case "first rows cut": {
      if (header === null || header === undefined) return null;
      const lines: number[] = [];
      for (let x = (titles.length ? titles[titles.length - 1] : 0) + 1; x < header && lines.length < 3; x++) if (rowTexts(g, x).length) lines.push(x);
      if (lines.length < 3) return null;
      return withoutRows(g, range(1, lines[2])).grid;
    }
    case "head cut": {
      if (header === null || header === undefined || header <= 1) return null;
      if (g.merges.some((m) => m.r1 < header && m.r2 >= header)) return null;
      return withoutRows(g, range(1, header - 1)).grid;
    }
    case "continuation": {
      const top = r.model.headerRow;
      const last = r.model.headerLastRow ?? top;
      if (top === null || top === undefined || last === null) return null;
      const rows = [...new Set(r.model.indicators.map((i) => i.row))].filter((x) => x > last).sort((a, b) => a - b);
      if (rows.length < 6 || g.merges.some((m) => m.r1 < top && m.r2 >= top)) return null;
      const clean = (at: number) => {
        for (let x = at; x <= g.rowCount; x++) if (!g.merges.some((m) => m.r1 < x && m.r2 >= x)) return x;
        return null;
      };
      const from = clean(last + 1);
      const to = clean(rows[3]);
      if (from === null || to === null || to <= from) return null;
      return withoutRows(g, [...range(1, top - 1), ...range(from, to - 1)]).grid;
    }
    case "stripped": {
      const first = t.indicators.reduce((m, i) => Math.min(m, i.row || Infinity), Infinity);
      const cut = Number.isFinite(first) ? first - 1 : t.header_row;
      if (!cut) return null;
      const merges = g.merges.filter((m) => m.r1 > cut).map((m) => rangeA1(m));
      return build(g, (rr, c) => (rr <= cut ? null : g.cell(rr, c)), g.rowCount, g.colCount, merges, "Sheet1");
    }
  }
}
