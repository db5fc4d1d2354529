/**
 * End to end in real Chromium (Debian /usr/bin/chromium, driven by playwright-core) against the BUILT pages
 * served on 127.0.0.1: open corpus workbooks in the checker, see findings at their cells, apply a fill in each
 * mode, download, re-open the download with ExcelJS and compare cell by cell with the original, revert (the
 * download is then the original file, byte for byte); the bureau template's parts stay byte-identical.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { review } from "../../src/core/review";
import { planFill, plainFillBuilder } from "../../src/core/fill";
import type { FillMode } from "../../src/core/fill";
import { BUILTIN_PROFILES } from "../../src/core/rubric";
import { useBrowser, CASES, DIST, SHOTS } from "./suite";
import { TEMPLATE_PATH } from "../fixtures/template/make-bureau-template";
import { changedParts, outsideCells, partsOf } from "../helpers/package-diff";



const chrome = useBrowser("checker.html");

const external: string[] = [];



async function newPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const ctx = await chrome.browser.newContext({ acceptDownloads: true, viewport: { width: 1500, height: 950 }, locale: "zh-CN" });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(chrome.url) && !r.url().startsWith("blob:") && !r.url().startsWith("data:")) external.push(r.url());
  });
  await page.goto(chrome.url + path);
  return { page, errors };
}

/** Every cell of every sheet: value and number format. */
function dump(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        const v = c.value === undefined ? null : c.value;
        if (v === null && !c.numFmt) return;
        out.set(`${ws.name}!${c.address}`, JSON.stringify([v, c.numFmt ?? null]));
      }),
    ),
  );
  return out;
}

async function openCase(page: Page, id: string) {
  await page.getByTestId("file-input").setInputFiles(join(CASES, `${id}.xlsx`));
  await page.getByTestId("sheet-grid").waitFor();
  await page.getByTestId("overview").waitFor();
}

async function download(page: Page): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  const path = await dl.path();
  return readFileSync(path!);
}

const FINDINGS: [string, string[]][] = [
  ["012", ["weight-sum-mismatch@B12", "weight-sum-mismatch@B18", "weight-sum-mismatch@E23", "total-mismatch@H23"]],
  ["011", ["missing-reason@J16", "missing-reason@J19"]],
  ["045", ["exec-score-mismatch@F6"]],
];

