import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { perItemPoints } from "../../src/core/recognise/per-item-points";
import type { CellValue } from "../../src/core/grid/grid";

/**
 * table53: products the engine did not read in tables.
 * 1. A scoring line's 分值 = its things counted × the points each earns (per-item-points.ts): 邵阳 档案 '档案室配有计算机、复印机、
 *    照相机、刻录机、扫描仪、防磁柜、消毒柜、移动硬盘(U盘),每项计1分。' beside 8; '抽查12项,每项计2分' beside 24; 贺兰 '牛检测2个指标:
 *    口蹄疫O型、A型免疫抗体。每项指标为5分,…每少5%扣1分' beside 10.
 * 2. The budget line's score = its printed rate × weight where its amounts give no rate (重庆 部门整体: amounts blank, 76% × 10 =
 *    7.6; 0 of 0 printed 0, scored 0), the block's label merged down over its line of figures, 分值权重 a budget weight.
 */
describe("perItemPoints: count × each a line's text states", () => {
  const cases: [string, string, { count: number; each: number } | null][] = [
    ["a '、' list before 每项计1分 (邵阳 D2)", "1、档案室配有计算机、复印机、照相机、刻录机、扫描仪、防磁柜、消毒柜、移动硬盘(U盘 ),每项计1分。", { count: 8, each: 1 }],
    ["a stated count (邵阳 D5)", "4、归档文件材料收集齐全,抽查12项,每项计2分;", { count: 12, each: 2 }],
    ["five things, 每项计2分 (邵阳 D6)", "5、文书档案保管期限划分准确、文件装订整齐、书写美观、编号编目系统规范、填写备考表,每项计2分;", { count: 5, each: 2 }],
    ["a count and a list agreeing, a deduction after (贺兰 C5)", "牛检测2个指标:口蹄疫0型、A型免疫抗体。每项指标为5分,检测合格率≥70%得满分, 每少5%扣1分,以我县抽查为准。", { count: 2, each: 5 }],
    // variants
    ["繁體, full-width comma", "檔案室配有計算機、複印機、照相機,每項計1分。", { count: 3, each: 1 }],
    ["每个得0.5分", "建立台账、制度、档案,每个得0.5分", { count: 3, each: 0.5 }],
    // counter-shapes
    ["a list joined by 和 at its end (the count unclear)", "库房安装使用了空调、去湿机,和统一规范的温湿度自控仪系统,每项计2分;", null],
    ["a clause between the list and the points (邵阳 D4)", "3、库房配有铁门铁窗、铁质柜或密集架、防光窗帘,放有防虫药品,每项计1分。", null],
    ["two clauses, no list (邵阳 D13)", "12、档案人员参加了继续教育培训,按时参加年检年审登记工作,每项计3分;", null],
    ["a bounded count (邵阳 D14: '1条以上')", "13、报送1条以上档案利用实例和立卷说明,每项计1分;", null],
    ["a cap: the full points the cap's", "开展宣传、培训、演练,每项计2分,最高5分。", null],
    ["another award beside", "开展宣传、培训、演练,每项计2分;建立台账得2分。", null],
    ["a stated count the list contradicts", "检测3个指标:口蹄疫、猪瘟。每项指标为5分", null],
    ["a deduction per item is no award", "宣传、培训、演练,每项扣2分", null],
    ["one thing", "建立台账,每项计2分", null],
  ];
  test.each(cases)("%s", (_, text, expected) => {
    expect(perItemPoints(text)).toEqual(expected);
  });
});

/** a scoring sheet (评估记分): 评估项目 | 内容 | 标准分 | 自查分 */
function scoring(rows: CellValue[][]): Grid {
  return Grid.fromValues("Sheet1", [["单位档案工作评估评分标准", "", "", ""], ["评估项目", "内容", "标准分", "自查分"], ...rows], []);
}
const productFlags = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "total-mismatch")
    .map((f) => [f.cell, f.severity, ...(f.related ?? [])]);
const D2 = "1、档案室配有计算机、复印机、照相机、刻录机、扫描仪、防磁柜、消毒柜、移动硬盘,每项计1分。";
const D5 = "4、归档文件材料收集齐全,抽查12项,每项计2分;";
const PLAIN = "6、其它门类档案进行了整理,建立了档案目录;";

