import { namedItemRates } from "../../src/core/relations/named-item-rates";
import { inlineChanges } from "../../src/core/relations/inline-changes";
import { summedWholeShares } from "../../src/core/relations/summed-whole-shares";
import { flags, sheet } from "./probes";

/**
 * rel58 (session 58; test/fixtures/real/rel58-s58-diagnosis.md): rates, changes and shares publishers print that the engine
 * did not read. Every number below is computed by hand in its comment.
 */

describe("an item's change and rate, its amount stated in another clause (named-item-rates.ts)", () => {
  /** the readings: 'change/base=printed' in the amounts' unit */
  const read = (lines: string[]) => namedItemRates(sheet(lines)).map((r) => `${r.numerator.value}/${r.denominator.value}=${r.stated.value}`);
  const LEVELS = "2018年度“三公”经费支出决算为7.55万元。其中:公务用车购置及运行费支出决算为4.81万元;公务接待费支出决算为2.74万元。";
  test.each<[string, string[], string[]]>([
    // 寻甸 (real, session 58 graduation): 4.81 − 0.57 = 4.24, 0.57 / 4.24 = 13.44% (printed 12.47%); 2.74 + 0.81 = 3.55,
    // 0.81 / 3.55 = 22.82% (printed 29.2%): both read (and flagged below); the whole's own: 7.55 + 0.24 = 7.79, 0.24 / 7.79 =
    // 3.08% ✓ 3.1%
    [
      "the items' changes in the sentence after their amounts",
      [LEVELS, "2018年度“三公”经费支出决算数比2017年减少0.24万元,下降3.1%。其中:公务用车购置及运行费支出决算增加0.57万元,增长12.47%;公务接待费支出决算减少0.81万元,下降29.2%。"],
      ["0.24/7.79=3.1", "0.57/4.24=12.47", "0.81/3.55=29.2"],
    ],
    // the comparison in the item's own clause: 0.81 / (2.74 + 0.81) = 22.82% ✓ 22.82%
    ["the comparison in the clause", [LEVELS, "2018年公务接待费支出决算比上年减少0.81万元,下降22.82%。"], ["0.81/3.55=22.82"]],
    // 鄂尔多斯 (real): the year of the sentence before in the paragraph (2022, the budget's, not 2021's 决算 7.73): 10 − 2.27 =
    // 7.73, 2.27 / 7.73 = 29.37% ✓
    [
      "the year of the paragraph's sentence before",
      [
        "2022年度“三公”经费预算总计21.8万元,其中:公务接待11.8万元,公务用车运行费用10万元。",
        "2021年度“三公”经费合计支出20.12万元,其中:公务接待12.39万元,公务用车运行费用7.73万元。",
        "2022年度“三公”经费预算较2021年度增加1.68万元。公务用车运行费用较上年同期增加2.27万元,增长29.37%。",
      ],
      ["2.27/7.73=29.37"],
    ],
    // a whole named again with its scope ('财政拨款' out) and its year: 2.7 + 0.06 = 2.76, 0.06 / 2.76 = 2.17% (临沧: printed 0.02%)
    ["the whole, its scope out", ["2018年财政拨款“三公”经费预算总额为2.7万元。", "2018年“三公”经费预算数比2017年预算数减少0.06万元,减幅0.02%。"], ["0.06/2.76=0.02"]],
    // amounts in 元 both: 75800 − 52044.27 = 23755.73, 52044.27 / 23755.73 = 219.08% (printed 50.63%)
    ["amounts in 元", ["商品和服务支出预算75800元。", "商品和服务支出预算同比增加52044.27元,增长50.63%。"], ["52044.27/23755.73=50.63"]],
    // counter-shapes, none read:
    // the rate of another item: 公务接待费's amount is stated, 公务用车's is not
    ["the rate of an item whose amount is not stated", ["公务接待费支出决算为2.74万元。", "其中:公务用车运行费比上年增加0.57万元,增长12.47%。"], []],
    // 同口径 against 自然口径: the item's words differ
    ["同口径 against 自然口径", ["地方一般公共预算收入(自然口径)完成28583万元。", "地方一般公共预算收入(同口径)比上年增加4376万元,增长14.6%。"], []],
    // a base stated in the clause: inline-changes.ts's reading, not this one
    ["a base stated in the clause", [LEVELS, "公务接待费支出决算比上年3.55万元减少0.81万元,下降22.82%。"], []],
    // a change in 万元 against the amount in 元
    ["the change in 万元, the amount in 元", ["公务接待费支出决算为27400元。", "公务接待费支出决算比上年减少0.81万元,下降29.2%。"], []],
    // a rate in 个百分点: a change of a rate, no growth
    ["points", [LEVELS, "公务接待费支出决算比上年减少0.81万元,下降29.2个百分点。"], []],
    // a change against a plan (比预算): no earlier period
    ["against the budget", [LEVELS, "公务接待费支出决算比预算减少0.81万元,下降29.2%。"], []],
    // 预算 against 决算: the stages differ
    ["another stage", ["公务接待费支出预算为2.74万元。", "公务接待费支出决算比上年减少0.81万元,下降29.2%。"], []],
    // a change of no year against amounts of a year: which year's is not known (the 2022 one taken out, 鄂尔多斯's benign
    // variant '超过10万元', the 2021 one alone must not be read: 2.27 / (7.73 − 2.27) = 41.58% would be a false flag)
    [
      "no year on the change",
      ["2021年度“三公”经费合计支出20.12万元,其中:公务接待12.39万元,公务用车运行费用7.73万元。", "公务用车运行费用较上年同期增加2.27万元,增长29.37%。"],
      [],
    ],
    // the stage of the sentence a 其中 lists under (决算) against an amount of 预算
    ["another stage, from the 其中's sentence", ["公务接待费预算为2.74万元。", "三公经费支出决算数比上年减少0.24万元,下降3.1%。其中:公务接待费减少0.81万元,下降29.2%。"], []],
    // another year's amount: 2017's 3.55 is no base for 2018's change
    ["another year's amount", ["2017年公务接待费支出决算为3.55万元。", "2018年公务接待费支出决算比2017年减少0.81万元,下降29.2%。"], []],
    // two amounts of the item, of two figures: which one is not known
    ["two figures for the item", ["公务接待费支出决算为2.74万元。", "公务接待费支出决算为2.47万元。", "公务接待费支出决算比上年减少0.81万元,下降29.2%。"], []],
    // a name of two characters ('支出') says no item
    ["a name too short", ["支出为2.74万元。", "支出比上年减少0.81万元,下降29.2%。"], []],
    // another item whose name ends the same ('运行费' of '公务用车购置及运行费'): names are equal or not read
    ["a name that ends another's", ["公务用车购置及运行费支出决算为4.81万元。", "运行费支出决算比上年增加0.57万元,增长12.47%。"], []],
  ])("%s", (_name, lines, want) => {
    expect(read(lines)).toEqual(want);
  });

  test("the slips are flagged, the whole's own rate not read where its amount is another stage's", () => {
    expect(
      flags([
        "2018年度“三公”经费支出预算为7.55万元,支出决算为7.55万元。其中:公务用车购置及运行费支出决算为4.81万元;公务接待费支出决算为2.74万元。",
        "2018年度“三公”经费支出决算数比2017年减少0.24万元,下降3.1%。其中:公务用车购置及运行费支出决算增加0.57万元,增长12.47%;公务接待费支出决算减少0.81万元,下降29.2%。",
      ]),
    ).toEqual(["ratio-mismatch@A2", "ratio-mismatch@A2"]);
  });
});

