import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * The budget block's 得分 heading that prints the scoring rule in brackets ("得分（执行率×分值）", "得分(分值*执行率)",
 * as "得分(10分*执行率)" already was): still the block's 得分 column, and the rule it prints makes a wrong score an
 * error by the sheet's own rule.
 */
function sheet(scoreHead: string, score: number, total: number): Grid {
  return Grid.fromValues("S", [
    ["项目支出绩效自评表", null, null, null, null, null, null, null],
    ["项目名称", "某某项目", null, null, null, null, null, null],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", scoreHead],
    [null, "年度资金总额", 100, 100, 96.4, 10, "96.40%", score],
    [null, "其中：当年财政拨款", 100, 100, 96.4, "—", "96.40%", "—"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "培训人数", "≥500人", "500人", 30, 30, null],
    ["效益指标", "社会效益指标", "带动就业人数", "≥80人", "80人", 30, 30, null],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "92%", 30, 30, null],
    ["总分", null, null, null, null, 100, total, null],
  ]);
}

describe.each(["得分（执行率×分值）", "得分(分值*执行率)", "得分(执行率*10分)"])("budget 得分 headed %s", (head) => {
  test("96.40% × 10 = 9.64 written 9.64 with 总分 99.64: the block's score column, no error", () => {
    const r = review(sheet(head, 9.64, 99.64));
    expect(r.model.budget?.columns.score).toBe(8);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("96.40% × 10 = 9.64 written 9 (总分 99): an error by the rule the heading prints", () => {
    const f = review(sheet(head, 9, 99)).findings.filter((x) => x.rule === "exec-score-mismatch");
    expect(f.map((x) => [x.cell, x.severity, x.messageId, x.data?.expected, x.data?.stated])).toEqual([["H4", "error", "printed", 9.64, 9]]);
  });
});
