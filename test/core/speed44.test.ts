import { Grid } from "../../src/core/grid/grid";
import { mayHold, TextFact, textFacts, textMatchesWith } from "../../src/core/recognise/text-facts";
import { DIVIDES } from "../../src/core/recognise/printed-ratios";
import { LETTER_BESIDE_DIGIT } from "../../src/core/text/numbers";
import { ANY_RATE } from "../../src/core/recognise/text-rates";
import { SHARE_WORD } from "../../src/core/recognise/share-ratios";
import { SHARE_WORD as GROUPED_SHARE_WORD } from "../../src/core/recognise/grouped-shares";
import { EXECUTED_WORD } from "../../src/core/recognise/labelled-rates";
import { MENTIONS } from "../../src/core/recognise/stated-grades";
import { TOTAL_MARK } from "../../src/core/recognise/weighted-totals";
import { FUND_TOTAL_LABEL } from "../../src/core/recognise/vocabulary";
import { findLabelledFundSums } from "../../src/core/recognise/budget";
import { qualifiedWholes } from "../../src/core/recognise/whole-and-parts";

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
      "A1:totalWord|closeParen:)8", "B1::数5", "C1:executedWord:率3",
      "A2:totalWord:额6", "B2:plainNumber:04", "C2::%3",
      "A3:ofWhich:款7", "B3::05",
      "A4:totalWord|join|gradeWord:计7", "B4:plainNumber:53", "C4:plainNumber:35",
      "A5:join:市6", "B5::e4", "C5:closeParen:)4",
    ]);
    // (row 0 and the row past the last: no text)
    expect(rows).toEqual(["", "totalWord|closeParen|executedWord", "plainNumber|totalWord", "ofWhich", "plainNumber|totalWord|join|gradeWord", "join|closeParen", ""]);
    expect(same).toBe(true);
  });
  test("a merge's tails are no text cells; its anchor's facts are its text's", () => {
    const { cells } = factsOf([["资金合计", null, 5], [null, null, 6]], ["A1:B2"]);
    expect(cells).toEqual(["A1:totalWord:计4", "C1:plainNumber:51", "C2:plainNumber:61"]);
  });
  test("traditional characters: read as compact() gives them, simplified (資金總額 → 资金总额, 合計 → 合计)", () => {
    const { cells } = factsOf([["資金總額", "合計"]]);
    expect(cells).toEqual(["A1:totalWord:额4", "B1:totalWord:计2"]);
  });
});

describe("the claim findLabelledFundSums' gate rests on: every FUND_TOTAL_LABEL word holds 计, 额 or 金", () => {
  test("each alternative of the pattern", () => {
    const words = /^\^\(([^()]*)\)/.exec(FUND_TOTAL_LABEL.source)![1].split("|");
    expect(words.length).toBeGreaterThan(20);
    for (const w of words) expect([w, /[计额金]/.test(w)]).toEqual([w, true]);
  });
});

describe("findLabelledFundSums: only lines with a total's word (计, 额, 金) or a 其中 line under them are read", () => {
  const sums = (rows: Row[], merges: string[] = []) => {
    const g = Grid.fromValues("S", rows, merges);
    return findLabelledFundSums(g, g.rowCount).map((x) => `${x.total.cell}=${x.parts.map((p) => p.cell).join("+")}`);
  };
  test.each<[string, Row[], string[]]>([
    ["a label column: 年度资金总额 100 = 60 + 40", [["年度资金总额", 100], ["其中:财政拨款", 60], ["其他资金", 40]], ["B1=B2+B3"]],
    ["no total's word in the label, 其中 under it (预算数 over 其中:中央财政 | 省财政): 21.7 = 10 + 11.7", [["预算数(万元)", 21.7], ["其中:中央财政", 10], ["省财政", 11.7]], ["B1=B2+B3"]],
    ["label and amount in one cell (年度资金总额:16 over 其中:上级资金10 | 本级资金6)", [["年度资金总额:16"], ["其中:上级资金10"], ["本级资金6"]], ["A1=A2+A3"]],
    ["traditional characters (資金總額 | 其中:財政撥款 | 其他資金)", [["資金總額", 100], ["其中:財政撥款", 60], ["其他資金", 40]], ["B1=B2+B3"]],
    ["a closing-style total over its parts, a head line above (项目 | 资金, 收入合计)", [["项目", "资金"], ["收入合计", 100], ["财政拨款", 60], ["其他收入", 40]], ["B2=B3+B4"]],
    // (near shapes: indicator names ending in digits, with a 其中 line that is no fund's; an amount line with no 其中 under it)
    ["indicator names with numbers (指标12 | 二级1 | 其中:指标): none", [["指标12", 5], ["二级1", 5], ["其中:指标", 3]], []],
    ["预算数 with its parts under it but no 其中: none", [["预算数(万元)", 21.7], ["中央财政", 10], ["省财政", 11.7]], []],
  ])("%s", (_, rows, expected) => {
    expect(sums(rows)).toEqual(expected);
  });
});

