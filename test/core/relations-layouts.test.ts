import { join } from "path";
import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import type { Relation } from "../../src/core/model/types";
import { evaluateRelation, statedCell } from "../../src/core/relations";
import { review } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * Relations in whole sheets laid out as published templates lay them out (Hunan 自评报告, 转移支付自评表, 基础数据表,
 * 评价结果汇总表, 部门整体评价指标表 with a 得分 column at every level, label | value lists), one table per relation
 * kind. Each case names the relation with its numbers (a reviewer checks them by hand), asserts it holds on the
 * clean sheet, then changes one cell and expects the one finding at the stated cell.
 */

type Row = (CellValue | undefined)[];

interface Sheet {
  rows: Row[];
  merges?: string[];
}

interface Case {
  name: string;
  sheet: Sheet;
  relation: { kind: Relation["kind"]; stated: string; from: string[] };
  /** one cell changed */
  change: Record<string, CellValue>;
  finding: { rule: string; cell: string; message: string[] };
}

const hunan: Sheet = {
  rows: [
    ["2019年度财政支出项目绩效评价自评报告"],
    ["一、项目基本概况"],
    ["项目名称", "农村饮水安全工程"],
    ["主管部门", "县水利局", undefined, "实施单位", "县水利局"],
    ["项目资金(万元)", "合计", "中央", "省级", "市级", "县级"],
    ["计划安排", 500, 300, 100, 50, 50],
    ["实际到位", 480, 300, 100, 40, 40],
    ["实际支出", 450, 290, 90, 35, 35],
    ["结余", 30, 10, 10, 5, 5],
    ["二、项目支出明细情况"],
    ["序号", "支出内容", undefined, "会计凭证号", "实际支出数(万元)"],
    [1, "管网铺设", undefined, "记-012", 250],
    [2, "水厂设备", undefined, "记-045", 150],
    [3, "监理费", undefined, "记-078", 50],
    ["合计", undefined, undefined, undefined, 450],
    ["三、项目绩效指标"],
    ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"],
    ["投入", "资金投入", "资金到位率", 10, "到位率×分值", 9.6],
    [undefined, undefined, "预算执行率", 10, "执行率×分值", 9.38],
    ["过程", "业务管理", "制度执行有效性", 10, undefined, 10],
    ["产出", "数量", "管网长度", 30, undefined, 28],
    ["效益", "社会效益", "受益人口", 40, undefined, 38],
    ["合计", undefined, undefined, 100, undefined, 94.98],
    ["自评得分", 94.98, undefined, "自评等级", "优"],
  ],
  merges: ["A1:F1", "A2:F2", "B3:F3", "B4:C4", "E4:F4", "A10:F10", "B11:C11", "B12:C12", "B13:C13", "B14:C14", "A15:D15", "A16:F16", "A18:A19", "B18:B19"],
};

const transfer: Sheet = {
  rows: [
    ["转移支付区域(项目)绩效目标自评表"],
    ["转移支付(项目)名称", "农业生产发展资金"],
    ["资金投入情况(万元)", undefined, "全年预算数(A)", "全年执行数(B)", "执行率(B/A)"],
    [undefined, "年度资金总额", 1000, 950, "95.00%"],
    [undefined, "其中:中央补助", 600, 600, "100.00%"],
    [undefined, "地方资金", 400, 350, "87.50%"],
    ["资金管理情况", undefined, "计划安排", "实际到位", "到位率"],
    [undefined, "分配科学性"],
    [undefined, "资金到位", 1000, 980, "98.00%"],
  ],
  merges: ["A1:F1", "B2:F2", "A3:B3", "A4:A6", "A7:A9"],
};

const basicData: Sheet = {
  rows: [
    ["部门整体支出绩效评价基础数据表"],
    ["项目", "预算数", "执行数", "备注"],
    ["三公经费合计", 30, 25],
    ["其中:公务接待费", 10, 8],
    ["公务用车运行维护费", 15, 13],
    ["因公出国(境)费", 5, 4],
    ["收入合计", 1000, 980],
    ["其中:财政拨款", 900, 900],
    ["其他收入", 100, 80],
  ],
  merges: ["A1:D1"],
};

