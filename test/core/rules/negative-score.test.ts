import { cleanIndicators, cleanProject, nationalBudget, patch, projectSheet, ruleTester } from "./builders";

ruleTester("negative-score", {
  valid: [
    { name: "all scores ≥ 0", build: () => projectSheet(cleanProject()) },
    { name: "a score of 0 is allowed (扣完为止)", build: () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { score: 0, reason: "未开展" }), total: 90 })) },
  ],
  invalid: [
    {
      name: "a leaf scored −2 (deductions beyond the weight)",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { score: -2, reason: "扣分" }), total: 88 }));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), message: ["基建工程委托业务项目数量得分 -2 为负数"] } };
      },
    },
    {
      name: "a negative budget score",
      build: () => {
        const b = projectSheet(cleanProject({ budget: nationalBudget({ initial: 90, adjusted: 90, executed: 90, rate: "100.00%", score: -1 }), total: 89 }));
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), message: ["得分 -1 为负数"] } };
      },
    },
    {
      name: "a negative 总分",
      build: () => {
        const b = projectSheet(cleanProject({ total: -5, grade: "差" }));
        return { grid: b.grid, expect: { cell: b.total("score"), message: ["总分得分 -5 为负数"] } };
      },
    },
  ],
});
