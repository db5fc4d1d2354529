import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { FileWorkbookPort } from "../../src/hosts/file/workbook-port";
import { review } from "../../src/core/review";
import { planFill, planRevert, plainFillBuilder } from "../../src/core/fill";
import type { FillMode } from "../../src/core/fill";

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
  ] as [string, FillMode][])("%s in mode %s: only the planned cells change in the downloaded file", async (id, mode) => {
    const { workbook } = await readXlsx(file(id));
    const port = new FileWorkbookPort(workbook, `${id}.xlsx`);
    const sheet = await port.activeSheet();
    const g = await port.readSheet();
    const r = review(g);
    const plan = planFill(g, r.fills, { mode, overwriteValues: true, plainFormula: plainFillBuilder(g, r.profile) });
    expect(plan.edits.length).toBeGreaterThan(0);
    await port.applyEdits(sheet, plan.edits, { lastPlan: { [sheet]: { sheet, mode, appliedAt: "t", edits: plan.edits } } });
    const bytes = await port.toXlsx();

    const original = await readXlsx(file(id));
    const downloaded = await readXlsx(bytes);
    const a = dump(original.workbook);
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
    // revert: back to the original, cell for cell
    const rev = planRevert(await port.readSheet(), (await port.getSettings()).lastPlan![sheet]);
    expect(rev.conflicts).toEqual([]);
    await port.applyEdits(sheet, rev.edits);
    const reverted = dump((await readXlsx(await port.toXlsx())).workbook);
    for (const [k, v] of a) expect([k, reverted.get(k)]).toEqual([k, v]);
  });

  test("selection and highlights are view marks; settings are kept with the file", async () => {
    const { workbook } = await readXlsx(file("011"));
    const port = new FileWorkbookPort(workbook, "011.xlsx");
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
