import { rangeA1 } from "../../src/core/grid/a1";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * 序号 | 项目 | 考核标准 | 具体分值 | 项目分值 | 扣分 | 得分 (the 农村环境综合整治 考核标准及评分细则, batch48b-diagnosis.md): each item's name and
 * its points (项目分值) merged down its criteria, each criterion a line with its own points (具体分值) — the item's points
 * to the RIGHT of the criteria's, where 序号 | 项目 | 分值 | 考核标准 | 单项分值 | 得分 (batch29-rule-sheets.test.ts, 3.) has
 * them left of the criteria. The lines decide which of the two points columns is the item's: its points stand only where
 * an item starts. Counter-shapes: one criterion per item (nothing spans), and a second points column filled on every
 * line with points of its own (no item's points): not this layout, nothing read as groups.
 */

type Layout = "merged" | "unmerged" | "filled";
const LAYOUTS: Layout[] = ["merged", "unmerged", "filled"];

interface Item {
  name: string;
  points: string;
  criteria: number[];
}

function sheet(items: Item[], layout: Layout): Grid {
  const rows: (string | null)[][] = [
    ["农村环境综合整治管理考核标准及评分细则", null, null, null, null, null, null],
    ["序号", "项目", "考核标准", "具体分值", "项目分值", "扣分", "得分"],
  ];
  const merges = ["A1:G1"];
  items.forEach((it, k) => {
    const first = rows.length + 1;
    it.criteria.forEach((p, j) => {
      const head = j === 0 || layout === "filled";
      rows.push([head ? String(k + 1) : null, head ? it.name : null, `${j + 1}、按要求完成${it.name}第${j + 1}项工作。未完成的每项扣0.5分。`, String(p), head ? it.points : null, null, null]);
    });
    const last = rows.length;
    if (layout === "merged" && last > first) for (const c of [1, 2, 5]) merges.push(rangeA1({ r1: first, c1: c, r2: last, c2: c }));
  });
  return Grid.fromValues("Sheet1", rows, merges);
}

const ITEMS: Item[] = [
  { name: "队伍和机制建设", points: "10分", criteria: [1, 3, 4, 2] },
  { name: "城郊结合部市容环卫管理", points: "25分", criteria: [2, 8, 15] },
];

const errorsAndWarnings = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);

describe("the item's points right of its criteria's (考核标准 | 具体分值 | 项目分值)", () => {
  describe.each(LAYOUTS)("items %s", (layout) => {
    test("an indicator system: each criterion a line with its 具体分值 (10 = 1 + 3 + 4 + 2, 25 = 2 + 8 + 15), no finding", () => {
      const r = review(sheet(ITEMS, layout), "national");
      expect(r.model.family).toBe("indicator-system");
      expect(r.model.headerRow).toBe(2);
      expect(r.model.indicators.map((i) => [i.row, i.weight, i.weightCell])).toEqual(
        [1, 3, 4, 2, 2, 8, 15].map((w, k) => [k + 3, w, `D${k + 3}`]),
      );
      expect(r.model.indicators.map((i) => i.scoreCell)).toEqual([3, 4, 5, 6, 7, 8, 9].map((row) => `G${row}`));
      expect(errorsAndWarnings(sheet(ITEMS, layout))).toEqual([]);
    });
    test("a criterion's points raised (2 → 3): weight-sum-mismatch at the item's points, 11 against 10", () => {
      const slip = [{ ...ITEMS[0], criteria: [1, 3, 4, 3] }, ITEMS[1]];
      const f = review(sheet(slip, layout), "national").findings.filter((x) => x.severity !== "info");
      expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(["weight-sum-mismatch@E3"]);
      expect(f[0].message).toContain("11");
    });
    test("plain numbers in 项目分值 (15 over 5 + 5 + 5, 20 over 12 + 8): the same reading", () => {
      const plain = [
        { name: "河道保洁", points: "15", criteria: [5, 5, 5] },
        { name: "垃圾收运", points: "20", criteria: [12, 8] },
      ];
      const r = review(sheet(plain, layout), "national");
      expect(r.model.indicators.map((i) => i.weight)).toEqual([5, 5, 5, 12, 8]);
      expect(errorsAndWarnings(sheet(plain, layout))).toEqual([]);
    });
  });

  test("counter-shape: one criterion per item (nothing spans) — not this layout, no item read as a group", () => {
    const single = ITEMS.map((it) => ({ ...it, criteria: [Number.parseInt(it.points, 10)] }));
    const r = review(sheet(single, "merged"), "national");
    // (no header of this layout: 项目分值 is never taken as the items' points over lines it does not span)
    expect(r.model.indicators.filter((i) => i.level1?.weightCell?.startsWith("E"))).toEqual([]);
    expect(r.model.relations.filter((x) => x.kind === "rollup")).toEqual([]);
    expect(errorsAndWarnings(sheet(single, "merged"))).toEqual([]);
  });

  test("counter-shape: the right column filled on every line with points of its own — not read as the items' points", () => {
    const g = sheet(ITEMS, "merged");
    // (项目分值 unmerged and given its own number on each line: 2, 6, 8, 4 / 4, 16, 30 — twice each 具体分值)
    const cells = [...Array(g.rowCount).keys()].map((r) => [...Array(g.colCount).keys()].map((c) => g.cell(r + 1, c + 1)?.v ?? null));
    [2, 6, 8, 4, 4, 16, 30].forEach((p, k) => (cells[k + 2][4] = String(p)));
    const merges = ["A1:G1", "A3:A6", "B3:B6", "A7:A9", "B7:B9"];
    const r = review(Grid.fromValues("Sheet1", cells, merges), "national");
    // (points on every line are no item's points: no header of this layout, no rollup, no weight-sum finding)
    expect(r.model.headerRow).toBeNull();
    expect(r.model.relations.filter((x) => x.kind === "rollup")).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch")).toEqual([]);
  });
});
