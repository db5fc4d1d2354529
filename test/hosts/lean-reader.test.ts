import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { strToU8, zipSync } from "fflate";
import { FileError } from "../../src/hosts/file/errors";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { readWorkbook, ReaderLimits } from "../../src/hosts/file/reader";
import { translateFormula } from "../../src/hosts/file/reader/formula";
import { CORPUS } from "../helpers";
import { buildXlsx, sheetDoc, xlsxParts } from "../xlsx-parts";

function code(buf: Uint8Array, limits?: Partial<ReaderLimits>): string {
  try {
    readWorkbook(buf, limits);
    return "ok";
  } catch (e) {
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).message).toMatch(/[\u4e00-\u9fa5]/);
    expect((e as FileError).messageEn).toMatch(/^[\x20-\x7e]+$/); // English only
    return (e as FileError).code;
  }
}

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="0.0&quot;分&quot;"/></numFmts><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="2"/><xf numFmtId="14"/><xf numFmtId="176"/></cellXfs></styleSheet>`;

describe("lean reader: the same Grid as the ExcelJS path on the corpus", () => {
  const dir = join(CORPUS, "cases");
  const files = readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
  test.each(files)("%s: every cell's value, format and formula, and the merges", async (f) => {
    const buf = readFileSync(join(dir, f));
    const old = (await readXlsx(buf)).sheets;
    const neu = readWorkbook(buf).sheets.filter((s) => s.state !== "veryHidden");
    expect(neu.map((s) => s.name)).toEqual(old.map((g) => g.name));
    let compared = 0;
    old.forEach((g, i) => {
      const n = neu[i].grid;
      expect(n.merges).toEqual(g.merges);
      for (let r = 1; r <= Math.max(g.rowCount, n.rowCount); r++) {
        for (let c = 1; c <= Math.max(g.colCount, n.colCount); c++) {
          const want = g.cell(r, c);
          if (want) compared++;
          expect([r, c, n.cell(r, c)]).toEqual([r, c, want]);
        }
      }
    });
    expect(compared).toBeGreaterThan(20);
  });
});

describe("lean reader: cell types", () => {
  const sst = ["项目名称", "得分"];
  const richSst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>项目名称</t></si><si><r><t>产出</t></r><r><rPr><b/></rPr><t xml:space="preserve">指标 </t></r><rPh sb="0" eb="2"><t>チャン</t></rPh></si></sst>`;
  const sheet = [
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>内联</t></r><r><t>文本</t></r></is></c></row>`,
    `<row r="2"><c r="A2"><v>10</v></c><c r="B2" s="1"><v>0.95</v></c><c r="C2" s="2"><v>0.9512</v></c><c r="D2" s="3"><v>3.14159</v></c><c r="E2" s="5"><v>8.5</v></c></row>`,
    `<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><v>#REF!</v></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3" s="4"><v>45658</v></c></row>`,
    `<row r="4"><c r="A4"><f>SUM(A2:A3)</f><v>10</v></c><c r="B4"><f>A2*2</f></c><c r="C4" t="str"><f>A1&amp;"x"</f><v>项目名称x</v></c><c r="D4" s="1"/></row>`,
    // a filled-down (shared) formula: the master and two dependents, one without a cached value
    `<row r="5"><c r="A5"><v>1</v></c><c r="B5"><f t="shared" ref="B5:B7" si="0">A5*$A$2+SUM($A5:A$5)</f><v>11</v></c></row>`,
    `<row r="6"><c r="A6"><v>2</v></c><c r="B6"><f t="shared" si="0"/><v>23</v></c></row>`,
    `<row r="7"><c r="A7"><v>3</v></c><c r="B7"><f t="shared" si="0"/></c></row>`,
    `<row r="8"><c r="A8"><v>1e308</v></c><c r="B8"><v>1e999</v></c></row>`,
  ].join("");
  const bytes = zipSync({
    ...xlsxParts(
      [
        { name: "自评表", xml: sheetDoc(sheet, `<mergeCells count="2"><mergeCell ref="A9:C9"/><mergeCell ref="A30:XFD1048576"/></mergeCells>`) },
        { name: "隐藏", xml: `<row r="1"><c r="A1"><v>1</v></c></row>`, state: "hidden" },
        { name: "深藏", xml: `<row r="1"><c r="A1"><v>2</v></c></row>`, state: "veryHidden" },
      ],
      { sharedStrings: sst, styles: STYLES },
    ),
    "xl/sharedStrings.xml": strToU8(richSst),
  });
  const { sheets } = readWorkbook(bytes);
  const g = sheets[0].grid;

  test("shared strings with rich-text runs concatenated (phonetic runs left out), inline strings", () => {
    expect(g.cell(1, 1)).toEqual({ v: "项目名称" });
    expect(g.cell(1, 2)).toEqual({ v: "产出指标 " });
    expect(g.cell(1, 3)).toEqual({ v: "内联文本" });
  });
  test("numbers with built-in and custom number formats; dates as YYYY-MM-DD", () => {
    expect(g.cell(2, 1)).toEqual({ v: 10 });
    expect(g.cell(2, 2)).toEqual({ v: 0.95, fmt: "0%" });
    expect(g.cell(2, 3)).toEqual({ v: 0.9512, fmt: "0.00%" });
    expect(g.cell(2, 4)).toEqual({ v: 3.14159, fmt: "0.00" });
    expect(g.cell(2, 5)).toEqual({ v: 8.5, fmt: '0.0"分"' });
    expect(g.cell(3, 4)).toEqual({ v: "2025-01-01", fmt: "mm-dd-yy" });
  });
  test("booleans, error values, formulas with cached results, a formula without one", () => {
    expect(g.cell(3, 1)).toEqual({ v: true });
    expect(g.cell(3, 2)).toEqual({ v: { error: "#REF!" } });
    expect(g.cell(3, 3)).toEqual({ v: { error: "#DIV/0!" }, f: "1/0" });
    expect(g.cell(4, 1)).toEqual({ v: 10, f: "SUM(A2:A3)" });
    expect(g.cell(4, 2)).toEqual({ v: null, f: "A2*2" }); // a formula, not an empty cell
    expect(g.cell(4, 3)).toEqual({ v: "项目名称x", f: 'A1&"x"' });
    expect(g.cell(4, 4)).toBeNull(); // a formatted blank is empty
  });
  test("every dependent of a shared formula is a formula with its own shifted references", () => {
    expect(g.cell(5, 2)).toEqual({ v: 11, f: "A5*$A$2+SUM($A5:A$5)" });
    expect(g.cell(6, 2)).toEqual({ v: 23, f: "A6*$A$2+SUM($A6:A$5)" });
    expect(g.cell(7, 2)).toEqual({ v: null, f: "A7*$A$2+SUM($A7:A$5)" });
  });
  test("a huge number stays a number; one beyond the double range reads as #NUM!", () => {
    expect(g.raw(8, 1)).toBe(1e308);
    expect(g.raw(8, 2)).toEqual({ error: "#NUM!" });
  });
  test("merges are clamped to the used range: a whole-sheet merge below the data costs nothing", () => {
    expect(g.merges).toHaveLength(0); // A9:C9 and A30:… lie below the last written row (8)
    expect(g.rowCount).toBe(8);
  });
  test("sheet names, order and visibility from workbook.xml", () => {
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ["自评表", "visible"],
      ["隐藏", "hidden"],
      ["深藏", "veryHidden"],
    ]);
  });
});

