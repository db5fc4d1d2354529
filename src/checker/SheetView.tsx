import * as React from "react";
import type { Grid } from "../core/grid/grid";
import { a1, colLetter, parseA1 } from "../core/grid/a1";
import type { Finding, Severity } from "../core/rules";
import type { ViewState } from "../hosts/file/workbook-port";
import { showValue } from "../taskpane/components/common";
import { mergeClasses } from "@fluentui/react-components";
import { SEVERITY_MARK } from "./marks";
import { COL_W, HEAD_W, ROW_H, useCheckerStyles } from "./styles";
export { SEVERITY_MARK };

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** Fixed sizes (in ./styles) make the window computable from the scroll position alone. */
export { COL_W, ROW_H };
const OVERSCAN_ROWS = 8;
const OVERSCAN_COLS = 2;

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

/** The rows and columns to render for a scroll position and viewport (1-based, inclusive). */
export function visibleWindow(
  scroll: { top: number; left: number },
  viewport: { height: number; width: number },
  size: { rows: number; cols: number },
): { r0: number; r1: number; c0: number; c1: number } {
  const r0 = Math.max(1, Math.floor(scroll.top / ROW_H) + 1 - OVERSCAN_ROWS);
  const r1 = Math.min(size.rows, Math.ceil((scroll.top + viewport.height) / ROW_H) + OVERSCAN_ROWS);
  const c0 = Math.max(1, Math.floor(Math.max(0, scroll.left - HEAD_W) / COL_W) + 1 - OVERSCAN_COLS);
  const c1 = Math.min(size.cols, Math.ceil((scroll.left + viewport.width) / COL_W) + OVERSCAN_COLS);
  return { r0, r1: Math.max(r0, r1), c0, c1: Math.max(c0, c1) };
}

type Cls = ReturnType<typeof useCheckerStyles>;
const SEV_CLASS: Record<Severity, (c: Cls) => string> = { error: (c) => c.sevError, warning: (c) => c.sevWarning, info: (c) => c.sevInfo };
const CELL_CLASS: Record<Severity, (c: Cls) => string> = { error: (c) => c.cellError, warning: (c) => c.cellWarning, info: (c) => c.cellInfo };

function worst(fs: Finding[]): Severity {
  return fs.some((f) => f.severity === "error") ? "error" : fs.some((f) => f.severity === "warning") ? "warning" : "info";
}

/** What the markers mean: one glyph and colour per severity, and the selection. */
export function SheetLegend({ lang = "zh-CN" }: { lang?: "zh-CN" | "en-US" }) {
  const cls = useCheckerStyles();
  const en = lang === "en-US";
  return (
    <ul data-testid="sheet-legend" aria-label={en ? "Legend" : "图例"} className={cls.legend}>
      {(Object.keys(SEVERITY_MARK) as Severity[]).map((s) => (
        <li key={s}>
          <span aria-hidden className={mergeClasses(cls.legendSwatch, SEV_CLASS[s](cls), s === "info" && cls.legendInfo)}>
            {SEVERITY_MARK[s].glyph}
          </span>
          {en ? SEVERITY_MARK[s].en : SEVERITY_MARK[s].zh}
        </li>
      ))}
      <li>
        <span aria-hidden className={cls.selectionSwatch} />
        {en ? "Selected cell" : "选中的单元格"}
      </li>
    </ul>
  );
}

/**
 * The sheet as a table, findings marked at their cells (colour, glyph and an accessible name), highlights and the
 * selected cell shown. Only the rows and columns in view are rendered (fixed row height and column width), so a
 * sheet of any size scrolls and a finding at row 3,006 is reached by selecting it. A click selects a cell; with the
 * grid focused, the arrow keys move the selection (`onSelect` tells the host).
 */
