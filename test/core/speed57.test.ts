/**
 * speed57 (session 57; test/fixtures/real/speed57-s57-diagnosis.md): the prose readers' shared readings and cheap gates.
 * Results must not change: each test states what the reader reads with the gate or the memo, counted by hand.
 */
import { Grid } from "../../src/core/grid/grid";
import { breakdownUnitSlips, sentenceBreakdownSums } from "../../src/core/recognise/sentence-breakdowns";
import { announcedPartSums, announcedUnitSlips } from "../../src/core/recognise/announced-parts";
import { mayHoldQuantities, proseDigits, proseQuantities, proseText } from "../../src/core/recognise/prose-rates";
import { compact } from "../../src/core/text/normalize";
import { withoutCopyMarks } from "../../src/core/text/copy-marks";

const sheet = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((l) => [l]));

describe("speed57: mayHoldQuantities (a digit-unit pair per quantity, on the compact text)", () => {
  // [raw text, quantities proseQuantities reads (proseText), the gate's answer for 1, 2, 3]
  const cases: [string, number, boolean[]][] = [
    ["全年预算数2089元:其中中央1777万元,省级312万元", 3, [true, true, true]],
    ["其中:分项1003-123", 0, [false, false, false]],
    ["指标103-5完成情况良好,达到预期", 0, [false, false, false]],
    ["完成率95%,满意度98%", 0, [false, false, false]],
    ["现有编制人员205人,其中在职113人", 2, [true, true, false]],
    // (full-width digits and a traditional 萬: normalised alike)
    ["預算１２萬元，其中中央８萬元", 2, [true, true, false]],
    // (a space between digit and unit: both texts drop it)
    ["资金 50 万元,其中 30 万元", 2, [true, true, false]],
    // (thousands commas: the pair is the last digit's)
    ["投资1,234.5万元,其中中央1,000万元", 2, [true, true, false]],
    // (areas in letters, hm² read as hm2)
    ["治理面积1429.39hm²,其中3.75km", 2, [true, true, false]],
    // (a percent in words: '百分之5' → '5%', no quantity; the compact text keeps 5万 apart too)
    ["占百分之5,共计", 0, [false, false, false]],
  ];
  test.each(cases)("%s: %d quantities", (raw, n, gate) => {
    expect(proseQuantities(proseText(raw)).length).toBe(n);
    const t = compact(withoutCopyMarks(raw));
    expect([1, 2, 3].map((k) => mayHoldQuantities(t, k))).toEqual(gate);
    // (never false where proseQuantities reads k)
    for (let k = 1; k <= n; k++) expect(mayHoldQuantities(t, k)).toBe(true);
  });
  test("a number split by a space (proseDigits null) reads nothing, the gate proves nothing wrong", () => {
    expect(proseDigits("资金4 8000元")).toBeNull();
    expect(mayHoldQuantities(compact("资金4 8000元"), 1)).toBe(true);
  });
});

describe("speed57: one reading of a sheet's breakdowns for the sums and the unit slips", () => {
  const lines = [
    "项目资金使用情况",
    "项目资金全年预算数2089元:其中中央转移支付资金1777万元,占比85.06%;省级配套资金312万元,占比14.94%。",
    "本年收入合计100万元,其中:财政拨款收入60万元,事业收入40万元。",
    "其中:分项1003-123",
  ];
  test("the sums: 100 = 60 + 40 (the slipped list is no sum); the slip: 2089元 read in 万元", () => {
    const g = sheet(lines);
    const sums = sentenceBreakdownSums(g, []).map((r) => `${r.total.cell} ${r.total.value}=${r.parts.map((p) => p.value).join("+")}`);
    expect(sums).toEqual(["A3 100=60+40"]);
    expect(breakdownUnitSlips(g).map((s) => `${s.written}→${s.expectedUnit} (${s.parts.join(" + ")})`)).toEqual(["2089元→万元 (1777万元 + 312万元)"]);
    // (asked again of the same grid, and the slips asked first of a fresh one: the same answers)
    expect(sentenceBreakdownSums(g, []).length).toBe(1);
    const h = sheet(lines);
    expect(breakdownUnitSlips(h).length).toBe(1);
    expect(sentenceBreakdownSums(h, []).length).toBe(1);
  });
  test("a bracket list's cell (no opener) gives a sum and never a slip", () => {
    const g = sheet(["建设项目27项(省级6项、市级5项、县级16项),资金100万元"]);
    expect(sentenceBreakdownSums(g, []).map((r) => `${r.total.value}=${r.parts.map((p) => p.value).join("+")}`)).toEqual(["27=6+5+16"]);
    expect(breakdownUnitSlips(g)).toEqual([]);
  });
});

describe("speed57: an announced list's unit slips taken from the relations' walk", () => {
  const lines = ["下达项目资金60元,分别为:A经费30万元;B费用30万元。", "2020年下达项目资金90万元,分别为:C经费40万元;D费用50万元。"];
  const slips = (g: Grid) => announcedUnitSlips(g).map((s) => `${s.index}:${s.written}→${s.expectedUnit}@${s.row}`);
  test("the slip 60元 → 万元 (30 + 30), the sum 90 = 40 + 50: alone, and after announcedPartSums walked the grid", () => {
    expect(slips(sheet(lines))).toEqual(["-1:60元→万元@1"]);
    const g = sheet(lines);
    expect(announcedPartSums(g, []).map((r) => `${r.total.value}=${r.parts.map((p) => p.value).join("+")}`)).toEqual(["90=40+50"]);
    expect(slips(g)).toEqual(["-1:60元→万元@1"]);
    // (a copy each time: the caller's array is its own)
    expect(announcedUnitSlips(g)).not.toBe(announcedUnitSlips(g));
  });
});
