import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { criteriaHeaderAt } from "../../src/core/recognise/table-header";
import { relationSig } from "./metamorphic";

/**
 * Which lines of a scoring sheet (评分标准, 考评评分细则) are its indicators: group lines known by their codes' depth in one
 * code column (1. / 1.1 / 1.1.1), a group's line stating how many items it holds (一、减贫成效 | 13项 | … | 65), a 汇总 line
 * totalling the 分值 column, the header printed again at a page break over a block of criteria, and an item whose own
 * text's points contradict a 分值 its group confirms. Hand-made grids; each shape with the nearest one that must keep
 * its old reading.
 */

type Row = (string | number | null)[];
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const rowsOf = (g: Grid) => review(g, "national").model.indicators.map((i) => i.row);
const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);
const relations = (g: Grid) => review(g, "national").model.relations.map((r) => relationSig(r, (c) => c)).sort();

describe("one name column coded at every level (1. / 1.1 / 1.1.1): the lines the next line's code extends are groups", () => {
  const head: Row[] = [["江苏省某项工作评分标准", null, null, null], ["考核验收内容", "分值", "评审要点", "得分"]];
  const coded = (w11 = 5, closing = false, last: Row | null = ["3.资金筹集", 15, "查年度财务", null]): Grid =>
    sheet([
      ...head,
      ["1.行政推动", 20, "查相关文件", null],
      ["1.1政府积极推动", 10, null, null],
      ["1.1.1政府召开会议部署任务", w11, null, null],
      ["1.1.2政府年内组织督查", 2, null, null],
      ["1.1.3列入综合目标考核", 3, null, null],
      ["1.2部门协作推进", 10, null, null],
      ["1.2.1到位率达100%", 4, null, null],
      ["1.2.2配套改厕率达100%", 4, null, null],
      ["1.2.3列入相关创建考核", 2, null, null],
      ["2.机构建设", 10, "查相关文件", null],
      ["2.1有专职人员", 5, null, null],
      ["2.2有工作经费", 5, null, null],
      ...(last ? [last] : []),
      ...(closing ? [["合计", 45, null, null] as Row] : []),
    ], ["A1:D1"]);

  test.each([
    ["the deepest lines are the indicators; the last outermost line, cut with nothing under it, is a group line", coded(), [5, 6, 7, 9, 10, 11, 13, 14]],
    ["without the cut group line", coded(5, false, null), [5, 6, 7, 9, 10, 11, 13, 14]],
  ])("%s", (_, g, rows) => {
    expect(rowsOf(g)).toEqual(rows);
    expect(errors(g)).toEqual([]);
  });

  test("each group's points are its lines' sum: 1.1 (10) against 6 + 2 + 3 = 11 is reported at the group", () => {
    expect(errors(coded(6))).toEqual(["weight-sum-mismatch@B4"]);
    expect(relations(coded())).toEqual(expect.arrayContaining(["rollup/weight B3 ← B4,B8", "rollup/weight B4 ← B5,B6,B7", "rollup/weight B12 ← B13,B14"]));
  });

  // counter-shapes: the nearest lists that are no nesting
  test.each([
    ["a plain numbered list (1. 2. 3. 4.): every line an item", [["1.政府召开会议", 5, "查文件", null], ["2.组织督查", 2, "查记录", null], ["3.列入考核", 3, "查文件", null], ["4.部门协作", 10, "查文件", null]] as Row[], [3, 4, 5, 6]],
    ["dotted codes with no parent line above them (1.1 1.2 2.1 2.2): every line an item", [["1.1政府召开会议", 5, "查文件", null], ["1.2组织督查", 2, "查记录", null], ["2.1列入考核", 3, "查文件", null], ["2.2部门协作", 10, "查文件", null]] as Row[], [3, 4, 5, 6]],
  ])("%s", (_, lines, rows) => {
    const g = sheet([...head, ...lines], ["A1:D1"]);
    expect(rowsOf(g)).toEqual(rows);
  });

  test("the last outermost line before the table's 合计 is an item of its own (the table is whole, nothing under it is cut)", () => {
    expect(rowsOf(coded(5, true))).toEqual([5, 6, 7, 9, 10, 11, 13, 14, 15]);
  });
});

