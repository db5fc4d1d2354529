/**
 * Test-only: a workbook read with the lean reader, rendered as HTML tables (one per sheet, merges as spans,
 * numbers through their number format, the frozen header row sticky) so that a screenshot shows what a reviewer
 * opening the exported summary would read.
 */
import type { Grid } from "../../src/core/grid/grid";
import { showValue } from "../../src/taskpane/components/common";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function gridHtml(grid: Grid, maxRows = 60): string {
  const rows: string[] = [];
  const last = Math.min(grid.rowCount, maxRows);
  for (let r = 1; r <= last; r++) {
    const tds: string[] = [];
    for (let c = 1; c <= grid.colCount; c++) {
      const m = grid.mergeAt(r, c);
      if (m && (m.r1 !== r || m.c1 !== c)) continue;
      const cell = grid.cell(r, c);
      const text = showValue(cell?.v ?? null, cell?.fmt);
      const num = typeof cell?.v === "number";
      const span = m ? ` rowspan="${Math.min(m.r2, last) - r + 1}" colspan="${m.c2 - c + 1}"` : "";
      const tag = r === 1 ? "th" : "td";
      tds.push(`<${tag}${span}${num ? ' class="n"' : ""}>${esc(text)}</${tag}>`);
    }
    rows.push(`<tr>${tds.join("")}</tr>`);
  }
  const more = grid.rowCount > last ? `<p class="more">… ${grid.rowCount - last}</p>` : "";
  return `<table><tbody>${rows.join("\n")}</tbody></table>${more}`;
}

export function workbookHtml(title: string, sheets: { name: string; grid: Grid }[], lang: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
body { font-family: "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", sans-serif; font-size: 12px; margin: 12px; color: #222; }
h2 { font-size: 14px; margin: 16px 0 6px; border-bottom: 2px solid #217346; display: inline-block; padding: 0 8px 2px; }
table { border-collapse: collapse; }
th, td { border: 1px solid #c8c8c8; padding: 2px 6px; max-width: 360px; vertical-align: top; }
th { background: #f2f2f2; font-weight: 700; position: sticky; top: 0; text-align: left; white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.more { color: #666; }
</style></head><body><h1 style="font-size:16px">${esc(title)}</h1>
${sheets.map((s) => `<section><h2>${esc(s.name)}</h2>${gridHtml(s.grid)}</section>`).join("\n")}
</body></html>`;
}
