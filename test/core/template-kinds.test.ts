import { Converter } from "opencc-js/cn2t";
import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { rangeA1 } from "../../src/core/grid/a1";
import { review } from "../../src/core/review";
import { KINDS, Kind } from "./kinds/sheets";

/**
 * The template kinds published across provinces (test/core/kinds/sheets.ts) are recognised, and every
 * indicator row they have gets its own checks: a score above its weight, a blank score where the others are
 * scored, a negative score — at the score cell of that row.
 */
const ROW_RULES = ["missing-score", "score-exceeds-weight", "negative-score"];

const EXPECTED: Record<Kind, { family: string; rows: [number, number | null, number | null][]; findings: string[] }> = {
  hunan: {
    family: "project-self-eval",
    rows: [[17, 20, 20], [18, 20, 22], [19, 20, null], [20, 20, -1], [21, 20, 19]],
    findings: ["score-exceeds-weight@G18", "missing-score@G19", "negative-score@G20"],
  },
  transfer: {
    family: "project-self-eval",
    rows: [[13, 20, 20], [14, 20, null], [15, 10, 12], [16, 10, 10], [17, 10, 10], [18, 20, 20]],
    findings: ["missing-score@H14", "score-exceeds-weight@H15"],
  },
  rubric: {
    family: "indicator-system",
    rows: [[3, 5, 5], [4, 5, 6], [5, 10, null], [6, 10, 9], [7, 10, -2], [8, 30, 30], [9, 20, 18], [10, 10, 9]],
    findings: ["score-exceeds-weight@E4", "missing-score@E5", "negative-score@E7"],
  },
  rubric2: {
    family: "indicator-system",
    rows: [[3, 10, 12], [4, 10, null], [5, 30, 30], [6, 20, -1], [7, 30, 29]],
    findings: ["score-exceeds-weight@D3", "missing-score@D4", "negative-score@D6"],
  },
  dept: {
    family: "indicator-system",
    rows: [[3, 8, 8], [4, 8, 9], [5, 8, null], [6, 8, -1], [7, 8, 6]],
    findings: ["score-exceeds-weight@I4", "missing-score@I5", "negative-score@I6"],
  },
  summary: {
    family: "evaluation-summary",
    rows: [[6, 15, 14], [7, 20, 21], [8, 40, null], [9, 25, -1]],
    findings: ["score-exceeds-weight@C7", "missing-score@C8", "negative-score@C9"],
  },
  target: {
    family: "target-declaration",
    rows: [[9, 20, null], [10, 20, null], [11, 30, null], [12, 20, null]],
    findings: [],
  },
  transferNoScore: {
    family: "project-self-eval",
    rows: [13, 14, 15, 16, 17, 18].map((r): [number, null, null] => [r, null, null]),
    findings: [],
  },
  county: { family: "project-self-eval", rows: [11, 12, 13, 14, 15].map((r): [number, null, null] => [r, null, null]), findings: [] },
  summaryText: { family: "evaluation-summary", rows: [], findings: [] },
  rubricMerged: {
    family: "indicator-system",
    rows: [[3, 3, 3], [4, 3, 4], [5, 5, null], [6, 5, 5], [7, 20, -1]],
    findings: ["score-exceeds-weight@E4", "missing-score@E5", "negative-score@E7"],
  },
  declLabel: { family: "target-declaration", rows: [8, 9, 10, 11, 12].map((r): [number, null, null] => [r, null, null]), findings: [] },
  deptSelf: {
    family: "dept-self-eval",
    rows: [[9, 20, 20], [10, 20, 21], [11, 30, null], [12, 20, -2]],
    findings: ["score-exceeds-weight@H10", "missing-score@H11", "negative-score@H12"],
  },
  monitorTrad: { family: "monitoring", rows: [[4, null, null], [5, null, null]], findings: [] },
};

const rowFindings = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => ROW_RULES.includes(f.rule))
    .map((f) => `${f.rule}@${f.cell}`);

const toTraditional = Converter({ from: "cn", to: "tw" });
function traditional(g: Grid): Grid {
  const cells: (Cell | null)[][] = [];
  for (let r = 1; r <= g.rowCount; r++) {
    const row: (Cell | null)[] = [];
    for (let c = 1; c <= g.colCount; c++) {
      const cell = g.cell(r, c);
      row.push(cell && typeof cell.v === "string" ? { ...cell, v: toTraditional(cell.v) } : cell);
    }
    cells.push(row);
  }
  return new Grid({ name: toTraditional(g.name), cells, merges: g.merges.map((m) => rangeA1(m)) });
}

describe.each(Object.keys(KINDS) as Kind[])("template kind %s", (kind) => {
  const e = EXPECTED[kind];
  test(`is recognised as ${e.family}, with each indicator row's weight and score`, () => {
    const r = review(KINDS[kind](), "national");
    expect(r.model.family).toBe(e.family);
    expect(r.model.confidence).toBeGreaterThanOrEqual(0.5);
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual(e.rows);
  });
  test("every indicator row gets its checks: score above weight, blank score, negative score", () => {
    expect(rowFindings(KINDS[kind]())).toEqual(e.findings);
  });
  test("in traditional characters (項目 資金 績效 萬元): the same family, rows and findings", () => {
    const r = review(traditional(KINDS[kind]()), "national");
    expect(r.model.family).toBe(e.family);
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual(e.rows);
    expect(rowFindings(traditional(KINDS[kind]()))).toEqual(e.findings);
  });
});