describe("a scoring sheet's 分值 against count × each", () => {
  test("8 = 8 × 1, 24 = 12 × 2: silent, both read", () => {
    const g = scoring([["一、保管", D2, 8, ""], ["二、业务", D5, 24, ""], ["", PLAIN, 10, ""]]);
    const r = review(g, "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.relations.filter((x) => x.kind === "product").map((x) => (x.kind === "product" ? [x.result.cell, x.factors.map((f) => f.value)] : null))).toEqual([
      ["C3", [8, 1]],
      ["C4", [12, 2]],
    ]);
    expect(productFlags(g)).toEqual([]);
  });
  test("7 beside eight things at 1: an error at the 分值 C3, the text B3 related", () => {
    expect(productFlags(scoring([["一、保管", D2, 7, ""], ["二、业务", D5, 24, ""], ["", PLAIN, 10, ""]]))).toEqual([["C3", "error", "B3"]]);
  });
  test("22 beside 12 × 2: an error at C4", () => {
    expect(productFlags(scoring([["一、保管", D2, 8, ""], ["二、业务", D5, 22, ""], ["", PLAIN, 10, ""]]))).toEqual([["C4", "error", "B4"]]);
  });
  test("a 分值 merged down over two lines is theirs together: not read", () => {
    const g = Grid.fromValues(
      "Sheet1",
      [["单位档案工作评估评分标准", "", "", ""], ["评估项目", "内容", "标准分", "自查分"], ["一、保管", D2, 12, ""], ["", "2、库房安装了空调", null, ""], ["二、业务", PLAIN, 10, ""]],
      ["C3:C4"],
    );
    expect(review(g, "national").model.relations.filter((x) => x.kind === "product")).toEqual([]);
  });
});

/** 重庆 部门整体绩效自评表's budget lines (the indicator table under them) */
function cqDept(budgetRows: CellValue[][], merges: string[], score = 7.6): Grid {
  const rows: CellValue[][] = [
    ["部门整体绩效自评表", "", "", "", "", "", "", "", "", ""],
    ["主管部门", "重庆市某局", "", "", "", "", "", "自评总分(分)", 97.6, ""],
    ...budgetRows.map((r) => r.map((v) => (v === "$score" ? score : v))),
    ["绩效指标", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)", "指标权重(分)", "指标得分(分)"],
    ["", "预算完成率", "%", "定量指标", "70%", "", "76%", "100%", 2, 2],
    ["", "结转结余率", "%", "定量指标", "2%", "", "0", "100%", 2, 2],
  ];
  return Grid.fromValues("Sheet1", rows, merges);
}
const execFlags = (g: Grid, profile = "chongqing") =>
  review(g, profile)
    .findings.filter((f) => f.rule === "exec-score-mismatch")
    .map((f) => [f.cell, f.severity, f.data?.expected]);

