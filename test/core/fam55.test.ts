import { Grid } from "../../src/core/grid/grid";
import { grantAccountLine } from "../../src/core/recognise/vocabulary";
import { titleSaysMonitoring, titleWithoutFieldValues } from "../../src/core/recognise/families/title-fields";
import { review, reviewFamily } from "../../src/core/review";
import { lostIntegerPart, readNumber } from "../../src/core/text/numbers";

/**
 * fam55 (session 55): the graduated sheets' families, and 忠县's form read whole.
 * 1. numbers.ts: one character a copy lost right after a well-formed amount ('3,724,055.00?', '9.68?') is the amount; after a
 *    bare integer ('85?', a digit lost as in '?0分)') the text stays no number.
 * 2. title-fields.ts: a field's value in the title's lines (项目名称: | …整体监控) names no form: 监控 there is no monitoring.
 * 3. vocabulary.ts grantAccountLine: 一般公共预算 under a 财政拨款 line, and the accounts after it, are that line's parts.
 * 4. a self-evaluation cut before its indicators: its 自评总分 labelled in the head above its fund block is its total.
 * 5. indicator-system.ts: a table weighing its levels and scoring its lines under no self-evaluation's title
 *    (levelsScoredTable), and an attachment's own heading naming an indicator set over 指标解释 columns
 *    (headedIndicatorSet), decide over an evaluation report's cover and a 自评报告 title.
 */
const grid = (rows: (string | number | null)[][]) => Grid.fromValues("Sheet1", rows, []);

describe("a character lost after a well-formed amount (numbers.ts LOST_AFTER_AMOUNT)", () => {
  it.each([
    ["3,724,055.00?", 3724055, 2],
    ["4,764,453.11？", 4764453.11, 2],
    ["9.68?", 9.68, 2],
    ["3,724,055\ufffd", 3724055, 0],
    ["4,614,453.11\u3013", 4614453.11, 2],
  ] as [string, number, number][])("%s → %d", (text, value, decimals) => {
    expect(readNumber(text)).toEqual({ value, percent: false, decimals });
  });
  it("a rate: 96.85%? → 0.9685", () => {
    const n = readNumber("96.85%?");
    expect(n).toMatchObject({ percent: true, decimals: 2 });
    expect(n!.value).toBeCloseTo(0.9685, 10);
  });
  // a bare integer (the mark may be a lost digit), marks inside, a list's number, a unit: no number
  it.each(["85?", "2014??7", "?85", "3,724?055", "1、", "80M", "9.68??", "12.5?分"])("%s stays no number", (text) => expect(readNumber(text)).toBeNull());
});

describe("an amount that lost its integer part (lostIntegerPart)", () => {
  it.each([
    [".5", true],
    [" .32", true],
    ["．06", true],
    ["0.5", false],
    ["5.", false],
    ["3,724,055.00?", false],
  ] as [string, boolean][])("%s → %s", (text, lost) => expect(lostIntegerPart(text)).toBe(lost));
});

describe("a field's value in the title names no form (title-fields.ts)", () => {
  it.each([
    ["Sheet1|2024年度部门整体绩效自评表||项目名称:|重庆市忠县科学技术协会整体监控|项目编码:|5002|", "Sheet1|2024年度部门整体绩效自评表||项目名称:||项目编码:||"],
    ["Sheet1|项目支出绩效自评表||项目名称|天网视频监控运维|主管部门|公安局|", "Sheet1|项目支出绩效自评表||项目名称||主管部门||"],
    ["Sheet1|项目名称:雪亮工程监控点建设|", "Sheet1|项目名称:|"],
  ])("%s → %s", (title, without) => expect(titleWithoutFieldValues(title)).toBe(without));
  it.each([
    ["Sheet1|2024年项目支出绩效运行监控表||项目名称:|某项目|", true],
    ["Sheet1|项目支出绩效自评表||项目名称:|视频监控系统建设|", false],
    ["Sheet1|项目支出绩效自评表||项目名称:视频监控系统建设|", false],
    // (the word in a label is the form's: 监控时段)
    ["Sheet1|某县项目表||监控时段:1-6月|", true],
    // (an attachment's number left of the title is no field's label)
    ["Sheet1|附件1:|2024年项目支出绩效运行监控表|", true],
  ] as [string, boolean][])("%s: monitoring %s", (title, says) => expect(titleSaysMonitoring(title)).toBe(says));
});

