import { cleanIndicators, cleanProject, indicatorSystem, patch, projectSheet, ruleTester, SystemRow } from "./builders";

/** A1 部门目标 with five leaves (seed 002: 2+2+2+3+3 = 12), A2 with one, under A部门决策 stated at `a`. */
function system(leaves: number[], a1 = 12, a = 14): SystemRow[] {
  const rows: SystemRow[] = leaves.map((w, i) => ({
    l1: i === 0 ? `A部门决策（${a}分）` : undefined,
    l2: i === 0 ? `A1部门目标（${a1}分）` : undefined,
    name: `A1${i + 1}指标${i + 1}（${w}分）`,
    score: w,
  }));
  rows.push({ l2: "A2部门职能（2分）", name: "A21部门职能的明确性与科学性（2分）", score: 2 });
  return rows;
}

ruleTester("weight-sum-mismatch", {
  valid: [
    { name: "CZ split 50/30/10 + budget 10 = 总分 100", build: () => projectSheet(cleanProject()) },
    {
      name: "Sichuan: 绩效指标(90分) = 60 + 30, 合计 100 with the budget 10 (QS)",
      build: () =>
        projectSheet({
          layout: "sichuan",
          budget: [{ label: "总额", initial: 238.93, adjusted: 251.89, executed: 251.89, rate: "100.00%", weight: 10, score: 10 }],
          indicators: [
            { l1: "产出指标", l2: "数量指标", name: "发放(缴纳)覆盖率", op: "=", target: "100", unit: "%", actual: "100", weight: 60, score: 60 },
            { l1: "效益指标", l2: "社会效益指标", name: "足额保障率(参保率)", op: "=", target: "100", unit: "%", actual: "100", weight: 30, score: 30 },
          ],
          total: 100,
        }),
      profile: "sichuan",
    },
    {
      name: "DYR: four leaves × 22.5 = 90",
      build: () =>
        projectSheet({
          layout: "sichuan",
          budget: [{ label: "总额", initial: 10, adjusted: 10, executed: 10, rate: "100.00%", weight: 10, score: 10 }],
          indicators: [1, 2, 3, 4].map((k) => ({ l1: k === 1 ? "产出指标" : undefined, l2: "数量指标", name: `指标${k}`, op: "≥", target: "100", unit: "%", actual: "100", weight: 22.5, score: 22.5 })),
          total: 100,
        }),
      profile: "sichuan",
    },
    { name: "indicator system: A1 (12分) = 2+2+2+3+3, A (14分) = 12 + 2", build: () => indicatorSystem(system([2, 2, 2, 3, 3]), { weight: "14分", score: 14 }) },
    {
      name: "a table note fixing 产出50/效益30/满意度10/执行率10 that the sheet follows (TC)",
      build: () => projectSheet(cleanProject({ note: "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,各部门根据各项指标重要程度确定三级指标的分值" })),
    },
    {
      name: "a not-applicable leaf ('/' weight, TC 指标1:/ / /) is left out of the sums",
      build: () =>
        projectSheet(
          cleanProject({
            indicators: [...cleanIndicators().slice(0, 8), { l2: "生态效益指标", name: "指标1:", target: "/", actual: "/", weight: "/" }, cleanIndicators()[8]],
          }),
        ),
    },
  ],
  invalid: [
    {
      name: "a 产出 leaf of 12 makes 52 ≠ 产出指标(50分), and the 总分 row's 100 ≠ 102",
      build: () => {
        const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { weight: 12, score: 12 }) }));
        return {
          grid: b.grid,
          expect: [
            { cell: b.ind(0, "l1"), message: ["产出指标明细分值合计 52", "与标注的 50 分不符"], messageId: "weightGroup", data: { name: "产出指标", sum: 52, total: 50 } },
            { cell: b.total("weight"), message: ["各项分值合计 102", "与总分栏的 100 不符"], messageId: "weightTotal", data: { sum: 102, total: 100 } },
          ],
        };
      },
    },
    {
      name: "the 总分 row says 90 although the parts add to 100",
      build: () => {
        const b = projectSheet(cleanProject({ totalWeight: 90 }));
        return { grid: b.grid, expect: { cell: b.total("weight"), message: ["各项分值合计 100", "预算执行 10", "产出指标 50", "与总分栏的 90 不符"] } };
      },
    },
    {
      name: "the table's note fixes 产出指标 at 40 but the sheet weights it 50",
      build: () => {
        const b = projectSheet(cleanProject({ note: "注:1.一级指标分值统一设置为:产出指标40分、效益指标30分、满意度指标10分、预算资金执行率10分" }));
        return { grid: b.grid, expect: { cell: b.ind(0, "l1"), message: ["产出指标分值为 50", "表内注明产出指标统一设置为 40 分"], messageId: "notedCategory", data: { weight: 50, notedWeight: 40 } } };
      },
    },
    {
      name: "the note fixes 预算资金执行率 at 20 but the budget row weights it 10",
      build: () => {
        const b = projectSheet(cleanProject({ note: "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率20分" }));
        return { grid: b.grid, expect: { cell: b.fund(0, "weight"), message: ["预算执行率分值为 10", "统一设置为 20 分"] } };
      },
    },
    {
      name: "Sichuan: 绩效指标(90分) over leaves 60 + 40 = 100 (合计 stated 110)",
      build: () => {
        const b = projectSheet({
          layout: "sichuan",
          budget: [{ label: "总额", initial: 10, adjusted: 10, executed: 10, rate: "100.00%", weight: 10, score: 10 }],
          indicators: [
            { l1: "产出指标", l2: "数量指标", name: "发放(缴纳)覆盖率", op: "=", target: "100", unit: "%", actual: "100", weight: 60, score: 60 },
            { l1: "效益指标", l2: "社会效益指标", name: "足额保障率(参保率)", op: "=", target: "100", unit: "%", actual: "100", weight: 40, score: 40 },
          ],
          totalWeight: 110,
          total: 110,
        });
        return { grid: b.grid, expect: { cell: `A${b.indicatorHeaderRow}`, message: ["绩效指标分值合计 100", "与标注的 90 分不符"] } };
      },
      profile: "sichuan",
    },
    {
      name: "Sichuan: 预算执行情况(10分) but the 权重 cell says 20",
      build: () => {
        const b = projectSheet({
          layout: "sichuan",
          budget: [{ label: "总额", initial: 10, adjusted: 10, executed: 10, rate: "100.00%", weight: 20, score: 20 }],
          indicators: [{ l1: "产出指标", l2: "数量指标", name: "发放(缴纳)覆盖率", op: "=", target: "100", unit: "%", actual: "100", weight: 80, score: 80 }],
          total: 100,
        });
        return {
          grid: b.grid,
          expect: [
            { cell: b.fund(0, "weight"), message: ["预算执行分值 20", "与标注的 10 分不符"] },
            { cell: `A${b.indicatorHeaderRow}`, message: ["绩效指标分值合计 80", "与标注的 90 分不符"] },
          ],
        };
      },
      profile: "sichuan",
    },
    {
      name: "indicator system: A1部门目标（12分） over 2+2+2+3+2 = 11 (seed 002 style)",
      build: () => {
        const b = indicatorSystem(system([2, 2, 2, 3, 2], 12, 14), { weight: "13分", score: 13 });
        return { grid: b.grid, expect: { cell: b.ind(0, "l2"), message: ["部门目标明细分值合计 11", "与标注的 12 分不符"] } };
      },
    },
    {
      name: "one slip, one finding: A1部门目标（13分） over 2+2+2+3+3 = 12 also breaks A部门决策（14分） = 13 + 2; reported at A1 alone",
      build: () => {
        const b = indicatorSystem(system([2, 2, 2, 3, 3], 13, 14), { weight: "14分", score: 14 });
        return { grid: b.grid, expect: { cell: b.ind(0, "l2"), message: ["部门目标明细分值合计 12", "与标注的 13 分不符"] } };
      },
    },
    {
      name: "indicator system: A部门决策（35分） over A1 12 + A2 2 = 14",
      build: () => {
        const b = indicatorSystem(system([2, 2, 2, 3, 3], 12, 35), { weight: "14分", score: 14 });
        return { grid: b.grid, expect: { cell: b.ind(0, "l1"), message: ["部门决策明细分值合计 14", "与标注的 35 分不符"] } };
      },
    },
  ],
});