describe("lean reader: merges", () => {
  test("a merge inside the data keeps its anchor and drops its tails' own content", () => {
    const { sheets } = readWorkbook(
      buildXlsx([
        {
          name: "S",
          xml: sheetDoc(`<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c></row>`, `<mergeCells><mergeCell ref="A1:B2"/></mergeCells>`),
        },
      ]),
    );
    const g = sheets[0].grid;
    expect(g.merges).toEqual([{ r1: 1, c1: 1, r2: 2, c2: 2 }]);
    expect(g.cell(1, 2)).toBeNull();
    expect(g.value(2, 2)).toBe(1);
  });
  test("a whole-sheet merge over data is clamped to the cells with content", () => {
    const { sheets } = readWorkbook(
      buildXlsx([{ name: "S", xml: sheetDoc(`<row r="30"><c r="A30"><v>1</v></c><c r="C31"><v>2</v></c></row>`, `<mergeCells><mergeCell ref="A30:XFD1048576"/></mergeCells>`) }]),
    );
    expect(sheets[0].grid.merges).toEqual([{ r1: 30, c1: 1, r2: 31, c2: 3 }]);
  });
  test("a bad merge reference is skipped with a note", () => {
    const r = readWorkbook(buildXlsx([{ name: "S", xml: sheetDoc(`<row r="1"><c r="A1"><v>1</v></c><c r="B2"><v>1</v></c></row>`, `<mergeCells><mergeCell ref="A1:ZZZZ9"/></mergeCells>`) }]));
    expect(r.sheets[0].grid.merges).toEqual([]);
    expect(r.notes).toEqual(["工作表「S」：合并区域「A1:ZZZZ9」无效，已忽略"]);
  });
});

