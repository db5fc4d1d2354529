import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";
import { labelCode } from "../../src/core/text/codes";
import { handlingListHead } from "../../src/core/recognise/handling-lists";
import { breakdowns } from "../../src/core/recognise/breakdown-shares";

/**
 * grad44d (session 44): 12345 hotline notices and inspection rankings (grad44d-diagnosis.md).
 *  1. a numbered label whose name opens with a unit's character ("9、万丈湖办事处", "3、元谋县", "(二)亿元以上项目") is a
 *     numbered label, not an amount; and a number the reader skips that is printed on a line between is no misnumbering
 *     (the false code-sequence of 武穴 城乡垃圾 督查);
 * Each with its near variants and the near shapes that must not be read so.
 */

type Row = (string | number | null)[];
const flags = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const codeOf = (s: string) => {
  const c = labelCode(s);
  return c ? `${c.style}:${c.n}` : null;
};

describe("a numbered name opening with a unit's character", () => {
  it.each<[string, string | null]>([
    ["9、万丈湖办事处", "ar-dun:9"],
    ["9、萬丈湖辦事處", "ar-dun:9"],
    ["3、元谋县", "ar-dun:3"],
    ["(二)亿元以上项目", "cn-paren:2"],
    ["四、万宁市", "cn-dun:4"],
    ["9.万丈湖办事处", "ar-dot:9"],
    ["5、万元工业增加值主要污染物排放强度", "ar-dun:5"],
    ["2、倍增计划", "ar-dun:2"],
    // (not: a unit alone after the mark, a rate's unit, an amount written with its decimals)
    ["1、万元", null],
    ["(20)分", null],
    ["3、元/人", null],
    ["1.5万元", null],
    ["(20)", null],
  ])("%s → %s", (text, code) => expect(codeOf(text)).toBe(code));
});

/**
 * 武穴 (the shape): a 通报's prose lines, one a row in column A — the 镇处 numbered 1、 … 12、, each followed by its two lines
 * (最洁净 / 最脏 村庄); the ninth, 万丈湖办事处, opens with 万.
 */
const PLACES = ["武穴办事处", "刊江办事处", "梅川镇", "大金镇", "石佛寺镇", "花桥镇", "余川镇", "龙坪镇", "万丈湖办事处", "田镇办事处", "大法寺镇", "四望镇"];
function placesList(code: (n: number) => string, places = PLACES, sub = true, title: string | null = "二、“清洁村庄”评选结果"): Grid {
  const rows: Row[] = title ? [[title], ["(二)镇处"]] : [];
  places.forEach((p, i) => {
    rows.push([`${code(i + 1)}${p}`]);
    if (sub) rows.push(["“最洁净村庄”:某某村"], ["“最脏村庄”:某某村"]);
  });
  return sheet(rows);
}
const CN = "一二三四五六七八九十";
const cn = (n: number) => (n <= 10 ? CN[n - 1] : n < 20 ? "十" + CN[n - 11] : "");

