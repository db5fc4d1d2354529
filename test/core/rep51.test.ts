import { join } from "path";
import { readFileSync } from "fs";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { bareScoreClause } from "../../src/core/recognise/bare-whole-score";
import { periodCountParts } from "../../src/core/recognise/period-count-parts";
import { proseDigits } from "../../src/core/recognise/prose-rates";
import { FIXTURES } from "../helpers";
import { toTraditional } from "./grad49b-shapes";

/**
 * rep51 (session 51): four prose readings met in the development half of corpus51a / corpus51b, each tested on the real
 * sheet's shape and on shapes it does not contain (other wording, units, 繁體, other order), with counter-examples.
 * 1. a report's bare '自评得分100分' as its whole (bare-whole-score.ts, in report-scores' reportResult);
 * 2. a count's whole over its parts named by time, 年初 + 年中增加 (period-count-parts.ts);
 * 3. a project's 执行率 / share against the amount its name is given in another paragraph (named-amount-rates.ts);
 * 4. a share whose word names money (资金量占比) is no share of the count before it (stated-whole-shares.ts).
 */

const realGrid = (id: string): string[] => (JSON.parse(readFileSync(join(FIXTURES, "real", `${id}.json`), "utf8")).grid as string[][]).map((r) => r[0]);
const reviewLines = (lines: string[]) => review(Grid.fromValues("Sheet1", lines.map((l) => [l])), "national");
const errors = (lines: string[]) =>
  reviewLines(lines)
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();

// —— 1. a bare 自评得分 as the report's whole ——

const HUANGSHI = realGrid("hb-huangshi-highway-bureau-maintenance-projects-selfeval-2020-excerpt");
/** the real report with rows replaced (1-based row → text) */
const huangshi = (changes: Record<number, string>) => HUANGSHI.map((t, i) => changes[i + 1] ?? t);
const totalOf = (lines: string[]) => {
  const s = reviewLines(lines).model.totals?.score ?? null;
  return s ? `${s.value}@${s.cell}` : null;
};

describe("a report's bare 自评得分 as its whole", () => {
  test.each<[string, Record<number, string>, string | null]>([
    ["as published: under '(一)自评得分', below the title '…项目 / 自评结果'", {}, "100@A5"],
    ["another score and wording: '自评得分为96.5分'", { 5: "对照年初批复的绩效目标逐项打分,自评得分为96.5分。" }, "96.5@A5"],
    ["评价得分 under '(一)评价结果'", { 4: "(一)评价结果", 5: "经对照各项指标进行评价,评价得分92分。" }, "92@A5"],
    ["繁體", { 1: toTraditional(HUANGSHI[0]), 2: "自評結果", 4: "(一)自評得分", 5: toTraditional(HUANGSHI[4]) }, "100@A5"],
    ["no head above it, the title naming the 自评结果", { 3: "", 4: "" }, "100@A5"],
    ["in one cell, its lines run together (the head before the score in the cell)", { 1: HUANGSHI.slice(0, 8).join(" "), 2: "", 3: "", 4: "", 5: "", 6: "", 7: "", 8: "" }, "100@A1"],
    ["the head naming the result, the title naming none", { 2: "工作情况" }, "100@A5"],
    // counter-examples
    ["an indicator's score in the clause: '产出指标自评得分40分'", { 5: "对照年初批复设定的各项指标值进行打分,产出指标自评得分40分。" }, null],
    ["a bracketed section's score '(自评得分20分)'", { 5: "预算执行情况(自评得分20分)" }, null],
    ["a second score stated elsewhere", { 12: "满意度调查得分9分。" }, null],
    ["the head above names a part: '(一)产出指标完成情况'", { 4: "(一)产出指标完成情况" }, null],
    ["the head above names something else, the title naming the 自评结果", { 4: "(一)总体情况" }, null],
    ["in one cell, the last head before the score a part's", { 1: HUANGSHI.slice(0, 8).join(" ").replace("(一)自评得分", "(一)产出指标"), 2: "", 3: "", 4: "", 5: "", 6: "", 7: "", 8: "" }, null],
  ])("%s", (_name, changes, expected) => {
    expect(totalOf(huangshi(changes))).toBe(expected);
  });

  test.each<[string, boolean]>([
    ["对照年初部门预算中项目支出绩效目标批复设定的各项指标值进行打分,自评得分100分。", true],
    ["本项目自评得分95分。", true],
    ["自评分:88分", true],
    ["效益指标自评得分28分", false],
    ["满意度自评得分10分", false],
    ["二、项目决策(自评得分18分)", false],
    ["该项自评得分5分", false],
    ["项目执行率为100%,得分100分", false],
  ])("bareScoreClause(%s) = %s", (text, expected) => {
    expect(bareScoreClause(text)).toBe(expected);
  });
});

// —— 2. a count's whole over its parts named by time ——

const HONGHE_A9 = realGrid("yn-honghe-data-development-centre-project-selfeval-report-2024-excerpt")[8];

