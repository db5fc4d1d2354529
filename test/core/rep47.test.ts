import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { reportKind, reportRates, reportTitleLine, statedReport } from "../../src/core/recognise/report-scores";
import { sentenceSums } from "../../src/core/recognise/sentence-sums";
import { sheetFeatures } from "../../src/core/recognise/features";
import { review } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * rep47 (session 47, round 2; rep47-diagnosis.md): corpus47b's development reports in prose, grad47b's class extended —
 * a head is the kind of section it names last ('二、绩效目标完成情况分析'); a sheet its family's detectors named a
 * self-evaluation, printed as prose and stating its result, is read as a report (statedReport); an allocation's parts may
 * open with 包括 and hold a carried-over remainder (结余资金); the parts of a 其中 list are no rate's amounts; a monitoring
 * report named by a title line of its body. Graduated sheets, near variants, near shapes that must not read or flag.
 */
type Row = (string | number)[];
const doc = (lines: (string | Row)[], name = "Sheet1") => Grid.fromValues(name, lines.map((l) => (Array.isArray(l) ? l : [l]) as Row), []);
const real = (id: string) => jsonGrid(join(FIXTURES, "real", `${id}.json`));
const errors = (grid: Grid) => review(grid, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);
const flags = (grid: Grid) => review(grid, "national").findings.map((f) => `${f.rule}@${f.cell}`);
const kindOf = (grid: Grid) => {
  const f = sheetFeatures(grid);
  return f.header ? null : reportKind(f.body, false, f.title);
};
const total = (grid: Grid) => {
  const m = recognise(grid);
  return m.totals?.score ? [m.totals.score.value, m.totals.score.cell] : null;
};
const sums = (grid: Grid) =>
  sentenceSums(grid).map((r) => `${r.total.cell} ${r.total.value} = ${r.parts.map((p) => p.value).join(" + ")} (${r.bound})`);
const rates = (grid: Grid) => reportRates(grid).map((r) => `${r.stated.cell} ${r.numerator.value}/${r.denominator.value}`);

describe("the graduated sheets", () => {
  test("云南 粮食风险基金: untitled, heads of three kinds (绩效目标, 完成情况 named last, 资金投入) over money: project-self-eval; A6 104880.14/20971 = 500.12% against 400.12% flagged; A4's 其中 parts are no rate's amounts", () => {
    const grid = real("yn-grain-risk-fund-transfer-selfeval-report-2022-excerpt");
    expect(kindOf(grid)).toBe("project");
    expect(recognise(grid).family).toBe("project-self-eval");
    expect(rates(grid)).toEqual(["A6 104880.14/20971"]);
    expect(errors(grid)).toEqual(["exec-rate-mismatch@A6"]);
  });

  test("第十四师 农机购置补贴 (繁體, pinyin in brackets): '預算數60萬元,其中包括…資金60萬, 2018年度…結余資金12.664萬元' — 60 against 72.664 flagged at A16", () => {
    const grid = real("xj-bingtuan-14th-division-farm-machinery-subsidy-selfeval-report-2019-excerpt-trad");
    expect(sums(grid)).toEqual(["A16 60 = 60 + 12.664 (atMost)"]);
    expect(errors(grid)).toEqual(["total-mismatch@A16"]);
  });

  test("騰沖 林草局 (繁體): a dept-self-eval in prose under a page's index block, '自評分97分,綜合評價等級為“優”': total 97@A6, grade 优, nothing flagged", () => {
    const grid = real("yn-tengchong-forestry-grassland-dept-selfeval-report-2024-excerpt-trad");
    const m = recognise(grid);
    expect(m.family).toBe("dept-self-eval");
    expect(total(grid)).toEqual([97, "A6"]);
    expect(m.grade?.value).toBe("优");
    expect(errors(grid)).toEqual([]);
  });

  test("长沙 项目支出绩效监控报告: its title line replaced by 附件2, the 范文 page's '项目支出绩效监控报告20篇' / '…报告1' lines still name a monitoring", () => {
    const grid = real("hn-changsha-urban-management-projects-monitoring-report-2022-excerpt");
    const rows = grid.rowCount;
    const values: Row[] = [];
    for (let r = 1; r <= rows; r++) values.push([r === 2 ? "附件2" : grid.text(r, 1)]);
    expect(recognise(doc(values)).family).toBe("monitoring");
    expect(recognise(grid).family).toBe("monitoring");
  });
});

