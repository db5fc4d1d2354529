import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";
import { headerOptions } from "../../../src/core/rules/likelihood-vocabulary";

/** A monitoring sheet's indicators with their 完成目标可能性. */
function monitoring(likelihood: (string | null)[], header = "完成目标可能性"): Grid {
  const names = ["维修养护工程数量", "受益人口", "群众满意度"];
  return Grid.fromValues("S", [
    ["项目支出绩效运行监控表"],
    ["项目名称", "农村饮水安全工程维修养护"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "1-7月实际完成值", "全年预计完成值", "偏差原因分析", header],
    ...likelihood.map((l, k) => [null, k < 2 ? "产出指标" : "满意度指标", "数量指标", names[k], "≥20", "12", "20", null, l]),
  ]);
}
const found = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "likelihood-vocabulary").map((f) => [f.cell, f.severity, f.data?.value, f.data?.options]);

describe("完成目标可能性 from its options", () => {
  test("the header's bracketed options are read: 完成目标可能性（确定能/有可能/完全不可能）", () => {
    expect(headerOptions("完成目标可能性（确定能/有可能/完全不可能）")).toEqual(["确定能", "有可能", "完全不可能"]);
    expect(headerOptions("完成目标可能性")).toEqual([]);
  });

  test("values from the template's three are no finding", () => {
    expect(review(monitoring(["确定能", "有可能", "完全不可能"]), "national").model.family).toBe("monitoring");
    expect(found(monitoring(["确定能", "有可能", "完全不可能"]))).toEqual([]);
  });

  test("a word outside them where two rows use them (基本能) is a warning at its cell", () => {
    expect(found(monitoring(["确定能", "基本能", "有可能"]))).toEqual([["I5", "warning", "基本能", "确定能/有可能/完全不可能"]]);
  });

  test("a header listing its own options is the list (高/中/低): 确定能 is outside it", () => {
    expect(found(monitoring(["高", "中", "确定能"], "完成可能性(高/中/低)"))).toEqual([["I6", "warning", "确定能", "高/中/低"]]);
  });

  test("a column of free analysis (no listed options, fewer than two rows of the three) is not checked", () => {
    expect(found(monitoring(["预计年底前完成", "资金已到位，可以完成", "确定能"]))).toEqual([]);
  });
});
