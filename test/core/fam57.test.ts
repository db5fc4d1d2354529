import { reviewFamily } from "../../src/core/review";
import { sheetFeatures } from "../../src/core/recognise/features";
import { chromeEnd, siteDocumentName } from "../../src/core/recognise/families/document-site";
import { documentBody } from "../../src/core/recognise/families/document-text";
import { projectReportHeads } from "../../src/core/recognise/families/project-report-heads";
import { columnGrid, fam53Variant, type Fam53Variant } from "./fam53-variants";
import { realGrid } from "./title-variants";

/**
 * fam57 (session 57): prose reports as publishers print them — session 56's two held-out misses, each a class:
 * 1. families/document-site.ts: a document-sharing site's preview — its blurb ('《….docx》由会员分享,可在线阅读…请在…上搜索。') is
 *    the site's, not the document's: the name it quotes is read as the title line, the rest of its cell (the document pasted
 *    after it) as the document's lines, its heads run on after a sentence's end broken into lines;
 * 2. families/project-report-heads.ts: a project's report with no title, by its section heads (the project's overview, its
 *    money, its execution) and its spending stated as done;
 * 3. families/report-vocabulary.ts evaluationHead: a monitoring's word in a sentence ('上半年举办培训班') does not refuse a report's
 *    vocabulary where a coded head names the evaluation (二、绩效评价指标分析情况) and none a monitoring (沅江's title variants).
 * Every shape read here was unknown on the branch's base (1af64191, checked), every counter-shape stays so.
 */
const family = (texts: string[]) => reviewFamily(columnGrid(texts));

const BLURB = "《某县2021年农村公路养护资金支出绩效评价报告.docx》由会员分享,可在线阅读,更多相关《某县2021年农村公路养护资金支出绩效评价报告.docx(5页珍藏版)》请在某某文库网|工程机械CAD图纸|机械工程制图|CAD装配图下载|设计图分享下载上搜索。";

describe("a document site's chrome (document-site.ts)", () => {
  it.each([
    ["the taowenge-style blurb: the whole line, the name without .docx", BLURB, BLURB.length, "某县2021年农村公路养护资金支出绩效评价报告"],
    ["a 文档网 editor's blurb: closed at its '!'", "以下是第一文档网的小编为您整理的《老年人日间照料中心项目绩效自评报告》,欢迎阅读!", 41, "老年人日间照料中心项目绩效自评报告"],
    ["a 范文网 blurb", "以下是范文网小编为大家整理的《2022年度项目支出绩效自评报告》,希望对大家有所帮助。", 43, "2022年度项目支出绩效自评报告"],
    ["a page count alone: chrome, no name", "第2页/共5页", 7, null],
    ["a prompt with no name", "还剩3页未读,继续阅读", 11, null],
  ])("%s", (_, text, end, name) => {
    expect(chromeEnd(text)).toBe(end);
    expect(siteDocumentName(text)).toBe(name);
  });
  it.each([
    ["one weak phrase: a report may say 欢迎阅读", "欢迎阅读本单位2021年度项目绩效自评报告。"],
    ["two weak phrases, no site's own: a library's 数字文库 read online", "新建数字文库1个,读者可在线阅读电子图书3000册。"],
    ["a site's phrase past the text's first 400 characters", "项目资金执行情况良好。".repeat(40) + "由会员分享,可在线阅读"],
    ["a report's sentence naming a document in 《》", "根据《某县农村公路养护资金管理办法》,县交通运输局开展了绩效评价。"],
  ])("not chrome: %s", (_, text) => {
    expect(chromeEnd(text)).toBe(-1);
    expect(siteDocumentName(text)).toBeNull();
  });

  const report = [
    BLURB,
    "1、某县2021年农村公路养护资金支出绩效评价报告根据市财政局关于下达2021年农村公路养护资金预算的通知要求,资金主要用于县乡道路日常养护。我局将加强资金管理,确保专款专用,提高资金使用效益。一、基本情况(一)项目概况全县农村公路总里程820公里。",
    "2、2021年共养护县乡道路820公里,养护资金120万元已全部到位。二、绩效评价工作开展情况绩效评价目的是强化完成工作的动力。",
  ];
  it("the title is the quoted name, not the blurb; the blurb's '|' are no table's cells", () => {
    const f = sheetFeatures(columnGrid(report));
    expect(f.title).toContain("|某县2021年农村公路养护资金支出绩效评价报告|");
    expect(f.title).not.toContain("由会员分享");
    const lines = documentBody(f).split("\n");
    expect(lines[0]).toBe("某县2021年农村公路养护资金支出绩效评价报告|");
    expect(lines.some((l) => l.includes("上搜索"))).toBe(false);
    // (a head run on after a sentence's end starts a line of the preview's document)
    expect(lines).toContain("一、基本情况(一)项目概况全县农村公路总里程820公里。|");
  });
  it("a preview of an evaluation report reads project-self-eval (its vocabulary: 资金管理 / 资金使用, 项目概况, 绩效评价); unknown on the base", () => {
    expect(family(report)).toBe("project-self-eval");
  });
  it("the whole page in one cell, the document after the chrome: the same", () => {
    expect(family([report.join("\n")])).toBe("project-self-eval");
  });
  it("not: the same blurb over a notice's text (通知如下) — the document is a notice", () => {
    const notice = [
      "《关于开展2021年度项目支出绩效自评工作的通知.docx》由会员分享,可在线阅读,更多相关《关于开展2021年度项目支出绩效自评工作的通知.docx(3页珍藏版)》请在某某文库网上搜索。",
      "各乡镇、县直各单位:为加强预算绩效管理,提高资金使用效益,现将有关事项通知如下:一、自评范围 纳入2021年预算的项目资金。二、工作要求 各单位要认真组织开展绩效评价,于3月底前报送自评报告。",
    ];
    expect(family(notice)).toBe("unknown");
  });
});

