import { review } from "../../src/core/review";
import { unitStandardCosts } from "../../src/core/recognise/unit-standard-costs";
import { doubledStatementTotals } from "../../src/core/recognise/doubled-statement-total";
import { contentsSpan } from "../../src/core/recognise/contents-lines";
import { reportTitleIn } from "../../src/core/recognise/report-scores";
import { sheetFeatures } from "../../src/core/recognise/features";
import { flags, sheet } from "./probes";

/** dev56 (session 56; test/fixtures/real/dev56-s56-diagnosis.md): the shapes each new reading takes and refuses. */

describe("a report's title past its table of contents (contents-lines.ts)", () => {
  const TOC = ["目 录", "一、部门(单位)概况 1", "(一)部门(单位)职能职责 1", "二、预算编制及执行情况 3", "(一)预算编制情况 4", "三、绩效评价工作情况 5", "四、绩效评价分析情况 9", "五、绩效综合评价及结论 18", "六、主要问题及具体建议 19", "(一)存在的问题 19", "(二)下一步改进工作的意见和建议 19", "(三)其他 20", "(四)附件 21"];
  const cover = ["项目名称:2022年1-9月部门整体支出绩效评价", "实施单位:某市宗教事务局", "委托单位:某市财政局", "评价机构:某会计师事务所", "2022年11月"];
  const body = ["某市宗教事务局2022年1-9月部门整体支出绩效评价报告", "某财绩【2022】第186号", "我们接受某市财政局委托,对某市宗教事务局2022年1-9月部门整体支出开展绩效评价,具体情况如下:", "一、部门(单位)概况", "(一)部门(单位)职能职责", "某局主要职责是:"];
  test("the cover's title lines lost: the title after the contents names the department's report", () => {
    expect(review(sheet([...cover, ...TOC, ...body]), "national").model.family).toBe("dept-self-eval");
  });
  test("the contents' span: the heading and its entries (page numbers last); a 目录 with one entry is a heading", () => {
    const lines = ["某报告|", "目录|", "一、概况1|", "二、情况3|", "正文第一段。|"];
    expect(contentsSpan(lines, 14)).toEqual({ from: 1, to: 3 });
    expect(contentsSpan(["目录|", "一、概况1|", "正文。|"], 14)).toBeNull();
    expect(contentsSpan(["一、概况1|", "二、情况3|"], 14)).toBeNull();
  });
  test("counter-shape: an entry naming a report is no title — the contents of a 决算 package over its accounts", () => {
    const pkg = ["目 录", "一、部门概况 1", "二、收入支出决算总表 3", "三、部门整体支出绩效自评报告 25", "四、附表 30", "第一部分 部门概况", "一、主要职能", "负责全县档案工作。"];
    expect(reportTitleIn(sheetFeatures(sheet(pkg)).body)).toBeNull();
    // (…the title after the contents is: the same lines with the report's title below them)
    expect(reportTitleIn(sheetFeatures(sheet([...pkg.slice(0, 5), "某县档案局2022年度部门整体支出绩效自评报告", ...pkg.slice(5)])).body)).toBe("某县档案局2022年度部门整体支出绩效自评报告|");
  });
});

describe("an allocation's list up to its first ';' as the whole's breakdown (sentence-sums.ts firstGroup)", () => {
  const line = (a: string, total = "约2272") =>
    `共下达我县2020年度移民后扶资金${total}万元,其中:中央资金${a}万元,省级资金519万元;用于直发直补资金609.22万元、项目扶持资金138.78万元、切块项目资金1524万元,县局编制了项目计划。`;
  const title = "某县2020年度移民后扶资金项目绩效评价报告";
  test("the by-source pair adds up, the by-use list after ';' is none of its parts: no flag", () => {
    expect(flags([title, line("1753")]).filter((f) => f.startsWith("total-mismatch"))).toEqual([]);
  });
  test("must still flag: a slip in the first group (1853 for 1753)", () => {
    expect(flags([title, line("1853")]).filter((f) => f.startsWith("total-mismatch"))).toEqual(["total-mismatch@A2"]);
  });
  test("counter-shape: a list with no ';' is read whole as before", () => {
    expect(flags([title, "共下达资金约100万元,其中:甲县30万元,乙县70万元,丙县20万元。"]).filter((f) => f.startsWith("total-mismatch"))).toEqual(["total-mismatch@A2"]);
  });
});

