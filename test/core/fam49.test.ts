import { Converter } from "opencc-js";
import { Grid } from "../../src/core/grid/grid";
import { executionNotice, progressBulletin } from "../../src/core/recognise/families/progress-bulletin";
import { reviewFamily } from "../../src/core/review";
import { BULLETIN_VARIANTS, bulletinVariant } from "./grad49a-variants";
import { withRowsBefore } from "./metamorphic";
import { realGrid, realTruths } from "./title-variants";

/**
 * fam49 (session 49, round 3): a document's family from its body when no title line is kept.
 * 1. progress-bulletin.ts executionNotice: a budget-execution progress notice (预算执行进度通报) in sentences — a period inside
 *    the year and three clauses of what is spent so far (累计支出 N万元), its share of the budget (完成预算的 r%, 支出进度 r%,
 *    预算执行率 r%) or a measure against 序时进度 / the average rate — is a monitoring (北京 中科院 半导体所).
 * 2. progress-bulletin.ts DONE_RATE: the done amount's share of the year's plan ('完成投资343.19亿元,占年度投资计划的44.51%',
 *    '完成全年计划投资的40%') is a progress clause (兰州 重大项目: two clauses only before, under its news 原标题 line).
 * 3. document-text.ts evaluationReportProse: a report cut before its result where its writer says it self-evaluated a named
 *    project / fund / transfer payment ('我局对2023年医疗救助转移支付资金开展了绩效自评'), under two heads of a report's sections
 *    at least, is a project's self-evaluation (临河 医疗救助, 繁體, no title line).
 */
const lines = (rows: string[], name = "Sheet1") => Grid.fromValues(name, rows.map((r) => [r]), []);
const toTraditional = Converter({ from: "cn", to: "tw" });
const toSimplified = Converter({ from: "tw", to: "cn" });
/** a PDF's line breaks: a space every 7 characters inside a long text */
const spaced = (s: string) => (s.length > 20 ? s.replace(/([\u4e00-\u9fff]{7})(?=[\u4e00-\u9fff])/g, "$1 ") : s);

const CAS = "bj-cas-semiconductors-budget-execution-2016-07";
const LANZHOU = "gs-lanzhou-major-projects-progress-2016-07";
const LINHE = "nm-linhe-medical-security-medical-aid-transfer-selfeval-report-2023-trad-excerpt";

describe("a budget-execution progress notice in sentences (executionNotice): monitoring", () => {
  it("北京 中科院 半导体所: no title line, read monitoring (it read unknown)", () => {
    expect(executionNotice(realGrid(CAS))).toBe(true);
    expect(reviewFamily(realGrid(CAS))).toBe("monitoring");
  });
  it.each(BULLETIN_VARIANTS.filter((v) => v !== "to the year's end").map((v) => [v]))("北京 中科院 printed '%s': monitoring", (kind) => {
    const v = bulletinVariant(kind, realGrid(CAS));
    if (v) expect(reviewFamily(v)).toBe("monitoring");
  });
  it("北京 中科院 under a news line: monitoring", () => {
    expect(reviewFamily(withRowsBefore(realGrid(CAS), 1, [[{ v: "来源:所综合处 发布时间:2016-08-05" }]]).grid)).toBe("monitoring");
  });
  const NOTICES: [string, string[]][] = [
    ["a county's notice to its units", ["各预算单位:", "现将2023年1-9月全县预算执行情况通报如下:", "一、总体情况", "截至2023年9月底,全县一般公共预算支出累计支出12.5亿元,完成预算的68.2%,低于序时进度6.8个百分点。", "二、各单位执行情况", "15个单位预算执行率高于全县平均执行率,8个单位支出进度低于序时进度,请加快执行。"]],
    ["the half year, another order", ["上半年全市预算执行情况", "上半年,全市项目支出进度为41.3%,慢于序时进度8.7个百分点;累计支出资金3.21亿元。"]],
    ["前三季度, no section heads", ["前三季度,局属单位累计支出8650万元,预算执行率为71.2%,低于序时进度3.8个百分点。"]],
  ];
  it.each(NOTICES)("%s: monitoring", (_, rows) => {
    expect(reviewFamily(lines(rows))).toBe("monitoring");
  });
  it.each(NOTICES)("%s in 繁體 with spaces inside its words: monitoring", (_, rows) => {
    expect(reviewFamily(lines(rows.map((r) => spaced(toTraditional(r)))))).toBe("monitoring");
  });
  it.each([
    ["a funds-allocation news item stating its spending once (2 clauses)", ["今年以来,某区共收到直达资金54994.27万元。截至3月31日,财政已全部分配至各单位,分配进度100%。", "分资金看,农田建设补助资金484万元。截至3月31日,已累计支出7418.66万元,支出进度达54%。"]],
    ["a self-evaluation report's execution", ["一、项目基本情况", "截至9月底累计支出120万元,预算执行率为60%,低于序时进度15个百分点,全年预算执行率为98%。", "二、自评结论:项目自评得分92分。"]],
    ["the year's end (决算)", ["截至12月底,全县累计支出32.5亿元,完成预算的99.1%,预算执行率为99.1%,高于全省平均执行率。"]],
    ["a rectification report", ["1-9月累计支出120万元,预算执行率为60%,低于序时进度15个百分点。", "针对支出进度慢的问题,整改措施如下。"]],
  ])("not: %s", (_, rows) => {
    expect(executionNotice(lines(rows))).toBe(false);
    expect(reviewFamily(lines(rows))).not.toBe("monitoring");
  });
});

