import { Grid } from "../../src/core/grid/grid";
import { detectFamily, sheetFeatures } from "../../src/core/recognise";
import { progressBulletin } from "../../src/core/recognise/families/progress-bulletin";
import { progressTable, progressTableRatios } from "../../src/core/recognise/progress-table";
import { review } from "../../src/core/review";
import { linesGrid as doc } from "../helpers";

/**
 * fam51 (session 51; test/fixtures/real/fam51-diagnosis.md): progress bulletins read `unknown`.
 * - a bulletin's clauses of the works' other stages (完工率, 验收率) and a share whose base is bracketed after its name
 *   ('为年度投资目标(1237.6亿元)的55.98%'): families/progress-bulletin.ts;
 * - a progress table's heads measured without the unit they end with ('1-6月底累计完成投资(万元)'), and its amounts read with
 *   their unit fused ('86157.25万元'): progress-table.ts.
 * Each reading is tried on the real sheet's shape and on variants it does not contain; the near shapes must stay unknown.
 */
type Row = (string | number)[];
const family = (g: Grid) => detectFamily(sheetFeatures(g)).family;

/** the OA head a government page prints above its notice (索引号 / 发布机构 / 文号 lines) */
const OA_HEAD: Row[] = [
  ["索 引 号", "01047834X/2021-00690", "主题分类", ""],
  ["发布机构", "某州乡村振兴局", "发布日期", "2021-10-12 20:47"],
  ["文 号", "〔〕号", "主 题 词", "项目建设"],
];
const LEAD = "根据各县(市)报送数据,截至9月30日全州2021年衔接资金项目推进情况如下:";
const STAGES = "(二)项目实施情况。开工项目343个,开工率100%;完工项目311个,完工率90.67%;完成投资17.87亿元,投资完成率89.86%;验收项目283个,验收率91%。";
const STAGES_TRAD = "(二)項目實施情況。開工項目343個,開工率100%;完工項目311個,完工率90.67%;完成投資17.87億元,投資完成率89.86%;驗收項目283個,驗收率91%。";

describe("fam51: a bulletin's clauses of the works' stages (完工率, 验收率)", () => {
  const cases: { name: string; lines: (string | Row)[]; expected: string }[] = [
    { name: "the real sheet's shape: title, OA head, lead, the stages' paragraph", lines: ["某州2021年项目建设推进情况", ...OA_HEAD, LEAD, STAGES], expected: "monitoring" },
    { name: "繁體", lines: ["某州2021年項目建設推進情況", ...OA_HEAD, "根據各縣(市)報送數據,截至9月30日全州2021年銜接資金項目推進情況如下:", STAGES_TRAD], expected: "monitoring" },
    { name: "no OA head", lines: ["某州2021年项目建设推进情况", LEAD, STAGES], expected: "monitoring" },
    { name: "title and OA head removed", lines: [LEAD, STAGES], expected: "monitoring" },
    { name: "other wording: 竣工率 and 验收率, 1-6月", lines: ["1-6月,全县实施项目120个,已开工118个,开工率98.3%;竣工项目60个,竣工率50%;验收项目45个,验收率37.5%。"], expected: "monitoring" },
    // (near shapes)
    { name: "a news item with one rate", lines: ["截至9月底,全县衔接资金项目开工率达到100%,各项工作有序推进,群众满意度不断提高,乡村面貌焕然一新。"], expected: "unknown" },
    { name: "a 决算 说明: the year's end, no period inside it", lines: ["2020年度部门决算说明", "一、收入支出决算总体情况。2020年度收入总计1200万元,支出总计1180万元。全年实施项目40个,完工率100%,验收率100%,投资完成率98%。"], expected: "unknown" },
    { name: "a fund allocation notice: one rate of money paid", lines: ["关于下达2021年衔接资金的通知", "现下达你县2021年衔接资金500万元,截至9月底已拨付资金450万元,拨付率90%,请按规定用途使用。"], expected: "unknown" },
    { name: "a self-evaluation stating the same rates: its own family, no monitoring", lines: ["2021年项目绩效自评报告", "截至9月30日,开工率100%,完工率90.67%,投资完成率89.86%,验收率91%,自评得分95分。"], expected: "project-self-eval" },
  ];
  test.each(cases)("$name → $expected", ({ lines, expected }) => {
    expect(family(doc(lines))).toBe(expected);
  });
});

