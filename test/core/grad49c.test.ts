import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { proseDigits } from "../../src/core/recognise/prose-rates";
import { arabicCounts, surveyWhole, wholeShareLists } from "../../src/core/relations/stated-whole-shares";
import { fullWidth, listSources, measureLists, measureSurveys, PERIOD_NEAR, PERIOD_SHAPES, spaced, SURVEY_NEAR, SURVEY_SHAPES, toTraditional } from "./grad49b-shapes";
import { linesGrid as doc, errorFlags as errors } from "../helpers";

/**
 * grad49c (session 49, round 2; grad49c-diagnosis.md): the next variants of grad49b's classes —
 * 1. a survey's respondents stated once for the document are the whole of every question's counts below them
 *    (relations/stated-whole-shares.ts: surveyWhole, wholeShareLists' `survey`);
 * 2. a part's amounts for two periods in one clause, then their change and its rate (relations/inline-changes.ts:
 *    periodChangesOf).
 * Hand variants, near shapes that must not flag, and (2) the corpus's own budget lists printed again in the shape
 * (grad49b-shapes.ts PERIOD_SHAPES).
 */
type Row = (string | number)[];
const REAL = join(__dirname, "..", "fixtures", "real");
const realGrid = (id: string) => {
  const g = JSON.parse(readFileSync(join(REAL, `${id}.json`), "utf8")).grid as Row[];
  return Grid.fromValues("Sheet1", g.map((r) => r.map((x) => (x === null ? "" : x))), []);
};

