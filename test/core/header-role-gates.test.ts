import { indicatorRole } from "../../src/core/recognise/headers";

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
