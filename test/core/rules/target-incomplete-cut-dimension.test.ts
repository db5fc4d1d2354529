import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A target form whose indicator table stops at the sheet's end inside its first dimension: written out over four
 * 二级 groups under 产出指标 and then nothing, the form was cut, so the missing 效益/满意度 are a reminder (info);
 * one bare 产出 line, or a table that goes on to a second dimension, keeps the warning.
 */
const head = [
  ["项目支出绩效目标申报表"],
  ["项目名称", "就学补助"],
  ["主管部门", "区农业农村局", null, "实施单位", "区农业农村局"],
  ["年度绩效目标", "对就读职业学校的脱贫户子女发放就学补助"],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
];
const dims = (rows: (string | null)[][]) =>
  review(Grid.fromValues("Sheet1", [...head, ...rows]), "national")
    .findings.filter((f) => f.rule === "target-incomplete" && f.messageId === "missingDimension")
    .map((f) => `${f.data?.dimension}:${f.severity}`);

describe("a missing dimension where the table stops in its first", () => {
  const output = [
    [null, "产出指标", "数量指标", "补助人数", "≥101人"],
    [null, null, "质量指标", "补助发放准确率", "100%"],
    [null, null, "时效指标", "及时发放率", "100%"],
    [null, null, "成本指标", "补助标准", "1500元/学期"],
  ];
  test("four 二级 groups under 产出, the sheet ends there: 效益 and 满意度 missing only as info", () => {
    expect(dims(output)).toEqual(["效益指标:info", "满意度指标:info"]);
  });
  test("one bare 产出 line: still a warning", () => {
    expect(dims([output[0]])).toEqual(["效益指标:warning", "满意度指标:warning"]);
  });
  test("产出 then 满意度, the sheet ends there: the missing 效益 is a warning", () => {
    expect(dims([...output, [null, "满意度指标", "服务对象满意度", "学生满意度", "≥90%"]])).toEqual(["效益指标:warning"]);
  });
});
