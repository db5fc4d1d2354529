import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { RatioRelation } from "../../src/core/model/types";

/**
 * The five forms as the budget-performance management systems export them (预算管理一体化 / 绩效管理系统, the `pmkpi`
 * platform among them): their column heads and row labels as the systems' column registries and templates name them
 * (sources in test/fixtures/real/vocab45-diagnosis.md), in the systems' column orders, with numbers a reviewer checks by
 * hand and one slip each.
 *
 * The readings this file pins (each a class, not one export):
 * - a fund block that prints the budget as set, changed and after the change (年初预算 | 调整预算数 | 调整后预算数, the
 *   systems' AMT1 + AMT2 = AMT3): the rate's budget is the one after the change; "调整预算数" alone in its line stays the
 *   adjusted budget (河北 乐亭, 宁夏 银川 real sheets);
 * - a monitoring fund block's heads 调整后的预算 | 累计支出 | 预算执行率% (the money spent so far, the rate's unit
 *   written without brackets);
 * - a fund head over two lines (偏差原因分析 over 经费保障 | 制度保障 | 人员保障 | 硬件条件保障 | 其他, the national
 *   monitoring form): its second line is the header's, not the block's end;
 * - a monitoring table's completion so far by its period (1至7月执行情况, 截至6月底执行情况, 上半年完成情况, 1—7月完成值),
 *   yielding to the year's completion where a line names both;
 * - 指标度量单位 as the unit column;
 * - an indicator tree exported in one name column, the framework's dimensions as lines of their own (dimension-tree.ts).
 */

type Row = (CellValue | undefined)[];
const reviewed = (rows: Row[]) => review(Grid.fromValues("Sheet1", rows), "national");
const found = (rows: Row[]) => reviewed(rows).findings.filter((f) => f.rule !== "quantification-rate").map((f) => [f.rule, f.cell, f.messageId]);
const ratios = (rows: Row[]) =>
  reviewed(rows)
    .model.relations.filter((r): r is RatioRelation => r.kind === "ratio")
    .map((r) => [r.stated.cell, r.numerator.cell, r.denominator.cell]);
const edit = (rows: Row[], cell: [number, number], v: CellValue): Row[] => rows.map((r, i) => (i === cell[0] - 1 ? r.map((x, j) => (j === cell[1] - 1 ? v : x)) : r.slice()));

// —— 1. the project self-evaluation (/pmkpi/perfself/apply/edit: 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率
// | 得分, then 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施) ——