describe("a count's whole over its parts named by time", () => {
  test.each<[string, string, string | null]>([
    ["as published (each part's own 含 bracket)", HONGHE_A9, "15 = 8 + 8"],
    ["其中 with the nouns first", "2024年,本中心实施项目共15个,其中:年初批复预算项目8个,年中增加项目8个。", "15 = 8 + 8"],
    ["繁體, 新增", toTraditional("2024年,本中心共实施项目15个,年初批复预算8个项目985万元,年中新增8个项目。"), "15 = 8 + 8"],
    ["项 and 追加, the sum right", "共实施项目12项,其中年初安排9项,年中追加3项。", "12 = 9 + 3"],
    ["原有 and 新增", "全年共有建设项目20个,原有项目14个,新增项目6个。", "20 = 14 + 6"],
    // counter-examples
    ["a count dropped during the year", "共实施项目12项,其中年初安排9项,年中追加4项,年中取消1项。", null],
    ["a part named by its kind, not its time", "共实施项目12项,其中年初安排9项,市级项目4项。", null],
    ["no added part", "本单位共有项目20个,年初批复12个,全年完成8个。", null],
    ["no whole", "年初批复预算8个项目,年中增加8个项目。", null],
  ])("%s", (_name, text, expected) => {
    const got = periodCountParts(proseDigits(text)!).map((p) => `${p.whole.value} = ${p.parts.map((x) => x.value).join(" + ")}`);
    expect(got[0] ?? null).toBe(expected);
  });

  test.each<[string, string, string[]]>([
    ["as published: 8 + 8 ≠ 15", HONGHE_A9, ["total-mismatch@A1"]],
    ["the sum right: 7 + 8 = 15", HONGHE_A9.replace("年初批复预算8个项目", "年初批复预算7个项目"), []],
    ["繁體, 9 + 3 ≠ 11", toTraditional("共实施项目11项,其中年初安排9项,年中追加3项。"), ["total-mismatch@A1"]],
    ["another column order: the parts first, no whole", "年初安排9项,年中追加3项,全年项目已全部完成。", []],
  ])("%s", (_name, text, expected) => {
    expect(errors([text])).toEqual(expected);
  });
});

// —— 3 and 4. a project's rate against its amount named elsewhere; a money share is no count share ——

const GUANYUN = realGrid("js-lianyungang-guanyun-welfare-lottery-funds-use-2024-excerpt");
const guanyun = (changes: Record<number, string>) => GUANYUN.map((t, i) => changes[i + 1] ?? t);

describe("a project's rate against the amount its name is given elsewhere; a money share", () => {
  test.each<[string, string[], string[]]>([
    // as published: 102 / 108 = 94.44% ≠ 96.23% twice at A6; A8's 20 of 20 stated 10% (its truth's acceptable flag)
    ["as published", GUANYUN, ["exec-rate-mismatch@A6", "ratio-mismatch@A6", "ratio-mismatch@A8"]],
    [
      "the rates right",
      guanyun({ 6: GUANYUN[5].replace(/96\.23%/g, "94.44%"), 8: GUANYUN[7].replace("占儿童福利项目资金的10%", "占儿童福利项目资金的100%") }),
      [],
    ],
    [
      "in 元, the names' 类 the other way round",
      guanyun({
        4: "项目安排情况:灌云县安排3个项目,其中:老年人福利类项目1个,金额1080000元,资金量占比54%;残疾人福利类项目1个,金额710000元,资金量占比36%;儿童福利类项目1个,金额200000元,资金量占比10%;",
        6: "老年人福利项目:支持农村养老服务设施建设,金额1020000元,占老年人福利项目资金的96.23%。截止2024年底,老年人福利项目支出1020000元,资金执行率96.23%。",
        7: "残疾人福利项目:截止2024年底,中央彩票公益金支出为0元,资金执行率0%。",
        8: "儿童福利项目:截止2024年底,儿童福利项目支出180000元,资金执行率90%。",
      }),
      ["exec-rate-mismatch@A6", "ratio-mismatch@A6"],
    ],
    ["繁體", GUANYUN.map(toTraditional), ["exec-rate-mismatch@A6", "ratio-mismatch@A6", "ratio-mismatch@A8"]],
    // counter-examples
    [
      "the spending paragraph names another project",
      guanyun({ 6: "养老服务项目:截止2024年底,养老服务项目支出102万元,资金执行率96.23%。", 8: "" }),
      [],
    ],
    [
      "a name stated with two amounts names none",
      guanyun({ 3: "老年人福利项目金额106万元。", 8: "" }),
      [],
    ],
  ])("%s", (_name, lines, expected) => {
    expect(errors(lines)).toEqual(expected);
  });

  test.each<[string, string, string[]]>([
    ["as published: 资金量占比 of the amounts, not of the 1个 counts", GUANYUN[3], []],
    ["占比 right after an amount", GUANYUN[3].replace(/资金量占比/g, "占比"), []],
    ["繁體 資金量佔比", toTraditional(GUANYUN[3]).replace(/占比/g, "佔比"), []],
    ["金额占比", GUANYUN[3].replace(/资金量占比/g, "金额占比"), []],
    // counter-examples: a count's share (its word names the count, or no amount stands between)
    ["项目数占比 after the amount: the count's, 1/3 ≠ 50%", "灌云县安排3个项目,其中:老年人福利项目1个,金额108万元,项目数占比50%;残疾人福利项目1个,金额71万元,项目数占比33%;儿童福利项目1个,金额20万元,项目数占比17%;", ["ratio-mismatch@A1"]],
    ["no amount: 占比 of the count, 1/3 ≠ 10%", "灌云县安排3个项目,其中:老年人福利项目1个,占比54%;残疾人福利项目1个,占比36%;儿童福利项目1个,占比10%;", ["ratio-mismatch@A1"]],
  ])("%s", (_name, text, expected) => {
    expect(errors([text])).toEqual(expected);
  });
});
