import { NUMBER_TEXT_START } from "../../src/core/recognise/code-columns";

/**
 * code-columns reads a text as a number only where its first character can open one (NUMBER_TEXT_START), before the
 * pattern: that set must hold every character a number's text can open with — a digit, a sign, any white space \s.
 */
describe("code-columns: the first characters a number's text opens with", () => {
  it("holds every character \\s matches, the digits and the signs (every BMP character checked)", () => {
    const missing: number[] = [];
    for (let ch = 0; ch <= 0xffff; ch++) {
      const s = String.fromCharCode(ch);
      if ((/\s/.test(s) || /[0-9+-]/.test(s)) && !NUMBER_TEXT_START.has(ch)) missing.push(ch);
    }
    expect(missing).toEqual([]);
  });

  it.each(["指标1", "≥50个", "a1", "（1）", ".5"])("counter-shape: %s opens with no such character", (t) => {
    expect(NUMBER_TEXT_START.has(t.charCodeAt(0))).toBe(false);
  });
});
