import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { announcedPartSums } from "../../src/core/recognise/announced-parts";
import { gradedUnitlessScores } from "../../src/core/recognise/graded-score";
import { reportResult } from "../../src/core/recognise/report-scores";
import { compact } from "../../src/core/text/normalize";
import { amountListHead } from "../../src/core/recognise/blocks";
import { aspectRowSums } from "../../src/core/recognise/aspect-rows";
import { flags, sheet } from "./probes";

/**
 * rel55 (session 55; test/fixtures/real/rel55-s55-diagnosis.md): prose wholes and the parts their words announce
 * (announced-parts.ts), and a report's score written without its 分 (graded-score.ts) — each with the counter-shapes that must
 * not be read. Every number below is computed by hand in its comment.
 */
/** each announced whole: 'whole=parts' (equal) or 'whole>=parts' (atMost), the parts' cells where they are not the whole's */
const read = (lines: string[]) =>
  announcedPartSums(sheet(lines), []).map(
    (r) => `${r.total.value}${r.bound === "equal" ? "=" : ">="}${r.parts.map((p) => `${p.value}${p.cell !== r.total.cell ? "@" + p.cell : ""}`).join("+")}`,
  );

describe("a whole, the words announcing its parts, then the parts (announced-parts.ts)", () => {
  test.each([
    // 西藏 A8: 具体是 after a full stop, six ';' parts: 3005 + 1235 + 255 + 429 + 1228 + 1613 = 7765 (the whole printed 9378);
    // the next sentence '二是…' is the whole's sibling, no part
    [
      ["一是布达拉宫管理处,下达预算资金9378万元。具体是:雪城修缮展示工程项目3005万元;二期结构检测工程项目1235万元;古籍数字化项目255万元;预防性保护项目429万元;抢救性保护项目1228万元;消防提升工程项目1613万元。二是西藏博物馆,下达预算资金5009万元,项目是新馆展陈。"],
      ["9378=3005+1235+255+429+1228+1613"],
    ],
    // 分别是 after a comma, ',' parts: 5 + 18 + 2.5 = 25.5, closed by '。'; two parts of a full announcer must add up too
    [["部门预算项目支出25.5万元,分别是交流经费5万元,评审费18万元,专家工作经费2.5万元。"], ["25.5=5+18+2.5"]],
    [["安排专项资金30万元,具体为:设备购置20万元,人员培训10万元。"], ["30=20+10"]],
    // 分别用于: a part's own 其中 mid-sentence is its subset (7.7 + 33.308 + 2.16 none of the list's), and where that 其中
    // ends is not said: 12.5 + 72.5 + 43.168 = 128.168 may not be all — a bound
    [["教育扶贫资金128.168万元,分别用于大学生资助12.5万元;雨露计划72.5万元;教育培训43.168万元,其中创业培训7.7万元,就业培训33.308万元,按摩基地培训2.16万元。"], ["128.168>=12.5+72.5+43.168"]],
    // 包括: as a 其中 list — three parts closed must add up (10 + 20 + 30 = 60), two may leave one unsaid
    [["拨付补助资金60万元,包括种植补贴10万元、养殖补贴20万元、加工补贴30万元。"], ["60=10+20+30"]],
    [["拨付补助资金60万元,包括种植补贴10万元、养殖补贴20万元。"], ["60>=10+20"]],
    // a sample: 主要用于 / 等 — the main parts only
    [["下达专项资金100万元,主要用于道路维修40万元、路灯安装30万元、绿化20万元。"], ["100>=40+30+20"]],
    [["下达专项资金100万元,具体是:道路维修40万元、路灯安装30万元、绿化20万元等。"], ["100>=40+30+20"]],
    // the text running to its end with no stop (a stored page cut there): the parts may fall short
    [["部门预算项目支出87.5万元,分别是交流经费5万元,评审费18万元,专家经费2.5万元,验收经费16万元,科"], ["87.5>=5+18+2.5+16"]],
    // the announcer closing its row (钟楼 A1): the parts in the rows under it, each sentence or ';' group one amount of money
    // (counts beside it), a sentence opening with 其中 the last part's subset: 131.55 + 6.08 + 104.72 + 17.86 = 260.21; the
    // sheet ends under them (it may be cut): a bound
    [
      [
        "2021年1月,累计发放各类民生保障资金共计260.21万元。具体发放情况如下:",
        "1月份,发放城乡低保补助资金131.55万元。其中,城市低保对象1062户,发放保障资金117.58万元;农村低保对象165户,发放保障资金13.97万元。",
        "特困老人生活保障金发放33人次,发放保障资金6.08万元。尊老金发放17704人次,发放保障资金104.72万元;困境儿童分类保障190人次,发放保障资金17.86万元。",
      ],
      ["260.21>=131.55@A2+6.08@A3+104.72@A3+17.86@A3"],
    ],
    // …closed by a numbered head under the parts: they must add up (50 + 30 = 80)
    [["全年下达资金80万元。具体情况如下:", "农村公路养护下达50万元。", "危桥改造下达30万元。", "二、绩效目标完成情况"], ["80=50@A2+30@A3"]],
    // …numbered parts, each line a code, a name and its amount (the code no part of the name): 50 + 30 = 80
    [["全年下达资金80万元。具体情况如下:", "1.农村公路养护50万元。", "2.危桥改造30万元。", "二、绩效目标完成情况"], ["80=50@A2+30@A3"]],
    // the parts in the announcer's sentence, its last set apart by a stop where only that adds up: 40 + 35 + 25 = 100
    [["下达资金100万元,具体是:A项目40万元,B项目35万元。C项目25万元。"], ["100=40+35+25"]],
  ])("read: %j", (lines, want) => expect(read(lines)).toEqual(want));

  test.each([
    // parts in another unit: 亿 among 万, and an amount in 元 under 1万 beside 万元 (a slip of the unit)
    [["下达资金2.5亿元,具体是:A项目8000万元,B项目17000万元。"]],
    [["下达资金30万元,具体是:A项目20万元,B项目1000元。"]],
    // the parts counts, no money
    [["下达资金30万元,具体是:A项目2个,B项目3个。"]],
    // a part naming a change or a standard
    [["下达资金30万元,具体是:A项目比上年增加20万元,B项目10万元。"]],
    [["下达资金30万元,具体是:每人补助20万元,B项目10万元。"]],
    // a whole naming a change, or no money
    [["比上年增加资金30万元,具体是:A项目20万元,B项目10万元。"]],
    // a whole inside another 其中 list of its sentence (a part's own breakdown)
    [["共下达资金100万元,其中市级资金30万元,具体是:A项目20万元,B项目10万元。"]],
    // approximate parts
    [["下达资金30万元,具体是:A项目约20万元,B项目10万元。"]],
    // parts more than a quarter over the whole: a second whole read on (30 + 20 = 50 > 1.25 × 30)
    [["下达资金30万元。具体情况如下:", "A项目下达30万元。", "B项目下达20万元。"]],
    // a row with two amounts under a row-closing announcer (a plan beside the done amount): no part one can tell
    [["下达资金80万元。具体情况如下:", "年初计划安排60万元,实际下达50万元。", "B项目下达30万元。"]],
    // one part only
    [["下达资金30万元,具体是:A项目30万元。"]],
  ])("not read: %j", (lines) => expect(read(lines)).toEqual([]));

  test("a statement between the rows' parts ends the reading, the list perhaps not over: a bound (50 + 30 ≤ 100)", () => {
    expect(read(["全年下达资金100万元。具体情况如下:", "农村公路养护下达50万元。", "危桥改造下达30万元。", "各项资金均已按时拨付到位。", "安全生产下达20万元。"])).toEqual(["100>=50@A2+30@A3"]);
  });

  test("a new whole after the rows' parts closes the list: 50 + 30 = 80 must add up", () => {
    expect(read(["全年下达资金80万元。具体情况如下:", "农村公路养护下达50万元。", "危桥改造下达30万元。", "累计拨付资金80万元。"])).toEqual(["80=50@A2+30@A3"]);
  });

  test("a total's own list (共计…,分别为) is sentence-sums.ts's: not read twice", () => {
    const lines = ["报告", "全年共计安排资金30万元,分别为A项目20万元,B项目10万元。"];
    const ids = review(sheet(lines), "national").model.relations.filter((r) => r.kind === "sum" && r.total.value === 30).map((r) => r.id);
    expect(ids.length).toBe(1);
  });

  test("flagged at the whole's cell (西藏's 9378 against 7765); the list that adds up flags nothing", () => {
    const line = (whole: number) =>
      `一是布达拉宫管理处,下达预算资金${whole}万元。具体是:雪城修缮展示工程项目3005万元;二期结构检测工程项目1235万元;古籍数字化项目255万元;预防性保护项目429万元;抢救性保护项目1228万元;消防提升工程项目1613万元。二是西藏博物馆,下达预算资金5009万元。`;
    expect(flags(["资金分解下达情况", line(9378)])).toContain("total-mismatch@A2");
    expect(flags(["资金分解下达情况", line(7765)])).toEqual([]);
  });
});

