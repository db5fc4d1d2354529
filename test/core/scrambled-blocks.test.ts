import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { indicatorRole } from "../../src/core/recognise/headers";

/**
 * Session 39's held-out 文明村 2016 standard (graduated in session 40, batch50-graduation-a-diagnosis.md): a 360docs page
 * serving a Word table's blocks out of order. Two shapes, each with its counter-shape:
 *  1. heads that state how many items their column lists ('考评指标(7项)', '考评内容(24项)'): the count is a remark on the
 *     column, as a unit is ('得分(分)'); the head is its word. No header was read, so no line, so 七、's (15分) over
 *     5 + 4 + 3 + 4 = 16 was never checked.
 *  2. group codes each written once but out of order (五、 七、 二、 三、 — blocks served out of order, 一、 四、 六、 not served):
 *     no number is written wrong, so no code-sequence error; the order is noted (info). A number written wrong still is
 *     an error: a repeat, a skip with no step back, one label off between right ones.
 */
type Row = (string | number | null)[];

/** A standard's groups as blocks: each code and name in A merged down over two items, 4 + 4 = its 8分. */
function blockRows(codes: string[]): { rows: Row[]; merges: string[] } {
  const rows: Row[] = [["文明村评分标准", null, null, null], ["考评指标", "考评内容", "分值", "考评办法"]];
  const merges = ["A1:D1"];
  codes.forEach((code, k) => {
    const r = 3 + 2 * k;
    rows.push([`${code}\n第${k + 1}块\n(8分)`, "1、第一项内容。", 4, "材料审核"], [null, "2、第二项内容。", 4, "实地考察"]);
    merges.push(`A${r}:A${r + 1}`);
  });
  return { rows, merges };
}

describe("1. an item count in a head is a remark on the column", () => {
  test.each<[string, string]>([
    ["考评指标(7项)", "考评指标"],
    ["考评内容(24项)", "考评内容"],
    ["考评内容（共24项）", "考评内容"],
    ["考核指标(12个)", "考核指标"],
    ["考评办法(2条)", "考评办法"],
    ["考核项目（六大项）", "考核项目"],
    ["考核内容(二十四小项)", "考核内容"],
  ])("%s reads as %s", (head, word) => {
    expect(indicatorRole(word)).not.toBeNull();
    expect(indicatorRole(head)).toBe(indicatorRole(word));
  });

  test.each<[string]>([
    // (a count after a word that names no column: still none)
    ["村民素质(4项)"],
    // (a count that is no remark at the head's end: the text is not a head)
    ["考评指标(7项)说明"],
  ])("counter-shape: %s names no column", (head) => {
    expect(indicatorRole(head)).toBeNull();
  });

  // (the page's table, shortened: 五 (15分) over 5 + 3 + 4 = 12 — items may be on a block not served —, 七 (15分) over
  // 5 + 4 + 3 + 4 = 16, 二 (8分) over 4 + 4)
  const page = (heads: Row): Row[] => [
    ["2016年文明村考核标准", null, null, null],
    heads,
    ["五、\n创建活动\n丰富多彩\n(15分)", "1、积极创建文化村。", 5, "材料审核"],
    [null, "2、开展结对共建活动。", 3, "实地考察"],
    [null, "3、深入开展“讲文明、树新风”活动。", 4, "听取汇报"],
    ["七、\n村民素质\n全面提高\n(15分)", "1、村风、民风良好。", 5, "抽查村民"],
    [null, "2、文明家庭创评率达80%以上。", 4, "材料审核"],
    [null, "3、关心未成年人成长。", 3, "材料审核"],
    [null, "4、完善新居民管理机制。", 4, "实地考察"],
    ["二、\n村级经济\n发展显著\n(8分)", "1、村可支配收入位居前列。", 4, "材料审核"],
    [null, "2、农村人均收入位居前列。", 4, "材料审核"],
    ["注:1、文明村自评分均须达到90分以上,才能申报参加考评。", null, null, null],
  ];
  const MERGES = ["A1:D1", "A3:A5", "A6:A9", "A10:A11", "A12:D12"];

  test.each<[string, Row, number | null, string[]]>([
    ["heads with their counts, as published", ["考评指标\n(7项)", "考评内容(24项)", "分值", "考评办法"], 2, ["A6"]],
    ["the same heads without counts", ["考评指标", "考评内容", "分值", "考评办法"], 2, ["A6"]],
    // (counter-shape: heads naming no column, counts or not, read no header: nothing is checked)
    ["counter-shape: words that name no column, with counts", ["类目\n(7项)", "条目(24项)", "数目", "其他"], null, []],
  ])("%s", (_, heads, headerRow, errors) => {
    const r = review(Grid.fromValues("S", page(heads), MERGES), "national");
    expect(r.model.headerRow).toBe(headerRow);
    if (headerRow !== null) expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 5], [4, 3], [5, 4], [6, 5], [7, 4], [8, 3], [9, 4], [10, 4], [11, 4]]);
    const flagged = r.findings.filter((f) => f.rule === "weight-sum-mismatch" && f.severity === "error").map((f) => f.cell);
    expect(flagged).toEqual(errors);
  });
});

