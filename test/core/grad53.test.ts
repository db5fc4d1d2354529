import { detectFamily, sheetFeatures } from "../../src/core/recognise";
import { periodTableHead, periodTables } from "../../src/core/recognise/period-table";
import { sentenceBreakdowns } from "../../src/core/recognise/sentence-breakdowns";
import { proseText } from "../../src/core/recognise/prose-rates";
import { review } from "../../src/core/review";
import { linesGrid as doc } from "../helpers";

/**
 * grad53 (session 53; test/fixtures/real/grad53-diagnosis.md): the six KNOWN checks of session 52's held-out sheets —
 * (1) a one-paragraph progress bulletin (families/progress-bulletin.ts) and a rate a writer states after two exact counts,
 *     rounded and not truncated (RatioRelation.countsRounded, relations/tolerance.ts);
 * (2) a section reporting a project's (a fund's) evaluation results under its numbered head (families/results-sections.ts);
 * (3) a 其中 list not read on into a sentence opening another cut of the items (sentence-breakdowns.ts SUBSET_OPENER);
 * (4) a period table whose first line lost its name, its header named by its top line (period-table.ts).
 * Every number below is checked by hand in its comment.
 */
type Row = string[];
const family = (lines: (string | Row)[]) => detectFamily(sheetFeatures(doc(lines))).family;
const flags = (lines: (string | Row)[]) =>
  review(doc(lines), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);

describe("a progress bulletin in one paragraph (progress-bulletin.ts)", () => {
  // clauses: 计划新开工…120项,实际已开工80项 (plan count then started), 为年度投资计划的40.00% (share of the plan in its own clause),
  // 超过时间进度15.00个百分点 (against the year gone by), 开工率达66.67% (80 / 120 = 66.67%): four, three needed
  const bulletin =
    "2022年安排全县重点项目150项,总投资900亿元,年度投资计划200亿元。全县重点项目1-3月累计完成投资80亿元,较去年同期增长20亿元,同比增长33.33%,为年度投资计划的40.00%,超过时间进度15.00个百分点。本年度计划新开工项目120项,实际已开工80项,开工率达66.67%。";
  it("reads the bulletin as a monitoring", () => {
    expect(family([bulletin])).toBe("monitoring");
  });
  it("繁體 with a mirror's pinyin glosses reads the same", () => {
    const trad = "2022年安排全縣重點(diǎn)項(xiàng)目150項(xiàng),年度投資計(jì)劃200億元。全縣重點(diǎn)項(xiàng)目1-3月累計完成投資80億元,同比增長33.33%,為年度投資計(jì)劃的40.00%,超過時(shí)間進(jìn)度15.00個(gè)百分點(diǎn)。本年度計(jì)劃新開工項(xiàng)目120項(xiàng),實(shí)際已開工80項(xiàng),開工率達(dá)66.67%。";
    expect(family([trad])).toBe("monitoring");
  });
  const counter: [string, string][] = [
    // the same clauses in a self-evaluation: it evaluates, no bulletin
    ["a self-evaluation's words", bulletin.replace("2022年安排", "经自评,2022年安排")],
    // no period inside the year (1-3月 gone): the year's figures, no progress so far
    ["no period so far", bulletin.replace("1-3月", "")],
    // one clause only (开工率): short of three
    ["one clause", "本年度计划新开工项目120项,开工率达66.67%,工作有序推进,各项措施落实到位。"],
  ];
  it.each(counter)("counter-shape: %s is no monitoring", (_name, text) => {
    expect(family([text])).not.toBe("monitoring");
  });
});

describe("a rate a writer states after two exact counts: rounded, not truncated (countsRounded)", () => {
  const table: [string, string, string[]][] = [
    // 7 / 9 = 77.78%: half-up 78%, truncated 77% — 77% is a slip
    ["truncated, flagged", "本年度计划新开工项目9项,实际已开工7项,开工率达77%。", ["ratio-mismatch@A1"]],
    // 78% is 7 / 9 rounded half-up
    ["rounded, clean", "本年度计划新开工项目9项,实际已开工7项,开工率达78%。", []],
    // 199 / 200 = 99.5%: half-up 100%, a writer does not claim all are done — 99% accepted
    ["short of all, not 100%", "本年度计划新开工项目200项,实际已开工199项,开工率达99%。", []],
    // 129 / 270 = 47.78%: 47% cut down (the real sheet's shape)
    ["the real sheet's counts", "本年度计划新开工项目270项,实际已开工129项,开工率达47%。", ["ratio-mismatch@A1"]],
    // counts written in 万 are rounded figures: 7万人 / 9万人 = 77.78%, 77% a truncation the shared policy accepts
    ["counts in 万 keep the shared policy", "本年度计划培训9万人,实际已培训7万人,完成率77%。", []],
    // money, not counts: 700 / 900 = 77.78%, 77% a truncation the shared policy accepts (unchanged)
    ["money keeps the shared policy", "本年度计划投资900万元,实际完成投资700万元,完成率77%。", []],
  ];
  it.each(table)("%s", (_name, text, expected) => {
    expect(flags([text])).toEqual(expected);
  });
});

