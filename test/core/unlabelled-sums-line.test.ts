import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { groupLabelName, groupWeightInLabel } from "../../src/core/text/labels";
import { review } from "../../src/core/review";

/**
 * An unfilled acceptance form (考核验收项目分类 | 考核验收内容 | 评分标准 | 考核验收得分, as 益阳's 2011 示范社 考核验收办法):
 * group labels merged down their items, stating their points with the opening bracket lost ('示范社建设情况 60分)'), the
 * items' points in the 评分标准 column, the 得分 blank — and, under the last group, a line of nothing but the 分值 sum
 * ('| | 100 |'), no 合计 label. That line is the table's total line (its 分值 the sum of every line above), not an item of
 * the last group weighing the whole's points; a bare points label closed by a stray ')' still states the group's points.
 */
type Row = (string | number | null)[];

const HEAD: Row = ["考核验收项目分类", "考核验收内容", "评分标准", "考核验收得分"];

function form(opts: { last?: Row; g3?: string; after?: Row[] } = {}): Grid {
  const rows: Row[] = [
    ["2011年农民专业合作社省级示范社考核验收办法", null, null, null],
    HEAD,
    ["市(州)重视情况(15分)", "指导工作机构健全", 5, null],
    [null, "安排了专项扶持经费", 5, null],
    [null, "月报告等材料齐全及时", 5, null],
    [opts.g3 ?? "示范社建设情况\n25分)", "有专用的办公场所", 10, null],
    [null, "有独立的财务和成员帐户", 10, null],
    [null, "开展了技术指导和销售服务", 5, null],
    opts.last ?? [null, null, 40, null],
    ...(opts.after ?? [["备注:只要有一个示范社考核验收不达标,则该项考核不达标", null, null, null]]),
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:D1", "A3:A5", "A6:A8"]);
}

const rows = (g: Grid) => recognise(g).indicators.map((i) => [i.row, i.weight]);
const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

describe("an unlabelled line of the 分值 sum closing an unfilled form", () => {
  test("the line of 40 (5 + 5 + 5 + 10 + 10 + 5) closes the table: six items, no finding, the stray-bracket group weighed", () => {
    const g = form();
    const m = recognise(g);
    expect(m.family).toBe("indicator-system");
    expect(rows(g)).toEqual([[3, 5], [4, 5], [5, 5], [6, 10], [7, 10], [8, 5]]);
    expect(m.groups.map((x) => [x.row, x.weight])).toEqual([[3, 15], [6, 25]]);
    expect(m.totals?.weight?.value).toBe(40);
    expect(m.totals?.score ?? null).toBeNull();
    expect(errors(g)).toEqual([]);
  });

  test("an item's points slip (C7 10 → 12): the group's 25 and the line's 40 no longer hold", () => {
    const g = form().withCells([{ cell: "C7", value: { v: 12 } }]);
    expect(rows(g)).toContainEqual([7, 12]);
    expect(errors(g)).toContain("weight-sum-mismatch@A6");
  });

  test("a 得分 on the line that is the scores' sum keeps it the total line; on a scored form", () => {
    const g = form().withCells([
      ...[3, 4, 5, 6, 7, 8].map((r) => ({ cell: `D${r}`, value: { v: 4 } })),
      { cell: "D9", value: { v: 24 } },
    ]);
    expect(rows(g).map(([r]) => r)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  test("the header printed again at a page break before the last group: 评分标准's points still read from the first header", () => {
    const base = form();
    const rows: Row[] = [];
    for (let r = 1; r <= base.rowCount; r++) rows.push([1, 2, 3, 4].map((c) => (base.ownsCell(r, c) ? (base.value(r, c) as string | number | null) : null)));
    rows.splice(5, 0, HEAD);
    const g = Grid.fromValues("Sheet1", rows, ["A1:D1", "A3:A5", "A7:A9"]);
    const m = recognise(g);
    expect(m.headerRow).toBe(2);
    expect(m.groups.map((x) => [x.row, x.weight])).toEqual([[3, 15], [7, 25]]);
    expect(errors(g)).toEqual([]);
  });

  test("an excerpt showing only the last group (25) over the whole's line (40): no item of 40 in the group, no finding", () => {
    const g = Grid.fromValues(
      "Sheet1",
      [
        HEAD,
        ["示范社建设情况\n25分)", "有专用的办公场所", 10, null],
        [null, "有独立的财务和成员帐户", 10, null],
        [null, "开展了技术指导和销售服务", 5, null],
        [null, null, 40, null],
        ["备注:只要有一个示范社考核验收不达标,则该项考核不达标", null, null, null],
      ],
      ["A2:A4"],
    );
    expect(rows(g)).toEqual([[2, 10], [3, 10], [4, 5]]);
    expect(errors(g)).toEqual([]);
  });

  test("counter-shape: an unlabelled line of more points than the lines above with lines after it stays a line", () => {
    const g = Grid.fromValues(
      "Sheet1",
      [
        HEAD,
        ["示范社建设情况(65分)", "有专用的办公场所", 10, null],
        [null, "有独立的财务和成员帐户", 10, null],
        [null, "开展了技术指导和销售服务", 5, null],
        [null, null, 30, null],
        [null, "促进成员增收成效显著", 10, null],
      ],
      ["A2:A6"],
    );
    expect(rows(g)).toContainEqual([5, 30]);
  });

  test("counter-shape: a last unlabelled line of other points (a cut item's, 8) stays a line of the last group", () => {
    const g = form({ last: [null, null, 8, null] });
    expect(rows(g)).toContainEqual([9, 8]);
  });

  test("counter-shape: a named last line whose points equal the sum above is an item (no label lost)", () => {
    const g = form({ last: [null, "促进成员增收成效显著", 40, null] });
    expect(rows(g)).toContainEqual([9, 40]);
  });

  test("a stray ')' after bare points is the lost bracket's; counter-shapes: a rule's points, or a bracket left open", () => {
    expect(groupWeightInLabel("示范社建设情况60分)")).toBe(60);
    expect(groupLabelName("示范社建设情况60分)")).toBe("示范社建设情况");
    // (a code's brackets closed before it: the last ')' still closes none)
    expect(groupWeightInLabel("(一)建设情况60分)")).toBe(60);
    // (a rule's points are no group's, bracket or none)
    expect(groupWeightInLabel("考核达到60分)")).toBeNull();
    expect(groupWeightInLabel("得分60分)")).toBeNull();
    // (a ')' closing a bracket the label opened is no stray one: the label's own bracket is read, "(" left unclosed none)
    expect(groupWeightInLabel("建设情况(60分)")).toBe(60);
    expect(groupWeightInLabel("建设(情况60分")).toBe(60);
  });
});
