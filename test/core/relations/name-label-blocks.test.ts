/**
 * A label with its points in the indicator-name column ("公共区域18分") over two or more weighted rows — merged down
 * them, or written once with the rows below left blank, across a header repeated at a page break — is a weight
 * block: its rows' 标准分值 add up to its points.
 */
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

const HEAD = ["类别", "指标", "检查内容", "序号", "评分细则", "标准分值", "得分"];

/** 类别 20分 over 公共区域8分 (4 + 4, merged), 厕所5分 (3 + 2, merged), 庭院7分 (4, header repeated, 3), 河面… */
function form(w: number[]): Grid {
  const rows: string[][] = [
    ["村庄环境卫生考核评分表", "", "", "", "", "", ""],
    HEAD,
    ["村庄环境卫生20分", "村庄环境", "公共区域8分", "1", "路面有垃圾,每发现1处扣0.5分。", String(w[0]), ""],
    ["", "", "", "2", "绿化带有垃圾,每发现1处扣0.5分。", String(w[1]), ""],
    ["", "", "厕所5分", "3", "公厕脏乱,每发现1处扣1分。", String(w[2]), ""],
    ["", "", "", "4", "露天粪缸,每发现1处扣1分。", String(w[3]), ""],
    ["", "", "庭院7分", "5", "房前屋后乱堆放,每发现1处扣0.5分。", String(w[4]), ""],
    HEAD,
    ["", "", "", "6", "宅基地内乱堆放,每发现1处扣0.5分。", String(w[5]), ""],
  ];
  rows.push(["合计", "", "", "", "", "20", ""]);
  // (the 类别 and 指标 merges end above the repeated header, as a page break leaves them)
  return Grid.fromValues("Sheet1", rows, ["A1:G1", "A3:A7", "B3:B7", "C3:C4", "C5:C6"]);
}

const weightFindings = (g: Grid) => review(g).findings.filter((f) => f.rule === "weight-sum-mismatch");

describe("points of a label in the name column", () => {
  test("8 = 4 + 4, 5 = 3 + 2, 7 = 4 + 3 across the repeated header: three blocks, no finding", () => {
    const r = review(form([4, 4, 3, 2, 4, 3]));
    expect(r.model.weightBlocks.map((b) => [b.cell, b.weight, b.firstRow, b.lastRow])).toEqual([
      ["C3", 8, 3, 4],
      ["C5", 5, 5, 6],
      ["C7", 7, 7, 9],
    ]);
    expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch")).toEqual([]);
  });
  test("a 4 → 5 slip in the 公共区域 rows: flagged at C3 (9 ≠ 8), and the 类别 at A3 (21 ≠ 20)", () => {
    const f = weightFindings(form([4, 5, 3, 2, 4, 3]));
    expect(f.map((x) => x.cell)).toEqual(expect.arrayContaining(["A3", "C3"]));
    const c3 = f.find((x) => x.cell === "C3")!;
    expect(c3.message).toContain("公共区域分值合计 9");
    expect(c3.message).toContain("8 分");
  });
  test("a slip in the row after the repeated header: flagged at the 庭院 label (8 ≠ 7)", () => {
    const f = weightFindings(form([4, 4, 3, 2, 4, 4]));
    expect(f.find((x) => x.cell === "C7")?.message).toContain("庭院分值合计 8");
  });
  test("a label over one row only is no block (it may be the indicator's own name)", () => {
    const r = review(form([4, 4, 3, 2, 4, 3]));
    expect(r.model.weightBlocks.some((b) => b.firstRow === b.lastRow)).toBe(false);
  });
  test("a table cut inside its last block: the visible rows falling short (4 + 2 of 7) is no finding", () => {
    const cut = Grid.fromValues(
      "Sheet1",
      [
        ["村庄环境卫生考核评分表", "", "", "", "", "", ""],
        HEAD,
        ["村庄环境卫生20分", "村庄环境", "公共区域8分", "1", "路面有垃圾,每发现1处扣0.5分。", "4", ""],
        ["", "", "", "2", "绿化带有垃圾,每发现1处扣0.5分。", "4", ""],
        ["", "", "庭院7分", "3", "房前屋后乱堆放,每发现1处扣0.5分。", "4", ""],
        ["", "", "", "4", "庭院内垃圾未清理,每发现1处扣0.5分。", "2", ""],
        ["", "", "", "5", "宅基地内", "", ""],
      ],
      ["A1:G1", "A3:A7", "B3:B7", "C3:C4", "C5:C7"],
    );
    const r = review(cut);
    expect(r.model.truncated).toBe(true);
    expect(r.model.weightBlocks.map((b) => b.cell)).toEqual(["C3", "C5"]);
    expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch" && f.cell === "C5")).toEqual([]);
  });
});

