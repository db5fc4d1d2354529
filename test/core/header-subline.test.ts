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

describe("headers of other template kinds", () => {
  test("a 中期 and a 年度 block side by side under one header row: the first block is read", () => {
    const g = Grid.fromValues(
      "Sheet1",
      [
        ["项目支出绩效目标表"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "检测批次", "≥100组", "数量指标", "检测批次", "≥100组"],
        [null, null, null, "试剂数量", "≥100个", null, "试剂数量", "≥100个"],
        [null, "效益指标", "社会效益指标", "合格率", "≥98%", "社会效益指标", "合格率", "≥98%"],
        [null, "满意度指标", "服务对象满意度指标", "满意度", "≥90%", "服务对象满意度指标", "满意度", "≥90%"],
      ],
      ["A2:A6", "B3:B4", "C3:C4", "F3:F4"],
    );
    const m = review(g, "national").model;
    expect([m.columns.level1, m.columns.level2, m.columns.level3, m.columns.targetValue]).toEqual([2, 3, 4, 5]);
    expect(m.indicators.map((i) => i.name)).toEqual(["检测批次", "试剂数量", "合格率", "满意度"]);
  });
  test("绩效指标分类 | 绩效指标 | 绩效指标描述 | 评价标准 over 优 | 良 | 中 | 差: names beside the 一级 column, the 优 line is the target", () => {
    const g = Grid.fromValues(
      "Sheet1",
      [
        ["2019年预算项目绩效目标"],
        ["困难群众救助补助资金绩效目标表"],
        ["绩效指标分类", "绩效指标", "绩效指标描述", "绩效指标评价标准", null, null, null, "评价标准确定依据"],
        [null, null, null, "优", "良", "中", "差", null],
        ["产出指标", "救助覆盖率", "应救尽救", "100%", "90%", "85%", "85%", "按标准"],
        [null, "资金按标准发放的比率", "按标准发放", "90%", "80%", "70%", "70%", "按标准"],
        ["效果指标", "救助对象满意度(%)", "问卷调查", "85%", "80%", "70%", "70%", "按满意度"],
      ],
      ["A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4", "A5:A6"],
    );
    const r = review(g, "national");
    expect([r.model.family, r.model.columns.level1, r.model.columns.level3, r.model.columns.targetValue]).toEqual(["target-declaration", 1, 2, 4]);
    expect(r.model.indicators.map((i) => i.row)).toEqual([5, 6, 7]);
    // the satisfaction indicator under 效果指标 is the satisfaction dimension
    expect(r.findings.filter((f) => f.rule === "target-incomplete")).toEqual([]);
  });
  test("a score column headed 自评 beside 指标分值: the row's score", () => {
    const g = Grid.fromValues("Sheet1", [
      ["民生工程评分表"],
      ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "评分标准", "自评"],
      [1, "决策", "项目立项", "立项依据", 2, "依据充分得2分", 2],
      [2, null, null, "绩效目标", 4, "目标明确得4分", 5],
    ]);
    const r = review(g, "national");
    expect(r.model.indicators.map((i) => [i.weight, i.claimedScore])).toEqual([[2, 2], [4, 5]]);
    expect(r.findings.filter((f) => f.rule === "score-exceeds-weight").map((f) => f.cell)).toEqual(["G4"]);
  });
});

describe("a 评价报告's target table: 项目指标类型 | 绩效指标 | 绩效目标, and a scoring header cut below it", () => {
  test("the target table is the sheet's table (its 一级 column read by content), not the fuller header with no rows under it", () => {
    const g = Grid.fromValues("Sheet1", [
      ["2017年某项目财政支出绩效评价报告"],
      ["项目指标类型", "绩效指标", "绩效目标", "绩效标准"],
      ["产出指标", "年育苗数量", "600万株", "600万"],
      ["成效指标", "对经济和社会的影响", "较好", "较好"],
      [null, "群众满意度", "较好", "较好"],
      ["效率指标", "资金按时到位", "100%", "100%"],
      ["一、项目基本情况"],
      ["计划投资额(万元)", 110, "实际到位资金(万元)", 84.74, "实际使用情况(万元)", 84.74],
      ["二、绩效评价指标评分"],
      ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
      ["项目决策", 20, "项目目标", 4, "目"],
    ]);
    const m = review(g, "national").model;
    expect([m.family, m.headerRow, m.columns.level1, m.columns.level3, m.columns.targetValue]).toEqual(["project-self-eval", 2, 1, 2, 3]);
    expect(m.indicators.map((i) => i.row)).toEqual([3, 4, 5, 6]);
  });
});
