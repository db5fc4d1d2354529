import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { review } from "../../src/core/review";

/**
 * An evaluation summary's result is the model's total: the score it states with its grade (in one line or in
 * label | value cells; an evaluator's score before the unit's own 自评分值), or the closing line of a weighted
 * criteria table (its 加权平均得分, the sum of the criteria's). A 概要表 with no table header is headed by the line
 * stating that result. A score read under a heading is a list's project, never the sheet's total.
 */
type Row = (string | number | null)[];

/** A 概要表: its title, then `lines` from row 2, then label | value pairs (抽查 counts). */
function summary(lines: Row[]): Grid {
  return Grid.fromValues("概要表", [
    ["某县2023年村干部报酬项目绩效评价概要表"],
    ...lines,
    ["评价机构", "某管理咨询有限公司", "评价年度", "2023"],
    ["各级资金投入总数", 246.37, "抽查资金总数", 246.37, "资金抽查占比", "100%"],
    ["项目数量", 1, "抽查项目数", 1, "项目抽查占比", "100%"],
  ]);
}

/** [case, lines, total, its cell, header row] */
const CASES: [string, Row[], number | null, string | null, number | null][] = [
  ["one line '评价分值:88.64分 评价等级:良'", [["评价分值:88.64分评价等级:良"]], 88.64, "A2", 2],
  ["one line '评价得分91分，评价等级为优'", [["评价得分91分，评价等级为优"]], 91, "A2", 2],
  ["label | value cells '综合得分 | 85.5 | 评价等级 | 良'", [["综合得分", 85.5, "评价等级", "良"]], 85.5, "B2", 2],
  ["the unit's own 自评分值 | 95 | 自评等级 | 优 alone", [["自评方式", "单位自评", "自评分值", 95, "自评等级", "优"]], 95, "D2", 2],
  [
    "the evaluator's 评价分值 (row 3) before the unit's 自评分值 (row 2) it reports",
    [["自评方式", "单位自评", "自评分值", 100, "自评等级", "优"], ["评价分值:88.64分 评价等级:良"]],
    88.64,
    "A3",
    3,
  ],
];

describe("an evaluation summary's stated score is the model's total", () => {
  test.each(CASES)("%s", (_, lines, total, cell, header) => {
    const m = recognise(summary(lines));
    expect(m.family).toBe("evaluation-summary");
    expect(m.totals?.score?.value ?? null).toBe(total);
    expect(m.totals?.score?.cell ?? null).toBe(cell);
    expect(m.headerRow).toBe(header);
  });

  test("the one-line score keeps the decimals it is written with (88.60分: 2)", () => {
    const m = recognise(summary([["评价分值:88.60分 评价等级:良"]]));
    expect(m.totals?.score).toMatchObject({ value: 88.6, decimals: 2 });
  });

  test("the stated grade is checked against that total: 88.64 graded 优 is 良 under the national bands", () => {
    const r = review(summary([["评价分值:88.64分 评价等级:优"]]), "national");
    const f = r.findings.filter((x) => x.rule === "grade-mismatch");
    expect(f.map((x) => [x.cell, x.data?.total, x.data?.expected])).toEqual([["A2", 88.64, "良"]]);
  });

  test("a list of graded projects (项目名称 | 自评分数 | 自评等级) states no total: each score is a project's own", () => {
    const g = Grid.fromValues("结果", [
      ["2023年新增专项债券项目绩效自评结果"],
      ["项目名称", "债券规模", "自评分数", "自评等级"],
      ["甲医院建设工程", 0.2, 96.5, "优"],
      ["乙医院建设工程", 1.0, 92, "优"],
    ]);
    const m = recognise(g);
    expect(m.family).toBe("evaluation-summary");
    expect(m.headerRow).toBe(2);
    expect(m.totals).toBeNull();
  });
});

describe("a weighted criteria table's closing line is the model's total", () => {
  /** 评价准则 | 权重(%) | 评价分值(百分制) | 加权平均得分 | 绩效等级, 加权 = 权重 × 分值, closed by 项目绩效 | 100% | / | Σ */
  const weighted = (closing: number) =>
    Grid.fromValues("评价结果", [
      ["现将某贷款项目绩效评价结果予以公开"],
      ["评价准则", "权重(%)", "评价分值(百分制)", "加权平均得分", "绩效等级"],
      ["相关性", "20%", 100, 20, "高度相关"],
      ["效率", "50%", 77.39, 38.7, "效率一般"],
      ["效果", "20%", 73.9, 14.78, "比较满意"],
      ["可持续性", "10%", 92, 9.2, "高度可持续"],
      ["项目绩效", "100%", "/", closing, "实施比较顺利。"],
    ]);

  test("项目绩效 | 100% | / | 82.68: the total is D7 = 20 + 38.70 + 14.78 + 9.20, the header row 2", () => {
    const r = review(weighted(82.68), "national");
    expect(r.model.family).toBe("evaluation-summary");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.totals?.score).toMatchObject({ cell: "D7", value: 82.68 });
    expect(r.model.totals?.weight).toBeNull();
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a closing line off its criteria (83.68 against 82.68) is still the total, and the sum is reported there", () => {
    const r = review(weighted(83.68), "national");
    expect(r.model.totals?.score).toMatchObject({ cell: "D7", value: 83.68 });
    const f = r.findings.filter((x) => x.rule === "total-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["D7"]);
  });
});
