import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { detectFamily, sheetFeatures } from "../../src/core/recognise";
import { fallbackFamily } from "../../src/core/recognise/families/evidence-fallback";
import { review } from "../../src/core/review";

/**
 * fb47 (session 47): a results notice printed one unit a line, 'name(score分)', is no scoring rubric
 * (src/core/recognise/families/evidence-fallback.ts, isUnitScore): the bracketed figures are units' scores where they are
 * measured (a fraction no rubric gives, 99.02分 / 41.1分, or 60 and up and not round, 88分) — three or more and as many as
 * the figures that could be items' points. A rubric's items (5分, 12.5分, 0.25分) and its round big parts (500分, 100分)
 * keep their reading.
 */
const FIXTURES = join(__dirname, "..", "fixtures");
const col = (texts: string[]) => Grid.fromValues("Sheet1", texts.map((t) => t.split("|")), []);
const familyOf = (g: Grid) => review(g, "national").model.family;
const readersLeave = (g: Grid) => Math.max(...Object.values(detectFamily(sheetFeatures(g)).scores)) < 0.5;

// 许昌's shape, in its near variants: other groups, a grade in a second bracket, 繁體 with full-width brackets, spaces from a
// PDF's line breaks, no preamble, a cut list
const XUCHANG = [
  "按照《数字化城市管理绩效考评办法》相关规定,2021年10月份数字化城市管理得分情况如下:",
  "(一)县、市组",
  "鄢陵县(99.02分)",
  "襄城县(98.99分)",
  "长葛市(95分)",
  "(二)建成区组",
  "东城区(93.46分)(优秀等次)",
  "示范区(88分)(良好等次)",
  "2、案件处置差的单位",
  "河南报业集团达利广告公司(56分)",
  "市供销社(52分)",
  "许昌电气职业学院(48分)",
  "中石化许昌分公司(41.1分)",
  "高铁北站(0分)",
];

describe("a results notice 'name(score分)' stays unknown (the fallback names no rubric)", () => {
  const variants: [string, string[]][] = [
    ["许昌's lines as served", XUCHANG],
    ["no preamble, other group heads", ["一、县区组", "甲县(97.35分)", "乙县(91.2分)", "丙区(86.07分)", "二、乡镇组", "丁镇(58.6分)", "戊镇(47.33分)", "己乡(39分)", "庚乡(0分)"]],
    ["繁體, full-width brackets, 等次 after", ["二、得分情況", "東城區（93.46分）（優秀等次）", "魏都區（82.94分）（合格等次）", "建安區（75.07分）（合格等次）", "市供銷社（52分）", "許昌電氣職業學院（48分）", "中石化許昌分公司（41.1分）"]],
    ["spaces inside words (a PDF's line breaks)", ["数字化城市管理 得分情况", "鄢陵 县(99.02 分)", "襄城县( 98.99分)", "禹州 市(98.42分)", "市供 销社(52分)", "许昌电气职业学院(48分)", "中石化许昌分公司 (41.1分)"]],
    ["a cut list, the low scores only and two decimals", ["2、案件处置差的乡、镇、办", "建安区苏桥镇(63.5分)", "示范区魏武办事处(58.67分)", "建安区新元办事处(51.75分)", "魏都区产业集聚区(49.06分)", "建安区产业集"]],
  ];
  test.each(variants)("%s", (_, texts) => {
    const g = col(texts);
    expect(readersLeave(g)).toBe(true);
    expect(fallbackFamily(sheetFeatures(g))).toBeNull();
    expect(familyOf(g)).toBe("unknown");
  });
});

describe("rubrics with bracketed points keep their family (the counter-shapes of the guard)", () => {
  const rubrics: [string, string[]][] = [
    // a 1000-point rubric: its big parts round (500分, 100分, 400分), none a unit's score
    ["a 1000-point rubric's round parts", ["2012年度工作绩效考核项目表", "项目名称及分值|赋分办法", "(一)重点工作(500分)|按实绩赋分", "(二)机关创建(100分)|按排名赋分", "1.责任型机关创建(30分)|按排名赋分", "2.学习型机关创建(20分)|", "3.效率型机关创建(50分)|", "(三)综合评价(400分)|", "1.领导评价(100分)|按排名赋分", "2.互学互比(50分)|按实绩赋分"]],
    // items with halves and quarters, one 12.5分 (a fraction a rubric gives)
    ["halves, quarters and 12.5分", ["考核评分细则(百分制)", "1、组织领导(12.5分)", "2、制度建设(7.5分)", "3、台账资料(0.25分)", "4、宣传培训(2.5分)", "5、督查整改(10分)", "每发现一处扣0.5分,扣完为止。"]],
  ];
  test.each(rubrics)("%s", (_, texts) => {
    const g = col(texts);
    expect(familyOf(g)).toBe("indicator-system");
  });
});

/**
 * Generated: every real result list (family evaluation-summary, its unit and score columns named in its truth) printed again
 * as a notice, one unit a line in the shapes above — 'name(score分)', with a grade bracket, 繁體 full-width, spaces inside,
 * under group heads. None may be named a rubric.
 */