describe("fam51: a share whose base is bracketed after its name counts as a progress clause", () => {
  const SHARE = "1-6月,全州612个重点项目累计到位资金698.3亿元,累计完成投资691.77亿元,为年度投资目标(1237.6亿元)的55.98%,为上半年投资目标(610亿元)的113.39%。";
  test("with two other clauses (a plan then done, a 完成率): a bulletin", () => {
    // (3 clauses: the bracketed share, '年度投资计划80亿元,1-6月完成投资42亿元', '完成率52.5%')
    const g = doc([SHARE, "其中,交通项目年度投资计划80亿元,1-6月完成投资42亿元,完成率52.5%。"]);
    expect(progressBulletin(g)).toBe(true);
    expect(family(g)).toBe("monitoring");
  });
  test("the bracketed share alone is one clause: no bulletin", () => {
    expect(progressBulletin(doc([SHARE]))).toBe(false);
  });
  test("without the brackets, the base in words (为年度投资目标的55.98%), with the same two: a bulletin as before", () => {
    const g = doc(["1-6月,全州重点项目累计完成投资691.77亿元,为年度投资目标的55.98%。", "其中,交通项目年度投资计划80亿元,1-6月完成投资42亿元,完成率52.5%。"]);
    expect(progressBulletin(g)).toBe(true);
  });
});

describe("fam51: a progress table's heads with their units", () => {
  // 表2 of the 黔西南 bulletin: 性质 | 年度投资目标(万元) | 1-6月底累计到位资金(万元) | 1-6月底累计完成投资(万元) | 完成投资占年度投资目标的比例(%)
  const HEAD: Row = ["性质", "年度投资目标(万元)", "1-6月底累计到位资金(万元)", "1-6月底累计完成投资(万元)", "完成投资占年度投资目标的比例(%)"];
  const LINES: Row[] = [
    ["新建项目", 2954712, 1420619, 1422596, "48.15%"],
    ["续建项目", 7629583, 4411177, 4356017, "57.09%"],
    ["收尾项目", 1061218, 1010184, 1012025, "95.36%"],
  ];
  test("the real sheet's shape: the table read, its done and plan columns, monitoring", () => {
    const g = doc(["2020年1-6月全州重大工程和重点项目完成情况", "表2:", HEAD, ...LINES]);
    const t = progressTable(g)!;
    expect(t).not.toBeNull();
    expect([t.headerRow, t.planCol, t.doneCol, t.rateCol, t.rows.length]).toEqual([3, 2, 4, 5, 3]);
    expect(family(g)).toBe("monitoring");
  });
  test("繁體 heads, an extra blank column between name and plan", () => {
    const g = doc([
      ["性質", "", "年度投資目標(萬元)", "1-6月底累計完成投資(萬元)", "完成投資占年度投資目標的比例(%)"],
      ["新建項目", "", 2954712, 1422596, "48.15%"],
      ["續建項目", "", 7629583, 4356017, "57.09%"],
    ]);
    const t = progressTable(g)!;
    expect([t.planCol, t.doneCol, t.rateCol]).toEqual([3, 4, 5]);
  });
  test("the rate against the plan checked: 1422596 / 2954712 = 48.15%, a slip 50.15% flagged", () => {
    const g = doc([HEAD, ["新建项目", 2954712, 1420619, 1422596, "50.15%"], ...LINES.slice(1)]);
    const ratios = progressTableRatios(g);
    expect(ratios.map((r) => r.stated.cell)).toEqual(["E2", "E3", "E4"]);
    expect(review(g, "national").findings.filter((f) => f.rule === "ratio-mismatch").map((f) => f.cell)).toEqual(["E2"]);
  });
  test("a long head is still no head: a sentence-long done head (over 12 words) is not read", () => {
    const g = doc([["单位", "年度计划(万元)", "截至6月底全县各乡镇累计完成的全部投资额(万元)", "完成率(%)"], ["甲镇", 100, 50, "50%"], ["乙镇", 200, 150, "75%"]]);
    expect(progressTable(g)).toBeNull();
  });
  test("a budget's execution with units is no progress table (预算数(万元) | 执行数(万元) | 执行率(%))", () => {
    const g = doc([["单位", "预算数(万元)", "执行数(万元)", "执行率(%)"], ["甲局", 100, 50, "50%"], ["乙局", 200, 150, "75%"]]);
    expect(progressTable(g)).toBeNull();
  });
});

