import { a1, colIndex } from "../../../core/grid/a1";
import { attrsOf, findTag, splice, unescapeXml, WriterError } from "./xml";

/** One `<c>` element of a sheet part: where it is and what it says. */
export interface CellLoc {
  ref: string;
  row: number;
  col: number;
  start: number;
  end: number;
  xml: string;
}

export interface RowLoc {
  row: number;
  start: number;
  end: number;
  /** index just after the start tag */
  openEnd: number;
  /** index of the end tag (-1 when self-closing) */
  close: number;
  selfClosing: boolean;
  cells: CellLoc[];
}

export interface SheetIndex {
  /** namespace prefix of the sheet's elements ("" or e.g. "x:") */
  prefix: string;
  dataStart: number;
  dataEnd: number;
  /** index just after <sheetData …> */
  dataOpenEnd: number;
  /** index of </sheetData> (-1 when self-closing) */
  dataClose: number;
  rows: RowLoc[];
  /** some row or cell has no r attribute (its position is implied) */
  implicit: boolean;
}

/** The r attribute of a start tag (a fast path: indexing visits every cell of the sheet). */
function rAttr(tag: string): string | undefined {
  const m = /\sr\s*=\s*["']([^"']*)["']/.exec(tag);
  return m ? m[1] : undefined;
}

function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]), col: colIndex(m[1]) } : null;
}

/** Locate every row and cell of a sheet part's sheetData (a linear scan; cell contents are skipped whole). */
export function indexSheet(xml: string): SheetIndex {
  const sd = findTag(xml, "sheetData");
  if (!sd) throw new WriterError("sheet part has no sheetData");
  const p = sd.prefix;
  const index: SheetIndex = { prefix: p, dataStart: sd.start, dataOpenEnd: sd.end, dataEnd: sd.end, dataClose: -1, rows: [], implicit: false };
  if (sd.selfClosing) return index;
  const close = xml.indexOf(`</${p}sheetData>`, sd.end);
  if (close < 0) throw new WriterError("sheetData is not closed");
  index.dataClose = close;
  index.dataEnd = close + `</${p}sheetData>`.length;
  const rowRe = new RegExp(`<${p}row(?=[\\s/>])[^>]*>`, "g");
  const rowClose = `</${p}row>`;
  rowRe.lastIndex = sd.end;
  let lastRow = 0;
  let m: RegExpExecArray | null;
  while ((m = rowRe.exec(xml)) && m.index < close) {
    const tag = m[0];
    const r = rAttr(tag);
    const rowNum = r ? Number(r) : lastRow + 1;
    if (!r) index.implicit = true;
    lastRow = rowNum;
    const selfClosing = tag.endsWith("/>");
    const openEnd = m.index + tag.length;
    let rowEnd = openEnd;
    let rc = -1;
    if (!selfClosing) {
      rc = xml.indexOf(rowClose, openEnd);
      if (rc < 0 || rc > close) throw new WriterError(`row ${rowNum} is not closed`);
      rowEnd = rc + rowClose.length;
      rowRe.lastIndex = rowEnd;
    }
    index.rows.push(lazyRow(xml, index, rowNum, m.index, openEnd, rc, rowEnd, selfClosing));
  }
  return index;
}

/** A row whose cells are scanned only when asked for (a fill touches a handful of rows of a large sheet). */
function lazyRow(xml: string, index: SheetIndex, row: number, start: number, openEnd: number, close: number, end: number, selfClosing: boolean): RowLoc {
  let cells: CellLoc[] | null = null;
  return {
    row,
    start,
    end,
    openEnd,
    close,
    selfClosing,
    get cells(): CellLoc[] {
      if (cells) return cells;
      cells = [];
      if (selfClosing) return cells;
      const p = index.prefix;
      const cellRe = new RegExp(`<${p}c(?=[\\s/>])[^>]*>`, "g");
      const cellClose = `</${p}c>`;
      let lastCol = 0;
      cellRe.lastIndex = openEnd;
      let c: RegExpExecArray | null;
      while ((c = cellRe.exec(xml)) && c.index < close) {
        const ctag = c[0];
        let cend: number;
        if (ctag.endsWith("/>")) cend = c.index + ctag.length;
        else {
          const cc = xml.indexOf(cellClose, c.index + ctag.length);
          if (cc < 0) throw new WriterError("cell is not closed");
          cend = cc + cellClose.length;
        }
        const ref = rAttr(ctag);
        const pos = ref ? parseRef(ref.replace(/\$/g, "").toUpperCase()) : null;
        if (!ref) index.implicit = true;
        const col = pos ? pos.col : lastCol + 1;
        lastCol = col;
        cells.push({ ref: a1(row, col), row, col, start: c.index, end: cend, xml: xml.slice(c.index, cend) });
        cellRe.lastIndex = cend;
      }
      return cells;
    },
  };
}

/** The row element that holds a position of the part (rows are in document order). */
function rowAt(index: SheetIndex, pos: number): RowLoc | null {
  let lo = 0;
  let hi = index.rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = index.rows[mid];
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return r;
  }
  return null;
}

/**
 * The cells whose formula element says t="shared" or t="array": found from their `<f>` tags, so a sheet's
 * plain cells are never visited.
 */
