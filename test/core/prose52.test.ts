import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { proseQuantities, proseText, statedRates } from "../../src/core/recognise/prose-rates";

/**
 * prose52 (session 52; test/fixtures/real/prose52-diagnosis.md): relations stated in prose —
 * - a rate of spending named its progress, '支出进度89.3%' (recognise/prose-rates.ts), and a rate of amounts written in 亿
 *   read only where their rounding cannot explain it;
 * - a change opening the sentence after its amount, '收入:792.22万元。同比上年度增加189.25万元,增加31.39%'
 *   (relations/inline-changes.ts);
 * - what is carried forward (结转) after what was allotted and spent, and an audit's money not yet rectified (未整改) after the
 *   money of the problems and the money rectified (relations/stated-differences.ts, vocabulary DIFFERENCE_PAIRS), amounts in
 *   亿 not checked where only their rounding parts them.
 * Every number below is checked by hand in its comment.
 */
type Row = (string | number)[];
const doc = (lines: (string | Row)[]) => Grid.fromValues("Sheet1", lines.map((l) => (Array.isArray(l) ? l : [l]) as Row), []);
const errors = (...texts: string[]) =>
  review(doc(["工作进展情况", ...texts]), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);
const rates = (text: string) => statedRates(proseText(text)).map((x) => `${x.name} ${x.rate.text} = ${x.numerator.value}/${x.denominator.value}`);

describe("a rate of spending named its progress (支出进度)", () => {
  // [text, the rates read, the findings]
  const cases: [string, string, string[], string[]][] = [
    // 9.4 / 10.53 = 89.27% → 89.3% (亿 in 万元: 94000 / 105300)
    ["district, the real shape", "1-6月,全区共收到中央直达资金10.53亿元,支出9.4亿元,支出进度89.3%。其中支持基层落实减税降费和重点民生等专项转移支付9.31亿元,已支出95%。", ["支出率 89.3% = 94000/105300"], []],
    // 83.0% lies outside 9.35 / 10.535 = 88.75% … 9.45 / 10.525 = 89.79%
    ["district, a slip", "1-6月,全区共收到中央直达资金10.53亿元,支出9.4亿元,支出进度83.0%。", ["支出率 83.0% = 94000/105300"], ["exec-rate-mismatch@A2"]],
    // 7.61 / 8.56 = 88.90% (繁體)
    ["如皋, 繁體", "截止2020年12月31日,下達至我市直達資金8.56億元,已支出7.61億元,支出進度88.9%,結轉0.95億元。", ["支出率 88.9% = 76100/85600"], []],
    // 5.94 / 6.44 = 92.24%, printed 92.3%: 5.945 / 6.435 = 92.39% within the rounding of 亿 amounts — not read, not flagged
    ["如皋, only the rounding of 亿 amounts parts them", "截止2020年12月31日,下達至我市參照直達資金6.44億元,已支出5.94億元,支出進度92.3%,結轉0.5億元。", [], []],
    // 85.3% lies outside 5.935 / 6.445 = 92.09% … 92.39%
    ["如皋, a slip past the rounding", "截止2020年12月31日,下達至我市參照直達資金6.44億元,已支出5.94億元,支出進度85.3%,結轉0.5億元。", ["支出率 85.3% = 59400/64400"], ["exec-rate-mismatch@A2"]],
    // 万元 as printed: 940 / 1053 = 89.27% → 89.3%; 86.3% is a slip (万元 amounts are checked as printed)
    ["万元", "全区共收到中央直达资金1053万元,支出940万元,支出进度89.3%。", ["支出率 89.3% = 940/1053"], []],
    ["万元, a slip", "全区共收到中央直达资金1053万元,支出940万元,支出进度86.3%。", ["支出率 86.3% = 940/1053"], ["exec-rate-mismatch@A2"]],
    // 拨付进度: 450 / 500 = 90%; 95% a slip (a rate other than 执行 / 支出: ratio-mismatch)
    ["拨付进度", "下达补助资金500万元,已拨付450万元,拨付进度90%。", ["拨付率 90% = 450/500"], []],
    ["拨付进度, a slip", "下达补助资金500万元,已拨付450万元,拨付进度95%。", ["拨付率 95% = 450/500"], ["ratio-mismatch@A2"]],
    // 执行进度为: 180 / 200 = 90%; 80% a slip
    ["执行进度为, a slip", "年度预算资金200万元,实际执行180万元,预算执行进度为80%。", ["执行率 80% = 180/200"], ["exec-rate-mismatch@A2"]],
    // counter-examples: the schedule's progress, a work's progress, a target
    ["序时进度 is no rate of the amounts", "截至6月底,下达资金100万元,已支出45万元,超序时进度5个百分点。", [], []],
    ["完成进度 may be physical", "计划投资100万元,完成投资60万元,工程完成进度75%。", [], []],
    ["工程进度", "计划投资100万元,已支出60万元,工程进度75%。", [], []],
    ["a target", "下达资金100万元,已支出60万元,要求年底前支出进度达到90%以上。", [], []],
  ];
  test.each(cases)("%s", (_name, text, read, found) => {
    expect(rates(text)).toEqual(read);
    expect(errors(text)).toEqual(found);
  });
});

