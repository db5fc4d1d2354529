import { detectFamily, recognise, sheetFeatures } from "../../src/core/recognise";
import { sheetRelations } from "../../src/core/relations";
import { errorFlags, linesGrid as doc } from "../helpers";

/**
 * grad54 (session 54; test/fixtures/real/grad54-s54-diagnosis.md): the family checks of session 53's held-out sheets —
 * (1) progress reported against the plan in sentences (families/progress-bulletin.ts): a completion list whose items each
 *     state their share of the plan ('为计划的101%'), a year's results each stated with the target's amount before its share
 *     ('完成年度目标任务1.34亿立方米的212%'), a quarter's key-project news with what is done to date ('截至3月底…累计完成投资');
 * (2) an evaluation-results 通报's list whose grade column is named 评价档次 / 评价等次 (families/vocabulary.ts RESULT_LIST_HEADER);
 * (3) a share whose base, a count in its unit (立方米, 公里 …), is written inline before 的 ('泄放生态水2.84亿立方米,完成年度目标
 *     任务1.34亿立方米的212%'): read as a ratio as the money bases are (plan-shares.ts INLINE_SHARE; 立方米 a count unit).
 * Every share below is checked by hand in its comment; the counter-shapes are the corpus's near shapes that stay out.
 */
type Row = string[];
const family = (lines: (string | Row)[]) => detectFamily(sheetFeatures(doc(lines))).family;

// a completion list: 7069 / 7000 = 100.99% → 101%, 81 / 80 = 101.25% → 101.3%, 155 / 150 = 103.33% → 103.3%, 3048 / 2000 =
// 152.4%; 22 / 27 = 81.48% → 81.5%
const completionList: (string | Row)[] = [
  "今年市政府实事项目全面完成",
  "截至目前,年初市政府安排的10件、27项为民办实事项目已全部完成,22个项目超额完成,占总数的81.5%。",
  ["1", "新增 7069张 公办养老床位,为计划的101%。"],
  ["2", "新建 81家 老年人日间服务中心,为计划的101.3%。"],
  ["3", "完成 155公里 河道综合整治,为计划的103.3%;完成 3048公里 河道轮疏,为计划的152.4%。"],
];
// a year's results: 2.84 / 1.34 = 211.9% → 212%, 1.38亿 / 5245万 = 263.1% → 263%, 5687 / 2201 = 258.4% → 258%
const yearResults: (string | Row)[] = [
  "师市超额完成水资源管理年度目标任务",
  "本年度,两河各断面共泄放生态水4.79亿立方米,均超额完成年度目标任务。其中新渠首泄放生态水2.84亿立方米,完成年度目标任务1.34亿立方米的212%;老渠首泄放生态水1.38亿立方米,完成年度目标任务5245万立方米的263%;水库断面泄放生态水5687万立方米,完成年度目标任务2201万立方米的258%。",
  "截至目前,12座水库蓄水2.79亿立方米。",
];
// a quarter's progress with no share of the year's plan: 70 + 71 = 141, 49 + 24 = 73, 73 / 141 = 51.8% → 52%, 56.2 + 37.4 = 93.6
const quarterNews: (string | Row)[] = [
  "首季完成投资93.6亿 安排重点项目141项",
  "截至3月底,141项重点项目累计完成投资93.6亿元;开复工项目73项,开复工率达52%,高于去年同期。",
  "今年全省共安排重点项目141项,其中,续建项目70项,新开工项目71项。",
  "70项续建项目中,49个项目复工,累计完成投资56.2亿元;71项新开工项目中,24个项目开工,累计完成投资37.4亿元。",
];

describe("progress against the plan in sentences reads as a monitoring (progress-bulletin.ts)", () => {
  const shapes: [string, (string | Row)[]][] = [
    ["a completion list, each item 为计划的 r%, to date (截至目前)", completionList],
    ["the plan named 年计划", completionList.map((l) => (Array.isArray(l) ? [l[0], l[1].replace("为计划的", "为年计划的")] : l))],
    ["the share written 占计划的", completionList.map((l) => (Array.isArray(l) ? [l[0], l[1].replace(/为计划的/g, "占计划的")] : l))],
    ["the completion list in 繁體", completionList.map((l) => (Array.isArray(l) ? [l[0], l[1].replace(/为计划的/g, "為計劃的").replace("养老", "養老")] : l.replace("为民办实事项目", "為民辦實事項目")))],
    ["the year's results in 繁體", yearResults.map((l) => (typeof l === "string" ? l.replace(/完成年度目标任务/g, "完成年度目標任務").replace(/泄放生态水/g, "洩放生態水") : l))],
    ["a year's results, the target's amount before its share, to date", yearResults],
    ["a quarter's key projects: 累计完成投资 under 截至3月底, 开复工率", quarterNews],
    ["繁體", quarterNews.map((l) => (typeof l === "string" ? l.replace(/项/g, "項").replace(/累计/g, "累計").replace(/投资/g, "投資").replace(/亿/g, "億") : l))],
  ];
  it.each(shapes)("%s", (_name, lines) => {
    expect(family(lines)).toBe("monitoring");
  });

  it("the sheets stay clean: no header, nothing flagged", () => {
    for (const lines of [completionList, yearResults, quarterNews]) {
      expect(recognise(doc(lines)).headerRow).toBeNull();
      expect(errorFlags(doc(lines))).toEqual([]);
    }
  });

  const counter: [string, (string | Row)[]][] = [
    // no period at all (截至目前 gone): shares of the plan with no date are no report of the year as it goes
    ["the completion list with no date", completionList.map((l) => (typeof l === "string" ? l.replace("截至目前,", "") : l))],
    // the year's results under a summary's words (工作总结): a year's summary, no bulletin
    ["the year's results in a 工作总结", ["2024年水利工作总结", ...yearResults.slice(1)]],
    // the same clauses in a self-evaluation: it evaluates
    ["the quarter in a self-evaluation", ["项目支出绩效自评报告", ...quarterNews.slice(1)]],
    // 累计完成投资 stated over a whole year (no period inside it, no 截至目前): the year's figures
    ["累计完成投资 over the whole year", quarterNews.map((l) => (typeof l === "string" ? l.replace("截至3月底,", "全年").replace("开复工率达52%,", "") : l))],
    // a self-inspection report's two shares of the year's target (the corpus's 招商引资 自查报告): two clauses, no period
    ["a report's two shares of its year's target", ["招商引资工作自查报告", "全县签订正式合同109个,到位资金8.29亿元,完成年度目标任务的207.2%,同比增长49.56%。其中工业项目35个,到位资金6.14亿元,完成年度目标任务的307.08%,招商引资工作取得突破性进展。"]],
    // a fund notice stating once what is issued of its plan: one clause
    ["a fund notice, one share of the plan", ["关于下达2024年衔接资金计划的通知", "截至目前,已下达衔接资金2800万元,为计划的70%,请各单位抓紧实施。", "附件:资金分配表"]],
  ];
  it.each(counter)("counter-shape: %s is no monitoring", (_name, lines) => {
    expect(family(lines)).not.toBe("monitoring");
  });
});

