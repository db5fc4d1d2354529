import { readdirSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { mayMatch, textPresence } from "../../src/core/grid/pattern-gate";
import { mayHoldSentence, sentenceCells } from "../../src/core/recognise/sentence-cells";
import { countedLists, countPartitionSums, restatedTotals, totalsAfterParts } from "../../src/core/recognise/prose-counts";
import { sentenceSums } from "../../src/core/recognise/sentence-sums";
import { partRates } from "../../src/core/recognise/part-rates";
import { textRates } from "../../src/core/recognise/text-rates";
import { periodCountSums } from "../../src/core/recognise/period-count-parts";
import { blankCounts } from "../../src/core/recognise/text-blank-counts";
import { sentenceBreakdownSums } from "../../src/core/recognise/sentence-breakdowns";
import { planShareRelations } from "../../src/core/recognise/plan-shares";
import { textShares } from "../../src/core/recognise/text-shares";
import { statedWholeShares } from "../../src/core/relations/stated-whole-shares";
import { namedAmountRates } from "../../src/core/relations/named-amount-rates";
import { WHOLE_IN_UNITS, withUnitAmounts } from "../../src/core/recognise/unit-amounts";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * speed52: two gates that pass over a sheet before its cells are read, each only where the reader behind it can find
 * nothing there, and two allocations made once instead of per call.
 *  - Grid.holdsTextOf / mayHoldSentence: a reader of sentences of N characters at least (sentenceCells) reads none on a
 *    sheet none of whose texts (compact) is N characters long; the thirteen readers that ask it before their search.
 *  - withUnitAmounts asks for a text opening as a whole amount with a 亿 / 万 part (WHOLE_IN_UNITS) before reading cells.
 *  - mayMatch's working arrays and textMatches' g copy of a pattern are kept from one call to the next.
 */

const grid = (rows: (string | number | null)[][], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);

describe("holdsTextOf: the longest compact text of the sheet, as sentenceCells measures it", () => {
  const labels = [
    ["项目支出绩效自评表"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "指标1", "≥50个", 50, 10, 10],
    ["效益指标", "社会效益", "指标2", "≤80万元", 75, 10, 10],
  ];
  const cases: [string, (string | number | null)[][], number, boolean][] = [
    // the longest label is 项目支出绩效自评表, 9 characters
    ["labels only, asked for 12", labels, 12, false],
    ["labels only, asked for their longest (9)", labels, 9, true],
    ["labels only, asked for 10", labels, 10, false],
    ["minLength 0 always holds", labels, 0, true],
    ["a sentence of 20 characters below the labels", [...labels, ["全年共受理群众诉求120件，其中已办结100件"]], 12, true],
    ["繁體, the same sentence", [...labels, ["全年共受理群眾訴求120件，其中已辦結100件"]], 16, true],
    ["another column order and an extra blank column", [[null, "实际完成值", null, "年度指标值"], [null, 12, null, "≥10个"]], 6, false],
    // spaces are no characters of the compact text: 14 written, 10 read
    ["a label spaced out: its compact text is read", [["项 目 支 出 绩 效 自 评 表 ", "得分"]], 12, false],
    // a long number's text counts too: the gate may let a sheet through, never hold one back
    ["a long number is a text of its digits", [["编码", 123456789012345]], 12, true],
  ];
  test.each(cases)("%s", (_name, rows, min, expected) => {
    const g = grid(rows);
    expect(g.holdsTextOf(min)).toBe(expected);
    expect(mayHoldSentence(g, min)).toBe(expected);
    // where it says no, no cell is that long: sentenceCells reads none whatever its test
    if (!expected) expect(sentenceCells(g, min, /./)).toEqual([]);
    else if (min > 0) expect(g.holdsTextOf(min + 1000)).toBe(false);
  });

  test("a text in a merge is read once, at the merge's own cell", () => {
    const g = grid([["全年共受理群众诉求120件，其中已办结100件", null, null], ["a", "b", "c"]], ["A1:C1"]);
    expect(g.holdsTextOf(20)).toBe(true);
    expect(sentenceCells(g, 20, /其中/).map((x) => x.col)).toEqual([1]);
  });
});

describe("the sentence readers behind the gate: a sheet with their sentence is read as before, one of short labels passed over", () => {
  const labels = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
    ["产出指标", "数量指标", "学校个数", "≥3所", "3所"],
  ];
  const cases: [string, (g: Grid) => unknown[], string][] = [
    // each reader's own shape of sentence (12 characters at least), its relation found
    ["counts partitioned (12)", countPartitionSums, "共排查隐患12处，其中已整改10处，其余2处正在整改"],
    ["counted lists (10)", countedLists, "共建成3所学校，分别为甲校、乙校、丙校。"],
    ["a total closing its parts (10)", totalsAfterParts, "3、专项资金的使用。公务船艇维修35800元,渔政执法办公经费12200元,共计48000元;"],
    ["the same, 繁體", totalsAfterParts, "資金使用:公務船艇維修為35800元,漁政執法辦公經費為12200元,總計48000元。"],
  ];
  test.each(cases)("%s", (_name, read, sentence) => {
    const found = read(grid([...labels, [sentence]]));
    expect(found.length).toBeGreaterThan(0);
    // the same sentence cut to 9 characters: nothing to read, and the gate says so
    const short = grid([...labels, [sentence.slice(0, 9)]]);
    expect(short.holdsTextOf(10)).toBe(false);
    expect(read(short)).toEqual([]);
  });
});

