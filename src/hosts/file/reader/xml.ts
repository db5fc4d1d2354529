/**
 * A small streaming XML tokeniser for the parts the reader walks cell by cell (worksheets, shared strings),
 * several times faster than saxes on them: it scans with indexOf and charCodeAt and builds an attribute object
 * per tag and nothing else. It keeps what the reader relies on from an XML parser:
 *  - well-formedness: every end tag closes the element open, one root element, nothing but white space and
 *    comments or processing instructions outside it, attribute values quoted, no `<` in them, no unknown
 *    entity, no character XML 1.0 forbids: anything else is an error (the reader reports "corrupt");
 *  - no DTD: a `<!DOCTYPE` is an error of its own (onDoctype), so no entity is ever defined or expanded;
 *  - XML's normalisations: line ends (CR LF, CR) read as LF; tabs and line ends in attribute values as spaces;
 *    the five predefined entities and character references decoded.
 * Its events match saxes's: opentag (then closetag for `<x/>`), text, closetag; CDATA sections are skipped
 * (saxes reports them apart from text, and the reader never read them). Names are not checked character
 * by character (a name is whatever runs up to white space, `/`, `>` or `=`).
 * Browser-safe: no Node API.
 */

export interface XmlTag {
  name: string;
  /** the attributes as an object (left empty when the handlers ask for flatAttributes) */
  attributes: Record<string, string>;
  isSelfClosing: boolean;
  /** the attributes in document order: attrNames[0..attrCount-1], attrValues[0..attrCount-1] (arrays reused) */
  attrCount: number;
  attrNames: string[];
  attrValues: string[];
}

/**
 * The event objects passed to opentag and closetag are reused from tag to tag (a worksheet has millions of
 * tags): a handler may keep their fields, never the objects, nor the attrNames and attrValues arrays (the
 * strings in them it may keep). The attributes object is new for every tag that has attributes; the tags
 * without any (<v>, <si>, <t>), and every tag when the handlers ask for flatAttributes, share one frozen
 * empty object.
 */
export interface XmlHandlers {
  opentag?: (t: XmlTag) => void;
  text?: (s: string) => void;
  closetag?: (t: { name: string }) => void;
  /**
   * true: attributes are reported only in attrNames/attrValues, no object per tag (a worksheet has a
   * million <c> tags; an object built by keyed stores of varying names is the tokeniser's dearest step)
   */
  flatAttributes?: boolean;
}

export class XmlSyntaxError extends Error {}
export class XmlDoctypeError extends Error {}

/** characters XML 1.0 does not allow anywhere (the decoder never yields lone surrogates) */
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));|&/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(ENTITY, (m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED[name];
    if (dec === undefined && hex === undefined) throw new XmlSyntaxError("undefined entity or stray &");
    const cp = dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16);
    const ok = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
    if (!ok) throw new XmlSyntaxError(`character reference ${m} is not allowed`);
    return String.fromCodePoint(cp);
  });
}

