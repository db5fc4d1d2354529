import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A points column whose head cell is blank (条件 | 考核验收内容 | (blank) | (blank) | 备注: the words 标准分 | 自评分 lost from
 * the header), read by its sum: its small numbers beside the items add up to the points the group labels left of them
 * state ('…(15)' or '…(15分)'), one group at least and as many agreeing as not (unnamed-points.ts). The blank column right
 * of it, empty or holding scores within the points, is the score column. Counter-shapes: a column of counts or amounts
 * beside the same labels (adding up to none), labels stating no points, a column holding text: no points column, no
 * header, no finding.
 */
type Rows = (string | number | null)[][];

const GROUPS: [string, number, [string, number][]][] = [
  ["一、组织建设坚强有力,领导班子重视工会工作", 15, [["成立领导小组,定期召开工作会议", 3], ["工作纳入单位整体规划", 2], ["依靠职工群众搞好工作", 5], ["行政支持工会工作", 5]]],
  ["二、依法维护职工合法权益,劳动关系和谐稳定", 12, [["建立集体协商制度", 6], ["建立劳动争议调解机构", 4], ["实施送温暖工程", 2]]],
];

interface Opts {
  /** a group label with its points (default: bare in brackets, '… (15)') */
  label?: (name: string, points: number) => string;
  /** the value in the blank-headed column (group g, item k) */
  value?: (g: number, k: number, points: number) => string | number | null;
  /** the score column's value (default blank) */
  score?: (g: number, k: number, points: number) => string | number | null;
  /** labels merged down their lines (default), written on the first line, blank below, or filled down on each */
  merged?: boolean | "filled down";
}

function sheet(o: Opts = {}): { rows: Rows; merges: string[] } {
  const label = o.label ?? ((n, p) => `${n} (${p})`);
  const value = o.value ?? ((_g, _k, p) => p);
  const rows: Rows = [["某省模范职工之家考核验收评分细则", null, null, null, null, null], ["条   件", "考 核 验 收 内 容", null, null, null, "备注"]];
  const merges = ["A1:F1"];
  GROUPS.forEach(([name, points, items], g) => {
    const top = rows.length + 1;
    items.forEach(([item, p], k) => rows.push([k === 0 || o.merged === "filled down" ? label(name, points) : null, `${k + 1}、${item}`, value(g, k, p), o.score?.(g, k, p) ?? null, null, k === 0 ? "必备" : null]));
    if (o.merged === undefined || o.merged === true) merges.push(`A${top}:A${rows.length}`);
  });
  return { rows, merges };
}

const run = ({ rows, merges }: { rows: Rows; merges: string[] }) => review(Grid.fromValues("Sheet1", rows, merges), "national");
const flags = (s: { rows: Rows; merges: string[] }) =>
  run(s)
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);

describe("a blank-headed points column whose numbers add up to the group labels' points", () => {
  test.each([
    ["bare '(15)', merged labels", {}],
    ["bare '(15)', labels written once, blank below", { merged: false }],
    ["bare '(15)', labels filled down on each line", { merged: "filled down" as const }],
    ["'(15分)'", { label: (n: string, p: number) => `${n}(${p}分)` }],
  ])("%s: the points column, the header, the items with their points", (_what, o: Opts) => {
    const { model, findings } = run(sheet(o));
    expect(model.family).toBe("indicator-system");
    expect(model.headerRow).toBe(2);
    expect(model.columns.weight).toBe(3);
    expect(model.columns.score).toBe(4);
    expect(model.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 3], [4, 2], [5, 5], [6, 5], [7, 6], [8, 4], [9, 2]]);
    expect(findings.filter((f) => f.severity === "error" || f.severity === "warning")).toEqual([]);
  });

  test("an item's points raised in one group: the other group still adds up, the slip is reported at its label", () => {
    expect(flags(sheet({ value: (g, k, p) => (g === 1 && k === 1 ? p + 1 : p) }))).toEqual(["weight-sum-mismatch@A7"]);
    expect(flags(sheet({ merged: false, value: (g, k, p) => (g === 0 && k === 2 ? p - 1 : p) }))).toEqual(["weight-sum-mismatch@A3"]);
    expect(flags(sheet({ merged: "filled down", value: (g, k, p) => (g === 0 && k === 2 ? p + 1 : p) }))).toEqual(["weight-sum-mismatch@A3"]);
  });

  test("scores given in the blank column right of the points: the score column (a score above its points reported)", () => {
    const full = sheet({ score: (_g, _k, p) => p });
    expect(run(full).model.columns.score).toBe(4);
    expect(flags(full)).toEqual([]);
    expect(flags(sheet({ score: (g, k, p) => (g === 0 && k === 0 ? p + 1 : p) }))).toEqual(["score-exceeds-weight@D3"]);
  });

  test("numbers above the points in the column right of them (amounts): no score column", () => {
    const { model } = run(sheet({ score: (g, k) => [[1200, 3500, 800, 650], [2000, 1500, 900]][g][k] }));
    expect(model.columns.weight).toBe(3);
    expect(model.columns.score).toBeUndefined();
  });
});

describe("counter-shapes: no points column", () => {
  test.each([
    // counts of documents per item: 2 + 1 + 3 + 1 = 7 of (15), 2 + 2 + 1 = 5 of (12)
    ["a column of counts adding up to no label's points", { value: (g: number, k: number) => [[2, 1, 3, 1], [2, 2, 1]][g][k] }],
    // amounts in 元
    ["a column of amounts", { value: (g: number, k: number) => [[1200, 3500, 800, 650], [2000, 1500, 900]][g][k] }],
    // the labels state no points: nothing to add up to
    ["labels stating no points", { label: (n: string) => n }],
    // a year in the label's brackets is no points
    ["labels ending in a year", { label: (n: string) => `${n}(2019)` }],
  ])("%s", (_what, o: Opts) => {
    const { model } = run(sheet(o));
    expect(model.columns.weight).toBeUndefined();
    expect(model.family).not.toBe("indicator-system");
    expect(flags(sheet(o)).filter((f) => f.startsWith("weight-sum"))).toEqual([]);
  });

  test("one group of two adding up by chance, the other not: read (agree ≥ disagree); both off: not read", () => {
    expect(run(sheet({ value: (g, k, p) => (g === 1 ? [1, 1, 1][k] : p) })).model.columns.weight).toBe(3);
    expect(run(sheet({ value: (g, k) => [[1, 1, 1, 1], [1, 1, 1]][g][k] })).model.columns.weight).toBeUndefined();
  });

  test("a blank-headed column holding text beside the numbers: no points column", () => {
    const o: Opts = { value: (g, k, p) => (g === 0 && k === 1 ? "见附件" : p) };
    expect(run(sheet(o)).model.columns.weight).toBeUndefined();
  });
});
