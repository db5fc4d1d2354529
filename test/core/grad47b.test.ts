import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { reportKind, reportResult } from "../../src/core/recognise/report-scores";
import { sentenceSums } from "../../src/core/recognise/sentence-sums";
import { sheetFeatures } from "../../src/core/recognise/features";
import { review } from "../../src/core/review";
import type { Relation } from "../../src/core/model/types";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * grad47b (session 47; grad47b-diagnosis.md): a report in prose about a fund's or a unit's performance (自评报告, 绩效评价报告),
 * with or without its title — its family from its own evidence (report-scores.ts reportKind: sections of a report with its
 * result or its money stated), the whole stated with its grade and no breakdown (reportResult), and money allocated with
 * its 其中 list (sentence-sums.ts allocations). The graduated sheets, variants as other publishers print them, the near
 * shapes that must not be read or flagged. The variants generated from the corpus's truths are in grad47b-generated.test.ts.
 */
type Row = (string | number)[];
const doc = (lines: string[], name = "Sheet1") => Grid.fromValues(name, lines.map((l) => [l] as Row), []);
const real = (id: string) => jsonGrid(join(FIXTURES, "real", `${id}.json`));
const errors = (grid: Grid) => review(grid, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);
/** every finding, info included: a plain sentence is no report, its total-mismatch is reported as info */
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
const ratios = (rs: Relation[]) => rs.filter((r) => r.kind === "ratio").map((r) => (r.kind === "ratio" ? `${r.stated.cell} ${r.numerator.value}/${r.denominator.value}` : ""));

describe("the graduated sheets", () => {
  test("巴彦淖尔 困难群众救助: no title — three kinds of sections, two of its performance, money allocated: project-self-eval; A11 35331.2 = 11 parts, nothing flagged", () => {
    const grid = real("nm-bayannur-needy-relief-fund-selfeval-2023-excerpt");
    expect(kindOf(grid)).toBe("project");
    expect(recognise(grid).family).toBe("project-self-eval");
    expect(sums(grid)).toEqual(["A11 35331.2 = 5079.16 + 4035.12 + 6684.17 + 5134.25 + 8056.43 + 2995.07 + 2803 + 50 + 58 + 350 + 86 (equal)"]);
    expect(errors(grid)).toEqual([]);
  });

  test("呼和浩特 水利发展资金: the two-line masked title — project-self-eval; A4 2263 against 1435+25+55+700+6+14+18 = 2253 flagged, A5 791 = 491 + 300 holds", () => {
    const grid = real("nm-hohhot-masked-county-water-development-fund-selfeval-2023-excerpt");
    expect(recognise(grid).family).toBe("project-self-eval");
    expect(sums(grid)).toEqual(["A4 2263 = 1435 + 25 + 55 + 700 + 6 + 14 + 18 (equal)", "A5 791 = 491 + 300 (atMost)"]);
    const found = review(grid, "national").findings.filter((f) => f.rule === "total-mismatch");
    expect(found.map((f) => f.cell)).toEqual(["A4"]);
    expect(errors(grid)).toEqual(["total-mismatch@A4"]);
  });

  test("侨办 国内侨务工作: the whole stated with its grade ('绩效评分为 83.8分,评价结果为:良') is the total and the grade; the rate A5 98/160.56 = 61% holds", () => {
    const grid = real("sh-overseas-chinese-affairs-office-domestic-work-eval-report-2017-excerpt");
    const m = recognise(grid);
    expect(m.family).toBe("project-self-eval");
    expect(total(grid)).toEqual([83.8, "A9"]);
    expect([m.grade?.value, m.grade?.cell]).toEqual(["良", "A9"]);
    expect(ratios(m.relations)).toEqual(["A5 98/160.56"]);
    expect(errors(grid)).toEqual([]);
  });
});

// ── the report's family and its result, as other publishers print it