describe("a 财政拨款 line's budget accounts under it (grantAccountLine)", () => {
  it.each([
    ["其中:财政拨款", "一般公共预算", false, true],
    ["财政拨款", "其中:一般公共预算", false, true],
    ["其中:财政拨款", "政府性基金", true, true], // after 一般公共预算: an account of the same 财政拨款
    ["一般公共预算", "其他资金", true, false], // the list of accounts ends
    ["财政拨款", "政府性基金拨款", false, false], // 黑龙江's 财政拨款 | 政府性基金拨款 | 财政专户拨款: sources beside each other
    ["其中:中央资金", "一般公共预算", false, false],
  ] as [string, string, boolean, boolean][])("%s over %s (in accounts: %s) → %s", (prev, line, inAccounts, nested) => expect(grantAccountLine(prev, line, inAccounts)).toBe(nested));
});

/** 重庆's 部门整体绩效自评表 head and fund block, its amounts served with a lost character after each; `name` the 项目名称. */
const chongqingForm = (title: string, name: string, mark = "?") =>
  grid([
    [title, null, null, null, null, null, null],
    ["项目名称:", name, "项目编码:", "50023300024P000060", "自评总分:", "99.68", null],
    ["项目主管部门:", "某县某局", "财政归口处室:", null, "部门联系人:", "某某", null],
    ["资金情况", null, null, null, null, null, null],
    [null, "年初预算数", "全年(调整)预算数", "全年执行数", "执行率", "执行率权重", "执行率得分"],
    ["年度总金额", `1,000,000.00${mark}`, `1,200,000.00${mark}`, `1,080,000.00${mark}`, null, null, null],
    ["其中:财政拨款", `1,000,000.00${mark}`, `1,200,000.00${mark}`, `1,080,000.00${mark}`, "90.00", "10.00", `9.00${mark}`],
    ["一般公共预算", `800,000.00${mark}`, `1,000,000.00${mark}`, `900,000.00${mark}`, "90.00", null, null],
    ["政府性基金", `200,000.00${mark}`, `200,000.00${mark}`, `180,000.00${mark}`, "90.00", null, null],
    ["绩效目标", null, null, null, null, null, null],
  ]);

