/**
 * The WPS add-in end to end in real Chromium (Debian /usr/bin/chromium via playwright-core) against the BUILT
 * dist/wps/ pages, with the fake ET application (test/hosts/fake-et.ts, transpiled for the page) injected as
 * `window.Application` before the bundle runs — the way WPS's embedded Chromium hands the object model to an
 * add-in page. A corpus workbook is loaded into the fake: the pane shows its findings and selects their cells
 * in "WPS", highlights and restores the user's fills, writes a plain-formula fill in runs, and Revert restores
 * the sheet exactly.
 */
import { readFileSync } from "fs";
import { join } from "path";
import * as ts from "typescript";
import type { Page } from "playwright-core";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { review } from "../../src/core/review";
import { planFill, plainFillBuilder } from "../../src/core/fill";
import type { Edit } from "../../src/core/fill";
import { parseA1 } from "../../src/core/grid/a1";
import { hexToBgr } from "../../src/hosts/wps/et";
import { fakeEtFromGrid, FakeEtCell, FakeEtModel } from "../hosts/fake-et";
import { useBrowser, ROOT, DIST, CASES, SHOTS } from "./suite";



const chrome = useBrowser("wps/taskpane.html");

const external: string[] = [];

/** fake-et.ts and its one import (a1.ts) as a script defining window.PerfFakeEt. */
function fakeEtScript(): string {
  const cjs = (file: string) => ts.transpileModule(readFileSync(join(ROOT, file), "utf8"), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `(function () {
  var mods = {};
  function load(code, req) { var module = { exports: {} }; new Function("module", "exports", "require", code)(module, module.exports, req); return module.exports; }
  mods.a1 = load(${JSON.stringify(cjs("src/core/grid/a1.ts"))}, function (n) { throw new Error("no module " + n); });
  window.PerfFakeEt = load(${JSON.stringify(cjs("test/hosts/fake-et.ts"))}, function (n) { if (/grid\\/a1$/.test(n)) return mods.a1; throw new Error("no module " + n); });
})();`;
}

interface SheetInit {
  name: string;
  cells: Record<string, FakeEtCell>;
  merges: string[];
}

/** A corpus sheet as the fake's contents (read through the file host's reader). */
async function corpusSheet(id: string) {
  const g = (await readXlsx(readFileSync(join(CASES, `${id}.xlsx`)))).sheets[0];
  const m = fakeEtFromGrid(g);
  const s = m.sheets[0];
  const init: SheetInit = { name: s.name, cells: Object.fromEntries(s.cells), merges: s.merges };
  return { grid: g, init, snapshot: s.snapshot() };
}


afterAll(() => {
  expect(external).toEqual([]);
});

type FakeWindow = Window & { __fakeEt: FakeEtModel; Application: unknown; PerfFakeEt: { fakeEtFromCells: (s: SheetInit[], o?: object) => FakeEtModel } };

/** Open a WPS page with the fake ET holding `sheet` as window.Application. */
async function openWps(path: string, sheet: SheetInit, opts: object = {}): Promise<{ page: Page; errors: string[] }> {
  const ctx = await chrome.browser.newContext({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(chrome.url) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) external.push(r.url());
  });
  await page.addInitScript({ content: fakeEtScript() });
  await page.addInitScript(
    ({ sheet, opts }) => {
      const w = window as unknown as FakeWindow;
      const m = w.PerfFakeEt.fakeEtFromCells([sheet], opts);
      w.__fakeEt = m;
      w.Application = m.application();
    },
    { sheet, opts },
  );
  await page.goto(chrome.url + path);
  return { page, errors };
}

const fake = <T>(page: Page, fn: (m: FakeEtModel) => T): Promise<T> => page.evaluate(`(${fn.toString()})(window.__fakeEt)`) as Promise<T>;

/** The runs the WPS host writes a plan in: per column, consecutive rows with one number format (sheets < 500 rows). */
function runsOf(edits: Edit[]): number {
  const keys = edits.map((e) => ({ ...parseA1(e.cell), fmt: e.after.numFmt ?? null })).sort((a, b) => a.col - b.col || a.row - b.row);
  let runs = 0;
  keys.forEach((k, i) => {
    const p = keys[i - 1];
    if (!p || p.col !== k.col || p.row !== k.row - 1 || p.fmt !== k.fmt) runs++;
  });
  return runs;
}