describe("a line whose item cell is a count of items (21项, 13项): the line of a group or of the table, no item", () => {
  const table = (count: string): Grid =>
    sheet([
      ["考核指标", "评价内容", "评价标准", "计分条件", "计分分值", "数据来源", "考核部门(单位)"],
      ["4个一级指标、7个二级指标", "21项", "-", "-", 100, "-", "-"],
      ["一、减贫成效", count, "-", "-", 65, "-", "-"],
      ["1.年度计划完成情况", "(1)减贫人口完成率(%)", "以评估验收确认结果为依据", "完成率100%计满分", 15, "市扶贫局", "市扶贫局"],
      [null, "(2)义务教育保障", "无因贫困辍学的达标率(%)", "达标率100%计满分", 4, "部门考核结果", "市教育局"],
      [null, "(3)基本医疗保障", "参合率(%)", "参合率100%计满分", 2, "部门考核结果", "市卫计委"],
      [null, "(4)住房安全保障", "住房安全达标率(%)", "达标率100%计满分", 4, "部门考核结果", "市住建局"],
    ], ["A4:A7"]);

  test("the count lines are no indicators", () => {
    expect(rowsOf(table("13项"))).toEqual([4, 5, 6, 7]);
  });

  test("counter-shape: an item named by a task that counts (完成13项) stays an item", () => {
    expect(rowsOf(table("完成13项改造任务"))).toEqual([3, 4, 5, 6, 7]);
  });
});

describe("a coded item's name filled down over its second, unscored line (a merged name pasted as values)", () => {
  const table = (second: string): Grid =>
    sheet([
      ["考核指标", "评价内容", "评价标准", "计分条件", "计分分值", "数据来源"],
      ["1.年度计划完成情况", "(1)减贫人口完成率(%)", "以评估验收确认结果为依据", "完成率100%计满分", 15, "市扶贫局"],
      ["1.年度计划完成情况", "(2)义务教育保障", "无因贫困辍学的达标率(%)", "达标率100%计满分", 4, "部门考核结果"],
      ["1.年度计划完成情况", "(3)住房安全保障", "住房安全达标率(%)", "达标率100%计满分", 4, "部门考核结果"],
      ["1.年度计划完成情况", second, "易地扶贫搬迁年度计划完成率(%)", "完成率100%计满分", null, null],
    ]);

  test("the copy of the name above is that item's line, no item of its own", () => {
    expect(rowsOf(table("(3)住房安全保障"))).toEqual([2, 3, 4]);
  });

  test("counter-shape: an unscored line coded as its group's items, with a name of its own, is still an item of the form", () => {
    expect(rowsOf(table("(4)易地扶贫搬迁"))).toEqual([2, 3, 4, 5]);
  });
});

describe("a 汇总 line under a scoring table: the total of its 分值 column", () => {
  const table = (w: number, last = "汇总"): Grid =>
    sheet([
      ["某镇新村管理考核评分细则", null, null, null],
      ["考核评比内容", "分值", "评分标准", "评比得分"],
      ["环境整治", 10, "每处扣1分", null],
      ["私搭乱建治理", w, "每处扣5分,扣完为止", null],
      ["菜园管理", 35, "每户扣5分", null],
      ["安全稳定", 30, "每次扣0.5分", null],
      [last, 100, null, null],
    ], ["A1:D1"]);

  test.each([
    ["its lines add up (10 + 25 + 35 + 30 = 100): read as the total, no line of the table", 25, [], true],
    ["a line's 分值 off (28): the total is reported", 28, ["weight-sum-mismatch@B7"], true],
  ])("%s", (_, w, errs, total) => {
    const g = table(w as number);
    expect(rowsOf(g)).toEqual([3, 4, 5, 6]);
    expect(errors(g)).toEqual(errs);
    expect(relations(g).includes("rollup/weight B7 ← B3,B4,B5,B6")).toBe(total);
  });

  test("counter-shape: a line whose name only ends in 汇总 (信息汇总) is an item", () => {
    expect(rowsOf(table(25, "信息汇总"))).toEqual([3, 4, 5, 6, 7]);
  });
});

