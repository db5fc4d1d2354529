import { Grid } from "../../src/core/grid/grid";
import { a1 } from "../../src/core/grid/a1";
import { review } from "../../src/core/review";

/**
 * Section lines over a rubric's name columns (section-lines.ts): 序号 | 评价内容 | 评分标准 | 分值 | 得分 (one name column),
 * 序号 | 评价内容 | 评价要点 | 评分标准 | 分值 | 得分 (two) or 序号 | 评价指标 | 评价内容 | 评价要点 | 评分标准 | 分值 | 得分
 * (three), sections written as lines of their
 * own carrying their points: "一、决策 | | | | 20 | 18". Each section is the group above the table's name columns: its
 * 分值 the sum of its criteria's (决策 20 = 10 + 10, 过程 30 = 15 + 15, 产出 50 = 20 + 30), its 得分 too (18 = 10 + 8,
 * 28 = 15 + 13, 47 = 19 + 28), and the 合计 (100, 93) the sum of the six criteria only, not of the sections as well
 * (200, 186).
 */
type Cellv = string | number | null;
const SECTIONS: [string, number, number, [string, string, string, number, number][]][] = [
  ["决策", 20, 18, [["项目立项", "立项依据", "立项依据充分性", 10, 10], ["项目立项", "立项程序", "立项程序规范性", 10, 8]]],
  ["过程", 30, 28, [["资金管理", "资金到位", "资金到位率", 15, 15], ["组织实施", "制度执行", "制度执行有效性", 15, 13]]],
  ["产出", 50, 47, [["产出数量", "完成数量", "实际完成率", 20, 19], ["产出质量", "质量达标", "质量达标率", 30, 28]]],
];
const CN = ["一", "二", "三"];

/** how a section line is written */
type Form =
  | "first-cell" // "一、决策" in the first name cell, the 序号 cell blank
  | "serial-cell" // "一、决策" in the 序号 cell, the name cells blank (a merge undone)
  | "merged" // "一、决策" merged from the 序号 cell across the name and 评分标准 cells
  | "merged-names" // "决策" (no number) merged across the name columns (one name column: and the 评分标准 cell)
  | "repeated" // "决策" (no number) written in every name cell (one name column: and the 评分标准 cell; an export of the merge)
  | "cn-paren" // "(一)决策" in the first name cell
  | "part"; // "第一部分 决策" in the first name cell

interface Layout {
  names: 1 | 2 | 3;
  form: Form;
}

function sheet(l: Layout, edits: Record<string, Cellv> = {}, cutAfter?: number) {
  const heads = ["序号", ...(l.names === 3 ? ["评价指标"] : []), "评价内容", ...(l.names > 1 ? ["评价要点"] : []), "评分标准", "分值", "得分"];
  const W = heads.length;
  const cW = W - 1;
  // the last column an unnumbered label spans: the name columns' last (one name column: the 评分标准 beside it)
  const spanTo = l.names === 1 ? 3 : 1 + l.names;
  const rows: Cellv[][] = [["2023年度某项目绩效评价评分表", ...Array(W - 1).fill(null)], heads];
  const merges = [`A1:${a1(1, W)}`];
  const sectionRows: number[] = [];
  let n = 0;
  SECTIONS.forEach(([name, weight, score, items], s) => {
    const line: Cellv[] = Array(W).fill(null);
    const label = l.form === "cn-paren" ? `(${CN[s]})${name}` : l.form === "part" ? `第${CN[s]}部分 ${name}` : l.form === "merged-names" || l.form === "repeated" ? name : `${CN[s]}、${name}`;
    if (l.form === "serial-cell" || l.form === "merged") line[0] = label;
    else if (l.form === "repeated") for (let c = 1; c < spanTo; c++) line[c] = label;
    else line[1] = label;
    line[cW - 1] = weight;
    line[cW] = score;
    rows.push(line);
    const r = rows.length;
    sectionRows.push(r);
    if (l.form === "merged") merges.push(`${a1(r, 1)}:${a1(r, cW - 1)}`);
    if (l.form === "merged-names") merges.push(`${a1(r, 2)}:${a1(r, spanTo)}`);
    for (const [top, mid, point, w, sc] of items) {
      rows.push([++n, ...(l.names === 3 ? [top] : []), ...(l.names > 1 ? [mid, point] : [point]), "符合得满分，否则酌情扣分", w, sc]);
    }
  });
  rows.push(["合计", ...Array(W - 3).fill(null), 100, 93]);
  merges.push(`${a1(rows.length, 1)}:${a1(rows.length, cW - 1)}`);
  for (const [cell, v] of Object.entries(edits)) {
    const m = /^([A-Z])(\d+)$/.exec(cell)!;
    rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = v;
  }
  const kept = cutAfter ? rows.slice(0, cutAfter) : rows;
  const inside = (m: string) => Number(/\d+$/.exec(m)![0]) <= kept.length;
  return { grid: Grid.fromValues("评分细则", kept, cutAfter ? merges.filter(inside) : merges), sectionRows, weightCol: cW, scoreCol: W, totalRow: rows.length };
}

