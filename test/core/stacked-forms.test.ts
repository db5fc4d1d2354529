import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Two whole 项目支出绩效自评表 stacked on one sheet (a disclosure that lists its projects' forms one under the other):
 * each form has its title line, its fund block scoring the budget execution (分值 10 | 执行率 | 得分) and its own 总分.
 *  - each form under a title line of its own is reviewed as a sheet of its own (its findings at their rows): the
 *    second form's indicators, reasons and 总分 are checked as the first's;
 *  - where the first form's title shares its line (no second title to split at), the second form's header lies past
 *    a form title and is no part of the first form's total, and the second form's 总分, read by the column totals,
 *    counts the budget line its form scores above the table (unless its column alone adds up).
 */
type Row = (string | number | null)[];

/** One form: budget 10 × 90/100 = 9, three indicators of 30 (a score below 30 with its reason), 总分 = 90 + 10, 9 + Σ. */
function form(project: string, scores: [number, number, number], total: { weight: number; score: number }, title: Row = ["项目支出绩效自评表"]): Row[] {
  const line = (l1: string, l2: string, name: string, target: string, actual: string, s: number): Row => [l1, l2, name, target, actual, 30, s, s < 30 ? "部分工作推迟，下年度加快进度" : null];
  return [
    title,
    ["项目名称", project, null, null, null, null, null, null],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 100, 100, 90, 10, "90.00%", 9],
    [null, "其中：当年财政拨款", 100, 100, 90, "—", "90.00%", "—"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    line("产出指标", "数量指标", "培训人数", "≥500人", "500人", scores[0]),
    line("效益指标", "社会效益指标", "带动就业人数", "≥80人", "80人", scores[1]),
    line("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "92%", scores[2]),
    ["总分", null, null, null, null, total.weight, total.score, null],
  ];
}

const sheet = (a: Row[], b: Row[]) => Grid.fromValues("S", [...a, [], ...b]);
const flagged = (g: Grid) =>
  review(g)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => ({ rule: f.rule, cell: f.cell, messageId: f.messageId, data: f.data }));
const full = { weight: 100, score: 99 };

describe("two self-evaluation forms stacked on one sheet, each under its title line", () => {
  test("each 总分 = its budget line + its indicators (10 + 90 = 100; 9 + 90 = 99): no error", () => {
    expect(flagged(sheet(form("甲项目", [30, 30, 30], full), form("乙项目", [30, 30, 30], full)))).toEqual([]);
  });

  test("the first form's 总分 written 95 for 9 + 90 = 99: total-mismatch at G10 only", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], { weight: 100, score: 95 }), form("乙项目", [30, 30, 30], full)));
    expect(f).toEqual([{ rule: "total-mismatch", cell: "G10", messageId: "scoreTotal", data: expect.objectContaining({ sum: 99, total: 95 }) }]);
  });

  test("the second form's 总分 written 95 for 9 + 30 + 28 + 30 = 97: total-mismatch at G21, its budget line counted", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], full), form("乙项目", [30, 28, 30], { weight: 100, score: 95 })));
    expect(f).toEqual([{ rule: "total-mismatch", cell: "G21", messageId: "scoreTotal", data: expect.objectContaining({ sum: 97, total: 95 }) }]);
  });

  test("the second form's indicators are checked: 33 above the weight 30 at G18 (and above the 30 its met target gives), its 总分 9 + 33 + 60 = 102 ≠ 99 at G21", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], full), form("乙项目", [33, 30, 30], full)));
    expect(f.map((x) => `${x.rule}@${x.cell}`).sort()).toEqual(["indicator-score-mismatch@G18", "score-exceeds-weight@G18", "total-mismatch@G21"]);
  });

  test("a score below its weight with no reason in the second form: missing-reason at its reason cell H19", () => {
    const g = sheet(form("甲项目", [30, 30, 30], full), form("乙项目", [30, 28, 30], { weight: 100, score: 97 }));
    const withoutReason = Grid.fromValues("S", [...Array.from({ length: g.rowCount }, (_, r) => Array.from({ length: g.colCount }, (_c, c) => (r + 1 === 19 && c + 1 === 8 ? null : g.value(r + 1, c + 1) as string | number | null)))]);
    expect(flagged(withoutReason).map((x) => `${x.rule}@${x.cell}`)).toEqual(["missing-reason@H19"]);
  });
});

describe("the first form's title shares its line: no split, the second form read past a form title", () => {
  const shared: Row = ["项目支出绩效自评表", null, null, null, null, null, "单位：万元", null];
  test("both forms consistent: no error (the first 总分 with its budget line, the second by its column and budget line)", () => {
    expect(flagged(sheet(form("甲项目", [30, 30, 30], full, shared), form("乙项目", [30, 30, 30], full)))).toEqual([]);
  });

  test("the first form's 总分 written 95 for 9 + 90 = 99: total-mismatch at G10 (the second header makes it no partial table)", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], { weight: 100, score: 95 }, shared), form("乙项目", [30, 30, 30], full)));
    expect(f).toEqual([{ rule: "total-mismatch", cell: "G10", messageId: "scoreTotal", data: expect.objectContaining({ sum: 99, total: 95 }) }]);
  });

  test("the second form's 总分 written 95 for 9 + 30 + 28 + 30 = 97: total-mismatch at G21 with its budget line", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], full, shared), form("乙项目", [30, 28, 30], { weight: 100, score: 95 })));
    expect(f).toEqual([{ rule: "total-mismatch", cell: "G21", messageId: "scoreTotal", data: expect.objectContaining({ sum: 97, total: 95 }) }]);
  });

  test("a second 总分 that leaves the budget line out (分值 90, 得分 88 = 30 + 28 + 30): its column alone adds up, no error there", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], full, shared), form("乙项目", [30, 28, 30], { weight: 90, score: 88 })));
    expect(f.filter((x) => x.cell === "F21" || x.cell === "G21")).toEqual([]);
  });
});