describe("a 自评分 after the whole's words states the report's total (prose-counts.ts WHOLE_SCORE)", () => {
  const total = (line: string) => review(sheet(["某局2020年度项目绩效评价报告", "一、项目概况", line]), "national").model.totals?.score?.value ?? null;
  test.each([
    ["根据2020年部门整体支出项目绩效评价指标体系,大英县扶贫开发局整体绩效自评分95分。", 95],
    ["根据评价指标体系,本项目总体绩效自评分为88.5分。", 88.5],
  ])("%s → %s", (line, want) => expect(total(line)).toBe(want));
  test("counter-shape: an indicator's 自评分 names no whole", () => {
    expect(total("产出指标自评分40分。")).toBeNull();
  });
});

describe("a list restarted under a new head in the level's other mark (code-sequence.ts restartedInOtherMark)", () => {
  const doc = (a: string, b: string) => ["某党校2023年度专项支出绩效评价报告", "一、项目基本概况", "(一)主要职责。", "1.培训教育;", "2.联合办班;", "3.理论宣传;", "4.资政作用。", "二、绩效评价指标分析情况", "(一)项目资金情况分析", `${a}项目资金到位情况分析`, "专项资金92.4万元,全额拨付到位。", `${b}项目资金管理情况`, "财务制度健全。"];
  test("'1、' then '2.' under the new head: no finding", () => {
    expect(flags(doc("1、", "2.")).filter((f) => f.startsWith("code-sequence"))).toEqual([]);
  });
  test("must still flag: '1、' then '3.' (one number skipped in the new list)", () => {
    expect(flags(doc("1、", "3.")).filter((f) => f.startsWith("code-sequence"))).not.toEqual([]);
  });
  test("counter-shape: a '(1)' before the '2.' is another level: the '2.' is judged against the earlier list", () => {
    expect(flags(doc("(1)", "2.")).filter((f) => f.startsWith("code-sequence"))).toEqual(["code-sequence@A12"]);
  });
});

describe("a count costed at a per-unit standard in one sentence (unit-standard-costs.ts)", () => {
  const read = (line: string) => unitStandardCosts(sheet(["某档案局2017年度项目绩效自评报告", line])).map((r) => `${r.factors.map((f) => f.value).join("×")}/${r.scale}=${r.result.value}`);
  const BAOSHAN = "馆藏档案资料合计共132697卷(册、盘、盒、件),其中:档案118606卷(册、盘、盒、件),包括纸质档案111675卷,声像档案2285盘;资料14091册,按照规定每卷(册)2元的标准测算,争取到市级财政资金21.44万元。";
  test("the sentence's whole count × the standard against the amount: 132697 × 2 ÷ 10000 = 26.54, printed 21.44 — flagged", () => {
    expect(read(BAOSHAN)).toEqual(["132697×2/10000=21.44"]);
    expect(flags(["某档案局2017年度项目绩效自评报告", BAOSHAN])).toContain("total-mismatch@A2");
  });
  test.each([
    ["馆藏档案132697卷,每卷补助2元,共计26.54万元。", ["132697×2/10000=26.54"]],
    ["共有档案132697卷,其中50000卷按每卷2元的标准测算,安排资金10万元。", ["50000×2/10000=10"]],
    ["全年补助120人,每人补助500元,共计发放补助资金60000元。", ["120×500/1=60000"]],
    // (session 57 review: thousands commas are one number — '12,000册' is 12000, not 000 — 12000 × 2 = 24000, 132697 × 2 ÷ 10000 = 26.54)
    ["馆藏图书15000册,其中12,000册按每册2元的标准测算,共计资金24,000元。", ["12000×2/1=24000"]],
    ["馆藏档案资料合计共132,697卷,按照规定每卷2元的标准测算,争取到市级财政资金26.54万元。", ["132697×2/10000=26.54"]],
  ])("read, holding: %s", (line, want) => {
    expect(read(line)).toEqual(want);
    expect(flags(["某项目绩效自评报告", line]).filter((f) => f.startsWith("total-mismatch"))).toEqual([]);
  });
  test.each([
    ["a cap", "馆藏档案132697卷,按每卷最高2元的标准测算,争取资金21.44万元。"],
    ["a floor", "馆藏档案132697卷,按每卷不低于2元的标准测算,争取资金21.44万元。"],
    ["a standard per month", "共补助132697人,每人每月2元,全年补助资金21.44万元。"],
    ["several counts, no whole", "档案118606卷,资料14091卷,按照每卷2元的标准测算,争取资金21.44万元。"],
    ["an approximate amount", "馆藏档案132697卷,按照每卷2元的标准测算,争取资金约21万元。"],
    ["no standard's word nor verb", "馆藏档案132697卷,每卷2元,资金21.44万元。"],
  ])("not read: %s", (_n, line) => expect(read(line)).toEqual([]));
});