const P_TITLE: Row[] = [["项目支出绩效自评表"], ["（2023年度）"]];
const P_HEAD: Row[] = [
  ["项目名称", "某县农村公路养护"],
  ["主管部门", "某县交通运输局", null, null, "实施单位", "某县公路事务中心"],
];
const P_FUND: Row[] = [
  ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  [null, "年度资金总额", 200, 180, 162, 10, "90%", 9],
  [null, "其中：当年财政拨款", 200, 180, 162, "—", "—", "—"],
  [null, "上年结转资金", 0, 0, 0, "—", "—", "—"],
  [null, "其他资金", 0, 0, 0, "—", "—", "—"],
];
const P_GOAL: Row[] = [
  ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
  [null, "完成农村公路养护200公里", null, null, null, "完成养护198公里"],
];
const P_IND: Row[] = [
  ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  [null, "产出指标", "数量指标", "养护里程", "≥200公里", "198公里", 20, 19.8, "部分路段汛期延后"],
  [null, null, "质量指标", "养护合格率", "≥95%", "96%", 15, 15],
  [null, null, "时效指标", "完成及时率", "100%", "100%", 15, 15],
  [null, "效益指标", "社会效益指标", "群众出行条件改善", "明显改善", "明显改善", 15, 15],
  [null, null, "可持续影响指标", "长效管护机制", "健全", "健全", 15, 15],
  [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", 10, 10],
  ["总分", null, null, null, null, null, 100, 98.8],
];
const PROJECT = [...P_TITLE, ...P_HEAD, ...P_FUND, ...P_GOAL, ...P_IND];

describe("the project self-evaluation as the systems export it", () => {
  test("titled: the form, its indicator header at row 12 with every column read, its fund rate 162 / 180 at G6, nothing flagged", () => {
    const r = reviewed(PROJECT);
    expect(r.model.family).toBe("project-self-eval");
    expect([r.model.headerRow, r.model.columns]).toEqual([12, { level1: 2, level2: 3, level3: 4, targetValue: 5, actual: 6, weight: 7, score: 8, reason: 9 }]);
    expect(r.model.indicators.map((i) => [i.row, i.name, i.weight, i.claimedScore])).toEqual([
      [13, "养护里程", 20, 19.8],
      [14, "养护合格率", 15, 15],
      [15, "完成及时率", 15, 15],
      [16, "群众出行条件改善", 15, 15],
      [17, "长效管护机制", 15, 15],
      [18, "群众满意度", 10, 10],
    ]);
    expect(ratios(PROJECT)).toEqual([["G6", "E6", "D6"]]);
    expect(found(PROJECT)).toEqual([]);
  });

  test("the same form without its title lines and in traditional characters: the same reading", () => {
    const trad = (rows: Row[]) =>
      rows.map((r) =>
        r.map((x) =>
          typeof x === "string"
            ? x
                .replace(/项目/g, "項目").replace(/资金/g, "資金").replace(/预算/g, "預算").replace(/执行/g, "執行").replace(/数/g, "數")
                .replace(/总/g, "總").replace(/额/g, "額").replace(/财政拨款/g, "財政撥款").replace(/结转/g, "結轉").replace(/指标/g, "指標")
                .replace(/级/g, "級").replace(/实际/g, "實際").replace(/偏差原因分析及改进措施/g, "偏差原因分析及改進措施").replace(/满意/g, "滿意")
            : x,
        ),
      );
    for (const rows of [[...P_HEAD, ...P_FUND, ...P_GOAL, ...P_IND], trad(PROJECT)]) {
      const r = reviewed(rows);
      expect(r.model.family).toBe("project-self-eval");
      expect(r.model.indicators.map((i) => i.weight)).toEqual([20, 15, 15, 15, 15, 10]);
      expect(found(rows)).toEqual([]);
    }
  });

  test.each([
    // 执行率 stated 81% where 162 / 180 = 90%
    ["a rate miscomputed (81% for 162 / 180)", edit(PROJECT, [6, 7], "81%"), [["exec-rate-mismatch", "G6", "ratio"]]],
    // 养护合格率 scored 17 of its 15 (and the total 100.8 restated so that only the score is off)
    ["a score above its weight (17 of 15)", edit(edit(PROJECT, [14, 8], 17), [19, 8], 100.8), [["score-exceeds-weight", "H14", "indicator"], ["indicator-score-mismatch", "H14", "formula"]]],
    // 总分 96 where the lines add up to 98.8
    ["a total off (96 for 98.8)", edit(PROJECT, [19, 8], 96), [["total-mismatch", "H19", "scoreTotal"]]],
  ] as [string, Row[], string[][]][])("%s: flagged at its cell", (_n, rows, expected) => {
    expect(found(rows)).toEqual(expected);
  });

  // the Anhui template's block (预算数 | 全年执行数 | 分值 | 执行率 | 得分 under 项目资金（万元）, 未完成原因分析 beside the scores)
  const ANHUI: Row[] = [
    ["项目支出绩效自评表"],
    ["项目名称", "某项目"],
    ["主管部门及代码", "某局 101", null, "承担处室", "某处"],
    ["项目资金（万元）", null, "预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 100, 90, 10, "90%", 9],
    [null, "财政拨款", 100, 90, null, "90%", null],
    [null, "其他资金", 0, 0],
    ["年度总体目标完成情况", "预期目标", null, "目标实际完成情况"],
    [null, "完成某任务", null, "已完成"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "未完成原因分析"],
    ["产出指标", "数量指标", "培训人次", "≥500人次", "480人次", 30, 28.8, "疫情"],
    [null, "质量指标", "合格率", "≥95%", "96%", 30, 30],
    ["效益指标", "社会效益指标", "就业率", "≥80%", "82%", 20, 20],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "92%", 10, 10],
    ["总分", null, null, null, null, 100, 97.8],
  ];
  test("the Anhui template (预算数 | 全年执行数 | 分值 | 执行率 | 得分): rates 90 / 100 at F5 and F6, the fund's score 10 for 90% of 10 at G5", () => {
    expect(reviewed(ANHUI).model.columns).toEqual({ level1: 1, level2: 2, level3: 3, targetValue: 4, actual: 5, weight: 6, score: 7, reason: 8 });
    expect(ratios(ANHUI)).toEqual([["F5", "D5", "C5"], ["F6", "D6", "C6"]]);
    expect(found(ANHUI)).toEqual([]);
    // (the total 97.8 restated to 98.8 so that only the fund's score is off)
    expect(found(edit(edit(ANHUI, [5, 7], 10), [15, 7], 98.8))).toEqual([["exec-score-mismatch", "G5", "profile"]]);
  });
});

// —— 2. the indicator list with its operator in a column of its own (/pmkpi/perfself/apply/editdept/tjindex: 指标名称 | 计算符号 |
// 指标值 | 实际完成值 | 计量单位 | 分值 | 得分 | 偏差原因分析及改进措施) ——

const SIGNED: Row[] = [
  ["部门整体支出绩效自评表"],
  ["指标名称", "计算符号", "指标值", "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施"],
  ["培训人次", "≥", 500, 480, "人次", 20, 19.2, "疫情影响"],
  ["课程合格率", "≥", 95, 97, "%", 20, 20],
  ["完成时限", "≤", 12, 12, "月", 20, 20],
  ["单位成本", "≤", 300, 280, "元", 20, 20],
  ["学员满意度", "≥", 90, 92, "%", 20, 20],
  ["合计", null, null, null, null, 100, 99.2],
];

describe("the department's indicator list with its operator column (计算符号)", () => {
  test("titled: a department self-evaluation, operator, value and unit each read from its column; 480 / 500 × 20 = 19.2", () => {
    const r = reviewed(SIGNED);
    expect(r.model.family).toBe("dept-self-eval");
    expect([r.model.headerRow, r.model.columns]).toEqual([2, { level3: 1, targetOp: 2, targetValue: 3, actual: 4, unit: 5, weight: 6, score: 7, reason: 8 }]);
    expect(r.model.indicators.map((i) => [i.name, i.opText, i.target?.raw, i.unit, i.actual?.raw])).toEqual([
      ["培训人次", "≥", "500", "人次", "480"],
      ["课程合格率", "≥", "95", "%", "97"],
      ["完成时限", "≤", "12", "月", "12"],
      ["单位成本", "≤", "300", "元", "280"],
      ["学员满意度", "≥", "90", "%", "92"],
    ]);
    expect(found(SIGNED)).toEqual([]);
  });

  test("a score miscomputed (18 for 480 / 500 × 20 = 19.2) and the total left at 99.2: both flagged", () => {
    expect(found(edit(SIGNED, [3, 7], 18))).toEqual([["total-mismatch", "G8", "scoreTotal"], ["indicator-score-mismatch", "G3", "formula"]]);
  });

  test("without its title: still the form's table (a self-evaluation; which one, project or department, the title alone tells)", () => {
    const r = reviewed(SIGNED.slice(1));
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.indicators).toHaveLength(5);
  });
});