// ── a head is the kind it names last

const GRAIN_LIKE = (heads: [string, string, string, string], rate: string) => [
  "省委、省政府高度重视专项资金管理工作,认真组织开展绩效自评。现将自评情况报告如下:",
  heads[0],
  "中央核定我省基金规模为5000.00万元,其中:中央补助3000.00万元,地方自筹2000.00万元。",
  heads[1],
  rate,
  heads[2],
  heads[3],
  "项目资金及时、足额拨付到位。",
];

describe("heads naming two kinds: the kind named last", () => {
  const RATE = "2022年地方应配套2000.00万元,实际配套到位资金1500.00万元,执行率为75%。";
  const SLIP = "2022年地方应配套2000.00万元,实际配套到位资金1500.00万元,执行率为57%。";
  const variants: Record<string, [string, string, string, string]> = {
    "1. as the sheet ('绩效目标完成情况分析')": ["一、绩效目标分解下达情况", "(一)省内分解下达预算和绩效目标情况", "二、绩效目标完成情况分析", "(一)资金投入情况分析"],
    "2. other words ('年度绩效目标实现情况', '资金到位情况')": ["一、绩效目标设定情况", "(一)年度绩效目标", "二、年度绩效目标实现情况", "(一)资金到位情况"],
    "3. 繁體": ["一、績效目標分解下達情況", "(一)省內分解下達預算和績效目標情況", "二、績效目標完成情況分析", "(一)資金投入情況分析"],
    "4. spaces from line breaks inside the words": ["一、绩效目 标分解下达情况", "(一)省内分解下达预算和绩效目标情况", "二、绩效目标完 成情况分析", "(一)资金投 入情况分析"],
  };
  for (const [name, heads] of Object.entries(variants)) {
    test(`${name}: a report; the rate holds; 57% for 75% flagged`, () => {
      expect(kindOf(doc(GRAIN_LIKE(heads, RATE)))).toBe("project");
      expect(errors(doc(GRAIN_LIKE(heads, RATE)))).toEqual([]);
      expect(errors(doc(GRAIN_LIKE(heads, SLIP)))).toEqual(["exec-rate-mismatch@A5"]);
    });
  }

  test("near shape: a budget explanation with one head of its performance ('绩效目标情况') and amounts: no report", () => {
    const grid = doc([
      "一、部门基本情况",
      "本部门内设科室5个。",
      "二、收支预算总体情况",
      "2023年收入预算1000万元,支出预算1000万元。",
      "三、绩效目标情况",
      "2023年实行绩效目标管理的项目3个,涉及资金300万元。",
    ]);
    expect(kindOf(grid)).toBeNull();
    expect(recognise(grid).family).not.toBe("project-self-eval");
  });
});

// ── the parts of a 其中 list are no rate's amounts

describe("rates: a 其中 list's parts are not the executed amount", () => {
  test("'收到…15150万元,其中省级支出安排489万元,各州市安排14661万元,执行率为100%': no ratio read (nothing flagged)", () => {
    const lines = GRAIN_LIKE(["一、绩效目标分解下达情况", "(一)下达预算和绩效目标情况", "二、绩效目标完成情况分析", "(一)资金投入情况分析"], "收到中央补助资金15150.00万元,全部补助到各级政府,其中省级支出安排489.00万元,各州市安排14661.00万元,执行率为100%。");
    expect(rates(doc(lines))).toEqual([]);
    expect(errors(doc(lines))).toEqual([]);
  });

  test("a rate after a 其中 list closed by '。' in the same cell still reads: '…其中中央300万元。实际支出400万元,预算执行率为80%' → 400/500, 90% flagged", () => {
    const heads: [string, string, string, string] = ["一、绩效目标分解下达情况", "(一)下达预算和绩效目标情况", "二、绩效目标完成情况分析", "(一)资金投入情况分析"];
    const ok = GRAIN_LIKE(heads, "下达预算资金500万元,其中中央300万元,省级200万元。实际支出400万元,预算执行率为80%。");
    expect(rates(doc(ok))).toEqual(["A5 400/500"]);
    expect(errors(doc(ok))).toEqual([]);
    const slip = GRAIN_LIKE(heads, "下达预算资金500万元,其中中央300万元,省级200万元。实际支出400万元,预算执行率为90%。");
    expect(errors(doc(slip))).toEqual(["exec-rate-mismatch@A5"]);
  });
});