describe("the header printed again at a page break", () => {
  test.each([
    // the criteria's 满分 under a header naming no level (内容 | 满分 | 打分), section lines stating their points
    ["a block of criteria under section lines (内容 | 满分 | 打分): the section's rollup spans the break, no error", [
      ["规范化司法所建设考评评分细则", null, null],
      ["内容", "满分", "打分"],
      ["一、组织机构(1.5分)", null, null],
      ["1、司法所按行政区划单独设置", "0.5分", null],
      ["2、司法所名称统一", "0.5分", null],
      ["3、司法所应配备2-5人", "0.5分", null],
      ["二、队伍建设(2分)", null, null],
      ["1、司法所长具有大专以上学历", "0.5分", null],
      ["2、工作人员录用坚持凡进必考", "0.5分", null],
      ["3、工作人员每年参加集中培训", "0.5分", null],
      ["4、开展多种形式的教育实践活动", "0.5分", null],
    ] as Row[], 9, ["A1:C1"]],
    // criteria right under the header, every line weighted (the block criteriaHeaderAt reads down its 分值 column)
    ["criteria weighted from the header's next line on (考核验收内容 | 分值 | 评审要点 | 得分): the block goes on under the break", [
      ["某项工作评分标准", null, null, null],
      ["考核验收内容", "分值", "评审要点", "得分"],
      ["1.行政推动", 10, "查相关文件", null],
      ["1.1政府召开会议部署任务", 5, null, null],
      ["1.2政府年内组织督查", 5, null, null],
      ["2.机构建设", 10, "查相关文件", null],
      ["2.1有专职人员", 5, null, null],
      ["2.2有工作经费", 5, null, null],
      ["3.资金管理", 10, "查年度财务", null],
      ["3.1资金足额到位", 6, null, null],
      ["3.2资金专款专用", 4, null, null],
    ] as Row[], 8, ["A1:D1"]],
  ])("%s", (_, rows, at, merges) => {
    const whole = sheet(rows as Row[], merges as string[]);
    const broken = sheet([...(rows as Row[]).slice(0, (at as number) - 1), (rows as Row[])[1], ...(rows as Row[]).slice((at as number) - 1)], merges as string[]);
    // (the lines from the break on moved one down: their cells named back)
    const back = (c: string) => c.replace(/\d+/g, (d) => String(Number(d) >= (at as number) + 1 ? Number(d) - 1 : d));
    const moved = review(broken, "national");
    expect(moved.model.relations.map((r) => relationSig(r, back)).sort()).toEqual(relations(whole));
    expect(relations(whole).length).toBeGreaterThan(1);
    expect(errors(broken)).toEqual([]);
  });

  test("counter-shape: a line with other words (考核验收内容 | 分数 | 评审要点 | 得分) is no repeat of the header: the block ends above it", () => {
    const rows: Row[] = [
      ["考核验收内容", "分值", "评审要点", "得分"],
      ["1.行政推动", 10, "查相关文件", null],
      ["2.机构建设", 10, "查相关文件", null],
      ["3.资金管理", 10, "查年度财务", null],
    ];
    const repeated = sheet([...rows, rows[0], ["4.宣传发动", 10, "查资料", null], ["5.群众满意", 10, "问卷调查", null]]);
    const other = sheet([...rows, ["考核验收内容", "分数", "评审要点", "得分"], ["4.宣传发动", 10, "查资料", null], ["5.群众满意", 10, "问卷调查", null]]);
    expect(criteriaHeaderAt(repeated, 1)?.lastRow).toBe(7);
    expect(criteriaHeaderAt(other, 1)?.lastRow).toBe(4);
  });
});

describe("an item's own text listing its points (…(0.5分);…(0.5分)) against its 满分", () => {
  const form = (groupPoints: string, second = "2、实行双重管理体制(0.5分);名称统一,印章统一制作(0.5分)。"): Grid =>
    sheet([
      ["规范化建设考评评分细则", null, null],
      ["内容", "满分", "打分"],
      [`一、组织机构(${groupPoints})`, null, null],
      ["1、按行政区划单独设置,配备政法专项编制。", "0.5分", null],
      [second, "0.5分", null],
      ["3、配备2-5人,实行所长负责制。", "0.5分", null],
      ["二、队伍建设(1分)", null, null],
      ["1、所长具有大专以上法律专业学历。", "0.5分", null],
      ["2、工作人员每年参加集中培训不少于1次。", "0.5分", null],
    ], ["A1:C1"]);
  const rubric = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "rubric-points-mismatch").map((f) => `${f.severity} ${f.cell}`);

  test.each([
    ["its group's points confirm the 满分 (1.5 = 0.5 + 0.5 + 0.5): the text's 0.5 + 0.5 = 1 contradicts its line, a warning", "1.5分", undefined, ["warning A5"]],
    ["counter-shape: the group's points do not confirm it (2 against 1.5): a hint, as before", "2分", undefined, ["info A5"]],
    ["counter-shape: the text's points make the 满分 (0.25 + 0.25 = 0.5): nothing", "1.5分", "2、实行双重管理体制(0.25分);名称统一,印章统一制作(0.25分)。", []],
  ])("%s", (_, points, second, found) => {
    expect(rubric(form(points as string, second as string | undefined))).toEqual(found);
  });
});
