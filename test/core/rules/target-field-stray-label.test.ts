/**
 * A target form's field label typed with one or two stray characters after the field's name ("专项名称金", "项目名称:*",
 * "实施单位*") in a label cell of the head block is still that field: a blank value beside it is reported as for the
 * exact label (batch 23 pattern 2, the 陈仓 目标表's "专项名称金"). Two characters that make a word ("项目名称代码"),
 * a digit ("项目名称1") or a column header ("年度目标值") are no stray tail, and a value cell is no label cell.
 */
import { Grid } from "../../../src/core/grid/grid";
import { join } from "path";
import { review } from "../../../src/core/review";
import { FIXTURES, jsonGrid } from "../../helpers";

/** Rows: 1 title, 2 name, 3 department, 4 implementer, 5 goal, 6 header, 7.. rows (the 陈仓 目标表's layout). */
function form(nameLabel: string, name: string | null, implementerLabel = "实施单位", implementer: string | null = "某县林业局"): Grid {
  return Grid.fromValues(
    "目标表",
    [
      ["2021年某资金区域绩效目标申报表", null, null, null, null],
      [nameLabel, name, null, null, null],
      ["主管部门", "某县财政局", null, null, null],
      [implementerLabel, implementer, null, null, null],
      ["年度总体目标", "完成退耕还林政策任务", null, null, null],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      [null, "产出指标", "数量指标", "补助面积(万亩)", "1980"],
      [null, "效益指标", "社会效益指标", "群众政策知晓度", "≥90%"],
      [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ],
    ["A1:E1", "B2:E2", "B3:E3", "B4:E4", "B5:E5", "A6:A9"],
  );
}

const blankFields = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "target-incomplete" && f.messageId === "blankField")
    .map((f) => [f.cell, f.severity, f.data]);

describe("a field label with a stray character after the field's name is that field", () => {
  test.each(["专项名称", "项目名称", "专项名称金", "项目名称：*", "项目名称*", "专项名称金:"])("%s over a blank B2: 项目名称 not filled in, at B2", (label) => {
    expect(blankFields(form(label, null))).toEqual([["B2", "error", { field: "项目名称", fieldEn: "project name" }]]);
  });

  test.each(["专项名称金", "项目名称：*"])("%s beside its value (林业草原生态保护恢复资金): nothing reported", (label) => {
    expect(blankFields(form(label, "林业草原生态保护恢复资金"))).toEqual([]);
  });

  test.each(["实施单位", "实施单位*"])("%s over a blank B4: 实施单位 not filled in, at B4 (a reminder, as for every blank 实施单位 beside a filled 主管部门)", (label) => {
    expect(blankFields(form("项目名称", "某资金", label, null))).toEqual([["B4", "info", { field: "实施单位", fieldEn: "implementing unit" }]]);
  });

  test.each(["项目名称代码", "项目名称1", "项目名称AB", "专项名称金额"])("%s (a word, a digit or letters after the name) over a blank B2: no field, nothing reported", (label) => {
    expect(blankFields(form(label, null))).toEqual([]);
  });

  test("a stray-character label standing as another field's value (实施单位 | 项目名称金) is no label: nothing reported beside it", () => {
    const g = Grid.fromValues("目标表", [
      ["某资金绩效目标申报表"],
      ["项目名称", "某资金"],
      ["实施单位", "项目名称金", null],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      [null, "产出指标", "数量指标", "补助面积(万亩)", "1980"],
      [null, "效益指标", "社会效益指标", "群众政策知晓度", "≥90%"],
      [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(blankFields(g)).toEqual([]);
  });

  test("the 陈仓 目标表 (real, A2 '专项名称金') with its value B2 emptied: 项目名称 not filled in, at B2", () => {
    const g = jsonGrid(join(FIXTURES, "real", "sn-chencang-forestry-eco-restoration-regional-target-2021.json")).withCells([{ cell: "B2", value: null }]);
    expect(blankFields(g)).toEqual([["B2", "error", { field: "项目名称", fieldEn: "project name" }]]);
  });
});
