import type * as Fflate from "fflate";
import { FileError } from "../errors";

/**
 * fflate, loaded on first use (a host with a native inflater may never need it), in its plain build: its Node
 * entry also loads worker_threads, for async APIs the reader never uses.
 */
let fflateLib: typeof Fflate | null = null;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fflate = (): typeof Fflate => (fflateLib ??= require("fflate/browser") as typeof Fflate);

/**
 * Inflates a whole raw-deflate part: `hint` is its declared size (a hint only), `max` the most it may give (the
 * inflater throws beyond it, and on a broken stream). The CLI passes node:zlib's (native, several times faster
 * than fflate); the browser keeps fflate.
 */
export type WholeInflater = (data: Uint8Array, hint: number, max: number) => Uint8Array;

let wholeInflater: WholeInflater | null = null;

/** Use a host's own inflater for parts inflated whole (null: back to fflate). Streamed parts always use fflate. */
export function setWholeInflater(fn: WholeInflater | null): void {
  wholeInflater = fn;
}

/**
 * A bounded zip reader. It reads the central directory itself (zip64 included) and inflates only the
 * parts asked for, COUNTING INFLATED BYTES AS THEY ARRIVE: the declared uncompressed sizes are never
 * trusted (a zip64 bomb declares sizes that wrap past 4 GiB, a lying-size bomb declares a small size).
 * Browser-safe: no Node API.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
  flags: number;
  /** the declared uncompressed size: an allocation hint only, never trusted (see inflatePart) */
  sizeHint: number;
}

/** Inflated-bytes budget shared by all parts of one workbook. */
export class InflateBudget {
  used = 0;
  constructor(readonly limit: number) {}
  take(n: number): void {
    this.used += n;
    if (this.used > this.limit) {
      throw new FileError("too-large", `解压后内容超过 ${Math.round(this.limit / 1048576)} MB`, `inflated content exceeds ${Math.round(this.limit / 1048576)} MB`);
    }
  }
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
/** a 64-bit little-endian number, as a double (exact below 2^53; larger values are refused by bounds checks) */
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

const corrupt = (zh: string, en: string) => new FileError("corrupt", zh, en);

const utf8 = new TextDecoder("utf-8");
const latin = new TextDecoder("latin1");

/** The entries of a zip package, read from its central directory. */
export function listZip(buf: Uint8Array): Map<string, ZipEntry> {
  // end of central directory: the last 0x06054b50 within the final 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0 && i >= buf.length - 22 - 65535; i--) {
    if (buf[i] === 0x50 && buf[i + 1] === 0x4b && buf[i + 2] === 0x05 && buf[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("找不到 zip 目录（文件可能被截断）", "no zip directory (the file may be truncated)");
  let count = u16(buf, eocd + 10);
  let cdSize = u32(buf, eocd + 12);
  let cdOffset = u32(buf, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // zip64 end of central directory locator, just before the EOCD
    const loc = eocd - 20;
    if (loc < 0 || u32(buf, loc) !== 0x07064b50) throw corrupt("zip64 目录定位信息缺失", "zip64 locator missing");
    const z = u64(buf, loc + 8);
    if (z < 0 || z + 56 > buf.length || u32(buf, z) !== 0x06064b50) throw corrupt("zip64 目录损坏", "zip64 directory corrupt");
    count = u64(buf, z + 32);
    cdSize = u64(buf, z + 40);
    cdOffset = u64(buf, z + 48);
  }
  if (cdOffset + cdSize > buf.length) throw corrupt("zip 目录超出文件范围（文件可能被截断）", "zip directory beyond the end of the file (truncated?)");
  if (count > 100000) throw new FileError("too-large", `zip 中有 ${count} 个部件`, `${count} parts in the zip`);
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || u32(buf, p) !== 0x02014b50) throw corrupt("zip 目录项损坏", "corrupt zip directory entry");
    const flags = u16(buf, p + 8);
    const method = u16(buf, p + 10);
    let compressedSize = u32(buf, p + 20);
    const uncompressed32 = u32(buf, p + 24);
    const nameLen = u16(buf, p + 28);
    const extraLen = u16(buf, p + 30);
    const commentLen = u16(buf, p + 32);
    let localOffset = u32(buf, p + 42);
    let sizeHint = uncompressed32;
    if (p + 46 + nameLen + extraLen > buf.length) throw corrupt("zip 目录项损坏", "corrupt zip directory entry");
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : latin).decode(nameBytes);
    // zip64 extra field (id 1): the fields that are 0xFFFFFFFF in the record, in order
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(buf, e);
      const size = u16(buf, e + 2);
      if (id === 1) {
        let q = e + 4;
        if (uncompressed32 === 0xffffffff && q + 8 <= e + 4 + size) (sizeHint = u64(buf, q)), (q += 8); // a hint only
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + size) (compressedSize = u64(buf, q)), (q += 8);
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + size) localOffset = u64(buf, q);
      }
      e += 4 + size;
    }
    entries.set(name, { name, method, compressedSize, localOffset, flags, sizeHint });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header and checked against the file's bounds. */
