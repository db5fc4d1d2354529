import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A criteria table whose one name column (评价内容 / 目标名称) holds numbered sections with their own 分值 and 得分
 * ("一、决策 | | 20 | 18") over unnumbered criteria: the sections are the 一级 groups (their points their own), the
 * criteria the indicators — where most sections weigh the sum of their criteria (20 = 10 + 10). The 合计 is the sum
 * of the criteria (100), not of every line (200).
 */
function table(head: string, decision = 20, lines?: (string | number | null)[][]): Grid {
  return Grid.fromValues("S", [
    ["项目支出绩效评价评分细则"],
    [head, "评分标准", "分值", "得分"],
    ...(lines ?? [
      ["一、决策", null, decision, 18],
      ["立项依据充分性", "依据充分得满分", 10, 10],
      ["绩效目标合理性", "目标合理得满分", 10, 8],
      ["二、过程", null, 30, 27],
      ["资金到位率", "按比例得分", 15, 15],
      ["预算执行率", "按比例得分", 15, 12],
      ["三、产出与效益", null, 50, 46],
      ["实际完成率", "按比例得分", 30, 28],
      ["服务对象满意度", "按比例得分", 20, 18],
    ]),
    ["合计", null, 100, 91],
  ]);
}
const flagged = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell, f.data?.sum, f.data?.total]);

describe("numbered sections over unnumbered criteria", () => {
  test.each(["评价内容", "目标名称"])("under a %s heading: the criteria are the indicators, the sections their groups; nothing to flag", (head) => {
    const { model } = review(table(head), "national");
    expect(model.indicators.map((i) => [i.row, i.weight, i.claimedScore, i.level1?.label])).toEqual([
      [4, 10, 10, "一、决策"],
      [5, 10, 8, "一、决策"],
      [7, 15, 15, "二、过程"],
      [8, 15, 12, "二、过程"],
      [10, 30, 28, "三、产出与效益"],
      [11, 20, 18, "三、产出与效益"],
    ]);
    expect(flagged(table(head))).toEqual([]);
  });

  test("一、决策 stating 25 over 10 + 10 is a weight-sum-mismatch at its 分值 (the other two sections add up)", () => {
    expect(flagged(table("评价内容", 25))).toEqual([["weight-sum-mismatch", "C3", 20, 25]]);
  });

  test("a list that merely opens with a numbered line, whose points are no sum of the lines under it, keeps every line", () => {
    const lines = [
      ["一、立项依据充分性", "依据充分得满分", 40, 38],
      ["绩效目标合理性", "目标合理得满分", 30, 27],
      ["资金到位率", "按比例得分", 30, 26],
    ];
    const { model } = review(table("评价内容", 20, lines), "national");
    expect(model.indicators.map((i) => i.row)).toEqual([3, 4, 5]);
  });
});
