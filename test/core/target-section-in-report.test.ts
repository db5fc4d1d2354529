import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A self-evaluation report that states its targets in a section of its own ("(二)绩效目标情况" right above a table
 * 一级 | 二级 | 三级 | 指标值, no completion or score column): the table is the targets, a target declaration's
 * family, whatever the report's title. A table under a heading of the targets' completion stays the report's.
 */
function report(heading: string, header: string[], rows: (string | number | null)[][]): Grid {
  return Grid.fromValues("S", [
    ["某县2020年度专项资金绩效自评报告"],
    ["一、绩效目标分解下达情况"],
    ["(一)资金下达情况"],
    ["2020年,上级下达专项资金1000万元,用于某中学建设。"],
    [heading],
    ["根据项目建设的实际情况,制定了以下绩效目标:"],
    ["绩效指标", ...header],
    ...rows.map((r) => [null, ...r]),
  ]);
}
const TARGETS = [
  ["产出指标", "数量指标", "新增学位数量(个)", 1200],
  ["产出指标", "质量指标", "工程竣工验收合格率", "100%"],
  ["效益指标", "社会效益指标", "提高学生就学率", "10.9%"],
  ["满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"],
];

describe("a report's section presenting its targets", () => {
  test("(二)绩效目标情况 over 一级 | 二级 | 三级 | 本年度指标值: a target declaration, its four rows the indicators", () => {
    const m = review(report("(二)绩效目标情况", ["一级指标", "二级指标", "三级指标", "本年度指标值"], TARGETS), "national").model;
    expect(m.family).toBe("target-declaration");
    expect(m.headerRow).toBe(7);
    expect(m.indicators.map((i) => [i.row, i.target?.raw])).toEqual([
      [8, "1200"],
      [9, "100%"],
      [10, "10.9%"],
      [11, "≥90%"],
    ]);
  });

  test("the same table under (二)绩效目标完成情况 (the targets' completion) is not read as a declaration", () => {
    const m = review(report("(二)绩效目标完成情况", ["一级指标", "二级指标", "三级指标", "本年度指标值"], TARGETS), "national").model;
    expect(m.family).not.toBe("target-declaration");
  });

  test("under the targets' heading, a table with a completion column (实际完成值) is the report's self-evaluation", () => {
    const rows = TARGETS.map((r) => [...r, r[3]]);
    const m = review(report("(二)绩效目标情况", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"], rows), "national").model;
    expect(m.family).not.toBe("target-declaration");
  });
});
