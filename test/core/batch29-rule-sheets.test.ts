import { rangeA1 } from "../../src/core/grid/a1";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { review } from "../../src/core/review";
import { soleAward } from "../../src/core/text/labels";
import { moved, traditional } from "./metamorphic";

/**
 * The shapes behind batch 29's spent rule sheets (batch29-diagnosis.md, last section), generated in the layouts such
 * sheets come in: group cells merged down their lines, unmerged (written once, blank below) or filled down (written
 * again on each line), the table moved on the sheet, in traditional characters, with other numbers.
 *
 * 1. a group's points in brackets without 分 ("一、组织领导坚强有力(6)") are its weight;
 * 2. a rule that awards once and nothing else ("列入预算且有凭证的得1分") caps its item below a larger 分值;
 * 3. 序号 | 项目 | 分值 | 考核标准 | 单项分值 | 得分: items with their points over criteria with theirs;
 * 4. 类别 | 考核内容 | 得分 | 合计得分 with no 分值 column: the 得分 are the lines' points, 合计得分 each group's.
 */

type Layout = "merged" | "unmerged" | "filled";
const LAYOUTS: Layout[] = ["merged", "unmerged", "filled"];

/**
 * A table from its lines: `groupCols` are the columns (0-based) whose value stands for the group of lines it opens
 * (`spans` gives each group's first line and line count); they are merged down the group, left blank below its first
 * line, or written again on each line.
 */
function table(head: (string | null)[][], lines: (string | number | null)[][], spans: [number, number][], groupCols: number[], layout: Layout, extraMerges: string[] = []): Grid {
  const rows = lines.map((l) => [...l]);
  const merges = [...extraMerges];
  for (const [first, count] of spans) {
    for (const c of groupCols) {
      for (let k = first + 1; k < first + count; k++) rows[k][c] = layout === "filled" ? rows[first][c] : null;
      if (layout === "merged" && count > 1) {
        const r1 = head.length + first + 1;
        merges.push(rangeA1({ r1, c1: c + 1, r2: r1 + count - 1, c2: c + 1 }));
      }
    }
  }
  return Grid.fromValues("Sheet1", [...head, ...rows], merges);
}

const errorsAndWarnings = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);

// ———————————————————————————————————————————— 1 and 2: the 双拥 考评细则

/** 考评项目 | 序号 | 考评内容 | 分值 | 评分标准 | 得分: one group of five items with its points in brackets, the next one cut. */
function shuangyong(opts: { group: number; weights: number[]; rules?: string[]; layout: Layout; label?: (points: number) => string }): Grid {
  const label = opts.label ?? ((p: number) => `一、组织领导坚强有力(${p})`);
  const rules = opts.rules ?? ["每做到一项得0.5分。", "会议记录、议题落实的得0.5分,领导小组召开会议的得0.5分。", "成员单位职责明确的得0.25分,有工作计划和总结的得0.25分,进行工作述职的得0.5分。", "达到要求的得1分。", "列入预算且有凭证的得1分。"];
  const names = ["双拥工作纳入本地经济社会发展规划。", "党委议军会议、军地联席会议制度落实。", "领导小组成员单位职责明确,有年度工作计划和总结。", "设立专职双拥联络员;基层双拥组织机构健全。", "慰问部队、重点优抚对象等双拥活动经费列入财政预算。"];
  const lines: (string | number | null)[][] = opts.weights.map((w, k) => [label(opts.group), String(k + 1), names[k % names.length], String(w), rules[k % rules.length], null]);
  // the next group, cut inside its first item (no 分值, no rule)
  lines.push(["二、宣传教育广泛深入(5)", String(opts.weights.length + 1), "国防和双拥宣传教", null, null, null]);
  return table(
    [["双拥合格单位考评细则", null, null, null, null, null], ["考评项目", "序号", "考评内容", "分值", "评分标准", "得分"]],
    lines,
    [[0, opts.weights.length]],
    [0],
    opts.layout,
    ["A1:F1"],
  );
}

