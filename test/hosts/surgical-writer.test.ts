import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { bureauTemplate, SHEET, HIDDEN_SHEET, TEMPLATE_PATH } from "../fixtures/template/make-bureau-template";
import { FileWorkbookPort } from "../../src/hosts/file/workbook-port";
import { review } from "../../src/core/review";
import { planFill, planRevert, plainFillBuilder } from "../../src/core/fill";
import type { CellContent, Edit, FillMode } from "../../src/core/fill";
import { revertWrite, shiftFormula, writeEdits } from "../../src/hosts/file/writer";
import { readZip } from "../../src/hosts/file/writer/zip";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { cellElementOf, changedParts, outsideCells, partsOf } from "../helpers/package-diff";

const TEMPLATE = new Uint8Array(readFileSync(TEMPLATE_PATH));
const SHEET_PART = "xl/worksheets/sheet1.xml";
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
const text = async (bytes: Uint8Array, part: string) => (await partsOf(bytes)).get(part)?.toString("utf8") ?? null;
const EMPTY: CellContent = { value: null, formula: null, numFmt: null };
const edit = (cell: string, after: Partial<CellContent>, before: CellContent = EMPTY): Edit => ({ cell, kind: "indicator-score", before, after: { ...EMPTY, ...after }, why: "test" });

/** The parts a fill of the template's blank score cells may change: the sheet and the workbook (calcPr); every other part stays byte for byte. */
const MAY_CHANGE = [SHEET_PART, "xl/workbook.xml"];

describe("the bureau template fixture", () => {
  test("is what the generator builds, byte for byte (regenerate with npx tsx test/fixtures/template/make-bureau-template.ts)", () => {
    expect(same(bureauTemplate(), TEMPLATE)).toBe(true);
  });

  test("holds what a real template carries", async () => {
    const parts = await partsOf(TEMPLATE);
    for (const p of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/media/image1.png", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/tables/table1.xml", "docProps/custom.xml", "xl/calcChain.xml"]) {
      expect(parts.has(p)).toBe(true);
    }
    const sheet = parts.get(SHEET_PART)!.toString("utf8");
    expect(sheet).toMatch(/<sheetProtection algorithmName="SHA-512" hashValue="[^"]+"/);
    expect(sheet).toContain('<brk id="17" max="16383" man="1"/>');
    expect(sheet).toContain(`<hyperlink ref="A25" location="'${HIDDEN_SHEET}'!A1"`);
    expect(sheet).toContain('<f t="shared" ref="H19:H21" si="0">E19</f>');
    expect(parts.get("xl/workbook.xml")!.toString("utf8")).toContain(`<definedName name="分值合计" localSheetId="0">`);
    expect(parts.get("xl/workbook.xml")!.toString("utf8")).toContain('state="hidden"');
    expect(parts.get("xl/tables/table1.xml")!.toString("utf8")).toContain("<calculatedColumnFormula>");
    expect(parts.get("xl/sharedStrings.xml")!.toString("utf8")).toMatch(/<si><r><rPr><b\/>.*?<color rgb="FFFF0000"\/>.*?<\/rPr><t>待<\/t><\/r><r>.*?<t>评<\/t><\/r><\/si>/);
  });
});