const REPORT_V1 = [
  "一、项目基本情况 本项目由市民政局实施,用于城乡低保对象的临时生活补助。",
  "(一)项目绩效目标 全年完成救助3000人次,资金发放及时率100%。",
  "(二)项目资金情况 2022年预算安排 85.6 万元,实际支出 80.2万元,预算执行率 93.69%。",
  "(三)项目组织实施情况 严格执行资金管理办法,按程序拨付。",
  "二、评价结论 综合评分为 91.5分,评价等级为:优。",
  "三、存在的问题 资金拨付进度前慢后快。",
  "四、改进措施 加快支出进度。",
];

describe("the report's family and result: variants", () => {
  test("1. no title, heads glued to their text, the whole as '综合评分为 N分,评价等级为:X': family, total 91.5@A5, grade 优, the rate 80.2/85.6 = 93.69% holds", () => {
    const grid = doc(REPORT_V1);
    const m = recognise(grid);
    expect(m.family).toBe("project-self-eval");
    expect(total(grid)).toEqual([91.5, "A5"]);
    expect(m.grade?.value).toBe("优");
    expect(ratios(m.relations)).toEqual(["A3 80.2/85.6"]);
    expect(errors(grid)).toEqual([]);
  });

  test("2. 繁體 with the PDF's line breaks as spaces inside words ('績效評 分為', '預算執 行率'): read as the simplified", () => {
    const grid = doc([
      "一、項目基本情況 本項目由市民政局實施。",
      "(一)項目績效目標 全年完成救助3000人次。",
      "(二)項目資金情況 2022年預算安排 85.6 萬元,實際支 出 80.2萬元,預算執 行率 93.69%。",
      "(三)項目組織實施情況 按程序撥付。",
      "二、評價結論 績效評 分為 83.8分,評價結果為:良。",
      "三、存在的問題 無。",
    ]);
    const m = recognise(grid);
    expect(m.family).toBe("project-self-eval");
    expect(total(grid)).toEqual([83.8, "A5"]);
    expect(m.grade?.value).toBe("良");
    expect(ratios(m.relations)).toEqual(["A3 80.2/85.6"]);
    expect(errors(grid)).toEqual([]);
  });

  test("3. the title as the sheet's name, two sections only, its result stated: family read by the name", () => {
    const lines = ["一、基本情况 本项目用于乡村道路养护。", "二、自评结论 本项目绩效评分为 88分,评价结果为:良。"];
    expect(recognise(doc(lines)).family).not.toBe("project-self-eval");
    const grid = doc(lines, "2023年乡村道路养护项目绩效评价报告");
    expect(recognise(grid).family).toBe("project-self-eval");
    expect(total(grid)).toEqual([88, "A2"]);
  });

  test("4. a masked title on two lines ('**县…转移支付资金' / '绩效自评报告') over money allocated, no section of the usual kinds", () => {
    const grid = doc([
      "**县2022年度农村综合改革转移支付资金",
      "绩效自评报告",
      "**财政局**财农【2022】8号文件,下达**县2022年农村综合改革转移支付资金600万元。其中:美丽乡村建设400万元;村级公益事业奖补150万元;农村综合改革试点50万元。",
      "(二)项目实施情况",
      "项目已全部完工。",
    ]);
    expect(recognise(grid).family).toBe("project-self-eval");
    expect(sums(grid)).toEqual(["A3 600 = 400 + 150 + 50 (equal)"]);
    expect(errors(grid)).toEqual([]);
  });

  test("5. slips: the grade against the score (72 stated 优) and the rate (98% for 80.2/85.6) flagged where they are", () => {
    const lines = REPORT_V1.slice();
    lines[4] = "二、评价结论 综合评分为 72分,评价等级为:优。";
    lines[2] = "(二)项目资金情况 2022年预算安排 85.6 万元,实际支出 80.2万元,预算执行率 98%。";
    const grid = doc(lines);
    expect(total(grid)).toEqual([72, "A5"]);
    expect(errors(grid).sort()).toEqual(["exec-rate-mismatch@A3", "grade-mismatch@A5"]);
  });

  test("7. an excerpt under a preamble's field lines or over a sign-off's: still prose (70% of its characters in one-cell lines)", () => {
    const fields = (rows: Row[]) => Grid.fromValues("Sheet1", rows, []);
    const body: Row[] = REPORT_V1.map((l) => [l]);
    expect(recognise(fields([["项目名称", "城乡低保临时补助"], ["主管部门", "市民政局"], ["实施单位", "市社会救助中心"], ...body])).family).toBe("project-self-eval");
    expect(recognise(fields([...body, ["填表人:", "张三", "审核人:", "李四"], ["联系电话:", "0731-12345678", "", 13812345678], ["填报日期:", "2024年3月15日"]])).family).toBe("project-self-eval");
    // (a table's lines are no prose: the same paragraphs beside a column of numbers)
    expect(kindOf(fields(REPORT_V1.map((l, k) => [l, k + 1, (k + 1) * 10])))).toBeNull();
  });

  test("6. a department's whole-spending report untitled reads a self-evaluation; under its 部门整体 title, dept-self-eval", () => {
    const lines = ["一、部门基本情况 本局内设科室5个。", "二、部门整体支出绩效目标 完成年度重点工作。", "三、资金使用情况 全年预算安排 300万元,实际支出 288万元,执行率 96%。", "四、评价结论 综合得分为 92分,评价等级为:优。", "五、存在的问题 无。"];
    expect(recognise(doc(["2023年度县林业局部门整体支出绩效自评报告", ...lines])).family).toBe("dept-self-eval");
    expect(["project-self-eval", "dept-self-eval"]).toContain(recognise(doc(lines)).family);
  });
});

