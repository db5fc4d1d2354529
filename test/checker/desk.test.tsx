/** @jest-environment jsdom */
import "../taskpane/setup";
import * as React from "react";
import { readFileSync } from "fs";
import { join } from "path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Desk, deskInputs } from "../../src/checker/Desk";
import { inThreadReviewer } from "../../src/checker/in-thread-reviewer";
import { filterDeskRows, NO_FILTER, sortDeskRows } from "../../src/checker/desk-table";
import type { SummaryRow } from "../../src/core/summary";

const CASES = join(__dirname, "../fixtures/corpus/cases");
const corpusFile = (id: string, dir = "交来的表") => {
  const f = new File([readFileSync(join(CASES, `${id}.xlsx`))], `${id}.xlsx`);
  Object.defineProperty(f, "webkitRelativePath", { value: `${dir}/${id}.xlsx` });
  // jsdom's File may lack arrayBuffer(): read the bytes we gave it
  if (!("arrayBuffer" in f)) Object.defineProperty(f, "arrayBuffer", { value: async () => new Uint8Array(readFileSync(join(CASES, `${id}.xlsx`))).buffer });
  return f;
};

function row(p: Partial<SummaryRow>): SummaryRow {
  return { file: "a.xlsx", sheet: "S", projectName: null, unit: null, family: "project-self-eval", claimed: null, computed: null, diff: null, claimedGrade: null, computedGrade: null, errors: 0, warnings: 0, infos: 0, weightTotal: 100, partial: false, impossible: false, firstFindingCell: null, readError: null, ...p };
}

describe("desk table: sort and filter", () => {
  const rows = [
    row({ file: "a.xlsx", unit: "天长市水利局", claimed: 100, computed: 100, diff: 0, computedGrade: "优" }),
    row({ file: "b.xlsx", unit: "永德县明朗中学", claimed: 96, computed: 99.8, diff: 3.8, computedGrade: "优", errors: 2 }),
    row({ file: "c.xlsx", unit: null, claimed: null, computed: 80, computedGrade: "良" }),
    row({ file: "d.xlsx", unit: "中江县水利局", claimed: 100, computed: 85, diff: -15, computedGrade: "良", errors: 4 }),
  ];
  test("by 差额 descending, empty last; ascending, empty still last", () => {
    expect(sortDeskRows(rows, { key: "diff", dir: "desc" }).map((r) => r.file)).toEqual(["b.xlsx", "a.xlsx", "d.xlsx", "c.xlsx"]);
    expect(sortDeskRows(rows, { key: "diff", dir: "asc" }).map((r) => r.file)).toEqual(["d.xlsx", "a.xlsx", "b.xlsx", "c.xlsx"]);
  });
  test("grades sort 优 良 中 差, not by character code", () => {
    expect(sortDeskRows(rows, { key: "computedGrade", dir: "desc" }).map((r) => r.computedGrade)).toEqual(["良", "良", "优", "优"]);
  });
  test("filter by words in the unit, by grade, errors only", () => {
    expect(filterDeskRows(rows, { ...NO_FILTER, text: "水利局" }).map((r) => r.file)).toEqual(["a.xlsx", "d.xlsx"]);
    expect(filterDeskRows(rows, { ...NO_FILTER, grade: "良", errorsOnly: true }).map((r) => r.file)).toEqual(["d.xlsx"]);
  });
  test("deskInputs keeps workbooks with their folder paths, skips lock files", () => {
    const lock = new File(["x"], "~$011.xlsx");
    const txt = new File(["x"], "说明.txt");
    expect(deskInputs([corpusFile("012"), lock, txt, corpusFile("011")]).map((x) => x.path)).toEqual(["交来的表/011.xlsx", "交来的表/012.xlsx"]);
  });
});

