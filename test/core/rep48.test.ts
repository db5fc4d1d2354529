import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { sheetFeatures } from "../../src/core/recognise/features";
import { documentBody, documentReportKind, evaluationReportProse } from "../../src/core/recognise/families/document-text";
import { traditional } from "./metamorphic";
import { broken } from "./document-variants";
import { realGrid } from "./title-variants";
import { RESULT_SHAPES, reads, resultShape, resultSources } from "./rep48-shapes";

/**
 * rep48 (session 48): a report's stated result read wherever its family is named, and an evaluation report named by its
 * body. Cells and values below are the sheets' own (computed by hand from the rows printed here).
 */

const sheet = (rows: string[], name = "Sheet1") => Grid.fromValues(name, rows.map((x) => [x]));
const kindOf = (rows: string[]) => {
  const f = sheetFeatures(sheet(rows));
  return documentReportKind(f);
};
const bodyReads = (rows: string[]) => evaluationReportProse(documentBody(sheetFeatures(sheet(rows))));

const ID = "he-tourism-development-fund-transfer-key-eval-report-2018-excerpt";

describe("河北 旅游发展基金: the stated result (A3) on the family's evidence", () => {
  const g = realGrid(ID);
  const rows: string[] = [];
  for (let r = 1; r <= g.rowCount; r++) rows.push(g.text(r, 1));
  const body = rows.slice(2);
  const cases: [string, Grid][] = [
    ["as printed (.pdf name line, spaced title)", g],
    ["the title lines removed", sheet(body)],
    ["the title lines as the sheet's name", sheet(body, "2016-2017年国家补助我省的旅游发展基金和省级旅游发")],
    ["another title of its family, no 自评 in it", sheet([rows[0], "某县2021年度重点项目绩效评价报告", ...body])],
    ["the .pdf name line alone", sheet([rows[0], ...body])],
    ["繁體", traditional(sheet(rows))],
    ["the whole text in one cell under its file name", sheet([rows[0], rows.slice(1).join(" ")])],
  ];
  it.each(cases)("%s: project-self-eval, total 84.13 and grade 良 at A3", (_n, grid) => {
    const r = review(grid, "national");
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.totals?.score?.value).toBe(84.13);
    expect(r.model.grade?.value).toBe("良");
    // (the rows kept: A3; the title lines removed: A1; in one cell: A2)
    const at = grid.rowCount === g.rowCount ? "A3" : grid.rowCount === 2 ? "A2" : grid.rowCount === body.length ? "A1" : "A2";
    expect(r.model.totals?.score?.cell).toBe(at);
  });
});

/** An evaluation report's abstract and its first sections, in other words (none of them names the report in a title). */
const REPORT_VARIANTS: [string, string[]][] = [
  ["摘要 + 一、项目基本情况 / (一)项目背景", ["【摘要】为了解资金使用效益,省财政厅于2019年6月对农村公路养护资金进行了绩效评价。经评价,该项目综合绩效评价得分86.5分,评价结果为良。", "【正文】根据有关通知要求,对2018年农村公路养护资金开展重点绩效评价。", "一、项目基本情况", "(一)项目背景", "农村公路是农村经济发展的基础设施。"]],
  ["经综合评价 + 一、基本概况 / 二、绩效目标", ["受县财政局委托,我公司对2020年义务教育薄弱学校改造资金开展了绩效评价。经综合评价,该专项资金绩效评价总得分为78分,评价等级为中。", "一、基本概况", "资金规模1200万元。", "二、绩效目标", "改造校舍12所。"]],
  ["self-evaluation: 开展了绩效自评, 自评得分", ["我局对2021年农业技术推广项目开展了绩效自评,自评得分92分,自评等级为优。", "一、项目概况", "项目资金50万元。", "二、项目绩效目标完成情况", "培训农民500人次。"]],
  ["评价认为, heads 1、 2、", ["评价组对市级文化惠民工程资金进行了评价。评价认为,项目管理规范,综合得分88分。", "1、项目基本情况", "资金安排300万元。", "2、评价结论", "项目实施效果良好。"]],
  ["繁體", ["【摘要】為了解資金使用效益,省財政廳於2019年6月對農村公路養護資金進行了績效評價。經評價,該項目綜合績效評價得分86.5分,評價結果為良。", "一、項目基本情況", "(一)項目背景", "農村公路是農村經濟發展的基礎設施。"]],
  ["spaces inside words (a PDF's line breaks)", ["【摘要】为了解资金使用效益,省财政厅于 2019 年 6 月对农村公路养 护资金进行了 绩效评价。经评价,该 项目综合绩效评价得分 86.5 分,评价结果为良。", "一、项目基本 情况", "(一)项目背景", "农村公路是农村经济发展的基 础设施。"]],
];

describe("an evaluation report named by its body (evaluationReportProse)", () => {
  it.each(REPORT_VARIANTS)("%s: read as a project's report", (_n, rows) => {
    expect(bodyReads(rows)).toBe(true);
    expect(kindOf(rows)).toBe("project");
    const r = review(sheet(rows), "national");
    expect(r.model.family).toBe("project-self-eval");
    expect(typeof r.model.totals?.score?.value).toBe("number");
  });
  it("in one cell (its heads split again as the document's lines)", () => {
    const rows = REPORT_VARIANTS[0][1];
    const one = sheet([rows.join(" ")]);
    expect(documentReportKind(sheetFeatures(one))).toBe("project");
    const r = review(one, "national");
    expect(r.model.totals?.score).toMatchObject({ cell: "A1", value: 86.5 });
    expect(r.model.grade?.value).toBe("良");
  });
  it("with spaces every 23 characters in one cell", () => {
    const one = sheet([broken(REPORT_VARIANTS[1][1].join(" "), 23)]);
    expect(review(one, "national").model.family).toBe("project-self-eval");
  });
});