describe("qualifiedWholes: a line is read only where its facts allow a whole (a join, a closing bracket, or a longer head ending as the next does)", () => {
  const read = (rows: Row[]) =>
    qualifiedWholes(Grid.fromValues("S", rows))
      .map((x) => `${x.total.cell}=${x.parts.map((p) => p.cell).join("+")}`)
      .sort();
  const lines: Row[] = [
    [1, "甲镇", 16, 65, 81],
    [2, "乙镇", 21, 125, 146],
  ];
  test.each<[string, Row, string[]]>([
    ["the whole the parts' tail (集中供养保障户数 | 分散供养保障户数 | 保障户数)", ["序号", "地区", "集中供养保障户数", "分散供养保障户数", "保障户数"], ["E2=C2+D2", "E3=C3+D3"]],
    ["the qualifiers joined by '+' (集中+分散合计)", ["序号", "地区", "集中供养(户)", "分散供养(户)", "集中+分散合计"], ["E2=C2+D2", "E3=C3+D3"]],
    ["the qualifiers joined by '、' (集中、分散合计)", ["序号", "地区", "集中供养", "分散供养", "集中、分散合计"], ["E2=C2+D2", "E3=C3+D3"]],
    ["every head with its unit note (户数(户): its end once the note is dropped)", ["序号", "地区", "集中供养户数(户)", "分散供养户数(户)", "户数(户)"], ["E2=C2+D2", "E3=C3+D3"]],
    ["traditional characters (集中供養保障戶數 | 分散供養保障戶數 | 保障戶數)", ["序號", "地區", "集中供養保障戶數", "分散供養保障戶數", "保障戶數"], ["E2=C2+D2", "E3=C3+D3"]],
    // (near shapes: the whole named otherwise; two heads of one length ending alike, no whole)
    ["户数总计, no tail of either part: none", ["序号", "地区", "集中供养保障户数", "分散供养保障户数", "户数总计"], []],
    ["达成年度指标 | 达成预期指标 | 合计 (the same end, the same length): none", ["序号", "地区", "达成年度指标", "达成预期指标", "合计"], []],
  ])("%s", (_, head, expected) => {
    expect(read([head, ...lines])).toEqual(expected);
  });
  test("no 序号 column, a 备注 after the whole (地区 | 城镇低保人数 | 农村低保人数 | 低保人数 | 备注): D = B + C", () => {
    expect(read([["地区", "城镇低保人数", "农村低保人数", "低保人数", "备注"], ["甲镇", 16, 65, 81, ""], ["乙镇", 21, 125, 146, ""]])).toEqual(["D2=B2+C2", "D3=B3+C3"]);
  });
});

/** a pattern source's top-level branches (split at each '|' outside every group and class) */
function branches(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= src.length; i++) {
    const ch = src[i];
    if (ch === "\\") i++;
    else if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if ((ch === "|" && depth === 0) || i === src.length) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  return out;
}

/**
 * Whether every match of the pattern source `src` holds a character of `cls`: each branch holds one among its characters
 * outside groups and classes (a character before '?' dropped), or in a group it cannot skip (no '?' or '*' after it, no
 * lookahead) whose every branch does. (A reviewer's check of the claims the gates rest on: patterns of literals.)
 */
function everyMatchHolds(src: string, cls: RegExp): boolean {
  return branches(src).every((b) => {
    let literal = "";
    for (let i = 0; i < b.length; i++) {
      const ch = b[i];
      if (ch === "(") {
        let depth = 1;
        let j = i + 1;
        for (; j < b.length && depth > 0; j++) if (b[j] === "(") depth++;
        else if (b[j] === ")") depth--;
        const inner = b.slice(i + 1, j - 1);
        const optional = b[j] === "?" || b[j] === "*" || inner.startsWith("?=") || inner.startsWith("?!");
        if (!optional && everyMatchHolds(inner.replace(/^\?:/, ""), cls)) return true;
        i = j - 1;
      } else if (ch === "[") {
        // (a class it cannot skip, every character of it one of cls: no negation, range nor escape)
        const end = b.indexOf("]", i);
        const members = b.slice(i + 1, end);
        const skippable = b[end + 1] === "?" || b[end + 1] === "*";
        if (!skippable && !/[\\^-]/.test(members) && [...members].every((m) => cls.test(m))) return true;
        i = skippable ? end + 1 : end;
      }
      else if (b[i + 1] === "?" || b[i + 1] === "*") i++;
      else literal += ch;
    }
    return cls.test(literal);
  });
}

