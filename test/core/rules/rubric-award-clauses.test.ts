/**
 * rubric-points-mismatch on award clauses the sum missed (batch 31 §2 and §3, eng22b): a bracketed example count is no
 * range of points, ','-joined awards inside a ';' clause add up, '再加N分' is a second award (a bonus only above the
 * 分值), an item's own text with bracketed '(N分)' requirements where no rubric column is read, one award deducted from,
 * numbered clauses each deducted from, and tiers falling from the best.
 */
import { join } from "path";
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";
import { bracketedAwards, closingTotal, deductedAward, numberedDeductedAwards, topTierAward } from "../../../src/core/recognise/rule-points";
import { rubricAwards } from "../../../src/core/text/labels";
import { FIXTURES, jsonGrid } from "../../helpers";

const NANCHANG = join(FIXTURES, "real", "jx-nanchang-information-township-pilot-assessment-scoring-2012-excerpt.json");
const SANITATION = join(FIXTURES, "real", "cn-village-sanitation-township-inspection-scoring-excerpt.json");

const hints = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "rubric-points-mismatch")
    .map((f) => `${f.cell} ${f.message}`);

describe("南昌 信息化乡镇 (batch 31 §2): award clauses of the 评分细则", () => {
  const base = jsonGrid(NANCHANG);
  test("the unchanged sheet raises no rubric hint", () => {
    expect(hints(base)).toEqual([]);
  });
  test("C5 8 → 9: the bracketed counts are no ranges, ','-joined awards add up: 2+2+2+2 = 8", () => {
    const h = hints(base.withCells([{ cell: "C5", value: { v: 9 } }]));
    expect(h).toHaveLength(1);
    expect(h[0]).toMatch(/^D5 .*2\+2\+2\+2 = 8 分，与指标分值 9 分不符/);
  });
  test("C7 6 → 7: '再加3分' is the second award of the 分值: 3+3 = 6", () => {
    const h = hints(base.withCells([{ cell: "C7", value: { v: 7 } }]));
    expect(h).toHaveLength(1);
    expect(h[0]).toMatch(/^D7 .*3\+3 = 6 分，与指标分值 7 分不符/);
  });
  test("C7 6 → 5 or 3: the second award would lift the item above its 分值, a bonus: silent", () => {
    expect(hints(base.withCells([{ cell: "C7", value: { v: 5 } }]))).toEqual([]);
    expect(hints(base.withCells([{ cell: "C7", value: { v: 3 } }]))).toEqual([]);
  });
  test("C9 5 → 6: the words before an award are its condition, '再加2分' the second award: 3+2 = 5", () => {
    const h = hints(base.withCells([{ cell: "C9", value: { v: 6 } }]));
    expect(h).toEqual([expect.stringMatching(/^D9 .*3\+2 = 5 分，与指标分值 6 分不符/)]);
  });
  test("C8 6 → 7: the rule closes with its total '共6分' (rub52, session 52: told at the 分值 cell, the rule's whole against it)", () => {
    const h = hints(base.withCells([{ cell: "C8", value: { v: 7 } }]));
    expect(h).toEqual([expect.stringMatching(/^C8 .*写明共 6 分，与指标分值 7 分不符/)]);
  });
  test("C10 10 → 11: '达到90%计10分,每减少3个百分点扣1分' awards 10 in full", () => {
    const h = hints(base.withCells([{ cell: "C10", value: { v: 11 } }]));
    expect(h).toEqual([expect.stringMatching(/^D10 .*满分即 10 分，与指标分值 11 分不符/)]);
  });
});

