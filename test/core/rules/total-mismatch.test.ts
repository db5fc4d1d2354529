import { cleanIndicators, cleanProject, nationalBudget, patch, projectSheet, ruleTester } from "./builders";

ruleTester("total-mismatch", {
  valid: [
    { name: "总分 100 = budget 10 + nine leaves of 10", build: () => projectSheet(cleanProject()) },
    {
      name: "总分 96 with self-deductions that add up (011: 10+10+7+…)",
      build: () =>
        projectSheet(cleanProject({ indicators: patch(patch(cleanIndicators(), 1, { score: 7, reason: "资金到位稍晚" }), 2, { score: 9, reason: "个别支出不规范" }), total: 96 })),
    },
    { name: "decimal scores: 9.79 + … within 0.01", build: () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { score: 9.79, reason: "未完成" }), total: 99.79 })) },
    {
      name: "fund block: 年度资金总额 = 本年财政拨款 + 上年结转 + 其他 (880 = 800 + 50 + 30)",
      build: () =>
        projectSheet(
          cleanProject({
            budget: nationalBudget({ initial: 880, adjusted: 880, executed: 880, rate: "100.00%", score: 10 }, [
              { label: "其中:本年财政拨款", initial: 800, adjusted: 800, executed: 800, weight: "-", score: "-" },
              { label: "上年结转资金", initial: 50, adjusted: 50, executed: 50, weight: "-", score: "-" },
              { label: "其他资金", initial: 30, adjusted: 30, executed: 30, weight: "-", score: "-" },
            ]),
          }),
        ),
    },
    {
      name: "fund block at the shown precision: 89.974 = 89.97 + 0.004",
      build: () =>
        projectSheet(
          cleanProject({
            budget: nationalBudget({ initial: 90, adjusted: 89.974, executed: 89.974, rate: "100.00%", score: 10 }, [
              { label: "其中:本年财政拨款", initial: 90, adjusted: 89.97, executed: 89.97 },
              { label: "上年结转资金", adjusted: 0.004, executed: 0.004 },
            ]),
          }),
        ),
    },
  ],
  invalid: [
    {
      name: "总分 98 although the scores add up to 100",
      build: () => {
        const b = projectSheet(cleanProject({ total: 98 }));
        return { grid: b.grid, expect: { cell: b.total("score"), message: ["各项得分合计 100", "与总分 98 不符"], messageId: "scoreTotal", data: { sum: 100, total: 98 } } };
      },
    },
    {
      name: "总分 100 although a leaf was scored 7 (sum 97)",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 1, { score: 7, reason: "略" }) }));
        return { grid: b.grid, expect: { cell: b.total("score"), message: ["各项得分合计 97", "与总分 100 不符"] } };
      },
    },
    {
      name: "CZ (005): 年度资金总额 0/0/0 while 本年财政拨款 is 90/89.974/89.974",
      build: () => {
        const b = projectSheet(
          cleanProject({
            budget: nationalBudget({ initial: "0", adjusted: "0", executed: "0", weight: 10, rate: "0", score: "0" }, [
              { label: "其中:本年财政拨款", initial: "90", adjusted: "89.974", executed: "89.974" },
              { label: "上年结转资金" },
              { label: "其他资金" },
            ]),
            total: 90,
          }),
        );
        return { grid: b.grid, expect: { cell: b.fund(0, "adjusted"), message: ["年度资金总额 0", "与其明细合计 89.97 不符", "共 3 列不符"] } };
      },
    },
    {
      name: "only the 年初预算数 column disagrees: 880 against 800 + 50",
      build: () => {
        const b = projectSheet(
          cleanProject({
            budget: nationalBudget({ initial: 880, adjusted: 850, executed: 850, rate: "100.00%", score: 10 }, [
              { label: "其中:本年财政拨款", initial: 800, adjusted: 800, executed: 800 },
              { label: "上年结转资金", initial: 50, adjusted: 50, executed: 50 },
            ]),
          }),
        );
        return { grid: b.grid, expect: { cell: b.fund(0, "initial"), message: ["年度资金总额 880", "与其明细合计 850 不符"] } };
      },
    },
  ],
});

describe("a total row with more than one column wrong", () => {
  const { review } = require("../../../src/core/review") as typeof import("../../../src/core/review");
  const cells = (budget: ReturnType<typeof nationalBudget>) => {
    const b = projectSheet(cleanProject({ budget }));
    return { b, found: review(b.grid, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell) };
  };
  test("two stated totals each typed wrong (890 and 860 against 800 + 50): each is reported at its own cell", () => {
    const { b, found } = cells(
      nationalBudget({ initial: 890, adjusted: 860, executed: 850, rate: "100.00%", score: 10 }, [
        { label: "其中:本年财政拨款", initial: 800, adjusted: 800, executed: 800 },
        { label: "上年结转资金", initial: 50, adjusted: 50, executed: 50 },
      ]),
    );
    expect(found).toEqual([b.fund(0, "initial"), b.fund(0, "adjusted")]);
  });
  test("a total row left at 0 in every column: one finding for the row", () => {
    const { b, found } = cells(
      nationalBudget({ initial: "0", adjusted: "0", executed: "0", weight: 10, rate: "0", score: "0" }, [{ label: "其中:本年财政拨款", initial: "90", adjusted: "89.974", executed: "89.974" }]),
    );
    // (the 总分 disagrees too: the budget line scored 0)
    expect(found.filter((c) => c !== b.total("score"))).toEqual([b.fund(0, "adjusted")]);
  });
});