// ── allocations: 其中包括, a carried-over remainder as a part

describe("allocations with 其中包括 and a remainder carried in", () => {
  const sheet = (sentence: string) =>
    doc(["农机购置补贴支出绩效自评报告", "一、绩效目标分解下达情况", "二、绩效目标完成情况分析", "(一)资金投入情况分析", sentence, "三、存在的问题"]);
  test("1. as the sheet (simplified, bare 万): 60 against 60 + 12.664 flagged", () => {
    const g = sheet("2019年度农机购置补贴资金预算数60万元,其中包括兵团补贴资金60万,2018年度农机购置补贴结余资金12.664万元。");
    expect(sums(g)).toEqual(["A5 60 = 60 + 12.664 (atMost)"]);
    expect(errors(g)).toEqual(["total-mismatch@A5"]);
  });
  test("2. the parts adding up (47.336 + 12.664 = 60): holds", () => {
    const g = sheet("2019年度农机购置补贴资金预算数60万元,其中包括兵团补贴资金47.336万元,2018年度结余资金12.664万元。");
    expect(sums(g)).toEqual(["A5 60 = 47.336 + 12.664 (atMost)"]);
    expect(errors(g)).toEqual([]);
  });
  test("3. '其中:…;上年结转资金…' with three parts, 繁體 and pinyin in brackets: read as the simplified, a slip flagged", () => {
    const g = sheet("2021年度項目資金預算數(shù)100萬元,其中:中央補貼資金50萬元;省級補貼30萬元;上年結轉資金25萬元。");
    expect(sums(g)).toEqual(["A5 100 = 50 + 30 + 25 (equal)"]);
    expect(errors(g)).toEqual(["total-mismatch@A5"]);
  });
  test("4. '其中包含' with spaces from line breaks: holds", () => {
    const g = sheet("本年度安排项目资 金80万元,其中包含市级资金50万元, 上年结余资金30万元。");
    expect(sums(g)).toEqual(["A5 80 = 50 + 30 (atMost)"]);
    expect(errors(g)).toEqual([]);
  });
  test("near shapes: a remainder's change ('结余比上年增加…') still drops the list; counts of people under 其中 are no sum", () => {
    expect(sums(sheet("项目资金预算100万元,其中中央资金60万元,结余比上年增加40万元。"))).toEqual([]);
    expect(sums(sheet("补贴资金惠及农户1200人,其中脱贫户800人,监测户400人。"))).toEqual([]);
    expect(sums(sheet("本年结余资金20万元,其中基本支出结余5万元,项目支出结余15万元。"))).toEqual([]);
  });
});

// ── a self-evaluation named by its family, in prose, stating its result