describe("1. a survey's respondents are the whole of every question's counts below them", () => {
  test("湘潭县 (繁體): 258名 (A3) is the whole of question 3's 140 + 54 + 64 = 258; 140 / 258 = 54.26%, printed 55.1% (A7)", () => {
    const r = review(realGrid("hn-xiangtan-county-urban-construction-environment-survey-results-2017-trad"), "national");
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`)).toEqual(["ratio-mismatch@A7"]);
    const x = r.model.relations.find((y) => y.id === "ratio:A7:whole-share");
    expect(x && x.kind === "ratio" && [x.numerator.value, x.denominator.value, x.denominator.cell, x.stated.text]).toEqual([140, 258, "A3", "55.1"]);
  });

  test("the respondents' statements: 共有N名…参与, 收回有效问卷N份, N人参与了本次调查, 受访者共N人 (and 繁體)", () => {
    const w = (t: string) => {
      const x = surveyWhole(proseDigits(t)!);
      return x && `${x.value}${x.unit}`;
    };
    expect(w("本次问卷调查共有258名网民参与。")).toBe("258名");
    expect(w("本次調查共有258名網民參與。")).toBe("258名");
    expect(w("共发放问卷300份,收回有效问卷285份。")).toBe("285份");
    expect(w("全县共有1200名群众参与了本次满意度调查。")).toBe("1200名");
    expect(w("受访者共420人,其中男性200人。")).toBe("420人");
    expect(w("本次测评共有86位服务对象参加。")).toBe("86位");
    // (no survey's respondents: a count of villages surveyed, a population)
    expect(w("本次调查了12个村,共走访农户300户。")).toBeNull();
    expect(w("全县共有户籍人口52万人。")).toBeNull();
  });

  test("lists read below the respondents: complete counts → shares over the whole; 人 / 名 / 票 / 份 one unit", () => {
    const lists = (t: string) =>
      wholeShareLists(proseDigits(t)!, { value: 258, digits: "258", unit: "名" }).map((l) => `${l.whole} ${l.items.map((x) => `${x.count}:${x.share}`).join(" ")} ${l.reads}${l.far ? ` far ${l.far.item.share}` : ""}`);
    expect(lists("认为优越的自然生态环境140人占55.1%,认为完善的城市基础设施的54人占20%,认为良好的居住环境64人的占24.9%;")).toEqual(["258 140:55.1 54:20 64:24.9 shares far 55.1"]);
    // (201票 and 52人: one question's answers; 52 / 258 = 20.16% cut to 20.1, within a step)
    expect(lists("非常满意201票占77.9%,满意52人占20.1%,满意率达到90%以上;")).toEqual(["258 201:77.9 52:20.1 shares"]);
    // (several-choice: 85 + 34 + 56 = 175, one share agreeing: no evidence of the base, nothing stated)
    expect(lists("城市缺乏人文特色的85人占33.2%,广场、绿地偏少的34人占13.39%,环境卫生较差的56人占21.7%;")).toEqual(["258 85:33.2 34:13.39 56:21.7 none"]);
  });

  test("near variants, each with a slip: simplified, 收回有效问卷N份, the whole in the same cell, 受访者, (占x%) brackets, 佔 full-width, PDF spaces", () => {
    const q = "您对城市建设的评价:认为变化很大的180人占69.8%,认为有些变化的50人占29.4%,认为没有变化的28人占10.9%。"; // 50 / 258 = 19.4%
    expect(errors(doc(["城市建设问卷调查结果", "本次问卷调查共有258名网民参与。", q]))).toEqual(["ratio-mismatch@A3"]);
    expect(errors(doc(["满意度调查报告", "本次共发放问卷300份,收回有效问卷258份。", q]))).toEqual(["ratio-mismatch@A3"]);
    expect(errors(doc(["满意度调查报告", `共有258人参与了本次调查。${q}`]))).toEqual(["ratio-mismatch@A2"]);
    expect(errors(doc(["满意度调查报告", "受访者共258人。", "一、调查结果", "认为变化很大的180名(占69.8%),认为有些变化的50名(占29.4%),认为没有变化的28名(占10.9%)。"]))).toEqual(["ratio-mismatch@A4"]);
    expect(errors(doc(["滿意度調查報告", "本次問卷調查共有258名網民參與。", toTraditional(fullWidth("認為變化很大的180人佔69.8%,認為有些變化的50人佔29.4%,認為沒有變化的28人佔10.9%。"))]))).toEqual(["ratio-mismatch@A3"]);
    expect(errors(doc(["满意度调查报告", spaced("本次问卷调查共有258名网民参与。"), spaced(q)]))).toEqual(["ratio-mismatch@A3"]);
    // (the same lists with the right shares: nothing)
    const right = q.replace("29.4%", "19.4%");
    expect(errors(doc(["城市建设问卷调查结果", "本次问卷调查共有258名网民参与。", right]))).toEqual([]);
  });

  test("two surveys in one sheet: each question's whole is the nearest respondents above it", () => {
    const q = (a: number, b: number, sa: string, sb: string) => `认为满意的${a}人占${sa}%,认为不满意的${b}人占${sb}%。`;
    const g = doc(["两项问卷调查结果", "一、群众满意度调查共有200名群众参与。", q(150, 50, "75", "25"), "二、企业问卷调查共有80名企业代表参与。", q(60, 20, "75", "30")]); // 20 / 80 = 25%
    expect(errors(g)).toEqual(["ratio-mismatch@A5"]);
    const ok = doc(["两项问卷调查结果", "一、群众满意度调查共有200名群众参与。", q(150, 50, "75", "25"), "二、企业问卷调查共有80名企业代表参与。", q(60, 20, "75", "25")]);
    expect(errors(ok)).toEqual([]);
  });

  test("near shapes that must not flag (each list with a slip a wrong reading would flag)", () => {
    const slip = "认为变化很大的180人占69.8%,认为有些变化的50人占29.4%,认为没有变化的28人占10.9%。";
    // (no survey's respondents stated: counts of no whole)
    expect(errors(doc(["城市建设情况", "全县户籍人口258万人。", slip]))).toEqual([]);
    // (the respondents stated below the answers)
    expect(errors(doc(["城市建设问卷调查结果", slip, "本次问卷调查共有258名网民参与。"]))).toEqual([]);
    // (a question some did not answer: counts 250, shares over 250 adding up to 100 — no sum against the 258)
    expect(errors(doc(["城市建设问卷调查结果", "本次问卷调查共有258名网民参与。", "认为变化很大的175人占70%,认为有些变化的50人占20%,认为没有变化的25人占10%。"]))).toEqual([]);
    // (several-choice answers: counts overrunning nothing, one share of the whole agreeing)
    expect(errors(doc(["城市建设问卷调查结果", "本次问卷调查共有258名网民参与。", "认为缺乏人文特色的85人占33.2%,认为绿地偏少的34人占13.39%,认为卫生较差的56人占21.7%。"]))).toEqual([]);
    // (counts of another unit than the respondents': villages)
    expect(errors(doc(["城市建设问卷调查结果", "本次问卷调查共有258名网民参与。", "已完成的180个占69.8%,推进中的50个占29.4%,未开工的28个占10.9%。"]))).toEqual([]);
  });
});

describe("2. a part's amounts for two periods in one clause, then their change", () => {
  test("英德 A2: 公务接待费 12.5 − 8 = 4.5, not 4.35 (total-mismatch); 35.22% is not 4.35 / 12.5 (ratio-mismatch); 2015's parts 57.7 against 57.55; the whole's and 车辆's changes hold", () => {
    const r = review(realGrid("gd-qingyuan-yingde-econ-info-bureau-three-public-expenses-budget-2016"), "national");
    // (and the 2015 parts against their whole: 12.5 + 45.2 = 57.7, not 57.55, where 2016's 8 + 25 = 33 holds — the truth's
    // one slip, the 12.5, seen from its year's whole as from its change)
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`).sort()).toEqual(["ratio-mismatch@A2", "total-mismatch@A2", "total-mismatch@A2"]);
    const sum = r.model.relations.find((x) => x.id === "sum:inline-change:A2:periods:2015:0");
    expect(sum && sum.kind === "sum" && [sum.total.value, sum.parts.map((p) => p.value)]).toEqual([57.55, [12.5, 45.2]]);
    const d = r.model.relations.filter((x) => x.kind === "difference" && /inline-change:A2:periods/.test(x.id));
    expect(d.map((x) => x.kind === "difference" && `${x.label} ${x.result.value} = ${x.minuend.value} − ${x.subtrahends.map((y) => y.value).join(" − ")}`)).toEqual([
      "三公经费减少 24.55 = 57.55 − 33",
      "公务接待费减少 4.35 = 12.5 − 8",
      "公务车辆运行减少 20.2 = 45.2 − 25",
    ]);
  });

  test("near variants: the earlier year first, 较之, 增(减)率 negative, the name repeated, 增加 / 增长率, 繁體 full-width, 元", () => {
    const one = (t: string) => errors(doc(["三公经费预算对比说明", t]));
    expect(one("公务用车运行维护费2023年决算30万元,2022年决算36万元,相比下降6万元,下降率16.67%。")).toEqual([]);
    expect(one("公务用车运行维护费2023年决算30万元,2022年决算36万元,相比下降5万元,下降率13.89%。")).toEqual(["total-mismatch@A2"]);
    expect(one("公务接待费2015年支出12.5万元;2016年支出8万元;较之减少4.5万元;增(减)率-36%。")).toEqual([]);
    expect(one("公务接待费2015年支出12.5万元;2016年支出8万元;较之减少4.5万元;增(减)率-30%。")).toEqual(["ratio-mismatch@A2"]);
    expect(one("公务接待费2016年预算8万元,公务接待费2015年预算12.5万元,比较减少4.5万元。")).toEqual([]);
    expect(one("培训费2024年预算15万元,2023年预算12万元,与上年相比增加3万元,增长率25%。")).toEqual([]);
    expect(one("培训费2024年预算15万元,2023年预算12万元,与上年相比增加4万元,增长率25%。")).toEqual(["total-mismatch@A2"]);
    expect(one(toTraditional(fullWidth("公務接待費2016年預算8萬元,2015年預算12.5萬元;對比減少4.35萬元。")))).toEqual(["total-mismatch@A2"]);
    expect(one("会议费2024年度预算52000元,2023年度预算60000元,对比减少8000元,减少率13.33%。")).toEqual([]);
  });

  test("the whole's clause, then 其中 its parts' clauses: each year's parts against its whole where the other year's add up", () => {
    const sheet = (w15: string, ch: string, p15: string) =>
      doc(["三公经费预算对比增减说明", `2016年三公经费预算拨入33万元,2015年三公经费预算拨入${w15}万元,与上年对比减少${ch}万元。其中:1、公务接待费2016年预算8万元,2015年预算${p15}万元;对比减少4.35万元。2、公务车辆运行2016年预算25万元,2015年预算45.2万元;对比减少20.20万元。`]);
    // (every change holds; 2016: 8 + 25 = 33, so 2015's 12.35 + 45.2 = 57.55 against a stated 57.7 is the slip)
    expect(errors(sheet("57.7", "24.7", "12.35"))).toEqual(["total-mismatch@A2"]);
    const r = review(sheet("57.7", "24.7", "12.35"), "national");
    const sum = r.model.relations.find((x) => x.id === "sum:inline-change:A2:periods:2015:0");
    expect(sum && sum.kind === "sum" && [sum.total.value, sum.parts.map((p) => p.value)]).toEqual([57.7, [12.35, 45.2]]);
    expect(errors(sheet("57.55", "24.55", "12.35"))).toEqual([]);
    // (neither year adding up — a note naming only some parts: no sum read)
    const some = doc(["三公经费预算对比说明", "2016年三公经费预算拨入40万元,2015年三公经费预算拨入60万元,与上年对比减少20万元。其中:1、公务接待费2016年预算8万元,2015年预算12.5万元;对比减少4.5万元。2、公务车辆运行2016年预算25万元,2015年预算45.2万元;对比减少20.20万元。"]);
    expect(errors(some)).toEqual([]);
  });

  test("near shapes that must not flag: one year twice, another thing's change, a change with no amount, amounts in two units", () => {
    const one = (t: string) => errors(doc(["三公经费预算对比说明", t]));
    expect(one("公务接待费2024年预算8万元,2024年执行12.5万元,对比减少4.35万元。")).toEqual([]);
    expect(one("公务接待费2016年预算8万元,2015年预算12.5万元,人员经费减少4.35万元。")).toEqual([]);
    expect(one("公务接待费2016年预算8万元,2015年预算12.5万元,主要原因是减少接待批次。")).toEqual([]);
    expect(one("公务接待费2016年预算8万元,2015年预算125000元,对比减少4.35万元。")).toEqual([]);
  });
});