// —— 2b. the province's own export (/pmkpi/perfself/apply/edit/bdgpay and …/selfindex): 资金来源 | 年初预算 | 年度预算调整 |
// 调整后的预算 | 全年执行数 | 预算执行率% | 得分, then 指标名称 | 计算符号 | 指标值 | 实际完成值 | 指标度量单位 | 权重 | 实际得分 | 备注 ——

describe("the self-evaluation tabs of a province's system", () => {
  const FUND: Row[] = [
    ["项目支出绩效自评表"],
    ["项目名称", "某项目"],
    ["资金来源", "年初预算", "年度预算调整", "调整后的预算", "全年执行数", "预算执行率%", "得分"],
    ["合计", 100, 20, 120, 108, 90, 9],
    ["财政拨款", 100, 20, 120, 108, 90],
    ["其他资金", 0, 0, 0, 0],
  ];
  test("the fund tab: the rate 108 / 120 (the budget after the change, 调整后的预算) at F4 and F5; 95 flagged", () => {
    expect(ratios(FUND)).toEqual([["F4", "E4", "D4"], ["F5", "E5", "D5"]]);
    expect(found(FUND)).toEqual([]);
    expect(found(edit(FUND, [4, 6], 95))).toEqual([["exec-rate-mismatch", "F4", "ratio"]]);
  });
  const INDEX: Row[] = [
    ["项目支出绩效自评表"],
    ["指标名称", "计算符号", "指标值", "实际完成值", "指标度量单位", "权重", "实际得分", "备注"],
    ["培训人次", "≥", 500, 480, "人次", 50, 48, "疫情"],
    ["合格率", "≥", 95, 96, "%", 50, 50],
  ];
  test("the indicator tab: 指标度量单位 read as the unit column, 权重 and 实际得分 as weight and score; 480 / 500 × 50 = 48", () => {
    const r = reviewed(INDEX);
    expect(r.model.columns).toEqual({ level3: 1, targetOp: 2, targetValue: 3, actual: 4, unit: 5, weight: 6, score: 7 });
    expect(r.model.indicators.map((i) => [i.name, i.unit, i.weight, i.claimedScore])).toEqual([["培训人次", "人次", 50, 48], ["合格率", "%", 50, 50]]);
    expect(found(INDEX)).toEqual([]);
    expect(found(edit(INDEX, [3, 7], 45))).toEqual([["indicator-score-mismatch", "G3", "formula"]]);
  });
});

