import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { FileWorkbookPort } from "../../src/hosts/file/workbook-port";
import { review } from "../../src/core/review";
import { planFill, planRevert, plainFillBuilder } from "../../src/core/fill";
import type { FillMode } from "../../src/core/fill";
import { changedParts, outsideCells, partsOf } from "../helpers/package-diff";
import { twoStackedForms, xlsxOf } from "../helpers/stacked-forms";

const file = (id: string) => readFileSync(join(__dirname, "../fixtures/corpus/cases", `${id}.xlsx`));

/** Every cell of every sheet: value (JSON), formula, number format. */
function dump(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        out.set(`${ws.name}!${c.address}`, JSON.stringify([c.value ?? null, c.numFmt ?? null]));
      }),
    ),
  );
  return out;
}

describe("FileWorkbookPort: fill, download, revert on corpus workbooks", () => {
  test.each([
    ["012", "perf"],
    ["011", "plain"],
    ["045", "values"],
  ] as [string, FillMode][])("%s in mode %s: only the planned cells change in the downloaded file; revert gives back the original bytes", async (id, mode) => {
    const original = new Uint8Array(file(id));
    const port = await FileWorkbookPort.open(original, `${id}.xlsx`);
    expect(await port.toXlsx()).toBe(original); // no fill: the very bytes that were opened
    const sheet = await port.activeSheet();
    const g = await port.readSheet();
    const r = review(g);
    const plan = planFill(g, r.fills, { mode, overwriteValues: true, plainFormula: plainFillBuilder(g, r.profile) });
    expect(plan.edits.length).toBeGreaterThan(0);
    await port.applyEdits(sheet, plan.edits, { lastPlan: { [sheet]: { sheet, mode, appliedAt: "t", edits: plan.edits } } });
    const bytes = await port.toXlsx();

    // cell for cell (ExcelJS's view): the planned cells hold what was planned, nothing else changed
    const a = dump((await readXlsx(original)).workbook);
    const downloaded = await readXlsx(bytes);
    const b = dump(downloaded.workbook);
    const planned = new Map(plan.edits.map((e) => [`${sheet}!${e.cell}`, e]));
    for (const [k, v] of a) if (!planned.has(k)) expect([k, b.get(k)]).toEqual([k, v]);
    for (const [k, v] of b) if (!planned.has(k) && !a.has(k)) expect([k, v]).toEqual([k, JSON.stringify([null, null])]);
    const ws = downloaded.workbook.getWorksheet(sheet)!;
    for (const e of plan.edits) {
      const c = ws.getCell(e.cell);
      if (e.after.formula) expect((c.value as ExcelJS.CellFormulaValue).formula).toBe(e.after.formula);
      else expect(c.value).toBe(e.after.value);
      expect(c.numFmt ?? null).toBe(e.after.numFmt);
    }
    // part for part: the sheet differs only in the planned <c> elements; the workbook asks for a recalculation
    const pa = await partsOf(original);
    const pb = await partsOf(bytes);
    const sheetPart = "xl/worksheets/sheet1.xml";
    for (const name of changedParts(pa, pb)) expect(["xl/workbook.xml", "xl/styles.xml", sheetPart]).toContain(name);
    expect(outsideCells(pb.get(sheetPart)!.toString("utf8"), plan.edits.map((e) => e.cell))).toBe(outsideCells(pa.get(sheetPart)!.toString("utf8"), plan.edits.map((e) => e.cell)));
    expect(pb.get("xl/workbook.xml")!.toString("utf8")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);

    // revert: back to the original, byte for byte
    const rev = planRevert(await port.readSheet(), (await port.getSettings()).lastPlan![sheet]);
    expect(rev.conflicts).toEqual([]);
    await port.applyEdits(sheet, rev.edits);
    expect(Buffer.compare(Buffer.from(await port.toXlsx()), Buffer.from(original))).toBe(0);
  });

  test("an edit of a cell the port never wrote goes through the writer; the other cells read as before", async () => {
    const original = new Uint8Array(file("012"));
    const port = await FileWorkbookPort.open(original, "012.xlsx");
    const sheet = await port.activeSheet();
    await port.applyEdits(sheet, [{ cell: "I12", kind: "indicator-score", before: { value: null, formula: null, numFmt: null }, after: { value: "说明", formula: null, numFmt: null }, why: "test" }]);
    const g = await port.readSheet();
    expect(g.cell(12, 9)?.v).toBe("说明");
    expect(g.cell(12, 8)?.v).toBe(10);
  });

  test("selection and highlights are view marks; settings are kept with the file", async () => {
    const port = await FileWorkbookPort.open(new Uint8Array(file("011")), "011.xlsx");
    const sheet = await port.activeSheet();
    const seen: string[] = [];
    port.onView((v) => seen.push(`${v.selected}:${Object.keys(v.highlights[sheet] ?? {}).join(",")}`));
    await port.selectCell(sheet, "J16");
    await port.setHighlights(sheet, ["J16", "J19"], "#FFC7CE");
    await port.clearHighlights(sheet);
    expect(seen).toEqual(["J16:", "J16:J16,J19", "J16:"]);
    await port.setSettings({ profile: { builtin: "sichuan" } });
    expect((await port.getSettings()).profile).toEqual({ builtin: "sichuan" });
  });
});

describe("FileWorkbookPort: fill and revert on a sheet of two stacked forms (test/helpers/stacked-forms.ts)", () => {
  test.each(["values", "perf"] as FillMode[])("mode %s: both forms' cells written (甲 96 at G9, 乙 90.33 at G20); revert gives back the original bytes", async (mode) => {
    const original = await xlsxOf("自评表", twoStackedForms());
    const port = await FileWorkbookPort.open(original, "stacked.xlsx");
    const sheet = await port.activeSheet();
    const g = await port.readSheet();
    const r = review(g);
    const plan = planFill(g, r.fills, { mode, overwriteValues: false, plainFormula: plainFillBuilder(g, r.profile) });
    expect(plan.edits.map((e) => `${e.cell}=${e.after.value}`)).toEqual([
      ...["G6=27", "G7=30", "G8=30", "G4=0.9", "H4=9", "G9=96"],
      ...["G17=24", "G18=30", "G19=28.33", "G15=0.8", "H15=8", "G20=90.33"],
    ]);
    await port.applyEdits(sheet, plan.edits, { lastPlan: { [sheet]: { sheet, mode, appliedAt: "t", edits: plan.edits } } });
    const filled = await port.readSheet();
    expect([filled.value(20, 7), filled.value(15, 8), filled.value(9, 7)]).toEqual([90.33, 8, 96]);
    // re-checked, each form's 总分 is its parts' sum; what is left is the reasons the user still owes (27, 24 and 28.33 below 30)
    expect(review(filled).findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`)).toEqual(["missing-reason@H6", "missing-reason@H17", "missing-reason@H19"]);
    const rev = planRevert(filled, (await port.getSettings()).lastPlan![sheet]);
    expect(rev.conflicts).toEqual([]);
    await port.applyEdits(sheet, rev.edits);
    expect(Buffer.compare(Buffer.from(await port.toXlsx()), Buffer.from(original))).toBe(0);
  });
});