// ── money allocated in a sentence, with its 其中 list

describe("allocations in a sentence: variants", () => {
  test("1. ',' after 其中 and ',' between (a slip: 300 + 200 + 400 = 900 against 1000) — total-mismatch at the sentence's cell (info on a plain sheet, an error in a report)", () => {
    const line = "2023年省级财政下达我县养老服务补助资金1000万元,其中,县社会福利院300万元,敬老院200万元,居家养老服务中心400万元。";
    expect(sums(doc([line]))).toEqual(["A1 1000 = 300 + 200 + 400 (equal)"]);
    expect(flags(doc([line]))).toEqual(["total-mismatch@A1"]);
    expect(errors(doc(["2023年养老服务补助资金绩效自评报告", line]))).toEqual(["total-mismatch@A2"]);
  });

  test("2. '。其中:' after the whole, ',' between: holds", () => {
    const grid = doc(["根据《关于下达2023年中央水利发展资金预算的通知》,下达我县2023年中央水利发展资金2263万元。其中:中小河流治理工程1435万元,小型水库工程维修养护35万元,小流域综合治理793万元。中央资金已全部到位。"]);
    expect(sums(grid)).toEqual(["A1 2263 = 1435 + 35 + 793 (equal)"]);
    expect(errors(grid)).toEqual([]);
  });

  test("3. ';' between, the last part '86万' without 元 (the sentence's unit), a 万元 part written '万'", () => {
    const grid = doc(["2023年中央财政下达我市困难群众救助补助资金1200万元,其中,A县500万元;B旗600万元;救助站100万。"]);
    expect(sums(grid)).toEqual(["A1 1200 = 500 + 600 + 100 (equal)"]);
    expect(errors(grid)).toEqual([]);
  });

  test("4. '、' between parts ('中央资金300万元、省级资金100万元、县级配套50万元'): holds; 60 for 50 flagged", () => {
    expect(sums(doc(["安排项目资金450万元,其中中央资金300万元、省级资金100万元、县级配套50万元。"]))).toEqual(["A1 450 = 300 + 100 + 50 (equal)"]);
    expect(flags(doc(["安排项目资金450万元,其中中央资金300万元、省级资金100万元、县级配套60万元。"]))).toEqual(["total-mismatch@A1"]);
  });

  test("5. 繁體 and full-width digits: read as the simplified", () => {
    expect(sums(doc(["下達我縣2023年資金２２６３萬元。其中:中小河流治理工程1435萬元,小流域綜合治理828萬元。"]))).toEqual(["A1 2263 = 1435 + 828 (atMost)"]);
  });

  test("6. the list stops at the money's next clause ('…;全年执行99万元,执行率100%'): 99 = 99 + 0", () => {
    const grid = doc(["2022年安排项目资金99万元,其中:本年财政拨款99万元,其他资金0万元;全年执行99万元,执行率100%。"]);
    // (grad50a: a last part naming the rest — 其他资金 — makes two parts the whole breakdown, complete-parts.ts: equal)
    expect(sums(grid)).toEqual(["A1 99 = 99 + 0 (equal)"]);
    expect(errors(grid)).toEqual([]);
  });

  test("7. a part's name holding '、' ('城乡低保、特困供养资金3000万元'): one part", () => {
    expect(sums(doc(["下达救助资金3500万元,其中:城乡低保、特困供养资金3000万元,临时救助资金400万元,孤儿救助资金100万元。"]))).toEqual(["A1 3500 = 3000 + 400 + 100 (equal)"]);
  });

  test("7b. a '、' list whose part's name holds a '、' of its own: a part ends at its amount (lead, session 48)", () => {
    expect(sums(doc(["下达扶贫资金100万元,其中建厂房、酒窖及基础设施建设60万元、购置设备30万元、技术培训10万元。"]))).toEqual(["A1 100 = 60 + 30 + 10 (equal)"]);
    expect(flags(doc(["下达扶贫资金100万元,其中建厂房、酒窖及基础设施建设60万元、购置设备35万元、技术培训10万元。"]))).toEqual(["total-mismatch@A1"]);
  });

  test("7c. a total's 其中 list whose part's name holds 公共 (no next total's 共): read to the sentence's end (lead, session 48)", () => {
    expect(sums(doc(["2023年共拨付资金188万元,其中公共数字文化建设47万元,人员培训126万元,宣传费15万元。"]))).toEqual(["A1 188 = 47 + 126 + 15 (equal)"]);
  });

  test("7d. a total's 其中 list run on into the next sentence, its stop lost ('…其他资金859.6万元2023年支出2310.4万元,其中…'): the list ends there (lead, session 48)", () => {
    const line = "2023年收到财政资金共2330.9万元,其中:中央资金1372.7万元,地方资金98.6万元,其他资金859.6万元2023年支出2310.4万元,其中中央资金1352.2万元,地方资金98.6万元,其他资金859.6万元";
    expect(sums(doc([line]))).toEqual(["A1 2330.9 = 1372.7 + 98.6 + 859.6 (equal)"]);
    expect(flags(doc([line]))).toEqual([]);
    expect(flags(doc([line.replace("98.6万元,其他资金859.6万元2023", "98.6万元,其他资金869.6万元2023")]))).toEqual(["total-mismatch@A1"]);
  });

  test("8. the 共/合计 sentences read as before ('本项目共申请预算资金…元,其中…'): unchanged, not read twice", () => {
    const grid = doc(["本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长基本报酬252000元,村级事务补助1374400元。"]);
    expect(sums(grid)).toEqual(["A1 2026400 = 400000 + 252000 + 1374400 (equal)"]);
  });
});

