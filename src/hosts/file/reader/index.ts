import { Cell, Grid } from "../../../core/grid/grid";
import { CellRange } from "../../../core/grid/a1";
import { FileError } from "../errors";
import { sharedStringsParser, sheetParser, textFeeder, parseMergeRef, CellBudget } from "./sheet";
import { attrs, parseStyles } from "./styles";
import { inflatePart, InflateBudget, listZip, partText, ZipEntry } from "./zip";

/**
 * The lean xlsx reader: bounded, streaming, browser-safe (no Node API). Bytes in, Grids out.
 * Every budget breach and every broken package throws a FileError with a stable code.
 */

export interface ReaderLimits {
  /** bytes of the .xlsx file */
  fileBytes: number;
  /** inflated bytes of all the parts read (workbook, rels, styles, shared strings, sheets) */
  inflatedBytes: number;
  /** non-empty cells across ALL sheets of the workbook */
  cells: number;
  /** merged areas per sheet */
  merges: number;
  /** cells covered by merges (after clamping to the used range) across the workbook */
  mergedCells: number;
}

export const READER_LIMITS: ReaderLimits = {
  fileBytes: 64 * 1024 * 1024,
  inflatedBytes: 256 * 1024 * 1024,
  cells: 2_000_000,
  merges: 100_000,
  mergedCells: 2_000_000,
};

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface ReadSheet {
  name: string;
  state: SheetState;
  grid: Grid;
}

export interface ReadResult {
  sheets: ReadSheet[];
  /** things skipped on the way (a bad merge reference…), Chinese */
  notes: string[];
}

/** a merge larger than this (after clamping to the written cells) is clamped to the cells with content */
const LARGE_MERGE = 10_000;

export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file is either a legacy .xls or an encrypted OOXML package ("EncryptedPackage" stream). */
export function oleKind(buf: Uint8Array): "encrypted" | "xls-legacy" {
  const needle = "EncryptedPackage";
  const n = Math.min(buf.length, 1 << 20);
  outer: for (let i = 0; i + needle.length * 2 <= n; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (buf[i + 2 * j] !== needle.charCodeAt(j) || buf[i + 2 * j + 1] !== 0) continue outer;
    }
    return "encrypted";
  }
  return "xls-legacy";
}

