import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { traditional } from "./metamorphic";

/**
 * Rule sheets with two label levels (batch 32 §2 and §3, eng23a): a group label printed again at a page break, a level
 * under a merged heading, '…标准' columns on both sides of the points, letter level codes, points after a coded name.
 */

type Rows = (string | number | null)[][];
const grid = (rows: Rows, merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
/** The vertical merges undone (the label on its first row only). */
const unmergedDown = (merges: string[]) => merges.filter((m) => m.replace(/[A-Z]+/g, "").split(":").every((r, _, a) => r === a[0]));
const errors = (g: Grid, rule?: string) => review(g, "national").findings.filter((f) => f.severity === "error" && (!rule || f.rule === rule));
const cells = (g: Grid, rule: string) => errors(g, rule).map((f) => f.cell).sort();

describe("a group label printed again over a later item (a page-break repeat) continues its group", () => {
  // 一、…(24分) over items 1–3 (12 points), printed again over item 4 (3 points): the group is cut after item 4
  const rows = (again: string): Rows => [
    ["考核项目", "考核内容", "分值", "评分标准"],
    ["一、组织领导(24分)", "建立领导小组", 4, "缺项不得分"],
    ["", "制定实施方案", 4, "缺项不得分"],
    ["", "召开联席会议", 4, "缺一次扣1分"],
    [again, "制定应急预案", 3, "缺项不得分"],
  ];
  const shapes: [string, (again: string) => Grid][] = [
    ["both merged", (a) => grid(rows(a), ["A2:A4"])],
    ["both merged, the repeat over two lines", (a) => grid([...rows(a), ["", "公开值班电话", 1, "缺项不得分"]], ["A2:A4", "A5:A6"])],
    ["the first merged, the repeat on its line", (a) => grid(rows(a), ["A2:A4"])],
    ["unmerged", (a) => grid(rows(a))],
    ["in traditional characters", (a) => traditional(grid([...rows(a), ["", "公开值班电话", 1, "缺项不得分"]], ["A2:A4", "A5:A6"]))],
  ];
  test.each(shapes)("%s: no weight-sum-mismatch at A2, one group", (_, make) => {
    const g = make("一、组织领导(24分)");
    const r = review(g, "national");
    expect(cells(g, "weight-sum-mismatch")).toEqual([]);
    expect(r.model.groups.filter((x) => x.level === 1)).toHaveLength(1);
  });
  test("the visible items above the stated points are still an error (the continued group adds them all)", () => {
    const g = grid([...rows("一、组织领导(14分)").map((x, k) => (k === 1 ? ["一、组织领导(14分)", ...x.slice(1)] : x)), ["", "公开值班电话", 1, "缺项不得分"]], ["A2:A4", "A5:A6"]);
    expect(cells(g, "weight-sum-mismatch")).toEqual(["A2"]);
  });
  test("a blank label merged over later items continues the group above (it prints no new group)", () => {
    const r = rows("");
    r[1][0] = "一、组织领导(14分)";
    const g = grid([...r, ["", "公开值班电话", 1, "缺项不得分"]], ["A2:A4", "A5:A6"]);
    expect(cells(g, "weight-sum-mismatch")).toEqual(["A2"]); // 4 + 4 + 4 + 3 + 1 = 16 against 14
  });
  test("counter-shape: the same name with other points opens a new group", () => {
    const g = grid([...rows("一、组织领导(30分)"), ["", "公开值班电话", 1, "缺项不得分"]], ["A2:A4", "A5:A6"]);
    const r = review(g, "national");
    expect(r.model.groups.filter((x) => x.level === 1).map((x) => x.cell)).toEqual(["A2", "A5"]);
  });
  test("counter-shape: two groups of one name and points with another group between are two groups", () => {
    const g = grid(
      [
        ["考核项目", "考核内容", "分值", "评分标准"],
        ["一、组织领导(8分)", "建立领导小组", 4, "缺项不得分"],
        ["", "制定实施方案", 4, "缺项不得分"],
        ["二、资金保障(8分)", "纳入财政预算", 4, "缺项不得分"],
        ["", "专项资金", 4, "缺项不得分"],
        ["一、组织领导(8分)", "召开联席会议", 4, "缺一次扣1分"],
        ["", "制定应急预案", 4, "缺项不得分"],
      ],
      ["A2:A3", "A4:A5", "A6:A7"],
    );
    expect(review(g, "national").model.groups.filter((x) => x.level === 1)).toHaveLength(3);
  });
  test("counter-shape: a label that is only its points ('(8分)') repeated opens a new group", () => {
    const g = grid(
      [
        ["考核项目", "考核内容", "分值", "评分标准"],
        ["(8分)", "建立领导小组", 4, "缺项不得分"],
        ["", "制定实施方案", 4, "缺项不得分"],
        ["(8分)", "召开联席会议", 4, "缺一次扣1分"],
        ["", "制定应急预案", 4, "缺项不得分"],
      ],
      ["A2:A3", "A4:A5"],
    );
    expect(review(g, "national").model.groups.filter((x) => x.level === 1)).toHaveLength(2);
    expect(cells(g, "weight-sum-mismatch")).toEqual([]);
  });
});

describe("a level heading merged over two columns whose second holds numbered items with points: two levels", () => {
  // 考评项目 over A:B | 考评内容 (clauses with their points) | 考评方法 | 自评得分
  const rows = (b4 = "2.保障财政投入(4分)", a2 = "一、组织领导(9分)"): Rows => [
    ["考评项目", "", "考评内容", "考评方法", "自评得分"],
    [a2, "1.加强组织领导(5分)", "(1)成立领导小组。(2分)", "查看文件,缺项不得分。", ""],
    ["", "", "(2)政府下发文件。(3分)", "查看文件,缺项不得分。", ""],
    ["", b4, "(1)纳入财政预算。(2分)", "缺一项扣0.5分。", ""],
    ["", "", "(2)安排专项资金。(1分)", "没有不得分。", ""],
    ["", "", "(3)加强装备建设。(1分)", "缺一项扣0.5分。", ""],
  ];
  const merges = ["A1:B1", "A2:A6", "B2:B3", "B4:B6"];
  const shapes: [string, (b4?: string, a2?: string) => Grid][] = [
    ["merged", (b, a) => grid(rows(b, a), merges)],
    ["the labels unmerged down", (b, a) => grid(rows(b, a), unmergedDown(merges))],
    ["the heading not merged across (B1 blank)", (b, a) => grid(rows(b, a), merges.slice(1))],
    ["in traditional characters", (b, a) => traditional(grid(rows(b, a), merges))],
  ];
  test.each(shapes)("%s: A, B and C are the three levels, the clauses the indicators; no error as printed", (_, make) => {
    const r = review(make(), "national");
    expect(r.model.columns).toMatchObject({ level1: 1, level2: 2, level3: 3 });
    expect(r.model.indicators.map((i) => i.weight)).toEqual([2, 3, 2, 1, 1]);
    expect(errors(make())).toEqual([]);
  });
  test.each(shapes)("%s: an item's points against its clauses' (B4 (3分), clauses 2 + 1 + 1 = 4, the group 8): weight-sum-mismatch at B4", (_, make) => {
    expect(cells(make("2.保障财政投入(3分)", "一、组织领导(8分)"), "weight-sum-mismatch")).toEqual(["B4"]);
  });
  test.each(shapes)("%s: a group's points below its items' (A2 (8分), 5 + 4 = 9): weight-sum-mismatch at A2", (_, make) => {
    expect(cells(make(undefined, "一、组织领导(8分)"), "weight-sum-mismatch")).toEqual(["A2"]);
  });
  test("counter-shape: the second column's labels without points (names only) are no level", () => {
    const r = rows("2.保障财政投入");
    r[1][1] = "1.加强组织领导";
    expect(review(grid(r, merges), "national").model.columns.level2).toBe(3);
  });
  test("counter-shape: no lower level right of the merged heading (考评项目 over A:B | 分值 | 评分标准): left as it was", () => {
    const g = grid(
      [
        ["考评项目", "", "分值", "评分标准"],
        ["一、组织领导(9分)", "1.加强组织领导(5分)", 5, "缺项不得分"],
        ["", "2.保障财政投入(4分)", 4, "缺项不得分"],
      ],
      ["A1:B1", "A2:A3"],
    );
    expect(review(g, "national").model.columns.level3).toBeUndefined();
  });
});

describe("'…标准' before the points and '…标准' after them: the first holds the items (济南 幼儿园)", () => {
  const rows = (head: string, d2: number = 20, b2 = "B1房屋建筑50分", c3 = "C2活动用房配套,有活动室(4)寝室(4)盥洗室(4)"): Rows => [
    ["项目", "", head, "分值", "评分标准"],
    ["A1园舍设备280分", b2, "C1独立建筑,坚固安全(10)消防设施完备(5)有儿童特点(5)", d2, "存在安全隐患的,不参评"],
    ["", "", c3, 12, "少一室扣该室分值"],
    ["", "", "C3活动室通风好(8)采光好(10)", 18, "酌情扣分"],
  ];
  const merges = ["A1:B1", "A2:A4", "B2:B4"];
  const shapes: [string, (head: string, d2?: number, b2?: string, c3?: string) => Grid][] = [
    ["merged", (h, d, b, c) => grid(rows(h, d, b, c), merges)],
    ["the labels unmerged down", (h, d, b, c) => grid(rows(h, d, b, c), unmergedDown(merges))],
    ["in traditional characters", (h, d, b, c) => traditional(grid(rows(h, d, b, c), merges))],
  ];
  for (const head of ["评估标准", "考核标准"]) {
    test.each(shapes)(`${head}, %s: indicator-system, header 1, the three items, no error`, (_, make) => {
      const r = review(make(head), "national");
      expect(r.model.family).toBe("indicator-system");
      expect(r.model.headerRow).toBe(1);
      expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 20], [3, 12], [4, 18]]);
      expect(errors(make(head))).toEqual([]);
    });
  }
  test.each(shapes)("%s: 'B1房屋建筑50分' (points after the coded name, no brackets) is the group's weight: D2 → 21 gives weight-sum-mismatch at B2", (_, make) => {
    expect(cells(make("评估标准", 21), "weight-sum-mismatch")).toEqual(["B2"]);
  });
  test.each(shapes)("%s: the C codes count within their letter: C2 → C1 gives code-sequence at C3", (_, make) => {
    expect(cells(make("评估标准", 20, undefined, "C1活动用房配套,有活动室(4)寝室(4)盥洗室(4)"), "code-sequence")).toEqual(["C3"]);
  });
  test("counter-shape: a total's points in the label column ('合计50分') are no group weight", () => {
    expect(cells(grid(rows("评估标准", 21, "合计50分"), merges), "weight-sum-mismatch")).toEqual([]);
  });
  test("counter-shape: a scoring word before the points (评分标准 | 分值 | 评分细则) names no items", () => {
    expect(review(grid(rows("评分标准"), merges), "national").model.headerRow).toBeNull();
  });
  test("counter-shape: with an item column named (考核项目 | 考核标准 | 分值 | 评分细则), 考核标准 stays the rule text", () => {
    const g = grid([
      ["考核项目", "考核标准", "分值", "评分细则"],
      ["制度建设", "制度健全", 10, "缺一项扣2分"],
      ["队伍建设", "人员到位", 10, "缺一人扣2分"],
    ]);
    const r = review(g, "national");
    expect(r.model.columns.level3).toBe(1);
    expect(r.model.columns.rubric).toBe(2);
  });
});

