import { cleanIndicators, cleanProject, patch, projectSheet, ruleTester } from "./builders";

/** Sichuan layout (指标性质 | 指标值 | 度量单位): one row, target 28 万亩, actual 8, scored 10 of 10, with the given operator. */
const directionSheet = (op: string) => ({
  layout: "sichuan" as const,
  budget: [{ label: "总额", initial: 10, adjusted: 10, executed: 10, rate: "100.00%", weight: 10, score: 10 }],
  indicators: [
    { l1: "产出指标", l2: "数量指标", name: "国家级公益林管护面积", op, target: "28", unit: "万亩", actual: "8", weight: 10, score: 10, reason: "略" },
    { l1: "产出指标", l2: "质量指标", name: "管护任务完成率", op: "≥", target: "90", unit: "%", actual: "100", weight: 80, score: 80 },
  ],
  total: 100,
});

const one = (p: Parameters<typeof patch>[2]) => cleanProject({ indicators: patch(cleanIndicators(), 0, p), total: undefined });

ruleTester("indicator-score-mismatch", {
  valid: [
    { name: "targets met, full scores", build: () => projectSheet(cleanProject()) },
    { name: "A-S2: ≥100 vs 95 scored 9.5", build: () => projectSheet(one({ target: "≥100", actual: "95", score: 9.5, reason: "略" })) },
    { name: "≥95 vs 93 scored 9.79 (93/95·10 = 9.789…)", build: () => projectSheet(one({ target: "≥95", actual: "93", score: 9.79, reason: "略" })) },
    { name: "A-S3 pmkpi: ≤90万元 vs 99 scored 9", build: () => projectSheet(one({ target: "≤90万元", actual: "99", score: 9, reason: "略" })) },
    { name: "A-S3 DOCZJ: ≤90万元 vs 99 scored 9.09", build: () => projectSheet(one({ target: "≤90万元", actual: "99", score: 9.09, reason: "略" })), profile: "doczj" },
    { name: "A-S4: =0 vs 1 scored 0", build: () => projectSheet(one({ target: "=0", actual: "1", score: 0, reason: "发生1起" })) },
    { name: "qualitative rows are left to qualitative-band (达成 scored 9)", build: () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 2, { score: 9, reason: "略" }), total: 99 })) },
    { name: "platform-2022: ≥100 vs 130 scored 8 (−2, S-OVER-PLAT)", build: () => projectSheet(one({ target: "≥100", actual: "130", score: 8, reason: "目标设置偏低" })), profile: "platform-2022" },
    {
      name: "Yunnan split columns (≧ | 735 | 人次) scored full",
      build: () =>
        projectSheet({
          layout: "sichuan",
          budget: [{ label: "总额", initial: 10, adjusted: 10, executed: 10, rate: "100.00%", weight: 10, score: 10 }],
          indicators: [{ l1: "产出指标", l2: "数量指标", name: "学生受资助人数", op: "≧", target: "735", unit: "人次", actual: "735", weight: 90, score: 90 }],
          total: 100,
        }),
    },
  ],
  invalid: [
    {
      name: "A-S2: ≥100 vs 95 scored 10",
      build: () => {
        const b = projectSheet(one({ target: "≥100", actual: "95", score: 10 }));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), message: ["按全国口径的正向指标 B/A×分值", "目标 100", "实际 95", "应得 9.5 分", "填报 10 分"], messageId: "formula", data: { expected: 9.5, stated: 10 } } };
      },
    },
    {
      name: "A-S3 pmkpi: ≤90万元 vs 99 scored 9.09 (the DOCZJ value)",
      build: () => {
        const b = projectSheet(one({ target: "≤90万元", actual: "99", score: 9.09, reason: "略" }));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), message: ["反向指标 (1−(B−A)/A)×分值", "目标 90万元", "实际 99万元", "应得 9 分", "填报 9.09 分"] } };
      },
    },
    {
      name: "A-S3 DOCZJ: ≤90万元 vs 99 scored 9 (the pmkpi value)",
      build: () => {
        const b = projectSheet(one({ target: "≤90万元", actual: "99", score: 9, reason: "略" }));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), message: ["反向指标 A/B×分值", "应得 9.09 分", "填报 9 分"] } };
      },
      profile: "doczj",
    },
    {
      name: "A-S3: ≤90万元 vs 180 (B = 2A) scored 5",
      build: () => {
        const b = projectSheet(one({ target: "≤90万元", actual: "180", score: 5, reason: "超支" }));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), message: ["应得 0 分", "填报 5 分"] } };
      },
    },
    {
      name: "LJ self-deduction: target met (≥95% vs 100%) but scored 9 of 10 — a warning, not an error",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 8, { target: "≥95%", actual: "100%", score: 9, reason: "自评扣分" }), total: 99 }));
        return { grid: b.grid, expect: { cell: b.ind(8, "score"), severity: "warning", message: ["应得 10 分", "填报 9 分"] } };
      },
    },
    {
      name: "a percent-formatted actual (0.93 in 0.00%) against ≥95% scored 10",
      build: () => {
        const b = projectSheet(one({ target: "≥95%", actual: { v: 0.93, fmt: "0.00%" }, score: 10 }));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), message: ["目标 95%", "实际 93%", "应得 9.79 分"] } };
      },
    },
    {
      name: "no profile chosen and no region in the sheet: a score below the formula (self-deduction) rests on the assumed formula, so info naming it",
      build: () => {
        const b = projectSheet(one({ target: "≥100", actual: "95", score: 9, reason: "自评扣分" }));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), severity: "info", messageId: "formula", message: ["按全国口径（假定）的正向指标"], data: { rules: "按全国口径（假定）", expected: 9.5, stated: 9 } } };
      },
      profile: "auto",
    },
    {
      name: "a direction column (指标性质) filled with ≥ on the row: target 28, actual 8, full marks is a warning (the direction is stated)",
      build: () => {
        const b = projectSheet(directionSheet("≥"));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), severity: "warning", messageId: "formula", data: { expected: 2.86, stated: 10 } } };
      },
    },
    {
      name: "a direction column (指标性质) left blank on the row, no operator in the target: the miss rests on an assumed direction, so info naming it",
      build: () => {
        const b = projectSheet(directionSheet(""));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), severity: "info", messageId: "directionUnstated", message: ["指标性质栏未填写", "假定的指标方向"], data: { expected: 2.86, stated: 10 } } };
      },
    },
    {
      name: "audit_agent's fixture: target 100, actual 80, full marks — above what every known formula gives, so a warning even without a profile",
      build: () => {
        const b = projectSheet(one({ target: "≥100", actual: "80", score: 10 }));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), severity: "warning", messageId: "aboveAnyFormula", data: { ceiling: 8, stated: 10 }, message: ["最高得 8 分", "填报 10 分"] } };
      },
      profile: "auto",
    },
    {
      name: "target 100, actual 85, scored 9.5 of 10: above B/A×w (8.5) but inside the 80–100% tier (≤ 10), a deduction by judgement, so info without a profile",
      build: () => {
        const b = projectSheet(one({ target: "≥100", actual: "85", score: 9.5, reason: "略" }));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), severity: "info", messageId: "aboveAnyFormula", data: { ceiling: 8.5, stated: 9.5 } } };
      },
      profile: "auto",
    },
    {
      name: "target 100, actual 79, scored 8.5 of 10: above the top of the 60–80% tier (8), so a warning even without a profile",
      build: () => {
        const b = projectSheet(one({ target: "≥100", actual: "79", score: 8.5, reason: "略" }));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), severity: "warning", messageId: "aboveAnyFormula", data: { ceiling: 7.9, stated: 8.5 } } };
      },
      profile: "auto",
    },
    {
      name: "target 100, actual 50, scored 6.5 of 10: above the top of the below-60% tier (6), a warning",
      build: () => {
        const b = projectSheet(one({ target: "≥100", actual: "50", score: 6.5, reason: "略" }));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), severity: "warning", messageId: "aboveAnyFormula", data: { ceiling: 5, stated: 6.5 } } };
      },
      profile: "auto",
    },
    {
      name: "a reverse target overshot (≤90万元 vs 99) scored 9.09: within the DOCZJ variant, so info without a profile",
      build: () => {
        const b = projectSheet(one({ target: "≤90万元", actual: "99", score: 9.09, reason: "略" }));
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), severity: "info", messageId: "formula" } };
      },
      profile: "auto",
    },
    {
      name: "a Sichuan sheet (大英县 detected): its sources state the budget rule, not the B/A×w formula, so still info",
      build: () => {
        const b = projectSheet({ ...one({ target: "≥100", actual: "95", score: 9, reason: "自评扣分" }), title: "大英县项目支出绩效自评表" });
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), severity: "info", data: { rules: "按四川口径（假定）" } } };
      },
      profile: "auto",
    },
    {
      name: "a profile the user chose backs the formula: a warning",
      build: () => {
        const b = projectSheet({ ...one({ target: "≥100", actual: "95", score: 10 }), title: "大英县项目支出绩效自评表" });
        return { grid: b.grid, expect: { cell: b.ind(0, "score"), severity: "warning", data: { rules: "按四川口径" } } };
      },
      profile: "sichuan",
    },
  ],
});