/** Resolve a relationship target against the folder of the part that owns it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/");
  parts.pop();
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

function relsPath(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function noDtd(xml: string, part: string): string {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) throw new FileError("forbidden-dtd", part);
  return xml;
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function parseRels(xml: string): Rel[] {
  const out: Rel[] = [];
  const re = /<(?:\w+:)?Relationship\b([^>]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const a = attrs(m[1]);
    out.push({ id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" });
  }
  return out;
}

/** Read an .xlsx package into one Grid per worksheet, in workbook order, with each sheet's visibility. */
export function readWorkbook(bytes: Uint8Array, limits: Partial<ReaderLimits> = {}): ReadResult {
  const L = { ...READER_LIMITS, ...limits };
  if (bytes.length === 0) throw new FileError("corrupt", "文件为空", "the file is empty");
  if (bytes.length > L.fileBytes) throw new FileError("too-large", `${(bytes.length / 1048576).toFixed(1)} MB`);
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) throw new FileError(oleKind(bytes));
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new FileError("not-xlsx");

  const entries = listZip(bytes);
  const lower = new Map<string, ZipEntry>();
  for (const [k, e] of entries) lower.set(k.toLowerCase(), e);
  const entry = (name: string) => entries.get(name) ?? lower.get(name.toLowerCase());
  const budget = new InflateBudget(L.inflatedBytes);
  const text = (name: string) => {
    const e = entry(name);
    return e ? noDtd(partText(bytes, e, budget), name) : null;
  };

  // the workbook part: from the package relationships, else the usual place
  let wbPath = "xl/workbook.xml";
  const rootRels = text("_rels/.rels");
  if (rootRels) {
    const office = parseRels(rootRels).find((r) => /\/officeDocument$/.test(r.type));
    if (office) wbPath = resolveTarget("", office.target);
  }
  const wbXml = text(wbPath);
  if (wbXml === null) throw new FileError("not-xlsx");
  const wbRels = parseRels(text(relsPath(wbPath)) ?? "");
  const relById = new Map(wbRels.map((r) => [r.id, r]));
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(wbXml);

  const sheetsDecl: { name: string; state: SheetState; rid: string }[] = [];
  const re = /<(?:\w+:)?sheet\b([^>]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(wbXml))) {
    const a = attrs(m[1]);
    const rid = a["r:id"] ?? Object.entries(a).find(([k]) => /(^|:)id$/.test(k) && k !== "sheetId")?.[1] ?? "";
    const state: SheetState = a.state === "hidden" ? "hidden" : a.state === "veryHidden" ? "veryHidden" : "visible";
    sheetsDecl.push({ name: a.name ?? "", state, rid });
  }
  if (sheetsDecl.length === 0) throw new FileError("empty");

  // number formats and shared strings
  const styleRel = wbRels.find((r) => /\/styles$/.test(r.type));
  const stylesXml = text(styleRel ? resolveTarget(wbPath, styleRel.target) : "xl/styles.xml");
  const numFmts = stylesXml ? parseStyles(stylesXml) : [];
  let sharedStrings: string[] = [];
  const sstRel = wbRels.find((r) => /\/sharedStrings$/.test(r.type));
  const sstPath = sstRel ? resolveTarget(wbPath, sstRel.target) : "xl/sharedStrings.xml";
  const sstEntry = entry(sstPath);
  if (sstEntry) {
    const { parser, strings } = sharedStringsParser(sstPath);
    const feed = textFeeder(parser);
    inflatePart(bytes, sstEntry, budget, feed.push);
    feed.end();
    sharedStrings = strings;
  }

  const cellBudget: CellBudget = { cells: 0, maxCells: L.cells };
  let mergedCells = 0;
  const notes: string[] = [];
  const sheets: ReadSheet[] = [];
  for (const decl of sheetsDecl) {
    const rel = relById.get(decl.rid);
    if (!rel) {
      throw new FileError("bad-reference", `工作表「${decl.name}」的关系 ${decl.rid || "(空)"} 不存在`, `sheet "${decl.name}": relationship ${decl.rid || "(none)"} not found`);
    }
    if (/\/chartsheet$/.test(rel.type) || /\/dialogsheet$/.test(rel.type) || /\/macrosheet$/.test(rel.type)) continue;
    const path = resolveTarget(wbPath, rel.target);
    const e = rel.external ? undefined : entry(path);
    if (!e) throw new FileError("missing-part", `工作表「${decl.name}」的部件 ${path} 不存在`, `sheet "${decl.name}": part ${path} is missing`);
    const sp = sheetParser({ part: path, sharedStrings, numFmts, date1904, budget: cellBudget, maxMerges: L.merges });
    const feed = textFeeder(sp.parser);
    inflatePart(bytes, e, budget, feed.push);
    feed.end();
    const { cells, merges, maxRow, maxCol } = sp.result();
    // clamp every merge to the used range (every <c> written, formatted blanks included), and a large
    // merge further to the cells that hold something: A30:XFD1048576 costs nothing
    const contentRows = cells.length;
    let contentCols = 0;
    for (const r of cells) if (r && r.length > contentCols) contentCols = r.length;
    const clamped: CellRange[] = [];
    for (const ref of merges) {
      const g = parseMergeRef(ref);
      if (!g) {
        notes.push(`工作表「${decl.name}」：合并区域「${ref}」无效，已忽略`);
        continue;
      }
      const c: CellRange = { r1: g.r1, c1: g.c1, r2: Math.min(g.r2, maxRow), c2: Math.min(g.c2, maxCol) };
      if ((c.r2 - c.r1 + 1) * (c.c2 - c.c1 + 1) > LARGE_MERGE) {
        c.r2 = Math.min(c.r2, contentRows);
        c.c2 = Math.min(c.c2, contentCols);
      }
      if (c.r1 > c.r2 || c.c1 > c.c2) continue; // entirely outside the used range
      if (c.r1 === c.r2 && c.c1 === c.c2) continue; // clamped to one cell: nothing to fill
      mergedCells += (c.r2 - c.r1 + 1) * (c.c2 - c.c1 + 1);
      if (mergedCells > L.mergedCells) {
        throw new FileError(
          "too-large",
          `合并区域覆盖的单元格超过 ${L.mergedCells.toLocaleString("en-US")} 个`,
          `merged areas cover more than ${L.mergedCells.toLocaleString("en-US")} cells`,
        );
      }
      clamped.push(c);
      // a merge's tail cells read as its anchor: drop their own content (the bounded area was just paid for)
      for (let r = c.r1; r <= c.r2; r++) {
        const row = cells[r - 1] as (Cell | null | undefined)[] | undefined;
        if (!row || row.length < c.c1) continue;
        for (let col = c.c1; col <= Math.min(c.c2, row.length); col++) {
          if ((r !== c.r1 || col !== c.c1) && row[col - 1]) row[col - 1] = null;
        }
      }
    }
    sheets.push({ name: decl.name, state: decl.state, grid: new Grid({ name: decl.name, cells, merges: clamped }) });
  }
  if (sheets.length === 0) throw new FileError("empty");
  return { sheets, notes };
}
