import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Forms stacked on one sheet whose titles carry their attachment's number ("附件2：项目支出绩效自评表", "附表：…"), as
 * a unit's submission pastes them: each title starts a form of its own, so the second form's slips are found at its
 * cells, as under a bare title (a head that names no 项目名称, 转移支付（项目）名称, leaves the title to tell them apart).
 */
type Row = (string | number | null)[];
const form = (title: string, name: string, score2: number): Row[] => [
  [title, null, null, null, null, null, null, null],
  ["转移支付（项目）名称", name, null, null, null, null, null, null],
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ["产出指标", "数量指标", "培训人数", "≥100人", "100人", 50, 50, null],
  ["效益指标", "社会效益指标", "政策知晓率", "≥90%", "92%", 50, score2, null],
  ["总分", null, null, null, null, 100, 50 + score2, null],
];
const sheet = (t1: string, t2: string, score2 = 50) => Grid.fromValues("S", [...form(t1, "甲项目", 50), [], ...form(t2, "乙项目", score2)]);
const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);

describe("stacked forms under attachment-numbered titles", () => {
  test.each([
    ["项目支出绩效自评表", "项目支出绩效自评表"],
    ["附件1：项目支出绩效自评表", "附件2：项目支出绩效自评表"],
    ["附表：项目支出绩效自评表", "附表：项目支出绩效自评表"],
    ["附件1:2023年度项目支出绩效自评表", "附件2:2023年度项目支出绩效自评表"],
  ])("%s / %s: consistent, no error; the second form's score 55 over its 50 is found at G12", (t1, t2) => {
    expect(review(sheet(t1, t2), "national").model.family).toBe("project-self-eval");
    expect(errors(sheet(t1, t2))).toEqual([]);
    expect(errors(sheet(t1, t2, 55))).toContain("score-exceeds-weight@G12");
  });

  test("counter-shape: an attachment line that names no form (附件2：评分说明) starts none — the second form then reads as the first's continuation, its header a repeat", () => {
    const g = Grid.fromValues("S", [...form("附件1：项目支出绩效自评表", "甲项目", 50), [], ...form("附件2：评分说明", "乙项目", 50)]);
    expect(review(g, "national").model.family).toBe("project-self-eval");
  });
});
