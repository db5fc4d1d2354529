import { deflateSync, strToU8 } from "fflate";

/**
 * Hand-made zip packages for the hostile-files suite: a raw zip writer that can state any sizes
 * (zip64 included), and a deflate stream that repeats a unit of bytes cheaply (one 258-byte match per
 * 13–19 bits), so a bomb of hundreds of megabytes or a sheet of a million cells is a few hundred KB.
 */

class Bits {
  private out: number[] = [];
  private cur = 0;
  private n = 0;
  /** write `len` bits of `v`, least significant first (deflate's order for headers and extra bits) */
  put(v: number, len: number): void {
    for (let i = 0; i < len; i++) {
      this.cur |= ((v >>> i) & 1) << this.n;
      if (++this.n === 8) {
        this.out.push(this.cur);
        this.cur = 0;
        this.n = 0;
      }
    }
  }
  /** a Huffman code: most significant bit first */
  code(c: number, len: number): void {
    for (let i = len - 1; i >= 0; i--) this.put((c >>> i) & 1, 1);
  }
  align(): void {
    if (this.n) this.put(0, 8 - this.n);
  }
  bytes(): Uint8Array {
    this.align();
    return Uint8Array.from(this.out);
  }
}

function literal(b: Bits, v: number) {
  if (v < 144) b.code(0x30 + v, 8);
  else b.code(0x190 + v - 144, 9);
}

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

function match(b: Bits, len: number, dist: number) {
  let i = LEN_BASE.length - 1;
  while (LEN_BASE[i] > len) i--;
  if (len === 258) i = 28;
  const sym = 257 + i;
  if (sym < 280) b.code(sym - 256, 7);
  else b.code(0xc0 + sym - 280, 8);
  b.put(len - LEN_BASE[i], LEN_EXTRA[i]);
  let d = DIST_BASE.length - 1;
  while (DIST_BASE[d] > dist) d--;
  b.code(d, 5);
  b.put(dist - DIST_BASE[d], DIST_EXTRA[d]);
}

/** A raw deflate stream of `prefix`, then `unit` repeated `times` times, then `suffix`. */
export function repeatDeflate(prefix: string, unit: string, times: number, suffix = ""): Uint8Array {
  const b = new Bits();
  b.put(1, 1); // final block
  b.put(1, 2); // fixed Huffman
  for (const v of strToU8(prefix)) literal(b, v);
  const u = strToU8(unit);
  for (const v of u) literal(b, v);
  let left = u.length * (times - 1);
  while (left > 0) {
    const len = left >= 261 ? 258 : left <= 258 ? left : left - 3; // never leave 1–2 bytes (a match is ≥ 3)
    if (len < 3) {
      for (let k = 0; k < len; k++) literal(b, u[(u.length * times - left + k) % u.length]);
    } else match(b, len, u.length);
    left -= len;
  }
  for (const v of strToU8(suffix)) literal(b, v);
  b.code(0, 7); // end of block
  return b.bytes();
}

export interface RawEntry {
  name: string;
  /** compressed bytes (method 8) or stored bytes (method 0) */
  data: Uint8Array;
  method?: 0 | 8;
  /** the uncompressed size to declare; written as zip64 when ≥ 4 GiB */
  declaredSize?: number;
}

/** Deflate a text part normally. */
export const part = (name: string, text: string): RawEntry => ({ name, data: deflateSync(strToU8(text)), declaredSize: strToU8(text).length });

/** A zip package stating whatever sizes the entries declare (zip64 extra fields where a size needs them). */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const declared = e.declaredSize ?? e.data.length;
    const z64 = declared >= 0xffffffff;
    const extra = z64 ? new Uint8Array(20) : new Uint8Array(0);
    if (z64) {
      const dv = new DataView(extra.buffer);
      dv.setUint16(0, 1, true);
      dv.setUint16(2, 16, true);
      dv.setBigUint64(4, BigInt(declared), true);
      dv.setBigUint64(12, BigInt(e.data.length), true);
    }
    const head = (sig: number, central: boolean) => {
      const h = new Uint8Array(central ? 46 : 30);
      const dv = new DataView(h.buffer);
      dv.setUint32(0, sig, true);
      const o = central ? 2 : 0;
      dv.setUint16(4 + o, z64 ? 45 : 20, true);
      if (central) dv.setUint16(4, 45, true);
      dv.setUint16(6 + o, 0x800, true);
      dv.setUint16(8 + o, e.method ?? 8, true);
      dv.setUint32(18 + o, z64 ? 0xffffffff : e.data.length, true);
      dv.setUint32(22 + o, z64 ? 0xffffffff : declared, true);
      dv.setUint16(26 + o, name.length, true);
      dv.setUint16(28 + o, extra.length, true);
      if (central) dv.setUint32(42, offset, true);
      return h;
    };
    const local = head(0x04034b50, false);
    central.push(head(0x02014b50, true), name, extra);
    chunks.push(local, name, extra, e.data);
    offset += local.length + name.length + extra.length + e.data.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const eocd = new Uint8Array(22);
  const dv = new DataView(eocd.buffer);
  dv.setUint32(0, 0x06054b50, true);
  dv.setUint16(8, entries.length, true);
  dv.setUint16(10, entries.length, true);
  dv.setUint32(12, cdSize, true);
  dv.setUint32(16, offset, true);
  const all = [...chunks, ...central, eocd];
  const out = new Uint8Array(all.reduce((s, c) => s + c.length, 0));
  let p = 0;
  for (const c of all) out.set(c, p), (p += c.length);
  return out;
}

const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

/** The package parts around some sheet entries (workbook, rels, content types). */
export function packageAround(sheets: { name: string; entry: RawEntry }[]): RawEntry[] {
  return [
    part("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    part(
      "_rels/.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part("xl/workbook.xml", `<?xml version="1.0"?><workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`),
    part(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${s.entry.name.replace(/^xl\//, "")}"/>`)
        .join("")}</Relationships>`,
    ),
    ...sheets.map((s) => s.entry),
  ];
}

export const SHEET_OPEN = `<?xml version="1.0"?><worksheet ${NS}><sheetData>`;
export const SHEET_CLOSE = `</sheetData></worksheet>`;