describe("an amount's share or completion between it and its change (inline-changes.ts SHARES)", () => {
  /** the rates read: 'change/base=printed' */
  const rates = (lines: string[]) =>
    inlineChanges(sheet(lines))
      .filter((r) => r.kind === "ratio")
      .map((r) => (r.kind === "ratio" ? `${r.numerator.value}/${Number(r.denominator.value.toFixed(6))}=${r.stated.value}` : ""));
  test.each<[string, string[], string[]]>([
    // 大英 (scan): 3.46 − 2.4 = 1.06, 2.4 / 1.06 = 226.42% (printed 0.24%)
    ["a completion between", ["2022年“三公”经费财政拨款支出决算为3.46万元,完成预算100%,较上年增加2.4万元,增长0.24%。"], ["2.4/1.06=0.24"]],
    // 梧州 (scan): 905709.06 − 21557.64 = 884151.42, 21557.64 / 884151.42 = 2.438% ✓ 2.44%
    ["a share, then 同比", ["工资福利支出预算905709.06元,占基本支出预算79.89%,同比增加21557.64元,增长2.44%。"], ["21557.64/884151.42=2.44"]],
    // 梧州 (scan): a template's blank share; 75800 − 52044.27 = 23755.73, 52044.27 / 23755.73 = 219.08% (printed 50.63%)
    ["a blank share", ["商品和服务支出预算75800元,占基本支出预算%,同比增加52044.27元,增长50.63%。"], ["52044.27/23755.73=50.63"]],
    // two clauses: 100 − 20 = 80, 20 / 80 = 25% ✓
    ["two clauses", ["项目支出100万元,占总支出40%,执行率95%,比上年增加20万元,增长25%。"], ["20/80=25"]],
    // counter-shapes, none read here:
    // a clause of a rate of growth between (增长5%): the change after it may be of another measure
    ["a growth between", ["项目支出100万元,增长5%,比上年增加20万元,增长25%。"], []],
    // a comparison with a plan (比预算): (rel59) read since — the budget is the earlier amount, the arithmetic the same
    // (3.46 − 2.4 = 1.06, 2.4 / 1.06 = 226.42%, printed 0.24%); over the stored sheets the readings against 年初 / 预算 hold but
    // for the scan README's slips (rel59-s59-diagnosis.md)
    ["a plan's comparison", ["支出决算为3.46万元,完成预算100%,比预算增加2.4万元,增长0.24%。"], ["2.4/1.06=0.24"]],
    // 同比 right after the amount: prose-growth.ts's reading, not this one
    ["同比 right after the amount", ["工资福利支出预算905709.06元,同比增加21557.64元,增长2.44%。"], []],
    // a part's share between (其中…占): the change may be the part's
    ["a part's share between", ["收入100万元,其中财政拨款占90%,比上年增加20万元,增长25%。"], []],
    // three clauses: too far for the amount to be the change's
    ["three clauses", ["项目支出100万元,占总支出40%,执行率95%,完成率90%,比上年增加20万元,增长25%。"], []],
  ])("%s", (_name, lines, want) => {
    expect(rates(lines)).toEqual(want);
  });
});