describe("2. generated: the corpus's budget lists printed in the two-period shape (grad49b-shapes.ts PERIOD_SHAPES)", () => {
  const all = listSources();
  const run = (g: Grid) => review(g, "national");
  test("the sources: every real truth's budget line with two named parts (a count relative to the corpus)", () => {
    expect(all.length).toBeGreaterThanOrEqual(10);
  });
  test.each(PERIOD_SHAPES.map((s) => [s.name, s] as const))("shape %s: nearly every clean print read and unflagged, every slip found", (_n, shape) => {
    const [m] = measureLists([shape], all, run);
    expect(m.falseFlags).toBe(0);
    expect(m.read).toBeGreaterThanOrEqual(Math.floor(0.9 * m.sources));
    expect(m.slips).toBeGreaterThanOrEqual(Math.floor(0.9 * m.sources));
  });
  test.each(PERIOD_NEAR.map((s) => [s.name, s] as const))("near shape %s: nothing flagged", (_n, shape) => {
    const [m] = measureLists([shape], all, run);
    expect(m.falseFlags).toBe(0);
    expect(m.slips).toBe(0);
  });
});

describe("1. generated: the class's real sentences printed as a survey's questions (grad49b-shapes.ts SURVEY_SHAPES)", () => {
  const run = (g: Grid) => review(g, "national");
  test.each(SURVEY_SHAPES.map((s) => [s.name, s] as const))("shape %s: every clean and rounded print unflagged, every slip found", (_n, shape) => {
    const [m] = measureSurveys([shape], run);
    expect({ clean: m.clean, rounded: m.rounded, slips: m.slips }).toEqual({ clean: m.sources, rounded: m.sources, slips: m.sources });
  });
  test.each(SURVEY_NEAR.map((s) => [s.name, s] as const))("near shape %s: no slip flagged", (_n, shape) => {
    const [m] = measureSurveys([shape], run);
    expect(m.slips).toBe(0);
    expect(m.clean).toBe(m.sources);
  });
});

