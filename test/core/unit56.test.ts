import { onePartUnitSlip } from "../../src/core/recognise/whole-unit-slips";
import { breakdownUnitSlips } from "../../src/core/recognise/sentence-breakdowns";
import { flags, sheet } from "./probes";

/**
 * unit56 (session 56; test/fixtures/real/unit56-s56-diagnosis.md): a 其中 list of one part that is its whole, written in a unit
 * 10^4 off it (whole-unit-slips.ts onePartUnitSlip, read by sentence-breakdowns.ts), with the counter-shapes that must not be
 * read. Every number below is worked out by hand in its comment.
 */
const slips = (lines: string[]) => breakdownUnitSlips(sheet(lines)).map((s) => `${s.index}:${s.written}→${s.expectedUnit}`);

describe("one part that is its whole, its unit 10^4 off (whole-unit-slips.ts onePartUnitSlip)", () => {
  test.each([
    // the part in 元 under a whole in 万元, the same number 69.33, a share of 100%: the part's 万 dropped
    ["69.33万元", "69.33元", 100, { index: 0, unit: "元", expectedUnit: "万元" }],
    // the same with no share stated: the equal number says it is the whole
    ["69.33万元", "69.33元", null, { index: 0, unit: "元", expectedUnit: "万元" }],
    // mirrored: the whole in 元 over its one part in 万元 — the whole (the smaller unit) is the slip
    ["2089元", "2089万元", 100, { index: -1, unit: "元", expectedUnit: "万元" }],
    // 万 against 亿: 1.25亿元 over 1.25万元
    ["1.25亿元", "1.25万元", 100, { index: 0, unit: "万元", expectedUnit: "亿元" }],
    // a whole shown coarser: 69.3 against 69.33, within half its last unit (0.05)
    ["69.3万元", "69.33元", 100, { index: 0, unit: "元", expectedUnit: "万元" }],
  ])("slip: %s over %s (share %s)", (whole, part, share, want) => expect(onePartUnitSlip(whole, part, share)).toEqual(want));

  test.each([
    // a part that is really small: 69.33元 under 6933万元 — 69.33 ≠ 6933 in any one unit, adds up to nothing
    ["6933万元", "69.33元", null],
    // a part of a different number, no share: 12.5元 under 69.33万元
    ["69.33万元", "12.5元", null],
    // the equal number but a share below 100%: the part said to be a part, not the whole
    ["69.33万元", "69.33元", 50],
    // one unit (a part equal to its whole as written: it holds)
    ["69.33万元", "69.33万元", 100],
    // 元 against 亿元: 10^8, no dropped 万
    ["69.33亿元", "69.33元", 100],
    // a figure of two units
    ["1亿2000万元", "12000元", null],
    // the part 0
    ["0万元", "0元", null],
  ])("no slip: %s over %s (share %s)", (whole, part, share) => expect(onePartUnitSlip(whole, part, share)).toBeNull());

  test("the reader's 其中 list (sentence-breakdowns.ts): the slip told by unit-mismatch at its cell", () => {
    // '本年收入合计69.33万元,其中:…财政拨款收入69.33元,占100%' (a cell with no closing '。'): 69.33 = 69.33 read in 万元
    const lines = ["2021年本年收入合计69.33万元,其中:一般公共预算财政拨款收入69.33元,占100%"];
    expect(slips(lines)).toEqual(["0:69.33元→万元"]);
    expect(flags(lines)).toEqual(["unit-mismatch@A1"]);
    // the same in one unit: 69.5 = 69.5 (100%) holds, nothing to tell
    expect(flags(["2021年本年支出合计69.5万元,其中:基本支出69.5万元,占100%"])).toEqual([]);
  });

  test.each([
    // a small part in 元 under a whole in 万元: 69.33 against 6933 — no slip
    ["2021年本年收入合计6933万元,其中:捐赠收入69.33元。"],
    // a part of a different number, no share
    ["2021年本年收入合计69.33万元,其中:捐赠收入12.5元。"],
    // a share below 100%
    ["2021年本年收入合计69.33万元,其中:财政拨款收入69.33元,占50%。"],
    // a sample (等): not the whole list
    ["2021年本年收入合计69.33万元,其中:财政拨款收入69.33元等。"],
    // an approximate part
    ["2021年本年收入合计69.33万元,其中:财政拨款收入约69.33元。"],
  ])("no slip read: %s", (line) => expect(slips([line])).toEqual([]));
});