describe("changes of amounts in 亿 against the year before or this year (inline-changes.ts BIG_MONEY)", () => {
  /** the differences read: 'change=later-earlier' in 万元 */
  const diffs = (lines: string[]) =>
    inlineChanges(sheet(lines))
      .filter((r) => r.kind === "difference")
      .map((r) => (r.kind === "difference" ? `${r.result.value}=${r.minuend.value}-${r.subtrahends.map((s) => s.value).join("-")}` : ""));
  test.each<[string, string[], string[], string[]]>([
    // 苗栗 (scan): 196.47 − 128.94 = 67.53亿, printed 增加115.34亿 (in 万元: 1964700 − 1289400 = 675300 ≠ 1153400)
    ["a 繁體 news change", ["其中包括統籌分配稅196.47億，較上年度法定預算數128.94億元，增加115.34億元。"], ["1153400=1964700-1289400"], ["total-mismatch@A1"]],
    // 苗栗 (scan): 302.12 − 277.27 = 24.85 ✓; a 民國 year; 24.85 / 277.27 = 8.96% ✓
    ["a 民國 year", ["歲出預算編列302.12億元，較114年度法定預算數277.27億元，增加24.85億元，增幅8.96％。"], ["248500=3021200-2772700"], []],
    // 彰化 (scan): against this year's: 707.9 − 704.9 = 3.0亿, printed 3.7亿
    ["against 今年", ["歲出預算707.9億元，比今年704.9億元增加3.7億元。"], ["37000=7079000-7049000"], ["total-mismatch@A1"]],
    // counter-shapes: a miss within the rounding of amounts in 0.01 亿 (8.56 − 7.61 = 0.95, printed 0.94: each within half a
    // digit) is not read; a part of a list with a share between ('、…32.91亿元,占…16.58%,较上年…': the whole's change, 50.48 +
    // 91.2 = 141.68) is not read
    ["within the rounding of 亿", ["结转8.56亿元,较上年7.61亿元增加0.94亿元。"], [], []],
    ["a list's part before a share", ["补助收入50.48亿,包括一般性补助17.56亿元、计划型补助32.91亿元,占岁入总额16.58%,较上年度法定预算数141.68亿元,减少91.2亿元。"], [], []],
  ])("%s", (_name, lines, want, flagged) => {
    expect(diffs(lines)).toEqual(want);
    expect(flags(lines)).toEqual(flagged);
  });
});

