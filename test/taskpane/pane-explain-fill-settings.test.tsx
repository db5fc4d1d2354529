/** @jest-environment jsdom */
import "./setup";
import * as React from "react";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { act, screen, within, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FileWorkbookPort } from "../../src/hosts/file/workbook-port";
import { fileSettingsKey, hashBytes, storageSettingsStore } from "../../src/hosts/file/settings-store";
import { bytesOf, portFor, renderPane, worksheetOf } from "./render";
import type { PaneTab } from "../../src/taskpane/Pane";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { review } from "../../src/core/review";
import { explainCell, explainableCells } from "../../src/taskpane/explain";
import { RULES } from "../../src/core/rules";
import { BUILTIN_PROFILES } from "../../src/core/rubric";


/**
 * The confirmation dialog, once it is mounted. Fluent's modal marks the rest of the page aria-hidden and moves
 * focus into the dialog asynchronously (tabster), so a role query that excludes hidden elements depends on
 * how fast that happens on a busy machine. Here we wait for the dialog to be in the DOM; that it is exposed
 * to assistive technology is checked in real Chromium (test/browser/checker.e2e.test.ts).
 */
const confirmDialog = () => screen.findByRole("alertdialog", { hidden: true });
const noDialog = () => expect(document.querySelector('[role="alertdialog"]')).toBeNull();

async function select(port: FileWorkbookPort, cell: string) {
  const sheet = await port.activeSheet();
  await act(async () => {
    await port.selectCell(sheet, cell);
  });
}

jest.setTimeout(30_000);

describe("Explain follows the selection", () => {
  test("a score cell selected in the sheet is explained at once: inputs, rule + RULEBOOK source, computed, gap", async () => {
    const port = await portFor("011");
    renderPane(port, "explain");
    await screen.findByTestId("explain");
    expect(screen.queryByTestId("explain-body")).toBeNull();
    await select(port, "I16");
    const body = await screen.findByTestId("explain-body");
    expect(body).toHaveAttribute("data-cell", "I16");
    expect(body).toHaveTextContent("资金到位及时率");
    expect(screen.getByTestId("explain-claimed")).toHaveTextContent("7");
    expect(screen.getByTestId("explain-computed")).toHaveTextContent("10");
    expect(screen.getByTestId("explain-gap")).toHaveTextContent("-3");
    // the scoring rule in words on screen; its RULEBOOK key only in an attribute
    expect(screen.getByTestId("explain-scoring")).toHaveTextContent("正向指标：完成目标得满分");
    expect(screen.getByTestId("explain-scoring")).toHaveAttribute("data-key", expect.stringContaining("S-POS"));
    const meta = RULES.find((r) => r.meta.id === "indicator-score-mismatch")!.meta;
    expect(screen.getByTestId("explain-rule")).toHaveTextContent(meta.title.zh);
    expect(screen.getByTestId("explain-source")).toHaveAttribute("data-source", meta.source);
    // the combobox follows too
    expect(screen.getByRole("combobox", { name: "选择得分单元格" })).toHaveValue("I16");
  });

  test("total and grade cells; a cell that is not a score keeps the last explanation and says so", async () => {
    const port = await portFor("011");
    renderPane(port, "explain");
    await screen.findByTestId("explain");
    await select(port, "I24");
    await waitFor(() => expect(screen.getByTestId("explain-body")).toHaveAttribute("data-cell", "I24"));
    const r = review((await readXlsx(bytesOf("011"))).sheets[0]);
    expect(screen.getByTestId("explain-computed")).toHaveTextContent(String(r.scores.computedTotal));
    expect(screen.getByTestId("explain-source")).toHaveAttribute("data-source", RULES.find((x) => x.meta.id === "total-mismatch")!.meta.source);
    await select(port, "J24");
    await waitFor(() => expect(screen.getByTestId("explain-body")).toHaveAttribute("data-cell", "J24"));
    expect(screen.getByTestId("explain-computed")).toHaveTextContent(String(r.scores.computedGrade));
    expect(screen.getByTestId("explain-source")).toHaveAttribute("data-source", expect.stringContaining("RULEBOOK §8"));
    expect(screen.getByTestId("explain-body")).toHaveTextContent("优 ≥90");
    await select(port, "A1");
    expect(screen.getByTestId("explain-status")).toHaveTextContent("选中的 A1 不是得分、执行率、总分或等级单元格");
    expect(screen.getByTestId("explain-body")).toHaveAttribute("data-cell", "J24");
  });

  test("execution rate: executed / budget as inputs, percent computed; the list stays as a fallback", async () => {
    const port = await portFor("012");
    const user = userEvent.setup();
    renderPane(port, "explain");
    await screen.findByTestId("explain");
    await select(port, "F7");
    await waitFor(() => expect(screen.getByTestId("explain-body")).toHaveAttribute("data-cell", "F7"));
    expect(screen.getByTestId("explain-computed")).toHaveTextContent("100.00%");
    expect(screen.getByTestId("explain-source")).toHaveTextContent("预算执行率 = 全年执行数 ÷ 全年预算数");
    expect(screen.getByTestId("explain-source")).toHaveAttribute("data-source", expect.stringContaining("RULEBOOK A-V12"));
    expect(screen.getByTestId("explain-body")).toHaveTextContent("执行数");
    await user.selectOptions(screen.getByRole("combobox", { name: "选择得分单元格" }), "H12");
    expect(screen.getByTestId("explain-body")).toHaveAttribute("data-cell", "H12");
    // an input's cell can be selected from the explanation, and the pane keeps explaining H12
    const ex = explainCell({ ...(await stateOf(port)) }, "H12")!;
    const weightCell = ex.inputs.find((i) => i.label === "weight")!.cell!;
    await user.click(screen.getByRole("button", { name: `选中相关单元格 ${weightCell}` }));
    expect(port.viewState().selected).toBe(weightCell);
    expect(screen.getByTestId("explain-body")).toHaveAttribute("data-cell", "H12");
  });

  test("a selection made before the pane opens is explained on mount", async () => {
    const port = await portFor("011");
    await port.selectCell(await port.activeSheet(), "I16");
    renderPane(port, "explain");
    await waitFor(() => expect(screen.getByTestId("explain-body")).toHaveAttribute("data-cell", "I16"));
  });

  test("explainableCells lists score, rate, total and grade cells only", async () => {
    const r = review((await readXlsx(bytesOf("011"))).sheets[0]);
    const kinds = new Map(explainableCells(r).map((c) => [c.cell, c.kind]));
    expect(kinds.get("I16")).toBe("indicator-score");
    expect(kinds.get("G6")).toBe("exec-rate");
    expect(kinds.get("H6")).toBe("exec-score");
    expect(kinds.get("I24")).toBe("total");
    expect(kinds.get("J24")).toBe("grade");
    expect(kinds.has("A1")).toBe(false);
    expect(kinds.has("J16")).toBe(false); // a reason cell
  });
});