describe("a numbered list of places, one opening with 万 / 元 / 亿: no misnumbering", () => {
  it.each<[string, Grid]>([
    ["as printed (1、 … 12、, two lines under each)", placesList((n) => `${n}、`)],
    ["no title, no lines under each", placesList((n) => `${n}、`, PLACES, false, null)],
    ["1. 2. 3. …", placesList((n) => `${n}.`)],
    ["(一)(二) …", placesList((n) => `(${cn(n)})`)],
    ["traditional characters", placesList((n) => `${n}、`, PLACES.map((p) => p.replace("万丈湖办事处", "萬丈湖辦事處").replace("办事处", "辦事處")))],
    ["another place opening with 元 / 亿, a cut list", placesList((n) => `${n}、`, ["元谋县", "武定县", "禄丰市", "亿利园区", "大姚县", "元江县"].slice(0, 5))],
  ])("%s", (_, g) => {
    expect(flags(review(g).findings).filter((f) => f.startsWith("code-sequence"))).toEqual([]);
  });

  it("a number truly skipped is still flagged (8、 then 10、, no 9 printed)", () => {
    const places = PLACES.filter((p) => p !== "万丈湖办事处");
    const g = placesList((n) => `${n >= 9 ? n + 1 : n}、`, places);
    const f = review(g).findings.filter((x) => x.rule === "code-sequence");
    // 10、田镇办事处 on row 2 + 8 * 3 + 1 = 27
    expect(f.map((x) => [x.cell, x.data?.code, x.data?.expected])).toEqual([["A27", "10、", "9、"]]);
  });

  it("an amount written with its decimals between two labels is no printed number (8. … 9.5万元 … 10.)", () => {
    const g = sheet([["1.甲镇"], ["2.乙镇"], ["3.丙镇"], ["9.5万元"], ["5.丁镇"]]);
    expect(review(g).findings.filter((x) => x.rule === "code-sequence").map((x) => [x.cell, x.data?.expected])).toEqual([["A5", "4."]]);
  });

  it("the skipped number printed on a line the reader takes for no label (a numbered question with tick boxes): no misnumbering", () => {
    const g = sheet([["一、检查情况"], ["1、资料是否齐全"], ["2、是否建立台账"], ["3、是否按期上报 □是 □否"], ["4、是否公开公示"], ["5、是否整改到位"]]);
    expect(labelCode("3、是否按期上报 □是 □否")).toBeNull();
    expect(flags(review(g).findings)).toEqual([]);
  });
});

/**
 * 唐山 12345 月报 (the shape): a notice's one paragraph stating the month's whole, then 其中 its breakdown by kind, each
 * count with its share: "共受理群众各类诉求284406件。其中,咨询类诉求124599件,占63.72%;…;其它类诉求9791件,占5.01%。". The
 * shares add up to 100 (99.99): the seven kinds are the whole breakdown, and they add up to 195532, not 284406 (the shares
 * were taken over 195532).
 */
const TANGSHAN =
  "11月份,12345政务服务便民热线共受理群众各类诉求284406件。其中,咨询类诉求124599件,占63.72%;求助类诉求56672件,占28.98%;投诉类诉求1983件,占1.01%;建议类诉求1182件,占0.6%;举报类890件,占0.46%;感谢类415件,占0.21%;其它类诉求9791件,占5.01%。11月份,群众来电总体接通率100%,直接办结率85.86%。";
const prose = (...lines: string[]) => sheet(lines.map((l) => [l]));
const countSums = (g: Grid) =>
  review(g).model.relations.flatMap((r) => (r.kind === "sum" && r.measure === "count" ? [[r.total.cell, r.total.value, r.parts.reduce((s, p) => s + p.value, 0), r.parts.length]] : []));

