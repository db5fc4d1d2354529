import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { brokenTitle } from "../../src/core/recognise/broken-title";
import { sheetFeatures } from "../../src/core/recognise/features";
import { departmentResultProse } from "../../src/core/recognise/families/document-text";
import { progressBulletin } from "../../src/core/recognise/families/progress-bulletin";
import { review, reviewFamily } from "../../src/core/review";
import { BROKEN_TITLE_VARIANTS, brokenTitleVariant, BULLETIN_VARIANTS, bulletinVariant } from "./grad49a-variants";
import { realGrid, realTruths } from "./title-variants";

/**
 * grad49a (session 49): a document's family from a broken title and from its body alone.
 * 1. broken-title.ts: a title broken across two or three lines at the document's head read as one title line (features'
 *    title, report-scores' reportKind / reportTitleLine).
 * 2. A title naming a project's evaluation outranks one body phrase naming the department (document-text.ts
 *    departmentFundsBesideTitle); a title naming the department's budget evaluated as a whole is a department's
 *    (vocabulary.ts DEPT_WHOLE_TITLE); a title naming whose neither leaves it to the body's opening (report-scores.ts).
 * 3. A department's report's sentence score ('总体得分为84.47分,评级为“优”') is its total once the family is read.
 * 4. progress-bulletin.ts: works counted by progress status with their shares; a period run to the year's end where the
 *    text reports progress.
 */
const REAL = join(__dirname, "..", "fixtures", "real");
const realJson = (id: string) => JSON.parse(readFileSync(join(REAL, `${id}.json`), "utf8")) as { grid: (string | number)[][]; merges?: string[] };
const lines = (rows: string[], name = "Sheet1") => Grid.fromValues(name, rows.map((r) => [r]), []);
const familyOf = (g: Grid) => reviewFamily(g);
/** compact one-cell body lines, as SheetFeatures.body holds them */
const body = (...rows: string[]) => rows.map((r) => (r ? r + "|" : ""));

const LINXIA = "gs-linxia-disabled-veterans-nursing-fee-selfeval-report-2023-excerpt";
const WUSHAN = "gs-wushan-fire-rescue-brigade-dept-selfeval-rectification-report-2024-excerpt";
const QINSHUI = "sx-jincheng-qinshui-county-key-projects-investment-2021";
const XIANGTAN = "hn-xiangtan-key-livelihood-projects-progress-2019-10";

describe("brokenTitle: a title over two or three lines read as one", () => {
  it.each([
    ["two lines, the break inside a word, under a document number", body("临市退军发[2024]6号", "关于上报2023年1-4级残疾军人护理费项目", "支出绩效自评的报告", "临夏州退役军人事务局"), "关于上报2023年1-4级残疾军人护理费项目支出绩效自评的报告"],
    ["two lines, the break inside a word", body("武山县消防救援大队2024年度部门预算", "执行情况绩效自评整改报告", "一、基本情况"), "武山县消防救援大队2024年度部门预算执行情况绩效自评整改报告"],
    ["two lines, the break between words", body("某县农业农村局2023年度", "项目支出绩效自评表"), "某县农业农村局2023年度项目支出绩效自评表"],
    ["three lines", body("某县人民医院", "2023年度基本公共卫生服务项目", "支出绩效自评报告"), "某县人民医院2023年度基本公共卫生服务项目支出绩效自评报告"],
    ["a blank line between", body("岳阳市2018年度部门整体支出", "", "绩效评价自评报告"), "岳阳市2018年度部门整体支出绩效评价自评报告"],
    ["a subtitle's bracket line inside", body("武山县消防救援大队2024年度部门预算", "(2023年度)", "执行情况绩效自评整改报告"), "武山县消防救援大队2024年度部门预算执行情况绩效自评整改报告"],
    ["the attachment's number left of the first line", ["附件2|武山县消防救援大队2024年度部门预算|", "执行情况绩效自评整改报告|"], "武山县消防救援大队2024年度部门预算执行情况绩效自评整改报告"],
    ["a notice's title", body("关于开展2023年度部门预算", "绩效自评工作的通知"), "关于开展2023年度部门预算绩效自评工作的通知"],
  ])("%s", (_, head, joined) => {
    expect(brokenTitle(head)).toBe(joined);
  });

  it.each([
    ["a whole title, then a section head", body("2023年度项目支出绩效自评报告", "一、基本情况")],
    ["a whole title, then its subtitle", body("部门整体支出绩效自评表", "(2023年度)")],
    ["a title, then a date line", body("某县农业农村局2023年度工作", "2024年3月1日")],
    ["a title, then the addressee", body("关于2023年度绩效自评情况的报告", "市财政局:")],
    ["a list of short items", body("基本支出", "项目支出", "人员经费情况")],
    ["a sentence broken over two lines", body("根据有关文件精神,现将有关", "情况报告如下")],
    ["two lines, no document's word at the end", body("某县农业农村局2023年度", "2024年3月")],
    ["a line of several cells", ["某县农业农村局|2023年度|", "项目支出绩效自评表|"]],
  ])("not: %s", (_, head) => {
    expect(brokenTitle(head)).toBeNull();
  });

  it("in 繁體 and with spaces inside its words, the sheet's title holds the join (compact)", () => {
    const g = lines(["武山縣消防救援大隊2024年度部門 預算", "執行情況績效自評 整改報告", "一、基本情況"]);
    expect(sheetFeatures(g).title).toContain("|武山县消防救援大队2024年度部门预算执行情况绩效自评整改报告|");
  });
});

