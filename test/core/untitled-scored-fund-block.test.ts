import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A project's self-evaluation form pasted without its title and cut before its indicators: a project named with its
 * units (项目名称, 主管部门 / 实施单位) over a fund block that scores its execution (年初预算数 | 全年预算数 | 全年执行数 | 分值
 * | 执行率 | 得分) is the form's head. And whatever the family, a 执行率 is of 全年执行数 over 全年预算数 where both columns
 * are there (年初预算数 only where no 全年 / 调整后 column is).
 */

type Row = (CellValue | undefined)[];

const FUND: Row[] = [
  ["项目资金(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  [null, "年度资金总额:", 100, 80, 72, 10, "90%", 9],
  [null, "其中:本年财政拨款", 100, 80, 72, "—", null, null],
  [null, "上年结转资金", 0, 0, 0, "—", null, null],
];
const HEAD: Row[] = [
  ["项目名称", "某项目", null, null, null, null, null, null],
  ["主管部门", "某局", null, null, "实施单位", "某中心", null, null],
];
const reviewed = (rows: Row[]) => review(Grid.fromValues("Sheet1", rows), "national");
const rate = (rows: Row[]) => {
  const r = reviewed(rows).model.relations.find((x) => x.kind === "ratio");
  return r && r.kind === "ratio" ? [r.stated.cell, r.numerator.cell, r.denominator.cell] : null;
};

describe("a project's fund block that scores its execution, without the form's title", () => {
  test("under 项目名称 / 主管部门 / 实施单位: a project self-evaluation, its 执行率 72 / 80 (全年预算数)", () => {
    const r = reviewed([...HEAD, ...FUND]);
    expect(r.model.family).toBe("project-self-eval");
    expect(rate([...HEAD, ...FUND])).toEqual(["G4", "E4", "D4"]);
  });

  test.each([
    ["no project named (no 项目名称 line)", [HEAD[1], ...FUND]],
    ["no score and the months so far executed (年初 | 全年预算数 | 1-6月执行数 | 执行率: a monitoring sheet's block)", [...HEAD, ...FUND.map((r, i) => [...r.slice(0, 4), i ? r[4] : "1-6月执行数", r[6]])]],
  ] as [string, Row[]][])("%s: no family from it", (_n, rows) => {
    expect(reviewed(rows).model.family).toBe("unknown");
  });

  test("no score, but the whole year executed (全年预算数 | 全年执行数 | 执行率: what the year did, no monitoring sheet's months): a project self-evaluation at 0.5", () => {
    const rows = [...HEAD, ...FUND.map((r) => [...r.slice(0, 5), r[6]])];
    const r = reviewed(rows);
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.confidence).toBe(0.5);
    // (without the project named it stays a fund block of no family)
    expect(reviewed(rows.slice(1)).model.family).toBe("unknown");
  });

  test("no score, the whole year executed, but a list of units each with its money (no 年度资金总额 opening it): no family", () => {
    const rows: Row[] = [
      ["项目名称", "某项目"],
      ["主管部门", "某局"],
      ["实施单位", "某中心"],
      ["序号", "各设区市名称", "全年预算数", "全年执行数", "预算执行率"],
      [1, "某运动管理中心", 319.65, 134.02, "41.93%"],
      [2, "某体校", 350, 350, "100.00%"],
      [3, "某市", 120, 111.4, "92.83%"],
      [4, "某县", 100, 100, "100.00%"],
    ];
    expect(reviewed(rows).model.family).toBe("unknown");
  });
});

describe("a 执行率 in an amount block of a sheet of no family", () => {
  const block = (cols: string[], values: CellValue[]): Row[] => [["资金", ...cols], ["年度资金总额", ...values]];
  test.each([
    ["年初预算数 | 全年预算数 | 全年执行数 | 执行率: 全年预算数 (C2)", ["年初预算数", "全年预算数", "全年执行数", "执行率"], [100, 80, 72, "90%"], ["E2", "D2", "C2"]],
    ["调整后预算数 after 年初预算数: 调整后 (C2)", ["年初预算数", "调整后预算数", "执行数", "执行率"], [100, 80, 72, "90%"], ["E2", "D2", "C2"]],
    ["年初预算数 alone: 年初 (B2)", ["年初预算数", "全年执行数", "执行率"], [80, 72, "90%"], ["D2", "C2", "B2"]],
  ] as [string, string[], CellValue[], string[]][])("%s", (_n, cols, values, cells) => {
    const rows = block(cols, values);
    expect(reviewed(rows).model.family).toBe("unknown");
    expect(rate(rows)).toEqual(cells);
  });
});
