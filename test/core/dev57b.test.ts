import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { sheetFeatures } from "../../src/core/recognise/features";
import { announcedPartSums } from "../../src/core/recognise/announced-parts";
import { laterAllocationSums } from "../../src/core/recognise/later-allocation-lists";
import { pairedColumnsHead } from "../../src/core/recognise/paired-columns-head";
import { targetsByNotice } from "../../src/core/recognise/families/target-notice";
import { deptReportHeads } from "../../src/core/recognise/families/dept-report-heads";
import { flags, sheet } from "./probes";

/**
 * dev57b (session 57; test/fixtures/real/dev57b-s57-diagnosis.md): the corpus batches' failing checks closed generally — a
 * 主要项目: list as a sample of its whole, a part's gloss brackets in a row, a fund's allocation list in a later paragraph, a
 * 三公 table of paired 预算数 | 决算数 columns, a target declaration written as a notice. Every number is computed by hand in
 * its comment; each shape with the counter-shapes that must not be read.
 */
const show = (rs: { total: { value: number }; bound?: string; parts: { value: number }[] }[]) =>
  rs.map((r) => `${r.total.value}${r.bound === "equal" ? "=" : ">="}${r.parts.map((p) => p.value).join("+")}`);

describe("a whole's main items after 主要项目: (announced-parts.ts, sample: the parts may not exceed the whole)", () => {
  test.each([
    // 21 + 8 + 3 = 32 over the stated 30: a slip whichever part is wrong
    ["安排专项经费30万元,主要项目:1、委员补助21万;2、常委活动8万;3、联络3万。", "30>=21+8+3", ["total-mismatch@A1"]],
    // the same under 主要支出项目有: / 主要用于:
    ["安排专项经费30万元,主要支出项目有:1、委员补助21万;2、常委活动8万;3、联络3万。", "30>=21+8+3", ["total-mismatch@A1"]],
    ["安排专项经费30万元,主要用于:1、委员补助21万;2、常委活动8万;3、联络3万。", "30>=21+8+3", ["total-mismatch@A1"]],
    // 繁體, a bare 萬 for 万元: 21 + 8 + 3 = 32 over 30
    ["安排預算內專項經費30萬元,主要項目:1、委員補助21萬;2、常委活動8萬;3、聯絡3萬。", "30>=21+8+3", ["total-mismatch@A1"]],
    // under the whole (21 + 8 = 29 ≤ 30): main items may leave some out — read, nothing to say
    ["安排专项经费30万元,主要项目:1、委员补助21万;2、常委活动8万。", "30>=21+8", []],
    // 32 ≤ 180: read, no flag
    ["安排专项经费180万元,主要项目:1、委员补助21万;2、常委活动8万;3、联络3万。", "180>=21+8+3", []],
  ])("%s", (line, sum, want) => {
    expect(show(announcedPartSums(sheet([line]), []))).toEqual([sum]);
    expect(flags([line])).toEqual(want);
  });
  test.each([
    // 主要项目 with no colon: words of a sentence, no list announced
    ["安排专项经费30万元,主要项目建设进展顺利,A项目21万元,B项目8万元,C项目3万元。"],
    // 21 + 8 + 11 = 40 more than a quarter over 30 (37.5): something else counted, not read
    ["安排专项经费30万元,主要项目:1、委员补助21万;2、常委活动8万;3、联络11万。"],
    // a part in 亿元 under a whole in 万元: refused
    ["安排专项经费30万元,主要项目:1、委员补助21万;2、常委活动0.0008亿元。"],
  ])("not read: %s", (line) => {
    expect(announcedPartSums(sheet([line]), [])).toEqual([]);
    expect(flags([line])).toEqual([]);
  });
});

