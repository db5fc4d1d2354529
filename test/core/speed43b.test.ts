import { Grid } from "../../src/core/grid/grid";
import { mergedRollups } from "../../src/core/relations/merged";
import { qualifiedWholes } from "../../src/core/recognise/whole-and-parts";
import { scanAmountBlocks } from "../../src/core/recognise/blocks";
import { review } from "../../src/core/review";

/**
 * speed43b: exact reorders in the warm 2,000-row review (the per-file result hashes of every fixture workbook and the
 * CLI's JSON over test/fixtures/real are unchanged). These pin the shapes each reordered test must still read, with
 * the numbers a reviewer reads off the grid, and the near shapes it must still leave out.
 */
type Row = (string | number | null)[];

describe("mergedRollups on a sheet whose merges down are undone: the cell's number asked before its column's headings", () => {
  const rollups = (rows: Row[]) => mergedRollups(Grid.fromValues("S", rows)).map((r) => [r.measure, r.total.cell, r.total.value, r.parts.map((p) => `${p.cell}=${p.value}`).join("+")]);
  const sheet = (head: string, first: string | number, second: string | number): Row[] => [
    ["一级指标", head, "二级指标", head],
    ["产出", first, "数量", 10],
    ["", "", "质量", 6],
    ["效益", second, "社会效益", 5],
    ["", "", "满意度", 3],
  ];

  test.each<[string, Row[], (string | number)[][]]>([
    ["分值 typed once per group: B2 16 = D2 10 + D3 6, B4 8 = D4 5 + D5 3", sheet("分值", 16, 8), [["weight", "B2", 16, "D2=10+D3=6"], ["weight", "B4", 8, "D4=5+D5=3"]]],
    ["points written with their unit (16分, 8分): the same rollups", sheet("分值", "16分", "8分"), [["weight", "B2", 16, "D2=10+D3=6"], ["weight", "B4", 8, "D4=5+D5=3"]]],
    ["得分 columns: the rollups of the scores", sheet("得分", 16, 8), [["score", "B2", 16, "D2=10+D3=6"], ["score", "B4", 8, "D4=5+D5=3"]]],
    // (near shapes: no number where the group's points stand, or a column whose heading names no points)
    ["a text where the points stand (见附件): none", sheet("分值", "见附件", "见附件"), []],
    ["a column headed 金额: no points, none", sheet("金额", 16, 8), []],
  ])("%s", (_, rows, expected) => {
    expect(rollups(rows)).toEqual(expected);
  });
});

describe("qualifiedWholes: owned text cells only (a merge's tails are no heads)", () => {
  const read = (rows: Row[], merges: string[] = []) =>
    qualifiedWholes(Grid.fromValues("S", rows, merges))
      .map((x) => `${x.total.cell}=${x.parts.map((p) => p.cell).join("+")}`)
      .sort();
  const rows: Row[] = [
    ["序号", "地区", "集中供养保障户数", "分散供养保障户数", "保障户数"],
    [1, "甲镇", 16, 65, 81],
    [2, "乙镇", 21, 125, 146],
  ];
  test("no merge: E = C + D on both lines", () => {
    expect(read(rows)).toEqual(["E2=C2+D2", "E3=C3+D3"]);
  });
  test("地区 merged down its lines: the same wholes", () => {
    expect(read(rows, ["B2:B3"])).toEqual(["E2=C2+D2", "E3=C3+D3"]);
  });
  test("the heads merged over two header lines (a blank line under them): the same wholes, read from the merges' first line", () => {
    const two: Row[] = [rows[0], [null, null, null, null, null], rows[1], rows[2]];
    expect(read(two, ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2"])).toEqual(["E3=C3+D3", "E4=C4+D4"]);
  });
  test("near shape: the whole's head named otherwise (户数总计 is no tail of either part): none", () => {
    expect(read([["序号", "地区", "集中供养保障户数", "分散供养保障户数", "户数总计"], rows[1], rows[2]])).toEqual([]);
  });
});

describe("block subtotals read from undone label merges: the cells up to the label's column asked before the line's content", () => {
  const subtotals = (rows: Row[]) =>
    scanAmountBlocks(Grid.fromValues("S", rows), null)
      .filter((r) => r.kind === "sum" && r.group?.startsWith("block-subtotal:"))
      .map((r) => (r.kind === "sum" ? `${r.total.cell}=${r.parts.map((p) => p.cell).join("+")}` : ""));
  const rows: Row[] = [
    ["县区", "项目", "金额(万元)"],
    ["甲县", "甲1", 10],
    ["", "甲2", 20],
    ["", "", 30],
    ["乙县", "乙1", 5],
    ["", "乙2", 6],
    ["", "", 11],
    ["丙县", "丙1", 1],
  ];
  test("two blocks, each closed by its amounts alone: C4 30 = C2 + C3, C7 11 = C5 + C6", () => {
    expect(subtotals(rows)).toEqual(["C4=C2+C3", "C7=C5+C6"]);
  });
  test("near shape: a blank line inside a block ends it (nothing right of the label column): no subtotal of 甲县", () => {
    const cut = rows.map((r) => [...r]);
    cut[2] = ["", "", null];
    expect(subtotals(cut)).toEqual(["C7=C5+C6"]);
  });
});

describe("repeatsHeader: a header printed again, a word reworded with the same role", () => {
  const sheet = (again: string) => {
    const rows: Row[] = [["一级指标", "二级指标", "三级指标", "分值", "得分"]];
    for (let i = 1; i <= 4; i++) rows.push(["产出指标", "数量指标", `指标${i}`, 10, 10]);
    rows.push(["一级指标", "二级指标", "三级指标", again, "得分"]);
    for (let i = 5; i <= 8; i++) rows.push(["效益指标", "社会效益", `指标${i}`, 10, 10]);
    rows.push(["合计", "", "", 80, 80]);
    return Grid.fromValues("自评表", rows);
  };
  test.each([
    ["分值 again", "分值"],
    ["权重 for 分值", "权重"],
  ])("%s: line 6 is the header again, 8 indicators read", (_, again) => {
    const r = review(sheet(again), "national");
    expect(r.model.headerRepeats).toEqual([6]);
    expect(r.model.indicators.map((i) => i.row)).toEqual([2, 3, 4, 5, 7, 8, 9, 10]);
  });
  test("a word of another role where 分值 stands (实际完成值): still the header again, by the line's own three roles (一级 | 二级 | 三级指标)", () => {
    const r = review(sheet("实际完成值"), "national");
    expect(r.model.headerRepeats).toEqual([6]);
  });
  test("near shape: a line of the table that holds one header word (一级指标 as a name): an indicator, no header", () => {
    const g = sheet("分值");
    const rows: Row[] = [];
    for (let r = 1; r <= g.rowCount; r++) rows.push([1, 2, 3, 4, 5].map((c) => g.raw(r, c) as string | number | null));
    rows[5] = ["效益指标", "社会效益", "一级指标", 10, 10];
    const r = review(Grid.fromValues("自评表", rows), "national");
    expect(r.model.headerRepeats ?? []).toEqual([]);
    expect(r.model.indicators.map((i) => i.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
