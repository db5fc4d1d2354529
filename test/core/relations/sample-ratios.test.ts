import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";
import { sampleRatios } from "../../../src/core/recognise/sample-ratios";

/**
 * A sample check stated in a sentence: the rate is the passing count over the sampled one, its name repeating the
 * passing word ("抽查20户，合格19户，合格率95%": 19 ÷ 20 = 95%).
 */
const summary = (line: string) =>
  Grid.fromValues("概要表", [
    ["某县2023年农村公路养护项目绩效评价概要表"],
    ["评价分值:88.5分 评价等级:良"],
    ["评价机构", "某管理咨询有限公司"],
    [line],
  ]);
const ratio = (line: string) => review(summary(line), "national").model.relations.find((r) => r.kind === "ratio" && statedCell(r) === "A4");
const mismatches = (line: string) => review(summary(line), "national").findings.filter((f) => f.rule === "ratio-mismatch");

describe("a sample check's rate in a sentence", () => {
  test("抽查20户，合格19户，合格率95%: 19 ÷ 20 = 95%, nothing to flag", () => {
    const r = ratio("现场抽查20户，合格19户，合格率95%。")!;
    expect(r).toBeDefined();
    const o = evaluateRelation(r);
    expect([o.ok, o.computed]).toEqual([true, 95]);
    expect(mismatches("现场抽查20户，合格19户，合格率95%。")).toEqual([]);
  });

  test("合格率 85% for 19 of 20 is a ratio-mismatch at the sentence (19/20 = 95)", () => {
    const f = mismatches("现场抽查20户，合格19户，合格率85%。");
    expect(f.map((x) => [x.cell, x.messageId, x.data?.computed])).toEqual([["A4", "ratio", "95.00%"]]);
  });

  test("other wordings: 抽检 … 其中达标 … 达标率为; 调查 … 满意 … 满意度 (one decimal: 37/40 = 92.5%)", () => {
    expect(evaluateRelation(ratio("抽检样品40份，其中达标38份，达标率为95%")!).ok).toBe(true);
    expect(evaluateRelation(ratio("随机调查40人，满意37人，满意度92.5%")!).ok).toBe(true);
    expect(mismatches("随机调查40人，满意37人，满意度95%").map((f) => f.data?.computed)).toEqual(["92.50%"]);
  });

  test("no rate of those counts: a year is no count, a rate of another word (合格 … 满意度) is not this one's", () => {
    expect(sampleRatios(summary("检查2023年项目12个，合格11个，合格率50%"))).toEqual([]);
    expect(sampleRatios(summary("抽查20户，合格19户，满意度80%"))).toEqual([]);
    expect(sampleRatios(summary("抽查20户，合格19人，合格率80%"))).toEqual([]);
  });
});
