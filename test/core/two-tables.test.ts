import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A sheet scored in two tables (Hubei county 自评表: 项目决策/项目管理 under 评价内容 | 分值 | 自评分, then 项目绩效
 * under 一级指标 | 二级指标 | 三级指标 | … | 自评分) with one 自评总分 stated above both. Only one table is read as the
 * indicator table; its rows are part of what the stated total covers, so the total is not compared with them alone.
 */
const twoTables = (total: number) =>
  Grid.fromValues("S", [
    ["某市财政预算支出项目绩效目标自评表"],
    ["填报日期：2022年8月10日", "", "", "", "", "", `自评总分：${total}`],
    ["项目名称", "乡村道路建设养护项目", "", "", "项目主管单位", "某市交通运输局"],
    ["项目权重", "评价内容", "分值", "自评分", "复核分", "评价标准及依据"],
    ["项目决策2分", "决策依据", 2, 2, "", "有项目年度工作计划"],
    ["项目管理8分", "财务制度", 3, 3, "", "单位财务管理制度1分"],
    ["", "组织机构", 5, 4, "", "有明确的绩效管理机构"],
    ["", "一级指标", "二级指标", "三级指标", "年初指标值", "年终完成值", "自评分", "复核分"],
    ["项目绩效90分", "产出指标", "数量指标", "乡村道路建设养护里程", "300公里", "300公里", 50, ""],
    ["", "效益指标", "社会效益指标", "群众出行条件改善", "改善", "改善", 30, ""],
    ["", "满意度指标", "服务对象满意度", "群众满意度", "≥90%", "95%", 10, ""],
  ]);

describe("two scored tables under one stated total", () => {
  test("2 + 3 + 4 in the first table and 50 + 30 + 10 in the second make the stated 99: no total is compared with one table alone", () => {
    const r = review(twoTables(99));
    expect(r.model.truncated).toBe(true);
    expect(r.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });

  test("a stated total above every table's sum is not checked against part of it either (the rows read are not all)", () => {
    const r = review(twoTables(95));
    expect(r.findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")).toEqual([]);
  });

  test("control: the second table alone under its stated total still adds up or not (50 + 30 + 10 = 90 against 95)", () => {
    const g = Grid.fromValues("S", [
      ["某市财政预算支出项目绩效目标自评表"],
      ["填报日期：2022年8月10日", "", "", "", "", "", "自评总分：95"],
      ["", "一级指标", "二级指标", "三级指标", "年初指标值", "年终完成值", "自评分", "复核分"],
      ["项目绩效90分", "产出指标", "数量指标", "乡村道路建设养护里程", "300公里", "300公里", 50, ""],
      ["", "效益指标", "社会效益指标", "群众出行条件改善", "改善", "改善", 30, ""],
      ["", "满意度指标", "服务对象满意度", "群众满意度", "≥90%", "95%", 10, ""],
    ]);
    const r = review(g);
    expect(r.model.truncated).toBe(false);
    expect(r.findings.filter((f) => f.rule === "total-mismatch").map((f) => [f.cell, f.severity, f.message])).toEqual([["G2", "error", expect.stringContaining("90")]]);
  });
});