describe("a report's score written without its 分, its grade after it in the sentence (graded-score.ts)", () => {
  const scores = (s: string) => gradedUnitlessScores(compact(s)).map((m) => m[1]);
  test.each([
    // 达州 A8: '自评得分92.45,综合评价结果为:优'
    ["下达达州市2021年国家非物质文化遗产保护资金用于年度重点项目保护补助。自评得分92.45,综合评价结果为:优。", ["92.45"]],
    // 为 between, the grade's word 等级
    ["综合得分为88.5,评价等级为良。", ["88.5"]],
    // a colon, a ';' before the grade
    ["评价得分:95;等级:优秀。", ["95"]],
  ])("read: %s", (s, want) => expect(scores(s)).toEqual(want));
  test.each([
    // no grade after it
    ["自评得分92.45,排名全市第3。"],
    // a band's bound: no clause's mark after the number
    ["得分90以上为优,80至89为良。"],
    // the grade names a set, no clause's end after it
    ["自评得分92,评价结果为优的单位给予奖励。"],
    // a rate
    ["得分率92.45%,评价结果为优。"],
    // the grade in the next sentence
    ["自评得分92.45。评价结果为优。"],
  ])("not read: %s", (s) => expect(scores(s)).toEqual([]));

  test("the report's total and grade: 92.45 at A4, 优", () => {
    const g = sheet(["一、基本情况", "(一)转移支付概况", "二、综合评价结论", "下达资金用于年度重点项目保护补助。自评得分92.45,综合评价结果为:优。"]);
    const r = reportResult(g);
    expect(r?.totals?.score?.value).toBe(92.45);
    expect(r?.totals?.score?.cell).toBe("A4");
    expect(r?.grade?.value).toBe("优");
  });
});