describe("重庆's 部门整体绩效自评表 cut before its indicators (its 项目名称 '…整体监控')", () => {
  const r = review(chongqingForm("2024年度部门整体绩效自评表", "某县某局整体监控"), "national");
  it("is the department's self-evaluation, its 自评总分 99.68 at F2 its total, no header (the indicator table is cut)", () => {
    expect(r.model.family).toBe("dept-self-eval");
    expect(r.model.totals?.score).toMatchObject({ value: 99.68, cell: "F2" });
    expect(r.model.headerRow).toBeNull();
  });
  it("reads its amounts through the lost marks: 年度总金额 = 财政拨款 (1,200,000 = 1,200,000; the accounts under it are its own), 执行率 1,080,000 / 1,200,000 = 90%", () => {
    const sum = r.model.relations.find((x) => x.id === "sum:amount:C6");
    expect(sum && sum.kind === "sum" && sum.parts.map((p) => [p.cell, p.value])).toEqual([["C7", 1200000]]);
    const rate = r.model.relations.find((x) => x.id === "ratio:E7");
    expect(rate && rate.kind === "ratio" && [rate.numerator.value, rate.denominator.value]).toEqual([1080000, 1200000]);
    // (一般公共预算 900,000 / 1,000,000 = 90% ✓; 9.00 = 90% × 10 ✓)
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
  it("a slip in a part's amount under the lost mark is still told: 年度总金额 1,300,000 against its 财政拨款 1,200,000", () => {
    const g = chongqingForm("2024年度部门整体绩效自评表", "某县某局整体监控");
    const rows = [...Array(g.rowCount)].map((_, i) => [...Array(7)].map((__, c) => g.text(i + 1, c + 1) || null));
    rows[5][2] = "1,300,000.00?";
    const slip = review(grid(rows), "national");
    expect(slip.findings.some((f) => f.rule === "total-mismatch" && f.cell === "C6")).toBe(true);
  });
  it("the same head titled a monitoring form (…绩效运行监控表) is a monitoring, whatever its 项目名称", () => {
    expect(reviewFamily(chongqingForm("2024年度部门整体支出绩效运行监控表", "某县某局整体支出"))).toBe("monitoring");
  });
});

/** The same fund block, its lines `parts` under 年度总金额 (100 | 120 | 108), amounts as [年初, 全年, 执行]. */
const fundLines = (parts: [string, number, number, number][]) =>
  grid([
    ["2024年度部门整体绩效自评表", null, null, null, null, null, null],
    ["资金情况", null, null, null, null, null, null],
    [null, "年初预算数", "全年(调整)预算数", "全年执行数", "执行率", "执行率权重", "执行率得分"],
    ["年度总金额", "100", "120", "108", null, null, null],
    ...parts.map(([l, a, b, c]) => [l, String(a), String(b), String(c), "90.00", null, null]),
    ["绩效目标", null, null, null, null, null, null],
  ]);

describe("a line repeating a part that is already the whole total breaks that part down (budget.ts wholeRepeated)", () => {
  const sumParts = (parts: [string, number, number, number][]) => {
    const r = review(fundLines(parts), "national");
    const sum = r.model.relations.find((x) => x.id === "sum:amount:C4");
    return [sum && sum.kind === "sum" ? sum.parts.map((p) => p.cell) : null, r.findings.filter((f) => f.rule === "total-mismatch").length];
  };
  it.each<[string, [string, number, number, number][], (string[] | null), number]>([
    // (the exchange tests' wordings for 财政拨款 and 一般公共预算: 120 = 120, the line under it is the part's own)
    ["其中:财政专户管理资金 | 一般公共预算, all 100 | 120 | 108", [["其中:财政专户管理资金", 100, 120, 108], ["一般公共预算", 100, 120, 108]], ["C5"], 0],
    ["其中:财政拨款 | 自筹资金, all 100 | 120 | 108", [["其中:财政拨款", 100, 120, 108], ["自筹资金", 100, 120, 108]], ["C5"], 0],
    // counter-shape: a source beside a whole part, differing in an amount, is summed and told in each column
    // (100 + 100 ≠ 100, 120 + 20 ≠ 120, 108 + 108 ≠ 108)
    ["其中:财政拨款 100 | 120 | 108, 自筹资金 100 | 20 | 108", [["其中:财政拨款", 100, 120, 108], ["自筹资金", 100, 20, 108]], ["C5", "C6"], 3],
    // two halves: neither part is the whole, both summed (60 + 60 = 120 ✓)
    ["其中:财政拨款 50 | 60 | 54, 自筹资金 50 | 60 | 54", [["其中:财政拨款", 50, 60, 54], ["自筹资金", 50, 60, 54]], ["C5", "C6"], 0],
  ])("%s", (_, parts, cells, errors) => {
    expect(sumParts(parts)).toEqual([cells, errors]);
  });
});

/** A project's self-evaluation form: its 项目名称 `name`, its indicators with targets and what was done. */
const projectForm = (title: string, name: string) =>
  grid([
    [title, null, null, null, null, null, null, null],
    ["项目名称", name, null, null, "主管部门", "某县公安局", "实施单位", "某县公安局"],
    ["项目资金(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", "100", "100", "95", "10", "95%", "9.5"],
    [null, "其中:当年财政拨款", "100", "100", "95", null, "95%", null],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
    ["产出指标", "数量指标", "监控点位维护数(个)", "≥200", "210", "20", "20", null],
    [null, "质量指标", "设备完好率", "≥95%", "97%", "20", "20", null],
    ["效益指标", "社会效益指标", "案件破获率提升", "≥5%", "6%", "30", "30", null],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", "20", "20", null],
  ]);

describe("a project's self-evaluation whose 项目名称 names a 监控 project keeps its family", () => {
  it.each([
    ["项目名称 | 天网视频监控运维", "项目支出绩效自评表", "天网视频监控运维"],
    ["项目名称 | 城区治安监控系统升级", "2023年度项目支出绩效自评表", "城区治安监控系统升级"],
  ])("%s: project-self-eval", (_, title, name) => expect(reviewFamily(projectForm(title, name))).toBe("project-self-eval"));
});

/** 海南's scored table (一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 得分) under `cover` lines. */
const scoredLevels = (cover: (string | null)[][]) =>
  grid([
    ...cover,
    ["二、绩效评价指标评分", null, null, null, null, null, null],
    ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
    ["项目决策", "20", "项目目标", "8", "目标内容", "8", "8"],
    [null, null, "决策过程", "12", "决策依据", "5", "5"],
    [null, null, null, null, "决策程序", "7", "6"],
    ["项目管理", "30", "资金管理", "30", "资金使用", "20", "18"],
    [null, null, null, null, "财务管理", "10", "10"],
    ["项目绩效", "50", "项目产出", "20", "产出数量", "20", "16"],
    [null, null, "项目效益", "30", "社会效益", "30", "27"],
    ["总分", "100", null, "100", null, "100", "90"],
  ]);
const EVALUATION_COVER_LINES: (string | null)[][] = [
  ["某市某中心", null, null, null, null, null, null],
  ["项目绩效评价报告", null, null, null, null, null, null],
  ["评价类型: 实施过程评价 完成结果评价", null, null, null, null, null, null],
  ["项目名称: 某项目经费", null, null, null, null, null, null],
  ["组织方式: 财政部门 主管部门 项目单位", null, null, null, null, null, null],
  ["评价机构: 中介机构 专家组 项目单位评价组", null, null, null, null, null, null],
  ["一、项目基本情况", null, null, null, null, null, null],
  ["计划投资额", "500", "实际到位资金", "500", "实际使用情况", "450", null],
];

describe("the table's own head decides over an evaluation report's cover (levelsScoredTable)", () => {
  it("海南's scored table (三级 分值 | 得分, no target) under a 项目绩效评价报告 cover: indicator-system", () => {
    expect(reviewFamily(scoredLevels(EVALUATION_COVER_LINES))).toBe("indicator-system");
  });
  it("the same table under a title naming the project's self-evaluation (…项目绩效自评表): project-self-eval", () => {
    expect(reviewFamily(scoredLevels([["某项目绩效自评表"], ...EVALUATION_COVER_LINES.slice(2)]))).toBe("project-self-eval");
  });
  it("the same cover over the table cut after its first line, no score on it (文昌's report): the cover decides, project-self-eval", () => {
    const g = grid([
      ...EVALUATION_COVER_LINES,
      ["二、绩效评价指标评分", null, null, null, null, null, null],
      ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
      ["项目决策", "20", "项目目标", "4", "目", null, null],
    ]);
    expect(reviewFamily(g)).toBe("project-self-eval");
  });
  it("a scored self-evaluation table with 年度指标值 | 实际完成值 under the same cover: project-self-eval", () => {
    const g = grid([
      ...EVALUATION_COVER_LINES,
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "培训人次", "≥500", "520", "30", "30"],
      [null, "质量指标", "合格率", "≥95%", "96%", "20", "20"],
      ["效益指标", "社会效益指标", "就业率", "≥80%", "82%", "30", "30"],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "93%", "20", "20"],
      ["总分", null, null, null, null, "100", "100"],
    ]);
    expect(reviewFamily(g)).toBe("project-self-eval");
  });
});

