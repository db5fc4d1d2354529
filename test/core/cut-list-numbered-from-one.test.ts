import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A list cut above its header (the excerpt starts on its lines) closed by 合计: its lines may be only the tail, so
 * the 合计 may exceed them ("atMost"). Lines numbered 1, 2, 3 … from the top (the first number possibly lost: blank,
 * then 2) start at the list's first item: the 合计 must equal them.
 */
describe("a list cut above its header whose lines are numbered from 1 is whole", () => {
  const list = (first: string, closing: number) =>
    Grid.fromValues("Sheet1", [
      [first, "甲村耕地提质改造项目", 100, 90],
      ["2", "乙村耕地提质改造项目", 50, 45],
      ["3", "丙村垦造水田项目", 30, 20],
      ["合计", null, 180, closing],
    ]);
  const bounds = (g: Grid) => review(g, "national").model.relations.flatMap((x) => (x.kind === "sum" ? [[x.total.cell, x.bound]] : []));
  const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info");

  test.each(["1", "", "1."])("first line numbered '%s': each 合计 equals its lines (180 = 100 + 50 + 30, 155 = 90 + 45 + 20)", (first) => {
    expect(bounds(list(first, 155))).toEqual([
      ["C4", "equal"],
      ["D4", "equal"],
    ]);
    expect(errors(list(first, 155))).toEqual([]);
  });

  test("a 合计 above its lines (170.5 against 90 + 45 + 20 = 155) is a total mismatch at D4", () => {
    const f = errors(list("", 170.5));
    expect(f.map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", "D4"]]);
    expect(f[0].data).toMatchObject({ total: 170.5, sum: 155 });
  });

  test("lines numbered from 4 (the list's head cut off): the 合计 may exceed them (atMost), 170.5 is no error", () => {
    const g = Grid.fromValues("Sheet1", [
      ["4", "甲村耕地提质改造项目", 100, 90],
      ["5", "乙村耕地提质改造项目", 50, 45],
      ["6", "丙村垦造水田项目", 30, 20],
      ["合计", null, 180, 170.5],
    ]);
    expect(bounds(g)).toEqual([
      ["C4", "atMost"],
      ["D4", "atMost"],
    ]);
    expect(errors(g)).toEqual([]);
  });
});
