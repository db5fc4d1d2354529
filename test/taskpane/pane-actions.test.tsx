/** @jest-environment jsdom */
import "./setup";
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { review } from "../../src/core/review";
import { BUILTIN_PROFILES } from "../../src/core/rubric";
import type { PaneActions } from "../../src/taskpane/actions";
import { Findings } from "../../src/taskpane/components/Findings";
import { Highlight, HIGHLIGHT } from "../../src/taskpane/components/Highlight";
import { I18nContext, makeI18n } from "../../src/taskpane/i18n";
import type { PaneState } from "../../src/taskpane/state";
import { corpusGrid } from "../helpers";

/** Actions that only record what the component asked for: the components work without any port. */
function recorder(): PaneActions & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const rec = (name: string) => async (...a: unknown[]) => void calls.push([name, ...a]);
  return {
    calls,
    settingsHome: "session",
    customFunctions: undefined,
    selectCell: (cell) => void calls.push(["selectCell", cell]),
    ignore: rec("ignore"),
    resetIgnores: rec("resetIgnores"),
    highlight: rec("highlight"),
    clearHighlights: rec("clearHighlights"),
    setProfile: rec("setProfile"),
    applyEdits: rec("applyEdits"),
    readSheet: async () => {
      throw new Error("not used");
    },
  };
}

async function state012(): Promise<PaneState> {
  const grid = await corpusGrid("012");
  const result = review(grid);
  return { sheet: grid.name, grid, result, settings: {}, profile: result.profile ?? BUILTIN_PROFILES.national, profileIssues: [], error: null, loading: false };
}

const wrap = (node: React.ReactNode) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={makeI18n("zh-CN")}>{node}</I18nContext.Provider>
    </FluentProvider>,
  );

describe("the pane's components act through the actions they are given", () => {
  test("Findings: a finding selects its cell; ignoring asks for the finding and the reason", async () => {
    const actions = recorder();
    wrap(<Findings actions={actions} state={await state012()} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /^定位到单元格 H23：/ }));
    await user.click(screen.getByRole("button", { name: "忽略 B18 分值合计不符" }));
    await user.type(screen.getByLabelText("忽略原因"), "旧口径");
    await user.click(screen.getByRole("button", { name: "确认忽略" }));
    expect(actions.calls[0]).toEqual(["selectCell", "H23"]);
    expect(actions.calls[1][0]).toBe("ignore");
    expect(actions.calls[1][1]).toMatchObject({ rule: "weight-sum-mismatch", cell: "B18" });
    expect(actions.calls[1][2]).toBe("旧口径");
  });

  test("Highlight: 012's four error cells (B12, B18, E23, H23) in red, no warning", async () => {
    const actions = recorder();
    wrap(<Highlight actions={actions} state={await state012()} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "在表格中标记问题单元格" }));
    expect(actions.calls).toEqual([["highlight", { errors: ["B12", "B18", "E23", "H23"], warnings: [] }, HIGHLIGHT]]);
  });
});