async function stateOf(port: FileWorkbookPort) {
  const grid = await port.readSheet();
  return { grid, result: review(grid), profile: BUILTIN_PROFILES.national };
}

/** 012 with the total H23 typed as the user's own formula (result 100). */
const withUserFormula = (ws: ExcelJS.Worksheet) => {
  ws.getCell("H23").value = { formula: "SUM(H12:H22)", result: 100 } as ExcelJS.CellFormulaValue;
};

describe("Fill: a user formula is replaced only when ticked, after a confirmation", () => {
  test("listed with its reason; not written by default, even with typed values allowed", async () => {
    const port = await portFor("012", withUserFormula);
    const user = userEvent.setup();
    renderPane(port, "fill");
    await screen.findByTestId("fill");
    await user.click(screen.getByRole("radio", { name: "数值" }));
    await user.click(screen.getByRole("checkbox", { name: "本次允许覆盖已填写的数值" }));
    const li = document.querySelector('[data-skip="H23:user-formula"]') as HTMLElement;
    // cells needing a decision are listed first
    expect(document.querySelector("[data-skip]")).toBe(li);
    expect(li).toHaveTextContent("单元格中有用户自己写的公式");
    expect(li).toHaveTextContent("=SUM(H12:H22)");
    expect(within(li).getByRole("checkbox", { name: "覆盖此公式 H23" })).not.toBeChecked();
    expect(document.querySelector('[data-edit="H23"]')).toBeNull();
    await user.click(screen.getByRole("button", { name: /写入 \d+ 个单元格/ }));
    await waitFor(() => expect(screen.getByTestId("fill-status")).toHaveTextContent("已写入"));
    noDialog();
    expect((await worksheetOf(port)).getCell("H23").value).toEqual({ formula: "SUM(H12:H22)", result: 100 });
  });

  test("ticked with the keyboard: the plan shows it, the confirmation lists it, confirm replaces; revert restores the formula", async () => {
    const port = await portFor("012", withUserFormula);
    const user = userEvent.setup();
    renderPane(port, "fill");
    await screen.findByTestId("fill");
    await user.click(screen.getByRole("radio", { name: "数值" }));
    const box = screen.getByRole("checkbox", { name: "覆盖此公式 H23" });
    box.focus();
    await user.keyboard(" ");
    expect(box).toBeChecked();
    expect(document.querySelector('[data-edit="H23"]')).toHaveTextContent("=SUM(H12:H22)");
    expect(screen.getByTestId("replaces-H23")).toHaveTextContent("将替换用户公式");
    // still listed (ticked) among the skipped cells, so it can be unticked
    expect(document.querySelector('[data-skip="H23:user-formula"]')).not.toBeNull();

    const applyBtn = screen.getByRole("button", { name: /写入 \d+ 个单元格/ });
    await user.click(applyBtn);
    const dialog = await confirmDialog();
    expect(document.getElementById(dialog.getAttribute("aria-labelledby")!)).toHaveTextContent("确认替换公式");
    expect(within(dialog).getAllByRole("listitem", { hidden: true }).map((x) => x.getAttribute("data-replace"))).toEqual(["H23"]);
    expect(within(dialog).getByRole("listitem", { hidden: true })).toHaveTextContent("H23：=SUM(H12:H22) → 110");
    await user.click(within(dialog).getByRole("button", { name: "替换并写入", hidden: true }));
    await waitFor(() => expect(screen.getByTestId("fill-status")).toHaveTextContent("已写入 2 个单元格"));
    let ws = await worksheetOf(port);
    expect(ws.getCell("H23").value).toBe(110);
    expect(ws.getCell("F7").value).toBe(1);
    // the choice was for this run only
    await waitFor(() => expect(screen.queryByRole("checkbox", { name: "覆盖此公式 H23" })).toBeNull());

    await user.click(screen.getByRole("button", { name: "撤销上次填写" }));
    await waitFor(() => expect(screen.getByTestId("fill-status")).toHaveTextContent("已撤销"));
    ws = await worksheetOf(port);
    expect((ws.getCell("H23").value as ExcelJS.CellFormulaValue).formula).toBe("SUM(H12:H22)");
    expect(ws.getCell("F7").value).toBeNull();
  });

  test("Cancel closes the confirmation without writing anything", async () => {
    const port = await portFor("012", withUserFormula);
    const user = userEvent.setup();
    renderPane(port, "fill");
    await screen.findByTestId("fill");
    await user.click(screen.getByRole("checkbox", { name: "覆盖此公式 H23" }));
    await user.click(screen.getByRole("button", { name: /写入 \d+ 个单元格/ }));
    const dialog = await confirmDialog();
    await user.click(within(dialog).getByRole("button", { name: "取消", hidden: true }));
    await waitFor(noDialog);
    const ws = await worksheetOf(port);
    expect(ws.getCell("H23").value).toEqual({ formula: "SUM(H12:H22)", result: 100 });
    expect(ws.getCell("F7").value).toBeNull();
    expect(screen.getByTestId("fill-status")).toHaveTextContent("");
    // the tick stays, so the user can confirm later
    expect(screen.getByRole("checkbox", { name: "覆盖此公式 H23" })).toBeChecked();
  });

  test("Escape closes the confirmation without writing", async () => {
    const port = await portFor("012", withUserFormula);
    const user = userEvent.setup();
    renderPane(port, "fill");
    await screen.findByTestId("fill");
    await user.click(screen.getByRole("checkbox", { name: "覆盖此公式 H23" }));
    await user.click(screen.getByRole("button", { name: /写入 \d+ 个单元格/ }));
    await confirmDialog();
    await user.keyboard("{Escape}");
    await waitFor(noDialog);
    expect(((await worksheetOf(port)).getCell("H23").value as ExcelJS.CellFormulaValue).formula).toBe("SUM(H12:H22)");
  });
});

