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

const found = (g: Grid) => review(g).findings.filter((f) => f.rule === "implausible-target");

describe("implausible-target", () => {
  test.each([
    ["质量指标", "验收合格率", "≥95%"],
    ["质量指标", "验收合格率", "100%"],
    ["成本指标", "项目总成本", "≤90万元"],
    ["成本指标", "成本控制率", "≥95%"],
    ["数量指标", "培训人数", "≥120人次"],
    ["时效指标", "增长率", "≤150%"],
  ])("valid: %s %s %s", (cat, name, target) => {
    expect(found(sheet(cat, name, target))).toEqual([]);
  });

  test.each([
    ["满意度指标", "市民满意度", "290%", "290%", "warning", "above100"],
    ["质量指标", "覆盖率", "≥105%", "105%", "warning", "above100"],
    // a cost floor is a reviewing habit, not a rule the sheet states (补助标准 ≥ … is legitimate): info
    ["成本指标", "项目总成本", "≥90万元", "≥", "info", "costFloor"],
  ])("invalid: %s %s %s", (cat, name, target, inMessage, severity, messageId) => {
    const f = found(sheet(cat, name, target));
    expect(f.map((x) => [x.cell, x.severity, x.messageId])).toEqual([["D3", severity, messageId]]);
    expect(f[0].message).toContain(inMessage);
  });

  test("corpus 043: 市民满意度调查 target 290% is flagged as a warning at E26", async () => {
    const f = review(await corpusGrid("043")).findings.filter((x) => x.rule === "implausible-target");
    expect(f.map((x) => x.cell)).toEqual(["E26"]);
  });
});
