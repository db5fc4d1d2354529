import { Grid } from "../../src/core/grid/grid";
import { sheetFeatures } from "../../src/core/recognise";
import { departmentReportProse, documentBody, fileNameTitle, gluedTitle } from "../../src/core/recognise/families/document-text";
import { review, reviewFamily } from "../../src/core/review";
import { broken, DOCUMENT_VARIANTS, documentVariant, isProse } from "./document-variants";
import { traditional } from "./metamorphic";
import { realGrid, realTruths } from "./title-variants";

/**
 * fam48 (session 48): the family of documents without a usable title.
 * (1) a title that is not a line of its own: a file-name line ('….docx'), a title glued to the body in one long cell (the
 *     document's line breaks as spaces), after a page's navigation words, with spaces inside words (PDF line breaks), in 繁體;
 * (2) a department's whole-spending evaluation report by its body, no title naming it.
 * Each class printed as other publishers print it, beside the near shapes that must stay `unknown`.
 */
const cells = (...rows: string[]) => Grid.fromValues("Sheet1", rows.map((r) => [r]), []);
const familyOf = (g: Grid) => review(g, "national").model.family;
/** The text in traditional characters (metamorphic's converter, through a one-cell grid). */
const toTraditional = (s: string) => String(traditional(Grid.fromValues("Sheet1", [[s]], [])).cell(1, 1)!.v);

// a project's evaluation report, its lines (the fishery report's shape, other words and figures)
const PROJECT_REPORT = [
  "某县2022年农村饮水安全维修养护资金 支出绩效评价报告",
  "某县水利局 (2023 年 3 月 10 日)",
  "为保障农村供水工程长效运行,根据县财政局 2022 年部门预算安排,特实施本项目。",
  "一、项目基本情况",
  "(一)项目概况",
  "1、项目背景。全县现有农村供水工程 126 处,覆盖人口 21.3 万人。",
  "2、资金安排。维修养护资金共计 65 万元。",
  "(二)项目实施情况",
  "1、资金的组织实施。县水利局和财政局成立了领导小组。",
  "2、资金的使用。管网维修 40 万元,水质检测 25 万元,共计 65 万元;",
  "二、绩效评价工作开展情况",
  "(一)绩效评价的目的",
  "为进一步规范财政资金管理,强化支出责任。",
];
const oneCell = (lines: string[]) => lines.join(" ");