describe("Findings: related cells and the pane's language", () => {
  test("each related cell is a button that selects it", async () => {
    const port = await portFor("011");
    const user = userEvent.setup();
    renderPane(port, "findings");
    await screen.findByTestId("findings");
    const row = document.querySelector('[data-finding="missing-reason@J16"]') as HTMLElement;
    const group = within(row).getByRole("group", { name: "相关单元格 J16" });
    expect(within(group).getAllByRole("button").map((b) => b.textContent)).toEqual(["I16", "G16"]);
    await user.click(within(group).getByRole("button", { name: "选中相关单元格 G16" }));
    expect(port.viewState().selected).toBe("G16");
  });

  test("en-US shows messageEn, zh-CN message", async () => {
    const r = review((await readXlsx(bytesOf("011"))).sheets[0]);
    const f = r.findings.find((x) => x.rule === "missing-reason" && x.cell === "J16")!;
    expect(f.messageEn).toBeTruthy();
    const port = await portFor("011");
    const { unmount } = renderPane(port, "findings", "en-US");
    await screen.findByTestId("findings");
    let row = document.querySelector('[data-finding="missing-reason@J16"]') as HTMLElement;
    expect(row).toHaveTextContent(f.messageEn!);
    expect(row).not.toHaveTextContent(f.message);
    expect(within(row).getByRole("button", { name: "Select related cell I16" })).toBeInTheDocument();
    unmount();
    renderPane(await portFor("011"), "findings", "zh-CN");
    await screen.findByTestId("findings");
    row = document.querySelector('[data-finding="missing-reason@J16"]') as HTMLElement;
    expect(row).toHaveTextContent(f.message);
  });
});

