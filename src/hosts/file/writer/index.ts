import type { CellContent, Edit } from "../../../core/fill/types";
import { a1, parseA1, parseRange, rangeA1 } from "../../../core/grid/a1";
import { shiftFormula } from "./formula";
import { mapPackage, PackageMap, partText, relationshipsOf } from "./package";
import { cellParts, CellLoc, findCell, formulaCells, indexSheet, patchSheetData, SheetIndex } from "./sheet";
import { SharedStrings, textElement } from "./strings";
import { Styles } from "./styles";
import { entryData, OutEntry, writeZip, ZipEntry } from "./zip";
import { attrsOf, encodeXml, escapeText, findTag, sameBytes, setAttr, WriterError } from "./xml";

export { WriterError } from "./xml";
export { ZipFormatError } from "./zip";
export { shiftFormula } from "./formula";

/**
 * The surgical writer (DESIGN §6): from the original package bytes, a sheet and a fill plan's edits to new
 * package bytes that differ only in the planned cells' `<c>` elements — plus what writing them needs: an
 * appended shared string or cell format, the calculation chain without the written cells, and a request to
 * recalculate on open. Every other entry of the zip is copied as stored. Pure and browser-safe.
 */

/** What restores one written cell exactly. */
export interface CellRevert {
  cell: string;
  /** the cell's `<c>` element before the write (null: there was none) */
  original: string | null;
  /** the `<c>` element the write put there */
  written: string;
  /** the cell's row element before the write, when the write created it ("") or opened a self-closing one */
  row?: { row: number; xml: string };
  /** other cells changed for this one (a shared formula re-homed to its next cell) */
  related: { cell: string; original: string; written: string }[];
}

/** Everything a write changed, to undo it exactly. */
export interface WriteRecord {
  sheet: string;
  sheetPath: string;
  cells: CellRevert[];
  /** the sheet's dimension element, when the write extended it */
  dimension?: { original: string; written: string };
  /** other parts as they were before the write (null: absent) and their position in the package */
  parts: { name: string; before: Uint8Array | null; index: number }[];
}

export interface WriteOptions {
  /** a package (the original file) whose stored entries are reused wherever a part's new content equals theirs */
  baseline?: Uint8Array;
  /** revert: leave the other parts as they are (the write being undone is not the newest one) */
  keepParts?: boolean;
}

export interface WriteResult {
  bytes: Uint8Array;
  /** null when nothing was written (no edits: the bytes are the input's) */
  record: WriteRecord | null;
}

function sheetOf(map: PackageMap, sheet: string) {
  const s = map.sheets.find((x) => x.name === sheet);
  if (!s) throw new WriterError(`no sheet named "${sheet}"`);
  if (!map.byName.has(s.path)) throw new WriterError(`sheet part missing: ${s.path}`);
  return s;
}

function numberText(n: number): string {
  if (Object.is(n, -0)) return "0";
  return String(n);
}

/** The `<c>` element for a cell's new content, keeping its style index. */
export function cellXml(p: string, ref: string, s: number | null, c: CellContent, sst: SharedStrings | null): string {
  const attrs = [`r="${ref}"`];
  if (s !== null) attrs.push(`s="${s}"`);
  const v = c.value === "" ? null : c.value;
  let t: string | null = null;
  let body = "";
  if (c.formula) body += `<${p}f>${escapeText(c.formula.replace(/^=/, ""))}</${p}f>`;
  if (v === null) {
    // nothing more
  } else if (typeof v === "number") {
    if (Number.isFinite(v)) body += `<${p}v>${numberText(v)}</${p}v>`;
    else (t = "e"), (body += `<${p}v>#NUM!</${p}v>`);
  } else if (typeof v === "boolean") {
    t = "b";
    body += `<${p}v>${v ? 1 : 0}</${p}v>`;
  } else if (typeof v === "object") {
    t = "e";
    body += `<${p}v>${escapeText(v.error)}</${p}v>`;
  } else if (c.formula) {
    t = "str";
    body += `<${p}v>${escapeText(v)}</${p}v>`;
  } else if (sst) {
    t = "s";
    body += `<${p}v>${sst.indexOf(v)}</${p}v>`;
  } else {
    t = "inlineStr";
    body += `<${p}is>${textElement(p, v)}</${p}is>`;
  }
  if (t) attrs.push(`t="${t}"`);
  return body ? `<${p}c ${attrs.join(" ")}>${body}</${p}c>` : `<${p}c ${attrs.join(" ")}/>`;
}