const labelValueList: Sheet = {
  rows: [["项目绩效自评概况"], ["项目名称", "某项目"], ["全年预算数(万元)", 200], ["全年执行数(万元)", 180], ["预算执行率", "90.00%"]],
};

const gradesTable: Sheet = {
  rows: [
    ["2020年度项目支出绩效评价结果汇总表"],
    ["序号", "项目名称", "预算金额(万元)", "评价得分", "评价等级"],
    [1, "农村公路养护", 120, 92, "优"],
    [2, "饮水安全", 80, 85, "良"],
    [3, "学生资助", 60, 72, "中"],
  ],
  merges: ["A1:E1"],
};

/** 一级 | 分值 | 得分 | 二级 | 分值 | 得分 | 三级 | 分值 | 得分, merged down each group */
const scoresAtEveryLevel: Sheet = {
  rows: [
    ["部门整体支出绩效评价指标表"],
    ["一级指标", "分值", "得分", "二级指标", "分值", "得分", "三级指标", "分值", "得分"],
    ["投入", 20, 18, "预算配置", 10, 9, "在职人员控制率", 5, 5],
    [undefined, undefined, undefined, undefined, undefined, undefined, "三公经费变动率", 5, 4],
    [undefined, undefined, undefined, "预算执行", 10, 9, "预算完成率", 5, 5],
    [undefined, undefined, undefined, undefined, undefined, undefined, "预算控制率", 5, 4],
    ["产出", 30, 27, "职责履行", 30, 27, "重点工作完成率", 15, 14],
    [undefined, undefined, undefined, undefined, undefined, undefined, "质量达标率", 15, 13],
    ["效果", 50, 45, "社会效益", 50, 45, "群众满意度", 25, 23],
    [undefined, undefined, undefined, undefined, undefined, undefined, "社会效益", 25, 22],
    ["合计", 100, 90],
  ],
  merges: ["A1:I1", "A3:A6", "B3:B6", "C3:C6", "D3:D4", "E3:E4", "F3:F4", "D5:D6", "E5:E6", "F5:F6", "A7:A8", "B7:B8", "C7:C8", "D7:D8", "E7:E8", "F7:F8", "A9:A10", "B9:B10", "C9:C10", "D9:D10", "E9:E10", "F9:F10"],
};

/** 得分 merged per group with no 分值 column: a sheet whose family is not recognised (a 部门整体 scoring sheet) */
const mergedScoresOnly: Sheet = {
  rows: [
    ["部门整体支出绩效评价指标表"],
    ["一级指标", "得分", "二级指标", "得分", "三级指标", "得分", "评价标准"],
    ["投入", 16, "预算配置", 16, "在职人员控制率", 8, "以100%为标准"],
    [undefined, undefined, undefined, undefined, "三公经费变动率", 8, "三公经费变动率≤0,计8分"],
    ["过程", 16, "预算执行", 16, "预算完成率", 8, "100%计满分"],
    [undefined, undefined, undefined, undefined, "预算控制率", 8, "预算控制率=0,计8分"],
  ],
  merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "A5:A6", "B5:B6", "C5:C6", "D5:D6"],
};

/** 中央 | 省级 | 市级 | 县级 | 合计, with a row of rates under the amounts */
const totalOnTheRight: Sheet = {
  rows: [
    ["资金安排情况"],
    ["项目", "中央", "省级", "市级", "县级", "合计"],
    ["计划安排", 40, 30, 20, 10, 100],
    ["实际到位", 40, 30, 20, 5, 95],
    ["实际支出", 38, 28, 18, 5, 89],
    ["结余", 2, 2, 2, 0, 6],
    ["资金到位率(%)", "100.00", "100.00", "100.00", "50.00", "95.00"],
  ],
  merges: ["A1:G1"],
};

