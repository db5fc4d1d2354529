import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * An item line lost from a numbered list (1、2、3、, then a wholly empty line, then 5、6、): the empty line stands
 * where 4、 would be, so 5、 is no misnumbering. Counter-shapes: the same skip with no empty line, two numbers
 * skipped over one empty line, and a number repeated over an empty line are still reported.
 */
function table(items: (string | null)[]): Grid {
  const rows: (string | number | null)[][] = [["考核评分细则"], ["条件", "考核内容", "分值", "得分"]];
  items.forEach((it, k) => rows.push(it === null ? [null, null, null, null] : [k === 0 ? "一、组织建设" : null, it, 2, null]));
  rows.push(["二、制度建设", "1、建立制度", 3, null]);
  rows.push([null, "2、落实制度", 3, null]);
  // (the 条件 label merged down over its block, the empty line included)
  return Grid.fromValues("细则", rows, [`A3:A${items.length + 2}`]);
}

const codes = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "code-sequence" && f.severity !== "info")
    .map((f) => `${f.cell} ${f.data?.code}`);

describe("a numbered list with an empty line where a number is skipped", () => {
  test("1、2、3、 empty line 5、6、: the empty line is the lost item, nothing reported", () => {
    expect(codes(table(["1、成立领导小组", "2、纳入工作规划", "3、依靠职工群众", null, "5、行政支持建家", "6、拨缴工会经费"]))).toEqual([]);
  });
  test("a repeated number before the empty line is reported alone: 1、2、2、 empty line 5、6、", () => {
    expect(codes(table(["1、成立领导小组", "2、纳入工作规划", "2、依靠职工群众", null, "5、行政支持建家", "6、拨缴工会经费"]))).toEqual(["B5 2、"]);
  });
  test("counter-shape: 1、2、3、5、6、 with no empty line is reported at 5、", () => {
    expect(codes(table(["1、成立领导小组", "2、纳入工作规划", "3、依靠职工群众", "5、行政支持建家", "6、拨缴工会经费"]))).toEqual(["B6 5、"]);
  });
  test("counter-shape: two numbers skipped over one empty line is reported", () => {
    expect(codes(table(["1、成立领导小组", "2、纳入工作规划", "3、依靠职工群众", null, "6、行政支持建家", "7、拨缴工会经费"]))).toEqual(["B7 6、"]);
  });
  test("counter-shape: a number repeated over an empty line is reported", () => {
    expect(codes(table(["1、成立领导小组", "2、纳入工作规划", "3、依靠职工群众", null, "3、行政支持建家", "4、拨缴工会经费"]))).toEqual(["B7 3、"]);
  });
});

test("counter-shape: a line under a label merged down over it is no empty line (3、 merged over two lines, then 5、)", () => {
  const rows: (string | number | null)[][] = [["考核评分细则"], ["条件", "考核内容", "分值", "得分"]];
  rows.push(["一、组织建设", "1、成立领导小组", 2, null], [null, "2、纳入工作规划", 2, null], [null, "3、依靠职工群众", null, null], [null, null, null, null], [null, "5、行政支持建家", 2, null]);
  rows.push(["二、制度建设", "1、建立制度", 3, null], [null, "2、落实制度", 3, null]);
  const g = Grid.fromValues("细则", rows, ["B5:B6", "C5:C6"]);
  expect(codes(g)).toEqual(["B7 5、"]);
});
