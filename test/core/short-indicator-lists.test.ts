import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { review } from "../../src/core/review";

/**
 * Short lists of indicators with their points or weights (eng25b): one level (or two), no title words, no rule or score
 * column — recognised by evidence, not layout. A head naming the items beside a 分值 / 权重 column whose lines add up to
 * the 合计 or to 100; a head naming the items and their points (项目名称及分值) over group and item labels that state them;
 * several weight columns side by side, each its own sum. Counter-shapes: a fund allocation list, a monitoring form with
 * 权重-like numbers, a target form's 指标值 column, a list of units with their scores.
 */
type Row = (string | number)[];
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const rowsOf = (g: Grid) => recognise(g).indicators.map((i) => [i.row, i.weight]);
const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

/** 目录 | 序号 | 工作标准 | 分值, one line per standard and a 合计 stating the points' sum. */
function standards(points: number[], opts: { title?: string; head?: string[]; total?: number | null } = {}): Grid {
  const names = ["区位条件", "交通条件", "特色资源", "经济效益", "规划建设", "基础设施", "服务质量", "安全管理"];
  const rows: Row[] = [[opts.title ?? "目录", "", ""], opts.head ?? ["序号", "工作标准", "分值"]];
  points.forEach((p, k) => rows.push([k + 1, names[k], p]));
  const total = opts.total === undefined ? points.reduce((a, b) => a + b, 0) : opts.total;
  if (total !== null) rows.push(["合计", `${points.length}大类`, total]);
  return sheet(rows, ["A1:C1"]);
}

describe("a one-level list of standards with their points (序号 | 工作标准 | 分值)", () => {
  test.each([
    ["under a 目录 title, a 合计 stating 200", standards([30, 20, 50, 40, 60])],
    ["with no title line", sheet([["序号", "工作标准", "分值"], [1, "区位条件", 30], [2, "交通条件", 20], [3, "特色资源", 50], [4, "经济效益", 40], [5, "规划建设", 60], ["合计", "", 200]])],
    ["项目名称 | 权重, no 合计, adding up to 100", sheet([["清单"], ["序号", "项目名称", "权重"], [1, "组织领导", 20], [2, "制度建设", 30], [3, "工作成效", 50]])],
  ])("%s: an indicator list, every line an indicator with its points", (_, g) => {
    const m = recognise(g);
    expect(m.family).toBe("indicator-system");
    expect(m.indicators.length).toBeGreaterThanOrEqual(3);
    expect(m.indicators.every((i) => i.weight !== null)).toBe(true);
  });

  test("the lines read with their points, the 合计 as the weight total", () => {
    const m = recognise(standards([30, 20, 50, 40, 60]));
    expect(m.headerRow).toBe(2);
    expect(rowsOf(standards([30, 20, 50, 40, 60]))).toEqual([[3, 30], [4, 20], [5, 50], [6, 40], [7, 60]]);
    expect(m.totals?.weight?.value).toBe(200);
  });

  test("a point mistyped (50 → 53): the 合计 no longer adds up, found", () => {
    expect(errors(standards([30, 20, 53, 40, 60], { total: 200 }))).toContain("weight-sum-mismatch@C8");
    expect(errors(standards([30, 20, 50, 40, 60]))).toEqual([]);
  });

  test("the header printed again at a page break: the same list", () => {
    const rows: Row[] = [["目录", "", ""], ["序号", "工作标准", "分值"], [1, "区位条件", 30], [2, "交通条件", 20], ["序号", "工作标准", "分值"], [3, "特色资源", 50], [4, "经济效益", 40], ["合计", "", 140]];
    expect(recognise(sheet(rows)).family).toBe("indicator-system");
  });

  test("points that add up to neither the 合计 nor a round total: no list read", () => {
    // (a list of numbers under 分值 that nothing says add up: no evidence of a weight system)
    expect(recognise(standards([30, 20, 50, 40, 60], { total: null })).family).toBe("unknown");
    expect(recognise(standards([30, 20, 50, 40, 60], { total: 500 })).family).toBe("unknown");
  });
});

describe("two weight columns side by side (序号 | 考评指标 | 目标任务考核指标权 重 | 发展成效考核指标权 重 | 数据来源)", () => {
  /** Five indicators weighted twice; `a` and `b` the two columns (null: blank, the item not in that assessment). */
  function twoWeights(a: (number | null)[], b: number[], total: [number, number] | null = null): Grid {
    const names = ["地区生产总值", "财政收入", "进出口总额", "固定资产投资", "新兴产业比重"];
    const rows: Row[] = [["附件2:示范区考核评价指标体系", "", "", "", ""], ["序号", "考评指标", "目标任务考核指标权 重", "发展成效考核指标权 重", "数据来源"]];
    names.forEach((n, k) => rows.push([k + 1, n, a[k] ?? "", b[k], "省统计局"]));
    if (total) rows.push(["合计", "", total[0], total[1], ""]);
    return sheet(rows);
  }

  test("the first column is the model's weight, a line blank in it still an indicator (weight none)", () => {
    const g = twoWeights([40, 30, 30, null, null], [20, 20, 20, 20, 20]);
    const m = recognise(g);
    expect(m.family).toBe("indicator-system");
    expect(m.columns.weight).toBe(3);
    expect(m.parallelWeightCols).toEqual([4]);
    expect(rowsOf(g)).toEqual([[3, 40], [4, 30], [5, 30], [6, null], [7, null]]);
    expect(errors(g)).toEqual([]);
  });

  test.each([
    ["the first column", [43, 30, 30, null, null], [20, 20, 20, 20, 20], "C2"],
    ["the second column", [40, 30, 30, null, null], [20, 23, 20, 20, 20], "D2"],
  ])("no total printed, a weight of %s mistyped: that column's sum is over 100, found at its head", (_, a, b, cell) => {
    expect(errors(twoWeights(a as (number | null)[], b as number[]))).toEqual([`weight-sum-mismatch@${cell}`]);
  });

  test("a 合计 line: each column against its own total", () => {
    expect(errors(twoWeights([40, 30, 30, null, null], [20, 20, 20, 20, 20], [100, 100]))).toEqual([]);
    expect(errors(twoWeights([40, 30, 30, null, null], [20, 20, 20, 20, 24], [100, 100]))).toEqual(["weight-sum-mismatch@D8"]);
    expect(errors(twoWeights([40, 30, 33, null, null], [20, 20, 20, 20, 20], [100, 100]))).toEqual(["weight-sum-mismatch@C8"]);
  });
});

