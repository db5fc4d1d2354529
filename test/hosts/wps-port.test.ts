import { readFileSync } from "fs";
import { join } from "path";
import { WpsWorkbookPort, SETTINGS_SHEET, Clock } from "../../src/hosts/wps/wps-port";
import { Et, EtError, bgrToHex, hexToBgr, versionAtLeast, findEtApplication } from "../../src/hosts/wps/et";
import { BLOCK_ROWS } from "../../src/hosts/wps/read";
import { planFill, planRevert, plainFillBuilder } from "../../src/core/fill";
import type { Edit } from "../../src/core/fill";
import { review } from "../../src/core/review";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { FakeEtModel, FakeEtCell, fakeEtFromGrid } from "./fake-et";

const corpus = async (id: string) => (await readXlsx(readFileSync(join(__dirname, "../fixtures/corpus/cases", `${id}.xlsx`)))).sheets[0];

/** A clock the test advances by hand. */
function manualClock(): Clock & { tick(): void; timers: number } {
  const fns = new Set<() => void>();
  return {
    every(_ms, fn) {
      fns.add(fn);
      return () => fns.delete(fn);
    },
    tick() {
      for (const f of [...fns]) f();
    },
    get timers() {
      return fns.size;
    },
  };
}

describe("the fake ET application reproduces WPS's quirks", () => {
  test("1-based Item, scalar Value2 for one cell, 2-D otherwise, undefined for unknown members, counted calls", () => {
    const m = new FakeEtModel();
    m.addSheet("A", [[1, 2], [3, "x"]]);
    m.addSheet("B");
    const app = m.application() as Record<string, any>;
    const sheets = app.ActiveWorkbook.Sheets;
    expect(sheets.Item(1).Name).toBe("A");
    expect(sheets.Item(2).Name).toBe("B");
    expect(() => sheets.Item(0)).toThrow(/下标越界/);
    const ws = sheets.Item("A");
    expect(ws.Range("B2").Value2).toBe("x");
    expect(ws.Range("A1:B2").Value2).toEqual([[1, 2], [3, "x"]]);
    expect(ws.Range("A1").Vaule2).toBeUndefined();
    expect(m.unknownMembers).toEqual(["Vaule2"]);
    m.resetCalls();
    void ws.Range("A1").Value2; // Range + Value2
    expect(m.calls).toBe(2);
  });

  test("Address is a property or a method depending on the build; the wrapper reads both", () => {
    for (const addressAsMethod of [false, true]) {
      const m = new FakeEtModel({ addressAsMethod });
      m.addSheet("S", [[1]]);
      const app = m.application();
      const r = (app as any).ActiveSheet.Range("B3:C4");
      expect(typeof r.Address).toBe(addressAsMethod ? "function" : "string");
      expect(new Et(app).get(r, "Address")).toBe("$B$3:$C$4");
    }
  });

  test("BGR colours: #FF0000 (red) is 255, #0000FF (blue) is 16711680", () => {
    expect(hexToBgr("#FF0000")).toBe(255);
    expect(hexToBgr("#0000FF")).toBe(16711680);
    expect(hexToBgr("#FFC7CE")).toBe(0xce * 65536 + 0xc7 * 256 + 0xff);
    expect(bgrToHex(65535)).toBe("#FFFF00");
  });
});

