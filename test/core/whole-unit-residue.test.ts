import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A 合計 one unit off its parts where every amount is a whole number of a money unit above the 元 the sheet states
 * (單位:新臺幣千元): amounts kept in 元 and each rounded to the 千元 on its own leave that residue (4,726,881 against six
 * parts adding up to 4,726,880), told as info, as the 0.01 residue of amounts shown in 万元 is. Counter-shapes: no unit
 * stated (or 元), two units off, a small allocation's whole amounts (10 + 8 + 8 万元: set as they are, a unit off is a slip).
 */
type Row = (string | number | null)[];
const list = (unit: string | null, parts: number[], total: number, caption = "近年固定資產建設預算編列及執行概況表"): Row[] => [
  [unit ? `${caption} ${unit}` : caption, null],
  ["科目", "111年度決算"],
  ...parts.map((v, i): Row => [["土地", "土地改良物", "房屋及建築", "機械及設備", "交通及運輸設備", "什項設備"][i], v]),
  ["合計", total],
];
const TW = [350984, 3727051, 461891, 147527, 19279, 20148]; // Σ 4,726,880
const flags = (rows: Row[]) =>
  review(Grid.fromValues("S", rows, ["A1:B1"]), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => [f.cell, f.severity]);

describe("a total one whole unit off its parts, amounts in a stated unit above the 元", () => {
  test.each<[string, Row[], [string, string][]]>([
    ["單位:新臺幣千元, 4,726,881 against 4,726,880: the rounding's residue, info", list("單位:新臺幣千元", TW, 4726881), [["B9", "info"]]],
    ["单位：万元 under the title, the same", [["某表"], ["单位：万元"], ...list(null, TW, 4726881).slice(1)], [["B10", "info"]]],
    ["counter: no unit stated — an error", list(null, TW, 4726881), [["B9", "error"]]],
    ["counter: 單位:元 — an error", list("單位:元", TW, 4726881), [["B9", "error"]]],
    ["counter: two units off (4,726,882) — an error", list("單位:新臺幣千元", TW, 4726882), [["B9", "error"]]],
    // (10 + 8 + 8 + 8 = 34 against 35: one unit in 35, no residue of rounding)
    ["counter: a small allocation's whole amounts (34 against 35 万元) — an error", list("单位:万元", [10, 8, 8, 8], 35), [["B7", "error"]]],
    ["the total adding up: nothing", list("單位:新臺幣千元", TW, 4726880), []],
  ])("%s", (_name, rows, expected) => {
    expect(flags(rows)).toEqual(expected);
  });
});
