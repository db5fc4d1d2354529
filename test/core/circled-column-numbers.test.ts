import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A fund table whose column headers carry circled numbers for the sheet's own formulas (年初预算安排金额① |
 * 年中调整金额② | 小计③=①+② | 年度拨付金额 | 本年度结余金额⑥=③-④): the circled number and its formula are no part
 * of the column's name, so the columns are read as the amounts they name, and the 小计 / 合计 rows add up in each.
 */
describe("circled column numbers after an amount header", () => {
  const table = (c7: number) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["部门整体支出绩效自评表"],
        ["财政资金安排和使用情况(万元)", "资金结构", "年初部门预算安排金额(含历年结余结转)①", "年中调整金额②", "小计③=①+②", "年度拨付金额", "支出实现率(%)⑤=④/③", "本年度结余金额⑥=③-④"],
        [null, "财政资金小计", 130.54, 58.07, 188.61, 188.45, 99.92, 0.16],
        [null, "①项目支出", c7, 0, 30, 30, 100, 0],
        [null, "②基本支出", 100.54, 58.07, 158.61, 158.45, 99.9, 0.16],
        [null, "合计", 130.54, 58.07, 188.61, 188.45, 99.92, 0.16],
      ],
      ["A2:A6"],
    );
  const sums = (g: Grid) => review(g, "national").model.relations.flatMap((x) => (x.kind === "sum" ? [x.total.cell] : []));
  const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info");

  test("each amount column's 小计 (row 3) and 合计 (row 6) over its lines: C, D, E (小计③), F and H (结余⑥)", () => {
    const cells = sums(table(30));
    for (const c of ["C3", "D3", "E3", "F3", "H3"]) expect(cells).toContain(c);
    expect(errors(table(30))).toEqual([]);
  });

  test("年初预算 of 项目支出 changed to 33: 小计 130.54 against 33 + 100.54 = 133.54 is a total mismatch at C3", () => {
    const f = errors(table(33)).filter((x) => x.rule === "total-mismatch");
    expect(f.map((x) => x.cell)).toContain("C3");
    expect(f.find((x) => x.cell === "C3")!.data).toMatchObject({ total: 130.54, sum: 133.54 });
  });
});