test("部门整体支出绩效评价指标表: each level's 得分 beside its name is the level's weight (投入 16 = 8 + 8), the last 得分 the score", () => {
  const m = review(KINDS.dept(), "national").model;
  expect([m.columns.level1Weight, m.columns.level2Weight, m.columns.weight, m.columns.score]).toEqual([2, 4, 6, 9]);
  expect(m.groups.map((g) => [g.label, g.weight])).toEqual([["投入", 16], ["过程", 24]]);
});

test("绩效目标表 whose 一级 labels carry their points: the groups weigh 50, 30, 10 and 10", () => {
  const m = review(KINDS.declLabel(), "national").model;
  expect(m.groups.map((g) => [g.name, g.weight])).toEqual([["产出指标", 50], ["效益指标", 30], ["满意度指标", 10], ["项目资金预算执行", 10]]);
});

test("绩效目标申报表 with 分值: its fund parts must add up (财政拨款 150 + 其他资金 20 ≠ 年度资金总额 180)", () => {
  const f = review(KINDS.target(), "national").findings.filter((x) => x.rule === "total-mismatch");
  expect(f.map((x) => [x.cell, x.related])).toEqual([["C4", ["C5", "C6"]]]);
});

test("a sheet of no known family headed 指标名称 | 分值 | 得分 still gets its row checks", () => {
  const g = Grid.fromValues("考核", [
    ["某单位考核情况"],
    ["指标名称", "分值", "得分"],
    ["工作A", 10, 12],
    ["工作B", 10, -1],
    ["工作C", 10, null],
    ["工作D", 10, 9],
  ]);
  const r = review(g, "national");
  expect(r.model.family).toBe("unknown");
  expect(rowFindings(g)).toEqual(["score-exceeds-weight@C3", "negative-score@C4", "missing-score@C5"]);
});

test("a table with names and 分值 but no 得分 column is not read when its family is unknown", () => {
  const g = Grid.fromValues("清单", [["物资清单"], ["名称", "分值"], ["甲", 10], ["乙", 12]]);
  const r = review(g, "national");
  expect(r.model.family).toBe("unknown");
  expect(r.model.indicators).toEqual([]);
});

test("评分表 whose points are written only in its 评分标准 (一级 | 二级 | 三级 | 评分标准 | 得分) is an indicator system", () => {
  const g = Grid.fromValues("Sheet1", [
    ["项目绩效评价指标"],
    ["一级指标", "二级指标", "三级指标", "评分标准", "得分"],
    ["决策", "项目立项", "立项依据充分性", "依据充分得3分，否则不得分", 3],
    ["过程", "资金管理", "资金到位率", "到位率×5分", 5],
  ]);
  expect(review(g, "national").model.family).toBe("indicator-system");
});

test("a 一级 / 二级 group's own 得分 is checked against its own 分值: above it, or negative", () => {
  const g = Grid.fromValues(
    "Sheet1",
    [
      ["部门整体支出绩效评价指标体系"],
      ["一级指标", "分值", "得分", "二级指标", "分值", "得分", "三级指标", "分值", "得分"],
      ["投入", 20, 22, "预算配置", 20, -1, "在职人员控制率", 10, 10],
      [null, null, null, null, null, null, "三公经费变动率", 10, 10],
      ["产出", 80, 70, "产出数量", 80, 70, "完成率", 80, 70],
      ["合计", null, null, null, null, null, null, 100, 90],
    ],
    ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4"],
  );
  expect(rowFindings(g)).toEqual(["score-exceeds-weight@C3", "negative-score@F3"]);
});

test("财政支出项目绩效评价报告 whose cover (评价类型, 组织方式, 评价机构) stands above its 项目绩效目标表 is a project's evaluation", () => {
  const cover = [
    ["财政支出项目绩效评价报告"],
    ["评价类型:实施过程评价      完成结果评价"],
    ["项目名称:          档案征集编研"],
    ["项目单位:          某市档案局"],
    ["组织方式:财政部门     主管部门     项目单位"],
    ["评价机构:中介机构     专家组       项目单位评价组"],
  ];
  const table = [
    ["项目绩效目标表"],
    ["指标类型", "指标名称", "绩效目标", "绩效标准"],
    ["产出指标", "编印公报", "每月3000本,一年12期", null],
    [null, "开展档案征集", "征集解放海南岛的资料", null],
    ["成效指标", "公开政府信息", "向社会公开政府信息", null],
  ];
  const { model } = review(Grid.fromValues("报告", [...cover, ...table]));
  expect(model.family).toBe("project-self-eval");
  expect(model.headerRow).toBe(8);
  expect(model.indicators.map((i) => i.row)).toEqual([9, 10, 11]);
  // without the cover, the same table is no project evaluation
  expect(review(Grid.fromValues("表", table)).model.family).not.toBe("project-self-eval");
});
