import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { periodMonths } from "../../src/core/recognise/time-progress";

/**
 * A progress list asking for a 未达到序时进度说明 (地区 | 预算数 | 支出数 | 支出进度 | 未达到序时进度说明, one line
 * per 市州): a line whose rate is behind the 序时进度 of the period the sheet states (1-4月: 4/12 = 33.33%) needs its
 * explanation (an error); with no period printed, only a line behind one month's (1/12 = 8.33%, the earliest any report is
 * made) or behind half the whole's rate (全省 39.75% → 19.875%, where the list states it and that is more) is flagged, as
 * a warning.
 */
type Row = (string | number | null)[];
const sheet = (title: string, lines: Row[], reasonHead = "未达到序时进度说明") =>
  review(
    Grid.fromValues("S", [[title], ["地区", "预算数", "支出数", "支出进度", reasonHead], ["全省", 2000, 795, "39.75%", null], ...lines], ["A1:E1"]),
    "national",
  ).findings.filter((f) => f.rule === "missing-reason").map((f) => [f.cell, f.severity]);
// 甲市 4.00% (20 of 500), 乙市 30.00% (150 of 500), 丙市 50.00% (250 of 500), 丁市 75.00% (375 of 500)
const LINES: Row[] = [
  ["甲市", 500, 20, "4.00%", null],
  ["乙市", 500, 150, "30.00%", null],
  ["丙市", 500, 250, "50.00%", null],
  ["丁市", 500, 375, "75.00%", null],
];

describe("a line behind 序时进度 with no 未达到序时进度说明", () => {
  test.each([
    ["1-4月 printed: 甲 4% and 乙 30% under 33.33%, errors", "某民生实事1-4月项目推进情况表", LINES, [["E4", "error"], ["E5", "error"]]],
    ["截至9月底 printed: 丙 50% under 75% too", "某民生实事项目推进情况表(截至9月底)", LINES, [["E4", "error"], ["E5", "error"], ["E6", "error"]]],
    ["no period printed: only 甲 4% under one month's 8.33%, a warning", "某民生实事 项目推进情况", LINES, [["E4", "warning"]]],
    // counter-shapes: the explanation given; every line ahead of the period's 序时进度
    ["甲's explanation given", "某民生实事1-4月项目推进情况表", [["甲市", 500, 20, "4.00%", "项目前期手续办理中"], ...LINES.slice(1)], [["E5", "error"]]],
    ["1-2月 printed: 16.67%, only 甲 behind", "某民生实事1-2月项目推进情况表", LINES, [["E4", "error"]]],
  ] as [string, string, Row[], [string, string][]][])("%s", (_name, title, lines, found) => {
    expect(sheet(title, lines)).toEqual(found);
  });

  // no period printed, the whole's line 全省 39.75%: its half, 19.875%, is the sheet's own evidence of how far the year has
  // come (above one month's 8.33%) — 乙 at 15% (75 of 500) is behind it; at 25% (behind the whole, not half of it) it is not
  test.each([
    ["乙 15%: under half the whole's 39.75%, a warning", "15.00%", [["E4", "warning"], ["E5", "warning"]]],
    ["counter: 乙 25%, under the whole's rate but not under its half: not flagged", "25.00%", [["E4", "warning"]]],
  ] as [string, string, [string, string][]][])("no period printed, %s", (_name, rate, found) => {
    expect(sheet("某民生实事 项目推进情况", [LINES[0], ["乙市", 500, 75, rate, null], ...LINES.slice(2)])).toEqual(found);
  });
  test("counter-shape: the whole's line states no rate, no period — only one month's 8.33% (乙 15% not flagged)", () => {
    const r = review(Grid.fromValues("S", [["某民生实事 项目推进情况"], ["地区", "预算数", "支出数", "支出进度", "未达到序时进度说明"], ["全省", 2000, 795, null, null], LINES[0], ["乙市", 500, 75, "15.00%", null], ...LINES.slice(2)], ["A1:E1"]), "national");
    expect(r.findings.filter((f) => f.rule === "missing-reason").map((f) => [f.cell, f.severity])).toEqual([["E4", "warning"]]);
  });
  test("the table right of a blank column (names in B): the whole's line still read, 乙 15% flagged", () => {
    const rows = [["某民生实事 项目推进情况"], ["地区", "预算数", "支出数", "支出进度", "未达到序时进度说明"], ["全省", 2000, 795, "39.75%", null], LINES[0], ["乙市", 500, 75, "15.00%", null]];
    const r = review(Grid.fromValues("S", rows.map((l, i) => (i === 0 ? l : [null, ...l])), ["A1:F1"]), "national");
    expect(r.findings.filter((f) => f.rule === "missing-reason").map((f) => [f.cell, f.severity])).toEqual([["F4", "warning"], ["F5", "warning"]]);
  });
  test("the message names the whole's rate it took half of", () => {
    const r = review(Grid.fromValues("S", [["某民生实事 项目推进情况"], ["地区", "预算数", "支出数", "支出进度", "未达到序时进度说明"], ["全省", 2000, 795, "39.75%", null], ["乙市", 500, 75, "15.00%", null]], ["A1:E1"]), "national");
    expect(r.findings.filter((f) => f.rule === "missing-reason").map((f) => f.message)).toEqual([expect.stringContaining("19.88%")]);
  });

  test("counter-shape: a 备注 column instead of a 序时进度 explanation asks for nothing", () => {
    expect(sheet("某民生实事1-4月项目推进情况表", LINES, "备注")).toEqual([]);
  });
});

describe("the months a title's period covers", () => {
  test.each([
    ["2017年1—11月十大民生工程项目实施进度表", 11],
    ["1-4月推进情况", 4],
    ["(截至2016年9月30日)", 9],
    ["截至2016年9月15日", 8],
    ["截至6月底", 6],
    ["2021年民生实事推进情况", null],
    ["第11-15项", null],
  ] as [string, number | null][])("%s → %p", (title, months) => {
    expect(periodMonths(title)).toBe(months);
  });
});