/** Formula groups of a sheet: shared-formula cells by group index, and array-formula areas. */
function formulaGroups(xml: string, index: SheetIndex) {
  const shared = new Map<string, { loc: CellLoc; master: boolean }[]>();
  const arrays: { master: string; ref: string }[] = [];
  for (const { loc, parts } of formulaCells(xml, index)) {
    const t = parts.f?.attrs.get("t");
    if (t === "shared") {
      const si = parts.f!.attrs.get("si") ?? "";
      const list = shared.get(si) ?? [];
      list.push({ loc, master: parts.f!.attrs.has("ref") && parts.f!.text !== "" });
      shared.set(si, list);
    } else if (t === "array" && parts.f!.attrs.get("ref")) arrays.push({ master: loc.ref, ref: parts.f!.attrs.get("ref")! });
  }
  return { shared, arrays };
}

function inRange(ref: string, range: string): boolean {
  const p = parseA1(ref);
  const r = parseRange(range);
  return p.row >= r.r1 && p.row <= r.r2 && p.col >= r.c1 && p.col <= r.c2;
}

/** calcChain without the given cells of one sheet (null: nothing left). An omitted i means "same sheet as before". */
function pruneCalcChain(xml: string, sheetId: string, cells: Set<string>): string | null {
  const re = /<([A-Za-z_][\w.-]*:)?c(?=[\s/>])[^>]*?(\/>|>[\s\S]*?<\/([A-Za-z_][\w.-]*:)?c>)/g;
  const ops: [number, number, string][] = [];
  let current: string | undefined;
  let carry: string | undefined;
  let kept = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const tag = m[0].slice(0, m[0].indexOf(">") + 1);
    const a = attrsOf(tag);
    if (a.has("i")) current = a.get("i");
    const sheet = current ?? "1";
    const ref = (a.get("r") ?? "").replace(/\$/g, "");
    if (sheet === sheetId && cells.has(ref)) {
      ops.push([m.index, m.index + m[0].length, ""]);
      if (a.has("i")) carry = a.get("i");
      continue;
    }
    kept++;
    if (carry !== undefined && !a.has("i")) ops.push([m.index, m.index + tag.length, setAttr(tag, "i", carry)]);
    carry = undefined;
  }
  if (kept === 0) return null;
  let out = xml;
  for (const [s, e, t] of ops.sort((x, y) => y[0] - x[0])) out = out.slice(0, s) + t + out.slice(e);
  return out;
}

const AFTER_CALCPR = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

/** workbook.xml asking Excel and WPS to recalculate every formula when the file is opened. */
export function withFullCalcOnLoad(xml: string): string {
  const cp = findTag(xml, "calcPr");
  if (cp) {
    const v = attrsOf(cp.tag).get("fullCalcOnLoad");
    if (v === "1" || v === "true") return xml;
    return xml.slice(0, cp.start) + setAttr(cp.tag, "fullCalcOnLoad", "1") + xml.slice(cp.end);
  }
  const wb = findTag(xml, "workbook");
  if (!wb) throw new WriterError("workbook part has no workbook element");
  let at = xml.lastIndexOf(`</${wb.prefix}workbook>`);
  for (const name of AFTER_CALCPR) {
    const t = findTag(xml, name);
    if (t && t.start < at) at = t.start;
  }
  return xml.slice(0, at) + `<${wb.prefix}calcPr fullCalcOnLoad="1"/>` + xml.slice(at);
}

