import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A group's amount printed with more decimals than its items (1,548.447 over 1,537.45 + 11, the items to the cent):
 * within the items' rounding it agrees with them; a difference beyond it is still a mismatch.
 */
function list(group: number): Grid {
  return Grid.fromValues("专项", [
    ["专项资金执行情况表"],
    ["单位:万元"],
    ["序号", "责任部门", "项目名称", "预算数", "执行数"],
    ["合计", null, null, group + 800.5, 1884.66],
    ["一", "相关部门", "高校学生资助专项", group, 1116.19],
    [1, "学工处", "学生资助专项-高职", 1537.45, 1116.19],
    [2, "教务处", "学生资助专项-电大", 11, 0],
    ["二", "财务处", "高校还本付息专项", 800.5, 768.47],
  ]);
}

const sums = (g: Grid) =>
  review(g)
    .findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")
    .map((f) => f.cell);

describe("a total shown finer than its parts", () => {
  test("1548.447 over 1537.45 + 11: within the parts' rounding, nothing reported", () => {
    expect(sums(list(1548.447))).toEqual([]);
  });
  test("counter-shape: 1548.497 over 1537.45 + 11 is reported at the total", () => {
    expect(sums(list(1548.497))).toEqual(["D5"]);
  });
});
