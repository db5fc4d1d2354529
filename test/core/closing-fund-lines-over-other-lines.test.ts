import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A closing 合计 read up over the fund-part lines right above it (labelledFundSum: 项目支出, 其他支出 — FUND_PART_LABEL)
 * where the list goes on above them with amounts under labels of another kind (人员经费, 公用经费): the parts read are
 * not all of the list, so they only bound the 合计 (as when the list is read down from a leading total), and the reading
 * of the whole list (the expense list's: 110 + 55 + 80 + 40 = 285) stands. Counter-shapes: a 合计 over fund parts only
 * (财政拨款 | 其他资金) is still their sum, a slip in it found; the whole list's slip is found too.
 */
const flags = (lines: (string | number)[][]) =>
  review(Grid.fromValues("S", [["某单位支出表"], ["项目", "本年预算数", "上年预算数"], ...lines], ["A1:C1"]), "national")
    .findings.filter((f) => f.rule === "total-mismatch")
    .map((f) => `${f.messageId}@${f.cell}`);

describe("a closing 合计 over fund-part lines with other lines above them", () => {
  test.each<[string, (string | number)[][], string[]]>([
    ["人员经费 and 公用经费 above 项目支出 and 其他支出: the whole list adds up, no flag", [["人员经费", 110, 100], ["公用经费", 55, 50], ["项目支出", 80, 100], ["其他支出", 40, 20], ["合计", 285, 270]], []],
    ["the same list, 合计 off by 10 in one column: flagged there", [["人员经费", 110, 100], ["公用经费", 55, 50], ["项目支出", 80, 100], ["其他支出", 40, 20], ["合计", 295, 270]], ["sum@B7"]],
    // counter-shapes: fund parts only, read up to the header
    ["counter: 财政拨款 and 其他资金 only, adding up", [["财政拨款", 80, 100], ["其他资金", 40, 20], ["合计", 120, 120]], []],
    ["counter: 财政拨款 and 其他资金 only, 合计 off", [["财政拨款", 80, 100], ["其他资金", 40, 20], ["合计", 130, 120]], ["sum@B5"]],
  ])("%s", (_name, lines, expected) => {
    expect(flags(lines)).toEqual(expected);
  });
});