describe("the checker's port on the bureau template", () => {
  test("a download with no fill is the file itself, byte for byte", async () => {
    const port = await FileWorkbookPort.open(TEMPLATE, "template.xlsx");
    await port.readSheet();
    await port.applyEdits(SHEET, []);
    expect(same(await port.toXlsx(), TEMPLATE)).toBe(true);
  });

  test.each(["perf", "plain", "values"] as FillMode[])("fill in mode %s changes only the planned cells' XML; revert gives back the original", async (mode) => {
    const port = await FileWorkbookPort.open(TEMPLATE, "template.xlsx");
    const grid = await port.readSheet(SHEET);
    const r = review(grid);
    const plan = planFill(grid, r.fills, { mode, plainFormula: plainFillBuilder(grid, r.profile) });
    // the blank score cells H12, H13 (formatted 0.0), H14 (no element at all) and the total H23
    expect(plan.edits.map((e) => e.cell).sort()).toEqual(["H12", "H13", "H14", "H23"]);
    // the filled-down formulas H19:H21 are the user's: never written
    expect(plan.skipped.filter((s) => ["H19", "H20", "H21"].includes(s.cell)).map((s) => s.reason)).toEqual(mode === "plain" ? ["user-formula", "no-formula", "user-formula"] : ["user-formula", "user-formula", "user-formula"]);
    await port.applyEdits(SHEET, plan.edits, { lastPlan: { [SHEET]: { sheet: SHEET, mode, appliedAt: "t", edits: plan.edits } } });
    const filled = await port.toXlsx();

    const a = await partsOf(TEMPLATE);
    const b = await partsOf(filled);
    for (const p of changedParts(a, b)) expect(MAY_CHANGE).toContain(p);
    const cells = plan.edits.map((e) => e.cell);
    const before = a.get(SHEET_PART)!.toString("utf8");
    const after = b.get(SHEET_PART)!.toString("utf8");
    expect(outsideCells(after, cells)).toBe(outsideCells(before, cells));
    // formatted blanks keep their style (0.0); shared formulas are still shared
    expect(cellElementOf(after, "H12")).toMatch(/^<c r="H12" s="1"/);
    expect(cellElementOf(after, "H14")).toMatch(/^<c r="H14"[ >]/);
    expect(after).toContain('<f t="shared" ref="H19:H21" si="0">E19</f>');
    expect(after).toContain('<f t="shared" ref="J12:J21" si="1">');
    expect(b.get("xl/workbook.xml")!.toString("utf8")).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
    // what the plan wrote reads back
    const g = await port.readSheet(SHEET);
    for (const e of plan.edits) {
      const p = { row: Number(e.cell.slice(1)), col: 8 };
      expect(g.cell(p.row, p.col)?.v).toBe(e.after.value);
      expect(g.cell(p.row, p.col)?.f ?? null).toBe(e.after.formula);
    }

    const rev = planRevert(g, (await port.getSettings()).lastPlan![SHEET]);
    expect(rev.conflicts).toEqual([]);
    await port.applyEdits(SHEET, rev.edits);
    expect(same(await port.toXlsx(), TEMPLATE)).toBe(true);
  });

  test("overwriting a shared-formula cell and a rich-text cell, then revert, restores them exactly", async () => {
    const port = await FileWorkbookPort.open(TEMPLATE, "template.xlsx");
    const grid = await port.readSheet(SHEET);
    const r = review(grid);
    const plan = planFill(grid, r.fills, { mode: "values", overwriteValues: true, overwriteFormulaCells: new Set(["H20"]) });
    expect(plan.edits.find((e) => e.cell === "H20")!.before).toEqual({ value: 10, formula: "E20", numFmt: "0.0" });
    expect(plan.edits.find((e) => e.cell === "H17")!.before).toEqual({ value: "待评", formula: null, numFmt: "0.0" });
    const h17 = plan.edits.find((e) => e.cell === "H17")!;
    // a value different from what it holds, so the write is visible
    const edits = plan.edits.map((e) => (e.cell === "H20" ? { ...e, after: { ...e.after, value: 8 } } : e));
    await port.applyEdits(SHEET, edits, { lastPlan: { [SHEET]: { sheet: SHEET, mode: "values", appliedAt: "t", edits } } });
    const filled = await port.toXlsx();
    const sheet = (await text(filled, SHEET_PART))!;
    expect(cellElementOf(sheet, "H20")).toBe('<c r="H20" s="1"><v>8</v></c>');
    expect(cellElementOf(sheet, "H17")).toBe(`<c r="H17" s="1"><v>${h17.after.value}</v></c>`);
    // the group goes on around the overwritten dependent; calcChain no longer lists H20 (H21 now names its sheet)
    expect(cellElementOf(sheet, "H21")).toBe('<c r="H21" s="1"><f t="shared" si="0"/><v>10</v></c>');
    const chain = (await text(filled, "xl/calcChain.xml"))!;
    expect(chain).not.toContain('r="H20"');
    expect(chain).toContain('<c r="H19" i="1"/><c r="H21"/>');
    // rich text: the shared string is untouched
    expect(await text(filled, "xl/sharedStrings.xml")).toBe(await text(TEMPLATE, "xl/sharedStrings.xml"));

    const rev = planRevert(await port.readSheet(SHEET), (await port.getSettings()).lastPlan![SHEET]);
    expect(rev.conflicts).toEqual([]);
    await port.applyEdits(SHEET, rev.edits);
    const back = await port.toXlsx();
    expect(same(back, TEMPLATE)).toBe(true);
    // and as a reader sees it: the formula and the rich runs are back
    const { workbook } = await readXlsx(back);
    const ws = workbook.getWorksheet(SHEET)!;
    expect(ws.getCell("H20").formula).toBe("E20");
    expect((ws.getCell("H17").value as ExcelJS.CellRichTextValue).richText.map((x) => x.text)).toEqual(["待", "评"]);
  });
});

