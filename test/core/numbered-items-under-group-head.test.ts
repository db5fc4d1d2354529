import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { groupWeightInLabel } from "../../src/core/text/labels";

/**
 * A blank assessment form (as 温州's 先进职工之家 考核表): 项目 merged over the group column and the items' numbering
 * column | 考核内容 | 标准分, the groups stating their points in their labels ('四个机制(20分)'), the items numbered 1, 2 …
 * in the second column under 项目. The numbering column between the bare 项目 head and the level column is passed over:
 * the labels are the groups (一级), 考核内容 the items. One group whose four items add up to its points is as much
 * evidence of a scoring system as two groups of two. A group whose last line is named with no points, a blank row under
 * it (the page's text lost in mid-line), may run on past the gap: its shortfall is a reminder. Counter-shapes: names
 * (not numbers) under 项目's second column; one group of three; the line with its points, or no blank row under it.
 */
type Row = (string | number | null)[];

interface Opts {
  /** B2's head (the merge over A2:B2 undone) */
  seq?: string;
  g1?: string;
  g2?: string;
  /** the second item's points (null: a named line with none) */
  w4?: number | null;
  /** a blank row under the first group */
  gap?: boolean;
  /** B holds short names instead of item numbers */
  names?: boolean;
  /** the second group's last item left out */
  three?: boolean;
  /** lines of their own under the table (a page footer, the title printed again) */
  tail?: string[];
  /** every merge undone */
  unmerged?: boolean;
  /** an empty column inserted after A (项目 merged over A:C) */
  spacer?: boolean;
}

function form(o: Opts = {}): Grid {
  const b = (n: number, name: string) => (o.names ? name : n);
  const rows: Row[] = [
    ["某市非公有制企业工会先进职工之家考核表", null, null, null],
    ["项目", o.seq ?? null, "考核内容", "标准分"],
    [o.g1 ?? "四个机制(20分)", b(1, "依法"), "依法机制。建立平等协商和集体合同制度。", 10],
    [null, b(2, "民主"), "民主参与机制。建立职工代表大会等民主参与制度。", o.w4 === undefined ? 10 : o.w4],
    ...(o.gap ? [[null, null, null, null]] : []),
    [o.g2 ?? "四个规范(35分)", b(1, "组织"), "组织建设规范。工会委员会班子健全,分工明确。", 10],
    [null, b(2, "制度"), "制度建设规范。建立工会委员会岗位责任制。", 5],
    [null, b(3, "档案"), "档案管理规范。建有台帐,及时报送各类报表。", 5],
    ...(o.three ? [] : [[null, b(4, "经费"), "经费管理规范。依法计提上解工会经费。", 15]]),
    ...(o.tail ?? []).map((t) => [t, null, null, null]),
  ];
  const g = o.gap ? 1 : 0;
  const merges = ["A1:D1", ...(o.seq === undefined ? ["A2:B2"] : []), "A3:A4", `A${5 + g}:A${rows.length - (o.tail?.length ?? 0)}`];
  if (o.spacer) return Grid.fromValues("Sheet1", rows.map((x) => [x[0], null, ...x.slice(1)]), ["A1:E1", "A2:C2", "A3:A4", `A5:A${rows.length}`]);
  return Grid.fromValues("Sheet1", rows, o.unmerged ? [] : merges);
}

const read = (g: Grid) => {
  const r = review(g, "national");
  return {
    family: r.model.family,
    header: r.model.headerRow,
    levels: [r.model.columns.level1, r.model.columns.level3],
    weights: r.model.indicators.map((i) => [i.row, i.weight]),
    flags: r.findings.filter((f) => f.rule === "weight-sum-mismatch").map((f) => `${f.severity} ${f.cell}`),
  };
};

describe("项目 over the group labels and the items' numbers | 考核内容 | 标准分", () => {
  test.each([
    ["项目 merged over A:B", {}],
    ["the merge undone, 序号 over the numbers", { seq: "序号" }],
    ["the merge undone, a blank head over the numbers", { seq: "" }],
    ["a page footer under the table (第1页，共1页)", { tail: ["第1页，共1页"] }],
    ["every merge undone, the form's title printed again under the table on a line of its own", { unmerged: true, tail: ["某市2003年度非公有制企业工会先进职工之家考核表"] }],
    ["an empty column after A (项目 merged over A:C), the items in D", { spacer: true }],
  ] as [string, Opts][])("%s: groups in A, items in 考核内容, each item's 标准分 its weight (20 = 10 + 10, 35 = 10 + 5 + 5 + 15)", (_, o) => {
    expect(read(form(o))).toEqual({
      family: "indicator-system",
      header: 2,
      levels: [1, o.spacer ? 4 : 3],
      weights: [[3, 10], [4, 10], [5, 10], [6, 5], [7, 5], [8, 15]],
      flags: [],
    });
  });

  test("counter-shape: names, no numbers, under 项目's second column: not passed over as a numbering column", () => {
    // (no family and no reading of the form's levels or points; the header line itself is kept since cells42, session 42:
    // a sheet of no family keeps an indicator header read from its own words over lines read, completionTableHead)
    const r = read(form({ names: true }));
    expect({ family: r.family, levels: r.levels, weights: r.weights }).toEqual({ family: "unknown", levels: [undefined, undefined], weights: [] });
  });

  test("counter-shape: a label on a line of its own before the groups are borne out (a section line) — no group column", () => {
    const g = form({ unmerged: true });
    const rows: Row[] = [];
    for (let r = 1; r <= g.rowCount; r++) rows.push([1, 2, 3, 4].map((c) => g.value(r, c) as string | number | null));
    rows.splice(2, 0, ["一、基础工作", null, null, null]);
    expect(read(Grid.fromValues("Sheet1", rows)).levels).not.toEqual([1, 3]);
  });
});

describe("one group's items adding up to its points", () => {
  test("one group of four (35 = 10 + 5 + 5 + 15), the other short (40 ≠ 10 + 10): a scoring system, the short group flagged", () => {
    const r = read(form({ g1: "四个机制(40分)" }));
    expect(r.family).toBe("indicator-system");
    expect(r.flags).toEqual(["error A3"]);
  });

  test("counter-shape: one group of three (20 = 10 + 5 + 5), the other short: a 考核表's tally, no family", () => {
    expect(read(form({ g1: "四个机制(40分)", g2: "四个规范(20分)", three: true })).family).toBe("unknown");
  });
});

describe("a group's last line named with no points over a blank row: the page lost its text there", () => {
  test.each([
    ["the last line named, no points, a blank row under it: cut, a reminder", { gap: true, w4: null }, ["info A3"]],
    ["counter-shape: no blank row under it (the next group follows): 40 ≠ 10", { w4: null }, ["error A3"]],
    ["counter-shape: the last line states its points (10 + 10 ≠ 40), a blank row under it", { gap: true }, ["error A3"]],
  ] as [string, Opts, string[]][])("%s", (_, o, flags) => {
    expect(read(form({ ...o, g1: "四个机制(40分)" })).flags).toEqual(flags);
  });
});

describe("a group label's points after a lost opening bracket or a closing quote", () => {
  test.each([
    ["四个规范。35分)", 35],
    ["做到『五有』。15分)", 15],
    ["做到『五有』15分", 15],
    ["示范社建设情况60分)", 60],
    // (no stray bracket: the stop ends a sentence, no points of a label)
    ["四个规范。35分", null],
    // (a rule's words before the points: no group's points)
    ["考核得分。35分)", null],
  ] as [string, number | null][])("%s → %s", (label, w) => {
    expect(groupWeightInLabel(label)).toBe(w);
  });
});
