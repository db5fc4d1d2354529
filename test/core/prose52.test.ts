import { review } from "../../src/core/review";
import { proseQuantities, proseText, statedRates } from "../../src/core/recognise/prose-rates";
import { linesGrid as doc } from "../helpers";

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
    // a whole number of 亿 is a round figure, taken as printed: 62 − 50 = 12 against 12.5 (grad50b's)
    ["亿, whole numbers as printed", "全年计划投资50亿元,实际完成投资62亿元,超计划完成12.5亿元。", ["total-mismatch@A2"]],
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

describe("a paragraph broken into lines, one a row (a PDF's text); a gloss of the amount before its change", () => {
  // 梧州 军休 决算说明, as stored: each printed line a row of column A
  const LINES = [
    "—5—",
    "(一)本单位2021年度总收入581.45万元,其中本年收",
    "入390.55万元,较2020年度决算数减少175.26万元,下降31%。",
    "收入具体情况如下。",
    "1.一般公共预算财政拨款收入382.17万元,为市本级财政",
    "当年拨付的资金。较2020年度决算数减少157.86万元,下降",
    "29.2%,主要原因:一是军休人员自然减员减少下拨相应的",
    "离退休费、生活补助及其他经费;二是2020年下拨了军休人",
    "员抚恤金74.31万元;三是按要求压减了机构管理经费。",
    "2.上级补助收入8.38万元,为事业单位开展业务活动取得",
    "的收入。较2020年度决算数减少17.40万元,下降67.5%,主",
    "要原因是军休人员自然减员减少下拨定期增资经费及其他",
    "经费。",
    "3.上年结转和结余190.89万元,为以前年度支出预算因客",
    "观条件变化未执行完毕、结转到本年度按有关规定继续使用",
    "的资金。较2020年度决算数减少7.63万元,下降3.8 %,主要",
    "原因是中央、自治区安排的相关项目支出因客观原因结转到",
    "2021年度继续使用。",
    "1.社会保障和就业支出467.99万元:主要用于本单位在",
    "社会保障与就业方面的支出。较2020年度决算数减少91.91",
    "万元,下降16.4%,主要原因是2021年军休人员经费、业务",
    "活动和抚恤金支出减少。",
  ];
  const sheet = (lines: (string | Row)[]) =>
    review(doc(lines), "national")
      .findings.filter((f) => f.severity !== "info")
      .map((f) => `${f.rule}@${f.cell}`);
  const rel = (lines: string[]) =>
    review(doc(lines), "national")
      .model.relations.filter((r) => r.kind === "ratio" && r.id.startsWith("ratio:inline-change:"))
      .map((r) => (r.kind === "ratio" ? `${r.stated.cell} ${r.stated.value}% = ${r.numerator.value}/${Math.round(r.denominator.value * 100) / 100}` : ""));
  const swap = (from: string, to: string) => LINES.map((l) => l.replace(from, to));
  test("the real shape: each rate read at its row, over this year's amount plus the decrease; none flagged", () => {
    // 157.86 / (382.17 + 157.86) = 157.86 / 540.03 = 29.23% → 29.2; 17.40 / 25.78 = 67.49% → 67.5; 7.63 / 198.52 = 3.84% → 3.8;
    // 91.91 / 559.90 = 16.42% → 16.4
    expect(rel(LINES)).toEqual(expect.arrayContaining(["A7 29.2% = 157.86/540.03", "A11 67.5% = 17.4/25.78", "A16 3.8% = 7.63/198.52", "A21 16.4% = 91.91/559.9"]));
    expect(sheet(LINES)).toEqual([]);
  });
  test.each([
    ["29.2%", "27.2%", "ratio-mismatch@A7"],
    ["67.5%", "62.8%", "ratio-mismatch@A11"],
    ["3.8 %", "3.5 %", "ratio-mismatch@A16"],
    ["16.4%", "15.3%", "ratio-mismatch@A21"],
  ])("a slip %s → %s is flagged at the rate's row", (from, to, found) => {
    expect(sheet(swap(from, to))).toEqual([found]);
  });
  test("one cell, the gloss between the amount and its change (繁體, 万元); a figure in the gloss: not read", () => {
    // 17.40 / 25.78 = 67.49%: 60% a slip
    expect(errors("2.上級補助收入8.38萬元,為事業單位開展業務活動取得的收入。較2020年度決算數減少17.40萬元,下降60%。")).toEqual(["ratio-mismatch@A2"]);
    expect(errors("2.上级补助收入8.38万元,为事业单位开展业务活动取得的收入。较2020年度决算数减少17.40万元,下降67.5%。")).toEqual([]);
    // (a figure inside the gloss, '5万元为结转' — no comma before its 为 —: the change may be of it; not read: 17.40 / (5 + 17.40) =
    // 77.68% would flag 67.5%)
    expect(errors("2.上级补助收入8.38万元,为事业单位取得的收入,其中5万元为结转。较2020年度决算数减少17.40万元,下降67.5%。")).toEqual([]);
  });
  test("lines not joined: a line ending its sentence; lines of two columns; short lines", () => {
    // the amount's line closed by '。': the next line's change is no change of it (17.40 / 25.78 would be 67.49%, stated 60%)
    expect(sheet(["上级补助收入8.38万元,为事业单位开展业务活动取得的收入。", "较2020年度决算数减少17.40万元,下降60%,主要原因是减员。"])).toEqual([]);
    expect(sheet([["上级补助收入8.38万元,为事业单位开展业务", "备注"], "活动取得的收入。较2020年度决算数减少17.40万元,下降60%。"])).toEqual([]);
  });
});
