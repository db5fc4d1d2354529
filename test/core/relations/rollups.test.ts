import type { CellValue } from "../../../src/core/grid/grid";
import { Grid } from "../../../src/core/grid/grid";
import type { RollupRelation } from "../../../src/core/model/types";
import { evaluateRelation } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * Rollups of the indicator tree (三级 → 一级 → 总分) for weights and for scores, and the rules that read them:
 * a broken weight is a weight-sum-mismatch only, a broken score total a total-mismatch only.
 *
 *   A 一级指标        | B 二级指标 | C 三级指标 | D 指标值 | E 实际完成值 | F 分值 | G 得分
 *   产出指标(60分)    | 数量指标   | 培训人次   | ≥100     | 120          | 30     | 30
 *                     | 质量指标   | 合格率     | ≥90%     | 95%          | 30     | 28
 *   效益指标(40分)    | 社会效益   | 就业率     | ≥90%     | 95%          | 40     | 40
 *   总分              |            |            |          |              | 100    | 98
 */
function sheet(edit: Partial<Record<"F4" | "G4" | "F6" | "G6", CellValue>> = {}): Grid {
  const v = (cell: keyof typeof edit, d: CellValue) => (cell in edit ? edit[cell] : d);
  return Grid.fromValues(
    "Sheet1",
    [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
      ["产出指标(60分)", "数量指标", "培训人次", "≥100", 120, 30, 30],
      [undefined, "质量指标", "合格率", "≥90%", "95%", v("F4", 30), v("G4", 28)],
      ["效益指标(40分)", "社会效益", "就业率", "≥90%", "95%", 40, 40],
      ["总分", undefined, undefined, undefined, undefined, v("F6", 100), v("G6", 98)],
    ],
    ["A3:A4"],
  );
}

const rollups = (g: Grid) => review(g, "national").model.relations.filter((r): r is RollupRelation => r.kind === "rollup");
const sig = (r: RollupRelation) => `${r.measure} ${r.level} ${r.total.cell}=${r.total.value} ← ${r.parts.map((p) => `${p.cell}:${p.value}`).join(" + ")}`;

test("every rollup the labels state, with its cells", () => {
  expect(rollups(sheet()).map(sig).sort()).toEqual(
    [
      "weight group A3=60 ← F3:30 + F4:30",
      "weight group A5=40 ← F5:40",
      "weight total F6=100 ← F3:30 + F4:30 + F5:40",
      "score total G6=98 ← G3:30 + G4:28 + G5:40",
    ].sort(),
  );
  expect(rollups(sheet()).every((r) => evaluateRelation(r).ok)).toBe(true);
});

describe.each([
  // edit, the broken relations, the findings (rule@cell) — never mirrored between weights and scores
  ["a leaf weight 35 (产出 65 ≠ 60, 总分 105 ≠ 100)", { F4: 35 }, ["weight-sum-mismatch@A3", "weight-sum-mismatch@F6"]],
  ["a total weight 90 (Σ 100)", { F6: 90 }, ["weight-sum-mismatch@F6"]],
  ["a total score 95 (Σ 98)", { G6: 95 }, ["total-mismatch@G6"]],
  ["a leaf score 25 (Σ 95 ≠ 98)", { G4: 25 }, ["total-mismatch@G6"]],
  // a blank score is missing-score's finding; the total cannot be checked against the rest (only "more" would be sure)
  ["a leaf score left blank (Σ 70 of 98 stated)", { G4: null }, []],
  ["a leaf score left blank and a total 60 below the other rows’ 70", { G4: null, G6: 60 }, ["total-mismatch@G6"]],
] as const)("%s", (_name, edit, expected) => {
  test("one finding per broken relation, at the stated cell, by the rule of its measure", () => {
    const r = review(sheet(edit), "national");
    const got = r.findings.filter((f) => f.rule === "total-mismatch" || f.rule === "weight-sum-mismatch").map((f) => `${f.rule}@${f.cell}`);
    expect(got.sort()).toEqual([...expected].sort());
  });
});

test("a 总分 label that carries its weight (总分(100分)) is the total row", () => {
  const g = sheet({ G6: 95 });
  const named = Grid.fromValues("Sheet1", [...Array.from({ length: 5 }, (_, i) => Array.from({ length: 7 }, (_, c) => g.raw(i + 1, c + 1))), ["总分(100分)", undefined, undefined, undefined, undefined, 100, 95]], ["A3:A4"]);
  expect(review(named, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["G6"]);
});

test("the messages name the numbers, in Chinese and English", () => {
  const r = review(sheet({ F4: 35 }), "national");
  const group = r.findings.find((f) => f.cell === "A3")!;
  expect(group.message).toBe("产出指标明细分值合计 65，与标注的 60 分不符");
  expect(group.messageEn).toBe("产出指标: child weights add up to 65, not the stated 60");
  expect(group.related).toEqual(["F3", "F4"]);
  const total = review(sheet({ G6: 95 }), "national").findings.find((f) => f.cell === "G6")!;
  expect(total.message).toBe("各项得分合计 98，与总分 95 不符");
  expect(total.related).toEqual(["G3", "G4", "G5"]);
});
