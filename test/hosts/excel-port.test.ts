/// <reference types="office-js" />
import { readFileSync } from "fs";
import { join } from "path";
import { ExcelPort } from "../../src/hosts/excel/excel-port";
import { parseAreas, readWorksheet } from "../../src/hosts/excel/read";
import { planFill, planRevert, contentAt } from "../../src/core/fill";
import { review } from "../../src/core/review";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { SETTINGS_KEY } from "../../src/hosts/port";
import { FakeCell, FakeContext, FakeWorkbookModel, fakeRun } from "./fake-excel";

function bigSheet(rows: number, cols = 12): (string | number | null)[][] {
  const out: (string | number | null)[][] = [["序号", "指标", "分值", "得分"]];
  for (let r = 1; r < rows; r++) {
    const row: (string | number | null)[] = [];
    for (let c = 0; c < cols; c++) row.push(c === 0 ? r : c === 1 ? `指标${r}` : (r * c) % 97);
    out.push(row);
  }
  return out;
}

describe("ExcelPort.readSheet: a constant number of syncs", () => {
  test.each([10, 1000, 10_000])("%i rows × 12 columns: 2 syncs", async (rows) => {
    const model = new FakeWorkbookModel();
    model.addSheet("S", bigSheet(rows));
    const f = fakeRun(model);
    const grid = await new ExcelPort(f.run).readSheet();
    expect(f.contexts).toHaveLength(1);
    expect(f.last().syncs).toBe(2);
    expect(grid.rowCount).toBe(rows);
    expect(grid.raw(rows, 2)).toBe(`指标${rows - 1}`);
    expect(grid.raw(rows, 12)).toBe(((rows - 1) * 11) % 97);
  });

  test("10 and 10,000 rows cost the same syncs, and large sheets are read in row blocks", async () => {
    const counts: number[] = [];
    const ranges: number[] = [];
    for (const rows of [10, 10_000]) {
      const model = new FakeWorkbookModel();
      model.addSheet("S", bigSheet(rows));
      const f = fakeRun(model);
      await new ExcelPort(f.run).readSheet("S");
      counts.push(f.last().syncs);
      ranges.push(f.last().rangesCreated);
    }
    expect(counts[0]).toBe(counts[1]);
    // 10,000 × 12 cells in blocks of ≤ 20,000 cells: 1 used range + 6 blocks (1,666 rows each)
    expect(ranges[1]).toBe(1 + Math.ceil(10_000 / Math.floor(20_000 / 12)));
    expect(ranges[0]).toBe(2);
  });

  test("a sheet above one sync's payload budget adds one sync per budget, and reads every cell", async () => {
    const model = new FakeWorkbookModel();
    model.addSheet("S", bigSheet(1000, 10));
    const ctx = new FakeContext(model);
    const grid = await readWorksheet(ctx as unknown as Excel.RequestContext, ctx.workbook.worksheets.getActiveWorksheet() as unknown as Excel.Worksheet, { syncCells: 3000, blockCells: 1000 });
    // 10,000 cells, 300 rows (3 blocks of 100) per sync → 4 reads of cells + 1 for the used range
    expect(ctx.syncs).toBe(1 + Math.ceil(10_000 / 3000));
    expect(ctx.cellsLoaded).toBe(10_000);
    for (const r of [1, 100, 101, 300, 301, 999, 1000]) expect(grid.raw(r, 1)).toBe(r === 1 ? "序号" : r - 1);
  });

  test("values, formulas, number formats, errors, blanks, merges and an offset used range", async () => {
    const model = new FakeWorkbookModel();
    const c = (x: FakeCell) => x;
    model.addSheet(
      "自评表",
      [
        [],
        [null, "项目名称", null, null],
        [null, 100, c({ value: 0.95, numFmt: "0.00%" }), c({ value: 95, formula: "=B3*C3" })],
        [null, c({ value: "#DIV/0!", error: true, formula: "=1/0" }), "", c({ value: "优", formula: '=PERF.GRADE(D3)' })],
      ],
      ["B2:D2"],
    );
    const f = fakeRun(model);
    const g = await new ExcelPort(f.run).readSheet();
    expect(g.name).toBe("自评表");
    expect(g.cell(1, 1)).toBeNull();
    expect(g.raw(2, 2)).toBe("项目名称");
    expect(g.value(2, 4)).toBe("项目名称"); // merge forward-fill
    expect(g.merges).toEqual([{ r1: 2, c1: 2, r2: 2, c2: 4 }]);
    expect(g.cell(3, 2)).toEqual({ v: 100 });
    expect(g.cell(3, 3)).toEqual({ v: 0.95, fmt: "0.00%" });
    expect(g.cell(3, 4)).toEqual({ v: 95, f: "B3*C3" });
    expect(g.cell(4, 2)).toEqual({ v: { error: "#DIV/0!" }, f: "1/0" });
    expect(g.cell(4, 3)).toBeNull();
    expect(g.cell(4, 5)).toBeNull();
    expect(g.formula(4, 4)).toBe("PERF.GRADE(D3)");
  });

  test("an empty sheet reads as an empty grid in one sync", async () => {
    const model = new FakeWorkbookModel();
    model.addSheet("空", []);
    const f = fakeRun(model);
    const g = await new ExcelPort(f.run).readSheet();
    expect(g.rowCount).toBe(0);
    expect(f.last().syncs).toBe(1);
  });

  test("parseAreas handles quoted sheet names with commas", () => {
    expect(parseAreas("'a, b'!A1:B2, 'a, b'!$C$3:$D$4")).toEqual([
      { r1: 1, c1: 1, r2: 2, c2: 2 },
      { r1: 3, c1: 3, r2: 4, c2: 4 },
    ]);
    expect(parseAreas("Sheet1!E5")).toEqual([{ r1: 5, c1: 5, r2: 5, c2: 5 }]);
    expect(parseAreas(null)).toEqual([]);
  });
});

