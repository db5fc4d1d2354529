import { join } from "path";
import { recognise } from "../../src/core/recognise";
import { Grid } from "../../src/core/grid/grid";
import { rangeA1 } from "../../src/core/grid/a1";
import { jsonGrid } from "../helpers";

/**
 * An assessment rule sheet with no score column (一级 指标 | 二级 指标 | 测评标准 | 分值 | 测评 方法 | 督查情况, 保山 2021):
 * the header's words of a rule sheet (RULE_SHEET_HEADER) are evidence of the indicator-system family, whichever words
 * of the same kind the sheet uses and however its header cells wrap.
 */
const BAOSHAN = join(__dirname, "../fixtures/real/yn-baoshan-ethnic-unity-creation-organs-evaluation-indicators-2021-excerpt.json");
const base = jsonGrid(BAOSHAN);

/** The 保山 sheet with its header row (row 2) replaced: the same body, merges and title. */
function withHeader(header: string[]): Grid {
  const rows: (string | number | null)[][] = [];
  for (let r = 1; r <= base.rowCount; r++) {
    const row: (string | number | null)[] = [];
    for (let c = 1; c <= 6; c++) row.push(r === 2 ? header[c - 1] : base.text(r, c));
    rows.push(row);
  }
  return Grid.fromValues("Sheet1", rows, base.merges.map(rangeA1));
}
const read = (g: Grid) => {
  const m = recognise(g);
  return { family: m.family, confidence: m.confidence, weights: m.indicators.map((i) => i.weight) };
};

describe("an assessment rule sheet is recognised by its header's words", () => {
  const original = read(base);
  test("保山 as published: an indicator system, its seven weights read, confidence 1 (0.5 table + 0.3 测评标准 + 0.2 for 测评方法 and 督查情况)", () => {
    expect(original).toEqual({ family: "indicator-system", confidence: 1, weights: [10, 8, 8, 8, 8, 8, 7] });
  });

  test.each([
    // the published wrap spaces removed, or put elsewhere inside the words
    [["一级指标", "二级指标", "测评标准", "分值", "测评方法", "督查情况"]],
    [["一级 指标", "二级 指标", "测 评 标 准", "分 值", "测评\n方法", "督查 情况"]],
    // each word swapped for another of its kind
    [["一级 指标", "二级 指标", "评分细则", "分值", "考核方法", "考核对象"]],
    [["一级 指标", "二级 指标", "考核标准", "分值", "考核办法", "指标认定部门"]],
    [["一级 指标", "二级 指标", "测评 细则", "分值", "检查 方法", "负责考核单位"]],
    [["一级 指标", "二级 指标", "评分标准", "分值", "测评方法", "加分"]],
  ])("header %j: the same family, confidence and weights", (header) => {
    expect(read(withHeader(header))).toEqual(original);
  });

  // (the title, …“进机关”测评指标, names a rule sheet: RULE_SHEET_TITLE, +0.15)
  test("without the rule sheet's words (具体内容 | 备注 | blank) the table's shape and the rule sheet's title: confidence 0.65", () => {
    expect(read(withHeader(["一级 指标", "二级 指标", "具体内容", "分值", "备注", ""]))).toEqual({ ...original, confidence: 0.65 });
  });
  test("the rule column alone: 0.95 (0.5 + 0.3 + 0.15 for the title); with one further kind: 1", () => {
    expect(read(withHeader(["一级 指标", "二级 指标", "测评标准", "分值", "备注", ""])).confidence).toBe(0.95);
    expect(read(withHeader(["一级 指标", "二级 指标", "测评标准", "分值", "备注", "考核对象"])).confidence).toBe(1);
  });
  test("a self-evaluation's 扣分原因 is no rule-sheet column", () => {
    expect(read(withHeader(["一级 指标", "二级 指标", "测评标准", "分值", "扣分原因", ""])).confidence).toBe(0.95);
  });
});
