import { spawnSync, execFileSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { ReviewReport } from "../../src/cli/report";
import { CORPUS, truth } from "../helpers";
import { buildXlsx, sheetDoc } from "../xlsx-parts";
import { packageAround, rawZip, repeatDeflate, SHEET_CLOSE, SHEET_OPEN } from "../hostile-zip";

/**
 * One CLI run (a child process, as a reviewer runs it) over a folder of hostile files generated here,
 * beside good corpus workbooks: it must end by itself, report every regular workbook, review the good
 * ones, stay under 1.5 GB and never print a stack trace.
 */

const ROOT = join(__dirname, "..", "..");
const ok = `<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c></row>`;

function ole(name: string): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  for (let i = 0; i < name.length; i++) b[1024 + 2 * i] = name.charCodeAt(i);
  return b;
}

/** 012.xlsx with error values typed into two score cells */
function withErrorScores(): Uint8Array {
  const parts = unzipSync(readFileSync(join(CORPUS, "cases", "012.xlsx")));
  const xml = strFromU8(parts["xl/worksheets/sheet1.xml"])
    .replace('<c r="H12"><v>10</v></c>', '<c r="H12" t="e"><v>#REF!</v></c>')
    .replace('<c r="H13"><v>10</v></c>', '<c r="H13" t="e"><v>#DIV/0!</v></c>');
  parts["xl/worksheets/sheet1.xml"] = strToU8(xml);
  return zipSync(parts);
}

