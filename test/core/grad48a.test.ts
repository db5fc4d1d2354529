import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { reportResult } from "../../src/core/recognise/report-scores";
import { sentenceSums } from "../../src/core/recognise/sentence-sums";
import { countedLists, restatedTotals, statedWholeScore, totalsAfterParts } from "../../src/core/recognise/prose-counts";
import { evaluateRelation } from "../../src/core/relations";
import { review } from "../../src/core/review";
import type { SumRelation } from "../../src/core/model/types";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * grad48a (session 48; grad48a-diagnosis.md): what a report's prose states of its own figures — a count before the names it
 * counts, a score stated once in a sentence, one total stated twice over the same K parts, a total after its parts
 * (recognise/prose-counts.ts). The graduated sheets, variants generated from the corpus's truths of each class (the count
 * of those read is against sources × shapes, never a fixed number), the near shapes that must not be read or flagged.
 */
type Row = (string | number)[];
const doc = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((l) => [l] as Row), []);
const real = (id: string) => jsonGrid(join(FIXTURES, "real", `${id}.json`));
const flags = (grid: Grid) => review(grid, "national").findings.map((f) => `${f.rule}@${f.cell}`);
const show = (r: SumRelation) => `${r.total.cell} ${r.total.value} ${evaluateRelation(r).ok ? "=" : "≠"} ${r.parts.length}`;

/** a few 繁體 forms of the words these sheets use (the engine's normalisation reads them back) */
const TRAD: Record<string, string> = { 县: "縣", 国: "國", 财: "財", 务: "務", 为: "為", 个: "個", 会: "會", 计: "計", 资: "資", 金: "金", 项: "項", 类: "類", 万: "萬", 评: "評", 综: "綜", 合: "合", 单: "單", 位: "位", 属: "屬", 业: "業", 费: "費", 经: "經", 用: "用", 于: "於", 规: "規", 模: "模" };
const trad = (s: string) => [...s].map((ch) => TRAD[ch] ?? ch).join("");
/** a PDF's line breaks: a space every seven characters */
const spaced = (s: string) => s.replace(/(.{7})/g, "$1 ");

describe("the graduated sheets", () => {
  test("南县财政局: the total 97 at A3 ('综合评分为97分'); A6 '直属事业单位10个,即' naming nine flagged; A10 3 = 3 holds", () => {
    const grid = real("hn-nanxian-finance-bureau-dept-eval-report-2020-excerpt");
    const m = recognise(grid);
    expect([m.totals?.score?.value, m.totals?.score?.cell]).toEqual([97, "A3"]);
    expect(countedLists(grid).map(show)).toEqual(["A6 10 ≠ 9", "A10 3 = 3"]);
    expect(flags(grid)).toEqual(["total-mismatch@A6"]);
  });
  test("医保局 监控报告 (繁體): A8 '共计2646.34萬元,計劃用于6類' against A5's six parts adding to 2535.4", () => {
    const grid = real("cn-district-medical-insurance-special-funds-monitoring-report-excerpt-trad");
    const rs = restatedTotals(grid, sentenceSums(grid));
    expect(rs.map(show)).toEqual(["A8 2646.34 ≠ 6"]);
    expect(rs[0].parts.reduce((a, p) => a + p.value, 0)).toBeCloseTo(2535.4, 6);
    expect(rs[0].parts.every((p) => p.cell === "A5")).toBe(true);
    expect(flags(grid)).toEqual(["total-mismatch@A8"]);
  });
  test("渔政执法经费: '公务船艇维修35800元,渔政执法办公经费12200元,共计48000元' read and holding; nothing flagged", () => {
    const grid = real("hn-nanxian-fishery-enforcement-funds-eval-report-2021-excerpt");
    expect(totalsAfterParts(grid).map(show)).toEqual(["A2 48000 = 2"]);
    expect(flags(grid)).toEqual([]);
  });
  test("the corpus's other counted lists hold: 长沙城管 A10 8 = 8 (、), A11 18 = 18 (';' with 、 inside names)", () => {
    const grid = real("hn-changsha-urban-management-projects-monitoring-report-2022-excerpt");
    expect(countedLists(grid).map(show)).toEqual(["A10 8 = 8", "A11 18 = 18"]);
  });
});

// —— a count and its list: variants generated from the corpus's lists ——