describe("a progress bulletin's done amount over the year's plan (DONE_RATE): 兰州", () => {
  it("兰州 重大项目 under its news 原标题 line: monitoring (two clauses read before, now four)", () => {
    expect(progressBulletin(realGrid(LANZHOU))).toBe(true);
    expect(reviewFamily(realGrid(LANZHOU))).toBe("monitoring");
  });
  it.each(BULLETIN_VARIANTS.filter((v) => v !== "to the year's end").map((v) => [v]))("兰州 printed '%s': monitoring", (kind) => {
    const v = bulletinVariant(kind, realGrid(LANZHOU));
    expect(v).not.toBeNull();
    expect(reviewFamily(v!)).toBe("monitoring");
  });
  const BULLETINS: [string, string[]][] = [
    ["another period, the plan's share in other words", ["1-9月,全区32个重点项目计划投资85亿元,累计完成投资56.7亿元,占年度计划的66.7%。其中产业项目完成投资30.2亿元,占全年投资计划的71%。新开工项目开工率达75%。"]],
    ["截至 a month's end, 完成全年计划的", ["截至8月底,全市重点工程完成投资120.5亿元,完成全年计划的62.3%;市政项目完成投资40.1亿元,占年度投资计划的58.2%;交通项目完成年度计划投资的70.5%。"]],
  ];
  it.each(BULLETINS)("%s: monitoring", (_, rows) => {
    expect(reviewFamily(lines(rows))).toBe("monitoring");
    expect(reviewFamily(lines(rows.map((r) => spaced(toTraditional(r)))))).toBe("monitoring");
  });
  it.each([
    ["a self-evaluation's completion", ["一、项目基本情况", "1-9月完成投资56.7亿元,占年度计划的66.7%;全年完成投资85亿元,完成年度计划的100%,开工率达100%。", "二、自评结论"]],
    ["a year's work summary", ["2023年工作总结", "1-12月,全区重点项目完成投资85亿元,占年度计划的102%;产业项目完成投资30.2亿元,占全年投资计划的105%,开工率达100%,工作进展顺利。"]],
  ])("not: %s", (_, rows) => {
    expect(progressBulletin(lines(rows))).toBe(false);
  });
});

