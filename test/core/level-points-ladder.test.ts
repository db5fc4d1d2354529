import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Four levels, each with its points beside it (一级指标 | 标准分 | 二级指标 | 标准分 | 三级指标 | 标准分 | 考核内容 | 标准分 |
 * 评分办法 | 得分): the fourth name column (考核内容, a level word read as a level named again) holds the leaves — more
 * lines start in it than in the 三级 column — so they are the items, with their own points column; the 三级 column is
 * their groups', its points merged down each group a weight block over the leaves. Counter-shape: a fourth column with
 * one line per 三级 label (no finer level) is left as the header read it.
 */
type Row = (string | number | null)[];
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning");

function deep(opts: { g3a?: number; rule?: string; oneEach?: boolean } = {}): Grid {
  const head: Row = ["序号", "一级指标", "标准分", "二级指标", "标准分", "三级指标", "标准分", "考核内容", "标准分", "评分办法", "得分"];
  const rows: Row[] = opts.oneEach
    ? [
        [1, "一、组织领导", 30, "机构设置", 30, "(1)组织覆盖", 10, "落实值班制度", 10, "查阅资料，实地查看。", null],
        [2, null, null, null, null, "(2)工作覆盖", 20, "按时报送信息", 20, "查阅资料，实地查看。", null],
        [3, "二、制度建设", 20, "工作计划", 20, "(1)制度执行", 20, "建立工作台账", 20, "查阅资料，实地查看。", null],
      ]
    : [
        [1, "一、组织领导", 30, "机构设置", 30, "(1)组织覆盖", opts.g3a ?? 12, "1.落实值班制度", 5, "查阅资料，实地查看。", null],
        [2, null, null, null, null, null, null, "2.制定年度计划", 7, opts.rule ?? "制定计划的得3分；按时报送的得4分。", null],
        [3, null, null, null, null, "(2)工作覆盖", 18, "1.按时报送信息", 8, "查阅资料，实地查看。", null],
        [4, null, null, null, null, null, null, "2.公开工作信息", 10, "查阅资料，实地查看。", null],
        [5, "二、制度建设", 20, "工作计划", 20, "(1)制度执行", 20, "1.建立工作台账", 9, "查阅资料，实地查看。", null],
        [6, null, null, null, null, null, null, "2.配备办公设备", 11, "查阅资料，实地查看。", null],
      ];
  const merges = opts.oneEach
    ? ["A1:K1", "B3:B4", "C3:C4", "D3:D4", "E3:E4"]
    : ["A1:K1", "B3:B6", "C3:C6", "D3:D6", "E3:E6", "F3:F4", "G3:G4", "F5:F6", "G5:G6", "B7:B8", "C7:C8", "D7:D8", "E7:E8", "F7:F8", "G7:G8"];
  return Grid.fromValues("Sheet1", [["政务公开工作验收评分标准"], head, ...rows, ["合计", null, 50, null, null, null, null, null, 50, null, null]], merges);
}

test("the fourth name column with its points is the leaves': items, 三级 points blocks over them, clean", () => {
  const r = review(deep(), "national");
  expect(r.model.columns).toMatchObject({ level1: 2, level1Weight: 3, level2: 4, level2Weight: 5, level3: 8, weight: 9, rubric: 10, score: 11 });
  expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([
    [3, 5],
    [4, 7],
    [5, 8],
    [6, 10],
    [7, 9],
    [8, 11],
  ]);
  expect(r.model.weightBlocks.map((b) => [b.cell, b.label, b.weight, b.firstRow, b.lastRow])).toEqual(
    expect.arrayContaining([
      ["G3", "(1)组织覆盖", 12, 3, 4],
      ["G5", "(2)工作覆盖", 18, 5, 6],
    ]),
  );
  expect(flags(deep())).toEqual([]);
});

test("a 三级 group's points off its leaves: reported at its points", () => {
  expect(flags(deep({ g3a: 13 })).map((f) => f.cell)).toContain("G3");
});

test("a rule's awards against its leaf's points (not the 三级 group's): a hint at the rule", () => {
  const fs = review(deep({ rule: "制定计划的得3分；按时报送的得5分。" }), "national").findings;
  expect(fs.some((f) => f.rule === "rubric-points-mismatch" && f.cell === "J4")).toBe(true);
  expect(review(deep(), "national").findings.filter((f) => f.rule === "rubric-points-mismatch")).toEqual([]);
});

test("counter-shape: a fourth column with one line per 三级 label is no finer level: the 三级 column keeps the names", () => {
  const r = review(deep({ oneEach: true }), "national");
  expect(r.model.columns.level3).toBe(6);
  expect(flags(deep({ oneEach: true }))).toEqual([]);
});
