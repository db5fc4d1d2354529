import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Department self-evaluation forms outside Hunan's report layout: the title names the form and the head or fund blocks
 * around it (部门(单位)名称, 填报单位, 部门总体目标 | 部门职责, 收支概况, 预算执行情况, 工作整体完成情况) confirm it.
 */
const scored = (title: string) =>
  Grid.fromValues("S", [
    [title],
    ["填报单位:", "某县行政审批局", null, null, "单位:万元"],
    ["一、预算执行情况", "预算数:", 95, "执行数:", 82.65, 0.87],
    ["二、工作整体完成情况", "一级指标", "二级指标", "三级指标", "指标内容", "评价标准", "分值", "自评得分"],
    [null, "投入(30)", "目标管理(15)", "绩效目标科学性", "目标完整、指向精准", "完整得9分,否则酌情扣分", 9, 5],
    [null, null, null, "绩效指标合理性", "指标细化量化", "合理得6分,否则酌情扣分", 6, 6],
  ], ["A4:A6", "B5:B6", "C5:C6"]);

describe("a department's self-evaluation form", () => {
  test("部门整体支出绩效自评表 over a scored table (评价标准 | 分值 | 自评得分) is dept-self-eval; 指标内容 beside 三级指标 describes the item", () => {
    const m = review(scored("部门整体支出绩效自评表"), "national").model;
    expect(m.family).toBe("dept-self-eval");
    expect(m.headerRow).toBe(4);
    expect(m.columns).toEqual(expect.objectContaining({ level3: 4, rubric: 6, weight: 7, score: 8 }));
    expect(m.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([
      [5, 9, 5],
      [6, 6, 6],
    ]);
  });

  test("the same table under a 评分表 title stays a scoring system (indicator-system)", () => {
    expect(review(scored("部门整体支出绩效评价指标评分表"), "national").model.family).toBe("indicator-system");
  });

  test("the head of the form alone (部门名称, 部门总体目标 | 部门职责) under its title is enough", () => {
    const g = Grid.fromValues("S", [
      ["2020年度部门整体支出绩效自评表"],
      ["部门名称", "某县司法局"],
      ["内容", "说明"],
      ["部门总体目标", "部门职责", "承担全面依法治县重大问题的政策研究"],
    ]);
    expect(review(g, "national").model.family).toBe("dept-self-eval");
  });

  test("a department's declaration of targets is not its self-evaluation", () => {
    const g = Grid.fromValues("S", [
      ["部门整体支出绩效目标申报表"],
      ["部门名称", "某县司法局"],
      ["部门总体目标", "部门职责", "承担全面依法治县重大问题的政策研究"],
    ]);
    expect(review(g, "national").model.family).not.toBe("dept-self-eval");
  });
});

describe("a department's self-evaluation pasted without its title", () => {
  /** A year line, then the head naming the department and its funds (基本支出 beside 项目支出), its 结余 and a 年度总体目标完成情况 block (a
   *  project self-evaluation's blocks too), then the indicators. */
  const untitled = (yearLine: boolean) =>
    Grid.fromValues("S", [
      ...(yearLine ? [["（2020年度）"]] : []),
      ["部门(单位)名称", "某市地震局", null, null, "部门预算编码", "409001007"],
      ["资金结构", "预算安排", "年度拨付金额", "执行率(%)", "结余情况"],
      ["财政资金小计", 188.61, 188.45, 99.92, 0.16],
      ["项目支出", 30, 30, 100, 0],
      ["基本支出", 158.61, 158.45, 99.9, 0.16],
      ["年度总体目标完成情况", "预期目标", null, null, "目标实际完成情况"],
      [null, "推进防震减灾事业健康发展", null, null, "完成年度目标"],
      ["一级指标", "二级指标", "三级指标", "绩效目标值", "实际完成值", "指标分值", "自评得分"],
      ["产出目标", "数量目标", "抽查监测台站个数", "9个", "9个", 6, 6],
      [null, null, "开展科普宣传活动场数", "10场", "11场", 6, 6],
    ]);
  test.each([false, true])("its head names the department over the department's own funds (year line above: %s): dept-self-eval", (yearLine) => {
    expect(review(untitled(yearLine), "national").model.family).toBe("dept-self-eval");
  });
});