describe("3. a whole written in Chinese numerals ('十件', '二十项', '两所')", () => {
  const slip = (t: string) => errors(doc(["工作进展情况", t]));
  test("read as digits: the slip found, the clean list unflagged", () => {
    expect(arabicCounts("今年十件民生实事中,有7件提前完成")).toBe("今年10件民生实事中,有7件提前完成");
    expect(arabicCounts("二十项任务、两所学校、十二个村")).toBe("20项任务、2所学校、12个村");
    expect(slip("今年十件民生实事中,有7件提前完成,占比70%;3件进展较快,占比20%。")).toEqual(["ratio-mismatch@A2"]); // 3 / 10 = 30%
    expect(slip("今年十件民生实事中,有7件提前完成,占比70%;3件进展较快,占比30%。")).toEqual([]);
    expect(slip("全市二十项重点任务中,15项已完成,占75%;5项正在推进,占35%。")).toEqual(["ratio-mismatch@A2"]); // 5 / 20 = 25%
    expect(slip(toTraditional("全市二十項重點任務中,15項已完成,佔75%;5項正在推進,佔35%。"))).toEqual(["ratio-mismatch@A2"]);
  });
  test("not a count: an ordinal, a distributive, one (an article as often as a count)", () => {
    expect(arabicCounts("第三项、每两项、一个村、其一项")).toBe("第三项、每两项、一个村、其一项");
    expect(slip("第十项任务中,有7项提前完成,占比70%;3项进展较快,占比20%。")).toEqual([]);
  });
});
