import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/** The total a sheet claims above its table, written inside its label's cell ("自评总分: 95"). */
function sheet(claim: string): Grid {
  return Grid.fromValues("Sheet1", [
    ["项目支出绩效自评表"],
    ["填报日期:2022年8月10日", null, null, null, null, claim],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "培训人次", "120人", "110人", 60, 55],
    ["效益指标", "社会效益", "受益人数", "300人", "290人", 40, 38],
  ]);
}

describe("a claimed total inside its label cell", () => {
  test("'自评总分: 93' in F2 is the claimed total 93 at F2; 55 + 38 = 93 agrees", () => {
    const r = review(sheet("自评总分: 93"), "national");
    expect([r.model.totals?.score?.value, r.model.totals?.score?.cell]).toEqual([93, "F2"]);
    expect(r.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });
  test("'自评总分:95分' against 55 + 38 = 93 is a total-mismatch at F2", () => {
    const r = review(sheet("自评总分:95分"), "national");
    expect(r.model.totals?.score?.value).toBe(95);
    expect(r.findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["F2"]);
  });
});