/** 部门整体: the fund total broken down twice, by 收入性质 and by 支出性质 */
const twoBreakdowns: Sheet = {
  rows: [
    ["部门整体支出绩效自评表"],
    ["部门名称", "某局"],
    ["年度预算资金(万元)", undefined, "年初预算数", "全年预算数", "全年执行数", "执行率"],
    [undefined, "年度资金总额", 1000, 1100, 1045, "95.00%"],
    [undefined, "按收入性质分:一般公共预算", 900, 1000, 950, "95.00%"],
    [undefined, "政府性基金", 100, 100, 95, "95.00%"],
    [undefined, "按支出性质分:基本支出", 600, 600, 600, "100.00%"],
    [undefined, "项目支出", 400, 500, 445, "89.00%"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "重点工作", "≥10项", "10项", 50, 50],
    ["效益指标", "社会效益", "群众满意度", "≥90%", "95%", 50, 45],
    ["总分", undefined, undefined, undefined, undefined, 100, 95],
  ],
  merges: ["A1:G1", "B2:G2", "A3:B3", "A4:A8", "A12:E12"],
};

/** 绩效目标申报表 with 分值 per target and a closing 合计 */
const targetWithWeights: Sheet = {
  rows: [
    ["项目支出绩效目标申报表"],
    ["项目名称", "某项目"],
    ["项目资金(万元)", "资金总额", undefined, 80],
    [undefined, "其中:财政资金", undefined, 60],
    [undefined, "其他资金", undefined, 20],
    ["绩效指标", "指标内容", "指标值", "分值"],
    ["项目资金预算执行", "预算执行率", "≥90%", 10],
    ["产出指标", "完成数量", "≥3个", 40],
    ["效益指标", "受益人数", "≥500人", 40],
    ["满意度指标", "满意度", "≥90%", 10],
    ["合计", undefined, undefined, 100],
  ],
  merges: ["A3:A5", "B3:C3", "B4:C4", "B5:C5"],
};