describe("withUnitAmounts' gate: a text opening as a whole amount with a 亿 / 万 part", () => {
  const cases: [string, string, boolean][] = [
    ["two parts, simplified", "1,030万6,880元", true],
    ["two parts, 繁體 (compact text reads 萬 as 万)", "558萬4,300元", true],
    ["亿, 万 and 元", "1億682萬2,734元", true],
    ["a 万 part alone", "25万元", true],
    ["with ¥", "¥25万元", true],
    ["a decrease", "-3亿6,174万元", true],
    ["the accountant's decrease", "(-)3亿6,174万元", true],
    ["decimals", "1.5万", true],
    // counter-examples: a 万 after a digit inside other words, or 元 alone
    ["an operator before it", "≤80万元", false],
    ["words before it", "节约资金50万元", false],
    ["元 only", "3,000元", false],
    ["about", "约2亿4,225万元", false],
  ];
  test.each(cases)("%s: %s", (_name, text, expected) => {
    const g = grid([["项目", "金额"], ["甲", text]]);
    expect(g.hasText(WHOLE_IN_UNITS)).toBe(expected);
    // the claim: where it says no, no cell is an amount of a 亿 / 万 part (unitAmount)
    if (!expected) expect(withUnitAmounts(g)).toBeNull();
  });

  test("a column of such amounts is read in 元 (the gate lets it through)", () => {
    const g = grid([["项目", "金额"], ["甲", "1,030萬6,880元"], ["乙", "558萬4,300元"], ["丙", "25萬元"], ["合計", "1,614萬1,180元"]]);
    const read = withUnitAmounts(g);
    expect(read).not.toBeNull();
    expect(read!.raw(2, 2)).toBe(10306880);
    expect(read!.raw(5, 2)).toBe(16141180);
  });

  test("a target column of '≤80万元' and '≥50个' is left as it is, with no cell read", () => {
    const rows: (string | number)[][] = [["三级指标", "年度指标值", "实际完成值"]];
    for (let i = 0; i < 30; i++) rows.push([`指标${i}`, i % 2 ? `≤${80 + i}万元` : `≥${50 + i}个`, 50 + i]);
    const g = grid(rows);
    expect(g.hasText(/\d[亿万]/)).toBe(true);
    expect(g.hasText(WHOLE_IN_UNITS)).toBe(false);
    expect(withUnitAmounts(g)).toBeNull();
  });
});

describe("mayMatch's arrays kept between calls: patterns of every size, in any order, answered as each alone", () => {
  const texts = ["项目资金执行率为95%", "共建成3所学校，分别为甲校、乙校", "≤80万元", "达成年度指标"];
  const presence = textPresence(texts);
  const patterns = [/执行率为\d/, /\d(?:个|家|所|项|类)[^\d,。;:、()]{0,14}[,:，]?(?:即|分别|具体|主要包括|包括|包含|为)/, /率/, /分别为[甲乙丙]校、[甲乙丙]校/, /节约资金/, /\d万元/, /\d亿元/];
  test("each answer is the plain search's where it finds a match, whatever was asked before", () => {
    const expected = patterns.map((re) => texts.some((t) => re.test(t)));
    // a large pattern after a small one and back, twice over
    for (const order of [patterns, [...patterns].reverse(), [...patterns, ...patterns]]) {
      for (const re of order) {
        const found = texts.some((t) => re.test(t));
        if (found) expect(mayMatch(re, presence)).toBe(true);
      }
    }
    expect(expected).toEqual([true, true, true, true, false, true, false]);
    expect(mayMatch(/节约资金/, presence)).toBe(false);
    expect(mayMatch(/\d亿元/, presence)).toBe(false);
  });
});

