import { Grid } from "../../src/core/grid/grid";
import { TextFact, textFacts } from "../../src/core/recognise/text-facts";
import { FUND_TOTAL_LABEL } from "../../src/core/recognise/vocabulary";

/**
 * speed44: one shared pass over a sheet's text cells (recognise/text-facts.ts) whose per-cell facts the readers ask
 * before reading a cell, instead of each testing every text itself. Result-neutral: the per-file result hashes of every
 * fixture workbook and the CLI's JSON over test/fixtures/real are unchanged. These pin the facts as a reviewer reads
 * them off the cells, the claims the readers' gates rest on, and the shapes each gated reader must still read.
 */
type Row = (string | number | boolean | null)[];

/** the facts of each text cell, as "A1:bits" with the bits by name, and each row's OR */
function factsOf(rows: Row[], merges: string[] = []) {
  const g = Grid.fromValues("S", rows, merges);
  const f = textFacts(g);
  const { start, cols } = g.textCells();
  const names = Object.entries(TextFact) as [string, number][];
  const bits = (x: number) => names.filter(([, b]) => x & b).map(([n]) => n).join("|");
  const cells: string[] = [];
  for (let r = 1; r <= g.rowCount; r++) for (let k = start[r]; k < start[r + 1]; k++) cells.push(`${g.addr(r, cols[k])}:${bits(f.flags[k])}:${String.fromCharCode(f.tail[k])}${f.size[k]}`);
  return { cells, rows: Array.from(f.rowFlags, bits), same: textFacts(g) === f };
}

describe("textFacts: one entry per text cell, the facts of its compact text and value", () => {
  test("a fund block's cells", () => {
    const { cells, rows, same } = factsOf([
      ["项目资金(万元)", "年初预算数", "执行率"],
      ["年度资金总额", 1000, "95%"],
      ["其中:财政拨款", "1,000", null],
      ["集中+分散合计", "3.5", "1.2.3"],
      ["中央、省和市", true, "(万元)"],
    ]);
    expect(cells).toEqual([
      "A1:string|totalWord|closeParen:)8", "B1:string:数5", "C1:string:率3",
      "A2:string|totalWord:额6", "B2:plainNumber:04", "C2:string:%3",
      "A3:string|ofWhich:款7", "B3:string:05",
      "A4:string|totalWord|join:计7", "B4:string|plainNumber:53", "C4:string|plainNumber:35",
      "A5:string|join:市6", "B5::e4", "C5:string|closeParen:)4",
    ]);
    // (row 0 and the row past the last: no text)
    expect(rows).toEqual(["", "string|totalWord|closeParen", "string|plainNumber|totalWord", "string|ofWhich", "string|plainNumber|totalWord|join", "string|join|closeParen", ""]);
    expect(same).toBe(true);
  });
  test("a merge's tails are no text cells; its anchor's facts are its text's", () => {
    const { cells } = factsOf([["资金合计", null, 5], [null, null, 6]], ["A1:B2"]);
    expect(cells).toEqual(["A1:string|totalWord:计4", "C1:plainNumber:51", "C2:plainNumber:61"]);
  });
  test("traditional characters: read as compact() gives them, simplified (資金總額 → 资金总额, 合計 → 合计)", () => {
    const { cells } = factsOf([["資金總額", "合計"]]);
    expect(cells).toEqual(["A1:string|totalWord:额4", "B1:string|totalWord:计2"]);
  });
});

describe("the claim findLabelledFundSums' gate rests on: every FUND_TOTAL_LABEL word holds 计, 额 or 金", () => {
  test("each alternative of the pattern", () => {
    const words = /^\^\(([^()]*)\)/.exec(FUND_TOTAL_LABEL.source)![1].split("|");
    expect(words.length).toBeGreaterThan(20);
    for (const w of words) expect([w, /[计额金]/.test(w)]).toEqual([w, true]);
  });
});