/** the real lists of the class (names as the truths and grids give them) */
const LISTS: { subject: string; names: string[] }[] = [
  { subject: "直属事业单位", names: ["县国库集中支付中心", "县财政信息中心", "县工资统发中心", "县财政投资评审中心", "县政府债务研究评估中心", "县财政预算编审中心", "县国有资产服务中心", "县会计服务中心", "县经济开发区财政所"] },
  { subject: "纳入部门预算编制范围的单位", names: ["南县财政局机关本级", "南县财政事务中心", "南县国库集中支付中心"] },
  { subject: "部门项目", names: ["市城管委工作经费", "小城镇管理经费", "西中心办公用房租赁及运行费", "临聘企业军转干部经费", "生活垃圾分类展示馆运行维护费", "派驻纪检监察组办公经费", "文明创建", "餐厨垃圾处理展示馆运行费"] },
];
/** the class's shapes: opener, unit, order, the last name joined by 和, 繁體, spaces from line breaks, a colon */
const SHAPES: ((subject: string, n: number | string, names: string[]) => string)[] = [
  (s, n, xs) => `${s}${n}个,即${xs.join("、")}。`,
  (s, n, xs) => `${s}有${n}个,分别为${xs.slice(0, -1).join("、")}和${xs[xs.length - 1]}。`,
  (s, n, xs) => `${s}共${n}家,具体为:${xs.join("、")}。`,
  (s, n, xs) => `下设${n}个${s},分别是${xs.join("、")}。`,
  (s, n, xs) => `${s}共${n}个,分别为:${xs.join(";")}。`,
  (s, n, xs) => trad(`${s}${n}个,即${xs.join("、")}。`),
  (s, n, xs) => spaced(`本单位${s}${n}个,分别为${xs.join("、")}。其他情况详见附表。`),
  (s, n, xs) => `${s}${n}个,包括${xs.slice(0, -1).join("、")}及${xs[xs.length - 1]}`,
];
const CN = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];

describe("a count and its list (generated: every real list × every shape, the count right, a name dropped, the count changed)", () => {
  const all: { text: string; expect: string }[] = [];
  for (const { subject, names } of LISTS) {
    SHAPES.forEach((shape, k) => {
      const n = names.length;
      // (the count in Chinese numerals in every other shape, where small)
      const count = (v: number) => (k % 2 === 1 && v <= 10 ? CN[v] : v);
      all.push({ text: shape(subject, count(n), names), expect: "=" });
      all.push({ text: shape(subject, count(n), names.slice(0, -2).concat(names.slice(-1))), expect: "≠" });
      all.push({ text: shape(subject, count(n + 1), names), expect: "≠" });
    });
  }
  test(`all ${LISTS.length} lists × ${SHAPES.length} shapes × 3 read, each as it should (holds / breaks)`, () => {
    const read = all.filter(({ text, expect: e }) => {
      const rs = countedLists(doc(["一、基本情况", text]));
      return rs.length === 1 && (evaluateRelation(rs[0]).ok ? "=" : "≠") === e;
    });
    expect(all.filter((x) => !read.includes(x)).map((x) => `${x.expect} ${x.text}`)).toEqual([]);
  });
  test("the slip is reported at its cell by the review (total-mismatch), the right count is not", () => {
    const right = `直属事业单位3个,即县财政信息中心、县工资统发中心、县会计服务中心。`;
    expect(flags(doc(["一、基本情况", right]))).toEqual([]);
    expect(flags(doc(["一、基本情况", right.replace("3个", "4个")]))).toContain("total-mismatch@A2");
  });
  test.each([
    ["a list closed by 等", "下设办公室、预算股、人事教育股等16个股室;直属单位3个,即县财政信息中心、县工资统发中心等。"],
    ["a count of people against names of groups", "现有编制人员20人,分别为局机关、财政事务中心和国库集中支付中心。"],
    ["kinds of what is counted", "项目单位设置了11个指标,包含数量类、时效类、质量类、效果类指标。"],
    ["kinds ending with the counted thing's word", "共设置12个绩效指标,即产出指标、效益指标和满意度指标。"],
    ["the list runs on into another clause", "单位有5个,分别为县财政信息中心、县工资统发中心,均为全额拨款事业单位。"],
    ["为 with no comma: a rule", "每3个为一组,分组考核、交叉检查。"],
    ["counts inside the list (a breakdown, sentence-sums' and text-shares')", "单位有3个,即机关本级2个、事业单位1个。"],
    ["nested brackets left open", "单位有3个,即县财政信息中心(含(分中心、县工资统发中心。"],
    ["the list in the next lines (nothing after the opener)", "在具体指标中设立13个三级指标,分别是"],
    ["包括 opening examples", "本项目共涉及15个乡镇,包括甲镇、乙镇和丙镇。"],
    ["fewer than half the count named", "直属单位10个,即县财政信息中心、县工资统发中心。"],
  ])("not read: %s", (_w, text) => {
    expect(countedLists(doc(["一、基本情况", text])).map(show)).toEqual([]);
  });
  test("a joiner parts two names only where the words before it end as the list's names end, or closing the list", () => {
    // ('县住房和城乡建设服务中心': 房 ends no name of the list — one name; '…中心和…中心' among names in 中心 — two)
    const one = (n: number) => `局属单位${n}个,即县住房和城乡建设服务中心、县人力资源和社会保障服务中心、县会计服务中心。`;
    expect([2, 3, 4, 5].map((n) => countedLists(doc([one(n)])).map(show).join())).toEqual(["A1 2 ≠ 3", "A1 3 = 3", "A1 4 ≠ 3", "A1 5 ≠ 3"]);
    const two = (n: number) => `局属单位${n}个,即县会计服务中心、县财政事务中心和县国库集中支付中心。`;
    expect([2, 3, 4].map((n) => countedLists(doc([two(n)])).map(show).join())).toEqual(["A1 2 ≠ 3", "A1 3 = 3", "A1 4 ≠ 3"]);
  });
});

