import { Grid } from "../../src/core/grid/grid";
import { readFileSync } from "fs";
import { join } from "path";
import { review } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * An allocation list (分配表) read as a sheet of no family: an excerpt that stops inside the list says so
 * (model.truncated), as a table of a family does; a list its 合计 closes, or whose leading 合计 its lines add up to, is whole.
 */
const HEAD = [["附件1"], ["2023年农村危房改造补助资金分配表"], ["单位:万元"], ["县区", "补助资金", "备注"]];
const LINES = [
  ["城关镇", 120, null],
  ["石门镇", 85, null],
  ["龙河镇", 60, null],
  ["双龙镇", 35, null],
];
const sheet = (rows: (string | number | null)[][]) => Grid.fromValues("S", [...HEAD, ...rows]);

describe("an amount list of no family, cut or whole", () => {
  test.each([
    // the lines run to the sheet's end, no total at all
    ["no total, the lines run to the end", true, LINES],
    // 合计 300 = 120 + 85 + 60 + 35 under the lines: whole
    ["closed by its 合计 (300 = 120 + 85 + 60 + 35)", false, [...LINES, ["合计", 300, null]]],
    // a leading 合计 its lines add up to: whole
    ["a leading 合计 its lines reach (300)", false, [["合计", 300, null], ...LINES]],
    // a leading 合计 of 500 over lines adding up to 300: the rest lies beyond the cut
    ["a leading 合计 its lines fall short of (500 over 300)", true, [["合计", 500, null], ...LINES]],
    // the last line cut in the middle: a name without its amount
    ["the last line a name without its amount", true, [["合计", 500, null], ...LINES, ["长滩镇", null, null]]],
  ])("%s: truncated %s", (_what, cut, rows) => {
    const r = review(sheet(rows as (string | number | null)[][]));
    expect(r.model.family).toBe("unknown");
    expect(r.model.headerRow).toBe(4);
    expect(r.model.truncated).toBe(cut);
  });
});

describe("real allocation lists of no family", () => {
  test.each([
    // 19 街镇 of which the excerpt shows 5, no 合计
    ["cq-changshou-temporary-assistance-1st-batch-allocation-2021", true],
    // 合计 4000 first, its lines (the 县 of 海东) add up to it
    ["qh-haidong-east-west-coop-fund-allocation-2018", false],
    // closed by 合计 10
    ["gz-zhengan-disaster-relief-allocation-2009", false],
    // the last line "12 | 图书信息中心" without its amounts
    ["hb-open-university-special-funds-execution-2022", true],
    // a leading 合计 10656 its few lines fall short of, the last line "龙" alone
    ["zj-disabled-living-nursing-subsidy-allocation-2018", true],
  ])("%s: truncated %s, as its truth says", (id, cut) => {
    const path = join(FIXTURES, "real", `${id}.json`);
    const r = review(jsonGrid(path));
    expect(r.model.family).toBe("unknown");
    expect(JSON.parse(readFileSync(join(FIXTURES, "real", `${id}.truth.json`), "utf8")).truncated).toBe(cut);
    expect(r.model.truncated).toBe(cut);
  });
});