describe("2. group codes each written once, out of order: a note on the order, not a number to correct", () => {
  /** A standard's table: one group a block (its code and name in A, merged down over two items, 4 + 4 = its 8分). */
  const table = (codes: string[]): Grid => {
    const { rows, merges } = blockRows(codes);
    return Grid.fromValues("S", rows, merges);
  };
  const codeFindings = (g: Grid) =>
    review(g, "national")
      .findings.filter((f) => f.rule === "code-sequence")
      .map((f) => `${f.severity} ${f.cell} ${f.messageId}`);

  // groups at rows 3, 5, 7, 9 (A3, A5, A7, A9)
  test.each<[string, string[], string[]]>([
    ["in order: 一、二、三、四、", ["一、", "二、", "三、", "四、"], []],
    // the page's shape: 二、 steps back from 七、 and 三、 counts on from it, each number once (一、 四、 六、 not served)
    ["blocks out of order, some not served: 五、七、二、三、", ["五、", "七、", "二、", "三、"], ["info A7 blocksOutOfOrder"]],
    ["blocks out of order, each once: 四、五、二、三、", ["四、", "五、", "二、", "三、"], ["info A7 blocksOutOfOrder"]],
    // (the step back landing on 一、: numbering starting again — a second table, a new part — read so, as before: nothing)
    ["the step back to 一、: 三、四、一、二、 numbers a new part from one", ["三、", "四、", "一、", "二、"], []],
    // counter-shapes: a number written wrong
    ["counter-shape: a skip with no step back: 一、二、四、五、", ["一、", "二、", "四、", "五、"], ["error A7 number"]],
    ["counter-shape: a number repeated: 一、二、二、四、", ["一、", "二、", "二、", "四、"], ["error A7 numberRepeated"]],
    ["counter-shape: out of order with a number repeated: 五、七、二、二、", ["五、", "七、", "二、", "二、"], ["error A5 number", "error A7 number", "error A9 numberRepeated"]],
    // (two labels swapped: 二、 steps back, and 四、 after it does not count on from it — blocks of one label each are two
    // numbers written wrong as much as blocks moved; checkRun's reading as before: 三、→二、, 二、→四、, 四、→三、)
    ["counter-shape: two labels swapped, the step back not counted on from: 一、三、二、四、", ["一、", "三、", "二、", "四、"], ["error A5 number", "error A7 number", "error A9 number"]],
    ["counter-shape: the step back on the last label, nothing counting on from it: 一、二、五、三、", ["一、", "二、", "五、", "三、"], ["error A7 number", "error A9 number"]],
  ])("%s", (_, codes, want) => {
    expect(codeFindings(table(codes))).toEqual(want);
  });

  /** One group's items numbered in column B (1、 2、 …), each worth 2. */
  const items = (numbers: number[]): Grid => {
    const rows: Row[] = [["考核评分细则", null, null, null], ["考评指标", "考评内容", "分值", "考评办法"]];
    numbers.forEach((n, k) => rows.push([k === 0 ? `一、组织建设(${2 * numbers.length}分)` : null, `${n}、第${k + 1}项内容。`, 2, "材料审核"]));
    return Grid.fromValues("S", rows, ["A1:D1", `A3:A${2 + numbers.length}`]);
  };
  // items at rows 3 …: the k-th (from 0) at B(3 + k)
  test.each<[string, number[], string[]]>([
    ["items in order: 1、2、3、4、5、", [1, 2, 3, 4, 5], []],
    ["items in two blocks swapped: 4、5、2、3、", [4, 5, 2, 3], ["info B5 blocksOutOfOrder"]],
    // counter-shape: one label off between right ones (7、 where 3、 belongs; 4、 counts on from 2、): a slip
    ["counter-shape: one label off: 1、2、7、4、5、", [1, 2, 7, 4, 5], ["error B5 number"]],
  ])("%s", (_, numbers, want) => {
    expect(codeFindings(items(numbers))).toEqual(want);
  });
});

