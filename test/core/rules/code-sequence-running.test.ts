import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * Criteria numbered on across section lines (1. 2. under 一、决策, 3. 4. under 二、过程 …) rather than from 1 under
 * each: a section opening on a number that does not follow the previous section's last is a skipped or repeated
 * number. A 评分细则 of 评价内容 | 评分标准 | 分值 | 得分 with section lines in the first column; every criterion 10 分.
 */
function rubric(sections: [string, string[]][]): Grid {
  const rows: (string | number | null)[][] = [["项目支出绩效评价评分标准"], ["评价内容", "评分标准", "分值", "得分"]];
  let n = 0;
  for (const [name, criteria] of sections) {
    rows.push([`${name}(${criteria.length * 10}分)`, null, null, null]);
    for (const c of criteria) {
      rows.push([c, "按完成情况计分", 10, 10]);
      n++;
    }
  }
  rows.push(["合计", null, n * 10, n * 10]);
  return Grid.fromValues("评分", rows);
}

const codeFindings = (g: Grid) => review(g).findings.filter((f) => f.rule === "code-sequence");

describe("code-sequence: numbers running on across sections", () => {
  test("1. 2. | 3. 4. | 5. 6. running on is clean", () => {
    const g = rubric([
      ["一、决策", ["1.立项依据", "2.绩效目标"]],
      ["二、过程", ["3.资金到位率", "4.预算执行率"]],
      ["三、产出", ["5.完成率", "6.及时性"]],
    ]);
    expect(codeFindings(g)).toEqual([]);
  });

  test("1. 2. | 1. 2. starting again under each section is clean", () => {
    const g = rubric([
      ["一、决策", ["1.立项依据", "2.绩效目标"]],
      ["二、过程", ["1.资金到位率", "2.预算执行率"]],
    ]);
    expect(codeFindings(g)).toEqual([]);
  });

  test("1. 2. | 4. 5. | 6. 7.: the second section opens on 4 where 3 belongs (A7)", () => {
    const g = rubric([
      ["一、决策", ["1.立项依据", "2.绩效目标"]],
      ["二、过程", ["4.资金到位率", "5.预算执行率"]],
      ["三、产出", ["6.完成率", "7.及时性"]],
    ]);
    const fs = codeFindings(g);
    expect(fs.map((f) => [f.cell, f.messageId, f.data])).toEqual([["A7", "number", expect.objectContaining({ code: "4.", expected: "3.", prev: "2.", next: "5." })]]);
  });

  test("two sections, the first opening on 1: 1. 2. | 4. 5. is a skipped 3", () => {
    const g = rubric([
      ["一、决策", ["1.立项依据", "2.绩效目标"]],
      ["二、过程", ["4.资金到位率", "5.预算执行率"]],
    ]);
    expect(codeFindings(g).map((f) => [f.cell, f.data?.expected])).toEqual([["A7", "3."]]);
  });

  test("a section opening on the previous section's last number again is a repeat: 1. 2. | 2. 3. | 4.", () => {
    const g = rubric([
      ["一、决策", ["1.立项依据", "2.绩效目标"]],
      ["二、过程", ["2.资金到位率", "3.预算执行率"]],
      ["三、产出", ["4.完成率"]],
    ]);
    expect(codeFindings(g).map((f) => [f.cell, f.messageId, f.data?.expected])).toEqual([["A7", "numberRepeated", "3."]]);
  });

  test("a section's last number wrong (1. 2. | 3. 3. | 5.) is that label's finding only, the next section counts on from where it should end", () => {
    const g = rubric([
      ["一、决策", ["1.立项依据", "2.绩效目标"]],
      ["二、过程", ["3.资金到位率", "3.预算执行率"]],
      ["三、产出", ["5.完成率", "6.及时性"]],
    ]);
    expect(codeFindings(g).map((f) => f.cell)).toEqual(["A8"]);
  });

  test("lists opening above 1 with no majority continuing (2. 3. | 2. 3. | 4.) are not read as running numbers", () => {
    const g = rubric([
      ["一、决策", ["2.立项依据", "3.绩效目标"]],
      ["二、过程", ["2.资金到位率", "3.预算执行率"]],
      ["三、产出", ["2.完成率"]],
    ]);
    expect(codeFindings(g)).toEqual([]);
  });
});
