/** @jest-environment jsdom */
import "./setup";
import * as React from "react";
import { screen, within, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { pickLang, DICTS } from "../../src/taskpane/i18n";
import { bytesOf, portFor, renderPane, worksheetOf } from "./render";
import { FileWorkbookPort } from "../../src/hosts/file/workbook-port";
import { blankSelfEvalForm, twoStackedForms, xlsxOf } from "../helpers/stacked-forms";

jest.setTimeout(20_000);

describe("i18n", () => {
  test("zh-CN and en-US have the same keys, none empty", () => {
    expect(Object.keys(DICTS["en-US"]).sort()).toEqual(Object.keys(DICTS["zh-CN"]).sort());
    for (const d of Object.values(DICTS)) for (const v of Object.values(d)) expect(v.trim()).not.toBe("");
  });
  test.each([
    [{ search: "?lang=en", officeLang: "zh-CN" }, "en-US"],
    [{ officeLang: "zh-cn", navigatorLang: "en-US" }, "zh-CN"],
    [{ officeLang: "EN-gb" }, "en-US"],
    [{ navigatorLang: "zh-Hans-CN" }, "zh-CN"],
    [{ navigatorLang: "fr-FR" }, "zh-CN"],
    [{}, "zh-CN"],
  ] as const)("pickLang(%j) = %s", (opts, lang) => expect(pickLang(opts)).toBe(lang));
});

describe("Pane on 012 (zh-CN)", () => {
  test("overview: family, totals claimed vs computed, counts by severity; checking writes nothing", async () => {
    const port = await portFor("012");
    const before = Buffer.from(await port.toXlsx()).length;
    renderPane(port);
    const ov = await screen.findByTestId("overview");
    expect(ov).toHaveTextContent("项目支出绩效自评表");
    expect(ov.querySelector('[data-family="project-self-eval"]')).not.toBeNull(); // the id only in an attribute
    expect(ov).toHaveTextContent("100 / 110");
    expect(screen.getByTestId("count-error")).toHaveTextContent("错误 4");
    expect(screen.getByRole("tab", { name: "问题" })).toBeInTheDocument();
    expect(Buffer.from(await port.toXlsx()).length).toBe(before);
  });

  test("findings grouped by severity and rule; click selects the cell; ignore with a reason, then reset", async () => {
    const port = await portFor("012");
    const user = userEvent.setup();
    renderPane(port, "findings");
    const list = await screen.findByTestId("findings");
    const group = within(list).getByRole("group", { name: /分值/ });
    expect(within(group).getAllByRole("listitem").map((li) => li.getAttribute("data-finding"))).toEqual(["weight-sum-mismatch@B12", "weight-sum-mismatch@B18", "weight-sum-mismatch@E23"]);
    await user.click(screen.getByRole("button", { name: /定位到单元格 H23/ }));
    expect(port.viewState().selected).toBe("H23");
    await user.click(screen.getByRole("button", { name: "忽略 B18 分值合计不符" }));
    await user.type(screen.getByRole("textbox", { name: "忽略原因" }), "模板原有");
    await user.click(screen.getByRole("button", { name: "确认忽略" }));
    await waitFor(() => expect(document.querySelector('[data-finding="weight-sum-mismatch@B18"]')).toBeNull());
    expect((await port.getSettings()).ignores).toEqual([expect.objectContaining({ rule: "weight-sum-mismatch", cell: "B18", reason: "模板原有" })]);
    await user.click(screen.getByRole("button", { name: "恢复全部已忽略的问题" }));
    await waitFor(() => expect(document.querySelector('[data-finding="weight-sum-mismatch@B18"]')).not.toBeNull());
  });

  test("keyboard: a tab is activated with Enter; every button has an accessible name", async () => {
    const port = await portFor("012");
    const user = userEvent.setup();
    renderPane(port);
    await screen.findByTestId("overview");
    screen.getByRole("tab", { name: "问题" }).focus();
    await user.keyboard("{Enter}");
    expect(await screen.findByTestId("findings")).toBeInTheDocument();
    for (const b of screen.getAllByRole("button")) expect(b).toHaveAccessibleName();
  });

  test("fill: plan table, default protects typed values, overwrite per run, apply and revert", async () => {
    const port = await portFor("012");
    const sheet = await port.activeSheet();
    const user = userEvent.setup();
    renderPane(port, "fill");
    await screen.findByTestId("fill");
    await user.click(screen.getByRole("radio", { name: "数值" }));
    // by default only the empty F7 is written
    expect(document.querySelectorAll("[data-edit]")).toHaveLength(1);
    expect(document.querySelector('[data-edit="F7"]')).toHaveTextContent("F7（空）1");
    expect(document.querySelector('[data-skip="H23:typed-value"]')).not.toBeNull();
    await user.click(screen.getByRole("checkbox", { name: "本次允许覆盖已填写的数值" }));
    expect(document.querySelector('[data-edit="H23"]')).toHaveTextContent("H23100110");
    await user.click(screen.getByRole("button", { name: /写入 \d+ 个单元格/ }));
    await waitFor(() => expect(screen.getByTestId("fill-status")).toHaveTextContent("已写入"));
    let ws = await worksheetOf(port, sheet);
    expect(ws.getCell("H23").value).toBe(110);
    expect(ws.getCell("F7").value).toBe(1);
    expect(ws.getCell("F7").numFmt).toBe("0.00%");
    await user.click(screen.getByRole("button", { name: "撤销上次填写" }));
    await waitFor(() => expect(screen.getByTestId("fill-status")).toHaveTextContent("已撤销"));
    ws = await worksheetOf(port, sheet);
    expect(ws.getCell("H23").value).toBe(100);
    expect(ws.getCell("F7").value).toBeNull();
    // the file is the original again, byte for byte
    expect(Buffer.compare(Buffer.from(await port.toXlsx()), Buffer.from(bytesOf("012")))).toBe(0);
  });

  test("explain: inputs, rule, computed vs claimed", async () => {
    const port = await portFor("011");
    const user = userEvent.setup();
    renderPane(port, "explain");
    await screen.findByTestId("explain");
    await user.selectOptions(screen.getByRole("combobox", { name: "选择得分单元格" }), "I16");
    expect(screen.getByTestId("explain-claimed")).toHaveTextContent("7");
    expect(screen.getByTestId("explain-computed")).toHaveTextContent("10");
    expect(screen.getByTestId("explain-scoring")).toHaveAttribute("data-key", expect.stringContaining("S-POS")); // the key only in an attribute
    expect(screen.getByTestId("explain-body")).toHaveTextContent("资金到位及时率");
  });

  test("profile: custom JSON errors field by field; a built-in choice is stored in the workbook", async () => {
    const port = await portFor("012");
    const user = userEvent.setup();
    renderPane(port, "profile");
    await screen.findByTestId("profile");
    const box = screen.getByRole("textbox", { name: "自定义规则方案（JSON）" });
    await user.click(box);
    await user.paste('{"id":"Bad Id","name":{"zh":"x","en":"x"},"gradeBands":[{"grade":"优","min":"90"}]}');
    await user.click(screen.getByRole("button", { name: "使用自定义方案" }));
    const errs = await screen.findByTestId("profile-errors");
    expect(errs).toHaveTextContent("id");
    expect(errs).toHaveTextContent("gradeBands");
    expect((await port.getSettings()).profile).toBeUndefined();
    await user.selectOptions(screen.getByRole("combobox", { name: "内置规则方案" }), "xinjiang");
    await user.click(screen.getByRole("button", { name: "使用此方案" }));
    await waitFor(async () => expect((await port.getSettings()).profile).toEqual({ builtin: "xinjiang" }));
  });

  test("en-US", async () => {
    const port = await portFor("012");
    renderPane(port, "overview", "en-US");
    expect(await screen.findByTestId("count-error")).toHaveTextContent("Errors 4");
    expect(screen.getByRole("tab", { name: "Findings" })).toBeInTheDocument();
  });
});

describe("Pane on a sheet of two stacked forms (test/helpers/stacked-forms.ts)", () => {
  test("overview: each form with its rows, family, indicators, total and grade, not the first form as the sheet", async () => {
    const port = await FileWorkbookPort.open(await xlsxOf("自评表", twoStackedForms()), "stacked.xlsx");
    renderPane(port);
    const ov = await screen.findByTestId("overview");
    expect(ov).toHaveTextContent("本表上下排列 2 张表，逐张核查：");
    expect(screen.getByTestId("overview-form-1")).toHaveTextContent("项目支出绩效自评表");
    expect(screen.getByRole("row", { name: /第 1–11 行/ })).toHaveTextContent("指标 3 项；总分（表内填写 / 核算结果） — / 96；等级（表内填写 / 核算结果） 优 / 优");
    expect(screen.getByRole("row", { name: /第 12–21 行/ })).toHaveTextContent("指标 3 项；总分（表内填写 / 核算结果） — / 90.33；等级（表内填写 / 核算结果） 优 / 优");
    expect(ov.querySelector('[data-testid="overview-form-12"][data-family="project-self-eval"]')).not.toBeNull();
  });

  test("overview: a form under another region's profile names it", async () => {
    const rows = [...blankSelfEvalForm("甲项目", 90, ["450人", "80人", "92%"], ["新疆维吾尔自治区项目支出绩效自评表"]), [], ...blankSelfEvalForm("乙项目", 80, ["400人", "80人", "85%"], ["四川省大英县项目支出绩效自评表"])];
    renderPane(await FileWorkbookPort.open(await xlsxOf("自评表", rows), "regions.xlsx"));
    await screen.findByTestId("overview");
    expect(screen.getByTestId("overview-form-1")).not.toHaveTextContent("规则方案");
    expect(screen.getByTestId("overview-form-12")).toHaveTextContent("规则方案 四川");
  });

  test("fill: the plan holds both forms' cells", async () => {
    const port = await FileWorkbookPort.open(await xlsxOf("自评表", twoStackedForms()), "stacked.xlsx");
    const user = userEvent.setup();
    renderPane(port, "fill");
    await screen.findByTestId("fill");
    await user.click(screen.getByRole("radio", { name: "数值" }));
    expect([...document.querySelectorAll("[data-edit]")].map((e) => e.getAttribute("data-edit"))).toEqual(["G6", "G7", "G8", "G4", "H4", "G9", "G17", "G18", "G19", "G15", "H15", "G20"]);
    expect(document.querySelector('[data-edit="G20"]')).toHaveTextContent("G20（空）90.33");
  });
});
