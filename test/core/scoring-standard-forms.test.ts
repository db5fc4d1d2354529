import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { sheetFeatures } from "../../src/core/recognise";
import { pointsAtRuleHead } from "../../src/core/recognise/rule-points";

/**
 * Scoring forms that name no 一级/二级/三级 level (考核表, 评分标准表, 评估标准): one criterion per row, its points in a
 * 分值 column, in a 等级 column of numbers, or at the head of its scoring rule; read as indicator systems.
 */

const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error");

/** 考核项目 | 序号 | 考核指标 | 分值 | 考核内容 on the sheet's first row, closed by 合计 (10 + 10 + 30 + 50 = 100 by default). */
const assessmentTable = (weights = [10, 10, 30, 50], total = 100, title?: string) =>
  Grid.fromValues(
    "Sheet1",
    [
      ...(title ? [[title, null, null, null, null]] : []),
      ["考核项目", "序号", "考核指标", "分值", "考核内容"],
      ["组织领导", 1, "领导机制", weights[0], "建立健全工作机制"],
      [null, 2, "目标责任制", weights[1], "建立并实施目标责任制和考核奖惩制度"],
      ["综合治理", 3, "治理任务", weights[2], "年度治理任务完成情况"],
      [null, 4, "治理资金", weights[3], "项目资金落实和使用情况"],
      ["合计", null, null, total, null],
    ],
    title ? ["A1:E1", "A3:A4", "A5:A6", "A7:C7"] : ["A2:A3", "A4:A5", "A6:C6"],
  );

describe("an assessment table whose header opens the sheet (考核项目 | 序号 | 考核指标 | 分值 | 考核内容)", () => {
  test("is an indicator system: its column-name words 考核… are no 考核 title, the 考核内容 right of the 分值 explains the items", () => {
    const r = review(assessmentTable(), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(1);
    expect(r.model.columns).toMatchObject({ level1: 1, level3: 3, weight: 4, explanation: 5 });
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[2, 10, null], [3, 10, null], [4, 30, null], [5, 50, null]]);
    expect(errors(assessmentTable())).toEqual([]);
  });

  test("its 合计 is the sum of the 分值 (10 + 10 + 30 + 50 = 100): evidence of a scoring system, and a wrong 合计 (90) is reported", () => {
    expect(sheetFeatures(assessmentTable()).weightsTotalled).toBe(true);
    expect(sheetFeatures(assessmentTable([10, 10, 30, 50], 90)).weightsTotalled).toBe(false);
    const wrong = errors(assessmentTable([10, 10, 30, 50], 90));
    expect(wrong.map((f) => [f.rule, f.cell])).toEqual([["weight-sum-mismatch", "D6"]]);
  });

  test("under a title naming a work assessment (…工作考核表) it is still read, by its explanation column and its total", () => {
    const r = review(assessmentTable(undefined, undefined, "水土保持工作考核表"), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(2);
  });
});

describe("a rating form whose points stand at the head of each scoring rule (评定项目 | 评定内容 | 评分细则 | 加/减分 | 得分)", () => {
  const rating = (second = "单项基准2分,不符合要求,该单项基准分扣完为止。", score: number | null = null) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["幸福院星级评定评分标准表", null, null, null, null],
        ["评定项目", "评定内容", "评分细则", "加/减分", "得分"],
        ["功能设施 (基准分10分)", "有设施设备", "单项基准6分,每少1项扣0.5分,不符合要求,该单项基准分扣完为止。", null, score],
        [null, "有统一标识", second, null, null],
        [null, "全年运营时长", "单项基准为2分,全年运营240天不扣分,每少10天扣1.5分。", null, null],
        ["内部管理 (基准分15分)", "配备管理人员", null, null, null],
      ],
      ["A1:E1", "A3:A5"],
    );

  test("the rule's opening points are the item's weight (6, 2, 2); the group label's 基准分 is the group's", () => {
    const r = review(rating(), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[3, 6, null], [4, 2, null], [5, 2, null]]);
    expect(r.model.groups[0].weight).toBe(10);
  });

  test("a blank form (every 得分 empty) raises no error", () => {
    expect(errors(rating())).toEqual([]);
  });

  test("the group's 基准分 is checked against its items' points: 6 + 3 + 2 = 11 against 10", () => {
    const wrong = errors(rating("单项基准3分,不符合要求,该单项基准分扣完为止。"));
    expect(wrong.map((f) => [f.rule, f.cell, f.data])).toEqual([["weight-sum-mismatch", "A3", { name: "功能设施", sum: 11, total: 10 }]]);
  });

  test("only the rule's opening words give points: deductions, thresholds and later points do not", () => {
    expect(pointsAtRuleHead("单项基准6分,每少1项扣0.5分")).toBe(6);
    expect(pointsAtRuleHead("单项基准为6分,全年运营240天不扣分")).toBe(6);
    expect(pointsAtRuleHead("满分10分;未完成的不得分")).toBe(10);
    expect(pointsAtRuleHead("每少1项扣0.5分")).toBeNull();
    expect(pointsAtRuleHead("全年运营240天得6分")).toBeNull();
    expect(pointsAtRuleHead("基准分20分以上的加分")).toBeNull();
  });
});

