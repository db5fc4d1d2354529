import { readWorkbook } from "../../src/hosts/file/reader";
import { buildXlsx } from "../xlsx-parts";

const GAN = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";

/** rows of inline Chinese text with an entity: i -> 「指标i & 甲乙…亥」 in column B, i in column A */
function sheetOf(rows: number): string {
  let x = "";
  for (let i = 1; i <= rows; i++) x += `<row r="${i}"><c r="A${i}"><v>${i}</v></c><c r="B${i}" t="inlineStr"><is><t>指标${i} &amp; 甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥</t></is></c></row>`;
  return x;
}

describe("reader: a part decoded 32 KB at a time reads as decoded whole", () => {
  // [rows, the sheet part's size class]: 3,000 rows are ~400 KB of XML (tags, entities and three-byte characters cut
  // at every 32 KB boundary); 20 rows are one piece (the counter-shape: under the slice, as before)
  test.each([
    [3000, "many slices"],
    [20, "one piece"],
  ])("%i rows (%s): every cell's text and number as written", (rows) => {
    const { sheets } = readWorkbook(buildXlsx([{ name: "表1", xml: sheetOf(rows) }]));
    const g = sheets[0].grid;
    expect(g.lastContentRow()).toBe(rows);
    for (const i of [1, 2, 745, 746, 1500, 2999, 3000].filter((r) => r <= rows)) {
      expect(g.cell(i, 1)?.v).toBe(i);
      expect(g.cell(i, 2)?.v).toBe(`指标${i} & ${GAN}`);
    }
    let texts = 0;
    for (let r = 1; r <= rows; r++) if (g.cell(r, 2)?.v === `指标${r} & ${GAN}`) texts++;
    expect(texts).toBe(rows);
  });
});