describe("a change opening the sentence after its amount; 同比上年", () => {
  const cases: [string, string, string[]][] = [
    // 189.25 / (792.22 − 189.25) = 189.25 / 602.97 = 31.39%; 209.28 / (792.22 − 209.28) = 209.28 / 582.94 = 35.90%
    ["南县, the real shape", "1、收入:792.22万元。同比上年度增加189.25万元,增加31.39%。其中:财政拨款收入792.22万元,同比上年度增加209.28万元,增加35.9%。", []],
    ["南县, both rates slipped", "1、收入:792.22万元。同比上年度增加189.25万元,增加29.19%。其中:财政拨款收入792.22万元,同比上年度增加209.28万元,增加33.4%。", ["ratio-mismatch@A2", "ratio-mismatch@A2"]],
    ["繁體, a slip", "1、收入:792.22萬元。同比上年度增加189.25萬元,增加29.19%。", ["ratio-mismatch@A2"]],
    // 100 / (500 + 100) = 16.67%
    ["较上年, a decrease, after the stop", "2、支出:500万元。较上年减少100万元,下降16.67%。", []],
    ["较上年, a decrease, a slip", "2、支出:500万元。较上年减少100万元,下降20%。", ["ratio-mismatch@A2"]],
    // counter-examples: another subject between (a part's change: 100 / 400 = 25% would flag 20% if misread); no year
    ["a part's change opening the next sentence", "收入500万元。其中财政拨款比上年增加100万元,增长20%。", []],
    ["同比 with no year", "收入500万元。同比增长20%。", []],
  ];
  test.each(cases)("%s", (_name, text, found) => {
    expect(errors(text)).toEqual(found);
  });
});

describe("结转 after what was allotted and spent; 未整改 after the problems' and the rectified money", () => {
  const cases: [string, string, string[]][] = [
    // 8.56 − 7.61 = 0.95
    ["如皋, the real shape (繁體, 亿)", "截止2020年12月31日,下達至我市直達資金8.56億元,已支出7.61億元,支出進度88.9%,結轉0.95億元。結轉的主要原因是基建類支出較多。", []],
    // 0.88 against 0.95: past the rounding (0.015 亿)
    ["如皋, a slip", "截止2020年12月31日,下達至我市直達資金8.56億元,已支出7.61億元,支出進度88.9%,結轉0.88億元。", ["total-mismatch@A2"]],
    // 0.94 against 0.95: within half a digit of each of the three (8.555 − 7.614 = 0.941) — not checked
    ["亿, only the rounding parts them", "下達至我市直達資金8.56億元,已支出7.61億元,支出進度88.9%,結轉0.94億元。", []],
    // 万元 as printed: 856 − 761 = 95; 85 is a slip
    ["万元", "下达资金856万元,已支出761万元,结转95万元。", []],
    ["万元, a slip", "下达资金856万元,已支出761万元,结转85万元。", ["total-mismatch@A2"]],
    // counter-examples: 结转 before the two is what was carried in; 上年结转 after them too
    ["结转 before: carried in", "结转资金20万元,下达资金100万元,已支出90万元。", []],
    ["上年结转 after", "下达资金100万元,已支出90万元,上年结转20万元。", []],
    // 瑞金: 251023.54 − 215587.84 = 35435.70
    ["瑞金, the real shape", "《审计报告》反映涉及4个方面、29个单位(部门)共计50项具体问题,问题资金251023.54万元,报告日已整改40项,整改到位资金215587.84万元,正在整改10项(含部分整改),未整改资金35435.70万元,出台13个规章制度。", []],
    // 233451.89 − 215587.84 = 17864.05 against 35435.70
    ["瑞金, a slip in the whole", "《审计报告》反映共计50项具体问题,问题资金233451.89万元,报告日已整改40项,整改到位资金215587.84万元,正在整改10项(含部分整改),未整改资金35435.70万元。", ["total-mismatch@A2"]],
    // 繁體, 尚未整改: 300 − 120 = 180, stated 170
    ["繁體, 尚未整改, a slip", "審計查出問題金額300萬元,已整改金額120萬元,尚未整改金額170萬元。", ["total-mismatch@A2"]],
    // counter-example: a status between (正在整改) beside the rectified: no one difference of three
    ["four statuses", "问题资金100万元,已整改资金60万元,正在整改资金30万元,未整改资金20万元。", []],
  ];
  test.each(cases)("%s", (_name, text, found) => {
    expect(errors(text)).toEqual(found);
  });
});


describe("the number reader: a quantity right after a comma (no digit before it) is read", () => {
  // (prose52: '截至9月底,170项重点项目' — before, a number after a comma was never read, lest a thousands comma's tail be one)
  test("after a comma; a thousands comma's tail is no number", () => {
    expect(proseQuantities(proseText("截至9月底,170项重点项目已实现开复工项目163项")).map((q) => q.text)).toEqual(["170项", "163项"]);
    expect(proseQuantities(proseText("资金合计1,234.5万元")).map((q) => q.text)).toEqual(["1,234.5万元"]);
    // 30 / 50 = 60%, the whole after a comma now read as the whole (before: the rate over 30 + 17, 63.83%)
    expect(rates("全县,50个项目,已开工30个,未开工17个,开工率为60%")).toEqual(["开工率 60% = 30/50"]);
  });
});
