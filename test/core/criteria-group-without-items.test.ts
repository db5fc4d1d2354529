import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { criteriaHeaderAt } from "../../src/core/recognise/table-header";

/**
 * A block of scored criteria (评分项目 | 分值 | 自评分 | 具体内容, the 评分项目 over a group column and an item column) whose
 * last groups have no items: the group's label merged across both columns, its 分值 beside it (中国科协 2007 青少年工作
 * 自评表: 辅协工作(7 分) | 7, 特殊贡献(5 分) | 5). With that merge undone (a CSV dump, a paste as values) the label stands
 * in the group column and the item cell is empty: the line is still named — by its label, left of the empty item cell,
 * where that column holds the groups' labels (one at least beside an item of its own) and the items out-number such
 * lines. Hand-made grids; each shape with the nearest one that must keep its old reading.
 */

type Row = (string | number | null)[];
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);

const head: Row[] = [
  ["某项工作自评表", null, null, null, null],
  ["评分项目", null, "分值", "自评分", "具体内容"],
];
// groups 8 = 5 + 3 and 5 = 2 + 3, then two groups of no items, 7 and 5; 总分 5 + 3 + 2 + 3 + 7 + 5 = 25
const lines = (labels: [string | null, string | null]): Row[] => [
  ["组织建设(8分)", "政策文件", 5, null, null],
  [null, "经费争取", 3, null, null],
  ["宣传(5分)", "媒体报道", 2, null, null],
  [null, "信息报送", 3, null, null],
  [labels[0], null, 7, null, null],
  [labels[1], null, 5, null, null],
  ["总分", null, 25, null, null],
];
const weights = [[3, 5], [4, 3], [5, 2], [6, 3], [7, 7], [8, 5]];

describe("a group with no items, its merge across the group and item columns undone: its label names its line", () => {
  test.each([
    ["merged across (as published)", ["A1:E1", "A2:B2", "A3:A4", "A5:A6", "A7:B7", "A8:B8", "A9:B9"]],
    ["every merge undone (a CSV dump)", []],
  ])("%s: the block is read under its header, every line with its 分值 (5, 3, 2, 3, 7, 5), 总分 25 its total", (_, merges) => {
    const g = sheet([...head, ...lines(["辅协工作(7分)", "特殊贡献(5分)"])], merges as string[]);
    const h = criteriaHeaderAt(g, 2);
    expect(h?.columns.level3).toBe(2);
    expect(h?.columns.weight).toBe(3);
    expect(h?.lastRow).toBe(8);
    const r = review(g, "national");
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual(weights);
    expect([r.model.totals?.weight?.cell, r.model.totals?.weight?.value]).toEqual(["C9", 25]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test.each([
    // the column left never beside an item: the two labels are no group column's (the old reading: no header)
    ["no label beside any item", [
      [null, "政策文件", 5, null, null],
      [null, "经费争取", 3, null, null],
      [null, "媒体报道", 2, null, null],
      [null, "信息报送", 3, null, null],
      ["辅协工作(7分)", null, 7, null, null],
      ["特殊贡献(5分)", null, 5, null, null],
    ]],
    // as many label-only lines as items: the items do not out-number them
    ["label lines as many as the items", [
      ["组织建设(8分)", "政策文件", 5, null, null],
      [null, "经费争取", 3, null, null],
      ["辅协工作(7分)", null, 7, null, null],
      ["特殊贡献(5分)", null, 5, null, null],
    ]],
    // a line with only its number, no label left of the empty item cell: unnamed, as before
    ["a line with no label at all", [
      ["组织建设(8分)", "政策文件", 5, null, null],
      [null, "经费争取", 3, null, null],
      ["宣传(5分)", "媒体报道", 2, null, null],
      [null, null, 7, null, null],
    ]],
  ])("counter-shape, %s: no block of criteria under that header", (_, rows) => {
    expect(criteriaHeaderAt(sheet([...head, ...(rows as Row[])]), 2)).toBeNull();
  });
});
