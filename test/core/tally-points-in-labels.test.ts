import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";

/**
 * An assessment's blank tally (考核类别 | 考核内容 | 备注 under a 考核评分表 title, nobody has scored it yet) whose 分值 are
 * written into its labels (一、政策制度(20分) over (1)…(8分)) instead of a 分值 column: one level word for the two
 * columns, both read as 一级, is still the header (nested left to right), and the tally is still an assessment — its
 * labels' points adding up no more a scoring system's than the column's. Counter-shapes: labels stating no points (no
 * header to read), and the same table under a title that names no assessment's scoring sheet (a scoring system).
 */

type Cells = (string | number | null)[][];

const HEAD = ["考核类别", "考核内容", "备注"];
const POINTED: Cells = [
  ["一、政策制度(20分)", "(1)将河长制工作纳入重要议事日程。(8分)", null],
  [null, "(2)建立河湖长效管理机制并组织实施。(6分)", null],
  [null, "(3)设立河长公示牌，信息公开。(6分)", null],
  ["二、水资源保护(10分)", "(1)编制河湖保护计划。(6分)", null],
  [null, "(2)做好景区水资源保护工作。(4分)", null],
];
const BARE: Cells = POINTED.map((r) => r.map((x) => (typeof x === "string" ? x.replace(/\(\d+分\)/, "") : x)));

const sheet = (title: string, lines: Cells) => Grid.fromValues("Sheet1", [[title, null, null], HEAD, ...lines], ["A1:C1", "A3:A5", "A6:A7"]);

const CASES: { name: string; title: string; lines: Cells; family: string; header: number | null; weights: (number | null)[] }[] = [
  { name: "points in the labels under 考核评分表: an assessment's tally, header on line 2, the items' points 8+6+6 and 6+4", title: "某管理局河长制工作考核评分表", lines: POINTED, family: "assessment", header: 2, weights: [8, 6, 6, 6, 4] },
  { name: "the same under a title naming no assessment's sheet: a scoring system", title: "某管理局河长制工作评分表", lines: POINTED, family: "indicator-system", header: 2, weights: [8, 6, 6, 6, 4] },
  { name: "labels stating no points: no header, no tally", title: "某管理局河长制工作考核评分表", lines: BARE, family: "unknown", header: null, weights: [] },
];

test.each(CASES)("$name", (c) => {
  const m = recognise(sheet(c.title, c.lines));
  expect([m.family, m.headerRow, m.indicators.map((i) => i.weight)]).toEqual([c.family, c.header, c.weights]);
});