describe("near shapes: not read, nothing flagged", () => {
  test("counts of people under 其中 ('救助困难群众1200人,其中低保对象800人…'): no sum", () => {
    const grid = doc(["全年共救助困难群众1200人,其中低保对象800人,特困人员300人,临时救助100人,发放资金500万元。"]);
    expect(sums(grid)).toEqual([]);
    expect(errors(grid)).toEqual([]);
  });

  test("a budget explanation: a change before 其中 ('比上年增加100万元,其中…') is no whole; a plain one holds; its family is no report", () => {
    expect(sums(doc(["2024年支出预算1000万元,比上年增加100万元,其中:基本支出增加60万元,项目支出增加40万元。"]))).toEqual([]);
    expect(sums(doc(["2024年支出预算1000万元,比上年增加100万元,其中:基本支出60万元,项目支出40万元。"]))).toEqual([]);
    const statement = doc([
      "一、部门基本情况 本部门内设科室5个。",
      "二、收支预算情况 2024年收入预算1000万元,其中:财政拨款收入800万元,事业收入150万元,其他收入50万元。",
      "三、绩效目标设置情况 本部门项目均设置了绩效目标。",
      "四、预算绩效管理工作开展情况 按要求开展。",
      "五、其他重要事项说明 无。",
    ]);
    expect(sums(statement)).toEqual(["A2 1000 = 800 + 150 + 50 (equal)"]);
    expect(kindOf(statement)).toBeNull();
    expect(recognise(statement).family).not.toBe("project-self-eval");
    expect(errors(statement)).toEqual([]);
  });

  test("parts that are a share of another total, or only some of them: may not exceed it, never flagged short", () => {
    expect(sums(doc(["项目总投资5000万元,其中:申请中央资金3000万元,地方配套1000万元。"]))).toEqual(["A1 5000 = 3000 + 1000 (atMost)"]);
    expect(sums(doc(["下达资金5000万元,其中A县1000万元、B县800万元、C县600万元等。"]))).toEqual(["A1 5000 = 1000 + 800 + 600 (atMost)"]);
    expect(sums(doc(["下达资金5000万元,其中A县1000万元,B县800万元,C县600万元。"]))).toEqual(["A1 5000 = 1000 + 800 + 600 (atMost)"]);
    expect(flags(doc(["下达资金5000万元,其中A县1000万元,B县800万元,C县600万元。"]))).toEqual([]);
  });

  test("shares, a standard per head, another unit, a nested 其中: not read", () => {
    expect(sums(doc(["2024年支出预算1000万元,其中:基本支出600万元,占60%;项目支出400万元,占40%。"]))).toEqual([]);
    expect(sums(doc(["人均补助1200元,其中生活补助800元,护理补助400元。"]))).toEqual([]);
    expect(sums(doc(["其中完成村卫生室实施基本药物制度补助471.23元,其中中央补助189.63万元,地方财政补助281.6万元。"]))).toEqual([]);
    expect(sums(doc(["下达资金1000万元,其中:财政拨款800万元,其中一般公共预算700万元,政府性基金100万元;事业收入200万元。"]))).toEqual([]);
  });

  test("a notice of several projects' results, untitled: several results are a list's, no report", () => {
    const grid = doc([
      "一、基本情况 今年共评价项目3个。",
      "二、评价结果 养老服务项目评价得分为92分,评价等级为优;道路养护项目评价得分为85分,评价等级为良。",
      "三、存在的问题 部分项目目标设置不够细化。",
      "四、下一步工作 加强结果应用。",
    ]);
    expect(kindOf(grid)).toBeNull();
    expect(recognise(grid).family).not.toBe("project-self-eval");
    expect(errors(grid)).toEqual([]);
  });

  test("a rubric in paragraphs with a band's rule ('综合得分90分以上的为优'): no result stated, no report", () => {
    const grid = doc([
      "一、基本情况 考核对象为各乡镇。",
      "二、考核内容 (一)资金管理(20分)。(二)项目实施情况(30分)。",
      "三、结果运用 综合得分90分以上的为优秀,评价结果为优的单位给予通报表扬。",
      "四、存在问题的整改措施 限期整改。",
    ]);
    expect(kindOf(grid)).toBeNull();
    expect(reportResult(grid)).toBeNull();
  });

  test("a news item of an allocation (no sections): read as a sum, not a report; a whole inside another 其中 list is not read", () => {
    const grid = doc(["近日,省财政厅下达我市困难群众救助补助资金3.5亿元。", "市本级下达资金1200万元,其中,A县500万元,B县700万元。", "资金将于月底前发放到位。"]);
    expect(kindOf(grid)).toBeNull();
    expect(recognise(grid).family).not.toBe("project-self-eval");
    expect(sums(grid)).toEqual(["A2 1200 = 500 + 700 (atMost)"]);
    expect(flags(grid)).toEqual([]);
    expect(sums(doc(["其中,市本级下达资金1200万元,其中,A县500万元,B县700万元。"]))).toEqual([]);
  });
});