describe("the budget score over the printed rate where the amounts give none", () => {
  // the label merged down A3:A4 over the header and its line of figures; amounts left blank (科学城 融媒体中心)
  const blankAmounts = (score: number) =>
    cqDept(
      [
        ["部门预算执行情况(万元)", "年初预算数", "", "全年(调整)预算数", "", "全年执行数", "", "执行率(%)", "执行率权重", "执行率得分(分)"],
        ["", "", "", "", "", "", "", "76%", 10, "$score"],
      ],
      ["A3:A4"],
      score,
    );
  test("76% × 10 = 7.6 beside 7.6: silent; the line read as the block's total", () => {
    const r = review(blankAmounts(7.6), "chongqing");
    expect(r.model.budget?.items.map((i) => [i.kind, i.rate?.cell, i.weight?.cell, i.score?.cell])).toEqual([["total", "H4", "I4", "J4"]]);
    expect(execFlags(blankAmounts(7.6))).toEqual([]);
  });
  test("an export's undone merge (the label cell blank, or the label filled down): the same line read", () => {
    for (const label of ["", "部门预算执行情况(万元)"]) {
      const g = cqDept(
        [
          ["部门预算执行情况(万元)", "年初预算数", "", "全年(调整)预算数", "", "全年执行数", "", "执行率(%)", "执行率权重", "执行率得分(分)"],
          [label, "", "", "", "", "", "", "76%", 10, "$score"],
        ],
        [],
        7.1,
      );
      expect(execFlags(g)).toEqual([["J4", "error", 7.6]]);
    }
  });
  test("7.1 beside 76% × 10: an error (the 重庆 profile)", () => {
    expect(execFlags(blankAmounts(7.1))).toEqual([["J4", "error", 7.6]]);
  });
  test("0 of 0 printed 0 and scored 0: silent; scored 1: flagged", () => {
    const g = (score: number) =>
      Grid.fromValues(
        "Sheet1",
        [
          ["项目支出绩效自评表", "", "", "", "", "", "", ""],
          ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["", "年度资金总额:", 0, 0, 0, 10, 0, score],
          ["", "其中:本年财政拨款", 0, 0, 0, "", "", ""],
          ["年度总体目标", "完成村级运转", "", "", "", "", "", ""],
        ],
        ["A2:A4"],
      );
    expect(execFlags(g(0), "national")).toEqual([]);
    expect(execFlags(g(1), "national").map((x) => x[0])).toEqual(["H3"]);
  });
  // where the amounts give a rate, the score is checked against it, not against the printed rate (陵区 林业局: 100% printed
  // over 3824.26 / 4753.66 = 80.45%, scored 10: the score side of the rate's slip, an acceptable second finding)
  test("amounts giving a rate: the printed rate is not used (10 beside 80.45% × 10 flagged)", () => {
    const g = Grid.fromValues(
      "Sheet1",
      [
        ["部门整体支出绩效自评表", "", "", "", "", "", "", ""],
        ["年度预算申请(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", 4753.66, 4753.66, 3824.26, 10, "100%", 10],
        ["", "其中:一般公共预算", 4753.66, 4753.66, 3824.26, "", "", ""],
        ["年度总体目标", "完成造林任务", "", "", "", "", "", ""],
      ],
      ["A2:A4"],
    );
    expect(execFlags(g, "national").map((x) => [x[0], x[2]])).toEqual([["H3", 8.04]]);
  });
  test("分值权重 is the budget line's weight (阜康)", () => {
    const g = (score: number) =>
      Grid.fromValues(
        "Sheet1",
        [
          ["项目支出绩效自评表", "", "", "", "", "", "", ""],
          ["项目资金(万元)", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值权重", "执行率", "得分"],
          ["", "年度资金总额", 5.28, 1.96, 1.96, 10, "100.00%", score],
          ["", "其中:当年财政拨款", 5.28, 1.96, 1.96, "-", "-", "-"],
          ["年度总体目标", "完成调查任务", "", "", "", "", "", ""],
        ],
        ["A2:A4"],
      );
    expect(review(g(10), "national").model.budget?.columns.weight).toBe(6);
    expect(execFlags(g(10), "national")).toEqual([]);
    expect(execFlags(g(9), "national").map((x) => x[0])).toEqual(["H3"]);
  });
});

/** 节水型单位建设标准: a numbered section line with its points above each table's header (the next section a table of its own) */
describe("a numbered section line right above the header: its table's 分值 add up to its points", () => {
  const sheet = (first: number, headLine = "一、节水技术标准(40分)") =>
    Grid.fromValues(
      "Sheet1",
      [
        ["节水型单位建设标准", "", "", "", ""],
        [headLine, "", "", "", ""],
        ["序号", "指标", "计算方法", "评分规则", "分值"],
        ["1", "水计量率", "水计量器具计量水量/总水量", "水计量率达到100%得8分", first],
        ["2", "节水器具普及率", "节水器具数量/总器具数量", "低于96%不得分,每高1个百分点得2分,满分8分。", 8],
        ["3", "用水器具漏失率", "漏水件数/总件数", "漏失率≤4%得8分,否则每高1%扣2分,直至扣完。", 8],
        ["4", "中央空调冷却补水率", "补水量/总循环量", "冷却补水率≤1%得8分。", 8],
        ["5", "锅炉冷凝水回收率", "回收量/发气量", "回收率大于50%得8分,每低2%扣1分直至扣完。", 8],
        ["评分说明", "各项得分相加", "", "", ""],
      ],
      ["A1:E1", "A2:E2", "B9:E9"],
    );
  const blocks = (g: Grid) =>
    review(g, "national")
      .model.relations.filter((r) => r.kind === "rollup" && r.level === "block")
      .map((r) => (r.kind === "rollup" ? [r.total.cell, r.total.value, r.parts.length] : null));
  const flags = (g: Grid) =>
    review(g, "national")
      .findings.filter((f) => f.rule === "weight-sum-mismatch" || f.rule === "total-mismatch")
      .map((f) => f.cell);
  test("40 = 8 × 5: read, silent", () => {
    expect(blocks(sheet(8))).toEqual([["A2", 40, 5]]);
    expect(flags(sheet(8))).toEqual([]);
  });
  // (a table with no closing total is read as possibly cut: the section's points bound its lines, 41 > 40 is sure)
  test("a line's 分值 9 under (40分): 41 flagged", () => {
    expect(flags(sheet(9)).length).toBeGreaterThan(0);
  });
  test("the sheet's title with its points, not numbered as a section: not this reading", () => {
    expect(blocks(sheet(8, "节水技术标准(40分)"))).toEqual([]);
  });
});
