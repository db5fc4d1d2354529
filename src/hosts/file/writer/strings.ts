import { attrsOf, escapeText, findTag, setAttr, unescapeXml } from "./xml";

/**
 * The shared-string table, for writing text cells: an existing plain item is reused, a new one is appended
 * (items already there are never changed or removed, so every other cell keeps its text and rich runs).
 */
export class SharedStrings {
  private plain = new Map<string, number>();
  private items = 0;
  private appended: string[] = [];
  private refDelta = 0;
  private prefix = "";

  constructor(readonly original: string) {
    const sst = findTag(original, "sst");
    this.prefix = sst?.prefix ?? "";
    const p = this.prefix;
    const re = new RegExp(`<${p}si(?=[\\s/>])[^>]*?(/>|>([\\s\\S]*?)</${p}si>)`, "g");
    const plainRe = new RegExp(`^<${p}t(?:\\s[^>]*)?>([^<]*)</${p}t>$|^<${p}t(?:\\s[^>]*)?/>$`);
    let m: RegExpExecArray | null;
    while ((m = re.exec(original))) {
      const body = m[2];
      if (body !== undefined) {
        const t = plainRe.exec(body);
        if (t) {
          const text = unescapeXml(t[1] ?? "");
          if (!this.plain.has(text)) this.plain.set(text, this.items);
        }
      }
      this.items++;
    }
  }

  /** The index of a text, appending it when no plain item holds it. */
  indexOf(text: string): number {
    this.refDelta++;
    const known = this.plain.get(text);
    if (known !== undefined) return known;
    const i = this.items++;
    this.plain.set(text, i);
    this.appended.push(text);
    return i;
  }

  /** A reference to the table went away (a cell that was a shared string now holds something else). */
  release(): void {
    this.refDelta--;
  }

  get changed(): boolean {
    return this.appended.length > 0;
  }

  /** The part with the appended items and updated counts (the original when nothing was appended). */
  toXml(): string {
    if (!this.changed) return this.original;
    const sst = findTag(this.original, "sst")!;
    const p = this.prefix;
    const a = attrsOf(sst.tag);
    let tag = sst.tag.endsWith("/>") ? sst.tag.slice(0, -2) + ">" : sst.tag;
    if (a.has("count")) tag = setAttr(tag, "count", String(Math.max(0, Number(a.get("count")) + this.refDelta)));
    if (a.has("uniqueCount")) tag = setAttr(tag, "uniqueCount", String(this.items));
    const items = this.appended.map((s) => `<${p}si>${textElement(p, s)}</${p}si>`).join("");
    if (sst.selfClosing) return this.original.slice(0, sst.start) + tag + items + `</${p}sst>` + this.original.slice(sst.end);
    const close = this.original.lastIndexOf(`</${p}sst>`);
    return this.original.slice(0, sst.start) + tag + this.original.slice(sst.end, close) + items + this.original.slice(close);
  }
}

/** `<t>` with xml:space="preserve" when the text has spaces at either end or line breaks. */
export function textElement(prefix: string, s: string): string {
  const keep = /^\s|\s$|\n/.test(s);
  return `<${prefix}t${keep ? ' xml:space="preserve"' : ""}>${escapeText(s)}</${prefix}t>`;
}