describe("a part's gloss brackets in a row (sentence-sums.ts GLOSS): none of their amounts is a part", () => {
  const line = (whole: string, glosses: string) => `2024年,该项目中央、省级、县级预算共安排${whole}万元,其中:中央60万元${glosses},省级30万元,县级10万元。`;
  test.each([
    // 60 + 30 + 10 = 100, whatever brackets gloss 中央's 60
    ["one gloss", line("100", "(2023年结转20万元,2024年下达40万元)")],
    ["two glosses", line("100", "(其中结转资金30万元)(2023年结转20万元,2024年下达40万元)")],
    ["a gloss of words after one of amounts", line("100", "(其中结转资金30万元)(含上年结转)")],
  ])("%s: no flag", (_n, l) => expect(flags([l])).toEqual([]));
  test.each([
    // 60 + 30 + 10 = 100 against 110: flagged with the glosses in a row, as with one
    ["one gloss", line("110", "(2023年结转20万元,2024年下达40万元)")],
    ["two glosses", line("110", "(其中结转资金30万元)(2023年结转20万元,2024年下达40万元)")],
  ])("%s, the whole off: flagged", (_n, l) => expect(flags([l])).toEqual(["total-mismatch@A1"]));
});

describe("a fund's whole in one paragraph, its allocation list in a later one (later-allocation-lists.ts)", () => {
  const WHOLE = "2023年,省下达我县安徽省体育强省(快乐健身)专项资金63.2万元。年度绩效目标为:继续深化全民健身。";
  const HEAD = "(二)资金安排、分解下达预算和绩效目标情况。";
  // 5 + 13 + 5 + 5 + 5 + 10 + 1.2 + 3 + 12 = 59.2
  const LIST = "2023年我县体育强省资金安排是:支持体育设施建设5万元,支持青少年竞技体育13万元,支持体育产业发展5万元,支持口袋公园5万元、百姓健身房5万元、健身步道10万元,支持体育项目培训1.2万元,支持体育赛事活动3万元,支持快乐健身点位器材维护12万元。总体绩效目标是:推进快乐健身行动。";
  const SUM = "63.2=5+13+5+5+5+10+1.2+3+12";
  test("59.2 arranged of the 63.2 下达: flagged at the whole", () => {
    expect(show(laterAllocationSums(sheet([WHOLE, HEAD, LIST]), []))).toEqual([SUM]);
    expect(flags([WHOLE, HEAD, LIST])).toEqual(["total-mismatch@A1"]);
  });
  test.each([
    // the list adding up: 5 + 13 + 5 + 5 + 5 + 10 + 5.2 + 3 + 12 = 63.2
    ["adds up", [WHOLE, HEAD, LIST.replace("1.2万元", "5.2万元")], "63.2=5+13+5+5+5+10+5.2+3+12"],
    // 分配情况为:, 经费, the whole in its own row with the list right under it: 20 + 15 + 5 = 40
    ["分配情况为", ["市财政拨付我局文化惠民经费40万元。", "全市文化惠民经费分配情况为:送戏下乡20万元,公益电影15万元,图书配送5万元。"], "40=20+15+5"],
  ])("read (%s)", (_n, lines, sum) => {
    expect(show(laterAllocationSums(sheet(lines), []))).toEqual([sum]);
    expect(flags(lines)).toEqual([]);
  });
  test.each([
    // another fund's name in the opener
    ["another fund", [WHOLE, HEAD, LIST.replace("体育强省资金安排是", "乡村振兴资金安排是")]],
    // a row with an amount between the two: that row is the nearest whole, and it names no such fund
    ["an amount between", [WHOLE, "其中县级配套资金10万元。", LIST]],
    // two amounts in the whole's row
    ["two amounts above", [WHOLE.replace("。年度", ",县级配套10万元。年度"), HEAD, LIST]],
    // the whole's own 其中 list
    ["the whole broken down already", [WHOLE.replace("63.2万元。", "63.2万元,其中结转3万元。"), HEAD, LIST]],
    // a list closed by 等: some parts only
    ["等", [WHOLE, HEAD, LIST.replace("12万元。", "12万元等。")]],
    // a part in 元
    ["a part in 元", [WHOLE, HEAD, LIST.replace("1.2万元", "12000元")]],
    // the list running to the text's end (cut)
    ["cut", [WHOLE, HEAD, LIST.replace(/12万元。.*$/, "12万元")]],
    // two parts only
    ["two parts", ["省下达我县体育强省专项资金20万元。", "我县体育强省资金安排是:支持体育设施建设5万元,支持青少年竞技体育13万元。"]],
    // the whole more than six rows above
    ["far", [WHOLE, "一", "二", "三", "四", "五", "六", LIST]],
    // a change, not a whole
    ["a change", ["省下达我县体育强省专项资金比上年增加63.2万元。", HEAD, LIST]],
  ])("not read: %s", (_n, lines) => {
    expect(laterAllocationSums(sheet(lines), [])).toEqual([]);
    expect(flags(lines).filter((f) => f.startsWith("total-mismatch"))).toEqual([]);
  });
});

