import { Grid } from "../../src/core/grid/grid";
import { indicatorRole } from "../../src/core/recognise/headers";
import { review } from "../../src/core/review";

/**
 * A head naming items and their points with no level word of its own (工作任务及评分值) left of a column that names
 * the items' level (具体考核指标, also with the year the indicators are set for: 2011年重点工作具体考核指标): the tasks
 * are the groups of those items, one level up, their '(50分)' the sum of the items' points. Counter-shapes: the items'
 * head alone is still the items' column; a year before a value word is still no completion column.
 */
type Row = (string | number | null)[];
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning");

function tasks(head2 = "2011年重点工作具体考核指标", task1 = "机构人员落实(40分)"): Grid {
  const rows: Row[] = [
    ["附件1"],
    ["2011年各县重点工作任务考核评估表"],
    ["序号", "重点工作任务及评分值", head2, "评分标准", "得分", "扣分原因"],
    ["一、保障措施(100分)", task1, "县本级设立专门机构(10分)", "未设立扣10分", null, null],
    [null, null, "专职人员全部到位(30分)", "未到位的按比例扣分", null, null],
    [null, "专项经费投入(60分)", "县本级落实专项经费(45分)", "不足的按比例扣分", null, null],
    [null, null, "所辖乡镇落实专项经费(15分)", "不足的按比例扣分", null, null],
  ];
  return Grid.fromValues("Sheet1", rows, ["A4:A7", "B4:B5", "B6:B7"]);
}

test("工作任务及评分值 | 具体考核指标: the tasks over the items, read as an indicator table; clean", () => {
  const r = review(tasks(), "national");
  expect(r.model.family).toBe("indicator-system");
  expect(r.model.headerRow).toBe(3);
  expect(r.model.columns).toMatchObject({ level2: 2, level3: 3, rubric: 4, score: 5 });
  expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[4, 10], [5, 30], [6, 45], [7, 15]]);
  expect(flags(tasks())).toEqual([]);
});

test("a task's points off its items' sum: found at the task's label", () => {
  expect(flags(tasks(undefined, "机构人员落实(50分)")).map((f) => f.cell)).toContain("B4");
});

test("the same with 具体考核指标 without a year", () => {
  const r = review(tasks("重点工作具体考核指标"), "national");
  expect(r.model.columns).toMatchObject({ level2: 2, level3: 3 });
  expect(r.model.indicators.map((i) => i.weight)).toEqual([10, 30, 45, 15]);
});

test("header words: a year before a level word keeps the level; before a value word no completion column", () => {
  expect(indicatorRole("2011年考核指标")).toBe("level3");
  expect(indicatorRole("2011年重点工作具体考核指标")).toBe("level3");
  expect(indicatorRole("重点工作任务及评分值")).toBe("level3");
  expect(indicatorRole("2021年实际实现值")).toBeNull();
  expect(indicatorRole("预期2022年实现值")).toBe("targetValue");
  // (具体 with no work named before it is the exact word)
  expect(indicatorRole("具体指标")).toBe("level3");
});

/** Counter-shape: the items' head with no level column right of it stays the items' column. */
test("工作任务及评分值 alone: the items' column, each task stating its points", () => {
  const rows: Row[] = [
    ["序号", "工作任务及评分值", "评分标准", "得分"],
    [1, "机构人员落实(40分)", "未落实扣40分", null],
    [2, "专项经费投入(60分)", "不足的按比例扣分", null],
    ["合计", null, null, null],
  ];
  const r = review(Grid.fromValues("Sheet1", rows), "national");
  expect(r.model.columns.level3).toBe(2);
  expect(r.model.columns.level2).toBeUndefined();
  expect(r.model.indicators.map((i) => i.weight)).toEqual([40, 60]);
});
