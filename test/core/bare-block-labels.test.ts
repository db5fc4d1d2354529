import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A group label left of the table's columns that ends in a bare bracketed number ('…落到实处 (12)', the 分 dropped as
 * provincial standards do), over items weighted in a 标准分 column: its number is the group's points where the sum says so
 * — one label of its column at least has its lines add up to exactly its number, as many agreeing as not
 * (label-blocks.ts findBareLabelBlocks). Then an item's slip in another group is reported at that group's label.
 * Counter-shapes: a year or a count in the brackets (below the largest item's points, or adding up to nothing), a run
 * (1), (2) numbering the groups, a lone label that does not add up: no block, no finding.
 */
type Rows = (string | number | null)[][];

const GROUPS: [string, number, [string, number][]][] = [
  ["一、坚持党政工共建并形成合力", 12, [["成立共建领导小组", 3], ["纳入单位整体工作规划", 2], ["依靠职工群众搞好工作", 2], ["行政支持建家工作", 3], ["依法拨缴工会经费", 2]]],
  ["二、严格执行劳动法律法规", 10, [["建立集体协商制度", 4], ["建立劳动争议调解机构", 3], ["实施送温暖工程", 3]]],
];

function sheet(label: (g: number, name: string, points: number) => string = (_g, n, p) => `${n} (${p})`, item: (g: number, k: number, p: number) => number = (_g, _k, p) => p, groups = GROUPS): { rows: Rows; merges: string[] } {
  const rows: Rows = [["某省企业模范职工之家考核验收评分细则", null, null, null, null, null], ["条件", "考核验收内容", "标准分", "自评分", "考核分", "备注"]];
  const merges = ["A1:F1"];
  groups.forEach(([name, points, items], g) => {
    const top = rows.length + 1;
    items.forEach(([it, p], k) => rows.push([k === 0 ? label(g, name, points) : null, `${k + 1}、${it}`, item(g, k, p), null, null, null]));
    merges.push(`A${top}:A${rows.length}`);
  });
  return { rows, merges };
}

const run = ({ rows, merges }: { rows: Rows; merges: string[] }) => review(Grid.fromValues("Sheet1", rows, merges), "national");
const flags = (s: { rows: Rows; merges: string[] }) =>
  run(s)
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);
const blocks = (s: { rows: Rows; merges: string[] }) => run(s).model.weightBlocks.map((b) => `${b.cell}:${b.weight}:${b.firstRow}-${b.lastRow}`);

describe("a group label's bare '(N)' read as its points where its items add up to it", () => {
  test("both groups add up: two blocks, no finding", () => {
    const s = sheet();
    expect(run(s).model.family).toBe("indicator-system");
    expect(blocks(s)).toEqual(["A3:12:3-7", "A8:10:8-10"]);
    expect(flags(s)).toEqual([]);
  });

  // (the excerpt ends with group 二, no 合计 under it: its lines may go on past the cut, so only a sum above its points is
  // a slip there — a shortfall in the last group is left unexplained, as for any cut table)
  test("an item changed in one group: the other adds up, the slip is reported at the label", () => {
    expect(flags(sheet(undefined, (g, k, p) => (g === 0 && k === 1 ? p + 1 : p)))).toEqual(["weight-sum-mismatch@A3"]);
    expect(flags(sheet(undefined, (g, k, p) => (g === 0 && k === 4 ? p - 1 : p)))).toEqual(["weight-sum-mismatch@A3"]);
    expect(flags(sheet(undefined, (g, k, p) => (g === 1 && k === 2 ? p + 1 : p)))).toEqual(["weight-sum-mismatch@A8"]);
  });

  test("a label's number changed: reported at that label", () => {
    expect(flags(sheet((g, n, p) => `${n} (${g === 1 ? p - 2 : p})`))).toEqual(["weight-sum-mismatch@A8"]);
    expect(flags(sheet((g, n, p) => `${n} (${g === 0 ? p + 2 : p})`))).toEqual(["weight-sum-mismatch@A3"]);
  });

  test("only one group states its points (the next label cut before them): read where it adds up", () => {
    const s = sheet((g, n, p) => (g === 0 ? `${n} (${p})` : n));
    expect(blocks(s)).toEqual(["A3:12:3-7"]);
    expect(flags(s)).toEqual([]);
  });

  test("labels filled down on each of their lines (no merge): the same blocks, the same slip", () => {
    const filled = (s: { rows: Rows; merges: string[] }) => {
      const rows = s.rows.map((r) => [...r]);
      for (let r = 3; r < rows.length; r++) if (rows[r][0] === null) rows[r][0] = rows[r - 1][0];
      return { rows, merges: ["A1:F1"] };
    };
    expect(blocks(filled(sheet()))).toEqual(["A3:12:3-7", "A8:10:8-10"]);
    expect(flags(filled(sheet(undefined, (g, k, p) => (g === 0 && k === 1 ? p + 1 : p))))).toEqual(["weight-sum-mismatch@A3"]);
  });

  test("a label stating '(N分)' is findWeightBlocks' own: read as before, not twice", () => {
    expect(blocks(sheet((_g, n, p) => `${n}(${p}分)`))).toEqual(["A3:12:3-7", "A8:10:8-10"]);
  });
});

describe("counter-shapes: the bracketed number is no group's points", () => {
  test.each([
    ["a year", (_g: number, n: string) => `${n}(2019)`],
    // counts of items: (5) and (3) items, below no item's points but adding up to nothing
    ["the count of the group's items", (g: number, n: string) => `${n}(${GROUPS[g][2].length})`],
    // a numbering run (1), (2)
    ["a run numbering the groups", (g: number, n: string) => `${n}(${g + 1})`],
    // the one label stating a number, its items adding up to another (3 + 2 + 2 + 3 + 2 = 12, not 11)
    ["a lone label whose items do not add up to it", (g: number, n: string) => (g === 0 ? `${n}(11)` : n)],
  ])("%s: no block, no finding", (_what, label) => {
    const s = sheet(label);
    expect(blocks(s)).toEqual([]);
    expect(flags(s)).toEqual([]);
  });

  test("counts below their groups' largest item's points ('(3)' over 5 + 5, '(2)' over 4 + 6): not read", () => {
    const groups: typeof GROUPS = [
      ["一、制度建设", 3, [["制度健全", 5], ["执行到位", 5]]],
      ["二、队伍建设", 2, [["人员到位", 4], ["培训到位", 6]]],
    ];
    const s = sheet(undefined, undefined, groups);
    expect(blocks(s)).toEqual([]);
    expect(flags(s)).toEqual([]);
  });
});
