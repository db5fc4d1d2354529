import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";

/**
 * The zip container of an OOXML package, read from its central directory and written back so that every
 * entry that is not replaced keeps its local header and compressed data byte for byte. fflate is used for
 * (de)compression only. Pure: works on bytes, no fs, browser-safe.
 */

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

/** One entry as stored: its local record (header + data + descriptor) and central record, both verbatim. */
export interface ZipEntry {
  name: string;
  /** local file header, compressed data and data descriptor, exactly as in the source */
  local: Uint8Array;
  /** central directory record, exactly as in the source */
  central: Uint8Array;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** offset of the compressed data inside `local` */
  dataStart: number;
}

export interface ZipPackage {
  entries: ZipEntry[];
  /** the archive comment (kept) */
  comment: Uint8Array;
}

/** Upper bound for one part's inflated size (the reader has already bounded the whole file). */
const MAX_PART_BYTES = 512 * 1024 * 1024;

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 4294967296;

const latin = (b: Uint8Array) => Array.from(b, (c) => String.fromCharCode(c)).join("");

/** Read the central directory (zip64 sizes and offsets included) without inflating anything. */
export function readZip(bytes: Uint8Array): ZipPackage {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no end of central directory");
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  const comment = Uint8Array.from(bytes.subarray(eocd + 22, eocd + 22 + u16(bytes, eocd + 20)));
  if (eocd >= 20 && u32(bytes, eocd - 20) === 0x07064b50) {
    const z = u64(bytes, eocd - 20 + 8);
    if (z + 56 <= bytes.length && u32(bytes, z) === 0x06064b50) {
      count = u64(bytes, z + 32);
      cdSize = u64(bytes, z + 40);
      cdOffset = u64(bytes, z + 48);
    }
  }
  if (cdOffset + cdSize > bytes.length) throw new ZipFormatError("central directory out of range");
  const raw: { name: string; central: Uint8Array; offset: number; method: number; flags: number; csize: number; size: number }[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new ZipFormatError("bad central directory record");
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let csize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let offset = u32(bytes, p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = flags & 0x800 ? strFromU8(nameBytes) : latin(nameBytes);
    // zip64 extended information: the fields that are 0xFFFFFFFF, in order
    let e = p + 46 + nameLen;
    const eEnd = e + extraLen;
    while (e + 4 <= eEnd) {
      const id = u16(bytes, e);
      const len = u16(bytes, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) (size = u64(bytes, q)), (q += 8);
        if (csize === 0xffffffff) (csize = u64(bytes, q)), (q += 8);
        if (offset === 0xffffffff) offset = u64(bytes, q);
      }
      e += 4 + len;
    }
    const end = p + 46 + nameLen + extraLen + commentLen;
    raw.push({ name, central: bytes.subarray(p, end), offset, method, flags, csize, size });
    p = end;
  }
  // a local record runs to the next local record (or the central directory): data descriptors included
  const starts = raw.map((r) => r.offset).sort((a, b) => a - b);
  const entries: ZipEntry[] = raw.map((r) => {
    if (r.offset + 30 > bytes.length || u32(bytes, r.offset) !== 0x04034b50) throw new ZipFormatError(`bad local header: ${r.name}`);
    const next = starts.find((s) => s > r.offset) ?? cdOffset;
    const dataStart = 30 + u16(bytes, r.offset + 26) + u16(bytes, r.offset + 28);
    if (r.offset + dataStart + r.csize > next) throw new ZipFormatError(`entry overlaps the next one: ${r.name}`);
    return {
      name: r.name,
      local: bytes.subarray(r.offset, next),
      central: r.central,
      method: r.method,
      flags: r.flags,
      compressedSize: r.csize,
      size: r.size,
      dataStart,
    };
  });
  return { entries, comment };
}

/** The inflated content of an entry. */
export function entryData(e: ZipEntry): Uint8Array {
  const data = e.local.subarray(e.dataStart, e.dataStart + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method !== 8) throw new ZipFormatError(`unsupported compression method ${e.method}: ${e.name}`);
  if (e.size > MAX_PART_BYTES) throw new ZipFormatError(`part too large: ${e.name}`);
  const out = inflateSync(data, { out: new Uint8Array(e.size) });
  if (out.length !== e.size) throw new ZipFormatError(`size mismatch: ${e.name}`);
  return out;
}

