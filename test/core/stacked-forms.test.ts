import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Two whole 项目支出绩效自评表 stacked on one sheet (a disclosure that lists its projects' forms one under the other):
 * each form has its title line, its fund block scoring the budget execution (分值 10 | 执行率 | 得分) and its own 总分.
 *  - the second form's header is no second table of the first form's total (it lies past a form title): the first
 *    form's 总分 is checked as a whole form's, budget line included;
 *  - the second form's 总分, read by the column totals (no indicator tree reads it), is its budget line's points and
 *    its indicators' (预算执行 + …), unless its column alone adds up (a total that leaves the budget line out).
 */
type Row = (string | number | null)[];

/** One form: budget 10 × 90/100 = 9, three indicators of 30 (scores given), 总分 = 90 + 10 and 9 + Σ scores. */
function form(project: string, scores: [number, number, number], total: { weight: number; score: number }): Row[] {
  return [
    ["项目支出绩效自评表", null, null, null, null, null, null, null],
    ["项目名称", project, null, null, null, null, null, null],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 100, 100, 90, 10, "90.00%", 9],
    [null, "其中：当年财政拨款", 100, 100, 90, "—", "90.00%", "—"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "培训人数", "≥500人", "500人", 30, scores[0], null],
    ["效益指标", "社会效益指标", "带动就业人数", "≥80人", "80人", 30, scores[1], null],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "92%", 30, scores[2], null],
    ["总分", null, null, null, null, total.weight, total.score, null],
  ];
}

const sheet = (a: Row[], b: Row[]) => Grid.fromValues("S", [...a, [], ...b]);
const flagged = (g: Grid) =>
  review(g)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => ({ rule: f.rule, cell: f.cell, messageId: f.messageId, data: f.data }));

describe("two self-evaluation forms stacked on one sheet", () => {
  test("each 总分 = its budget line + its indicators (10 + 90 = 100; 9 + 90 = 99): no error", () => {
    expect(flagged(sheet(form("甲项目", [30, 30, 30], { weight: 100, score: 99 }), form("乙项目", [30, 30, 30], { weight: 100, score: 99 })))).toEqual([]);
  });

  test("the first form's 总分 written 95 for 9 + 90 = 99: total-mismatch at G10, the budget line counted (no weight error)", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], { weight: 100, score: 95 }), form("乙项目", [30, 30, 30], { weight: 100, score: 99 })));
    expect(f).toEqual([{ rule: "total-mismatch", cell: "G10", messageId: "scoreTotal", data: expect.objectContaining({ sum: 99, total: 95 }) }]);
  });

  test("the second form's 总分 written 95 for 9 + 30 + 28 + 30 = 97: total-mismatch at G21 with its budget line", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], { weight: 100, score: 99 }), form("乙项目", [30, 28, 30], { weight: 100, score: 95 })));
    expect(f).toEqual([{ rule: "total-mismatch", cell: "G21", messageId: "scoreTotal", data: expect.objectContaining({ sum: 97, total: 95 }) }]);
  });

  test("a second form whose 总分 leaves the budget line out (分值 90, 得分 88 = 30 + 28 + 30): its column alone adds up, no error", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], { weight: 100, score: 99 }), form("乙项目", [30, 28, 30], { weight: 90, score: 88 })));
    expect(f.filter((x) => x.cell === "F21" || x.cell === "G21")).toEqual([]);
  });
});
