import * as React from "react";
import type { Grid } from "../core/grid/grid";
import { a1, colLetter, parseA1 } from "../core/grid/a1";
import type { Finding } from "../core/rules";
import type { ViewState } from "../hosts/file/workbook-port";
import { showValue } from "../taskpane/components/common";

const SEV_COLOR = { error: "#d13438", warning: "#c19c00", info: "#0f6cbd" } as const;

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * The cell an arrow key moves to from `from` (null: nothing selected yet, A1), stepping over merged areas and
 * staying inside the shown rows and columns; a merged area is selected by its top-left cell.
 */
export function moveSelection(grid: Grid, from: string | null, key: string, rows: number, cols: number): string | null {
  const d = MOVES[key];
  if (!d || rows < 1 || cols < 1) return null;
  if (!from) return "A1";
  const p = parseA1(from);
  const m = grid.mergeAt(p.row, p.col) ?? { r1: p.row, c1: p.col, r2: p.row, c2: p.col };
  let r = d[0] < 0 ? m.r1 - 1 : d[0] > 0 ? m.r2 + 1 : p.row;
  let c = d[1] < 0 ? m.c1 - 1 : d[1] > 0 ? m.c2 + 1 : p.col;
  r = Math.min(Math.max(r, 1), rows);
  c = Math.min(Math.max(c, 1), cols);
  const to = grid.mergeAt(r, c);
  return to ? a1(to.r1, to.c1) : a1(r, c);
}

/**
 * The sheet as a table, findings marked at their cells, highlights and the selected cell shown. A click selects
 * a cell; with the grid focused, the arrow keys move the selection (`onSelect` tells the host).
 */
export function SheetView({ grid, findings, view, label, lang = "zh-CN", onSelect }: { grid: Grid; findings: Finding[]; view: ViewState; label: string; lang?: "zh-CN" | "en-US"; onSelect?: (cell: string) => void }) {
  const marks = new Map<string, Finding[]>();
  for (const f of findings) marks.set(f.cell, [...(marks.get(f.cell) ?? []), f]);
  const highlights = view.highlights[grid.name] ?? {};
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (!view.selected) return;
    const el = ref.current?.querySelector(`[data-cell="${view.selected}"]`) as HTMLElement | null;
    el?.scrollIntoView({ block: "center", inline: "center" });
  }, [view.selected, view.version]);
  const rows = Math.min(grid.rowCount, 400);
  const cols = Math.min(grid.colCount, 40);
  const body: React.ReactNode[] = [];
  for (let r = 1; r <= rows; r++) {
    const tds: React.ReactNode[] = [<th key="h" scope="row" style={{ background: "#f3f3f3", fontWeight: 400, color: "#666", position: "sticky", left: 0 }}>{r}</th>];
    for (let c = 1; c <= cols; c++) {
      const m = grid.mergeAt(r, c);
      if (m && (m.r1 !== r || m.c1 !== c)) continue;
      const addr = a1(r, c);
      const fs = marks.get(addr);
      const sev = fs ? (fs.some((f) => f.severity === "error") ? "error" : fs.some((f) => f.severity === "warning") ? "warning" : "info") : null;
      const cell = grid.cell(r, c);
      const selected = view.selected === addr;
      tds.push(
        <td
          key={c}
          data-cell={addr}
          data-finding-cell={fs ? fs.map((f) => f.rule).join(" ") : undefined}
          data-selected={selected ? "true" : undefined}
          id={`sheet-cell-${addr}`}
          aria-selected={selected}
          onClick={onSelect ? () => onSelect(addr) : undefined}
          rowSpan={m ? m.r2 - m.r1 + 1 : undefined}
          colSpan={m ? m.c2 - m.c1 + 1 : undefined}
          title={fs ? fs.map((f) => (lang === "en-US" && f.messageEn ? f.messageEn : f.message)).join("\n") : cell?.f ? "=" + cell.f : undefined}
          style={{
            border: "1px solid #ddd",
            padding: "2px 4px",
            maxWidth: 220,
            overflow: "hidden",
            textOverflow: "ellipsis",
            whiteSpace: "nowrap",
            background: highlights[addr] ?? undefined,
            outline: selected ? "3px solid #0f6cbd" : sev ? `2px solid ${SEV_COLOR[sev]}` : undefined,
            outlineOffset: -2,
            fontSize: 12,
            cursor: onSelect ? "cell" : undefined,
          }}
        >
          {showValue(cell?.v ?? null, cell?.fmt)}
        </td>,
      );
    }
    body.push(<tr key={r}>{tds}</tr>);
  }
  return (
    <div ref={ref} style={{ overflow: "auto", maxHeight: "70vh", border: "1px solid #ccc" }} role="region" aria-label={label}>
      <table
        role="grid"
        aria-label={label}
        aria-readonly
        tabIndex={0}
        aria-activedescendant={view.selected && grid.name === view.sheet ? `sheet-cell-${view.selected}` : undefined}
        onKeyDown={(e) => {
          if (!onSelect || !(e.key in MOVES)) return;
          const next = moveSelection(grid, view.selected, e.key, rows, cols);
          if (!next) return;
          e.preventDefault();
          onSelect(next);
        }}
        style={{ borderCollapse: "collapse", fontFamily: "system-ui, sans-serif" }}
        data-testid="sheet-grid"
        data-sheet={grid.name}
      >
        <thead>
          <tr>
            <th style={{ background: "#f3f3f3" }} />
            {Array.from({ length: cols }, (_, i) => (
              <th key={i} scope="col" style={{ background: "#f3f3f3", fontWeight: 400, color: "#666", position: "sticky", top: 0 }}>
                {colLetter(i + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}