const CASES: Case[] = [
  // —— sums in columns ——
  {
    name: "columns (Hunan, by government level): 实际支出 合计 450 = 290 + 90 + 35 + 35; 中央 319 makes 479",
    sheet: hunan,
    relation: { kind: "sum", stated: "B8", from: ["C8", "D8", "E8", "F8"] },
    change: { C8: 319 },
    finding: { rule: "total-mismatch", cell: "B8", message: ["450", "与其明细合计 479 不符"] },
  },
  {
    name: "columns, 合计 on the right: 计划安排 100 = 40 + 30 + 20 + 10; 县级 11 makes 101",
    sheet: totalOnTheRight,
    relation: { kind: "sum", stated: "F3", from: ["B3", "C3", "D3", "E3"] },
    change: { E3: 11 },
    finding: { rule: "total-mismatch", cell: "F3", message: ["100", "与其明细合计 101 不符"] },
  },
  // —— sums in rows: 合计 lists and 其中 groups ——
  {
    name: "合计 list (支出明细 with 会计凭证号): 合计 450 = 250 + 150 + 50; 管网铺设 275 makes 475",
    sheet: hunan,
    relation: { kind: "sum", stated: "E15", from: ["E12", "E13", "E14"] },
    change: { E12: 275 },
    finding: { rule: "total-mismatch", cell: "E15", message: ["450", "与其明细合计 475 不符"] },
  },
  {
    name: "其中 group (转移支付 资金投入情况): 全年预算数 1000 = 600 + 400; 中央补助 660 makes 1060",
    sheet: transfer,
    relation: { kind: "sum", stated: "C4", from: ["C5", "C6"] },
    change: { C5: 660 },
    finding: { rule: "total-mismatch", cell: "C4", message: ["1000", "与其明细合计 1060 不符"] },
  },
  {
    name: "其中 list running to the next total (基础数据表): 三公经费合计 30 = 10 + 15 + 5; 公务接待费 11 makes 31",
    sheet: basicData,
    relation: { kind: "sum", stated: "B3", from: ["B4", "B5", "B6"] },
    change: { B4: 11 },
    finding: { rule: "total-mismatch", cell: "B3", message: ["30", "与其明细合计 31 不符"] },
  },
  {
    name: "其中 list (基础数据表): 收入合计 执行数 980 = 900 + 80; 其他收入 100 makes 1000",
    sheet: basicData,
    relation: { kind: "sum", stated: "C7", from: ["C8", "C9"] },
    change: { C9: 100 },
    finding: { rule: "total-mismatch", cell: "C7", message: ["980", "与其明细合计 1000 不符"] },
  },
  {
    name: "a total broken down twice: 全年执行数 1045 = 950 + 95 (收入性质); 项目支出 455 makes 600 + 455 = 1055 (支出性质)",
    sheet: twoBreakdowns,
    relation: { kind: "sum", stated: "E4", from: ["E5", "E6"] },
    change: { E8: 455 },
    finding: { rule: "total-mismatch", cell: "E4", message: ["1045", "与其明细合计 1055 不符"] },
  },
  {
    name: "closing 合计 of a 分值 column (目标申报表): 100 = 10 + 40 + 40 + 10; 产出指标 43 makes 103",
    sheet: targetWithWeights,
    relation: { kind: "rollup", stated: "D11", from: ["D7", "D8", "D9", "D10"] },
    change: { D8: 43 },
    finding: { rule: "weight-sum-mismatch", cell: "D11", message: ["103", "100"] },
  },
  // —— 结余 differences ——
  {
    name: "结余 in rows (Hunan): 县级 结余 5 = 40 − 35; stated 6",
    sheet: hunan,
    relation: { kind: "difference", stated: "F9", from: ["F7", "F8"] },
    change: { F9: 6 },
    finding: { rule: "total-mismatch", cell: "F9", message: ["结余 6", "= 5 不符"] },
  },
  {
    name: "结余 in rows, 合计 on the right: 合计 结余 6 = 95 − 89; stated 7",
    sheet: totalOnTheRight,
    relation: { kind: "difference", stated: "F6", from: ["F4", "F5"] },
    change: { F6: 7 },
    finding: { rule: "total-mismatch", cell: "F6", message: ["结余 7", "= 6 不符"] },
  },
  // —— ratios ——
  {
    name: "ratio after a criterion row (资金管理情况): 到位率 98.00% = 980 / 1000; stated 90.50%",
    sheet: transfer,
    relation: { kind: "ratio", stated: "E9", from: ["D9", "C9"] },
    change: { E9: "90.50%" },
    finding: { rule: "ratio-mismatch", cell: "E9", message: ["980/1000 = 98.00%", "90.50%"] },
  },
  {
    name: "ratio in a label | value list: 预算执行率 90.00% = 180 / 200; stated 82.50%",
    sheet: labelValueList,
    relation: { kind: "ratio", stated: "B5", from: ["B4", "B3"] },
    change: { B5: "82.50%" },
    finding: { rule: "exec-rate-mismatch", cell: "B5", message: ["180/200 = 90.00%", "82.50%"] },
  },
  // —— rollups ——
  {
    name: "rollup, closing row of a 得分 column (得分 at every level): 合计 90 = 18 + 27 + 45; stated 99",
    sheet: scoresAtEveryLevel,
    relation: { kind: "rollup", stated: "C11", from: ["C3", "C7", "C9"] },
    change: { C11: 99 },
    finding: { rule: "total-mismatch", cell: "C11", message: ["99", "90"] },
  },
  {
    name: "rollup by merges on a sheet of no known family: 预算配置 得分 16 = 8 + 8; 在职人员控制率 9 makes 17",
    sheet: mergedScoresOnly,
    relation: { kind: "rollup", stated: "D3", from: ["F3", "F4"] },
    change: { F3: 9 },
    finding: { rule: "total-mismatch", cell: "D3", message: ["16", "17"] },
  },
];

