import { review } from "../../../src/core/review";
import { isDateFormat } from "../../../src/core/rules/error-value";
import { cleanIndicators, cleanProject, patch, projectSheet, ruleTester } from "./builders";

const withScore = (score: Parameters<typeof patch>[2]["score"]) => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { score }), total: undefined }));

ruleTester("error-value", {
  valid: [
    { name: "a clean sheet", build: () => projectSheet(cleanProject()) },
    { name: "a score shown with two decimals is a number, not a date", build: () => withScore({ v: 10, fmt: "0.00" }) },
    { name: "a percent-formatted rate is not a date", build: () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { actual: { v: 1, fmt: "0.00%" } }) })) },
  ],
  invalid: [
    {
      name: "#REF! in a score cell",
      build: () => {
        const b = withScore({ error: "#REF!" });
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), messageId: "error", data: { code: "#REF!", role: "得分" }, message: ["得分单元格为错误值 #REF!"] } };
      },
    },
    {
      name: "#DIV/0! in the budget score (a rate over an empty budget)",
      build: () => {
        const b = projectSheet(cleanProject({ budget: cleanProject().budget!.map((r, i) => (i === 0 ? { ...r, score: { error: "#DIV/0!" } } : r)), total: undefined }));
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), data: { code: "#DIV/0!" } } };
      },
    },
    {
      name: "#N/A typed as text in a weight cell is an error value as well",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 1, { weight: "#N/A" }), total: undefined }));
        return { grid: b.grid, expect: { cell: b.ind(1, "weight"), data: { code: "#N/A", role: "分值" } } };
      },
    },
    {
      name: "#VALUE! in an amount of the budget block",
      build: () => {
        const b = projectSheet(cleanProject({ budget: cleanProject().budget!.map((r, i) => (i === 0 ? { ...r, executed: { error: "#VALUE!" } } : r)), total: undefined }));
        return { grid: b.grid, expect: { cell: b.fund(0, "executed"), data: { code: "#VALUE!", role: "金额" } } };
      },
    },
    {
      name: "a weight formatted as a date (10 shows as 1900-01-10) is a warning",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 2, { weight: { v: 10, fmt: "yyyy-mm-dd" } }) }));
        return { grid: b.grid, expect: { cell: b.ind(2, "weight"), severity: "warning", messageId: "date", data: { shown: "1900-01-10" } } };
      },
    },
  ],
});

describe("formulas without a cached result", () => {
  test("are reported once per sheet as info with their count and first cells, and are not missing scores", () => {
    const b = projectSheet(cleanProject({ total: undefined }));
    const cells = [0, 1, 2, 3, 4, 5, 6].map((i) => b.ind(i, "score"));
    const g = b.grid.withCells(cells.map((cell) => ({ cell, value: { v: null, f: "F13/E13*G13" } })));
    const r = review(g, "national");
    const f = r.findings.filter((x) => x.rule === "error-value");
    expect(f).toHaveLength(1);
    expect(f[0]).toEqual(expect.objectContaining({ severity: "info", cell: cells[0], messageId: "uncalculated" }));
    expect(f[0].data).toEqual({ count: 7, cells: `${cells.slice(0, 5).join("、")} 等` });
    expect(f[0].message).toContain("公式未计算");
    expect(f[0].message).toContain("请在 Excel 或 WPS 中打开并保存");
    expect(r.findings.filter((x) => x.rule === "missing-score")).toEqual([]);
    // what can be computed still is: the two scored rows' formulas give their full weights
    expect(r.scores.indicators.get(parseInt(b.ind(8, "score").slice(1), 10))).toEqual(expect.objectContaining({ ok: true, score: 10 }));
  });

  test("a budget score formula without a cached value is not a missing score", () => {
    const b = projectSheet(cleanProject({ total: undefined }));
    const g = b.grid.withCells([{ cell: b.fund(0, "score"), value: { v: null, f: "MIN(G6,1)*F6" } }]);
    const r = review(g, "national");
    expect(r.findings.filter((x) => x.rule === "missing-score")).toEqual([]);
    expect(r.findings.filter((x) => x.rule === "error-value").map((x) => x.data)).toEqual([{ count: 1, cells: b.fund(0, "score") }]);
  });
});

describe("isDateFormat", () => {
  test.each([
    ["yyyy-mm-dd", true],
    ["mm-dd-yy", true],
    ['yyyy"年"m"月"d"日"', true],
    ["[$-F800]dddd, mmmm dd, yyyy", true],
    ["h:mm", true],
    ["0.00", false],
    ["0.00%", false],
    ["General", false],
    ["[Red]0.00", false],
    ['0.00"分"', false],
    ["[$¥-804]#,##0.00", false],
  ])("%s → %s", (f, expected) => {
    expect(isDateFormat(f)).toBe(expected);
  });
});
