import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { proseText } from "../../src/core/recognise/prose-rates";
import { collapseDoubledMarks } from "../../src/core/text/normalize";
import { completePair } from "../../src/core/recognise/complete-parts";
import type { RelationTerm } from "../../src/core/model/types";
import { listSources, measureShapes, SHAPE_NAMES, SLIPS } from "./grad50a-variants";

/**
 * grad50a (session 50; test/fixtures/real/grad50a-diagnosis.md): 其中 lists of money in prose that the engine did not read —
 * a ';'-separated list cut after its first part, a whole named after a 公共 name, a 繁體 mirror's doubled punctuation and
 * glosses, each part's own rate after its amount, amounts in 亿元, two parts that are the whole's two halves (中央 / 地方).
 */
const TITLE = "寿县融媒体中心中央对地方专项转移支付2019年度绩效自评报告";
const flags = (lines: string[]) =>
  review(Grid.fromValues("Sheet1", [[TITLE], ...lines.map((l) => [l])], []), "national")
    .findings.filter((f) => f.severity !== "info" && f.rule === "total-mismatch")
    .map((f) => `${f.rule}@${f.cell}:${(f.data as { total?: number; sum?: number }).total}/${(f.data as { total?: number; sum?: number }).sum}`);

describe("the normaliser: a mirror's doubled punctuation is one mark, the strongest of the run (text/normalize.ts)", () => {
  test.each([
    ["总额75.20亿元,,分配率99.5%,。其中:", "总额75.20亿元,分配率99.5%。其中:"],
    ["中央61.02亿元,分配率99.3%,;地方", "中央61.02亿元,分配率99.3%;地方"],
    ["一,、直达资金", "一,直达资金"],
    ["截至8月底,,全市", "截至8月底,全市"],
    ["1,234.56万元,其中", "1,234.56万元,其中"],
  ])("%s", (raw, out) => expect(collapseDoubledMarks(raw)).toBe(out));
  test("proseText: 繁體, pinyin glosses, full-width and doubled marks in one pass", () => {
    expect(proseText("全市財政直達(dá)資金總額75.20億元，，分配率99.5%，。其中：")).toBe("全市财政直达资金总额75.20亿元,分配率99.5%。其中:");
  });
});

describe("two parts that are the whole's two halves (complete-parts.ts)", () => {
  const t = (label: string): RelationTerm => ({ cell: "A1", row: 1, col: 1, text: "", value: 1, decimals: 0, percent: false, label });
  test.each([
    ["中央安排直达资金全市", "地方安排直达资金"],
    [":中央补助", "地方自筹"],
    ["地方配套", "中央补助"],
    ["市本级", "各县(市、区)"],
    ["省本级", "市县"],
    ["上级补助", "本级配套"],
    ["已拨付", "尚未拨付"],
    ["基本支出", "项目支出"],
    ["城市低保", "农村低保"],
    ["中央资金", "其他资金"],
  ])("%s / %s: complete", (a, b) => expect(completePair([t(a), t(b)])).toBe(true));
  test.each([
    ["中央补助", "省级补助"],
    ["省级资金", "市级资金"],
    ["市本级", "高新区"],
    ["财政资金", "自筹资金"],
    ["A项目", "B项目"],
    ["其他资金", "其它资金"],
  ])("%s / %s: may leave a part out", (a, b) => expect(completePair([t(a), t(b)])).toBe(false));
  test("three parts are never a pair", () => expect(completePair([t("中央"), t("地方"), t("其他")])).toBe(false));
});

