import type { SumRelation } from "../../src/core/model/types";
import { reviewRows as run, totalMismatchCells as mismatches, type Row } from "../helpers/review-rows";

/**
 * A column headed as the total of the group of tiers left of it (姚安 特困人员 补贴表, grad37's left gap: 照料护理补贴合计金额
 * K = F + H + J after 每月特困照料护理补贴, merged over 一档 | 二档 | 三档, each 人数 | 金额): on each line the total is the
 * sum of the group's columns named as it is measured (金额), the tiers' counts aside (blocks.ts tierTotalColumns).
 * Counter-shapes: a total naming another group, a head with no 合计, a column the numbers do not bear out.
 */
const TOWNS: [string, number[]][] = [
  // 一档 人数, 金额, 二档 人数, 金额, 三档 人数, 金额
  ["栋川镇", [0, 0, 3, 561, 27, 2943]],
  ["前场镇", [1, 1035, 2, 1036, 13, 4043]],
  ["弥兴镇", [1, 1035, 8, 4144, 12, 3732]],
  ["官屯镇", [0, 0, 3, 1554, 6, 1866]],
];
const MERGES = ["A1:A3", "B1:G1", "H1:H3", "B2:C2", "D2:E2", "F2:G2"];

function sheet(head = "照料护理补贴合计金额(元)", total = (k: number, v: number[]) => v[1] + v[3] + v[5], edit: (k: number, v: number[]) => number[] = (_k, v) => v): Row[] {
  return [
    ["乡镇名称", "每月特困照料护理补贴", undefined, undefined, undefined, undefined, undefined, head],
    [undefined, "一档(995元/月)", undefined, "二档(498元/月)", undefined, "三档(299元/月)"],
    [undefined, "人数", "金额", "人数", "金额", "人数", "金额"],
    ...TOWNS.map(([name, v], k) => [name, ...edit(k, v).map(String), String(total(k, v))]),
  ];
}
const totals = (rows: Row[]) =>
  run(rows, MERGES)
    .model.relations.filter((r): r is SumRelation => r.kind === "sum" && r.total.cell.startsWith("H"))
    .map((r) => `${r.total.cell}=${r.parts.map((p) => p.cell).join("+")}`);

describe("a 合计 column over its group's tiers: the like-named columns add up on each line", () => {
  test("every line adds up (0 + 561 + 2943 = 3504 …): four relations of the 金额 columns, no finding", () => {
    expect(totals(sheet())).toEqual(["H4=C4+E4+G4", "H5=C5+E5+G5", "H6=C6+E6+G6", "H7=C7+E7+G7"]);
    expect(mismatches(sheet(), MERGES)).toEqual([]);
  });
  test("one total off by one (6115 for 1035 + 1036 + 4043 = 6114): found at it", () => {
    expect(mismatches(sheet(undefined, (k, v) => v[1] + v[3] + v[5] + (k === 1 ? 1 : 0)), MERGES)).toEqual(["H5"]);
  });
  test("a tier's 金额 changed (1036 → 1136): found at the line's total", () => {
    expect(mismatches(sheet(undefined, undefined, (k, v) => (k === 1 ? v.map((x, i) => (i === 3 ? 1136 : x)) : v)), MERGES)).toEqual(["H5"]);
  });
  test("a tier's 人数 changed: no part of the total, no finding", () => {
    expect(mismatches(sheet(undefined, undefined, (k, v) => (k === 1 ? v.map((x, i) => (i === 2 ? 5 : x)) : v)), MERGES)).toEqual([]);
  });
});

describe("counter-shapes: no such total", () => {
  test.each([
    ["a total naming another group (医疗救助合计金额)", "医疗救助合计金额(元)"],
    ["a head with no 合计 (照料护理补贴发放金额)", "照料护理补贴发放金额(元)"],
  ])("%s: no relation, a changed line no finding", (_what, head) => {
    expect(totals(sheet(head))).toEqual([]);
    expect(mismatches(sheet(head, (k, v) => v[1] + v[3] + v[5] + (k === 1 ? 1 : 0)), MERGES)).toEqual([]);
  });
  test("a column the numbers do not bear out (each line some other amount): no relation", () => {
    expect(totals(sheet(undefined, (k) => 1000 + 7 * k))).toEqual([]);
  });
});

/**
 * A 合计 group closing a header's groups (姚安's 合计 户数 | 人数 | 金额 after 集中供养 and 分散供养): each of its columns the sum
 * of the like-named columns before it (户数 over 户 | 户, 金额 over 发放金额 | 发放金额) — blocks.ts groupWholeColumns.
 */
const WHOLE_MERGES = ["A1:A3", "B1:D1", "E1:G1", "H1:J2", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3"];
const LINES: [string, number[]][] = [
  // 集中供养 户, 人数, 发放金额; 农村分散供养 户, 人数; 分散 发放金额
  ["栋川镇", [0, 0, 0, 117, 120, 116160]],
  ["前场镇", [16, 16, 15488, 35, 36, 34848]],
  ["弥兴镇", [21, 21, 20328, 39, 39, 37752]],
  ["官屯镇", [9, 9, 8712, 60, 61, 59048]],
];
function wholeSheet(groups = ["集中供养", "分散供养"], total = (k: number, v: number[]) => [v[0] + v[3], v[1] + v[4], v[2] + v[5]]): Row[] {
  return [
    ["乡镇名称", groups[0], undefined, undefined, groups[1], undefined, undefined, "合计"],
    [undefined, "户", "人数", "发放金额(元)", "农村分散供养", undefined, "发放金额(元)"],
    [undefined, undefined, undefined, undefined, "户", "人数", undefined, "户数", "人数", "金额"],
    ...LINES.map(([name, v], k) => [name, ...v.map(String), ...total(k, v).map(String)]),
  ];
}
const wholes = (rows: Row[]) =>
  run(rows, WHOLE_MERGES)
    .model.relations.filter((r): r is SumRelation => r.kind === "sum" && /^[HIJ]5$/.test(r.total.cell))
    .map((r) => `${r.total.cell}=${r.parts.map((p) => p.cell).join("+")}`);

describe("a 合计 group over the like-named columns of the groups before it", () => {
  test("every line adds up: 户数 = 户 + 户, 人数 = 人数 + 人数, 金额 = 发放金额 + 发放金额; no finding", () => {
    expect(wholes(wholeSheet())).toEqual(["H5=B5+E5", "I5=C5+F5", "J5=D5+G5"]);
    expect(mismatches(wholeSheet(), WHOLE_MERGES)).toEqual([]);
  });
  test("one line's 人数 total off by one (53 for 16 + 36 = 52): found at it", () => {
    expect(mismatches(wholeSheet(undefined, (k, v) => [v[0] + v[3], v[1] + v[4] + (k === 1 ? 1 : 0), v[2] + v[5]]), WHOLE_MERGES)).toEqual(["I5"]);
  });
  test("counter: a head 合计 whose columns are some other numbers (not their sums): no relation", () => {
    expect(wholes(wholeSheet(undefined, (k) => [100 + k, 200 + 3 * k, 300 + 7 * k]))).toEqual([]);
  });
});
