import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * One convention for every header of several lines (group cells merged across over sub-columns, the other cells
 * merged down over both lines): the model names the header's TOP line (headerRow), keeps its last line
 * (headerLastRow: the table's lines start below it), and still reads the columns from the sub-line.
 */

type Cells = (string | number | null)[][];

interface Shape {
  name: string;
  head: Cells;
  merges: string[];
  /** the data lines under the header (their first line is row head.length + 2: a title line comes first) */
  data: Cells;
  top: number;
  last: number;
  columns: Record<string, number>;
}

const selfEvalData: Cells = [
  ["产出指标", "数量指标", "培训人次", "≥", 100, "人次", "120人次", 50, 50],
  [null, "质量指标", "合格率", "≥", 95, "%", "98%", 30, 30],
  ["满意度指标", "服务对象满意度指标", "学员满意度", "≥", 90, "%", "95%", 20, 18],
];

const SHAPES: Shape[] = [
  {
    name: "one line (一级 | 二级 | 三级 | … | 分值 | 得分): top and last are the same line",
    head: [["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分"]],
    merges: [],
    data: selfEvalData,
    top: 2,
    last: 2,
    columns: { level1: 1, level2: 2, level3: 3, weight: 8, score: 9 },
  },
  {
    name: "绩效指标 | 年度指标值 over 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位, 实际完成值 | 分值 | 得分 merged down",
    head: [
      ["绩效指标", null, null, "年度指标值", null, null, "实际完成值", "分值", "得分"],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", null, null, null],
    ],
    merges: ["A2:C2", "D2:F2", "G2:G3", "H2:H3", "I2:I3"],
    data: selfEvalData,
    top: 2,
    last: 3,
    columns: { level1: 1, level2: 2, level3: 3, weight: 8, score: 9 },
  },
  {
    name: "一级 | 二级 | 三级 | … | 分值 merged down beside 自评 over 得分 | 偏差原因",
    head: [
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "自评", null],
      [null, null, null, null, null, null, null, null, "得分", "偏差原因"],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:J2"],
    data: selfEvalData.map((r) => [...r, null]),
    top: 2,
    last: 3,
    columns: { level1: 1, level2: 2, level3: 3, weight: 8, score: 9, reason: 10 },
  },
  {
    name: "指标名称 over 一级 | 二级 | 三级 and 年度指标值 over 指标性质 | 指标值 | 度量单位, nothing merged down",
    head: [
      ["指标名称", null, null, "年度指标值", null, null, "实际完成值", "分值", "得分"],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", null, null, null],
    ],
    merges: ["A2:C2", "D2:F2"],
    data: selfEvalData,
    top: 2,
    last: 3,
    columns: { level1: 1, level2: 2, level3: 3, weight: 8, score: 9 },
  },
];

const grid = (s: Shape) => Grid.fromValues("Sheet1", [["项目支出绩效自评表"], ...s.head, ...s.data], ["A1:I1", ...s.merges]);

describe.each(SHAPES)("header shape: $name", (s) => {
  const m = () => review(grid(s), "national").model;
  test("the model names the header's top line and keeps its last line", () => {
    expect([m().headerRow, m().headerLastRow]).toEqual([s.top, s.last]);
  });
  test("the columns are read from every line, the indicators start right below the last line", () => {
    const model = m();
    for (const [role, col] of Object.entries(s.columns)) expect([role, model.columns[role as keyof typeof model.columns]]).toEqual([role, col]);
    expect(model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([
      [s.last + 1, 50, 50],
      [s.last + 2, 30, 30],
      [s.last + 3, 20, 18],
    ]);
  });
});

describe("a target form's header of two lines (指标名称 over 二级 | 三级, the others merged down)", () => {
  const g = (merged: boolean) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["部门预算项目支出绩效目标申报表"],
        ["绩效指标", "指标名称", null, "上年度实际水平", "本年度计划水平", "指标内容"],
        [null, "二级指标", "三级指标", null, null, null],
        [null, "数量指标", "培训人次", "100人次", "120人次", "年度培训人次"],
        [null, "质量指标", "合格率", "95%", "98%", "培训合格的比例"],
        [null, "满意度指标", "学员满意度", "90%", "95%", "问卷调查"],
      ],
      merged ? ["A1:F1", "A2:A6", "B2:C2", "D2:D3", "E2:E3", "F2:F3"] : ["A1:F1"],
    );
  test("merged: the header is named by its top line (2), its 二级 and 三级 read from the second (3)", () => {
    const m = review(g(true), "national").model;
    expect([m.headerRow, m.headerLastRow, m.columns.level2, m.columns.level3]).toEqual([2, 3, 2, 3]);
  });
});

describe("lines above a one-line header that are no part of it", () => {
  const data: Cells = [
    ["一级指标", "二级指标", "三级指标", "指标值", "分值", "得分"],
    ["产出指标", "数量指标", "培训人次", "120人次", 50, 50],
    ["效益指标", "社会效益指标", "受益人数", "300人", 50, 45],
  ];
  test.each([
    ["a title merged across the whole table (one cell)", [["项目支出绩效自评表"]], ["A1:F1"]],
    ["a goal line: its label, then a sentence merged across the table", [["总体目标", "完成年度培训任务,提高学员业务能力"]], ["B1:F1"]],
    ["a label | value line above (项目名称 | … | 主管部门 | …), nothing merged down", [["项目名称", "培训项目", "主管部门", "教育局", null, null]], []],
  ] as [string, Cells, string[]][])("%s: the header is its own line (2)", (_name, above, merges) => {
    const m = review(Grid.fromValues("Sheet1", [...above, ...data], merges), "national").model;
    expect([m.headerRow, m.headerLastRow]).toEqual([2, 2]);
  });
});