describe("the surgical writer", () => {
  test("no edits: the input bytes themselves", () => {
    expect(writeEdits(TEMPLATE, SHEET, []).bytes).toBe(TEMPLATE);
  });

  test("every untouched entry keeps its stored bytes (local header and compressed data)", () => {
    const { bytes } = writeEdits(TEMPLATE, SHEET, [edit("H12", { value: 9.5 })]);
    const out = Buffer.from(bytes);
    for (const e of readZip(TEMPLATE).entries) {
      if (MAY_CHANGE.includes(e.name)) continue;
      expect([e.name, out.indexOf(Buffer.from(e.local)) >= 0]).toEqual([e.name, true]);
    }
  });

  test("overwriting a shared formula's master hands the group to its next cell, which computes the same", async () => {
    const { bytes, record } = writeEdits(TEMPLATE, SHEET, [edit("H19", { value: 7 })], { baseline: TEMPLATE });
    const sheet = (await text(bytes, SHEET_PART))!;
    expect(cellElementOf(sheet, "H19")).toBe('<c r="H19" s="1"><v>7</v></c>');
    expect(cellElementOf(sheet, "H20")).toBe('<c r="H20" s="1"><f t="shared" si="0" ref="H20:H21">E20</f><v>10</v></c>');
    expect(cellElementOf(sheet, "H21")).toBe('<c r="H21" s="1"><f t="shared" si="0"/><v>10</v></c>');
    const { workbook } = await readXlsx(bytes);
    expect(workbook.getWorksheet(SHEET)!.getCell("H21").formula).toBe("E21");
    const back = revertWrite(bytes, record!, undefined, { baseline: TEMPLATE });
    expect(back.conflicts).toEqual([]);
    expect(same(back.bytes, TEMPLATE)).toBe(true);
  });

  test("a number format is added only where the cell has none; a formatted blank keeps its own", async () => {
    const { bytes } = writeEdits(TEMPLATE, SHEET, [edit("F7", { value: 0.95, numFmt: "0.00%" }), edit("H14", { value: 0.5, numFmt: "0.00%" }), edit("K30", { value: 1, numFmt: "0.000" })]);
    const sheet = (await text(bytes, SHEET_PART))!;
    const styles = (await text(bytes, "xl/styles.xml"))!;
    expect(cellElementOf(sheet, "F7")).toBe('<c r="F7" s="2"><v>0.95</v></c>'); // 0% kept
    // H14 had no element: the default format with 0.00% is the template's cellXfs 3 already, so it is reused
    expect(cellElementOf(sheet, "H14")).toBe('<c r="H14" s="3"><v>0.5</v></c>');
    // a format the template does not have: a numFmt id after the template's own (164), one cellXfs entry appended
    expect(styles).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="0.000"/></numFmts>');
    expect(styles).toContain('<cellXfs count="7">');
    expect(styles).toContain('<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>');
    // K30: a new row, inserted in order, and the dimension grows to cover it
    expect(sheet).toMatch(/<\/row><row r="30"><c r="K30" s="6"><v>1<\/v><\/c><\/row><\/sheetData>/);
    expect(sheet).toContain('<dimension ref="A1:K30"/>');
    const { workbook } = await readXlsx(bytes);
    const ws = workbook.getWorksheet(SHEET)!;
    expect([ws.getCell("F7").numFmt, ws.getCell("H14").numFmt, ws.getCell("K30").numFmt]).toEqual(["0%", "0.00%", "0.000"]);
  });

  test("text goes through the shared strings: an existing plain item is reused, a new one appended", async () => {
    const { bytes } = writeEdits(TEMPLATE, SHEET, [edit("I12", { value: "分值" }), edit("I13", { value: "新说明 <A&B>" })]);
    const sheet = (await text(bytes, SHEET_PART))!;
    const sst = (await text(bytes, "xl/sharedStrings.xml"))!;
    const orig = (await text(TEMPLATE, "xl/sharedStrings.xml"))!;
    const n = (orig.match(/<si>/g) ?? []).length;
    expect(cellElementOf(sheet, "I13")).toBe(`<c r="I13" t="s"><v>${n}</v></c>`);
    expect(sst.endsWith("<si><t>新说明 &lt;A&amp;B&gt;</t></si></sst>")).toBe(true);
    expect(sst.startsWith(orig.slice(0, orig.indexOf("<si>")).replace(/uniqueCount="\d+"/, `uniqueCount="${n + 1}"`).replace(/count="\d+"/, (m) => `count="${Number(/\d+/.exec(m)![0]) + 2}"`))).toBe(true);
    const { workbook } = await readXlsx(bytes);
    expect(workbook.getWorksheet(SHEET)!.getCell("I12").value).toBe("分值");
    expect(workbook.getWorksheet(SHEET)!.getCell("I13").value).toBe("新说明 <A&B>");
  });

  test("calcChain emptied by writes on two sheets goes with its relationship and content type; undoing both brings it back", async () => {
    const s1 = ["H19", "H20", "H21", ...[12, 13, 14, 15, 16, 17, 19, 20, 21].map((r) => `J${r}`)].map((c) => edit(c, { value: 1 }));
    const w1 = writeEdits(TEMPLATE, SHEET, s1, { baseline: TEMPLATE });
    expect(await text(w1.bytes, "xl/calcChain.xml")).toContain('<c r="C2" i="2"/><c r="C3"/><c r="C4"/>');
    const w2 = writeEdits(w1.bytes, HIDDEN_SHEET, ["C2", "C3", "C4"].map((c) => edit(c, { value: 0.5 })), { baseline: TEMPLATE });
    const parts = await partsOf(w2.bytes);
    expect(parts.has("xl/calcChain.xml")).toBe(false);
    expect(parts.get("xl/_rels/workbook.xml.rels")!.toString("utf8")).not.toContain("calcChain");
    expect(parts.get("[Content_Types].xml")!.toString("utf8")).not.toContain("calcChain");
    const { workbook } = await readXlsx(w2.bytes);
    expect(workbook.getWorksheet(HIDDEN_SHEET)!.getCell("C3").value).toBe(0.5);
    const u2 = revertWrite(w2.bytes, w2.record!, undefined, { baseline: TEMPLATE });
    expect(same(u2.bytes, w1.bytes)).toBe(true);
    const u1 = revertWrite(u2.bytes, w1.record!, undefined, { baseline: TEMPLATE });
    expect(same(u1.bytes, TEMPLATE)).toBe(true);
  });

  test("a partial revert restores only the named cells and leaves a cell changed since alone", async () => {
    const w = writeEdits(TEMPLATE, SHEET, [edit("H12", { value: 1 }), edit("H13", { value: 2 })]);
    const changed = writeEdits(w.bytes, SHEET, [edit("H13", { value: 3 })]);
    const r = revertWrite(changed.bytes, w.record!);
    expect(r.restored).toEqual(["H12"]);
    expect(r.conflicts).toEqual(["H13"]);
    const sheet = (await text(r.bytes, SHEET_PART))!;
    expect(cellElementOf(sheet, "H12")).toBe('<c r="H12" s="1"/>');
    expect(cellElementOf(sheet, "H13")).toBe('<c r="H13" s="1"><v>3</v></c>');
  });

  test("a cell inside an array formula is refused; its master may be written", async () => {
    const parts = await partsOf(TEMPLATE);
    const sheet = parts.get(SHEET_PART)!.toString("utf8");
    const withArray = sheet
      .replace('<c r="J12"', '<c r="K12"><f t="array" ref="K12:K13">E12:E13*2</f><v>20</v></c><c r="J12"')
      .replace(/(<c r="J13"[\s\S]*?<\/c>)/, '$1<c r="K13"><v>20</v></c>')
      .replace('<c r="K12"', '<c r="K12"'); // K12 sorts after J12 in its row: move it
    const fixed = withArray.replace(/<c r="K12">(<f t="array"[^]*?<\/c>)(<c r="J12"[^]*?<\/c>)/, '$2<c r="K12">$1');
    const files: Record<string, Uint8Array> = {};
    for (const [name, data] of parts) files[name] = name === SHEET_PART ? strToU8(fixed) : data;
    const bytes = zipSync(files);
    expect(() => writeEdits(bytes, SHEET, [edit("K13", { value: 5 })])).toThrow(/array formula at K12/);
    const ok = writeEdits(bytes, SHEET, [edit("K12", { value: 5 })]);
    expect(cellElementOf((await text(ok.bytes, SHEET_PART))!, "K12")).toBe('<c r="K12"><v>5</v></c>');
  });
});

