import { Grid } from "../../src/core/grid/grid";
import { withoutCodeColumns } from "../../src/core/recognise/code-columns";
import type { Relation } from "../../src/core/model/types";
import { join } from "path";
import { review } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * A list column that holds a classification code (政府经济分类科目 51301 on every line, 功能科目 2130122) labels the
 * lines: no sum reads it. Named so by its header (科目, 经济分类, 功能分类, 编码, 代码), or — under a header that names
 * no money or count — by its numbers, all one 5–7 digit code (the closing line's too). The amount column beside it
 * keeps its total.
 */
describe("a classification-code column is a label column, never an amount (batch 23 pattern 1)", () => {
  const list = (head: string, codes: (string | number)[], closing: string | number = codes[0]) =>
    Grid.fromValues("Sheet1", [
      ["某年冬春救助资金分配表"],
      ["单位:万元"],
      ["单位名称", "分配金额", head, "备注"],
      ["甲镇", 55, codes[0]],
      ["乙街道", 18, codes[1]],
      ["丙街道", 20, codes[2]],
      ["总计", 93, closing],
    ]);
  const sums = (g: Grid) => review(g, "national").model.relations.flatMap((x) => (x.kind === "sum" ? [[x.total.cell, x.parts.map((p) => p.cell)]] : []));
  const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info");

  test("政府经济分类科目 51301 on every line and on the 总计 line: only 分配金额 is summed (55 + 18 + 20 = 93), nothing found", () => {
    const g = list("政府经济分类科目", [51301, 51301, 51301]);
    expect(sums(g)).toEqual([["B7", ["B4", "B5", "B6"]]]);
    expect(errors(g)).toEqual([]);
  });

  test.each(["功能科目", "支出功能分类科目", "科目编码", "经济分类", "政府经济分类", "功能分类", "代码", "编码", "部门预算编码"])(
    "headed %s, codes differing line by line (2130122, 2130126, 2130199 over 2130122): no sum over column C",
    (head) => {
      const g = list(head, [2130122, 2130126, 2130199], 2130122);
      expect(sums(g)).toEqual([["B7", ["B4", "B5", "B6"]]]);
      expect(errors(g)).toEqual([]);
    },
  );

  test("codes written as text ('51301') read the same", () => {
    const g = list("政府经济分类科目", ["51301", "51301", "51301"], "51301");
    expect(errors(g)).toEqual([]);
  });

  test("under a header naming neither code nor money (类别), one 5-digit number on every line and the closing line: a code, no sum", () => {
    const g = list("类别", [51301, 51301, 51301]);
    expect(sums(g)).toEqual([["B7", ["B4", "B5", "B6"]]]);
    expect(errors(g)).toEqual([]);
  });

  test("the amount column beside a code column keeps its check: 总计 94 against 55 + 18 + 20 = 93 is a total mismatch at B7", () => {
    const rows = list("政府经济分类科目", [51301, 51301, 51301]);
    const g = rows.withCells([{ cell: "B7", value: { v: 94 } }]);
    const f = errors(g);
    expect(f.map((x) => [x.rule, x.cell, x.messageId])).toEqual([["total-mismatch", "B7", "sum"]]);
    expect(f[0].data).toMatchObject({ total: 94, sum: 93 });
  });

  test("equal amounts under a money header (补助金额 10000 on each line, 合计 30000) are amounts: summed, and 合计 40000 is found", () => {
    const g = (closing: number) =>
      Grid.fromValues("Sheet1", [["某补助分配表"], ["单位:元"], ["单位名称", "补助金额"], ["甲镇", 10000], ["乙镇", 10000], ["丙镇", 10000], ["合计", closing]]);
    expect(sums(g(30000))).toEqual([["B7", ["B4", "B5", "B6"]]]);
    expect(errors(g(40000)).map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", "B7"]]);
  });

  test("a count whose name mentions codes (科目调整次数) is no code column: its 合计 is still checked", () => {
    const g = Grid.fromValues("Sheet1", [["某表"], ["单位名称", "科目调整次数"], ["甲局", 3], ["乙局", 4], ["合计", 9]]);
    expect(errors(g).map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", "B5"]]);
  });

  test("the 珠山 分配表 (real, 政府经济分类科目 51301 on its 11 lines) with the 总计 line's code filled (C15 51301): no error, 总计 285 still summed", () => {
    const g = jsonGrid(join(FIXTURES, "real", "jx-jingdezhen-zhushan-winter-spring-relief-allocation-2020.json")).withCells([{ cell: "C15", value: { v: 51301 } }]);
    expect(errors(g)).toEqual([]);
    expect(sums(g).map((x) => x[0])).toEqual(["B15"]);
  });

  describe("a code line under the column names (功能科目 | 2130122 | 2130126) is no first line of amounts", () => {
    const table = (label: string | undefined, codes: number[]) =>
      Grid.fromValues("Sheet1", [
        ["某资金分配表"],
        ["单位:万元"],
        ["单位", "农业生产发展", "林业改革发展", "合计"],
        [label, ...codes],
        ["甲镇", 10, 20, 30],
        ["乙镇", 5, 5, 10],
        ["丙镇", 1, 2, 3],
        ["合计", 16, 27, 43],
      ]);

    test.each([
      ["功能科目", "功能科目"],
      ["科目编码", "科目编码"],
      ["nothing (a line of 2xxxxxx codes right under the header)", undefined],
    ])("labelled %s: 合计 16 = 10 + 5 + 1 and 27 = 20 + 5 + 2 read without the codes, nothing found", (_name, label) => {
      const g = table(label, [2130122, 2130126]);
      expect(sums(g).filter((x) => x[0] === "B8" || x[0] === "C8")).toEqual([
        ["B8", ["B5", "B6", "B7"]],
        ["C8", ["C5", "C6", "C7"]],
      ]);
      expect(errors(g)).toEqual([]);
    });

    test("a wrong 合计 below the code line is still found: B8 17 against 10 + 5 + 1 = 16", () => {
      const f = errors(table("功能科目", [2130122, 2130126]).withCells([{ cell: "B8", value: { v: 17 } }]));
      expect(f.map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", "B8"]]);
      expect(f[0].data).toMatchObject({ total: 17, sum: 16 });
    });

    test("an unlabelled first line of ordinary amounts (30000, 50000) stays a line of the list", () => {
      const g = Grid.fromValues("Sheet1", [["某补助分配表"], ["单位:元"], ["单位", "甲补助", "乙补助"], [undefined, 30000, 50000], ["乙镇", 10000, 20000], ["合计", 40000, 70000]]);
      expect(sums(g).filter((x) => x[0] === "B6" || x[0] === "C6")).toEqual([
        ["B6", ["B4", "B5"]],
        ["C6", ["C4", "C5"]],
      ]);
    });
  });
});

describe("withoutCodeColumns keeps the id of a relation it rewrites", () => {
  test("a rollup whose id is a getter (as a sub-item rollup makes it) keeps it when a code part is left out", () => {
    const g = Grid.fromValues("Sheet1", [["科目编码", "金额"], [51301, 5], [51301, 3], ["合计", 8]]);
    const term = (row: number, col: number, value: number) => ({ cell: `${"AB"[col - 1]}${row}`, row, col, value, decimals: 0 });
    class Lazy {
      readonly kind = "rollup" as const;
      readonly block = "indicator-table" as const;
      readonly bound = "equal" as const;
      readonly level = "sub-item" as const;
      readonly measure = "weight" as const;
      readonly label = "合计";
      readonly total = term(4, 2, 8);
      readonly parts = [term(2, 1, 51301), term(2, 2, 5), term(3, 2, 3)];
      get id() { return `rollup:weight:sub-item:${this.total.cell}`; }
    }
    const [kept] = withoutCodeColumns(g, [new Lazy() as unknown as Relation]);
    expect(kept.id).toBe("rollup:weight:sub-item:B4");
    expect(kept.kind === "rollup" && kept.parts.map((p) => p.cell)).toEqual(["B2", "B3"]);
  });
});
