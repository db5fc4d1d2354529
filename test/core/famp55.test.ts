import { Grid } from "../../src/core/grid/grid";
import { sheetFeatures } from "../../src/core/recognise";
import { monitoringHeads } from "../../src/core/recognise/families/monitoring-heads";
import { statedEvaluationKind } from "../../src/core/recognise/families/report-statement";
import { reportVocabularyKind, withoutPartScores } from "../../src/core/recognise/families/report-vocabulary";
import { oneCellLines, oneCellRubric } from "../../src/core/recognise/one-cell-document";
import { rubricLines } from "../../src/core/recognise/rubric-lines";
import { reviewFamily } from "../../src/core/review";
import { type Fam53Variant, fam53Variant } from "./fam53-variants";
import { realGrid } from "./title-variants";

/**
 * famp55 (session 55; test/fixtures/real/famp55-s55-diagnosis.md): prose reports' families when only part of them is printed.
 * 1. report-vocabulary.ts: the output indicators' categories (数量/质量/时效/成本指标) a kind of their own; a self-evaluation's
 *    analysis heads (绩效目标完成情况分析, 绩效情况分析, 偏离绩效目标, 未完成的绩效目标) name it; a quoted slogan's 监控 is no
 *    monitoring's word; a report's parts' points beside their heads are not several results; two coded heads naming the
 *    department's whole spending read the department's report.
 * 2. report-statement.ts: '现将…汇总如下', and the plain '现将有关情况报告如下' where its paragraph said the evaluation done.
 * 3. progress-bulletin.ts: the year's start/finish plan completed (完成年度开工计划的83.3%), rates listed (完成率分别为…),
 *    投资完成率 against the year's plan.
 * 4. monitoring-heads.ts: a monitoring report by its own section heads.
 * 5. one-cell-document.ts: a rubric pasted into one cell read by the rubric readers; rubric-lines.ts: a rubric's excerpt by
 *    its lines of points given or taken.
 */
const lines = (rows: string[]) => Grid.fromValues("Sheet1", rows.map((r) => [r]), []);
const vocabulary = (rows: string[]) => reportVocabularyKind(sheetFeatures(lines(rows)));

/** a transfer payment's self-evaluation report's second half: its indicators one by one under the analysis head */
const INDICATORS_HALF = [
  "(三)绩效指标完成情况分析",
  "1.数量指标:全年发放补助资金对象404人,年初指标值400人,实际完成值404人。",
  "2.质量指标:资金发放准确率100%。",
  "3.时效指标:补助资金每月按时发放。",
  "4.成本指标:按国家规定标准发放。",
  "5.满意度指标:服务对象满意度98%。",
];

describe("report-vocabulary: a self-evaluation's second half by its indicators and its analysis heads", () => {
  it.each([
    ["the indicator categories under '绩效指标完成情况分析'", INDICATORS_HALF, "project"],
    // '三、偏离绩效目标的原因和下一步改进措施' after the indicators: the template's own head
    ["indicators, then the deviation's reasons", [...INDICATORS_HALF.slice(1), "三、偏离绩效目标的原因和下一步改进措施", "项目已全部完成,无偏离。"], "project"],
    // '二、绩效情况分析' over the targets' completion and the money's use
    ["'绩效情况分析' over targets and money", ["绩效目标完成情况良好,资金及时足额发放。", "二、绩效情况分析", "(一)资金情况分析", "确保资金使用效率,资金按时足额到位。"], "project"],
    // a slogan in quotes names a monitoring ('预算执行有监控'): cited, not the report's own words
    ["a quoted slogan with 监控", [...INDICATORS_HALF, "下一步:建立“预算编制有目标、预算执行有监控、预算完成有评价”的全过程预算绩效管理机制。"], "project"],
  ] as [string, string[], string][])("%s → %s", (_, rows, kind) => {
    expect(vocabulary(rows)).toBe(kind);
  });
  it.each([
    // the same indicators reported months so far: a monitoring's (1-6月)
    ["months so far", [...INDICATORS_HALF, "1-6月资金执行率45%。"]],
    // the categories alone, no analysis head nor any other kind: a target declaration's list
    ["the categories alone", ["1.数量指标:发放对象400人。", "2.质量指标:发放准确率100%。", "3.时效指标:按月发放。"]],
    // monitoring outside the quotes stays a monitoring's word
    ["监控 unquoted", [...INDICATORS_HALF, "下一步加强绩效监控。"]],
  ] as [string, string[]][])("not with %s", (_, rows) => {
    expect(vocabulary(rows)).toBeNull();
  });
});

