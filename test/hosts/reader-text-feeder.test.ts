import { textFeeder, XmlParser } from "../../src/hosts/file/reader/sheet";
import { partText, InflateBudget, ZipEntry } from "../../src/hosts/file/reader/zip";

/** what textFeeder hands a parser, piece by piece */
function fed(chunks: Uint8Array[]): string[] {
  const writes: string[] = [];
  const p = { write: (s: string) => writes.push(s), close: () => {} } as unknown as XmlParser;
  const f = textFeeder(p);
  for (const c of chunks) f.push(c);
  f.end();
  return writes;
}

/** the text of one streaming decoder over all the bytes (what the feeder must give, however it cuts them) */
function streamed(chunks: Uint8Array[]): string {
  const d = new TextDecoder("utf-8");
  return chunks.map((c) => d.decode(c, { stream: true })).join("") + d.decode();
}

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...xs: Uint8Array[]) => {
  const out = new Uint8Array(xs.reduce((n, x) => n + x.length, 0));
  let o = 0;
  for (const x of xs) out.set(x, (o += x.length) - x.length);
  return out;
};
/** the bytes cut into chunks of the sizes given, in turn */
function chunked(b: Uint8Array, sizes: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let o = 0, k = 0; o < b.length; k++) out.push(b.subarray(o, (o += sizes[k % sizes.length])));
  return out;
}

const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const rows = (n: number) => Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c t="inlineStr"><is><t>指标${i} 甲乙丙丁戊己</t></is></c></row>`).join("");
const xml = enc(`<sheetData>${rows(3000)}</sheetData>`); // ~270 KB: 8 or 9 slices
const noTags = enc("绩效目标".repeat(30000)); // 360 KB of three-byte characters, no '<': slices cut inside characters
// bytes that are no UTF-8: a lead byte cut short before '<', stray continuation bytes, a four-byte lead with no tail
const broken = cat(enc("<a>"), ...Array.from({ length: 4000 }, (_, i) => cat(enc(`<b>${i}`), Uint8Array.of(0xe7, 0xbb), enc("</b><c>"), Uint8Array.of(0x80, 0x80, 0xf0), enc("中</c>"))), enc("</a>"));
const midBom = cat(enc("<a>" + "x".repeat(32765)), BOM, enc("y</a>")); // U+FEFF at the start of the second slice

describe("reader: textFeeder gives the text of one streaming decoder, in pieces cut before a tag", () => {
  test.each([
    ["XML, one chunk", [xml]],
    ["XML, 16 KB chunks", chunked(xml, [16384])],
    ["XML, odd chunks (7, 1,000, 33,000 bytes)", chunked(xml, [7, 1000, 33000])],
    ["XML, a first chunk of 2 bytes", chunked(xml, [2, 40000])],
    ["no tags, one chunk", [noTags]],
    ["no tags, 1,001-byte chunks", chunked(noTags, [1001])],
    ["broken UTF-8, one chunk", [broken]],
    ["broken UTF-8, 5-byte then 32,769-byte chunks", chunked(broken, [5, 32769])],
    ["a byte-order mark, then XML", [cat(BOM, xml)]],
    ["a byte-order mark cut over two chunks", chunked(cat(BOM, xml), [2, 65536])],
    ["U+FEFF inside the text, at a slice's start", [midBom]],
  ])("%s", (_, chunks) => {
    const writes = fed(chunks as Uint8Array[]);
    expect(writes.join("")).toBe(streamed(chunks as Uint8Array[]));
  });

  test("XML in one chunk: every piece but the last ends where a tag begins, none longer than a slice", () => {
    const writes = fed([xml]);
    const text = writes.join("");
    expect(writes.length).toBeGreaterThanOrEqual(8);
    let at = 0;
    for (const w of writes.slice(0, -1)) {
      at += w.length;
      expect(text[at]).toBe("<");
      expect(new TextEncoder().encode(w).length).toBeLessThanOrEqual(32 * 1024);
    }
  });

  test("the part's own byte-order mark is dropped, a U+FEFF inside the text kept (counter-shape)", () => {
    expect(fed([cat(BOM, enc("<a/>"))]).join("")).toBe("<a/>");
    expect(fed([midBom]).join("")).toBe("<a>" + "x".repeat(32765) + "\uFEFFy</a>");
  });
});

describe("reader: partText decodes a part in one chunk or in several alike", () => {
  const stored = (b: Uint8Array): [Uint8Array, ZipEntry] => {
    // a stored (method 0) entry: a local header of 30 bytes, no name, then the bytes
    const h = new Uint8Array(30);
    h.set([0x50, 0x4b, 0x03, 0x04]);
    return [cat(h, b), { name: "x.xml", method: 0, compressedSize: b.length, localOffset: 0, flags: 0, sizeHint: b.length }];
  };
  test.each([
    ["with a byte-order mark", cat(BOM, enc("<workbook>簿</workbook>"))],
    ["without one", enc("<workbook>簿</workbook>")],
    ["empty", new Uint8Array(0)],
  ])("%s", (_, b) => {
    const [buf, e] = stored(b);
    expect(partText(buf, e, new InflateBudget(1 << 20))).toBe(streamed([b]));
  });
});
