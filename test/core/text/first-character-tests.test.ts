import { CodeStyle, labelCode, mayStartCode } from "../../../src/core/text/codes";
import { compact } from "../../../src/core/text/normalize";
import { readNumber } from "../../../src/core/text/numbers";

/**
 * The cheap first-character tests that run before the label patterns must never reject what the patterns read.
 * One label of every code style (a new style in CodeStyle fails to compile here until it has its example).
 */
const EXAMPLES: Record<CodeStyle, string> = {
  "cn-dun": "三、项目效益",
  "cn-paren": "（二）产出指标",
  "ar-dot": "3.培训人次",
  "ar-dun": "12、完成率",
  "ar-paren": "（4）资金到位",
  "ar-rparen": "5)验收合格率",
  circled: "③社会效益",
  zhibiao: "指标7完成情况",
  "zhibiao-cn": "指标二：培训人次",
  dotted: "1.2立项依据",
  dashed: "2-3绩效目标",
  "ar-space": " 1 立项依据",
};

describe("first-character tests before the label patterns", () => {
  it.each(Object.entries(EXAMPLES))("a %s code passes the test and is read", (style, label) => {
    expect(mayStartCode(compact(label))).toBe(true);
    expect(labelCode(label)?.style).toBe(style);
  });

  it("a label starting with a word is no code", () => {
    expect(mayStartCode(compact("产出指标"))).toBe(false);
    expect(labelCode("产出指标")).toBeNull();
  });

  it("texts that read as numbers pass the number test, words do not", () => {
    expect(readNumber("１２３．５")).toEqual({ value: 123.5, percent: false, decimals: 1 });
    expect(readNumber(" +95 % ")).toEqual({ value: 0.95, percent: true, decimals: 0 });
    expect(readNumber(".5")).toEqual({ value: 0.5, percent: false, decimals: 1 });
    expect(readNumber("1,234")).toEqual({ value: 1234, percent: false, decimals: 0 });
    expect(readNumber(",123")).toBeNull();
    expect(readNumber("约95")).toBeNull();
  });

  // (the footnote pattern runs only on a text ending in a mark: each mark it knows is still read off a number)
  it.each([
    ["6,006 #", 6006],
    ["48,067 *", 48067],
    ["9＊", 9],
    ["12.5※", 12.5],
    ["3†", 3],
    ["4‡", 4],
    ["95%★", 0.95],
  ])("a number with a footnote mark after it, %s, reads as the number", (text, value) => {
    expect(readNumber(text)?.value).toBe(value);
  });

  it.each(["1360740****", "*", "#5", "★", "指标5#"])("a mark alone, twice, or before the number, %s, is no number", (text) => {
    expect(readNumber(text)).toBeNull();
  });
});