function writeHostileFolder(dir: string): void {
  const w = (name: string, bytes: Uint8Array | string) => writeFileSync(join(dir, name), bytes);
  for (const id of ["011", "012", "015"]) copyFileSync(join(CORPUS, "cases", `${id}.xlsx`), join(dir, `good-${id}.xlsx`));
  w("error-values.xlsx", withErrorScores());
  // a zip64 bomb: the sheet inflates without end and its zip64 sizes say 4 GiB + 1000 (1000 modulo 2^32)
  const zeros = repeatDeflate(`${SHEET_OPEN}<row r="1"><c r="A1"><v>`, "0", 320 * 1024 * 1024, `</v></c></row>${SHEET_CLOSE}`);
  w("zip64-bomb.xlsx", rawZip(packageAround([{ name: "S", entry: { name: "xl/worksheets/sheet1.xml", data: zeros, declaredSize: 2 ** 32 + 1000 } }])));
  // a lying-size bomb: declares 2 KB, inflates to three million cells
  const cells = repeatDeflate(SHEET_OPEN, "<row><c><v>1</v></c><c><v>2</v></c></row>", 1_500_000, SHEET_CLOSE);
  w("lying-size-bomb.xlsx", rawZip(packageAround([{ name: "S", entry: { name: "xl/worksheets/sheet1.xml", data: cells, declaredSize: 2048 } }])));
  // 12 sheets × 990,000 cells
  const big = repeatDeflate(SHEET_OPEN, "<row>" + "<c><v>1</v></c>".repeat(10) + "</row>", 99_000, SHEET_CLOSE);
  w(
    "twelve-big-sheets.xlsx",
    rawZip(packageAround(Array.from({ length: 12 }, (_, i) => ({ name: `S${i + 1}`, entry: { name: `xl/worksheets/sheet${i + 1}.xml`, data: big } })))),
  );
  // a whole-sheet merge below a good sheet's data
  const parts = unzipSync(readFileSync(join(CORPUS, "cases", "011.xlsx"))); // data in A1:J24
  parts["xl/worksheets/sheet1.xml"] = strToU8(strFromU8(parts["xl/worksheets/sheet1.xml"]).replace(/<mergeCells count="(\d+)">/, (_m, n) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="A30:XFD1048576"/>`));
  w("whole-sheet-merge.xlsx", zipSync(parts));
  w("shared-string-out-of-range.xlsx", buildXlsx([{ name: "S", xml: `<row r="1"><c r="A1" t="s"><v>99</v></c></row>` }], { sharedStrings: ["a"] }));
  w("bad-merge-ref.xlsx", buildXlsx([{ name: "S", xml: sheetDoc(ok + `<row r="2"><c r="B2"><v>1</v></c></row>`, `<mergeCells><mergeCell ref="A1:B"/></mergeCells>`) }]));
  w("missing-sheet-part.xlsx", buildXlsx([{ name: "S", xml: ok }], { omitSheetParts: [0] }));
  w("huge-numbers.xlsx", buildXlsx([{ name: "S", xml: `<row r="1"><c r="A1" t="inlineStr"><is><t>得分</t></is></c><c r="B1"><v>1e308</v></c><c r="C1"><v>1.8e308</v></c><c r="D1"><v>-1e999</v></c></row>` }]));
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]>`;
  w("billion-laughs.xlsx", buildXlsx([{ name: "S", xml: `${laughs}<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>` }]));
  w("empty.xlsx", new Uint8Array(0));
  w("truncated.xlsx", readFileSync(join(CORPUS, "cases", "011.xlsx")).subarray(0, 5000));
  w("legacy.xls", ole("Workbook"));
  w("encrypted.xlsx", ole("EncryptedPackage"));
  w("text-renamed.xlsx", "项目名称,分值,得分\n工资,10,10\n");
  w("no-sheets.xlsx", rawZip(packageAround([])));
  w("cell-beyond-xfd.xlsx", buildXlsx([{ name: "S", xml: `<row r="1"><c r="XFE1"><v>1</v></c></row>` }]));
  w("unknown-compression.xlsx", rawZip(packageAround([{ name: "S", entry: { name: "xl/worksheets/sheet1.xml", data: strToU8("xxxx"), method: 12 as 8 } }])));
  w("~$good-011.xlsx", "an Excel lock file"); // skipped: not a workbook
  symlinkSync("loop.xlsx", join(dir, "loop.xlsx")); // a link to itself
  symlinkSync("nowhere.xlsx", join(dir, "dangling.xlsx"));
  mkdirSync(join(dir, "sub"));
  symlinkSync("..", join(dir, "sub", "up")); // a folder link back up: walked once
  execFileSync("mkfifo", [join(dir, "pipe.xlsx")]);
}

describe("perfsheet review over a folder of hostile files", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "perfsheet-hostile-"));
    writeHostileFolder(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("ends by itself, reports every regular workbook, reviews the good ones, stays small, prints no stack", () => {
    const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
    const res = spawnSync(process.execPath, [tsx, join(ROOT, "src", "cli", "main.ts"), "review", "--json", dir], {
      env: { ...process.env, PERFSHEET_REPORT_RSS: "1" },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000, // a safety net: the run must end long before
    });
    expect(res.signal).toBeNull();
    expect([1, 2]).toContain(res.status);
    expect(res.stdout + res.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    const report: ReviewReport = JSON.parse(res.stdout);
    const byName = new Map(report.files.map((f) => [f.file.slice(dir.length + 1), f]));
    const codes = Object.fromEntries([...byName].map(([n, f]) => [n, f.error?.code ?? "ok"]));
    expect(codes).toEqual({
      "bad-merge-ref.xlsx": "ok",
      "billion-laughs.xlsx": "forbidden-dtd",
      "cell-beyond-xfd.xlsx": "bad-reference",
      "empty.xlsx": "corrupt",
      "encrypted.xlsx": "encrypted",
      "error-values.xlsx": "ok",
      "good-011.xlsx": "ok",
      "good-012.xlsx": "ok",
      "good-015.xlsx": "ok",
      "huge-numbers.xlsx": "ok",
      "legacy.xls": "xls-legacy",
      "lying-size-bomb.xlsx": "too-large",
      "missing-sheet-part.xlsx": "missing-part",
      "no-sheets.xlsx": "empty",
      "shared-string-out-of-range.xlsx": "bad-reference",
      "text-renamed.xlsx": "not-xlsx",
      "truncated.xlsx": "corrupt",
      "twelve-big-sheets.xlsx": "too-large",
      "unknown-compression.xlsx": "corrupt",
      "whole-sheet-merge.xlsx": "ok",
      "zip64-bomb.xlsx": "too-large",
    });
    for (const f of report.files) {
      if (f.error) expect(f.error.message).toMatch(/[\u4e00-\u9fa5]/);
      else expect(f.sheets.length).toBeGreaterThan(0);
    }
    expect(res.status).toBe(2); // unreadable files
    // the good ones, reviewed with their known findings
    const errorsAt = (name: string) =>
      byName
        .get(name)!
        .sheets[0].findings.filter((x) => x.severity === "error")
        .map((x) => `${x.rule}@${x.cell}`)
        .sort();
    expect(errorsAt("good-012.xlsx")).toEqual(truth("012").inconsistencies.map((i) => `${i.rule}@${i.cell}`).sort());
    expect(byName.get("whole-sheet-merge.xlsx")!.sheets[0].total).toEqual(byName.get("good-011.xlsx")!.sheets[0].total);
    expect(byName.get("whole-sheet-merge.xlsx")!.sheets[0].findings).toEqual(byName.get("good-011.xlsx")!.sheets[0].findings);
    // error values typed into two score cells: read as errors, not numbers; each is a finding at its cell, and
    // the total no longer adds up (10 + 10 of the 110 are missing: 90)
    const ev = byName.get("error-values.xlsx")!.sheets[0];
    expect(ev.indicators.slice(0, 2).map((i) => [i.scoreCell, i.claimedScore])).toEqual([
      ["H12", null],
      ["H13", null],
    ]);
    expect(ev.findings.find((x) => x.rule === "total-mismatch")).toMatchObject({ cell: "H23", message: "各项得分合计 90，与总分 100 不符" });
    expect(ev.findings.filter((x) => x.rule === "error-value").map((x) => [x.cell, x.severity, x.message])).toEqual([
      ["H12", "error", "得分单元格为错误值 #REF!，无法核对"],
      ["H13", "error", "得分单元格为错误值 #DIV/0!，无法核对"],
    ]);
    // links, the pipe and the loop: skipped with a note, never opened
    const skipped = (report.skipped ?? []).map((s) => s.file.slice(dir.length + 1)).sort();
    expect(skipped).toEqual(["dangling.xlsx", "loop.xlsx", "pipe.xlsx", "sub/up"]);
    expect(res.stderr).toContain("合并区域「A1:B」无效");
    const rss = Number(/perfsheet-maxrss-kb (\d+)/.exec(res.stderr)![1]);
    expect(rss * 1024).toBeLessThan(1.5 * 1024 ** 3);
  });
});
