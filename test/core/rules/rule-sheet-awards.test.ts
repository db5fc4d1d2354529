import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";
import { rateFormulaPoints, targetAward } from "../../../src/core/text/labels";

/**
 * Assessment rule sheets (项目 | 指标 | 权重 | 评分细则 | 考核对象), no score column: the rule in words states the full
 * points, and where it differs from the row's 权重 the sheet contradicts itself (batch 28, 舟山 2021 and 2022).
 */
const sheet = (weight: number, rule: string, secondWeight = 30, secondRule = "按时报送工作信息的,得30分;每迟报1次扣2分") =>
  Grid.fromValues(
    "Sheet1",
    [
      ["治水治污工作考核评价指标及评分细则", null, null, null, null],
      ["项目", "指标", "权重", "评分细则", "考核对象"],
      ["一、水环境质量(70分)", "国控断面水质", weight, rule, "各县(区)"],
      [null, "工作信息报送", secondWeight, secondRule, "各县(区)"],
    ],
    ["A3:A4"],
  );

const rubricFindings = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "rubric-points-mismatch")
    .map((f) => [f.cell, f.severity, f.messageId, f.data]);

describe("(1) an award whose condition is the task's own target is the full award", () => {
  test.each([
    // the one award earned by completing the year's task, the rest deducting: 40 in full against 权重 30
    ["完成年度任务的,得40分;每少1个扣5分", 30, [["D3", "warning", "fullAward", { name: "国控断面水质", award: 40, weight: 30 }]]],
    ["III类及以上水质比例达到年度任务书要求的,得40分;III类及以上水质比例未达到年度任务书要求的,每1个国控断面未达到III类及以上水质扣5分。加扣分:每实现1个国控断面升类的,加2分。", 30, [["D3", "warning", "fullAward", { name: "国控断面水质", award: 40, weight: 30 }]]],
    // the same rules under 权重 40: they agree
    ["完成年度任务的,得40分;每少1个扣5分", 40, []],
    ["III类及以上水质比例达到年度任务书要求的,得40分;未达到的,每1个断面扣5分。加扣分:每升类1个加2分。", 40, []],
    // per item, a threshold, tiers, a missed target: no full award
    ["每完成1个得2分;未完成的扣1分", 30, []],
    // (a threshold's one award deducted from is its full mark all the same: a hint, no warning, eng22b)
    ["完成率达到95%以上的,得40分;每低1个百分点扣1分", 30, [["D3", "info", "deductedAward", { name: "国控断面水质", award: 40, weight: 30 }]]],
    ["完成年度任务的,得40分;基本完成的,得20分;未完成的扣5分", 30, []],
    ["未完成年度任务的,得10分;每少1个扣5分", 30, []],
  ])("%s under 权重 %p", (rule, weight, expected) => {
    // (the second row's rule states 30 under 权重 30: it never speaks)
    expect(rubricFindings(sheet(weight as number, rule as string, 30))).toEqual(expected);
  });

  test.each([
    ["完成年度任务的,得40分;每少1个扣5分", 40],
    ["达到年度任务书要求的,得40分;未达到的扣5分。加2分", 40],
    ["按要求完成目标的得10分,未完成不得分", 10],
    ["每完成1个得2分;未完成的扣1分", null],
    ["完成率达到95%以上的,得40分;每低1个百分点扣1分", null],
    ["完成年度任务的,得40分", null],
    ["考核达90分;完成年度任务的,得40分;每少1个扣5分", null],
  ])("targetAward(%s) → %p", (rule, award) => {
    expect(targetAward(rule)).toBe(award);
  });
});

describe("(2) a rate formula's multiplier is the full points", () => {
  test.each([
    ["按完成率×50计分", 60, [["D3", "info", "rateFormula", { name: "国控断面水质", points: 50, weight: 60 }]]],
    ["按完成率×50计分", 50, []],
    // the reduced case alone is no full award
    ["按完成率×50×0.8计分", 60, []],
    // 舟山 2021: the full and the reduced case in one rule, 权重 60 against ×50
    ["达到年度任务书要求的,按国控断面III类以上水质比例×50计分;未达到的,按国控断面III类以上水质比例×50×0.8计分。", 60, [["D3", "info", "rateFormula", { name: "国控断面水质", points: 50, weight: 60 }]]],
    ["达到年度任务书要求的,按国控断面III类以上水质比例×50计分;未达到的,按国控断面III类以上水质比例×50×0.8计分。", 50, []],
  ])("%s under 权重 %p", (rule, weight, expected) => {
    expect(rubricFindings(sheet(weight as number, rule as string))).toEqual(expected);
  });

  test.each([
    ["按完成率×50计分", 50],
    ["按国控断面III类以上水质比例×30计分;未达到的按比例×30×0.8计分", 30],
    ["按完成率×50×0.8计分", null],
    ["按完成率×100%计分", null],
    ["升类断面占比重,乘以10分进行加分,S加=D升/D总×10", null],
    ["按完成率×50计分;按到位率×40计分", null],
  ])("rateFormulaPoints(%s) → %p", (rule, points) => {
    expect(rateFormulaPoints(rule)).toBe(points);
  });
});

describe("(3) two merged labels over the same rows stating the same points: one finding", () => {
  // 项目 '一、…(N分)' and 指标 '…(N分)' both over rows 4–5 (权重 50 + 30 = 80)
  const twice = (outer: number | null, inner: number | null) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["治水治污工作考核评价指标体系及评分细则", null, null, null, null],
        ["项目", "指标", "考核评价内容", "权重", "评分细则"],
        ["总分", null, null, 80, null],
        [`一、突出两个重点${outer === null ? "" : `(${outer}分)`}`, `水环境质量全面巩固提升${inner === null ? "" : `(${inner}分)`}`, "国控断面水环境质量", 50, "未达到年度目标的,每个断面扣5分"],
        [null, null, "省控断面水环境质量", 30, "未达到年度目标的,每个断面扣3分"],
      ],
      ["A4:A5", "B4:B5"],
    );
  const weightFindings = (g: Grid) =>
    review(g, "national")
      .findings.filter((f) => f.rule === "weight-sum-mismatch")
      .map((f) => [f.cell, f.related]);

  test.each([
    // both labels state 70 against 50 + 30 = 80: once, at the outer label, the inner label related
    [70, 70, [["A4", ["D4", "D5", "B4"]]]],
    // only the outer label is wrong: at A4 alone
    [70, 80, [["A4", ["D4", "D5"]]]],
    // only the inner one
    [80, 70, [["B4", ["D4", "D5"]]]],
    // two different wrong points: two slips, two findings
    [70, 60, [["A4", ["D4", "D5"]], ["B4", ["D4", "D5"]]]],
    [80, 80, []],
    [null, 70, [["B4", ["D4", "D5"]]]],
  ])("outer (%p分), inner (%p分)", (outer, inner, expected) => {
    expect(weightFindings(twice(outer, inner))).toEqual(expected);
  });
});