describe("2b. items numbered across groups (1、2、3、 under one, 4、5、 under the next), their blocks out of order", () => {
  const NAMES = ["组织领导", "制度建设", "工作成效"];
  /** Groups named (no code), merged down over their items, each item worth 2; the items numbered across the groups. */
  const table = (blocks: number[][]): Grid => {
    const rows: Row[] = [["考核评分细则", null, null, null], ["考核项目", "考核内容", "分值", "考核办法"]];
    const merges = ["A1:D1"];
    blocks.forEach((b, k) => {
      const r = rows.length + 1;
      b.forEach((n, j) => rows.push([j === 0 ? `${NAMES[k]}(${2 * b.length}分)` : null, `${n}、第${n}项内容。`, 2, "材料审核"]));
      merges.push(`A${r}:A${r + b.length - 1}`);
    });
    rows.push(["注:自评分均须达到90分以上。", null, null, null]);
    return Grid.fromValues("S", rows, merges);
  };
  const codeFindings = (g: Grid) =>
    review(g, "national")
      .findings.filter((f) => f.rule === "code-sequence")
      .map((f) => `${f.severity} ${f.cell} ${f.messageId}`);

  // items at B3 …: 3 + 2 + 2 lines, the second group's first at B6, the third's at B8
  test.each<[string, number[][], string[]]>([
    ["in order: 1、2、3、 | 4、5、 | 6、7、", [[1, 2, 3], [4, 5], [6, 7]], []],
    ["blocks out of order: 1、2、3、 | 6、7、 | 4、5、 (4、 steps back at B8, 5、 counts on)", [[1, 2, 3], [6, 7], [4, 5]], ["info B8 blocksOutOfOrder"]],
    // counter-shape: a skip with no step back (5、 where 4、 belongs)
    ["counter-shape: 1、2、3、 | 5、6、 | 7、8、", [[1, 2, 3], [5, 6], [7, 8]], ["error B6 number"]],
  ])("%s", (_, blocks, want) => {
    expect(codeFindings(table(blocks))).toEqual(want);
  });
});

describe("3. groups numbered as blocks out of order: a group short of its points may have its rest on a block not shown", () => {
  /** Groups of two items worth 4 + 4, each stating its points, the table closed by its note (no cut). */
  const table = (groups: [string, number][]): Grid => {
    const rows: Row[] = [["文明村评分标准", null, null, null], ["考评指标", "考评内容", "分值", "考评办法"]];
    const merges = ["A1:D1"];
    groups.forEach(([code, points], k) => {
      const r = 3 + 2 * k;
      rows.push([`${code}\n第${k + 1}块\n(${points}分)`, "1、第一项内容。", 4, "材料审核"], [null, "2、第二项内容。", 4, "实地考察"]);
      merges.push(`A${r}:A${r + 1}`);
    });
    rows.push(["注:文明村自评分均须达到90分以上。", null, null, null]);
    merges.push(`A${rows.length}:D${rows.length}`);
    return Grid.fromValues("S", rows, merges);
  };
  const weightSums = (g: Grid) =>
    review(g, "national")
      .findings.filter((f) => f.rule === "weight-sum-mismatch")
      .map((f) => `${f.severity} ${f.cell}`);

  // groups at A3, A5, A7, A9; each holds 4 + 4 = 8
  test.each<[string, [string, number][], string[]]>([
    ["blocks out of order, 三、 (16分) over 8: short, its rest may be on a block not shown", [["五、", 8], ["七、", 8], ["二、", 8], ["三、", 16]], ["info A9"]],
    ["blocks out of order, 七、 (6分) over 8: already more than its points, an error", [["五、", 8], ["七、", 6], ["二、", 8], ["三、", 8]], ["error A5"]],
    // counter-shapes: groups numbered in order, or with a number written wrong — the table's own order, a shortfall a slip
    ["counter-shape: in order, 三、 (16分) over 8", [["一、", 8], ["二、", 8], ["三、", 16], ["四、", 8]], ["error A7"]],
    ["counter-shape: a number repeated (五、七、二、二、), the last (16分) over 8", [["五、", 8], ["七、", 8], ["二、", 8], ["二、", 16]], ["error A9"]],
  ])("%s", (_, groups, want) => {
    expect(weightSums(table(groups))).toEqual(want);
  });
});

describe("3b. the table's stated total over groups numbered as blocks out of order", () => {
  /** Groups (8分) of 4 + 4, then a 合计 line stating the total, then the note. */
  const table = (codes: string[], total: number): Grid => {
    const { rows, merges } = blockRows(codes);
    rows.push(["合计", null, total, null], ["注:文明村自评分均须达到90分以上。", null, null, null]);
    return Grid.fromValues("S", rows, merges);
  };
  const weightSums = (g: Grid) =>
    review(g, "national")
      .findings.filter((f) => f.rule === "weight-sum-mismatch")
      .map((f) => `${f.severity} ${f.cell}`);

  // (the table opens on 一、: not a table cut above; the 合计 at C11 against 8 + 8 + 8 + 8 = 32)
  test.each<[string, string[], number, string[]]>([
    ["一、四、二、三、, 合计 40 over 32: short, blocks not shown may hold the rest", ["一、", "四、", "二、", "三、"], 40, ["info C11"]],
    ["一、四、二、三、, 合计 30 over 32: more than the total, an error", ["一、", "四、", "二、", "三、"], 30, ["error C11"]],
    ["counter-shape: 一、二、三、四、 in order, 合计 40 over 32", ["一、", "二、", "三、", "四、"], 40, ["error C11"]],
    ["counter-shape: 一、二、四、五、 (a skip, no step back), 合计 40 over 32", ["一、", "二、", "四、", "五、"], 40, ["error C11"]],
  ])("%s", (_, codes, total, want) => {
    expect(weightSums(table(codes, total))).toEqual(want);
  });
});

