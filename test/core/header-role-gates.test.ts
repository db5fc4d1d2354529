import { indicatorRole, mayNameColumn, widenedSource } from "../../src/core/recognise/headers";
import { HEADER_WORDS, INDICATOR_HEADERS } from "../../src/core/recognise/vocabulary";

/**
 * classifyCompactHeader runs each pattern that ends a text with a word, or needs a character, only on a text that ends so
 * or holds it (speed42): each gate's shape, the text the pattern reads, and its counter-shape, the near text without the
 * gate's trigger, read by the vocabulary alone. The roles are those of the vocabulary as it stands (recognise/vocabulary.ts).
 */
describe("indicatorRole: the patterns behind a gate read the texts they read before", () => {
  test.each([
    // a 中期/长期 set (LONG_TERM_SET, ends with ')'): none; without the bracket, the level's own word
    ["二级指标(长期)", null],
    ["二级指标", "level2"],
    // a unit after the word (HEADER_REMARK, ends with ')'): the word's role; a remark that names no role stays none
    ["得分(分)", "score"],
    ["指标值(年度)", "targetValue"],
    ["培训人数(人)", null],
    // a level's word and its requirements (REQUIREMENTS_AFTER, ends with 要求): the level; 要点 is no requirement
    ["考核内容和要求", "level1"],
    ["考核内容和要点", null],
    // two levels' words joined by 与 / 及 (JOINED_LEVELS): the lower level; the same words unjoined name none
    ["评定项目与评定内容", "level3"],
    ["考核项目及考核内容", "level3"],
    ["评定项目评定内容", null],
    // a year in the word (YEAR_WORD, writes 年): the year's expected value is the target, a year's actual none
    ["预期2022年实现值", "targetValue"],
    ["2021年实际实现值", null],
    ["2011年考核指标", "level3"],
    // a required field's mark (REQUIRED_MARK: *, ＊, ※) before or after the word, also before its unit
    ["*指标值", "targetValue"],
    ["一级指标*", "level1"],
    ["权重*(%)", "weight"],
    ["※三级指标", "level3"],
    ["＊三级指标", "level3"],
    // an indicator's name: none of the gates opens, no role
    ["指标12-1", null],
  ])("%s → %s", (text, role) => {
    expect(indicatorRole(text)).toBe(role);
  });
});

/**
 * indicatorRole answers a text mayNameColumn rejects with none, its patterns not run (speed42b): the gate is the
 * vocabulary's patterns widened and each composite path's trigger. Shape: a header word (or a text one path reads a
 * word in) opens it and reads its role; counter-shape: an indicator's name, no trigger, stays shut and reads none; the
 * near case the gate lets through and the vocabulary still reads as none (上年完成值, a digit before 年 in a name).
 */
describe("mayNameColumn: one test before the vocabulary's patterns", () => {
  const long = "*".repeat(28) + "一级指标"; // 32 characters, the marks dropped: 一级指标
  test.each([
    // an indicator's name: no header word, no trigger
    ["资金到位率", false, null],
    ["受益群众满意度", false, null],
    ["指标12-1", false, null],
    ["年度资金到位率", false, null],
    ["资金".repeat(16), false, null],
    // a header word of INDICATOR_HEADERS (exact, or found inside: 可能性) and of HEADER_WORDS (its leading ideographs dropped)
    ["得分", true, "score"],
    ["完成目标可能性", true, "likelihood"],
    ["单位参考分值", true, "weight"],
    ["区县级自评", true, "score"],
    // the gate lets it through, the vocabulary reads none: an earlier period's value
    ["上年完成值", true, null],
    // each composite path's trigger
    ["得分(分)", true, "score"],
    ["考核内容和要求", true, "level1"],
    ["评定项目与评定内容", true, "level3"],
    ["预期2022年实现值", true, "targetValue"],
    ["2022年度资金到位率", true, null],
    ["*指标值", true, "targetValue"],
    [long, true, "level1"],
  ])("%s → gate %s, %s", (text, open, role) => {
    expect(mayNameColumn(text)).toBe(open);
    expect(indicatorRole(text)).toBe(role);
  });

  test("every word of the vocabulary that its own pattern reads opens the gate", () => {
    const shut: string[] = [];
    let words = 0;
    for (const [, re] of INDICATOR_HEADERS.concat(HEADER_WORDS)) {
      for (const w of re.source.split(/[|()?^$:]+/)) {
        if (!/^[\u4e00-\u9fa5]{2,}$/.test(w) || !re.test(w)) continue;
        words++;
        if (!mayNameColumn(w)) shut.push(w);
      }
    }
    expect(words).toBeGreaterThan(200);
    expect(shut).toEqual([]);
  });

  test.each([
    // a leading ^, its negative lookaheads and a class's bounded run dropped: found anywhere
    ["^(?!.*(扣|标准|说明))[\u4e00-\u9fa5]{0,6}(分值|权重)$", "(分值|权重)$"],
    ["^[\u4e00-\u9fa5]{1,4}级?(自评|考评)$", "级?(自评|考评)$"],
    // a source whose start is a word, or with no ^, kept
    ["^(一级指标|一级)$", "^(一级指标|一级)$"],
    ["赋分办法", "赋分办法"],
  ])("widenedSource(%s) = %s", (src, widened) => {
    expect(widenedSource(src)).toBe(widened);
  });
});