describe("an evaluation standard with its points in a 等级 column and nesting codes (标号 | 项目 | 标准 | 等级 | 说明 | 评估细则)", () => {
  /** 1 办馆条件 (200) over 11 设施建设 (100) over items 111 (grades 80 / 70 / 60) and 112 (20), then 12 over 121. */
  const standard = (fill: "merged" | "blank" | "filled" = "merged", gradeCells: (number | string)[] = [200, 100, 80, 70, 60, 20, 100, 100]) => {
    const again = (v: string | number) => (fill === "filled" ? v : null);
    return Grid.fromValues(
      "Sheet1",
      [
        ["标号", "项目", "标准", "等级", "说明", "评估细则"],
        [1, "办馆条件", null, gradeCells[0], null, null],
        [11, "设施建设", null, gradeCells[1], null, null],
        [111, "馆舍建筑面积(平方米)", 7500, gradeCells[2], "每增加500平方米加10分", "以年度报表所报面积为依据"],
        [again(111), again("馆舍建筑面积(平方米)"), 6500, gradeCells[3], null, null],
        [again(111), again("馆舍建筑面积(平方米)"), 5500, gradeCells[4], null, null],
        [112, "设有文化活动厅室", null, gradeCells[5], "低于标准的不得分", "按平均面积打分"],
        [12, "设备配置", null, gradeCells[6], null, null],
        [121, "设备总值", null, gradeCells[7], "达到标准的得满分", "以固定资产账为依据"],
      ],
      fill === "merged" ? ["A4:A6", "B4:B6", "E4:E6", "F4:F6"] : [],
    );
  };

  test("the 等级 column of numbers is the points column, 项目 the names, 说明 and 评估细则 explain and rule them", () => {
    const r = review(standard(), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(1);
    expect(r.model.columns).toMatchObject({ level3: 2, weight: 4, explanation: 5, rubric: 6 });
  });

  test("an item's grade lines (6500 → 70, 5500 → 60) are its alternatives, merged, left blank or filled down: its weight is its first grade", () => {
    for (const fill of ["merged", "blank", "filled"] as const) {
      const r = review(standard(fill), "national");
      expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[4, 80], [7, 20], [9, 100]]);
    }
  });

  test("codes nesting by one digit (1 → 11 → 111) make the groups: 一级 1 (200) over 二级 11 (100) and 12 (100), their points their own", () => {
    const r = review(standard(), "national");
    expect(r.model.groups.map((g) => [g.level, g.name, g.weight, g.children.map((c) => [c.name, c.weight, c.indicators.map((i) => i.row)])])).toEqual([
      [1, "办馆条件", 200, [["设施建设", 100, [4, 7]], ["设备配置", 100, [9]]]],
    ]);
    expect(errors(standard())).toEqual([]);
  });

  test("a group's points against its items' top grades are checked: 设施建设 100 against 80 + 30", () => {
    const wrong = errors(standard("merged", [200, 100, 80, 70, 60, 30, 100, 100]));
    expect(wrong.map((f) => [f.rule, f.cell])).toEqual([["weight-sum-mismatch", "D3"]]);
  });

  test("a 等级 column of grades (优 / 良) is no points column: no table is read", () => {
    const graded = Grid.fromValues("Sheet1", [
      ["标号", "项目", "标准", "等级", "说明"],
      [1, "馆舍建筑面积", 7500, "优", "以年度报表为依据"],
      [2, "活动场地面积", 1200, "良", "以产权证明为依据"],
    ]);
    expect(sheetFeatures(graded).header).toBeNull();
    expect(review(graded, "national").model.family).toBe("unknown");
  });

  test("a plain 序号 (1 … 12) does not nest: 1 followed by 2, never by 11, so every line is an item", () => {
    const rows = Array.from({ length: 12 }, (_, k) => [k + 1, `考核事项${k + 1}`, 5, "未完成的不得分"]);
    const g = Grid.fromValues("Sheet1", [["序号", "项目", "分值", "评分标准"], ...rows, ["合计", null, 60, null]], ["A14:B14"]);
    const r = review(g, "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators).toHaveLength(12);
    expect(r.model.groups).toEqual([]);
    expect(errors(g)).toEqual([]);
  });
});

