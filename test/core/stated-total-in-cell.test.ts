import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/** The total a sheet claims above its table, written inside its label's cell ("自评总分: 95"). */
function sheet(claim: string): Grid {
  return Grid.fromValues("Sheet1", [
    ["项目支出绩效自评表"],
    ["填报日期:2022年8月10日", null, null, null, null, claim],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "培训人次", "120人", "110人", 60, 55],
    ["效益指标", "社会效益", "受益人数", "300人", "290人", 40, 38],
  ]);
}

describe("a claimed total inside its label cell", () => {
  test("'自评总分: 93' in F2 is the claimed total 93 at F2; 55 + 38 = 93 agrees", () => {
    const r = review(sheet("自评总分: 93"), "national");
    expect([r.model.totals?.score?.value, r.model.totals?.score?.cell]).toEqual([93, "F2"]);
    expect(r.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });
  test("'自评总分:95分' against 55 + 38 = 93 is a total-mismatch at F2", () => {
    const r = review(sheet("自评总分:95分"), "national");
    expect(r.model.totals?.score?.value).toBe(95);
    expect(r.findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["F2"]);
  });
});

describe("a claimed total beside its label, written in points", () => {
  const report = (rows: (string | number | null)[][]) =>
    Grid.fromValues("Sheet1", [
      ["档案馆2020年度项目绩效自评报告"],
      ["自评得分", "100分"],
      ["项目资金(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", 10, 10, 10, 20, "100%", 20],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ...rows,
    ]);
  test("'自评得分 | 100分' is the claimed total 100 at B2; 20 + 40 + 38 = 98 disagrees (total-mismatch at B2)", () => {
    const r = review(report([["产出指标", "数量指标", "档案数字化", "5000卷", "5000卷", 40, 40], ["效益指标", "社会效益", "查询利用", "300人次", "290人次", 40, 38], ["填表人：张三"]]), "national");
    expect([r.model.totals?.score?.value, r.model.totals?.score?.cell]).toEqual([100, "B2"]);
    expect(r.findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["B2"]);
  });
  test("the excerpt stops at the indicator header: 100分 is read, but 20 (the budget score alone) is no sum to compare", () => {
    const r = review(report([]), "national");
    expect([r.model.totals?.score?.value, r.model.totals?.score?.cell]).toEqual([100, "B2"]);
    expect(r.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });
});

describe("the project's score stated in a sentence above the table", () => {
  const report = (sentence: string, rows: (string | number | null)[][]) =>
    Grid.fromValues("Sheet1", [
      ["某县2016年草原生态奖补项目支出绩效评价报告"],
      [sentence],
      ["一级指标", "二级指标", "三级指标", "分值", "得分"],
      ...rows,
    ]);
  const rows = [["项目决策", "绩效目标", "目标内容", 40, 38], ["项目绩效", "项目产出", "完成数量", 60, 51]];
  test("'…本项目绩效评价得分为89分,具体情况详见下表' is the claimed total when no row below states one", () => {
    const r = review(report("(三)项目总体评价 总体上看,该项目管理规范。本项目绩效评价得分为89分,具体情况详见下表:", rows), "national");
    expect([r.model.totals?.score?.value, r.model.totals?.score?.cell]).toEqual([89, "A2"]);
    expect(r.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });
  test("a sentence's 92 against 38 + 51 = 89 is a total-mismatch at the sentence", () => {
    const r = review(report("本项目绩效评价得分为92分,具体情况详见下表:", rows), "national");
    expect(r.findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["A2"]);
  });
  test("a part's score in a sentence ('项目决策指标得分为38分') is no total", () => {
    const r = review(report("其中,项目决策指标得分为38分。", rows), "national");
    expect(r.model.totals).toBeNull();
  });
});