describe("letter level codes (A1 > B1 > C1): numbered within their letter", () => {
  /** 一级 | 二级 | 三级 | 分值 | 评分标准, two A groups of two B groups of two C items, numbered on across parents or again from 1. */
  const build = (restart: boolean, change?: [string, string]) => {
    const rows: Rows = [["一级指标", "二级指标", "三级指标", "分值", "评分标准"]];
    const merges: string[] = [];
    let b = 0;
    let c = 0;
    let r = 2;
    for (let a = 1; a <= 2; a++) {
      const aStart = r;
      if (restart) b = 0;
      for (let k = 0; k < 2; k++) {
        b++;
        const bStart = r;
        if (restart) c = 0;
        for (let j = 0; j < 2; j++) {
          c++;
          rows.push([r === aStart ? `A${a}园所管理(20分)` : "", r === bStart ? `B${b}制度建设${b}(10分)` : "", `C${c}制度健全`, 5, "缺一项扣1分"]);
          r++;
        }
        merges.push(`B${bStart}:B${r - 1}`);
      }
      merges.push(`A${aStart}:A${r - 1}`);
    }
    if (change) {
      const col = change[0].charCodeAt(0) - 65;
      rows[Number(change[0].slice(1)) - 1][col] = change[1];
    }
    return grid(rows, merges);
  };
  test.each([
    ["numbered on across parents", false],
    ["numbered again under each parent", true],
  ])("%s: no code-sequence error (no 'A1 应为 A', no 'B1 应为 A11')", (_, restart) => {
    expect(cells(build(restart), "code-sequence")).toEqual([]);
  });
  test.each([
    ["a C code repeated (C5 → C3)", false, ["C6", "C3制度健全"], "C6"],
    ["an A code skipped (A2 → A3)", false, ["A6", "A3园所管理(20分)"], "A6"],
    ["a B code skipped under its parent (B2 → B3, numbered again under each A)", true, ["B4", "B3制度建设2(10分)"], "B4"],
  ] as [string, boolean, [string, string], string][])("%s: code-sequence at the changed label", (_, restart, change, cell) => {
    expect(cells(build(restart, change), "code-sequence")).toEqual([cell]);
  });
  test("counter-shape: nested codes (A1 over A11, A12) are still judged against their parent; 一级 A1, A2 count within A", () => {
    const g = grid(
      [
        ["一级指标", "二级指标", "分值", "评分标准"],
        ["A1决策(20分)", "A11立项依据", 10, "缺项不得分"],
        ["", "A11目标设定", 10, "缺项不得分"],
        ["A2过程(20分)", "A21资金管理", 10, "缺项不得分"],
        ["", "A22组织实施", 10, "缺项不得分"],
      ],
      ["A2:A3", "A4:A5"],
    );
    expect(cells(g, "code-sequence")).toEqual(["B3"]);
  });
  test("counter-shape: top-level letters (A, B, C) are still judged as letters", () => {
    const g = grid(
      [
        ["一级指标", "二级指标", "分值", "评分标准"],
        ["A决策(20分)", "A1立项依据", 10, "缺项不得分"],
        ["", "A2目标设定", 10, "缺项不得分"],
        ["C过程(20分)", "B1资金管理", 10, "缺项不得分"],
        ["", "B2组织实施", 10, "缺项不得分"],
      ],
      ["A2:A3", "A4:A5"],
    );
    expect(cells(g, "code-sequence")).toContain("A4");
  });
});
