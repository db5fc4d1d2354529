import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * 考核内容 | 考核标准 | 扣分/加分情况 | 考核办法 | 自评分: the standard's column holds numbered criteria stating their points
 * ("1.标识醒目…(2分)") and the next column the deduction rules ("发现一次扣1分"): the criteria are the items (their
 * points the group's '(10分)' adds up), the next column the rubric. Counter-shapes: a 考核标准 column holding the
 * rules themselves stays the rubric; criteria with points beside a column of no rules (看现场) are left as they are.
 */
type Row = (string | number | null)[];
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning");

function form(group = "场所设施(6分)", third = "3.配备必要的办公设备。(2分)", rules = ["发现一次扣1分。", "每发现一处扣0.5分。", "每缺一项扣0.2分。"]): Grid {
  const rows: Row[] = [
    ["服务中心星级评定评分考评表"],
    ["考核内容", "考核标准", "扣分/加分情况", "考核办法", "自评分", "考核分"],
    [group, "1.标识醒目,标牌易于识别。(2分)", rules[0], "看现场", null, null],
    [null, "2.科学划分功能区域。(2分)", rules[1], "看现场", null, null],
    [null, third, rules[2], "看现场", null, null],
    ["制度建设(4分)", "1.建立首问负责制度。(2分)", "未建立的扣2分。", "查资料", null, null],
    [null, "2.建立限时办结制度。(2分)", "未建立的扣2分。", "查资料", null, null],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:F1", "A3:A5", "A6:A7"]);
}

test("numbered criteria stating their points under 考核标准, the rules beside them: the items; clean", () => {
  const r = review(form(), "national");
  expect(r.model.family).toBe("indicator-system");
  expect(r.model.columns).toMatchObject({ level1: 1, level3: 2, rubric: 3 });
  expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 2], [4, 2], [5, 2], [6, 2], [7, 2]]);
  expect(flags(form())).toEqual([]);
});

test("a group's points off its criteria: found at its label; a criterion numbered twice: found", () => {
  expect(flags(form("场所设施(10分)")).map((f) => f.cell)).toContain("A3");
  expect(flags(form(undefined, "2.配备必要的办公设备。(2分)")).map((f) => f.rule)).toContain("code-sequence");
});

test("counter-shape: 考核标准 holding the rules themselves stays the rubric", () => {
  const rows: Row[] = [
    ["考核内容", "考核标准", "考核办法", "得分"],
    ["1.标识醒目(2分)", "标识不醒目的扣1分。", "看现场", null],
    ["2.功能分区(3分)", "未分区的扣3分。", "看现场", null],
  ];
  const r = review(Grid.fromValues("Sheet1", rows), "national");
  expect(r.model.columns.rubric).toBe(2);
  expect(r.model.columns.level3).toBeUndefined();
});

test("counter-shape: criteria with points beside a column of no rules are not taken for the items", () => {
  const r = review(form(undefined, undefined, ["看现场", "看现场", "看现场"]), "national");
  expect(r.model.columns.rubric).toBe(2);
});
