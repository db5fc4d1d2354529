import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import fc from "fast-check";
import { XmlDoctypeError, XmlTag, XmlTokenizer } from "../../src/hosts/file/reader/xml";
import { CORPUS } from "../helpers";

type Ev = (string | Record<string, string> | boolean)[];

/** The events saxes gives (text joined between tags, as the reader appends it), or the kind of failure. */
function viaSaxes(chunks: string[]): Ev[] | "error" | "doctype" {
  const out: Ev[] = [];
  let text = "";
  const flush = () => text && (out.push(["text", text]), (text = ""));
  const p = new SaxesParser({ position: false });
  let failed: "error" | "doctype" | null = null;
  p.on("doctype", () => (failed ??= "doctype"));
  p.on("error", () => (failed ??= "error"));
  p.on("opentag", (t) => (flush(), out.push(["open", t.name, { ...(t.attributes as Record<string, string>) }, t.isSelfClosing])));
  p.on("text", (s) => (text += s));
  p.on("closetag", (t) => (flush(), out.push(["close", t.name])));
  try {
    for (const c of chunks) p.write(c);
    p.close();
  } catch {
    failed ??= "error";
  }
  flush();
  return failed ?? out;
}

/** `flat`: the attributes read from attrNames/attrValues (XmlHandlers.flatAttributes), as the reader reads them */
function viaTokenizer(chunks: string[], flat = false): Ev[] | "error" | "doctype" {
  const out: Ev[] = [];
  let text = "";
  const flush = () => text && (out.push(["text", text]), (text = ""));
  const attributesOf = (tag: XmlTag): Record<string, string> => {
    if (!flat) return { ...tag.attributes };
    expect(tag.attributes).toEqual({});
    const a: Record<string, string> = {};
    for (let k = 0; k < tag.attrCount; k++) a[tag.attrNames[k]] = tag.attrValues[k];
    return a;
  };
  const t = new XmlTokenizer({
    flatAttributes: flat,
    opentag: (tag) => (flush(), out.push(["open", tag.name, attributesOf(tag), tag.isSelfClosing])),
    text: (s) => (text += s),
    closetag: (tag) => (flush(), out.push(["close", tag.name])),
  });
  try {
    for (const c of chunks) t.write(c);
    t.close();
  } catch (e) {
    return e instanceof XmlDoctypeError ? "doctype" : "error";
  }
  flush();
  return out;
}

/** the text cut into pieces at the given points (a streamed part arrives in chunks cut anywhere) */
const cut = (s: string, at: number[]) => {
  const pts = [...new Set(at.map((a) => a % (s.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const p of pts) (out.push(s.slice(prev, p)), (prev = p));
  out.push(s.slice(prev));
  return out;
};

const WELL_FORMED = [
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="x"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
  `<a><b x='1' y = "2&amp;3&#10;4&#x41;" z="t\tu\r\nv"/>text &lt;&gt;&quot;&apos; &#20320;&#x1F600;<!-- note --><?pi x?>\r\nline\rend</a>`,
  `<x:a xmlns:x="u"><x:t xml:space="preserve">  两个  空格 </x:t><![CDATA[<skipped>]]></x:a>`,
  `<a>]</a>`,
  `<a>&#13;&#9;</a>`,
  `<!-- before --><a/><!-- after -->\n`,
  `<a b="&gt;&#62;>"></a >`,
  // names sharing the tokeniser's slot for a first character (ã is U+00E3: c's slot), or one length and first character
  `<c ca="1" cb="2" ã="3"><ã ã="4" ca="5"/><ca/><cb/><cab ca = "6"\t cb\n=\r\n"7" ã\t=\t'8'/></c>`,
];

const MALFORMED = [
  `<a><b></a></b>`,
  `<a>`,
  `<a></a><b/>`,
  `text<a/>`,
  `<a b=1/>`,
  `<a b="1"c="2"/>`,
  `<a b="1" b="2"/>`,
  `<a>&unknown;</a>`,
  `<a>AT&T</a>`,
  `<a>&#0;</a>`,
  `<a>\u0001</a>`,
  `<a b="<"/>`,
  `<a>]]></a>`,
  ``,
  `<a></b>`,
  `<a><!ELEMENT x></a>`,
  `<a><b></bb></a>`,
  `<a><bb></b></a>`,
  `<a b="1" c="2" b="3"/>`,
  `<a b/>`,
  `<a b= />`,
  `<a b="1" ="2"/>`,
  `<a\t=\t"1"/>`,
];

describe("the reader's XML tokeniser gives saxes's events", () => {
  test.each(WELL_FORMED)("well-formed %#: same events, whole and cut into pieces", (xml) => {
    const want = viaSaxes([xml]);
    expect(want).not.toBe("error");
    expect(viaTokenizer([xml])).toEqual(want);
    fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 6 }), (at) => JSON.stringify(viaTokenizer(cut(xml, at))) === JSON.stringify(want)), { numRuns: 300, seed: 7 });
  });

  test.each(MALFORMED)("malformed %#: an error, as saxes gives", (xml) => {
    expect(viaSaxes([xml])).toBe("error");
    expect(viaTokenizer([xml])).toBe("error");
    expect(viaTokenizer([xml], true)).toBe("error");
  });

  test.each(WELL_FORMED)("well-formed %#, attributes read flat: the same events, whole and cut into pieces", (xml) => {
    const want = viaSaxes([xml]);
    expect(viaTokenizer([xml], true)).toEqual(want);
    fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 6 }), (at) => JSON.stringify(viaTokenizer(cut(xml, at), true)) === JSON.stringify(want)), { numRuns: 300, seed: 7 });
  });

  test("a DOCTYPE is refused as such", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>`;
    expect(viaSaxes([xml])).toBe("doctype");
    expect(viaTokenizer([xml])).toBe("doctype");
    expect(viaTokenizer(cut(xml, [3, 25]))).toBe("doctype");
  });

  test("every worksheet and shared-strings part of the corpus: the same events, whole and in 1 KB chunks", () => {
    const dir = join(CORPUS, "cases");
    let parts = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".xlsx"))) {
      const files = unzipSync(readFileSync(join(dir, f)), { filter: (e) => /^xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml)$/.test(e.name) });
      for (const [name, bytes] of Object.entries(files)) {
        const xml = new TextDecoder().decode(bytes);
        const want = viaSaxes([xml]);
        expect([f, name, viaTokenizer([xml])]).toEqual([f, name, want]);
        const chunks = xml.match(/[\s\S]{1,1024}/g) ?? [];
        expect([f, name, viaTokenizer(chunks)]).toEqual([f, name, want]);
        expect([f, name, viaTokenizer(chunks, true)]).toEqual([f, name, want]);
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(15);
  });
});
