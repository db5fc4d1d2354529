import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Several projects' target forms stacked on one sheet under one title: the next project's head (项目名称 | its name,
 * or "项目名称：…" in one cell) closes the table above it, so its head lines (主管部门, 项目资金, the amounts) are never
 * read as indicators, and the first table is whole: its dimensions and its 分值 sum are checked.
 */

type Row = (CellValue | undefined)[];

function project(name: string, weights: number[], opts: { inline?: boolean; satisfaction?: boolean } = {}): Row[] {
  const lines: Row[] = [
    ["产出指标", "数量指标", "培训人数", "≥500人", weights[0]],
    ["产出指标", "质量指标", "验收合格率", "≥95%", weights[1]],
    ["效益指标", "社会效益指标", "政策知晓率", "≥90%", weights[2]],
  ];
  if (opts.satisfaction !== false) lines.push(["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", weights[3]]);
  return [
    opts.inline ? [`项目名称：${name}`] : ["项目名称", name],
    ["主管部门", "县农业农村局", "实施单位", "县农业技术推广中心"],
    ["项目资金(万元)", "资金总额", 60],
    [null, "其中：财政拨款", 50],
    [null, "其他资金", 10],
    ["年度目标", "完成年度培训和建设任务"],
    ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
    ...lines,
  ];
}

const sheet = (...projects: Row[][]) => Grid.fromValues("Sheet1", [["2024年项目支出绩效目标申报表"], ...projects.flatMap((p, k) => (k ? [[], ...p] : p))]);
const flagged = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => ({ rule: f.rule, cell: f.cell, messageId: f.messageId, data: f.data }));

describe("two projects' target forms on one sheet", () => {
  test.each([
    ["the next head as 项目名称 | name", false],
    ["the next head as 项目名称：name in one cell", true],
  ])("%s: the first table ends above it (4 indicators, rows 9–12), nothing to report", (_n, inline) => {
    const g = sheet(project("农田水利建设", [30, 30, 20, 20]), project("乡村道路养护", [25, 25, 25, 25], { inline }));
    const r = review(g, "national");
    expect(r.model.family).toBe("target-declaration");
    expect(r.model.indicators.map((i) => i.row)).toEqual([9, 10, 11, 12]);
    expect(flagged(g)).toEqual([]);
  });

  test("the first table's 分值 add to 105 (35 + 30 + 20 + 20): unstatedTotal at its 分值 header E8", () => {
    expect(flagged(sheet(project("农田水利建设", [35, 30, 20, 20]), project("乡村道路养护", [25, 25, 25, 25])))).toEqual([
      { rule: "weight-sum-mismatch", cell: "E8", messageId: "unstatedTotal", data: { sum: 105 } },
    ]);
  });

  test("the first table without its 满意度 lines (分值 40 + 40 + 20): missingDimension at A8, a warning", () => {
    expect(flagged(sheet(project("农田水利建设", [40, 40, 20], { satisfaction: false }), project("乡村道路养护", [25, 25, 25, 25])))).toEqual([
      { rule: "target-incomplete", cell: "A8", messageId: "missingDimension", data: { dimension: "满意度指标", dimensionEn: "satisfaction" } },
    ]);
  });
});
