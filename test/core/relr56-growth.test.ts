import { growthsOf, halfOfQuantity } from "../../src/core/relations/prose-growth";
import { proseQuantities, proseText } from "../../src/core/recognise/prose-rates";
import { linesGrid as doc, errorFlags } from "../helpers";

/**
 * relr56 (session 56; relr56-s56-diagnosis.md): growth rates stated in prose against the year before, of money in any
 * scale or of counts (relations/prose-growth.ts). Every rate below is computed by hand in its comment; a slip is the clean
 * sentence with only the rate changed.
 */
const flags = (text: string) => errorFlags(doc(["情况说明", text]));
const read = (text: string) => growthsOf(proseText(text)).map((g) => `${g.shape} ${g.current.text} ${g.other.text} ${g.up ? "+" : "-"}${g.digits}% = ${((100 * g.delta) / g.before).toFixed(2)}`);

describe("shapes read: the rate is the change over last year's figure", () => {
  // [shape, clean sentence, the reading (hand: change / last year), a slip of the rate]
  const SHAPES: [string, string, string, string][] = [
    // A: the quantity, its change, the rate. 692.87 / (9126.14 − 692.87) = 692.87 / 8433.27 = 8.2159%
    ["A, a count in 万人次, 增幅达", "累计资助学生9126.14万人次,比上年增加692.87万人次,增幅达8.2%。", "A 9126.14万人次 692.87万人次 +8.2% = 8.22", "累计资助学生9126.14万人次,比上年增加692.87万人次,增幅达7.6%。"],
    // 153.34 / (313.64 − 153.34) = 153.34 / 160.30 = 95.658%
    ["A, 亿元, 同比 before the rate", "累计完成投资313.64亿元,较去年同期增长153.34亿元,同比增长95.66%,为年度计划的30.9%。", "A 313.64亿元 153.34亿元 +95.66% = 95.66", "累计完成投资313.64亿元,较去年同期增长153.34亿元,同比增长85.66%,为年度计划的30.9%。"],
    // 65.62 / (435.82 + 65.62) = 65.62 / 501.44 = 13.086%
    ["A, a bare 减", "收入合计435.82万元,较上年决算数减65.62万元,下降13.1%,主要原因是项目减少。", "A 435.82万元 65.62万元 -13.1% = 13.09", "收入合计435.82万元,较上年决算数减65.62万元,下降15.1%,主要原因是项目减少。"],
    // 277 / (2877 − 277) = 277 / 2600 = 10.654%; the slip 9.6% is 277 / 2877 (over this year's count)
    ["A, a count in 件", "共受理群众诉求2877件,比上年同期增加277件,增长10.7%。", "A 2877件 277件 +10.7% = 10.65", "共受理群众诉求2877件,比上年同期增加277件,增长9.6%。"],
    // 300 / (1200 + 300) = 20%; the slip 25% is 300 / 1200
    ["A, a decrease of a count", "全年培训1200人次,较上年减少300人次,下降20%。", "A 1200人次 300人次 -20% = 20.00", "全年培训1200人次,较上年减少300人次,下降25%。"],
    // 20 / (60 − 20) = 50%
    ["A, 与上年相比", "项目资金60万元,与上年相比增加20万元,增幅为50%。", "A 60万元 20万元 +50% = 50.00", "项目资金60万元,与上年相比增加20万元,增幅为33%。"],
    // 同比 alone: 277 / (2877 − 277) = 10.65%
    ["A, 同比 with no period named", "共受理群众诉求2877件,同比增加277件,增长10.7%。", "A 2877件 277件 +10.7% = 10.65", "共受理群众诉求2877件,同比增加277件,增长9.6%。"],
    // B: last year's figure printed. (223326 − 196978) / 196978 = 26348 / 196978 = 13.376%; the slip 11.80% is 26348 / 223326
    ["B, last year's figure printed", "1-5月,全县总支出完成223326万元,比上年同期196978万元增长13.38%。", "B 223326万元 196978万元 +13.38% = 13.38", "1-5月,全县总支出完成223326万元,比上年同期196978万元增长11.80%。"],
    // (169412 − 167731) / 169412 = 1681 / 169412 = 0.992%
    ["B, a fall", "一般预算支出完成167731万元,比上年同期169412万元下降0.99%。", "B 167731万元 169412万元 -0.99% = 0.99", "一般预算支出完成167731万元,比上年同期169412万元下降1.99%。"],
    // C: two periods' figures. (150 − 120) / 120 = 25%; the slip 20% is 30 / 150
    ["C, 上年同期 … 今年 …", "上年同期接待游客120万人次,今年接待150万人次,同比增长25%。", "C 150万人次 120万人次 +25% = 25.00", "上年同期接待游客120万人次,今年接待150万人次,同比增长20%。"],
    // (15.5 − 12.5) / 12.5 = 24%; the slip 19.4% is 3 / 15.5
    ["C, two years", "公务接待费2015年支出12.5万元,2016年支出15.5万元,增长24%。", "C 15.5万元 12.5万元 +24% = 24.00", "公务接待费2015年支出12.5万元,2016年支出15.5万元,增长19.4%。"],
    // (120 − 100) / 100 = 20%, the months named; the slip 16.7% is 20 / 120
    ["C, months named", "今年1-5月完成收入120万元,上年同期完成100万元,同比增长20%。", "C 120万元 100万元 +20% = 20.00", "今年1-5月完成收入120万元,上年同期完成100万元,同比增长16.7%。"],
    // (120 − 100) / 100 = 20%, this period's clause naming no period
    ["C, 上年同期 after an unnamed clause", "1-5月,全县财政收入120万元,上年同期100万元,同比增速为20%。", "C 120万元 100万元 +20% = 20.00", "1-5月,全县财政收入120万元,上年同期100万元,同比增速为16.7%。"],
    // (1500 − 1200) / 1200 = 25%, this year's figure first
    ["C, this year first", "今年培训1500人次,去年培训1200人次,增长25%。", "C 1500人次 1200人次 +25% = 25.00", "今年培训1500人次,去年培训1200人次,增长20%。"],
    // D: from last year's to this year's. (150 − 120) / 120 = 25%; the slip 20% is 30 / 150
    ["D, 由 … 增加到 …", "接待游客由上年的120万人次增加到150万人次,增长25%。", "D 150万人次 120万人次 +25% = 25.00", "接待游客由上年的120万人次增加到150万人次,增长20%。"],
    // (15.5 − 12.5) / 12.5 = 24%, the change stated between
    ["D, 从 … 增至 …, the change between", "经费从2015年的12.5万元增至15.5万元,增加3万元,增幅24%。", "D 15.5万元 12.5万元 +24% = 24.00", "经费从2015年的12.5万元增至15.5万元,增加3万元,增幅19.4%。"],
    // (100 − 80) / 100 = 20%; the slip 25% is 20 / 80
    ["D, a fall", "公用经费由2015年的100万元下降到80万元,下降20%。", "D 80万元 100万元 -20% = 20.00", "公用经费由2015年的100万元下降到80万元,下降25%。"],
  ];
  test.each(SHAPES)("%s", (_name, clean, reading, slip) => {
    expect(read(clean)).toEqual([reading]);
    expect(flags(clean)).toEqual([]);
    expect(flags(slip)).toEqual(["ratio-mismatch@A2"]);
  });

  test("繁體 and full-width marks read the same (the graduated sheet's own sentence)", () => {
    expect(flags("累計資助學生(幼兒)9126.14萬人次，比上年增加692.87萬人次，增幅達7.6％。")).toEqual(["ratio-mismatch@A2"]);
    expect(flags("累計資助學生(幼兒)9126.14萬人次，比上年增加692.87萬人次，增幅達8.2％。")).toEqual([]);
  });

  test("a clause inline-changes.ts reads too (万元 with its change) is flagged once", () => {
    // 12 / (242 + 12) = 4.72%
    expect(flags("公务接待费242万元,较上年减少12万元,下降5.7%。")).toEqual(["ratio-mismatch@A2"]);
    expect(flags("公务接待费242万元,较上年减少12万元,下降4.7%。")).toEqual([]);
  });

  test("two growths of two subjects in one sentence: each against its own figures", () => {
    // 50 / 450 = 11.11%; 100 / 500 = 20%
    const t = "收入500万元,比上年增加50万元,增长11.1%;支出400万元,比上年减少100万元,下降20%。";
    expect(read(t)).toEqual(["A 500万元 50万元 +11.1% = 11.11", "A 400万元 100万元 -20% = 20.00"]);
    expect(flags(t)).toEqual([]);
    expect(flags(t.replace("下降20%", "下降25%"))).toEqual(["ratio-mismatch@A2"]);
  });
});

