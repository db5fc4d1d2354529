import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A table whose first numbered item is past 1 (7. …) begins mid-table: the items before it were cut off above, so a
 * closing 合计 of 100 over the visible 6 + 6 + 5 + 3 = 20 proves nothing (info). Numbered from 1, the same table is
 * complete and the 合计 is wrong (an error: 20 against 100).
 */
type Rows = (string | number | null)[][];
const sheet = (first: number): Rows => [
  ["考核体系", "具体考核项目", "分值", "得分"],
  ["生产操作", `${first}.养殖用水符合标准,定期进行监测。`, "6分", null],
  [null, `${first + 1}.使用合格的配合饲料。`, "6分", null],
  [null, `${first + 2}.内部管理制度健全。`, "5分", null],
  [null, `${first + 3}.养殖产品注册商标。`, "3分", null],
  ["合 计", null, "100分", null],
];
const MERGES = ["A2:A5", "A6:B6"];
const weightSums = (first: number) =>
  review(Grid.fromValues("Sheet1", sheet(first), MERGES), "national")
    .findings.filter((f) => f.rule === "weight-sum-mismatch")
    .map((f) => `${f.severity}@${f.cell}`);

test("items numbered from 7: the 合计 of 100 over 20 is a cut above, info", () => {
  expect(weightSums(7)).toEqual(["info@C6"]);
});

test("items numbered from 1: the same 合计 is an error", () => {
  expect(weightSums(1)).toEqual(["error@C6"]);
});