describe("fam51: a progress table's amounts written with their unit (a user's template)", () => {
  // 湖南 老旧小区 进度表's shape: 市州 | 计划投资额(万元) | 累计完成投资额(万元) | 计划投资完成率, the amounts typed with 万元
  const head: Row = ["序号", "市州", "计划投资额(万元)", "累计完成投资额(万元)", "计划投资完成率"];
  test("read as amounts: the table, its ratios, a slip flagged (36836.13 / 86157.25 = 42.75%, not 45.75%)", () => {
    const g = doc(["截至8月底,已开工小区1110个,开工率74.0%,完成投资28.17亿元,投资完成率37.44%。", head, [1, "长沙市", "86157.25万元", "36836.13万元", "45.75%"], [2, "株洲市", "13533.40万元", "4756.44万元", "35.15%"]]);
    const t = progressTable(g)!;
    expect(t.rows).toEqual([3, 4]);
    expect(progressTableRatios(g).map((r) => r.stated.cell)).toEqual(["E3", "E4"]);
    expect(review(g, "national").findings.filter((f) => f.rule === "ratio-mismatch").map((f) => f.cell)).toEqual(["E3"]);
  });
  test("the same amounts plain: the same reading", () => {
    const g = doc([head, [1, "长沙市", 86157.25, 36836.13, "42.75%"], [2, "株洲市", 13533.4, 4756.44, "35.15%"]]);
    expect(progressTableRatios(g).map((r) => r.stated.cell)).toEqual(["E2", "E3"]);
  });
  test("two different units on a line (1.2万元 over 8000元): no quotient of the two numbers", () => {
    const g = doc([head, [1, "甲镇", "1.2万元", "8000元", "66.67%"], [2, "乙镇", "2万元", "1万元", "50%"]]);
    expect(progressTableRatios(g).map((r) => r.stated.cell)).toEqual(["E3"]);
  });
});

describe("fam51: a one-line table above a longer one under the same heads is the sheet's first table (several-tables.ts)", () => {
  const MONTH: Row = ["月份", "项目数(个)", "预算金额(万元)", "实际采购金额(万元)", "节约资金(万元)", "节资率(%)"];
  const WAYS: Row = ["采购方式", "项目数(个)", "预算金额(万元)", "实际采购金额(万元)", "节约资金(万元)", "节资率(%)"];
  // (the ways' lines add up to the 共计 and to the month's line: 73 + 24 = 97, 40655 + 23683 = 64338, 37981 + 23514 = 61495)
  const LINES: Row[] = [
    ["公开招标", 73, 40655, 37981, 2674, 6.58],
    ["单一来源", 24, 23683, 23514, 169, 0.71],
    ["共计", 97, 64338, 61495, 2843, 4.42],
  ];
  const header = (g: Grid) => review(g, "national").model.headerRow;
  test("the real sheet's shape: a sentence, the month's head and line, a sentence, the ways' table → the month's head", () => {
    expect(header(doc(["2020年1月份,共组织实施采购项目97个,预算金额64338万元。", MONTH, ["1月", 97, 64338, 61495, 2843, 4.42], "按采购方式划分,公开招标项目73个。", WAYS, ...LINES]))).toBe(2);
  });
  test("繁體, no sentences between", () => {
    const t = (r: Row) => r.map((x) => (typeof x === "string" ? x.replace("项目数", "項目數").replace("预算金额", "預算金額").replace("节资率", "節資率").replace("采购", "采購") : x));
    expect(header(doc([t(MONTH), ["1月", 97, 64338, 61495, 2843, 4.42], t(WAYS), ...LINES]))).toBe(1);
  });
  test("the ways' table alone: its own head", () => {
    expect(header(doc(["按采购方式划分:", WAYS, ...LINES]))).toBe(2);
  });
  test("a head printed again inside one table (same first head, a page break) is no earlier table", () => {
    expect(header(doc([WAYS, ["公开招标", 73, 40655, 37981, 2674, 6.58], WAYS, ...LINES.slice(1)]))).not.toBe(1);
  });
  test("an earlier head sharing two heads only is another table's: the list's own head", () => {
    expect(header(doc([["月份", "项目数(个)", "预算金额(万元)", "合同数(个)", "备案数(个)"], ["1月", 97, 64338, 215, 222], WAYS, ...LINES]))).toBe(3);
  });
  test("an earlier head with no numbers under it (a line of words) is none", () => {
    expect(header(doc([MONTH, ["说明", "见下表", "见下表", "见下表", "见下表", "见下表"], WAYS, ...LINES]))).toBe(3);
  });
});

