/** The one normaliser (DESIGN §1 core/text; RULEBOOK §9.1, §9.3, §9.6, §9.17). */
import { compact, isNotApplicableText, isNotApplicableWord, normalizeText } from "../../../src/core/text/normalize";

describe("normalizeText / compact", () => {
  test.each([
    ["績效評價", "绩效评价", "LJ traditional mirror"],
    ["預算執行率", "预算执行率", "traditional 預算/執行"],
    ["全年預算數", "全年预算数", ""],
    ["實際完成值", "实际完成值", ""],
    ["偏差原因分析及改進措施", "偏差原因分析及改进措施", ""],
    ["較好", "较好", "較 → 较"],
    ["ＡＢＣ１２３", "ABC123", "full-width letters and digits (NFKC)"],
    ["（３５分）", "(35分)", "full-width brackets and digits"],
    ["≥９５％", "≥95%", "full-width percent"],
    ["  产出指标  ", "产出指标", "trimmed"],
  ])("normalizeText(%p) = %p %s", (s, expected) => {
    expect(normalizeText(s)).toBe(expected);
  });
  test.each([
    ["項目資金（萬元）", "项目资金(万元)"],
    ["滿意度指標", "满意度指标"],
    ["執行率(B/A)", "执行率(B/A)"],
    ["評價等級：良", "评价等级:良"],
    ["結餘", "结余"],
    ["會計憑證號", "会计凭证号"],
    ["轉移支付區域（項目）績效目標自評表", "转移支付区域(项目)绩效目标自评表"],
    ["臺灣", "台湾"],
    ["綫上培訓", "线上培训"],
  ])("traditional %p reads as %p (OpenCC hk → cn)", (s, expected) => {
    expect(normalizeText(s)).toBe(expected);
  });
  test.each(["显著提升", "干部培训", "余额", "了解情况", "后续资金", "台账", "准确率≥95%", "户均增收", "发放补贴"])(
    "simplified %p is left as it is",
    (s) => {
      expect(normalizeText(s)).toBe(s);
    },
  );
  test("circled rubric numbers are kept (they would become digits under NFKC)", () => {
    expect(normalizeText("①得0.5分；②得1分")).toBe("①得0.5分;②得1分");
  });
  test("empty input", () => {
    expect(normalizeText("")).toBe("");
    expect(compact("")).toBe("");
  });
  test.each([
    ["年度\n指标值", "年度指标值", "line break inside a header (LJ)"],
    ["投 入", "投入", "spaced label"],
    ["绩 效 指 标", "绩效指标", "022 header"],
    ["年度\u3000总体\u3000目标", "年度总体目标", "ideographic spaces"],
    ["可持续影\n响指标", "可持续影响指标", "015 wrapped label"],
    ["全年預算數(A)", "全年预算数(A)", "traditional and header suffix"],
  ])("compact(%p) = %p (%s)", (s, expected) => {
    expect(compact(s)).toBe(expected);
  });
  test("normalizeText keeps inner spacing, compact removes it", () => {
    expect(normalizeText("投 入")).toBe("投 入");
  });
});

describe("isNotApplicableText (R-PARSE-03: '/', '—', '-', '*' → null, not 0)", () => {
  test.each(["/", "／", "—", "——", "-", "--", "－", "*", "_", "/ / /", " / "])("%p is not applicable", (s) => {
    expect(isNotApplicableText(s)).toBe(true);
  });
  test.each(["", "0", "0.00", "无", "完成", "N/A", "≥95%", "100%"])("%p is not the N/A mark", (s) => {
    expect(isNotApplicableText(s)).toBe(false);
  });
  test.each(["不适用", "不涉及", "无此项", "不考核"])("the word %p means not applicable", (s) => {
    expect(isNotApplicableWord(s)).toBe(true);
  });
  test.each(["适用", "无", "完成"])("%p is not an N/A word", (s) => {
    expect(isNotApplicableWord(s)).toBe(false);
  });
});
