import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { rangeA1 } from "../../src/core/grid/a1";
import type { ReviewResult } from "../../src/core/review";
import { BLOCK_LINE, build, columnHead, emptyRowsBefore, fullWidth, id, Move, rowTexts } from "./metamorphic";

/** The changes a user's own template makes (metamorphic-template.test.ts): each a sheet's grid changed, or null where it does not apply. */
export type Change = { grid: Grid; back: Move } | null;
const copy = (g: Grid, cellAt: (r: number, c: number) => Cell | null, cols = g.colCount, merges = g.merges.map((m) => rangeA1(m))) => build(g, cellAt, g.rowCount, cols, merges);
/** a number as it is typed: no float noise (0.1 + 0.2), the decimals it has */
const typed = (v: number) => String(Math.round(v * 1e9) / 1e9);
const PLAIN = /^\s*-?\d+(?:\.\d+)?\s*$/;
const SHOWN_PERCENT = /^\s*(-?\d+)(?:\.(\d+))?\s*[%％]\s*$/;
/**
 * The unit a column's head names for its numbers: 万元 or % in brackets ("补助资金(万元)", "完成率(%)": not "指数(70%)",
 * a weight), 分 where the head is a points word ("分值", "得分", "权重", "综合评分", "标准分(分)": not "按权重计算…").
 */
function unitOf(head: string): string {
  const h = head.replace(/\s+/g, "");
  if (/[(（]万元[)）]/.test(h)) return "万元";
  if (/[(（][%％][)）]/.test(h)) return "%";
  if (/^(标准|標準|考核|评价|評價|实际|實際|综合|綜合|自评|自評)?(分值|分值|得分|分数|分數|评分|評分)([(（]分[)）])?$|^(权重|權重)([(（]分[)）])?$|[(（]分[)）]$/.test(h)) return "分";
  return "";
}

export const TEMPLATE_CHANGES: Record<string, (g: Grid, r: ReviewResult) => Change> = {
  "empty rows between blocks": (g, r) => {
    const at = new Set<number>();
    if (r.model.headerLastRow !== null && r.model.headerLastRow < g.rowCount) at.add(r.model.headerLastRow + 1);
    for (let row = 2; row <= g.rowCount; row++) {
      const t = rowTexts(g, row);
      if (t.length && BLOCK_LINE.test(t[0].text)) at.add(row);
    }
    // (not inside a merge running down over the point: a user spaces blocks out, not the lines of a merged group)
    const rows = [...at].filter((x) => !g.merges.some((m) => m.r1 < x && m.r2 >= x)).sort((a, b) => a - b);
    return rows.length ? emptyRowsBefore(g, rows) : null;
  },
  "numbers with their units as text": (g, r) => {
    const top = r.model.headerRow;
    const last = r.model.headerLastRow ?? top;
    if (top === null || last === null) return null;
    const units = new Map<number, string>();
    for (let c = 1; c <= g.colCount; c++) units.set(c, unitOf(columnHead(g, top, last, c)));
    let n = 0;
    let changed = 0;
    const grid = copy(g, (row, c) => {
      const x = g.cell(row, c);
      if (row <= last || !x || !g.ownsCell(row, c)) return x;
      const t = typeof x.v === "number" && Number.isFinite(x.v) ? typed(x.v) : typeof x.v === "string" && PLAIN.test(x.v) ? x.v.trim() : null;
      if (t === null) return x;
      const unit = units.get(c)!;
      if (unit) { changed++; return { v: `${t}${unit}` }; }
      if (++n % 3 !== 0) return x;
      changed++;
      return { v: fullWidth(t) };
    });
    return changed ? { grid, back: id } : null;
  },
  "percentages stored as numbers with a percent format": (g) => {
    let changed = 0;
    const grid = copy(g, (row, c) => {
      const x = g.cell(row, c);
      const m = x && typeof x.v === "string" ? SHOWN_PERCENT.exec(x.v) : null;
      if (!m) return x;
      changed++;
      const d = m[2]?.length ?? 0;
      return { v: Number((Number(`${m[1]}${m[2] ? `.${m[2]}` : ""}`) / 100).toPrecision(15)), fmt: d ? `0.${"0".repeat(d)}%` : "0%" };
    });
    return changed ? { grid, back: id } : null;
  },
  "a 备注 column at the right": (g, r) => {
    const top = r.model.headerRow;
    const last = r.model.headerLastRow ?? top;
    if (top === null || last === null) return null;
    const col = g.colCount + 1;
    const NOTES = ["见附件2", "2024.6", "按计划实施", "2023.12"];
    let n = 0;
    const line = (row: number) => rowTexts(g, row).map((x) => x.text).join("|");
    const head = line(top);
    // (notes beside the table's lines, from its first line of numbers: none on a header's lower line or a 责任单位 line under it)
    let first = last + 1;
    while (first <= g.rowCount && !rowTexts(g, first).some((x) => /^\s*-?\d/.test(x.text))) first++;
    const grid = copy(g, (row, c) => {
      if (c < col) return g.cell(row, c);
      // (the header's repeats at a page break, if any, name the column too)
      if (row === top || line(row) === head) return { v: "备注" };
      // (nor on a footnote under the table, 注：… / 说明：…)
      const texts = rowTexts(g, row);
      if (row <= last || row < first || !texts.length || /^\s*(注|註|说明|說明|备注|備註)/.test(texts[0].text)) return null;
      return { v: NOTES[n++ % NOTES.length] };
    }, col, [...g.merges.map((m) => rangeA1(m)), ...(last > top ? [rangeA1({ r1: top, c1: col, r2: last, c2: col })] : [])]);
    return n ? { grid, back: id } : null;
  },
};

