import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A fund-source head with no budget column (中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率, the 广水 项目绩效目标自评表):
 * the 执行率 is of the 执行数 over the sources' 合计. Where a 预算数 column stands beside the 合计, the rate stays of the
 * budget (the 合计 is no fallback then).
 */
type Row = (CellValue | undefined)[];
const rateFindings = (rows: Row[]) =>
  review(Grid.fromValues("Sheet1", rows, []), "national")
    .findings.filter((f) => f.rule === "exec-rate-mismatch" && f.severity !== "info")
    .map((f) => f.cell);

const sources = (rate: string): Row[] => [
  ["财政预算支出项目绩效目标自评表"],
  ["项目名称", "办公局域网维护费"],
  ["项目资金来源", "中央 (万元)", "省、地 (万元)", "本级 (万元)", "其他 (万元)", "合计 (万元)", "执行数 (万元)", "执行率"],
  [undefined, undefined, undefined, 5.5, undefined, 5.5, 5.5, rate],
];

describe("执行率 over the sources' 合计 when no budget column is given", () => {
  test("5.5 of 5.5 stated 100%: no finding", () => {
    expect(rateFindings(sources("100%"))).toEqual([]);
  });

  test("5.5 of 5.5 stated 93%: exec-rate-mismatch at H4 (5.5 / 5.5 = 100%)", () => {
    expect(rateFindings(sources("93%"))).toEqual(["H4"]);
  });

  test("counter-shape — a 预算数 column beside the 合计 keeps the rate of the budget: 80 of 100 stated 80% (of 合计 80 it would be 100%) is right", () => {
    const rows: Row[] = [
      ["项目资金"],
      ["资金", "预算数", "合计", "执行数", "执行率"],
      ["年度资金总额", 100, 80, 80, "80%"],
    ];
    expect(rateFindings(rows)).toEqual([]);
  });
});