describe("寿县 A6: a ';' list after 公共…专项资金共计, a bracket in the first part's name (parts above the whole: an error)", () => {
  const shouxian = (c = "1500", sep = ";", total = "1586") =>
    `2019年中央补助地方公共文化服务体系建设专项资金共计${total}万元,其中:中央广播电视节目无线覆盖(模拟与数字)运行维护43.8万元${sep}县级融媒体中心建设43万元${sep}寿县应急广播系统建设${c}万元。`;
  test("the real sentence: 43.8 + 43 + 1500 = 1586.8 against 1586", () => {
    expect(flags([shouxian()])).toEqual(["total-mismatch@A2:1586/1586.8"]);
  });
  test.each([
    ["';'", shouxian("1510"), "1596.8"],
    ["','", shouxian("1510", ","), "1596.8"],
    ["'；' full-width", shouxian("1510", "；"), "1596.8"],
    ["'、'", shouxian("1510", "、"), "1596.8"],
    ["繁體", "2019年中央補助地方公共文化服務體系建設專項資金共計1586萬元,其中:中央廣播電視節目無線覆蓋(模擬與數字)運行維護43.8萬元;縣級融媒體中心建設43萬元;壽縣應急廣播系統建設1510萬元。", "1596.8"],
    ["spaces inside words (PDF)", "2019年中央补助地方公共文化服务体系建设专项资金共计1586万元,其中:中央广播电视节目无线覆 盖(模拟与数字)运行维护43.8万元;县级融媒体 中心建设43万元;寿县应急广播系 统建设1510万元。", "1596.8"],
  ])("a slip (1510 for 1500) under %s", (_n, line, sum) => expect(flags([line])).toEqual([`total-mismatch@A2:1586/${sum}`]));
  test.each([
    ["';'", shouxian("1499.2")],
    ["','", shouxian("1499.2", ",")],
    ["'、'", shouxian("1499.2", "、")],
    ["the whole after its parts", "2019年下达专项资金:中央广播电视节目无线覆盖(模拟与数字)运行维护43.8万元;县级融媒体中心建设43万元;寿县应急广播系统建设1499.2万元,合计1586万元。"],
  ])("adding up (1499.2 for 1500) under %s: no flag", (_n, line) => expect(flags([line])).toEqual([]));
  test("three parts short of the whole: the list is its breakdown, an error", () => {
    expect(flags([shouxian("1400")])).toEqual(["total-mismatch@A2:1586/1486.8"]);
  });
});

describe("福州 A3: a 繁體 mirror, glosses, doubled marks, each part's own rate, 亿元, two halves 中央 / 地方", () => {
  const fuzhou = (a = "61.02", b = "13.78") =>
    `根據(jù)直達(dá)資金系統(tǒng)統(tǒng)計結(jié)果顯示,,截至2021年8月底,全市財政直達(dá)資金總額75.20億元,,分配率99.5%,。其中:中央安排直達(dá)資金全市${a}億元,分配率99.3%,;地方安排直達(dá)資金${b}億元,,分配率99.5%。`;
  test("the real sentence: 61.02 + 13.78 = 74.80 against 75.20 (the halves name the whole: short is an error)", () => {
    expect(flags([fuzhou()])).toEqual(["total-mismatch@A2:75.2/74.8"]);
  });
  test.each([
    ["adding up", fuzhou("61.42"), []],
    ["parts above", fuzhou("61.02", "14.78"), ["total-mismatch@A2:75.2/75.8"]],
    ["简体, no glosses, single marks", "全市财政直达资金总额75.20亿元,分配率99.5%。其中:中央安排直达资金全市61.02亿元,分配率99.3%;地方安排直达资金13.78亿元,分配率99.5%。", ["total-mismatch@A2:75.2/74.8"]],
    ["',' between the parts", "全市财政直达资金总额75.20亿元,分配率99.5%,其中中央安排直达资金61.02亿元,分配率99.3%,地方安排直达资金13.78亿元,分配率99.5%。", ["total-mismatch@A2:75.2/74.8"]],
    ["the halves the other way round", "全市财政直达资金总额75.20亿元。其中:地方安排直达资金13.78亿元;中央安排直达资金61.02亿元。", ["total-mismatch@A2:75.2/74.8"]],
    ["in 万元", "全市财政直达资金总额752000万元,其中中央安排610200万元,地方安排137800万元。", ["total-mismatch@A2:752000/748000"]],
  ])("%s", (_n, line, out) => expect(flags([line as string])).toEqual(out));
  test("the 市本级 line: a remainder (未分配) before 其中 is no whole — its amount is not the parts' whole", () => {
    expect(flags(["市本級直達(dá)資金45.66億元,,未分配0.32億元,,分配率99.3%。其中:中央安排直達(dá)資金39.64億元,,分配率99.2%,;地方安排資金6.02億元,分配率99.7%,。"])).toEqual([]);
  });
});