describe("Et: one wrapper for every call", () => {
  test("a missing member is a clear error naming it; alternative spellings are tried in order", () => {
    for (const spelling of ["CreateTaskPane", "CreateTaskpane"] as const) {
      const m = new FakeEtModel({ taskPaneSpelling: spelling });
      m.addSheet("S");
      const et = new Et(m.application());
      const pane = et.call<{ ID: number }>(et.app, ["CreateTaskPane", "CreateTaskpane"], ["taskpane.html"], "Application");
      expect(pane.ID).toBe(1);
      expect(m.taskPanes[0].url).toBe("taskpane.html");
    }
    const m = new FakeEtModel();
    m.addSheet("S");
    const et = new Et(m.application());
    expect(() => et.get(et.app, "ActivSheet", "Application")).toThrow(EtError);
    expect(() => et.get(et.app, "ActivSheet", "Application")).toThrow(/ActivSheet/);
    expect(() => et.set(et.get(et.app, "ActiveSheet"), "Nmae", "x", "Worksheet")).toThrow(/Nmae/);
  });

  test("the wrapper's count equals the fake's count of cross-process calls", async () => {
    const m = new FakeEtModel();
    m.addSheet("S", bigRows(1200));
    const port = new WpsWorkbookPort(m.application());
    m.resetCalls();
    const before = port.et.calls;
    await port.readSheet();
    expect(port.et.calls - before).toBe(m.calls);
  });

  test("versions: custom functions need 12.1.0.20540", () => {
    expect(versionAtLeast("12.1.0.20540", "12.1.0.20540")).toBe(true);
    expect(versionAtLeast("12.1.0.21915", "12.1.0.20540")).toBe(true);
    expect(versionAtLeast("12.1.0.16910", "12.1.0.20540")).toBe(false);
    expect(versionAtLeast("11.8.2.12085", "12.1.0.20540")).toBe(false);
    expect(versionAtLeast(undefined, "12.1.0.20540")).toBe(false);
  });

  test("findEtApplication: wps.EtApplication() first, then window.Application", () => {
    const a = { ActiveWorkbook: 1 };
    const b = { ActiveWorkbook: 2 };
    expect(findEtApplication({ wps: { EtApplication: () => a }, Application: b })).toBe(a);
    expect(findEtApplication({ Application: b })).toBe(b);
    expect(findEtApplication({ wps: { EtApplication: () => { throw new Error("x"); } }, Application: b })).toBe(b);
    expect(findEtApplication({})).toBeNull();
  });
});

/** A header row and `n - 1` data rows of 8 columns: 序号, 指标, 分值, 目标, 实际, 得分 (empty), 说明, a percent. */
function bigRows(n: number): (string | number | FakeEtCell | null)[][] {
  const rows: (string | number | FakeEtCell | null)[][] = [["序号", "指标", "分值", "目标", "实际", "得分", "说明", "完成率"]];
  for (let r = 1; r < n; r++) rows.push([r, `指标${r}`, 5, 100, 90 + (r % 10), null, r % 3 ? "" : "说明", { value: (90 + (r % 10)) / 100, numFmt: "0.00%" }]);
  return rows;
}