describe("a whole stated in text before its 其中 breakdown with shares: the listed counts add up to it", () => {
  it.each<[string, Grid, string, number, number, number]>([
    ["as printed (唐山: 。其中, '占x%')", prose(TANGSHAN), "A1", 284406, 195532, 7],
    ["under a title, on its second line", prose("12345热线11月份受理情况", TANGSHAN), "A2", 284406, 195532, 7],
    [
      "one sentence, bracketed shares, 其中 after a comma",
      prose("本月共接到群众来电1200件,其中咨询类500件(50.0%)、求助类300件(30.0%)、投诉类200件(20.0%)。"),
      "A1", 1200, 1000, 3,
    ],
    [
      "'占比' shares, counts in groups of three, a colon after 其中",
      prose("全年累计受理诉求31,000件,其中:咨询类12,000件,占比40%;投诉类9,000件,占比30%;求助类6,000件,占比20%;其他3,000件,占比10%。"),
      "A1", 31000, 30000, 4,
    ],
    [
      "traditional characters",
      prose("11月份,熱線共受理群眾各類訴求284406件。其中,諮詢類訴求124599件,佔63.72%;求助類訴求56672件,佔28.98%;投訴類訴求1983件,佔1.01%;建議類訴求1182件,佔0.6%;舉報類890件,佔0.46%;感謝類415件,佔0.21%;其它類訴求9791件,佔5.01%。"),
      "A1", 284406, 195532, 7,
    ],
    [
      "the whole's comparisons with other months before 其中 (同比 / 环比 / 较上月)",
      prose("本月共受理群众诉求1200件,同比增长5.2%,环比下降1.3%,较上月增加120件。其中,咨询类500件,占50%;求助类300件,占30%;投诉类200件,占20%。"),
      "A1", 1200, 1000, 3,
    ],
    [
      "letters (封), '占总量的'",
      prose("今年以来共收到群众来信500封。其中,反映住房问题200封,占总量的40%;反映就业问题150封,占总量的30%;反映其他问题100封,占总量的30%。"),
      "A1", 500, 450, 3,
    ],
  ])("%s", (_, g, cell, total, sum, parts) => {
    expect(countSums(g)).toEqual([[cell, total, sum, parts]]);
    const f = review(g).findings.filter((x) => x.rule === "total-mismatch");
    expect(f.map((x) => [x.cell, x.severity, x.data?.total, x.data?.sum])).toEqual([[cell, "error", total, sum]]);
  });

  it("the message names the whole as written (受理群众各类诉求 284406, 195532 listed)", () => {
    const f = review(prose(TANGSHAN)).findings.find((x) => x.rule === "total-mismatch");
    expect(f?.message).toBe("受理群众各类诉求 284406，与其明细合计 195532 不符");
  });

  it.each<[string, Grid]>([
    // (a top three: the shares do not add up to 100, the list is not the whole breakdown)
    ["a top three after 其中 (7.3 + 2 + 1.9)", prose("4月份共受理群众诉求2877件。其中,关于疫情方面来电212件,占比7.3%;涉及消费者权益类来电58件,占比2%;反映油烟污染等来电54件,占比1.9%。")],
    // (the whole agrees: related, nothing to report)
    ["the whole agrees", prose("本月共受理1000件。其中,咨询类500件,占50%;投诉类300件,占30%;求助类200件,占20%。")],
    // (a rate between the count and 其中: the count is not the list's whole)
    ["a rate between the count and 其中", prose("共受理2877件,办结率99%,其中咨询类500件(50%)、求助类300件(30%)、投诉类200件(20%)。")],
    // (a whole of another unit: 人次 over 件)
    ["a whole of another unit", prose("共接待群众3000人次,其中咨询类500件(50%)、求助类300件(30%)、投诉类200件(20%)。")],
    // (two kinds only: one may be left unsaid)
    ["two kinds only", prose("共受理1200件。其中,咨询类500件,占50%;投诉类500件,占50%。")],
  ])("not flagged: %s", (_, g) => {
    expect(flags(review(g).findings)).toEqual([]);
  });

  it("the whole agreeing is read as the list's sum, and holds", () => {
    expect(countSums(prose("本月共受理1000件。其中,咨询类500件,占50%;投诉类300件,占30%;求助类200件,占20%。"))).toEqual([["A1", 1000, 1000, 3]]);
  });
});

/**
 * 宁国 12345 承办单位 办理情况 (the shape): a notice's prose, then its 附件, a handling list by unit under a header of three
 * lines — 序号 | 单位 | 派遣案件总数 (over 总计 | 12345热线 | 政民互动, each over 按时办结 | 超时办结 | 未办结) | 按时办结数 |
 * 超时办结数 | 未办结数 | 结案率 | 按时结案率 | 不满意数 | 不满意率 — five unit lines, cut at the sixth. Its rates cannot be
 * rebuilt from one count over another (结案率 is 按时 + 超时 over 派遣), so no relation of it is read: the list is the
 * sheet's table on its own evidence (its heads, three unit lines of whole counts and rates within 0–100%).
 */