// —— 2c. the indicator tab exported as a tree in one name column (the selfindex tab: levels as lines of 指标名称, their
// weights and scores on their own lines: 产出指标 | 50 over 数量指标 | 30 over 培训人次 | ≥ | 500 …) — dimension-tree.ts ——

describe("the indicator tree in one name column", () => {
  const TREE: Row[] = [
    ["项目支出绩效自评表"],
    ["指标名称", "计算符号", "指标值", "实际完成值", "指标度量单位", "权重", "实际得分", "备注"],
    ["产出指标", null, null, null, null, 50, 48.8],
    ["数量指标", null, null, null, null, 30, 28.8],
    ["培训人次", "≥", 500, 480, "人次", 30, 28.8, "疫情"],
    ["质量指标", null, null, null, null, 20, 20],
    ["合格率", "≥", 95, 96, "%", 20, 20],
    ["效益指标", null, null, null, null, 40, 40],
    ["社会效益指标", null, null, null, null, 40, 40],
    ["就业率", "≥", 80, 82, "%", 40, 40],
    ["满意度指标", null, null, null, null, 10, 10],
    ["服务对象满意度指标", null, null, null, null, 10, 10],
    ["满意度", "≥", 90, 92, "%", 10, 10],
  ];
  test("the dimension lines are the groups (产出指标 50 = 数量指标 30 + 质量指标 20), the four lines under them the items", () => {
    const r = reviewed(TREE);
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.indicators.map((i) => [i.row, i.path.join("/"), i.weight, i.claimedScore])).toEqual([
      [5, "产出指标/数量指标/培训人次", 30, 28.8],
      [7, "产出指标/质量指标/合格率", 20, 20],
      [10, "效益指标/社会效益指标/就业率", 40, 40],
      [13, "满意度指标/服务对象满意度指标/满意度", 10, 10],
    ]);
    expect(r.model.groups.map((g) => [g.label, g.weight, g.children.map((c) => [c.label, c.weight])])).toEqual([
      ["产出指标", 50, [["数量指标", 30], ["质量指标", 20]]],
      ["效益指标", 40, [["社会效益指标", 40]]],
      ["满意度指标", 10, [["服务对象满意度指标", 10]]],
    ]);
    expect(found(TREE)).toEqual([]);
  });
  test.each([
    // 数量指标 weighted 35 where its one line weighs 30 (and 产出指标 50 = 35 + 20 no more)
    ["a group's points off (数量指标 35 over 培训人次 30)", edit(TREE, [4, 6], 35), [["weight-sum-mismatch", "F4", "weightGroup"]]],
    // 培训人次 scored 27 where 480 / 500 × 30 = 28.8 and its group states 28.8
    ["an item's score off (27 for 28.8)", edit(TREE, [5, 7], 27), [["total-mismatch", "G4", "scoreGroup"], ["indicator-score-mismatch", "G5", "formula"]]],
  ] as [string, Row[], string[][]][])("%s: flagged at its cell", (_n, rows, expected) => {
    expect(found(rows)).toEqual(expected);
  });
  test("成本指标 as a 一级 over its cost sub-dimensions (经济成本指标), and as a 二级 under 产出指标", () => {
    const rows: Row[] = [
      ["指标名称", "指标值", "实际完成值", "权重", "得分"],
      ["产出指标", null, null, 40, 40],
      ["成本指标", null, null, 40, 40],
      ["人均培训成本", "≤300元", "280元", 40, 40],
      ["成本指标", null, null, 20, 20],
      ["经济成本指标", null, null, 20, 20],
      ["单位成本", "≤300元", "290元", 20, 20],
      ["满意度指标", null, null, 40, 40],
      ["服务对象满意度指标", null, null, 40, 40],
      ["满意度", "≥90%", "92%", 40, 40],
    ];
    expect(reviewed(rows).model.indicators.map((i) => i.path.join("/"))).toEqual(["产出指标/成本指标/人均培训成本", "成本指标/经济成本指标/单位成本", "满意度指标/服务对象满意度指标/满意度"]);
  });
  // near shapes: a flat list whose first line is an item, or whose dimension-named line states a target, is no tree
  test.each([
    ["the first line an item (培训人次 before 产出指标)", [["指标名称", "指标值", "实际完成值", "权重", "得分"], ["培训人次", "≥500", "480", 30, 28.8], ["产出指标", null, null, 30, 28.8], ["数量指标", null, null, 30, 28.8], ["合格率", "≥95%", "96%", 20, 20]]],
    ["a line named 满意度指标 with its own target", [["指标名称", "指标值", "实际完成值", "权重", "得分"], ["满意度指标", "≥90%", "92%", 50, 50], ["质量指标", "≥95%", "96%", 50, 50]]],
  ] as [string, Row[]][])("%s: every line an item", (_n, rows) => {
    const r = reviewed(rows);
    expect(r.model.groups).toEqual([]);
    expect(r.model.indicators).toHaveLength(rows.length - 1);
  });
});