describe("WpsWorkbookPort.readSheet", () => {
  test("values, formulas, number formats, errors, merges and an offset used range", async () => {
    const m = new FakeEtModel();
    m.addSheet(
      "自评表",
      [
        [],
        [null, "项目名称", null, null],
        [null, 100, { value: 0.95, numFmt: "0.00%" }, { value: 95, formula: "=B3*C3" }],
        [null, { value: "#DIV/0!", error: true, formula: "=1/0" }, null, { value: "优", formula: "=PERF.GRADE(D3)" }],
      ],
      ["B2:D2"],
    );
    const g = await new WpsWorkbookPort(m.application()).readSheet();
    expect(g.name).toBe("自评表");
    expect(g.cell(1, 1)).toBeNull();
    expect(g.raw(2, 2)).toBe("项目名称");
    expect(g.value(2, 4)).toBe("项目名称");
    expect(g.merges).toEqual([{ r1: 2, c1: 2, r2: 2, c2: 4 }]);
    expect(g.cell(3, 2)).toEqual({ v: 100 });
    expect(g.cell(3, 3)).toEqual({ v: 0.95, fmt: "0.00%" });
    expect(g.cell(3, 4)).toEqual({ v: 95, f: "B3*C3" });
    expect(g.cell(4, 2)).toEqual({ v: { error: "#DIV/0!" }, f: "1/0" });
    expect(g.cell(4, 3)).toBeNull();
    expect(g.formula(4, 4)).toBe("PERF.GRADE(D3)");
  });

  test("errors handed over as VBA CVErr numbers read as Excel errors; a literal error is written back as one", async () => {
    const m = new FakeEtModel({ errors: "hresult" });
    m.addSheet("S", [[{ value: "#DIV/0!", error: true, formula: "=1/0" }, { value: "#N/A", error: true }, "#N/A"]]);
    const port = new WpsWorkbookPort(m.application());
    const g = await port.readSheet();
    expect(g.cell(1, 1)).toEqual({ v: { error: "#DIV/0!" }, f: "1/0" });
    expect(g.cell(1, 2)).toEqual({ v: { error: "#N/A" } });
    // the text "#N/A" (typed as text) stays text
    expect(g.cell(1, 3)).toEqual({ v: "#N/A" });
    const e: Edit = { cell: "D1", kind: "grade", before: { value: null, formula: null, numFmt: null }, after: { value: { error: "#N/A" }, formula: null, numFmt: null }, why: "" } as Edit;
    await port.applyEdits("S", [e]);
    expect(m.sheet("S").cell("D1")).toEqual({ value: "#N/A", error: true });
  });

  test("a one-cell sheet (scalar Value2) and an empty sheet", async () => {
    const m = new FakeEtModel();
    m.addSheet("一格", [[null, { value: 7, numFmt: "0.0" }]]);
    m.addSheet("空");
    const port = new WpsWorkbookPort(m.application());
    const g = await port.readSheet("一格");
    expect(g.cell(1, 2)).toEqual({ v: 7, fmt: "0.0" });
    expect(g.rowCount).toBe(1);
    expect((await port.readSheet("空")).rowCount).toBe(0);
  });

  test.each([
    ["vba", "General"],
    ["array", "G/通用格式"],
  ] as const)("NumberFormat read as %s with General spelled %s gives the same grid", async (numberFormat, generalFormat) => {
    const g0 = await corpus("012");
    const expected = await new WpsWorkbookPort(fakeEtFromGrid(g0).application()).readSheet();
    const g = await new WpsWorkbookPort(fakeEtFromGrid(g0, { numberFormat, generalFormat }).application()).readSheet();
    for (let r = 1; r <= expected.rowCount; r++) for (let c = 1; c <= expected.colCount; c++) expect([r, c, g.cell(r, c)]).toEqual([r, c, expected.cell(r, c)]);
  });

  test("a corpus sheet (012) read through WPS gives the file's cells, merges and findings", async () => {
    const g0 = await corpus("012");
    const g = await new WpsWorkbookPort(fakeEtFromGrid(g0).application()).readSheet();
    expect(g.merges.length).toBe(g0.merges.length);
    expect(new Set(g.merges.map((x) => JSON.stringify(x)))).toEqual(new Set(g0.merges.map((x) => JSON.stringify(x))));
    const ids = review(g).findings.map((f) => `${f.rule}@${f.cell}`);
    expect(ids).toEqual(review(g0).findings.map((f) => `${f.rule}@${f.cell}`));
    expect(ids).toEqual(expect.arrayContaining(["weight-sum-mismatch@B12", "total-mismatch@H23"]));
  });

  test("reading costs a fixed number of calls per 500-row block (no merges, one format per column)", async () => {
    const cost = async (rows: number) => {
      const m = new FakeEtModel();
      m.addSheet("S", bigRows(rows));
      const port = new WpsWorkbookPort(m.application());
      m.resetCalls();
      const g = await port.readSheet();
      expect(g.rowCount).toBe(rows);
      return m.calls;
    };
    const c500 = await cost(500);
    const c1000 = await cost(1000);
    const c5000 = await cost(5000);
    const perBlock = c1000 - c500;
    // the header row gives each block's first column strip two formats: the same extra cost in every block
    expect(c5000 - c500).toBe(9 * perBlock);
    expect(perBlock).toBeLessThanOrEqual(40);
    expect(BLOCK_ROWS).toBe(500);
  });
});

/** A plain-formula plan for every data row: 得分 = MIN(实际/目标,1)*分值 in column F. */
function planForRows(rows: number): Edit[] {
  const edits: Edit[] = [];
  for (let r = 2; r <= rows; r++)
    edits.push({ cell: `F${r}`, kind: "indicator-score", before: { value: null, formula: null, numFmt: null }, after: { value: null, formula: `ROUND(MIN(E${r}/D${r},1)*C${r},2)`, numFmt: "0.00" }, why: "t" } as Edit);
  return edits;
}

