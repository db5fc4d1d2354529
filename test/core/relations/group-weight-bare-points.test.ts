/**
 * A 一级/二级 label with its points written bare after it ("投入20 分", merged over its rows) is the group's weight:
 * its rows are summed against it, and one item alone under the innermost weighted group takes that group's weight.
 */
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

function scoringForm(weights: number[]): Grid {
  const rows: string[][] = [
    ["2017年就业补助资金绩效评价指标体系", "", "", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "分值", "指标说明", "评分标准"],
    ["投入20 分", "组织保障", "政策宣传", String(weights[0]), "是否开展宣传", "有宣传材料得3分"],
    ["", "", "政策完善", String(weights[1]), "是否完善政策", "有规划得3分"],
    ["", "", "目标编制", String(weights[2]), "是否编制目标", "目标合理得4分"],
    ["", "资金筹集", "本级筹集", String(weights[3]), "是否筹集资金", "足额筹集得8分"],
    ["", "", "其他渠道筹集", String(weights[4]), "有无其他渠道", "有其他渠道得2分"],
    ["过程30 分", "资金管理", "资金到位率", String(weights[5]), "到位情况", "全部到位得15分"],
    ["", "", "资金使用合规性", String(weights[6]), "使用情况", "合规得15分"],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:F1", "A3:A7", "B3:B5", "B6:B7", "A8:A9", "B8:B9"]);
}

describe("bare points after a group label", () => {
  test("投入20 分 = 3 + 3 + 4 + 8 + 2 and 过程30 分 = 15 + 15: no weight finding", () => {
    const r = review(scoringForm([3, 3, 4, 8, 2, 15, 15]));
    const g = r.model.groups.find((x) => x.cell === "A3")!;
    expect(g.weight).toBe(20);
    expect(g.name).toBe("投入");
    expect(r.model.groups.find((x) => x.cell === "A8")!.weight).toBe(30);
    expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch")).toEqual([]);
  });
  test("a 3 → 4 slip at D4: weight-sum-mismatch at A3, 21 ≠ 20", () => {
    const r = review(scoringForm([3, 4, 4, 8, 2, 15, 15]));
    const f = r.findings.filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["A3"]);
    expect(f[0].message).toContain("21");
    expect(f[0].message).toContain("20 分");
  });
  test("one item under 产出指标 40 分 > 数量指标 15 分 (no weight column) takes the inner 15, not the outer 40", () => {
    const rows = [
      ["项目绩效目标自评表", "", "", "", "", ""],
      ["一级指标", "二级指标", "三级指标", "年初指标值", "年终完成值", "自评分"],
      ["产出指标 40 分", "数量指标 15 分", "道路建设养护里程", "300 公里", "300 公里", "15"],
      ["", "质量指标 25 分", "验收合格率", "100%", "100%", "25"],
    ];
    const r = review(Grid.fromValues("Sheet1", rows, ["A1:F1", "A3:A4"]));
    const ind = r.model.indicators.find((i) => i.name === "道路建设养护里程")!;
    expect(ind.weight).toBe(15);
    expect(ind.weightCell).toBe("B3");
  });
});
