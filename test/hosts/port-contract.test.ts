/**
 * ONE contract for every WorkbookPort: the same corpus workbook goes into each host — the .xlsx file host, the
 * Excel host over its fake (test/hosts/fake-excel.ts) and the WPS host over its fake (test/hosts/fake-et.ts) —
 * and the same things must come out: the same Grid (values, formulas, number formats, merges), the same
 * findings, the same effects of a plain-formula fill, an exact Revert, highlights that give the user's own
 * fills back, settings that round-trip, and the selection.
 *
 * The fakes are loaded from the corpus file through readXlsx (the file host's reader), cell by cell.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { FileWorkbookPort } from "../../src/hosts/file/workbook-port";
import { ExcelPort } from "../../src/hosts/excel/excel-port";
import { WpsWorkbookPort } from "../../src/hosts/wps/wps-port";
import { bgrToHex, hexToBgr } from "../../src/hosts/wps/et";
import type { WorkbookPort } from "../../src/hosts/port";
import type { Grid } from "../../src/core/grid/grid";
import { a1, rangeA1 } from "../../src/core/grid/a1";
import { review } from "../../src/core/review";
import { contentAt, planFill, planRevert, plainFillBuilder } from "../../src/core/fill";
import { FakeCell, FakeWorkbookModel, fakeRun } from "./fake-excel";
import { fakeEtFromGrid } from "./fake-et";

const CASES = ["011", "012"];
const bytes = (id: string) => readFileSync(join(__dirname, "../fixtures/corpus/cases", `${id}.xlsx`));

/** A host under contract: its port, and how to see and set a cell's fill colour (the user's or a highlight). */
interface Host {
  port: WorkbookPort;
  /** the fill the user sees at a cell ("#RRGGBB"), null for none */
  fillAt(sheet: string, cell: string): string | null;
  /** the user fills a cell with a colour (test set-up) */
  userFill(sheet: string, cell: string, color: string): void;
}

type HostName = "file" | "excel" | "wps";

function excelFakeFrom(g: Grid): FakeWorkbookModel {
  const rows: (FakeCell | null)[][] = [];
  for (let r = 1; r <= g.rowCount; r++) {
    const row: (FakeCell | null)[] = [];
    for (let c = 1; c <= g.colCount; c++) {
      const cell = g.cell(r, c);
      const err = !!cell && typeof cell.v === "object" && cell.v !== null;
      row.push(
        cell
          ? {
              value: err ? (cell.v as { error: string }).error : (cell.v as string | number | null),
              ...(cell.fmt ? { numFmt: cell.fmt } : {}),
              ...(cell.f ? { formula: "=" + cell.f } : {}),
              ...(err ? { error: true } : {}),
            }
          : null,
      );
    }
    rows.push(row);
  }
  const model = new FakeWorkbookModel();
  model.addSheet(g.name, rows, g.merges.map(rangeA1));
  return model;
}

const HOSTS: Record<HostName, (id: string) => Promise<Host>> = {
  async file(id) {
    const port = await FileWorkbookPort.open(new Uint8Array(bytes(id)), `${id}.xlsx`);
    // the file host marks highlights in the checker's grid view and never touches the file's own fills (its
    // writer patches only planned cells): the user's fill is what the user gave the cell
    const userFills = new Map<string, string>();
    return {
      port,
      fillAt: (sheet, cell) => port.viewState().highlights[sheet]?.[cell]?.toUpperCase() ?? userFills.get(`${sheet}!${cell}`) ?? null,
      userFill: (sheet, cell, color) => void userFills.set(`${sheet}!${cell}`, color),
    };
  },
  async excel(id) {
    const g = (await readXlsx(bytes(id))).sheets[0];
    const model = excelFakeFrom(g);
    const port = new ExcelPort(fakeRun(model).run, "worksheets");
    const cellOf = (sheet: string, cell: string) => model.sheets.find((s) => s.name === sheet)!.cells;
    return {
      port,
      fillAt: (sheet, cell) => cellOf(sheet, cell).get(cell)?.fill?.toUpperCase() ?? null,
      userFill(sheet, cell, color) {
        const cells = cellOf(sheet, cell);
        cells.set(cell, { ...(cells.get(cell) ?? { value: null }), fill: color });
      },
    };
  },
  async wps(id) {
    const g = (await readXlsx(bytes(id))).sheets[0];
    const model = fakeEtFromGrid(g);
    const port = new WpsWorkbookPort(model.application());
    return {
      port,
      fillAt(sheet, cell) {
        const f = model.sheet(sheet).cell(cell)?.fill;
        return f === undefined || f === null ? null : bgrToHex(f);
      },
      userFill: (sheet, cell, color) => void (model.sheet(sheet).ensure(cell).fill = hexToBgr(color)),
    };
  },
};

/** Every cell of a grid, merges included, as comparable text. */
function cellsOf(g: Grid): Map<string, string> {
  const out = new Map<string, string>();
  for (let r = 1; r <= g.rowCount; r++)
    for (let c = 1; c <= g.colCount; c++) {
      const cell = g.cell(r, c);
      if (cell) out.set(a1(r, c), JSON.stringify(cell));
    }
  return out;
}
const mergesOf = (g: Grid) => g.merges.map(rangeA1).sort();

