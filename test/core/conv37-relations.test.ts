import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { evaluateRelation, statedCell } from "../../src/core/relations";
import type { SumRelation } from "../../src/core/model/types";

/**
 * Session 37 (conv37), each with its shape and counter-shape:
 * 1. a cell that is the sum of its line and of its column (a 合计 line's cell under a 合计 column) keeps both sums;
 * 2. a whole joining its parts' qualifiers (集中+分散合计) whose parts add up the same terms (集中供养资金+护理补贴 |
 *    分散供养资金+护理补贴) is also the sum of the columns naming those terms (供养资金 | 护理补贴);
 * 3. of a list's columns of line totals (户数, 资金), the stated total is the money one's, where only its parts' heads
 *    name money.
 */
type Row = string[];
const reviewed = (rows: Row[]) => review(Grid.fromValues("Sheet1", rows, []), "national");
/** the sums stated at `cell`, each as "parts (holds)" with its parts' cells joined by '+' */
const sumsAt = (rows: Row[], cell: string) =>
  reviewed(rows)
    .model.relations.filter((r): r is SumRelation => r.kind === "sum" && statedCell(r) === cell)
    .map((r) => `${r.parts.map((p) => p.cell).join("+")} ${evaluateRelation(r).ok ? "holds" : "broken"}`)
    .sort();
const findings = (rows: Row[]) => reviewed(rows).findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell);

describe("1. a 合计 line's cell under a 合计 column: the sum of its line and of its column", () => {
  // 地区 | 甲 | 乙 | 合计 over three places and a 合计 line: D6 = B6 + C6 (its line) = D3 + D4 + D5 (its column)
  const TABLE: Row[] = [
    ["地区", "甲资金(万元)", "乙资金(万元)", "合计"],
    ["", "", "", ""],
    ["东区", "10", "20", "30"],
    ["西区", "40", "50", "90"],
    ["南区", "5", "15", "20"],
    ["合计", "55", "85", "140"],
  ];
  const at = (rows: Row[], r: number, c: number, v: string) => rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));
  test.each<[string, Row[], string[], string[]]>([
    ["the table as printed: both sums at D6, both holding", TABLE, ["B6+C6 holds", "D3+D4+D5 holds"], []],
    // B6 55 → 60: the line's sum at D6 is broken (60 + 85 = 145 ≠ 140), the column's holds (30 + 90 + 20 = 140)
    ["a slip seen only across at D6: B6 60", at(TABLE, 5, 1, "60"), ["B6+C6 broken", "D3+D4+D5 holds"], ["B6"]],
    // D4 90 → 95: the column's sum at D6 is broken (30 + 95 + 20 = 145), the line's holds (55 + 85 = 140)
    ["a slip seen only down at D6: D4 95", at(TABLE, 3, 3, "95"), ["B6+C6 holds", "D3+D4+D5 broken"], ["D4"]],
    // D6 140 → 150: both broken, reported once at D6
    ["the corner itself: both broken, one finding", at(TABLE, 5, 3, "150"), ["B6+C6 broken", "D3+D4+D5 broken"], ["D6"]],
  ])("%s", (_name, rows, sums, cells) => {
    expect(sumsAt(rows, "D6")).toEqual(sums);
    expect(findings(rows)).toEqual(cells);
  });

  // counter: no 合计 column — the 合计 line's cells are sums down only, one each
  test("counter: no 合计 column: C6 the sum of its column only", () => {
    const rows = TABLE.map((r) => r.slice(0, 3));
    expect(sumsAt(rows, "C6")).toEqual(["C3+C4+C5 holds"]);
  });
  // counter: no 合计 line — the 合计 column's cells are sums across only, one each
  test("counter: no 合计 line: D5 the sum of its line only", () => {
    expect(sumsAt(TABLE.slice(0, 5), "D5")).toEqual(["B5+C5 holds"]);
  });
});

describe("1b. counter: two readings down one column are not two breakdowns", () => {
  // groups 一 二 三 each closed by a 小计, the last 小计 under the 小计 lines above it: it is its own group's (一)+(二)
  // (80 = 70 + 10), never also the 小计s above it (30 + 50) — the first reading kept, no finding (generated-lists seed
  // 20261415's shape, a false alarm at D17 where both were kept)
  const rows: Row[] = [
    ["序号", "项目名称", "预算数", "执行数"],
    ["一", "分组1", "", ""],
    ["(一)", "分组2", "30", "20"],
    ["1", "项目3", "10", "5"],
    ["2", "项目4", "20", "15"],
    ["", "小计", "30", "20"],
    ["二", "分组5", "", ""],
    ["(一)", "分组6", "50", "40"],
    ["3", "项目7", "50", "40"],
    ["", "小计", "50", "40"],
    ["三", "分组8", "", ""],
    ["(一)", "分组9", "70", "60"],
    ["4", "项目10", "30", "20"],
    ["5", "项目11", "40", "40"],
    ["(二)", "分组12", "10", "10"],
    ["6", "项目13", "10", "10"],
    ["", "小计", "80", "70"],
    ["合计", "", "160", "130"],
  ];
  test("the last 小计: one sum down, no finding", () => {
    expect(sumsAt(rows, "C17")).toEqual(["C12+C15 holds"]);
    expect(findings(rows)).toEqual([]);
  });
});

