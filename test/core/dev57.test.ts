import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { contentsSpan } from "../../src/core/recognise/contents-lines";
import { reportTitleIn } from "../../src/core/recognise/report-scores";
import { sheetFeatures } from "../../src/core/recognise/features";
import { closingUnitlessScores } from "../../src/core/recognise/closing-unitless-score";
import { sheet } from "./probes";

/** dev57 (session 57; test/fixtures/real/dev57-s57-diagnosis.md): the shapes each new reading takes and refuses. */

describe("a table of contents whose page numbers were lost (contents-lines.ts)", () => {
  // (a web page's copy of a report: its cover, its contents as coded heads with no page numbers, the title again, the body
  // opening on the contents' first entry)
  const cover = ["项目名称: 某县档案馆整体支出", "部门名称:某县档案馆", "评价机构:某县档案馆整体支出绩效评价小组", "2025年5月"];
  const toc = ["目录", "一、部门概况", "(一)部门机构设置、编制", "(二)部门职能", "(三)部门工作完成情况", "(四)部门管理制度", "(五)部门资金来源及使用情况", "(六)政府采购情况", "(七)固定资产情况", "二、绩效目标", "三、评价思路和过程", "(一)评价思路", "(二)评价目的", "(三)评价依据", "四、评价结论", "五、主要经验做法", "六、存在的问题", "七、改进措施及建议", "附件1 成本费用分析报告", "附件2 评价指标体系"];
  const title = ["某县档案馆", "2024年度部门整体支出绩效评价报告"];
  const body = ["一、部门概况", "(一)部门机构设置、编制。", "我单位在职人员编制为17人,其中:行政编制0人,事业编制17人。"];
  test("the cover's title lost: the title after the unnumbered contents names the department's report", () => {
    expect(reportTitleIn(sheetFeatures(sheet([...cover, ...toc, ...title, ...body])).body)).toBe("2024年度部门整体支出绩效评价报告|");
    expect(review(sheet([...cover, ...toc, ...title, ...body]), "national").model.family).toBe("dept-self-eval");
  });
  test.each([
    // heading, entries (coded, no page number), the first entry again further on: the span is the heading and the entries
    [["某报告|", "目录|", "一、概况|", "(一)职能|", "二、情况|", "某局|", "一、概况|", "正文。|"], { from: 1, to: 4 }],
    // (page numbers kept: read as before, whatever follows)
    [["某报告|", "目录|", "一、概况1|", "二、情况3|", "正文第一段。|"], { from: 1, to: 3 }],
    // counter-shape: coded lines under '目录' that no later line repeats — no contents (a list under a heading of that name)
    [["某报告|", "目录|", "一、概况|", "二、情况|", "正文第一段。|"], null],
    // counter-shape: one coded line under the heading
    [["目录|", "一、概况|", "正文。|", "一、概况|"], null],
    // counter-shape: coded lines with a sentence's mark are the body's, not entries
    [["目录|", "一、概况,如下|", "二、情况,如下|", "一、概况,如下|"], null],
    // counter-shape: no heading
    [["一、概况|", "二、情况|", "一、概况|"], null],
  ])("%j → %j", (lines, want) => expect(contentsSpan(lines as string[], 14)).toEqual(want));
  test("counter-shape: an unnumbered entry naming a report is no title — the contents of a 决算 package", () => {
    const pkg = ["目录", "一、部门概况", "二、收入支出决算总表", "三、部门整体支出绩效自评报告", "四、附表", "第一部分 部门概况", "一、部门概况", "负责全县档案工作。"];
    expect(reportTitleIn(sheetFeatures(sheet(pkg)).body)).toBeNull();
  });
});

