import { Grid } from "../../src/core/grid/grid";
import { parseAmountHeader, scanAmountBlocks } from "../../src/core/recognise/blocks";

/**
 * speed58a: the amount blocks' readers read each header text once (parseAmountHeader by text) and pass over the cells of
 * no Chinese character before their header patterns (leadingTotalColumns). The readings must be those read before.
 */
describe("parseAmountHeader, read once per text", () => {
  test.each<[string, { core: string; letter: string | null; formula: string | null; unit: string | null }]>([
    ["年中调整金额②", { core: "年中调整金额", letter: "②", formula: null, unit: null }],
    ["预算数(万元)", { core: "预算数", letter: null, formula: null, unit: "万元" }],
    ["执行率(C=B/A)", { core: "执行率", letter: "C", formula: "B/A", unit: null }],
    ["小计③=①+②", { core: "小计", letter: "③", formula: "①+②", unit: null }],
    ["2017年补助金额", { core: "2017年补助金额", letter: null, formula: null, unit: null }],
  ])("%s", (text, expected) => {
    const first = parseAmountHeader(text);
    expect(first).toEqual(expected);
    // (the same reading again, one object, which no caller may change)
    expect(parseAmountHeader(text)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

type Row = (string | number | null)[];
const sums = (rows: Row[]) =>
  scanAmountBlocks(Grid.fromValues("S", rows, [])).map((r) => (r.kind === "sum" ? `${r.total.value}@${r.total.cell}=${r.parts.map((p) => `${p.value}@${p.cell}`).join("+")}` : r.kind));

describe("a leading total column: its head has words, its lines numbers", () => {
  const lines: Row[] = [
    ["甲县", 30, 10, 20, ""],
    ["乙县", 50, 20, 30, ""],
    ["丙县", 12, 5, 7, ""],
  ];
  test.each<[string, string]>([
    ["合计", "合计"],
    // (a head opening with a year, digits first: still tried)
    ["2017年补助金额 before its batches", "2017年补助金额"],
  ])("%s", (_name, head) => {
    const rows: Row[] = [["某资金分配表"], ["单位:万元"], ["县名", head, "提前下达", "此次下达", "备注"], ...lines];
    // 30 = 10 + 20, 50 = 20 + 30, 12 = 5 + 7
    expect(sums(rows)).toEqual(["30@B4=10@C4+20@D4", "50@B5=20@C5+30@D5", "12@B6=5@C6+7@D6"]);
  });
  test("counter-shape: years for heads (digits only), no column the total of the others", () => {
    expect(sums([["县名", "2017", "2018", "2019"], ["甲县", 30, 10, 20], ["乙县", 50, 20, 30], ["丙县", 12, 5, 7]])).toEqual([]);
  });
});