describe("临夏: a project's report under a broken title, one body phrase naming the department", () => {
  it("the sheet reads project-self-eval (it read dept-self-eval from A9's '部门整体绩效目标完成情况')", () => {
    const j = realJson(LINXIA);
    expect(familyOf(Grid.fromValues("Sheet1", j.grid, []))).toBe("project-self-eval");
  });
  it.each(BROKEN_TITLE_VARIANTS.map((v) => [v]))("its title printed as '%s' (rows 2-3 joined first, then broken again)", (kind) => {
    const j = realJson(LINXIA);
    // (the two title lines as one, then broken in the variant's way)
    const one = [j.grid[0], [String(j.grid[1][0]) + String(j.grid[2][0])], ...j.grid.slice(3)];
    const v = brokenTitleVariant(kind, Grid.fromValues("Sheet1", one, []), null);
    expect(v).not.toBeNull();
    expect(familyOf(v!)).toBe("project-self-eval");
  });
  it.each([["附件2"], ["某县农业农村局2023年度"]])("its first title line replaced by '%s': the report's line left ('支出绩效自评的报告') still names a project's evaluation", (line) => {
    const j = realJson(LINXIA);
    const g = j.grid.map((r) => r.slice());
    g[1] = [line];
    expect(familyOf(Grid.fromValues("Sheet1", g, []))).toBe("project-self-eval");
  });

  const report = (title: string[], dept: string) =>
    lines([
      ...title,
      "一、基本情况",
      "2023年下达农村公路养护资金50万元,已拨付50万元,预算执行率为100%。",
      "二、绩效目标完成情况",
      dept,
      "三、存在的问题",
      "个别路段养护不及时。",
    ]);
  it.each([
    ["two lines, the break inside a word", ["某县交通运输局关于2023年度农村公路养护项目", "支出绩效自评的报告"]],
    ["two lines, the break between words", ["某县交通运输局2023年度", "农村公路养护资金绩效自评报告"]],
    ["three lines", ["某县交通运输局", "2023年度农村公路养护专项资金", "绩效自评报告"]],
    ["one line", ["某县交通运输局2023年度农村公路养护项目支出绩效自评报告"]],
  ])("a project's report (%s) over a body naming 部门整体 once: project-self-eval", (_, title) => {
    expect(familyOf(report(title, "2023年部门整体绩效目标完成情况良好,各项指标均已完成。"))).toBe("project-self-eval");
  });
  it.each([
    ["a department's report over two lines", ["某县交通运输局2023年度部门整体支出", "绩效自评报告"]],
    ["a department's budget evaluated as a whole", ["某县交通运输局2023年度部门预算", "执行情况绩效自评报告"]],
  ])("not a project's: %s (dept-self-eval)", (_, title) => {
    expect(familyOf(report(title, "2023年部门整体绩效目标完成情况良好,各项指标均已完成。"))).toBe("dept-self-eval");
  });
  it("not: a notice asking for self-evaluations under a broken title is no report (unknown)", () => {
    const g = lines(["某县财政局", "关于开展2023年度部门预算", "绩效自评工作的通知", "各预算单位:", "为做好2023年度部门整体支出和项目支出绩效自评工作,现将有关事项通知如下:", "一、自评范围", "二、时间安排"]);
    expect(familyOf(g)).toBe("unknown");
  });
});

