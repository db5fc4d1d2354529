import { Grid } from "../../src/core/grid/grid";
import type { CellValue } from "../../src/core/grid/grid";
import { progressTable } from "../../src/core/recognise/progress-table";
import { projectResults } from "../../src/core/recognise/project-results";
import { reportResult, reportTitleIn } from "../../src/core/recognise/report-scores";
import { review, reviewFamily } from "../../src/core/review";
import { filledAcross, traditional } from "./metamorphic";
import { PROGRESS_SHAPES, progressSources, progressVariant, RESULTS_SHAPES, resultsSources, resultsVariant } from "./grad50c-variants";
import { realGrid, realTruths } from "./title-variants";

/**
 * grad50c (session 50): tables under prose whose family was missed, a sentence score, a filled-down 序号, an untitled report.
 * 1. progress-table.ts: a progress / completion table (plan | done | rate, or done | 占全年计划 with the plan in the names)
 *    reads as monitoring, its header the head line, its rates read against done ÷ plan.
 * 2. project-results.ts: a list of projects each with its evaluation's score (项目名称 | … | 自评得分) reads as
 *    evaluation-summary.
 * 3. report-scores.ts / prose-counts.ts: an evaluation's result stated as its score ('最终评价结果为98分') is the report's whole.
 * 4. code-sequence.ts: a serial column writing a number on three lines in a row (a merge filled) excuses a number written
 *    again on the next line.
 * 5. report-scores.ts ENDS_REPORT: a 公文's title run on with its addressee ('…绩效评价的报告 财政部农业司:') is the report's title.
 */
