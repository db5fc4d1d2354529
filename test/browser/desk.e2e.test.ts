/**
 * The reviewer's desk in real Chromium (playwright-core) against the BUILT checker page: several corpus workbooks
 * at once and a folder, reviewed in a Web Worker with a progress bar; rows with their numbers, sort, a click opens
 * the sheet at its first finding; the summary workbook exported from the page and re-opened with ExcelJS.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { useBrowser, CASES, SHOTS } from "./suite";

// RULEBOOK keys, family and rule ids: never visible text
const INTERNAL = /RULEBOOK|\bS-POS\b|\bG-NAT\b|\bA-V\d|project-self-eval|dept-self-eval|weight-sum-mismatch|total-mismatch|indicator-score-mismatch/;


const chrome = useBrowser("checker.html");




async function newPage(lang: "zh-CN" | "en-US"): Promise<{ page: Page; errors: string[] }> {
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

const finished = (page: Page, n: number) => page.locator(`[data-testid="desk-progress"][data-running="false"][data-done="${n}"]`).waitFor();
const rowFiles = (page: Page) => page.getByTestId("desk-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-file")));

describe("reviewer's desk", () => {
  test("four workbooks at once: rows with their numbers, grade counts, sort, export the summary, open a row at its first finding", async () => {
    const { page, errors } = await newPage("zh-CN");
    await page.getByTestId("file-input").setInputFiles(["011", "012", "015", "005"].map((id) => join(CASES, `${id}.xlsx`)));
    await finished(page, 4);
    expect(await rowFiles(page)).toEqual(["005.xlsx", "011.xlsx", "012.xlsx", "015.xlsx"]);
    const r011 = page.locator('[data-testid="desk-row"][data-file="011.xlsx"]');
    await expect(r011.locator('[data-col="claimed"]').innerText()).resolves.toBe("96");
    await expect(r011.locator('[data-col="computed"]').innerText()).resolves.toBe("99.8");
    await expect(r011.locator('[data-col="diff"]').innerText()).resolves.toBe("+3.8");
    await expect(r011.innerText()).resolves.toContain("永德县明朗中学");
    // 优: 011 and 015 (012 re-checks to 110 of 100, 005 is a partial table)
    await expect(page.locator('[data-testid="grade-counts"] [data-grade="优"]').getAttribute("data-count")).resolves.toBe("2");
    await expect(page.getByTestId("desk-averages").innerText()).resolves.toBe("平均自评分 98，平均复核分 99.9（2 张表格）");
    await expect(page.getByRole("img", { name: /自评分与复核分/ }).getAttribute("data-points")).resolves.toBe("2");

    await page.getByRole("button", { name: "按差额排序" }).click();
    expect(await rowFiles(page)).toEqual(["012.xlsx", "011.xlsx", "015.xlsx", "005.xlsx"]);
    await page.getByTestId("desk-filter").fill("水利局");
    expect(await rowFiles(page)).toEqual(["012.xlsx", "015.xlsx"]);
    await page.getByTestId("desk-filter").fill("");
    expect(await page.getByTestId("desk").innerText()).not.toMatch(INTERNAL);
    await page.screenshot({ path: join(SHOTS, "desk.zh-CN.png"), fullPage: true });

    const [dl] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-summary").click()]);
    expect(dl.suggestedFilename()).toBe("汇总.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await dl.path())!) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题清单", "统计"]);
    const sum = wb.getWorksheet("汇总")!;
    const rows = new Map<string, unknown[]>();
    sum.eachRow((r, n) => n > 1 && rows.set(String(r.getCell(1).value), (r.values as unknown[]).slice(1)));
    expect([...rows.keys()].sort()).toEqual(["005.xlsx", "011.xlsx", "012.xlsx", "015.xlsx"]);
    expect(rows.get("011.xlsx")!.slice(2, 8)).toEqual(["永德县明朗中学", "义务教育营养改善计划专项资金", "项目支出绩效自评表", 96, 99.8, 3.8]);
    expect(rows.get("015.xlsx")!.slice(5, 7)).toEqual([100, 100]);
    expect(String(rows.get("012.xlsx")![8])).toContain("超出总分值");
    const list = wb.getWorksheet("问题清单")!;
    expect(list.getRow(1).getCell(7).value).toBe("规则编号");
    expect(list.getRow(2).getCell(4).value).toBe("错误");
    const stats = wb.getWorksheet("统计")!;
    expect((stats.getRow(1).values as unknown[]).slice(1)).toEqual(["项目", "数值", "说明"]);

    // a click opens the sheet at its first finding (011: E14)
    await r011.locator("td").first().click();
    await page.locator('[data-testid="sheet-grid"] [data-cell="E14"][data-selected="true"]').waitFor();
    await page.getByTestId("overview").waitFor();
    for (const tab of ["概览", "问题", "说明", "规则方案"]) {
      await page.getByTestId("pane").getByRole("tab", { name: tab, exact: true }).click();
      expect(await page.getByTestId("pane").innerText()).not.toMatch(INTERNAL);
    }
    await page.getByTestId("sheet-grid").locator('[data-cell="I19"]').click();
    await page.getByTestId("pane").getByRole("tab", { name: "说明", exact: true }).click();
    await expect(page.getByTestId("explain-arithmetic").innerText()).resolves.toBe("实际完成值 98% ÷ 目标值 100% × 分值 10 = 9.80");
    await page.screenshot({ path: join(SHOTS, "desk-open-011-explain.zh-CN.png") });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a folder of 300 workbooks reviewed to the end: every file on the desk, the page answers while the worker runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perfsheet-desk300-"));
    const ids = ["011", "012", "015", "005", "022", "045", "002", "043", "001", "017"];
    const root = join(dir, "全县");
    for (let i = 0; i < 300; i++) {
      const sub = join(root, `乡镇${Math.floor(i / 30) + 1}`);
      mkdirSync(sub, { recursive: true });
      copyFileSync(join(CASES, `${ids[i % ids.length]}.xlsx`), join(sub, `${String(i + 1).padStart(3, "0")}.xlsx`));
    }
    const { page, errors } = await newPage("zh-CN");
    // straight from the start page: a folder goes to the desk
    await page.getByTestId("folder-input").setInputFiles(root);
    // while the worker reviews, the main thread still answers (a round trip through the page's event loop)
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="desk-progress"]')?.getAttribute("data-done")) >= 1);
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid="desk-row"]').length)).toBeGreaterThan(0);
    await page.waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="desk-progress"]');
        return el?.getAttribute("data-running") === "false" && Number(el.getAttribute("data-done")) === 300;
      },
      undefined,
      { timeout: 0 }, // the state alone ends the wait; the suite's testTimeout is the only bound
    );
    const files = new Set((await rowFiles(page)) as string[]);
    for (let i = 0; i < 300; i++) expect(files).toContain(`全县/乡镇${Math.floor(i / 30) + 1}/${String(i + 1).padStart(3, "0")}.xlsx`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a folder of 40 workbooks: paths relative to the folder, the progress bar moves, cancel stops the rest; then a folder reviewed to the end", async () => {
    const dir = mkdtempSync(join(tmpdir(), "perfsheet-desk-"));
    const ids = ["011", "012", "015", "005", "022", "045", "002", "043"];
    for (let i = 0; i < 40; i++) {
      const sub = join(dir, "交来的表", `第${Math.floor(i / 10) + 1}批`);
      mkdirSync(sub, { recursive: true });
      copyFileSync(join(CASES, `${ids[i % ids.length]}.xlsx`), join(sub, `${String(i + 1).padStart(2, "0")}-${ids[i % ids.length]}.xlsx`));
    }
    const { page, errors } = await newPage("zh-CN");
    await page.getByTestId("file-input").setInputFiles(join(CASES, "011.xlsx")); // one file opens in its tab
    await page.getByTestId("sheet-grid").waitFor();
    await page.getByTestId("desk-tab").click();
    await page.getByTestId("folder-input").setInputFiles(join(dir, "交来的表"));
    // the bar moves while the page answers: wait for a state part-way, then cancel — in the page, in the same turn that
    // sees the state (a click from here could land after the last file, when the button is gone: a race on a fast machine)
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="desk-progress"]');
      if (!el || el.getAttribute("data-running") !== "true" || Number(el.getAttribute("data-done")) < 3) return false;
      const cancel = document.querySelector<HTMLButtonElement>('[data-testid="desk-cancel"]');
      if (!cancel) return false;
      cancel.click();
      return true;
    });
    await page.locator('[data-testid="desk-progress"][data-running="false"]').waitFor();
    const done = Number(await page.getByTestId("desk-progress").getAttribute("data-done"));
    expect(done).toBeGreaterThanOrEqual(3);
    expect(done).toBeLessThan(41);
    await expect(page.getByTestId("desk-progress").innerText()).resolves.toMatch(/已取消，其余 \d+ 个文件未核查/);
    const files = (await rowFiles(page)) as string[];
    expect(files.some((f) => f.startsWith("交来的表/第1批/01-011.xlsx"))).toBe(true);

    // a smaller folder to the end
    const small = join(dir, "交来的表", "第2批");
    await page.getByTestId("folder-input").setInputFiles(small);
    await page.waitForFunction(() => document.querySelector('[data-testid="desk-progress"]')?.getAttribute("data-running") === "false" && Number(document.querySelector('[data-testid="desk-progress"]')?.getAttribute("data-done")) === 10);
    const after = (await rowFiles(page)) as string[];
    expect(after.filter((f) => f.startsWith("第2批/")).length).toBe(10);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("en-US: English headers, no internal code, print view of one sheet's findings", async () => {
    const { page, errors } = await newPage("en-US");
    await page.getByTestId("file-input").setInputFiles(["012", "045"].map((id) => join(CASES, `${id}.xlsx`)));
    await finished(page, 2);
    const desk = page.getByTestId("desk");
    await expect(desk.innerText()).resolves.toContain("Re-check");
    expect(await desk.innerText()).not.toMatch(INTERNAL);
    await page.locator('[data-testid="desk-row"][data-file="012.xlsx"]').getByTestId("desk-print").click();
    const view = page.getByTestId("print-view");
    await expect(view.innerText()).resolves.toContain("Weights do not add up");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("desk-table").evaluate((el) => getComputedStyle(el).visibility)).resolves.toBe("hidden");
    await expect(view.evaluate((el) => getComputedStyle(el).visibility)).resolves.toBe("visible");
    await page.screenshot({ path: join(SHOTS, "desk-print.en-US.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