const NINGGUO_HEAD: Row[] = [
  ["序号", "单位", "派遣案件总数", null, null, null, null, null, null, "按时办结数", "超时办结数", "未办结数", "结案率", "按时结案率", "不满意数", "不满意率"],
  [null, null, "总计", "12345热线", null, null, "政民互动", null, null],
  [null, null, null, "按时办结", "超时办结", "未办结", "按时办结", "超时办结", "未办结"],
];
const NINGGUO_MERGES = ["A1:A3", "B1:B3", "C1:I1", "C2:C3", "D2:F2", "G2:I2", "J1:J3", "K1:K3", "L1:L3", "M1:M3", "N1:N3", "O1:O3", "P1:P3"];
const NINGGUO_LINES: Row[] = [
  [1, "住建局", 99, 87, 0, 0, 12, 0, 0, 99, 0, 0, "100%", "100%", 8, "9%"],
  [2, "公安局", 77, 70, 0, 0, 7, 0, 0, 77, 0, 0, "100%", "100%", 6, "9%"],
  [3, "城管局", 68, 66, 0, 0, 2, 0, 0, 68, 0, 0, "100%", "100%", 5, "8%"],
  [4, "卫健委", 68, 63, 0, 0, 5, 0, 0, 68, 0, 0, "100%", "100%", 3, "5%"],
  [5, "市场监督管理局", 41, 39, 0, 0, 2, 0, 0, 41, 0, 0, "100%", "100%", 5, "13%"],
  [6, "开发区"],
];
const shift = (merges: string[], by: number) => merges.map((m) => m.replace(/\d+/g, (d) => String(Number(d) + by)));
const handling = (rows: Row[], merges: string[] = []) => {
  const r = review(sheet(rows, merges));
  return { family: r.model.family, header: r.model.headerRow, flags: flags(r.findings) };
};

describe("a handling list by unit with no score: the sheet's header", () => {
  it.each<[string, Row[], string[], number]>([
    ["as printed (prose above, a header of three lines, cut at the sixth unit)", [["现将各单位4月份案件办理情况通报如下:"], ["附件"], ...NINGGUO_HEAD, ...NINGGUO_LINES], shift(NINGGUO_MERGES, 2), 3],
    ["no prose, no cut line", [...NINGGUO_HEAD, ...NINGGUO_LINES.slice(0, 5)], NINGGUO_MERGES, 1],
    [
      "one header line, 承办单位 | 交办件数 | 办结数 | 按时办结率(%) (rates in points), no 序号",
      [["承办单位", "交办件数", "办结数", "按时办结率(%)", "备注"], ["住建局", 40, 38, 95.0, null], ["公安局", 30, 30, 100.0, null], ["城管局", 25, 24, 96.0, null], ["卫健委", 20, 19, 95.0, null]],
      [],
      1,
    ],
    [
      "traditional characters, 鄉鎮(街道) for the units",
      [["通報"], ["序號", "鄉鎮(街道)", "受理件數", "辦結數", "滿意數", "滿意率"], [1, "西津街道", 46, 46, 40, "87%"], [2, "南山街道", 24, 24, 22, "92%"], [3, "中溪镇", 22, 21, 20, "91%"]],
      [],
      2,
    ],
  ])("%s", (_, rows, merges, header) => {
    expect(handling(rows, merges)).toEqual({ family: "unknown", header, flags: [] });
  });

  it.each<[string, Row[]]>([
    // (a budget list by unit: money heads, no handling list — whatever else reads it)
    ["money by unit (预算数 | 执行数 | 执行率)", [["单位", "预算数", "执行数", "执行率"], ["住建局", 100, 90, "90%"], ["公安局", 80, 80, "100%"], ["城管局", 60, 54, "90%"]]],
    // (two unit lines: too few to be a list)
    ["two unit lines only", [["单位", "交办件数", "办结数", "办结率"], ["住建局", 40, 38, "95%"], ["公安局", 30, 30, "100%"]]],
    // (a rate above 100%: not a handling list's rate)
    ["a rate above 100%", [["单位", "交办件数", "办结数", "增长率"], ["住建局", 40, 38, "120%"], ["公安局", 30, 30, "100%"], ["城管局", 25, 24, "96%"]]],
  ])("no handling list: %s", (_, rows) => {
    const g = sheet(rows);
    expect(handlingListHead(g)).toBeNull();
  });
});