describe("a report's parts' points beside their heads (withoutPartScores), by hand", () => {
  it.each([
    // sections and indicator categories scored in brackets: their points out, the words kept
    ["二、预算执行情况(自评得分10分)|", "二、预算执行情况|"],
    ["1.数量指标(自评得分20分):完成新建公厕50座。|", "1.数量指标:完成新建公厕50座。|"],
    ["(二)、完成绩效效益指标(自评得分40分)|", "(二)、完成绩效效益指标|"],
    // a project named with its score is a circular's line: kept
    ["1.农村公厕建设项目(自评得分92分)|", "1.农村公厕建设项目(自评得分92分)|"],
    // a score in a sentence: kept
    ["经自评,项目自评得分为95分。|", "经自评,项目自评得分为95分。|"],
  ] as [string, string][])("%s → %s", (line, out) => expect(withoutPartScores(line)).toBe(out));
  it("a report whose sections carry their points reads project; projects each scored stay no one report", () => {
    const parts = ["一、项目基本情况(自评得分100分)", "二、预算执行情况(自评得分10分)", "全年执行数850万元,执行率100%。", "三、绩效目标及指标完成情况(自评得分90分)", "1.数量指标(自评得分20分):完成新建农村公共厕所50座。", "四、存在的问题", "无。"];
    expect(vocabulary(parts)).toBe("project");
    const circular = ["1.农村公厕建设项目(自评得分92分)", "资金执行率100%,产出指标全部完成。", "2.乡村道路项目(自评得分85分)", "存在的问题:进度偏慢。下一步加快建设。"];
    expect(vocabulary(circular)).toBeNull();
  });
});

describe("report-vocabulary: the department's whole spending heading its sections", () => {
  const DEPT = ["一、基本情况", "(一)部门整体支出概况。", "2021年部门决算支出799.12万元,其中人员经费434.89万元。", "(二)部门整体支出绩效目标。", "充分发挥职能作用,确保各项工作完成。", "(三)部门整体支出或项目实施情况分析。", "基本支出主要包括人员经费及日常公用经费支出等。"];
  it("two such heads: dept (and the sheet dept-self-eval)", () => {
    expect(vocabulary(DEPT)).toBe("dept");
    expect(reviewFamily(lines(DEPT))).toBe("dept-self-eval");
  });
  it.each([
    ["one such head", DEPT.slice(0, 3)],
    // a project named: a project's form under its department's heads
    ["a project named", ["项目名称:农村公路养护", ...DEPT]],
    // an accounts' explanation heading its sections with the whole spending
    ["an accounts' text", ["2021年部门决算说明", ...DEPT]],
  ] as [string, string[]][])("not with %s", (_, rows) => expect(vocabulary(rows)).not.toBe("dept"));
});

describe("report-statement: the plain statement after the evaluation said done", () => {
  const HEADS = ["一、基本情况", "(一)资金总体情况。中央财政下拨补助资金共16项。", "(二)绩效目标"];
  const stated = (rows: string[]) => statedEvaluationKind(sheetFeatures(lines(rows)));
  it.each([
    ["'开展了绩效评价…现将有关情况报告如下'", "黑龙江专员办对省林业厅2016年林业补助资金使用情况开展了绩效评价,评定等级和量化打分。现将有关情况报告如下:", "project"],
    ["'…绩效自评,现将自评情况汇总如下'", "结合我市实际情况,开展了2023年中央水污染防治专项资金预算执行情况绩效自评,现将自评情况汇总如下:", "project"],
    // nothing said done: a notice's or a summary's opening
    ["no evaluation said done", "为加强资金管理,现将有关情况报告如下:", null],
    // a monitoring carried out: no evaluation
    ["a monitoring done", "我局开展了绩效监控,现将有关情况报告如下:", null],
  ] as [string, string, string | null][])("%s → %s", (_, opening, kind) => expect(stated([opening, ...HEADS])).toBe(kind));
});