describe("a 决算 explanation's 收、支总计 that adds its two sides (doubled-statement-total.ts)", () => {
  const accounts = (total: string, extra: string[] = []) => ["某单位2021年单位决算公开编制说明", `2021年度收、支总计${total}万元。与2020年相比,收、支总计增加3.73万元。`, "2021年本年收入合计69.33万元,其中:一般公共预算财政拨款收入69.33万元,占100%", "2021年本年支出合计69.5万元,其中:基本支出69.5万元,占100%", ...extra];
  test("138.83 = 69.33 + 69.5: the 总计 against the income side's year figure, flagged at the 总计", () => {
    expect(doubledStatementTotals(sheet(accounts("138.83"))).map((r) => `${r.total.value}>${r.parts.map((p) => p.value)}`)).toEqual(["138.83>69.33"]);
    expect(flags(accounts("138.83"))).toContain("total-mismatch@A2");
  });
  test("thousands commas: 1,388.30 = 693.30 + 695 read as the same doubled 总计 (session 57 review)", () => {
    const lines = ["某单位2021年单位决算公开编制说明", "2021年度收、支总计1,388.30万元。", "2021年本年收入合计693.30万元。", "2021年本年支出合计695万元。"];
    expect(doubledStatementTotals(sheet(lines)).map((r) => `${r.total.value}>${r.parts.map((p) => p.value)}`)).toEqual(["1388.3>693.3"]);
  });
  test.each([
    ["a 总计 equal to the year's income (no carry-over)", accounts("69.33")],
    ["a 总计 above both by a carry-over", accounts("75.2")],
    ["a carry-over stated", accounts("138.83", ["年末结转和结余69.33万元。"])],
    ["a 总计 of 财政拨款 only", ["某单位2021年单位决算公开编制说明", "2021年财政拨款收、支总计138.83万元。", "2021年本年收入合计69.33万元。", "2021年本年支出合计69.5万元。"]],
  ])("not read: %s", (_n, lines) => expect(doubledStatementTotals(sheet(lines))).toEqual([]));
});

describe("a transfer's report by its template's first section, no title (families/transfer-template.ts)", () => {
  const allocation = "2021年4月21日,中央以《财政部关于下达2021年农业生产发展资金预算的通知》文件下达我区农业生产发展专项转移支付预算163455万元。";
  const family = (lines: string[]) => review(sheet(lines), "national").model.family;
  test("'一、绩效目标分解下达情况' over its (一) and the allocation: a project's (a fund's) self-evaluation", () => {
    expect(family(["一、绩效目标分解下达情况", "(一)中央下达预算和绩效目标情况。", allocation])).toBe("project-self-eval");
  });
  test.each([
    ["a notice's sentence", ["一、绩效目标分解下达情况", "(一)中央下达预算和绩效目标情况。", allocation, "请于2021年5月10日前报送财政厅。"]],
    ["a template's instructions", ["填报说明:", "一、绩效目标分解下达情况", "(一)中央下达预算和绩效目标情况。", allocation]],
    ["the words in a sentence, no head", ["各地要做好绩效目标分解下达情况的统计工作。", allocation]],
  ])("counter-shape, not named by it: %s", (_n, lines) => expect(family(lines)).not.toBe("project-self-eval"));
});
