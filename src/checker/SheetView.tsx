import * as React from "react";
import type { Grid } from "../core/grid/grid";
import { a1, colLetter } from "../core/grid/a1";
import type { Finding } from "../core/rules";
import type { ViewState } from "../hosts/file/workbook-port";
import { showValue } from "../taskpane/components/common";

const SEV_COLOR = { error: "#d13438", warning: "#c19c00", info: "#0f6cbd" } as const;

/** The sheet as a table, findings marked at their cells, highlights and the selected cell shown. */
export function SheetView({ grid, findings, view, label }: { grid: Grid; findings: Finding[]; view: ViewState; label: string }) {
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
          rowSpan={m ? m.r2 - m.r1 + 1 : undefined}
          colSpan={m ? m.c2 - m.c1 + 1 : undefined}
          title={fs ? fs.map((f) => f.message).join("\n") : cell?.f ? "=" + cell.f : undefined}
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
          }}
        >
          {showValue(cell?.v ?? null)}
        </td>,
      );
    }
    body.push(<tr key={r}>{tds}</tr>);
  }
  return (
    <div ref={ref} style={{ overflow: "auto", maxHeight: "70vh", border: "1px solid #ccc" }} role="region" aria-label={label} tabIndex={0}>
      <table style={{ borderCollapse: "collapse", fontFamily: "system-ui, sans-serif" }} data-testid="sheet-grid" data-sheet={grid.name}>
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

