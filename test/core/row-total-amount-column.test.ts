import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * The last amount column of an allocation headed 本次下达资金金额 / 下达金额 / 资金金额 / 合计金额 / 金额合计 over purpose
 * columns is each row's total — taken only where the numbers vouch for it: a single row whose sum agrees or nearly
 * agrees (within 1% of the total), several rows of which at least half agree exactly.
 */
describe("a row-total column named by the money given out (本次下达资金金额 over purposes)", () => {
  const sheet = (head: string, lines: (string | number)[][]) =>
    Grid.fromValues("Sheet1", [["某年某补助资金分配表"], ["单位:万元"], ["项目单位", "甲项目", "乙项目", "丙项目", head], ...lines]);
  const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info");

  test("one unit, 20 + 12.5 + 7.5 = 40: a checked relation, the list's header (row 3) and its total (E4 40)", () => {
    const r = review(sheet("本次下达资金金额", [["卫健局", 20, 12.5, 7.5, 40]]), "national");
    const sums = r.model.relations.flatMap((x) => (x.kind === "sum" ? [[x.total.cell, x.parts.map((p) => p.cell)]] : []));
    expect(sums).toEqual([["E4", ["B4", "C4", "D4"]]]);
    expect([r.model.headerRow, r.model.totals?.score?.cell, r.model.totals?.score?.value]).toEqual([3, "E4", 40]);
    expect(errors(sheet("本次下达资金金额", [["卫健局", 20, 12.5, 7.5, 40]]))).toEqual([]);
  });

  test.each(["下达金额", "资金金额", "合计金额(万元)", "金额合计"])("headed %s: read the same way", (head) => {
    const r = review(sheet(head, [["卫健局", 20, 12.5, 7.5, 40]]), "national");
    expect(r.model.relations.filter((x) => x.kind === "sum").length).toBe(1);
  });

  test("one unit off by 0.4 (40.4 against 40, 1% of the total): a total mismatch at E4", () => {
    const f = errors(sheet("本次下达资金金额", [["卫健局", 20, 12.5, 7.5, 40.4]]));
    expect(f.map((x) => [x.rule, x.cell, x.messageId])).toEqual([["total-mismatch", "E4", "sum"]]);
    expect(f[0].data).toMatchObject({ name: "卫健局", total: 40.4, sum: 40 });
  });

  test("one unit off by a wide margin (50 against 40): no relation is guessed, nothing is found", () => {
    const r = review(sheet("本次下达资金金额", [["卫健局", 20, 12.5, 7.5, 50]]), "national");
    expect(r.model.relations).toEqual([]);
    expect(r.findings.filter((x) => x.severity !== "info")).toEqual([]);
  });

  test("three units, two agreeing (10 = 5 + 3 + 2, 9 = 4 + 4 + 1): the third, 9 against 6, is found at E6", () => {
    const f = errors(sheet("下达金额", [["甲镇", 5, 3, 2, 10], ["乙镇", 4, 4, 1, 9], ["丙镇", 2, 2, 2, 9]]));
    expect(f.map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", "E6"]]);
    expect(f[0].data).toMatchObject({ name: "丙镇", total: 9, sum: 6 });
  });

  test("three units of which only one agrees: the column is some other amount (no relation)", () => {
    const r = review(sheet("下达金额", [["甲镇", 5, 3, 2, 10], ["乙镇", 4, 4, 1, 12], ["丙镇", 2, 2, 2, 9]]), "national");
    expect(r.model.relations).toEqual([]);
  });

  test("a last column named otherwise (补助人数) is no row total", () => {
    const r = review(sheet("补助人数", [["卫健局", 20, 12.5, 7.5, 40]]), "national");
    expect(r.model.relations).toEqual([]);
  });
});

/**
 * A trailing column headed by a short qualifier before 合计 / 总计 / 小计 (提前下达预算合计, 下达资金合计, 补助合计) is a
 * column of row totals where the lines add up to it, as 金额合计 is; a score or rate so headed (分值合计) never is.
 */
describe("a row-total column headed by a qualifier before 合计 (提前下达预算合计)", () => {
  const sheet = (head: string, lines: (string | number | null)[][]) =>
    Grid.fromValues("Sheet1", [["某年某专项资金预算表"], ["单位:万元"], ["序号", "单位", "一般补助资金", "重点项目资金", head], ...lines]);
  const lines = [
    [1, "甲省", 1649, null, 1649],
    [2, "乙省", 732, 1376, 2108],
    [3, "丙省", 1821, 38009, 39830],
  ];

  test.each(["提前下达预算合计", "下达资金合计", "补助合计", "资金总计"])("headed %s: one relation per line, nothing found", (head) => {
    const r = review(sheet(head, lines), "national");
    const sums = r.model.relations.flatMap((x) => (x.kind === "sum" ? [x.total.cell] : []));
    expect(sums).toEqual(["E4", "E5", "E6"]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("乙省's 重点项目资金 1514 instead of 1376: 2108 against 732 + 1514 = 2246 is found at E5", () => {
    const f = review(sheet("提前下达预算合计", [lines[0], [2, "乙省", 732, 1514, 2108], lines[2]]), "national").findings.filter((x) => x.severity !== "info");
    expect(f.map((x) => [x.rule, x.cell, x.messageId])).toEqual([["total-mismatch", "E5", "sum"]]);
    expect(f[0].data).toMatchObject({ name: "乙省", total: 2108, sum: 2246 });
  });

  test.each(["分值合计", "得分合计", "执行率合计"])("headed %s: no row total", (head) => {
    expect(review(sheet(head, lines), "national").model.relations).toEqual([]);
  });
});