describe("lean reader: broken and hostile packages get a stable code", () => {
  const ok = `<row r="1"><c r="A1"><v>1</v></c></row>`;
  test.each([
    ["an empty file", new Uint8Array(0), "corrupt"],
    ["a text file", strToU8("项目名称,得分\n"), "not-xlsx"],
    ["a zip without a workbook", zipSync({ "a.txt": strToU8("hi") }), "not-xlsx"],
    ["a truncated zip", buildXlsx([{ name: "S", xml: ok }]).subarray(0, 300), "corrupt"],
    ["a shared-string index out of range", buildXlsx([{ name: "S", xml: `<row r="1"><c r="A1" t="s"><v>5</v></c></row>` }], { sharedStrings: ["a"] }), "bad-reference"],
    ["a missing sheet part", buildXlsx([{ name: "S", xml: ok }], { omitSheetParts: [0] }), "missing-part"],
    ["a DTD with entities", buildXlsx([{ name: "S", xml: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>` }]), "forbidden-dtd"],
    ["malformed XML", buildXlsx([{ name: "S", xml: `<worksheet><sheetData><row></sheetData></worksheet>` }]), "corrupt"],
    ["a bad cell reference", buildXlsx([{ name: "S", xml: `<row r="1"><c r="A0"><v>1</v></c></row>` }]), "bad-reference"],
  ])("%s", (_name, buf, want) => {
    expect(code(buf as Uint8Array)).toBe(want);
  });

  test("a wrong relationship id names the sheet", () => {
    const parts = xlsxParts([{ name: "S", xml: ok }]);
    parts["xl/workbook.xml"] = strToU8(new TextDecoder().decode(parts["xl/workbook.xml"] as Uint8Array).replace('r:id="rId1"', 'r:id="rId9"'));
    expect(code(zipSync(parts))).toBe("bad-reference");
  });

  test("the cell budget counts across all sheets of the workbook", () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    const buf = buildXlsx([
      { name: "A", xml: rows },
      { name: "B", xml: rows },
    ]);
    expect(code(buf, { cells: 60 })).toBe("ok");
    expect(code(buf, { cells: 59 })).toBe("too-large");
  });

  test("inflated bytes are counted as they arrive, whatever the sizes the zip declares", () => {
    const big = `<row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(3_000_000)}</t></is></c></row>`;
    const buf = buildXlsx([{ name: "S", xml: big }]);
    // lie: declare 100 bytes uncompressed in every header
    const lying = buf.slice();
    for (let i = 0; i + 4 < lying.length; i++) {
      const sig = lying[i] | (lying[i + 1] << 8) | (lying[i + 2] << 16) | (lying[i + 3] << 24);
      if (sig === 0x04034b50) new DataView(lying.buffer).setUint32(i + 22, 100, true);
      if (sig === 0x02014b50) new DataView(lying.buffer).setUint32(i + 24, 100, true);
    }
    expect(code(lying, { inflatedBytes: 1_000_000 })).toBe("too-large");
    expect(code(lying)).toBe("ok");
  });

  test("legacy .xls and a password-protected workbook (OLE files)", () => {
    const ole = (name: string) => {
      const b = new Uint8Array(4096);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
      for (let i = 0; i < name.length; i++) b[1024 + 2 * i] = name.charCodeAt(i);
      return b;
    };
    expect(code(ole("Workbook"))).toBe("xls-legacy");
    expect(code(ole("EncryptedPackage"))).toBe("encrypted");
  });
});

describe("shared formula translation", () => {
  test.each([
    ["A1+B2", 1, 1, "B2+C3"],
    ["$A$1+A$1+$A1", 2, 2, "$A$1+C$1+$A3"],
    ["SUM(A1:A3)*LOG10(B1)", 1, 0, "SUM(A2:A4)*LOG10(B2)"],
    ['IF(A1="A1",Sheet2!A1,\'my sheet\'!B2)', 1, 0, 'IF(A2="A1",Sheet2!A2,\'my sheet\'!B3)'],
    ["SUM(A:A)+SUM(1:2)", 1, 1, "SUM(B:B)+SUM(2:3)"],
    ["A1", -1, 0, "#REF!"],
    ["Table1[金额]*C2", 1, 0, "Table1[金额]*C3"],
  ])("%s shifted by (%i, %i) -> %s", (f, dr, dc, want) => {
    expect(translateFormula(f as string, dr as number, dc as number)).toBe(want);
  });
});
