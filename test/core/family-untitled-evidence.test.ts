import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Families told by the body where the title is gone (fam33, the title changes of metamorphic-family reaching titles
 * that open on their attachment's number): each shape with the near-miss that must keep its reading.
 */
type Rows = (string | number | null)[][];
const family = (rows: Rows, merges: string[] = []) => review(Grid.fromValues("Sheet1", rows, merges), "national").model.family;

describe("a department's self-evaluation report cut after its cover and first block", () => {
  // the cover: 部门(单位)名称 (a department block), 评价方式 naming a self-evaluation; then 一、收支概况 (a second block)
  const report = (extra: Rows = [], cover = "评价方式:部门(单位)绩效评价自评"): Rows => [
    ["部门(单位)名称    某县审计局"],
    ["部门(单位)主要负责人    张三"],
    ...extra,
    [cover],
    ["评价机构:部门(单位)评价组"],
    ["一、收支概况"],
    ["计划安排资金(万元)", 715.18, "实际到位资金(万元)", 715.18],
    ["实际支出(万元)", 565.75, "", ""],
  ];
  test.each<[string, Rows, string, string]>([
    ["two department blocks under a self-evaluation cover, no project named", report(), "评价方式:部门(单位)绩效评价自评", "dept-self-eval"],
    // (a project's report under the same cover names its project: the department's name heads it as the unit's)
    ["the same with a 项目名称 line: a project's report", report([["项目名称    村级道路养护"]]), "评价方式:部门(单位)绩效评价自评", "project-self-eval"],
    ["the same without the cover's self-evaluation", report(), "评价机构:部门(单位)评价组", "unknown"],
  ])("%s", (_name, rows, cover, expected) => {
    expect(family(rows.map((r) => (r[0] === "评价方式:部门(单位)绩效评价自评" ? [cover] : r)))).toBe(expected);
  });
});

describe("units ranked by their scores, no title above", () => {
  // 综合指数 = 政务 + 经济 (59.97 + 26 = 85.97 …), ranked 1, 2, 3, 4 by it; the whole's line (全市) unranked
  const ranking = (ranks: (number | null)[]): Rows => [
    ["县(市、区)", "政务满意度指数(70%)", "经济指数(30%)", "综合指数(百分制)", "综合排名"],
    ["全市", 60.95, 17.17, 78.12, null],
    ["甲县", 59.97, 26, 85.97, ranks[0]],
    ["乙县", 61.95, 22, 83.95, ranks[1]],
    ["丙县", 62.11, 21, 83.11, ranks[2]],
    ["丁县", 62.91, 18, 80.91, ranks[3]],
  ];
  test.each<[string, (number | null)[], string]>([
    ["ranks 1–4 following the index: the results of an evaluation", [1, 2, 3, 4], "evaluation-summary"],
    // (丙县 83.11 ranked before 乙县 83.95: the column does not rank the units by these scores)
    ["ranks that do not follow the index", [1, 3, 2, 4], "unknown"],
    ["a rank given twice", [1, 2, 2, 4], "unknown"],
    ["no ranks written", [null, null, null, null], "unknown"],
  ])("%s", (_name, ranks, expected) => {
    expect(family(ranking(ranks))).toBe(expected);
  });

  test.each<[string, string]>([
    // (a title naming only the unit and the year says nothing of the list: the ranks still do)
    ["某市发展改革委2023年度", "evaluation-summary"],
    // (a title naming something else says what the list is: unit-result-ranking.test.ts)
    ["上半年某市营商环境满意度综合指数汇总表", "unknown"],
  ])("under the title %s", (title, expected) => {
    expect(family([[title], ...ranking([1, 2, 3, 4])])).toBe(expected);
  });
});

describe("a page of weights without its header under a title naming the system", () => {
  // 序号 | 考评指标 | 权重 | 数据来源 printed without that line: 20 + 15 + 15 + 20 + 10 + 20 = 100
  const page = (last: number): Rows => [
    ["附件2：某市考核评价指标体系"],
    [1, "地区生产总值", 20, "市统计局"],
    [2, "财政收入", 15, "市财政局"],
    [3, "进出口总额", 15, "市商务局"],
    [4, "固定资产投资", 20, "市统计局"],
    [5, "城镇化率", 10, "市住建局"],
    [6, "城镇就业新增人数", last, "市人社局"],
  ];
  test.each<[string, number, string]>([
    ["the points add up to 100: a scoring system's weights", 20, "indicator-system"],
    // 20 + 15 + 15 + 20 + 10 + 15 = 95: numbers beside the items, nothing says they are the system's points
    ["they add up to 95", 15, "unknown"],
  ])("%s", (_name, last, expected) => {
    expect(family(page(last))).toBe(expected);
  });

  test("the same numbers under a title naming no rules (…情况表): no family", () => {
    const rows = page(20);
    rows[0] = ["附件2：某市主要经济指标情况表"];
    expect(family(rows)).toBe("unknown");
  });
});
