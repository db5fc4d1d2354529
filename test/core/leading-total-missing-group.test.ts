import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A 总分 of 100 printed first, right under the header, over whole groups that fall short of it (eng26c, the 河湖长制
 * excerpt: 总分 100 over 一、16 and 二、70, each group's lines adding up to its points, the third group not shown): a
 * group is missing past the sheet's end, so the table is read as cut — whether the page ends there or a signature block
 * closes it. Counter-shapes: the third group shown (whole: clean; an item's slip: found), a group whose lines do not add
 * up (its slip found), a 总分 of other points (101: a slip, found).
 */

type Rows = (string | number | null)[][];
const FOOTER: Rows = [["填表人：张三    审核人：李四"], ["填报日期：2024年3月15日"]];

/** 序号 | 考核项目 | 各项分值 | 负责考核单位, 总分 `total` first, then `groups` (points, its lines' points), then `footer` */
function sheet(total: number, groups: [number, number[]][], footer = false): Grid {
  const rows: Rows = [["2019年河湖长制工作考核项目"], ["序号", "考核项目", "各项分值", "负责考核单位"], [null, "总分", total, null]];
  const cn = ["一", "二", "三"];
  let n = 0;
  groups.forEach(([points, lines], k) => {
    rows.push([cn[k], `考核类别${cn[k]}`, points, null]);
    for (const w of lines) rows.push([String(++n), `考核事项${n}`, w, "市河长办"]);
  });
  if (footer) rows.push(...FOOTER);
  return Grid.fromValues("Sheet1", rows, ["A1:D1"]);
}

const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);
const TWO: [number, number[]][] = [[30, [10, 20]], [50, [20, 30]]];

describe("a 总分 of 100 printed first over whole groups short of it: a group missing past the end", () => {
  test.each([false, true])("signature block below: %s — read as cut, no error", (footer) => {
    const g = sheet(100, TWO, footer);
    const r = review(g, "national");
    expect(r.model.truncated).toBe(true);
    expect(r.model.indicators).toHaveLength(4);
    expect(errors(g)).toEqual([]);
  });
});

describe("counter-shapes", () => {
  test("the third group shown (30 + 50 + 20 = 100): whole, not cut, clean", () => {
    const g = sheet(100, [...TWO, [20, [5, 15]]], true);
    expect(review(g, "national").model.truncated).toBe(false);
    expect(errors(g)).toEqual([]);
  });
  test("the third group shown with an item's slip (5 + 16 against 20): found at the group", () => {
    expect(errors(sheet(100, [...TWO, [20, [5, 16]]], true))).toContain("weight-sum-mismatch@C10");
  });
  test("a group whose lines do not add up (20 + 25 against 50) under the 总分: not cut, its slip found", () => {
    const g = sheet(100, [[30, [10, 20]], [50, [20, 25]]], true);
    expect(review(g, "national").model.truncated).toBe(false);
    expect(errors(g)).toContain("weight-sum-mismatch@C7");
  });
  test("a 总分 of other points (101 over 30 + 50 + 20): a slip in the total, found", () => {
    const g = sheet(101, [...TWO, [20, [5, 15]]], true);
    expect(review(g, "national").model.truncated).toBe(false);
    expect(errors(g)).toContain("weight-sum-mismatch@C3");
  });
});
