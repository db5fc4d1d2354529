import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * 一级指标 | 二级指标 | 三级指标 | 考核内容 | 标准分: the word after an ordinal ladder is its fourth level where its lines are
 * finer than the 三级's (a 三级 label over two of them), not a second block cutting the header; a 三级 label printed again
 * under a header repeated at a page break goes on with its block. Counter-shapes: one 考核内容 per 三级 line (a description,
 * no finer level) keeps the 三级 as the items; a 三级指标 | 考核点 description stays as it was read.
 */
type Row = (string | number | null)[];
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning");
const HEAD: Row = ["序号", "一级指标", "二级指标", "三级指标", "考核内容", "标准分", "计分方法"];

function fourLevels(top = "一、组织领导30分", pageBreak = false): Grid {
  const rows: Row[] = [
    ["安全生产工作考核评分细则"],
    HEAD,
    [1, top, "(一)机构设置18分", "(1)组织覆盖8分", "1、建立健全工作台账", 3, "查阅资料。"],
    ...(pageBreak ? [HEAD] : []),
    [2, top, "(一)机构设置18分", "(1)组织覆盖8分", "2、建立考核奖惩机制", 5, "查阅资料。"],
    [3, top, "(一)机构设置18分", "(2)班子建设10分", "1、按时报送工作信息", 4, "查阅资料。"],
    [4, top, "(一)机构设置18分", "(2)班子建设10分", "2、问题整改到位", 6, "实地查看。"],
    [5, top, "(二)职责分工12分", "(1)制度执行12分", "1、开展宣传活动", 5, "查阅资料。"],
    [6, top, "(二)职责分工12分", "(1)制度执行12分", "2、落实值班制度", 7, "查阅资料。"],
    [7, "二、制度建设70分", "(一)工作计划70分", "(1)阵地建设70分", "1、完成年度目标任务", 30, "查阅资料。"],
    [8, "二、制度建设70分", "(一)工作计划70分", "(1)阵地建设70分", "2、配备办公设备", 40, "实地查看。"],
    ["总分", null, null, null, null, 100, null],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:G1"]);
}

test("考核内容 after 一级 | 二级 | 三级指标, its lines finer: the fourth level, the 标准分 and 计分方法 read; clean", () => {
  const r = review(fourLevels(), "national");
  expect(r.model.family).toBe("indicator-system");
  expect(r.model.indicators.map((i) => i.weight)).toEqual([3, 5, 4, 6, 5, 7, 30, 40]);
  expect(flags(fourLevels())).toEqual([]);
});

test("a 一级's points off its lines: found", () => {
  expect(flags(fourLevels("一、组织领导27分")).map((f) => f.rule)).toContain("weight-sum-mismatch");
});

test("a page break after the first line, the labels printed again under the header: one block each; clean", () => {
  expect(flags(fourLevels(undefined, true))).toEqual([]);
});

test("counter-shape: one 考核内容 per 三级 line (a description): the 三级 lines are the items; clean", () => {
  const rows: Row[] = [
    ["安全生产工作考核评分细则"],
    HEAD,
    [1, "一、组织领导30分", "(一)机构设置18分", "(1)组织覆盖", "建立健全工作台账", 8, "查阅资料。"],
    [2, null, null, "(2)班子建设", "按时报送工作信息", 10, "查阅资料。"],
    [3, null, "(二)职责分工12分", "(1)制度执行", "开展宣传活动", 12, "查阅资料。"],
    [4, "二、制度建设70分", "(一)工作计划70分", "(1)阵地建设", "完成年度目标任务", 70, "查阅资料。"],
    ["总分", null, null, null, null, 100, null],
  ];
  const g = Grid.fromValues("Sheet1", rows, ["A1:G1", "B3:B5", "C3:C4"]);
  expect(review(g, "national").model.indicators.map((i) => i.weight)).toEqual([8, 10, 12, 70]);
  expect(flags(g)).toEqual([]);
});
