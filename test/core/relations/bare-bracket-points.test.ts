import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";
import { headerAt, walkIndicatorTable } from "../../../src/core/recognise/table";

/**
 * Points written in brackets without 分 at a label's end ("受益农户数(15)" under "2、产业结构调整(30)"), in a table with
 * no 分值 column: read as points only where the table shows they are — another label writes (N分), or a group's
 * bare numbers add up to the group's own — never a count, a year, a numbering or a decimal share.
 */
const table = (rows: (string | number | null)[][], merges: string[]) =>
  Grid.fromValues("S", [["某专项资金绩效评价指标表"], ["一级指标", "二级指标", "三级指标", "指标解释", "得分"], ...rows, ["说明:按实际填写"]], ["A1:E1", ...merges]);
// (read by the walk under the header in row 2: a table without any points is of no family, whatever its labels)
const walk = (g: Grid) => walkIndicatorTable(g, headerAt(g, 2));
const weights = (g: Grid) => walk(g).indicators.map((i) => [i.nameCell, i.weight]);
const groupWeights = (g: Grid) => walk(g).groups.flatMap((g1) => [g1, ...g1.children]).map((g) => [g.cell, g.weight]);
const weightFindings = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "weight-sum-mismatch").map((f) => f.cell);

describe("bare bracketed points", () => {
  // 技术推广 (30分) = 6 × … and 产业结构调整 (30) = 15 + 15, the second group without 分
  const mixed = (second = "受益农户比例(15)") =>
    table(
      [
        ["技术推广类", "1、科技兴农(30分)", "良种推广率(15分)", "推广面积/种植面积", 14],
        [null, null, "示范推广率(15分)", "辐射面积/总面积", 15],
        ["现代农业类", "2、产业结构调整(30)", "受益农户数(15)", "按户填写", 15],
        [null, null, second, "受益户/总户", 12],
      ],
      ["A3:A4", "B3:B4", "A5:A6", "B5:B6"],
    );
  test("another label writes (N分): 受益农户数(15) and 受益农户比例(15) weigh 15 at their names, 产业结构调整(30) 30 at B5", () => {
    const g = mixed();
    expect(weights(g)).toEqual([["C3", 15], ["C4", 15], ["C5", 15], ["C6", 15]]);
    expect(groupWeights(g)).toEqual([["A3", null], ["B3", 30], ["A5", null], ["B5", 30]]);
    expect(weightFindings(g)).toEqual([]);
  });
  test("a bare weight that breaks the group's sum (15 + 10 ≠ 30) is a weight-sum-mismatch at the group", () => {
    expect(weightFindings(mixed("受益农户比例(10)"))).toEqual(["B5"]);
  });

  const bareOnly = (a: string, b: string, group = "产业结构调整(30)") =>
    table([["现代农业类", group, a, "按户填写", 10], [null, null, b, "受益户/总户", 12]], ["A3:A4", "B3:B4"]);
  test("no (N分) anywhere: the children's bare numbers adding up to the group's (15 + 15 = (30)) are points", () => {
    expect(weights(bareOnly("受益农户数(15)", "受益农户比例(15)"))).toEqual([["C3", 15], ["C4", 15]]);
    expect(groupWeights(bareOnly("受益农户数(15)", "受益农户比例(15)"))).toEqual([["A3", null], ["B3", 30]]);
  });
  test("no (N分) anywhere and no sum (10 + 5 under (30)): nothing is read", () => {
    expect(weights(bareOnly("受益农户数(10)", "受益农户比例(5)"))).toEqual([["C3", null], ["C4", null]]);
    expect(groupWeights(bareOnly("受益农户数(10)", "受益农户比例(5)"))).toEqual([["A3", null], ["B3", null]]);
  });
  test("a numbering (1), (2), a count (3个) or a year (2019) is never points, even beside (N分)", () => {
    const g = table(
      [
        ["产出", "数量(20分)", "培训班次(1)", "班次", 5],
        [null, null, "培训人次(2)", "人次", 5],
        ["效益", "社会效益(10分)", "培训机构(3个)", "机构数", 5],
        [null, null, "结业人数(2019)", "人数", 5],
      ],
      ["A3:A4", "B3:B4", "A5:A6", "B5:B6"],
    );
    expect(weights(g)).toEqual([["C3", null], ["C4", null], ["C5", null], ["C6", null]]);
  });
  test("decimal shares ((0.5) + (0.5) under (0.3)) are relative weights, left unread beside (N分)", () => {
    const g = table(
      [
        ["决策(6分)", "1.1对象与目标(0.3)", "1.1.1问题与对象(0.5)", "说明", 1],
        [null, null, "1.1.2总目标与分目标(0.5)", "说明", 1],
      ],
      ["A3:A4", "B3:B4"],
    );
    expect(weights(g)).toEqual([["C3", null], ["C4", null]]);
    expect(groupWeights(g)).toEqual([["A3", 6], ["B3", null]]);
  });
});
