import { cleanIndicators, cleanProject, patch, projectSheet, ruleTester } from "./builders";

ruleTester("placeholder-value", {
  valid: [
    { name: "filled values", build: () => projectSheet(cleanProject()) },
    { name: "a single '*' is a not-applicable mark, not a placeholder", build: () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { actual: "*" }) })) },
  ],
  invalid: [
    {
      name: "参考模板 ≥**人次 left in the target",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { target: "≥**人次" }) }));
        return { grid: b.grid, expect: { cell: b.ind(0, "target"), message: ["基建工程委托业务项目数量的指标值「≥**人次」是未填写的模板占位符"] } };
      },
    },
    {
      name: "**元/人·月 left in the target",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 4, { target: "**元/人·月" }) }));
        return { grid: b.grid, expect: { cell: b.ind(4, "target"), message: ["「**元/人·月」"] } };
      },
    },
    {
      name: "≤**% left in the actual",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 8, { actual: "≤**%" }) }));
        return { grid: b.grid, expect: { cell: b.ind(8, "actual"), message: ["实际完成值「≤**%」是未填写的模板占位符"] } };
      },
    },
    {
      name: "placeholders in target and actual of the same row",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { target: "≥**个", actual: "XX个" }) }));
        return { grid: b.grid, expect: [{ cell: b.ind(0, "target") }, { cell: b.ind(0, "actual") }] };
      },
    },
  ],
});
