import { cleanIndicators, cleanProject, nationalBudget, patch, projectSheet, ruleTester } from "./builders";

ruleTester("missing-score", {
  valid: [
    { name: "every weighted row scored", build: () => projectSheet(cleanProject()) },
    {
      name: "QS: an unfilled template (no row scored) is not flagged row by row",
      build: () =>
        projectSheet({
          layout: "sichuan",
          budget: [{ label: "总额", initial: "238.93", adjusted: "251.89", executed: "251.89", rate: "100.00%", weight: 10 }],
          indicators: [
            { l1: "产出指标", l2: "数量指标", name: "发放(缴纳)覆盖率", op: "=", target: "100", unit: "%", weight: 60 },
            { l1: "效益指标", l2: "社会效益指标", name: "足额保障率(参保率)", op: "=", target: "100", unit: "%", weight: 30 },
          ],
        }),
    },
    {
      name: "a not-applicable row ('/' weight) needs no score",
      build: () => projectSheet(cleanProject({ indicators: [...cleanIndicators(), { l1: "其他", name: "指标1:", target: "/", actual: "/", weight: "/" }] })),
    },
    { name: "a score written as text (满分) counts as scored", build: () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { score: "满分" }), total: undefined })) },
  ],
  invalid: [
    {
      name: "one leaf weighted 10 but unscored among scored rows",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 3, { score: undefined }), total: 90 }));
        return { grid: b.grid, expect: { cell: b.ind(3, "score"), message: ["提交报告及时性有分值但未填写得分"] } };
      },
    },
    {
      name: "the budget row weighted 10 but unscored while the indicators are scored",
      build: () => {
        const b = projectSheet(cleanProject({ budget: nationalBudget({ initial: 90, adjusted: 90, executed: 90, rate: "100.00%", score: undefined }), total: 90 }));
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), message: ["预算执行有分值但未填写得分"] } };
      },
    },
  ],
});
