import { cleanIndicators, cleanProject, nationalBudget, patch, projectSheet, ruleTester } from "./builders";

ruleTester("score-exceeds-weight", {
  valid: [
    { name: "every score equals its weight", build: () => projectSheet(cleanProject()) },
    { name: "a score below its weight", build: () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { score: 8, reason: "略" }), total: 98 })) },
    { name: "a score 0.004 above (rounding noise) is tolerated", build: () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { score: 10.004 }), total: 100 })) },
  ],
  invalid: [
    {
      name: "a leaf scored 12 of 10",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { score: 12 }), total: 102 }));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), message: ["基建工程委托业务项目数量得分 12 超过分值 10"] } };
      },
    },
    {
      name: "a decimal score 10.5 of 10 in the 满意度 block",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 8, { score: 10.5 }), total: 100.5 }));
        return { grid: b.grid, expect: { cell: b.ind(8, "score"), message: ["得分 10.5 超过分值 10"] } };
      },
    },
    {
      name: "the budget score 10.26 of 10 (pmkpi's uncapped rate × 10 written into a national sheet)",
      build: () => {
        const b = projectSheet(cleanProject({ budget: nationalBudget({ initial: 329.77, adjusted: 329.77, executed: 338.31, rate: "102.59%", score: 10.26 }), total: 100.26 }));
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), message: ["预算执行得分 10.26 超过分值 10"] } };
      },
    },
  ],
});