describe("statedReport: a self-eval family in prose stating its result", () => {
  const INDEX: Row[] = [
    ["索引号", "01526035-8/20250418-00001", "发布机构", "某市林业和草原局"],
    ["公开目录", "财政预决算", "发布日期", "2025-04-18"],
    ["文号", "浏览量"],
  ];
  const body = (result: string) => ["一、自评结论", "(一)部门整体绩效自评得分", `2024年度部门整体支出绩效自评项目总数为20个,其中:本级12个项目、林场8个项目。整体而言,${result}`, "(二)部门整体绩效目标完成情况", "1.执行率情况。"];
  const variants: Record<string, [string, number, string]> = {
    "1. '自评分97分,综合评价等级为“优”'": ["市林业和草原局2024年支出绩效完成情况自评分97分,综合评价等级为“优”。", 97, "优"],
    "2. '自评得分为88.5分,自评等级为良'": ["本部门整体支出绩效自评得分为88.5分,自评等级为良。", 88.5, "良"],
    "3. 繁體 '自評總分92分,評價結果為優'": ["本局整體支出自評總分92分,評價結果為優。", 92, "优"],
  };
  for (const [name, [result, score, grade]] of Object.entries(variants)) {
    test(`${name}: under the index block, its whole and its grade`, () => {
      const grid = doc([...INDEX, ...body(result)], "某市林业和草原局2024年度部门整体支出绩效自评报告");
      const m = recognise(grid);
      expect(m.family).toBe("dept-self-eval");
      expect(total(grid)).toEqual([score, "A6"]);
      expect(m.grade?.value).toBe(grade);
      expect(errors(grid)).toEqual([]);
    });
  }
  test("4. the grade slipped (61分 stated 优): grade-mismatch at the line", () => {
    const grid = doc([...INDEX, ...body("自评分61分,综合评价等级为“优”。")], "某市林业和草原局2024年度部门整体支出绩效自评报告");
    expect(errors(grid)).toEqual(["grade-mismatch@A6"]);
  });
  test("near shapes: no result stated, a band's rule, or a table — not a stated report", () => {
    const f = (lines: (string | Row)[]) => sheetFeatures(doc(lines)).body;
    expect(statedReport(f(["一、自评工作开展情况", "本局高度重视绩效自评工作,组织召开专题会议。", "二、下一步工作"]), false)).toBe(false);
    // (a band's rule names the unit's score but states none: read as a report where its family says so, reportResult reads nothing)
    expect(total(doc(["2023年度项目支出绩效自评报告", "一、评分标准", "综合得分90分以上的为优,自评得分80分以上的为良。", "二、自评工作要求"]))).toBeNull();
    expect(statedReport("项目|分值|得分|\n产出|30|28|\n效益|30|27|\n", true)).toBe(false);
  });
});

// ── a monitoring report named by a title line of its body

describe("a monitoring report named by its body's title line", () => {
  const REPORT = ["一、项目支出基本情况", "2022年度纳入绩效运行监控范围的项目共27个,年初预算安排共计2571.4万元。", "二、绩效运行监控工作开展情况", "1、收集分析绩效信息。"];
  const lines: Record<string, string[]> = {
    "1. a 范文 page's '项目支出绩效监控报告1'": ["附件2", "时间:2023-07-19 其他报告", "项目支出绩效监控报告20篇", "项目支出绩效监控报告1"],
    "2. '2023年上半年绩效运行监控情况报告'": ["附件2", "2023年上半年绩效运行监控情况报告"],
    "3. 繁體 '項目支出績效監控報告'": ["附件2", "項目支出績效監控報告"],
  };
  for (const [name, top] of Object.entries(lines)) {
    test(`${name}: monitoring`, () => {
      expect(recognise(doc([...top, ...REPORT])).family).toBe("monitoring");
    });
  }
  test("near shapes: a notice about monitoring reports, a sentence naming one, a self-evaluation's monitoring section: no title line of a monitoring report", () => {
    const body = (lines: string[]) => sheetFeatures(doc(lines)).body;
    expect(reportTitleLine(body(["附件2", "关于报送2023年绩效监控报告的通知", ...REPORT.slice(0, 2)]), /监控[^|]{0,4}报告/)).toBe(false);
    expect(reportTitleLine(body(["附件2", "各单位应于7月底前报送绩效监控报告,逾期不报的予以通报。", "一、总体要求"]), /监控[^|]{0,4}报告/)).toBe(false);
    expect(recognise(doc(["附件2", "各单位应于7月底前报送绩效监控报告,逾期不报的予以通报。", "一、总体要求"])).family).not.toBe("monitoring");
    const selfEval = doc(["2022年度项目支出绩效自评报告", "一、项目基本情况", "本项目用于农机购置补贴。", "二、绩效目标实现情况", "(三)绩效监控情况", "按要求开展绩效运行监控,按时报送监控报告。", "三、存在的问题"]);
    expect(reportTitleLine(sheetFeatures(selfEval).body, /监控[^|]{0,4}报告/)).toBe(false);
    // (its family: monitoring already on dba52379 — the head '(三)绩效监控情况' read with the title lines, namesMonitoring; left, see the diagnosis)
  });
});
