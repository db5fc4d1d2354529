import { attrsOf, escapeAttr, findTag, setAttr, WriterError } from "./xml";
// the built-in number formats are the reader's table, so a format written reads back as the same code
import { BUILTIN_NUMFMTS } from "../reader/styles";

/**
 * The cell formats of styles.xml, and appending one: a copy of a cell's format with a number format set. The
 * part is patched in place (numFmts and cellXfs only), so every other style stays as written.
 */
export class Styles {
  private xfs: string[] = [];
  private numFmts = new Map<number, string>();
  private added = new Map<string, number>();
  changed = false;

  constructor(public xml: string) {
    this.parse();
  }

  private parse() {
    this.xfs = [];
    this.numFmts = new Map();
    const cellXfs = findTag(this.xml, "cellXfs");
    if (cellXfs && !cellXfs.selfClosing) {
      const end = this.xml.indexOf(`</${cellXfs.prefix}cellXfs>`, cellXfs.end);
      const body = this.xml.slice(cellXfs.end, end);
      const re = new RegExp(`<${cellXfs.prefix}xf\\b[^>]*?(/>|>[\\s\\S]*?</${cellXfs.prefix}xf>)`, "g");
      let m: RegExpExecArray | null;
      while ((m = re.exec(body))) this.xfs.push(m[0]);
    }
    const re = /<([A-Za-z_][\w.-]*:)?numFmt\b[^>]*>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.xml))) {
      const a = attrsOf(m[0]);
      const id = Number(a.get("numFmtId"));
      if (Number.isFinite(id)) this.numFmts.set(id, a.get("formatCode") ?? "");
    }
  }

  /** The number format of a cell format index (null: General). */
  numFmtOf(s: number): string | null {
    const xf = this.xfs[s];
    if (!xf) return null;
    const id = Number(attrsOf(xf.slice(0, xf.indexOf(">") + 1)).get("numFmtId") ?? 0);
    if (!id) return null;
    const code = this.numFmts.get(id) ?? BUILTIN_NUMFMTS[id] ?? null;
    return code === "General" ? null : code;
  }

  private numFmtId(code: string): number {
    for (const [id, c] of this.numFmts) if (c === code) return id;
    for (const [id, c] of Object.entries(BUILTIN_NUMFMTS)) if (c === code) return Number(id);
    const id = Math.max(163, ...this.numFmts.keys()) + 1;
    const el = `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`;
    const numFmts = findTag(this.xml, "numFmts");
    if (numFmts && !numFmts.selfClosing) {
      const close = this.xml.indexOf(`</${numFmts.prefix}numFmts>`, numFmts.end);
      const count = (Number(attrsOf(numFmts.tag).get("count")) || 0) + 1;
      const tag = setAttr(numFmts.tag, "count", String(count));
      const p = numFmts.prefix;
      this.xml = this.xml.slice(0, numFmts.start) + tag + this.xml.slice(numFmts.end, close) + el.replace("<numFmt", `<${p}numFmt`) + this.xml.slice(close);
    } else {
      const sheet = findTag(this.xml, "styleSheet");
      if (!sheet) throw new WriterError("styles.xml has no styleSheet");
      const p = sheet.prefix;
      const block = `<${p}numFmts count="1">${el.replace("<numFmt", `<${p}numFmt`)}</${p}numFmts>`;
      const at = numFmts ? numFmts.start : sheet.end;
      this.xml = this.xml.slice(0, at) + block + this.xml.slice(numFmts ? numFmts.end : sheet.end);
    }
    this.numFmts.set(id, code);
    return id;
  }

  /** The index of a cell format like `s` (or the default format) but with the number format `code`. */
  withNumFmt(s: number | null, code: string): number {
    const key = `${s ?? 0}\u0000${code}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const base = this.xfs[s ?? 0];
    if (!base) return s ?? 0; // a style index the part does not have: keep the cell's as it is
    const id = this.numFmtId(code);
    const openEnd = base.indexOf(">") + 1;
    let tag = setAttr(base.slice(0, openEnd), "numFmtId", String(id));
    tag = setAttr(tag, "applyNumberFormat", "1");
    const xf = tag + base.slice(openEnd);
    let index = this.xfs.indexOf(xf);
    if (index < 0) {
      const cellXfs = findTag(this.xml, "cellXfs")!;
      const close = this.xml.indexOf(`</${cellXfs.prefix}cellXfs>`, cellXfs.end);
      index = this.xfs.length;
      const head = setAttr(cellXfs.tag, "count", String(index + 1));
      this.xml = this.xml.slice(0, cellXfs.start) + head + this.xml.slice(cellXfs.end, close) + xf + this.xml.slice(close);
      this.xfs.push(xf);
      this.changed = true;
    }
    this.added.set(key, index);
    return index;
  }
}