describe("a table of items as columns split into 预算数 | 决算数 (paired-columns-head.ts)", () => {
  const PAIRS = ["预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数"];
  const JIADING: string[][] = [
    ["2017年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表", "", "", "", "", "", "", "", "", "", "", "", ""],
    ["单位:万元", "", "", "", "", "", "", "", "", "", "", "", ""],
    ["一般公共预算财政拨款“三公”经费", "", "", "", "", "", "", "", "", "", "", "", "机关运行经费决算数"],
    ["合计", "", "因公出国(境)费", "", "公务用车购置及运行费", "", "", "", "", "", "公务接待费", "", ""],
    ["", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行费", "", "", "", ""],
    [...PAIRS, "325.88"],
    ["22.00", "8.77", "", "", "14.00", "8.47", "", "", "14.00", "8.47", "8.00", "0.30", ""],
  ];
  const MERGES = ["A1:M1", "A2:M2", "A3:L3", "M3:M5", "A4:B5", "C4:D5", "E4:J4", "K4:L5", "E5:F5", "G5:H5", "I5:J5", "M6:M7"];
  const head = (rows: string[][], merges: string[] = []) => pairedColumnsHead(Grid.fromValues("Sheet1", rows, merges));
  test("嘉定's four-line head over one line of amounts: rows 3–6", () => {
    expect(head(JIADING, MERGES)).toEqual({ top: 3, last: 6 });
    // merges undone: the same cells, the same head
    expect(head(JIADING)).toEqual({ top: 3, last: 6 });
    // a label column before the amounts: the pairs line still its last
    expect(head([["项目", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数"], ["三公经费", "22", "8.77", "0", "0", "14", "8.47"]])).toEqual({ top: 1, last: 1 });
  });
  test.each([
    // two pairs only: a budget table's columns, left to the amount lists
    ["two pairs", [["预算数", "决算数", "预算数", "决算数"], ["22", "8.77", "14", "8.47"]]],
    // other heads between the pair words
    ["other heads between", [["收入", "预算数", "决算数", "支出", "预算数", "决算数", "合计", "预算数", "决算数"], ["1", "2", "3", "4", "5", "6", "7", "8", "9"]]],
    // words under the pairs
    ["words under", [PAIRS, ["二十二", "八", "", "", "十四", "八", "", "", "十四", "八", "八", "零"]]],
    // nothing under the pairs
    ["nothing under", [PAIRS, ["", "", "", "", "", "", "", "", "", "", "", ""]]],
    // the words not alternating
    ["not alternating", [["预算数", "预算数", "决算数", "决算数", "预算数", "预算数", "决算数", "决算数"], ["1", "2", "3", "4", "5", "6", "7", "8"]]],
  ])("none: %s", (_n, rows) => expect(head(rows as string[][])).toBeNull());
});

describe("a target declaration written as a notice (families/target-notice.ts)", () => {
  const TITLE = "关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示";
  const BODY = [
    "一、产出指标",
    "数量指标:黄金蜜(葡萄)种植数量(≥**株)>=17600株;种植作物成活率(≥**%)>=85;时效指标:完成及时率(≥**%)>=100%。",
    "二、效益指标",
    "经济效益指标:脱贫地区特色产业产值(≥**万元)≥80万元。",
    "三、满意度指标",
    "服务对象满意度指标,受益脱贫户满意度(≥**%)≥95%。",
  ];
  const notice = (lines: string[]) => targetsByNotice(sheetFeatures(sheet(lines)));
  test.each([
    ["设定的公示", [TITLE, ...BODY]],
    ["绩效目标公告", [TITLE.replace("绩效目标设定的公示", "绩效目标公告"), ...BODY]],
    ["申报情况的公示", [TITLE.replace("设定的公示", "申报情况的公示"), ...BODY]],
  ])("a declaration: %s", (_n, lines) => {
    expect(notice(lines)).toBe(true);
    expect(review(sheet(lines), "national").model.family).toBe("target-declaration");
  });
  test.each([
    // a self-evaluation's notice reporting what was achieved
    ["实际完成值", [TITLE, ...BODY, "数量指标实际完成值17800株。"]],
    ["自评", [TITLE.replace("绩效目标设定的公示", "绩效自评结果的公示"), ...BODY]],
    // the targets' completion
    ["完成情况", [TITLE.replace("设定的公示", "完成情况的公示"), ...BODY]],
    // a fund notice: no target stated
    ["a fund notice", ["关于下马关镇种植项目资金及绩效目标的公示", "安排资金50万元,用于种植黄金蜜(葡萄)。"]],
    // dimension words, no target value
    ["no target value", [TITLE, "一、产出指标", "数量指标:种植数量。", "三、满意度指标", "服务对象满意度指标,受益户满意。"]],
  ])("none: %s", (_n, lines) => expect(notice(lines)).toBe(false));
});

describe("a department's report by its section heads, no title line (families/dept-report-heads.ts)", () => {
  const HEADS = [
    "一、部门基本情况",
    "(一)部门概况",
    "某市残疾人联合会是残疾人事业团体,内设办公室等7个部、室。",
    "(二)部门预决算情况",
    "本年支出合计61658.08万元,预算执行率为97.10%。",
    "(三)部门整体绩效目标",
    "全年新增残疾人就业数量达到17500名。",
  ];
  const heads = (lines: string[]) => deptReportHeads(sheetFeatures(sheet(lines)));
  test("the department, its money done, its performance: a department self-evaluation", () => {
    expect(heads(HEADS)).toBe(true);
    // a preamble of fields above, a signature block below: the page's, not the report's lines (7 prose lines, 3 + 3 fields)
    const fields = (a: string, b: string) => [a, b];
    const rows = [fields("部门(单位)名称", "某市残联"), fields("主管部门", "某市人民政府"), fields("单位负责人", "张三"), ...HEADS.map((l) => [l, ""]), fields("填表人:", "张三"), fields("联系电话:", "0731-12345678"), fields("填报日期:", "2024年3月15日")];
    expect(deptReportHeads(sheetFeatures(Grid.fromValues("Sheet1", rows, [])))).toBe(true);
    expect(review(sheet(HEADS), "national").model.family).toBe("dept-self-eval");
  });
  test.each([
    // a budget's explanation: nothing done
    ["nothing done", HEADS.map((l) => l.replace("本年支出合计61658.08万元,预算执行率为97.10%。", "2024年收支预算为50289.2万元。"))],
    // an accounts' explanation (收入支出决算)
    ["accounts", [...HEADS, "二、收入支出决算总体情况说明"]],
    // a project's heads
    ["a project's", HEADS.map((l) => l.replace("部门基本情况", "项目基本情况").replace("部门概况", "项目概况"))],
    // two kinds only: no money head
    ["no money head", HEADS.map((l) => l.replace("部门预决算情况", "部门工作情况"))],
    // a monitoring of the year so far
    ["monitoring", [...HEADS, "截至6月底,支出进度符合序时进度。"]],
  ])("none: %s", (_n, lines) => expect(heads(lines)).toBe(false));
});