function grid(s: Sheet, change: Record<string, CellValue> = {}): Grid {
  const rows = s.rows.map((r) => [...r]);
  for (const [a1, v] of Object.entries(change)) {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    const r = Number(m[2]) - 1;
    const c = m[1].charCodeAt(0) - 65;
    while (rows.length <= r) rows.push([]);
    rows[r][c] = v;
  }
  return Grid.fromValues("Sheet1", rows, s.merges ?? []);
}

const relationFindings = (g: Grid) =>
  review(g, "national").findings.filter((f) => f.severity !== "info" && ["total-mismatch", "weight-sum-mismatch", "ratio-mismatch", "exec-rate-mismatch", "grade-mismatch"].includes(f.rule));

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_n, c) => {
  test("the clean sheet states the relation with its cells, and it holds", () => {
    const r = review(grid(c.sheet), "national");
    const rel = r.model.relations.find((x) => x.kind === c.relation.kind && statedCell(x) === c.relation.stated);
    expect(rel).toBeDefined();
    const o = evaluateRelation(rel!);
    expect(o.ok).toBe(true);
    expect(o.from.map((t) => t.cell)).toEqual(c.relation.from);
    expect(relationFindings(grid(c.sheet))).toEqual([]);
  });

  test("one changed cell gives the finding at the stated cell, naming the numbers", () => {
    const at = relationFindings(grid(c.sheet, c.change)).filter((f) => f.cell === c.finding.cell);
    expect(at.map((f) => f.rule)).toContain(c.finding.rule);
    // (a cell may state two relations: 结余 合计 is a sum of the levels and 到位 − 支出)
    const messages = at.filter((x) => x.rule === c.finding.rule).map((x) => x.message);
    expect(messages.some((m) => c.finding.message.every((part) => m.includes(part)))).toBe(true);
  });
});

/** a grade stated under the table with no score beside it: it grades the 总分 */
const loneGrade: Sheet = {
  rows: [
    ["项目支出绩效自评表"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "培训人次", "≥100", 120, 50, 45],
    ["效益指标", "社会效益", "就业率", "≥90%", "85%", 50, 40],
    ["总分", undefined, undefined, undefined, undefined, 100, 85],
    ["说明：就业率未达到年度目标，已说明原因。"],
    ["填报人：张三"],
    ["自评结论", "良"],
  ],
};

/** a grade in a closing sentence, with no score in it */
const gradeInNote: Sheet = {
  rows: [...loneGrade.rows.slice(0, 7), ["经综合评价，本项目绩效评价等级为良。"]],
};

describe("grades in the wordings sheets use, each checked against the national bands: 85 is 良", () => {
  const CASES_W: [string, Row[], string][] = [
    ["考核得分 | 85 | 考核等次 | 差", [["考核得分", 85, "考核等次", "差"]], "D1"],
    ["自评等次 under the table, no score beside it", [...loneGrade.rows.slice(0, 7), ["自评等次", "差"]], "B8"],
    ["a sentence with 等次 (自评等次为差)", [...loneGrade.rows.slice(0, 7), ["经评价，该项目自评等次为差。"]], "A8"],
    ["the score in brackets after the grade: 评价等级：差（85分）", [["评价等级：差（85分）"]], "A1"],
    ["a bare 总分 with weight and score before the grade: 总分 | 100 | 85 | 等级 | 差", [["总分", 100, 85, "等级", "差"]], "E1"],
  ];
  test.each(CASES_W)("%s", (_n, rows, cell) => {
    const f = relationFindings(Grid.fromValues("Sheet1", rows)).filter((x) => x.rule === "grade-mismatch");
    expect(f.map((x) => x.cell)).toEqual([cell]);
    expect(f[0].data).toMatchObject({ total: 85, expected: "良" });
    // written right, no finding
    const right = rows.map((r) => r.map((v) => (typeof v === "string" ? v.replace(/差/g, "良") : v)));
    expect(relationFindings(Grid.fromValues("Sheet1", right)).filter((x) => x.rule === "grade-mismatch")).toEqual([]);
  });
});