describe("parts' shares of a whole named and never stated, the whole their sum (summed-whole-shares.ts)", () => {
  /** the shares read: 'part/sum=printed' */
  const shares = (lines: string[]) => summedWholeShares(sheet(lines)).map((r) => `${r.numerator.value}/${r.denominator.value}=${r.stated.value}`);
  test.each<[string, string[], string[]]>([
    // 梧州 2024 (scan): 2476260.58 + 469500 = 2945760.58; 2476260.58 / 2945760.58 = 84.06% ✓, 469500 / 2945760.58 = 15.94%
    // (printed 19.62%)
    [
      "two parts, one share a slip",
      ["1.基本支出预算2476260.58元,占一般公共预算支出的84.06%,同比减少4966.66元。", "2.项目支出469500元,占一般公共预算支出的19.62%,同比增加70100元。"],
      ["2476260.58/2945760.58=84.06", "469500/2945760.58=19.62"],
    ],
    // 梧州 2023 (scan): 881300.39 + 29700 = 911000.39; 96.74% ✓, 3.26% ✓
    ["two parts that hold", ["基本支出881300.39元,占一般公共预算支出的96.74%。", "项目支出29700元,占一般公共预算支出的3.26%。"], ["881300.39/911000.39=96.74", "29700/911000.39=3.26"]],
    // three parts, two agreeing: 50 + 30 + 20 = 100; 50% ✓, 30% ✓, 25% (printed; 20% by the sum)
    ["three parts, two agreeing", ["甲支出50万元,占总支出的50%;乙支出30万元,占总支出的30%;丙支出20万元,占总支出的25%。"], ["50/100=50", "30/100=30", "20/100=25"]],
    // counter-shapes, none read:
    // no share agrees: the whole has parts unlisted (60 / (60 + 20) = 75%, printed 60%; 20 / 80 = 25%, printed 20%: of 100)
    ["no share agrees", ["甲支出60万元,占总支出的60%。", "乙支出20万元,占总支出的20%。"], []],
    // three parts, one agreeing: not enough (50 / 100 = 50% ✓ alone)
    ["three parts, one agreeing", ["甲支出50万元,占总支出的50%;乙支出30万元,占总支出的35%;丙支出20万元,占总支出的25%。"], []],
    // the whole stated: money-part-shares.ts's reading
    ["the whole stated", ["总支出100万元。", "甲支出50万元,占总支出的50%。", "乙支出50万元,占总支出的40%。"], []],
    // one part alone
    ["one part", ["项目支出29700元,占一般公共预算支出的3.26%。"], []],
    // two units
    ["two units", ["基本支出88.13万元,占一般公共预算支出的96.74%。", "项目支出29700元,占一般公共预算支出的3.26%。"], []],
    // bare shares name no whole
    ["bare shares", ["基本支出881300.39元,占96.74%。", "项目支出29700元,占3.26%。"], []],
  ])("%s", (_name, lines, want) => {
    expect(shares(lines)).toEqual(want);
  });
});
