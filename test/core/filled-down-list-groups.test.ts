import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * An amount list grouped by county (序号 | 单位 merged over a county's project lines and its 小计 line) filled down
 * by an export: the 小计 line's own label is its 小计, not the county's name written again from the line above, so
 * the 合计 adds the 小计 lines as in the merged list (50 + 20 = 70), not every line (140).
 */

type Layout = "merged" | "filled";
const COUNTIES: [string, [string, number][]][] = [
  ["上杭县", [["人饮工程二期项目", 30], ["文化长廊项目", 20]]],
  ["漳平市", [["茶山道路硬化项目", 12], ["村标及绿化项目", 8]]],
];

function list(layout: Layout, total = 70): Grid {
  const rows: (string | number | null)[][] = [["民族发展专项资金分配表", null, null, null], ["序号", "单位", "项目", "金额"]];
  const merges = ["A1:D1"];
  COUNTIES.forEach(([county, projects], k) => {
    const first = rows.length + 1;
    const lines: [string, number][] = [...projects, ["小计", projects.reduce((s, [, v]) => s + v, 0)]];
    lines.forEach(([name, v], j) => {
      const head = j === 0 || layout === "filled";
      rows.push([head ? String(k + 1) : null, head ? county : null, name, v]);
    });
    if (layout === "merged") merges.push(`A${first}:A${rows.length}`, `B${first}:B${rows.length}`);
  });
  rows.push(["合计", null, null, total]);
  merges.push(`A${rows.length}:C${rows.length}`);
  return Grid.fromValues("Sheet1", rows, merges);
}

const sums = (g: Grid) => {
  const r = review(g, "national");
  return {
    sums: r.model.relations.filter((x) => x.kind === "sum").map((x) => (x.kind === "sum" ? `${x.total.cell}=${x.parts.map((p) => p.cell).join("+")}` : "")).sort(),
    errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`),
  };
};

describe("a list's 小计 lines under a county filled down read as merged", () => {
  test("merged: each 小计 its county's projects, the 合计 the 小计 lines", () => {
    expect(sums(list("merged"))).toEqual({ sums: ["D5=D3+D4", "D8=D6+D7", "D9=D5+D8"], errors: [] });
  });

  test("filled down: the same sums", () => {
    expect(sums(list("filled"))).toEqual(sums(list("merged")));
  });

  test("filled down, the 合计 a slip (71): the same error as merged", () => {
    expect(sums(list("merged", 71)).errors).toEqual(["total-mismatch@D9"]);
    expect(sums(list("filled", 71))).toEqual(sums(list("merged", 71)));
  });
});
