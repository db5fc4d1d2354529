import { Converter } from "opencc-js/cn2t";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A target list with one block per project (项目名称 | 项目单位 | 预算数 written once over the project's lines, merged
 * down them or not, then 一级指标 | 二级指标 | 三级指标 | … | 分值): a new project's name opens a new block, whose 一级
 * groups are its own even where their labels read as the block's above ("产出指标(50分)" again, unmerged or filled
 * down); and the header repeated at a page break where the next project starts (项目名称 | 项目单位 | … again) names no
 * other project: the table goes on under it.
 */

type V = string | number | null;
const toTraditional = Converter({ from: "cn", to: "tw" });
const HEADER: V[] = ["项目名称", "项目单位", "预算数", "一级指标", "二级指标", "三级指标", "指标性质", "目标值", "计量单位", "分值"];
// two projects of two 一级 groups each; each 产出指标(50分) holds its lines' 50, each 满意度指标(10分) 10
// (the first project's 产出指标 last, the second's first: unmerged, the label reads as the same block going on)
const A: V[][] = [
  ["业务装备经费", "某县人民检察院", 1030700, "满意度指标(10分)", "服务对象满意度", "使用人员满意度", "正向", 98, "%", 10],
  [null, null, null, "产出指标(50分)", "数量指标", "车辆采购数量", "正向", 1, "辆", 20],
  [null, null, null, null, "质量指标", "设备验收合格率", "正向", 100, "%", 30],
];
const B: V[][] = [
  ["办案(业务)经费", "某县人民检察院", 3239300, "产出指标(50分)", "时效指标", "法定审限内结案率", "正向", 95, "%", 25],
  [null, null, null, null, "数量指标", "办结案件数量", "正向", 70, "件", 25],
  [null, null, null, "满意度指标(10分)", "服务对象满意度", "当事人满意度", "正向", 90, "%", 10],
];
type Variant = "merged" | "unmerged" | "filled down" | "traditional";
const VARIANTS: Variant[] = ["merged", "unmerged", "filled down", "traditional"];

/** The list under its title and header, project B's block starting at row `b` (the header repeated above it when asked). */
function sheet(variant: Variant, repeated: boolean, b: V[][] = B): { grid: Grid; bRow: number } {
  const block = (rows: V[][]) =>
    variant !== "filled down" ? rows : rows.map((r, k) => r.map((v, c) => (v === null && c <= 3 && k > 0 ? (c === 3 ? (rows[k - 1][c] ?? rows[0][c]) : rows[0][c]) : v)));
  const rows: V[][] = [["项目绩效目标表"], HEADER, ...block(A), ...(repeated ? [HEADER] : []), ...block(b)];
  const bRow = 3 + A.length + (repeated ? 1 : 0);
  const merges: string[] = [];
  if (variant === "merged" || variant === "traditional") {
    for (const [top, n] of [[3, A.length], [bRow, b.length]]) {
      for (const col of ["A", "B", "C"]) merges.push(`${col}${top}:${col}${top + n - 1}`);
      merges.push(top === 3 ? `D4:D5` : `D${top}:D${top + 1}`);
    }
  }
  const values = rows.map((r) => r.map((v) => (variant === "traditional" && typeof v === "string" ? toTraditional(v) : v)));
  return { grid: Grid.fromValues("Sheet1", values, merges), bRow };
}

const blockSums = (g: Grid) =>
  review(g, "national")
    .model.relations.filter((x) => x.kind === "rollup" && x.measure === "weight" && x.level === "group")
    .map((x) => (x.kind === "rollup" ? `${x.total.cell} ${x.total.value} ← ${x.parts.map((p) => p.value).join(" + ")}` : ""))
    .sort();

describe.each([false, true])("two projects' blocks, the header repeated where the second starts: %s", (repeated) => {
  test.each(VARIANTS)("%s: each 产出指标(50分) sums its own project's lines", (variant) => {
    const { grid, bRow } = sheet(variant, repeated);
    const r = review(grid, "national");
    expect(r.model.family).toBe("target-declaration");
    expect(r.model.indicators.map((i) => i.weight)).toEqual([10, 20, 30, 25, 25, 10]);
    expect(blockSums(grid)).toEqual(["D3 10 ← 10", "D4 50 ← 20 + 30", `D${bRow} 50 ← 25 + 25`, `D${bRow + 2} 10 ← 10`]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  test.each(VARIANTS)("%s: the second project's block short of its 50 is the error, at its own label", (variant) => {
    const short = B.map((row, k) => (k === 1 ? row.map((v, c) => (c === 9 ? 15 : v)) : row));
    const { grid, bRow } = sheet(variant, repeated, short);
    const errors = review(grid, "national").findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell} ${f.message}`);
    expect(errors).toEqual([`weight-sum-mismatch@D${bRow} 产出指标明细分值合计 40，与标注的 50 分不符`]);
  });
});

test("a 序号 left of the table changes on every line: no new block (one 产出指标(50分) over 20 + 30, written on each line)", () => {
  const rows: V[][] = [
    ["项目绩效目标表"],
    ["序号", "一级指标", "二级指标", "三级指标", "指标性质", "目标值", "计量单位", "分值"],
    [1, "产出指标(50分)", "数量指标", "车辆采购数量", "正向", 1, "辆", 20],
    [2, "产出指标(50分)", "质量指标", "设备验收合格率", "正向", 100, "%", 30],
    [3, "满意度指标(10分)", "服务对象满意度", "使用人员满意度", "正向", 98, "%", 10],
  ];
  expect(blockSums(Grid.fromValues("Sheet1", rows))).toEqual(["B3 50 ← 20 + 30", "B5 10 ← 10"]);
});