describe("shiftFormula: a shared formula as it reads in another cell", () => {
  test.each([
    ["E19", 1, 0, "E20"],
    ["$E$19+E19", 2, 1, "$E$19+F21"],
    ["SUM(H12:H21)/$E23", 0, 1, "SUM(I12:I21)/$E23"],
    ['IF(E12>0,H12/E12,"A1")', 3, 0, 'IF(E15>0,H15/E15,"A1")'],
    ["'自评表 A1'!B2*Sheet2!C$3", 1, 1, "'自评表 A1'!C3*Sheet2!D$3"],
    ["Table1[[#This Row],[分值]]/100", 5, 0, "Table1[[#This Row],[分值]]/100"],
    ["LOG10(A1)+ATAN2(B1,C1)", 1, 0, "LOG10(A2)+ATAN2(B2,C2)"],
    ["SUM(A:A)+SUM(3:4)", 1, 1, "SUM(B:B)+SUM(4:5)"],
    ["A1", -1, 0, "#REF!"],
    ["1.5E+3*B2", 1, 0, "1.5E+3*B3"],
  ] as [string, number, number, string][])("%s moved by (%i, %i) is %s", (f, dr, dc, want) => {
    expect(shiftFormula(f, dr, dc)).toBe(want);
  });
});

/** A minimal package around one sheet part (no shared strings, no styles, no calcChain). */
function minimalPackage(sheetXml: string): Uint8Array {
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`),
    "xl/worksheets/sheet1.xml": strToU8(sheetXml),
  });
}

describe("the surgical writer on other producers' packages", () => {
  const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

  test("prefixed elements (x:), an absolute sheet target, no shared strings: text goes inline; calcPr is added", async () => {
    const bytes = minimalPackage(`<x:worksheet ${NS}><x:sheetData><x:row r="2"><x:c r="B2"><x:v>1</x:v></x:c></x:row><x:row r="4"/></x:sheetData></x:worksheet>`);
    const { bytes: out, record } = writeEdits(bytes, "S", [edit("A2", { value: "优 " }), edit("C3", { value: 2 }), edit("B4", { value: 3, formula: "B2+C3" })], { baseline: bytes });
    const parts = await partsOf(out);
    expect(parts.get(SHEET_PART)!.toString("utf8")).toBe(
      `<x:worksheet ${NS}><x:sheetData><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t xml:space="preserve">优 </x:t></x:is></x:c><x:c r="B2"><x:v>1</x:v></x:c></x:row><x:row r="3"><x:c r="C3"><x:v>2</x:v></x:c></x:row><x:row r="4"><x:c r="B4"><x:f>B2+C3</x:f><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    );
    expect(parts.get("xl/workbook.xml")!.toString("utf8")).toContain('<x:calcPr fullCalcOnLoad="1"/></x:workbook>');
    // created row 3 goes, the self-closing row 4 comes back as it was
    expect(same(revertWrite(out, record!, undefined, { baseline: bytes }).bytes, bytes)).toBe(true);
  });

  test("rows without addresses: a cell is not inserted by guesswork", () => {
    const bytes = minimalPackage(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c><v>1</v></c></row><row><c><v>2</v></c></row></sheetData></worksheet>`);
    expect(() => writeEdits(bytes, "S", [edit("B1", { value: 5 })])).toThrow(/without an address/);
    // an existing (implied) cell can still be replaced in place
    expect(() => writeEdits(bytes, "S", [edit("A2", { value: 5 })])).not.toThrow();
  });

  test("an empty sheetData is opened", async () => {
    const bytes = minimalPackage(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData/></worksheet>`);
    const { bytes: out } = writeEdits(bytes, "S", [edit("B3", { value: true }), edit("A1", { value: { error: "#N/A" } })]);
    expect((await partsOf(out)).get(SHEET_PART)!.toString("utf8")).toBe(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B3"/><sheetData><row r="1"><c r="A1" t="e"><v>#N/A</v></c></row><row r="3"><c r="B3" t="b"><v>1</v></c></row></sheetData></worksheet>',
    );
  });
});