/** Every cell (value, number format) of a written workbook, and the text of all its parts (no settings in there). */
async function cellsAndParts(bytes: Uint8Array) {
  const { workbook } = await readXlsx(bytes);
  const cells: string[] = [];
  workbook.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => void cells.push(`${ws.name}!${c.address}=${JSON.stringify([c.value ?? null, c.numFmt ?? null])}`))));
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
  const text = (await Promise.all(names.filter((n) => /\.(xml|rels)$/.test(n) && !n.endsWith("core.xml")).map((n) => zip.file(n)!.async("string")))).join("\n");
  return { cells, names, text };
}

describe("the checker's settings: kept in this browser by file name + size + bytes, never in the workbook", () => {
  beforeEach(() => localStorage.clear());

  test("the key depends on name, size and contents", () => {
    const a = bytesOf("012");
    const b = a.slice();
    b[b.length - 100] ^= 1;
    expect(fileSettingsKey("012.xlsx", a)).toBe(fileSettingsKey("012.xlsx", a.slice()));
    expect(fileSettingsKey("012.xlsx", b)).not.toBe(fileSettingsKey("012.xlsx", a));
    expect(fileSettingsKey("other.xlsx", a)).not.toBe(fileSettingsKey("012.xlsx", a));
    expect(hashBytes(new Uint8Array([1, 2, 3]))).not.toBe(hashBytes(new Uint8Array([1, 2, 4])));
  });

  test("ignores and the profile survive reopening the same file; the workbook bytes do not change; another file starts clean", async () => {
    const bytes = bytesOf("012");
    const key = fileSettingsKey("012.xlsx", bytes);
    const port1 = await portFor("012", undefined, storageSettingsStore(localStorage, key));
    expect(port1.settingsHome).toBe("browser");
    const before = await cellsAndParts(await port1.toXlsx());
    expect(before.text).not.toMatch(/xinjiang|模板原有|perfsheet/i);
    const user = userEvent.setup();
    const { unmount } = renderPane(port1, "findings");
    await screen.findByTestId("findings");
    expect(screen.getByTestId("ignores-home")).toHaveTextContent("忽略记录保存在本机浏览器");
    await user.click(screen.getByRole("button", { name: "忽略 B18 分值合计不符" }));
    await user.type(screen.getByRole("textbox", { name: "忽略原因" }), "模板原有");
    await user.click(screen.getByRole("button", { name: "确认忽略" }));
    await waitFor(() => expect(document.querySelector('[data-finding="weight-sum-mismatch@B18"]')).toBeNull());
    await port1.setSettings({ profile: { builtin: "xinjiang" }, highlights: { x: [] } });
    const sheet = await port1.activeSheet();
    await port1.applyEdits(sheet, [], { ...(await port1.getSettings()), lastPlan: { [sheet]: { sheet, mode: "values", appliedAt: "t", edits: [] } } });
    expect(await cellsAndParts(await port1.toXlsx())).toEqual(before);
    unmount();

    const stored = JSON.parse(localStorage.getItem(key)!);
    expect(Object.keys(stored).sort()).toEqual(["ignores", "profile"]);

    const port2 = await portFor("012", undefined, storageSettingsStore(localStorage, key));
    expect(await port2.getSettings()).toEqual({ profile: { builtin: "xinjiang" }, ignores: [expect.objectContaining({ cell: "B18", reason: "模板原有" })] });
    renderPane(port2, "findings");
    await screen.findByTestId("findings");
    expect(document.querySelector('[data-finding="weight-sum-mismatch@B12"]')).not.toBeNull();
    expect(document.querySelector('[data-finding="weight-sum-mismatch@B18"]')).toBeNull();

    const changed = bytes.slice();
    changed[changed.length - 100] ^= 1;
    const port3 = await portFor("012", undefined, storageSettingsStore(localStorage, fileSettingsKey("012.xlsx", changed)));
    expect(await port3.getSettings()).toEqual({});
  });

  test("storage that throws (private mode) falls back to the session", async () => {
    const broken = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("quota"); }, removeItem: () => undefined };
    const port = await portFor("012", undefined, storageSettingsStore(broken, "k"));
    await port.setSettings({ profile: { builtin: "sichuan" } });
    expect((await port.getSettings()).profile).toEqual({ builtin: "sichuan" });
  });

  test("without a store the pane says ignores last for the session", async () => {
    renderPane(await portFor("012"), "findings");
    expect(await screen.findByTestId("ignores-home")).toHaveTextContent("忽略记录只在本次打开期间有效");
  });
});