describe("a 分值 column holding the items' names with their points ('任务分解 (2分)'), under 评价指标 | 分值 | 评价标准", () => {
  const rubric = (points = [2, 2, 2]) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["评价指标", "分值", "评价标准"],
        ["前期工作 (6分)", `任务分解 (${points[0]}分)`, `按要求分解任务的,得${points[0]}分;未完成的,不得分。`],
        [null, `审批备案 (${points[1]}分)`, `及时完成审批的,得${points[1]}分;否则不得分。`],
        [null, `项目储备 (${points[2]}分)`, `建立储备库的,得${points[2]}分,否则不得分。`],
      ],
      ["A2:A4"],
    );

  test("is the items' column, their weights read from the labels (2, 2, 2), the groups left of it", () => {
    const r = review(rubric(), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.columns).toMatchObject({ level1: 1, level2: 2, rubric: 3 });
    expect(r.model.columns.weight).toBeUndefined();
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.weightCell])).toEqual([[2, 2, "B2"], [3, 2, "B3"], [4, 2, "B4"]]);
    expect(errors(rubric())).toEqual([]);
  });

  test("the group's (6分) is then checked against them: 2 + 3 + 2 = 7", () => {
    expect(errors(rubric([2, 3, 2])).map((f) => [f.rule, f.cell])).toEqual([["weight-sum-mismatch", "A2"]]);
  });

  test("a 分值 column of numbers stays the weight column", () => {
    const g = Grid.fromValues("Sheet1", [
      ["评价指标", "分值", "评价标准"],
      ["任务分解", 2, "按要求分解任务的,得2分"],
      ["审批备案", 2, "及时完成审批的,得2分"],
    ]);
    expect(review(g, "national").model.columns).toMatchObject({ level1: 1, weight: 2, rubric: 3 });
  });
});

describe("decimal shares in the labels ('1.1.1 问题与对象(0.5)'): weights relative to their parent", () => {
  const shares = (second = 0.5) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["一级指标", "二级指标", "考核点", "打分档级细则", "打分"],
        ["1.标准综合体规划(0.2)", "1.1对象与目标(0.3)", "1.1.1 问题与对象(0.5)", "问题明确,对象清晰", null],
        [null, null, `1.1.2 总目标与分目标(${second})`, "目标分析全面", null],
      ],
      ["A2:A3", "B2:B3"],
    );

  test("one parent's items whose shares add up to 1 (0.5 + 0.5) carry them as weights; the groups' shares stay unread", () => {
    const r = review(shares(), "national");
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 0.5], [3, 0.5]]);
    expect(r.model.groups.map((g) => [g.weight, g.children.map((c) => c.weight)])).toEqual([[null, [null]]]);
    expect(errors(shares())).toEqual([]);
  });

  test("shares that do not add up to 1 (0.5 + 0.4) are not read as weights", () => {
    expect(review(shares(0.4), "national").model.indicators.map((i) => i.weight)).toEqual([null, null]);
  });
});

describe("points columns of scoring forms headed 等级 or 基准分", () => {
  test("a 等级 column of numbers under named levels, with no 分值 or 得分 column, is the points column", () => {
    const g = Grid.fromValues("Sheet1", [
      ["一级指标", "二级指标", "等级", "评分标准"],
      ["办馆条件", "馆舍面积", 30, "达到标准的得满分"],
      [null, "活动场地", 20, "未达到的不得分"],
      ["合计", null, 50, null],
    ], ["A2:A3", "A4:B4"]);
    const r = review(g, "national");
    expect(r.model.columns).toMatchObject({ level1: 1, level2: 2, weight: 3, rubric: 4 });
    expect(r.model.columns.grade).toBeUndefined();
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 30], [3, 20]]);
  });

  test("a 等级 column of grades (优 / 良) stays a grade column", () => {
    const g = Grid.fromValues("Sheet1", [
      ["一级指标", "二级指标", "分值", "等级"],
      ["办馆条件", "馆舍面积", 30, "优"],
      [null, "活动场地", 20, "良"],
    ], ["A2:A3"]);
    expect(review(g, "national").model.columns).toMatchObject({ weight: 3, grade: 4 });
  });

  test("基准分 names the points column (考核项目 | 考核内容 | 基准分 | 得分)", () => {
    const g = Grid.fromValues("Sheet1", [
      ["考核项目", "考核内容", "基准分", "得分"],
      ["组织领导", "建立工作机制", 10, 9],
      [null, "落实目标责任", 10, 10],
    ], ["A2:A3"]);
    const r = review(g, "national");
    expect(r.model.columns).toMatchObject({ weight: 3, score: 4 });
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[2, 10, 9], [3, 10, 10]]);
  });
});

test("decimal shares scored on another scale (得分 2 against a share of 0.5) are not read as weights", () => {
  const g = Grid.fromValues(
    "Sheet1",
    [
      ["一级指标", "二级指标", "考核点", "打分档级细则", "打分"],
      ["1.标准综合体规划(0.2)", "1.1对象与目标(0.3)", "1.1.1 问题与对象(0.5)", "问题明确,对象清晰", 2],
      [null, null, "1.1.2 总目标与分目标(0.5)", "目标分析全面", 1],
    ],
    ["A2:A3", "B2:B3"],
  );
  const r = review(g, "national");
  expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[2, null, 2], [3, null, 1]]);
  expect(r.findings.filter((f) => f.rule === "score-exceeds-weight")).toEqual([]);
});