describe("an amount list's 合计 line: its total column past the 比例 columns written as text (blocks.ts amountListHead)", () => {
  // 河北 商务厅 分配情况明细表: 序号 | 时间 | 省本级 (金额 | 比例) | 转移支付 (金额 | 比例) | 合计, the rates written '85%'.
  // Each line: 合计 = 省本级 + 转移支付 (4250 + 750 = 5000, 540 + 4460 = 5000, 500 + 4500 = 5000); the 合计 line 5290 + 9710 =
  // 15000 = 5000 × 3. The list's total is G (its head 合计), not the first amount column C.
  const table = (rate: (s: string) => string | number) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["序号", "时间", "省本级", null, "转移支付", null, "合计"],
        [null, null, "金额", "比例", "金额", "比例", null],
        ["1", "2018年", "4250", rate("85%"), "750", rate("15%"), "5000"],
        ["2", "2019年", "540", rate("10.8%"), "4460", rate("89.2%"), "5000"],
        ["3", "2020年", "500", rate("10%"), "4500", rate("90%"), "5000"],
        ["合计", null, "5290", rate("35.27%"), "9710", rate("64.73%"), "15000"],
      ],
      ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:G2", "A6:B6"],
    );
  const head = (g: Grid) => amountListHead(g, review(g, "national").model.relations)?.totals?.score?.cell ?? null;
  test("rates written as text between the amounts: G6", () => expect(head(table((s) => s))).toBe("G6"));
  test("rates as numbers, as before: G6", () => expect(head(table((s) => Number(s.replace("%", "")) / 100))).toBe("G6"));
});