describe("(1) a title that is not a line of its own: the document's lines read from one long cell", () => {
  const title = PROJECT_REPORT[0].replace(/\s/g, "");
  const variants: [string, Grid][] = [
    ["a file-name line over the text in one cell (the fishery's shape)", cells(`${title}.docx`, oneCell(PROJECT_REPORT))],
    ["the file name with the amount, .pdf", cells("某县农村饮水安全维修养护资金65万元项目绩效评价报告.pdf", oneCell(PROJECT_REPORT))],
    ["the title glued to the body, no file name", cells(oneCell(PROJECT_REPORT))],
    ["spaces inside the words (a PDF's line breaks)", cells(broken(oneCell(PROJECT_REPORT), 11))],
    ["繁體", cells(toTraditional(oneCell(PROJECT_REPORT)))],
    ["after a page's navigation words", cells(oneCell(["当前位置:首页>>政务公开>>财政资金", ...PROJECT_REPORT, "时间:2023-03-12"]))],
    ["自评报告, its heads other words", cells(oneCell(["某县2022年度高标准农田建设项目绩效自评报告", "一、项目概况", "项目资金共计 300 万元。", "二、资金使用情况", "已拨付 300 万元。", "三、项目实施情况", "完成建设 1.2 万亩。", "四、存在的问题", "无。"]))],
  ];
  it.each(variants)("%s → project-self-eval", (_name, g) => {
    expect(familyOf(g)).toBe("project-self-eval");
  });

  it("a department's report in one cell, its title glued → dept-self-eval", () => {
    const lines = ["某县财政局2021年度部门整体支出绩效自评报告", "一、部门基本概况", "(一)机构设置情况", "内设股室12个。", "(二)人员编制情况", "现有编制人员 56 人。", "二、部门整体支出管理及使用情况", "(一)基本支出", "全年基本支出 820 万元。", "三、部门整体支出绩效情况", "自评得分 95 分。"];
    expect(familyOf(cells(oneCell(lines)))).toBe("dept-self-eval");
    expect(familyOf(cells(toTraditional(oneCell(lines))))).toBe("dept-self-eval");
  });

  it("a monitoring report's title glued to its text → monitoring", () => {
    const lines = ["某区2023年项目支出绩效运行监控报告", "一、项目支出基本情况", "纳入绩效运行监控范围的项目共 12 个,年初预算安排共计 5600 万元。", "二、绩效目标完成情况", "1-6月执行 2300 万元,执行率 41.07%。", "三、存在的问题及整改措施", "部分项目进度滞后。"];
    expect(familyOf(cells(oneCell(lines)))).toBe("monitoring");
  });

  it("the glued title and the file name, read as a reviewer reads them", () => {
    const text = "南县2021年渔政执法经费支出绩效评价报告南县农业综合行政执法大队(2022年2月23日)为进一步确保我县渔业渔政执法健康有序发展";
    expect(gluedTitle(text)).toEqual({ at: 0, title: "南县2021年渔政执法经费支出绩效评价报告" });
    expect(gluedTitle("当前位置:首页>>政务公开>>公共文化丽水市文化馆2018年度整体支出绩效评价报告时间:2020-03-26")?.title).toBe("公共文化丽水市文化馆2018年度整体支出绩效评价报告");
    // the report's own sentence, after a sentence's end: no title
    expect(gluedTitle("…较好完成了2022年度粮食风险基金绩效自评工作。现将自评情况报告如下:一、绩效目标分解下达情况")).toBeNull();
    // the title alone is a title line, nothing glued to it
    expect(gluedTitle("某县2022年度项目支出绩效自评报告")).toBeNull();
    expect(fileNameTitle("南县渔政执法经费4.8万元项目绩效评价报告.docx")).toBe("南县渔政执法经费4.8万元项目绩效评价报告");
    expect(fileNameTitle("渔政执法经费共计4.8万元。")).toBeNull();
  });

  it("the one cell printed again as the document's lines: a line at each head, the title apart", () => {
    const f = sheetFeatures(cells(`${title}.docx`, oneCell(PROJECT_REPORT)));
    const lines = documentBody(f).split("\n");
    expect(lines[0]).toBe(`${title}|`);
    expect(lines[1]).toBe(`${title}|`);
    expect(lines).toContain("一、项目基本情况|");
    expect(lines).toContain("(一)项目概况|");
    expect(lines).toContain("(二)项目实施情况|");
    expect(lines).toContain("二、绩效评价工作开展情况|");
    // (a decimal is no head: '1.2 万亩' stays in its sentence; the sheet's body itself is unchanged)
    expect(f.body.split("\n")[1].length).toBe(81);
  });

  // near shapes that name no family: a notice asking units to evaluate, a news item, a budget explanation, a staff list
  const unknowns: [string, Grid][] = [
    ["a notice asking units to evaluate, in one cell", cells(oneCell(["关于开展2022年度项目支出绩效自评工作的通知", "各乡镇、县直各单位:", "为做好2022年度项目支出绩效自评工作,现将有关事项通知如下:", "一、自评范围", "纳入2022年度预算的全部项目支出。", "二、自评内容", "预算执行情况、产出和效益情况。", "三、时间安排", "请于2023年3月31日前报送自评报告。"]))],
    ["a news item about an evaluation, in one cell", cells(oneCell(["县财政局扎实开展2022年度财政支出绩效评价工作", "发布时间:2023-04-12 来源:县财政局", "近日,县财政局组织第三方机构对12个重点项目开展绩效评价工作,涉及资金1.2亿元。", "评价采取现场核查与资料审核相结合的方式。", "下一步,县财政局将加强评价结果应用。"]))],
    ["a budget explanation with 机构设置 and 人员编制, in one cell", cells(oneCell(["某县农业农村局2023年部门预算公开说明", "一、部门基本情况", "(一)机构设置", "内设股室8个,下属事业单位3个。", "(二)人员编制", "核定编制 60 名。", "二、收支预算总体情况", "收入预算 3200 万元,支出预算 3200 万元。", "三、部门整体支出绩效目标", "保障机构正常运转。"]))],
    ["a staff list in one cell", cells(oneCell(["某县财政局工作人员名单", "局长 张三", "副局长 李四", "办公室主任 王五", "预算股股长 赵六 国库股股长 钱七 综合股股长 孙八 会计股股长 周九 乡财股股长 吴十"]))],
  ];
  it.each(unknowns)("%s → unknown", (_name, g) => {
    expect(familyOf(g)).toBe("unknown");
  });
});