/** The package with some parts replaced (null: removed) or re-inserted, stored entries copied verbatim. */
function assemble(map: PackageMap, changes: Map<string, Uint8Array | null>, baseline: PackageMap | null, reinsert: { name: string; data: Uint8Array; index: number }[] = []): Uint8Array {
  const out: OutEntry[] = [];
  for (const e of map.zip.entries) {
    if (!changes.has(e.name)) {
      out.push({ entry: e });
      continue;
    }
    const data = changes.get(e.name)!;
    if (data === null) continue;
    out.push(reuse(e.name, data, baseline) ?? { name: e.name, data, like: e });
  }
  for (const r of [...reinsert].sort((a, b) => a.index - b.index)) {
    const entry = reuse(r.name, r.data, baseline) ?? { name: r.name, data: r.data, like: baseline?.byName.get(r.name) };
    out.splice(Math.min(r.index, out.length), 0, entry);
  }
  return writeZip(out, map.zip.comment);
}

function reuse(name: string, data: Uint8Array, baseline: PackageMap | null): OutEntry | null {
  const b: ZipEntry | undefined = baseline?.byName.get(name);
  if (b && b.size === data.length && sameBytes(entryData(b), data)) return { entry: b };
  return null;
}

/** Write a plan's edits into a sheet of a package. No edits: the input bytes, unchanged. */
export function writeEdits(bytes: Uint8Array, sheet: string, edits: Edit[], opts: WriteOptions = {}): WriteResult {
  if (edits.length === 0) return { bytes, record: null };
  const map = mapPackage(bytes);
  const target = sheetOf(map, sheet);
  const sheetXml = partText(map, target.path)!;
  const index = indexSheet(sheetXml);
  const p = index.prefix;
  const stylesPath = map.related.get("styles")?.path;
  const sstPath = map.related.get("sharedStrings")?.path;
  const styles = stylesPath && map.byName.has(stylesPath) ? new Styles(partText(map, stylesPath)!) : null;
  const sst = sstPath && map.byName.has(sstPath) ? new SharedStrings(partText(map, sstPath)!) : null;

  const last = new Map<string, Edit>();
  for (const e of edits) last.set(parseRef(e.cell), e);
  const planned = new Set(last.keys());
  const groups = formulaGroups(sheetXml, index);
  for (const ref of planned) {
    const arr = groups.arrays.find((a) => a.master !== ref && inRange(ref, a.ref));
    if (arr) throw new WriterError(`${ref} is part of the array formula at ${arr.master}`);
  }

  const writes = new Map<string, string | null>();
  const reverts: CellRevert[] = [];
  for (const [ref, e] of last) {
    const loc = findCell(index, ref);
    const parts = loc ? cellParts(loc.xml, p) : null;
    let s: number | null = parts?.attrs.has("s") ? Number(parts.attrs.get("s")) : null;
    if (e.after.numFmt && styles && styles.numFmtOf(s ?? 0) === null) s = styles.withNumFmt(s, e.after.numFmt);
    if (parts?.attrs.get("t") === "s") sst?.release();
    const written = cellXml(p, ref, s, e.after, sst);
    writes.set(ref, written);
    const rev: CellRevert = { cell: ref, original: loc?.xml ?? null, written, related: [] };
    const row = index.rows.find((r) => r.row === parseA1(ref).row);
    if (!row) rev.row = { row: parseA1(ref).row, xml: "" };
    else if (row.selfClosing) rev.row = { row: row.row, xml: sheetXml.slice(row.start, row.end) };
    // a shared formula's master: the group moves to its next cell, so the rest of the sheet computes the same
    const f = parts?.f;
    if (f && f.attrs.get("t") === "shared" && f.attrs.has("ref") && f.text !== "") {
      const si = f.attrs.get("si") ?? "";
      const rest = (groups.shared.get(si) ?? []).filter((x) => !x.master && !planned.has(x.loc.ref) && !writes.has(x.loc.ref));
      if (rest.length) {
        rest.sort((a, b) => a.loc.row - b.loc.row || a.loc.col - b.loc.col);
        const next = rest[0].loc;
        const box = {
          r1: Math.min(...rest.map((x) => x.loc.row)),
          c1: Math.min(...rest.map((x) => x.loc.col)),
          r2: Math.max(...rest.map((x) => x.loc.row)),
          c2: Math.max(...rest.map((x) => x.loc.col)),
        };
        const from = parseA1(ref);
        const text = shiftFormula(f.text, next.row - from.row, next.col - from.col);
        const nextParts = cellParts(next.xml, p);
        let tag = nextParts.f!.xml.slice(0, nextParts.f!.xml.indexOf(">") + 1);
        if (tag.endsWith("/>")) tag = tag.slice(0, -2).replace(/\s+$/, "") + ">";
        for (const [k, v] of f.attrs) if (k !== "ref" && k !== "si" && k !== "t") tag = setAttr(tag, k, v);
        tag = setAttr(tag, "ref", rangeA1(box));
        const newF = `${tag}${escapeText(text)}</${p}f>`;
        const nextWritten = next.xml.replace(nextParts.f!.xml, newF);
        writes.set(next.ref, nextWritten);
        rev.related.push({ cell: next.ref, original: next.xml, written: nextWritten });
      }
    }
    reverts.push(rev);
  }

  let newSheet = patchSheetData(sheetXml, index, writes);
  // the dimension covers the written cells
  let dimension: WriteRecord["dimension"];
  const dim = findTag(newSheet, "dimension");
  if (dim) {
    const ref = attrsOf(dim.tag).get("ref");
    if (ref && /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(ref)) {
      const box = parseRange(ref);
      const before = { ...box };
      for (const r of planned) {
        const q = parseA1(r);
        box.r1 = Math.min(box.r1, q.row);
        box.c1 = Math.min(box.c1, q.col);
        box.r2 = Math.max(box.r2, q.row);
        box.c2 = Math.max(box.c2, q.col);
      }
      if (box.r1 !== before.r1 || box.c1 !== before.c1 || box.r2 !== before.r2 || box.c2 !== before.c2) {
        const written = setAttr(dim.tag, "ref", rangeA1(box));
        newSheet = newSheet.slice(0, dim.start) + written + newSheet.slice(dim.end);
        dimension = { original: dim.tag, written };
      }
    }
  }

  const changes = new Map<string, Uint8Array | null>();
  changes.set(target.path, encodeXml(newSheet));
  if (styles?.changed && stylesPath) changes.set(stylesPath, encodeXml(styles.xml));
  if (sst?.changed && sstPath) changes.set(sstPath, encodeXml(sst.toXml()));
  const calc = map.related.get("calcChain");
  if (calc && map.byName.has(calc.path)) {
    const xml = partText(map, calc.path)!;
    const pruned = pruneCalcChain(xml, target.sheetId, planned);
    if (pruned === null) {
      changes.set(calc.path, null);
      const relsXml = partText(map, map.workbookRelsPath)!;
      const rel = relationshipsOf(relsXml).find((r) => r.id === calc.id);
      if (rel) changes.set(map.workbookRelsPath, encodeXml(relsXml.replace(rel.xml, "")));
      const ct = partText(map, "[Content_Types].xml");
      if (ct !== null) {
        const re = new RegExp(`<([A-Za-z_][\\w.-]*:)?Override\\b[^>]*PartName\\s*=\\s*["']/${calc.path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["'][^>]*>`);
        const m = re.exec(ct);
        if (m) changes.set("[Content_Types].xml", encodeXml(ct.replace(m[0], "")));
      }
    } else if (pruned !== xml) changes.set(calc.path, encodeXml(pruned));
  }
  const wbXml = partText(map, map.workbookPath)!;
  const wbNew = withFullCalcOnLoad(wbXml);
  if (wbNew !== wbXml) changes.set(map.workbookPath, encodeXml(wbNew));

  const parts: WriteRecord["parts"] = [];
  for (const name of changes.keys()) {
    if (name === target.path) continue;
    const e = map.byName.get(name)!;
    parts.push({ name, before: entryData(e), index: map.zip.entries.indexOf(e) });
  }
  const baseline = opts.baseline ? mapPackage(opts.baseline) : null;
  const out = assemble(map, changes, baseline);
  return { bytes: out, record: { sheet, sheetPath: target.path, cells: reverts, ...(dimension ? { dimension } : {}), parts } };
}