describe.each(CASES)("corpus %s", (id) => {
  let reference: Grid;
  beforeAll(async () => {
    reference = (await readXlsx(bytes(id))).sheets[0];
  });

  describe.each(Object.keys(HOSTS) as HostName[])("%s host", (hostName) => {
    let host: Host;
    let sheet: string;
    beforeEach(async () => {
      host = await HOSTS[hostName](id);
      sheet = await host.port.activeSheet();
    });

    test("reads the same grid: values, formulas, number formats, merges", async () => {
      const g = await host.port.readSheet();
      expect(sheet).toBe(reference.name);
      expect(await host.port.listSheets()).toContain(reference.name);
      expect(cellsOf(g)).toEqual(cellsOf(reference));
      expect(mergesOf(g)).toEqual(mergesOf(reference));
    });

    test("gives the same findings at the same cells", async () => {
      const g = await host.port.readSheet();
      const got = review(g).findings.map((f) => `${f.rule}@${f.cell}:${f.severity}`);
      expect(got).toEqual(review(reference).findings.map((f) => `${f.rule}@${f.cell}:${f.severity}`));
      expect(got.length).toBeGreaterThan(0);
    });

    test("a plain-formula fill changes exactly the planned cells; Revert restores the sheet exactly", async () => {
      const g0 = await host.port.readSheet();
      const r = review(g0);
      const plan = planFill(g0, r.fills, { mode: "plain", overwriteValues: true, plainFormula: plainFillBuilder(g0, r.profile) });
      expect(plan.edits.length).toBeGreaterThan(0);
      await host.port.applyEdits(sheet, plan.edits, { lastPlan: { [sheet]: { sheet, mode: "plain", appliedAt: "t", edits: plan.edits } } });
      const g1 = await host.port.readSheet();
      for (const e of plan.edits) {
        const now = contentAt(g1, e.cell);
        expect([e.cell, now.formula, now.numFmt]).toEqual([e.cell, e.after.formula, e.after.numFmt]);
        if (!e.after.formula) expect([e.cell, now.value]).toEqual([e.cell, e.after.value]);
      }
      const planned = new Set(plan.edits.map((e) => e.cell));
      const before = cellsOf(g0);
      const after = cellsOf(g1);
      for (const [k, v] of before) if (!planned.has(k)) expect([k, after.get(k)]).toEqual([k, v]);
      for (const k of after.keys()) if (!planned.has(k)) expect([k, before.has(k)]).toEqual([k, true]);
      expect(mergesOf(g1)).toEqual(mergesOf(g0));

      const applied = (await host.port.getSettings()).lastPlan?.[sheet];
      expect(applied?.edits).toHaveLength(plan.edits.length);
      const rev = planRevert(g1, applied!);
      expect(rev.conflicts).toEqual([]);
      await host.port.applyEdits(sheet, rev.edits);
      const g2 = await host.port.readSheet();
      expect(cellsOf(g2)).toEqual(cellsOf(g0));
      expect(mergesOf(g2)).toEqual(mergesOf(g0));
    });

    test("highlights show over the user's fills and clearing gives the user's fills back", async () => {
      const [x, y] = review(reference).findings.map((f) => f.cell);
      const other = "A1";
      host.userFill(sheet, x, "#FFFF00");
      await host.port.setHighlights(sheet, [x, y], "#FFC7CE");
      expect([host.fillAt(sheet, x), host.fillAt(sheet, y), host.fillAt(sheet, other)]).toEqual(["#FFC7CE", "#FFC7CE", null]);
      await host.port.setHighlights(sheet, [x], "#FFEB9C");
      expect(host.fillAt(sheet, x)).toBe("#FFEB9C");
      await host.port.clearHighlights(sheet);
      expect([host.fillAt(sheet, x), host.fillAt(sheet, y), host.fillAt(sheet, other)]).toEqual(["#FFFF00", null, null]);
    });

    test("settings round-trip and merge patches", async () => {
      expect((await host.port.getSettings()).profile).toBeUndefined();
      await host.port.setSettings({ profile: { builtin: "sichuan" } });
      await host.port.setSettings({ ignores: [{ sheet, rule: "missing-reason", cell: "J16", reason: "已说明", at: "2026-11-30T00:00:00Z" }] });
      const s = await host.port.getSettings();
      expect(s.profile).toEqual({ builtin: "sichuan" });
      expect(s.ignores).toEqual([{ sheet, rule: "missing-reason", cell: "J16", reason: "已说明", at: "2026-11-30T00:00:00Z" }]);
      expect(await host.port.listSheets()).toEqual([reference.name]);
    });

    test("selects a cell and reports it as selected", async () => {
      await host.port.selectCell(sheet, "H23");
      expect(await host.port.selectedCell!()).toEqual({ sheet, cell: "H23" });
    });
  });
});
