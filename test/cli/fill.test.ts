import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { SHEET, TEMPLATE_PATH } from "../fixtures/template/make-bureau-template";
import { cellElementOf, changedParts, outsideCells, partsOf } from "../helpers/package-diff";
import { twoStackedForms, xlsxOf } from "../helpers/stacked-forms";

async function cli(args: string[]) {
  let out = "";
  let err = "";
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const TEMPLATE = readFileSync(TEMPLATE_PATH);
const SHEET_PART = "xl/worksheets/sheet1.xml";

describe("perfsheet fill", () => {
  const dir = mkdtempSync(join(tmpdir(), "perfsheet-fill-"));
  const input = join(dir, "template.xlsx");
  copyFileSync(TEMPLATE_PATH, input);

  test.each([
    ["values", ["H12", "H13", "H14", "H23"], '<c r="H12" s="1"><v>10</v></c>'],
    ["plain", ["H12", "H13", "H14", "H23"], '<c r="H12" s="1"><f>IF(MAX(0,G12)&gt;=266,E12,ROUND(MAX(0,G12)/266*E12,2))</f><v>10</v></c>'],
    ["perf", ["H12", "H13", "H14", "H23"], '<c r="H12" s="1"><f>PERF.SCORE(F12,G12,E12)</f><v>10</v></c>'],
  ])("--mode %s writes only the planned cells; every other part is byte-identical", async (mode, cells, h12) => {
    const out = join(dir, `filled-${mode}.xlsx`);
    const r = await cli(["fill", "--mode", mode, input, "-o", out]);
    expect(r.code).toBe(1); // the template's own weights (110 vs 100) are an error finding, as in review
    for (const c of cells) expect(r.out).toMatch(new RegExp(`^\\s+${c}\\s+（空） → `, "m"));
    expect(r.out).toContain("H19    =E19（10）：单元格中有用户自己写的公式，不替换");
    expect(r.out).toMatch(/H17\s+待评：单元格中已有填写的数值（加 --overwrite 覆盖）/);
    expect(readFileSync(input).equals(TEMPLATE)).toBe(true); // never in place
    const a = await partsOf(TEMPLATE);
    const b = await partsOf(readFileSync(out));
    expect(changedParts(a, b)).toEqual(["xl/workbook.xml", SHEET_PART]);
    const sheet = b.get(SHEET_PART)!.toString("utf8");
    expect(outsideCells(sheet, cells)).toBe(outsideCells(a.get(SHEET_PART)!.toString("utf8"), cells));
    expect(cellElementOf(sheet, "H12")).toBe(h12);
    expect(sheet).toContain('<f t="shared" ref="H19:H21" si="0">E19</f>');
  });

  test("--overwrite replaces typed values (the rich-text H17 too) but never the user's formulas; --lang en", async () => {
    const out = join(dir, "overwrite.xlsx");
    const r = await cli(["fill", "--overwrite", "--mode", "perf", "--lang", "en", input, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('▸ sheet "自评表": 9 cell(s) to write (perf)');
    expect(r.out).toMatch(/H17\s+待评 → =PERF\.SCORE\(F17,G17,E17\) \(10\)/);
    expect(r.out).toContain("H20    =E20 (10): holds a formula the user wrote: not replaced");
    const sheet = (await partsOf(readFileSync(out))).get(SHEET_PART)!.toString("utf8");
    expect(cellElementOf(sheet, "H20")).toBe('<c r="H20" s="1"><f t="shared" si="0"/><v>10</v></c>');
    expect(r.err).toContain("9 cell(s) written");
  });

  test("refuses to write over its input, through another path or a link, and onto a folder", async () => {
    const link = join(dir, "link.xlsx");
    symlinkSync(input, link);
    for (const out of [input, join(dir, ".", "template.xlsx"), link]) {
      const r = await cli(["fill", input, "-o", out]);
      expect([out, r.code]).toEqual([out, 2]);
      expect(r.err).toContain("输出文件就是输入文件");
    }
    const r = await cli(["fill", input, "-o", dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("是文件夹");
    expect(readFileSync(input).equals(TEMPLATE)).toBe(true);
  });

  test("usage errors: no -o, a bad mode, a missing input or folder", async () => {
    expect((await cli(["fill", input])).err).toContain("请用 -o 指定输出文件");
    expect((await cli(["fill", "--mode", "live", input, "-o", join(dir, "x.xlsx")])).code).toBe(2);
    expect((await cli(["fill", join(dir, "none.xlsx"), "-o", join(dir, "y.xlsx")])).err).toContain("找不到文件");
    const r = await cli(["fill", input, "-o", join(dir, "no-such-folder", "z.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("输出文件夹不存在");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  test("a sheet with nothing to fill: the output is the input's bytes", async () => {
    const out = join(dir, "same.xlsx");
    const r = await cli(["fill", "--sheet", "指标库", input, "-o", out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out).equals(TEMPLATE)).toBe(true);
  });

  test(`--sheet names a sheet that is not there: exit 2 (the template's sheet is ${SHEET})`, async () => {
    const r = await cli(["fill", "--sheet", "Sheet9", input, "-o", join(dir, "n.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有名为「Sheet9」的工作表");
  });
});

describe("perfsheet fill on special inputs", () => {
  test("a folder as input is not a regular file: exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perfsheet-fill-dir-"));
    const r = await cli(["fill", dir, "-o", join(dir, "out.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("不是普通文件");
  });
});

describe("perfsheet fill on a sheet of two stacked forms (test/helpers/stacked-forms.ts)", () => {
  const dir = mkdtempSync(join(tmpdir(), "perfsheet-fill-stacked-"));
  const input = join(dir, "stacked.xlsx");
  beforeAll(async () => writeFileSync(input, await xlsxOf("自评表", twoStackedForms())));
  const part = async (file: string) => (await partsOf(readFileSync(file))).get(SHEET_PART)!.toString("utf8");

  test("--mode perf: both forms filled, each at its own rows with its own references (甲 96, 乙 90.33); the stated grades left alone", async () => {
    const out = join(dir, "perf.xlsx");
    const r = await cli(["fill", "--mode", "perf", input, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("▸ 工作表「自评表」：写入 12 个单元格（perf）");
    const sheet = await part(out);
    const f = (cell: string) => /<f>([^<]*)<\/f><v>([^<]*)<\/v>/.exec(cellElementOf(sheet, cell) ?? "")?.slice(1);
    expect(["G4", "H4", "G6", "G7", "G8", "G9"].map(f)).toEqual([
      ["PERF.EXECRATE(E4,D4)", "0.9"],
      ["PERF.EXECSCORE(E4,D4,F4)", "9"],
      ["PERF.SCORE(D6,E6,F6)", "27"],
      ["PERF.SCORE(D7,E7,F7)", "30"],
      ["PERF.SCORE(D8,E8,F8)", "30"],
      ["SUM(H4,G6,G7,G8)", "96"],
    ]);
    expect(["G15", "H15", "G17", "G18", "G19", "G20"].map(f)).toEqual([
      ["PERF.EXECRATE(E15,D15)", "0.8"],
      ["PERF.EXECSCORE(E15,D15,F15)", "8"],
      ["PERF.SCORE(D17,E17,F17)", "24"],
      ["PERF.SCORE(D18,E18,F18)", "30"],
      ["PERF.SCORE(D19,E19,F19)", "28.33"],
      ["SUM(H15,G17,G18,G19)", "90.33"],
    ]);
    // the grades 优 were typed: kept, as on a sheet of one form
    expect(r.out).toMatch(/G10\s+优：单元格中已有填写的数值/);
    expect(r.out).toMatch(/G21\s+优：单元格中已有填写的数值/);
    const before = await part(input);
    const planned = ["G4", "H4", "G6", "G7", "G8", "G9", "G15", "H15", "G17", "G18", "G19", "G20"];
    expect(outsideCells(sheet, planned)).toBe(outsideCells(before, planned));
  });

  test("--mode plain --overwrite: the second form's plain formulas read its own cells, its grade by the 60 band", async () => {
    const out = join(dir, "plain.xlsx");
    const r = await cli(["fill", "--mode", "plain", "--overwrite", input, "-o", out]);
    expect(r.out).toContain("写入 14 个单元格（plain）");
    const sheet = await part(out);
    expect(cellElementOf(sheet, "G17")).toContain("<f>IF(MAX(0,E17)&gt;=500,F17,ROUND(MAX(0,E17)/500*F17,2))</f><v>24</v>");
    expect(cellElementOf(sheet, "G21")).toContain("<f>IF(G20&gt;=90,\"优\",IF(G20&gt;=80,\"良\",IF(G20&gt;=60,\"中\",\"差\")))</f>");
  });
});
