import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A budget block whose fund rows carry their own 分值 and 得分 (年度资金总额, then 基本支出 / 项目支出): a part
 * left unscored while the others are scored is a missing score at that part's 得分 cell.
 */
function sheet(scores: (number | null)[]): Grid {
  return Grid.fromValues("部门整体", [
    ["部门整体支出绩效自评表"],
    ["部门(单位)名称", "某镇人民政府"],
    ["部门(单位)总体资金(万元)", "资金来源", "年初预算数(A)", "全年执行数(B)", "分值(10分)", "得分"],
    [null, "年度资金总额:", 1172.55, 1268.72, 10, scores[0]],
    [null, "基本支出", 985.19, 914.97, 10, scores[1]],
    [null, "项目支出", 187.36, 353.75, 10, scores[2]],
  ]);
}
const missing = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "missing-score")
    .map((f) => ({ cell: f.cell, messageId: f.messageId, data: f.data }));

describe("missing-score on fund parts that carry their own weight", () => {
  test.each([
    ["基本支出 unscored", [10, null, 10], [{ cell: "F5", messageId: "missing", data: { name: "基本支出" } }]],
    ["项目支出 unscored", [10, 9.29, null], [{ cell: "F6", messageId: "missing", data: { name: "项目支出" } }]],
    ["every row scored: nothing", [10, 9.29, 10], []],
    ["no part scored (only the total): parts are not asked for", [10, null, null], []],
  ] as [string, (number | null)[], unknown[]][])("%s", (_n, scores, expected) => {
    expect(missing(sheet(scores))).toEqual(expected);
  });
});
