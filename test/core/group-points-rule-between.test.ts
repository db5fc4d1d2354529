import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * 一级指标 | 二级指标 | 分值 | 评分细则 | 项目分值 | 自评分: two 分值 columns with the rule between them, the first merged
 * down each 二级's lines (12 over 5 | 3 | 3 | 1), the second on every line. The first is the groups' points, the second
 * the lines', and the rule between them, each line's clause with its own points, names the lines (the items, their
 * codes read). Taken only where one group adds up at least and none is off, as for a pair side by side
 * (group-points-pair.test.ts).
 */
type Row = (string | number | null)[];
const HEAD: Row = ["一级指标", "二级指标", "分值", "评分细则", "项目分值", "自评分"];

/** Two 二级 (points g1 over 5 + 3 + 3 + 1 = 12, g2 over 2 + 2 = 4), their clauses coded c3 on the third line. */
function sheet({ g1 = 12, g2 = 4, c3 = "3.", merged = true } = {}): Grid {
  const rows: Row[] = [
    HEAD,
    ["一、组织领导", "1.领导机构及作用发挥", g1, "1.有健全的领导机构", 5, null],
    [null, null, null, "2.办公室发挥协调作用", 3, null],
    [null, null, null, `${c3}街镇有领导分管`, 3, null],
    [null, null, null, "4.开展示范点创建", 1, null],
    [null, "2.年度方案落实", g2, "1.制定年度方案", 2, null],
    [null, null, null, "2.实施年度方案", 2, null],
  ];
  return Grid.fromValues("Sheet1", rows, merged ? ["A2:A7", "B2:B5", "C2:C5", "B6:B7", "C6:C7"] : []);
}
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell]);

test("分值 merged over 项目分值 with the rule between: the groups' points over the lines', the clauses the items; clean", () => {
  const m = review(sheet(), "national").model;
  expect(m.family).toBe("indicator-system");
  expect(m.columns).toMatchObject({ weight: 5, level3: 4 });
  expect(m.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 5], [3, 3], [4, 3], [5, 1], [6, 2], [7, 2]]);
  expect(flags(sheet())).toEqual([]);
});

test("a clause's code repeated (3. → 2.) is a code-sequence error at that clause", () => {
  expect(flags(sheet({ c3: "2." }))).toEqual([["code-sequence", "D4"]]);
});

test("counter-shape: a group off its lines (13 against 12), the other adding up — 分值 stays the lines' weight", () => {
  expect(review(sheet({ g1: 13 }), "national").model.columns.weight).toBe(3);
});

test("the same with the merges undone (each group's number on its first line, blanks below): read alike", () => {
  expect(review(sheet({ merged: false }), "national").model.indicators.map((i) => i.weight)).toEqual([5, 3, 3, 1, 2, 2]);
});

test("counter-shape: a first 分值 column with a number on every line stays the lines' weight", () => {
  const rows: Row[] = [HEAD, ["一、组织领导", "1.领导机构", 5, "1.有健全的领导机构", 5, null], [null, "2.协调作用", 3, "2.办公室发挥协调作用", 3, null]];
  expect(review(Grid.fromValues("Sheet1", rows, ["A2:A3"]), "national").model.columns.weight).toBe(3);
});