const flagged = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();

const LAYOUTS: Layout[] = [];
for (const names of [1, 2, 3] as const) for (const form of ["first-cell", "serial-cell", "merged", "merged-names", "repeated", "cn-paren", "part"] as const) LAYOUTS.push({ names, form });

describe.each(LAYOUTS)("$names name columns, section lines $form", (l) => {
  const s = sheet(l);
  const [r1, r2, r3] = s.sectionRows;
  const w = (r: number) => a1(r, s.weightCol);
  const sc = (r: number) => a1(r, s.scoreCol);

  test("the sections are the groups above the name columns, with their own points and scores; the criteria are the indicators; nothing to flag", () => {
    const { model } = review(s.grid, "national");
    expect(model.family).toBe("indicator-system");
    expect(model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([
      [r1 + 1, 10, 10], [r1 + 2, 10, 8], [r2 + 1, 15, 15], [r2 + 2, 15, 13], [r3 + 1, 20, 19], [r3 + 2, 30, 28],
    ]);
    expect(model.groups.map((g) => [g.row, g.weight, g.score?.value ?? null])).toEqual([[r1, 20, 18], [r2, 30, 28], [r3, 50, 47]]);
    // every criterion under its section
    expect(model.indicators.map((i) => model.groups.findIndex((g) => g.firstRow <= i.row && i.row <= g.lastRow))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(model.totals?.weight?.value).toBe(100);
    expect(model.totals?.score?.value).toBe(93);
    expect(flagged(s.grid)).toEqual([]);
  });

  test("a section's points that are not its criteria's sum (25 for 10 + 10) are flagged at the section, not at the 合计", () => {
    expect(flagged(sheet(l, { [w(r1)]: 25 }).grid)).toEqual([`weight-sum-mismatch@${w(r1)}`]);
  });

  test("a section's score that is not its criteria's (27 for 15 + 13) is flagged at the section", () => {
    expect(flagged(sheet(l, { [sc(r2)]: 27 }).grid)).toEqual([`total-mismatch@${sc(r2)}`]);
  });

  test("cut right after a section line (an excerpt): that line is still a section, not a criterion of the section above", () => {
    const cut = sheet(l, {}, r2).grid;
    const { model } = review(cut, "national");
    expect(model.indicators.map((i) => i.row)).toEqual([r1 + 1, r1 + 2]);
    expect(model.groups.map((g) => [g.row, g.weight])).toEqual([[r1, 20], [r2, 30]]);
    expect(flagged(cut)).toEqual([]);
  });

  test("a criterion's score changed (19 → 17): its section (47 ≠ 17 + 28 = 45) and the 合计 (93 ≠ 91) no longer add up", () => {
    expect(flagged(sheet(l, { [sc(r3 + 1)]: 17 }).grid)).toEqual([`total-mismatch@${sc(r3)}`, `total-mismatch@${sc(s.totalRow)}`].sort());
  });
});

test("without section lines the criteria stay the table's rows and the 合计 their sum", () => {
  const g = Grid.fromValues("评分细则", [
    ["序号", "评价内容", "评价要点", "评分标准", "分值", "得分"],
    [1, "项目立项", "立项依据充分性", "符合得满分", 40, 38],
    [2, "资金管理", "资金到位率", "按比例得分", 60, 55],
    ["合计", null, null, null, 100, 93],
  ]);
  const { model } = review(g, "national");
  expect(model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[2, 40, 38], [3, 60, 55]]);
  expect(model.groups.map((x) => [x.level, x.label])).toEqual([[2, "项目立项"], [2, "资金管理"]]);
  expect(flagged(g)).toEqual([]);
});

test("a 一级 heading whose rows leave the 一级 cell blank is that column's group, not a section above it", () => {
  const g = Grid.fromValues("评分细则", [
    ["一级指标", "二级指标", "三级指标", "分值", "得分"],
    ["一、决策", null, null, 20, 18],
    [null, "项目立项", "立项依据充分性", 10, 10],
    [null, "项目立项", "立项程序规范性", 10, 8],
    ["二、过程", null, null, 30, 28],
    [null, "资金管理", "资金到位率", 15, 15],
    [null, "组织实施", "制度执行有效性", 15, 13],
    ["合计", null, null, 50, 46],
  ]);
  const { model } = review(g, "national");
  expect(model.groups.map((x) => [x.level, x.label, x.weight, x.children.map((c) => [c.level, c.label])])).toEqual([
    [1, "一、决策", 20, [[2, "项目立项"]]],
    [1, "二、过程", 30, [[2, "资金管理"], [2, "组织实施"]]],
  ]);
  expect(flagged(g)).toEqual([]);
  expect(flagged(Grid.fromValues("评分细则", [
    ["一级指标", "二级指标", "三级指标", "分值", "得分"],
    ["一、决策", null, null, 25, 18],
    [null, "项目立项", "立项依据充分性", 10, 10],
    [null, "项目立项", "立项程序规范性", 10, 8],
    ["合计", null, null, 20, 18],
  ]))).toEqual(["weight-sum-mismatch@D2"]);
});

test("an unnumbered label in the first name cell alone, over rows with labels of their own, is no section (a 二级 scored on its own line)", () => {
  const g = Grid.fromValues("评分细则", [
    ["序号", "评价内容", "评价要点", "评分标准", "分值", "得分"],
    [null, "满意度", null, null, 20, 18],
    [1, "项目立项", "立项依据充分性", "符合得满分", 40, 38],
    [2, "资金管理", "资金到位率", "按比例得分", 40, 37],
    ["合计", null, null, null, 100, 93],
  ]);
  expect(review(g, "national").model.groups.every((x) => x.level === 2)).toBe(true);
});

test("criteria whose names are merged across their empty cells are no sections where such lines do not weigh the points under them", () => {
  // 评价内容 | 评价要点 (two name columns): 满意度 and 社会效益 have no 评价要点, their names merged across both; their
  // points (10, 20) are no sums of the lines under them (30 + 40, 40): every line is a criterion, the 合计 their sum
  const g = Grid.fromValues(
    "评分细则",
    [
      ["2023年度某项目绩效评价评分表", null, null, null, null, null],
      ["序号", "评价内容", "评价要点", "评分标准", "分值", "得分"],
      [1, "满意度", null, "满意度90%以上得满分", 10, 9],
      [2, "项目立项", "立项依据充分性", "符合得满分", 30, 28],
      [3, "资金管理", "资金到位率", "按比例得分", 40, 37],
      [4, "社会效益", null, "酌情得分", 20, 19],
      ["合计", null, null, null, 100, 93],
    ],
    ["A1:F1", "B3:C3", "B6:C6", "A7:D7"],
  );
  const { model } = review(g, "national");
  expect(model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[3, 10, 9], [4, 30, 28], [5, 40, 37], [6, 20, 19]]);
  expect(model.groups.every((x) => x.level === 2)).toBe(true);
  expect(flagged(g)).toEqual([]);
});

test("items numbered 一、二、 in one name column, each scored, stay items; so does a numbered item over its 其中 parts", () => {
  const list = Grid.fromValues("评分表", [
    ["考核内容", "分值", "得分"],
    ["一、预算执行率", 40, 38],
    ["二、资金到位率", 30, 30],
    ["三、制度执行有效性", 30, 25],
    ["合计", 100, 93],
  ]);
  expect(review(list, "national").model.indicators.map((i) => i.row)).toEqual([2, 3, 4]);
  expect(flagged(list)).toEqual([]);
  const parts = Grid.fromValues("评分表", [
    ["评价内容", "分值", "得分"],
    ["一、培训完成率", 40, 38],
    ["其中：线上培训", 20, 19],
    ["其中：线下培训", 20, 19],
    ["二、资金到位率", 60, 55],
    ["合计", 100, 93],
  ]);
  const { model } = review(parts, "national");
  expect(model.indicators.filter((i) => i.childOfRow === null).map((i) => i.row)).toEqual([2, 5]);
  expect(flagged(parts)).toEqual([]);
});