function rawData(buf: Uint8Array, e: ZipEntry): Uint8Array {
  const h = e.localOffset;
  if (h + 30 > buf.length || u32(buf, h) !== 0x04034b50) throw corrupt(`部件 ${e.name} 的位置无效`, `bad local header for ${e.name}`);
  const start = h + 30 + u16(buf, h + 26) + u16(buf, h + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw corrupt(`部件 ${e.name} 超出文件范围（文件可能被截断）`, `part ${e.name} runs past the end of the file (truncated?)`);
  return buf.subarray(start, end);
}

/** deflate cannot expand data more than ~1032 times (258-byte matches in ≥ 2 bits) */
const MAX_RATIO = 1100;
const CHUNK = 16 * 1024; // deflate expands at most ~1032×: one push yields ≤ ~16 MB before the budget is checked

/** the largest declared size used to size the output buffer up front (beyond it, the buffer grows as it fills) */
const HINT_MAX = 32 * 1024 * 1024;

/**
 * Inflate a part into a buffer of its declared size plus one byte: one allocation, no copies (fflate's own
 * estimate starts at 3× the compressed size and doubles, 128 KB at least, then copies the result out).
 * The declared size is only a hint: a part that fills the extra byte (it is larger than declared), a broken
 * one, or an implausible hint (above 32 MB or deflate's ratio) returns null and is inflated the usual way.
 */
function inflateToHint(data: Uint8Array, hint: number): Uint8Array | null {
  if (!(hint > 0) || hint > HINT_MAX || hint > data.length * MAX_RATIO) return null;
  const buf = new Uint8Array(hint + 1);
  let out: Uint8Array;
  try {
    out = fflate().inflateSync(data, { out: buf });
  } catch {
    return null;
  }
  return out.length <= hint ? out : null;
}

/**
 * Inflate one part, handing each inflated chunk to `sink` as it arrives and charging it to the budget
 * first. Throws FileError("too-large") as soon as the budget is exceeded.
 */
export function inflatePart(buf: Uint8Array, e: ZipEntry, budget: InflateBudget, sink: (chunk: Uint8Array) => void): void {
  if (e.flags & 1) throw new FileError("encrypted");
  const data = rawData(buf, e);
  if (e.method === 0) {
    budget.take(data.length);
    sink(data);
    return;
  }
  if (e.method !== 8) throw corrupt(`部件 ${e.name} 使用不支持的压缩方式 ${e.method}`, `part ${e.name} uses unsupported compression method ${e.method}`);
  if (data.length * MAX_RATIO <= budget.limit - budget.used) {
    // even at deflate's largest ratio this part fits in what is left of the budget: inflate it whole
    // (several times cheaper than streaming), then charge what it really gave
    let out: Uint8Array | null;
    try {
      out = wholeInflater ? wholeInflater(data, e.sizeHint, data.length * MAX_RATIO) : (inflateToHint(data, e.sizeHint) ?? fflate().inflateSync(data));
    } catch (err) {
      throw corrupt(`部件 ${e.name} 解压失败`, `part ${e.name} failed to inflate: ${(err as Error).message}`);
    }
    budget.take(out.length);
    sink(out);
    return;
  }
  let done = false;
  const inf = new (fflate().Inflate)((chunk, final) => {
    if (chunk.length) {
      budget.take(chunk.length);
      sink(chunk);
    }
    if (final) done = true;
  });
  try {
    for (let o = 0; o < data.length; o += CHUNK) inf.push(data.subarray(o, Math.min(o + CHUNK, data.length)), o + CHUNK >= data.length);
    if (data.length === 0) inf.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof FileError) throw err;
    throw corrupt(`部件 ${e.name} 解压失败`, `part ${e.name} failed to inflate: ${(err as Error).message}`);
  }
  if (!done) throw corrupt(`部件 ${e.name} 不完整`, `part ${e.name} is incomplete`);
}

/**
 * Inflate a small part whole, as text (workbook.xml, rels, styles). A part inflated in one chunk (the usual) is
 * decoded in one call, without a streaming decoder of its own (made per part, it cost more than the decoding).
 */
export function partText(buf: Uint8Array, e: ZipEntry, budget: InflateBudget): string {
  let one: Uint8Array | null = null;
  let dec: TextDecoder | null = null;
  let s = "";
  inflatePart(buf, e, budget, (c) => {
    if (!dec && !one) return void (one = c);
    if (!dec) {
      dec = new TextDecoder("utf-8");
      s = dec.decode(one!, { stream: true });
    }
    s += dec.decode(c, { stream: true });
  });
  if (!dec) return one ? utf8.decode(one) : "";
  return s + (dec as TextDecoder).decode();
}
