import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Each level's numbering scheme, read from its codes (code-sequence, src/core/rules/code-levels.ts): a letter of its own
 * per level (A1 > B1 > C1) numbered through the level (global: B1 … B3 under A1, B4 … under A2) or again under each
 * parent (local), against nested codes (A1 > A11, A12). Only a skip or a repeat within the level's scheme is an error;
 * a level fitting no scheme clearly is not judged. Tables of 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 (or the two
 * level columns only), each leaf 5 points, each group's points in its label, the group labels merged down (or not).
 */

type Rows = (string | number | null)[][];
/** a leaf's code, or a group: its code and what is under it */
type Node = string | [string, Node[]];

const WORDS = [..."甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"].map((w) => `${w}项工作`);

/** The tree as a table: one column per level, the groups merged down over their rows (or on their first row only). */
function table(tree: Node[], merged = true): Grid {
  const depth = (n: Node): number => (typeof n === "string" ? 1 : 1 + Math.max(...n[1].map(depth)));
  const levels = Math.max(...tree.map(depth));
  const heads = ["一级指标", "二级指标", "三级指标"].slice(0, levels);
  const rows: Rows = [[...heads, "分值", "评分标准"]];
  const merges: string[] = [];
  let word = 0;
  const points = (n: Node): number => (typeof n === "string" ? 5 : n[1].reduce((s, k) => s + points(k), 0));
  const put = (n: Node, col: number) => {
    const r = rows.length + 1;
    if (typeof n === "string") {
      const row: Rows[number] = heads.map(() => "");
      row[levels - 1] = `${n}${WORDS[word++ % WORDS.length]}`;
      rows.push([...row, 5, "缺一项扣1分"]);
      return;
    }
    const [code, kids] = n;
    kids.forEach((k) => put(k, col + 1));
    rows[r - 1][col] = `${code}${WORDS[word++ % WORDS.length]}(${points(n)}分)`;
    if (merged && rows.length + 1 - r > 1) merges.push(`${String.fromCharCode(65 + col)}${r}:${String.fromCharCode(65 + col)}${rows.length}`);
  };
  tree.forEach((n) => put(n, 0));
  return Grid.fromValues("Sheet1", rows, merges);
}

const codeErrors = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "code-sequence" && f.severity === "error")
    .map((f) => [f.cell, f.data?.code, f.data?.expected]);

/** The cell of the label coded `code` (its first, or its `k`-th). */
function at(g: Grid, code: string, k = 0): string {
  const found: string[] = [];
  for (let r = 1; r <= g.rowCount; r++)
    for (let c = 1; c <= 3; c++) {
      const t = g.compactText(r, c);
      if (t.startsWith(code) && !/^\d/.test(t.slice(code.length)) && g.ownsCell(r, c)) found.push(`${String.fromCharCode(64 + c)}${r}`);
    }
  return found[k];
}

/** groups of leaves: [code, [leaf codes]] */
const g2 = (code: string, leaves: string[]): Node => [code, leaves];

type Case = [name: string, tree: Node[], errors: [code: string, expected: string, k?: number][]];