// the finance bureau's report, its title line gone: the body says it is a department's evaluation
const DEPT_BODY = [
  "一、自评得分情况",
  "根据《关于全面实施预算绩效管理的实施意见》等文件精神,按照部门整体支出绩效评价指标体系,对某县财政局2020年度机关整体支出开展了绩效评价,综合评分为97分。",
  "二、单位基本概况",
  "(一)机构设置情况",
  "内设股室16个,直属事业单位3个。",
  "(二)人员编制情况",
  "现有编制人员205人。",
  "(三)部门预算单位构成",
  "纳入部门预算编制范围的单位有3个。",
  "(四)单位职责",
  "1.组织贯彻执行国家财税方针、政策。",
];

describe("(2) a department's whole-spending evaluation report by its body (departmentReportProse)", () => {
  const variants: [string, Grid][] = [
    ["no title (the finance bureau's shape)", cells(...DEPT_BODY)],
    ["附件2 over it", cells("附件2", ...DEPT_BODY)],
    ["a title naming only the unit and the year", cells("某县财政局2020年度", ...DEPT_BODY)],
    ["繁體", cells(...DEPT_BODY.map(toTraditional))],
    [
      "other words: 单位整体支出 … 绩效自评, 自评得分92分, heads 部门职责 / 人员编制",
      cells("一、基本情况", "(一)部门职责", "负责全县水利工程建设管理。", "(二)人员编制", "编制 45 人,实有 43 人。", "二、自评结论", "对本单位2021年度单位整体支出开展绩效自评,自评得分92分,等级为优。", "三、存在的问题", "预算编制不够精细。"),
    ],
    ["its heads and sentences as one cell, no title", cells(oneCell(DEPT_BODY))],
  ];
  it.each(variants)("%s → dept-self-eval", (_name, g) => {
    expect(familyOf(g)).toBe("dept-self-eval");
  });

  const unknowns: [string, Grid][] = [
    // the counter-shape: a budget explanation has the department's heads and names its whole spending, no result
    // (its 部门整体支出 words below the first six lines: within them, a title's reading names the department's form — left as
    // it was, see the diagnosis)
    ["部门预算公开说明: 机构设置, 人员编制, 部门整体支出绩效目标, no result", cells("一、部门基本情况", "(一)机构设置", "内设股室8个。", "(二)人员编制", "核定编制 60 名。", "(三)主要职责", "负责全县农业农村工作。", "二、收支预算总体情况", "收入预算 3200 万元。", "三、部门整体支出绩效目标", "对部门整体支出开展绩效评价,确保资金使用效益。")],
    // an accounts' explanation with its self-evaluation section after the accounts: its result stated
    ["决算说明 with its 绩效自评 section and a score", cells("一、部门基本情况", "(一)机构设置", "内设股室8个。", "(二)人员编制", "核定编制 60 名。", "二、收入支出决算总体情况", "2021年度收入支出决算总计 3300 万元。", "三、绩效评价情况说明", "对部门整体支出开展了绩效自评,自评得分95分。")],
    // a notice asking for the department's evaluation: no result stated
    ["a notice asking for the whole-spending evaluation", cells("各单位:", "为做好部门整体支出绩效评价工作,现将有关事项通知如下:", "一、评价范围", "(一)机构设置及人员编制情况", "(二)部门职责履行情况", "二、时间安排", "请于3月底前报送。")],
    // a news item stating a score, no numbered heads of the department's situation
    ["a news item stating the score", cells("县财政局扎实推进预算绩效管理", "发布时间:2023-04-12", "近日,县财政局对县水利局2022年度部门整体支出开展了绩效评价,综合评分为91分。", "评价组查阅了资料。")],
    // two results: a list's, not a report's
    ["two units' scores", cells("一、机构设置", "二、人员编制", "对甲局部门整体支出开展了绩效评价,综合评分为91分。", "对乙局部门整体支出开展了绩效评价,综合评分为85分。")],
  ];
  it.each(unknowns)("%s → unknown", (_name, g) => {
    expect(familyOf(g)).toBe("unknown");
  });

  it("the reading's evidence, each part required", () => {
    const body = (rows: string[]) => sheetFeatures(cells(...rows)).body;
    expect(departmentReportProse(body(DEPT_BODY))).toBe(true);
    // no result stated
    expect(departmentReportProse(body(DEPT_BODY.map((x) => x.replace(",综合评分为97分", ""))))).toBe(false);
    // one head of the department's situation only
    expect(departmentReportProse(body(DEPT_BODY.filter((x) => !/机构设置|部门预算单位构成|单位职责|单位基本概况/.test(x))))).toBe(false);
    // a project named
    expect(departmentReportProse(body(["项目名称:农村公路养护", ...DEPT_BODY]))).toBe(false);
  });
});

