import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { jsonGrid } from "../helpers";

/**
 * tab58 (session 58; test/fixtures/real/tab58-s58-diagnosis.md): an indicator's figure over its 其中 lines
 * (indicator-parts.ts). The form: a target form whose 数量指标 lines are `lines` (name | 指标值), 质量指标 after them.
 */
const form = (lines: string[][]) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["项目支出绩效目标申报表"],
      ["项目名称", "某林场营造林项目"],
      ["项目资金(万元)", "年度资金总额", "", "6070"],
      ["", "其中:财政拨款", "", "6070"],
      ["", "其他资金", "", "0"],
      ["年度总体目标", "完成营造林任务。"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ...lines.map((l, k) => ["", "产出指标", k ? "" : "数量指标", ...l]),
      ["", "", "质量指标", "苗木成活率", "≥85%"],
      ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ],
    ["A1:E1", "B2:E2", "A3:A5", "B3:C3", "B4:C4", "B5:C5", "B6:E6"],
  );
const partSums = (g: Grid) =>
  review(g, "national")
    .model.relations.filter((r) => r.id.endsWith(":parts"))
    .map((r) => (r.kind === "sum" ? `${r.total.cell}>=${r.parts.map((p) => p.cell).join("+")}` : ""));
const flags = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info" && f.rule === "total-mismatch")
    .map((f) => `${f.rule}@${f.cell}`);

describe("an indicator's figure over its 其中 lines (indicator-parts.ts)", () => {
  // (rows 8…: the first 数量指标 line is E8)
  test.each([
    ["其中 on the first part only, the next a kind of the same thing (总面积 … 总面积), the unit in the names", [["实施营造林总面积(亩)", "80000"], ["其中:实施新造林总面积(亩)", "30000"], ["实施退化林改造总面积(亩)", "50000"], ["修建作业道长度(公里)", "30"]], "E8>=E9+E10", "74400"],
    ["其中 on every part, the unit in the values", [["种植面积", "29.5亩"], ["其中桃树种植面积", "1.5亩"], ["其中苹果树种植面积", "5亩"], ["其中露天蔬菜", "20亩"], ["其中大棚蔬菜", "3亩"]], "E8>=E9+E10+E11+E12", "27.4亩"],
    ["one 其中 line, the next line another thing", [["补助鱼塘面积", "3亩"], ["其中鱼塘养殖面积", "3亩"], ["补助养殖户数", "39户"]], "E8>=E9", "2亩"],
  ])("read: %s — holds as printed, its total below its parts flagged", (_n, lines, read, off) => {
    expect(partSums(form(lines))).toEqual([read]);
    expect(flags(form(lines))).toEqual([]);
    expect(flags(form(lines.map((l, k) => (k ? l : [l[0], off]))))).toContain("total-mismatch@E8");
  });
  test("a 其中 list may leave a part out: parts adding up to less than the whole are no contradiction", () => {
    const lines = [["培训人数", "500人"], ["其中:脱贫户", "120人"]];
    expect(partSums(form(lines))).toEqual(["E8>=E9"]);
    expect(flags(form(lines))).toEqual([]);
  });
  test.each([
    ["parts in other units (180只 + 12头)", [["养殖数量", "192只"], ["其中羊养殖数量", "180只"], ["其中猪养殖数量", "12头"]], []],
    ["a share among the parts", [["培训人数", "500人"], ["其中:女性占比", "40%"]], []],
    ["a whole with no unit said, its parts in 亩", [["实施营造林总面积", "80000"], ["其中:新造林面积", "30000亩"]], []],
    ["a part with a floor under a whole with none", [["示范区面积", "20000亩"], ["其中:水稻示范面积", "≥500亩"]], []],
    // (each line's own minimum: ≥50个 over ≥50个 + ≥50个 holds, no sum)
    ["floors under a floor", [["建设站点数", "≥50个"], ["其中:新建站点数", "≥50个"], ["其中:改建站点数", "≥50个"]], []],
    // (the 其中 line alone is read: the line after it names another thing, though in the same unit)
    ["the line after a lone 其中 line naming another thing", [["新造林面积", "30000亩"], ["其中:阔叶林面积", "10000亩"], ["抚育林地块数", "12000亩"]], ["E8>=E9"]],
  ])("not read: %s", (_n, lines, read) => {
    expect(partSums(form(lines))).toEqual(read);
    expect(flags(form(lines))).toEqual([]);
  });
  test("a self-evaluation's two value columns, each on its own (ah-xiaoxian: 年度指标值 F, 实际完成值 G)", () => {
    const g = jsonGrid("test/fixtures/real/ah-xiaoxian-hexi-planting-selfeval-2023.json");
    expect(partSums(g)).toEqual(["F12>=F13+F14+F15+F16", "G12>=G13+G14+G15+G16", "F17>=F18", "G17>=G18"]);
  });
});