/** Put an .xlsx sheet into the fake Excel, cell by cell. */
async function corpusModel(id: string) {
  const { sheets } = await readXlsx(readFileSync(join(__dirname, "../fixtures/corpus/cases", `${id}.xlsx`)));
  const g = sheets[0];
  const rows: (FakeCell | null)[][] = [];
  for (let r = 1; r <= g.rowCount; r++) {
    const row: (FakeCell | null)[] = [];
    for (let c = 1; c <= g.colCount; c++) {
      const cell = g.cell(r, c);
      row.push(cell ? { value: typeof cell.v === "object" && cell.v ? cell.v.error : (cell.v as string | number | null), ...(cell.fmt ? { numFmt: cell.fmt } : {}), ...(cell.f ? { formula: "=" + cell.f } : {}), ...(typeof cell.v === "object" && cell.v ? { error: true } : {}) } : null);
    }
    rows.push(row);
  }
  const model = new FakeWorkbookModel();
  model.addSheet(g.name.slice(0, 31), rows, g.merges.map((m) => `${String.fromCharCode(64 + m.c1)}${m.r1}:${String.fromCharCode(64 + m.c2)}${m.r2}`));
  return { model, fileGrid: g };
}

describe("ExcelPort on a corpus sheet (012)", () => {
  test("reading through the Excel host gives the same findings as reading the file", async () => {
    const { model, fileGrid } = await corpusModel("012");
    const f = fakeRun(model);
    const g = await new ExcelPort(f.run).readSheet();
    const fromExcel = review(g).findings.map((x) => `${x.rule}@${x.cell}`);
    expect(fromExcel).toEqual(review(fileGrid).findings.map((x) => `${x.rule}@${x.cell}`));
    expect(fromExcel).toEqual(expect.arrayContaining(["weight-sum-mismatch@B12", "weight-sum-mismatch@B18", "weight-sum-mismatch@E23", "total-mismatch@H23"]));
  });

  test.each(["perf", "values"] as const)("a %s fill is one sync; revert restores values, formulas and number formats exactly", async (mode) => {
    const { model } = await corpusModel("012");
    model.evaluate = () => null;
    const f = fakeRun(model);
    const port = new ExcelPort(f.run);
    const g0 = await port.readSheet();
    const r = review(g0);
    const plan = planFill(g0, r.fills, { mode, overwriteValues: true });
    expect(plan.edits.map((e) => e.cell)).toEqual(expect.arrayContaining(["F7", "H23"]));
    const before = f.contexts.length;
    await port.applyEdits(g0.name, plan.edits, { lastPlan: { [g0.name]: { sheet: g0.name, mode, appliedAt: "t", edits: plan.edits } } });
    expect(f.contexts.length).toBe(before + 1);
    expect(f.last().syncs).toBe(1);
    expect((await port.getSettings()).lastPlan?.[g0.name].edits).toHaveLength(plan.edits.length);
    const g1 = await port.readSheet();
    for (const e of plan.edits) {
      const now = contentAt(g1, e.cell);
      expect(now.formula).toBe(e.after.formula);
      expect(now.numFmt).toBe(e.after.numFmt);
      if (mode === "values") expect(now.value).toBe(e.after.value);
    }
    expect(contentAt(g1, "F7")).toEqual(mode === "values" ? { value: 1, formula: null, numFmt: "0.00%" } : { value: null, formula: "PERF.EXECRATE(D7,C7)", numFmt: "0.00%" });
    const rev = planRevert(g1, { sheet: g0.name, mode, appliedAt: "t", edits: plan.edits });
    expect(rev.conflicts).toEqual([]);
    await port.applyEdits(g0.name, rev.edits);
    const g2 = await port.readSheet();
    for (let row = 1; row <= g0.rowCount; row++) for (let c = 1; c <= g0.colCount; c++) expect(g2.cell(row, c)).toEqual(g0.cell(row, c));
  });
});

