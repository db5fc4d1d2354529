import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { ruleClosingPoints } from "../../src/core/recognise/closing-points";

/**
 * A rule sheet with no 分值 column whose rules close with their items' points ("…扣完为止。（5分）"): read only where the table
 * bears them out (the items' closing points add up to their group's label points, or every line but a bonus's closes
 * with them and they make 100). Counter-shapes: a closing bracket that counts, dates, refers to a clause, states a
 * range, a deduction, an award or per occurrence is no points; closing brackets that are the last requirement's points
 * (the groups' points not their sums) are not read, and the sheet stays clean.
 */
type Row = (string | number | null)[];
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning");

describe("ruleClosingPoints", () => {
  test.each([
    ["查阅资料，实地查看。（19分）", 19],
    ["未制定方案的扣2分，扣完为止。(5分)", 5],
    ["优秀的得6分，良好的得4分，较差的不得分。【6分】", 6],
    ["资料齐全规范（2.5分）", 2.5],
  ])("%s → %s", (rule, points) => expect(ruleClosingPoints(rule)).toBe(points));
  test.each([
    "每季度召开专题会议（3次）",
    "年底前完成（2023年12月）",
    "按考核办法执行（第5条）",
    "资料不全的酌情扣分（扣1-2分）",
    "资料不全的酌情扣分（1-2分）",
    "未按时报送的（扣5分）",
    "按时报送的（得5分）",
    "获得市级表彰的（加5分）",
    "发现问题的每处（1分）",
    "村主干道平整(2分)，绿化美化到位(3分)",
    "（5分）查阅资料",
    "查阅资料，实地查看。",
  ])("%s → none", (rule) => expect(ruleClosingPoints(rule)).toBeNull());
});

/** 考核项目 | 考核内容 | 评分标准 | 得分: each rule closing with its item's points, the groups' points in their labels */
function closing(rules: Partial<Record<number, string>> = {}, g1 = "一、组织领导（40分）", g2 = "二、制度建设（60分）"): Grid {
  const rows: Row[] = [
    ["双拥工作考核评分表"],
    ["考核项目", "考核内容", "评分标准", "得分"],
    [g1, "成立领导小组", rules[3] ?? "查阅资料，实地查看。（12分）", null],
    [null, "制定年度工作计划", rules[4] ?? "优秀的得13分，良好的得10分，较差的不得分。（13分）", null],
    [null, "按时报送工作信息", rules[5] ?? "按时报送材料的得7分；资料归档完整的得8分。（15分）", null],
    [g2, "开展业务培训", rules[6] ?? "未开展的扣5分，扣完为止。（25分）", null],
    [null, "建立工作台账", rules[7] ?? "查阅资料。（35分）", null],
    ["三、加分项（5分）", "获得市级以上表彰", "获得市级以上表彰的加5分。", null],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:D1", "A3:A5", "A6:A7"]);
}

test("rules closing with points their groups' labels add up to: read as the items' points; clean", () => {
  const r = review(closing(), "national");
  expect(r.model.indicators.slice(0, 5).map((i) => i.weight)).toEqual([12, 13, 15, 25, 35]);
  expect(flags(closing())).toEqual([]);
});

test("a group's label points lowered: found at its label", () => {
  expect(flags(closing({}, "一、组织领导（37分）")).map((f) => `${f.rule}@${f.cell}`)).toContain("weight-sum-mismatch@A3");
});

test("an item's closing points raised: its group's sum no longer holds", () => {
  expect(flags(closing({ 5: "按时报送材料的得7分；资料归档完整的得8分。（17分）" })).map((f) => f.rule)).toContain("weight-sum-mismatch");
});

test("counter-shape: closing brackets that are the last requirement's points (the groups' points not their sums) are not read; clean", () => {
  const g = closing({
    3: "成立领导小组，明确分管领导（2分）",
    4: "制定计划并按时印发（3分）",
    5: "按时报送信息（4分）",
    6: "开展培训不少于2次（5分）",
    7: "台账规范完整（6分）",
  });
  expect(review(g, "national").model.indicators.slice(0, 5).map((i) => i.weight)).toEqual([null, null, null, null, null]);
  expect(flags(g)).toEqual([]);
});

test("counter-shape: closing counts, dates, clause references, ranges, deductions and awards are no points; clean", () => {
  const g = closing({
    3: "每季度召开专题会议（4次）",
    4: "年底前完成（2023年12月）",
    5: "按考核办法执行（第5条）",
    6: "资料不全的酌情扣分（扣1-2分）",
    7: "按时报送的（得5分）",
  });
  expect(review(g, "national").model.indicators.slice(0, 5).map((i) => i.weight)).toEqual([null, null, null, null, null]);
  expect(flags(g)).toEqual([]);
});

/** 序号 | 考核内容 | 评分标准: no groups, every rule closing with its points */
function flat(last = "查阅资料。（30分）"): Grid {
  const rows: Row[] = [
    ["政务公开工作考核细则"],
    ["序号", "考核内容", "评分标准"],
    [1, "按要求公开工作信息", "未按时公开的每次扣1分，扣完为止。（20分）"],
    [2, "建立联络员制度", "查阅资料。（25分）"],
    [3, "开展宣传活动", "优秀的得25分，良好的得20分，较差的不得分。（25分）"],
    [4, "资料收集整理归档规范", last],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:C1"]);
}

test("no groups, every rule closing with its points, 100 in all: read; clean", () => {
  expect(review(flat(), "national").model.indicators.map((i) => i.weight)).toEqual([20, 25, 25, 30]);
  expect(flags(flat())).toEqual([]);
});

test("counter-shape: no groups, the closing points not 100 in all: not read; clean", () => {
  expect(review(flat("查阅资料。（35分）"), "national").model.indicators.filter((i) => i.weight !== null)).toEqual([]);
  expect(flags(flat("查阅资料。（35分）"))).toEqual([]);
});