describe("textMatches with its g copy kept: the flags of a per-cell test, asked again and again", () => {
  const g = grid([["执行率95%", "得分", "执行率"], ["完成率100%", "执行率88%", "备注"]]);
  test.each([
    ["a pattern without g", /率\d/],
    ["a pattern with g", /率\d/g],
    ["a string", "执行率"],
  ] as [string, RegExp | string][])("%s", (_name, needle) => {
    const { start, cols } = g.textCells();
    const plain: number[] = [];
    for (let r = 1; r <= g.rowCount; r++)
      for (let k = start[r]; k < start[r + 1]; k++) {
        const t = g.compactText(r, cols[k]);
        plain.push((typeof needle === "string" ? t.includes(needle) : new RegExp(needle.source).test(t)) ? 1 : 0);
      }
    expect([...g.textMatches(needle)]).toEqual(plain);
    expect([...g.textMatches(needle)]).toEqual(plain);
    expect(plain.filter((x) => x).length).toBeGreaterThan(1);
  });
});

/**
 * Every real sheet (test/fixtures/real): each gated reader's relations with the gates as built and with them open (the
 * length gate answering yes, the whole-amount search answering yes) are the same; the gates close on some sheets and
 * the readers find relations on some, so the comparison can fail.
 */
test("real sheets: the gated readers' relations are unchanged, the gates closing on some sheets", () => {
  const dir = join(FIXTURES, "real");
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith(".truth.json"))
    .map((f) => f.replace(/\.truth\.json$/, ""));
  expect(ids.length).toBeGreaterThan(700);
  const readers: [string, (g: Grid) => unknown][] = [
    ["countedLists", countedLists],
    ["restatedTotals", (g) => restatedTotals(g, sentenceSums(g))],
    ["totalsAfterParts", totalsAfterParts],
    ["countPartitionSums", countPartitionSums],
    ["namedAmountRates", (g) => namedAmountRates(g, [])],
    ["statedWholeShares", statedWholeShares],
    ["partRates", partRates],
    ["textRates", textRates],
    ["periodCountSums", periodCountSums],
    ["blankCounts", blankCounts],
    ["sentenceBreakdownSums", (g) => sentenceBreakdownSums(g, [])],
    ["planShareRelations", planShareRelations],
    ["textShares", textShares],
    ["withUnitAmounts", (g) => withUnitAmounts(g)?.textCells().cols.length ?? null],
  ];
  const holdsTextOf = Grid.prototype.holdsTextOf;
  const hasText = Grid.prototype.hasText;
  const open = () => {
    Grid.prototype.holdsTextOf = () => true;
    Grid.prototype.hasText = function (this: Grid, n: string | RegExp) {
      return n === WHOLE_IN_UNITS ? true : hasText.call(this, n);
    };
  };
  const close = () => {
    Grid.prototype.holdsTextOf = holdsTextOf;
    Grid.prototype.hasText = hasText;
  };
  let closed12 = 0;
  let wholeClosed = 0;
  const foundBy = new Map<string, number>();
  const differ: string[] = [];
  try {
    for (const id of ids) {
      const g = jsonGrid(join(dir, `${id}.json`));
      if (!g.holdsTextOf(12)) closed12++;
      if (g.hasText(/\d[亿万]/) && !g.hasText(WHOLE_IN_UNITS)) wholeClosed++;
      const gated = readers.map(([, read]) => JSON.stringify(read(g)));
      open();
      let plain: string[];
      try {
        // (a fresh grid: nothing the gated pass made is reused)
        const h = jsonGrid(join(dir, `${id}.json`));
        plain = readers.map(([, read]) => JSON.stringify(read(h)));
      } finally {
        close();
      }
      readers.forEach(([name], k) => {
        if (gated[k] !== plain[k]) differ.push(`${id} ${name}`);
        if (plain[k] !== "[]" && plain[k] !== "null") foundBy.set(name, (foundBy.get(name) ?? 0) + 1);
      });
    }
  } finally {
    close();
  }
  expect(differ).toEqual([]);
  // the gates close on some real sheets (forms of short labels — 10 of the 771 at 12 characters; 万 only inside targets and words)
  expect(closed12).toBeGreaterThan(5);
  expect(wholeClosed).toBeGreaterThan(5);
  // and the readers find relations on some (the comparison is not of empty lists only)
  expect([...foundBy.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
});