describe("武山: a department's rectification report under a broken title, its sentence score", () => {
  it("dept-self-eval, the total 84.47 and the grade 优 read from A4", () => {
    const j = realJson(WUSHAN);
    const r = review(Grid.fromValues("Sheet1", j.grid, []), "national");
    expect(r.model.family).toBe("dept-self-eval");
    expect(r.model.totals?.score?.cell).toBe("A4");
    expect(r.model.totals?.score?.value).toBe(84.47);
    expect(r.model.grade?.cell).toBe("A4");
    expect(r.model.grade?.value).toBe("优");
  });
  it.each(BROKEN_TITLE_VARIANTS.map((v) => [v]))("its title printed as '%s': dept-self-eval", (kind) => {
    const j = realJson(WUSHAN);
    const one = [[String(j.grid[0][0]) + String(j.grid[1][0])], ...j.grid.slice(2)];
    const v = brokenTitleVariant(kind, Grid.fromValues("Sheet1", one, []), null);
    expect(v).not.toBeNull();
    expect(familyOf(v!)).toBe("dept-self-eval");
  });
  it.each([["附件2"], ["某县农业农村局2023年度"]])("its first line replaced by '%s': the body's opening names the department's whole ('对部门整体支出…开展了全面自评')", (line) => {
    const j = realJson(WUSHAN);
    const g = j.grid.map((r) => r.slice());
    g[0] = [line];
    expect(familyOf(Grid.fromValues("Sheet1", g, []))).toBe("dept-self-eval");
  });
});

describe("a department's report by its own result when its situation's heads are not kept (departmentResultProse)", () => {
  it("武山 without its title (or under its name only): dept-self-eval, the total 84.47 and 优 read", () => {
    const j = realJson(WUSHAN);
    for (const name of ["Sheet1", "武山县消防救援大队2024年度部门预算"]) {
      const r = review(Grid.fromValues(name, j.grid.slice(2), []), "national");
      expect(r.model.family).toBe("dept-self-eval");
      expect(r.model.totals?.score?.value).toBe(84.47);
      expect(r.model.grade?.value).toBe("优");
    }
  });
  const text = (...rows: string[]) => rows.map((r) => r + "|").join("\n");
  it.each([
    ["a rectification report", ["一、基本情况", "经自评,我局部门绩效自评工作总体得分为92分,评级为“优”,现将整改情况报告如下:", "二、存在问题及整改措施"]],
    ["a department's report's result", ["一、自评结论", "2023年度我单位部门整体支出绩效自评得分为88.5分,评价等级为良。", "二、存在的问题"]],
    ["a unit's whole evaluated", ["一、基本情况", "单位整体绩效评价综合得分为90分,评价结果为优。"]],
  ])("read: %s", (_, rows) => {
    expect(departmentResultProse(text(...rows))).toBe(true);
  });
  it.each([
    ["an accounts' explanation stating its self-evaluation", ["一、部门基本情况", "部门整体支出绩效自评得分为95分,评价结果为优。", "二、收入支出决算总体情况说明"]],
    ["a circular of several departments' results", ["一、评价结果", "甲局部门整体支出绩效评价得分为92分,评价结果为优;乙局部门整体支出绩效评价得分为78分,评价结果为中。"]],
    ["a news item", ["本报讯(记者 张三)", "一、总体情况", "我县部门整体支出绩效评价得分为92分,评价结果为优。"]],
    ["a project's report", ["一、项目基本情况", "项目名称:农村公路养护", "部门绩效自评得分为92分,评价结果为优。"]],
    ["no coded head", ["我局部门绩效自评工作总体得分为92分,评级为“优”。"]],
  ])("not: %s", (_, rows) => {
    expect(departmentResultProse(text(...rows))).toBe(false);
  });
});