describe("the generated set: every real prose report, and every real unknown truth, printed as a document without a title line", () => {
  // (sources: the real truths printed without a header row whose review names their family; unknown truths all)
  // (sources: the real reports printed as prose — no header read, most lines one text — whose review names their family;
  // every unknown truth read unknown, prose or table)
  const sources = realTruths()
    .filter((t) => ["project-self-eval", "dept-self-eval", "monitoring", "unknown"].includes(t.family))
    .map((t) => ({ t, g: realGrid(t.id) }))
    .map(({ t, g }) => ({ t, g, r: review(g, "national") }))
    .filter(({ t, g, r }) => r.model.family === t.family && (t.family === "unknown" || isProse(g, r)));
  const reports = sources.filter(({ t }) => t.family !== "unknown");
  const counter = sources.filter(({ t }) => t.family === "unknown");
  const one = ["file name, one cell", "one cell", "one cell, PDF breaks", "one cell, 繁體"] as const;

  it("the reports read in one cell: their family on nearly all (fam48: 0 of them before)", () => {
    let n = 0;
    let right = 0;
    let wrong = 0;
    for (const { t, g } of reports)
      for (const kind of one) {
        const v = documentVariant(kind, g);
        if (!v) continue;
        n++;
        const got = reviewFamily(v);
        if (got === t.family) right++;
        else if (got !== "unknown") wrong++;
      }
    expect(reports.length).toBeGreaterThanOrEqual(10);
    expect(right).toBeGreaterThanOrEqual(Math.ceil(n * 0.9));
    expect(wrong).toBe(0);
  });

  it("the unknown truths in every shape: none named a family", () => {
    const named: string[] = [];
    for (const { t, g } of counter)
      for (const kind of DOCUMENT_VARIANTS) {
        const v = documentVariant(kind, g);
        if (v && reviewFamily(v) !== "unknown") named.push(`${kind}: ${t.id}`);
      }
    expect(counter.length).toBeGreaterThanOrEqual(100);
    expect(named).toEqual([]);
  });
});
