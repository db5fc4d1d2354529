import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * The transfer self-evaluation (转移支付区域(项目)绩效自评表) as Anhui fills it: 资金投入情况 (the budget line scored
 * 10), then 资金管理情况 with one scored criterion per row (item | 情况说明 | 分值 | 得分 | 存在问题和改进措施, 40
 * points), 总体目标完成情况, then the indicators (50 points) and 总分. The criteria block is headed only by 分值 and
 * 得分: each of its rows is an indicator of its own, checked as any other (score ≤ weight, not negative, not blank,
 * a reason where points were lost), and its points count in the total.
 */
const sheet = (edit: Record<string, string | number> = {}, total = 98) => {
  const rows: (string | number)[][] = [
    ["中央对地方转移支付区域(项目)绩效自评表"],
    ["转移支付(项目)名称", "某专项资金"],
    ["资金投入情况(万元)", "", "全年预算数(A)", "全年执行数(B)", "分值", "预算执行率(B/A×100%)", "得分"],
    ["", "年度资金总额:", 100, 100, 10, "100%", 10],
    ["", "其中:中央财政资金", 100, 100, "——"],
    ["资金管理情况", "", "情况说明", "", "", "分值", "得分", "存在问题和改进措施"],
    ["", "分配科学性", "资金分配科学", "", "", 6, 6],
    ["", "下达及时性", "资金下达及时", "", "", 6, 6],
    ["", "拨付合规性", "按规定拨付", "", "", 6, 6],
    ["", "使用规范性", "按规定使用", "", "", 6, 6],
    ["", "执行准确性", "按要求执行", "", "", 5, 5],
    ["", "预算绩效管理情况", "按要求管理", "", "", 5, 5],
    ["", "支出责任履行情况", "按要求履行", "", "", 6, 6],
    ["总体目标完成情况", "年初设定目标", "", "", "", "全年实际完成情况"],
    ["", "维护放映设备,提升服务质效", "", "", "", "维护设备5套"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分", "未完成原因和改进措施"],
    ["", "产出指标", "数量指标", "维护放映设备数量", "≥5套", "5套", 20, 20],
    ["", "", "质量指标", "放映质量", "明显提升", "明显提升", 10, 10],
    ["", "效益指标", "社会效益指标", "观影人次", "≥4万人次", "3.6万人次", 10, 8, "疫情影响,观影人次下降"],
    ["", "满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "95%", 10, 10],
    ["总分", "", "", "", "", "", 100, total],
  ];
  for (const [a1, v] of Object.entries(edit)) {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = v;
  }
  return Grid.fromValues("S", rows, ["A6:A13", "C6:E6", "C7:E7", "C8:E8", "C9:E9", "C10:E10", "C11:E11", "C12:E12", "C13:E13", "A16:A20"]);
};

const errors = (g: Grid) => review(g).findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell]);

describe("a block of scored criteria headed only by 分值 and 得分", () => {
  test("its seven rows are indicators under the block's label, each with its 分值 and 得分; the sheet is headed by the indicator table", () => {
    const r = review(sheet());
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.headerRow).toBe(16);
    const criteria = r.model.indicators.filter((i) => i.row >= 7 && i.row <= 13);
    expect(criteria.map((i) => [i.row, i.name, i.weight, i.claimedScore])).toEqual([
      [7, "分配科学性", 6, 6], [8, "下达及时性", 6, 6], [9, "拨付合规性", 6, 6], [10, "使用规范性", 6, 6],
      [11, "执行准确性", 5, 5], [12, "预算绩效管理情况", 5, 5], [13, "支出责任履行情况", 6, 6],
    ]);
    // the fund lines and the 总体目标 rows are not criteria
    expect(r.model.indicators.map((i) => i.row)).toEqual([7, 8, 9, 10, 11, 12, 13, 17, 18, 19, 20]);
  });

  test("10 (budget) + 40 (criteria) + 48 (indicators) = the stated 98: no finding", () => {
    expect(errors(sheet())).toEqual([]);
  });

  test("a stated 88 (the criteria's 40 left out) is a total-mismatch at the 总分", () => {
    expect(errors(sheet({}, 88))).toEqual([["total-mismatch", "H21"]]);
  });

  test.each([
    ["a score above its 分值", { G11: 6 }, "score-exceeds-weight", "G11"],
    ["a negative score", { G12: -1 }, "negative-score", "G12"],
    ["a blank score", { G9: "" }, "missing-score", "G9"],
    ["a lost point with nothing under 存在问题和改进措施", { G7: 4.8 }, "missing-reason", "H7"],
  ])("%s in the criteria block is found at its cell", (_name, edit, rule, cell) => {
    expect(errors(sheet(edit as Record<string, number | string>, 98))).toContainEqual([rule, cell]);
  });
});
