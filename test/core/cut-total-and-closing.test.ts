import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * How a table ends decides what its total is checked against:
 * - an excerpt that stops in a bare name ("公共服务", "学生和老") is cut even when its 自评得分 is stated above the
 *   table; the stated total can then exceed the visible scores by at most the weight not seen (100 − visible weights);
 * - a lone 小计 after every indicator row of a table with no 合计/总分 is the table's total;
 * - headers named with a prefix (参考分值, 指标名称(三级指标), 2020年实际执行数) keep their roles.
 */
type Row = (CellValue | undefined)[];
const sheet = (rows: Row[]) => Grid.fromValues("Sheet1", rows);
const errors = (rows: Row[], rule: string) =>
  review(sheet(rows), "national")
    .findings.filter((f) => f.rule === rule && f.severity !== "info")
    .map((f) => [f.cell, f.messageId, f.data]);

/** 自评得分 stated above; weights 参考分值 10 + 25 + 30 (visible 65 of 100) */
const cutSheet = (total: number, last: Row): Row[] => [
  ["某县部门项目支出绩效自评表"],
  ["项目名称", "公用经费", undefined, "自评得分", total],
  ["一级指标", "二级指标", "三级指标", "参考分值", "指标值", "实际值", "得分", "未完成原因"],
  ["决策(10分)", "目标", "完整性", 10, "—", "完整", 10, undefined],
  ["管理(25分)", "投入", "预算执行率", 25, "100%", "100%", 25, undefined],
  ["产出(30分)", "数量", "保障人数", 30, "2370人", "2370人", 28, "少2人"],
  last,
];

describe("a cut table's stated total", () => {
  const bare: Row = ["效益(35分)", "满意度", "学生和老"];
  test("the table is cut at a bare name even though the total is stated above it", () => {
    expect(review(sheet(cutSheet(90, bare)), "national").model.truncated).toBe(true);
  });

  test.each([
    [63, []], // visible 63: nothing cut off was scored
    [98, []], // 63 + at most 35 not seen = 98: reachable
  ])("a total of %d is reachable (visible 63, at most 35 more)", (total, expected) => {
    expect(errors(cutSheet(total, bare), "total-mismatch")).toEqual(expected);
  });

  test("a total above the visible scores plus the weight not seen is a total-mismatch: 99 > 63 + 35", () => {
    expect(errors(cutSheet(99, bare), "total-mismatch")).toEqual([
      ["E2", "scoreTotalCut", expect.objectContaining({ sum: 63, slack: 35, total: 99, max: 98 })],
    ]);
  });

  test("visible scores above the stated total are a mismatch whatever was cut: 60 < 63", () => {
    expect(errors(cutSheet(60, bare), "total-mismatch")).toEqual([["E2", "scoreTotal", expect.objectContaining({ sum: 63, total: 60 })]]);
  });

  test("a complete last row (not cut): the total is the sum of the rows", () => {
    const full: Row = ["效益(35分)", "满意度", "学生满意度", 35, "≥90%", "95%", 35, undefined];
    expect(review(sheet(cutSheet(98, full)), "national").model.truncated).toBe(false);
    expect(errors(cutSheet(98, full), "total-mismatch")).toEqual([]);
    expect(errors(cutSheet(97, full), "total-mismatch")).toEqual([["E2", "scoreTotal", expect.objectContaining({ sum: 98, total: 97 })]]);
  });
});

describe("a lone 小计 closing the table", () => {
  const table = (weightTotal: number, scoreTotal: number): Row[] => [
    ["某项目事前绩效评估"],
    ["得分情况表"],
    ["一级指标", "分值", "得分", "得分率"],
    ["A立项必要性", 20, 20, "100%"],
    ["B投入经济性", 30, 19, "63.33%"],
    ["C绩效目标合理性", 50, 45.5, "91%"],
    ["小计", weightTotal, scoreTotal, "84.5%"],
    ["综合评定，该项目总得分为84.5分。"],
  ];
  test("is the table's total: its 得分 is the claimed total, its 分值 the total weight", () => {
    const m = review(sheet(table(100, 84.5)), "national").model;
    expect(m.totals?.score?.value).toBe(84.5);
    expect(m.totals?.weight?.value).toBe(100);
    expect(m.totals?.labelCell).toBe("A7");
    expect(m.subtotals).toEqual([]);
  });
  test("and is checked as one: 84 against 20 + 19 + 45.5 = 84.5", () => {
    expect(errors(table(100, 84), "total-mismatch")).toEqual([["C7", "scoreTotal", expect.objectContaining({ sum: 84.5, total: 84 })]]);
  });
  test("single-letter codes of a one-column table (A, B, C) are no code-sequence finding", () => {
    expect(errors(table(100, 84.5), "code-sequence")).toEqual([]);
  });
});

