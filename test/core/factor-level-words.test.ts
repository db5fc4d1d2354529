import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * 一级要素 / 二级要素 / 三级要素 / 四级要素 are level words (as 一级指标 …), in a one-line header or under a two-line head
 * (考核内容 over 一级要素 | 二级要素); a header of two lines written without merges, printed again at a page break, is no
 * line of the table. Counter-shapes: lines under the table holding a header word beside their own numbers are lines.
 */
type Row = (string | number | null)[];
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning");

function oneLine(g1 = "1.组织领导(30分)"): Grid {
  const rows: Row[] = [
    ["安全生产工作考核评分表"],
    ["一级要素", "二级要素", "三级要素", "分值", "评分标准"],
    [g1, "(一)机构设置(18分)", "(1)成立领导小组", 8, "查阅资料。"],
    [null, null, "(2)明确工作人员", 10, "查阅资料。"],
    [null, "(二)职责分工(12分)", "(1)落实值班制度", 12, "查阅资料。"],
    ["2.制度建设(70分)", "(一)工作计划(70分)", "(1)制定年度计划", 30, "查阅资料。"],
    [null, null, "(2)建立工作台账", 40, "查阅资料。"],
    ["合计", null, null, 100, null],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:E1", "A3:A5", "B3:B4", "A6:A7", "B6:B7", "A8:C8"]);
}

test("一级要素 | 二级要素 | 三级要素: the three levels, the 三级要素 the items; clean", () => {
  const r = review(oneLine(), "national");
  expect(r.model.family).toBe("indicator-system");
  expect(r.model.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, weight: 4, rubric: 5 });
  expect(r.model.indicators.map((i) => i.weight)).toEqual([8, 10, 12, 30, 40]);
  expect(flags(oneLine())).toEqual([]);
});

test("a 一级要素's points off its lines: found at its label", () => {
  expect(flags(oneLine("1.组织领导(27分)")).map((f) => f.cell)).toContain("A3");
});

/** 序号 | 评价指标 | | 分值 over | 一级要素 | 二级要素 |, no merges, printed again at a page break. */
function twoLine(seq5 = 4, repeat = true): Grid {
  const head: Row[] = [
    ["序号", "评价指标", null, "分值(分)"],
    [null, "一级要素", "二级要素", null],
  ];
  const rows: Row[] = [
    ["乡村振兴重点工作考评细则"],
    ...head,
    [1, "1.组织领导", "(1)开展专项督查检查", 12],
    [2, null, "(2)配备必要的办公设备", 16],
    [3, null, "(3)按时报送工作信息", 15],
    ...(repeat ? head : []),
    [seq5, "2.制度建设", "(1)问题整改到位", 14],
    [seq5 + 1, null, "(2)召开专题会议", 22],
    [seq5 + 2, null, "(3)建立考核奖惩机制", 21],
  ];
  return Grid.fromValues("Sheet1", rows);
}

test("a two-line header printed again without merges: no line of the table, the numbering runs on", () => {
  const r = review(twoLine(), "national");
  expect(r.model.columns).toMatchObject({ level1: 2, level2: 3, weight: 4 });
  expect(r.model.indicators.map((i) => i.row)).toEqual([4, 5, 6, 9, 10, 11]);
  expect(r.model.headerRepeats).toEqual([7]);
  expect(flags(twoLine())).toEqual([]);
  // (a 序号 skipped after the break: found at its own cell)
  const g = twoLine().withCells([{ cell: "A9", value: { v: 5 } }]);
  expect(flags(g).map((f) => `${f.rule}@${f.cell}`)).toContain("code-sequence@A9");
});

test("counter-shape: lines holding a header word beside their own points are lines, not the header again", () => {
  const g = Grid.fromValues("Sheet1", [
    ["乡村振兴重点工作考评细则"],
    ["序号", "评价指标", null, "分值(分)"],
    [null, "一级要素", "二级要素", null],
    [1, "1.组织领导", "(1)开展专项督查检查", 12],
    [2, null, "(2)配备必要的办公设备", 16],
    [3, "评价指标", "(3)按时报送工作信息", 15],
    [4, "一级要素", "二级要素", 14],
  ]);
  const r = review(g, "national");
  expect(r.model.headerRepeats ?? []).toEqual([]);
  expect(r.model.indicators.map((i) => i.row)).toEqual(expect.arrayContaining([6, 7]));
});
