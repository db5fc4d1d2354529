import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A 績效評核自評報告's scoring lines (項目 | 配分 | 自評) under a target merged down them, closed by its 總計 line:
 * 配分 30 + 30 + 40 = 100 and 自評 26 + 25 + 35 = 86. The 總計 closes its columns as points and score whatever wording
 * the header vocabulary gives them (配分 as 分值 or 满分; 自評 as 得分); a heading the vocabulary does not know (配额, a
 * quota) is summed as an amount, never as points.
 */
const table = (points: string, score: string, totalPoints: number, totalScore: number) =>
  Grid.fromValues(
    "S",
    [
      ["績效評核自評報告"],
      ["單位績效目標", "評分標準", null, null],
      [null, "項目", points, score],
      ["縮短差假申請至核准後登錄時間。 (20%)", "目標之複雜度及挑戰性", 30, 26],
      [null, "目標執行進度", 30, 25],
      [null, "目標達成度", 40, 35],
      [null, "總計", totalPoints, totalScore],
    ],
    ["B2:D2", "A2:A3", "A4:A7"],
  );
const run = (g: Grid) => review(g, "national");
const rollups = (g: Grid) => run(g).model.relations.filter((r) => r.kind === "rollup").map((r) => r.id).sort();
const errors = (g: Grid) => run(g).findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.cell]);

describe.each([
  ["配分", "自評"],
  ["满分", "自評"],
  ["分值", "得分"],
])("points headed %s, scores headed %s", (points, score) => {
  test("100 = 30 + 30 + 40 and 86 = 26 + 25 + 35: both closed by the 總計 line, nothing to flag", () => {
    const g = table(points, score, 100, 86);
    expect(rollups(g)).toEqual(["rollup:score:total:D7", "rollup:weight:total:C7"]);
    expect(errors(g)).toEqual([]);
  });
  test("a 總計 of 95 points for 30 + 30 + 40: the points do not add up (C7)", () => {
    expect(errors(table(points, score, 95, 86))).toEqual([["weight-sum-mismatch", "C7"]]);
  });
});

test("counter-shape: a column headed 配额 (a quota, no points word) is no points column: its 總計 is an amount's sum, not a weight rollup", () => {
  const g = table("配额", "自評", 95, 86);
  expect(rollups(g).filter((id) => id.startsWith("rollup:weight"))).toEqual([]);
  expect(errors(g)).toEqual([["total-mismatch", "C7"]]);
});
