import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { balanceTotals } from "../../src/core/recognise/balance-totals";
import type { Relation } from "../../src/core/model/types";
import { planShares } from "../../src/core/recognise/plan-shares";
import { proseDigits, proseText } from "../../src/core/recognise/prose-rates";
import { gradeCounts } from "../../src/core/recognise/grade-counts";

/**
 * prose53 (session 53; test/fixtures/real/prose53-diagnosis.md): a budget's balance written as running text, the whole
 * after its parts ('…,收入总量为40.37亿元'), and the rest after the two wholes ('收支总量相抵后,累计结余2.70亿元')
 * (recognise/balance-totals.ts, vocabulary BALANCE_*); a share of a base written inline before 的 ('预计完成39.1亿元,完成…调整预算
 * 37.5亿元的104.3%': recognise/plan-shares.ts inlineShares); counts of a whole by grade, bounded by it ('21个地级以上市中,19个…"优秀",
 * 2个…"良好"': recognise/grade-counts.ts). Every number below is checked by hand in its comment.
 */
type Row = (string | number)[];
const doc = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((l) => [l] as Row), []);
const errors = (...texts: string[]) =>
  review(doc(["财政决算情况", ...texts]), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);
const shown = (r: Relation) =>
  r.kind === "sum" ? `${r.total.value} = ${r.parts.map((p) => p.value).join(" + ")}` : r.kind === "difference" ? `${r.result.value} = ${[r.minuend, ...(r.addends ?? [])].map((p) => p.value).join(" + ")} − ${r.subtrahends.map((s) => s.value).join(" − ")}` : r.kind;
const read = (text: string) => balanceTotals(doc([text])).map(shown);

// 鄠邑区 2020 (sn-xian-huyi, the real shapes)
const INCOME = "2020年我区一般公共预算收入7.88亿元,完成调整预算的99.31%,同比增长5.23%,上级补助收入24.55亿元,债务转贷收入7812万元,调入预算稳定调节基金7770万元,政府性基金调入6.38亿元,收入总量为40.37亿元。";
const SPENDING = "一般公共预算支出38.70亿元,完成调整预算的100.09%,同比增长14.33%,上解上级支出5544万元,债务还本支出4496万元,安排预算稳定调节基金5055万元,支出总量为40.21亿元。";
const FUND = "2020年我区政府性基金预算收入17.94亿元,完成调整预算的100.21%,同比增长537.72%,加上级补助收入1.88亿元,债务转贷收入3.78亿元,上年结余1.25亿元,收入总量为24.85亿元。政府性基金预算支出12.01亿元,完成调整预算的97.28%,同比增长205.80%,加上解支出2.49亿元,债务还本支出1.26亿元,调出到一般公共预算资金6.38亿元,支出总量为22.15亿元。收支总量相抵后,累计结余2.70亿元,全部结转下年使用。";

