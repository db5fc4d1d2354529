/**
 * A code sequence broken in every numbering style, the way the eval's grid planner (scripts/eval-mutants-grid.js)
 * breaks it: in a table of two 二级 groups of four numbered 三级 leaves, the third leaf of the first group repeats
 * the second's number, the third leaf of the second group skips a number. The review must flag exactly the
 * changed cell, with the number it should have.
 */
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { planGridMutants } = require("../../scripts/eval-mutants-grid.js");

/** each leaf has its own name (the same text in the next row would be one label repeated by an unmerged block) */
const NAMES = ["依据充分性", "程序规范性", "目标合理性", "资金到位率"];
const FUSED = ["项目基本情况", "资金投入情况", "资金使用情况调查(户)", "项目实施情况"];
type Style = [string, (group: number, n: number) => string, string, string, string, string, ((group: number) => string)?];
/** [style, leaf label of group g number n, repeated code, its expected, skipped code, its expected] */
const STYLES: Style[] = [
  ["一、", (g, n) => `${"一二三四"[n - 1]}、${g === 1 ? "立项" : "过程"}指标${n}`, "二、", "三、", "四、", "三、"],
  ["(一)", (g, n) => `(${"一二三四"[n - 1]})${g === 1 ? "立项" : "过程"}${NAMES[n - 1]}`, "(二)", "(三)", "(四)", "(三)"],
  ["1.", (g, n) => `${n}.${g === 1 ? "立项" : "过程"}${NAMES[n - 1]}`, "2.", "3.", "4.", "3."],
  ["1、", (g, n) => `${n}、${g === 1 ? "立项" : "过程"}${NAMES[n - 1]}`, "2、", "3、", "4、", "3、"],
  ["(1)", (g, n) => `(${n})${g === 1 ? "立项" : "过程"}${NAMES[n - 1]}`, "(2)", "(3)", "(4)", "(3)"],
  ["①", (g, n) => `${"①②③④"[n - 1]}${g === 1 ? "立项" : "过程"}${NAMES[n - 1]}`, "②", "③", "④", "③"],
  ["指标1", (g, n) => `指标${n}${g === 1 ? "立项" : "过程"}${NAMES[n - 1]}`, "指标2", "指标3", "指标4", "指标3"],
  ["1.1", (g, n) => `${g}.${n}${g === 1 ? "立项" : "过程"}${NAMES[n - 1]}`, "1.2", "1.3", "2.4", "2.3"],
  ["三、 fused with the name", (g, n) => `${"一二三四"[n - 1]}、${g === 1 ? "" : "续"}${FUSED[n - 1]}`, "二、", "三、", "四、", "三、"],
  ["A1 A11 A12", (g, n) => `A${g}${n}${NAMES[n - 1]}`, "A12", "A13", "A24", "A23", (g) => `A${g}${g === 1 ? "项目立项" : "项目管理"}`],
];

function sheet(leaf: Style[1], level2?: Style[6]): { grid: string[][]; merges: string[] } {
  const grid: string[][] = [["项目支出绩效评价指标体系"], ["一级指标", "二级指标", "三级指标", "分值", "得分"]];
  for (const g of [1, 2]) for (let n = 1; n <= 4; n++) grid.push(["投入", level2 ? level2(g) : g === 1 ? "项目立项" : "项目管理", leaf(g, n), "10", "10"]);
  grid.push(["合计", "", "", "80", "80"]);
  return { grid, merges: [] };
}

const toGrid = (s: { grid: string[][] }, edits: Record<string, string>) => {
  const rows = s.grid.map((r) => r.map((x) => (/^\d+$/.test(x) ? Number(x) : x || null)));
  for (const [cell, text] of Object.entries(edits)) {
    const col = cell.charCodeAt(0) - 64;
    const row = Number(cell.slice(1));
    rows[row - 1][col - 1] = text;
  }
  return Grid.fromValues("指标", rows);
};

describe.each(STYLES)("numbering %s", (_style, leaf, repeated, repeatedWant, skipped, skippedWant, level2) => {
  const s = sheet(leaf, level2);
  const codes = planGridMutants({ json: s }).filter((m: { rules?: string[] }) => m.rules?.includes("code-sequence"));
  test("the unbroken table has no code finding", () => {
    expect(review(toGrid(s, {}), "national").findings.filter((f) => f.rule === "code-sequence")).toEqual([]);
  });
  test("the planner breaks the third leaf of each group: repeated in C5, skipped in C9", () => {
    expect(codes.map((m: { variant: string; edits: Record<string, string> }) => [m.variant, Object.keys(m.edits)[0]])).toEqual([
      ["repeat", "C5"],
      ["skip", "C9"],
    ]);
  });
  test.each([
    [0, "C5", repeated, repeatedWant],
    [1, "C9", skipped, skippedWant],
  ])("mutant %d: flagged at %s, %s should be %s", (k, cell, code, expected) => {
    const found = review(toGrid(s, codes[k].edits), "national").findings.filter((f) => f.rule === "code-sequence");
    expect(found.map((f) => ({ cell: f.cell, code: f.data?.code, expected: f.data?.expected }))).toEqual([{ cell, code, expected }]);
  });
});