describe("headers named with a prefix or a remark", () => {
  test("参考分值 is the weight column and 指标名称(三级指标) the level-3 names", () => {
    const m = review(
      sheet([
        ["一级指标", "二级指标", "指标名称(三级指标)", "参考分值", "指标值", "实际值", "得分"],
        ["产出指标", "数量指标", "培训人次", 50, "100人次", "100人次", 50],
        ["效益指标", "社会效益", "知晓率", 50, "≥90%", "95%", 50],
      ]),
      "national",
    ).model;
    expect(m.columns.weight).toBe(4);
    expect(m.columns.level3).toBe(3);
    expect(m.indicators.map((i) => [i.name, i.weight])).toEqual([["培训人次", 50], ["知晓率", 50]]);
  });

  test("year-prefixed amount columns add up down their rows: 2020年实际执行数 合计 662.98 against 662.88", () => {
    const rows: Row[] = [
      ["项目预算成本构成", undefined, "金额", "测算依据", "2020年实际执行数", "2021年实际执行数"],
      [undefined, "保安服务费", 191, "依据招标文件", 191, 191],
      [undefined, "保洁服务费", 99, "依据招标文件", 99, 99],
      [undefined, "水电气、维修维护费", 524, "据实结算", 372.88, 504.55],
      [undefined, "合计", 814, undefined, 662.98, 794.55],
    ];
    expect(errors(rows, "total-mismatch")).toEqual([["E5", "sum", expect.objectContaining({ total: 662.98, sum: 662.88 })]]);
  });
});

describe("fund lines written label and amount in one cell", () => {
  const form = (total: string, parts: string[]): Row[] => [
    ["绩效目标表"],
    ["项目名称", "农村义务教育薄弱学校改造补助资金"],
    ["资金情况(万元)", total],
    ...parts.map((p): Row => [undefined, p]),
    ["总体目标", "全面改善农村义务教育薄弱学校办学条件"],
  ];
  test("年度资金总额:16 over 其中:上级资金10 and 本级资金6 adds up", () => {
    expect(errors(form("年度资金总额:16", ["其中:上级资金10", "本级资金6"]), "total-mismatch")).toEqual([]);
  });
  test("年度资金总额:16 over 10 + 5 is a total-mismatch at the total's cell", () => {
    expect(errors(form("年度资金总额:16", ["其中:上级资金10", "本级资金5"]), "total-mismatch")).toEqual([["B3", "sum", expect.objectContaining({ total: 16, sum: 15 })]]);
  });
});

describe("a fund total broken down in multi-line cells (Hunan 部门整体支出绩效目标申报表)", () => {
  const form = (income: string, spending: string): Row[] => [
    ["部门整体支出绩效目标申报表"],
    ["部门名称", "某区实验中学"],
    ["年度预算申请(万元)", "资金总额:704"],
    [undefined, "按收入性质分", undefined, "按支出性质分"],
    [undefined, income, undefined, spending],
    ["部门职能职责概述", "实施初中义务教育"],
  ];
  test("each cell adds up to the total on its own: 683 + 21 and 622 + 82 make 704", () => {
    expect(errors(form("公共财政拨款:683\n政府性基金拨款:\n纳入专户管理的非税收入拨款:21\n其他资金:", "基本支出:622\n项目支出:82"), "total-mismatch")).toEqual([]);
  });
  test("a cell that does not (622 + 72 = 694) is a total-mismatch at the total", () => {
    expect(errors(form("公共财政拨款:683\n政府性基金拨款:\n纳入专户管理的非税收入拨款:21\n其他资金:", "基本支出:622\n项目支出:72"), "total-mismatch")).toEqual([
      ["B3", "sum", expect.objectContaining({ total: 704, sum: 694 })],
    ]);
  });
});

describe("an amount's own label over its 其中 lines (2011 national 项目绩效评价报告)", () => {
  const form = (county: number): Row[] => [
    ["某市预算支出项目绩效评价报告"],
    ["项目名称", "村专职委员工作补贴"],
    ["计划安排资金(万元)", 21.7, "实际到位资金(万元)", 21.7],
    ["其中:中央财政", undefined, "其中:中央财政"],
    ["省财政", 5, "省财政", 5],
    ["市县财政", county, "市县财政", 16.7],
  ];
  test("计划安排 21.7 = 省 5 + 市县 16.7", () => {
    expect(errors(form(16.7), "total-mismatch")).toEqual([]);
  });
  test("计划安排 21.7 against 5 + 15.7 is a total-mismatch at B3", () => {
    expect(errors(form(15.7), "total-mismatch")).toEqual([["B3", "sum", expect.objectContaining({ total: 21.7, sum: 20.7 })]]);
  });
});