describe("an allocation list with a two-line header (县区 merged down, 补助资金 over 合计 | 中央 | 省级: the lower line names more columns)", () => {
  test("its header is named by the top line (2), its 合计 row still read as the total", () => {
    const g = Grid.fromValues(
      "Sheet1",
      [
        ["2024年某专项资金分配表"],
        ["县(市、区)", "补助资金(万元)", null, null],
        [null, "合计", "中央资金", "省级资金"],
        ["甲县", 150, 100, 50],
        ["乙县", 120, 80, 40],
        ["丙县", 90, 60, 30],
        ["合计", 360, 240, 120],
      ],
      ["A1:D1", "A2:A3", "B2:D2"],
    );
    const m = review(g, "national").model;
    expect([m.headerRow, m.totals?.score?.cell, m.totals?.score?.value]).toEqual([2, "B7", 360]);
  });
});

describe("an allocation list with no 合计 row, each county's 合计 merged down over its towns' lines (their sum)", () => {
  const g = () =>
    Grid.fromValues(
      "Sheet1",
      [
        ["2024年某专项资金分配表"],
        ["县(市、区)", "合计", "奖补乡镇", null],
        [null, null, "镇(乡)", "补助资金(万元)"],
        ["甲县", 100, "一镇", 50],
        [null, null, "二镇", 50],
        ["乙县", 150, "三镇", 50],
        [null, null, "四镇", 50],
        [null, null, "五镇", 50],
        ["丙县", 50, "六镇", 50],
      ],
      ["A1:D1", "A2:A3", "B2:B3", "C2:D2", "A4:A5", "B4:B5", "A6:A8", "B6:B8"],
    );
  test("two merged totals: the list's header is named by its top line (2)", () => {
    expect(review(g(), "national").model.headerRow).toBe(2);
  });
});

describe("a list of amounts given out that states no sum (cut before its 合计): its header is read from its money column", () => {
  const list = (head: (string | null)[][], lines: (string | number | null)[][], merges: string[] = []) =>
    review(Grid.fromValues("Sheet1", [["2021年某资金分配表"], ...head, ...lines], ["A1:C1", ...merges]), "national").model;
  const LINES = [
    ["甲街道", "200,000", null],
    ["乙街道", "600,000", null],
    ["丙镇", "250,000", null],
  ];
  test.each([
    ["街镇 | 金额 | 备注 over three lines", [["街镇", "金额", "备注"]], LINES, [], 2],
    ["补助资金 over (元): named by its top line", [["学校名称", "补助资金", "备注"], [null, "(元)", null]], LINES, ["A2:A3", "C2:C3"], 2],
    ["two lines only", [["街镇", "金额", "备注"]], LINES.slice(0, 2), [], null],
    ["no name left of the amounts", [["金额", "街镇", "备注"]], LINES.map(([a, b, c]) => [b, a, c]), [], null],
  ] as [string, (string | null)[][], (string | number | null)[][], string[], number | null][])("%s: header %p", (_name, head, lines, merges, header) => {
    expect(list(head, lines, merges).headerRow).toBe(header);
  });
});

describe("a short numbered allocation list (序号 | 项目名称 | 建设地点 | 建设内容 | 投资规模 | 责任单位, no 合计): its header is read", () => {
  const HEAD = ["序号", "项目名称", "建设地点", "建设内容", "投资规模", "责任单位"];
  const model = (head: (string | null)[], lines: (string | number | null)[][], after: (string | null)[][] = []) =>
    review(Grid.fromValues("Sheet1", [["2018年扶贫资金分配表"], head, ...lines, ...after], ["A1:F1", ...after.map((_, k) => `A${lines.length + 3 + k}:F${lines.length + 3 + k}`)]), "national").model;
  const ONE = [["1", "义务教育保障", "关堤乡", "义务教育保障", "241.3", "社会事务局"]];
  const THREE = [
    ["1", "人行道硬化", "周家营村", "铺设道板砖", "20万元", "办事处"],
    ["2", "饮水工程", "屈王度村", "新建主管道", "20万元", "办事处"],
    ["3", "道路建设", "后林都村", "道路硬化", "73.5万元", "柏庄镇"],
  ];
  const NOTE = [["备注:每个具体项目建设情况由责任单位另行公告公示。"]];
  test.each([
    ["one numbered line closed by a 备注 line", HEAD, ONE, NOTE, 2, false],
    ["one numbered line ending the sheet", HEAD, ONE, [], 2, true],
    ["three lines with their unit written in ('20万元')", HEAD, THREE, NOTE, 2, false],
    // counter-shapes: no numbering column, numbers not counting from 1, a money head the list does not open with 序号
    ["no 序号 column", HEAD.slice(1), ONE.map((l) => l.slice(1)), NOTE, null, false],
    ["numbered from 2", HEAD, [["2", ...ONE[0].slice(1)]], NOTE, null, false],
    ["a head naming no money (规模)", ["序号", "项目名称", "建设地点", "建设内容", "规模", "责任单位"], ONE, NOTE, null, false],
  ] as [string, (string | null)[], (string | number | null)[][], (string | null)[][], number | null, boolean][])("%s", (_name, head, lines, after, header, cut) => {
    const m = model(head, lines, after);
    expect(m.headerRow).toBe(header);
    if (header !== null) expect(m.truncated).toBe(cut);
  });
  test("a numbered line followed by another line of several cells (the list runs on unread): no header", () => {
    expect(model(HEAD, [...ONE, ["另一项目", "某村", "某内容"]]).headerRow).toBe(null);
  });
});
