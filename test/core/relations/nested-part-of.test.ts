import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * A "其中:" line under a first part that is not itself written 其中 breaks down the part above it, not the total:
 * 资金总额 35543.19 = 财政资金 24543.19 + 其他资金 11000, and 其中: 省级财政 24543.19 is part of 财政资金 only. Where
 * the first part is written 其中 (其中:财政拨款 | 上年结转 | 其他资金), every line is a part of the total.
 */
const sumAt = (g: Grid, cell: string) => review(g, "national").model.relations.find((r) => r.kind === "sum" && statedCell(r) === cell);
const totalErrors = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell);

describe("a nested 其中 line", () => {
  const labelled = (total: number) =>
    Grid.fromValues("S", [
      ["专项资金绩效目标表"],
      ["项目名称:食品药品监管专项", null, null, "单位:万元"],
      ["资金申报计划", "资金总额", total],
      [null, "财政资金", 24543.19],
      [null, "其中: 省级财政", 24543.19],
      [null, "其他资金", 11000],
    ]);
  test("label | amount lines: 资金总额 = 财政资金 + 其他资金, the nested 省级财政 left out", () => {
    const r = sumAt(labelled(35543.19), "C3");
    expect(evaluateRelation(r!).from.map((t) => t.cell)).toEqual(["C4", "C6"]);
    expect(totalErrors(labelled(35543.19))).toEqual([]);
    expect(totalErrors(labelled(35643.19))).toEqual(["C3"]);
  });

  const block = (total: number) =>
    Grid.fromValues("S", [
      ["项目支出绩效自评表"],
      ["项目资金(万元)", null, "全年预算数", "全年执行数", "执行率"],
      [null, "年度资金总额", total, 90, "90%"],
      [null, "财政拨款", 60, 55, "91.67%"],
      [null, "其中:中央补助", 60, 55, "91.67%"],
      [null, "其他资金", 40, 35, "87.5%"],
    ]);
  test("a fund block's lines: 年度资金总额 = 财政拨款 + 其他资金, the nested 中央补助 left out", () => {
    expect(totalErrors(block(100))).toEqual([]);
    expect(totalErrors(block(110))).toEqual(["C3"]);
  });

  test("a first part written 其中 (其中:财政拨款 | 上年结转 | 其他资金): every line is a part", () => {
    const g = Grid.fromValues("S", [
      ["项目支出绩效自评表"],
      ["项目资金(万元)", "资金总额", 100],
      [null, "其中:财政拨款", 60],
      [null, "上年结转", 30],
      [null, "其他资金", 10],
    ]);
    expect(evaluateRelation(sumAt(g, "C2")!).from.map((t) => t.cell)).toEqual(["C3", "C4", "C5"]);
  });
});