describe("textMatchesWith: Grid.textMatches read from the facts, only the cells with one of the facts tested", () => {
  test("the claims: every MENTIONS word holds one of 等档评结分; every TOTAL_MARK word one of 分计绩综", () => {
    expect(branches(MENTIONS.source).length).toBe(15);
    expect(everyMatchHolds(MENTIONS.source, /[等档评结分]/)).toBe(true);
    expect(branches(TOTAL_MARK.source)).toEqual(["总得?分", "总成绩", "综合(?:得分|评分|分数|成绩|指数|分)", "最终得分", "加权(?:得分|总分|合计)", "合计", "总计"]);
    expect(everyMatchHolds(TOTAL_MARK.source, /[分计绩综]/)).toBe(true);
    // (the check itself: a branch with none, or with its only one optional or in a class, fails it)
    expect(everyMatchHolds("总分|排名", /[分计绩综]/)).toBe(false);
    expect(everyMatchHolds("总得分?", /[分]/)).toBe(false);
    expect(everyMatchHolds("加权(?:得分|名次)", /[分计]/)).toBe(false);
    expect(everyMatchHolds("[分计]?值", /[分计]/)).toBe(false);
    expect(everyMatchHolds("[分计值]", /[分计]/)).toBe(false);
    expect(everyMatchHolds("[^分计]", /[分计]/)).toBe(false);
    expect(everyMatchHolds("[分计]值", /[分计]/)).toBe(true);
    expect(everyMatchHolds("加权(?:得分|合计)", /[分计]/)).toBe(true);
  });
  const grids: [string, Row[]][] = [
    ["a results list (序号 | 单位 | 综合得分 | 评价等级 | 排名)", [["序号", "单位", "综合得分", "评价等级", "排名"], [1, "甲局", 92.5, "优", 1], [2, "乙局", 85, "良", 2]]],
    ["a closing note (自评结论：优秀; 评定为良好; 总成绩 | 加权总分)", [["自评结论：优秀", "评定为良好"], ["总成绩", "加权总分"], ["最终得分", 88]]],
    ["traditional characters (評價等級 | 總分 | 合計 | 綜合成績)", [["評價等級", "總分", "合計", "綜合成績"], ["優", 95, 95, 95]]],
    ["a weighted head over shares (系统考核得分 | … | 总分 over (占40%) …)", [["街道名称", "系统考核得分", "现场考核得分", "总分"], ["", "(占40%)", "(占60%)", ""], ["甲街道", "95.65", "93.73", "94.50"]]],
    ["near shape: an indicator table's lines with no mention (指标1 | ≥50个 | 达成年度指标)", [["产出指标", "指标1", "≥50个", 50], ["效益指标", "指标2", "达成年度指标", "达成"]]],
  ];
  test.each(grids)("%s: the flags Grid.textMatches gives", (_, rows) => {
    const g = Grid.fromValues("S", rows);
    expect(Array.from(textMatchesWith(g, TextFact.gradeWord, MENTIONS))).toEqual(Array.from(g.textMatches(MENTIONS)));
    const marks = TextFact.gradeWord | TextFact.totalWord | TextFact.markWord;
    expect(Array.from(textMatchesWith(g, marks, TOTAL_MARK))).toEqual(Array.from(g.textMatches(TOTAL_MARK)));
  });
  test("the cells flagged, by hand: 综合得分 and 评价等级 mention a grade or score; 综合得分 is a total's head", () => {
    const g = Grid.fromValues("S", grids[0][1]);
    const { cols } = g.textCells();
    const at = (flags: Uint8Array) => Array.from(cols, (c, k) => (flags[k] ? g.compactText(1, c) : "")).filter((x) => x);
    expect(at(textMatchesWith(g, TextFact.gradeWord, MENTIONS))).toEqual(["综合得分", "评价等级"]);
    expect(at(textMatchesWith(g, TextFact.gradeWord | TextFact.totalWord | TextFact.markWord, TOTAL_MARK))).toEqual(["综合得分"]);
  });
});

