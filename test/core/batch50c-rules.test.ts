import { Grid } from "../../src/core/grid/grid";
import { review, reviewFamily } from "../../src/core/review";

/**
 * corpus50c (session 40): the development sheet 单位(部门)党风廉政建设量化考核评分一览表 (2012) read through two of the
 * metamorphic changes. Each rule with its shape and counter-shape.
 */

type Cell = string | number | null;

describe("a rule page without its header under a title naming a points table in 一览表 words (…量化考核评分一览表)", () => {
  // the header line (项目 | 考核内容 | 分值 | 自评分) dropped: the title, the form's blanks, then the groups and their items
  const page = (title: string) =>
    Grid.fromValues(
      "Sheet1",
      [
        [title, null, null, null],
        ["被考核单位:", null, "2012年11月30日制", null],
        ["一、组织领导(10分)", "1.建立健全党风廉政建设工作机构,明确专人负责", 2, null],
        [null, "2.明确责任分解,建立工作流程和网络体系", 3, null],
        [null, "3.与本单位(部门)全体员工签订腐败风险防范责任状", 3, null],
        [null, "4.配合职能部门建立党员干部廉政档案", 2, null],
        ["二、制度建设(6分)", "1.制定党风廉政建设责任制实施办法", 3, null],
        [null, "2.建立健全党风廉政建设工作制度", 3, null],
      ],
      ["A1:D1", "A3:A6", "A7:A8"],
    );

  test.each([
    ["单位(部门)党风廉政建设量化考核评分一览表", "indicator-system"],
    // (评分表 read before: the same page under it)
    ["单位(部门)党风廉政建设量化考核评分表", "indicator-system"],
    // counter-shapes: a list of what was done (no points named), and a list of units' results (结果), are no rule page
    ["单位(部门)党风廉政建设工作一览表", "unknown"],
    ["单位(部门)党风廉政建设考核评分结果一览表", "unknown"],
  ])("%s: %s", (title, family) => {
    expect(reviewFamily(page(title))).toBe(family);
  });
});

describe("a cut last line numbered next, in a table whose one level column names every line (an empty column after 项目)", () => {
  // 项目 | (empty) | 考核内容 | 分值 | 自评分: 考核内容 read as the only level, each line its own group, the labels in 项目 the
  // groups' weight blocks; the page stops inside item 4 of 二、 (its 分值 cut)
  const sheet = (last: string) => {
    const g: Cell[][] = [
      ["单位(部门)党风廉政建设量化考核评分一览表", null, null, null, null],
      ["项目", null, "考核内容", "分值", "自评分"],
      ["一、组织领导\n(10分)", null, "1.建立健全党风廉政建设工作机构,明确专人负责", 2, null],
      [null, null, "2.明确责任分解,建立工作流程和网络体系", 3, null],
      [null, null, "3.与本单位(部门)全体员工签订腐败风险防范责任状", 3, null],
      [null, null, "4.配合职能部门建立党员干部廉政档案", 2, null],
      ["二、作风建设\n(17分)", null, "1.积极配合职能部门开展党风廉政建设活动", 4, null],
      [null, null, "2.积极开展党风廉政建设方面意见征求和谈心活动", 4, null],
      [null, null, "3.及时做好信访转办、群众来信来访、举报投诉的处理工作", 3, null],
      [null, null, last, null, null],
    ];
    return Grid.fromValues("Sheet1", g, ["A1:E1", "A3:A6", "A7:A10"]);
  };
  const rows = (last: string) => review(sheet(last), "national").model.indicators.map((i) => [i.row, i.weight]);

  test("4.… after 3.… (its points cut): the list's next item, read without a weight", () => {
    expect(rows("4.及时对受到投诉、举报和民主测评满意率低的教职工进")).toEqual([
      [3, 2], [4, 3], [5, 3], [6, 2], [7, 4], [8, 4], [9, 3], [10, null],
    ]);
  });

  test.each([
    // a remark under the lines, no number: no item
    ["以上各项由考核组评定"],
    // a number that does not follow (6. after 3.): no item
    ["6.及时对受到投诉、举报和民主测评满意率低的教职工进"],
  ])("counter-shape: %s is no item", (last) => {
    expect(rows(last).map(([r]) => r)).not.toContain(10);
  });
});
