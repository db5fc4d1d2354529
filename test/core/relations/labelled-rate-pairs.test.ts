import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * An execution rate stated on one line beside its two amounts written as 'label:' | amount pairs (the Hebei 部门整体
 * 支出绩效自评表: 预算安排情况(调整后) | 资金执行情况 | 预算执行率 over 预算数: | 95 | 执行数: | 82.65 | 87%):
 * 执行率 = 执行数 ÷ 预算数, as in a column-headed budget block.
 */
const sheet = (rate: string | number, rateHeading = "预算执行率") =>
  Grid.fromValues("S", [
    ["部门整体支出绩效自评表"],
    ["填报单位:", "某县行政审批局", null, null, "单位:万元"],
    ["一、预算执行情况", "预算安排情况(调整后)", null, "资金执行情况", null, rateHeading],
    [null, "预算数:", 95, "执行数:", 82.65, rate],
    [null, "其中:财政资金", 95, "其中:财政资金", 82.65, null],
    [null, "其他", null, "其他", null, null],
  ]);
const ratioAt = (g: Grid, cell: string) => review(g, "national").model.relations.find((r) => r.kind === "ratio" && statedCell(r) === cell);
const execFindings = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "exec-rate-mismatch");

describe("an execution rate beside its 预算数: / 执行数: pairs on one line", () => {
  test("预算执行率 87% = 执行数 82.65 ÷ 预算数 95 (86.99…%): consistent, numerator then denominator", () => {
    const r = ratioAt(sheet("87%"), "F4");
    expect(r).toBeDefined();
    const o = evaluateRelation(r!);
    expect(o.ok).toBe(true);
    expect(o.from.map((t) => t.cell)).toEqual(["E4", "C4"]);
  });
  test("a wrong rate (80% for 87%) is an exec-rate-mismatch at the rate, naming both amounts", () => {
    expect(execFindings(sheet("80%")).map((f) => [f.cell, f.related])).toEqual([["F4", ["E4", "C4"]]]);
    expect(execFindings(sheet("87%"))).toEqual([]);
  });
  test("the rate written as a pair of its own (执行率: | 87%) is read the same way", () => {
    const g = Grid.fromValues("S", [["预算数:", 95, "执行数:", 82.65, "执行率:", "80%"]]);
    expect(execFindings(g).map((f) => f.cell)).toEqual(["F1"]);
  });
  test("a number under a heading that names no rate (完成情况) is no rate of the line", () => {
    expect(ratioAt(sheet("80%", "完成情况"), "F4")).toBeUndefined();
  });
  test("a line without an executed amount (预算数: | 95 | 87% under 预算执行率) states no rate", () => {
    const g = Grid.fromValues("S", [[null, "预算执行率"], ["预算数:", 95, "80%"]]);
    expect(review(g, "national").model.relations.filter((r) => r.kind === "ratio")).toEqual([]);
  });
});
