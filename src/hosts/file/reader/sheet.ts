import { XmlDoctypeError, XmlHandlers, XmlSyntaxError, XmlTag, XmlTokenizer } from "./xml";
import type { Cell, CellValue } from "../../../core/grid/grid";
import { colIndex, CellRange } from "../../../core/grid/a1";
import { FileError } from "../errors";
import { translateFormula } from "./formula";
import { isDateFormat } from "./styles";

/** Counters shared by every sheet of one workbook. */
export interface CellBudget {
  cells: number;
  maxCells: number;
}

const localName = (n: string) => {
  // (a loop: tag names are short, and a call to indexOf costs more)
  for (let i = 0; i < n.length; i++) if (n.charCodeAt(i) === 0x3a) return n.slice(i + 1);
  return n;
};

/**
 * A string of 1 to 15 ASCII digits as its number (what Number gives it), else -1: the shared-string indices and
 * whole numbers of a worksheet, read without Number's general parse.
 */
function digitsValue(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * An attribute's number (a row's r, a cell's s): digits read by digitsValue, anything else as Number reads it. Number
 * on a string looks it up as an array index first, which hashes the string: a call into the engine per cell.
 */
function numberOf(s: string): number {
  const d = digitsValue(s);
  return d >= 0 ? d : Number(s);
}

/** The value of the attribute named `name` (exactly, prefix included) of a tag read with flat attributes. */
function attr(t: XmlTag, name: string): string | undefined {
  const names = t.attrNames;
  for (let k = 0; k < t.attrCount; k++) if (names[k] === name) return t.attrValues[k];
  return undefined;
}

/** A streaming XML tokeniser (xml.ts) with its failures as the reader's FileErrors. */
export class XmlParser {
  private readonly handlers: XmlHandlers = {};
  private readonly tok = new XmlTokenizer(this.handlers);
  constructor(private readonly part: string) {}
  on<K extends "opentag" | "text" | "closetag">(event: K, fn: NonNullable<XmlHandlers[K]>): void {
    this.handlers[event] = fn;
  }
  /** the opentag handler reads the attributes from attrNames/attrValues (see XmlHandlers.flatAttributes) */
  flatAttributes(): void {
    this.handlers.flatAttributes = true;
  }
  write(s: string): void {
    this.run(() => this.tok.write(s));
  }
  close(): void {
    this.run(() => this.tok.close());
  }
  private run(f: () => void): void {
    try {
      f();
    } catch (e) {
      if (e instanceof XmlDoctypeError) throw new FileError("forbidden-dtd", this.part);
      if (!(e instanceof XmlSyntaxError)) throw e;
      throw new FileError("corrupt", `${this.part}：XML 格式错误`, `${this.part}: malformed XML (${e.message})`);
    }
  }
}

/** A streaming XML tokeniser that refuses DTDs (no entity is ever defined: only the five predefined ones). */
export function xmlParser(part: string): XmlParser {
  return new XmlParser(part);
}

/**
 * bytes of a part decoded and tokenised at a time: a part inflated whole (a 2,000-row sheet: 660 KB) decoded at once
 * was one string of its size, which V8 places on fresh pages of its own (a large object), where a piece of 32 KB
 * (at most 64 KB as text) is made in the young generation
 */
const TEXT_SLICE = 32 * 1024;

/**
 * The decoder of every piece that ends on a whole character: not streaming (V8 decodes such a piece several times
 * faster than a streaming decoder, which goes through ICU), and keeping a byte-order mark (a part's own one is
 * dropped by textFeeder, as a streaming decoder drops it at the start only).
 */
const wholeDecoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Feeds inflated bytes to a parser as text, TEXT_SLICE bytes at a time. A piece is cut before a '<' where there is
 * one (the last in its slice): the tokeniser then ends each piece on a whole tag, and holds nothing back to be joined
 * to the next piece (a join made the next piece a rope, copied whole at its first read). A piece whose last byte is
 * ASCII ends on a whole character, and is decoded alone (wholeDecoder); any other (a piece cut inside a character:
 * a part streamed in chunks, a slice with no '<') goes through a streaming decoder, flushed as soon as a piece ends on
 * a whole character again (it then holds nothing). The text is that of one streaming decoder over the whole part.
 */
export function textFeeder(p: XmlParser): { push: (chunk: Uint8Array) => void; end: () => void } {
  let stream: TextDecoder | null = null;
  /** the streaming decoder may hold the start of a character */
  let pending = false;
  /** the first bytes are read: a byte-order mark dropped, or (a first chunk of fewer than 3 bytes) every piece streamed */
  let started = false;
  let allStreamed = false;
  const write = (s: string) => {
    if (s) p.write(s);
  };
  return {
    push: (c) => {
      let o = 0;
      if (!started) {
        started = true;
        if (c.length < 3) allStreamed = true;
        else if (c[0] === 0xef && c[1] === 0xbb && c[2] === 0xbf) o = 3;
      }
      if (allStreamed) {
        stream ??= new TextDecoder("utf-8");
        for (; o < c.length; o += TEXT_SLICE) write(stream.decode(c.subarray(o, Math.min(o + TEXT_SLICE, c.length)), { stream: true }));
        return;
      }
      while (o < c.length) {
        let end = Math.min(o + TEXT_SLICE, c.length);
        if (end < c.length) {
          const lt = c.lastIndexOf(0x3c, end - 1);
          if (lt > o) end = lt;
        }
        const piece = c.subarray(o, end);
        const whole = c[end - 1] < 0x80;
        if (whole && !pending) write(wholeDecoder.decode(piece));
        else {
          stream ??= new TextDecoder("utf-8", { ignoreBOM: true });
          write(stream.decode(piece, { stream: true }));
          pending = !whole;
          if (whole) write(stream.decode());
        }
        o = end;
      }
    },
    end: () => {
      if (stream && (pending || allStreamed)) write(stream.decode());
      p.close();
    },
  };
}

/** sharedStrings.xml: one string per <si>, rich-text runs concatenated, phonetic runs (<rPh>) left out. */
export function sharedStringsParser(part: string): { parser: XmlParser; strings: string[] } {
  const strings: string[] = [];
  const p = xmlParser(part);
  p.flatAttributes(); // only tag names are read
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let cur = "";
  p.on("opentag", (t) => {
    const n = localName(t.name);
    if (n === "si") {
      inSi = true;
      cur = "";
    } else if (n === "t" && inSi && !phonetic) inT = !t.isSelfClosing;
    else if (n === "rPh") phonetic++;
  });
  p.on("text", (s) => {
    if (inT) cur += s;
  });
  p.on("closetag", (t) => {
    const n = localName(t.name);
    if (n === "t") inT = false;
    else if (n === "rPh") phonetic--;
    else if (n === "si") {
      strings.push(cur);
      inSi = false;
    }
  });
  return { parser: p, strings };
}

export interface SheetParse {
  parser: XmlParser;
  result: () => { cells: (Cell | null)[][]; merges: string[]; maxRow: number; maxCol: number };
}

export interface SheetContext {
  part: string;
  sharedStrings: string[];
  numFmts: (string | undefined)[];
  date1904: boolean;
  budget: CellBudget;
  maxMerges: number;
}

/** Excel serial date -> "YYYY-MM-DD" (as ExcelJS and the Grid show dates). */
function serialToDate(v: number, date1904: boolean): string | null {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86400000);
  const d = new Date(ms);
  return Number.isFinite(d.getTime()) ? d.toISOString().slice(0, 10) : null;
}

