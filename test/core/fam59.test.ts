import { review, reviewFamily } from "../../src/core/review";
import { withoutPageChrome } from "../../src/core/recognise/page-chrome";
import { sheetFeatures } from "../../src/core/recognise/features";
import { deptReportHeads } from "../../src/core/recognise/families/dept-report-heads";
import { projectReportHeads } from "../../src/core/recognise/families/project-report-heads";
import { linesGrid } from "../helpers";
import { ANALYSIS_HALF, COUNTER_SHAPES, DEPT_EVALUATION_REPORT, DEPT_REPORT_TABLE, EVALUATION_REPORT, OPENING } from "./fam59-shapes";

/**
 * fam59 (session 59): a title-less report read by its section heads (families/report-heads.ts, the reader project-report-heads.ts
 * and dept-report-heads.ts now share):
 * 1. an evaluation report: a head naming the evaluation's own work (二、绩效评价工作开展情况 / (一)评价的范围和目的) under the
 *    project's (项目基本情况) or the department's (部门基本情况) heads — its sentences' monitoring months ('截至2022年7月底') no refusal;
 * 2. a project report's opening: (一)项目概况 / 1.立项背景 over the year's money as it went (年中追加) — an accounts' phrase in its
 *    sentences ('一般公共预算财政拨款收入') no refusal;
 * 3. a report's heads read above a small table closing it (指标分类 | 指标 | 目标值, three targets): the heads, not the table's header;
 * 4. a web page's chrome around the document (当前位置, 发布时间, 【打印本页】, 上一篇 / 下一篇) read blank by the sheet's features.
 * Every shape read here was unknown (or read as another family) on the branch's base (aa642b93, checked) but ANALYSIS_HALF,
 * which the base reads by its blocks' words; every counter-shape is read as no self-evaluation, on the base and here.
 */
const P = (...lines: (string | string[])[]) => linesGrid(lines);

describe("a title-less report read by its section heads (report-heads.ts)", () => {
  it.each([
    ["an evaluation report of a project, its opening cut: its work's heads under the project's money, a monitoring's month in a sentence", EVALUATION_REPORT, "project-self-eval"],
    ["…its numbering otherwise (2. / (2))", EVALUATION_REPORT.map((l) => l.replace(/^二、/, "2.").replace(/^\(([一二三])\)/, (_, n: string) => `(${"一二三".indexOf(n) + 1})`)), "project-self-eval"],
    ["the second half of a transfer payment's self-evaluation report: its analysis heads (资金到位情况分析 …)", ANALYSIS_HALF, "project-self-eval"],
    ["an evaluation report of a department: 评价思路和过程 under 部门(单位)基本情况 / 部门预算安排情况", DEPT_EVALUATION_REPORT, "dept-self-eval"],
    ["a project report's opening: 项目概况 / 立项背景 over 年中追加, an accounts' phrase in its sentence", OPENING, "project-self-eval"],
    ["…its first paragraphs cut: 立项背景 alone under 年中追加", OPENING.slice(2), "project-self-eval"],
    ["a department's report by its heads over a small closing target table", DEPT_REPORT_TABLE, "dept-self-eval"],
  ] as [string, (string | string[])[], string][])("%s → %s", (_, lines, family) => {
    expect(reviewFamily(P(...lines))).toBe(family);
  });

  it("the readers' answers: one reader per family, the heads above the small table read", () => {
    expect(projectReportHeads(sheetFeatures(P(...EVALUATION_REPORT)))).toBe(true);
    expect(deptReportHeads(sheetFeatures(P(...EVALUATION_REPORT)))).toBe(false);
    expect(deptReportHeads(sheetFeatures(P(...DEPT_EVALUATION_REPORT)))).toBe(true);
    expect(projectReportHeads(sheetFeatures(P(...DEPT_EVALUATION_REPORT)))).toBe(false);
    // (read on the base by its blocks' words; now by its heads too — but a monitoring's month in a sentence is outranked only
    // by the evaluation's own work, not by its analysis heads: fam57's '上半年' counter-shape)
    expect(projectReportHeads(sheetFeatures(P(...ANALYSIS_HALF)))).toBe(true);
    expect(projectReportHeads(sheetFeatures(P(...ANALYSIS_HALF, "截至2023年11月底,已拨付资金650万元。")))).toBe(false);
    const table = sheetFeatures(P(...DEPT_REPORT_TABLE));
    expect(table.header?.headerRow).toBe(8);
    expect(deptReportHeads(table)).toBe(true);
  });

  it.each(COUNTER_SHAPES)("not read: %s", (_, lines) => {
    expect(reviewFamily(P(...lines))).not.toMatch(/self-eval/);
  });

  it("a report's heads over a large table (nine lines under its header) are not read above it: the table decides", () => {
    const rows = [...DEPT_REPORT_TABLE, ...Array.from({ length: 6 }, (_, i) => ["科普宣传", `科普活动${i + 1}`, `≥${i + 2}场`])];
    expect(deptReportHeads(sheetFeatures(P(...rows)))).toBe(false);
  });
});

describe("a web page's chrome around the document (page-chrome.ts)", () => {
  it.each([
    ["当前位置:首页 > 信息公开 > 财政资金"],
    [">>政务公开>>重点领域>>文化体育"],
    ["发布时间:2023-06-12 来源:本站 浏览次数:1268 【字体:大 中 小】"],
    ["【打印本页】 【关闭窗口】"],
    ["上一篇:2022年度部门决算说明"],
    ["下一篇:2023年第一季度财政收支情况"],
    ["扫一扫在手机打开当前页"],
  ])("chrome: %s", (line) => {
    // (under the breadcrumb's first line, as pages print it: a '>' carried onto the next line is the breadcrumb's)
    const page = withoutPageChrome(P("当前位置:首页", line, "一、项目基本情况"));
    expect(page?.text(2, 1) ?? "kept").toBe("");
    expect(page?.text(3, 1)).toBe("一、项目基本情况");
  });
  it.each([
    ["a sentence naming a source of funds", "资金来源为省级财政补助资金120万元。"],
    ["a sentence opening with a printer", "打印机购置3台,支出1.2万元。"],
    ["a date in the document's own line", "2023年6月12日"],
    ["a document pasted into one cell after its breadcrumb", "当前位置:首页\n某县档案馆2023年度部门整体支出绩效评价报告\n一、部门基本情况\n(一)部门概况\n某县档案馆内设3个科室,核定编制15人,实有在职人员13人,主要负责全县档案的收集、整理、保管和利用工作。"],
  ])("not chrome: %s", (_, line) => {
    expect(withoutPageChrome(P(line, "一、项目基本情况"))).toBeNull();
  });
  it("a neighbour's title naming a quarter makes no bulletin of an accounts' explanation; its title is the document's", () => {
    const page = P("当前位置:首页 > 信息公开 > 财政资金", "某县司法局2022年度“三公”经费决算情况说明", "一、“三公”经费支出决算总体情况", "2022年度“三公”经费支出决算数为6.2万元,较上年减少1.1万元。", "【打印本页】 【关闭窗口】", "下一篇:2023年第一季度财政收支情况");
    expect(reviewFamily(page)).toBe("unknown");
    expect(review(page, "national").model.title).toContain("决算情况说明");
  });
});