describe("ExcelPort: highlights, settings, selection", () => {
  test("highlights keep the user's fill colours and restore them (2 syncs to set, 2 to clear)", async () => {
    const model = new FakeWorkbookModel();
    model.addSheet("S", [[{ value: 1, fill: "#FFFF00" }, 2, 3]]);
    const f = fakeRun(model);
    const port = new ExcelPort(f.run);
    await port.setHighlights("S", ["A1", "B1"], "#FFC7CE");
    expect(f.last().syncs).toBe(2);
    const cells = model.sheets[0].cells;
    expect(cells.get("A1")!.fill).toBe("#FFC7CE");
    expect(cells.get("B1")!.fill).toBe("#FFC7CE");
    // highlighting again does not forget the user's colour
    await port.setHighlights("S", ["A1", "C1"], "#FFEB9C");
    expect(JSON.parse(model.settings.get(SETTINGS_KEY)!).highlights.S).toEqual([
      { cell: "A1", color: "#FFFF00" },
      { cell: "B1", color: null },
      { cell: "C1", color: null },
    ]);
    await port.clearHighlights("S");
    expect(f.last().syncs).toBe(2);
    expect(cells.get("A1")!.fill).toBe("#FFFF00");
    expect(cells.get("B1")!.fill).toBeNull();
    expect(cells.get("C1")!.fill).toBeNull();
    expect(JSON.parse(model.settings.get(SETTINGS_KEY)!).highlights).toEqual({});
  });

  test("settings are merged and stored in the workbook", async () => {
    const model = new FakeWorkbookModel();
    model.addSheet("S", [[1]]);
    const port = new ExcelPort(fakeRun(model).run);
    expect(await port.getSettings()).toEqual({});
    await port.setSettings({ profile: { builtin: "sichuan" } });
    await port.setSettings({ ignores: [{ sheet: "S", rule: "missing-reason", cell: "J16", reason: "已说明", at: "t" }] });
    const s = await port.getSettings();
    expect(s.profile).toEqual({ builtin: "sichuan" });
    expect(s.ignores?.[0].cell).toBe("J16");
    model.settings.set(SETTINGS_KEY, "{not json");
    expect(await port.getSettings()).toEqual({});
  });

  test("select a cell, read the selection, list sheets", async () => {
    const model = new FakeWorkbookModel();
    model.addSheet("A", [[1]]);
    model.addSheet("B", [[1]]);
    model.addSheet("隐藏", [[1]]).visibility = "VeryHidden";
    const port = new ExcelPort(fakeRun(model).run);
    expect(await port.listSheets()).toEqual(["A", "B"]);
    await port.selectCell("B", "H23");
    expect(model.selected).toEqual({ sheet: "B", cell: "H23" });
    expect(model.active).toBe(1);
    expect(await port.activeSheet()).toBe("B");
    expect(await port.selectedCell()).toEqual({ sheet: "B", cell: "H23" });
  });

  test("sheet changes and activations are reported; unsubscribing removes the handlers", async () => {
    const model = new FakeWorkbookModel();
    model.addSheet("A", [[1]]);
    model.addSheet("B", [[1]]);
    (globalThis as unknown as { Excel: unknown }).Excel = { run: async (c: unknown, b: (ctx: { sync(): Promise<void> }) => Promise<void>) => b({ sync: async () => undefined }) };
    const port = new ExcelPort(fakeRun(model).run);
    const seen: string[] = [];
    const off = port.onSheetChanged((c) => seen.push(`${c.sheet}:${c.address ?? ""}`));
    await new Promise((r) => setTimeout(r, 0));
    model.fire("changed", { worksheetId: "id-A", address: "H23" });
    model.fire("activated", { worksheetId: "id-B" });
    expect(seen).toEqual(["A:H23", "B:"]);
    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(model.handlers).toHaveLength(0);
    delete (globalThis as unknown as { Excel?: unknown }).Excel;
  });
});

