import { cleanIndicators, cleanProject, patch, projectSheet, ruleTester } from "./builders";

const sc = (p: { op?: string; target?: string; actual?: string }) =>
  projectSheet({
    layout: "sichuan",
    budget: [{ label: "总额", initial: 10, adjusted: 10, executed: 10, rate: "100.00%", weight: 10, score: 10 }],
    indicators: [{ l1: "产出指标", l2: "数量指标", name: "系统运行稳定性", unit: "%", weight: 90, score: 90, op: "≥", target: "95", actual: "98", ...p }],
    total: 100,
  });

ruleTester("non-numeric-value", {
  valid: [
    { name: "numbers and qualitative texts as in CZ", build: () => projectSheet(cleanProject()) },
    { name: "DYX: 完成 against ≤30万元 reads as a completion, not garbage", build: () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 4, { target: "≤30万元", actual: "完成" }) })) },
    { name: "a percent-formatted number actual", build: () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 8, { actual: { v: 0.98, fmt: "0.00%" } }) })) },
    { name: "Sichuan: = | 100 | % with 完成值 100", build: () => sc({ op: "=", target: "100", actual: "100" }) },
    { name: "CQ: a qualitative value (高) in a layout without an operator", build: () => sc({ op: undefined, target: "高", actual: "高" }) },
    { name: "a not-applicable actual ('/')", build: () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { actual: "/" }) })) },
  ],
  invalid: [
    {
      name: "≥95% with an actual that says nothing about completion",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 8, { actual: "正在统计中" }) }));
        return {
          grid: b.grid,
          expect: { cell: b.ind(8, "actual"), severity: "info", messageId: "actual", data: { target: "≥95%", actual: "正在统计中" }, message: ["服务对象满意度为定量指标（≥95%）", "实际完成值「正在统计中」无法识别为数值"] },
        };
      },
    },
    {
      name: "043: a text actual (无) that the reason column explains: a hint like any text actual",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 8, { actual: "无", reason: "没有轮换、动用库存" }) }));
        return { grid: b.grid, expect: { cell: b.ind(8, "actual"), severity: "info", messageId: "actual" } };
      },
    },
    {
      name: "Sichuan: 指标性质 ≥ with a text 指标值",
      build: () => {
        const b = sc({ op: "≥", target: "较好水平" });
        return { grid: b.grid, expect: { cell: b.ind(0, "target"), severity: "warning", message: ["标明「≥」", "指标值「较好水平」不是数值"] } };
      },
    },
  ],
});
