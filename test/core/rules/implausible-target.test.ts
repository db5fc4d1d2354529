import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";
import { corpusGrid } from "../../helpers";

const sheet = (cat: string, name: string, target: string) =>
  Grid.fromValues("S", [
    ["项目支出绩效自评表"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", cat, name, target, "100%", 100, 100, ""],
    ["总分", "", "", "", "", 100, 100, ""],
  ]);

/** The same indicator while the target is being set: a 绩效目标申报表. */
const declaration = (cat: string, name: string, target: string) =>
  Grid.fromValues("S", [
    ["项目支出绩效目标申报表"],
    ["项目名称", "农村饮水安全巩固提升", "主管部门", "县水利局"],
    ["年度绩效目标", "完成 12 处供水工程维修改造"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "维修改造供水工程", "≥12处"],
    ["产出指标", cat, name, target],
    ["效益指标", "社会效益指标", "受益人口", "≥5000人"],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
  ]);

const found = (g: Grid) => review(g).findings.filter((f) => f.rule === "implausible-target");

describe("implausible-target", () => {
  test.each([
    ["质量指标", "验收合格率", "≥95%"],
    ["质量指标", "验收合格率", "100%"],
    ["成本指标", "项目总成本", "≤90万元"],
    ["成本指标", "成本控制率", "≥95%"],
    ["数量指标", "培训人数", "≥120人次"],
    ["时效指标", "增长率", "≤150%"],
    ["质量指标", "逾期发放率", "≤0%"],
    ["质量指标", "事故发生率", "0%"],
  ])("valid: %s %s %s", (cat, name, target) => {
    expect(found(sheet(cat, name, target))).toEqual([]);
  });

  test.each([
    ["满意度指标", "市民满意度", "290%", "290%", "above100"],
    ["质量指标", "覆盖率", "≥105%", "105%", "above100"],
    ["成本指标", "项目总成本", "≥90万元", "≥", "costFloor"],
    ["质量指标", "逾期发放率", ">=100%", "越低越好", "lowerFloor"],
    ["质量指标", "安全事故发生率", "≥5%", "≥5%", "lowerFloor"],
  ])("invalid: %s %s %s — a warning while the target is set, a hint in a self-evaluation", (cat, name, target, inMessage, messageId) => {
    const d = found(declaration(cat, name, target));
    expect(d.map((x) => [x.cell, x.severity, x.messageId])).toEqual([["D6", "warning", messageId]]);
    expect(d[0].message).toContain(inMessage);
    // in a self-evaluation the target was approved long ago and the sheet does not contradict itself
    const f = found(sheet(cat, name, target));
    expect(f.map((x) => [x.cell, x.severity, x.messageId])).toEqual([["D3", "info", messageId]]);
  });

  test("corpus 043: 市民满意度调查 target 290% is pointed out at E26, as a hint (the self-evaluation's target was approved long ago)", async () => {
    const f = review(await corpusGrid("043")).findings.filter((x) => x.rule === "implausible-target");
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["E26", "info"]]);
  });
});
