import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A label line across the table stating its points in its label ("一、组织领导【48分】", the 分值 cell blank or under the
 * label's merge) over a level column's groups ("1、机构设置【21分】" beside its items): the group over those groups, its
 * points held against theirs. Counter-shapes: the same line over items directly (two levels) reads as before; a line
 * whose points are in its 分值 cell is read from there.
 */
type Row = (string | number | null)[];
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning");
const at = (g: Grid) => flags(g).map((f) => `${f.rule}@${f.cell}`);

function threeLevels(top1 = "一、组织领导【30分】", mergedAcross = false): Grid {
  const rows: Row[] = [
    ["民族团结进步创建考核评分表"],
    ["考核内容", "考核要点", "分值", "考核标准"],
    [top1],
    ["1、机构设置【18分】", "召开专题会议研究部署工作", 8, "查阅资料。"],
    [null, "建立联络员制度", 10, "每缺一项扣1分，扣完为止。"],
    ["2、职责分工【12分】", "开展专项督查检查", 12, "查阅资料。"],
    ["二、制度建设【70分】"],
    ["1、工作计划【70分】", "落实值班值守制度", 30, "查阅资料。"],
    [null, "群众满意度测评", 40, "实地查看。"],
  ];
  return Grid.fromValues("Sheet1", rows, mergedAcross ? ["A1:D1", "A3:D3", "A7:D7"] : ["A1:D1"]);
}

test("label lines across over a level column's groups, unmerged: clean, the top points held against the groups'", () => {
  expect(flags(threeLevels())).toEqual([]);
  expect(at(threeLevels("一、组织领导【27分】"))).toContain("weight-sum-mismatch@A3");
});

test("the same lines merged across the whole table (over the 分值 column): clean, the top points held against the groups'", () => {
  expect(flags(threeLevels(undefined, true))).toEqual([]);
  expect(at(threeLevels("一、组织领导【27分】", true))).toContain("weight-sum-mismatch@A3");
});

function twoLevels(top1 = "一、组织领导【30分】"): Grid {
  const rows: Row[] = [
    ["民族团结进步创建考核评分表"],
    ["考核内容", "分值", "考核标准"],
    [top1],
    ["召开专题会议研究部署工作", 8, "查阅资料。"],
    ["建立联络员制度", 22, "每缺一项扣1分，扣完为止。"],
    ["二、制度建设【70分】"],
    ["落实值班值守制度", 30, "查阅资料。"],
    ["群众满意度测评", 40, "实地查看。"],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:C1", "A3:C3", "A6:C6"]);
}

test("counter-shape: label lines across over items directly (two levels): clean, a group's points off found", () => {
  expect(flags(twoLevels())).toEqual([]);
  expect(at(twoLevels("一、组织领导【27分】"))).toContain("weight-sum-mismatch@A3");
});

test("counter-shape: a line across whose points are in its 分值 cell is read from there, its label's bracket aside", () => {
  const rows: Row[] = [
    ["民族团结进步创建考核评分表"],
    ["考核内容", "考核要点", "分值", "考核标准"],
    ["一、组织领导（含机构设置）", null, 30, null],
    ["1、机构设置【18分】", "召开专题会议研究部署工作", 8, "查阅资料。"],
    [null, "建立联络员制度", 10, "查阅资料。"],
    ["2、职责分工【12分】", "开展专项督查检查", 12, "查阅资料。"],
    ["二、制度建设", null, 70, null],
    ["1、工作计划【70分】", "落实值班值守制度", 30, "查阅资料。"],
    [null, "群众满意度测评", 40, "实地查看。"],
  ];
  expect(flags(Grid.fromValues("Sheet1", rows, ["A1:D1"]))).toEqual([]);
});

/** 评估内容 | 分值(分): uncoded label lines with their points in the 分值 column over coded lines, no merges, a page break */
function uncodedOverCoded(g1 = 30, pageBreak = true): Grid {
  const head: Row = ["评估内容", "分值(分)"];
  const rows: Row[] = [
    ["残疾人工作考核验收评分细则"],
    head,
    ["组织领导", g1],
    ["1.开展专项督查检查", 14],
    ...(pageBreak ? [head, ["组织领导", g1]] : []),
    ["2.成立领导小组", 8],
    ["3.开展业务培训", 8],
    ["制度建设", 30],
    ["1.按要求公开工作信息", 18],
    ["2.召开专题会议", 12],
    ["工作落实", 40],
    ["1.制定年度工作计划", 25],
    ["2.完成年度目标任务", 15],
    ["加分项", 5],
    ["获得市级以上表彰", 5],
    ["总分", 100],
  ];
  return Grid.fromValues("Sheet1", rows);
}

test("uncoded label lines over coded lines, printed again at a page break (the header too): blocks; clean, a group's points off found", () => {
  expect(flags(uncodedOverCoded())).toEqual([]);
  expect(flags(uncodedOverCoded(30, false))).toEqual([]);
  expect(at(uncodedOverCoded(27))).toContain("weight-sum-mismatch@B3");
});

test("counter-shape: uncoded lines over coded lines whose points add up to none of them: all items, the 总分 their sum; clean", () => {
  const rows: Row[] = [
    ["残疾人工作考核验收评分细则"],
    ["评估内容", "分值(分)"],
    ["组织领导", 10],
    ["1.成立领导小组", 3],
    ["2.明确分工", 4],
    ["制度建设", 20],
    ["1.建立制度", 6],
    ["2.制度执行", 7],
    ["总分", 50],
  ];
  expect(flags(Grid.fromValues("Sheet1", rows))).toEqual([]);
});
