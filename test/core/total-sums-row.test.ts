import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * The line under the indicators whose 分值 is the column's sum (with or without the budget line's points), labelled
 * outside the total vocabulary ("分总", a slip for 总分, merged over the name columns) or not at all: the table's total.
 */
const sheet = (label: string, weight: number, score: number) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["项目支出绩效自评表"],
      ["项目资金(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", 50, 50, 50, 10, "100%", 10],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "采购电脑台数", "8台", "8台", 30, 30],
      [null, "质量指标", "验收合格率", "100%", "100%", 30, 28],
      ["效益指标", "社会效益指标", "受益学生人数", "≥100人", "120人", 20, 20],
      ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "98%", 10, 10],
      [label, null, null, null, null, weight, score],
      ["说明"],
    ],
    ["A9:E9"],
  );
const total = (g: Grid) => {
  const t = review(g, "national").model.totals;
  return t ? `${t.weight?.value}|${t.score?.cell}=${t.score?.value}` : null;
};

describe("a total line labelled outside the vocabulary", () => {
  test("'分总' 100 | 98 (90 + 10 and 88 + 10): the total, at G9", () => {
    expect(total(sheet("分总", 100, 98))).toBe("100|G9=98");
  });
  test("no label, 90 | 88 (the indicators alone): the total", () => {
    expect(total(sheet("", 90, 88))).toBe("90|G9=88");
  });
  test("'分总' 100 | 97 (the scores add up to 98): the total, its 97 reported against 98", () => {
    const g = sheet("分总", 100, 97);
    expect(total(g)).toBe("100|G9=97");
    expect(review(g, "national").findings.filter((f) => f.rule === "total-mismatch" && f.severity === "error").map((f) => f.cell)).toEqual(["G9"]);
  });
  test("'分总' 95 | 98 (the weights add up to 90 or 100): no total read", () => {
    expect(total(sheet("分总", 95, 98))).toBeNull();
  });
});
