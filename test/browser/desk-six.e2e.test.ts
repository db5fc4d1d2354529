/**
 * The reviewer's desk with six corpus workbooks of four families, in real Chromium against the BUILT checker page,
 * in zh-CN and in en-US: every file is a row with its self-score and re-check where the sheet has them, the grade
 * counts, the summary workbook exported from the page and re-opened with the lean reader, and no internal code
 * (rule, family or profile id, RULEBOOK key) in the visible text of any tab: the desk, every file tab and every pane
 * tab, Explain for every explainable cell.
 */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { readWorkbook } from "../../src/hosts/file/reader";
import type { Grid } from "../../src/core/grid/grid";
import { RULES } from "../../src/core/rules";
import { FAMILY_NAMES } from "../../src/core/summary";
import { workbookHtml } from "./render-grid";
import { useBrowser, CASES, SHOTS } from "./suite";


// two project self-evaluations, two department self-evaluations, an indicator system, a target declaration
const SIX = ["011", "012", "022", "045", "001", "032"];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Internal codes that must never be visible text: rule ids, family ids, profile ids, RULEBOOK and its keys (A-S1, G-NAT, V-SCORE-RECALC…). */
export const INTERNAL = new RegExp(
  [
    ...RULES.map((r) => `\\b${escape(r.meta.id)}\\b`),
    ...Object.keys(FAMILY_NAMES).filter((f) => f.includes("-")).map((f) => `\\b${escape(f)}\\b`),
    "\\bplatform-2022\\b",
    "\\bpmkpi\\b",
    "\\bdoczj\\b",
    "\\b(?:xinjiang|sichuan|hubei|chongqing)\\b",
    "RULEBOOK",
    "\\b[A-Z]{1,4}(?:-[A-Z0-9]{1,8})+\\b",
  ].join("|"),
);


const chrome = useBrowser("checker.html");




type Lang = "zh-CN" | "en-US";

async function newPage(lang: Lang): Promise<{ page: Page; errors: string[] }> {
  const ctx = await chrome.browser.newContext({ acceptDownloads: true, viewport: { width: 1500, height: 1000 }, locale: lang });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`${chrome.url}/checker.html?lang=${lang}`);
  return { page, errors };
}

/** The visible text of the page must carry no internal code; the offending lines are returned for the message. */
async function internalCodeIn(page: Page, where: string): Promise<string[]> {
  const text = await page.locator("body").innerText();
  return text
    .split("\n")
    .filter((l) => INTERNAL.test(l))
    .map((l) => `${where}: ${l.trim().slice(0, 160)}`);
}

/** A sheet's table as rows of cell values (row 1 first), read back with the lean reader. */
function table(grid: Grid): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= grid.colCount; c++) row.push(grid.cell(r, c)?.v ?? null);
    out.push(row);
  }
  return out;
}

/** What a reviewer reads off each sheet by hand: the claimed total (自评分), the re-check, and how the total is noted. */
const EXPECTED: Record<string, { claimed: number | null; computed: number | null; note: "partial" | "impossible" | null }> = {
  // 011: the sheet claims 96; its indicator and budget scores re-add to 99.8
  "011.xlsx": { claimed: 96, computed: 99.8, note: null },
  // 012: claims 100, but its items add to 110 of a 100-point table
  "012.xlsx": { claimed: 100, computed: 110, note: "impossible" },
  // 022 and 045 are cut off: no claimed total visible, the re-check covers the visible rows only
  "022.xlsx": { claimed: null, computed: 70, note: "partial" },
  "045.xlsx": { claimed: null, computed: 10, note: "partial" },
  // 001: the indicator system's weights add to its stated 100
  "001.xlsx": { claimed: 100, computed: 100, note: null },
  // 032: a target declaration has no scores
  "032.xlsx": { claimed: null, computed: null, note: null },
};

