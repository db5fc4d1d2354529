import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A 评分细则 table with one criterion per row and no level columns, its sections written as lines of their own
 * ("一、决策(20分)" merged across the table, or in its first cell): each section's points are the sum of the criteria
 * under it, up to the next section line or the table's end.
 */
type Row = (string | number | null)[];
function rubric(sections: [string, number][], opts: { serial?: boolean; merged?: boolean; blankWeight?: boolean } = {}): Grid {
  const rows: Row[] = [["项目支出绩效评价评分细则"], [...(opts.serial ? ["序号"] : []), "评价内容", "评分标准", "分值", "得分"]];
  const merges: string[] = [];
  const W = opts.serial ? 5 : 4;
  const crit: [string, number, number][][] = [
    [["立项依据充分性", 10, 10], ["绩效目标合理性", 10, 8]],
    [["资金到位率", 15, 15], ["预算执行率", 15, 12]],
    [["实际完成率", 30, 28], ["服务对象满意度", 20, 18]],
  ];
  let n = 0;
  sections.forEach(([label], s) => {
    rows.push([label]);
    if (opts.merged) merges.push(`A${rows.length}:${String.fromCharCode(64 + W)}${rows.length}`);
    for (const [name, w, sc] of crit[s]) {
      n++;
      const weight = opts.blankWeight && n === 2 ? null : w;
      rows.push([...(opts.serial ? [n] : []), name, "按完成情况计分", weight, sc]);
    }
  });
  rows.push([...(opts.serial ? ["合计", null] : ["合计"]), null, 100, 91]);
  return Grid.fromValues("Sheet1", rows, merges);
}
const OK: [string, number][] = [["一、决策(20分)", 20], ["二、过程(30分)", 30], ["三、产出与效益(50分)", 50]];
const weightFindings = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "weight-sum-mismatch").map((f) => [f.cell, f.messageId, f.data?.sum, f.data?.total]);

describe("section lines with their points over a criteria table", () => {
  test.each([
    ["merged across, no 序号", { merged: true }],
    ["in the first cell only", {}],
    ["merged across a 序号 column", { merged: true, serial: true }],
  ] as [string, { serial?: boolean; merged?: boolean }][])("%s: each section is a weight block of the rows under it; consistent sections give nothing", (_, opts) => {
    const r = review(rubric(OK, opts), "national");
    expect(r.model.weightBlocks.map((b) => [b.cell, b.weight, b.firstRow, b.lastRow])).toEqual([
      ["A3", 20, 4, 5],
      ["A6", 30, 7, 8],
      ["A9", 50, 10, 11],
    ]);
    expect(weightFindings(rubric(OK, opts))).toEqual([]);
  });

  test("二、过程(35分) over 15 + 15 = 30 is a weight-sum-mismatch at the section line", () => {
    const wrong: [string, number][] = [OK[0], ["二、过程(35分)", 35], OK[2]];
    expect(weightFindings(rubric(wrong, { merged: true, serial: true }))).toEqual([["A6", "weightBlock", 30, 35]]);
  });

  test("a criterion with its points left blank leaves its section unchecked (10 of 一、决策(20分) written)", () => {
    const g = rubric(OK, { merged: true, blankWeight: true });
    expect(review(g, "national").model.weightBlocks.map((b) => b.cell)).toEqual(["A6", "A9"]);
  });
});
