import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";

/**
 * A rule sheet's group label lines with their merges undone (or never made), or starting in an empty column left of the
 * table: each still a group over the items under it, its points held against theirs.
 * - a label printed again under the header repeated at a page break, unmerged, continues its block (findWeightBlocks);
 * - a heading numbered 一、 in the 序号 column, its name cell blank, over items numbered (1), (2) …: a section, the items
 *   its lines, not an item's parts (section-lines);
 * - a label, unnumbered or numbered as items are (1.), left of the names with its own name cell blank, over lines naming
 *   items with that column blank: a section where the sums say so (section-lines);
 * - a label merged across an empty first column and the names' column, its points in the 分值 column: a label line
 *   (pointed-label-lines), as where it starts in the names' column.
 * Counter-shapes: the same items with no label lines, and labels whose points are not their items' sum (then items).
 */

type Row = (string | number | null)[];
const flags = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", [["某县2023年度防汛抗旱工作考核评分表"], ...rows], merges);
const withEdits = (g: Grid, edits: Record<string, string | number>) => g.withCells(Object.entries(edits).map(([cell, v]) => ({ cell, value: { v } })));

const pageBreak = sheet([
  ["序号", "考核内容", "分值", "评分细则", "自评得分"],
  ["1.组织领导(74分)", null, null, null, null],
  [1, "①开展宣传活动", 22, "制定实施方案的得22分", 22],
  ["序号", "考核内容", "分值", "评分细则", "自评得分"],
  ["1.组织领导(74分)", null, null, null, null],
  [2, "②制定年度工作计划", 21, "建立工作台账的得21分", 21],
  [3, "③工作经费列入财政预算", 31, "按时报送材料的得31分", 31],
  ["2.制度建设(26分)", null, null, null, null],
  [4, "①问题整改到位", 26, "优秀的得26分", 25],
  ["合计", null, 100, null, 99],
]);

const numberedHeadings = sheet([
  ["序号", "二级指标", "满分", "评分细则", "考核得分"],
  ["一、组织领导29分", null, 29, null, null],
  [1, "(1)开展宣传活动", 9, "制定实施方案的得9分", 8],
  [2, "(2)按时报送工作信息", 12, "建立工作台账的得12分", 11],
  [3, "(3)召开专题会议", 8, "按时报送材料的得8分", 8],
  ["二、制度建设42分", null, 42, null, null],
  [4, "(1)按要求公开工作信息", 13, "召开专题会议的得13分", 11],
  [5, "(2)制定年度工作计划", 29, "开展督查检查的得29分", 29],
  ["三、工作落实29分", null, 29, null, null],
  [6, "(1)工作经费列入财政预算", 16, "制定实施方案的得16分", 14],
  [7, "(2)建立考核奖惩机制", 13, "建立工作台账的得13分", 13],
  ["合计", null, 100, null, 94],
]);

const leftOfNames = (labels: [string, number, string, number][]) =>
  sheet([
    [null, "考评内容", "满分", "评分细则", "评估得分"],
    [labels[0][0], null, labels[0][1], null, null],
    [null, "建立考核奖惩机制", "8分", "查阅资料，实地查看。", 8],
    [null, "成立领导小组", "17分", "查阅资料，实地查看。", 17],
    [null, "制定年度工作计划", "12分", "优秀的得12分，良好的得10分", 12],
    [labels[1][0], null, labels[1][1], null, null],
    [null, "建立健全工作台账", "9分", "每缺一项扣1分，扣完为止", 7],
    [null, "工作经费列入财政预算", "9分", "优秀的得9分", 9],
    [null, "落实值班值守制度", "13分", "优秀的得13分", 13],
    [null, "配备必要的办公设备", "11分", "查阅资料，实地查看。", 10],
    [labels[2][0], null, labels[2][1], null, null],
    [null, "开展宣传活动", "10分", "查阅资料，实地查看。", 10],
    [null, "开展业务培训", "11分", "优秀的得11分", 10],
  ]);
const LEFT: [string, number, string, number][] = [
  ["1.组织领导(37分)", 37, "", 0],
  ["2.制度建设(42分)", 42, "", 0],
  ["3.工作落实(21分)", 21, "", 0],
];

const emptyFirstColumn = sheet(
  [
    [null, "考评内容", "分值(分)", "自评得分"],
    ["组织领导(25分)", null, 25, null],
    [null, "1、按时报送工作信息", "12分", null],
    [null, "2、建立健全工作台账", "7分", null],
    [null, "3、建立考核奖惩机制", "6分", null],
    ["制度建设(23分)", null, 23, null],
    [null, "1、完成年度目标任务", "10分", null],
    [null, "2、召开专题会议", "8分", null],
    [null, "3、建立联络员制度", "5分", null],
    ["工作落实(52分)", null, 52, null],
    [null, "1、群众满意度测评", "30分", null],
    [null, "2、开展宣传活动", "22分", null],
    ["总分", null, 100, null],
  ],
  ["A1:D1", "A3:B3", "A7:B7", "A11:B11", "A14:B14"],
);

describe("group label lines unmerged, or starting left of the names", () => {
  // [what, the sheet, a slip of a group's points (each copy of them), where it is found (any of those cells)]
  const cases: [string, Grid, Record<string, string | number>, string][] = [
    ["a label printed again under the header at a page break, unmerged", pageBreak, { A3: "1.组织领导(70分)", A6: "1.组织领导(70分)" }, "A3/A6"],
    ["headings 一、 in the 序号 column over items numbered (1), (2) …", numberedHeadings, { A7: "二、制度建设40分", C7: 40 }, "A7/C7"],
    ["labels numbered 1. left of the names, their name cells blank", leftOfNames(LEFT), { A7: "2.制度建设(40分)", C7: 40 }, "A7/C7"],
    ["labels merged across an empty first column and the names, their points in the 分值 column", emptyFirstColumn, { A7: "制度建设(20分)", C7: 20 }, "A7/C7"],
  ];
  test.each(cases)("%s: clean; a group's points changed: found there", (_, g, slip, at) => {
    const base = review(g, "national");
    expect(["indicator-system", "assessment"]).toContain(base.model.family);
    expect(flags(base.findings)).toEqual([]);
    const found = flags(review(withEdits(g, slip), "national").findings);
    expect(at.split("/").filter((c) => found.includes(`weight-sum-mismatch@${c}`))).not.toEqual([]);
  });

  test("counter-shape: labels left of the names whose points are not their lines' sum are no groups (no sums asked of them)", () => {
    const g = leftOfNames([
      ["1.组织领导", 5, "", 0],
      ["2.制度建设", 6, "", 0],
      ["3.工作落实", 7, "", 0],
    ]);
    const r = review(g, "national");
    expect(r.model.weightBlocks.map((b) => b.cell)).toEqual([]);
    expect(r.model.groups.filter((x) => x.weight !== null).map((x) => x.cell)).toEqual([]);
  });
});
