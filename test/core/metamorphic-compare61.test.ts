import { comparisons, flagsOf, measure, REWRITES, RewriteStats } from "./metamorphic-compare61";

/**
 * prec61 (session 61): the prose comparisons printed on the real sheets (an amount against its base, its change and / or
 * its rate), each written again under the rewrites a reviewer reads the same (metamorphic-compare61.ts REWRITES). As
 * written none may be flagged; with its change or its rate one digit off (a publisher's slip) each must be, at least as
 * often as FLOORS says (measured on this branch; scripts/compare61-variants.ts prints every miss). Before prec61 (01a7aad5)
 * two bases in one sentence were read with the change of one taken for the amount of the other (25 false flags of 41 with
 * the budget's change first, 17 with a year's budget first: the graduation's 中国科学院 A2), and the rate before the change
 * or a second comparison with its base stated read no change (0/25, 0/39); a second comparison opening the next sentence after
 * the first's rate read nothing (0/39, 0/27).
 */

/** per rewrite: how many written, and the least slips found of the change and of the rate (found / broken) */
const FLOORS: Record<string, { written: number; change: [number, number]; rate: [number, number] }> = {
  // (the one change missed everywhere: 年末结转和结余48.00万元 with its increase 41.80 made 51.80 — no base left (48.00 − 51.80 < 0) where
  // the base is not stated; where it is, 中调整预算 1781.86 against 年初预算 1022.89: a budget against a budget, an adjustment, not read
  // (inline-changes.ts rel59))
  "as printed": { written: 41, change: [24, 25], rate: [27, 27] },
  "base stated": { written: 41, change: [38, 39], rate: [27, 27] },
  "base not stated": { written: 39, change: [24, 25], rate: [25, 25] },
  "other base first": { written: 41, change: [24, 25], rate: [27, 27] },
  "other base first, base stated": { written: 41, change: [38, 39], rate: [27, 27] },
  "other base first, a year's budget": { written: 41, change: [38, 39], rate: [27, 27] },
  "other base first with its rate": { written: 41, change: [38, 39], rate: [27, 27] },
  "other base first with its rate, then a stop": { written: 41, change: [38, 39], rate: [27, 27] },
  "other base after": { written: 41, change: [38, 39], rate: [27, 27] },
  "change alone": { written: 39, change: [38, 39], rate: [0, 0] },
  "rate alone": { written: 27, change: [0, 0], rate: [27, 27] },
  "verbs swapped": { written: 41, change: [38, 39], rate: [27, 27] },
  "rate before change": { written: 25, change: [25, 25], rate: [25, 25] },
  与上年相比: { written: 38, change: [24, 25], rate: [25, 25] },
  "traditional, glossed": { written: 41, change: [38, 39], rate: [27, 27] },
  "full-width digits": { written: 41, change: [38, 39], rate: [27, 27] },
};

let stats: Record<string, RewriteStats>;
beforeAll(() => {
  stats = measure(comparisons());
});

describe("prose comparisons under rewrites a reviewer reads the same (prec61)", () => {
  it("every rewrite has its floor", () => {
    expect(Object.keys(FLOORS).sort()).toEqual(Object.keys(REWRITES).sort());
  });
  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name}: no false flag as written; slips of the change and of the rate found`, () => {
      const s = stats[name];
      expect(s.falseFlags).toEqual([]);
      // the comparisons come from every real sheet, so the counts grow with the corpus: the floors are the figures on the 41
      // comparisons of session 61's start, found counts may not fall below them (the share found on the corpus's later sheets
      // is lower: 27/29 where the floors' sheets give 24/25 — comparisons of sheets the readers were not written on)
      expect(s.written).toBeGreaterThanOrEqual(floor.written);
      expect(s.changeBroken).toBeGreaterThanOrEqual(floor.change[1]);
      expect(s.rateBroken).toBeGreaterThanOrEqual(floor.rate[1]);
      expect(s.changeFound).toBeGreaterThanOrEqual(floor.change[0]);
      expect(s.rateFound).toBeGreaterThanOrEqual(floor.rate[0]);
    });
  }
});

describe("two bases in one sentence: each change and rate with its own base (prec61)", () => {
  // 中国科学院 2014 三公 (real/cn-chinese-academy-sciences-…-trad A2, a mirror's traditional text with its pinyin glosses)
  const printed = "其中:因公出國(境)費2014年財政撥款支出決算數(shù)為7926.14萬元,比2014年度預算數(shù)減少1485.38萬元,比2013年度決算數(shù)8750.27萬元減少824.13萬元,下降9.42%。";
  it("as printed: 8750.27 − 7926.14 = 824.13, 824.13 / 8750.27 = 9.42% — nothing flagged (1485.38 is the change against the budget, no amount)", () => {
    expect(flagsOf(printed)).toEqual([]);
  });
  it("the change against 2013 one digit off (834.13): total-mismatch", () => {
    expect(flagsOf(printed.replace("824.13", "834.13"))).toEqual(["error total-mismatch@A1"]);
  });
  it("the rate one digit off (9.52%, 824.13 / 8750.27 = 9.418%): ratio-mismatch", () => {
    expect(flagsOf(printed.replace("9.42%", "9.52%"))).toEqual(["error ratio-mismatch@A1"]);
  });
  it("the budget's change before a rate of last year's ('…比年初预算数减少457.34万元,比上年增加268.26万元,增长22.65%'): the rate is 268.26 / (1452.76 − 268.26) = 22.65%", () => {
    expect(flagsOf("我单位总收入1452.76万元,比年初预算数减少457.34万元,比上年增加268.26万元,增长22.65%。")).toEqual([]);
    expect(flagsOf("我单位总收入1452.76万元,比年初预算数减少457.34万元,比上年增加268.26万元,增长32.65%。")).toEqual(["error ratio-mismatch@A1"]);
  });
  it("the rate before the change, the base stated ('比上年1467.00万元增长20.73%,增加304.10万元'): 1771.10 − 1467.00 = 304.10", () => {
    expect(flagsOf("本年收入合计1771.10万元,比上年1467.00万元增长20.73%,增加304.10万元。")).toEqual([]);
    expect(flagsOf("本年收入合计1771.10万元,比上年1467.00万元增长20.73%,增加314.10万元。")).toEqual(["error total-mismatch@A1"]);
  });
  it("the second comparison opening the next sentence after the first's rate (A3: 3961.06 + 1836.94 = 5798, 1836.94 / 5798 = 31.68%)", () => {
    const a3 = "公務用車購置及運行費2014年財政撥款決算數(shù)為3961.06萬元,比2014年度預算減少1547.29萬元,降低28.09%。較2013年度決算數(shù)減少1836.94萬元,降低31.68%。";
    expect(flagsOf(a3)).toEqual([]);
    expect(flagsOf(a3.replace("31.68%", "32.68%"))).toEqual(["error ratio-mismatch@A1"]);
  });
  it("two years' amounts then their change still read (PERIODS: 12.5 − 8 = 4.5, printed 4.35)", () => {
    expect(flagsOf("公务接待费2016年预算8万元,2015年预算12.5万元;对比减少4.35万元。")).toContain("error total-mismatch@A1");
  });
});