describe("progress-bulletin: a year's works against their start and finish plans, rates listed", () => {
  it("a year-end bulletin with its start and finish plans completed (three clauses): monitoring", () => {
    const rows = [
      "2017年重点工程本年计划投资约2744亿元,全年完成投资2781.9亿元,占年度投资计划的101.4%。",
      "全年新开工85项,完成年度开工计划的83.3%;完工35项,完成年度竣工计划的87.5%。",
    ];
    expect(reviewFamily(lines(rows))).toBe("monitoring");
  });
  it("the counties' completion rates listed under the first three quarters: monitoring", () => {
    const rows = [
      "由各县负责推进的市重点项目77个,前三季度共投入资金79亿元,占年度计划的81.7%。",
      "通河县、延寿县、依兰县负责推进的市重点项目投资完成率分别为107.1%、102.1%和97.1%,位列前三位。",
      "由各市直部门负责推进的市重点项目90个,前三季度投入资金430.1亿元,占年度计划的104.2%。",
    ];
    expect(reviewFamily(lines(rows))).toBe("monitoring");
  });
  it("a year's 1-12月 completion with its investment completion rate against the plan: monitoring", () => {
    const rows = ["省级6项,当年计划投资19亿元。1-12月份完成投资28.78亿元,投资完成率151.47%。", "市级5项,当年计划投资22.67亿元。1-12月份完成投资26.4亿元,投资完成率116.45%。", "县级16项,当年计划投资21.6亿元。1-12月份完成投资22.39亿元,投资完成率103.66%。"];
    expect(reviewFamily(lines(rows))).toBe("monitoring");
    // the same named a year's work summary: its year-end figures are no bulletin's
    expect(reviewFamily(lines(["2021年度工作总结", ...rows]))).not.toBe("monitoring");
  });
});

describe("monitoring-heads: a monitoring report by its section heads", () => {
  const heads = (rows: string[]) => monitoringHeads(sheetFeatures(lines(rows)));
  const REPORT = ["在绩效监控工作实施过程中,我局要求各项目责任人严格按照年初预算的绩效目标使用资金。", "二、预算执行进度和绩效目标运行情况", "(一)预算执行进度情况及趋势分析", "我局具体实施的部门预算项目有23个。"];
  it("two heads naming the execution's progress and the targets' run: yes (and the sheet monitoring)", () => {
    expect(heads(REPORT)).toBe(true);
    expect(reviewFamily(lines(REPORT))).toBe("monitoring");
  });
  it.each([
    // one head only
    ["one head", [REPORT[0], REPORT[1], REPORT[3]]],
    // the same word twice ('执行进度' and '执行进度'): one kind of head
    ["one word twice", ["一、预算执行进度", "二、项目执行进度", "正文。"]],
    // an evaluation named: a self-evaluation speaking of its execution
    ["an evaluation named", ["本单位开展了绩效自评。", ...REPORT]],
  ] as [string, string[]][])("not with %s", (_, rows) => expect(heads(rows)).toBe(false));
});

describe("one-cell-document: a rubric pasted into one cell", () => {
  const RUBRIC = ["某县信访工作目标管理考核办法", "一、落实信访接待登记制度(5分)", "1.来信来访接待登记(3分)。未建立登记制度的扣1分;未落实专人的扣1分;资料不完善的扣1分。", "2.领导开门接访制度(2分)。未落实的每项扣1分。", "二、信访秩序整治(25分)", "3.非访(15分)。进京非访扣15分/批次。", "4.越级上访(5分)。进京越级访扣5分/批次。", "5.劝返(5分)。未及时劝返的扣5分/批次。"];
  const oneCell = (rows: string[]) => Grid.fromValues("Sheet1", [[rows.join("\n")]], []);
  it("its lines laid out one a row, by hand", () => {
    const g = oneCellLines(oneCell(["a", " b ", "", "c"]))!;
    expect([g.rowCount, g.text(1, 1), g.text(2, 1), g.text(3, 1)]).toEqual([3, "a", "b", "c"]);
    expect(oneCellLines(oneCell(["a", "b"]))).toBeNull();
    expect(oneCellLines(lines(["a", "b", "c"]))).toBeNull();
  });
  it("the rubric in one cell reads indicator-system, as its rows do", () => {
    expect(reviewFamily(lines(RUBRIC))).toBe("indicator-system");
    expect(oneCellRubric(oneCell(RUBRIC))).toBe(true);
    expect(reviewFamily(oneCell(RUBRIC))).toBe("indicator-system");
  });
  it("a report in one cell is no rubric", () => {
    expect(oneCellRubric(oneCell(INDICATORS_HALF))).toBe(false);
  });
});

