import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";
import { sheetFeatures } from "../../src/core/recognise/features";
import { sideColumns } from "../../src/core/recognise/side-columns";

/**
 * Side columns (side-columns.ts): a column right of the items' names the header gives no role, headed 备注 / 说明 / 考核方式 /
 * 责任单位 / 牵头单位 / 数据来源 / 佐证材料 … (SIDE_HEADER) or holding text only, and stating no points, says something beside
 * each line: its cells do not change what a line is. A group's label line across the table with 查阅资料 or a page number
 * in its 备注 cell is a label line still (its points held against its items'), a header printed again at a page break
 * need not repeat a note column added on the first page. Counter-shapes: a 评分标准 column (the rules, stating points) and
 * a 得分 column keep their roles, a 考核办法 column whose texts state points is a rule column whatever its word, and an
 * unnamed column of numbers is no note.
 */

type Row = (string | number | null)[];
const TITLE = "某县2023年度安全生产工作考核评分表";
const flags = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", [[TITLE], ...rows], merges);
const withEdits = (g: Grid, edits: Record<string, string | number>) => g.withCells(Object.entries(edits).map(([cell, v]) => ({ cell, value: { v } })));

/** A rule sheet whose groups are label lines across the table (A3:E3, A6:E6), a side column F beside them. */
function labelLines(head: string, side: (string | number | null)[]): Grid {
  const [g1, i1, i2, g2, i3, i4] = side;
  return sheet(
    [
      ["序号", "考核内容", "分值", "评分标准", "得分", head],
      ["一、组织领导(20分)", null, null, null, null, g1],
      [1, "成立领导小组，明确分管领导", 10, "未成立的扣10分", null, i1],
      [2, "制定年度工作实施方案", 10, "未制定的扣10分", null, i2],
      ["二、工作落实(80分)", null, null, null, null, g2],
      [3, "完成年度目标任务", 50, "每少完成一项扣5分", null, i3],
      [4, "开展专项督查检查", 30, "未开展的扣10分", null, i4],
      ["合计", null, 100, null, null, null],
    ],
    ["A1:F1", "A3:E3", "A6:E6", "A9:B9"],
  );
}

/** The same sheet with an empty column (no header word, no cell) between the names and the points. */
function withEmptyColumn(g: Grid): Grid {
  const rows: (string | number | null)[][] = [];
  for (let r = 1; r <= g.rowCount; r++) {
    const line: (string | number | null)[] = [];
    for (let c = 1; c <= g.colCount; c++) {
      if (c === 3) line.push(null);
      const v = g.cell(r, c)?.v;
      line.push(typeof v === "string" || typeof v === "number" ? v : null);
    }
    rows.push(line);
  }
  return Grid.fromValues("Sheet1", rows, ["A1:G1", "A3:F3", "A6:F6", "A9:C9"]);
}

describe("a side column's cells do not change what a line is", () => {
  // [what, the sheet, a slip, the cell the slip is found at]
  const cases: [string, Grid, Record<string, string | number>, string][] = [
    ["a group line with a 备注 note", labelLines("备注", ["以实地查看为准", null, null, "详见附件2", null, null]), { A3: "一、组织领导(25分)" }, "A3"],
    ["a note on the group lines and on items", labelLines("备注", ["以实地查看为准", "已完成", null, "详见附件2", null, "2023年12月完成"]), { A6: "二、工作落实(70分)" }, "A6"],
    ["a page number in 备注 on the group lines", labelLines("备注", [3, null, 4, 7, null, 12]), { A3: "一、组织领导(15分)" }, "A3"],
    ["a 考核方式 column on every line", labelLines("考核方式", ["查阅资料", "查阅资料", "实地检查", "年终考核", "查阅资料、实地查看", "日常考核"]), { A6: "二、工作落实(90分)" }, "A6"],
    ["a 责任单位 column on the group lines", labelLines("责任单位", ["县委办", null, null, "县应急管理局", null, null]), { A3: "一、组织领导(30分)" }, "A3"],
    ["an empty column between the names and the points, a 备注 on the group lines", withEmptyColumn(labelLines("备注", ["以实地查看为准", null, null, "详见附件2", null, null])), { A3: "一、组织领导(25分)" }, "A3"],
    ["a column with no header word holding text only", labelLines("", ["县委办", null, null, "县应急管理局", null, null]), { A3: "一、组织领导(30分)" }, "A3"],
  ];
  test.each(cases)("%s: read as a rule sheet, clean; the group's points changed: found at its label", (_, g, slip, at) => {
    const base = review(g, "national");
    expect(["indicator-system", "assessment"]).toContain(base.model.family);
    expect(flags(base.findings)).toEqual([]);
    expect(base.model.indicators.map((i) => i.row)).toEqual([4, 5, 7, 8]);
    expect(flags(review(withEdits(g, slip), "national").findings)).toContain(`weight-sum-mismatch@${at}`);
  });

  test("a note column added on the first page's header only: the header printed again at a page break is no item", () => {
    const rows: Row[] = [
      ["序号", "考核项目", "分值", "负责考核单位", "备注"],
      [1, "完善组织体系", 10, "市河长办", "已完成"],
      [2, "强化督察督办", 20, "市河长办", null],
      [3, "贯彻落实有关法规", 20, "市司法局", null],
      ["序号", "考核项目", "分值", "负责考核单位", null],
      [4, "强化宣传教育", 30, "市委宣传部", "详见第3页"],
      [5, "开展专项整治", 20, "市生态环境局", null],
      [null, "合计", 100, null, null],
    ];
    const r = review(sheet(rows, ["A1:E1"]), "national");
    expect(r.model.indicators.map((i) => i.row)).toEqual([3, 4, 5, 7, 8]);
    expect(flags(r.findings)).toEqual([]);
  });
});

describe("counter-shapes: columns that are the table's own", () => {
  const columnsOf = (g: Grid) => {
    const f = sheetFeatures(g);
    return sideColumns(g, f.header!, f.walk!);
  };

  test("a 评分标准 column is the rule column (its role kept), a 得分 column the scores: no side column but the 备注", () => {
    const g = labelLines("备注", ["以实地查看为准", null, null, "详见附件2", null, null]);
    expect(columnsOf(g)).toEqual([6]);
    const m = review(g, "national").model;
    expect([m.columns.rubric, m.columns.score]).toEqual([4, 5]);
  });

  test("scores filled in beside a 备注: a score above its points is still found", () => {
    const g = withEdits(labelLines("备注", ["以实地查看为准", null, null, "详见附件2", null, null]), { E4: 10, E5: 8, E7: 45, E8: 30 });
    expect(flags(review(g, "national").findings)).toEqual([]);
    expect(flags(review(withEdits(g, { E7: 55 }), "national").findings)).toContain("score-exceeds-weight@E7");
  });

  // [what, the side column's word, its cells on lines 3–8]
  const notSide: [string, string, (string | number | null)[]][] = [
    ["a 考核办法 column whose texts state points (a rule column, whatever its word)", "考核办法", [null, "未成立的扣10分", "未制定的扣10分", null, "每少一项扣5分", "未开展的不得分"]],
    ["a column with no header word holding numbers", "", [null, 8, 10, null, 45, 30]],
    ["a 责任单位 column holding numbers", "责任单位", [null, 1, 2, null, 3, 4]],
    ["an unknown word over a column of text", "工作要求", ["全面落实", "按时完成", null, null, "按时完成", null]],
  ];
  test.each(notSide)("%s: no side column", (_, head, cells) => {
    expect(columnsOf(labelLines(head, cells))).toEqual([]);
  });
});