describe("fam51: a progress table whose rate head is split over two lines (完成 over 比例%)", () => {
  const SENTENCE = "自7月27日百日会战启动至9月底,共到位资金2558.5亿元,完成投资2765.1亿元。分地区完成情况详见下表:";
  const two = (top: Row, sub: Row, lines: Row[]) => Grid.fromValues("Sheet1", [[SENTENCE], top, sub, ...lines], ["A2:A3"]);
  const LINES: Row[] = [["贵阳市", 1027.0, 534.5, 52.0], ["遵义市", 855.2, 405.8, 47.5], ["六盘水市", 326.3, 215.4, 66.0]];
  test("the real sheet's split (百日 over 会战投资目标(亿元), 完成 over 比例%): the table read, monitoring", () => {
    const g = two(["地 区", "百日", "百日", "完成"], ["", "会战投资目标(亿元)", "会战完成投资(亿元)", "比例%"], LINES);
    const t = progressTable(g)!;
    expect([t.headerRow, t.headerLastRow, t.planCol, t.doneCol, t.rateCol]).toEqual([2, 3, 2, 3, 4]);
    expect(family(g)).toBe("monitoring");
  });
  test("another split: 完成 over 率(%), 繁體 heads; a slip flagged (534.5 / 1027.0 = 52.0%, printed 55.0)", () => {
    const g = two(["地 區", "年度", "累計", "完成"], ["", "計劃(億元)", "完成(億元)", "率(%)"], [["貴陽市", 1027.0, 534.5, 55.0], ...LINES.slice(1)]);
    expect(progressTable(g)?.rateCol).toBe(4);
    expect(review(g, "national").findings.filter((f) => f.rule === "ratio-mismatch").map((f) => f.cell)).toEqual(["D4"]);
  });
  test("a split head of another table (合格 over 比例%, no done column) is no progress table", () => {
    const g = two(["单 位", "抽查", "合格"], ["", "数量(件)", "比例%"], [["甲厂", 40, 95.0], ["乙厂", 50, 90.0]]);
    expect(progressTable(g)).toBeNull();
  });
});

describe("fam51: numbered tables of a bulletin (表1: over its head, 表2: over the progress table) — the first is the sheet's header", () => {
  const T1: (string | Row)[] = ["表1:", ["县(市)、新区", "1-6月投资增速(%)", "增速排位"], ["全州", 5.5, ""], ["兴义市", 0.2, 2], ["兴仁市", 10.7, 1]];
  const T2: (string | Row)[] = [
    "表2:",
    ["性质", "年度投资目标(万元)", "1-6月底累计完成投资(万元)", "完成投资占年度投资目标的比例(%)"],
    ["新建项目", 2954712, 1422596, "48.15%"],
    ["续建项目", 7629583, 4356017, "57.09%"],
  ];
  const header = (lines: (string | Row)[]) => review(doc(lines), "national").model.headerRow;
  test("the real sheet's shape: a sentence, 表1 with its head and lines, a sentence, 表2 the progress table → 表1's head", () => {
    expect(header(["1-6月全州固定资产投资同比增长5.5%。", ...T1, "1-6月,全州重点项目累计完成投资691.77亿元。", ...T2])).toBe(3);
  });
  test("other captions (附表1 / 附表2), no sentences between", () => {
    const t = (l: string | Row) => (typeof l === "string" ? l.replace("表", "附表") : l);
    expect(header([...T1.map(t), ...T2.map(t)])).toBe(2);
  });
  test("the progress table alone under its caption: its own head", () => {
    expect(header(T2)).toBe(2);
  });
  test("表1 a caption over a sentence, no head line: the progress table's head", () => {
    expect(header(["表1:", "全州投资增速详见附件。", ...T2])).toBe(4);
  });
  test("the progress table under no caption (表1 above it): its own head, the captions say nothing of it", () => {
    expect(header([...T1, "其中重点项目完成情况如下:", ...T2.slice(1)])).toBe(7);
  });
});
