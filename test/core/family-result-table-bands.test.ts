import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";

/**
 * A 绩效评价结果 table whose labels were lost (only 绩效等级 left): lines of numbers ending in a grade, under printed grade
 * bands "注:优(≥90) 良(≥80,<90) …": an evaluation summary. Without the bands (or with fewer than three graded lines) the
 * same numbers are no such evidence.
 */
const sheet = (bands: boolean, lines = 4) =>
  Grid.fromValues("Sheet1", [
    ["某市人民法院"],
    ["2018年度部门整体支出绩效评价报告"],
    ["绩效评价结果"],
    [null, null, null, "绩效等级"],
    ...[
      [null, null, "15.00", "优"],
      [null, "55.00", "49.04", "优"],
      ["产出", "20.00", "20.00", "优"],
      [null, "100.00", "84.04", "良"],
    ].slice(0, lines),
    ...(bands ? [["注:优(≥90)\n良(≥80,<90)\n中(≥60,<80)\n差(<60)"]] : []),
  ]);

test("graded lines under printed bands: evaluation-summary", () => {
  expect(recognise(sheet(true)).family).toBe("evaluation-summary");
});
test("no bands printed: not an evaluation summary", () => {
  expect(recognise(sheet(false)).family).not.toBe("evaluation-summary");
});
test("two graded lines only: not an evaluation summary", () => {
  expect(recognise(sheet(true, 2)).family).not.toBe("evaluation-summary");
});