export function SheetView({ grid, findings, view, label, lang = "zh-CN", onSelect }: { grid: Grid; findings: Finding[]; view: ViewState; label: string; lang?: "zh-CN" | "en-US"; onSelect?: (cell: string) => void }) {
  const cls = useCheckerStyles();
  const en = lang === "en-US";
  const marks = React.useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of findings) m.set(f.cell, [...(m.get(f.cell) ?? []), f]);
    return m;
  }, [findings]);
  const highlights = view.highlights[grid.name] ?? {};
  const ref = React.useRef<HTMLDivElement>(null);
  const rows = Math.max(grid.rowCount, 1);
  const cols = Math.max(grid.colCount, 1);
  const [scroll, setScroll] = React.useState({ top: 0, left: 0 });
  const [viewport, setViewport] = React.useState({ height: 600, width: 1200 });
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      // jsdom has no layout: keep the default viewport there
      if (el.clientHeight > 0 && el.clientWidth > 0) setViewport({ height: el.clientHeight, width: el.clientWidth });
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // bring the selected cell into the window: scroll so it sits in the middle
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!view.selected || !el || view.sheet !== grid.name) return;
    const p = parseA1(view.selected);
    const top = (p.row - 1) * ROW_H;
    const left = HEAD_W + (p.col - 1) * COL_W;
    const vh = el.clientHeight || viewport.height;
    const vw = el.clientWidth || viewport.width;
    const next = { top: el.scrollTop, left: el.scrollLeft };
    if (top < el.scrollTop || top + ROW_H * 2 > el.scrollTop + vh) next.top = Math.max(0, top - vh / 2);
    if (left < el.scrollLeft + HEAD_W || left + COL_W > el.scrollLeft + vw) next.left = Math.max(0, left - vw / 2);
    el.scrollTop = next.top;
    el.scrollLeft = next.left;
    setScroll(next);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.selected, view.version, grid.name]);

  const win = visibleWindow(scroll, viewport, { rows, cols });
  const body: React.ReactNode[] = [];
  const spacer = (key: string, h: number) =>
    h > 0 ? (
      <tr key={key} aria-hidden style={{ height: h }}>
        <td colSpan={win.c1 - win.c0 + 3} className={cls.spacerCell} />
      </tr>
    ) : null;
  body.push(spacer("above", (win.r0 - 1) * ROW_H));
  for (let r = win.r0; r <= win.r1; r++) {
    const tds: React.ReactNode[] = [
      <th key="h" scope="row" className={cls.rowHead}>
        {r}
      </th>,
    ];
    if (win.c0 > 1) tds.push(<td key="left" aria-hidden className={cls.spacerCell} style={{ width: (win.c0 - 1) * COL_W, minWidth: (win.c0 - 1) * COL_W }} />);
    for (let c = win.c0; c <= win.c1; c++) {
      const m = grid.mergeAt(r, c);
      // a merged area is drawn once, from its top-left cell or from the window's edge when that cell is out of view
      const er = m ? Math.max(m.r1, win.r0) : r;
      const ec = m ? Math.max(m.c1, win.c0) : c;
      if (m && (er !== r || ec !== c)) continue;
      const addr = m ? a1(m.r1, m.c1) : a1(r, c);
      const fs = marks.get(addr);
      const sev = fs ? worst(fs) : null;
      const cell = m ? grid.cell(m.r1, m.c1) : grid.cell(r, c);
      const shown = showValue(cell?.v ?? null, cell?.fmt);
      const selected = view.selected === addr;
      const messages = fs ? fs.map((f) => (en && f.messageEn ? f.messageEn : f.message)) : [];
      const rowSpan = m ? Math.min(m.r2, win.r1) - er + 1 : 1;
      const colSpan = m ? Math.min(m.c2, win.c1) - ec + 1 : 1;
      tds.push(
        <td
          key={c}
          data-cell={addr}
          data-finding-cell={fs ? fs.map((f) => f.rule).join(" ") : undefined}
          data-severity={sev ?? undefined}
          data-selected={selected ? "true" : undefined}
          id={`sheet-cell-${addr}`}
          aria-selected={selected}
          aria-label={fs ? `${fs.map((f) => `${SEVERITY_MARK[f.severity][en ? "en" : "zh"]}${en ? ": " : "："}${en && f.messageEn ? f.messageEn : f.message}`).join(en ? "; " : "；")}${shown ? (en ? ` (cell shows ${shown})` : `（单元格内容：${shown}）`) : ""}` : undefined}
          onClick={onSelect ? () => onSelect(addr) : undefined}
          rowSpan={rowSpan > 1 ? rowSpan : undefined}
          colSpan={colSpan > 1 ? colSpan : undefined}
          title={fs ? messages.join("\n") : cell?.f ? "=" + cell.f : undefined}
          className={mergeClasses(cls.cell, onSelect && cls.cellPick, selected ? cls.cellSelected : sev ? CELL_CLASS[sev](cls) : undefined)}
          // a merged cell's width and the user's own fill come from the data
          style={{ width: COL_W * colSpan, maxWidth: COL_W * colSpan, background: highlights[addr] ?? undefined }}
        >
          {sev && (
            <span aria-hidden className={mergeClasses(cls.glyph, SEV_CLASS[sev](cls))}>
              {SEVERITY_MARK[sev].glyph}
            </span>
          )}
          {shown}
        </td>,
      );
    }
    body.push(
      <tr key={r} className={cls.gridRow}>
        {tds}
      </tr>,
    );
  }
  body.push(spacer("below", (rows - win.r1) * ROW_H));
  const rightPad = (cols - win.c1) * COL_W;
  return (
    <div>
      <SheetLegend lang={lang} />
      <div
        ref={ref}
        className={cls.sheetScroll}
        role="region"
        aria-label={label}
        data-testid="sheet-scroll"
        onScroll={(e) => {
          const el = e.currentTarget;
          setScroll({ top: el.scrollTop, left: el.scrollLeft });
        }}
      >
        <table
          role="grid"
          aria-label={label}
          aria-readonly
          aria-rowcount={rows + 1}
          aria-colcount={cols + 1}
          tabIndex={0}
          aria-activedescendant={view.selected && grid.name === view.sheet ? `sheet-cell-${view.selected}` : undefined}
          onKeyDown={(e) => {
            if (!onSelect || !(e.key in MOVES)) return;
            const next = moveSelection(grid, view.selected, e.key, rows, cols);
            if (!next) return;
            e.preventDefault();
            onSelect(next);
          }}
          className={cls.grid}
          style={{ width: HEAD_W + cols * COL_W }}
          data-testid="sheet-grid"
          data-sheet={grid.name}
        >
          <thead>
            <tr className={cls.gridRow}>
              <th className={cls.corner} />
              {win.c0 > 1 && <th aria-hidden className={cls.spacerCell} style={{ width: (win.c0 - 1) * COL_W }} />}
              {Array.from({ length: win.c1 - win.c0 + 1 }, (_, i) => (
                <th key={i} scope="col" className={cls.colHead}>
                  {colLetter(win.c0 + i)}
                </th>
              ))}
              {rightPad > 0 && <th aria-hidden className={cls.spacerCell} style={{ width: rightPad }} />}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
    </div>
  );
}
