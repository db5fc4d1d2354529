/** @jest-environment jsdom */
import "../taskpane/setup";
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { Grid } from "../../src/core/grid/grid";
import { ROW_H, COL_W, SEVERITY_MARK, SheetView, visibleWindow } from "../../src/checker/SheetView";
import type { ViewState } from "../../src/hosts/file/workbook-port";

// 3,100 rows × 50 columns: "r{row}c{col}" in every 7th cell, a merged area across rows 3000–3030 in column B
const big = new Grid({
  name: "长表",
  cells: Array.from({ length: 3100 }, (_, r) => Array.from({ length: 50 }, (_, c) => ((r + c) % 7 === 0 ? { v: `r${r + 1}c${c + 1}` } : null))),
  merges: [{ r1: 3000, c1: 2, r2: 3030, c2: 2 }],
});
const view = (selected: string | null): ViewState => ({ sheet: "长表", selected, highlights: {}, version: 1 });

describe("the sheet view renders only its window", () => {
  test("window from the scroll position: 600 px high at the top shows rows 1..33 (25 in view + 8 overscan)", () => {
    expect(visibleWindow({ top: 0, left: 0 }, { height: 600, width: 1200 }, { rows: 3100, cols: 50 })).toEqual({ r0: 1, r1: 600 / ROW_H + 8, c0: 1, c1: Math.ceil(1200 / COL_W) + 2 });
    // scrolled to row 3,001: rows 2,993 .. 3,033
    const w = visibleWindow({ top: 3000 * ROW_H, left: 0 }, { height: 600, width: 1200 }, { rows: 3100, cols: 50 });
    expect([w.r0, w.r1]).toEqual([3001 - 8, 3000 + 25 + 8]);
  });

  test("a finding at row 3,006, column AP is reached by selecting it; rows far above are not in the DOM", () => {
    const finding = { rule: "total-mismatch", severity: "error" as const, cell: "AP3006", message: "合计 5，与明细之和 6 不符" };
    render(<SheetView grid={big} findings={[finding]} view={view("AP3006")} label="工作表" />);
    const cell = document.querySelector('[data-cell="AP3006"]')!;
    expect(cell).toHaveAttribute("data-selected", "true");
    expect(cell).toHaveAttribute("aria-label", "错误：合计 5，与明细之和 6 不符");
    expect(cell.textContent).toContain(SEVERITY_MARK.error.glyph);
    expect(document.querySelector('[data-cell="A1"]')).toBeNull();
    expect(document.querySelectorAll("tbody tr").length).toBeLessThan(60);
  });

  test("a merged area starting above the window's top edge is drawn once, under its own address", () => {
    render(<SheetView grid={big} findings={[]} view={view("C3040")} label="工作表" />);
    expect(document.querySelector('[data-cell="C3010"]')).toBeNull(); // above the window
    expect(document.querySelectorAll('[data-cell="B3000"]').length).toBe(1);
    expect(document.querySelector('[data-cell="B3000"]')!.getAttribute("rowspan")).toBeTruthy();
  });

  test("severity is announced and shown by glyph, not colour alone; info is not the selection blue; a legend explains it", () => {
    const grid = new Grid({ name: "S", cells: [[{ v: 1 }, { v: 2 }, { v: 3 }]], merges: [] });
    const findings = [
      { rule: "a", severity: "warning" as const, cell: "A1", message: "警告内容", messageEn: "warned" },
      { rule: "b", severity: "info" as const, cell: "B1", message: "提示内容", messageEn: "noted" },
    ];
    render(<SheetView grid={grid} findings={findings} view={{ sheet: "S", selected: null, highlights: {}, version: 1 }} label="x" lang="en-US" />);
    expect(document.querySelector('[data-cell="A1"]')).toHaveAttribute("aria-label", "Warning: warned (cell shows 1)");
    expect(document.querySelector('[data-cell="B1"]')!.textContent).toBe(SEVERITY_MARK.info.glyph + "2");
    expect(SEVERITY_MARK.info.color.toLowerCase()).not.toBe("#0f6cbd");
    const legend = screen.getByTestId("sheet-legend");
    for (const w of ["Error", "Warning", "Info", "Selected cell"]) expect(legend).toHaveTextContent(w);
  });
});
