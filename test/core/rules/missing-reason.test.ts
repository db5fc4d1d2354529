import { cleanIndicators, cleanProject, patch, projectSheet, ruleTester, FundRow } from "./builders";

const QS_RULE = "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";

function sichuan(total: FundRow, title?: string) {
  return projectSheet({
    layout: "sichuan",
    title,
    budget: [total, { label: "其中:财政资金", initial: total.initial, adjusted: total.adjusted, executed: total.executed, rate: total.rate, weight: "/", score: "/" }],
    indicators: [
      { l1: "产出指标", l2: "数量指标", name: "发放(缴纳)覆盖率", op: "=", target: "100", unit: "%", actual: "100", weight: 60, score: 60 },
      { l1: "效益指标", l2: "社会效益指标", name: "足额保障率(参保率)", op: "=", target: "100", unit: "%", actual: "100", weight: 30, score: 30 },
    ],
    total: undefined,
  });
}

ruleTester("missing-reason", {
  valid: [
    { name: "everything at full score", build: () => projectSheet(cleanProject()) },
    { name: "below weight with a reason", build: () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { score: 8, reason: "受疫情影响，部分业务延期" }), total: 98 })) },
    { name: "target missed with a reason", build: () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { target: "≥100", actual: "95", score: 9.5, reason: "部分项目延期至次年" }), total: 99.5 })) },
    { name: "a reverse target met (≤90万元 vs 89.97)", build: () => projectSheet(cleanProject()) },
    {
      name: "Sichuan: 95% execution needs no reason",
      build: () => sichuan({ label: "总额", initial: 100, adjusted: 100, executed: 95, rate: "95.00%", weight: 10, score: 9.5 }),
      profile: "sichuan",
    },
    {
      name: "Sichuan: exactly 90% needs no reason",
      build: () => sichuan({ label: "总额", initial: 100, adjusted: 100, executed: 90, rate: "90.00%", weight: 10, score: 9 }),
      profile: "sichuan",
    },
    {
      name: "Sichuan: 80% execution with a stated reason",
      build: () => sichuan({ label: "总额", initial: 100, adjusted: 100, executed: 80, rate: "80.00%", weight: 10, score: 8, reason: "部分工程款按合同于次年支付" }),
      profile: "sichuan",
    },
    {
      name: "auto without a region in the sheet: no 90% rule is assumed",
      build: () => sichuan({ label: "总额", initial: 100, adjusted: 100, executed: 80, rate: "80.00%", weight: 10, score: 8 }),
      profile: "auto",
    },
    {
      name: "national: 80% execution has no 90% reason rule",
      build: () => sichuan({ label: "总额", initial: 100, adjusted: 100, executed: 80, rate: "80.00%", weight: 10, score: 8 }),
      profile: "national",
    },
  ],
  invalid: [
    {
      name: "A-V7: scored 8 of 10 with an empty reason",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { score: 8 }), total: 98 }));
        return { grid: b.grid, expect: { cell: b.ind(0, "reason"), message: ["基建工程委托业务项目数量", "得分 8 低于分值 10", "未填写偏差原因及改进措施"] } };
      },
    },
    {
      name: "target missed (≥100 vs 95) but scored full without a reason",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { target: "≥100", actual: "95", score: 10 }) }));
        return { grid: b.grid, expect: { cell: b.ind(0, "reason"), message: ["实际完成值未达到年度指标值"], messageId: "targetMissed" } };
      },
    },
    {
      name: "a reverse target exceeded (≤90万元 vs 99) scored full without a reason",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 4, { actual: "99", score: 10 }) }));
        return { grid: b.grid, expect: { cell: b.ind(4, "reason"), message: ["项目总成本实际完成值未达到年度指标值"] } };
      },
    },
    {
      name: "A-S4: =0 target with 1 occurrence scored 0 and no reason",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { target: "=0", actual: "1", score: 0 }), total: 90 }));
        return { grid: b.grid, expect: { cell: b.ind(0, "reason"), message: ["得分 0 低于分值 10"] } };
      },
    },
    {
      name: "=0 target with 1 occurrence but scored full and no reason (the target is missed)",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { target: "=0", actual: "1", score: 10 }) }));
        return { grid: b.grid, expect: { cell: b.ind(0, "reason"), message: ["实际完成值未达到年度指标值"], messageId: "targetMissed" } };
      },
    },
    {
      name: "SC-V1: Sichuan 80% execution with an empty 原因",
      build: () => {
        const b = sichuan({ label: "总额", initial: 100, adjusted: 100, executed: 80, rate: "80.00%", weight: 10, score: 8 });
        return {
          grid: b.grid,
          expect: { cell: b.fund(0, "reason"), message: ["预算执行率 80.00% 未达到 90%", "需说明原因"], messageId: "execBelowProfile", data: { rate: "80.00%", threshold: "90%" } },
        };
      },
      profile: "sichuan",
    },
    {
      name: "the 90% rule from the Sichuan profile detected in the title (大英县) is an error too",
      build: () => {
        const b = sichuan({ label: "总额", initial: 100, adjusted: 100, executed: 80, rate: "80.00%", weight: 10, score: 8 }, "大英县部门预算项目支出绩效自评表(2023年度)");
        return { grid: b.grid, expect: { cell: b.fund(0, "reason"), severity: "error", messageId: "execBelowProfile" } };
      },
      profile: "auto",
    },
    {
      name: "SC-V1: the template's instruction text left in 原因 (QS) is not a reason",
      build: () => {
        const b = sichuan({ label: "总额", initial: "238.93", adjusted: "251.89", executed: "200.00", rate: "79.40%", weight: 10, score: 7.94, reason: QS_RULE });
        // the sheet prints the rule itself: an error whatever the profile
        return { grid: b.grid, expect: { cell: b.fund(0, "reason"), message: ["预算执行率 79.40% 未达到表内注明的 90%"], messageId: "execBelowPrinted" } };
      },
      profile: "sichuan",
    },
    {
      name: "Sichuan: the rate is recomputed on 调整后预算数 (200/251.89 = 79.40%) although 年初 was 200",
      build: () => {
        const b = sichuan({ label: "总额", initial: "200", adjusted: "251.89", executed: "200", rate: "79.40%", weight: 10, score: 7.94 });
        return { grid: b.grid, expect: { cell: b.fund(0, "reason"), message: ["79.40%"] } };
      },
      profile: "sichuan",
    },
  ],
});