describe("a project's self-evaluation report from its body, cut before its result (evaluationReportProse)", () => {
  it("临河 医疗救助 (繁體, no title line): project-self-eval (it read unknown)", () => {
    expect(reviewFamily(realGrid(LINHE))).toBe("project-self-eval");
  });
  it("临河 in simplified characters, with spaces inside its words, under a news line: project-self-eval", () => {
    const g = realGrid(LINHE);
    const rows: string[] = [];
    for (let r = 1; r <= g.rowCount; r++) rows.push(g.text(r, 1));
    expect(reviewFamily(lines(rows.map((r) => toSimplified(r))))).toBe("project-self-eval");
    expect(reviewFamily(lines(rows.map((r) => spaced(r))))).toBe("project-self-eval");
    expect(reviewFamily(withRowsBefore(g, 1, [[{ v: "发布时间:2024-03-20 来源:区医疗保障局" }]]).grid)).toBe("project-self-eval");
  });
  const REPORTS: [string, string[]][] = [
    ["another fund, 进行了", ["一、基本情况", "(一)项目概况。2022年县级农村公路养护专项资金安排860万元,用于全县农村公路日常养护。", "(二)绩效目标", "完成农村公路养护里程1200公里。", "二、自评结论", "本单位对2022年农村公路养护专项资金进行了绩效自评,按照"]],
    ["a policy, 完成了…自评, heads of problems", ["一、项目基本情况", "根据有关文件,下达资金320万元。", "二、绩效目标完成情况", "我委对2023年就业补助政策完成了绩效自评工作。", "三、存在的问题"]],
  ];
  it.each(REPORTS)("%s: project-self-eval, also in 繁體 with spaces", (_, rows) => {
    expect(reviewFamily(lines(rows))).toBe("project-self-eval");
    expect(reviewFamily(lines(rows.map((r) => spaced(toTraditional(r)))))).toBe("project-self-eval");
  });
  it.each([
    ["a notice asking for self-evaluations (no 了)", ["一、基本情况", "请各单位对2023年项目资金开展绩效自评工作。", "二、绩效目标", "三、工作要求"]],
    ["a circular of several results", ["一、基本情况", "我局对2023年15个项目资金开展了绩效自评。", "二、自评结果", "A项目自评得分95分;B项目自评得分88分。"]],
    ["a department's whole spending", ["一、基本情况", "我单位对2023年部门整体支出开展了绩效自评。", "二、绩效目标完成情况"]],
    ["an accounts' explanation", ["一、基本情况", "二、收入支出决算总体情况说明", "三、绩效目标", "我单位对2023年3个项目资金开展了绩效自评。"]],
    ["one report's head only", ["一、基本情况", "我局对2023年医疗救助资金开展了绩效自评,基本完成了目标任务。"]],
  ])("not: %s", (_, rows) => {
    expect(reviewFamily(lines(rows))).not.toBe("project-self-eval");
  });
});

describe("reach on the real sheets (each reading fires only where its truth's family is read)", () => {
  it("executionNotice and progressBulletin fire only on monitoring truths", () => {
    let fired = 0;
    let right = 0;
    for (const t of realTruths()) {
      const g = realGrid(t.id);
      if (!(progressBulletin(g) || executionNotice(g))) continue;
      fired++;
      if (t.family === "monitoring") right++;
    }
    expect(fired).toBeGreaterThanOrEqual(2);
    expect(right).toBe(fired);
  });
});

describe("generated shapes of the classes' real sheets (n kept of n, scripts/fam49-variants.ts)", () => {
  it("every prose monitoring / unknown real sheet read right keeps its family in 繁體, with spaces inside words, under a news line", () => {
    let n = 0;
    let kept = 0;
    const missed: string[] = [];
    for (const t of realTruths()) {
      if (t.family !== "monitoring" && t.family !== "unknown") continue;
      const g = realGrid(t.id);
      const f = reviewFamily(g);
      if (f !== t.family || g.rowCount > 60) continue;
      const shapes = [
        bulletinVariant("traditional", g),
        bulletinVariant("spaces inside", g),
        withRowsBefore(g, 1, [[{ v: "发布时间:2024-03-20 来源:本站 浏览次数:128" }]]).grid,
      ];
      for (const v of shapes) {
        if (!v) continue;
        n++;
        if (reviewFamily(v) === t.family) kept++;
        else missed.push(t.id);
      }
    }
    expect(missed).toEqual([]);
    expect(kept).toBe(n);
  });
});
