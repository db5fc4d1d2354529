/** @jest-environment jsdom */
import "./setup";
import * as React from "react";
import { readFileSync } from "fs";
import { join } from "path";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Grid } from "../../src/core/grid/grid";
import { SheetView, moveSelection } from "../../src/checker/SheetView";
import { FileWorkbookPort, ViewState } from "../../src/hosts/file/workbook-port";
import { Pane } from "../../src/taskpane/Pane";
import { I18nContext, makeI18n } from "../../src/taskpane/i18n";

// jsdom has no layout: scrolling the selected cell into view is a no-op here
Element.prototype.scrollIntoView ??= function () {};

const grid = new Grid({
  name: "S",
  cells: [
    [{ v: "a" }, { v: "merged" }, null, { v: "d" }],
    [{ v: 1 }, { v: 2 }, { v: 3 }, { v: 4 }],
  ],
  merges: [{ r1: 1, c1: 2, r2: 1, c2: 3 }],
});

describe("moveSelection", () => {
  test.each([
    [null, "ArrowDown", "A1"],
    ["A1", "ArrowRight", "B1"], // into a merged area: its top-left cell
    ["B1", "ArrowRight", "D1"], // steps over the whole merged area
    ["D1", "ArrowLeft", "B1"],
    ["C2", "ArrowUp", "B1"],
    ["B1", "ArrowDown", "B2"],
    ["A1", "ArrowUp", "A1"], // stays inside the sheet
    ["D2", "ArrowRight", "D2"],
    ["A1", "Enter", null],
  ] as const)("%s + %s → %s", (from, key, to) => expect(moveSelection(grid, from, key, 2, 4)).toBe(to));
});

function view(selected: string | null): ViewState {
  return { sheet: "S", selected, highlights: {}, version: 1 };
}

describe("SheetView", () => {
  test("a click selects a cell; with the grid focused, arrow keys move the selection", async () => {
    const onSelect = jest.fn();
    const user = userEvent.setup();
    const { rerender } = render(<SheetView grid={grid} findings={[]} view={view(null)} label="工作表内容" onSelect={onSelect} />);
    await user.click(document.querySelector('[data-cell="C2"]')!);
    expect(onSelect).toHaveBeenLastCalledWith("C2");
    rerender(<SheetView grid={grid} findings={[]} view={view("C2")} label="工作表内容" onSelect={onSelect} />);
    const g = screen.getByRole("grid", { name: "工作表内容" });
    expect(g).toHaveAttribute("aria-activedescendant", "sheet-cell-C2");
    expect(document.getElementById("sheet-cell-C2")).toHaveAttribute("aria-selected", "true");
    // clicking a cell focuses the grid; Tab reaches it too
    expect(g).toHaveFocus();
    (document.activeElement as HTMLElement).blur();
    await user.tab();
    expect(g).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(onSelect).toHaveBeenLastCalledWith("B1");
    fireEvent.keyDown(g, { key: "ArrowLeft" });
    expect(onSelect).toHaveBeenLastCalledWith("B2");
  });

  test("finding marks carry the message in the pane's language", () => {
    const f = { rule: "total-mismatch", severity: "error" as const, cell: "D2", message: "合计不符", messageEn: "total differs" };
    render(<SheetView grid={grid} findings={[f]} view={view(null)} label="x" lang="en-US" />);
    expect(document.querySelector('[data-cell="D2"]')).toHaveAttribute("title", "total differs");
  });
});

test("checker: clicking a score cell in the sheet view explains it in the pane", async () => {
  const port = await FileWorkbookPort.open(new Uint8Array(readFileSync(join(__dirname, "../fixtures/corpus/cases/011.xlsx"))), "011.xlsx");
  const g = await port.readSheet();
  function Harness() {
    const [v, setV] = React.useState(port.viewState());
    React.useEffect(() => port.onView(setV), []);
    return (
      <>
        <SheetView grid={g} findings={[]} view={v} label="grid" onSelect={(c) => void port.selectCell(g.name, c)} />
        <Pane port={port} initialTab="explain" debounceMs={0} />
      </>
    );
  }
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={makeI18n("zh-CN")}>
        <Harness />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  await screen.findByTestId("explain");
  await act(async () => {
    await user.click(document.querySelector('[data-cell="I16"]')!);
  });
  await waitFor(() => expect(screen.getByTestId("explain-body")).toHaveAttribute("data-cell", "I16"));
  expect(screen.getByTestId("explain-computed")).toHaveTextContent("10");
  // arrow down from I16 to I17, another score cell
  screen.getByRole("grid", { name: "grid" }).focus();
  await user.keyboard("{ArrowDown}");
  await waitFor(() => expect(screen.getByTestId("explain-body")).toHaveAttribute("data-cell", "I17"));
});
