import { Grid } from "../../src/core/grid/grid";
import { nestedParts } from "../../src/core/recognise/nested-parts";
import { sentenceSums } from "../../src/core/recognise/sentence-sums";
import { evaluateRelation } from "../../src/core/relations/evaluate";

/**
 * dev54: a 其中 list whose parts are broken down themselves (分别…/包括/其中 right after a part) is two levels: the whole over
 * its parts, each broken-down part over its own parts — never the whole over both levels summed.
 */
const sums = (text: string) => sentenceSums(Grid.fromValues("Sheet1", [["报告"], [text]], []));
const shown = (text: string) =>
  sums(text).map((r) => `${r.total.value}${r.bound === "equal" ? "=" : "≥"}${r.parts.map((p) => p.value).join("+")}${evaluateRelation(r).ok ? "" : " ✗"}`);

describe("nestedParts: the levels of a list", () => {
  it("reads each ';' group's head and the head's own parts", () => {
    const v = nestedParts("第一批资金9910万元,分别支持A项目3000万元、B项目3357.17万元、C项目3552.83万元;第二批资金7437万元,分别支持D项目3000万元、E项目3688万元、F项目730万元、G项目19万元");
    expect(v).not.toBeNull();
    expect(v).not.toBe("refused");
    if (!v || v === "refused") return;
    expect(v.top.map((p) => p.digits)).toEqual(["9910", "7437"]);
    expect(v.subs.map((s) => [s.head.digits, s.parts.map((p) => p.digits)])).toEqual([
      ["9910", ["3000", "3357.17", "3552.83"]],
      ["7437", ["3000", "3688", "730", "19"]],
    ]);
  });
  it("is null for a flat list (no part broken down)", () => {
    expect(nestedParts("A项目3000万元、B项目3357.17万元;C项目19万元")).toBeNull();
  });
  it("refuses two broken-down parts in one group: where the first's parts end is not said", () => {
    expect(nestedParts("第一批资金9910万元,分别支持A项目3000万元、B项目6910万元,第二批资金7437万元,分别支持D项目7437万元")).toBe("refused");
  });
});

describe("sentenceSums over a list of two levels", () => {
  const cases: [string, string, string[]][] = [
    // hand: 9910 + 7437 = 17347; 3000 + 3357.17 + 3552.83 = 9910; 3000 + 3688 + 730 + 19 = 7437 (flat: 34694 = 2 × 17347)
    [
      "batches, each with 分别支持 its projects (allocations)",
      "我市获得2023年度中央水污染防治专项资金17347万元其中第一批资金9910万元,分别支持A项目3000万元、B项目3357.17万元、C项目3552.83万元;第二批资金7437万元,分别支持D项目3000万元、E项目3688万元、F项目730万元、G项目19万元。",
      ["17347≥9910+7437", "9910=3000+3357.17+3552.83", "7437=3000+3688+730+19"],
    ],
    // hand: 9910 + 7437 = 17347; the first batch's parts 3000 + 3357.17 + 3000 = 9357.17 ≠ 9910 (flagged at its own level)
    [
      "a slip inside one batch is flagged at that batch",
      "下达专项资金17347万元,其中第一批资金9910万元,分别支持A项目3000万元、B项目3357.17万元、C项目3000万元;第二批资金7437万元,分别支持D项目3000万元、E项目3688万元、F项目730万元、G项目19万元。",
      ["17347≥9910+7437", "9910=3000+3357.17+3000 ✗", "7437=3000+3688+730+19"],
    ],
    // hand (a total's 共计): 100 + 50 + 30 = 180; 60 + 40 = 100
    [
      "a total with three parts, the first broken down with 包括 (totals path)",
      "项目资金共计180万元,其中中央资金100万元,包括设备购置60万元、人员培训40万元;省级资金50万元;县级资金30万元。",
      ["180=100+50+30", "100≥60+40"],
    ],
    // a part whose 分别用于 names no amount: one level only, 100 + 80 + 20 = 200
    [
      "a broken-down part with no amounts under it",
      "安排补助资金200万元,其中中央资金100万元,分别用于A村和B村;省级资金80万元;县级资金20万元。",
      ["200=100+80+20"],
    ],
  ];
  it.each(cases)("%s", (_, text, want) => {
    expect(shown(text)).toEqual(want);
  });

  // counter-shapes: not read at all (neither flat nor as levels)
  const refused: [string, string][] = [
    ["two broken-down parts in one ',' run", "下达专项资金17347万元,其中第一批资金9910万元,分别支持A项目3000万元、B项目6910万元,第二批资金7437万元,分别支持D项目7437万元。"],
    ["a group that is no part", "下达专项资金17347万元,其中第一批资金9910万元,分别支持A项目3000万元、B项目6910万元;第二批资金尚未到位。"],
    ["a part in another unit", "下达专项资金17347万元,其中第一批资金9910万元,分别支持A项目3000万元、B项目6910万元;第二批资金7437元。"],
  ];
  it.each(refused)("refuses %s", (_, text) => {
    expect(shown(text)).toEqual([]);
  });

  // a flat list is read as before
  it("reads a flat list as before", () => {
    expect(shown("安排预算资金379.368万元,其中中央资金179.3万元,省级资金108.8万元,本级资金91.268万元。")).toEqual(["379.368=179.3+108.8+91.268"]);
  });
});
