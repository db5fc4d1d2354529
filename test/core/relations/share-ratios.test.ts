import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * An evaluation summary (概要表) states the share of what was checked beside the two counts, as label | value pairs
 * on one line: 抽查资金总数 ÷ 各级资金投入总数 = 资金抽查占比. The share's own words name its numerator.
 */
const summary = (h3: string, f4 = 3) =>
  Grid.fromValues("S", [
    ["评价分值:88.64分 评价等级:良"],
    ["项目名称", "村干部报酬项目", null, null, null, "评价年度", null, 2023],
    ["各级资金投入总数", 246.37, null, "抽查资金总数", null, 200, "资金抽查占比", h3],
    ["项目数量", 4, null, "抽查项目数", null, f4, "项目抽查占比", "75%"],
    ["发放调查问卷", 36, null, "有效调查问卷", null, 36, "满意度情况", "78.34%"],
  ]);
const ratioAt = (g: Grid, cell: string) => review(g, "national").model.relations.find((r) => r.kind === "ratio" && statedCell(r) === cell);

describe("a share beside its two counts", () => {
  test("资金抽查占比 81.18% = 抽查资金总数 200 ÷ 各级资金投入总数 246.37 (the count that says 资金 and 抽查 is the numerator)", () => {
    const o = evaluateRelation(ratioAt(summary("81.18%"), "H3")!);
    expect(o.ok).toBe(true);
    expect(o.from.map((t) => t.cell)).toEqual(["F3", "B3"]);
  });
  test("项目抽查占比 75% = 3 ÷ 4; a wrong count (2 checked) is a ratio-mismatch at the share", () => {
    expect(evaluateRelation(ratioAt(summary("81.18%"), "H4")!).ok).toBe(true);
    const f = review(summary("81.18%", 2), "national").findings.filter((x) => x.rule === "ratio-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["H4"]);
  });
  test("a share miscomputed (90% for 81.18%) is a ratio-mismatch naming both counts", () => {
    const f = review(summary("90%"), "national").findings.filter((x) => x.rule === "ratio-mismatch");
    expect(f.map((x) => [x.cell, x.related])).toEqual([["H3", ["F3", "B3"]]]);
  });
  test("a rate that is no share of the line's counts (满意度情况 78.34% beside two questionnaire counts) is no relation", () => {
    expect(ratioAt(summary("81.18%"), "H5")).toBeUndefined();
  });
});