/** Errors and warnings per file, as the desk's rows list them (each of these workbooks has one sheet). */
const TAB_COUNTS: Record<string, [number, number]> = {
  "011.xlsx": [2, 0], // two scores below the weight without a reason
  "012.xlsx": [4, 0], // three weight sums and the total
  "022.xlsx": [1, 0], // budget execution weighted but not scored
  "045.xlsx": [1, 0], // the execution score against the sheet's own rule
  "001.xlsx": [1, 0], // a code out of sequence (rubric points 1.5 of 2 is a hint)
  "032.xlsx": [0, 0],
};

const WORDS = {
  "zh-CN": {
    tabs: ["概览", "问题", "标记", "填写", "说明", "规则方案"],
    desk: "审阅台",
    download: "汇总.xlsx",
    sheets: ["汇总", "问题清单", "统计"],
    claimed: "自评分",
    computed: "复核分",
    note: "总分说明",
    partial: "部分",
    impossible: "超出总分值",
    averages: "平均自评分 98，平均复核分 99.9（2 张表格）",
  },
  "en-US": {
    tabs: ["Overview", "Findings", "Highlight", "Fill", "Explain", "Profile"],
    desk: "Reviewer's desk",
    download: "summary.xlsx",
    sheets: ["Summary", "Findings", "Statistics"],
    claimed: "Self-score",
    computed: "Re-check",
    note: "Note on total",
    partial: "partial",
    impossible: "above the weight total",
    averages: "Average self-score 98, average re-check 99.9 (2 sheets)",
  },
} as const;