describe("rubricAwards: the clause shapes", () => {
  test.each([
    // a bracketed example count, merged in a ';' clause with ','-joined awards
    ["措施得力有效(例举2-3个成功事例)的得2分,满意度高(走访1-2名知名人士或老同志)得2分;组织宣传计2分,有宣传报道计2分。", [2, 2, 2, 2], undefined],
    // the same in traditional characters and full-width punctuation
    ["措施得力有效（例舉2-3個成功事例）的得2分，滿意度高（走訪1-2名知名人士或老同志）得2分；組織宣傳計2分，有宣傳報道計2分。", [2, 2, 2, 2], undefined],
    // a second award, unbracketed
    ["有专人负责日常维护工作得3分,信息员能够指导农户再加3分。", [3, 3], 3],
    // falling ',' awards inside a clause stay alternatives: the best counts
    ["计划编制完整得3分,单独编制计划得2分;宣传到位得3分", [3, 3], undefined],
  ])("%s -> %p", (text, points, extra) => {
    const a = rubricAwards(text);
    expect(a?.points).toEqual(points);
    expect(a?.extra).toBe(extra);
  });
  test.each([
    // a range of points in the bracket is still a range
    "措施得力(得1-2分)的得2分;宣传计2分",
    // deductions only
    "每缺一项扣1分;未建立制度扣2分",
    // a bonus over the full mark
    "满分5分,完成全部任务得5分,每超1项加1分",
    // a second award with nothing before it
    "再加3分;再加2分",
  ])("%s -> null", (text) => {
    expect(rubricAwards(text)).toBeNull();
  });
});

describe("synthetic rule sheets: merged, unmerged, traditional", () => {
  const rule = (v: string) => `措施得力有效(${v}2-3个成功事例)的得2分,满意度高(走访1-2名老同志)得2分;组织宣传计2分,有宣传报道计2分。`;
  const sheet = (weight: number, merged: boolean, text = rule("例举"), second = "每缺一项扣1分,扣完为止") =>
    Grid.fromValues(
      "Sheet1",
      [
        ["考评项目", "具体内容", "分值", "评分细则", "得分"],
        ["主体建设(14分)", "宣传发动", weight, text, null],
        [merged ? null : "", "信息员履职", 6, second, null],
      ],
      merged ? ["A2:A3"] : [],
    );
  test.each([true, false])("merged group %p: 9 against 2+2+2+2 = 8; 8 silent", (merged) => {
    expect(hints(sheet(8, merged))).toEqual([]);
    expect(hints(sheet(9, merged))).toEqual([expect.stringMatching(/^D2 .*2\+2\+2\+2 = 8 分，与指标分值 9 分不符/)]);
  });
  test("traditional text: the same hint", () => {
    const trad = "措施得力有效（例舉2-3個成功事例）的得2分，滿意度高（走訪1-2名老同志）得2分；組織宣傳計2分，有宣傳報道計2分。";
    expect(hints(sheet(9, true, trad))).toEqual([expect.stringMatching(/^D2 .*2\+2\+2\+2 = 8 分，与指标分值 9 分不符/)]);
  });
  test("a '满分…,每超1项加1分' bonus rule and a deductions-only rule stay silent", () => {
    expect(hints(sheet(8, true, rule("例举"), "满分5分,完成全部任务得5分,每超1项加1分"))).toEqual([]);
    expect(hints(sheet(8, true, rule("例举"), "每缺一项扣1分;未建立制度扣2分"))).toEqual([]);
  });
});

describe("乡镇查村 卫生 (batch 31 §3): bracketed points in the item's own text, no rubric column", () => {
  const base = jsonGrid(SANITATION);
  test("the unchanged sheet raises no hint", () => {
    expect(hints(base)).toEqual([]);
  });
  test("C4 5 → 6: 2+3 = 5 at the item's text B4", () => {
    expect(hints(base.withCells([{ cell: "C4", value: { v: 6 } }]))).toEqual([expect.stringMatching(/^B4 .*2\+3 = 5 分，与指标分值 6 分不符/)]);
  });
  test("C6 15 → 16: 2+3+3+2+3+2 = 15 at B6", () => {
    expect(hints(base.withCells([{ cell: "C6", value: { v: 16 } }]))).toEqual([expect.stringMatching(/^B6 .*2\+3\+3\+2\+3\+2 = 15 分，与指标分值 16 分不符/)]);
  });
  test("C5 10 → 11: no bracketed points, silent", () => {
    expect(hints(base.withCells([{ cell: "C5", value: { v: 11 } }]))).toEqual([]);
  });
  test.each([
    ["有固定的卫生宣传栏(2分),并开展健康教育且有记录(3分)。", [2, 3]],
    // a frequency is a requirement ("每月开展"), not points per occurrence
    ["每月组织开展一次活动(2分),有保洁制度(1分)", [2, 1]],
    // the item's own weight after its name, then the requirements
    ["组织领导(5分):成立领导小组(2分),制定工作方案(3分)", [2, 3]],
    // one bracket: the item's weight, no breakdown
    ["组织领导(5分)", null],
    ["有固定的卫生宣传栏(5分)", null],
    ["有固定的卫生宣传栏", null],
    // a range, a deduction, per item
    ["服务对象是农业(2分),其他(0-1分)", null],
    ["有宣传栏(2分),每缺一项扣1分(3分)", null],
    ["每项(1分),有制度(2分)", null],
  ])("bracketedAwards(%s) -> %p", (text, expected) => {
    expect(bracketedAwards(text)).toEqual(expected);
  });
});