const FINDINGS: [string, string[]][] = [
  ["012", ["weight-sum-mismatch@B12", "weight-sum-mismatch@B18", "weight-sum-mismatch@E23", "total-mismatch@H23"]],
  ["011", ["missing-reason@J16", "missing-reason@J19"]],
];

describe("WPS task pane over the fake ET", () => {
  test.each(FINDINGS)("%s: the findings are listed; clicking one selects its cell in WPS", async (id, expected) => {
    const { init } = await corpusSheet(id);
    const { page, errors } = await openWps("/wps/taskpane.html?tab=findings&lang=zh-CN", init, { addressAsMethod: id === "011" });
    for (const f of expected) await page.locator(`[data-finding="${f}"]`).waitFor();
    const [rule, cell] = expected[expected.length - 1].split("@");
    await page.locator(`[data-finding="${rule}@${cell}"] button`).first().click();
    await page.waitForFunction((c) => (window as unknown as FakeWindow).__fakeEt.selection?.cell === c, cell);
    expect(await fake(page, (m) => m.selection)).toEqual({ sheet: init.name, cell });
    await page.screenshot({ path: join(SHOTS, `wps-${id}-findings.zh-CN.png`) });
    expect(await fake(page, (m) => m.unknownMembers)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each(["012", "011"])("%s: a plain-formula fill (the default in WPS) is written in runs; Revert restores the sheet exactly", async (id) => {
    const { grid, init, snapshot } = await corpusSheet(id);
    const r = review(grid);
    const plan = planFill(grid, r.fills, { mode: "plain", overwriteValues: true, plainFormula: plainFillBuilder(grid, r.profile) });
    expect(plan.edits.length).toBeGreaterThan(0);

    const { page, errors } = await openWps("/wps/taskpane.html?tab=fill&lang=zh-CN", init);
    await page.getByTestId("fill").waitFor();
    expect(await page.getByRole("radio", { name: /普通 Excel 公式/ }).isChecked()).toBe(true);
    await page.getByRole("checkbox", { name: "本次允许覆盖已填写的数值" }).check();
    const planned = await page.locator("[data-edit]").evaluateAll((rows) => rows.map((x) => x.getAttribute("data-edit")));
    expect(planned).toEqual(plan.edits.map((e) => e.cell));
    await fake(page, (m) => {
      m.resetCalls();
      m.writes = [];
    });
    await page.getByRole("button", { name: /写入 \d+ 个单元格/ }).click();
    await page.getByTestId("fill-status").filter({ hasText: "已写入" }).waitFor();
    await page.screenshot({ path: join(SHOTS, `wps-${id}-fill-plain.zh-CN.png`) });

    const cells = await fake(page, (m) => m.sheets[0].snapshot());
    for (const e of plan.edits) {
      const c = cells[e.cell];
      expect([e.cell, c?.formula ?? null, c?.numFmt ?? null]).toEqual([e.cell, e.after.formula ? "=" + e.after.formula : null, e.after.numFmt]);
    }
    // one Formula/Value2 assignment per run of cells, never one per cell
    const writes = await fake(page, (m) => m.writes);
    const onSheet = writes.filter((w) => w.sheet === init.name);
    expect(onSheet.length).toBe(runsOf(plan.edits));
    expect(onSheet.reduce((n, w) => n + w.cells, 0)).toBe(plan.edits.length);
    expect(onSheet.length).toBeLessThan(plan.edits.length);
    // the applied plan is kept for Revert in a very hidden sheet
    expect(await fake(page, (m) => m.sheets.map((s) => [s.name, s.visible]))).toEqual([
      [init.name, -1],
      ["PerfSheet_settings", 2],
    ]);

    await page.getByRole("button", { name: "撤销上次填写" }).click();
    await page.getByTestId("fill-status").filter({ hasText: "已撤销" }).waitFor();
    expect(await fake(page, (m) => m.sheets[0].snapshot())).toEqual(snapshot);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("012: highlights mark the findings' cells and give the user's own fill back", async () => {
    const { init } = await corpusSheet("012");
    init.cells.H23 = { ...(init.cells.H23 ?? { value: null }), fill: 65535 }; // the user's yellow (BGR)
    const { page, errors } = await openWps("/wps/taskpane.html?lang=zh-CN", init);
    await page.getByRole("tab", { name: "标记", exact: true }).click();
    await page.getByRole("button", { name: "在表格中标记问题单元格" }).click();
    await page.waitForFunction((bgr) => (window as unknown as FakeWindow).__fakeEt.sheets[0].cells.get("H23")?.fill === bgr, hexToBgr("#FFC7CE"));
    expect(await fake(page, (m) => m.sheets[0].cells.get("B12")?.fill)).toBe(hexToBgr("#FFC7CE"));
    await page.getByRole("button", { name: /清除标记/ }).click();
    await page.waitForFunction(() => (window as unknown as FakeWindow).__fakeEt.sheets[0].cells.get("H23")?.fill === 65535);
    expect(await fake(page, (m) => m.sheets[0].cells.get("B12")?.fill ?? null)).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("outside WPS the task pane says so", async () => {
    const ctx = await chrome.browser.newContext({ locale: "zh-CN" });
    const page = await ctx.newPage();
    await page.goto(chrome.url + "/wps/taskpane.html");
    await page.getByTestId("not-in-wps").waitFor();
    await ctx.close();
  });
});

describe("the WPS add-in's entry page and files (dist/wps/)", () => {
  test("index.html: the ribbon's callbacks open the pane on their tab; =PERF.* computes as in Excel", async () => {
    const { init } = await corpusSheet("011");
    const { page, errors } = await openWps("/wps/index.html", init);
    await page.waitForFunction(() => typeof (window as unknown as { OnAction?: unknown }).OnAction === "function");
    const result = await page.evaluate(() => {
      const w = window as unknown as { OnAddinLoad(u: unknown): boolean; OnAction(c: { Id: string }): boolean; SCORE(...a: unknown[]): number; GRADE(s: number): string };
      w.OnAddinLoad({});
      w.OnAction({ Id: "perfsheetFill" });
      return { score: w.SCORE("≥95%", 0.93, 10), grade: w.GRADE(85) };
    });
    expect(result).toEqual({ score: 9.79, grade: "良" });
    const panes = await fake(page, (m) => m.taskPanes.map((p) => [p.url, p.Visible]));
    expect(panes).toEqual([[`${chrome.url}/wps/taskpane.html?tab=fill`, true]]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("ribbon.xml, manifest.xml, functions.json and the deployment templates", () => {
    const read = (f: string) => readFileSync(join(DIST, "wps", f), "utf8");
    const ribbon = read("ribbon.xml");
    expect(ribbon).toContain('<tab id="perfsheetTab" label="绩效核查">');
    for (const [id, label] of [["perfsheetCheck", "核查"], ["perfsheetFill", "填写"], ["perfsheetSummary", "汇总"]]) expect(ribbon).toMatch(new RegExp(`<button id="${id}" label="${label}"[^>]*onAction="OnAction"`));
    expect(read("manifest.xml")).toMatch(/<Uri>\/functions\.json<\/Uri>\s*<Namespace>PERF<\/Namespace>/);
    const ids = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")).functions.map((f: { id: string }) => f.id);
    const wps = JSON.parse(read("functions.json")).functions;
    expect(wps.map((f: { name: string }) => f.name)).toEqual(ids);
    for (const f of wps) expect(f.description).toMatch(/[\u4e00-\u9fff]/);
    for (const t of ["jsplugins.xml", "publish.xml"]) expect(read(t)).toMatch(/<jsplugin name="perfsheet" type="et" url="__ADDIN_URL__" version="\d+\.\d+\.\d+"/);
    for (const page of ["index.html", "taskpane.html"]) expect(read(page)).not.toMatch(/src="[^"]*\//);
  });

  test("the WPS scripts are ES2017 (older embedded Chromium): no later syntax anywhere in the bundles", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const acorn = require("acorn");
    for (const f of ["main.js", "taskpane.js"]) expect(() => acorn.parse(readFileSync(join(DIST, "wps", f), "utf8"), { ecmaVersion: 2017, sourceType: "script" })).not.toThrow();
  });
});
