import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/** A header line under 一级/二级/三级指标 that only names what each column holds is part of the header. */
describe("a '名称 | 名称 | 名称' line under the level headers", () => {
  const sheet = (sub: (string | null)[]) =>
    Grid.fromValues("指标", [
      ["项目绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "指标解释", "完成情况"],
      sub,
      ["产出指标", "数量指标", "培训人次", "年度培训人次", "120人"],
      ["效益指标", "社会效益", "受益人数", "受益群众人数", "300人"],
    ]);
  test("名称 | 名称 | 名称: two indicators (rows 4 and 5, a table without 分值 or 得分), no indicator in row 3", () => {
    const m = review(sheet(["名称", "名称", "名称", null, null]), "national").model;
    expect(m.indicators.map((i) => [i.row, i.name])).toEqual([
      [4, "培训人次"],
      [5, "受益人数"],
    ]);
  });
  test("a real indicator row in that place stays an indicator (three indicators)", () => {
    const m = review(sheet(["产出指标", "质量指标", "名称规范率", "名称规范的比例", "100%"]), "national").model;
    expect(m.indicators.map((i) => i.row)).toEqual([3, 4, 5]);
  });
});

describe("a year inside a sub-column's header word", () => {
  test("指标值 over 2021年实际实现值 | 预期2022年实现值: the target is the year's expected value, last year's actual is no column", () => {
    const g = Grid.fromValues(
      "Sheet1",
      [
        ["项目支出绩效目标批复表"],
        ["一级指标", "二级指标", "三级指标", "指标值", null, "指标标准或依据"],
        [null, null, null, "2021年实际实现值", "预期2022年实现值", null],
        ["产出指标", "数量指标", "培训人次", null, "280人次", "计划"],
        [null, null, "授课人次", null, "25人次", "计划"],
        ["效益指标", "社会效益指标", "学员满意度", null, "≥95%", "调查"],
        ["满意度指标", "服务对象满意度指标", "满意度", null, "≥90%", "调查"],
      ],
      ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"],
    );
    const r = review(g, "national");
    expect(r.model.columns.targetValue).toBe(5);
    expect(r.model.columns.actual).toBeUndefined();
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a score given plain and weighted by its share (Hebei 2020: 单项指标得分 | 权重占比(%) | 单项指标折算得分)", () => {
  const sheet = (weighted: (number | null)[]) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["预算项目绩效自评表"],
        ["一级指标", "二级指标", "三级指标", "指标分值", "预期指标值", "实际完成值", "自评得分", null, null],
        [null, null, null, null, null, null, "单项指标得分", "权重占比(%)", "单项指标折算得分"],
        ["产出指标", "数量指标", "发放人数", null, "≥19人", "19人", 100, 40, weighted[0]],
        [null, "质量指标", "发放准确率", null, "100%", "100%", 100, 30, weighted[1]],
        ["满意度指标", "服务对象满意度指标", "满意度", null, "≥95%", "98%", 100, 30, weighted[2]],
      ],
      ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:I2", "A4:A5"],
    );
  test("the weight is the share (the 指标分值 column is empty), the score the weighted one", () => {
    const r = review(sheet([40, 30, 30]), "national");
    expect([r.model.columns.weight, r.model.columns.score]).toEqual([8, 9]);
    expect(r.model.indicators.map((i) => [i.weight, i.claimedScore])).toEqual([[40, 40], [30, 30], [30, 30]]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  test("a weighted score above its share, or left blank, is found at its cell", () => {
    const r = review(sheet([46, null, 30]), "national");
    expect(r.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.cell])).toEqual([
      ["score-exceeds-weight", "I4"],
      ["missing-score", "I5"],
    ]);
  });
});

describe("a column headed 指标类型", () => {
  const sheet = (kinds: string[]) =>
    Grid.fromValues("Sheet1", [
      ["项目绩效目标申报表"],
      ["指标类型", "指标名称", "指标值", "指标描述"],
      [kinds[0], "数量指标", "375万平方米", "养护面积"],
      [kinds[1], "社会效益指标", "是", "改善环境"],
      [kinds[2], "服务对象满意度指标", "≥95%", "满意率"],
    ]);
  test("holding 产出指标 | 效益指标 | 满意度指标, it is the 一级 column", () => {
    const m = review(sheet(["产出指标", "效益指标", "满意度指标"]), "national").model;
    expect([m.columns.level1, m.columns.valueType]).toEqual([1, undefined]);
    expect(m.groups.map((g) => g.label)).toEqual(["产出指标", "效益指标", "满意度指标"]);
  });
  test("holding 定量 | 定性, it stays the value-type column", () => {
    const m = review(sheet(["定量", "定性", "定量"]), "national").model;
    expect([m.columns.level1, m.columns.valueType]).toEqual([undefined, 1]);
  });
});