const grid = (rows: (CellValue | undefined)[][], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const lines = (...rows: string[]) => grid(rows.map((r) => [r]));
const findings = (g: Grid, rule: string) => review(g, "national").findings.filter((f) => f.rule === rule).map((f) => f.cell);

describe("progress tables: the real ones printed in the class's shapes", () => {
  const sources = progressSources();
  it("the sources are the real monitoring truths with a done and a rate column (湘西, 上海)", () => {
    // (the corpus grows: corpus50a's 贵州 百日会战 table is a source since its merge)
    expect(sources.map((s) => s.id)).toEqual(expect.arrayContaining(["hn-xiangxi-key-projects-progress-2021-09", "sh-livelihood-projects-completion-2024-excerpt"]));
  });
  let n = 0;
  let read = 0;
  const missed: string[] = [];
  for (const s of sources) {
    for (const shape of PROGRESS_SHAPES) {
      const v = progressVariant(s, shape);
      if (!v) continue;
      n++;
      const r = review(v.grid, "national");
      const flagged = r.findings.filter((f) => f.rule === "ratio-mismatch").map((f) => f.cell);
      if (r.model.family === "monitoring" && r.model.headerRow === v.headerRow && (!v.slipCell || flagged.includes(v.slipCell))) read++;
      else missed.push(`${s.id} · ${shape}`);
    }
  }
  it("every shape reads as monitoring under its head line, a slip in a rate flagged at its cell (n of n, but one)", () => {
    // (seven shapes for a source with a plan column, five for one with the plan in the names)
    expect(n).toBe(sources.reduce((a, s) => a + (s.heads.plan !== null ? PROGRESS_SHAPES.length : PROGRESS_SHAPES.length - 2), 0));
    // (lead, session 50: 贵州's heads broken after their second character — '百日' over '会战投资目标(亿元)', '完成' over
    // '比例%' — read the second line alone as the head, family unknown; a break at no word's end, left)
    expect(missed.filter((m) => !m.startsWith("gz-key-projects-hundred-day-campaign-progress-2015-09 · the heads written over two lines"))).toEqual([]);
    expect(read).toBeGreaterThanOrEqual(n - 1);
  });
  it("湘西's slip: line 2's rate 73.2% printed 78.2% is flagged at its cell; the lines printed right are not (but 州直's 58.8% for 58.71%, the truth's acceptable)", () => {
    const v = progressVariant(sources.find((s) => s.id.startsWith("hn-xiangxi"))!, "a slip in a rate")!;
    // 42.6 → 31.2: 73.24%, printed 78.2%
    expect(v.slipCell).toBe("D9");
    expect(findings(v.grid, "ratio-mismatch").sort()).toEqual(["D17", "D9"]);
  });
});

describe("progress tables: near variants written by hand", () => {
  const table = (heads: string[], rows: (string | number)[][], above: string[] = []) => grid([...above.map((a) => [a]), heads, ...rows]);
  it.each([
    ["plan | done | rate, the rate in percent", ["县区", "年度计划", "1-9月完成", "完成率"], [["甲县", 80, 60, "75%"], ["乙县", 50, 45, "90%"], ["丙县", 40, 20, "50%"]]],
    ["the rate as points under (%)", ["项目", "全年计划投资", "累计完成投资", "完成进度(%)"], [["道路", 100, 40, 40], ["学校", 20, 15, 75]]],
    ["a count column between the name and the plan", ["单位", "项目个数", "年投资计划", "完成投资", "投资完成率"], [["城区", 12, 30, 27, "90%"], ["新区", 8, 20, 10, "50%"]]],
    ["done and the plan's share, the plan in the names", ["序号", "实事项目名称", "完成情况", "占全年计划"], [[1, "新建10所幼儿园", 12, "120%"], [2, "改造200户危房", 150, "75%"]]],
    ["繁體: 年度計劃 | 累計完成 | 完成率", ["項目", "年度計劃", "累計完成", "完成率"], [["道路", 100, 40, "40%"], ["學校", 20, 15, "75%"]]],
  ])("%s reads as monitoring, its rates checked", (_, heads, rows) => {
    const g = table(heads as string[], rows as (string | number)[][], ["2024年1-9月重点项目进展情况"]);
    expect(progressTable(g)?.headerRow).toBe(2);
    expect(reviewFamily(g)).toBe("monitoring");
    expect(findings(g, "ratio-mismatch")).toEqual([]);
  });
  it("a rate that is not done ÷ plan is flagged at its cell (乙县 45 / 50 = 90%, printed 95%)", () => {
    const g = table(["县区", "年度计划", "1-9月完成", "完成率"], [["甲县", 80, 60, "75%"], ["乙县", 50, 45, "95%"], ["丙县", 40, 20, "50%"]], ["重点项目进展"]);
    expect(findings(g, "ratio-mismatch")).toEqual(["D4"]);
  });
  it.each([
    ["a 决算 table (预算数 | 决算数 | 完成预算%)", ["项目", "预算数", "决算数", "完成预算%"], "2023年一般公共预算收入决算表"],
    ["a 三公 table (年初预算数 | 执行数 | 执行率)", ["项目", "年初预算数", "执行数", "执行率"], "2023年三公经费支出情况"],
    ["a budget's revenue completion (年初预算 | 完成数 | 完成率)", ["项目", "年初预算", "完成数", "完成率"], "收入完成情况表"],
    ["a survey's results (样本数 | 满意数 | 满意率)", ["调查对象", "样本数", "满意数", "满意率"], "满意度调查结果"],
    ["an indicator table (指标 | 目标值 | 完成值 | 完成率)", ["三级指标", "目标值", "完成值", "完成率"], "绩效目标完成情况"],
    ["a handling list (交办数 | 办结数 | 办结率)", ["单位", "交办数", "办结数", "办结率"], "热线办理情况"],
    ["a completion rate with no plan anywhere (完成数 | 完成率)", ["单位", "任务数", "完成数", "完成率"], "工作完成情况"],
  ])("%s is no progress table", (_, heads, title) => {
    const g = table(heads as string[], [["甲", 100, 80, "80%"], ["乙", 50, 45, "90%"]], [title as string]);
    // (a completion rate whose plan is a 任务数 column is a progress table only where the rate's head names the plan or a
    // plan's head stands left of the done: 任务数 is read as the plan — the last case reads)
    if ((heads as string[])[1] === "任务数") expect(progressTable(g)?.planCol).toBe(2);
    else expect(progressTable(g)).toBeNull();
  });
  it("a progress table in a self-evaluation (its words 自评 / 绩效评价) names no monitoring", () => {
    const g = table(["项目", "年度计划", "完成", "完成率"], [["道路", 100, 40, "40%"], ["学校", 20, 15, "75%"]], ["2023年度项目支出绩效自评报告", "一、项目完成情况"]);
    expect(reviewFamily(g)).not.toBe("monitoring");
  });
  it("on the 709 real sheets, the table is read only on monitoring truths (湘西, 上海)", () => {
    const fired = realTruths().filter((t) => progressTable(realGrid(t.id)) !== null);
    expect(fired.map((t) => t.id)).toEqual(expect.arrayContaining(["hn-xiangxi-key-projects-progress-2021-09", "sh-livelihood-projects-completion-2024-excerpt"]));
    expect(fired.filter((t) => t.family !== "monitoring").map((t) => t.id)).toEqual([]);
  });
});

describe("project result lists", () => {
  const sources = resultsSources();
  let n = 0;
  let read = 0;
  for (const s of sources) {
    for (const shape of RESULTS_SHAPES) {
      const v = resultsVariant(s, shape);
      n++;
      const m = review(v.grid, "national").model;
      if (m.family === "evaluation-summary" && m.headerRow === v.headerRow) read++;
    }
  }
  it("every real result list naming projects and a score, in every shape, reads as evaluation-summary under its head (n of n)", () => {
    expect(n).toBe(sources.length * RESULTS_SHAPES.length);
    expect(read).toBe(n);
  });
  it("长安: a 部门绩效自评结果公开汇总表 under a web page's lines reads as evaluation-summary, header row 9", () => {
    const m = review(realGrid("he-shijiazhuang-changan-medical-security-bureau-selfeval-results-summary-2023-excerpt"), "national").model;
    expect([m.family, m.headerRow]).toEqual(["evaluation-summary", 9]);
  });
  it.each([
    ["项目名称 | 资金量(万元) | 评价得分", ["项目名称", "资金量(万元)", "评价得分"], [["甲项目", 100, 92], ["乙项目", 50, 85]]],
    ["序号 | 项目 | 自评分数 | 备注", ["序号", "项目", "自评分数", "备注"], [[1, "道路养护", 95, ""], [2, "农村饮水", 88.5, ""]]],
    ["繁體 項目名稱 | 自評得分", ["項目名稱", "主管部門", "自評得分"], [["甲項目", "財政局", 90], ["乙項目", "教育局", 78]]],
  ])("%s reads", (_, heads, rows) => {
    const g = grid([heads as string[], ...(rows as (string | number)[][])]);
    expect(projectResults(g)?.headerRow).toBe(1);
    expect(projectResults(traditional(g))?.headerRow).toBe(1);
  });
  it.each([
    ["a rubric (考核项目 | 考核内容 | 分值 | 得分)", ["考核项目", "考核内容", "分值", "得分"], [["组织", "制度", 10, 9], ["实施", "进度", 20, 18]]],
    ["a two-up rubric's points (项目 | 具体项目 | 评分, small points)", ["项目", "具体项目", "评分"], [["食品卫生", "四不制度", 2], ["售饭工具", "消毒", 7]]],
    ["a budget list with no score (项目名称 | 预算数 | 执行数)", ["项目名称", "预算数", "执行数"], [["甲", 100, 92], ["乙", 50, 45]]],
    ["a list of projects' targets (项目名称 | 指标 | 目标值 | 得分)", ["项目名称", "指标", "目标值", "得分"], [["甲", "数量", "100", 90], ["乙", "质量", "95%", 88]]],
  ])("%s is no result list", (_, heads, rows) => {
    expect(projectResults(grid([heads as string[], ...(rows as (string | number)[][])]))).toBeNull();
  });
  it("on the 709 real sheets, the list is read only on evaluation-summary truths", () => {
    const fired = realTruths().filter((t) => projectResults(realGrid(t.id)) !== null);
    expect(fired.map((t) => t.id)).toContain("he-shijiazhuang-changan-medical-security-bureau-selfeval-results-summary-2023-excerpt");
    expect(fired.filter((t) => t.family !== "evaluation-summary").map((t) => t.id)).toEqual([]);
  });
});

describe("an evaluation's result stated as its score", () => {
  it.each([
    ["最终评价结果为98分,评价等级为优。", 98],
    ["经综合评价,综合评价结果为92.5分,评价等级为优秀。", 92.5],
    ["本项目绩效评价结果:88分,等级为良。", 88],
    ["考核结果为95分，评价等级为优。", 95],
    ["最終評價結果為98分,評價等級為優。", 98],
    ["对该项目绩效进行了评价,最终 评价结果为 90分。", 90],
  ])("'%s' is the report's whole", (text, score) => {
    const g = lines("某项目支出绩效评价报告", "一、项目概况", "项目安排资金100万元。", "二、评价结论", text);
    expect(reportResult(g)?.totals?.score?.value).toBe(score);
  });
  it.each([
    ["a part's score", "其中产出指标得分为38分。"],
    ["a band's bound", "评价结果80分以上为良。"],
    ["an indicator's result", "产出指标评价结果为38分。"],
  ])("%s is no whole", (_, text) => {
    const g = lines("某项目支出绩效评价报告", "一、项目概况", text);
    expect(reportResult(g)).toBeNull();
  });
  it("昆明 送温暖: total 98 at A7", () => {
    const m = review(realGrid("yn-kunming-federation-of-trade-unions-warmth-fund-eval-report-2018-excerpt"), "national").model;
    expect([m.totals?.score?.value, m.totals?.score?.cell]).toEqual([98, "A7"]);
  });
});

describe("a serial column merged down over an item's lines, filled", () => {
  const rows = (codes: (number | string)[]) => grid([["为民办实事项目完成情况"], ["序号", "项目名称", "完成数", "占全年计划"], ...codes.map((c, i) => [c, `项目${i + 1}`, 100 + i, `${100 + i}%`])]);
  it("上海 实事项目 filled down: no code-sequence finding", () => {
    const g = filledAcross(realGrid("sh-livelihood-projects-completion-2024-excerpt"));
    expect(findings(g, "code-sequence")).toEqual([]);
  });
  it("1,1,1,2,3,3,4: a number on three lines in a row says the column writes an item over several lines — 3,3 is one item", () => {
    expect(findings(rows([1, 1, 1, 2, 3, 3, 4]), "code-sequence")).toEqual([]);
  });
  it("1,2,3,3,4 with no item over three lines: the repeat is a slip, flagged", () => {
    expect(findings(rows([1, 2, 3, 3, 4]), "code-sequence")).toEqual(["A6"]);
  });
});

describe("a 公文's title run on with its addressee", () => {
  const body = (...rows: string[]) => rows.map((r) => (r ? r + "|" : "")).join("\n");
  it.each([
    ["the addressee glued", "财政部驻黑龙江省财政监察专员办事处关于黑龙江省林业厅2016年林业补助资金绩效评价的报告财政部农业司:"],
    ["a full-width colon", "某县财政局关于2023年农业专项资金绩效评价的报告市财政局："],
    ["no addressee", "关于上报2023年度项目支出绩效自评的报告"],
  ])("%s: the title is read", (_, line) => {
    expect(reportTitleIn(body(line, "一、基本情况"))).not.toBeNull();
  });
  it.each([
    ["a notice about a report", "关于报送2023年度项目支出绩效自评报告的通知各单位:"],
    ["a letter's title naming no report at its end", "关于开展2016年林业补助资金绩效评价工作的函"],
  ])("%s: no title of a report", (_, line) => {
    expect(reportTitleIn(body(line, "一、基本情况"))).toBeNull();
  });
});