describe("a project's report by its section heads (project-report-heads.ts)", () => {
  const report = [
    "一、项目概述",
    "某社区围绕居民需求,通过讲座、宣传栏和志愿服务活动,向辖区居民提供健康咨询和应急救护培训。",
    "二、项目资金概述",
    "(一)项目预算资金",
    "项目预算总金额20万元,其中设备购置15万元,场地改造5万元。",
    "(二)项目资金实际支出",
    "项目实际支出金额18.5万元,其中设备购置14万元,场地改造4.5万元。",
    "三、项目执行情况",
    "(一)组织保障",
    "成立了以社区书记为组长的项目领导小组,明确了职责分工。",
    "(二)项目实施周期",
    "项目于2023年5月启动,2023年10月竣工。",
  ];
  it("overview, funds spent, execution, the spending stated: project-self-eval (unknown on the base)", () => {
    expect(projectReportHeads(sheetFeatures(columnGrid(report)))).toBe(true);
    expect(family(report)).toBe("project-self-eval");
  });
  it.each([
    ["an application: a plan's heads, nothing spent", ["一、项目概述", "拟在社区建设救护站一处。", "二、项目资金预算", "项目申请资金20万元,其中设备购置15万元。", "三、项目实施计划", "计划于2024年5月启动,10月竣工。", "四、预期效益", "预计服务居民3000人次。"]],
    ["a fund-use statement: no execution head", ["一、项目总体情况", "全县安排3个项目,资金199万元。", "二、项目资金使用情况", "截至年底已支出120万元,资金执行率60%。", "三、资金结转结余情况", "结余资金79万元,结转下年使用。"]],
    ["a monitoring of the year as it goes (截至6月底)", [...report.slice(0, 6), "截至6月底项目实际支出金额8.5万元。", ...report.slice(7)]],
    ["a notice (通知如下)", ["现将有关事项通知如下:", ...report]],
    ["a department's whole-spending evaluation", ["2023年度部门整体支出绩效评价情况如下。", ...report]],
    ["a budget's or accounts' explanation (决算说明)", ["2023年度部门决算说明", ...report]],
  ])("not: %s", (_, lines) => {
    expect(projectReportHeads(sheetFeatures(columnGrid(lines as string[])))).toBe(false);
    expect(family(lines as string[])).not.toBe("project-self-eval");
  });
});

describe("a monitoring's word in a sentence under a head naming the evaluation (report-vocabulary.ts evaluationHead)", () => {
  const report = [
    "一、项目基本概况",
    "本单位承担全市干部培训任务,设5个内设机构。",
    "二、绩效评价指标分析情况",
    "(一)项目资金情况分析",
    "1、项目资金到位情况分析",
    "2023年培训专项资金50万元,全额拨付到位。",
    "2.项目资金管理情况",
    "专项资金专款专用,管理规范。",
    "(二)项目组织实施情况",
    "2023年上半年举办培训班两期,下半年举办一期,共培训学员300人。",
  ];
  it("'上半年举办培训班' under '二、绩效评价指标分析情况': project-self-eval (unknown on the base)", () => {
    expect(family(report)).toBe("project-self-eval");
  });
  it.each([
    ["a head naming a monitoring as well ('三、绩效监控发现的问题')", [...report, "三、绩效监控发现的问题", "部分资金支付进度偏慢。"]],
    ["no head naming the evaluation ('二、绩效指标分析情况')", report.map((l) => l.replace("绩效评价指标", "绩效指标"))],
  ])("not: %s", (_, lines) => {
    expect(family(lines as string[])).not.toBe("project-self-eval");
  });
});

describe("session 56's two held-out misses, now real sheets, and their prints", () => {
  const BAODI = "tj-baodi-forestry-reform-development-funds-pest-control-eval-report-2019-excerpt";
  const XISHAN = "yn-kunming-xishan-yongxinglu-community-red-cross-boai-home-project-report-2022-excerpt";
  it.each([
    [BAODI, null],
    [BAODI, "as paragraphs"],
    [BAODI, "traditional"],
    [BAODI, "sentence a row"],
    [BAODI, "numbering changed"],
    [BAODI, "one cell"],
    [XISHAN, null],
    [XISHAN, "as paragraphs"],
    [XISHAN, "first half"],
    [XISHAN, "traditional"],
    [XISHAN, "sentence a row"],
    [XISHAN, "numbering changed"],
    [XISHAN, "one cell"],
  ] as [string, Fam53Variant | null][])("%s (%s): project-self-eval", (id, kind) => {
    const g = realGrid(id);
    expect(reviewFamily(kind ? fam53Variant(kind, g)! : g)).toBe("project-self-eval");
  });
});