describe("a balance's whole after its parts (收入总量 / 支出总量 / 总收入 / 总支出)", () => {
  // [name, text, relations read]
  const cases: [string, string, string[]][] = [
    // 7.88 + 24.55 + 0.7812 + 0.777 + 6.38 = 40.3682 → 40.37 (万元 read in 亿元); the rates after the first part are its glosses
    ["revenue, 万元 parts under a whole in 亿元", INCOME, ["40.37 = 7.88 + 24.55 + 0.7812 + 0.777 + 6.38"]],
    // 38.70 + 0.5544 + 0.4496 + 0.5055 = 40.2095 → 40.21
    ["expenditure", SPENDING, ["40.21 = 38.7 + 0.5544 + 0.4496 + 0.5055"]],
    // 17.94 + 1.88 + 3.78 + 1.25 = 24.85; 12.01 + 2.49 + 1.26 + 6.38 = 22.14 (22.15 within four parts' rounding, 0.02);
    // the rest 2.70 = 24.85 − 22.15
    ["a fund's budget, 加 before a part, and the rest after both wholes", FUND, ["24.85 = 17.94 + 1.88 + 3.78 + 1.25", "22.15 = 12.01 + 2.49 + 1.26 + 6.38", "2.7 = 24.85 − 22.15"]],
    // 23 + 129 + 3 = 155 (万元)
    ["万元", "2020年国有资本经营预算收入23万元,完成年初预算的115%,增长35.29%,加上级补助收入129万元,上年结余3万元,收入总量为155万元。", ["155 = 23 + 129 + 3"]],
    // 总收入: 565.4 + 173 + 46.5 = 784.9
    ["总收入", "新区一般公共预算收入565.4亿元,上级财政转移支付收入173亿元,上年结余46.5亿元,一般公共预算总收入784.9亿元。", ["784.9 = 565.4 + 173 + 46.5"]],
    // counter-shapes — not read:
    // (rel54: a part taken away (减) is read, a difference of the others less it: 565.4 + 173 + 46.5 + 54.4 + 29 − 49.4 = 818.9)
    ["a part taken away", "新区一般公共预算收入565.4亿元,加上上级财政转移支付收入173亿元,上年结余46.5亿元,一般债务收入54.4亿元,调入资金等29亿元,减上解市级支出49.4亿元,一般公共预算总收入818.9亿元。", ["818.9 = 565.4 + 173 + 46.5 + 54.4 + 29 − 49.4"]],
    // a sentence carried on from the one before (its first part and the plan are there)
    ["carried on from the sentence before", "区级一般公共预算收入预计完成39.1亿元,完成调整预算37.5亿元的104.3%。加上税收返还和转移支付等资金27.23亿元,上年结转5.45亿元,一般债券转贷收入17.75亿元,动用预算稳定调节基金1.72亿元,调入资金12.79亿元,2023年一般公共预算总收入预计为104.05亿元。", []],
    // an amount not closing its clause (the plan a rate is of)
    ["the plan inside a rate's clause", "一般公共预算收入39.1亿元,完成调整预算37.5亿元的104.3%,上级补助收入27.23亿元,收入总量为66.33亿元。", []],
    // a change in money among the parts
    ["a change among the parts", "一般公共预算收入7.88亿元,比上年增加0.39亿元,上级补助收入24.55亿元,收入总量为32.43亿元。", []],
    // the first part not of the whole's kind (支出总量 after a 收入)
    ["the first part of the other kind", "一般公共预算收入7.88亿元,上级补助收入24.55亿元,支出总量为32.43亿元。", []],
    // a whole with a 其中 breakdown after it and nothing before: no parts
    ["the whole first, its breakdown after", "本单位2021年度总收入581.45万元,其中本年收入581.45万元,上年结转0万元。", []],
    // parts a fifth or more away from the whole: not its balance
    ["parts far from the whole", "一般公共预算收入7.88亿元,上级补助收入4.55亿元,收入总量为40.37亿元。", []],
    // a part in 亿元 under a whole in 万元 (its rounding is coarser than the whole's)
    ["a coarser part", "国有资本经营预算收入23万元,上级补助收入1.2亿元,收入总量为12023万元。", []],
    // only one part
    ["one part", "一般公共预算收入7.88亿元,收入总量为7.88亿元。", []],
  ];
  test.each(cases)("%s", (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("the rest after the two wholes (收支相抵)", () => {
  // 2.60 is a slip: 24.85 − 22.15 = 2.70
  test("a slip of the rest is flagged", () => {
    expect(read(FUND.replace("累计结余2.70亿元", "累计结余2.60亿元"))).toContain("2.6 = 24.85 − 22.15");
  });
  // 2.69 lies within the three amounts' rounding (0.005 × 3): not read
  test("within the rounding of amounts in 亿: not read", () => {
    expect(read(FUND.replace("累计结余2.70亿元", "累计结余2.69亿元"))).not.toContain("2.69 = 24.85 − 22.15");
  });
  // 40.37 − 40.21 = 0.16 亿 against 1666万元: another unit than the wholes' — not read
  test("a rest in another unit than the wholes: not read", () => {
    expect(read(INCOME + SPENDING + "收支总量相抵后,累计结余1666万元。").filter((x) => x.startsWith("1666"))).toEqual([]);
  });
  // the two wholes' sentences apart: not read
  test("wholes apart: not read", () => {
    expect(read(INCOME + "另有说明。" + SPENDING + "收支总量相抵后,累计结余0.16亿元。").filter((x) => x.startsWith("0.16"))).toEqual([]);
  });
});

describe("findings on the whole page", () => {
  test("the published sentences: no finding", () => {
    expect(errors(INCOME + SPENDING, FUND)).toEqual([]);
  });
  // 37.54 against 40.3682; 23.11 against 24.85; 144 against 155 — each a total-mismatch at its cell
  test.each([
    ["revenue whole", INCOME.replace("40.37", "37.54"), "total-mismatch@A2"],
    ["fund whole", FUND.replace("收入总量为24.85", "收入总量为23.11"), "total-mismatch@A2"],
    // the second whole of one cell (37.40 against 40.2095): a relation of its own, not merged into the first's
    ["the second whole of the cell", INCOME + SPENDING.replace("40.21", "37.40"), "total-mismatch@A2"],
    ["万元 whole", "2020年国有资本经营预算收入23万元,完成年初预算的115%,增长35.29%,加上级补助收入129万元,上年结余3万元,收入总量为144万元。", "total-mismatch@A2"],
  ])("%s: a slip is flagged", (_name, text, finding) => {
    expect(errors(text)).toContain(finding);
  });
});

describe("a share of a base written inline before 的 (plan-shares.ts inlineShares)", () => {
  const shares = (text: string) => planShares(proseText(text)).map((x) => `${x.by} ${x.rate.text} = ${x.done.value}/${x.plan.value}${x.roundedOk ? "" : " off"}`);
  // [name, text, shares read] — 亿元 amounts in 万元 (39.1亿元 = 391000)
  const cases: [string, string, string[]][] = [
    // 39.1 / 37.5 = 104.27% → 104.3% (南开; '预计完成' the year's forecast, its base the adjusted budget)
    ["南开, revenue", "2023年区级一般公共预算收入预计完成39.1亿元,完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的104.3%。", ["inline 104.3% = 391000/375000"]],
    // 76.14 / 76.35 = 99.72% → 99.7%
    ["南开, expenditure", "2023年区级一般公共预算支出预计完成76.14亿元,完成区十八届人大常委会第十九次会议批准支出调整预算76.35亿元的99.7%。", ["inline 99.7% = 761400/763500"]],
    // 351 / 387 = 90.70%
    ["占 a plan", "完成投资351亿元,占年度计划387亿元的90.7%。", ["inline 90.7% = 3510000/3870000"]],
    // 97.0% lies outside 39.05 / 37.55 = 104.0% … 39.15 / 37.45 = 104.5%: off
    ["a slip", "收入完成39.1亿元,为调整预算37.5亿元的97.0%。", ["inline 97.0% = 391000/375000 off"]],
    // counter-shapes — not read:
    // a target's share ('力争', '以上')
    ["a target", "收入预计完成39.1亿元,力争完成预算37.5亿元的110%以上。", []],
    // a change against another amount ('比上年')
    ["a change", "收入39.1亿元,比上年37.5亿元的水平增长4.3%。", []],
    // no amount right before the verb (a rate between)
    ["no done amount before the verb", "收入39.1亿元,同比增长5%,完成预算37.5亿元的104.3%。", []],
  ];
  test.each(cases)("%s", (_name, text, expected) => {
    expect(shares(text)).toEqual(expected);
  });
  // the slip is a finding on the page; the published sentence none
  test("findings", () => {
    expect(errors("收入完成39.1亿元,为调整预算37.5亿元的104.3%。")).toEqual([]);
    expect(errors("收入完成39.1亿元,为调整预算37.5亿元的97.0%。").length).toBeGreaterThan(0);
  });
});

describe("counts of a whole by grade, bounded by it (grade-counts.ts)", () => {
  const bounds = (text: string) => gradeCounts(proseDigits(text)!).map((x) => `${x.whole} ≥ ${x.parts.map((p) => p.digits).join(" + ")}`);
  const GD = "据悉,本次考核的21个地级以上市中,19个地市的综合评价等次为“优秀”,2个地市的综合评价等次为“良好”。除此以外,还抽查考核了45个县(市、区、镇街),考核结果:19个县(市、区、镇街),综合评价等次为“优秀”;26个县(市、区、镇街),综合评价等次为“良好”。";
  // [name, text, bounds read]
  const cases: [string, string, string[]][] = [
    // 19 + 2 = 21 ≤ 21; 19 + 26 = 45 ≤ 45 (the bracket's 、 and the count's noun before ':')
    ["广东, the real shapes", GD, ["21 ≥ 19 + 2", "45 ≥ 19 + 26"]],
    // the grade before its count: 20 + 10 ≤ 30
    ["the grade first", "全市30个单位中,优秀20个,良好10个。", ["30 ≥ 20 + 10"]],
    // pass and fail: 45 + 5 ≤ 50
    ["合格 / 不合格", "抽查50个项目,45个合格,5个不合格。", ["50 ≥ 45 + 5"]],
    // counter-shapes — not read:
    // a grade that holds another ('良好以上') and a part's own breakdown (其中)
    ["良好以上, 其中", "全市30个单位中,25个良好以上,其中10个优秀。", []],
    // 合格 beside 优秀: a pass may hold the 优秀 (45 + 20 > 50 is no slip)
    ["合格 beside 优秀", "抽查50个项目,45个合格,20个优秀。", []],
    // two counts of one grade
    ["one grade twice", "全市30个单位中,10个优秀,8个优秀。", []],
    // a count with no grade (another list)
    ["a count with no grade", "全市30个单位中,20个优秀,新建5个。", []],
    // 一般 is no grade here (一般公共预算)
    ["一般 of 一般公共预算", "全市30个单位中,20个一般公共预算单位,10个优秀。", []],
  ];
  test.each(cases)("%s", (_name, text, expected) => {
    expect(bounds(text)).toEqual(expected);
  });
  // 20 < 19 + 2: the whole is the slip; the published sentence has no finding
  test("findings", () => {
    expect(errors(GD)).toEqual([]);
    expect(errors(GD.replace("21个地级以上市", "20个地级以上市"))).toContain("total-mismatch@A2");
  });
});
