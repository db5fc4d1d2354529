import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * An amount list whose first column is merged over a block of lines: a last line of the block with the amount alone
 * (no name, no label) is the block's subtotal, checked against the lines above it.
 */
describe("an unlabelled last line closing a merged block of an amount list", () => {
  const rows = (subtotal: string, first = "3", lastName: string | null = null): (string | null)[][] => [
    ["某市2023年文物保护专项资金安排表", null, null, null],
    ["县区", "文物名称", "项目内容", "金额(万元)"],
    ["甲县", "甲祠堂", "线路改造", first],
    [null, "乙民居", "修缮工程", "5"],
    [null, "丙庙", "加固工程", "4"],
    [null, lastName, null, subtotal],
    ["乙区", "丁建筑群", "修缮工程", "6"],
    [null, "戊祠", "保养维护", "2"],
  ];
  const sheet = (r: (string | null)[][], merges = ["A1:D1", "A3:A6", "A7:A8"]) => Grid.fromValues("Sheet1", r, merges);
  const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell, f.data]);

  test("3 + 5 + 4 = 12: the line is read as 甲县's subtotal (a relation that holds), the list's header is row 2", () => {
    const r = review(sheet(rows("12")), "national");
    const sums = r.model.relations.filter((x) => x.kind === "sum");
    expect(sums.map((x) => [x.kind === "sum" && x.total.cell, x.kind === "sum" && x.parts.map((p) => p.cell)])).toEqual([["D6", ["D3", "D4", "D5"]]]);
    expect(r.model.headerRow).toBe(2);
    expect(errors(sheet(rows("12")))).toEqual([]);
  });

  test.each([
    ["the subtotal is off by one (13 against 3 + 5 + 4 = 12)", rows("13"), 13, 12, "（甲祠堂 3 + 乙民居 5 + 丙庙 4）"],
    ["a line above it is off by one (12 against 4 + 5 + 4 = 13)", rows("12", "4"), 12, 13, "（甲祠堂 4 + 乙民居 5 + 丙庙 4）"],
  ])("%s: a total mismatch at D6 naming the block", (_what, r, total, sum, parts) => {
    const found = review(sheet(r), "national").findings.filter((f) => f.severity !== "info");
    expect(found.map((f) => [f.rule, f.cell, f.messageId])).toEqual([["total-mismatch", "D6", "sum"]]);
    expect(found[0].data).toMatchObject({ name: "甲县小计", total, sum, parts });
  });

  test("with a 序号 column merged over the block on its left (序号 | 单位 | 项目 | 金额), the same subtotal (E7 = 10 + 13 + 8)", () => {
    const g = Grid.fromValues(
      "Sheet1",
      [
        ["某市专项资金分配", null, null, null, null],
        ["序号", "单位", "项目", "金额(万元)", null],
        ["1", "甲区", "工作室", "10", null],
        ["2", "乙县", "宣传活动", "10", null],
        [null, null, "基站工程", "13", null],
        [null, null, "道路修复", "8", null],
        [null, null, null, "31", null],
        ["3", "丙市", "机耕道硬化", "7", null],
      ].map((row) => [null, ...row]),
      ["B4:B7", "C4:C7"],
    );
    const sums = review(g, "national").model.relations.flatMap((x) => (x.kind === "sum" ? [[x.total.cell, x.parts.map((p) => p.cell)]] : []));
    expect(sums).toEqual([["E7", ["E4", "E5", "E6"]]]);
  });

  test("a last line with a name of its own is a line, not a subtotal (no relation)", () => {
    const r = review(sheet(rows("12", "3", "己塔")), "national");
    expect(r.model.relations.filter((x) => x.kind === "sum")).toEqual([]);
  });

  test("without the merge over the block the unlabelled line is not read as a subtotal", () => {
    const r = review(sheet(rows("13"), ["A1:D1"]), "national");
    expect(r.model.relations.filter((x) => x.kind === "sum")).toEqual([]);
  });

  test("under a column that is no money (数量) the line is not read as a subtotal", () => {
    const r = rows("13");
    r[1][3] = "数量(处)";
    expect(review(sheet(r), "national").model.relations.filter((x) => x.kind === "sum")).toEqual([]);
  });
});
