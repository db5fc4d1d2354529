import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A group followed by its next sibling's line is complete, whatever else the sheet lacks: on a sheet cut inside the
 * sibling (its line shown without lines or points, so read as no group of its own), the group's stated points against
 * its visible lines are checked both ways (relations/next-sibling.ts: the tree's bound, rules/cut-evidence.ts: the
 * reminder). Only a group with no sibling line under it may lose lines to the cut.
 * Counter-shapes: the sheet ends inside the group itself (no sibling line), the group's own number printed again
 * (a page break's repeat), a line numbered in the items' style (a further item, no sibling): stated points above the
 * visible lines stay unchecked there.
 */
type Row = (string | number | null)[];

interface Shape {
  /** the groups' numbering: 一、 / (一) */
  style: "cn-dun" | "cn-paren";
  /** the group's stated points */
  stated: number;
  /** the line under the group's items: the next group's label (cut), the group's own label again, an item's, or none */
  after: "sibling" | "repeat" | "item" | "none";
}

const code = (style: Shape["style"], n: number) => (style === "cn-dun" ? `${"一二三"[n - 1]}、` : `(${"一二三"[n - 1]})`);

function sheet(s: Shape): Grid {
  const items: [string, number][] = [["村经济总收入年增长", 60], ["主导产业收入占总收入的比重", 70], ["农村实用人才占总劳力比重", 20], ["技能培训农民占总劳力比重", 20]];
  const rows: Row[] = [
    ["某市新农村建设测评体系"],
    ["(满分1000分)"],
    ["指标名称", "单位", "标准", "分值", "折算计分办法"],
    [`${code(s.style, 1)}生产发展`, null, null, s.stated, null],
    ...items.map(([name, w], k): Row => [`${k + 1}、${name}`, "%", 30, w, `${(w / 30).toFixed(2)}×实达标数`]),
  ];
  if (s.after === "sibling") rows.push([`${code(s.style, 2)}生活宽`, null, null, null, null]);
  if (s.after === "repeat") rows.push([`${code(s.style, 1)}生产发展`, null, null, null, null]);
  if (s.after === "item") rows.push(["5、农民人均纯收入增长", "%", null, null, null]);
  return Grid.fromValues("Sheet1", rows, ["A1:E1", "A2:E2"]);
}

const groupFindings = (s: Shape) =>
  review(sheet(s), "national")
    .findings.filter((f) => f.rule === "weight-sum-mismatch" && f.cell === "D4")
    .map((f) => `${f.severity} ${f.data?.sum}/${f.data?.total}`);

describe.each(["cn-dun", "cn-paren"] as const)("groups numbered %s, the next group's line under the first group's items (the sheet cut there)", (style) => {
  test("the group's 170 = 60 + 70 + 20 + 20: nothing", () => {
    expect(groupFindings({ style, stated: 170, after: "sibling" })).toEqual([]);
  });
  test.each([
    [180, "error 170/180"],
    [160, "error 170/160"],
  ])("stated %d: an error at the group's points (its lines end at the next group's line)", (stated, want) => {
    expect(groupFindings({ style, stated, after: "sibling" })).toEqual([want]);
  });
});

describe("counter-shapes: the group may go on past the cut, stated points above its visible lines are no slip", () => {
  test.each(["none", "repeat", "item"] as const)("the line under its items: %s → no error for 180 over 170", (after) => {
    expect(groupFindings({ style: "cn-dun", stated: 180, after }).filter((f) => !f.startsWith("info"))).toEqual([]);
  });
  test("visible lines over the stated points are wrong whatever the cut: an error", () => {
    expect(groupFindings({ style: "cn-dun", stated: 160, after: "none" })).toEqual(["error 170/160"]);
  });
});