// —— 3. the department's fund block (/pmkpi/perfself/apply/dept/edit/bdgpay: 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 预算执行率) ——

describe("the department's fund block by source", () => {
  const DEPT: Row[] = [
    ["部门整体支出绩效自评表"],
    ["部门名称", "某局"],
    ["资金来源", "年初预算数", "全年预算数", "全年执行数", "预算执行率"],
    ["合计", 1000, 1200, 1080, "90%"],
    ["基本支出", 600, 600, 600, "100%"],
    ["项目支出", 400, 600, 480, "80%"],
  ];
  test("each line's rate of 全年执行数 over 全年预算数; 85% for 480 / 600 flagged at E6", () => {
    expect(reviewed(DEPT).model.family).toBe("dept-self-eval");
    expect(ratios(DEPT)).toEqual([["E4", "D4", "C4"], ["E5", "D5", "C5"], ["E6", "D6", "C6"]]);
    expect(found(DEPT)).toEqual([]);
    expect(found(edit(DEPT, [6, 5], "85%"))).toEqual([["exec-rate-mismatch", "E6", "ratio"]]);
  });
});

// —— 4. the budget as set, changed and after the change (年初预算 | 调整预算数 | 调整后预算数 …) ——

describe("a fund block printing the budget's change beside the budget after it", () => {
  // /pmkpi/dept/trace/report/edit/fund: 资金来源 | 年初预算 | 调整预算数 | 调整后预算数 | 预算执行数 | 预算执行率(%) | 全年执行数
  const TRACE: Row[] = [
    ["部门整体支出绩效运行监控表"],
    ["资金来源", "年初预算", "调整预算数", "调整后预算数", "预算执行数", "预算执行率(%)", "全年执行数"],
    ["合计", 1000, 100, 1100, 550, 50, 1050],
    ["财政拨款", 900, 100, 1000, 500, 50, 950],
    ["其他资金", 100, 0, 100, 50, 50, 100],
  ];
  test("the rate is of the budget after the change (550 / 1100 = 50%), not of the change (100): no false flag", () => {
    expect(ratios(TRACE)).toEqual([["F3", "E3", "D3"], ["F4", "E4", "D4"], ["F5", "E5", "D5"]]);
    expect(found(TRACE)).toEqual([]);
  });
  test("a part's amount off (财政拨款 520 where 合计 550 - 其他资金 50 = 500): the sum at E3 and that line's rate 520 / 1000 at F4", () => {
    expect(found(edit(TRACE, [4, 5], 520))).toEqual([["total-mismatch", "E3", "sum"], ["exec-rate-mismatch", "F4", "ratio"]]);
  });
  test.each([
    ["调整预算数 (before 调整后预算数)", "调整预算数"],
    ["预算调整数", "预算调整数"],
    ["年度预算调整(万元)", "年度预算调整(万元)"],
  ])("the change written %s: the same reading", (_n, head) => {
    const rows = edit(TRACE, [2, 3], head);
    expect(ratios(rows)[0]).toEqual(["F3", "E3", "D3"]);
    expect(found(rows)).toEqual([]);
  });

  // near shape: 调整预算数 alone in its line is the adjusted budget (the Hebei / Ningxia self-evaluations: 年初预算数 |
  // 调整预算数 | 全年执行数 | 执行率)
  // (before vocab45 the amount list did not know 调整预算数 as a budget: 27 / 20 was flagged against a stated 90%)
  test("调整预算数 alone in its line (no 调整后 column): the adjusted budget, the rate's denominator (27 / 30 = 90%)", () => {
    const rows: Row[] = [
      ["项目名称", "某项目"],
      ["项目资金(万元)", null, "年初预算数", "调整预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", 20, 30, 27, 10, "90%", 9],
    ];
    expect(ratios(rows)).toEqual([["G3", "E3", "D3"]]);
    expect(found(rows)).toEqual([]);
    expect(found(edit(rows, [3, 7], "95%"))).toEqual([["exec-rate-mismatch", "G3", "ratio"]]);
  });

  // a list of projects by line (序号 | 项目 | 年初预算数 | 调整预算数 | 调整后预算数 | 执行数 | 执行率): each line's rate of the
  // budget after the change
  const LINES: Row[] = [
    ["序号", "项目", "年初预算数", "调整预算数", "调整后预算数", "执行数", "执行率"],
    [1, "甲", 100, 20, 120, 60, "50%"],
    [2, "乙", 50, 0, 50, 25, "50%"],
    ["合计", null, 150, 20, 170, 85, "50%"],
  ];
  test("a list of projects with the change beside the budget after it: each rate of 调整后预算数 (60 / 120), 55% flagged at G2", () => {
    expect(ratios(LINES)).toEqual([["G2", "F2", "E2"], ["G3", "F3", "E3"], ["G4", "F4", "E4"]]);
    expect(found(LINES)).toEqual([]);
    expect(found(edit(LINES, [2, 7], "55%"))).toEqual([["exec-rate-mismatch", "G2", "ratio"]]);
  });

  // /pmkpi/trace/report/proedit/warn/fund: 资金来源 | 年初预算(万元) | 年度预算调整(万元) | 调整后的预算(万元) | 累计支出(万元) |
  // 预算执行率% | 项目指标结余
  const WARN: Row[] = [
    ["项目支出绩效运行监控表"],
    ["项目名称", "某项目"],
    ["资金来源", "年初预算(万元)", "年度预算调整(万元)", "调整后的预算(万元)", "累计支出(万元)", "预算执行率%", "项目指标结余"],
    ["合计", 100, 20, 120, 60, 50, 60],
    ["财政拨款", 80, 20, 100, 50, 50, 50],
    ["其他资金", 20, 0, 20, 10, 50, 10],
  ];
  test("the monitoring tab's heads (调整后的预算 | 累计支出 | 预算执行率%): its rates 60 / 120, 50 / 100, 10 / 20 read; 45% flagged", () => {
    expect(ratios(WARN)).toEqual([["F4", "E4", "D4"], ["F5", "E5", "D5"], ["F6", "E6", "D6"]]);
    expect(found(WARN)).toEqual([]);
    expect(found(edit(WARN, [4, 6], 45))).toEqual([["exec-rate-mismatch", "F4", "ratio"]]);
  });
  test("the budget after the change off in the total line (125 where 100 + 20 = 120): the sum at D4 and its rate 60 / 125", () => {
    expect(found(edit(WARN, [4, 4], 125))).toEqual([["total-mismatch", "D4", "sum"], ["exec-rate-mismatch", "F4", "ratio"]]);
  });
});

