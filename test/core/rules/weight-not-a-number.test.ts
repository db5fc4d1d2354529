import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A weight (分值) that is text, not a number ("五", "x", "分" with its number lost), among items of its group that give
 * numbers: the item is left out of every weight sum, so the cell itself is pointed out, as info (on a group cut short of its
 * stated points nothing else would show it). Not-applicable marks and words that score an item apart stay silent.
 */
const sheet = (weight: string | number) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["某市河长制工作考核评分细则"],
      ["考核项目", "考核要求", "分值", "评分细则"],
      ["基础工作(50分)", "实施方案按时出台", 5, "每缺一项扣1分"],
      [null, "实现河长全覆盖", 2, "缺一条扣0.5分"],
      [null, "河长公示牌设立规范", weight, "每个扣0.5分"],
      [null, "制定一河一策治理方案", 6, "少1条扣1分"],
      [null, "治理工程按期完成", 10, "未达进度扣2分"],
    ],
    ["A1:D1", "A3:A7"],
  );
const found = (weight: string | number) =>
  review(sheet(weight), "national").findings.filter((f) => f.rule === "non-numeric-value").map((f) => [f.cell, f.severity, f.messageId, f.data?.text, f.data?.siblings]);

describe("a weight that is not a number among numeric siblings", () => {
  test.each(["五", "x", "分"])("分值 %p beside 5, 2, 6, 10 in a group cut short of its 50: a hint at C5", (text) => {
    expect(found(text)).toEqual([["C5", "info", "weight", text, 4]]);
  });
  test.each([3, "3分", "/", "—", "不适用", "一票否决", "加分项"])("分值 %p: nothing", (text) => {
    expect(found(text)).toEqual([]);
  });
});
