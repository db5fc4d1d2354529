import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * An allocation's 任务清单 (四川 省级林业草原专项资金 分配表): 预算单位 | 合计, then each purpose merged over two columns
 * whose second header line reads 小计 | its 功能科目代码 (a number); each line's 小计s add up to its 合计, and a list of
 * one line, closed by the next attachment (附件2), states the whole allocation. Counter-shapes: sub-columns that do not
 * open with 小计 (金额 | 代码) state no such sum; a line of another list under the one line leaves no whole stated.
 */
function sheet(first: number, opts: { sub?: string; after?: string } = {}): Grid {
  const sub = opts.sub ?? "小计";
  return Grid.fromValues(
    "Sheet1",
    [
      ["附件1", null, null, null, null, null, null, null],
      ["林业草原专项资金分配表(任务清单)", null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, "金额单位:万元"],
      ["预算单位", "合计", "自然保护地体系建设", null, "天然林保护", null, "有害生物防治", null],
      ["功能科目代码", null, sub, 2110406, sub, 2130209, sub, 2130234],
      ["某县林业局", 357.18, first, "保护区能力提升建设补助", 134.18, "公益林生态效益补偿", 24, "林业有害生物防治补助"],
      [opts.after ?? "附件2", null, null, null, null, null, null, null],
      ["区域绩效目标表", null, null, null, null, null, null, null],
    ],
    ["A1:H1", "A2:H2", "C4:D4", "E4:F4", "G4:H4", "A5:B5", "A7:H7", "A8:H8"],
  );
}

const mismatches = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info").map((f) => f.cell);

describe("parts merged over a 小计 and a code column", () => {
  test("合计 B6 357.18 = 199 + 134.18 + 24: the header row is 4, the whole allocation B6, no finding", () => {
    const r = review(sheet(199), "national");
    const sum = r.model.relations.find((x) => x.kind === "sum" && x.total.cell === "B6");
    expect(sum && sum.kind === "sum" ? sum.parts.map((p) => p.cell) : []).toEqual(["C6", "E6", "G6"]);
    expect(r.model.headerRow).toBe(4);
    expect(r.model.totals?.score?.cell).toBe("B6");
    expect(mismatches(sheet(199))).toEqual([]);
  });
  test("a purpose's 小计 209: reported at the 合计", () => {
    expect(mismatches(sheet(209))).toEqual(["B6"]);
  });
  test("counter-shape: sub-columns 金额 | 代码 (no 小计) state no sum across", () => {
    const r = review(sheet(209, { sub: "金额" }), "national");
    expect(r.model.relations.some((x) => x.kind === "sum" && x.total.cell === "B6")).toBe(false);
    expect(mismatches(sheet(209, { sub: "金额" }))).toEqual([]);
  });
  test("counter-shape: another line under the one line (no attachment between): the sum holds, no whole is stated", () => {
    const r = review(sheet(199, { after: "某乡林业站" }), "national");
    expect(r.model.totals?.score ?? null).toBeNull();
  });
});
