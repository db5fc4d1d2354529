import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { review } from "../../src/core/review";

/**
 * corpus52d (餐饮中心卫生考核表): 序号 | 检查内容 | 评分标准 | 一置一 | 得分 — the points column's head garbled by a copy ('一置一'
 * for the 分值), its five lines of 20 closing on 合计 100. A column whose head names no role, right of the items and left
 * of a named score column, is the points column when every line holds plain points and the closing line holds their sum
 * (or the 百分制 whole, 100, that a slipped line misses). Counter-shapes: no score column named (an amounts table), a
 * closing figure the lines miss that is no whole, text in the column, too few lines.
 */
type Row = (string | number | null)[];

const HEAD: Row = ["序号", "检查内容", "评分标准", "一置一", "得分"];

// 20 + 20 + 20 + 20 + 20 = 100 (hand sum)
const LINES: Row[] = [
  [1, "地面无污垢、无积水", "有污垢、积水,每处扣5分", 20, null],
  [2, "设施、餐具无灰尘", "有灰尘,每处扣10分", 20, null],
  [3, "消毒记录齐全,按规定留样", "无消毒记录、无留样,扣20分", 20, null],
  [4, "室内无苍蝇", "有苍蝇,每处扣10分", 20, null],
  [5, "衣帽整齐、物品摆放整齐", "不整齐,每处扣10分", 20, null],
];

function table(lines: Row[], head: Row = HEAD, total: Row = ["合计", null, null, 100, null]): Grid {
  return Grid.fromValues("Sheet1", [["餐饮中心卫生考核表", null, null, null, null], head, ...lines, total], ["A1:E1"]);
}

const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

describe("a points column with a garbled or blank head, named by its 合计", () => {
  test("the shape: '一置一' over 20 × 5 closing on 合计 100 — read as the points column (20 each, whole 100 at D8), no finding", () => {
    const g = table(LINES);
    const m = recognise(g);
    expect(m.family).toBe("indicator-system");
    expect(m.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 20], [4, 20], [5, 20], [6, 20], [7, 20]]);
    expect(m.totals?.weight?.cell).toBe("D8");
    expect(m.totals?.weight?.value).toBe(100);
    expect(flags(g)).toEqual([]);
  });

  test("the head blank instead of garbled: the same reading", () => {
    const g = table(LINES, ["序号", "检查内容", "评分标准", null, "得分"]);
    expect(recognise(g).indicators.map((i) => i.weight)).toEqual([20, 20, 20, 20, 20]);
  });

  test("a slip (line 2: 20 → 23, 103 against 合计 100): the column is still read by its whole, and the sum is reported", () => {
    const g = table(LINES).withCells([{ cell: "D4", value: { v: 23 } }]);
    expect(recognise(g).indicators.map((i) => i.weight)).toEqual([20, 23, 20, 20, 20]);
    expect(flags(g).some((f) => f.endsWith("@D8"))).toBe(true);
  });

  test("counter-shape: no score column named (序号 | 项目 | 说明 | 一置一, an amounts list closing on its 合计) — no points column", () => {
    const g = Grid.fromValues("Sheet1", [["资金安排表", null, null, null], ["序号", "项目", "说明", "一置一"], ...LINES.map((r) => r.slice(0, 4)), ["合计", null, null, 100]], ["A1:D1"]);
    expect(recognise(g).indicators.every((i) => i.weight === null)).toBe(true);
  });

  test("counter-shape: a closing figure the lines miss that is no whole (合计 95 against 100) — not read as points", () => {
    expect(recognise(table(LINES, HEAD, ["合计", null, null, 95, null])).indicators.every((i) => i.weight === null)).toBe(true);
  });

  test("counter-shape: text in the column on one line ('见附表') — not a points column", () => {
    const lines = LINES.map((r, k) => (k === 2 ? [...r.slice(0, 3), "见附表", null] : r));
    expect(recognise(table(lines)).indicators.every((i) => i.weight === null)).toBe(true);
  });

  test("counter-shape: two lines only (50 + 50 = 合计 100) — too few lines for the total to name the column", () => {
    const lines: Row[] = [[1, "地面无污垢", "每处扣5分", 50, null], [2, "餐具无灰尘", "每处扣10分", 50, null]];
    expect(recognise(table(lines)).indicators.every((i) => i.weight === null)).toBe(true);
  });
});

test("the header printed again at a page break between lines 3 and 4: the points column is read the same (20 × 5, whole 100)", () => {
  const g = table([...LINES.slice(0, 3), HEAD, ...LINES.slice(3)]);
  expect(recognise(g).indicators.map((i) => [i.row, i.weight])).toEqual([[3, 20], [4, 20], [5, 20], [7, 20], [8, 20]]);
  expect(flags(g)).toEqual([]);
});

test("an empty line between the header and the first line, and one between lines 3 and 4: the same reading", () => {
  const blank: Row = [null, null, null, null, null];
  const g = table([blank, ...LINES.slice(0, 3), blank, ...LINES.slice(3)]);
  expect(recognise(g).indicators.map((i) => [i.row, i.weight])).toEqual([[4, 20], [5, 20], [6, 20], [8, 20], [9, 20]]);
});

test("counter-shape: an item line with its points cell blank (line 4: no points) — the column is not read by the total", () => {
  const lines = LINES.map((r, k) => (k === 3 ? [...r.slice(0, 3), null, null] : r));
  expect(recognise(table(lines, HEAD, ["合计", null, null, 80, null])).indicators.every((i) => i.weight === null)).toBe(true);
});