// —— 5. the monitoring form (the national template; /pmkpi/program/trace/report/edit/indextarget) ——

describe("the monitoring form as the systems export it", () => {
  // the national template: a fund head over two lines (偏差原因分析 over its five kinds), the indicators' the same
  const NATIONAL: Row[] = [
    ["项目支出绩效目标执行监控表"],
    ["（2023年度）"],
    ["项目名称", "某项目"],
    ["主管部门", "某局", null, null, null, null, "实施单位", "某中心"],
    ["项目资金（万元）", null, "年初预算数", "1-7月执行数", "1-7月执行率", "全年预计执行数", "偏差原因分析", null, null, null, null, "完成目标可能性", "备注"],
    [null, null, null, null, null, null, "经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"],
    [null, "年度资金总额", 200, 80, "40%", 190, null, null, null, null, null, "确定能"],
    [null, "其中：财政拨款", 200, 80, "40%", 190],
    [null, "其他资金", 0, 0, null, 0],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况", "偏差原因分析", null, null, null, null, "完成目标可能性", "备注"],
    [null, null, null, null, null, null, null, "经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"],
    [null, "产出指标", "数量指标", "培训人次", "≥500人次", "260人次", "500人次", null, null, null, null, null, "确定能"],
    [null, null, "质量指标", "合格率", "≥95%", "96%", "96%", null, null, null, null, null, "确定能"],
    [null, "效益指标", "社会效益指标", "就业率", "≥80%", "30%", "70%", null, null, "人员不足", null, null, "有可能"],
    [null, "满意度指标", "服务对象满意度指标", "满意度", "≥90%", "—", "92%", null, null, null, null, null, "确定能"],
  ];
  test("the fund block under its two-line head is read: the rates 80 / 200 at E7 and E8 (not the forecast 190)", () => {
    const r = reviewed(NATIONAL);
    expect(r.model.family).toBe("monitoring");
    expect([r.model.headerRow, r.model.headerLastRow]).toEqual([10, 11]);
    expect(r.model.columns).toMatchObject({ level1: 2, level2: 3, level3: 4, targetValue: 5, actual: 6, likelihood: 13 });
    expect(r.model.indicators.map((i) => [i.row, i.name, i.actual?.raw])).toEqual([
      [12, "培训人次", "260人次"],
      [13, "合格率", "96%"],
      [14, "就业率", "30%"],
      [15, "满意度", "—"],
    ]);
    expect(ratios(NATIONAL)).toEqual([["E7", "D7", "C7"], ["E8", "D8", "C8"]]);
    expect(found(NATIONAL)).toEqual([]);
  });
  test.each([
    ["a rate miscomputed (45% for 80 / 200)", edit(NATIONAL, [7, 5], "45%"), [["exec-rate-mismatch", "E7", "ratio"]]],
    ["a total off (85 executed where its parts add up to 80)", edit(NATIONAL, [7, 4], 85), [["total-mismatch", "D7", "sum"], ["exec-rate-mismatch", "E7", "ratio"]]],
  ] as [string, Row[], string[][]][])("%s: flagged at its cell", (_n, rows, expected) => {
    expect(found(rows)).toEqual(expected);
  });

  // the system's indicator tab: 一级指标 | 二级指标 | 指标名称 | 年度指标值 | 当前完成值 | 计算符号 | 计量单位 | 完成可能性分析 |
  // 序时进度预警 | 偏差原因分析 | 其他原因 | 备注
  const TAB: Row[] = [
    ["一级指标", "二级指标", "指标名称", "年度指标值", "当前完成值", "计算符号", "计量单位", "完成可能性分析", "序时进度预警", "偏差原因分析", "其他原因", "备注"],
    ["产出指标", "数量指标", "培训人次", 500, 260, "≥", "人次", "确定能", "绿色"],
    [null, "质量指标", "合格率", 95, 96, "≥", "%", "确定能", "绿色"],
    ["效益指标", "社会效益指标", "就业率", 80, 40, "≥", "%", "有可能", "黄色", "进度滞后"],
  ];
  test("the system's indicator tab, with or without its title: a monitoring table, every column read", () => {
    for (const rows of [TAB, [["项目支出绩效运行监控表"], ...TAB]]) {
      const r = reviewed(rows);
      expect(r.model.family).toBe("monitoring");
      expect(r.model.columns).toEqual({ level1: 1, level2: 2, level3: 3, targetValue: 4, actual: 5, targetOp: 6, unit: 7, likelihood: 8, reason: 10 });
      expect(r.model.indicators.map((i) => [i.name, i.opText, i.target?.raw, i.actual?.raw])).toEqual([
        ["培训人次", "≥", "500", "260"],
        ["合格率", "≥", "95", "96"],
        ["就业率", "≥", "80", "40"],
      ]);
    }
  });

  test.each(["1至7月执行情况", "1—7月完成值", "截至6月底执行情况", "上半年完成情况", "前三季度执行情况"])(
    "the completion so far headed %s: read as the table's completion column",
    (head) => {
      const rows: Row[] = [
        ["绩效运行监控表"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", head, "全年预计完成情况", "偏差原因分析", "完成目标可能性"],
        ["产出指标", "数量指标", "培训人次", "≥500人次", "260人次", "500人次", null, "确定能"],
        [null, "质量指标", "合格率", "≥95%", "96%", "96%", null, "确定能"],
      ];
      const r = reviewed(rows);
      expect(r.model.family).toBe("monitoring");
      expect(r.model.columns).toEqual({ level1: 1, level2: 2, level3: 3, targetValue: 4, actual: 5, reason: 7, likelihood: 8 });
    },
  );
});

// —— 6. the target declaration (/pmkpi/program/prjindex: 一级指标 | 二级指标 | 指标名称 | 计算符号 | 指标值 | 计量单位 | 指标解释) ——

describe("the target table with its operator column", () => {
  const TARGETS: Row[] = [
    ["一级指标", "二级指标", "指标名称", "计算符号", "指标值", "计量单位", "指标解释"],
    ["产出指标", "数量指标", "培训人次", "≥", 500, "人次", "全年培训人次"],
    [null, "质量指标", "合格率", "≥", 95, "%", "考核合格比例"],
    ["效益指标", "社会效益指标", "就业率", "≥", 80, "%"],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥", 90, "%"],
  ];
  test("under its title: a target declaration, its targets read from three columns, nothing flagged", () => {
    const rows = [["项目支出绩效目标申报表"], ...TARGETS];
    const r = reviewed(rows);
    expect(r.model.family).toBe("target-declaration");
    expect(r.model.columns).toEqual({ level1: 1, level2: 2, level3: 3, targetOp: 4, targetValue: 5, unit: 6, explanation: 7 });
    expect(r.model.indicators.map((i) => [i.opText, i.target?.raw, i.unit])).toEqual([["≥", "500", "人次"], ["≥", "95", "%"], ["≥", "80", "%"], ["≥", "90", "%"]]);
    expect(found(rows)).toEqual([]);
  });
  test("untitled and without 指标解释: a target declaration", () => {
    expect(reviewed(TARGETS.map((r) => r.slice(0, 6))).model.family).toBe("target-declaration");
  });
  // left as it is: the same heads with 指标解释 and no title are also the systems' indicator library (共性指标库,
  // /pmkpi/curingindex/index: 指标名称 | 指标值 | 计算符号 | 计量单位 | 指标解释), which declares no one's targets
  test("untitled with 指标解释: no family (the same heads print an indicator library)", () => {
    expect(reviewed(TARGETS).model.family).toBe("unknown");
  });
});

// —— 7. the systems' list of self-evaluations (/pmkpi/perfself/query: 项目名称 | 预算单位 | 全年预算数 | 调整后预算数 | 全年执行数
// | 预算执行率 | 得分 | 自评结论) ——

describe("the list of self-evaluated projects", () => {
  const LIST: Row[] = [
    ["项目支出绩效自评汇总表"],
    ["项目名称", "预算单位", "全年预算数", "调整后预算数", "全年执行数", "预算执行率", "得分", "自评结论"],
    ["项目甲", "单位A", 100, 120, 108, "90%", 92, "优"],
    ["项目乙", "单位B", 50, 50, 40, "80%", 85, "良"],
    ["合计", null, 150, 170, 148, "87.06%"],
  ];
  test("each line's rate read (of either budget: 108 / 120 = 90%), the 合计 line's sums; nothing flagged", () => {
    expect(ratios(LIST).map((r) => r[0])).toEqual(["F3", "F4", "F5"]);
    expect(found(LIST)).toEqual([]);
  });
  test.each([
    ["a rate miscomputed (95% for 108 / 120)", edit(LIST, [3, 6], "95%"), [["exec-rate-mismatch", "F3", "ratio"]]],
    ["a total off (158 executed where 108 + 40 = 148)", edit(LIST, [5, 5], 158), [["total-mismatch", "E5", "sum"], ["exec-rate-mismatch", "F5", "ratio"]]],
  ] as [string, Row[], string[][]][])("%s: flagged at its cell", (_n, rows, expected) => {
    expect(found(rows)).toEqual(expected);
  });
});

// —— near shapes the readings above must leave alone ——

describe("near shapes", () => {
  test("a fund head followed by lines of words and no fund line: no budget block read from it", () => {
    const rows: Row[] = [
      ["项目名称", "某项目"],
      ["资金来源", "年初预算数", "全年执行数", "执行率"],
      ["说明", "按实际填列", "单位为万元"],
      ["备注", "无", "无"],
    ];
    const r = reviewed(rows);
    expect(r.model.budget).toBeNull();
    expect(found(rows)).toEqual([]);
  });
  test("a forecast column (全年预计执行数) is never the executed amount: the rate stays of 1-7月执行数", () => {
    const rows: Row[] = [
      ["绩效运行监控表"],
      ["项目资金（万元）", null, "年初预算数", "全年预计执行数", "1-7月执行数", "1-7月执行率"],
      [null, "年度资金总额", 200, 190, 80, "40%"],
    ];
    expect(ratios(rows)).toEqual([["F3", "E3", "C3"]]);
    expect(found(rows)).toEqual([]);
  });
  test.each([
    ["上半年完成情况", "全年完成情况"],
    ["1-6月完成值", "全年完成值"],
    ["1-7月执行情况", "实际完成值"],
  ])("a year's self-evaluation printing a period's completion (%s) beside the year's (%s): the year's is the completion", (soFar, year) => {
    const rows: Row[] = [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", soFar, year, "分值", "得分"],
      ["产出指标", "数量指标", "培训人次", "≥500人次", "260人次", "500人次", 50, 50],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "91%", "92%", 50, 50],
    ];
    const r = reviewed(rows);
    expect(r.model.columns).toEqual({ level1: 1, level2: 2, level3: 3, targetValue: 4, actual: 6, weight: 7, score: 8 });
    // (read as the completion, 260 of 500 would have been flagged against the full 50 given)
    expect(found(rows)).toEqual([]);
  });
});