describe("every real result list printed as 'name(score分)' lines", () => {
  const dir = join(FIXTURES, "real");
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Converter } = require("opencc-js") as { Converter: (o: { from: string; to: string }) => (s: string) => string };
  const trad = Converter({ from: "cn", to: "hk" });
  const colIndex = (l: string) => l.charCodeAt(0) - 64;
  const sources: { id: string; rows: [string, number][] }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".truth.json")).sort()) {
    const t = JSON.parse(readFileSync(join(dir, f), "utf8"));
    if (t.family !== "evaluation-summary") continue;
    const u = t.columns?.unit;
    const s = t.columns?.score;
    if (typeof u !== "string" || typeof s !== "string" || !/^[A-Z]$/.test(u) || !/^[A-Z]$/.test(s)) continue;
    const j = JSON.parse(readFileSync(join(dir, t.id ? t.id + ".json" : f.replace(".truth.json", ".json")), "utf8"));
    const rows: [string, number][] = [];
    for (const row of (j.grid as unknown[][]).slice(t.header_row ?? 0)) {
      const name = String(row[colIndex(u) - 1] ?? "").trim();
      const v = Number(String(row[colIndex(s) - 1] ?? "").trim());
      if (name && /[\u4e00-\u9fa5]/.test(name) && Number.isFinite(v) && String(row[colIndex(s) - 1]).trim() !== "" && v <= 120) rows.push([name, v]);
    }
    if (rows.length >= 3) sources.push({ id: f, rows });
  }
  const grade = (v: number) => (v >= 90 ? "优秀" : v >= 80 ? "良好" : v >= 60 ? "合格" : "不合格");
  const shapes: [string, (rows: [string, number][]) => string[]][] = [
    ["bracket", (rows) => ["一、得分情况", ...rows.map(([n, v]) => `${n}(${v}分)`)]],
    ["bracket-grade", (rows) => ["考核得分情况通报", ...rows.map(([n, v]) => `${n}(${v}分)(${grade(v)}等次)`)]],
    ["traditional-fullwidth", (rows) => [trad("二、得分情况"), ...rows.map(([n, v]) => trad(`${n}（${v}分）`))]],
    ["spaces", (rows) => rows.map(([n, v]) => `${n.length > 2 ? n.slice(0, 2) + " " + n.slice(2) : n} (${v} 分)`)],
    // (the scores scaled below 60 — a notice's 处置差的 list: the figures a rubric's items could carry, with their fractions)
    ["low-scores", (rows) => ["2、案件处置差的单位", ...rows.map(([n, v]) => `${n}(${Math.round(v * 60) / 100}分)`)]],
    ["groups", (rows) => ["(一)第一组", ...rows.slice(0, Math.ceil(rows.length / 2)).map(([n, v]) => `${n}(${v}分)`), "(二)第二组", ...rows.slice(Math.ceil(rows.length / 2)).map(([n, v]) => `${n}(${v}分)`)]],
  ];
  test("no variant is named a rubric", () => {
    expect(sources.length).toBeGreaterThanOrEqual(8);
    const named: string[] = [];
    let n = 0;
    for (const s of sources) {
      for (const [shape, print] of shapes) {
        n++;
        if (familyOf(col(print(s.rows))) === "indicator-system") named.push(`${shape} ${s.id}`);
      }
    }
    expect({ n: n === sources.length * shapes.length, named }).toEqual({ n: true, named: [] });
  });
});

/**
 * fb47 (2): the 共 / 合计 sentence reader (sentence-sums.ts, its older half) with grad47b's guards: a list closed by 等,
 * falling short of the total by more than half, or running to the text's end with no stop (a stored page cut there) lists
 * only some of the total — its parts may not exceed it (atMost), no exact sum. A closed list of three parts or more still
 * adds up (equal), and a part too big is still flagged.
 */
describe("the 共 / 合计 sentences: a partial list is no exact sum", () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { sentenceSums } = require("../../src/core/recognise/sentence-sums") as typeof import("../../src/core/recognise/sentence-sums");
  const sums = (texts: string[]) =>
    sentenceSums(col(texts)).map((r) => `${r.total.cell} ${r.total.value} = ${r.parts.map((p) => p.value).join(" + ")} (${r.bound})`);
  test.each([
    ["a list closed by 等", "全年共下达资金5000万元,其中A县1000万元、B县800万元、C县600万元等。", "A1 5000 = 1000 + 800 + 600 (atMost)"],
    ["繁體, 等 after the last part", "全年共下達資金5000萬元,其中甲縣1000萬元,乙縣800萬元,丙縣600萬元等,用於救助。", "A1 5000 = 1000 + 800 + 600 (atMost)"],
    ["short by more than half, closed", "项目总投资1200万元,其中设备购置200万元,安装工程150万元,培训50万元。", "A1 1200 = 200 + 150 + 50 (atMost)"],
    ["running off the text (a cut page)", "本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长基本报酬252000元,村级事务补助", "A1 2026400 = 400000 + 252000 (atMost)"],
    ["a closed list adding up: exact, as before", "本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长基本报酬252000元,村级事务补助1374400元。", "A1 2026400 = 400000 + 252000 + 1374400 (equal)"],
    ["a closed list in two units, more than half: exact", "合计安排资金300万元,其中省级资金1000000元,市级资金1000000元,县级资金900000元。", "A1 300 = 1000000 + 1000000 + 900000 (equal)"],
    ["the list cut three parts in: no exact sum", "共计下达补助资金800万元,其中城区300万元,东乡200万元,西乡150万元", "A1 800 = 300 + 200 + 150 (atMost)"],
  ])("%s", (_, text, want) => {
    expect(sums([text])).toEqual([want]);
  });

  test("a partial list whose parts exceed the total is still flagged; one that falls short is not", () => {
    const over = review(col(["全年共下达资金5000万元,其中A县3000万元、B县1800万元、C县600万元等。"]), "national");
    const under = review(col(["全年共下达资金5000万元,其中A县1000万元、B县800万元、C县600万元等。"]), "national");
    const ids = (r: ReturnType<typeof review>) => r.findings.filter((f) => f.cell === "A1").map((f) => f.rule);
    expect(ids(over)).toContain("total-mismatch");
    expect(ids(under)).toEqual([]);
  });
});