// —— a score stated once ——

const SCORE_WORDS = ["综合评分为", "综合评分", "综合得分为", "绩效评分为", "绩效评价得分为", "绩效评价得分:", "综合评价得分", "最终评分为", "最终得分", "评价总得分为", "自评综合得分", "整体评分为"];
describe("a score stated once in a report's sentence (generated: every wording × plain, 繁體, spaced)", () => {
  const lines = (w: string, f: (s: string) => string) => [
    "某局2020年度整体支出绩效评价报告",
    "一、自评得分情况",
    f(`按照部门整体支出绩效评价指标体系,对本局2020年度整体支出开展了绩效评价,${w}97分。`),
    "二、单位基本概况",
  ];
  const forms = [(s: string) => s, trad, spaced];
  test(`all ${SCORE_WORDS.length} wordings × ${forms.length} forms read as the whole at A3`, () => {
    const read = SCORE_WORDS.flatMap((w) => forms.map((f) => reportResult(doc(lines(w, f))))).filter((r) => r?.totals?.score?.value === 97 && r.totals.score.cell === "A3");
    expect(read.length).toBe(SCORE_WORDS.length * forms.length);
  });
  test.each([
    ["an indicator's score", "产出指标得分40分。"],
    ["a project's own score word", "项目绩效得分40分"],
    ["a section's score", "(一)产出指标(自评得分20分)"],
  ])("no whole: %s", (_w, text) => {
    expect(statedWholeScore(text.replace(/[()]/g, (c) => (c === "(" ? "(" : ")")))).toBe(false);
  });
  test("a band's rule ('综合评分90分以上的为优'): no whole", () => {
    expect(reportResult(doc(["绩效评价报告", "综合评分90分以上的为优。"]))).toBeNull();
  });
  test("two different wholes stated: none read", () => {
    expect(reportResult(doc(["绩效评价报告", "综合评分为97分。", "绩效评价得分为95分。"]))).toBeNull();
  });
});

// —— one total stated twice ——