describe("1. a group's points written in brackets without 分 are its weight", () => {
  /** the two groups' points as read: the first group over `weights`, the second (cut) over nothing */
  const groupPoints = (label: (p: number) => string, weights = [2, 1, 1, 1, 1], second = "二、宣传教育广泛深入(5)") => {
    const g = shuangyong({ group: 6, weights, layout: "merged", label });
    const cells = [...Array(g.rowCount).keys()].map((r) => [...Array(g.colCount).keys()].map((c) => g.cell(r + 1, c + 1)?.v ?? null));
    cells[cells.length - 1][0] = second;
    return recognise(Grid.fromValues("Sheet1", cells, g.merges.map((m) => rangeA1(m)))).groups.map((x) => [x.cell, x.weight]);
  };
  test.each([
    ["一、组织领导坚强有力(6)", "二、宣传教育广泛深入(5)", [6, 5]],
    ["安全生产(6)", "应急管理(12.5)", [6, 12.5]],
    ["一、組織領導堅強有力(6)", "二、宣傳教育廣泛深入(5)", [6, 5]],
    // a year mark, a share of the parent, a numbering (1), (2): not points
    ["组织领导坚强有力(2011)", "二、宣传教育广泛深入(5)", [null, null]],
    ["1.组织领导(0.6)", "2.宣传教育(0.4)", [null, null]],
    ["组织领导(1)", "宣传教育(2)", [null, null]],
  ])("%s over 分值 2 | 1 | 1 | 1 | 1, then %s → %p", (first, second, points) => {
    expect(groupPoints(() => first, [2, 1, 1, 1, 1], second)).toEqual([["A3", points[0]], ["A8", points[1]]]);
  });

  describe.each(LAYOUTS)("group label %s", (layout) => {
    test.each([
      [6, [2, 1, 1, 1, 1]],
      [8, [2, 2, 1, 1, 2]],
      [10, [4, 3, 3]],
    ])("(%p) over %p: the sum holds, no finding", (group, weights) => {
      expect(errorsAndWarnings(shuangyong({ group, weights, layout, rules: ["达到要求的得1分。"].map(() => "每做到一项得0.5分。") }))).toEqual([]);
    });
    test.each([
      [6, [2, 1, 1, 1, 2], 7],
      [8, [2, 2, 1, 1, 1], 7],
      [10, [4, 4, 3], 11],
    ])("(%p) over %p = %p: weight-sum-mismatch at the group's label", (group, weights, sum) => {
      const g = shuangyong({ group, weights, layout, rules: ["每做到一项得0.5分。"] });
      const f = review(g, "national").findings.filter((x) => x.rule === "weight-sum-mismatch");
      expect(f.map((x) => [x.cell, x.severity])).toEqual([["A3", "error"]]);
      expect(f[0].message).toContain(`合计 ${sum}，与标注的 ${group} 分不符`);
      expect(f[0].related).toEqual(weights.map((_, k) => `D${k + 3}`));
    });
  });

  test("moved down 3 rows and right 2 columns, in traditional characters: the same finding, moved", () => {
    const m = moved(traditional(shuangyong({ group: 6, weights: [2, 1, 1, 1, 2], layout: "merged", rules: ["每做到一項得0.5分。"] })), 3, 2);
    expect(errorsAndWarnings(m.grid)).toEqual(["weight-sum-mismatch@C6"]);
  });

  test("an item raised above its group's points (2 → 9): still the group's points, 15 against 6", () => {
    const g = shuangyong({ group: 6, weights: [9, 1, 1, 1, 2], layout: "merged", rules: ["每做到一项得0.5分。"] });
    const f = review(g, "national").findings.filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => [x.cell, x.message.includes("合计 14，与标注的 6 分不符")])).toEqual([["A3", true]]);
  });

  test("a year mark in the group label is no weight: nothing to add up", () => {
    const g = shuangyong({ group: 6, weights: [2, 1, 1, 1, 2], layout: "merged", rules: ["每做到一项得0.5分。"], label: () => "一、组织领导坚强有力(2011)" });
    expect(errorsAndWarnings(g)).toEqual([]);
  });
});

describe("2. a rule that awards once and nothing else caps its item", () => {
  test.each([
    ["列入预算且有凭证的得1分。", 1],
    ["達到要求的得1分。", 1],
    ["达到要求的得1分,否则不得分。", 1],
    ["按要求建立台账计2分", 2],
    // per occurrence or per item, deductions, bonuses, caps, bands, several awards, a numbered first clause: none
    ["每做到一项得0.5分。", null],
    ["以实地考评为准,一项可得2分。", null],
    ["达到要求的得2分,未达到的扣1分。", null],
    ["达到要求的得1分,创新做法加1分。", null],
    ["完成得1分,最高不超过2分。", null],
    // (a threshold's one award is still all the item can earn)
    ["完成90%以上得1分。", 1],
    ["会议记录的得0.5分,召开会议的得0.5分。", null],
    ["1、项目立项符合规定,得1分;", null],
    ["达到要求的得1分,", null],
  ])("%s → %p", (text, award) => {
    expect(soleAward(text)).toBe(award);
  });

  describe.each(LAYOUTS)("group label %s", (layout) => {
    test.each([
      [2, 1],
      [3, 1],
      [5, 2],
    ])("分值 %p under a rule awarding %p once: a warning at the rule's cell", (weight, award) => {
      const weights = [2, 1, 1, 1, weight];
      const g = shuangyong({ group: 5 + weight, weights, layout, rules: ["每做到一项得0.5分。", "会议记录、议题落实的得0.5分,领导小组召开会议的得0.5分。", "成员单位职责明确的得0.25分,有工作计划和总结的得0.25分,进行工作述职的得0.5分。", "达到要求的得1分。", `列入预算且有凭证的得${award}分。`] });
      const f = review(g, "national").findings.filter((x) => x.rule === "rubric-points-mismatch");
      expect(f.map((x) => [x.cell, x.severity, x.related])).toEqual([["E7", "warning", ["D7", "C7"]]]);
      expect(f[0].message).toContain(`得 ${award} 分），达不到指标分值 ${weight} 分`);
    });
    test("the award equal to the 分值, or per item: nothing", () => {
      const g = shuangyong({ group: 6, weights: [2, 1, 1, 1, 1], layout });
      expect(review(g, "national").findings.filter((x) => x.rule === "rubric-points-mismatch")).toEqual([]);
    });
  });

  test("the publisher's slip both ways (item 5 at 2, its rule at 1, the group at 6): two findings", () => {
    expect(errorsAndWarnings(shuangyong({ group: 6, weights: [2, 1, 1, 1, 2], layout: "merged" }))).toEqual(["weight-sum-mismatch@A3", "rubric-points-mismatch@E7"]);
  });
});

