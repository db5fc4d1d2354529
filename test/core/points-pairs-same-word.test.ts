import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * One points word twice, each right of a name column (类别 | 分数 | 项目 | 分数, 评估内容 | 分数 | 评估要点 | 分数): the
 * groups' points and the items'. The second 分数 is the items' points whether or not they add up to their group's —
 * an item's points raised is a slip of the sum (weight-sum-mismatch at the group's points), not a score given above
 * its weight. (Before, "分数 after a 分值 column" read it as the points given wherever one group's items missed their
 * group's points: generated rule sheets #692, #747.)
 * Counter-shape: a rule column between the two (考核内容 | 分数 | 评分标准 | 分数) makes no pair: the second 分数 stays
 * the points given (the score), as before.
 */
type Row = CellValue[];

function sheet(heads: [string, string, string, string], item: number): Grid {
  const rows: Row[] = [
    ["双拥工作目标管理考核评分表"],
    ["序号", ...heads],
    // 组织领导 27 = 4 + 13 + 10; 制度建设 17 = its one item (the slip raises it)
    [1, "一、组织领导", 27, "问题整改到位", "4分"],
    [2, null, null, "配备必要的办公设备", "13分"],
    [3, null, null, "完成年度目标任务", "10分"],
    [4, "二、制度建设", 17, "开展宣传活动", `${item}分`],
    [5, "三、工作落实", 56, "资料收集整理归档规范", "30分"],
    [6, null, null, "召开专题会议研究部署工作", "26分"],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:E1"]);
}

const flags = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell} ${f.data?.sum ?? ""}/${f.data?.total ?? ""}`.trim());

describe("two 分数 columns, each right of a name column: the groups' points and the items'", () => {
  test.each<[string, [string, string, string, string]]>([
    ["类别 | 分数 | 项目 | 分数", ["类别", "分数", "项目", "分数"]],
    ["评估内容 | 分数 | 评估要点 | 分数", ["评估内容", "分数", "评估要点", "分数"]],
  ])("%s: consistent (17 over 17) → nothing; the item raised to 19 → the group's 17 against 19", (_n, heads) => {
    expect(flags(sheet(heads, 17))).toEqual([]);
    expect(flags(sheet(heads, 19))).toEqual(["weight-sum-mismatch@C6 19/17"]);
  });
});

describe("counter-shape: a rule column between the two 分数 (考核内容 | 分数 | 评分标准 | 分数)", () => {
  test("the second 分数 is the points given: 19 given on a line of 17 is a score above its points", () => {
    const rows: Row[] = [
      ["双拥工作目标管理考核评分表"],
      ["序号", "考核内容", "分数", "评分标准", "分数"],
      [1, "问题整改到位", 30, "未整改的扣5分，扣完为止。", 25],
      [2, "配备必要的办公设备", 17, "未配备的不得分。", 19],
      [3, "完成年度目标任务", 53, "未完成的按比例扣分。", 50],
    ];
    expect(flags(Grid.fromValues("Sheet1", rows, ["A1:E1"]))).toEqual(["score-exceeds-weight@E4 /"]);
  });
});