/** A report's attachment: its title, 附件2, the attachment's own heading and a table under `head`. */
const attachment = (title: string, heading: string, head: string[], lines: (string | null)[][]) => grid([[title], ["发布时间 : 2020-05-13 来源:某单位"], ["附件2"], [heading], head, ...lines]);
const EXPLAINED_HEAD = ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "指标说明", "得分"];
const EXPLAINED_LINES = [
  [null, "目标设定", "绩效目标合理性", "5", "部门所设立的整体绩效目标依据是否充分,用以反映部门整体绩效目标与部门履职的相符性。", "评价要点:是否符合国家法律法规。", "5"],
  [null, null, "绩效指标明确性", "3", "部门依据整体绩效目标所设定的绩效指标是否清晰、细化、可衡量。", "评价要点:是否细化分解为具体的工作任务。", "3"],
  [null, "预算配置", "在职人员控制率", "2", "部门本年度实际在职人员数与编制数的比率。", "在职人员控制率=(在职人员数/编制数)×100%;编制数:机构编制部门核定的人员编制数。", "2"],
  [null, null, "三公经费变动率", "2", "部门本年度三公经费预算数与上年度的变动比率。", "三公经费变动率=[(本年度-上年度)/上年度]×100%", "2"],
];

describe("an attachment's own heading naming an indicator set decides over the report's title (headedIndicatorSet)", () => {
  it("…部门整体支出绩效自评报告 / 附件2 / 部门整体支出绩效评价参考指标 over 指标解释 | 指标说明 | 得分: indicator-system", () => {
    expect(reviewFamily(attachment("某单位2019年部门整体支出绩效自评报告", "部门整体支出绩效评价参考指标", EXPLAINED_HEAD, EXPLAINED_LINES))).toBe("indicator-system");
  });
  it("the same indicators with no 得分 column (the rules before anyone scored them): indicator-system", () => {
    const head = EXPLAINED_HEAD.slice(0, 6);
    expect(reviewFamily(attachment("某单位2019年部门整体支出绩效自评报告", "部门整体支出绩效评价参考指标", head, EXPLAINED_LINES.map((l) => l.slice(0, 6))))).toBe("indicator-system");
  });
  it("the attachment a self-evaluation form of targets and what was done (年度指标值 | 实际完成值): dept-self-eval", () => {
    const head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
    const lines = [
      ["产出指标", "数量指标", "培训班次", "≥10", "12", "30", "30"],
      [null, "质量指标", "合格率", "≥95%", "96%", "20", "20"],
      ["效益指标", "社会效益指标", "学员满意度", "≥90%", "95%", "40", "40"],
    ];
    expect(reviewFamily(attachment("某单位2019年部门整体支出绩效自评报告", "部门整体支出绩效自评表", head, lines))).toBe("dept-self-eval");
  });
});
