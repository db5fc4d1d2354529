import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A 三级 line whose target and value were merged down from the line above (社会效益: two lines sharing one target),
 * the merges undone: left unfilled, it is still the last line of its 二级 group in a table scored by a 得分 column
 * (as in one weighed by a 分值 column) when the next group's line follows. Its name stays an indicator, as merged.
 * The table's last line left unfilled, with nothing after it, stays aside (it may be cut).
 */

type Layout = "merged" | "unmerged";

/** 一级 | 二级 | 三级 | 年初目标值 | 实际完成值 | 得分; `tail` false: the sheet ends with the 社会效益 group */
function sheet(layout: Layout, tail = true): Grid {
  const rows: (string | number | null)[][] = [
    ["项目支出绩效自评表", null, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "得分"],
    ["效益指标(30分)", "经济效益", "社会公益服务无经济效益", "公益性事业", "公益性事业", 10],
    [null, "社会效益", "使读者更方便快捷查找检阅", "可扩展到省图", "可扩展到省图", 10],
    [null, null, "促进文化经济发展", null, null, null],
    ...(tail ? [[null, "环境效益", "数字图书馆环境优良", "良好", "良好", 10]] : []),
  ];
  const merges = ["A1:F1", `A3:A${rows.length}`];
  if (layout === "merged") merges.push("B4:B5", "D4:D5", "E4:E5", "F4:F5");
  return Grid.fromValues("Sheet1", rows, layout === "merged" ? merges : ["A1:F1"]);
}

const lines = (g: Grid) => review(g, "national").model.indicators.map((i) => `${i.row}:${i.name}`);

describe("an unfilled last line of a 二级 group in a table scored by 得分 stays an indicator", () => {
  test("merged: four indicators, row 5 sharing row 4's values", () => {
    expect(lines(sheet("merged"))).toEqual(["3:社会公益服务无经济效益", "4:使读者更方便快捷查找检阅", "5:促进文化经济发展", "6:数字图书馆环境优良"]);
  });

  test("unmerged: the same four", () => {
    expect(lines(sheet("unmerged"))).toEqual(lines(sheet("merged")));
  });

  test("unmerged, the unfilled line the sheet's last: aside (it may be cut)", () => {
    expect(lines(sheet("unmerged", false))).toEqual(["3:社会公益服务无经济效益", "4:使读者更方便快捷查找检阅"]);
  });
});
