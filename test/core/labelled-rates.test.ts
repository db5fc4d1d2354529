import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * An execution rate beside its two amounts written as label | amount pairs, under a heading of its own (labelled-rates.ts:
 * 预算安排情况(调整后) | 资金执行情况 | 预算执行率 over "预算数: | 95 | 执行数: | 82.65 | 87%"): 执行率 = 82.65 ÷ 95 = 87.0%.
 * Its heading and rate merged across F:H and filled across by an export (预算执行率 | 预算执行率 | 预算执行率 over
 * 87% | 87% | 87%) are one rate, read at its first copy. Two rates of their own under that heading are no one rate.
 */
type Row = (string | number | null)[];
function head(rate: Row, merges: string[], heading: Row = ["预算执行率", null, null]): Grid {
  return Grid.fromValues(
    "S",
    [
      ["部门整体支出绩效自评表"],
      ["填报单位:", "某县行政审批局", null, null, "单位:万元"],
      ["一、预算执行情况", "预算安排情况(调整后)", null, "资金执行情况", null, ...heading],
      [null, "预算数:", 95, "执行数:", 82.65, ...rate],
    ],
    ["B3:C3", "D3:E3", ...merges],
  );
}
const ratios = (g: Grid) => review(g, "national").model.relations.flatMap((x) => (x.kind === "ratio" ? [`${x.stated.cell} ← ${x.numerator.cell},${x.denominator.cell}`] : []));
const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);

describe("a rate under its heading beside label | amount pairs", () => {
  test.each<[string, Row, string[], Row]>([
    ["merged over F:H", ["87%", null, null], ["F3:H3", "F4:H4"], ["预算执行率", null, null]],
    ["filled across F:H (an export)", ["87%", "87%", "87%"], [], ["预算执行率", "预算执行率", "预算执行率"]],
  ])("%s: one rate, F4 = E4 / C4", (_, rate, merges, heading) => {
    expect(ratios(head(rate, merges, heading))).toEqual(["F4 ← E4,C4"]);
  });

  test("filled across with a slip (90% | 90% | 90% for 87%): found at F4, as merged", () => {
    const merged = head(["90%", null, null], ["F3:H3", "F4:H4"]);
    const filled = head(["90%", "90%", "90%"], [], ["预算执行率", "预算执行率", "预算执行率"]);
    expect(errors(filled)).toEqual(errors(merged));
    expect(errors(merged)).toContainEqual(expect.stringMatching(/@F4$/));
  });

  test("counter-shape: two different rates under the heading written twice (87% | 90%): no one rate", () => {
    expect(ratios(head(["87%", "90%", null], [], ["预算执行率", "预算执行率", null]))).toEqual([]);
  });
});
