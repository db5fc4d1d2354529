/**
 * The eval's truth-independent mutant planner (scripts/eval-mutants-grid.js) finds, from a transcribed grid alone,
 * the relations a reviewer verifies by hand, and plans one inconsistency per relation.
 */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { planGridMutants, findRelations, View } = require("../../scripts/eval-mutants-grid.js");

const sheet = {
  grid: [
    ["项目资金(万元)", "合计", "中央", "省级"],
    ["计划安排", "100", "60", "40"],
    ["实际到位", "90", "60", "30"],
    ["实际支出", "80", "55", "25"],
    ["结余", "10", "5", "5"],
    ["到位率", "90.00%", "100.00%", "75.00%"],
    ["支出内容", "", "", "金额"],
    ["培训费", "", "", "1.5"],
    ["资料费", "", "", "2.25"],
    ["合计", "", "", "3.75"],
    ["自评得分", "91", "自评等级", "優"],
  ],
  merges: [],
};

test("relations found by kind, with hand-checked numbers", () => {
  const rels = findRelations(new View(sheet));
  const at = (kind: string, cell: string) => rels.find((r: any) => r.kind === kind && `${String.fromCharCode(64 + r.total.c)}${r.total.r}` === cell);
  // 合计 100 = 60 + 40 (in its row, under a 合计 heading)
  expect(at("columns", "B2").parts.map((p: any) => p.value)).toEqual([60, 40]);
  // 结余 5 = 到位 30 − 支出 25 (down its column)
  expect(at("结余", "D5").parts.map((p: any) => p.value)).toEqual([30, 25]);
  // 到位率 75.00% = 30 / 40
  expect(at("ratio", "D6").parts.map((p: any) => p.value)).toEqual([30, 40]);
  // 合计 3.75 = 1.5 + 2.25 (the list above it)
  expect(at("rows", "D10").parts.map((p: any) => p.value)).toEqual([1.5, 2.25]);
  // a traditional grade beside 自评等级, graded by 自评得分 91
  expect(at("grade", "D11").parts.map((p: any) => p.value)).toEqual([91]);
});

test("one mutant per relation: a part or the total changed, a rate moved 7.5 points, a grade swapped", () => {
  const ms = planGridMutants({ json: sheet });
  const of = (kind: string) => ms.filter((m: any) => m.gridKind === kind);
  expect(of("ratio").map((m: any) => m.edits)).toContainEqual({ D6: "67.50%" });
  expect(of("grade").map((m: any) => m.edits)).toEqual([{ D11: "差" }]);
  expect(of("rows").map((m: any) => m.edits)).toEqual([{ D8: "2.5" }]);
  for (const m of ms) expect(m.cells.length).toBeGreaterThan(0);
});

test("a 合计 over the lines above it whose lines below have a 合计 of their own (收入 then 支出, equal totals): the lines above", () => {
  const grid = [
    ["总体资金情况", "", "当年金额"],
    ["收入构成", "财政拨款", "108292.73"],
    ["", "其他资金", "14348.77"],
    ["", "合计", "122641.5"],
    ["支出构成", "基本支出", "93199.91"],
    ["", "项目支出", "29441.59"],
    ["", "合计", "122641.5"],
  ];
  const rels = findRelations(new View({ grid, merges: ["A2:A4", "A5:A7"] }));
  const first = rels.filter((r: any) => r.kind === "rows" && r.total.c === 3 && r.total.r === 4);
  expect(first.map((r: any) => r.parts.map((p: any) => p.r))).toEqual([[2, 3]]);
});
