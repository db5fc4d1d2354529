import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A target table written across (one line per 项目单位, the indicators over the columns): 一级 names merged across
 * their 二级 columns, the 二级 names, then the indicators' names. The model names its top line.
 */
const HEAD = [
  ["2020年某专项资金绩效目标表", null, null, null, null, null],
  ["项目单位", "产出指标", null, null, "效益指标", null],
  [null, "质量指标", "数量指标", "时效指标", "社会效益指标", null],
  [null, "资金投向合规率", "扶持村数", "资金使用率", "指标1:改善村人居环境", "指标2:无重大违规违纪"],
];
const MERGES = ["A1:F1", "A2:A4", "B2:D2", "E2:F2", "E3:F3"];

test.each([
  ["cut right under its header", [] as (string | number | null)[][], 2, 4],
  ["with a line per unit", [["甲镇", "100%", "2个", "100%", "改善", "无"], ["乙镇", "100%", "1个", "100%", "改善", "无"]], 2, 4],
  ["without the names' line (一级 over 二级 only)", [], 2, 3],
])("%s: header named by its top line", (name, lines, top, last) => {
  const head = name.startsWith("without") ? HEAD.slice(0, 3) : HEAD;
  const merges = name.startsWith("without") ? MERGES.map((m) => (m === "A2:A4" ? "A2:A3" : m)) : MERGES;
  const m = review(Grid.fromValues("Sheet1", [...head, ...lines], merges), "national").model;
  expect([m.family, m.headerRow, m.headerLastRow]).toEqual(["target-declaration", top, last]);
});

test("一级 names that merge across no 二级 names (a list of dimensions down a column) are no transposed header", () => {
  const g = Grid.fromValues(
    "Sheet1",
    [
      ["绩效目标表", null, null],
      ["一级指标", "二级指标", "指标值"],
      ["产出指标", "数量指标", "2个"],
      ["效益指标", "社会效益指标", "改善"],
    ],
    ["A1:C1"],
  );
  expect(review(g, "national").model.headerRow).toBe(2);
});