describe("mayHold: a sheet with no text giving one of the facts answers a hasText whose every match needs one, at once", () => {
  test("the claims of the gated searches", () => {
    expect(everyMatchHolds(DIVIDES.source, /[/／÷]/)).toBe(true);
    expect(everyMatchHolds("元/", /[/／÷]/)).toBe(true);
    expect(everyMatchHolds(LETTER_BESIDE_DIGIT.source, /[OolIS]/)).toBe(true);
    expect(everyMatchHolds(ANY_RATE.source, /[办回答结反采]/)).toBe(true);
    expect(everyMatchHolds(SHARE_WORD.source, /比/)).toBe(true);
    expect(everyMatchHolds(GROUPED_SHARE_WORD.source, /比/)).toBe(true);
  });
  const sheet = (rows: Row[]) => Grid.fromValues("S", rows);
  test.each<[string, Row[], number, boolean]>([
    ["补助标准(元/人) names a rate per unit", [["人数", "补助标准(元/人)"], [3, 200]], TextFact.divide, true],
    ["a formula with ÷ (执行率=执行数÷预算数)", [["执行率=执行数÷预算数"]], TextFact.divide, true],
    ["an indicator table, no '/' anywhere", [["指标1", "≥50个", 50]], TextFact.divide, false],
    ["1O0 typed with a letter O", [["完成数", "1O0"]], TextFact.digitLetter, true],
    ["办结率98% in a note", [["群众来信办结率98%"]], TextFact.handledWord, true],
    ["占比 in a head (traditional 佔比 too is 占比 once compacted)", [["类别", "件数", "佔比"]], TextFact.ratioWord, true],
    ["near shape: 执行率 and 满意度 name no handled outcome nor share", [["执行率", "满意度"], ["95%", "98%"]], TextFact.handledWord | TextFact.ratioWord, false],
  ])("%s", (_, rows, need, expected) => {
    expect(mayHold(sheet(rows), need)).toBe(expected);
  });
  test("each gated search answers as before on those sheets (the gate false only where hasText is false)", () => {
    const cases: [Row[], RegExp | string, number][] = [
      [[["人数", "补助标准(元/人)"], [3, 200]], "元/", TextFact.divide],
      [[["指标1", "≥50个", 50]], DIVIDES, TextFact.divide],
      [[["完成数", "1O0"]], LETTER_BESIDE_DIGIT, TextFact.digitLetter],
      [[["群众来信办结率98%"]], ANY_RATE, TextFact.handledWord],
      [[["类别", "件数", "佔比"]], SHARE_WORD, TextFact.ratioWord],
      [[["执行率", "满意度"]], GROUPED_SHARE_WORD, TextFact.ratioWord],
    ];
    for (const [rows, re, need] of cases) {
      const g = sheet(rows);
      expect([String(re), mayHold(g, need) && g.hasText(re)]).toEqual([String(re), g.hasText(re)]);
    }
  });
});

describe("wholeBesideParts' 分 and labelledRates' executed words read from the facts", () => {
  test("the claims: every EXECUTED_WORD word holds 执, 决 or 实; 分 is a gradeWord character", () => {
    expect(branches(EXECUTED_WORD.source)).toEqual(["执行", "决算", "实际支出"]);
    expect(everyMatchHolds(EXECUTED_WORD.source, /[执决实]/)).toBe(true);
    expect(textFacts(Grid.fromValues("S", [["分"]])).flags[0] & TextFact.gradeWord).toBe(TextFact.gradeWord);
  });
  test.each<[string, Row[]]>([
    ["a budget line (预算数 | 执行数 | 执行率)", [["预算数", "执行数", "执行率"], [100, 95, "95%"]]],
    ["a label | value list (全年预算数: | 200 | 全年决算数: | 180 | 实际支出 | 180)", [["全年预算数:", 200], ["全年决算数:", 180], ["实际支出", 180]]],
    ["a whole beside its parts (全市完成投资总额 | 分区县投资完成情况)", [["全市完成投资总额", "分区县投资完成情况", null], [null, "甲区", "乙区"], [30, 10, 20]]],
    ["traditional characters (執行數 | 決算數 | 分區縣)", [["執行數", "決算數", "分區縣"]]],
    ["near shape: no such word (指标1 | ≥50个 | 达成年度指标)", [["指标1", "≥50个", "达成年度指标"]]],
  ])("%s: the flags Grid.textMatches gives", (_, rows) => {
    const g = Grid.fromValues("S", rows);
    expect(Array.from(textMatchesWith(g, TextFact.executedWord, EXECUTED_WORD))).toEqual(Array.from(g.textMatches(EXECUTED_WORD)));
    expect(Array.from(textMatchesWith(g, TextFact.gradeWord, /分/))).toEqual(Array.from(g.textMatches("分")));
  });
});
