import { makeRibbon, BUTTON_TABS } from "../../src/wps/main";
import { registerPerfFunctions, wpsFunction, WPS_CUSTOM_FUNCTIONS_MIN } from "../../src/wps/functions";
import { PERF_FUNCTIONS } from "../../src/functions/functions";
import { FakeEtModel, FakeEtOptions } from "../hosts/fake-et";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { toWpsFunctions } = require("../../scripts/wps-metadata.js");

function scopeWith(opts: FakeEtOptions = {}) {
  const m = new FakeEtModel(opts);
  m.addSheet("S", [[1]]);
  const scope: Record<string, unknown> & { location: { href: string } } = { Application: m.application(), location: { href: "file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/perfsheet_0.1.0/index.html" } };
  return { m, scope, ribbon: makeRibbon(scope) };
}

describe("the ribbon's callbacks", () => {
  test.each(["CreateTaskPane", "CreateTaskpane"] as const)("核查 / 填写 / 汇总 open one task pane (%s) on their tab", (taskPaneSpelling) => {
    const { m, ribbon } = scopeWith({ taskPaneSpelling });
    expect(ribbon.OnAction({ Id: "perfsheetCheck" })).toBe(true);
    expect(m.taskPanes).toHaveLength(1);
    expect(m.taskPanes[0]).toMatchObject({ Visible: true, url: "file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/perfsheet_0.1.0/taskpane.html?tab=findings" });
    ribbon.OnAction({ Id: "perfsheetFill" });
    expect(m.taskPanes).toHaveLength(1);
    expect(m.taskPanes[0].url).toMatch(/taskpane\.html\?tab=fill$/);
    m.taskPanes[0].Visible = false;
    ribbon.OnAction({ Id: "perfsheetSummary" });
    expect(m.taskPanes[0]).toMatchObject({ Visible: true });
    expect(m.taskPanes[0].url).toMatch(/tab=overview$/);
    expect(BUTTON_TABS).toEqual({ perfsheetCheck: "findings", perfsheetFill: "fill", perfsheetSummary: "overview" });
  });

  test("OnAddinLoad defines the PERF functions from WPS 12.1.0.20540 on, not before", () => {
    const newer = scopeWith({ version: "12.1.0.21915" });
    expect(newer.ribbon.OnAddinLoad({})).toBe(true);
    expect(typeof newer.scope.SCORE).toBe("function");
    expect(Object.keys(newer.scope.PERF as object)).toEqual(Object.keys(PERF_FUNCTIONS));
    const older = scopeWith({ version: "12.1.0.16910" });
    older.ribbon.OnAddinLoad({});
    expect(older.scope.SCORE).toBeUndefined();
    expect(WPS_CUSTOM_FUNCTIONS_MIN).toBe("12.1.0.20540");
  });
});

describe("=PERF.* in WPS: the same functions and ids as in Excel", () => {
  test("the same results as the Excel functions", () => {
    const scope: Record<string, unknown> = {};
    expect(registerPerfFunctions(scope, "12.1.0.20540")).toEqual(Object.keys(PERF_FUNCTIONS));
    const score = scope.SCORE as (...a: unknown[]) => number;
    // 0.93 of a ≥95% target on a weight of 10: 0.93 / 0.95 × 10 = 9.79
    expect(score("≥95%", 0.93, 10)).toBe(9.79);
    expect(score("≥95%", 0.93, 10)).toBe(PERF_FUNCTIONS.SCORE("≥95%", 0.93, 10, undefined));
    expect(wpsFunction("GRADE")(91)).toBe("优");
    expect(wpsFunction("EXECRATE")(98.05, 100)).toBeCloseTo(0.9805, 10);
  });

  test("an omitted argument is null as in Excel; a failure is an error led by the Excel code", () => {
    expect(wpsFunction("EXECSCORE")(90, 100, undefined, undefined)).toBe(9);
    expect(() => wpsFunction("EXECRATE")(1, 0)).toThrow(/^#DIV\/0! 预算数为零或空白/);
    expect(() => wpsFunction("SCORE")("≥**人次", 5, 10)).toThrow(/^#VALUE!/);
  });

  test("functions.json for WPS: the ids as names, Chinese descriptions, types WPS knows", () => {
    const out = toWpsFunctions({
      functions: [
        { id: "SCORE", name: "SCORE", description: "指标得分", parameters: [{ name: "target", description: "年度指标值", type: "any" }, { name: "profile", type: "string", optional: true }], result: { type: "number" } },
        { id: "NARESCALE", name: "NARESCALE", description: "折算", parameters: [{ name: "scores", type: "any", dimensionality: "matrix" }], result: { type: "number" } },
      ],
    });
    expect(out).toEqual({
      functions: [
        { name: "SCORE", description: "指标得分", parameters: [{ name: "target", description: "年度指标值", type: "any" }, { name: "profile", description: "", type: "string", optional: true }], result: { type: "number" } },
        { name: "NARESCALE", description: "折算", parameters: [{ name: "scores", description: "", type: "any", dimensionality: "matrix" }], result: { type: "number" } },
      ],
    });
    expect(() => toWpsFunctions({ functions: [{ id: "BAD-ID", parameters: [] }] })).toThrow(/BAD-ID/);
  });
});