describe("counter-shapes: not read", () => {
  const NOT_READ: [string, string][] = [
    ["a change in 个百分点 (no growth rate)", "完成投资50亿元,比上年增加5亿元,增长2.3个百分点。"],
    ["a quantity in 个百分点 as the change", "完成投资50亿元,比上年同期增加3个百分点,增幅达20%。"],
    ["the rate of another subject (人均)", "发放资金50万元,比上年增加5万元,人均增长30%。"],
    ["the rate of a part (其中)", "实施项目120个,比上年增加20个,其中新开工项目增长50%。"],
    ["quantities of two kinds (人次 against 万元)", "接待游客150万人次,比上年增加20万元,增长15.4%。"],
    ["counts of two units (个 against 项)", "实施项目120个,较上年增加20项,增长50%。"],
    ["a comparison with the plan", "完成投资120亿元,比年初计划100亿元增长25%。"],
    ["a direction the figures contradict", "总支出200万元,比上年同期250万元增长20%。"],
    ["the rate heading a range", "工作经费50万元,比上年增加5万元,增长10%-20%。"],
    ["an unnamed clause after last year's", "上年同期收入100万元,税收收入120万元,增长20%。"],
    ["two clauses with no period named", "一般预算收入120万元,基金收入150万元,同比增长25%。"],
    ["D, the rate of a part after", "接待游客由上年的120万人次增加到150万人次,其中本地游客增长30%。"],
    ["D, a direction the figures contradict", "公用经费由2015年的100万元增加到80万元,增长20%。"],
    ["a number split by a break", "累计资助学生9126.14万人次,比上年增加6 92.87万人次,增幅达7.6%。"],
  ];
  test.each(NOT_READ)("%s", (_name, text) => {
    expect(read(text)).toEqual([]);
    expect(flags(text)).toEqual([]);
  });

  test("the rate after the first is not read; the first is (同比 … 环比 …)", () => {
    // 277 / 2600 = 10.65%
    expect(read("本月受理诉求2877件,比上年同期增加277件,增长10.7%,环比增长30%。")).toEqual(["A 2877件 277件 +10.7% = 10.65"]);
  });

  test("rounding: a rate the printed figures' rounding alone may give is not read; one digit shown is half a unit", () => {
    // 2 / 13 = 15.38%, but 15万 and 2万 printed whole: the change 1.5–2.5 over 12–14 gives 10.7%–20.8%, so 13% is not read
    expect(read("支出15万元,比上年增加2万元,增长13%。")).toHaveLength(1);
    expect(flags("支出15万元,比上年增加2万元,增长13%。")).toEqual([]);
    // …but 30% lies beyond anything they can give: a slip
    expect(flags("支出15万元,比上年增加2万元,增长30%。")).toEqual(["ratio-mismatch@A2"]);
    // one decimal of 万人次: half a unit is 0.05万 = 500
    const [q] = proseQuantities(proseText("9126.1万人次"));
    expect(halfOfQuantity(q)).toBe(500);
    expect(halfOfQuantity(proseQuantities(proseText("313.64亿元"))[0])).toBe(5e5);
    expect(halfOfQuantity(proseQuantities(proseText("1,030万6,880元"))[0])).toBe(0.5);
  });
});