describe("a table of numbers closed by 合计, its columns named by project or recipient (分配表)", () => {
  const table = (rowTotal: number, colTotal: number): Row[] => [
    ["2025年特色现代农业发展资金分配表"],
    [undefined, undefined, undefined, "单位:万元"],
    ["单位", "新品种展示示范项目", "病虫害绿色防控项目", "合计"],
    ["农业农村局", 10, 5, 15],
    ["龙浔镇", undefined, 1.3, colTotal],
    ["浔中镇", 2, 1.2, 3.2],
    ["合计", 12, 7.5, rowTotal],
  ];
  test("every column and every row adds up: no finding", () => {
    expect(errors(table(19.5, 1.3), "total-mismatch")).toEqual([]);
  });
  test("a 合计 row that does not (19.6 against 15 + 1.3 + 3.2) is a total-mismatch at its cell", () => {
    expect(errors(table(19.6, 1.3), "total-mismatch")).toEqual([["D7", "sum", expect.objectContaining({ total: 19.6, sum: 19.5 })]]);
  });
  test("a 合计 column cell that does not (1.5 against the row's 1.3) is a total-mismatch at its cell", () => {
    expect(errors(table(19.7, 1.5), "total-mismatch")).toEqual([["D5", "sum", expect.objectContaining({ total: 1.5, sum: 1.3 })]]);
  });
  test("a value in the column (\"/\", \"≥90%\") is no column name: the numbers below it are not summed", () => {
    const rows: Row[] = [["名称", "数额"], ["甲", 5], ["乙", "/"], ["丙", 3], ["丁", 4], ["合计", 12]];
    expect(errors(rows, "total-mismatch")).toEqual([]);
  });
  test("rates and unit prices are never summed: a 合计 over an 执行率 column is no finding", () => {
    const rows: Row[] = [["项目", "预算数", "执行数", "执行率"], ["甲", 10, 9, "90%"], ["乙", 10, 10, "100%"], ["合计", 20, 19, "95%"]];
    expect(errors(rows, "total-mismatch")).toEqual([]);
    expect(errors(rows, "exec-rate-mismatch")).toEqual([]);
  });
});

describe("a 得分率 column beside 分值 and 得分 (an evaluation report's summary table)", () => {
  const table = (rate: string): Row[] => [
    ["某项目事前绩效评估"],
    ["得分情况表"],
    ["一级指标", "分值", "得分", "得分率"],
    ["A立项必要性", 20, 20, "100%"],
    ["B投入经济性", 30, 19, rate],
    ["C绩效目标合理性", 50, 45.5, "91%"],
    ["合计", 100, 84.5, "84.5%"],
  ];
  test("每行得分率 = 得分 ÷ 分值: 19 ÷ 30 = 63.33% agrees", () => {
    expect(errors(table("63.33%"), "ratio-mismatch")).toEqual([]);
  });
  test("a 得分率 that does not (19 ÷ 30 = 63.33%, stated 73.33%) is a ratio-mismatch at its cell", () => {
    expect(errors(table("73.33%"), "ratio-mismatch")).toEqual([["D5", "ratio", expect.objectContaining({ numerator: "19", denominator: "30" })]]);
  });
});

describe("a missed target in a table with no 分值 or 得分 (targets, what was achieved, reasons)", () => {
  const sheet = (actual: string, target = "1"): Row[] => [
    ["中央对地方转移支付区域绩效自评表"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
    [undefined, "产出指标", "数量指标", "新建全民健身中心数量", target, actual, undefined],
    [undefined, "效益指标", "社会效益指标", "群众健身条件改善", "改善", "改善", undefined],
    [undefined, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", undefined],
  ];
  test("work still under way ('建设中') against a target of 1 needs a reason", () => {
    expect(errors(sheet("建设中"), "missing-reason")).toEqual([["G3", "targetMissed", expect.objectContaining({ name: "新建全民健身中心数量" })]]);
  });
  test("a target met needs none", () => {
    expect(errors(sheet("1"), "missing-reason")).toEqual([]);
  });
  test("nothing is missed against an impossible percent target (290% for a rate)", () => {
    expect(errors(sheet("100%", "290%"), "missing-reason")).toEqual([]);
  });
});

describe("a 小计 written in the 序号 column", () => {
  const rubric = (total: number, first = 30) =>
    sheet([
      ["附表4:服务网点建设和使用考核评价评分标准"],
      ["序号", "考核指标", "分值", "评分标准"],
      [1, "网点完工率", first, "完工率100%的得30分"],
      [2, "投资支出率", 10, "支出率100%的得10分"],
      [3, "服务覆盖率", 60, "覆盖率达到要求的得60分"],
      ["小计", null, total],
    ]);
  test("closes the table: it is no indicator, its 分值 is the stated weight total", () => {
    const m = review(rubric(100), "national").model;
    expect(m.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 30], [4, 10], [5, 60]]);
    expect(m.totals?.weight?.value).toBe(100);
  });
  test("a weight changed (33 for 30) no longer adds up to the 小计 100: weight-sum-mismatch", () => {
    expect(review(rubric(100, 33), "national").findings.filter((f) => f.rule === "weight-sum-mismatch").length).toBe(1);
  });
});