describe("ExcelPort.onSelectionChanged", () => {
  const tick = () => new Promise((r) => setTimeout(r, 0));
  beforeEach(() => {
    (globalThis as unknown as { Excel: unknown }).Excel = { run: async (c: unknown, b: (ctx: { sync(): Promise<void> }) => Promise<void>) => b({ sync: async () => undefined }) };
  });
  afterEach(() => {
    delete (globalThis as unknown as { Excel?: unknown }).Excel;
  });

  function workbookWith(sheets: number) {
    const model = new FakeWorkbookModel();
    for (let i = 0; i < sheets; i++) model.addSheet(`S${i}`, [[1]]);
    return model;
  }

  test.each([1, 40])("worksheet events (ExcelApi 1.9), %i sheets: 2 syncs to subscribe, none per selection", async (n) => {
    const model = workbookWith(n);
    const f = fakeRun(model);
    const port = new ExcelPort(f.run, "worksheets");
    const seen: string[] = [];
    const off = port.onSelectionChanged((s) => seen.push(`${s.sheet}!${s.cell}`));
    await tick();
    expect(f.contexts).toHaveLength(1);
    expect(f.last().syncs).toBe(2);
    expect(model.handlers.map((h) => h.kind)).toEqual(["worksheet-selection"]);
    model.userSelects("S0", "H23");
    model.userSelects(`S${n - 1}`, "$B$3:$C$4");
    await tick();
    expect(seen).toEqual(["S0!H23", `S${n - 1}!B3`]);
    expect(f.contexts).toHaveLength(1);
    off();
    await tick();
    expect(model.handlers).toHaveLength(0);
    model.userSelects("S0", "A1");
    await tick();
    expect(seen).toHaveLength(2);
  });

  test("a sheet added after subscribing is named in one sync", async () => {
    const model = workbookWith(1);
    const f = fakeRun(model);
    const port = new ExcelPort(f.run, "worksheets");
    const seen: string[] = [];
    port.onSelectionChanged((s) => seen.push(`${s.sheet}!${s.cell}`));
    await tick();
    model.addSheet("新表", [[1]]);
    model.userSelects("新表", "C5");
    await tick();
    expect(seen).toEqual(["新表!C5"]);
    expect(f.contexts).toHaveLength(2);
    expect(f.last().syncs).toBe(1);
    model.userSelects("新表", "D6");
    await tick();
    expect(f.contexts).toHaveLength(2);
  });

  test("older hosts: the workbook's event, and one sync per selection to read it", async () => {
    const model = workbookWith(3);
    const f = fakeRun(model);
    const port = new ExcelPort(f.run, "workbook");
    const seen: string[] = [];
    const off = port.onSelectionChanged((s) => seen.push(`${s.sheet}!${s.cell}`));
    await tick();
    expect(f.last().syncs).toBe(2);
    expect(model.handlers.map((h) => h.kind)).toEqual(["workbook-selection"]);
    model.userSelects("S2", "F7");
    await tick();
    expect(seen).toEqual(["S2!F7"]);
    expect(f.contexts).toHaveLength(2);
    expect(f.last().syncs).toBe(1);
    off();
    await tick();
    expect(model.handlers).toHaveLength(0);
  });

  test("sheet-change and selection subscriptions share the plumbing and unsubscribe independently", async () => {
    const model = workbookWith(2);
    const port = new ExcelPort(fakeRun(model).run, "worksheets");
    const changes: string[] = [];
    const sels: string[] = [];
    const offA = port.onSheetChanged((c) => changes.push(c.sheet));
    const offB = port.onSelectionChanged((s) => sels.push(s.cell));
    await tick();
    offA();
    await tick();
    expect(model.handlers.map((h) => h.kind)).toEqual(["worksheet-selection"]);
    model.userSelects("S1", "A2");
    model.fire("changed", { worksheetId: "id-S1", address: "A2" });
    await tick();
    expect(sels).toEqual(["A2"]);
    expect(changes).toEqual([]);
    offB();
  });
});