async function deskWithSix(lang: Lang) {
  const w = WORDS[lang];
  const { page, errors } = await newPage(lang);
  const bad: string[] = [];
  await page.getByTestId("file-input").setInputFiles(SIX.map((id) => join(CASES, `${id}.xlsx`)));
  await page.locator(`[data-testid="desk-progress"][data-running="false"][data-done="6"]`).waitFor();

  // every file is a row, with its self-score and re-check where the sheet has them
  const rows = await page.getByTestId("desk-row").evaluateAll((els) =>
    els.map((r) => ({
      file: r.getAttribute("data-file"),
      claimed: (r.querySelector('[data-col="claimed"]') as HTMLElement | null)?.innerText ?? null,
      computed: (r.querySelector('[data-col="computed"]') as HTMLElement | null)?.innerText ?? null,
    })),
  );
  expect(rows.map((r) => r.file).sort()).toEqual(Object.keys(EXPECTED).sort());
  for (const r of rows) {
    const e = EXPECTED[r.file!];
    expect([r.file, r.claimed]).toEqual([r.file, e.claimed === null ? "" : String(e.claimed)]);
    expect([r.file, r.computed]).toEqual([
      r.file,
      (e.computed === null ? "" : String(e.computed)) + (e.note === "partial" ? `(${w.partial})` : e.note === "impossible" ? `(${w.impossible})` : ""),
    ]);
  }
  // per-grade counts: 011 (99.8) and 001 (100) re-check to 优; 012 is above its weight total and the partial ones are not graded
  const counts = await page.locator('[data-testid="grade-counts"] li').evaluateAll((els) => els.map((e) => [e.getAttribute("data-grade"), e.getAttribute("data-count")]));
  expect(counts).toEqual([
    ["优", "2"],
    ["良", "0"],
    ["中", "0"],
    ["差", "0"],
  ]);
  // (96 + 100) / 2 = 98; (99.8 + 100) / 2 = 99.9
  await expect(page.getByTestId("desk-averages").innerText()).resolves.toBe(w.averages);
  bad.push(...(await internalCodeIn(page, w.desk)));
  await page.screenshot({ path: join(SHOTS, `desk-six.${lang}.png`), fullPage: true, animations: "disabled" }); // the progress bar's width transition finished

  // the export button: the summary workbook downloaded, re-opened with the lean reader
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-summary").click()]);
  expect(dl.suggestedFilename()).toBe(w.download);
  const bytes = new Uint8Array(readFileSync((await dl.path())!));
  const book = readWorkbook(bytes);
  expect(book.sheets.map((s) => s.name)).toEqual([...w.sheets]);
  const [head, ...body] = table(book.sheets[0].grid);
  const col = (label: string) => head.indexOf(label);
  expect(col(w.claimed)).toBeGreaterThan(0);
  expect(col(w.computed)).toBeGreaterThan(0);
  const byFile = new Map(body.map((r) => [String(r[0]), r]));
  expect([...byFile.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  for (const [file, e] of Object.entries(EXPECTED)) {
    const r = byFile.get(file)!;
    expect([file, r[col(w.claimed)], r[col(w.computed)]]).toEqual([file, e.claimed, e.computed]);
    const note = r[col(w.note)];
    if (e.note === "partial") expect(String(note)).toContain(w.partial);
    else if (e.note === "impossible") expect(String(note)).toContain(w.impossible);
    else expect(note).toBeNull();
  }
  // the summary as a reviewer opening it would read it: its sheets rendered as tables, screenshotted
  const shown = await page.context().newPage();
  await shown.setContent(workbookHtml(w.download, book.sheets, lang));
  await shown.waitForFunction(() => document.fonts.status === "loaded");
  await shown.screenshot({ path: join(SHOTS, `summary-rendered.${lang}.png`), fullPage: true });
  await shown.close();

  // every file's tab carries its errors and warnings, in glyphs and, for screen readers, in words
  for (const [file, [errors, warnings]] of Object.entries(TAB_COUNTS)) {
    const tab = page.locator(`[data-testid="file-tab"][data-file="${file}"]`);
    await expect(tab.getByTestId("finding-counts").first().evaluate((e) => [e.getAttribute("data-errors"), e.getAttribute("data-warnings")])).resolves.toEqual([String(errors), String(warnings)]);
    await expect(page.getByRole("tab", { name: lang === "en-US" ? `${file} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})` : `${file} （${errors} 个错误，${warnings} 个警告）`, exact: true }).count()).resolves.toBe(1);
  }

  // every file tab, every pane tab: no internal code in the visible text
  for (const id of SIX) {
    await page.locator(`[data-testid="file-tab"][data-file="${id}.xlsx"]`).click();
    const pane = page.getByTestId("pane");
    await pane.getByTestId("overview").waitFor();
    for (const tab of w.tabs) {
      await pane.getByRole("tab", { name: tab, exact: true }).click();
      await pane.locator('[role="tabpanel"]').waitFor();
      bad.push(...(await internalCodeIn(page, `${id} ${tab}`)));
    }
    // Explain, for every cell it can explain
    await pane.getByRole("tab", { name: w.tabs[4], exact: true }).click();
    const select = pane.getByTestId("explain").locator("select");
    const cells = await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    for (const cell of cells) {
      await select.selectOption(cell);
      await pane.locator(`[data-testid="explain-body"][data-cell="${cell}"]`).waitFor();
      bad.push(...(await internalCodeIn(page, `${id} explain ${cell}`)));
    }
    if (id === "011") {
      // severity in the grid: a glyph, a colour and an outline style of its own, and words for screen readers; the
      // info marker (purple, dashed) is not the selection (brand blue, solid); a legend says which is which
      const grid = page.getByTestId("sheet-grid");
      const e14 = grid.locator('[data-cell="E14"]');
      const outline = () => e14.evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineColor]);
      await expect(e14.getAttribute("data-severity")).resolves.toBe("info");
      await expect(outline()).resolves.toEqual(["dashed", "rgb(135, 100, 184)"]);
      await expect(e14.getAttribute("aria-label")).resolves.toMatch(lang === "en-US" ? /^Info: / : /^提示：/);
      await expect(grid.locator('[data-cell="J16"]').getAttribute("aria-label")).resolves.toMatch(lang === "en-US" ? /^Error: / : /^错误：/);
      await expect(page.getByTestId("sheet-legend").locator("li").count()).resolves.toBe(4);
      await e14.click();
      await grid.locator('[data-cell="E14"][data-selected="true"]').waitFor();
      await expect(outline()).resolves.toEqual(["solid", "rgb(15, 108, 189)"]);
      // a missed «═ 100%» target: the arithmetic with the sheet's own numbers
      await select.selectOption("I19");
      await expect(pane.getByTestId("explain-arithmetic").innerText()).resolves.toBe(
        lang === "en-US" ? "actual 98% ÷ target 100% × weight 10 = 9.80" : "实际完成值 98% ÷ 目标值 100% × 分值 10 = 9.80",
      );
      await page.screenshot({ path: join(SHOTS, `explain-011-I19.${lang}.png`), animations: "disabled" });
    }
  }
  await page.getByTestId("desk-tab").click();
  bad.push(...(await internalCodeIn(page, `${w.desk} (again)`)));
  expect(bad).toEqual([]);
  expect(errors).toEqual([]);
  return page;
}