/** line ends as LF (XML 1.0 §2.11) */
const eol = (s: string) => (s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n"));

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** the attributes of every tag that has none */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * Tag and attribute names as strings, one per name seen last by first character: a worksheet repeats a few
 * names millions of times (row, c, v, spans), and a slice of two or more characters is a new string each time.
 */
function nameAt(table: (string | undefined)[], s: string, from: number, end: number): string {
  const k = s.charCodeAt(from) & 0x7f;
  const known = table[k];
  if (known !== undefined && known.length === end - from) {
    // compared character by character: names are short, and a call to startsWith costs more than the loop
    let j = 0;
    while (j < known.length && known.charCodeAt(j) === s.charCodeAt(from + j)) j++;
    if (j === known.length) return known;
  }
  const name = s.slice(from, end);
  table[k] = name;
  return name;
}

export class XmlTokenizer {
  private buf = "";
  private depth = 0;
  /**
   * the names of the elements open (stack[0..depth-1]). This array and the event's attrNames and attrValues are made
   * holding one string: an empty literal ([]) is an array of small integers until a string is stored in it, and the
   * optimised startTag, compiled on the arrays of the parts read before, checks that they hold strings: each new
   * part's tokeniser with empty arrays threw that code away once ('wrong map'), and TurboFan compiled startTag, the
   * reader's largest function, a second time. Nothing reads past depth or attrCount.
   */
  private stack: string[] = [""];
  private rootSeen = false;
  private closed = false;
  /** the events, reused (see XmlHandlers) */
  private readonly openEvent: XmlTag = { name: "", attributes: {}, isSelfClosing: false, attrCount: 0, attrNames: [""], attrValues: [""] };
  private readonly closeEvent = { name: "" };
  /** names by first character (see nameAt) */
  private readonly tagNames: (string | undefined)[] = new Array(128).fill(undefined);
  private readonly attributeNames: (string | undefined)[] = new Array(128).fill(undefined);
  onDoctype: () => void = () => {
    throw new XmlDoctypeError("DOCTYPE");
  };

  constructor(private readonly h: XmlHandlers) {}

  write(chunk: string): void {
    if (this.closed) throw new XmlSyntaxError("write after close");
    if (FORBIDDEN.test(chunk)) throw new XmlSyntaxError("disallowed character");
    this.buf = this.buf ? this.buf + chunk : chunk;
    this.scan(false);
  }

  close(): void {
    this.scan(true);
    if (this.buf.trim()) throw new XmlSyntaxError("unexpected end of document");
    if (this.depth > 0) throw new XmlSyntaxError(`unclosed tag <${this.stack[this.depth - 1]}>`);
    if (!this.rootSeen) throw new XmlSyntaxError("document has no root element");
    this.closed = true;
  }

  private text(s: string): void {
    if (!s) return;
    if (this.depth === 0) {
      for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) throw new XmlSyntaxError("text outside the root element");
      this.h.text?.(eol(s)); // white space around the root, reported as saxes does
      return;
    }
    // a short text (a cell's value: "12", "0.95") with no ']', CR or '&': as it is, after one loop over it
    if (s.length <= 32) {
      let plain = true;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x5d || c === 0x0d || c === 0x26) {
          plain = false;
          break;
        }
      }
      if (plain) {
        this.h.text?.(s);
        return;
      }
    }
    if (s.indexOf("]]>") >= 0) throw new XmlSyntaxError("']]>' in text");
    // line ends first: a character reference (&#13;) is not normalised
    const e = eol(s);
    const t = e.indexOf("&") < 0 ? e : decodeEntities(e);
    this.h.text?.(t);
  }

  /** Tokenise what is complete in the buffer; keep the rest (a tag or an entity split between chunks). */
  private scan(final: boolean): void {
    const s = this.buf;
    const n = s.length;
    let pos = 0;
    while (pos < n) {
      // (a tag right after the previous one, as in most of a worksheet: no search)
      const lt = s.charCodeAt(pos) === 0x3c ? pos : s.indexOf("<", pos);
      if (lt < 0) {
        // text up to the end: hold back a possibly split entity (from the last '&' on), unless this is the end
        if (final) {
          this.text(s.slice(pos));
          pos = n;
        } else {
          const amp = s.lastIndexOf("&");
          const cut = amp >= pos && s.indexOf(";", amp) < 0 ? amp : n;
          // a trailing CR may be the first half of CR LF
          const end = cut === n && s.charCodeAt(n - 1) === 0x0d ? n - 1 : cut;
          this.text(s.slice(pos, end));
          pos = end;
        }
        break;
      }
      if (lt > pos) this.text(s.slice(pos, lt));
      pos = lt;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 !== c1) break; // '<' is the last character: wait for more
      if (c1 === 0x21 /* ! */) {
        if (s.startsWith("<!--", lt)) {
          const end = s.indexOf("-->", lt + 4);
          if (end < 0) break;
          pos = end + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", lt)) {
          if (this.depth === 0) throw new XmlSyntaxError("CDATA outside the root element");
          const end = s.indexOf("]]>", lt + 9);
          if (end < 0) break;
          pos = end + 3; // skipped, as the reader did with saxes's separate cdata event
          continue;
        }
        if (n - lt < 9) break; // may still become <!DOCTYPE or <![CDATA[
        if (s.startsWith("<!DOCTYPE", lt)) {
          this.onDoctype();
          throw new XmlDoctypeError("DOCTYPE");
        }
        throw new XmlSyntaxError("unexpected '<!'");
      }
      if (c1 === 0x3f /* ? */) {
        const end = s.indexOf("?>", lt + 2);
        if (end < 0) break;
        pos = end + 2;
        continue;
      }
      if (c1 === 0x2f /* / */) {
        // the end tag of the element open, written as its start tag named it: no search, no compare of names
        // (a name never holds '>', so this '>' is the first one after "</")
        const open = this.depth > 0 ? this.stack[this.depth - 1] : undefined;
        if (open !== undefined) {
          const at = lt + 2 + open.length;
          if (at < n && s.charCodeAt(at) === 0x3e) {
            let j = 0;
            while (j < open.length && open.charCodeAt(j) === s.charCodeAt(lt + 2 + j)) j++;
            if (j === open.length) {
              this.depth--;
              this.close_(open);
              pos = at + 1;
              continue;
            }
          }
        }
        const gt = s.indexOf(">", lt + 2);
        if (gt < 0) break;
        this.endTag(s, lt + 2, gt);
        pos = gt + 1;
        continue;
      }
      const gt = this.startTag(s, lt + 1);
      if (gt < 0) break; // not complete yet
      pos = gt + 1;
    }
    this.buf = pos >= n ? "" : s.slice(pos);
  }

  private close_(name: string): void {
    const close = this.h.closetag;
    if (!close) return;
    const e = this.closeEvent;
    e.name = name;
    close(e);
  }

  private endTag(s: string, from: number, gt: number): void {
    let e = gt;
    while (e > from && isSpace(s.charCodeAt(e - 1))) e--;
    // the name of the element open, when it matches (no new string)
    const open = this.depth > 0 ? this.stack[this.depth - 1] : undefined;
    const name = open !== undefined && open.length === e - from && s.startsWith(open, from) ? open : s.slice(from, e);
    if (this.depth === 0 || this.stack[this.depth - 1] !== name) throw new XmlSyntaxError(`unexpected close tag </${name}>`);
    this.depth--;
    this.close_(name);
  }

  /**
   * Read the start tag whose name begins at `from` and report it; returns the index of its '>', or -1 when
   * the tag is not complete in the buffer yet (nothing is reported then).
   * Its loops (run for every tag of a worksheet) test characters in line, not through isSpace or nameAt: the CLI
   * compiles without inlining (bin/perfsheet.js), where each of those is a call per character or name. Every
   * character that ends a name, or is an error in one, is at most '>' (0x3e): white space, '/', '<', '=', '>'; a
   * name's letters are above it, so most characters take one comparison.
   */
  private startTag(s: string, from: number): number {
    const n = s.length;
    let i = from;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c <= 0x3e) {
        if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x2f || c === 0x3e) break;
        if (c === 0x3c) throw new XmlSyntaxError("'<' inside a tag");
      }
    }
    if (i >= n) return -1;
    if (i === from) throw new XmlSyntaxError("tag without a name");
    // the name seen last with this first character, compared in line (see nameAt)
    let name = this.tagNames[s.charCodeAt(from) & 0x7f];
    if (name === undefined || name.length !== i - from) name = nameAt(this.tagNames, s, from, i);
    else {
      for (let j = 0; j < name.length; j++) {
        if (name.charCodeAt(j) !== s.charCodeAt(from + j)) {
          name = nameAt(this.tagNames, s, from, i);
          break;
        }
      }
    }
    let selfClosing = false;
    let attributes = NO_ATTRIBUTES;
    const flat = this.h.flatAttributes === true;
    const names = this.openEvent.attrNames;
    const values = this.openEvent.attrValues;
    let count = 0;
    for (;;) {
      let sawSpace = false;
      let c = 0;
      for (; i < n; i++) {
        c = s.charCodeAt(i);
        if (c > 0x20 || (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d)) break;
        sawSpace = true;
      }
      if (i >= n) return -1;
      if (c === 0x3e) break;
      if (c === 0x2f) {
        if (i + 1 >= n) return -1;
        if (s.charCodeAt(i + 1) !== 0x3e) throw new XmlSyntaxError("'/' inside a tag");
        selfClosing = true;
        i++;
        break;
      }
      if (!sawSpace) throw new XmlSyntaxError("attributes must be separated by white space");
      const nameStart = i;
      for (; i < n; i++) {
        const d = s.charCodeAt(i);
        if (d <= 0x3e) {
          if (d === 0x3d || d === 0x20 || d === 0x0a || d === 0x09 || d === 0x0d || d === 0x2f || d === 0x3e) break;
          if (d === 0x3c) throw new XmlSyntaxError("'<' inside a tag");
        }
      }
      let an = "";
      if (i > nameStart) {
        an = this.attributeNames[s.charCodeAt(nameStart) & 0x7f] ?? "";
        if (an.length !== i - nameStart) an = nameAt(this.attributeNames, s, nameStart, i);
        else {
          for (let j = 0; j < an.length; j++) {
            if (an.charCodeAt(j) !== s.charCodeAt(nameStart + j)) {
              an = nameAt(this.attributeNames, s, nameStart, i);
              break;
            }
          }
        }
      }
      // white space, '=', white space (the usual tag has none around its '=': one comparison)
      let e = i < n ? s.charCodeAt(i) : 0;
      while (i < n && (e === 0x20 || e === 0x0a || e === 0x09 || e === 0x0d)) e = s.charCodeAt(++i);
      if (i >= n) return -1;
      if (!an || e !== 0x3d) throw new XmlSyntaxError(`attribute ${an} without a value`);
      i++;
      e = i < n ? s.charCodeAt(i) : 0;
      while (i < n && (e === 0x20 || e === 0x0a || e === 0x09 || e === 0x0d)) e = s.charCodeAt(++i);
      if (i >= n) return -1;
      const q = s.charCodeAt(i);
      if (q !== 0x22 && q !== 0x27) throw new XmlSyntaxError(`attribute ${an}: value not quoted`);
      // one pass over the value up to its closing quote: a '<' (an error once the value is complete), a tab or
      // a line end, a '&'
      let spaces = false;
      let amp = false;
      let lessThan = false;
      let end = i + 1;
      for (; end < n; end++) {
        const d = s.charCodeAt(end);
        if (d === q) break;
        if (d === 0x3c) lessThan = true;
        else if (d === 0x26) amp = true;
        else if (d === 0x09 || d === 0x0a || d === 0x0d) spaces = true;
      }
      if (end >= n) return -1;
      if (lessThan) throw new XmlSyntaxError("'<' in an attribute value");
      let v = s.slice(i + 1, end);
      // white space as spaces first: a character reference (&#10;) keeps its character
      if (spaces) v = eol(v).replace(/[\t\n]/g, " ");
      if (amp) v = decodeEntities(v);
      // a repeated name is an error (as it was when the object held it: "__proto__" is never an own property)
      for (let k = 0; k < count; k++) if (names[k] === an && an !== "__proto__") throw new XmlSyntaxError(`attribute ${an} repeated`);
      names[count] = an;
      values[count] = v;
      count++;
      if (!flat) {
        if (attributes === NO_ATTRIBUTES) attributes = {};
        attributes[an] = v;
      }
      i = end + 1;
    }
    if (this.depth === 0) {
      if (this.rootSeen) throw new XmlSyntaxError("more than one root element");
      this.rootSeen = true;
    }
    const open = this.h.opentag;
    if (open) {
      const e = this.openEvent;
      e.name = name;
      e.attributes = attributes;
      e.isSelfClosing = selfClosing;
      e.attrCount = count;
      open(e);
    }
    if (selfClosing) this.close_(name);
    else this.stack[this.depth++] = name;
    return i;
  }
}
