import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Points at a rate per unit achieved (eng26c, the 宝鸡 星级 system; recognise/rate-points.ts): 指标名称 | 单位 | 标准 | 分值 |
 * 折算计分办法, each line's 分值 the rate its rule states times its 标准 ("4×实达标数" beside 标准 15 → 60), a rate written
 * with decimals possibly rounded (0.57 × 35 = 19.95 for 20). A line's slip is found at its 分值, once (its group's sum
 * broken through it is not reported again). Counter-shapes: rules of another kind (每项2分) or lines that do not bear the
 * rate out, or a table with no 标准 column, relate nothing; a whole rate is exact (61 against 4 × 15 is found, not
 * rounded away), a rounded one forgives its rounding only.
 */

type Rows = (string | number | null)[][];

/** 一、生产发展 (`group`) over five lines: [标准, 分值, rule] */
function sheet(lines: [string, number, string][], group = 190): Grid {
  const rows: Rows = [["新农村建设测评体系"], ["指标名称", "单位", "标准", "分值", "折算计分办法"], ["一、生产发展", null, null, group, null]];
  lines.forEach(([std, w, rule], k) => rows.push([`${k + 1}、指标${k + 1}`, "%", std, w, rule]));
  rows.push(["合计", null, null, group, null]);
  return Grid.fromValues("Sheet1", rows, ["A1:E1"]);
}
const LINES: [string, number, string][] = [
  ["15 以上", 60, "4×实达标数"],
  ["70", 70, "1×实达标数"],
  ["35", 20, "0.57×实达标数"],
  ["60 以上", 20, "0.33×实达标数"],
  ["10", 20, "2×实达标数"],
];
const findings = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);
const products = (g: Grid) => review(g, "national").model.relations.filter((r) => r.kind === "product");
const withLine = (k: number, line: [string, number, string]) => LINES.map((l, i) => (i === k ? line : l));

describe("分值 = rate × 标准, line by line", () => {
  test("consistent (rates 0.57 and 0.33 rounded): five relations, clean", () => {
    const g = sheet(LINES);
    expect(products(g)).toHaveLength(5);
    expect(findings(g)).toEqual([]);
  });
  test("a line's 分值 off its rate × 标准 (and so its group's sum): found once, at the line", () => {
    // 61 for 4 × 15 = 60: the group's 191 against 190 is that slip, not reported again
    expect(findings(sheet(withLine(0, ["15 以上", 61, "4×实达标数"]), 190))).toEqual(["total-mismatch@D4"]);
  });
  test("a rate that does not give the line's 分值 (2 × 70 = 140 against 70): found at the line", () => {
    expect(findings(sheet(withLine(1, ["70", 70, "2×实达标数"])))).toContain("total-mismatch@D5");
  });
  test("a rate written rounded (0.33) forgives its rounding only: 21 against 0.33 × 60 = 19.8 is found", () => {
    expect(findings(sheet(withLine(3, ["60 以上", 21, "0.33×实达标数"]), 191))).toEqual(["total-mismatch@D7"]);
  });
});

describe("counter-shapes", () => {
  test("rules of another kind (每项2分, 达标得满分) relate nothing", () => {
    const g = sheet(LINES.map(([s, w]) => [s, w, "每项2分，达标得满分"]));
    expect(products(g)).toHaveLength(0);
    expect(findings(g)).toEqual([]);
  });
  test("rates the lines do not bear out (most lines off) relate nothing", () => {
    const g = sheet([
      ["15", 60, "1×实达标数"],
      ["70", 70, "3×实达标数"],
      ["35", 20, "2×实达标数"],
      ["60", 20, "0.5×实达标数"],
      ["10", 20, "2×实达标数"],
    ]);
    expect(products(g)).toHaveLength(0);
    expect(findings(g)).toEqual([]);
  });
  test("no 标准 column (指标名称 | 单位 | 目标说明 | 分值 | 折算计分办法): no relation", () => {
    const g = sheet(LINES);
    const rows: Rows = [];
    for (let r = 1; r <= g.rowCount; r++) rows.push([1, 2, 3, 4, 5].map((c) => g.raw(r, c)) as Rows[number]);
    rows[1][2] = "目标说明";
    expect(products(Grid.fromValues("Sheet1", rows, ["A1:E1"]))).toHaveLength(0);
  });
});