/** the column of the reference cellRow read last */
let refCol = 0;

/**
 * "B12" -> row 12, its column (2) left in refCol (1-3 letters, 1-7 digits, inside the sheet's limits), else 0; no
 * regex and no object per cell (a {row, col} per cell was the reader's one allocation per reference, and its
 * numbers are boxed wherever another {row, col} of the process ever held a fraction).
 */
function cellRow(r: string): number {
  const n = r.length;
  let i = 0;
  let col = 0;
  for (; i < n && i < 4; i++) {
    const c = r.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  if (i === 0 || i > 3 || n - i < 1 || n - i > 7) return 0;
  let row = 0;
  for (let j = i; j < n; j++) {
    const d = r.charCodeAt(j) - 0x30;
    if (d < 0 || d > 9) return 0;
    row = row * 10 + d;
  }
  if (col > 16384 || row < 1 || row > 1048576) return 0;
  refCol = col;
  return row;
}

/**
 * A worksheet part, parsed as its bytes arrive: values (shared/inline strings, numbers, booleans, errors,
 * cached formula results), formulas (shared ones translated per dependent cell), number formats, merges.
 */
export function sheetParser(ctx: SheetContext): SheetParse {
  const p = xmlParser(ctx.part);
  const cells: (Cell | null)[][] = [];
  const merges: string[] = [];
  const shared = new Map<string, { f: string; row: number; col: number }>();
  let maxRow = 0;
  let maxCol = 0;
  let row = 0;
  let col = 0;
  // the cell being read
  let inCell = false;
  let type = "n";
  let style = 0;
  let vText: string | null = null;
  let fText: string | null = null;
  let fAttrs: { t: string | undefined; si: string | undefined } | null = null;
  let isText: string | null = null;
  let collect: "v" | "f" | "t" | null = null;
  let inIs = false;
  let phonetic = 0;

  const bad = (zh: string, en: string) => new FileError("bad-reference", `${ctx.part}：${zh}`, `${ctx.part}: ${en}`);

  p.flatAttributes();
  p.on("opentag", (t: XmlTag) => {
    const n = localName(t.name);
    switch (n) {
      case "row": {
        const ar = attr(t, "r");
        const r = ar !== undefined ? numberOf(ar) : row + 1;
        if (!Number.isInteger(r) || r < 1 || r > 1048576) throw bad(`行号「${ar}」无效`, `bad row number "${ar}"`);
        row = r;
        col = 0;
        break;
      }
      case "c": {
        // r, s and t in one pass over the attributes
        let ar: string | undefined;
        let as: string | undefined;
        let at: string | undefined;
        const names = t.attrNames;
        for (let k = 0; k < t.attrCount; k++) {
          const an = names[k];
          if (an === "r") ar = t.attrValues[k];
          else if (an === "s") as = t.attrValues[k];
          else if (an === "t") at = t.attrValues[k];
        }
        if (ar !== undefined) {
          const r = cellRow(ar);
          if (r === 0) throw bad(`单元格地址「${ar}」无效`, `bad cell reference "${ar}"`);
          row = r;
          col = refCol;
        } else {
          col++;
          if (row === 0) row = 1;
          if (col > 16384) throw bad(`第 ${row} 行的单元格超过 16384 列`, `row ${row} has more than 16384 cells`);
        }
        inCell = true;
        type = at ?? "n";
        style = as !== undefined ? numberOf(as) : 0;
        vText = null;
        fText = null;
        fAttrs = null;
        isText = null;
        break;
      }
      case "v":
        if (inCell) {
          collect = "v";
          vText = "";
        }
        break;
      case "f":
        if (inCell) {
          collect = "f";
          fText = "";
          fAttrs = { t: attr(t, "t"), si: attr(t, "si") };
        }
        break;
      case "is":
        if (inCell) {
          inIs = true;
          isText = "";
        }
        break;
      case "rPh":
        phonetic++;
        break;
      case "t":
        if (inIs && !phonetic) collect = "t";
        break;
      case "mergeCell": {
        const ref = attr(t, "ref");
        if (ref !== undefined) {
          if (merges.length >= ctx.maxMerges) {
            throw new FileError("too-large", `${ctx.part}：合并区域超过 ${ctx.maxMerges} 个`, `${ctx.part}: more than ${ctx.maxMerges} merged areas`);
          }
          merges.push(ref);
        }
        break;
      }
    }
  });
  p.on("text", (s) => {
    if (collect === "v") vText += s;
    else if (collect === "f") fText += s;
    else if (collect === "t") isText += s;
  });
  p.on("closetag", (t) => {
    const n = localName(t.name);
    switch (n) {
      case "v":
      case "f":
      case "t":
        collect = null;
        break;
      case "rPh":
        phonetic--;
        break;
      case "is":
        inIs = false;
        break;
      case "c":
        inCell = false;
        endCell();
        break;
    }
  });

  function endCell() {
    if (row > maxRow) maxRow = row;
    if (col > maxCol) maxCol = col;
    let f: string | undefined;
    if (fText !== null || fAttrs) {
      const ft = fAttrs?.t;
      let text = fText ?? "";
      if (text.startsWith("=")) text = text.slice(1);
      if (ft === "shared" && fAttrs?.si !== undefined) {
        if (text) shared.set(fAttrs.si, { f: text, row, col });
        else {
          const base = shared.get(fAttrs.si);
          if (!base) throw bad(`共享公式 si=${fAttrs.si} 缺少主单元格`, `shared formula si=${fAttrs.si} has no master cell`);
          text = translateFormula(base.f, row - base.row, col - base.col);
        }
      }
      if (text) f = text;
    }
    let v: CellValue = null;
    let vIndex = -1;
    const fmt = style > 0 ? ctx.numFmts[style] : undefined;
    switch (type) {
      case "s":
        if (vText !== null && vText.length <= 9 && (vIndex = digitsValue(vText)) >= 0 && vIndex < ctx.sharedStrings.length) {
          v = ctx.sharedStrings[vIndex]; // the usual index: digits only
        } else if (vText !== null && vText.trim() !== "") {
          const i = Number(vText);
          if (!Number.isInteger(i) || i < 0 || i >= ctx.sharedStrings.length) {
            throw bad(`共享字符串序号 ${vText.trim()} 超出范围（共 ${ctx.sharedStrings.length} 个）`, `shared string index ${vText.trim()} out of range (${ctx.sharedStrings.length} strings)`);
          }
          v = ctx.sharedStrings[i];
        }
        break;
      case "inlineStr":
        v = isText ?? vText;
        break;
      case "str":
        v = vText;
        break;
      case "b":
        v = vText === null ? null : vText.trim() === "1" || vText.trim() === "true";
        break;
      case "e":
        v = vText === null ? null : { error: vText.trim() };
        break;
      case "d":
        v = vText === null ? null : vText.slice(0, 10);
        break;
      default:
        if (vText !== null && vText.trim() !== "") {
          const d = digitsValue(vText);
          const x = d >= 0 ? d : Number(vText);
          if (!Number.isFinite(x)) v = Number.isNaN(x) ? vText : { error: "#NUM!" };
          else if (isDateFormat(fmt)) v = serialToDate(x, ctx.date1904) ?? { error: "#NUM!" };
          else v = x;
        }
    }
    if (v === null && !f) return;
    if (++ctx.budget.cells > ctx.budget.maxCells) {
      throw new FileError(
        "too-large",
        `工作簿的非空单元格超过 ${ctx.budget.maxCells.toLocaleString("en-US")} 个`,
        `more than ${ctx.budget.maxCells.toLocaleString("en-US")} non-empty cells in the workbook`,
      );
    }
    const cell: Cell = fmt ? (f ? { v, fmt, f } : { v, fmt }) : f ? { v, f } : { v };
    const r = cells[row - 1] ?? (cells[row - 1] = []);
    r[col - 1] = cell;
  }

  return {
    parser: p,
    result: () => ({ cells, merges, maxRow, maxCol }),
  };
}

/** A1 range -> CellRange, or null when the text is not a valid range inside the sheet's limits. */
export function parseMergeRef(ref: string): CellRange | null {
  const m = /^\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?\s*$/.exec(ref);
  if (!m) return null;
  const c1 = colIndex(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? colIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  for (const c of [c1, c2]) if (c < 1 || c > 16384) return null;
  for (const r of [r1, r2]) if (r < 1 || r > 1048576) return null;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}
