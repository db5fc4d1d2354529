import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Cell, CellValue, Grid } from "../../core/grid/grid";
import { FileError } from "./errors";
import { OLE_MAGIC, oleKind } from "./reader";

/** Limits that keep a bad file from hanging or exhausting the reviewer's machine. */
export const LIMITS = {
  /** bytes of the .xlsx file */
  fileBytes: 64 * 1024 * 1024,
  /** uncompressed bytes of all parts (zip-bomb guard) */
  unzippedBytes: 512 * 1024 * 1024,
  /** non-empty cells in one sheet (evaluation sheets have a few thousand) */
  sheetCells: 1_000_000,
};

/** Check the package before a full load: kind of file, size, zip bomb, sheet dimensions. */
async function precheck(buf: Uint8Array): Promise<void> {
  if (buf.length === 0) throw new FileError("corrupt", "文件为空");
  if (buf.length > LIMITS.fileBytes) throw new FileError("too-large", `${(buf.length / 1048576).toFixed(1)} MB`);
  if (OLE_MAGIC.every((b, i) => buf[i] === b)) throw new FileError(oleKind(buf));
  if (!(buf[0] === 0x50 && buf[1] === 0x4b)) throw new FileError("not-xlsx");
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch (e) {
    throw new FileError("corrupt", (e as Error).message);
  }
  if (!zip.file("[Content_Types].xml") || !zip.file(/^xl\/workbook\.xml$/).length) throw new FileError("not-xlsx");
  let total = 0;
  for (const f of Object.values(zip.files)) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    total += ((f as any)._data?.uncompressedSize as number | undefined) ?? 0;
  }
  if (total > LIMITS.unzippedBytes) throw new FileError("too-large", "解压后内容过大");
  for (const f of zip.file(/^xl\/worksheets\/sheet\d+\.xml$/)) {
    // count the cells that really hold something: a used range bloated by formatting alone is fine
    const xml = await f.async("string");
    const cells = countCells(xml);
    if (cells > LIMITS.sheetCells) {
      throw new FileError(
        "too-large",
        `工作表 ${f.name.replace(/^xl\/worksheets\//, "")} 有 ${cells.toLocaleString("en-US")} 个非空单元格（上限 ${LIMITS.sheetCells.toLocaleString("en-US")}）`,
      );
    }
  }
}

/** Cells with a value or formula in a sheet part (<c …><v>…</v></c> or <c …><f>…</f>…</c>). */
function countCells(xml: string): number {
  let n = 0;
  let i = xml.indexOf("<c ");
  while (i >= 0) {
    const end = xml.indexOf(">", i);
    if (end < 0) break;
    if (xml[end - 1] !== "/") n++; // <c r="A1" s="3"/> is an empty, formatted cell
    i = xml.indexOf("<c ", end);
  }
  return n;
}

function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v && v.error) return { error: String(v.error) };
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const res = (v as ExcelJS.CellFormulaValue).result;
      if (res === undefined || res === null) return null;
      return cellValue(res as ExcelJS.CellValue);
    }
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

/** The formula of a cell; a shared-formula dependent ({sharedFormula: "A1"}) gets its own, translated from the master. */
function cellFormula(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value;
  if (v && typeof v === "object" && "formula" in v && typeof v.formula === "string") return v.formula;
  if (v && typeof v === "object" && "sharedFormula" in v) return cell.formula || undefined;
  return undefined;
}

/** Convert one ExcelJS worksheet into a Grid (values, cached formula results, formats, merges). */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells: (Cell | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: (Cell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) return; // tails read as the anchor
      const v = cellValue(cell.value);
      const f = cellFormula(cell);
      const fmt = cell.numFmt || undefined;
      if (v === null && !f) return;
      out[c - 1] = { v, ...(fmt ? { fmt } : {}), ...(f ? { f } : {}) };
    });
    cells[r - 1] = out;
  });
  // the merges' ranges as ws.model lists them, read from the sheet's own record of them: ws.model builds the model of
  // every row and cell (a 2,000-row sheet's whole contents again, to be dropped at once) to list them
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const own = (ws as any)._merges as Record<string, { range: string }> | undefined;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const merges: string[] = own ? Object.values(own).map((m) => m.range) : (((ws as any).model?.merges as string[] | undefined) ?? []);
  return new Grid({ name: ws.name, cells, merges });
}

export interface ReadWorkbook {
  workbook: ExcelJS.Workbook;
  sheets: Grid[];
}

/** Read an .xlsx (bytes) into Grids. Throws FileError with a clear code and Chinese message. */
export async function readXlsx(buf: Uint8Array): Promise<ReadWorkbook> {
  await precheck(buf);
  const wb = new ExcelJS.Workbook();
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await wb.xlsx.load(buf as any);
  } catch (e) {
    throw new FileError("corrupt", (e as Error).message);
  }
  const sheets: Grid[] = [];
  wb.eachSheet((ws) => {
    if (ws.state === "veryHidden") return;
    sheets.push(worksheetToGrid(ws));
  });
  if (sheets.length === 0) throw new FileError("empty");
  return { workbook: wb, sheets };
}
