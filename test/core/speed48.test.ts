import { Grid } from "../../src/core/grid/grid";
import { mergedAmountSums, mergedRollups } from "../../src/core/relations/merged";
import { undoneSpanCandidates } from "../../src/core/relations/undone-spans";

/**
 * speed48: the spans a sheet's blanks say (its merges down undone, or never made: a group's total typed once, its lines
 * under it left blank) are read once per grid (undone-spans.ts) and shared by mergedRollups (a group's points over its
 * items' points) and mergedAmountSums (a 合计 amount over its parts' amounts), each keeping the spans whose first cell
 * holds its number. Each shape below is read as before, by hand: the spans, the totals, their parts; and a near shape
 * that is no span is still none.
 */

type Row = (string | number | null)[];
const grid = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const spans = (g: Grid) => undoneSpanCandidates(g).map((m) => `${g.addr(m.r1, m.c1)}:${g.addr(m.r2, m.c2)}`);
const sums = (g: Grid) => mergedAmountSums(g).map((r) => [r.total.cell, r.total.value, r.parts.map((p) => `${p.cell}=${p.value}`)]);
const rollups = (g: Grid) => mergedRollups(g).map((r) => [r.total.cell, r.total.value, r.measure, r.parts.map((p) => `${p.cell}=${p.value}`)]);

const AMOUNTS: Row[] = [
  ["项目", "合计(万元)", "明细", "金额(万元)"],
  ["甲项目", 30, "设备", 10],
  [null, null, "材料", 20],
  ["乙项目", 50, "设备", 25],
  [null, null, "人工", 25],
];
const POINTS: Row[] = [
  ["一级指标", "分值", "二级指标", "分值", "得分"],
  ["产出指标", 50, "数量指标", 30, 28],
  [null, null, "质量指标", 20, 18],
  ["效益指标", 50, "社会效益", 30, 30],
  [null, null, "满意度", 20, 19],
];

describe("undone spans: read once per grid, shared by both readers", () => {
  test("an amount table whose 合计 is typed once per project: B2:B3 and B4:B5, each 合计 the sum of its parts", () => {
    const g = grid(AMOUNTS);
    expect(spans(g)).toEqual(["B2:B3", "B4:B5"]);
    expect(sums(g)).toEqual([
      ["B2", 30, ["D2=10", "D3=20"]],
      ["B4", 50, ["D4=25", "D5=25"]],
    ]);
    // (the points reader keeps none of them: a 合计 amount is no group's points)
    expect(rollups(g)).toEqual([]);
    // (the same spans, read once: the second reader and a second call get the first reading)
    expect(undoneSpanCandidates(g)).toBe(undoneSpanCandidates(g));
  });

  test("an indicator table whose 一级 points are typed once per group: 50 = 30 + 20 twice", () => {
    const g = grid(POINTS);
    expect(spans(g)).toEqual(["B2:B3", "B4:B5"]);
    expect(rollups(g)).toEqual([
      ["B2", 50, "weight", ["D2=30", "D3=20"]],
      ["B4", 50, "weight", ["D4=30", "D5=20"]],
    ]);
    expect(sums(g)).toEqual([]);
  });

  test("the same tables in traditional characters, and the amount table with a column of notes right of it", () => {
    const trad = grid(AMOUNTS.map((r) => r.map((v) => (v === "项目" ? "項目" : v === "材料" ? "材料" : v === "设备" ? "設備" : v))));
    expect(sums(trad)).toEqual(sums(grid(AMOUNTS)));
    const noted = grid(AMOUNTS.map((r, i) => [...r, i === 0 ? "备注" : null]));
    expect(spans(noted)).toEqual(["B2:B3", "B4:B5"]);
    expect(sums(noted)).toEqual([
      ["B2", 30, ["D2=10", "D3=20"]],
      ["B4", 50, ["D4=25", "D5=25"]],
    ]);
  });

  test("a slip in one group's parts is still read where two of three groups vouch for the column: 50 against 25 + 20", () => {
    const slipped: Row[] = [...AMOUNTS.map((r) => [...r]), ["丙项目", 40, "设备", 15], [null, null, "人工", 25]];
    slipped[4][3] = 20;
    const g = grid(slipped);
    expect(spans(g)).toEqual(["B2:B3", "B4:B5", "B6:B7"]);
    expect(sums(g)).toEqual([
      ["B2", 30, ["D2=10", "D3=20"]],
      ["B4", 50, ["D4=25", "D5=20"]],
      ["B6", 40, ["D6=15", "D7=25"]],
    ]);
    // (one slip of two groups: the column is not vouched for, nothing read)
    expect(sums(grid(slipped.slice(0, 5)))).toEqual([]);
  });

  test("near shapes that are no span: a sheet with a merge down, a total with no label left of it, a group cut at a label", () => {
    // (a sheet whose author merged down keeps its merges as made: no span read from its blanks)
    expect(spans(grid(AMOUNTS, ["A2:A3"]))).toEqual([]);
    // (no label left of the number on its line)
    const unlabelled = AMOUNTS.map((r, i) => (i === 0 ? r : [null, ...r.slice(1)]));
    expect(spans(grid(unlabelled))).toEqual([]);
    expect(sums(grid(unlabelled))).toEqual([]);
    // (a label on the line under the total ends the group at once: no span of one line)
    const labelled = AMOUNTS.map((r, i) => (i === 2 || i === 4 ? ["其中", ...r.slice(1)] : r));
    expect(spans(grid(labelled))).toEqual([]);
    // (lines blank right of the column: the group's lines do not go on)
    const bare: Row[] = [
      ["项目", "合计(万元)"],
      ["甲项目", 30],
      [null, null],
      ["乙项目", 50],
    ];
    expect(spans(grid(bare))).toEqual([]);
  });

  test("a merge across keeps its tails blank: the span read under a title merged across the table", () => {
    const g = grid([["资金明细表", null, null, null], ...AMOUNTS], ["A1:D1"]);
    expect(spans(g)).toEqual(["B3:B4", "B5:B6"]);
    expect(sums(g)).toEqual([
      ["B3", 30, ["D3=10", "D4=20"]],
      ["B5", 50, ["D5=25", "D6=25"]],
    ]);
  });
});