describe("2. a joined whole (集中+分散合计) is also the sum of the columns naming its parts' terms", () => {
  const head = (whole: string, a: string, b: string, t1 = "供养资金", t2 = "护理补贴"): Row => ["序号", "地区", "集中供养户数", "分散供养户数", "保障户数", a, b, whole, t1, t2];
  // F + G = H = I + J on every line: 10 + 60 = 70 = 50 + 20; 20 + 80 = 100 = 70 + 30; 30 + 140 = 170 = 120 + 50
  const lines = (j2 = "20"): Row[] => [
    ["1", "甲镇", "1", "6", "7", "10", "60", "70", "50", j2],
    ["2", "乙镇", "2", "8", "10", "20", "80", "100", "70", "30"],
    ["合计", "", "3", "14", "17", "30", "140", "170", "120", "50"],
  ];
  const A = "集中供养资金+护理补贴";
  const B = "分散供养资金+护理补贴";
  test.each<[string, Row[], string, string[]]>([
    ["the published shape: H2 = F2 + G2 = I2 + J2", [head("集中+分散合计", A, B), ...lines()], "H2", ["F2+G2 holds", "I2+J2 holds"]],
    ["qualifiers joined by '、': the same", [head("集中、分散合计", A, B), ...lines()], "H2", ["F2+G2 holds", "I2+J2 holds"]],
    ["the parts' terms joined by '、': the same", [head("集中+分散合计", "集中供养资金、护理补贴", "分散供养资金、护理补贴"), ...lines()], "H2", ["F2+G2 holds", "I2+J2 holds"]],
    // J2 20 → 25: the terms' sum at H2 broken (50 + 25 = 75 ≠ 70), the qualifiers' holds; the 合计 line's J4 too
    ["a slip in a term's column: J2 25", [head("集中+分散合计", A, B), ...lines("25")], "H2", ["F2+G2 holds", "I2+J2 broken"]],
    // counters: the parts add up different terms; a term with no column of its own (护理费 beside 护理补贴)
    ["counter: the parts' terms differ (护理补贴 | 医疗补贴): no terms' sum", [head("集中+分散合计", A, "分散供养资金+医疗补贴"), ...lines()], "H2", ["F2+G2 holds"]],
    ["counter: a term no column names (护理费): no terms' sum", [head("集中+分散合计", A, B, "供养资金", "护理费"), ...lines()], "H2", ["F2+G2 holds"]],
  ])("%s", (_name, rows, cell, sums) => {
    expect(sumsAt(rows, cell)).toEqual(sums);
  });
  test("the slip in J2 is found", () => {
    expect(findings([head("集中+分散合计", A, B), ...lines("25")])).toContain("H2");
  });
});

describe("3. of several columns of line totals, the one whose parts name money states the total", () => {
  const rows = (whole: string): Row[] => [
    ["序号", "地区", "集中供养保障户数", "分散供养保障户数", "保障户数", "集中供养资金", "分散供养资金", whole],
    ["1", "甲镇", "1", "6", "7", "10", "60", "70"],
    ["2", "乙镇", "2", "8", "10", "20", "80", "100"],
    ["合计", "", "3", "14", "17", "30", "140", "170"],
  ];
  test.each<[string, Row[], string]>([
    // 保障户数 = 集中… + 分散… (counts) beside 集中+分散合计 = 集中供养资金 + 分散供养资金 (money)
    ["a joined whole over money parts beside a whole of counts: the money's H4", rows("集中+分散合计"), "H4"],
    // counter: the parts name no money (集中供养人数 | 分散供养人数 | 集中+分散合计): two wholes of counts, the money rule
    // chooses neither (the first whole of its neighbours, E4, is taken, as before)
    ["counter: both wholes over counts: E4", rows("集中+分散合计").map((r, i) => (i === 0 ? [...r.slice(0, 5), "集中供养人数", "分散供养人数", r[7]] : r)), "E4"],
  ])("%s", (_name, rs, cell) => {
    expect(reviewed(rs).model.totals?.score?.cell).toBe(cell);
  });
});
