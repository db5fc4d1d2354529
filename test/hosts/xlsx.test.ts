import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "fs";
import { join } from "path";
import { FileError } from "../../src/hosts/file/errors";
import { LIMITS, readXlsx } from "../../src/hosts/file/xlsx";
import { CORPUS } from "../helpers";

async function code(buf: Uint8Array): Promise<string> {
  try {
    await readXlsx(buf);
    return "ok";
  } catch (e) {
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).message).toMatch(/[\u4e00-\u9fa5]/); // a Chinese message
    expect((e as FileError).messageEn).toMatch(/[A-Za-z]/);
    return (e as FileError).code;
  }
}

/** A minimal OLE compound file header, as Excel writes for .xls and for encrypted .xlsx. */
function ole(withEncryptedPackage: boolean): Uint8Array {
  const buf = new Uint8Array(4096);
  buf.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const name = withEncryptedPackage ? "EncryptedPackage" : "Workbook";
  for (let i = 0; i < name.length; i++) buf[1024 + 2 * i] = name.charCodeAt(i);
  return buf;
}

describe("xlsx host: reading real workbooks", () => {
  test("a corpus workbook: values, percent formats, cached results, merges", async () => {
    const { sheets } = await readXlsx(readFileSync(join(CORPUS, "cases", "011.xlsx")));
    const g = sheets[0];
    expect(g.raw(6, 4)).toBe(387664.62);
    expect(g.raw(6, 7)).toBe(1);
    expect(g.format(6, 7)).toMatch(/%/);
    expect(g.text(15, 1)).toBe("产出指标"); // A14:A17 merged: forward-filled
    expect(g.isMergedTail(15, 1)).toBe(true);
    expect(g.merges.length).toBe(22);
  });

  test("formula cells keep their formula and cached result", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 2;
    ws.getCell("A2").value = 3;
    ws.getCell("A3").value = { formula: "A1+A2", result: 5 };
    ws.getCell("A4").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    const { sheets } = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(sheets[0].raw(3, 1)).toBe(5);
    expect(sheets[0].formula(3, 1)).toBe("A1+A2");
    expect(sheets[0].raw(4, 1)).toEqual({ error: "#DIV/0!" });
  });
});

describe("xlsx host: bad input gets a clear code, never a crash", () => {
  test("not an xlsx (plain text)", async () => {
    expect(await code(new TextEncoder().encode("项目名称,得分\n工资,10\n"))).toBe("not-xlsx");
  });
  test("an empty file", async () => {
    expect(await code(new Uint8Array(0))).toBe("corrupt");
  });
  test("a truncated (corrupt) xlsx", async () => {
    const buf = readFileSync(join(CORPUS, "cases", "012.xlsx"));
    expect(await code(buf.subarray(0, Math.floor(buf.length / 2)))).toBe("corrupt");
  });
  test("a zip that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    expect(await code(await zip.generateAsync({ type: "uint8array" }))).toBe("not-xlsx");
  });
  test("a password-protected workbook (OLE EncryptedPackage)", async () => {
    expect(await code(ole(true))).toBe("encrypted");
  });
  test("a legacy .xls", async () => {
    expect(await code(ole(false))).toBe("xls-legacy");
  });
  test("a sheet with more non-empty cells than the limit is refused before a full load", async () => {
    const limit = LIMITS.sheetCells;
    LIMITS.sheetCells = 5000;
    try {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Huge");
      for (let r = 1; r <= 501; r++) for (let c = 1; c <= 10; c++) ws.getCell(r, c).value = r * c;
      expect(await code(new Uint8Array(await wb.xlsx.writeBuffer()))).toBe("too-large");
    } finally {
      LIMITS.sheetCells = limit;
    }
  });

  test("a used range bloated by formatting alone is not refused", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Formatted");
    ws.getCell("A1").value = "项目名称";
    ws.getCell("Z200000").numFmt = "0.00"; // an empty, formatted cell far away
    expect(await code(new Uint8Array(await wb.xlsx.writeBuffer()))).toBe("ok");
  });
});