describe("browser checker", () => {
  test.each(FINDINGS)("%s: findings are marked at their cells and listed in the pane; clicking one selects its cell", async (id, expected) => {
    const { page, errors } = await newPage("/checker.html?lang=zh-CN");
    await openCase(page, id);
    for (const f of expected) {
      const [rule, cell] = f.split("@");
      await page.locator(`[data-cell="${cell}"][data-finding-cell~="${rule}"]`).waitFor();
    }
    await page.getByRole("tab", { name: "问题" }).click();
    for (const f of expected) await page.locator(`[data-finding="${f}"]`).waitFor();
    const [rule, cell] = expected[expected.length - 1].split("@");
    await page.locator(`[data-finding="${rule}@${cell}"] button`).first().click();
    await page.locator(`[data-cell="${cell}"][data-selected="true"]`).waitFor();
    await page.screenshot({ path: join(SHOTS, `checker-${id}-findings.zh-CN.png`) });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  const MODES: [string, FillMode, string][] = [
    ["012", "perf", "PERF.* 公式"],
    ["011", "plain", "普通 Excel 公式"],
    ["045", "values", "数值"],
  ];
  test.each(MODES)("%s: fill in mode %s, download, compare cell by cell, revert", async (id, mode, label) => {
    const original = await readXlsx(readFileSync(join(CASES, `${id}.xlsx`)));
    const grid = original.sheets[0];
    const r = review(grid);
    const expectedPlan = planFill(grid, r.fills, { mode, overwriteValues: true, plainFormula: plainFillBuilder(grid, r.profile) });
    expect(expectedPlan.edits.length).toBeGreaterThan(0);

    const { page, errors } = await newPage("/checker.html?lang=zh-CN");
    await openCase(page, id);
    await page.getByRole("tab", { name: "填写" }).click();
    await page.getByRole("radio", { name: new RegExp(label.replace(/[.*]/g, "\\$&")) }).check();
    await page.getByRole("checkbox", { name: "本次允许覆盖已填写的数值" }).check();
    const planned = await page.locator("[data-edit]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-edit")));
    expect(planned).toEqual(expectedPlan.edits.map((e) => e.cell));
    await page.screenshot({ path: join(SHOTS, `checker-${id}-fill-${mode}.zh-CN.png`) });
    await page.getByRole("button", { name: /写入 \d+ 个单元格/ }).click();
    await page.getByTestId("fill-status").filter({ hasText: "已写入" }).waitFor();

    const a = dump(original.workbook);
    const filled = await readXlsx(await download(page));
    const b = dump(filled.workbook);
    const sheet = grid.name;
    const editAt = new Map(expectedPlan.edits.map((e) => [`${sheet}!${e.cell}`, e]));
    // everything the fill did not touch stays as it was
    for (const [k, v] of a) if (!editAt.has(k)) expect([k, b.get(k)]).toEqual([k, v]);
    for (const k of b.keys()) if (!editAt.has(k)) expect([k, a.has(k)]).toEqual([k, true]);
    // the planned cells hold the planned content
    const ws = filled.workbook.getWorksheet(sheet)!;
    for (const e of expectedPlan.edits) {
      const c = ws.getCell(e.cell);
      if (e.after.formula) expect([e.cell, (c.value as ExcelJS.CellFormulaValue).formula]).toEqual([e.cell, e.after.formula]);
      else expect([e.cell, c.value]).toEqual([e.cell, e.after.value]);
      expect([e.cell, c.numFmt ?? null]).toEqual([e.cell, e.after.numFmt]);
    }

    await page.getByRole("button", { name: "撤销上次填写" }).click();
    await page.getByTestId("fill-status").filter({ hasText: "已撤销" }).waitFor();
    const revertedBytes = await download(page);
    const reverted = dump((await readXlsx(revertedBytes)).workbook);
    for (const [k, v] of a) expect([k, reverted.get(k)]).toEqual([k, v]);
    // and the file itself is the original again, byte for byte
    expect(revertedBytes.equals(readFileSync(join(CASES, `${id}.xlsx`)))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("the bureau template: a download with no fill is the file itself; a fill changes only the planned cells' XML; revert gives it back", async () => {
    const template = readFileSync(TEMPLATE_PATH);
    const { page, errors } = await newPage("/checker.html?lang=zh-CN");
    await page.getByTestId("file-input").setInputFiles(TEMPLATE_PATH);
    await page.getByTestId("sheet-grid").waitFor();
    await page.getByTestId("overview").waitFor();
    expect((await download(page)).equals(template)).toBe(true);
    await page.getByRole("tab", { name: "填写", exact: true }).click();
    await page.getByRole("radio", { name: "数值" }).check();
    expect(await page.locator("[data-edit]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-edit")))).toEqual(["H12", "H13", "H14", "H23"]);
    await page.getByRole("button", { name: /写入 \d+ 个单元格/ }).click();
    await page.getByTestId("fill-status").filter({ hasText: "已写入" }).waitFor();
    const filled = await download(page);
    const a = await partsOf(template);
    const b = await partsOf(filled);
    expect(changedParts(a, b)).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    const cells = ["H12", "H13", "H14", "H23"];
    expect(outsideCells(b.get("xl/worksheets/sheet1.xml")!.toString("utf8"), cells)).toBe(outsideCells(a.get("xl/worksheets/sheet1.xml")!.toString("utf8"), cells));
    await page.getByRole("button", { name: "撤销上次填写" }).click();
    await page.getByTestId("fill-status").filter({ hasText: "已撤销" }).waitFor();
    expect((await download(page)).equals(template)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("zh-CN screenshots of each pane section (012)", async () => {
    const { page, errors } = await newPage("/checker.html");
    await openCase(page, "012");
    const pane = page.getByTestId("pane");
    for (const [tab, name] of [["概览", "overview"], ["问题", "findings"], ["标记", "highlight"], ["填写", "fill"], ["说明", "explain"], ["规则方案", "profile"]]) {
      await page.getByRole("tab", { name: tab, exact: true }).click();
      await page.getByTestId(name).waitFor();
      if (name === "highlight") {
        await page.getByRole("button", { name: "在表格中标记问题单元格" }).click();
        await page.locator('[data-cell="H23"][style*="rgb(255, 199, 206)"]').waitFor();
      }
      if (name === "explain") await page.getByRole("combobox", { name: "选择得分单元格" }).selectOption("H12");
      await pane.screenshot({ path: join(SHOTS, `pane-${name}.zh-CN.png`) });
    }
    await page.getByRole("tab", { name: "标记", exact: true }).click();
    await page.getByRole("button", { name: "清除标记（恢复原有填充色）" }).click();
    await page.waitForFunction(() => !document.querySelector('[data-cell="H23"][style*="rgb(255, 199, 206)"]'));
    // keyboard: arrow keys move between the pane's tabs
    await page.getByRole("tab", { name: "概览", exact: true }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByTestId("findings").waitFor();
    await page.screenshot({ path: join(SHOTS, "checker-012.zh-CN.png"), fullPage: false });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("several files at once, and a file dropped on the page; an unreadable file says why", async () => {
    const { page, errors } = await newPage("/checker.html");
    await page.getByTestId("file-input").setInputFiles([join(CASES, "011.xlsx"), join(CASES, "045.xlsx")]);
    await page.getByRole("tab", { name: "045.xlsx" }).waitFor();
    await page.getByRole("tab", { name: "011.xlsx" }).click();
    await page.locator('[data-cell="J16"][data-finding-cell~="missing-reason"]').waitFor();
    const bytes = readFileSync(join(CASES, "012.xlsx")).toString("base64");
    const dt = await page.evaluateHandle((b64) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const d = new DataTransfer();
      d.items.add(new File([bin], "012.xlsx"));
      d.items.add(new File([new TextEncoder().encode("not a workbook")], "bad.xlsx"));
      return d;
    }, bytes);
    await page.getByTestId("dropzone").dispatchEvent("drop", { dataTransfer: dt });
    await page.getByRole("tab", { name: "bad.xlsx" }).click();
    // the file's own tab says why (the desk lists it too, in its row)
    await page.getByText("bad.xlsx：不是 Excel 工作簿").waitFor();
    await page.getByRole("tab", { name: "012.xlsx" }).click();
    await page.locator('[data-cell="H23"][data-finding-cell~="total-mismatch"]').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("the task pane outside Office loads without errors and says what it needs", async () => {
    const { page, errors } = await newPage("/taskpane.html");
    await page.getByTestId("outside-office").waitFor();
    await expect(page.getByTestId("outside-office").textContent()).resolves.toContain("Excel");
    await page.screenshot({ path: join(SHOTS, "taskpane-outside-office.zh-CN.png") });
    // (office.js's telemetry frame, tried 3 s after it starts, is refused by the page's Content-Security-Policy: the
    // refusal is logged when the test runs that long, and nothing is fetched)
    expect(errors.filter((e) => !/outside of Office/i.test(e) && !/^Framing 'https:\/\/telemetryservice\.[^']*' violates the following Content Security Policy/.test(e))).toEqual([]);
    await page.context().close();
  });

  test("Explain follows the selection: a click or an arrow key in the sheet grid explains the score cell", async () => {
    const { page, errors } = await newPage("/checker.html?lang=zh-CN");
    await openCase(page, "011");
    await page.getByRole("tab", { name: "说明", exact: true }).click();
    await page.getByTestId("explain").waitFor();
    await page.locator('[data-cell="I16"]').click();
    await page.locator('[data-testid="explain-body"][data-cell="I16"]').waitFor();
    expect(await page.getByTestId("explain-computed").textContent()).toBe("10");
    expect(await page.getByTestId("explain-claimed").textContent()).toBe("7");
    // the source in words on screen; the RULEBOOK key only in an attribute (for support)
    expect(await page.getByTestId("explain-source").getAttribute("data-source")).toContain("RULEBOOK A-V5");
    await page.keyboard.press("ArrowDown");
    await page.locator('[data-testid="explain-body"][data-cell="I17"]').waitFor();
    await page.locator('[data-cell="I17"][data-selected="true"]').waitFor();
    // the grade cell, then a cell that is not a score
    await page.locator('[data-cell="J24"]').click();
    await page.locator('[data-testid="explain-body"][data-cell="J24"]').waitFor();
    await page.locator('[data-cell="B3"]').click();
    await page.getByTestId("explain-status").filter({ hasText: "不是得分" }).waitFor();
    await page.getByTestId("pane").screenshot({ path: join(SHOTS, "pane-explain-selection.zh-CN.png") });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a sheet of 3,000 indicator rows: the last finding is listed, and clicking it scrolls to its cell and selects it; Explain writes out the 执行率", async () => {
    // 3,000 三级 rows of weight 0.03 (90 in all); the last one scores -1: a negative score a reviewer sees at H3006
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("长表");
    ws.addRow(["项目支出绩效自评表"]);
    ws.addRow(["项目名称", "长表项目"]);
    ws.addRow(["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]);
    ws.addRow(["", "年度资金总额", 1000, 1000, 950, 10, 0.95, 9.5]);
    ws.getCell("G4").numFmt = "0.00%";
    ws.addRow(["", "其中:本年财政拨款", 1000, 1000, 950, "—", 0.95, "—"]);
    ws.addRow(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
    for (let i = 1; i <= 3000; i++) ws.addRow(["", "产出指标", `二级${Math.ceil(i / 10)}`, `指标${i}`, "≥50个", 60, 0.03, i === 3000 ? -1 : 0.03, ""]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const { page, errors } = await newPage("/checker.html?lang=zh-CN");
    await page.getByTestId("file-input").setInputFiles({ name: "长表.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
    await page.getByTestId("overview").waitFor();
    // the far cell is not drawn before it is asked for (the grid draws only what is in view)
    expect(await page.locator('[data-cell="H3006"]').count()).toBe(0);
    await page.getByRole("tab", { name: "问题", exact: true }).click();
    const row = page.locator('[data-finding="negative-score@H3006"]');
    await row.waitFor();
    await row.getByRole("button", { name: /H3006/ }).first().click();
    const cell = page.locator('[data-cell="H3006"][data-selected="true"]');
    await cell.waitFor();
    const [box, scroller] = [await cell.boundingBox(), await page.getByTestId("sheet-scroll").boundingBox()];
    expect(box && scroller).toBeTruthy();
    // shown: inside the grid's visible area
    expect(box!.y).toBeGreaterThanOrEqual(scroller!.y - 1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(scroller!.y + scroller!.height + 1);
    expect(await cell.getAttribute("aria-label")).toMatch(/^错误：/);
    // Explain on the rate cell: 950 ÷ 1000 = 95.00%
    await page.getByRole("tab", { name: "说明", exact: true }).click();
    await page.getByTestId("explain").waitFor();
    await page.getByTestId("sheet-scroll").evaluate((el) => el.scrollTo(0, 0));
    await page.locator('[data-cell="G4"]').click();
    await page.locator('[data-testid="explain-body"][data-cell="G4"]').waitFor();
    const arithmetic = (await page.getByTestId("explain-arithmetic").textContent()) ?? "";
    expect(arithmetic).toMatch(/950\s*÷\s*1,?000\s*=\s*95(\.00)?%/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("findings show their related cells; clicking one selects it", async () => {
    const { page, errors } = await newPage("/checker.html?lang=zh-CN");
    await openCase(page, "011");
    await page.getByRole("tab", { name: "问题", exact: true }).click();
    const row = page.locator('[data-finding="missing-reason@J16"]');
    await row.getByRole("group", { name: "相关单元格 J16" }).waitFor();
    await row.getByRole("button", { name: "选中相关单元格 G16" }).click();
    await page.locator('[data-cell="G16"][data-selected="true"]').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a user formula is replaced only when ticked and confirmed; the download changes only the planned cells", async () => {
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(readFileSync(join(CASES, "012.xlsx")) as unknown as ArrayBuffer);
    original.worksheets[0].getCell("H23").value = { formula: "SUM(H12:H22)", result: 100 } as ExcelJS.CellFormulaValue;
    const bytes = Buffer.from(await original.xlsx.writeBuffer());
    const before = dump((await readXlsx(bytes)).workbook);
    const sheet = original.worksheets[0].name;

    const { page, errors } = await newPage("/checker.html?lang=zh-CN");
    await page.getByTestId("file-input").setInputFiles({ name: "012-formula.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
    await page.getByTestId("overview").waitFor();
    await page.getByRole("tab", { name: "填写", exact: true }).click();
    await page.getByRole("radio", { name: "数值" }).check();
    await page.locator('[data-skip="H23:user-formula"]').waitFor();
    expect(await page.locator("[data-edit]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-edit")))).toEqual(["F7"]);
    // keyboard: focus the box and tick it with Space
    await page.getByRole("checkbox", { name: "覆盖此公式 H23" }).focus();
    await page.keyboard.press("Space");
    await page.locator('[data-edit="H23"]').waitFor();
    await page.getByRole("button", { name: /写入 \d+ 个单元格/ }).click();
    const dialog = page.getByRole("alertdialog", { name: "确认替换公式" });
    await dialog.waitFor();
    expect(await dialog.locator("[data-replace]").evaluateAll((li) => li.map((x) => x.textContent))).toEqual(["H23：=SUM(H12:H22) → 110"]);
    await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await page.screenshot({ path: join(SHOTS, "checker-012-replace-formula.zh-CN.png") });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(dump((await readXlsx(await download(page))).workbook)).toEqual(before);
    await page.getByRole("button", { name: /写入 \d+ 个单元格/ }).click();
    await dialog.getByRole("button", { name: "替换并写入" }).click();
    await page.getByTestId("fill-status").filter({ hasText: "已写入 2 个单元格" }).waitFor();
    const after = dump((await readXlsx(await download(page))).workbook);
    for (const [k, v] of before) if (k !== `${sheet}!H23` && k !== `${sheet}!F7`) expect([k, after.get(k)]).toEqual([k, v]);
    expect(after.get(`${sheet}!H23`)).toBe(JSON.stringify([110, null]));
    expect(after.get(`${sheet}!F7`)).toBe(JSON.stringify([1, "0.00%"]));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("ignores and the profile are kept in this browser for a reopened file, not in the workbook", async () => {
    const { page, errors } = await newPage("/checker.html?lang=zh-CN");
    await openCase(page, "012");
    await page.getByRole("tab", { name: "问题", exact: true }).click();
    await page.getByTestId("ignores-home").filter({ hasText: "忽略记录保存在本机浏览器" }).waitFor();
    await page.getByRole("button", { name: "忽略 B18 分值合计不符" }).click();
    await page.getByRole("textbox", { name: "忽略原因" }).fill("模板原有");
    await page.getByRole("button", { name: "确认忽略" }).click();
    await page.locator('[data-finding="weight-sum-mismatch@B18"]').waitFor({ state: "detached" });
    await page.getByRole("tab", { name: "规则方案", exact: true }).click();
    await page.getByRole("combobox", { name: "内置规则方案" }).selectOption("xinjiang");
    await page.getByRole("button", { name: "使用此方案" }).click();
    await page.getByText("已保存到本机浏览器").waitFor();
    const original = dump((await readXlsx(readFileSync(join(CASES, "012.xlsx")))).workbook);
    const downloaded = await download(page);
    expect(dump((await readXlsx(downloaded)).workbook)).toEqual(original);
    expect(downloaded.equals(readFileSync(join(CASES, "012.xlsx")))).toBe(true); // no fill: the file itself
    const zip = await JSZip.loadAsync(downloaded);
    for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) expect([name, /xinjiang|模板原有|perfsheet/i.test(await zip.file(name)!.async("string"))]).toEqual([name, false]);

    // the same file, opened again in a new page of the same browser profile
    const again = await page.context().newPage();
    again.on("pageerror", (e) => errors.push(String(e)));
    await again.goto(chrome.url + "/checker.html?lang=zh-CN");
    await openCase(again, "012");
    await again.getByTestId("overview").filter({ hasText: BUILTIN_PROFILES.xinjiang.name.zh }).waitFor();
    await again.getByRole("tab", { name: "问题", exact: true }).click();
    await again.locator('[data-finding="weight-sum-mismatch@B12"]').waitFor();
    expect(await again.locator('[data-finding="weight-sum-mismatch@B18"]').count()).toBe(0);
    await again.locator('[data-cell="B18"]').waitFor();
    expect(await again.locator('[data-cell="B18"]').getAttribute("data-finding-cell")).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("nothing was fetched from outside 127.0.0.1", () => {
    expect(external).toEqual([]);
  });

  test("the offline pages refuse frames and connections to any other origin (office.js's telemetry frame too)", () => {
    for (const name of ["taskpane.html", "checker.html"]) {
      const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(readFileSync(join(DIST, name), "utf8"))?.[1];
      expect(csp).toBe("frame-src 'self' blob: data:; connect-src 'self' blob: data:");
    }
  });
});
