import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { unitResultList } from "../../src/core/recognise/unit-results";
import { review } from "../../src/core/review";

/**
 * A result list (as 东山's 节水型载体 评分结果): under a title naming the results (…评分结果), 序号 | 名称 | 综合评分, one
 * assessed unit a line — a bare 名称 for the units beside an assessment's score word (综合评分, as 综合得分). Read as an
 * evaluation summary headed by the list's header; its stacked lists' own heads (企业名称, 学校名称, 居民小区名称) name units
 * too. Counter-shapes: a bare 名称 under a title naming no results (a scoring list, an allocation) is no unit column;
 * 名称 | 数量 | 金额 is no result list; 名称 | 评分 (no assessment's word) is none.
 */
type Row = (string | number | null)[];

const UNITS: Row[] = [
  [1, "东山县纪律检查委员会", 97],
  [2, "东山县委组织部", 96],
  [3, "东山县发展和改革局", 96],
  [4, "东山县民政局", 95],
];

const list = (title: string, head: Row, lines: Row[] = UNITS) => Grid.fromValues("Sheet1", [["附件1:"], [title], head, ...lines], ["A1:C1", "A2:C2"]);

describe("序号 | 名称 | 综合评分 under a results title", () => {
  test("an evaluation summary headed by the list's header, its units read, nothing found", () => {
    const g = list("2023年度县级节水型载体评分结果", ["序号", "名称", "综合评分"]);
    const m = recognise(g);
    expect(m.family).toBe("evaluation-summary");
    expect(m.headerRow).toBe(3);
    expect(unitResultList(g)?.rows).toEqual([4, 5, 6, 7]);
    expect(review(g, "national").findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test.each([["企业名称"], ["学校名称"], ["居民小区名称"]])("a list headed %s | 综合评分 is one too", (unit) => {
    const g = list("表2节水型企业评分结果(4个)", ["序号", unit, "综合评分"]);
    expect(recognise(g).family).toBe("evaluation-summary");
  });

  test("the same list headed 单位名称 | 综合得分 (the words already read) is one", () => {
    expect(recognise(list("2023年度县级节水型载体评分结果", ["序号", "单位名称", "综合得分"])).family).toBe("evaluation-summary");
  });
});

describe("counter-shapes", () => {
  test("a bare 名称 | 综合评分 under a title naming no results: no unit list", () => {
    const g = list("2023年度县级节水型载体评分表", ["序号", "名称", "综合评分"]);
    expect(unitResultList(g)).toBeNull();
  });

  test("名称 | 数量 | 金额 under a results title: no unit list, no evaluation summary", () => {
    const g = list("2023年度县级节水型载体评分结果", ["序号", "名称", "数量", "金额"], [
      [1, "节水器具", 20, 3000],
      [2, "计量水表", 15, 4500],
      [3, "雨水收集设施", 2, 12000],
    ]);
    expect(unitResultList(g)).toBeNull();
    expect(recognise(g).family).not.toBe("evaluation-summary");
  });

  test("名称 | 评分 (no assessment's word before 评分) is no result list's head", () => {
    expect(unitResultList(list("2023年度县级节水型载体评分结果", ["序号", "名称", "评分"]))).toBeNull();
  });
});