describe("the reviewer's desk with six workbooks of four families", () => {
  test("zh-CN: every file with its scores, grade counts, the summary exported and re-opened, no internal code on any tab", async () => {
    const page = await deskWithSix("zh-CN");
    await page.context().close();
  });

  test("en-US: every file with its scores, grade counts, the summary exported and re-opened, no internal code on any tab", async () => {
    const page = await deskWithSix("en-US");
    await page.context().close();
  });

  test("a hidden sheet is reviewed too: its own row on the desk, its own counts on its tab, Explain in plain words on it", async () => {
    // 012 with a hidden copy of its sheet (values, number formats, merges)
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(CASES, "012.xlsx")) as unknown as ArrayBuffer);
    const src = wb.worksheets[0];
    const copy = wb.addWorksheet("隐藏的自评表", { state: "hidden" });
    src.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const to = copy.getCell(r, c);
        to.value = cell.value;
        to.numFmt = cell.numFmt;
      }),
    );
    for (const m of (src.model as unknown as { merges: string[] }).merges) copy.mergeCells(m);
    const path = join(mkdtempSync(join(tmpdir(), "perfsheet-hidden-")), "含隐藏表.xlsx");
    await wb.xlsx.writeFile(path);

    const { page, errors } = await newPage("zh-CN");
    await page.getByTestId("file-input").setInputFiles(path);
    await page.getByTestId("sheet-grid").waitFor();
    await page.getByTestId("desk-tab").click();
    await page.locator(`[data-testid="desk-progress"][data-running="false"][data-done="1"]`).waitFor();
    const rows = await page.getByTestId("desk-row").evaluateAll((els) => els.map((r) => [r.getAttribute("data-sheet"), (r.querySelector('[data-col="errors"]') as HTMLElement).innerText]));
    expect(rows).toEqual([
      [src.name, "4"],
      ["隐藏的自评表", "4"],
    ]);
    // the workbook's tab: 4 + 4 errors; each sheet tab its own 4
    const tab = page.locator('[data-testid="file-tab"][data-file="含隐藏表.xlsx"]');
    await expect(tab.getByTestId("finding-counts").first().getAttribute("data-errors")).resolves.toBe("8");
    await tab.click();
    const hiddenTab = page.getByRole("tab", { name: "隐藏的自评表 （4 个错误，0 个警告）", exact: true });
    await hiddenTab.click();
    await page.locator('[data-testid="sheet-grid"][data-sheet="隐藏的自评表"]').waitFor();
    const pane = page.getByTestId("pane");
    await pane.getByRole("tab", { name: "说明", exact: true }).click();
    const select = pane.getByTestId("explain").locator("select");
    const cells = await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(cells.length).toBeGreaterThan(5);
    const bad: string[] = [];
    for (const cell of cells) {
      await select.selectOption(cell);
      await pane.locator(`[data-testid="explain-body"][data-cell="${cell}"]`).waitFor();
      bad.push(...(await internalCodeIn(page, `hidden explain ${cell}`)));
    }
    for (const t of WORDS["zh-CN"].tabs) {
      await pane.getByRole("tab", { name: t, exact: true }).click();
      bad.push(...(await internalCodeIn(page, `hidden ${t}`)));
    }
    expect(bad).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
