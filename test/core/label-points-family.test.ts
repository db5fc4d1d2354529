import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";
import { traditional } from "./metamorphic";

/**
 * Family by the points the labels state (batch 31 §1, 县 信息公开): group labels that state points
 * ('组织领导和工作机构建设情况(5分)') which the weight column's items under them add up to (1 + 3 + 1) are evidence of a
 * scoring system whatever the heading says. The penalty a 考核 heading with no 二级 column costs indicator-system belongs to
 * tallies without that evidence (batch 29 §3). 考评细项 is an item word, as 考核细项.
 */

const REAL = join(FIXTURES, "real");
const XINXI = join(REAL, "cn-county-dept-government-information-disclosure-assessment-excerpt.json");

const errors = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.rule}@${f.cell}: ${f.message}`);

/** the grid with some cells rewritten (A1 address → text) */
function edited(g: Grid, edits: Record<string, string>): Grid {
  return g.withCells(Object.entries(edits).map(([cell, v]) => ({ cell, value: { v } })));
}

describe("县 政府信息公开 考核: its twelve items whatever the sheet is named", () => {
  test.each(["政府信息公开工作考核", "考核表", "Sheet1"])("named '%s': indicator-system, header 1, the twelve items", (name) => {
    const m = review(jsonGrid(XINXI, name), "national").model;
    expect([m.family, m.headerRow]).toEqual(["indicator-system", 1]);
    expect(m.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 1], [3, 3], [4, 1], [5, 10], [6, 8], [7, 3], [8, 2], [9, 1], [10, 1], [11, 5], [12, 8], [13, 30]]);
  });

  test.each(["政府信息公开工作考核", "考核表", "Sheet1"])("named '%s': C3 1 → 4 gives weight-sum-mismatch at A2 (1 + 4 + 1 = 6 against 5)", (name) => {
    const e = errors(edited(jsonGrid(XINXI, name), { C3: "4" }));
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(/^weight-sum-mismatch@A2: .*6.*5 分/);
  });

  // the evidence is the labels' points and their items' sums, not the item word: with the item column under a header the
  // engine does not read (细项说明), the labels stand in the items' column over blank lines
  test("its item column under a word not read as a level (细项说明), named '考核表': the same items and the same error", () => {
    const g = edited(jsonGrid(XINXI, "考核表"), { B1: "细项说明" });
    const m = review(g, "national").model;
    expect([m.family, m.headerRow, m.indicators.map((i) => i.weight)]).toEqual(["indicator-system", 1, [1, 3, 1, 10, 8, 3, 2, 1, 1, 5, 8, 30]]);
    expect(errors(edited(g, { C3: "4" }))).toEqual([expect.stringMatching(/^weight-sum-mismatch@A2: .*6.*5 分/)]);
  });
});

type Layout = "merged" | "unmerged" | "filled";
const GROUPS: [string, number[]][] = [["组织领导", [1, 3, 1]], ["制度建设", [10, 8, 3]], ["载体建设", [2, 1, 1]]];

/**
 * 考核项目 | <item word> | 分值 under a title line: three groups, each label written once over its items (merged down
 * them, left blank below its first line, or written again on each), stating `points(name, sum of its items)`.
 */
function tally(layout: Layout, itemWord: string, title: string, points: (name: string, sum: number) => string): Grid {
  const rows: (string | null)[][] = [[title, null, null], ["考核项目", itemWord, "分值"]];
  const merges = ["A1:C1"];
  for (const [name, weights] of GROUPS) {
    const first = rows.length + 1;
    const label = points(name, weights.reduce((a, b) => a + b, 0));
    weights.forEach((w, k) => rows.push([k === 0 || layout === "filled" ? label : null, `${name}的第${k + 1}项要求,落实到位。`, String(w)]));
    if (layout === "merged") merges.push(`A${first}:A${first + weights.length - 1}`);
  }
  return Grid.fromValues("Sheet1", rows, merges);
}

const family = (g: Grid) => review(g, "national").model.family;
const stated = (name: string, sum: number) => `${name}情况(${sum}分)`;

describe("labels whose points their items add up to: a scoring system under a 考核 heading", () => {
  const cases: [Layout, string, string][] = [];
  for (const layout of ["merged", "unmerged", "filled"] as Layout[]) for (const title of ["某县政府信息公开工作考核", "考核表"]) for (const word of ["考评细项", "细项说明"]) cases.push([layout, title, word]);

  test.each(cases)("%s, titled '%s', items under '%s': indicator-system, the nine items", (layout, title, word) => {
    const m = review(tally(layout, word, title, stated), "national").model;
    expect([m.family, m.headerRow, m.indicators.map((i) => i.weight)]).toEqual(["indicator-system", 2, [1, 3, 1, 10, 8, 3, 2, 1, 1]]);
  });

  test.each(["merged", "unmerged", "filled"] as Layout[])("%s, in traditional characters: indicator-system", (layout) => {
    expect(family(traditional(tally(layout, "细项说明", "某县政府信息公开工作考核", stated)))).toBe("indicator-system");
  });

  test("merged: the second item 3 → 4 gives weight-sum-mismatch at the group's label (1 + 4 + 1 = 6 against 5)", () => {
    const g = tally("merged", "细项说明", "考核表", stated);
    expect(errors(edited(g, { C4: "4" }))).toEqual([expect.stringMatching(/^weight-sum-mismatch@A3: .*6.*5 分/)]);
  });
});

describe("a tally under a 考核 heading whose labels state no points that add up stays what it is", () => {
  // (no 二级 column and no rule column: the heading's penalty stands, indicator-system 0.2, no family)
  test.each(["merged", "unmerged", "filled"] as Layout[])("%s, labels without points: unknown", (layout) => {
    expect(family(tally(layout, "细项说明", "某县政府信息公开工作考核", (name) => `${name}情况`))).toBe("unknown");
  });

  test.each(["merged", "unmerged", "filled"] as Layout[])("%s, labels whose points their items do not add up to (2 more each): unknown", (layout) => {
    expect(family(tally(layout, "细项说明", "考核表", (name, sum) => `${name}情况(${sum + 2}分)`))).toBe("unknown");
  });

  test("titled as an assessment's scoring sheet (…考核评分表), its labels' points added up: the assessment's tally, as 中山陵园's", () => {
    expect(family(tally("merged", "细项说明", "某县政府信息公开工作考核评分表", stated))).toBe("assessment");
  });

  test("one label whose items add up is not enough (the other two 2 more): unknown", () => {
    expect(family(tally("merged", "细项说明", "考核表", (name, sum) => `${name}情况(${name === "组织领导" ? sum : sum + 2}分)`))).toBe("unknown");
  });
});

describe("the sheets the 考核 penalty and the assessment tally were measured on keep their families", () => {
  test.each([
    // batch 29 §3: a 考核验收细则 rule sheet, indicator-system
    ["nm-otog-banner-grassroots-disabled-work-target-assessment-rules-2011-excerpt", "indicator-system"],
    // a 考核评分表 whose labels' points add up, assessment in its truth
    ["js-nanjing-zhongshanling-river-chief-assessment-rubric", "assessment"],
  ])("%s: %s", (id, expected) => {
    const path = join(REAL, `${id}.json`);
    const title = JSON.parse(readFileSync(path, "utf8")).title as string;
    expect(family(jsonGrid(path, title.slice(0, 31)))).toBe(expected);
    expect(family(jsonGrid(path))).toBe(expected);
  });
});