import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

describe("weights with no total stated", () => {
  // a 目标表 (Sichuan list form) whose rows carry 权重(%) and no 总分 row: 产出 + 效益 + 满意度 = 90 beside budget execution
  const g = (w: number, extra: (string | number)[][] = []) =>
    Grid.fromValues("S", [
      ["部门预算项目绩效目标表"],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重(%)"],
      ["产出指标", "数量指标", "召开会议", "≥", 2, "次", w],
      ["产出指标", "质量指标", "整改完成率", "≥", 100, "%", 30],
      ["效益指标", "社会效益指标", "食品安全状况", "定性", "高中低", "", 20],
      ["满意度指标", "服务对象满意度指标", "公众满意度", "≥", 90, "%", 10],
      ...extra,
    ]);
  const flags = (x: Grid) => review(x, "national").findings.filter((f) => f.rule === "weight-sum-mismatch").map((f) => [f.severity, f.cell, f.data?.sum]);
  test("30 + 30 + 20 + 10 = 90 (or 100 with 40): no finding", () => {
    expect(flags(g(30))).toEqual([]);
    expect(flags(g(40))).toEqual([]);
  });
  test("33 + 30 + 20 + 10 = 93: a warning at the 权重 header", () => {
    expect(flags(g(33))).toEqual([["warning", "G2", 93]]);
  });
  test("a second project's rows under the same 一级 labels: no one total, no finding", () => {
    expect(flags(g(33, [["产出指标", "数量指标", "另一项目", "≥", 1, "个", 50]]))).toEqual([]);
  });
});
