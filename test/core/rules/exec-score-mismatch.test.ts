import { cleanProject, nationalBudget, projectSheet, ruleTester } from "./builders";

const budget = (t: Parameters<typeof nationalBudget>[0], title?: string) => projectSheet(cleanProject({ budget: nationalBudget(t), total: undefined, title }));

ruleTester("exec-score-mismatch", {
  valid: [
    { name: "LJ: 7.29/7.29 = 100% → 10", build: () => budget({ initial: 7.29, adjusted: 7.29, executed: 7.29, rate: "100.00%", score: 10 }) },
    { name: "90/100 → 9", build: () => budget({ initial: 100, adjusted: 100, executed: 90, rate: "90.00%", score: 9 }) },
    { name: "CQ-style 76/100 → 7.6", build: () => budget({ initial: 100, adjusted: 100, executed: 76, rate: "76%", score: 7.6 }) },
    { name: "89.974/90 → 9.997 shown as 10", build: () => budget({ initial: 90, adjusted: 90, executed: 89.974, rate: "99.97%", score: 10 }) },
    { name: "022: 102.59% is capped at 10 (national)", build: () => budget({ initial: 329.77, adjusted: 329.77, executed: 338.31, rate: "102.59%", score: 10 }) },
    {
      name: "pmkpi: 102.59% × 10 = 10.26, uncapped (S-BUDGET-PK)",
      build: () => budget({ initial: 329.77, adjusted: 329.77, executed: 338.31, rate: "102.59%", score: 10.26 }),
      profile: "pmkpi",
    },
    {
      name: "pmkpi profile, but the sheet states its own cap (045: 执行率*该指标分值,最高不得超过分值上限)",
      build: () => budget({ initial: 329.77, adjusted: 329.77, executed: 338.31, rate: "102.59%", score: 10, reason: "执行率*该指标分值,最高不得超过分值上限。" }),
      profile: "pmkpi",
    },
    {
      name: "Hubei: 85/100 × 20 = 17 (S-BUDGET-HB)",
      build: () => budget({ initial: 100, adjusted: 100, executed: 85, weight: 20, rate: "85.00%", score: 17 }),
      profile: "hubei",
    },
  ],
  invalid: [
    {
      name: "full marks although only 90% was executed",
      build: () => {
        const b = budget({ initial: 100, adjusted: 100, executed: 90, rate: "90.00%", score: 10 });
        return {
          grid: b.grid,
          expect: {
            cell: b.fund(0, "score"),
            message: ["年度资金总额", "按全国口径，执行率 90.00% × 分值 10（不超过分值） = 9", "表中得分为 10"],
            messageId: "profile",
            data: { rate: "90.00%", weight: 10, expected: 9, stated: 10 },
          },
        };
      },
    },
    {
      name: "96.40% scored 9 with no rule printed and no profile chosen: info naming the assumed rule (按全国口径应为 9.64)",
      build: () => {
        const b = budget({ initial: 100, adjusted: 100, executed: 96.4, rate: "96.40%", score: 9 });
        return {
          grid: b.grid,
          expect: { cell: b.fund(0, "score"), severity: "info", messageId: "assumed", message: ["表内未注明计分方法", "按全国口径（假定）", "应为 9.64", "表中得分为 9"] },
        };
      },
      profile: "auto",
    },
    {
      name: "audit_agent's fixture: 50/100 executed scored 9 — above what any known rule gives at 50% (at most 5), an error even without a profile",
      build: () => {
        const b = budget({ initial: 100, adjusted: 100, executed: 50, rate: "50.00%", score: 9 });
        return {
          grid: b.grid,
          expect: { cell: b.fund(0, "score"), severity: "error", messageId: "beyondAnyRule", data: { ceiling: 5, stated: 9, expected: 5 }, message: ["最高 5 分", "表中得分为 9"] },
        };
      },
      profile: "auto",
    },
    {
      name: "50% scored 3 without a profile: a step rule could give that, so info",
      build: () => {
        const b = budget({ initial: 100, adjusted: 100, executed: 50, rate: "50.00%", score: 3 });
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), severity: "info", messageId: "assumed" } };
      },
      profile: "auto",
    },
    {
      name: "96.40% scored 9 where the sheet prints 得分 = 执行率 × 分值: an error by its own rule",
      build: () => {
        const b = budget({ initial: 100, adjusted: 100, executed: 96.4, rate: "96.40%", score: 9, reason: "得分=执行率×分值" });
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), severity: "error", messageId: "printed", message: ["按表内注明的计分方法", "= 9.64"] } };
      },
      profile: "auto",
    },
    {
      name: "96.40% scored 9 where a note under the form prints the rule in traditional characters (預算執行率得分＝執行率×分值): an error by its own rule",
      build: () => {
        const b = projectSheet(cleanProject({ budget: nationalBudget({ initial: 100, adjusted: 100, executed: 96.4, rate: "96.40%", score: 9 }), total: undefined, note: "注：預算執行率得分＝執行率×分值，最高不超過分值。" }));
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), severity: "error", messageId: "printed", data: { rate: "96.40%", weight: 10, expected: 9.64, stated: 9 } } };
      },
      profile: "auto",
    },
    {
      name: "96.40% scored 9 in a sheet from 大英县 (Sichuan detected): an error under the detected profile",
      build: () => {
        const b = budget({ initial: 100, adjusted: 100, executed: 96.4, rate: "96.40%", score: 9 }, "大英县项目支出绩效自评表");
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), severity: "error", messageId: "profile", message: ["按四川口径", "= 9.64"] } };
      },
      profile: "auto",
    },
    {
      name: "20 × 30/278.4449 = 2.155 written 2.16 where the sheet prints its rule: one unit of the last digit, a rounding hint (real sheet yn-longyang G8)",
      build: () => {
        const b = budget({ initial: 278.4449, adjusted: 278.4449, executed: 30, rate: "10.77%", score: { v: 2.16, fmt: "0.00" }, weight: 20, reason: "得分=20分*执行率" });
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), severity: "info", messageId: "lastDigit", data: { exact: 2.1548, stated: 2.16 }, message: ["只在末位相差"] } };
      },
      profile: "auto",
    },
    {
      name: "the same rule written 2.17: two units off, an error by its own rule",
      build: () => {
        const b = budget({ initial: 278.4449, adjusted: 278.4449, executed: 30, rate: "10.77%", score: { v: 2.17, fmt: "0.00" }, weight: 20, reason: "得分=20分*执行率" });
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), severity: "error", messageId: "printed" } };
      },
      profile: "auto",
    },
    {
      name: "CQ: 76% scored 8",
      build: () => {
        const b = budget({ initial: 100, adjusted: 100, executed: 76, rate: "76%", score: 8 });
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), message: ["= 7.6", "表中得分为 8"] } };
      },
    },
    {
      name: "pmkpi: 102.59% written as 10 (uncapped rule gives 10.26)",
      build: () => {
        const b = budget({ initial: 329.77, adjusted: 329.77, executed: 338.31, rate: "102.59%", score: 10 });
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), message: ["执行率 102.59% × 分值 10 = 10.26", "表中得分为 10"] } };
      },
      profile: "pmkpi",
    },
    {
      name: "Hubei: 85% of 20 written as 8.5 (the ×10 rule)",
      build: () => {
        const b = budget({ initial: 100, adjusted: 100, executed: 85, weight: 20, rate: "85.00%", score: 8.5 });
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), message: ["× 分值 20", "= 17", "表中得分为 8.5"] } };
      },
      profile: "hubei",
    },
    {
      name: "half executed (25/50) but scored full",
      build: () => {
        const b = budget({ initial: 50, adjusted: 50, executed: 25, rate: "50.00%", score: 10 });
        return { grid: b.grid, expect: { cell: b.fund(0, "score"), message: ["执行率 50.00%", "= 5", "表中得分为 10"] } };
      },
    },
  ],
});