const FUNDS: [string, number][] = [
  ["特殊人群医疗保险基金项目资金", 500],
  ["城乡居民医疗保险区级配套资金项目资金", 1740],
  ["健康扶贫一站式结算住院医疗救助资金项目资金", 200],
  ["医保基金监管、稽核管理运行费项目资金", 20],
  ["医保内网信息网络专线服务费资金项目", 15.4],
  ["城乡居民基本医疗保险参保筹资代办工作经费项目资金", 60],
];
const listLine = (xs: [string, number][]) => `(一)项目概况:资金规模共计${Math.round(xs.reduce((a, x) => a + x[1], 0) * 100) / 100}万元,其中:${xs.map(([n, v]) => `${n}${v}万元`).join(",")}。`;
const RESTATE: ((total: string, k: number) => string)[] = [
  (t, k) => `(三)资金安排落实情况:本级财政预算安排专项资金共计${t}万元,计划用于${k}类专项支出,截至6月30日已到位600万元。`,
  (t, k) => `本年度专项资金合计${t}万元,分为${k}项。`,
  (t, k) => `专项资金总额${t}万元,涉及${CN[k] ?? k}个项目。`,
  (t, k) => trad(`专项资金共计${t}万元,计划用于${k}类专项支出。`),
  (t, k) => spaced(`安排医保局专项资金共计${t}万元,计划用于${k}类专项支出。`),
];
describe("one total stated twice (generated from the 医保 sheet's six funds and sub-lists of them: every list × every wording, the same total, another)", () => {
  const lists = [FUNDS, FUNDS.slice(0, 3), FUNDS.slice(1, 5), [...FUNDS].reverse()];
  test(`all ${lists.length} lists × ${RESTATE.length} wordings: another total flagged at its cell, the same total not`, () => {
    let read = 0;
    for (const xs of lists) {
      const sum = Math.round(xs.reduce((a, x) => a + x[1], 0) * 100) / 100;
      for (const f of RESTATE) {
        const slip = doc(["一、项目支出基本情况", listLine(xs), "(二)项目实施期限:2023年。", f(String(sum + 110.94), xs.length)]);
        const same = doc(["一、项目支出基本情况", listLine(xs), "(二)项目实施期限:2023年。", f(String(sum), xs.length)]);
        const a = restatedTotals(slip, sentenceSums(slip)).map(show);
        const b = restatedTotals(same, sentenceSums(same)).map(show);
        if (a.length === 1 && a[0] === `A4 ${sum + 110.94} ≠ ${xs.length}` && b.length === 0) read++;
      }
    }
    expect(read).toBe(lists.length * RESTATE.length);
  });
  test("the review reports it at A4 (total-mismatch), the list's own line holds", () => {
    expect(flags(doc(["一、项目支出基本情况", listLine(FUNDS), "(二)项目实施期限:2023年。", RESTATE[0]("2646.34", 6)]))).toEqual(["total-mismatch@A4"]);
  });
  test.each([
    ["another count of kinds", (t: string) => `专项资金共计${t}万元,计划用于5类专项支出。`],
    ["a budget adjusted", (t: string) => `调整后预算共计${t}万元,计划用于6类专项支出。`],
    ["last year's", (t: string) => `上年专项资金共计${t}万元,用于6类支出。`],
    ["spent, not planned", (t: string) => `实际支出共计${t}万元,用于6类支出。`],
    ["no count of kinds", (t: string) => `专项资金共计${t}万元。`],
  ])("not read: %s", (_w, f) => {
    const grid = doc(["一、项目支出基本情况", listLine(FUNDS), f("2646.34")]);
    expect(restatedTotals(grid, sentenceSums(grid)).map(show)).toEqual([]);
  });
  test("two lists of six parts: which one is restated is unsure, none read", () => {
    const grid = doc([listLine(FUNDS), listLine(FUNDS.map(([n, v]) => [n + "(下年)", v + 1])), RESTATE[1]("2646.34", 6)]);
    expect(restatedTotals(grid, sentenceSums(grid)).map(show)).toEqual([]);
  });
});

// —— a total after its parts ——

const AFTER_SOURCES: [string, number][][] = [
  [["公务船艇维修", 35800], ["渔政执法办公经费", 12200]],
  [["项目开工前期勘察设计审批需", 20], ["进度督导检查、工程质量监督检查需", 20], ["财务审计、工程竣工验收需", 10]],
];
const AFTER_SHAPES: ((xs: [string, number][], unit: string, total: number) => string)[] = [
  (xs, u, t) => `3、专项资金的使用。${xs.map(([n, v]) => `${n}${v}${u}`).join(",")},共计${t}${u};`,
  (xs, u, t) => `${xs.map(([n, v]) => `${n}${v}${u}`).join(";")},合计${t}${u}。`,
  (xs, u, t) => trad(`资金使用:${xs.map(([n, v]) => `${n}为${v}${u}`).join(",")},总计${t}${u}。`),
  (xs, u, t) => spaced(`资金使用情况如下。${xs.map(([n, v]) => `${n} ${v} ${u}`).join(",")},共计 ${t} ${u}。`),
];
describe("a total after its parts (generated: every real sentence × every shape × 元 / 万元, the sum right and a slip)", () => {
  test(`all ${AFTER_SOURCES.length} × ${AFTER_SHAPES.length} × 2 × 2 read as they should`, () => {
    let read = 0;
    for (const xs of AFTER_SOURCES)
      for (const f of AFTER_SHAPES)
        for (const u of ["元", "万元"]) {
          const sum = xs.reduce((a, x) => a + x[1], 0);
          const ok = totalsAfterParts(doc([f(xs, u, sum)])).map(show);
          const bad = totalsAfterParts(doc([f(xs, u, sum + 100)])).map(show);
          if (ok.join() === `A1 ${sum} = ${xs.length}` && bad.join() === `A1 ${sum + 100} ≠ ${xs.length}`) read++;
        }
    expect(read).toBe(AFTER_SOURCES.length * AFTER_SHAPES.length * 2);
  });
  test.each([
    ["budget then paid", "年初预算100万元,已拨付80万元,共计180万元。"],
    ["a standard per head", "每人补助500元,每户补助300元,共计800元。"],
    ["a 其中 list closing with its total again", "项目总投资100万元,其中设备50万元,安装30万元,共计80万元。"],
    ["one part only", "公务船艇维修35800元,共计35800元。"],
    ["parts in another unit", "维修3.58万元,办公经费12200元,共计48000元。"],
  ])("not read: %s", (_w, text) => {
    expect(totalsAfterParts(doc([text])).map(show)).toEqual([]);
  });
});
