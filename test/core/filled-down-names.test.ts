import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * An indicator's name merged over several record lines (预算资金安排 over 年度预算资金总额 | 中央补助 | 市级资金, each with
 * its amount) and filled down by an export: the lines repeating the name and the level labels left of it, with no
 * points nor score of their own, are the indicator's further lines, as merged. A line with a name of its own, or its
 * own 分值, stays an indicator.
 */

type Layout = "merged" | "filled";
/** an indicator: its name and its record lines [自评内容, 完成情况] */
type Item = [string, [string, string | number][]];

/** 一级指标 | 二级指标 | 三级指标 | 自评内容 | 完成情况 | 分值, one 一级 and one 二级 group over the items */
function sheet(layout: Layout, items: Item[], points: (number | null)[] = []): Grid {
  const rows: (string | number | null)[][] = [["项目支出绩效自评表", null, null, null, null, null], ["一级指标", "二级指标", "三级指标", "自评内容", "完成情况", "分值"]];
  const merges = ["A1:F1"];
  let r = 3;
  items.forEach(([name, lines], k) => {
    lines.forEach(([content, done], j) => {
      const first = j === 0 || layout === "filled";
      rows.push([r === 3 || layout === "filled" ? "产出指标" : null, r === 3 || layout === "filled" ? "数量指标" : null, first ? name : null, content, done, j === 0 ? (points[k] ?? null) : null]);
      r++;
    });
    if (layout === "merged" && lines.length > 1) merges.push(`C${r - lines.length}:C${r - 1}`);
  });
  if (layout === "merged") merges.push(`A3:A${r - 1}`, `B3:B${r - 1}`);
  return Grid.fromValues("Sheet1", rows, merges);
}

const ITEMS: Item[] = [
  ["预算编制科学性", [["项目资金测算标准", "已按要求完成"], ["项目资金测算依据", "按相关要求完成"]]],
  ["预算资金安排", [["年度预算资金总额", 1084.25], ["其中:中央补助", 668], ["市级资金", 343], ["本级资金", 73.25]]],
  ["资金发放及时性", [["资金下达日期", "2024年3月"]]],
];

const names = (g: Grid) => review(g, "national").model.indicators.map((i) => `${i.row}:${i.name}`);

describe("an indicator's name filled down over its record lines reads as merged", () => {
  test("merged: three indicators, on rows 3, 5 and 9", () => {
    expect(names(sheet("merged", ITEMS))).toEqual(["3:预算编制科学性", "5:预算资金安排", "9:资金发放及时性"]);
  });

  test("filled down: the same three (not one per record line)", () => {
    expect(names(sheet("filled", ITEMS))).toEqual(names(sheet("merged", ITEMS)));
  });

  test("filled down, each line with a 分值 of its own: every line stays an indicator", () => {
    const own: Item[] = [["预算编制科学性", [["项目资金测算标准", "已按要求完成"]]], ["预算编制科学性", [["项目资金测算依据", "按相关要求完成"]]]];
    expect(names(sheet("filled", own, [5, 5]))).toEqual(["3:预算编制科学性", "4:预算编制科学性"]);
  });
});
