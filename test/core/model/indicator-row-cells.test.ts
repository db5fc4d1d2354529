import { Grid } from "../../../src/core/grid/grid";
import type { Indicator, RollupRelation } from "../../../src/core/model/types";
import { hasCell, IndicatorRow } from "../../../src/core/model/indicator-row";
import { review } from "../../../src/core/review";

/**
 * hasCell(i, key) answers `!!i[key]` without making the address of a row the table walk read (a rule asks it of
 * every row and reports a few), and the 其中 rollups compare a sub-item's cell with its parent's by row and column.
 */
const COLS = { name: 3, weight: 6, score: 7, target: 4, op: 0, unit: 0, actual: 5, reason: 0, rubric: 0, coefficient: 0 };

describe("hasCell", () => {
  test("an IndicatorRow's own cells: present where the table has the column, absent where it has none", () => {
    const row = new IndicatorRow(12, COLS);
    expect(hasCell(row, "scoreCell")).toBe(true);
    expect(row.scoreCell).toBe("G12");
    expect(hasCell(row, "reasonCell")).toBe(false);
    expect(row.reasonCell).toBeNull();
  });

  test("a cell set after the walk is what hasCell reads: an address set is present, null set is absent", () => {
    const row = new IndicatorRow(12, COLS);
    row.weightCell = "B10";
    row.scoreCell = null;
    row.reasonCell = "I12";
    expect([hasCell(row, "weightCell"), hasCell(row, "scoreCell"), hasCell(row, "reasonCell")]).toEqual([true, false, true]);
    expect([row.weightCell, row.scoreCell, row.reasonCell]).toEqual(["B10", null, "I12"]);
  });

  test("an indicator that is a plain object: its property read as it is", () => {
    const plain = { scoreCell: "H3", reasonCell: null } as unknown as Indicator;
    expect(hasCell(plain, "scoreCell")).toBe(true);
    expect(hasCell(plain, "reasonCell")).toBe(false);
  });
});

describe("其中 rollups compare cells by row and column", () => {
  /**
   *   A 一级指标 | B 二级指标 | C 三级指标      | D 指标值 | E 实际完成值 | F 分值 | G 得分
   *   产出指标   | 数量指标   | 培训人次        | ≥100     | 120          | 4      | 3
   *              |            | 其中：线上人次  | ≥50      | 60           | 2      | 2
   *              |            | 其中：线下人次  | ≥50      | 60           | 2      | 2
   */
  const grid = Grid.fromValues("Sheet1", [
    ["项目支出绩效自评表"],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "培训人次", "≥100", 120, 4, 3],
    [undefined, undefined, "其中：线上人次", "≥50", 60, 2, 2],
    [undefined, undefined, "其中：线下人次", "≥50", 60, 2, 2],
  ]);
  const rollups = review(grid).model.relations.filter((r): r is RollupRelation => r.kind === "rollup" && r.level === "sub-item");

  test("a sub-item rollup reads as the literal it stood for: its id from the stated cell, its total as termAt(cell, value)", () => {
    const weight = rollups.find((r) => r.measure === "weight")!;
    const score = rollups.find((r) => r.measure === "score")!;
    expect([weight.id, weight.kind, weight.level, weight.block, weight.bound, weight.label]).toEqual(["rollup:weight:sub-item:F3", "rollup", "sub-item", "indicator-table", "equal", "培训人次"]);
    expect(score.id).toBe("rollup:score:sub-item:G3");
    const t = score.total;
    expect([t.cell, t.row, t.col, t.value, t.text, t.percent, t.label]).toEqual(["G3", 3, 7, 3, "3", false, undefined]);
    expect(weight.total.decimals).toBeNull();
  });

  test("each sub-item's own 分值 and 得分 cell is a part of its indicator's, by the same address", () => {
    const weight = rollups.find((r) => r.measure === "weight")!;
    const score = rollups.find((r) => r.measure === "score")!;
    expect(weight.total.cell).toBe("F3");
    expect(weight.parts.map((p) => [p.cell, p.value])).toEqual([
      ["F4", 2],
      ["F5", 2],
    ]);
    expect(score.total.cell).toBe("G3");
    expect(score.parts.map((p) => [p.cell, p.value])).toEqual([
      ["G4", 2],
      ["G5", 2],
    ]);
  });

  test("the indicator's 得分 3 against its sub-items' 2 + 2 = 4 is a total-mismatch at G3", () => {
    const f = review(grid).findings.filter((x) => x.rule === "total-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["G3"]);
  });
});

describe("IndicatorRow: the fields most rows leave null", () => {
  test("a new row reads null for each; one set reads back, the others stay null", () => {
    const row = new IndicatorRow(7, COLS);
    expect([row.code, row.scoreDecimals, row.scoreText, row.opText, row.actualTier, row.reason, row.rubric, row.coefficient]).toEqual([null, null, null, null, null, null, null, null]);
    row.opText = "≥";
    row.coefficient = 0.8;
    expect([row.code, row.opText, row.coefficient, row.reason]).toEqual([null, "≥", 0.8, null]);
    row.opText = null;
    expect(row.opText).toBeNull();
  });

  test("a text set to the empty string reads back as the empty string, not null", () => {
    const row = new IndicatorRow(7, COLS);
    row.reason = "";
    expect(row.reason).toBe("");
  });

  test("a cell set after the walk and a rare field set share the row's extras, both kept", () => {
    const row = new IndicatorRow(7, COLS);
    row.rubric = "每少1项扣1分";
    row.weightCell = "B3";
    row.code = "1.1";
    expect([row.rubric, row.weightCell, row.code, row.scoreCell]).toEqual(["每少1项扣1分", "B3", "1.1", "G7"]);
  });
});
