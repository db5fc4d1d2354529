import { readdirSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { mayMatch, patternAutomaton, textPresence } from "../../src/core/grid/pattern-gate";
import { review } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * speed51: Grid.hasText / Grid.textMatches skip a pattern's search where no chain of the sheet's characters and adjacent
 * pairs can spell a match (src/core/grid/pattern-gate.ts). The gate may only say "no match" where the search would find
 * none: every test below holds the gate to the search itself.
 */

const may = (re: RegExp, ...texts: string[]) => mayMatch(re, textPresence(texts));

// a few of the readers' own gates (their shapes: alternations of words, unit lists, bounded gaps, optional groups)
const PROSE_RATE = /(执行|支出|到位|拨付|完成)率(?:为|是|约为|约|达到|达|:)?(?:百分之)?\d/;
const COUNTED = /\d(?:个|家|所|项|类)[^\d,。;:、()]{0,14}[,:]?(?:即|分别|具体|主要包括|包括|包含|为)/;
const SHARE = /\d(?:件|封|条|个|人次|人)[^;。%]{0,26}?(?:占|比例|比重)[^;。%\d]{0,8}\d+(?:\.\d+)?%/;
const PERIOD = /\d年|\d(?:预算|决算|执行|实际)|季|月|半年/;
const SAVED = /(?:节约|節約|结余|結餘)[^,，;；。\d]{0,12}\d/;
const GLOSSED = /(?:%|\d(?:亿元|万元|元)\([^()\d]{1,20}\))[,:;。]*其中/;

describe("a text holding a match: the gate lets the search run (never 'no match' where there is one)", () => {
  const cases: [string, RegExp, string][] = [
    ["a rate stated in prose", PROSE_RATE, "项目资金执行率为95%"],
    ["the same, no verb", PROSE_RATE, "到位率100%"],
    ["the same inside a longer text, 繁體 around it", PROSE_RATE, "本年度資金完成率98%，執行良好"],
    ["counted items named after a gap", COUNTED, "共建成3所学校，分别为甲校、乙校、丙校"],
    ["counted items, the colon form", COUNTED, "4个项目:即"],
    ["a share of a count", SHARE, "受理投诉12件，其中办结10件，占比83.3%"],
    ["a share with no gap", SHARE, "5人占比10%"],
    ["a year in a period head", PERIOD, "2023年预算数"],
    ["a quarter alone", PERIOD, "第一季"],
    ["a saving, simplified", SAVED, "结余资金5万元"],
    ["a saving, 繁體", SAVED, "節約資金12萬元"],
    ["an amount glossed before 其中", GLOSSED, "合计100万元(含结转),其中"],
    ["a percentage before 其中", GLOSSED, "完成85%其中"],
  ];
  test.each(cases)("%s", (_name, re, text) => {
    expect(re.test(text)).toBe(true);
    expect(may(re, text)).toBe(true);
    // among other texts, in any order
    expect(may(re, "项目名称", text, "年度指标值")).toBe(true);
  });
});

describe("texts without the characters or the adjacent pairs a match needs: no search", () => {
  const labels = ["项目支出绩效自评表", "年初预算数", "全年执行数", "执行率", "分值", "得分", "≥50个", "≤80万元", "达成年度指标", "95", "0.95"];
  const cases: [string, RegExp, string[], boolean][] = [
    // 执行率 is there but never followed by a digit or a verb, and no digit is followed by 个 then 即/分别/…
    ["a rate word never followed by its figure", PROSE_RATE, labels, false],
    ["counts never followed by a list", COUNTED, labels, false],
    ["no share word", SHARE, labels, false],
    ["no saving word", SAVED, labels, false],
    ["no 其中", GLOSSED, labels, false],
    // counter-examples: the pair is there, in another text than the rest of the match (pairs are each text's own)
    ["a digit then 年 in one text", PERIOD, ["2023年"], true],
    ["执行 and 率 apart in two texts", /执行率/, ["执行", "率"], false],
    ["the two halves joined in one text", /执行率/, ["执行", "执行率"], true],
  ];
  test.each(cases)("%s", (_name, re, texts, expected) => {
    expect(may(re, ...texts)).toBe(expected);
    // the gate never contradicts the search
    if (texts.some((t) => re.test(t))) expect(may(re, ...texts)).toBe(true);
  });
});

describe("patterns the gate does not read are always searched", () => {
  const cases: [string, RegExp][] = [
    ["case-insensitive", /abc/i],
    ["unicode flag", /\p{Script=Han}/u],
    ["global", /执行率/g],
    ["sticky", /执行率/y],
    ["a backreference", /(\d)\1/],
    ["a named backreference", /(?<d>\d)\k<d>/],
  ];
  test.each(cases)("%s", (_name, re) => {
    expect(patternAutomaton(re)).toBeNull();
    expect(may(re, "无关的文字")).toBe(true);
  });
  test("a pattern that matches the empty string may match anything", () => {
    expect(may(/(?:合计)?/, "x")).toBe(true);
    expect(may(/^$/m, "项目")).toBe(true);
  });
  test("anchors, lookarounds and word boundaries consume nothing: read as empty", () => {
    expect(may(/^合计$/m, "合计")).toBe(true);
    expect(may(/(?<=总)分(?!值)/, "总分")).toBe(true);
    expect(may(/\b95\b/, "95")).toBe(true);
    expect(may(/^合计$/m, "总分")).toBe(false);
  });
  test("classes: ranges, escapes, negation; a literal { that is no quantifier", () => {
    expect(may(/[①-⑳]分/, "③分")).toBe(true);
    expect(may(/[①-⑳]分/, "3分")).toBe(false);
    expect(may(/[^分]分/, "3分")).toBe(true);
    expect(may(/\d{2,4}万/, "12万")).toBe(true);
    expect(may(/\d{2,4}万/, "万12")).toBe(false);
    expect(may(/a{x/, "a{x")).toBe(true);
    expect(may(/a{x/, "ax")).toBe(false);
    expect(may(/[\d.]+%/, "3.5%")).toBe(true);
    expect(may(/[\d.]+%/, "3.5", "%")).toBe(false);
  });
});

test("random texts: wherever a pattern finds a match, the gate says it may (5,000 texts × 12 patterns)", () => {
  const patterns = [PROSE_RATE, COUNTED, SHARE, PERIOD, SAVED, GLOSSED, /[①-⑳]分/, /\d{2,4}万/, /(?:和|及)[^,;\d]{1,6}(?:共计|合计)/, /^(合计|总计)[:：]?$/m, /(增长|减少)(率|幅度|\(?%)/, /\d+(?:\.\d+)?%\)/];
  const alphabet = "0123456789.,;:()%。、执行支出完成率为达到个家所项类即分别为件人占比例重年预算季月半节约结余元万亿其中和及共计合增长减少幅度①③⑤";
  // (a fixed seed: the same texts on every run)
  let seed = 51;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };
  let found = 0;
  for (let k = 0; k < 5000; k++) {
    let t = "";
    for (let i = 1 + rand(14); i > 0; i--) t += alphabet[rand(alphabet.length)];
    const presence = textPresence([t]);
    for (const re of patterns) {
      if (!re.test(t)) continue;
      found++;
      if (!mayMatch(re, presence)) throw new Error(`gate said no match of ${re} in ${t}`);
    }
  }
  // (the texts do hold matches: the test can fail)
  expect(found).toBeGreaterThan(500);
});

/**
 * Every pattern a review searches with hasText or textMatches, on every sheet of the development split
 * (test/fixtures/real): the gated answer is the plain search's over the same joined texts. (The per-file result hashes,
 * scripts/hash-results.js, were identical before and after the gate over the 751 fixture workbooks.)
 */
test("real sheets: every pattern the review searches gets the plain search's answer, and most are refuted without one", () => {
  const dir = join(FIXTURES, "real");
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith(".truth.json"))
    .map((f) => f.replace(/\.truth\.json$/, ""));
  expect(ids.length).toBeGreaterThan(700);
  const asked: [Grid, RegExp][] = [];
  const hasText = Grid.prototype.hasText;
  const textMatches = Grid.prototype.textMatches;
  const spy = (n: string | RegExp, g: Grid) => {
    if (typeof n !== "string") asked.push([g, n]);
  };
  Grid.prototype.hasText = function (this: Grid, n: string | RegExp) {
    spy(n, this);
    return hasText.call(this, n);
  };
  Grid.prototype.textMatches = function (this: Grid, n: string | RegExp) {
    spy(n, this);
    return textMatches.call(this, n);
  };
  let refuted = 0;
  let searched = 0;
  const patterns = new Set<string>();
  try {
    for (const id of ids) {
      asked.length = 0;
      review(jsonGrid(join(dir, `${id}.json`)), "national");
      for (const [g, re] of asked) {
        patterns.add(String(re));
        // (the texts the gate reads and the search runs over)
        const pieces = (g as unknown as { textPieces: string[] }).textPieces;
        const plain = pieces.some((p) => new RegExp(re.source, re.flags).test(p));
        const gated = hasText.call(g, re);
        if (gated !== plain) throw new Error(`${id}: ${re} gated ${gated}, searched ${plain}`);
        if (!plain && textMatches.call(g, re).some((x) => x === 1)) throw new Error(`${id}: ${re} flags without a match`);
        // (the gate itself on every sheet, whatever its length: Grid gates only texts of GATE_MIN_CHARS or more)
        const gate = mayMatch(re, textPresence(pieces));
        if (plain && !gate) throw new Error(`${id}: ${re} refuted by the gate but found by the search`);
        if (!gate) refuted++;
        searched++;
      }
    }
  } finally {
    Grid.prototype.hasText = hasText;
    Grid.prototype.textMatches = textMatches;
  }
  // every pattern the readers search is one the gate reads (none left to the plain search by its form)
  for (const p of patterns) expect([p, patternAutomaton(new RegExp(p.slice(1, p.lastIndexOf("/")), p.slice(p.lastIndexOf("/") + 1))) !== null]).toEqual([p, true]);
  expect(searched).toBeGreaterThan(10000);
  // (most sheets are tables of labels: the prose patterns are refuted on them)
  expect(refuted / searched).toBeGreaterThan(0.5);
});