describe("a whole stated once, then cut aspect by aspect in the rows under it (aspect-rows.ts)", () => {
  const aspects = (lines: string[]) =>
    aspectRowSums(sheet(lines), []).map((r) => `${r.total.cell}:${r.total.value}${r.bound === "equal" ? "=" : ">="}${r.parts.map((p) => `${p.value}@${p.cell}`).join("+")}`);
  // 湘西 A2–A5: 474.5 = 295.9 + 102.3 + 66 + 10.3 (by class) = 304.2 + 170.3 (by stage) = 114.8 + 359.7 (by whose), the 其中
  // sentence before the whole out
  const xiangxi = [
    "1-9月份,316个州重点建设项目累计开复工291个。其中,146个续建项目已全面复工;170个新开项目已开工145个。累计完成投资474.5亿元,为年投资计划的74.1%。",
    "■按项目类别统计:产业发展项目172个,完成投资295.9亿元,为年投资计划的80%;基础设施项目75个,完成投资102.3亿元,为年投资计划的59%;社会民生项目55个,完成投资66亿元,为年投资计划的83%;生态环保项目14个,完成投资10.3亿元,为年投资计划的58%。",
    "■按建设阶段统计:续建类项目146个,完成投资304.2亿元,为年投资计划的80%;新开类项目170个,完成投资170.3亿元,为年投资计划的65%。",
    "■按隶属管理统计:州直项目58个,完成投资114.8亿元;县市区项目258个,完成投资359.7亿元。",
  ];
  // 珠海 A7–A17 (cut): 229.83 = 54.87 + 118.36 + 40.67 + 4.09 + 11.84 under '(二)按项目建设类型完成情况', closed by the next head;
  // = 41.72 + 134.94 + 53.17 under '(三)各建设阶段完成情况', running to the sheet's end: a bound; the 其中 (58.31) out
  const zhuhai = [
    "(一)总体进展情况",
    "1-5月,全市重点建设项目完成投资229.83亿元,完成年度投资计划的46.3%。其中32个省重点项目完成投资58.31亿元,完成年度计划的33.6%。",
    "(二)按项目建设类型完成情况",
    "1、基础设施工程完成投资54.87亿元,为年度计划的32.2%。",
    "2、产业工程完成投资118.36亿元,为年度计划的58.0%。",
    "3、发展平台工程完成投资40.67亿元,为年度计划的52.4%。",
    "4、生态环保工程完成投资4.09亿元,为年度计划的40.0%。",
    "5、民生保障工程完成投资11.84亿元,为年度计划的35.1%。",
    "(三)各建设阶段完成情况",
    "1、投产项目:计划投产项目55个,完成投资41.72亿元,完成年度计划的65.2%。",
    "2、续建项目:计划续建项目107个,完成投资134.94亿元,完成年度计划的42.8%。",
    "3、新开工项目:计划新开工项目90个,完成投资53.17亿元,完成年度计划的45.4%。",
  ];
  test.each([
    [xiangxi, ["A1:474.5=295.9@A2+102.3@A2+66@A2+10.3@A2", "A1:474.5=304.2@A3+170.3@A3", "A1:474.5=114.8@A4+359.7@A4"]],
    [zhuhai, ["A2:229.83=54.87@A4+118.36@A5+40.67@A6+4.09@A7+11.84@A8", "A2:229.83>=41.72@A10+134.94@A11+53.17@A12"]],
  ])("read: %#", (lines, want) => expect(aspects(lines)).toEqual(want));
  test.each([
    // the parts name the measure by other words (计划投资 against the whole's 完成投资)
    [["累计完成投资474.5亿元。", "■按建设阶段统计:续建类项目计划投资304.2亿元;新开类项目计划投资170.3亿元。"]],
    // a part in another unit
    [["累计完成投资474.5亿元。", "■按建设阶段统计:续建类项目完成投资304.2亿元;新开类项目完成投资17030万元。"]],
    // a part stating the measure twice
    [["累计完成投资474.5亿元。", "■按建设阶段统计:续建类项目完成投资304.2亿元,其他完成投资3亿元;新开类项目完成投资170.3亿元。"]],
    // two wholes in the row above
    [["省级项目完成投资300亿元,市级项目完成投资174.5亿元。", "■按建设阶段统计:续建类项目完成投资304.2亿元;新开类项目完成投资170.3亿元。"]],
    // '各' of no class: some projects, no partition
    [["全市完成投资100亿元。", "(二)各项目完成情况", "1、A项目完成投资30亿元。", "2、B项目完成投资20亿元。", "(三)存在问题"]],
    // parts far under the whole (some classes only)
    [["全市完成投资100亿元。", "■按建设阶段统计:续建类项目完成投资30亿元;新开类项目完成投资10亿元。"]],
    // one part
    [["全市完成投资100亿元。", "■按建设阶段统计:续建类项目完成投资100亿元。"]],
  ])("not read: %#", (lines) => expect(aspects(lines)).toEqual([]));
  test("flagged at the whole where an aspect's closed parts miss it (229.83 printed 239.83); the clean sheet flags nothing", () => {
    const slip = zhuhai.map((l) => l.replace("229.83", "239.83"));
    expect(flags(["珠海市重点建设项目进展情况", ...slip])).toContain("total-mismatch@A3");
    expect(flags(["珠海市重点建设项目进展情况", ...zhuhai]).filter((f) => f.startsWith("total-mismatch"))).toEqual([]);
  });
});
