import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A 績效評核自評報告 (人事處 範例): 評分標準 merged over the sub-heads 項目 | 配分 | 自評 | 自評分數 the line below names.
 * The rule word titles them; the sub-column with a head of its own (項目) holds the items, 配分 their points and 自評
 * their scores (30/26, 30/25, 40/35, 總計 100/86), not the weighted product written out in 自評分數 ('86*20% =17.2').
 */
const form = (sub: string[], second = 25, total = 86) =>
  Grid.fromValues(
    "S",
    [
      ["○○年度 人事處 績效評核自評報告"],
      ["單位績效目標(配分%)", "評分標準", null, null, null, "自我評估報告"],
      [null, ...sub, null],
      ["縮短差假申請至核准後登錄時間。 (20%)", "目標之複雜度及挑戰性", 30, 26, "86*20% =17.2", "…"],
      [null, "目標執行進度", 30, second, null, null],
      [null, "目標達成度", 40, 35, null, null],
      [null, "總計", 100, total, null, null],
    ],
    ["A1:F1", "B2:E2", "A2:A3", "F2:F3", "A4:A7", "E4:E7", "F4:F7"],
  );

test("評分標準 over 項目 | 配分 | 自評 | 自評分數: 項目 is the items' column, 配分 the points, 自評 the score", () => {
  const r = review(form(["項目", "配分", "自評", "自評分數"]), "national");
  expect(r.model.columns.level3).toBe(2);
  expect(r.model.columns.weight).toBe(3);
  expect(r.model.columns.score).toBe(4);
  expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[4, 30, 26], [5, 30, 25], [6, 40, 35]]);
  expect(r.model.totals?.score?.value).toBe(86);
  expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
});

test("a 自評 of 36 over its 配分 30 on line 5 is reported there", () => {
  const r = review(form(["項目", "配分", "自評", "自評分數"], 36, 97), "national");
  expect(r.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.cell])).toEqual([["score-exceeds-weight", "D5"]]);
});

test("counter-shape: 評分標準 over tiers 優 | 良 | 中 | 差 that name no column of their own keeps its rule column", () => {
  const g = Grid.fromValues(
    "S",
    [
      ["考核指標", "評分標準", null, null, null, "分值", "得分"],
      [null, "優", "良", "中", "差", null, null],
      ["組織領導", "10", "8", "6", "0", 10, 8],
      ["制度建設", "10", "8", "6", "0", 10, 10],
    ],
    ["B1:E1", "A1:A2", "F1:F2", "G1:G2"],
  );
  const r = review(g, "national");
  expect(r.model.columns.rubric).toBe(2);
});
