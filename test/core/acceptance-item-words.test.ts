import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { indicatorRole } from "../../src/core/recognise/headers";

/**
 * An acceptance check's (验收) or an appraisal's (评比) score sheet names its items' column 验收项目 (考核验收项目,
 * 检查验收项目, 验收内容, 评比项目, 评比内容) as a work assessment names it 考核项目: the items' level (vocabulary.ts
 * LEVEL3_HEADER). Counter-shapes: the check's other words — 验收标准, 验收意见, 验收结果, 验收时间, 评比结果 — name no level.
 * (考核验收内容 stays a ladder word only, as under 考核验收项目分类: a criteria header's items, rule-sheet-indicator-lines.)
 */
const sheet = (itemsWord: string) =>
  Grid.fromValues("Sheet1", [
    ["2011年社会消防工作责任目标考核评分细则(总分100)", null, null, null, null, null, null],
    ["被考评单位:", null, null, "考评时间: 年 月 日", null, null, null],
    [itemsWord, "分值", "检查验收具体内容及评分标准", "评定方法", "总分值", "得分", "扣分理由"],
    ["第一项完善责任体系", "10分", "年初未召开消防工作专门会议的扣1分;未逐级签订目标责任书的扣2分", "查阅资料", null, null, null],
    ["第二项落实消防经费", "15分", "未将消防经费列入财政预算的扣5分;经费不足的扣3分", "查阅资料", null, null, null],
  ], ["A1:G1", "A2:C2", "D2:G2"]);

describe("验收项目 and its siblings head the items' column", () => {
  test.each(["验收项目", "驗收項目", "考核验收项目", "检查验收项目", "验收内容", "评比项目", "评比内容"])("%s", (w) => {
    const { model, findings } = review(sheet(w), "national");
    expect(model.family).toBe("indicator-system");
    expect(model.headerRow).toBe(3);
    expect(model.indicators.map((i) => [i.row, i.weight])).toEqual([[4, 10], [5, 15]]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test.each(["验收标准", "验收意见", "验收结果", "验收时间", "评比结果", "考核验收内容"])("%s names no level", (w) => {
    expect(["level1", "level2", "level3"]).not.toContain(indicatorRole(w));
  });
});
