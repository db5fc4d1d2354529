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