const CASES: Case[] = [
  // letter per level, numbered through the level
  ["global: A1 > B1 B2 B3 | A2 > B4 B5 (three levels, C through the table)", [
    ["A1", [g2("B1", ["C1", "C2"]), g2("B2", ["C3", "C4", "C5"]), g2("B3", ["C6"])]],
    ["A2", [g2("B4", ["C7", "C8"]), g2("B5", ["C9", "C10"])]],
  ], []],
  ["global: a skip B7 → B9 at a change of parent", [
    ["A1", [g2("B1", ["C1"]), g2("B2", ["C2"]), g2("B3", ["C3"])]],
    ["A2", [g2("B4", ["C4"]), g2("B5", ["C5"])]],
    ["A3", [g2("B6", ["C6"]), g2("B7", ["C7"])]],
    ["A4", [g2("B9", ["C8"]), g2("B10", ["C9"])]],
  ], [["B9", "B8"]]],
  ["global: a skip within a parent (C4, C6)", [
    ["A1", [g2("B1", ["C1", "C2"]), g2("B2", ["C3", "C4", "C6", "C7"])]],
    ["A2", [g2("B3", ["C8", "C9"])]],
  ], [["C6", "C5"]]],
  ["global: a repeat (B3 twice)", [
    ["A1", [g2("B1", ["C1"]), g2("B2", ["C2"])]],
    ["A2", [g2("B3", ["C3"]), g2("B3", ["C4"]), g2("B5", ["C5"])]],
  ], [["B3", "B4", 1]]],
  ["global: a 1 at a change of parent is a repeat there (B1 where B7 belongs), not numbering starting again", [
    g2("A1", ["B1", "B2"]),
    g2("A2", ["B3", "B4"]),
    g2("A3", ["B5", "B6"]),
    g2("A4", ["B1", "B8"]),
  ], [["B1", "B7", 1]]],
  ["global: a nested code among the level's own (B1 B2 A13 B4): it is B3", [g2("A1", ["B1", "B2", "A13"]), g2("A2", ["B4", "B5"]), g2("A3", ["B6"])], [["A13", "B3"]]],
  // letter per level, again from 1 under each parent
  ["local: A1 > B1 B2 | A2 > B1 B2 B3, C again under each B", [
    ["A1", [g2("B1", ["C1", "C2"]), g2("B2", ["C1", "C2", "C3"])]],
    ["A2", [g2("B1", ["C1"]), g2("B2", ["C1", "C2"]), g2("B3", ["C1", "C2"])]],
  ], []],
  ["local: a skip under its parent (B1 B3 under A2)", [
    ["A1", [g2("B1", ["C1", "C2"]), g2("B2", ["C1", "C2"])]],
    ["A2", [g2("B1", ["C1", "C2"]), g2("B3", ["C1", "C2"])]],
    ["A3", [g2("B1", ["C1", "C2"]), g2("B2", ["C1", "C2"])]],
  ], [["B3", "B2"]]],
  ["local: a parent's first not 1 (B3 B4 under A4, where the others start again)", [
    g2("A1", ["B1", "B2"]),
    g2("A2", ["B1", "B2"]),
    g2("A3", ["B1", "B2"]),
    g2("A4", ["B3", "B4"]),
  ], [["B3", "B1"]]],
  ["local: a repeat under its parent (C2 after C2)", [
    ["A1", [g2("B1", ["C1", "C2"]), g2("B2", ["C1", "C2", "C2"])]],
    ["A2", [g2("B1", ["C1", "C2"])]],
  ], [["C2", "C3", 2]]],
  ["each level its own scheme: B again under each A, C through the table", [
    ["A1", [g2("B1", ["C1", "C2"]), g2("B2", ["C3", "C4"])]],
    ["A2", [g2("B1", ["C5", "C6"]), g2("B2", ["C7"])]],
  ], []],
  // two levels
  ["two levels, global: A1 > B1 B2 B3 | A2 > B4 B5 (a slip in the nested reading: B4 is no 'A21')", [
    g2("A1", ["B1", "B2", "B3"]),
    g2("A2", ["B4", "B5"]),
  ], []],
  ["two levels, global: a skip B3 → B5", [g2("A1", ["B1", "B2", "B3"]), g2("A2", ["B5", "B6"]), g2("A3", ["B7"])], [["B5", "B4"]]],
  // digits numbered through a level (read by the numbered-label runs), and again under each parent
  ["digits through a level: 一、 > 1. 2. | 二、 > 3. 4. | 三、 > 5.", [g2("一、", ["1.", "2."]), g2("二、", ["3.", "4."]), g2("三、", ["5."])], []],
  ["digits through a level: a skip 2. → 4. at a change of parent", [g2("一、", ["1.", "2."]), g2("二、", ["4.", "5."]), g2("三、", ["6."])], [["4.", "3."]]],
  ["digits again under each parent: 一、 > 1. 2. | 二、 > 1. 2. 3.", [g2("一、", ["1.", "2."]), g2("二、", ["1.", "2.", "3."])], []],
  ["digits again under each parent: a repeat 2. after 2.", [g2("一、", ["1.", "2.", "2."]), g2("二、", ["1.", "2."])], [["2.", "3.", 1]]],
  // nested codes, unchanged
  ["nested: A1 > A11 A12 | A2 > A21 A22", [g2("A1", ["A11", "A12"]), g2("A2", ["A21", "A22"])], []],
  ["nested: a slip A11, A13 is still caught", [g2("A1", ["A11", "A13"]), g2("A2", ["A21", "A22"])], [["A13", "A12"]]],
  ["nested, three levels: A1 > A11 > A111 …, a slip A112 → A113", [
    ["A1", [g2("A11", ["A111", "A113"]), g2("A12", ["A121"])]],
    ["A2", [g2("A21", ["A211", "A212"])]],
  ], [["A113", "A112"]]],
  // no scheme clearly
  ["neither clearly: B through the table under one parent, again from 1 under another (no error)", [
    g2("A1", ["B1", "B2"]),
    g2("A2", ["B3", "B4"]),
    g2("A3", ["B1", "B2"]),
  ], []],
  ["neither clearly: half nested, half a letter of their own (no error)", [g2("A1", ["A11", "A12"]), g2("A2", ["B1", "B2"])], []],
];

