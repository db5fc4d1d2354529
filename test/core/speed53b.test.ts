import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { unlabelledBlockSubtotals } from "../../src/core/recognise/block-subtotals";
import { columnTotals } from "../../src/core/relations/merged";

/**
 * speed53b: readers of other shapes walk fewer of the indicator table's lines. unlabelledBlockSubtotals' label runs
 * (filled down, or merges undone) are read outside the span the block scan skips (the table's header to its last
 * indicator line): a run reaching into the span is dropped, as it was after a walk of every line. columnTotals asks
 * whether an earlier source states a closing total (the tree's 总分) before it walks up its column. An amount block
 * beside or below an indicator table is still read.
 */

type Row = (string | number | null)[];
const sums = (g: Grid) =>
  review(g, "national")
    .model.relations.filter((x) => x.kind === "sum")
    .map((x) => (x.kind === "sum" ? `${x.total.cell}←${x.parts.map((p) => p.cell).join(",")}` : ""))
    .sort();
const errors = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);

/** 仙游 12 = 3 + 5 + 4, 荔城 9 = 5 + 4, 城厢 8 = 2 + 6; the label written again on each line (a merge filled down) or once */
const relics = (filled: boolean, d5 = 12): Row[] => {
  const rows: Row[] = [
    ["县区", "文物名称", "级别", "金额(万元)"],
    ["仙游县", "城内林氏宗祠", "省级", 3],
    ["仙游县", "辉煌吴氏民居", null, 5],
    ["仙游县", "象星岳王庙", null, 4],
    ["仙游县", null, null, d5],
    ["荔城区", "东阳明清民居", "市级", 5],
    ["荔城区", "东阳通礼祠", null, 4],
    ["荔城区", null, null, 9],
    ["城厢区", "凤山寺", "县级", 2],
    ["城厢区", "广化寺", null, 6],
    ["城厢区", null, null, 8],
    ["合计", null, null, 29],
  ];
  return filled ? rows : rows.map((r, k) => (k >= 2 && r[0] === rows[k - 1][0] ? [null, ...r.slice(1)] : r));
};
const RELIC_SUMS = ["D11←D9,D10", "D5←D2,D3,D4", "D8←D6,D7"];
const shift = (cells: string[], by: number) => cells.map((s) => s.replace(/[A-Z](\d+)/g, (m, n) => `${m[0]}${Number(n) + by}`)).sort();
const found = (rs: { kind: string }[]) =>
  rs.map((x) => (x.kind === "sum" ? `${(x as any).total.cell}←${(x as any).parts.map((p: any) => p.cell).join(",")}` : "")).sort();

describe("unlabelledBlockSubtotals: label runs read outside the skipped span only", () => {
  const money = () => true;
  // every span over the list: a block whose run (its label's first line to its subtotal) meets the span is not read, every
  // other block is — as before, when the whole sheet was walked and the runs meeting the span dropped afterwards
  const blocks = [
    { sum: "D5←D2,D3,D4", from: 2, to: 5 },
    { sum: "D8←D6,D7", from: 6, to: 8 },
    { sum: "D11←D9,D10", from: 9, to: 11 },
  ];
  const spans: [number, number][] = [];
  for (let first = 1; first <= 12; first++) for (let last = first; last <= 12; last++) spans.push([first, last]);
  test.each([true, false])("filled down %s: every span of the list's lines", (filled) => {
    const g = Grid.fromValues("Sheet1", relics(filled), []);
    expect(found(unlabelledBlockSubtotals(g, null, money))).toEqual(RELIC_SUMS);
    for (const [first, last] of spans) {
      const want = blocks.filter((b) => b.to < first || b.from > last).map((b) => b.sum).sort();
      expect([first, last, found(unlabelledBlockSubtotals(g, { first, last }, money))]).toEqual([first, last, want]);
    }
  });
  test("a span whose last line is before its first (8 … 3): the blocks meeting rows 3 … 8 by the old test are dropped as before", () => {
    const g = Grid.fromValues("Sheet1", relics(true), []);
    // (a run meets it where its last line is at or after 8 and its first at or before 3: none of the three)
    expect(found(unlabelledBlockSubtotals(g, { first: 8, last: 3 }, money))).toEqual(RELIC_SUMS);
    // 仙游's run 2 … 5 meets { first: 5, last: 2 } (5 ≥ 5 and 2 ≤ 2)
    expect(found(unlabelledBlockSubtotals(g, { first: 5, last: 2 }, money))).toEqual(["D11←D9,D10", "D8←D6,D7"]);
  });
});

/** an indicator table with its 合计 line: 分值 100 = 50 + 30 + 20, 得分 90 = 45 + 27 + 18 */
const TABLE: Row[] = [
  ["一级指标", "二级指标", "三级指标", "分值", "得分"],
  ["产出指标", "数量指标", "完成数量", 50, 45],
  ["产出指标", "质量指标", "合格率", 30, 27],
  ["效益指标", "社会效益", "群众满意度", 20, 18],
  ["合计", null, null, 100, 90],
];

describe("an amount block beside an indicator table is still read", () => {
  test.each([true, false])("the list's label filled down %s, below the table: its blocks' subtotals are read", (filled) => {
    const g = Grid.fromValues("Sheet1", [...TABLE, [null], ...relics(filled)], []);
    expect(sums(g).filter((s) => /^D(11|14|17)←/.test(s))).toEqual(shift(RELIC_SUMS, 6));
    expect(errors(Grid.fromValues("Sheet1", [...TABLE, [null], ...relics(filled, 13)], []))).toContain("total-mismatch@D11");
  });
  test.each([true, false])("the list's label filled down %s, above the table: its blocks' subtotals are read", (filled) => {
    const g = Grid.fromValues("Sheet1", [...relics(filled), [null], ...TABLE], []);
    expect(sums(g).filter((s) => /^D(5|8|11)←/.test(s))).toEqual(RELIC_SUMS);
  });
  test("a fund block above the table: 项目资金 10 = 6 + 4 is read", () => {
    const rows: Row[] = [
      ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数"],
      ["年度资金总额", 10, 10, 10],
      ["其中:财政拨款", 6, 6, 6],
      ["其他资金", 4, 4, 4],
      [null],
      ...TABLE,
    ];
    expect(sums(Grid.fromValues("Sheet1", rows, []))).toEqual(expect.arrayContaining(["B2←B3,B4"]));
  });
});

describe("columnTotals: a stated total is not walked up, one no source states still is (stated: asked by the total's cell, speed58b)", () => {
  const g = Grid.fromValues("Sheet1", TABLE, []);
  test("stated by no earlier source: 分值 D5 = D2 + D3 + D4 and 得分 E5 = E2 + E3 + E4", () => {
    const rs = columnTotals(g, () => false);
    expect(rs.map((r) => `${r.measure}:${r.total.cell}←${r.parts.map((p) => p.cell).join(",")}`)).toEqual(["weight:D5←D2,D3,D4", "score:E5←E2,E3,E4"]);
  });
  test("stated already (the tree's 总分): none", () => {
    expect(columnTotals(g, () => true)).toEqual([]);
  });
  test("only the 分值 total stated: the 得分 total is read", () => {
    const rs = columnTotals(g, (cell) => cell === "D5");
    expect(rs.map((r) => r.total.cell)).toEqual(["E5"]);
  });
});
