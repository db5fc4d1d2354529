import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { FileError } from "../../src/hosts/file/errors";
import { readWorkbook } from "../../src/hosts/file/reader";
import { setWholeInflater } from "../../src/hosts/file/reader/zip";
import { useNativeInflate } from "../../src/cli/native-inflate";
import { CORPUS } from "../helpers";
import { buildXlsx } from "../xlsx-parts";

/** Set every declared uncompressed size (local and central headers) to `size`. */
function declare(buf: Uint8Array, size: number): Uint8Array {
  const out = buf.slice();
  const dv = new DataView(out.buffer);
  for (let i = 0; i + 4 < out.length; i++) {
    const sig = dv.getUint32(i, true);
    if (sig === 0x04034b50) dv.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) dv.setUint32(i + 24, size, true);
  }
  return out;
}

const inflaters: [string, () => void][] = [
  ["fflate", () => setWholeInflater(null)],
  ["node:zlib", useNativeInflate],
];

afterAll(() => setWholeInflater(null));

describe("the reader's inflaters give the same workbooks", () => {
  const dir = join(CORPUS, "cases");
  const files = readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
  test.each(files)("%s: fflate and node:zlib read the same cells and merges", (f) => {
    const buf = readFileSync(join(dir, f));
    setWholeInflater(null);
    const a = readWorkbook(buf);
    useNativeInflate();
    const b = readWorkbook(buf);
    expect(b).toEqual(a);
  });
});

describe.each(inflaters)("declared sizes are only a hint (%s)", (_name, use) => {
  const text = "绩效".repeat(50_000) + "x"; // 300,001 bytes of UTF-8 in one inline string
  const buf = buildXlsx([{ name: "S", xml: `<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>` }]);
  const a1 = (b: Uint8Array) => readWorkbook(b).sheets[0].grid.value(1, 1);
  beforeEach(use);

  test("a part larger than declared is read whole", () => {
    expect(a1(declare(buf, 100))).toBe(text);
  });
  test("a part smaller than declared is read exactly", () => {
    expect(a1(declare(buf, 5_000_000))).toBe(text);
  });
  test("a declared size beyond 4 GiB's wrap (0xFFFFFFFF) is read exactly", () => {
    expect(a1(declare(buf, 0xffffffff))).toBe(text);
  });
  test("a broken deflate stream is a corrupt file, not a crash", () => {
    const broken = buf.slice();
    // overwrite the middle of the sheet part's compressed data
    const at = broken.length >> 1;
    for (let i = 0; i < 64; i++) broken[at + i] = 0xff;
    let code = "ok";
    try {
      readWorkbook(broken);
    } catch (e) {
      expect(e).toBeInstanceOf(FileError);
      code = (e as FileError).code;
    }
    expect(code).toBe("corrupt");
  });
});
