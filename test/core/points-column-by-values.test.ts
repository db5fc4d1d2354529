import { Grid } from "../../src/core/grid/grid";
import { rowRoles } from "../../src/core/recognise/table-header";

/**
 * 分数 after a 权重 (or 分值) column with no 得分 column: the points given (考核内容 | 分值 | 计分标准 | 分数), or the lower
 * level's own weight (审核内容 | 审核要点 over 具体内容 | 权重 | 具体内容 | 分数). The values tell, not the word: the lower
 * level's weights add up to the 权重 merged over them in every group; points given fall short where a line lost some.
 */
const form = (points: [string, string, string, string]) =>
  Grid.fromValues(
    "S",
    [
      ["审核内容", null, "审核要点", null, "审核意见"],
      ["具体内容", "权重", "具体内容", "分数", null],
      ["明确相关性", "10分", "项目实施目的明确", points[0], "优"],
      [null, null, "项目符合相关规划", points[1], "良"],
      ["必要可行", "10分", "项目具有唯一性", points[2], "优"],
      [null, null, "与其他项目不存在重复", points[3], "良"],
    ],
    ["A1:B1", "C1:D1", "E1:E2", "A3:A4", "B3:B4", "A5:A6", "B5:B6"],
  );

describe("分数 after a group's 权重: weight or points, by the values", () => {
  test.each([
    // 5 + 5 = 10 and 4 + 6 = 10: each group's 权重 split over its lines
    ["5 + 5 = 10, 4 + 6 = 10: the lines' own weights", ["5分", "5分", "4分", "6分"], "weight"],
    ["5 + 5 = 10, 6 + 4 = 10, written as numbers", ["5", "5", "6", "4"], "weight"],
    // a line's points not filled in ("分" alone): its group tells nothing, the other one does
    ["5 + 5 = 10, then 5 and an unfilled 分", ["5分", "5分", "5分", "分"], "weight"],
    // 5 + 3 = 8 of 10: a line lost points
    ["5 + 3 = 8 of 10: points given", ["5分", "3分", "4分", "6分"], "score"],
    ["4 + 4 = 8, 5 + 5 = 10: points given", ["4分", "4分", "5分", "5分"], "score"],
  ])("%s", (_what, points, role) => {
    const roles = rowRoles(form(points as [string, string, string, string]), 2);
    expect(roles.get(2)).toBe("weight");
    expect(roles.get(4)).toBe(role);
  });

  test("one line per 分值 (考核内容 | 分值 | 计分标准 | 分数), full marks on every line: the points given", () => {
    const g = Grid.fromValues("S", [
      ["考核内容", "分值", "计分标准", "分数"],
      ["制度建设", 10, "制度健全得10分", 10],
      ["资金管理", 20, "管理规范得20分", 20],
    ]);
    expect(rowRoles(g, 1).get(4)).toBe("score");
  });
});

test("one 分数 merged over a pair of columns (分数 over 主城各区 | 其他区县) is the pair's weight, after no other", () => {
  const g = Grid.fromValues(
    "S",
    [
      ["考核内容", "考核指标", "分数", null, "评分标准"],
      [null, null, "主城各区", "其他区县", null],
      ["一、稳定粮食生产", "1.耕地保有量", 1, 3, "完成目标得满分"],
      [null, "2.永久基本农田保护面积", 1, 3, "完成目标得满分"],
    ],
    ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "A3:A4"],
  );
  const roles = rowRoles(g, 1);
  expect([roles.get(3), roles.get(4)]).toEqual(["weight", "weight"]);
});