describe("the desk", () => {
  test("four corpus workbooks: one row each with its numbers, grade counts, sort, filter, a click opens the sheet at its first finding", async () => {
    const onOpen = jest.fn();
    const inputs = deskInputs(["011", "012", "015", "005"].map((id) => corpusFile(id)));
    render(
      <FluentProvider theme={webLightTheme}>
        <Desk lang="zh-CN" batch={{ seq: 1, inputs }} onOpen={onOpen} makeReviewer={async () => inThreadReviewer()} />
      </FluentProvider>,
    );
    await waitFor(() => expect(screen.getByTestId("desk-progress")).toHaveAttribute("data-running", "false"), { timeout: 20_000 });
    expect(screen.getByTestId("desk-progress")).toHaveAttribute("data-done", "4");
    const rows = () => screen.getAllByTestId("desk-row");
    expect(rows().map((r) => r.getAttribute("data-file"))).toEqual(["交来的表/005.xlsx", "交来的表/011.xlsx", "交来的表/012.xlsx", "交来的表/015.xlsx"]);
    const r011 = rows()[1];
    expect(within(r011).getByText("永德县明朗中学")).toBeTruthy();
    expect(r011.querySelector('[data-col="claimed"]')).toHaveTextContent("96");
    expect(r011.querySelector('[data-col="computed"]')).toHaveTextContent("99.8");
    expect(r011.querySelector('[data-col="diff"]')).toHaveTextContent("+3.8");
    expect(r011.querySelector('[data-col="errors"]')).toHaveTextContent("2");
    expect(rows()[0].querySelector('[data-col="computed"]')).toHaveTextContent("80(部分)");
    expect(rows()[2].querySelector('[data-col="computed"]')).toHaveTextContent("110(超出总分值)");
    // 优 counts 011 and 015; 012 (110 of 100) and 005 (partial) are kept out
    expect(screen.getByTestId("grade-counts").querySelector('[data-grade="优"]')).toHaveAttribute("data-count", "2");
    expect(screen.getByTestId("desk-averages")).toHaveTextContent("平均自评分 98，平均复核分 99.9（2 张表格）");
    expect(screen.getByTestId("desk-chart")).toHaveAttribute("data-points", "2");
    expect(screen.getByRole("img", { name: /自评分与复核分/ })).toBeTruthy();

    // sort by 差额: descending first (+10 for 012, +3.8, 0, then the row without a self-score)
    fireEvent.click(screen.getByRole("button", { name: "按差额排序" }));
    expect(rows().map((r) => r.getAttribute("data-file")!.slice(5, 8))).toEqual(["012", "011", "015", "005"]);
    expect(screen.getByRole("button", { name: "按差额排序" }).closest("th")).toHaveAttribute("aria-sort", "descending");

    fireEvent.change(screen.getByLabelText("筛选（文件、单位、项目名称）"), { target: { value: "水利局" } });
    expect(rows().map((r) => r.getAttribute("data-file")!.slice(5, 8))).toEqual(["012", "015"]);
    expect(screen.getByTestId("desk-shown")).toHaveTextContent("显示 2 / 4 行");

    fireEvent.click(rows()[0]);
    expect(onOpen).toHaveBeenCalledWith(inputs.find((x) => x.path.endsWith("012.xlsx"))!.file, expect.any(String), "B12");
  }, 30_000);

  test("the print view lists one sheet's findings in words", async () => {
    const inputs = deskInputs([corpusFile("012")]);
    render(
      <FluentProvider theme={webLightTheme}>
        <Desk lang="zh-CN" batch={{ seq: 1, inputs }} onOpen={() => {}} makeReviewer={async () => inThreadReviewer()} />
      </FluentProvider>,
    );
    fireEvent.click(await screen.findByTestId("desk-print", {}, { timeout: 20_000 }));
    const view = screen.getByTestId("print-view");
    expect(view).toHaveAttribute("data-print-area");
    expect(within(view).getAllByText("错误").length).toBe(4);
    expect(within(view).getAllByText("分值合计不符").length).toBe(3);
    expect(view.textContent).not.toContain("weight-sum-mismatch");
  }, 30_000);
});
