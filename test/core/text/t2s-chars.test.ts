import fc from "fast-check";
import { T2S_CHARS, T2S_PHRASES } from "../../../src/core/text/t2s-chars";
import { needsSimplifying, traditionalToSimplified } from "../../../src/core/text/normalize";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { t2sTables } = require("../../../scripts/gen-t2s-chars.js") as {
  t2sTables: () => { chars: string; phrases: string[]; strings: string[]; conv: (s: string) => string };
};
const tables = t2sTables();

describe("telling whether a text needs OpenCC without loading it", () => {
  test("the generated tables are those of the pinned OpenCC dictionaries (regenerate with scripts/gen-t2s-chars.js)", () => {
    expect(T2S_CHARS).toBe(tables.chars);
    expect(T2S_PHRASES).toBe(tables.phrases.join("|"));
  });

  test("every dictionary string the chain changes is recognised as needing it", () => {
    const missed = tables.strings.filter((s) => tables.conv(s) !== s && !needsSimplifying(s));
    expect(missed).toEqual([]);
  });

  test("random strings of dictionary characters: whatever the chain changes is recognised", () => {
    const alphabet = [...new Set(tables.strings.join("") + "的了是在有和项目资金绩效指标")];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 8 }), (cs) => {
        const s = cs.join("");
        return needsSimplifying(s) || tables.conv(s) === s;
      }),
      { numRuns: 20000, seed: 42 },
    );
  });

  test("simplified text with characters that change only inside phrases does not need it (覆盖, 户, 温, 税)", () => {
    expect(needsSimplifying("覆盖户数、温度、税收")).toBe(false);
    expect(needsSimplifying("批覆文件")).toBe(true); // 批覆 -> 批复
    expect(needsSimplifying("項目")).toBe(true);
  });

  test("a traditional label is converted, a simplified one comes back as the same string", () => {
    expect(traditionalToSimplified("項目資金（萬元）")).toBe("项目资金（万元）");
    expect(traditionalToSimplified("批覆")).toBe("批复");
    const s = "项目资金（万元）";
    expect(traditionalToSimplified(s)).toBe(s);
  });
});