describe("WpsWorkbookPort.applyEdits: blocks, read-back, revert", () => {
  test("a plain-formula fill costs the same calls for each 500 rows (500, 1,000 and 5,000 rows)", async () => {
    const cost = async (rows: number) => {
      const m = new FakeEtModel();
      m.addSheet("S", bigRows(rows));
      const port = new WpsWorkbookPort(m.application());
      m.resetCalls();
      await port.applyEdits("S", planForRows(rows));
      const s = m.sheet("S");
      expect(s.cell(`F${rows}`)).toEqual({ value: null, formula: `=ROUND(MIN(E${rows}/D${rows},1)*C${rows},2)`, numFmt: "0.00" });
      return m.calls;
    };
    const c500 = await cost(500);
    const c1000 = await cost(1000);
    const c5000 = await cost(5000);
    const perBlock = c1000 - c500;
    expect(c5000 - c500).toBe(9 * perBlock);
    // per block: Range, NumberFormat, Formula, read-back Formula
    expect(perBlock).toBe(4);
  });

  test("writes in runs: gaps and different formats split a column, blocks split long runs", async () => {
    const m = new FakeEtModel();
    m.addSheet("S", bigRows(1200));
    const port = new WpsWorkbookPort(m.application());
    const edits = [...planForRows(1200).filter((e) => e.cell !== "F10"), { ...planForRows(3)[0], cell: "G2", after: { value: "优", formula: null, numFmt: null } } as Edit];
    m.resetCalls();
    await port.applyEdits("S", edits);
    // F2:F9, F11:F500, F501:F1000, F1001:F1200, G2: five runs
    expect(m.byMember.get("Range")).toBe(5);
    expect(m.sheet("S").cell("G2")!.value).toBe("优");
  });

  test("text that WPS would parse is written as text (a leading apostrophe); numbers stay numbers", async () => {
    const m = new FakeEtModel();
    m.addSheet("S", [["a", "b", "c", "d"]]);
    const port = new WpsWorkbookPort(m.application());
    const e = (cell: string, value: string | number): Edit => ({ cell, kind: "grade", before: { value: null, formula: null, numFmt: null }, after: { value, formula: null, numFmt: null }, why: "" }) as Edit;
    await port.applyEdits("S", [e("A2", "001"), e("B2", "=1+1"), e("C2", 95.5), e("D2", "98%")]);
    const s = m.sheet("S");
    expect([s.cell("A2")!.value, s.cell("B2")!.value, s.cell("B2")!.formula, s.cell("C2")!.value, s.cell("D2")!.value]).toEqual(["001", "=1+1", undefined, 95.5, "98%"]);
  });

  test("a write that does not take (protected sheet) is reported, not passed over", async () => {
    const m = new FakeEtModel();
    m.addSheet("S", bigRows(20)).locked = true;
    await expect(new WpsWorkbookPort(m.application()).applyEdits("S", planForRows(20))).rejects.toThrow(/F2/);
  });

  test.each(["plain", "values"] as const)("corpus 012, %s fill: the planned cells change, Revert restores the sheet exactly", async (mode) => {
    const g0 = await corpus("012");
    const m = fakeEtFromGrid(g0);
    const before = m.sheets[0].snapshot();
    const port = new WpsWorkbookPort(m.application());
    const g = await port.readSheet();
    const r = review(g);
    const plan = planFill(g, r.fills, { mode, overwriteValues: true, plainFormula: plainFillBuilder(g, r.profile) });
    expect(plan.edits.length).toBeGreaterThan(0);
    const sheet = g.name;
    await port.applyEdits(sheet, plan.edits, { lastPlan: { [sheet]: { sheet, mode, appliedAt: "t", edits: plan.edits } } });
    const after = m.sheets[0].snapshot();
    const changed = Object.keys({ ...before, ...after }).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    expect(new Set(changed)).toEqual(new Set(plan.edits.filter((e) => JSON.stringify(e.before) !== JSON.stringify(e.after)).map((e) => e.cell)));
    const applied = (await port.getSettings()).lastPlan![sheet];
    const rev = planRevert(await port.readSheet(sheet), applied);
    expect(rev.conflicts).toEqual([]);
    await port.applyEdits(sheet, rev.edits);
    expect(m.sheets[0].snapshot()).toEqual(before);
  });
});