// ———————————————————————————————————————————— 3. items with their points over criteria with theirs

/** 序号 | 项目 | 分值 | 考核标准 | 单项分值 | 得分: each item merged (or not) over its criteria. */
function grouped(items: { name: string; points: number; criteria: number[] }[], layout: Layout, head = ["序号", "项目", "分值", "考核标准", "单项分值", "得分"]): Grid {
  const lines: (string | number | null)[][] = [];
  const spans: [number, number][] = [];
  items.forEach((it, k) => {
    spans.push([lines.length, it.criteria.length]);
    it.criteria.forEach((p, j) => lines.push([String(k + 1), it.name, String(it.points), `${j + 1}.按要求完成${it.name}第${j + 1}项任务。\n未完成的,每次扣1分,扣完为止。`, String(p), null]));
  });
  return table([["水利工作考核指标体系及评分细则", null, null, null, null, null], head], lines, spans, [0, 1, 2], layout, ["A1:F1"]);
}

const WATER = [
  { name: "水旱灾害防御工作", points: 20, criteria: [4, 4, 4, 4, 4] },
  { name: "农村饮用水工作", points: 20, criteria: [10, 10] },
  { name: "水利项目建设及政策处理工作", points: 30, criteria: [10, 12, 8] },
];

describe("3. items with their points over criteria with theirs (序号 | 项目 | 分值 | 考核标准 | 单项分值 | 得分)", () => {
  describe.each(LAYOUTS)("items %s", (layout) => {
    test("an indicator system: each criterion a line with its 单项分值, no finding (criteria numbered afresh under each item)", () => {
      const g = grouped(WATER, layout);
      const r = review(g, "national");
      expect(r.model.family).toBe("indicator-system");
      expect(r.model.headerRow).toBe(2);
      expect(r.model.indicators.map((i) => [i.row, i.weight, i.weightCell])).toEqual(
        [4, 4, 4, 4, 4, 10, 10, 10, 12, 8].map((w, k) => [k + 3, w, `E${k + 3}`]),
      );
      expect(r.model.indicators.map((i) => i.scoreCell)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((r) => `F${r}`));
      expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    });
    test("a criterion's points raised (4 → 6): weight-sum-mismatch at the item's points, 22 against 20", () => {
      const items = WATER.map((it, k) => (k === 0 ? { ...it, criteria: [4, 6, 4, 4, 4] } : it));
      const f = review(grouped(items, layout), "national").findings.filter((x) => x.severity !== "info");
      expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(["weight-sum-mismatch@C3"]);
      expect(f[0].message).toContain("合计 22，与标注的 20 分不符");
    });
    test("other numbers: 15 over 5 + 5 + 5 and 25 over 12 + 13, and a slip in the second (12 + 14)", () => {
      const ok = [
        { name: "河湖长制工作", points: 15, criteria: [5, 5, 5] },
        { name: "水土保持工作", points: 25, criteria: [12, 13] },
      ];
      expect(errorsAndWarnings(grouped(ok, layout))).toEqual([]);
      const slip = [ok[0], { ...ok[1], criteria: [12, 14] }];
      expect(errorsAndWarnings(grouped(slip, layout))).toEqual(["weight-sum-mismatch@C6"]);
    });
  });

  test("moved and in traditional characters: the same lines, moved", () => {
    const m = moved(traditional(grouped(WATER, "merged")), 2, 1);
    const r = review(m.grid, "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => i.weightCell)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map((r) => `F${r}`));
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("the header repeated at a page break between two items: the same lines and sums", () => {
    const g = grouped(WATER, "merged");
    // (rows 1–2 title and header, item 1 on rows 3–7: the header again at row 8, items 2 and 3 one row down)
    const cells = [...Array(g.rowCount).keys()].map((r) => [...Array(g.colCount).keys()].map((c) => g.cell(r + 1, c + 1)?.v ?? null));
    cells.splice(7, 0, cells[1].slice());
    const merges = ["A1:F1", ...["A", "B", "C"].flatMap((c) => [`${c}3:${c}7`, `${c}9:${c}10`, `${c}11:${c}13`])];
    const r = review(Grid.fromValues("Sheet1", cells, merges), "national");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.indicators.map((i) => i.weightCell)).toEqual([3, 4, 5, 6, 7, 9, 10, 11, 12, 13].map((row) => `E${row}`));
    expect(r.model.relations.filter((x) => x.kind === "rollup").map((x) => x.kind === "rollup" && x.total.cell)).toEqual(["C3", "C9", "C11"]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("one criterion per item (nothing spans): not this layout", () => {
    const g = grouped(WATER.map((it) => ({ ...it, criteria: [it.points] })), "merged");
    expect(recognise(g).columns.level1Weight).toBeUndefined();
  });
});

// ———————————————————————————————————————————— 4. a points table: 得分 | 合计得分 with no 分值 column

/** 类别 | 考核内容 | 得分 | 合计得分: each group's total merged (or not) over its lines. */
function pointsTable(groups: { name: string; lines: number[]; total: number }[], layout: Layout, totalHead = "合计得分"): Grid {
  const lines: (string | number | null)[][] = [];
  const spans: [number, number][] = [];
  groups.forEach((g) => {
    spans.push([lines.length, g.lines.length]);
    g.lines.forEach((p, j) => lines.push([g.name, `${g.name}考核内容第${j + 1}项(会议记录或文件)`, `${p}分`, `${g.total}分`]));
  });
  return table([["类别", "考核内容", "得分", totalHead]], lines, spans, [0, 3], layout);
}

const OPENNESS = [
  { name: "组织保障", lines: [2, 2, 2], total: 6 },
  { name: "主要载体建设", lines: [6, 3, 6], total: 15 },
  { name: "政府信息公开", lines: [25, 2, 5, 5, 2], total: 39 },
];

describe("4. 得分 | 合计得分 with no 分值 column: the lines' points and each group's", () => {
  describe.each(LAYOUTS)("totals %s", (layout) => {
    test("the 得分 are the weights, nothing is scored, no finding", () => {
      const r = review(pointsTable(OPENNESS, layout), "national");
      expect(r.model.family).toBe("indicator-system");
      expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual(
        [2, 2, 2, 6, 3, 6, 25, 2, 5, 5, 2].map((w, k) => [k + 2, w, null]),
      );
      expect(r.model.weightBlocks.map((b) => [b.cell, b.weight, b.firstRow, b.lastRow])).toEqual([
        ["D2", 6, 2, 4],
        ["D5", 15, 5, 7],
        ["D8", 39, 8, 12],
      ]);
      expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    });
    test("a line's points raised (3 → 4): weight-sum-mismatch at its group's total, 16 against 15", () => {
      const groups = OPENNESS.map((g, k) => (k === 1 ? { ...g, lines: [6, 4, 6] } : g));
      const f = review(pointsTable(groups, layout), "national").findings.filter((x) => x.severity !== "info");
      expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(["weight-sum-mismatch@D5"]);
      expect(f[0].message).toContain("合计 16，与标注的 15 分不符");
    });
  });

  test("得分合计 / 合計得分 (traditional), moved: the same", () => {
    for (const g of [pointsTable(OPENNESS, "merged", "得分合计"), traditional(pointsTable(OPENNESS, "merged"))]) {
      const m = moved(g, 3, 2);
      const r = review(m.grid, "national");
      expect(r.model.family).toBe("indicator-system");
      expect(r.model.indicators.map((i) => [i.weightCell, i.claimedScore])).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((row) => [`E${row}`, null]));
      expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    }
  });

  test("totals below their lines' sums in two groups (the groups' own scores): still read as scores", () => {
    const scored = OPENNESS.map((g, k) => (k < 2 ? { ...g, total: g.total - 1 } : g));
    const h = recognise(pointsTable(scored, "merged"));
    expect(h.columns.score).toBe(4);
    expect(h.weightBlocks).toEqual([]);
  });

  test("a plain 得分 header over the group column (no total's word): not a points table", () => {
    const h = recognise(pointsTable(OPENNESS, "merged", "得分"));
    expect(h.weightBlocks).toEqual([]);
  });
});
