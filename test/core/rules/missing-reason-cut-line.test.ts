import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * An excerpt that stops inside an indicator line (no 总分 row; the sheet's last line has its 分值 and 得分 but not the
 * 年度指标值 and 全年实际值 every line above gives): what stood beside its score may be cut with it, so a blank reason
 * on that line is a hint. A complete last line, or the same line with lines after it, is an error.
 */
const HEAD = [
  ["项目支出绩效自评表"],
  ["项目名称", "种养业奖补"],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
];
const line = (l2: string, name: string, score: number) => [null, "产出指标", l2, name, 10, "100%", score === 10 ? "100%" : "90%", score, null];
/** the line the excerpt stops in: its 分值 and 得分, no target or actual */
const cutLine = (l2: string, name: string, score: number) => [null, "产出指标", l2, name, 10, null, null, score, null];

function sheet(lines: (string | number | null)[][]): Grid {
  return Grid.fromValues("Sheet1", [...HEAD, ...lines]);
}

const reasons = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "missing-reason")
    .map((f) => ({ cell: f.cell, severity: f.severity, messageId: f.messageId, data: f.data }));

describe("missing-reason on the line an excerpt stops in", () => {
  test("the line a cut table stops in (no 总分 row, no target or actual on it) scored 9 of 10 with no reason: info", () => {
    const g = sheet([line("数量指标", "种植面积", 10), line("数量指标", "养殖数量", 10), cutLine("质量指标", "种植作物成活率", 9)]);
    expect(review(g, "national").model.truncated).toBe(true);
    expect(reasons(g)).toEqual([{ cell: "I6", severity: "info", messageId: "belowWeight", data: { name: "种植作物成活率", score: 9, weight: 10 } }]);
  });

  test("a complete last line of a cut table (target and actual given) scored 9 of 10 with no reason: an error", () => {
    const g = sheet([line("数量指标", "种植面积", 10), line("数量指标", "养殖数量", 10), line("质量指标", "种植作物成活率", 9)]);
    expect(reasons(g)).toEqual([{ cell: "I6", severity: "error", messageId: "belowWeight", data: { name: "种植作物成活率", score: 9, weight: 10 } }]);
  });

  test("the bare line with a line after it: the reason is not cut, an error", () => {
    const g = sheet([line("数量指标", "种植面积", 10), cutLine("质量指标", "种植作物成活率", 9), line("质量指标", "养殖存活率", 10)]);
    expect(reasons(g)).toEqual([{ cell: "I5", severity: "error", messageId: "belowWeight", data: { name: "种植作物成活率", score: 9, weight: 10 } }]);
  });

  test("the bare last line under a 总分 row that closes the table: an error", () => {
    const g = sheet([line("数量指标", "种植面积", 10), line("数量指标", "养殖数量", 10), cutLine("质量指标", "种植作物成活率", 9), ["总分", null, null, null, 30, null, null, 29, null]]);
    expect(reasons(g)).toEqual([{ cell: "I6", severity: "error", messageId: "belowWeight", data: { name: "种植作物成活率", score: 9, weight: 10 } }]);
  });
});