describe("a section reporting a project's (a fund's) evaluation results (results-sections.ts)", () => {
  const fundUse = [
    "根据相关文件规定,现将上级转移支付资金使用情况报告如下:",
    "一、资金基本情况",
    "2022年中央财政救助补助资金下达我区50万元,已全额划转至各街道纳入年度预算并执行发放,发放率100%。",
    "二、资金使用范围",
    "救助补助资金要求专款专用、据实列支,用于低保、特困、临时救助金发放。",
  ];
  const results = ["三、资金绩效评价结果", "1.产出指标完成情况分析", "(1)数量指标", "及时、足额发放在册低保、特困人员救助资金。", "(2)质量指标", "救助资金发放准确率100%。"];
  it("a fund-use report with its evaluation's results read by indicator category is a project self-evaluation", () => {
    expect(family([...fundUse, ...results])).toBe("project-self-eval");
  });
  it("the 自评结果 section of an accounts text, its projects graded, is one", () => {
    expect(
      family([
        "7.满意度指标:服务对象满意度达到98%。",
        "(二)项目支出绩效自评结果。",
        "1.项目绩效自评总体情况:我部门2023年度项目5个,项目支出总额120.50万元。",
        "所有项目均开展了绩效自评,其中5个项目评为一等,涉及资金120.50万元,占项目支出总额比例100%。",
      ]),
    ).toBe("project-self-eval");
  });
  const counter: [string, (string | Row)[]][] = [
    // a fund-use report with no evaluation's results: a use statement
    ["a fund-use report alone", [...fundUse, "三、资金分配及使用情况", "各街道资金皆按要求用于救助金发放,完成情况100%。"]],
    // the head names a department's whole spending: a department's report, not this rule's
    ["a department's whole spending", ["二、部门整体绩效自评结果", "1.数量指标", "完成年度工作任务12项。", "部门整体支出绩效自评得分为92分。"]],
    // months so far under the same heads: a monitoring
    ["a monitoring's months so far", [...fundUse, ...results, "1-6月资金支出进度达60%。"]],
    // a results head with nothing read out under it
    ["a head alone", ["三、资金绩效评价结果", "各项工作有序推进。"]],
  ];
  it.each(counter)("counter-shape: %s is no project self-evaluation", (_name, lines) => {
    expect(family(lines)).not.toBe("project-self-eval");
  });
});

describe("a 其中 list is not read on into a sentence opening another cut of the items (sentence-breakdowns.ts)", () => {
  const read = (text: string) => sentenceBreakdowns(proseText(text)).map((b) => `${b.whole.value}=${b.parts.map((p) => p.value).join("+")}${b.exact ? " exact" : ""}`);
  it("'项目中,' opens a cut of its own: the two parts (300 + 0 of 500) may fall short, no mismatch", () => {
    const text = "我部门及所属单位2023年度项目10个,项目支出总额500万元。其中,本级项目4个,本级项目支出300万元;对下转移支付项目0个,对下转移支付0万元。项目中,涉密项目0个,涉及资金0万元。";
    expect(read(text)).toEqual(["10=4+0", "500=300+0"]);
    expect(flags([text])).toEqual([]);
  });
  it("counter-shape: a last part set apart by a stop is still read on (40 + 30 + 20 = 90 against 100: a slip)", () => {
    const text = "项目资金总额100万元,其中:设备购置40万元;人员培训30万元。宣传费用20万元。";
    expect(read(text)).toEqual(["100=40+30+20 exact"]);
  });
});

describe("a period table whose first line lost its name; its header named by its top line (period-table.ts)", () => {
  const head: Row[] = [
    ["2023年某区一般公共预算收入执行情况表", "", "", ""],
    ["", "2022年", "2023年", "2023年"],
    ["", "完成数", "预算数", "完成数"],
  ];
  // the unnamed whole (100 = 50 + 30 + 20 in every column: not needed to read the table)
  const lines: Row[] = [
    ["", "100", "120", "110"],
    ["增值税", "50", "60", "55"],
    ["企业所得税", "30", "35", "33"],
    ["房产税", "20", "25", "22"],
  ];
  it("reads the table: header row 2 (the period line over its 完成数 | 预算数 sub-head), lines from row 4", () => {
    const g = doc([...head, ...lines]);
    const t = periodTables(g)[0];
    expect([t.head, t.last, t.first]).toEqual([2, 3, 4]);
    // (the head read as its last line, 3, named by its top line, 2: the model's header runs 2–3)
    expect(periodTableHead(g)).toMatchObject({ headerRow: 3, top: 2 });
    const m = review(g, "national").model;
    expect([m.headerRow, m.headerLastRow]).toEqual([2, 3]);
  });
  it("counter-shape: an unnamed line over two named lines only is no table (three needed)", () => {
    expect(periodTables(doc([...head, ...lines.slice(0, 3)]))).toEqual([]);
  });
  it("counter-shape: an unnamed line with a period column empty does not open it", () => {
    expect(periodTables(doc([...head, ["", "100", "", "110"], ...lines.slice(1)]))).toEqual([]);
  });
});