/**
 * 宜春 12345 月报 (the shape): a sentence stating the month's count, then a breakdown table — 受理总量 | 诉求来源 | 数量 | 占比 |
 * 工单类型 | 数量 | 占比 — whose whole (38447) stands once, merged down its six lines, two breakdowns beside it (six sources,
 * five kinds: 34859 + 2724 + 170 + 261 + 318 + 115 = 38447 = 19651 + 592 + 649 + 15042 + 2513), each share its count over
 * 38447; then a second table (责任单位 | 转派工单 | 占比 | 同比 | 环比, closed by 总计 18113). The breakdown is the page's
 * first table: the sheet's header (8) and total (38447@A9).
 */
const YICHUN_TOP: Row[] = [["宜春12345"], ["本月受理各类诉求38447件,同比下降24.85%,环比下降0.16%,详情如下:"]];
const YICHUN_HEAD: Row = ["受理总量", "诉求来源", "数量", "占比", "工单类型", "数量", "占比"];
const YICHUN_LINES: Row[] = [
  [38447, "电话", 34859, "90.67%", "咨询类", 19651, "51.11%"],
  [null, "微信微博", 2724, "7.09%", "求助类", 592, "1.54%"],
  [null, "网站邮件 赣服通", 170, "0.44%", "建议类", 649, "1.69%"],
  [null, "110接警", 261, "0.68%", "投诉类", 15042, "39.12%"],
  [null, "上级派发", 318, "0.83%", "举报类", 2513, "6.54%"],
  [null, "宜春政府网", 115, "0.30%", null, null, null],
];
const YICHUN_BOTTOM: Row[] = [
  ["(二)责任单位接诉情况分析"],
  ["责任单位", "转派工单", "占比", "同比", "环比"],
  ["县(市、区)及“三区”", 15390, "84.97%", "14.08%", "2.37%"],
  ["市直单位", 2013, "11.11%", "-1.47%", "0.70%"],
  ["流转中", 710, "3.92%", "/", "/"],
  ["总计", 18113, "100%", "13.34%", "5.14%"],
];
const yichun = (head: Row = YICHUN_HEAD, lines: Row[] = YICHUN_LINES, merged = true, bottom = YICHUN_BOTTOM) =>
  sheet([...YICHUN_TOP, head, ...lines, ...bottom], merged ? [`A4:A${3 + lines.length}`] : []);
const relationsAt = (g: Grid) => {
  const rs = review(g).model.relations;
  return {
    sums: rs.flatMap((r) => (r.kind === "sum" && r.measure === "count" ? [`${r.total.cell}=${r.parts.map((p) => p.cell).join("+")}`] : [])),
    ratios: rs.filter((r) => r.kind === "ratio" && r.denominator.cell === "A4").length,
  };
};

