import { Grid } from "../../src/core/grid/grid";
import { indicatorRole } from "../../src/core/recognise/headers";
import { review } from "../../src/core/review";

/**
 * 考核项目 | 考核内容和要求 | 项目分值 | 标准分值 | 得分 | 评分标准: a level word with the requirements its items state
 * (考核内容和要求) names that level; two 分值 columns side by side right of the names, the first merged down each
 * group's lines (or, merges undone, blank under its number), are the groups' points and the lines' — where one group
 * adds up at least and none is off. Counter-shapes: a pair whose first column is on every line stays as it was; a
 * pair whose groups do not add up is not taken for group points.
 */
type Row = (string | number | null)[];
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning");

function sheet(g1 = 10, merged = true): Grid {
  const rows: Row[] = [
    ["考核项目", "考核内容和要求", "项目分值", "标准分值", "得分", "评分标准"],
    ["综合类", "1、建立工作推进机制。", g1, 4, null, "机制健全,得4分;不健全,得2分。"],
    [null, "2、制定实施方案。", null, 3, null, "制定方案,得3分。"],
    [null, "3、组织开展培训。", null, 3, null, "已开展,得3分。"],
    ["业务类", "1、完成项目申报。", 6, 2, null, "完成,得2分。"],
    [null, "2、组织检查工作。", null, 4, null, "已检查,得4分。"],
  ];
  return Grid.fromValues("Sheet1", rows, merged ? ["A2:A4", "C2:C4", "A5:A6", "C5:C6"] : []);
}

test("header words: a level word with 和要求 / 及要求 names that level", () => {
  expect(indicatorRole("考核内容和要求")).toBe(indicatorRole("考核内容"));
  expect(indicatorRole("评价内容及要求")).toBe(indicatorRole("评价内容"));
  expect(indicatorRole("工作要求")).toBeNull();
});

test("项目分值 merged over 标准分值: the groups' points over the lines'; clean", () => {
  const r = review(sheet(), "national");
  expect(r.model.family).toBe("indicator-system");
  expect(r.model.columns.weight).toBe(4);
  expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 4], [3, 3], [4, 3], [5, 2], [6, 4]]);
  expect(flags(sheet())).toEqual([]);
});

test("the same with the merges undone (the group's number on its first line, blanks below)", () => {
  expect(review(sheet(10, false), "national").model.indicators.map((i) => i.weight)).toEqual([4, 3, 3, 2, 4]);
});

test("counter-shape: a group off its lines (12 against 10) with the other adding up is not taken for group points", () => {
  // (one group adding up and one off: no evidence the column is the groups' — the lines' weight is left as it was)
  const r = review(sheet(12), "national");
  expect(r.model.columns.weight).toBe(3);
});

test("counter-shape: a first 分值 column on every line stays the lines' weight", () => {
  const rows: Row[] = [
    ["考核项目", "考核内容和要求", "项目分值", "标准分值", "得分"],
    ["综合类", "1、建立工作推进机制。", 4, 4, null],
    [null, "2、制定实施方案。", 3, 3, null],
  ];
  const r = review(Grid.fromValues("Sheet1", rows, ["A2:A3"]), "national");
  expect(r.model.columns.weight).toBe(3);
});