let CRC_TABLE: Uint32Array | null = null;
export function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** An entry of the package to write: kept as stored, or new content (compressed here). */
export type OutEntry = { entry: ZipEntry } | { name: string; data: Uint8Array; like?: ZipEntry };

function put16(b: Uint8Array, o: number, v: number) {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
}
function put32(b: Uint8Array, o: number, v: number) {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
  b[o + 2] = (v >>> 16) & 0xff;
  b[o + 3] = (v >>> 24) & 0xff;
}

/** A stored entry's central record with its local header offset moved (zip64 offsets patched in their extra field). */
function movedCentral(e: ZipEntry, offset: number): Uint8Array {
  const c = Uint8Array.from(e.central); // a copy (Buffer#slice would be a view)
  if (u32(c, 42) !== 0xffffffff) {
    if (offset > 0xfffffffe) throw new ZipFormatError("package too large");
    put32(c, 42, offset);
    return c;
  }
  const nameLen = u16(c, 28);
  const extraLen = u16(c, 30);
  let p = 46 + nameLen;
  while (p + 4 <= 46 + nameLen + extraLen) {
    const id = u16(c, p);
    const len = u16(c, p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (u32(c, 24) === 0xffffffff) q += 8;
      if (u32(c, 20) === 0xffffffff) q += 8;
      put32(c, q, offset % 4294967296);
      put32(c, q + 4, Math.floor(offset / 4294967296));
    }
    p += 4 + len;
  }
  return c;
}

/** Build a package: stored entries are copied verbatim (only their central offset moves), new ones deflated. */
export function writeZip(entries: OutEntry[], comment: Uint8Array = new Uint8Array(0)): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const o of entries) {
    if ("entry" in o) {
      centrals.push(movedCentral(o.entry, offset));
      locals.push(o.entry.local);
      offset += o.entry.local.length;
      continue;
    }
    const like = o.like;
    const name = strToU8(o.name);
    const data = deflateSync(o.data, { level: 6 });
    const crc = crc32(o.data);
    const flags = (like ? like.flags : 0x800) & 0x800;
    const time = like ? u16(like.central, 12) : 0;
    const date = like ? u16(like.central, 14) : 0x21; // 1980-01-01
    const local = new Uint8Array(30 + name.length + data.length);
    put32(local, 0, 0x04034b50);
    put16(local, 4, 20);
    put16(local, 6, flags);
    put16(local, 8, 8);
    put16(local, 10, time);
    put16(local, 12, date);
    put32(local, 14, crc);
    put32(local, 18, data.length);
    put32(local, 22, o.data.length);
    put16(local, 26, name.length);
    put16(local, 28, 0);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    put32(central, 0, 0x02014b50);
    put16(central, 4, like ? u16(like.central, 4) : 20);
    put16(central, 6, 20);
    put16(central, 8, flags);
    put16(central, 10, 8);
    put16(central, 12, time);
    put16(central, 14, date);
    put32(central, 16, crc);
    put32(central, 20, data.length);
    put32(central, 24, o.data.length);
    put16(central, 28, name.length);
    put32(central, 38, like ? u32(like.central, 38) : 0);
    put16(central, 36, like ? u16(like.central, 36) : 0);
    put32(central, 42, offset);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((s, c) => s + c.length, 0);
  if (entries.length > 0xffff || offset + cdSize > 0xfffffffe) throw new ZipFormatError("package too large");
  const out = new Uint8Array(offset + cdSize + 22 + comment.length);
  let p = 0;
  for (const l of locals) out.set(l, p), (p += l.length);
  for (const c of centrals) out.set(c, p), (p += c.length);
  put32(out, p, 0x06054b50);
  put16(out, p + 8, entries.length);
  put16(out, p + 10, entries.length);
  put32(out, p + 12, cdSize);
  put32(out, p + 16, offset);
  put16(out, p + 20, comment.length);
  out.set(comment, p + 22);
  return out;
}
