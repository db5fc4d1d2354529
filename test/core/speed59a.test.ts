import { Grid } from "../../src/core/grid/grid";
import { scanAmountBlocks } from "../../src/core/recognise/blocks";

/**
 * speed59a: closingTotals' search for a 合计 column and leadingTotalColumns walk the sheet's index of text cells
 * (grid.textCells: owned cells with a text) instead of every cell of every line. A head merged down over a unit line
 * leaves no text cell under it; the readings must be those read before.
 */
type Row = (string | number | null)[];
const sums = (rows: Row[], merges: string[] = []) =>
  scanAmountBlocks(Grid.fromValues("S", rows, merges)).map((r) => (r.kind === "sum" ? `${r.total.value}@${r.total.cell}=${r.parts.map((p) => `${p.value}@${p.cell}`).join("+")}` : r.kind));

describe("a 合计 column closing the amounts left of it", () => {
  const lines: Row[] = [
    [1, "甲", 10, 20, 30],
    [2, "乙", 5, 7, 12],
    [3, "丙", 1, 2, 3],
  ];
  const head: Row[] = [["某项目资金表"], ["序号", "项目", "人员培训", "设备购置", "合计"], ["", "", "(万元)", "(万元)", ""]];
  test.each<[string, string[]]>([
    ["its head merged down over the unit line", ["E2:E3"]],
    ["every head left of the amounts merged down too", ["A2:A3", "B2:B3", "E2:E3"]],
  ])("%s", (_name, merges) => {
    // 30 = 10 + 20, 12 = 5 + 7, 3 = 1 + 2
    expect(sums([...head, ...lines], merges)).toEqual(["30@E4=10@C4+20@D4", "12@E5=5@C5+7@D5", "3@E6=1@C6+2@D6"]);
  });
});

describe("a leading total column", () => {
  test("its head merged down over a blank line", () => {
    const rows: Row[] = [["县名", "合计", "提前下达", "此次下达", "备注"], ["", "", "", "", ""], ["甲县", 30, 10, 20, ""], ["乙县", 50, 20, 30, ""], ["丙县", 12, 5, 7, ""]];
    // 30 = 10 + 20, 50 = 20 + 30, 12 = 5 + 7
    expect(sums(rows, ["A1:A2", "B1:B2"])).toEqual(["30@B3=10@C3+20@D3", "50@B4=20@C4+30@D4", "12@B5=5@C5+7@D5"]);
  });
  test("counter-shape: 合计 in the first column, no line labels left of it, read by neither", () => {
    expect(sums([["合计", "提前下达", "此次下达"], [30, 10, 20], [50, 20, 30], [12, 5, 7]])).toEqual([]);
  });
});
