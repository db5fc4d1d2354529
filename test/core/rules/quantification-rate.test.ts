import { cleanIndicators, cleanProject, indicatorSystem, projectSheet, ruleTester } from "./builders";

ruleTester("quantification-rate", {
  valid: [
    {
      name: "an indicator system without target values reports no 量化率",
      build: () => indicatorSystem([{ l1: "A部门决策（2分）", l2: "A1部门目标（2分）", name: "A11部门目标明确性（2分）", score: 2 }], { weight: "2分", score: 2 }),
    },
  ],
  invalid: [
    {
      name: "CZ-style sheet: 4 of 9 targets are numbers (44.4%), reported as info",
      build: () => {
        const b = projectSheet(cleanProject());
        return { grid: b.grid, expect: { cell: b.ind(0, "target"), severity: "info", message: ["指标量化率 44.4%", "4/9 个指标有数值目标"] } };
      },
    },
    {
      name: "all targets quantified: 100.0%",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: cleanIndicators().map((i, k) => ({ ...i, target: `≥${90 + k}%`, actual: "100%" })) }));
        return { grid: b.grid, expect: { cell: b.ind(0, "target"), message: ["指标量化率 100.0%", "9/9"] } };
      },
    },
  ],
});