describe("a bare score without its 分 closing its sentence (closing-unitless-score.ts)", () => {
  test.each([
    ["逐项自评打分,自评分数100。", [100]],
    ["经综合评定,自评得分为92.5", [92.5]],
    ["本项目综合得分:88。", [88]],
    // counter-shapes: an amount, a count, a rate (a unit or '%' after the number); more of the sentence after it
    ["自评得分100万元。", []],
    ["综合得分100个。", []],
    ["自评得分100%。", []],
    ["自评得分92,排名第3。", []],
    // a part's score, a score aimed at, full marks, a bracketed score after a head
    ["产出指标自评得分40。", []],
    ["目标自评得分100。", []],
    ["满分自评分数100。", []],
    ["(自评得分20", []],
  ])("%s → %j", (text, want) => expect(closingUnitlessScores(text).map((m) => Number(m[1]))).toEqual(want));

  const total = (lines: string[]) => review(sheet(lines), "national").model.totals?.score ?? null;
  const report = (head: string, line: string, more: string[] = []) => [
    "项目支出绩效自评报告",
    "项目名称:村村通维护经费",
    "一、项目基本情况",
    "该专项资金主要用于广播电视接收设备维修维护。",
    "二、绩效自评工作组织情况。",
    "由广电科负责实施,逐项自评打分并最终形成自评报告。",
    "三、绩效指标分析情况",
    head,
    line,
    "(二)评价指标分析。",
    "1. 过程。项目资金预算140.11万元,到位140.11万元,实际支出140.11万元,执行率100%。",
    ...more,
  ];
  test("under a head naming the result ('(一)自评分数。', its full stop kept): the report's total, at its cell", () => {
    const t = total(report("(一)自评分数。", "对照《项目绩效自评指标评分表》逐项自评打分,自评分数100。"));
    expect(t && { cell: t.cell, value: t.value }).toEqual({ cell: "A9", value: 100 });
  });
  test("counter-shape: under another head (a part's section) the number is that part's, no total", () => {
    expect(total(report("(一)产出指标完成情况。", "对照评分表逐项打分,自评分数30。"))).toBeNull();
  });
  test("counter-shape: the report states another score (with 分): one bare score among two is no result", () => {
    expect(total(report("(一)自评分数。", "对照评分表逐项自评打分,自评分数100。", ["2. 产出。产出指标得分40分。"]))?.value ?? null).not.toBe(100);
  });
  test("counter-shape: a target's score under the result's head is no total", () => {
    expect(total(report("(一)自评分数。", "下一步力争自评得分100。"))).toBeNull();
  });
});

describe("a target table's 全年绩效目标 column is its target value (vocabulary.ts targetValue)", () => {
  // (an older 目标表 layout: 绩效目标 heads the column of the first level's words — 投入 / 产出 —, the year's targets stand
  // under 全年绩效目标 at the right)
  const table = (head: string[], rows: string[][]) =>
    review(Grid.fromValues("Sheet1", [["2017年财政支出项目绩效目标表"], ["主管部门名称:某省联谊会"], head, ...rows], []), "national").model;
  const rows = [
    ["投入", "成本目标", "目标1", "发放困难台胞补贴", "100%", "按实际情况发放"],
    ["", "", "目标2", "开展丰收节活动", "100%", "100%"],
    ["产出", "数量目标", "目标1", "困难台胞补助受益", "每月每人200元", "困难台胞432人"],
    ["", "", "目标2", "增进乡情", "开展活动1次", "开展活动1次"],
  ];
  test("the targets are read under 全年绩效目标 (F), every line with its own, none of them blank", () => {
    const m = table(["绩效目标", "评价指标", "", "绩效内容", "绩效标准", "全年绩效目标"], rows);
    expect(m.indicators.map((i) => i.targetCell)).toEqual(["F4", "F5", "F6", "F7"]);
    expect(m.placeholderRows).toEqual([]);
  });
  test("counter-shape: 绩效目标 alone over the values is still the target column", () => {
    const m = table(["一级指标", "二级指标", "三级指标", "绩效目标"], [["产出指标", "数量指标", "补助人数", "432人"], ["", "", "活动次数", "2次"]]);
    expect(m.indicators.map((i) => i.targetCell)).toEqual(["D4", "D5"]);
  });
});