describe("an evaluation-results 通报's list with its grades named 评价档次 (RESULT_LIST_HEADER)", () => {
  // 优秀 5 + 良好 23 + 中(一般) 22 = 50; 5 / 50 = 10%, 23 / 50 = 46%, 22 / 50 = 44%
  const notice = (grade: string): (string | Row)[] => [
    "县财政局关于2024年财政支出绩效评价结果的通报",
    "各有关单位:",
    "复核评价的50个项目,复核等次为“优秀”的5个,占比10%,“良好”的23个,占比46%,“中(一般)”的22个,占比44%。具体项目情况如下:",
    ["序号", "单位", "项目", grade],
    ["1", "县经济开发区管理委员会", "公权力大数据运行平台建设", "良好"],
    ["2", "县经济开发区管理委员会", "开发区综合配套工程", "中(一般)"],
    ["3", "县投资促进服务中心", "在外驻点招商引智专项资金", "中(一般)"],
  ];
  it.each(["评价档次", "评价等次", "绩效评价等次"])("%s: evaluation-summary, its head at row 4", (grade) => {
    const m = recognise(doc(notice(grade)));
    expect(m.family).toBe("evaluation-summary");
    expect(m.headerRow).toBe(4);
  });
  it("counter-shape: a price list's 档次 (收费档次) names no evaluation's grade", () => {
    const lines: (string | Row)[] = [
      "县停车服务收费标准",
      ["序号", "单位", "项目", "收费档次"],
      ["1", "县城管局", "路内停车", "一档"],
      ["2", "县城管局", "公共停车场", "二档"],
    ];
    expect(family(lines)).not.toBe("evaluation-summary");
  });
});

describe("a share of a target written inline in a count's unit (plan-shares.ts INLINE_SHARE)", () => {
  const ratios = (lines: string[]) => {
    const g = doc(lines);
    return sheetRelations(g, recognise(g))
      .filter((r) => r.id.startsWith("ratio:plan-share:"))
      .map((r) => (r.kind === "ratio" ? `${r.stated.text} = ${r.numerator.value} / ${r.denominator.value}` : ""));
  };
  it("the year's results: each section's share read (values in 立方米, 亿 and 万 converted)", () => {
    // 2.84 / 1.34 = 211.9% → 212%; 1.38亿 / 5245万 = 13800 / 5245 = 263.1% → 263%; 5687 / 2201 = 258.4% → 258%
    expect(ratios(yearResults as string[])).toEqual(["212% = 284000000 / 134000000", "263% = 138000000 / 52450000", "258% = 56870000 / 22010000"]);
    expect(errorFlags(doc(yearResults))).toEqual([]);
  });
  const table: [string, string, string[]][] = [
    // 155 / 150 = 103.33% → 103.3%: holds
    ["公里, holds", "截至11月底,完成河道综合整治155公里,完成年度目标任务150公里的103.3%。", []],
    // 155 / 150 = 103.33%, printed 113.3%: a slip
    ["公里, a slip", "截至11月底,完成河道综合整治155公里,完成年度目标任务150公里的113.3%。", ["ratio-mismatch@A1"]],
    // 2.84亿 / 1.34亿 = 211.9%, printed 221%: a slip
    ["立方米, a slip", "其中新渠首泄放生态水2.84亿立方米,完成年度目标任务1.34亿立方米的221%。", ["ratio-mismatch@A1"]],
  ];
  it.each(table)("%s", (_name, line, flags) => {
    expect(ratios([line])).toHaveLength(1);
    expect(errorFlags(doc([line]))).toEqual(flags);
  });
  const counter: [string, string][] = [
    // the done and the base of two kinds (公里 against 立方米): no ratio between them
    ["two kinds", "完成河道综合整治155公里,完成年度目标任务150万立方米的103.3%。"],
    // a change named in the base's words: no share of a stated amount
    ["a change", "泄放生态水2.84亿立方米,较上年增长1.34亿立方米的212%。"],
  ];
  it.each(counter)("counter-shape: %s is not read", (_name, line) => {
    expect(ratios([line])).toEqual([]);
    expect(errorFlags(doc([line]))).toEqual([]);
  });
});