describe("rubric-lines: a rubric's excerpt by its lines of points given or taken", () => {
  it.each([
    ["deductions under a pointed head", ["二、农业生产(14分)", "1、粮食生产(3分):完成全年任务的计1分,每减少10%扣0.1分;每抛荒一亩扣1分。", "2、油菜生产(3分):完成种植计划计4分,未办示范片扣2分。", "3、畜牧生产:防疫不力的扣2分。"], true],
    ["items with their value's points", ["技术服务及宣传占分值2分,", "作业任务落实情况占分值6分,", "项目监督、检查占分值10分,", "项目档案管理占分值2分。"], true],
    // (fix55) the same clauses closed under the page's whole and its heading: an outline on the page, prose-rubric.ts's to read or refuse
    ["items with their value's points, the outline whole on the page", ["总分值20分。", "技术服务及宣传占分值2分,", "作业任务落实情况占分值6分,", "项目监督、检查占分值10分,", "项目档案管理占分值2分。"], false],
    // (fix55) three rules and no head carrying points: a sentence's worth (fam46's near shape); a fourth makes a page of items
    ["three rules, no pointed head", ["某市考核评分表", "(1)达到目标任务的,得3.7分,否则不得分。", "(2)达到目标的,得2.3分,否则不得分。", "(3)完成任务的,得1分,否则不得分。"], false],
    ["four rules, no pointed head", ["某市考核评分表", "(1)达到目标任务的,得3.7分,否则不得分。", "(2)达到目标的,得2.3分,否则不得分。", "(3)完成任务的,得1分,否则不得分。", "(4)按时报送的,得1分,否则不得分。"], true],
    // a notice of results: units each given their score
    ["a notice of units' scores", ["城关镇得95分。", "西河乡得90分。", "东岭乡得88分。"], false],
    // a report stating the points it got
    ["a report's own scores", ["1.数量指标(自评得分20分):完成。", "2.质量指标(自评得分10分):合格。", "扣除进度滞后扣2分。", "项目扣分3分。"], false],
    // two rule lines only
    ["two rule lines", ["未完成的扣5分。", "迟报的扣2分。", "其他按有关规定执行。"], false],
    // rules a minority of a long text
    ["rules a minority", ["为加强管理,特制定本办法。", "一、总则", "本办法适用于全县各单位。", "二、职责", "各单位负责本辖区工作。", "三、考核", "未完成的扣5分,迟报的扣2分,漏报的扣1分。", "未落实的扣3分。", "资料不全扣1分。", "四、附则", "本办法自发布之日起施行。", "由县政府办负责解释。"], false],
  ] as [string, string[], boolean][])("%s → %s", (_, rows, expected) => expect(rubricLines(lines(rows))).toBe(expected));
});

/** real prose sheets' prints famp55 reads (unknown or another family before) */
const READ: [string, Fam53Variant, string][] = [
  ["ah-wuhu-jinghu-disabled-federation-central-transfer-selfeval-report-2023-excerpt", "second half", "project-self-eval"],
  ["he-weichang-rural-public-toilet-construction-selfeval-report-excerpt", "second half", "project-self-eval"],
  ["hl-forestry-dept-forestry-subsidy-funds-eval-report-2016-excerpt", "opening cut", "project-self-eval"],
  ["hn-yiyang-nanxian-cppcc-dept-overall-eval-report-2021-excerpt", "second half", "dept-self-eval"],
  ["sc-ganzi-luding-bureau-projects-performance-monitoring-report-jan-aug-excerpt-trad", "second half", "monitoring"],
  ["bj-municipal-key-projects-investment-completion-2017-excerpt", "first half", "monitoring"],
  ["cn-county-petition-work-target-management-assessment-measures-excerpt", "one cell", "indicator-system"],
  ["cn-village-target-management-responsibility-assessment-rules-trad-excerpt", "opening cut", "indicator-system"],
];
describe("real prose sheets' prints read (fam53-variants.ts)", () => {
  it.each(READ)("%s printed '%s': %s", (id, kind, family) => {
    expect(reviewFamily(fam53Variant(kind, realGrid(id))!)).toBe(family);
  });
});
