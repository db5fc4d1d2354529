import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { taskCompletionRates } from "../../src/core/recognise/task-completion-rates";
import { STATED_TOTAL_IN_SENTENCE } from "../../src/core/recognise/vocabulary";
import { reportKind } from "../../src/core/recognise/report-scores";

/**
 * dev55 (session 55; test/fixtures/real/dev55-s55-diagnosis.md): a completion or over-fulfilment percentage of a task stated
 * in prose against the task's count and the count done (task-completion-rates.ts), with its counter-shapes. Every number
 * below is computed by hand in its comment.
 */
const grid = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((l) => [l]), []);
const flags = (lines: string[]) =>
  review(grid(lines), "national")
    .findings.filter((f) => f.severity !== "info" && f.rule === "ratio-mismatch")
    .map((f) => `${f.rule}@${f.cell}`);
/** each relation read: stated% = numerator / denominator */
const read = (lines: string[]) => taskCompletionRates(grid(lines)).map((r) => `${r.stated.text}=${r.numerator.value}/${r.denominator.value}@${r.stated.cell}`);

describe("a task's completion or over-fulfilment percentage against its counts (task-completion-rates.ts)", () => {
  test.each([
    // over: (264 − 115) / 115 = 129.57%, stated 43%: read (and flagged below)
    [["任务数为115户,实际完成264户,超任务43%。"], ["43%=149/115@A1"]],
    // over, counts in the sentence before
    [["年度任务数为115户,实际完成264户。实际改造数超任务129.6%。"], ["129.6%=149/115@A1"]],
    // over printed as the whole ratio: 264 / 115 = 229.57% → 229.6% holds as done / task
    [["任务数为115户,实际完成264户,超额完成229.6%。"], ["229.6%=264/115@A1"]],
    // completion of the task named: 92 / 100
    [["计划培训100人次,实际完成培训92人次,完成计划的92%。"], ["92%=92/100@A1"]],
    // a task of another unit between: passed over (户 against 万元)
    [["任务数为115户,计划资金300万元,实际完成264户,超任务43%。"], ["43%=149/115@A1"]],
    [["计划培训100人次,实际完成培训92人次,占任务数的92%。"], ["92%=92/100@A1"]],
    // the counts on other lines: the sheet's one task (115, twice) and one done count (264, twice)
    [["一、任务情况", "全年任务数为115户,实际完成改造264户。", "计划补助115户,实际完成264户。", "我市实际改造数超任务43%。"], ["43%=149/115@A4"]],
    // money: 万元 against 万元 ((330 − 300) / 300 = 10%)
    [["下达任务资金300万元,实际完成投资330万元,超计划10%。"], ["10%=300000/3000000@A1"]],
  ])("read: %j", (lines, want) => expect(read(lines)).toEqual(want));
  test.each([
    // a target, not what was done
    [["任务数为115户,实际完成104户,完成率不低于90%。"]],
    [["任务数为115户,力争超任务10%。"]],
    [["任务数为115户,实际完成264户,超任务10%以上。"]],
    // the counts of two units (户 against 万元)
    [["任务资金115万元,实际完成264户,超任务43%。"]],
    // a percentage of something else: no task word
    [["任务数为115户,实际完成264户,资金支出增长43%。"]],
    // over-fulfilment with nothing over the task
    [["任务数为115户,实际完成100户,超任务43%。"]],
    // a bare 完成率 is prose-rates.ts's (with its amounts in its sentence or the one before), never read here
    [["计划培训100人次,实际完成培训92人次,完成率90%。"]],
    [["全年任务数为115户。", "实际完成改造264户。", "项目完成率100%。"]],
    // 福建's shape: the done is of a 其中 part (137.1 / 146.93 = 93.3%), not of the whole plan 415.54
    [["为民办实事项目计划投入资金415.54亿元,其中省级财政承担146.93亿元,目前省级已下达137.1亿元,完成年初计划的93.3%。"]],
    // another quantity of the unit between the task and the done
    [["任务数为115户,新增120户,实际完成264户,超任务43%。"]],
    // two tasks on the sheet: which one, the text does not say
    [["改造任务数为115户,实际完成264户。", "搬迁任务数为30户,实际完成30户。", "超任务43%。"]],
    // the rate's sentences state only a task: no pair there, nothing from elsewhere
    [["任务数为115户,实际完成264户。", "今年新增任务20户,超任务43%。"]],
  ])("not read: %j", (lines) => expect(read(lines)).toEqual([]));
  test("flagged as a ratio-mismatch at the rate's cell; a rate that holds is not", () => {
    expect(flags(["农村危房改造", "我市任务数为115户,实际完成农村危房改造264户。", "我市实际改造数超任务43%,"])).toEqual(["ratio-mismatch@A3"]);
    // 149 / 115 = 129.57% → 129.6%, and a whole percent: 130%
    expect(flags(["农村危房改造", "我市任务数为115户,实际完成农村危房改造264户。", "我市实际改造数超任务129.6%,"])).toEqual([]);
    expect(flags(["农村危房改造", "我市任务数为115户,实际完成农村危房改造264户。", "我市实际改造数超任务130%,"])).toEqual([]);
  });
});

describe("the total stated above a table with no 项目 at its clause's start (vocabulary.ts STATED_TOTAL_IN_SENTENCE)", () => {
  const score = (s: string) => STATED_TOTAL_IN_SENTENCE.exec(s)?.[1] ?? null;
  test.each([
    // 红寺堡's shape: the grade, then the total after a comma
    ["本项目评价等级为“合格”,总得分为72.21分,其中:投入得分13.10分、过程得分25.41分。", "72.21"],
    ["综合得分为88分,评价等级为良。", "88"],
    ["经评价,评价总得分为91.5分。", "91.5"],
    ["经评价,绩效评价综合得分为91.5分。", "91.5"],
    // the 项目 subject as before
    ["本项目绩效评价得分为89分,具体情况详见下表", "89"],
  ])("read: %s", (s, want) => expect(score(s)).toBe(want));
  test.each([
    // a part's score, a part's 总得分 with its name before it, a bare 得分
    ["其中:投入得分为13.10分。"],
    ["产出指标总得分为30分。"],
    ["得分为72.21分。"],
  ])("not read: %s", (s) => expect(score(s)).toBeNull());
});

describe("who evaluated between 绩效 and 自评 in a report's title (report-scores.ts SELF_SCORED)", () => {
  const body = (title: string) =>
    [title, "一、基本情况", "(一)项目概况", "某局2023年项目支出安排预算为2,814.76万元,其中:一是粮食风险基金2,531.96万元;二是业务经费282.80万元。", "1.立项背景"].map((l) => l + "|").join("\n");
  test.each([
    ["某局2023年度项目支出绩效自评报告", "project"],
    ["某局2023年度项目支出绩效单位自评报告", "project"],
    ["某局2023年度项目支出绩效部门自评报告", "project"],
  ])("%s → %s", (title, kind) => expect(reportKind(body(title), false)).toBe(kind));
  // (no self-evaluation named: a work summary's title over the same body)
  test("not read: 某局2023年度工作报告", () => expect(reportKind(body("某局2023年度工作报告"), false)).toBeNull());
});