describe("a breakdown by class with its whole stated once beside it", () => {
  it.each<[string, Grid]>([
    ["as printed (merged whole, two breakdowns, a second table under it)", yichun()],
    ["the whole alone on its first line (no merge), no second table", yichun(undefined, undefined, false, [])],
    ["traditional characters", yichun(["受理總量", "訴求來源", "數量", "佔比", "工單類型", "數量", "佔比"])],
    // (an export: the merge undone and its number filled down every line)
    ["the whole's merge filled down", yichun(undefined, YICHUN_LINES.map((l) => [38447, ...l.slice(1)]), false)],
    ["shares in points under 占比(%), 诉求总量(件) for the whole", yichun(["诉求总量(件)", "诉求来源", "数量", "占比(%)", "工单类型", "数量", "占比(%)"], YICHUN_LINES.map((l) => l.map((v) => (typeof v === "string" && v.endsWith("%") ? Number(v.slice(0, -1)) : v))))],
  ])("%s: the header and the whole, each breakdown a sum and its shares", (_, g) => {
    const r = review(g);
    expect([r.model.family, r.model.headerRow, r.model.totals?.score?.cell, r.model.totals?.score?.value]).toEqual(["unknown", 3, "A4", 38447]);
    expect(relationsAt(g)).toEqual({ sums: ["A4=C4+C5+C6+C7+C8+C9", "A4=F4+F5+F6+F7+F8"], ratios: 11 });
    expect(flags(r.findings)).toEqual([]);
  });

  it("an empty column between the whole and the classes: the same, moved", () => {
    const g = sheet([...YICHUN_TOP, ...[YICHUN_HEAD, ...YICHUN_LINES].map((l) => [l[0], null, ...l.slice(1)])], ["A4:A9"]);
    const r = review(g);
    expect([r.model.headerRow, r.model.totals?.score?.cell]).toEqual([3, "A4"]);
    expect(r.model.relations.filter((x) => x.kind === "sum" && x.measure === "count").map((x) => (x.kind === "sum" ? x.parts[0].cell : ""))).toEqual(["D4", "G4"]);
  });

  it("a whole misprinted (38474 for 38447; the shares add up to 100): total-mismatch at the whole, the shares not checked again", () => {
    const lines = YICHUN_LINES.map((l, i) => (i === 0 ? [38474, ...l.slice(1)] : l));
    const f = review(yichun(undefined, lines)).findings.filter((x) => x.severity === "error");
    expect(f.map((x) => [x.rule, x.cell, x.data?.total, x.data?.sum])).toEqual([["total-mismatch", "A4", 38474, 38447]]);
  });

  it("a count misprinted in one breakdown (15402 for 15042): that breakdown's sum broken, the other holds", () => {
    const lines = YICHUN_LINES.map((l, i) => (i === 3 ? [...l.slice(0, 5), 15402, l[6]] : l));
    const f = review(yichun(undefined, lines)).findings.filter((x) => x.severity === "error");
    expect(f.map((x) => [x.rule, x.cell, x.data?.sum])).toEqual([["total-mismatch", "A4", 38807]]);
  });

  it("a share miscomputed (90.76% for 90.67%): ratio-mismatch at the share", () => {
    const lines = YICHUN_LINES.map((l, i) => (i === 0 ? [l[0], l[1], l[2], "90.76%", ...l.slice(4)] : l));
    expect(flags(review(yichun(undefined, lines)).findings)).toEqual(["ratio-mismatch@D4"]);
  });

  it.each<[string, Grid]>([
    // (the first classes only: counts short of the whole, shares short of 100 — not the whole's)
    ["the first three sources only", yichun(["受理总量", "诉求来源", "数量", "占比"], YICHUN_LINES.slice(0, 3).map((l) => l.slice(0, 4)), true, [])],
    // (a whole on every line: a table of wholes, each line its own — no whole stated once)
    ["a whole on every line", sheet([["总数", "类别", "数量", "占比"], [100, "甲", 60, "60%"], [80, "乙", 50, "62.5%"], [90, "丙", 45, "50%"]])],
    // (no whole's head over the column left of the classes: a month, not a whole)
    ["a month left of the classes", sheet([["月份", "诉求来源", "数量", "占比"], ["5月", "电话", 34859, "90.67%"], [null, "微信微博", 2724, "7.09%"], [null, "其他", 864, "2.24%"]], ["A2:A4"])],
    // (no column left of the classes at all)
    ["classes, counts and shares alone", sheet([["诉求来源", "数量", "占比"], ["电话", 34859, "90.67%"], ["微信微博", 2724, "7.09%"], ["其他", 864, "2.24%"]])],
  ])("not read as a breakdown with its whole: %s", (_, g) => {
    expect(breakdowns(g)).toEqual([]);
    expect(flags(review(g).findings)).toEqual([]);
  });
});