describe("near shapes that must not flag", () => {
  test.each([
    ["a 其中 list naming some parts (two that are not halves), short", "项目资金共计100万元,其中:中央补助30万元;省级补助20万元。"],
    ["中央 / 省级 under a total investment, short", "项目总投资1000万元,其中中央补助300万元,省级补助200万元。"],
    ["市本级 and one district, short", "2023年下达资金100万元,其中:市本级40万元;高新区50万元。"],
    ["财政 / 自筹, short (a loan may be the rest)", "项目总投资1000万元,其中财政资金600万元,自筹资金300万元。"],
    ["parts in 万元 under a whole in 亿元", "项目资金共计100亿元,其中:中央补助60万元;地方配套39万元。"],
    ["counts under a money whole", "项目资金共计100万元,其中:建设项目3个;培训200人次。"],
    ["a nested 其中 that adds up", "项目资金共计30万元,其中:A项目10万元(其中:设备4万元,材料6万元),B项目20万元。"],
    ["a list closed by 等, short", "项目资金共计100万元,其中:中央补助30万元;地方配套20万元等。"],
    ["a part's own rate, adding up", "项目资金共计100万元,执行率95%,其中:中央补助60万元,执行率96%;地方配套40万元,执行率93%。"],
    ["a whole glossed by a bracket of words, adding up", "中央核定我省粮食风险基金规模为36121.00万元(不含粮食直补),其中:中央补助15150.00万元,地方自筹20971.00万元。"],
  ])("%s", (_n, line) => expect(flags([line])).toEqual([]));
  test("must still flag: the nested list's outer parts above the whole", () => {
    expect(flags(["项目资金共计30万元,其中:A项目10万元(其中:设备4万元,材料6万元),B项目25万元。"])).toEqual(["total-mismatch@A2:30/35"]);
  });
  test("must flag: the glossed whole short of its two halves (中央 / 地方)", () => {
    expect(flags(["中央核定我省粮食风险基金规模为36121.00万元(不含粮食直补),其中:中央补助15150.00万元,地方自筹19971.00万元。"])).toEqual(["total-mismatch@A2:36121/35121"]);
  });
});

/**
 * (corpus53b, session 53) Real sources whose prints the engine still gets wrong, as real-sheets.test.ts's KNOWN_GAPS: left out of
 * the measure below, and their prints must keep FAILING (remove the entry once fixed).
 */
// (dev53 closed 塔城 A4, a whole named 结余资金 over parts each named 结余资金: a stage's money broken down by its sources)
const KNOWN_MISSED: { key: string; why: string }[] = [];
const knownMissed = (s: { id: string; cell: string }) => KNOWN_MISSED.some((k) => k.key === `${s.id}@${s.cell}`);

describe("every real prose 其中 list printed in the class's shapes (grad50a-variants.ts)", () => {
  const all = listSources();
  const sources = all.filter((s) => !knownMissed(s));
  const complete = (s: (typeof sources)[number]) => s.parts.length >= 3 || completePair(s.parts.map((p) => ({ cell: "A1", row: 1, col: 1, text: "", value: Number(p.digits), decimals: 0, percent: false, label: p.name })));
  test("the sources include both graduated slips and the real lists that add up", () => {
    const keys = sources.map((s) => `${s.id}@${s.cell}`);
    for (const k of SLIPS) expect(keys).toContain(k);
    expect(sources.length).toBeGreaterThan(SLIPS.length);
  });
  test("each print: nothing flagged as it adds up; parts above the whole flagged; a complete list short of its whole flagged", () => {
    const m = measureShapes(sources, complete);
    expect(m.prints).toBe(sources.length * SHAPE_NAMES.length);
    expect(m.failures).toEqual([]);
    expect(m.clean).toBe(m.prints);
    expect(m.overFlagged).toBe(m.over);
    expect(m.shortFlagged).toBe(m.short);
  });
  if (KNOWN_MISSED.length) test.each(KNOWN_MISSED.map((k) => [k.key, k.why]))("%s — KNOWN, must still fail (remove it once fixed): %s", (key) => {
    const known = all.filter((s) => `${s.id}@${s.cell}` === key);
    expect(known.length).toBe(1);
    expect(measureShapes(known, complete).failures).not.toEqual([]);
  });
});
