import { Grid } from "../../src/core/grid/grid";
import { mayHoldCodes } from "../../src/core/recognise/code-columns";
import { review } from "../../src/core/review";

/**
 * withoutCodeColumns asks a sheet first whether any cell may be a classification code or head a classification column
 * (mayHoldCodes, over the text cells at once), and reads no relation's terms where none may. Every way a code's number
 * is written must pass that gate, so that the code column is still left out of every sum; a sheet whose numbers are no
 * codes (weights 0.045, 0.0405, amounts 950, 1000) and whose heads name no classification does not.
 */
describe("code-columns: the gate before the terms are read", () => {
  const list = (head: string, code: string | number) =>
    Grid.fromValues("Sheet1", [["某年救助资金分配表"], ["单位名称", "分配金额", head], ["甲镇", 55, code], ["乙街道", 18, code], ["丙街道", 20, code], ["总计", 93, code]]);
  const sums = (g: Grid) => review(g, "national").model.relations.flatMap((x) => (x.kind === "sum" ? [[x.total.cell, x.parts.map((p) => p.cell)]] : []));

  test.each<[string | number]>([[51301], ["51301"], ["51,301"], ["51301.0"], [" 51301 "], ["+51301"], [2130122], [10000], [9999999]])(
    "one code %p on every line under 类别 (no classification word): the gate passes, only 分配金额 is summed (55 + 18 + 20 = 93)",
    (code) => {
      const g = list("类别", code);
      expect(mayHoldCodes(g)).toBe(true);
      expect(sums(g)).toEqual([["B6", ["B3", "B4", "B5"]]]);
    },
  );

  test.each(["科目", "经济分类", "功能分类", "支出分类", "科目编码", "代码"])("a column headed %s (small numbers: 3 on every line): the gate passes by the word", (head) => {
    expect(mayHoldCodes(list(head, 3))).toBe(true);
  });

  test.each<[string | number]>([[0.045], [0.0404999999999999], [1234], [950], ["12.5"], ["1,23"]])(
    "counter-shape: %p on every line under 类别, no code and no classification word: the gate stops (no term read)",
    (v) => {
      expect(mayHoldCodes(list("类别", v))).toBe(false);
    },
  );

  test("counter-shape: a cell right of the scanned columns (column 130) is not among the text cells: the gate passes", () => {
    const row: (string | number | undefined)[] = ["甲"];
    row[129] = 1;
    expect(mayHoldCodes(Grid.fromValues("Sheet1", [["单位名称", "金额"], row]))).toBe(true);
  });
});

describe("code-columns: the gate reads a code only from a cell that is a number written out", () => {
  const names = (label: (i: number) => string) =>
    Grid.fromValues("Sheet1", [["单位名称", "指标名称", "分配金额"], ...[10001, 10002, 10003].map((n, k) => ["甲镇", label(n), 10 + k]), ["总计", "", 33]]);

  test.each<[string, (n: number) => string]>([
    ["指标10001 (five digits inside a name)", (n) => `指标${n}`],
    ["2023年10001号 (a year and a number inside a name)", (n) => `2023年${n}号`],
    ["10001个 (digits before a unit)", (n) => `${n}个`],
  ])("counter-shape: %s, amounts 10 + 11 + 12 = 33: no cell is a code, the gate stops", (_what, label) => {
    expect(mayHoldCodes(names(label))).toBe(false);
  });

  test.each<[string | number]>([[10001], ["10001"], ["10,001"], ["10001.00"]])("shape: the name column holding %p itself: the gate passes", (v) => {
    const g = Grid.fromValues("Sheet1", [["单位名称", "类别", "分配金额"], ["甲镇", v, 10], ["乙镇", v, 11], ["总计", "", 21]]);
    expect(mayHoldCodes(g)).toBe(true);
  });
});