/**
 * The same page's second table (the shape): a breakdown closed by its own 总计 line, no whole beside it — 责任单位 | 转派工单 |
 * 占比 | 同比 | 环比 over three lines and 总计 | 18113 | 100%: each share is its count over 18113 (15390 / 18113 = 84.97%).
 */
const closedTable = (head: Row, lines: Row[], top: Row[] = [["(二)责任单位接诉情况分析"]]) => sheet([...top, head, ...lines]);
const shareChecks = (g: Grid) =>
  review(g).model.relations.flatMap((r) => (r.kind === "ratio" && /占比|比例|比重|百分比/.test(r.name) ? [`${r.stated.cell}=${r.numerator.cell}/${r.denominator.cell}`] : []));

describe("a breakdown closed by its own 总计 line: each share over the closing count", () => {
  it.each<[string, Grid, string[]]>([
    ["as printed", closedTable(YICHUN_BOTTOM[1], YICHUN_BOTTOM.slice(2)), ["C3=B3/B6", "C4=B4/B6", "C5=B5/B6"]],
    [
      "合计 for 总计, 件数 | 比例(%) in points, no 同比 columns, no heading",
      closedTable(["诉求类型", "件数", "比例(%)"], [["咨询", 19651, 51.11], ["求助", 592, 1.54], ["建议", 649, 1.69], ["投诉", 15042, 39.12], ["举报", 2513, 6.54], ["合计", 38447, 100]], []),
      ["C2=B2/B7", "C3=B3/B7", "C4=B4/B7", "C5=B5/B7", "C6=B6/B7"],
    ],
    [
      "a 序号 column before the names, traditional characters",
      closedTable(["序號", "責任單位", "轉派工單", "佔比"], [[1, "縣(市、區)", 15390, "84.97%"], [2, "市直單位", 2013, "11.11%"], [3, "流轉中", 710, "3.92%"], ["總計", null, 18113, "100%"]]),
      ["D3=C3/C6", "D4=C4/C6", "D5=C5/C6"],
    ],
  ])("%s", (_, g, checks) => {
    expect(shareChecks(g)).toEqual(checks);
    expect(flags(review(g).findings)).toEqual([]);
  });

  it("a share miscomputed (84.79% for 84.97%): ratio-mismatch at the share", () => {
    const lines = YICHUN_BOTTOM.slice(2).map((l, i) => (i === 0 ? [l[0], l[1], "84.79%", ...l.slice(3)] : l));
    expect(flags(review(closedTable(YICHUN_BOTTOM[1], lines)).findings)).toEqual(["ratio-mismatch@C3"]);
  });

  it.each<[string, Grid]>([
    // (the closing count is not the lines' sum: that slip is the closing line's, the shares not read over it)
    ["lines not adding up to the closing count", closedTable(["责任单位", "转派工单", "占比"], [["县区", 15390, "84.97%"], ["市直", 2013, "11.11%"], ["流转中", 700, "3.92%"], ["总计", 18113, "100%"]])],
    // (shares of something else: the closing share is no 100%, the shares add up to 46)
    ["shares of another whole (占全省比重)", closedTable(["地区", "件数", "比重"], [["甲县", 300, "20%"], ["乙县", 200, "15%"], ["丙县", 100, "11%"], ["合计", 600, "46%"]])],
    // (no closing line: nothing to take the shares over)
    ["no closing line", closedTable(["责任单位", "转派工单", "占比"], [["县区", 15390, "84.97%"], ["市直", 2013, "11.11%"], ["流转中", 710, "3.92%"]])],
  ])("shares not read: %s", (_, g) => {
    expect(shareChecks(g)).toEqual([]);
  });
});
