/** @jest-environment jsdom */
import "./setup";
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Pane } from "../../src/taskpane/Pane";
import { I18nContext, makeI18n } from "../../src/taskpane/i18n";
import { customFunctionsSupported } from "../../src/hosts/excel/excel-port";
import { portFor } from "./render";

function renderFill(port: Awaited<ReturnType<typeof portFor>>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={makeI18n("zh-CN")}>
        <Pane port={port} initialTab="fill" defaultMode="perf" debounceMs={0} />
      </I18nContext.Provider>
    </FluentProvider>,
  );
}

describe("=PERF.* only where custom functions run", () => {
  test("CustomFunctionsRuntime 1.1 missing: plain formulas are the default, the PERF option is disabled with a reason", async () => {
    const port = await portFor("012");
    Object.defineProperty(port, "customFunctions", { value: false });
    renderFill(port);
    const perf = await screen.findByRole("radio", { name: /PERF\.\* 公式/ });
    expect(perf).toBeDisabled();
    expect(screen.getByRole("radio", { name: /普通 Excel 公式/ })).toBeChecked();
    expect(screen.getByTestId("perf-unsupported")).toHaveTextContent("不支持自定义函数");
    expect(perf).toHaveAttribute("aria-describedby", "perfsheet-perf-unsupported");
  });

  test("supported: PERF formulas stay the default", async () => {
    const port = await portFor("012");
    renderFill(port);
    const perf = await screen.findByRole("radio", { name: /PERF\.\* 公式/ });
    expect(perf).toBeEnabled();
    expect(perf).toBeChecked();
    expect(screen.queryByTestId("perf-unsupported")).toBeNull();
  });

  test("the Excel host asks for CustomFunctionsRuntime 1.1", () => {
    const asked: [string, string][] = [];
    const g = globalThis as unknown as { Office?: unknown };
    g.Office = { context: { requirements: { isSetSupported: (name: string, v: string) => (asked.push([name, v]), false) } } };
    try {
      expect(customFunctionsSupported()).toBe(false);
      expect(asked).toEqual([["CustomFunctionsRuntime", "1.1"]]);
    } finally {
      delete g.Office;
    }
    expect(customFunctionsSupported()).toBe(true); // outside Office: assumed
  });
});
