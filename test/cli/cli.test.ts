import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync, readFileSync, symlinkSync } from "fs";
import { execFileSync, spawnSync } from "child_process";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import type { ReviewReport } from "../../src/cli/report";
import { CORPUS, truth } from "../helpers";
import { blankSelfEvalForm, twoStackedForms, xlsxOf } from "../helpers/stacked-forms";

async function cli(args: string[]) {
  let out = "";
  let err = "";
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe("perfsheet review", () => {
  test("--json over the corpus folder prints the DESIGN §5 contract", async () => {
    const { code, out } = await cli(["review", "--json", join(CORPUS, "cases")]);
    const report: ReviewReport = JSON.parse(out);
    expect(report.version).toBe(1);
    expect(report.profile).toBe("auto"); // no --profile: each sheet's region, read from its own text
    expect(report.files).toHaveLength(15);
    expect(code).toBe(1); // the corpus has error findings
    const f012 = report.files.find((f) => f.file.endsWith("012.xlsx"))!;
    expect(f012.error).toBeNull();
    const s = f012.sheets[0];
    expect(Object.keys(s).sort()).toEqual(["confidence", "family", "findings", "grade", "headerRow", "indicators", "sheet", "total", "profile", "profileNote"].sort());
    // 012 names 中江县 (Deyang, Sichuan): Sichuan's rules, and the report says why
    expect(s.profile).toBe("sichuan");
    expect(s.profileNote).toBe("按四川口径（据表中文字中的县名“中江县”自动识别）");
    expect(s.family).toBe("project-self-eval");
    expect(s.headerRow).toBe(11);
    expect(s.total).toEqual({ claimed: 100, claimedCell: "H23", computed: 110 });
    expect(s.indicators[0]).toEqual({
      row: 12,
      path: ["产出指标(70分)", "数量指标", "安装坡面水标尺"],
      weight: 10,
      weightCell: "E12",
      claimedScore: 10,
      scoreCell: "H12",
      computedScore: 10,
    });
    const cells = s.findings.filter((x) => x.severity === "error").map((x) => `${x.rule}@${x.cell}`);
    expect(cells.sort()).toEqual(truth("012").inconsistencies.map((i) => `${i.rule}@${i.cell}`).sort());
    expect(s.findings[0]).toHaveProperty("message");
    expect(s.findings[0]).not.toHaveProperty("messageEn");
  });

  test("a folder's run inside a longer-lived process gives back what it set: no exit listener is left behind", async () => {
    // (src/cli/heap.ts sets V8's heap settings for a run over several files and sets them back when it ends)
    const before = process.listenerCount("exit");
    await cli(["review", "--json", join(CORPUS, "cases", "011.xlsx"), join(CORPUS, "cases", "012.xlsx")]);
    expect(process.listenerCount("exit")).toBe(before);
  });

  test("exit 0 when a file has no error findings; human report in Chinese", async () => {
    const { code, out } = await cli(["review", join(CORPUS, "cases", "015.xlsx")]);
    expect(code).toBe(0);
    expect(out).toContain("项目支出绩效自评表");
    expect(out).toContain("总分：填报 100 (H40)，复核 100");
    expect(out).toContain("错误 0 项");
  });

  test("--lang en gives English messages", async () => {
    const { out } = await cli(["review", "--lang", "en", join(CORPUS, "cases", "045.xlsx")]);
    expect(out).toContain("the sheet shows 10");
    expect(out).toContain("1 error(s)");
  });

  test("an unreadable file is reported and the others are still reviewed (exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perfsheet-"));
    mkdirSync(join(dir, "sub"));
    copyFileSync(join(CORPUS, "cases", "011.xlsx"), join(dir, "sub", "a.xlsx"));
    writeFileSync(join(dir, "broken.xlsx"), "not a workbook");
    writeFileSync(join(dir, "~$lock.xlsx"), "Excel lock file");
    const { code, out } = await cli(["review", "--json", dir]);
    const report: ReviewReport = JSON.parse(out);
    expect(code).toBe(2);
    expect(report.files.map((f) => [f.file.replace(dir, ""), f.error?.code ?? null])).toEqual([
      ["/broken.xlsx", "not-xlsx"],
      ["/sub/a.xlsx", null],
    ]);
    expect(report.files[1].sheets[0].findings.filter((f) => f.rule === "missing-reason").map((f) => f.cell)).toEqual(["J16", "J19"]);
  });

  test("usage errors exit 2 with the usage text", async () => {
    for (const args of [[], ["check", "x.xlsx"], ["review"], ["review", "--profile"], ["review", "--bogus", "x"], ["review", "--profile", "atlantis", "x.xlsx"]]) {
      const { code, err } = await cli(args);
      expect(code).toBe(2);
      expect(err).toContain("用法");
    }
  });

  test("a custom profile file; an invalid one is rejected naming the field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perfsheet-"));
    writeFileSync(join(dir, "xj.json"), JSON.stringify({ extends: "national", id: "my-xj", gradeBands: [{ grade: "优", min: 97 }, { grade: "良", min: 80 }, { grade: "中", min: 70 }, { grade: "差", min: 0 }] }));
    const ok = await cli(["review", "--json", "--profile", join(dir, "xj.json"), join(CORPUS, "cases", "011.xlsx")]);
    const r: ReviewReport = JSON.parse(ok.out);
    expect(r.profile).toBe("my-xj");
    // 96 is 良 under a 97 band: the stated 优 is now a grade-mismatch
    expect(r.files[0].sheets[0].findings.find((f) => f.rule === "grade-mismatch")!.cell).toBe("J24");
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ extends: "national", id: "bad", budget: { denominator: "half" } }));
    const bad = await cli(["review", "--profile", join(dir, "bad.json"), join(CORPUS, "cases", "011.xlsx")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("budget.denominator");
  });

  test("--out writes a summary workbook with per-sheet totals and the findings list", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perfsheet-"));
    const out = join(dir, "汇总.xlsx");
    await cli(["review", "--out", out, join(CORPUS, "cases", "011.xlsx"), join(CORPUS, "cases", "012.xlsx")]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const sum = wb.getWorksheet("汇总")!;
    // 文件 工作表 单位 项目名称 表格类型 自评分 复核分 差额 总分说明 … 错误
    expect(sum.getRow(2).getCell(1).value).toBe("011.xlsx"); // the file's name, not its absolute path
    expect(sum.getRow(2).getCell(6).value).toBe(96);
    expect(sum.getRow(2).getCell(7).value).toBe(99.8);
    expect(sum.getRow(2).getCell(8).value).toBe(3.8);
    expect(sum.getRow(3).getCell(12).value).toBe(4); // 012: four errors
    expect(String(sum.getRow(3).getCell(9).value)).toContain("超出总分值 100"); // 012 re-checks to 110 of 100
    expect(wb.getWorksheet("问题清单")!.rowCount).toBeGreaterThan(6);
    const stats = wb.getWorksheet("统计")!;
    const value = (label: string) => stats.getColumn(1).values.indexOf(label);
    // 012's 110 of 100 is kept out: only 011 is averaged
    expect(stats.getRow(value("平均自评分")).getCell(2).value).toBe(96);
    expect(stats.getRow(value("平均复核分")).getCell(2).value).toBe(99.8);
  });

  test("--json is streamed one file at a time and reads as one JSON document (the same as a whole report)", async () => {
    const chunks: string[] = [];
    const code = await run(["review", "--json", join(CORPUS, "cases", "011.xlsx"), join(CORPUS, "cases", "missing.xlsx"), join(CORPUS, "cases", "012.xlsx")], {
      stdout: (s) => chunks.push(s),
      stderr: () => {},
    });
    expect(code).toBe(2); // one file not found
    const report: ReviewReport = JSON.parse(chunks.join(""));
    expect(chunks.join("")).toBe(JSON.stringify(report, null, 2) + "\n");
    expect(report.files.map((f) => [f.file.replace(/.*\//, ""), f.error?.code ?? null])).toEqual([
      ["missing.xlsx", "not-found"],
      ["011.xlsx", null],
      ["012.xlsx", null],
    ]);
    // header, one chunk per file, closing: the report is never held whole
    expect(chunks.length).toBe(5);
    expect(chunks[4]).toBe("\n  ]\n}\n");
    expect(chunks[0]).toBe('{\n  "version": 1,\n  "profile": "auto",\n  "files": [');
  });

  test("--json written as bytes where the output takes them reads the same as the text (Chinese text included)", async () => {
    const files = [join(CORPUS, "cases", "011.xlsx"), join(CORPUS, "cases", "012.xlsx")];
    const text: string[] = [];
    await run(["review", "--json", ...files], { stdout: (s) => text.push(s), stderr: () => {} });
    const mixed: Buffer[] = [];
    let byteWrites = 0;
    await run(["review", "--json", ...files], {
      stdout: (s) => mixed.push(Buffer.from(s, "utf8")),
      stdoutBytes: (b) => (byteWrites++, mixed.push(Buffer.from(b))),
      stderr: () => {},
    });
    expect(byteWrites).toBe(2); // one per file
    const out = Buffer.concat(mixed).toString("utf8");
    expect(out).toBe(text.join(""));
    expect(out).toContain("得分");
  });

  test("--out refuses one of the inputs, a folder and a missing folder, before reviewing anything", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perfsheet-"));
    const input = join(dir, "a.xlsx");
    copyFileSync(join(CORPUS, "cases", "011.xlsx"), input);
    const before = readFileSync(input);
    for (const [out, said] of [
      [input, "--out 不能是要核查的文件"],
      [join(dir, ".", "a.xlsx"), "--out 不能是要核查的文件"],
      [dir, "--out 指向一个文件夹"],
      [join(dir, "nope", "sum.xlsx"), "--out 的文件夹不存在"],
    ]) {
      const r = await cli(["review", "--out", out, dir]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(said);
      expect(r.out).toBe("");
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test("a folder walk skips links that loop or dangle, and never opens a named pipe", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perfsheet-"));
    copyFileSync(join(CORPUS, "cases", "011.xlsx"), join(dir, "a.xlsx"));
    symlinkSync("a.xlsx", join(dir, "b-link.xlsx")); // a link to a workbook is followed
    symlinkSync("loop.xlsx", join(dir, "loop.xlsx"));
    symlinkSync("gone.xlsx", join(dir, "dangling.xlsx"));
    execFileSync("mkfifo", [join(dir, "pipe.xlsx")]);
    const { code, out, err } = await cli(["review", "--json", dir]);
    const report: ReviewReport = JSON.parse(out);
    expect(report.files.map((f) => f.file.replace(dir + "/", ""))).toEqual(["a.xlsx", "b-link.xlsx"]);
    expect(report.skipped!.map((s) => [s.file.replace(dir + "/", ""), s.reason])).toEqual([
      ["dangling.xlsx", "链接指向的文件不存在，已跳过"],
      ["loop.xlsx", "链接循环，已跳过"],
      ["pipe.xlsx", "命名管道 (FIFO)，已跳过"],
    ]);
    expect(err).toContain("注意");
    expect(code).toBe(1); // 011's own error findings; skipped entries do not count as unreadable
  });

  test("a review loads neither ExcelJS nor JSZip", () => {
    const probe = `const m=require(${JSON.stringify(join(__dirname, "..", "..", "src", "cli", "main.ts"))});m.run(["review","--json",${JSON.stringify(join(CORPUS, "cases", "011.xlsx"))}],{stdout:()=>{},stderr:()=>{}}).then(()=>console.log(Object.keys(require.cache).filter(k=>/node_modules\\/(exceljs|jszip)\\//.test(k)).length))`;
    const tsx = join(__dirname, "..", "..", "node_modules", "tsx", "dist", "cli.mjs");
    const res = spawnSync(process.execPath, [tsx, "-e", probe], { encoding: "utf8" });
    expect(res.stdout.trim()).toBe("0");
  });
});

describe("perfsheet review on a sheet of two stacked forms (test/helpers/stacked-forms.ts)", () => {
  const dir = mkdtempSync(join(tmpdir(), "perfsheet-stacked-"));
  const input = join(dir, "stacked.xlsx");
  beforeAll(async () => writeFileSync(input, await xlsxOf("自评表", twoStackedForms())));

  test("--json: the sheet's fields are the first form's as before; `forms` lists each form's rows, indicators, total and grade at sheet rows", async () => {
    const { code, out } = await cli(["review", "--json", input]);
    expect(code).toBe(0);
    const s = (JSON.parse(out) as ReviewReport).files[0].sheets[0];
    expect([s.family, s.headerRow, s.indicators.length, s.total]).toEqual(["project-self-eval", 5, 3, { claimed: null, claimedCell: null, computed: 96 }]);
    expect(s.forms!.map((f) => [f.from, f.to, f.family, f.headerRow, f.indicators.map((i) => `${i.row} ${i.weightCell} ${i.scoreCell} ${i.computedScore}`), f.total, f.grade])).toEqual([
      [1, 11, "project-self-eval", 5, ["6 F6 G6 27", "7 F7 G7 30", "8 F8 G8 30"], { claimed: null, claimedCell: null, computed: 96 }, { claimed: "优", claimedCell: "G10", computed: "优" }],
      [12, 21, "project-self-eval", 16, ["17 F17 G17 24", "18 F18 G18 30", "19 F19 G19 28.33"], { claimed: null, claimedCell: null, computed: 90.33 }, { claimed: "优", claimedCell: "G21", computed: "优" }],
    ]);
  });

  test("forms of two regions: the second form's own profile in its JSON entry and its readable lines", async () => {
    const file = join(dir, "regions.xlsx");
    const rows = [...blankSelfEvalForm("甲项目", 90, ["450人", "80人", "92%"], ["新疆维吾尔自治区项目支出绩效自评表"]), [], ...blankSelfEvalForm("乙项目", 80, ["400人", "80人", "85%"], ["四川省大英县项目支出绩效自评表"])];
    writeFileSync(file, await xlsxOf("自评表", rows));
    const s = (JSON.parse((await cli(["review", "--json", file])).out) as ReviewReport).files[0].sheets[0];
    expect([s.profile, ...s.forms!.map((f) => f.profile)]).toEqual(["xinjiang", "xinjiang", "sichuan"]);
    expect((await cli(["review", file])).out).toContain("    · 第 12–21 行：项目支出绩效自评表\n      规则方案：sichuan\n      指标 3 项");
  });

  test("--out: the summary has a row per form, each with its project and totals (甲项目 96, 乙项目 90.33)", async () => {
    const out = join(dir, "汇总.xlsx");
    await cli(["review", "--out", out, input]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const sum = wb.getWorksheet("汇总")!;
    const row = (n: number) => [2, 4, 7, 11].map((c) => sum.getRow(n).getCell(c).value);
    // 工作表 项目名称 复核分 复核等级
    expect([row(2), row(3)]).toEqual([
      ["自评表（第 1–11 行）", "甲项目", 96, "优"],
      ["自评表（第 12–21 行）", "乙项目", 90.33, "优"],
    ]);
    expect(sum.rowCount).toBe(3);
  });

  test("the readable report lists each form with its rows and totals", async () => {
    const { out } = await cli(["review", input]);
    expect(out).toContain(
      ["    本表上下排列 2 张表：", "    · 第 1–11 行：项目支出绩效自评表", "      指标 3 项", "      总分：填报 —，复核 96", "      等级：填报 优，复核 优", "    · 第 12–21 行：项目支出绩效自评表", "      指标 3 项", "      总分：填报 —，复核 90.33"].join("\n"),
    );
  });
});