/** Near shapes that state an evaluation (or a score) but are no report of one: none is read. */
const NOT_REPORTS: [string, string[]][] = [
  ["a news item quoting a score (no section heads)", ["县财政局扎实推进预算绩效管理", "发布时间:2023-04-12 来源:县财政局", "近日,县财政局对农村公路养护资金进行了绩效评价,综合得分86.5分,评价结果为良。", "评价组查阅了资料,走访了乡镇。"]],
  ["a news item with a byline and numbered points", ["本报讯(记者 张三)近日,省财政厅对旅游发展资金进行了绩效评价。经评价,该项目综合绩效评价得分84分,评价结果为良。", "一、项目基本情况", "(一)项目背景", "旅游产业是重要支柱。"]],
  ["a notice asking for an evaluation (no result)", ["各县(市、区)财政局:", "为加强资金管理,决定开展2022年度重点项目绩效评价。现将有关事项通知如下:", "一、评价范围", "(一)农村公路养护资金", "二、评价方法", "采取现场核查方式。"]],
  ["a circular of the results of several projects", ["经评价,甲项目综合得分91分,评价结果为优;乙项目综合得分78分,评价结果为中。", "一、评价基本情况", "(一)评价范围", "共评价项目2个。"]],
  ["a circular of one project's result ('通报如下')", ["省财政厅组织对农村公路养护资金进行了绩效评价,现将评价结果通报如下:", "经评价,该项目综合得分86.5分,评价结果为良。", "一、主要成效", "(一)资金管理规范", "二、存在问题"]],
  ["an accounts' explanation stating its self-evaluation", ["2022年度部门决算说明", "我单位开展了绩效自评,自评得分95分。", "一、部门基本情况", "(一)机构设置", "二、收入支出决算总体情况说明", "收入合计100万元。"]],
  ["a report's result but no section heads", ["省财政厅于2019年6月对农村公路养护资金进行了绩效评价。经评价,该项目综合绩效评价得分86.5分,评价结果为良。", "评价发现的问题主要是资金拨付滞后。", "下一步将加强整改。"]],
  ["heads and a result but no evaluation said carried out (a plan)", ["评价工作方案", "绩效评价得分90分的,评价结果为优。", "一、项目基本情况", "(一)项目背景", "二、评价方法"]],
  ["an evaluation's work plan: to be carried out, a band's rule", ["为加强资金管理,我厅将组织开展农村公路养护资金绩效评价。综合得分90分(含)以上的,评价结果为优。", "一、项目基本情况", "(一)项目背景", "二、评价方法", "采取现场核查方式。"]],
];

describe("near shapes that are no evaluation report: not read", () => {
  it.each(NOT_REPORTS)("%s", (_n, rows) => {
    expect(bodyReads(rows)).toBe(false);
    expect(kindOf(rows)).toBeNull();
    expect(review(sheet(rows), "national").model.family).not.toBe("project-self-eval");
  });
});

describe("generated: real prose reports stating their result, printed in other shapes (rep48-shapes.ts)", () => {
  const sources = resultSources();
  it("the class's sources are read as printed (河北 旅游发展基金 among them)", () => {
    expect(sources.map((s) => s.t.id)).toContain(ID);
  });
  // (a result stated with no breakdown reads in every shape; a breakdown over heads — each head's score on its own line —
  // is read where the lines are kept: in one cell the heads' scores are one line's, not read; rep48-diagnosis.md)
  const lineShapes = RESULT_SHAPES.filter((k) => !/one cell/.test(k));
  it.each(lineShapes)("%s: n of n read (family, total, grade)", (kind) => {
    let n = 0;
    let ok = 0;
    for (const { t, g } of sources) {
      const v = resultShape(kind, g, t.family);
      if (!v) continue;
      n++;
      if (reads(review(v, "national"), t)) ok++;
    }
    expect(n).toBeGreaterThan(0);
    expect(ok).toBe(n);
  });
  // (sources that do not read in a one-cell shape, `<id>|<shape>`, with the cause; each must still not read there)
  const ONE_CELL_KNOWN: Record<string, string> = {
    "sc-suining-daying-reservoir-resettlement-support-funds-eval-report-2020-excerpt|one cell":
      "dev56 (session 56; a source since its '整体绩效自评分95分' is read, prose-counts.ts): the page holds two documents — the tail of the 扶贫开发局's department report stating that result, then '附件2' over the project report's title ('大英县2020年度…项目绩效评价报告', A10) — and only that title, nine lines down, names the family; in one cell it stands mid-text after a sentence, where no glued title is looked for (document-text.ts gluedTitle: the text's opening), so the family is not named (with a file name over it, or in 繁體, the file name's or the page's other title reading names it)",
    "sc-suining-daying-reservoir-resettlement-support-funds-eval-report-2020-excerpt|one cell, PDF breaks": "dev56 (session 56): as in one cell",
  };
  it.each(RESULT_SHAPES.filter((k) => /one cell/.test(k)))("%s: every source stating its result with no breakdown reads", (kind) => {
    let n = 0;
    let ok = 0;
    for (const { t, g } of sources) {
      if (t.indicators.length) continue;
      const v = resultShape(kind, g, t.family);
      if (!v) continue;
      if (ONE_CELL_KNOWN[`${t.id}|${kind}`]) {
        expect(reads(review(v, "national"), t)).toBe(false);
        continue;
      }
      n++;
      if (reads(review(v, "national"), t)) ok++;
    }
    expect(n).toBeGreaterThan(0);
    expect(ok).toBe(n);
  });
});
