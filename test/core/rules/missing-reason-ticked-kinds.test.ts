import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * The monitoring template's ticked form: 偏差原因分析 merged over 经费保障 | 制度保障 | 人员保障 | 硬件条件保障 | 其他, and
 * 完成目标可能性 over 确定能 | 有可能 | 完全不可能. A line whose year falls short gives its reason by a √ under any kind.
 */
function ticked(reasonAt: number | null): Grid {
  const reasons = [null, null, null, null, null].map((_, q) => (q === reasonAt ? "√" : null));
  return Grid.fromValues("S", [
    ["项目支出绩效运行监控表"],
    ["项目名称", "农村饮水安全工程维修养护"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "1-7月实际完成值", "全年预计完成值", "偏差原因分析", null, null, null, null, "完成目标可能性", null, null, "备注"],
    [null, null, null, null, null, null, null, "经费保障", "制度保障", "人员保障", "硬件条件保障", "其他", "确定能", "有可能", "完全不可能", null],
    [null, "产出指标", "数量指标", "维修养护工程数量", "≥20处", "12处", "20处", null, null, null, null, null, "√", null, null, null],
    [null, "效益指标", "社会效益指标", "受益人口", "≥5万人", "3万人", "4.5万人", ...reasons, null, "√", null, null],
  ], ["H3:L3", "M3:O3", "P3:P4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "A3:A6"]);
}
const missing = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "missing-reason").map((f) => [f.cell, f.messageId]);

describe("a reason given by a tick under its kind", () => {
  test("the form is monitoring, its 全年预计完成值 the actual", () => {
    const m = review(ticked(2), "national").model;
    expect(m.family).toBe("monitoring");
    expect(m.columns.actual).toBe(7);
  });
  test.each([0, 2, 4])("4.5万人 of ≥5万人 with a √ under kind %i of the five: no reason is missing", (q) => {
    expect(missing(ticked(q))).toEqual([]);
  });
  test("no √ under any kind: the reason is missing at the group's first cell (H6)", () => {
    expect(missing(ticked(null))).toEqual([["H6", "targetMissed"]]);
  });
});