describe("WpsWorkbookPort: highlights, settings, selection, events", () => {
  test("highlights keep the user's fill colours (BGR) and restore them", async () => {
    const m = new FakeEtModel();
    const s = m.addSheet("S", [[{ value: 1, fill: 65535 }, 2, 3]]);
    const port = new WpsWorkbookPort(m.application());
    await port.setHighlights("S", ["A1", "B1"], "#FFC7CE");
    expect(s.cell("A1")!.fill).toBe(hexToBgr("#FFC7CE"));
    expect(s.cell("B1")!.fill).toBe(hexToBgr("#FFC7CE"));
    await port.setHighlights("S", ["A1", "C1"], "#FFEB9C");
    expect((await port.getSettings()).highlights!.S).toEqual([
      { cell: "A1", color: "#FFFF00" },
      { cell: "B1", color: null },
      { cell: "C1", color: null },
    ]);
    await port.clearHighlights("S");
    expect(s.cell("A1")!.fill).toBe(65535);
    expect(s.cell("B1")!.fill ?? null).toBeNull();
    expect(s.cell("C1")!.fill ?? null).toBeNull();
    expect((await port.getSettings()).highlights).toEqual({});
  });

  test("settings round-trip through a very hidden sheet; the user's sheet stays active and listed alone", async () => {
    const m = new FakeEtModel();
    m.addSheet("A", [[1]]);
    m.addSheet("B", [[1]]);
    m.active = 1;
    const port = new WpsWorkbookPort(m.application());
    expect(await port.getSettings()).toEqual({});
    await port.setSettings({ profile: { builtin: "sichuan" } });
    await port.setSettings({ ignores: [{ sheet: "A", rule: "missing-reason", cell: "J16", reason: "已说明", at: "t" }] });
    const hidden = m.sheet(SETTINGS_SHEET);
    expect(hidden.visible).toBe(2);
    expect(m.sheets.map((x) => x.name)).toEqual(["A", "B", SETTINGS_SHEET]);
    expect(m.activeSheet.name).toBe("B");
    expect(await port.listSheets()).toEqual(["A", "B"]);
    const s = await port.getSettings();
    expect(s.profile).toEqual({ builtin: "sichuan" });
    expect(s.ignores?.[0].cell).toBe("J16");
    // a large plan (over one cell's 32,767 characters) is split over several cells and read back whole
    const big = { lastPlan: { A: { sheet: "A", mode: "plain" as const, appliedAt: "t", edits: planForRows(2000) } } };
    await port.setSettings(big);
    expect(hidden.cell("A2")).toBeDefined();
    expect((await port.getSettings()).lastPlan!.A.edits).toHaveLength(1999);
    // a new port (the workbook reopened) reads the same settings
    expect((await new WpsWorkbookPort(m.application()).getSettings()).profile).toEqual({ builtin: "sichuan" });
  });

  test("select a cell on another sheet (activating it first), read the selection", async () => {
    const m = new FakeEtModel({ addressAsMethod: true });
    m.addSheet("A", [[1]]);
    m.addSheet("B", [[1]]);
    const port = new WpsWorkbookPort(m.application());
    await port.selectCell("B", "H23");
    expect(m.selection).toEqual({ sheet: "B", cell: "H23" });
    expect(await port.activeSheet()).toBe("B");
    expect(await port.selectedCell()).toEqual({ sheet: "B", cell: "H23" });
  });

  test.each(["function", "name"] as const)("ApiEvent (callback as a %s): selection, content and sheet switches are reported; unsubscribing removes the listeners", (apiEventCallback) => {
    const m = new FakeEtModel({ apiEventCallback });
    m.addSheet("A", [[1]]);
    m.addSheet("B", [[1]]);
    const clock = manualClock();
    const port = new WpsWorkbookPort(m.application(), { clock });
    const seen: string[] = [];
    const offSel = port.onSelectionChanged((s) => seen.push(`sel ${s.sheet}!${s.cell}`));
    const offChange = port.onSheetChanged((c) => seen.push(`chg ${c.sheet}:${c.address ?? ""}`));
    expect(clock.timers).toBe(0);
    m.userSelects("A", "$B$3:$C$4");
    m.userTypes("A", "D5", 7);
    m.userActivates("B");
    expect(seen).toEqual(["sel A!B3", "chg A:D5", "chg B:"]);
    offSel();
    offChange();
    expect(m.listeners).toHaveLength(0);
    expect(Object.keys(globalThis).filter((k) => k.startsWith("__perfsheet_"))).toEqual([]);
  });

  test("without ApiEvent the host polls on the injected clock", () => {
    const m = new FakeEtModel({ apiEvent: false });
    m.addSheet("A", [[1]]);
    m.addSheet("B", [[1]]);
    const clock = manualClock();
    const port = new WpsWorkbookPort(m.application(), { clock });
    const seen: string[] = [];
    const offSel = port.onSelectionChanged((s) => seen.push(`sel ${s.sheet}!${s.cell}`));
    const offChange = port.onSheetChanged((c) => seen.push(`chg ${c.sheet}`));
    expect(clock.timers).toBe(2);
    clock.tick();
    m.selection = { sheet: "A", cell: "C7" };
    clock.tick();
    clock.tick();
    m.active = 1;
    m.selection = { sheet: "B", cell: "A1" };
    clock.tick();
    expect(seen).toEqual(["sel A!C7", "sel B!A1", "chg B"]);
    offSel();
    offChange();
    expect(clock.timers).toBe(0);
  });
});