describe("points in the labels under a merged 项目名称及分值 head", () => {
  /** 项目名称及分值 merged over a group column and an item column (and a narrow third one), then 赋分办法 | 牵头单位. */
  function namedPoints(fill: "merged" | "unmerged" | "filled", items = [30, 20, 50]): Grid {
    const rows: Row[] = [
      ["2012年度工作绩效考核项目表", "", "", "", ""],
      ["项目名称及分值", "", "", "赋分办法", "牵头单位"],
      ["(一)“五型”机关创建 (100分)", `1.责任型机关创建(${items[0]}分)`, "", "按排名赋分", "县直机关工委"],
      [fill === "filled" ? "(一)“五型”机关创建 (100分)" : "", `2.学习型机关创建(${items[1]}分)`, "", "", "县委宣传部"],
      [fill === "filled" ? "(一)“五型”机关创建 (100分)" : "", `3.廉洁型机关创建(${items[2]}分)`, "", "", "县纪委"],
      ["(二) 综合评价(200分)", "1.领导评价(100分)", "——", "按排名赋分", "县考核办"],
      [fill === "filled" ? "(二) 综合评价(200分)" : "", "2.民意调查(100分)", "——", "按实绩赋分", "县统计局"],
    ];
    const merges = fill === "merged" ? ["A1:E1", "A2:C2", "A3:A5", "B3:C3", "B4:C4", "B5:C5", "A6:A7"] : [];
    return sheet(rows, merges);
  }

  test.each(["merged", "unmerged", "filled"] as const)("%s: groups and items read from the labels, an indicator list", (fill) => {
    const g = namedPoints(fill);
    const m = recognise(g);
    expect(m.family).toBe("indicator-system");
    expect(m.headerRow).toBe(2);
    expect(rowsOf(g)).toEqual([[3, 30], [4, 20], [5, 50], [6, 100], [7, 100]]);
    expect(m.groups.map((x) => x.weight)).toEqual([100, 200]);
  });

  test("an item's points mistyped (20 → 25): its group's label no longer adds up, found", () => {
    expect(errors(namedPoints("merged"))).toEqual([]);
    expect(errors(namedPoints("merged", [30, 25, 50])).some((e) => e.startsWith("weight-sum-mismatch@"))).toBe(true);
  });
});

describe("counter-shapes: lists that are no indicator list", () => {
  test("an allocation list (序号 | 单位 | 金额(万元)) adding up to its 合计 stays a list of funds", () => {
    const g = sheet([["资金分配表", "", ""], ["序号", "单位", "金额(万元)"], [1, "城关镇", 30], [2, "东城镇", 20], [3, "西城镇", 50], ["合计", "", 100]]);
    expect(recognise(g).family).not.toBe("indicator-system");
  });

  test("an allocation list by weights (序号 | 项目名称 | 权重 | 分配资金(万元)) stays a list of funds", () => {
    const g = sheet([["资金分配表", "", "", ""], ["序号", "项目名称", "权重", "分配资金(万元)"], [1, "道路建设", 30, 300], [2, "水利设施", 20, 200], [3, "村庄整治", 50, 500], ["合计", "", 100, 1000]]);
    expect(recognise(g).family).not.toBe("indicator-system");
  });

  test("a list of recipients and their points (序号 | 单位名称 | 分值) is no indicator list", () => {
    const g = sheet([["分配表", "", ""], ["序号", "单位名称", "分值"], [1, "城关镇", 30], [2, "东城镇", 20], [3, "西城镇", 50], ["合计", "", 100]]);
    expect(recognise(g).family).not.toBe("indicator-system");
  });

  test("a monitoring form whose 权重 add up to 100 stays a monitoring form", () => {
    const g = sheet([["2023年项目绩效运行监控表", "", "", ""], ["序号", "项目名称", "权重", "实施进度"], [1, "道路建设", 30, "已完成50%"], [2, "水利设施", 20, "已完成60%"], [3, "村庄整治", 50, "已完成40%"]]);
    expect(recognise(g).family).toBe("monitoring");
  });

  test("a target form's 指标值 column adding up to 100 stays a target form", () => {
    const g = sheet([
      ["项目绩效目标申报表", "", "", ""],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", 30],
      ["", "", "发放册数", 20],
      ["效益指标", "社会效益指标", "受益人数", 50],
    ]);
    expect(recognise(g).family).toBe("target-declaration");
  });

  test("a list of units with their scores (序号 | 被考核单位 | 得分) stays an evaluation summary", () => {
    const g = sheet([["2023年度考核结果", "", ""], ["序号", "被考核单位", "得分"], [1, "城关镇", 95], [2, "东城镇", 92], [3, "西城镇", 88], [4, "南城镇", 90]]);
    expect(recognise(g).family).not.toBe("indicator-system");
  });
});