/**
 * A label over its one line among labels heading blocks of two lines or more ("河面2分" between "厕所5分" and
 * "庭院7分"): a group's label of the same kind, over a group of one line, whose 标准分值 must be its points. Counter-
 * shapes: beside a single block of its kind, or alone (考试成绩80分 over 分值 5), a one-line label is the line's own name.
 */
describe("a one-line label among blocks of its kind", () => {
  const withRiver = (river: string, blocks = 3) => {
    // (blocks < 3: 厕所 and 庭院 state no points, 公共区域 the only block of two lines)
    const rows: string[][] = [
      ["村庄环境卫生考核评分表", "", "", "", "", "", ""],
      HEAD,
      ["村庄环境卫生20分", "村庄环境", "公共区域8分", "1", "路面有垃圾,每发现1处扣0.5分。", "4", ""],
      ["", "", "", "2", "绿化带有垃圾,每发现1处扣0.5分。", "4", ""],
      ["", "", blocks >= 3 ? "厕所5分" : "厕所", "3", "公厕脏乱,每发现1处扣1分。", "3", ""],
      ["", "", "", "4", "露天粪缸,每发现1处扣1分。", "2", ""],
      ["", "", river, "5", "河塘有漂浮物,每发现1处扣0.5分。", "2", ""],
      ["", "", blocks >= 3 ? "庭院5分" : "庭院", "6", "房前屋后乱堆放,每发现1处扣0.5分。", "3", ""],
      ["", "", "", "7", "宅基地内乱堆放,每发现1处扣0.5分。", "2", ""],
      ["合计", "", "", "", "", "20", ""],
    ];
    return Grid.fromValues("Sheet1", rows, ["A1:G1", "A3:A9", "B3:B9", "C3:C4", "C5:C6", "C8:C9"]);
  };
  test("河面2分 over its one line of 2: a block of its own, no finding", () => {
    const r = review(withRiver("河面2分"));
    expect(r.model.weightBlocks.map((b) => b.cell)).toEqual(["C3", "C5", "C7", "C8"]);
    expect(weightFindings(withRiver("河面2分"))).toEqual([]);
  });
  test("河面3分 over a line of 2 (the 类别 still 20): flagged at the label", () => {
    expect(weightFindings(withRiver("河面3分")).map((f) => f.cell)).toEqual(["C7"]);
  });
  test("counter-shape: beside one block of its kind only, a one-line label is left alone", () => {
    const r = review(withRiver("河面3分", 1));
    expect(r.model.weightBlocks.map((b) => b.cell)).not.toContain("C7");
    expect(weightFindings(withRiver("河面3分", 1)).map((f) => f.cell)).not.toContain("C7");
  });
  test("counter-shape: a one-line name stating points in a list with no blocks (考试成绩80分 | 5) is the line's own name", () => {
    const g = Grid.fromValues("Sheet1", [
      ["考核评分表", "", ""],
      ["序号", "考核内容", "分值"],
      ["1", "考试成绩80分", "5"],
      ["2", "出勤情况", "5"],
      ["3", "培训记录", "10"],
    ]);
    expect(review(g).model.weightBlocks).toEqual([]);
    expect(weightFindings(g)).toEqual([]);
  });
});
