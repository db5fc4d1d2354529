import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { ruleBody } from "../../src/core/recognise/rule-points";

/**
 * A rule sheet with no 分值 column: each item's points open its rule ("满分10分，…" / "(10分)…" / "10分。…"), the groups
 * as label lines across the table stating their points ("(一)组织领导（30分）"). The label lines are weight blocks of the
 * items under them (their rules' points adding up to the label's), the rule's opening points are the frame its awards
 * make up (no award of their own), and 项目 | 考核标准 with no points column is a rule sheet where the rules open with
 * their points. Counter-shapes: label lines whose points do not agree with their items' (two groups or more off, or
 * none agreeing) are no blocks; rules that open with no points make no rule sheet of 项目 | 考核标准.
 */

type Row = (string | number | null)[];
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning");

/** 序号 | 考评内容 | 评分细则 | 得分, three groups as label lines merged across A:D. */
function sheet(opts: { g1?: string; g2?: string; g3?: string; rule2?: string; nameHead?: string; ruleHead?: string; rules?: (p: number, a: number, b: number) => string } = {}): Grid {
  const rule = opts.rules ?? ((p: number, a: number, b: number) => `满分${p}分，建立工作台账的得${a}分；按时报送材料的得${b}分。`);
  const rows: Row[] = [
    ["2024年度安全生产工作考核评分表"],
    ["序号", opts.nameHead ?? "考评内容", opts.ruleHead ?? "评分细则", "得分"],
    [opts.g1 ?? "(一)组织领导（30分）"],
    [1, "成立领导小组", rule(10, 4, 6), null],
    [2, "召开专题会议", opts.rule2 ?? rule(20, 8, 12), null],
    [opts.g2 ?? "(二)制度建设（25分）"],
    [3, "建立工作台账", rule(15, 5, 10), null],
    [4, "落实值班制度", rule(10, 3, 7), null],
    [opts.g3 ?? "(三)工作落实（45分）"],
    [5, "按时报送信息", rule(25, 10, 15), null],
    [6, "问题整改到位", rule(20, 9, 11), null],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:D1", "A3:D3", "A6:D6", "A9:D9"]);
}

test("a rule's opening points are its frame: the rest of the rule is what it awards", () => {
  expect(ruleBody("满分13分，制定方案的得5分；建立台账的得8分。")).toBe("制定方案的得5分;建立台账的得8分。");
  expect(ruleBody("(5分)查阅资料，实地查看。")).toBe("查阅资料,实地查看。");
  expect(ruleBody("12分。制定方案的得2分；建立台账的得10分。")).toBe("制定方案的得2分;建立台账的得10分。");
  // (no opening points: nothing to leave out)
  expect(ruleBody("制定方案的得5分；建立台账的得8分。")).toBeNull();
});

test("label lines across the table over items whose rules open with their points: weight blocks, the sheet clean", () => {
  const r = review(sheet(), "national");
  expect(r.model.family).toBe("indicator-system");
  expect(r.model.indicators.map((i) => i.weight)).toEqual([10, 20, 15, 10, 25, 20]);
  expect(r.model.weightBlocks.map((b) => [b.cell, b.weight, b.firstRow, b.lastRow])).toEqual(
    expect.arrayContaining([
      ["A3", 30, 4, 5],
      ["A6", 25, 7, 8],
      ["A9", 45, 10, 11],
    ]),
  );
  expect(flags(sheet())).toEqual([]);
  // (the opening points are no award: no hint on a consistent rule)
  expect(r.findings.filter((f) => f.rule === "rubric-points-mismatch")).toEqual([]);
});

test("a group's points lowered in its label line: reported at the label", () => {
  const fs = flags(sheet({ g1: "(一)组织领导（27分）" }));
  expect(fs.map((f) => f.cell)).toContain("A3");
});

test("an item's points raised at its rule's head: its group's sum no longer holds", () => {
  expect(flags(sheet({ rule2: "满分23分，建立工作台账的得8分；按时报送材料的得12分。" })).length).toBeGreaterThan(0);
});

test("an award raised in a rule opening with its points: a hint at the rule", () => {
  const fs = review(sheet({ rule2: "满分20分，建立工作台账的得8分；按时报送材料的得13分。" }), "national").findings;
  expect(fs.some((f) => f.rule === "rubric-points-mismatch" && f.cell === "C5")).toBe(true);
});

test("the points bracketed or bare at the rule's opening read the same", () => {
  expect(flags(sheet({ rules: (p, a, b) => `(${p}分)建立工作台账的得${a}分；按时报送材料的得${b}分。` }))).toEqual([]);
  expect(flags(sheet({ rules: (p, a, b) => `${p}分。建立工作台账的得${a}分；按时报送材料的得${b}分。` }))).toEqual([]);
  expect(flags(sheet({ rules: (p, a, b) => `${p}分。建立工作台账的得${a}分；按时报送材料的得${b}分。`, g2: "(二)制度建设（22分）" })).map((f) => f.cell)).toContain("A6");
});

test("counter-shape: label lines two of whose sums are off are no blocks (their points are not the groups' of these items)", () => {
  const g = sheet({ g1: "(一)组织领导（40分）", g2: "(二)制度建设（35分）" });
  // (a block over the items under a line: none; the lines' own groups, of no items, are checked against nothing)
  expect(review(g, "national").model.weightBlocks.filter((b) => ["A3", "A6", "A9"].includes(b.cell) && b.firstRow > Number(b.cell.slice(1)))).toEqual([]);
  expect(flags(g).filter((f) => ["A3", "A6", "A9"].includes(f.cell))).toEqual([]);
});

test("项目 | 考核标准 | 得分 with no points column: a rule sheet where the rules open with the items' points", () => {
  const g = sheet({ nameHead: "项目", ruleHead: "考核标准", rules: (p, a, b) => `(${p}分)建立工作台账的得${a}分；按时报送材料的得${b}分。` });
  const r = review(g, "national");
  expect(r.model.family).toBe("indicator-system");
  expect(r.model.columns).toMatchObject({ level3: 2, rubric: 3, score: 4 });
  expect(flags(g)).toEqual([]);
  expect(flags(sheet({ nameHead: "项目", ruleHead: "考核标准", g3: "(三)工作落实（40分）", rules: (p, a, b) => `(${p}分)建立工作台账的得${a}分；按时报送材料的得${b}分。` })).map((f) => f.cell)).toContain("A9");
});

test("counter-shape: 项目 | 考核标准 whose standards state no points opening them is not read as a rule sheet by them", () => {
  const g = sheet({ nameHead: "项目", ruleHead: "考核标准", rules: () => "按要求成立领导小组，明确分管领导。" });
  const r = review(g, "national");
  expect(r.model.indicators.every((i) => i.weight === null)).toBe(true);
  expect(flags(g)).toEqual([]);
});