describe("code-sequence: each level's numbering scheme, read from its codes", () => {
  describe.each([
    ["merged", true],
    ["the group labels unmerged", false],
  ])("%s", (_, merged) => {
    test.each(CASES)("%s", (_, tree, expected) => {
      const g = table(tree, merged);
      expect(codeErrors(g).sort()).toEqual(expected.map(([code, want, k]) => [at(g, code, k), code, want]).sort());
    });
  });
});

describe("a section's heading line repeating its first label (湖北 幼儿园 shape)", () => {
  /** each 一级 section under a heading line over the whole width and the header printed again */
  const build = (second: string, merged = true): Grid => {
    const rows: Rows = [["一级指标", "二级指标", "三级指标", "分值", "评分标准"]];
    const merges: string[] = [];
    const section = (a: string, bs: [string, string[]][], heading: boolean) => {
      if (heading) {
        rows.push([`${a}(100分X0.2)`, "", "", "", ""]);
        if (merged) merges.push(`A${rows.length}:E${rows.length}`);
        rows.push(["一级指标", "二级指标", "三级指标", "分值", "评分标准"]);
      }
      const aRow = rows.length + 1;
      for (const [b, cs] of bs) {
        const bRow = rows.length + 1;
        cs.forEach((c, k) => rows.push([rows.length + 1 === aRow ? `${a}(${bs.reduce((s, x) => s + 5 * x[1].length, 0)})` : "", k === 0 ? `${b}(${5 * cs.length})` : "", `${c}(5)`, 5, "缺一项扣1分"]));
        if (merged && cs.length > 1) merges.push(`B${bRow}:B${rows.length}`);
      }
      if (merged) merges.push(`A${aRow}:A${rows.length}`);
    };
    section("A1办园条件", [["B1资质条件", ["C1审批办证", "C2经费保障"]], ["B2园舍状况", ["C3选址布局", "C4基本用房"]]], false);
    section(second, [["B3办园宗旨", ["C5办园理念", "C6发展规划"]], ["B4机构管理", ["C7组织机构", "C8运行机制"]]], true);
    section("A3安全防护", [["B5安全防护", ["C9安全制度", "C10安全设施"]]], true);
    return Grid.fromValues("Sheet1", rows, merges);
  };
  test.each([
    ["merged", true],
    ["unmerged", false],
  ])("%s: the heading and the label are one A2, one A3: no code-sequence error", (_, merged) => {
    expect(codeErrors(build("A2园务管理", merged))).toEqual([]);
  });
  test("counter-shape: two groups of one code, each with items under it, are a repeat", () => {
    const g = table([g2("A1", ["B1", "B2"]), g2("A2", ["B3", "B4"]), g2("A2", ["B5", "B6"]), g2("A4", ["B7"])]);
    expect(codeErrors(g)).toEqual([[at(g, "A2", 1), "A2", "A3"]]);
  });
});

describe("counter-shape: items coded by a letter per label line (A1 A2 A3 | B1 | C1 C2), the letter standing for the line", () => {
  const build = (c2 = "C2开展业务培训"): Grid =>
    Grid.fromValues("Sheet1", [
      ["考核内容", "分值", "计分方法", "考核得分"],
      ["1.组织领导60分", null, null, null],
      ["A1建立健全工作台账", "20分", "制定实施方案的得10分；建立工作台账的得10分", null],
      ["A2完成年度目标任务", "20分", "按时报送材料的得20分", null],
      ["A3群众满意度测评", "20分", "按满意度计分", null],
      ["2.制度建设10分", null, null, null],
      ["B1制定年度工作计划", "10分", "召开专题会议的得10分", null],
      ["3.工作落实30分", null, null, null],
      ["C1建立联络员制度", "15分", "开展督查检查的得15分", null],
      [c2, "15分", "资料归档完整的得15分", null],
      ["总分", 100, null, null],
    ]);
  test("each letter counts on within its block: no code-sequence error (no 'A1 应为 B')", () => {
    expect(codeErrors(build())).toEqual([]);
  });
  test("a skip within a letter's block (C1, C3) is found", () => {
    expect(codeErrors(build("C3开展业务培训"))).toEqual([["A10", "C3", "C2"]]);
  });
});