describe("progress bulletins: works counted by status with shares; a period run to the year's end", () => {
  it("沁水 (1-12月份, 截止目前, 投资完成率 per level, no title line) and 湘潭 (counts by status with 占比) read as monitoring", () => {
    for (const id of [QINSHUI, XIANGTAN]) expect(familyOf(Grid.fromValues("Sheet1", realJson(id).grid, []))).toBe("monitoring");
  });
  it.each(BULLETIN_VARIANTS.map((v) => [v]))("湘潭 and 沁水 as '%s': monitoring", (kind) => {
    for (const id of [QINSHUI, XIANGTAN]) {
      const v = bulletinVariant(kind, Grid.fromValues("Sheet1", realJson(id).grid, []));
      if (v) expect(familyOf(v)).toBe("monitoring");
    }
  });
  const bulletin = (...rows: string[]) => progressBulletin(lines(rows));
  it.each([
    ["counts by status with shares", ["截至9月底,全县15项民生实事中有9项提前完成,占比60%;3项进展较快,占比20%;3项进度滞后,占比20%。"]],
    ["by status, 个 and 占", ["截至6月底,全市重点项目20个,已开工16个,占80%;8个项目进度较快,占40%;4个项目建成投用,占20%。"]],
    ["investment at the year's end, 截至目前", ["截至目前,全区重点项目进展顺利,当年计划投资20亿元。", "1-12月完成投资21亿元,投资完成率105%。其中:", "市级项目完成投资8亿元,投资完成率110%。", "区级项目完成投资13亿元,投资完成率102%。"]],
  ])("read: %s", (_, rows) => {
    expect(bulletin(...rows)).toBe(true);
  });
  it.each([
    ["an evaluation's grades counted with shares", ["截至9月底,全县评价项目15个,其中优秀9项,占比60%;良好3项,占比20%;合格3项,占比20%。综合评分结果已反馈。"]],
    ["a rectification's progress", ["截至9月底,审计发现问题15项,已完成整改9项,占比60%;3项正在整改,占比20%;3项进度滞后,占比20%。"]],
    ["a year's work summary at the year's end", ["2021年工作总结", "1-12月,全县重点工程进展顺利,完成投资77亿元,投资完成率122%。", "省级项目投资完成率151%。", "市级项目投资完成率116%。"]],
    ["the year's end with no progress said", ["1-12月,全县完成投资77亿元,投资完成率122%。", "省级项目投资完成率151%。", "市级项目投资完成率116%。"]],
  ])("not: %s", (_, rows) => {
    expect(bulletin(...rows)).toBe(false);
  });
});

/**
 * The reach, measured on the corpus (scripts/measure-grad49a-variants.ts prints every sheet's): the prose reports (no table
 * header) whose family the engine reads as printed, each with its main title line broken in every variant's way: all keep
 * their family. (On the whole real split, table sheets included: 3453 of 3458 shapes kept after grad49a, 3451 before —
 * grad49a-diagnosis.md.)
 */
describe("every prose report's title broken across lines keeps its family", () => {
  const sources = realTruths().filter((t) => t.header_row === null && t.family !== "unknown");
  it.each(sources.map((t) => [t.id]))("%s", (id) => {
    const t = sources.find((s) => s.id === id)!;
    const g = realGrid(id);
    const base = review(g, "national");
    if (base.model.family !== t.family) return;
    let n = 0;
    let kept = 0;
    for (const kind of BROKEN_TITLE_VARIANTS) {
      const v = brokenTitleVariant(kind, g, base.model.headerRow);
      if (!v) continue;
      n++;
      if (familyOf(v) === t.family) kept++;
    }
    expect(kept).toBe(n);
  });
});