function parseRef(cell: string): string {
  const q = parseA1(cell);
  return a1(q.row, q.col);
}

export interface RevertResult {
  bytes: Uint8Array;
  /** cells given back their original element */
  restored: string[];
  /** cells that no longer hold what the write put there: left as they are */
  conflicts: string[];
  /** what is left of the record (null: all of it was undone) */
  remaining: WriteRecord | null;
}

/**
 * Undo a write, for all its cells or some of them: each cell (and any cell re-homed for it) gets back its
 * original `<c>` element, created rows go again. When the whole write is undone, the other parts it changed
 * (shared strings, styles, calcChain, workbook, relationships, content types) get back their content too —
 * the caller undoes writes in reverse order.
 */
export function revertWrite(bytes: Uint8Array, record: WriteRecord, cells?: string[], opts: WriteOptions = {}): RevertResult {
  const map = mapPackage(bytes);
  if (!map.byName.has(record.sheetPath)) throw new WriterError(`sheet part missing: ${record.sheetPath}`);
  const sheetXml = partText(map, record.sheetPath)!;
  const index = indexSheet(sheetXml);
  const want = cells ? new Set(cells.map(parseRef)) : null;
  const writes = new Map<string, string | null>();
  const restoreRows = new Map<number, string>();
  const restored: string[] = [];
  const conflicts: string[] = [];
  for (const c of record.cells) {
    if (want && !want.has(c.cell)) continue;
    const now = findCell(index, c.cell);
    if (now?.xml !== c.written) {
      conflicts.push(c.cell);
      continue;
    }
    writes.set(c.cell, c.original);
    for (const r of c.related) if (findCell(index, r.cell)?.xml === r.written) writes.set(r.cell, r.original);
    if (c.row) restoreRows.set(c.row.row, c.row.xml);
    restored.push(c.cell);
  }
  const left = record.cells.filter((c) => !restored.includes(c.cell));
  let newSheet = patchSheetData(sheetXml, index, writes, restoreRows);
  const changes = new Map<string, Uint8Array | null>();
  const reinsert: { name: string; data: Uint8Array; index: number }[] = [];
  if (left.length === 0) {
    if (record.dimension) {
      const dim = findTag(newSheet, "dimension");
      if (dim && dim.tag === record.dimension.written) newSheet = newSheet.slice(0, dim.start) + record.dimension.original + newSheet.slice(dim.end);
    }
    for (const part of opts.keepParts ? [] : record.parts) {
      if (part.before === null) changes.set(part.name, null);
      else if (map.byName.has(part.name)) changes.set(part.name, part.before);
      else reinsert.push({ name: part.name, data: part.before, index: part.index });
    }
  }
  changes.set(record.sheetPath, encodeXml(newSheet));
  const baseline = opts.baseline ? mapPackage(opts.baseline) : null;
  const out = assemble(map, changes, baseline, reinsert);
  return { bytes: out, restored, conflicts, remaining: left.length ? { ...record, cells: left } : null };
}

/** The content of a cell as a plan sees it, straight from the package (for tests and the CLI). */
export function cellElement(bytes: Uint8Array, sheet: string, cell: string): string | null {
  const map = mapPackage(bytes);
  const target = sheetOf(map, sheet);
  const index = indexSheet(partText(map, target.path)!);
  return findCell(index, parseRef(cell))?.xml ?? null;
}

/** Sheet names of a package in workbook order, with their state (hidden, veryHidden). */
export function packageSheets(bytes: Uint8Array): { name: string; path: string; state: string | null }[] {
  return mapPackage(bytes).sheets.map(({ name, path, state }) => ({ name, path, state }));
}

/** The inflated parts of a package, by name (for comparisons). */
export function packageParts(bytes: Uint8Array): Map<string, Uint8Array> {
  const map = mapPackage(bytes);
  return new Map(map.zip.entries.map((e) => [e.name, entryData(e)]));
}

