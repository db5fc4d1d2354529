import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A progress table's header with no level word (工程名称 | 序号 | 项目内容 | 目标任务 | 牵头单位 | 进度 | 完成目标(%) | 备注):
 * the items named under 项目内容, each with its 目标任务 and, right of it, its 进度 — an indicator header (target and
 * progress per item, a monitoring table), while its lines are still read as amounts (完成目标 = 进度 / 目标任务).
 */
type Row = (string | number | null)[];
const head: Row = ["工程名称", "序号", "项目内容", null, "目标任务", "市级牵头责任单位", "进度", "完成目标(%)", "备注"];
const lines: Row[] = [
  ["就业促进工程", "1", "促进就业创业", "城镇新增就业(人)", 26000, "市人社局", 32095, 123.4, "超额完成"],
  [null, "2", null, "城镇失业人员再就业(人)", 4000, null, 4934, 123.4, "超额完成"],
  [null, "3", null, "劳务品牌培训(人)", 2425, null, 2425, 100, "已完成"],
  [null, "4", null, "创业补贴", "应补尽补", "市人社局", "发放补贴262万元", null, "达到时间进度"],
];
const merges = ["A1:I1", "C2:D2", "A3:A6", "C3:C6"];
const sheet = (h: Row, body: Row[] = lines, title = "2017年1—11月民生工程项目实施进度表") =>
  review(Grid.fromValues("进度", [[title], h, ...body], merges), "national");
/** a title naming no progress form (a progress form's title with its period is monitoring evidence alone): the header decides */
const NEUTRAL_TITLE = "2017年民生工程项目情况表";

test.each([["its progress title", undefined], ["a title naming no progress form", NEUTRAL_TITLE]])("项目内容 (over 分项 | 小项) | 目标任务 | … | 进度 under %s: header 2, the four items read, a monitoring sheet", (_, title) => {
  const r = sheet(head, lines, title);
  expect(r.model.headerRow).toBe(2);
  expect(r.model.family).toBe("monitoring");
  expect(r.model.columns).toMatchObject({ level1: 1, level2: 3, level3: 4, targetValue: 5 });
  expect(r.model.indicators.map((i) => i.row)).toEqual([3, 4, 5, 6]);
});

test("its lines' 完成目标 still checked: 123.4 changed to 113.4 at H3 is flagged", () => {
  const body = lines.map((l) => [...l]);
  body[0][7] = 113.4;
  const cells = sheet(head, body)
    .findings.filter((f) => f.severity !== "info" && f.cell === "H3")
    .map((f) => f.rule);
  expect(cells.length).toBeGreaterThan(0);
  expect(sheet(head).findings.filter((f) => f.severity === "error")).toEqual([]);
});

test.each([
  ["no 进度 after the task (目标任务 | 分值 | 考核标准: an assessment's work items)", ["工程名称", "序号", "项目内容", null, "目标任务", "市级牵头责任单位", "分值", "考核标准", "备注"]],
  ["no name head left of the task (地区 | 目标任务 | 进度, the areas' lines)", ["工程名称", "序号", "地区", null, "目标任务", "市级牵头责任单位", "进度", "完成目标(%)", "备注"]],
  ["the 进度 left of the task", ["工程名称", "序号", "项目内容", null, "进度", "市级牵头责任单位", "目标任务", "完成目标(%)", "备注"]],
] as [string, Row][])("counter-shape: %s — no target column read at E", (_, h) => {
  const r = sheet(h, lines, NEUTRAL_TITLE);
  expect(r.model.columns.targetValue).not.toBe(5);
  expect(r.model.family).not.toBe("monitoring");
});
