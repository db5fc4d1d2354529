/** Small string-level XML helpers for patching parts in place (no DOM: every untouched byte stays as it is). */

import { strFromU8, strToU8 } from "fflate";

export class WriterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WriterError";
  }
}

export function decodeXml(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new WriterError("UTF-16 parts are not supported");
  }
  // a byte-order mark is kept as U+FEFF, so the part encodes back to the same bytes
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "\ufeff" + strFromU8(bytes.subarray(3));
  return strFromU8(bytes);
}

/** UTF-8 (fflate's codec: works where TextEncoder is missing, e.g. jsdom). */
export function encodeXml(s: string): Uint8Array {
  return strToU8(s);
}

/** Characters XML 1.0 does not allow (controls other than tab, newline, return). */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(s: string): string {
  return s.replace(INVALID, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The attributes of a start tag (`<c r="A1" s="3">`), names with their prefixes, values unescaped. */
export function attrsOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const body = tag.replace(/^<[^\s/>]+/, "");
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) out.set(m[1], unescapeXml(m[3] ?? m[4] ?? ""));
  return out;
}

/** Set (or add) one attribute in a start tag, leaving the rest of the tag as written. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeAttr(value)}"`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).replace(/\s+$/, "")} ${name}="${escapeAttr(value)}"${tag.slice(close)}`;
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

/** Find the first start tag of an element (any namespace prefix): its span and prefix. */
export function findTag(xml: string, local: string, from = 0): { start: number; end: number; tag: string; prefix: string; selfClosing: boolean } | null {
  const re = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])[^>]*>`, "g");
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return null;
  return { start: m.index, end: m.index + m[0].length, tag: m[0], prefix: m[1] ?? "", selfClosing: m[0].endsWith("/>") };
}

/** Replace spans of a string (non-overlapping), given as [start, end, text]. */
export function splice(s: string, ops: [number, number, string][]): string {
  const sorted = [...ops].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = "";
  let at = 0;
  for (const [start, end, text] of sorted) {
    if (start < at) throw new WriterError("overlapping edits");
    out += s.slice(at, start) + text;
    at = end;
  }
  return out + s.slice(at);
}

/** Byte equality. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
