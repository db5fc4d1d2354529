import { parseProfile } from "../../../src/core/rubric";
import { cleanProject, nationalBudget, projectSheet, ruleTester } from "./builders";

const budget = (t: Parameters<typeof nationalBudget>[0]) => projectSheet(cleanProject({ budget: nationalBudget(t), total: 100 }));
const initialDenominator = parseProfile({ extends: "national", id: "initial-denominator", budget: { weight: 10, denominator: "initial", formula: "capped", reasonBelowRate: null } });

ruleTester("exec-rate-mismatch", {
  valid: [
    { name: "\"100.00%\" for 90/90", build: () => budget({ initial: 90, adjusted: 90, executed: 90, rate: "100.00%", score: 10 }) },
    { name: "\"99.97%\" for 89.974/90 (99.971%) at 2 decimals", build: () => budget({ initial: 90, adjusted: 90, executed: 89.974, rate: "99.97%", score: 10 }) },
    { name: "\"100%\" for 89.974/90 at 0 decimals", build: () => budget({ initial: 90, adjusted: 90, executed: 89.974, rate: "100%", score: 10 }) },
    { name: "0.9 with a percent format for 90/100", build: () => budget({ initial: 100, adjusted: 100, executed: 90, rate: { v: 0.9, fmt: "0.00%" }, score: 9 }) },
    { name: "90 typed without a percent sign for 90/100", build: () => budget({ initial: 100, adjusted: 100, executed: 90, rate: 90, score: 9 }) },
    { name: "102.59% for 338.31/329.77 (022: execution above budget)", build: () => budget({ initial: 329.77, adjusted: 329.77, executed: 338.31, rate: "102.59%", score: 10 }) },
    {
      name: "national: 全年预算数 is the denominator, 年初预算数 is not (100/100 after an adjustment from 80)",
      build: () => budget({ initial: 80, adjusted: 100, executed: 100, rate: "100.00%", score: 10 }),
    },
    {
      name: "Sichuan: 调整后预算数 251.89 is the denominator (QS)",
      build: () =>
        projectSheet({
          layout: "sichuan",
          budget: [{ label: "总额", initial: "238.93", adjusted: "251.89", executed: "251.89", rate: "100.00%", weight: 10, score: 10 }],
          indicators: [{ l1: "产出指标", l2: "数量指标", name: "发放(缴纳)覆盖率", op: "=", target: "100", unit: "%", actual: "100", weight: 90, score: 90 }],
          total: 100,
        }),
      profile: "sichuan",
    },
    {
      name: "a profile with the 年初预算数 denominator (WL13): 100/80 = 125.00%",
      build: () => budget({ initial: 80, adjusted: 100, executed: 100, rate: "125.00%", score: 10 }),
      profile: initialDenominator,
    },
  ],
  invalid: [
    {
      name: "\"95.00%\" for 90/100",
      build: () => {
        const b = budget({ initial: 100, adjusted: 100, executed: 90, rate: "95.00%", score: 9 });
        return { grid: b.grid, expect: { cell: b.fund(0, "rate"), message: ["执行率应为 90/100 = 90.00%", "表中为 95.00%"], messageId: "ratio", data: { numerator: "90", denominator: "100", computed: "90.00%", stated: "95.00%" } } };
      },
    },
    {
      name: "\"99.96%\" for 89.974/90 (99.97% at the shown precision)",
      build: () => {
        const b = budget({ initial: 90, adjusted: 90, executed: 89.974, rate: "99.96%", score: 10 });
        return { grid: b.grid, expect: { cell: b.fund(0, "rate"), message: ["89.974/90 = 99.97%", "表中为 99.96%"] } };
      },
    },
    {
      name: "a percent-formatted 0.8 for 90/100",
      build: () => {
        const b = budget({ initial: 100, adjusted: 100, executed: 90, rate: { v: 0.8, fmt: "0.00%" }, score: 9 });
        return { grid: b.grid, expect: { cell: b.fund(0, "rate"), message: ["= 90.00%", "表中为 80.00%"] } };
      },
    },
    {
      name: "the rate computed on 年初预算数 (100/80 = 125%) where the national denominator is 全年预算数",
      build: () => {
        const b = budget({ initial: 80, adjusted: 100, executed: 100, rate: "125.00%", score: 10 });
        return { grid: b.grid, expect: { cell: b.fund(0, "rate"), message: ["100/100 = 100.00%", "表中为 125.00%"] } };
      },
    },
    {
      name: "Sichuan: the rate on 年初预算 238.93 instead of 调整后预算数 251.89",
      build: () => {
        const b = projectSheet({
          layout: "sichuan",
          budget: [{ label: "总额", initial: "238.93", adjusted: "251.89", executed: "238.93", rate: "100.00%", weight: 10, score: 10 }],
          indicators: [{ l1: "产出指标", l2: "数量指标", name: "发放(缴纳)覆盖率", op: "=", target: "100", unit: "%", actual: "100", weight: 90, score: 90 }],
          total: 100,
        });
        return { grid: b.grid, expect: { cell: b.fund(0, "rate"), message: ["238.93/251.89 = 94.85%", "表中为 100.00%"] } };
      },
      profile: "sichuan",
    },
  ],
});
