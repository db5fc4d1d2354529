/**
 * weightInLabel, groupWeightInLabel and codePrefix run their patterns only where the label's compact text holds the
 * character every pattern needs (分, a final 分, a leading capital): the test is on the compact text, never on the label
 * as written. Labels whose 分 or capital letter only the normalisation makes (a compatibility form, a space inside, a
 * traditional form around it) read as before; labels without one read as no points and no code.
 */
import { codePrefix, groupWeightInLabel, weightInLabel } from "../../../src/core/text/labels";

describe("the label helpers' quick tests read the compact text", () => {
  test.each([
    ["產出指標（５０ 分）", 50, "traditional, full-width digits, a space before 分"],
    ["組織領導【20分】", 20, "traditional, lenticular brackets"],
    ["產出指標", null, "no 分: no points"],
    ["分项指标", null, "a 分 with no bracket: no points"],
    ["", null, "empty"],
  ] as [string, number | null, string][])("weightInLabel(%p) → %p (%s)", (label, w) => {
    expect(weightInLabel(label)).toBe(w);
  });

  test.each([
    ["投入20 分", 20, "bare points, a space before 分"],
    ["公共區域18分", 18, "traditional, bare points"],
    ["一、組織領導38分 ", 38, "a trailing space: the compact text ends in 分"],
    ["分数评定", null, "分 first, not last: no points"],
    ["投入20分钟", null, "not ending in 分"],
    ["", null, "empty"],
  ] as [string, number | null, string][])("groupWeightInLabel(%p) → %p (%s)", (label, w) => {
    expect(groupWeightInLabel(label)).toBe(w);
  });

  test.each([
    ["Ａ１部门目标", "A1", "full-width capital and digit"],
    [" C14 2020年会计核算", "C14", "a leading space, a code before a year"],
    ["a1部门目标", null, "a small letter: no code"],
    ["指标A1", null, "a capital inside the label: no code"],
    ["", null, "empty"],
  ] as [string, string | null, string][])("codePrefix(%p) → %p (%s)", (label, code) => {
    expect(codePrefix(label)).toBe(code);
  });
});