export function formulaCells(xml: string, index: SheetIndex): { loc: CellLoc; parts: CellParts }[] {
  const out: { loc: CellLoc; parts: CellParts }[] = [];
  if (index.dataClose < 0) return out;
  const open = `<${index.prefix}f`;
  let i = xml.indexOf(open, index.dataOpenEnd);
  while (i >= 0 && i < index.dataClose) {
    const next = xml[i + open.length];
    const tagEnd = xml.indexOf(">", i);
    if ((next === " " || next === "/" || next === ">" || next === "\t" || next === "\n" || next === "\r") && tagEnd > 0) {
      const tag = xml.slice(i, tagEnd + 1);
      if (/\st\s*=\s*["'](shared|array)["']/.test(tag)) {
        const row = rowAt(index, i);
        const loc = row?.cells.find((c) => c.start <= i && i < c.end);
        if (loc) out.push({ loc, parts: cellParts(loc.xml, index.prefix) });
      }
    }
    i = xml.indexOf(open, i + open.length);
  }
  return out;
}

export function findCell(index: SheetIndex, ref: string): CellLoc | null {
  const pos = parseRef(ref);
  if (!pos) return null;
  const row = index.rows.find((r) => r.row === pos.row);
  return row?.cells.find((c) => c.col === pos.col) ?? null;
}

/** What a `<c>` element says: its attributes, its formula element (attributes and text), its value text. */
export interface CellParts {
  attrs: Map<string, string>;
  f: { attrs: Map<string, string>; text: string; xml: string } | null;
  v: string | null;
}

export function cellParts(xml: string, prefix: string): CellParts {
  const open = xml.slice(0, xml.indexOf(">") + 1);
  const attrs = attrsOf(open);
  const fm = new RegExp(`<${prefix}f(?=[\\s/>])[^>]*?(/>|>([\\s\\S]*?)</${prefix}f>)`).exec(xml);
  const vm = new RegExp(`<${prefix}v(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}v>`).exec(xml);
  return {
    attrs,
    f: fm ? { attrs: attrsOf(fm[0].slice(0, fm[0].indexOf(">") + 1)), text: unescapeXml(fm[2] ?? ""), xml: fm[0] } : null,
    v: vm ? unescapeXml(vm[1]) : null,
  };
}

/**
 * Patch sheetData: each entry of `writes` replaces (or inserts, in order) the `<c>` of its cell; null removes
 * it. Rows are created where missing; a row named in `restoreRows` that is left with no cell becomes the given
 * text (its element as it was before a write created or opened it: "" removes it).
 * Everything else in the part stays as written.
 */
export function patchSheetData(xml: string, index: SheetIndex, writes: Map<string, string | null>, restoreRows: Map<number, string> = new Map()): string {
  const p = index.prefix;
  const ops: [number, number, string][] = [];
  const byRow = new Map<number, { col: number; ref: string; xml: string | null }[]>();
  for (const [ref, cx] of writes) {
    const pos = parseRef(ref);
    if (!pos) throw new WriterError(`not a cell address: ${ref}`);
    const list = byRow.get(pos.row) ?? [];
    list.push({ col: pos.col, ref, xml: cx });
    byRow.set(pos.row, list);
  }
  // scanning the touched rows tells whether any cell there has no address
  const touched = [...byRow.entries()].map(([r, list]) => ({ row: index.rows.find((x) => x.row === r), list }));
  for (const t of touched) void t.row?.cells;
  if (index.implicit && touched.some((t) => t.list.some((w) => w.xml !== null && !t.row?.cells.some((c) => c.col === w.col)))) {
    throw new WriterError("rows or cells without an address (r): cannot insert a cell safely");
  }
  const newRows: { row: number; xml: string }[] = [];
  for (const [rowNum, list] of byRow) {
    list.sort((a, b) => a.col - b.col);
    const row = index.rows.find((r) => r.row === rowNum);
    if (!row) {
      const cells = list.filter((w) => w.xml !== null).map((w) => w.xml).join("");
      if (cells) newRows.push({ row: rowNum, xml: `<${p}row r="${rowNum}">${cells}</${p}row>` });
      continue;
    }
    const restore = restoreRows.get(rowNum);
    const emptied = list.every((w) => w.xml === null) && row.cells.every((c) => list.some((w) => w.col === c.col));
    if (restore !== undefined && emptied) {
      ops.push([row.start, row.end, restore]);
      continue;
    }
    if (row.selfClosing) {
      const cells = list.filter((w) => w.xml !== null).map((w) => w.xml).join("");
      if (cells) ops.push([row.start, row.end, `${rowTagOpen(xml.slice(row.start, row.openEnd))}${cells}</${p}row>`]);
      continue;
    }
    const inserts = new Map<number, string>();
    for (const w of list) {
      const existing = row.cells.find((c) => c.col === w.col);
      if (existing) ops.push([existing.start, existing.end, w.xml ?? ""]);
      else if (w.xml !== null) {
        const next = row.cells.find((c) => c.col > w.col);
        const at = next ? next.start : row.close;
        inserts.set(at, (inserts.get(at) ?? "") + w.xml);
      }
    }
    for (const [at, text] of inserts) ops.push([at, at, text]);
  }
  if (newRows.length) {
    newRows.sort((a, b) => a.row - b.row);
    const inserts = new Map<number, string>();
    for (const nr of newRows) {
      const next = index.rows.find((r) => r.row > nr.row);
      const at = next ? next.start : index.dataClose >= 0 ? index.dataClose : -1;
      inserts.set(at, (inserts.get(at) ?? "") + nr.xml);
    }
    for (const [at, text] of inserts) {
      if (at >= 0) ops.push([at, at, text]);
      else {
        // <sheetData/>: open it
        const tag = xml.slice(index.dataStart, index.dataEnd);
        ops.push([index.dataStart, index.dataEnd, `${tag.slice(0, -2).replace(/\s+$/, "")}>${text}</${p}sheetData>`]);
      }
    }
  }
  return splice(xml, ops);
}

function rowTagOpen(tag: string): string {
  return tag.endsWith("/>") ? tag.slice(0, -2).replace(/\s+$/, "") + ">" : tag;
}