describe("accessible names on every control of every pane section", () => {
  const ROLES = ["button", "checkbox", "tab", "radio", "combobox", "textbox", "option"] as const;
  /** every control's accessible name; `hidden`: also controls inside a modal whose page tabster has not finished hiding */
  function expectAllNamed(where: string, hidden = false) {
    const unnamed: string[] = [];
    let count = 0;
    for (const role of ROLES)
      for (const el of screen.queryAllByRole(role, { hidden })) {
        if (role === "option" && el.textContent === "—") continue; // the empty choice of a select
        count++;
        try {
          expect(el).toHaveAccessibleName();
        } catch {
          unnamed.push(`${role}: ${el.outerHTML.slice(0, 160)}`);
        }
      }
    expect([where, unnamed]).toEqual([where, []]);
    expect(count).toBeGreaterThan(6); // the tabs at least
  }
  test.each(["overview", "findings", "highlight", "fill", "explain", "profile"] as PaneTab[])("%s", async (tab) => {
    const port = await portFor("011", withUserFormula11);
    const user = userEvent.setup();
    renderPane(port, tab);
    await screen.findByTestId(tab);
    expectAllNamed(tab);
    if (tab === "findings") {
      await user.click(screen.getAllByRole("button", { name: /^忽略 / })[0]);
      expectAllNamed("findings/ignoring");
    }
    if (tab === "fill") {
      await user.click(screen.getByRole("checkbox", { name: /^覆盖此公式 / }));
      await user.click(screen.getByRole("button", { name: /写入 \d+ 个单元格/ }));
      await confirmDialog();
      expectAllNamed("fill/confirm", true);
    }
    if (tab === "explain") {
      await select(port, "I16");
      await screen.findByTestId("explain-body");
      expectAllNamed("explain/I16");
    }
  });
});

/** 011 with the grade J24 as the user's own formula, so the fill section shows a 覆盖此公式 control */
const withUserFormula11 = (ws: ExcelJS.Worksheet) => {
  ws.getCell("J24").value = { formula: 'IF(I24>=90,"优","良")', result: "良" } as ExcelJS.CellFormulaValue;
};

describe("FileWorkbookPort selection events", () => {
  test("selectCell reports to listeners; unsubscribing stops them", async () => {
    const port = await portFor("012");
    const seen: string[] = [];
    const off = port.onSelectionChanged((s) => seen.push(`${s.sheet}!${s.cell}`));
    const sheet = await port.activeSheet();
    await port.selectCell(sheet, "H23");
    off();
    await port.selectCell(sheet, "H12");
    expect(seen).toEqual([`${sheet}!H23`]);
    expect(port.viewState().selected).toBe("H12");
  });
});