describe("stated grades, checked against the national bands (优 ≥ 90, 良 ≥ 80, 中 ≥ 60)", () => {
  /** [case, sheet, grade cell, its new text, the grade the total gets, the grade the finding names (default: the new text)] */
  const CASES_G: [string, Sheet, string, string, string, string | null][] = [
    ["自评等级 beside 自评得分 (Hunan): 94.98 is 优; stated 差", hunan, "E24", "差", "优", null],
    ["a column of grades under 评价等级: 饮水安全 85 is 良; stated 差", gradesTable, "E4", "差", "良", null],
    ["a column of grades under 评价等级: 学生资助 72 is 中; stated 优", gradesTable, "E5", "优", "中", null],
    ["自评结论 three rows under the 总分 row, no score beside it: 总分 85 is 良; stated 优", loneGrade, "B8", "优", "良", null],
    ["a closing sentence with the grade and no score (等级为良): 总分 85 is 良; stated 差", gradeInNote, "A8", "经综合评价，本项目绩效评价等级为差。", "良", "差"],
  ];
  test.each(CASES_G)("%s", (_n, s, cell, text, expected, word) => {
    const stated = word ?? text;
    expect(relationFindings(grid(s))).toEqual([]);
    const f = relationFindings(grid(s, { [cell]: text })).filter((x) => x.cell === cell);
    expect(f.map((x) => x.rule)).toEqual(["grade-mismatch"]);
    expect(f[0].data).toMatchObject({ expected, stated });
  });
});

test("a row of rates beside amounts is not summed across its columns (95.00 is no total of 100 + 100 + 100 + 50)", () => {
  const r = review(grid(totalOnTheRight), "national");
  expect(r.model.relations.some((x) => x.kind === "sum" && statedCell(x) === "F7")).toBe(false);
});

test("relative weights (each group's items out of 100): one mistyped 二级 weight is reported in its own group, not in the others", () => {
  // 反恐经费 评价表: 一级 权重 50/25/25, each group's 二级 分值 add up to 100; 项目产出 (B15) and 项目效果 (B24) are
  // never touched. 财务管理 25 → 28 alone: its own 三级 分值 still add up to 25, so the slip is reported there (D10)
  // and not again at 预算绩效 (B4), whose 103 it alone explains; with its 三级 raised to 28 too, 预算绩效 is off (103)
  const g = jsonGrid(join(FIXTURES, "real", "ciq-fk-system.json"));
  expect(review(g, "national").findings.filter((f) => f.rule === "weight-sum-mismatch")).toEqual([]);
  const j = require(join(FIXTURES, "real", "ciq-fk-system.json"));
  const weightFindings = (edit: (rows: string[][]) => void) => {
    const rows = j.grid.map((r: string[]) => [...r]);
    edit(rows);
    return review(Grid.fromValues("Sheet1", rows, j.merges), "national").findings.filter((x) => x.rule === "weight-sum-mismatch");
  };
  const slip = weightFindings((rows) => (rows[9][3] = "28"));
  expect(slip.map((x) => x.cell)).toEqual(["D10"]);
  expect(slip[0].data).toMatchObject({ sum: 25, total: 28 });
  const group = weightFindings((rows) => {
    rows[9][3] = "28";
    rows[11][7] = "8";
  });
  expect(group.map((x) => x.cell)).toEqual(["B4"]);
  expect(group[0].message).toContain("103");
  // the message says the group's items may add up to 100 as well
  expect(group[0].messageId).toBe("weightGroupRelative");
  expect(group[0].data).toMatchObject({ sum: 103, total: 50 });
});

test("a 得分 column that lists group subtotals and their items together is not summed by its 合计 (20 + 8 + 12 = 2 × 20)", () => {
  const g = Grid.fromValues("Sheet1", [
    ["评分表"],
    ["评价内容", "得分"],
    ["一、投入", 20],
    ["资金到位", 8],
    ["资金使用", 12],
    ["合计", 20],
  ]);
  const r = review(g, "national");
  expect(r.model.relations.some((x) => x.kind === "rollup" && statedCell(x) === "B6")).toBe(false);
});