describe("one award deducted from, numbered parts, tiers", () => {
  test.each([
    ["以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。", 5],
    ["(4)路面整洁卫生,无暴露垃圾、污水,得10分;发现一处扣2分,扣完为止(实地查看)", 10],
    ["本指标满分6分,开展抽查数量达9个得6分,少检查一个扣1分,扣完为止。", 6],
    // per occurrence, a shortfall's award, two awards, a bonus, deductions only: no full mark
    ["每完成1个得2分;未完成的扣1分", null],
    ["未完成年度任务的,得10分;每少1个扣5分", null],
    ["按时报送得1分,资料完整得2分,缺一项扣0.5分", null],
    ["完成得5分,每超1项加1分,每少1项扣1分", null],
    ["每缺一项扣1分,扣完为止", null],
  ])("deductedAward(%s) -> %p", (text, expected) => {
    expect(deductedAward(text)).toBe(expected);
  });
  test.each([
    ["1.按时间要求及时报送年度目标任务的得1分,超出时间报送的扣1分。2.所报数字准确无误的得1分,出现统计错误等情况的扣1分。", [1, 1]],
    ["1.按规定时间报送申请材料的,得1分;延期报送不得分。2.报送的资料完整准确的,得2分;不完整的,每认定1项扣0.5分,最多扣2分。", [1, 2]],
    ["1.按时报送得1分;2.资料完整得2分", null], // nothing deducted: rubricAwards' business
    ["报送及时得1分,扣完为止", null], // not numbered
  ])("numberedDeductedAwards(%s) -> %p", (text, expected) => {
    expect(numberedDeductedAwards(text)).toEqual(expected);
  });
  test.each([
    ["网点完工率达到100%的得30分,99%-90%的得27分,89%-80%的得24分,50%以下的不得分。", 30],
    ["预算控制率=0,计5分;0-10%(含),计4分;10-20%(含),计3分;大于30%不得分。", 5],
    // the best tier the task's own target met, a bonus sentence and a sentence without points left aside
    ["完成年度计划目标得40分,完成目标的90%得36分,完成80%得32分,完成50%以下不得分。每超额完成10%加3分,最多加9分。本指标为否决性指标。", 40],
    // two requirements with no threshold after the first: no tiers
    ["完成工作方案得3分,完成总结得2分", null],
    // rising, a deduction, per occurrence, no condition
    ["达到80%的得3分,达到90%的得5分", null],
    ["达到100%的得10分,90%以上得8分,每少1%扣1分", null],
    ["宣传到位得3分,资料齐全得2分", null],
  ])("topTierAward(%s) -> %p", (text, expected) => {
    expect(topTierAward(text)).toBe(expected);
  });
  test("a tiered rule beside the item's own target stays silent (the tiers may be steps below it)", () => {
    const g = (target: string | null) =>
      Grid.fromValues("Sheet1", [
        ["一级指标", "二级指标", "三级指标", "指标值", "分值", "评分标准", "得分"],
        ["产出指标", "数量指标", "建档率", target, 5, "≥70%得3分,≥65%得1分,<65%不得分", 5],
        ["", "", "随访率", target, 5, "≥70%得5分,≥65%得3分,<65%不得分", 5],
      ]);
    expect(hints(g("≥75%"))).toEqual([]);
    // without a target the best tier is the full mark: 3 against 5 on the first row
    expect(hints(g(null))).toEqual([expect.stringMatching(/^F2 .*最高一档得 3 分，与指标分值 5 分不符/)]);
  });
});

test.each([
  ["抽查3位农户,农户熟悉农村信息化试点乡镇建设工作得2分,共6分。", 6],
  ["制度健全得1分;执行有效得2分;合计3分", 3],
  ["共6分的项目,得2分", null],
  ["得2分", null],
])("closingTotal(%s) -> %p", (text, expected) => {
  expect(closingTotal(text)).toBe(expected);
});