describe("what the writer changes is well-formed XML", () => {
  test("sheet, styles, shared strings, calcChain and workbook after a mixed write parse strictly", async () => {
    const { DOMParser } = await import("@xmldom/xmldom");
    const { bytes } = writeEdits(TEMPLATE, SHEET, [
      edit("H19", { value: 7 }),
      edit("H12", { value: 9.5, formula: 'IF(E12>0,"a&b<c",0)' }),
      edit("I12", { value: "说明 \"引号\" <>&" }),
      edit("K40", { value: 0.5, numFmt: '0.0"分"' }),
    ]);
    const a = await partsOf(TEMPLATE);
    const b = await partsOf(bytes);
    const changed = changedParts(a, b);
    expect(changed).toEqual(["xl/calcChain.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", SHEET_PART]);
    for (const name of changed) {
      const errors: string[] = [];
      new DOMParser({ onError: (level, msg) => void errors.push(`${level}: ${msg}`) }).parseFromString(b.get(name)!.toString("utf8"), "text/xml");
      expect([name, errors]).toEqual([name, []]);
    }
    const { workbook } = await readXlsx(bytes);
    const ws = workbook.getWorksheet(SHEET)!;
    expect(ws.getCell("I12").value).toBe('说明 "引号" <>&');
    expect((ws.getCell("H12").value as ExcelJS.CellFormulaValue).formula).toBe('IF(E12>0,"a&b<c",0)');
    expect(ws.getCell("K40").numFmt).toBe('0.0"分"');
  });
});
