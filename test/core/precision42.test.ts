import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { GRAIN, GRAIN_MERGES } from "./grain-interval-rubric";

/**
 * precision42 (session 42): near-shapes of this session's new readings that a reviewer meets on sheets nobody here has
 * seen and that must not be flagged, each beside the slip the reading exists for (test/fixtures/real/precision42-
 * diagnosis.md). Small grids; every number is the grid's own.
 */
type Row = (string | number | null)[];
const flags = (rows: Row[], merges: string[] = [], rule?: string) =>
  review(Grid.fromValues("S", rows, merges), "national")
    .findings.filter((f) => f.severity !== "info" && (!rule || f.rule === rule))
    .map((f) => `${f.rule}@${f.cell}:${f.severity}`)
    .sort();
const at = (rows: Row[], edits: [number, number, string | null][]) => rows.map((row, i) => row.map((x, j) => { const e = edits.find(([r, c]) => r === i && c === j); return e ? e[2] : x; }));

describe("an interval rubric's 区间 column holding the figure's bands or years, not points (rubric-points-mismatch)", () => {
  // 项目 | 内 容 | 评分指标 | 区间 | 评分: three items of 5 under a group of 15, one of 5 alone (as interval-rubrics.test.ts)
  const M = GRAIN_MERGES;
  const col = (values: string[]): [number, number, string][] => values.map((v, k) => [k + 1, 3, v]);
  test.each<[string, Row[], string[]]>([
    // the slip the warning is for: one tier '8-6' under an item of 5, every other range within its item's points
    ["one tier '8-6' under an item of 5: a warning at D2", at(GRAIN, [[1, 3, "8-6"]]), ["rubric-points-mismatch@D2:warning"]],
    // a reviewer: "the 区间 is the completion rate's band, 100-120 / 80-100 (the % left off), not points" — every item's
    // tiers above its 5, so the column is not one of points (4 items of 4 with a range above: no slip is that common)
    ["counter: rate bands with the % left off ('100-120', '80-100', '4-10')", at(GRAIN, col(["100-120", "100", "80-100", "4-10", "2-4", "0", "5-10", "0-2", "5", "2"])), []],
    // a reviewer: "the 区间 holds the years each tier applies to"
    ["counter: years ('2019-2021', '2020', '2021')", at(GRAIN, col(["2019-2021", "2019-2021", "2019-2021", "2020", "2020", "2020", "2021", "2021", "2021", "2021"])), []],
    // ranges written other ways, all within 5 (already right before this session's pass): '5至3', '3~5', '5分-3分', '≤5'
    ["counter: '5至3'", at(GRAIN, [[1, 3, "5至3"]]), []],
    ["counter: '5分-3分'", at(GRAIN, [[1, 3, "5分-3分"]]), []],
    ["counter: '≤5' (no range read)", at(GRAIN, [[1, 3, "≤5"]]), []],
  ])("%s", (_name, rows, expected) => {
    expect(flags(rows, M, "rubric-points-mismatch")).toEqual(expected);
  });
});

describe("a pasted rubric's heading over a paragraph awarding 满分 by word (rubric-points-mismatch, lineAward)", () => {
  // a 乡's plan (paragraph-rules.test.ts's shape): ②林改工作(2分) over its rule in the paragraph under it (row 9)
  const village = (rule: string) =>
    ["村级目标管理评核方案", "一、考核内容与计分标准", "(一)农业农村工作(20分)", "①农业生产(9分)", "a、耕地抛荒整治、双季种植工作效果较好的计3分。", "b、培植种粮大户计2分,双季稻种植达30亩的种粮大户的每户计1分。", "c、加强农田、水利、道路等基础设施建设计4分。", "②林改工作(2分)", rule, "③森林防火及抗洪抢险(5分)。发生火情或洪灾,组织不力的每次扣1分。", "④农村合作医疗筹资工作(4分)"].map((t) => [t]);
  test.each<[string, string, string[]]>([
    // the slip: one award, 1, for an item of 2 — the line contradicts its heading
    ["one award of 1 under 2: a warning at A9", "完成林改发证任务的计1分。", ["rubric-points-mismatch@A9:warning"]],
    // a reviewer: "满分 is the item's 2; 1 is the lower tier" — the best tier awards the points in full by word
    ["counter: '完成的计满分,基本完成的计1分'", "完成的计满分,基本完成的计1分。", []],
    ["counter: '县考核得分在90分以上的计满分,80分以上的计1分'", "县考核得分在90分以上的计满分,80分以上的计1分。", []],
    // a reviewer: "得10分 / 得8分 are the county's scores the tiers are conditioned on; the awards are 2 and 1" — a score
    // obtained before 的 is a condition, no award above the item's 2
    ["counter: '县级考核满分为10分,得10分的计2分,得8分的计1分'", "县级考核满分为10分,得10分的计2分,得8分的计1分。", []],
    // a reviewer: "two separate things, 1 + 1 = 2" — clauses of one sentence naming different things, no tier's condition
    ["counter: '完成发证的计1分,建立台账的计1分' (1 + 1 = 2)", "完成发证的计1分,建立台账的计1分。", []],
    ["counter: four criteria of 0.5 (0.5 × 4 = 2)", "宣传到位计0.5分,摸底到位计0.5分,发证到位计0.5分,归档到位计0.5分。", []],
    // (the same two criteria under 2 but adding to 3: still the slip; and tiers by date with one award, the lead's case, still flagged)
    ["two criteria 1.5 + 1.5 = 3 under 2: a warning", "完成发证的计1.5分,建立台账的计1.5分。", ["rubric-points-mismatch@A9:warning"]],
    ["tiers by date with one award, 1 and 1 under 2: a warning", "3月31日前完成的计1分,4月15日前完成的计1分。", ["rubric-points-mismatch@A9:warning"]],
    // (already right: the same award as the heading, tiers by date, a per-unit award capped)
    ["counter: tiers by date, 2 then 1", "3月31日前完成的计2分,4月15日前完成的计1分,4月15日后完成的不计分。", []],
    ["counter: a per-unit award with its cap", "每完成1个村的发证任务计1分,最高计2分。", []],
  ])("%s", (_name, rule, expected) => {
    expect(flags(village(rule), [], "rubric-points-mismatch")).toEqual(expected);
  });
});

describe("shares in a sentence of counts in different units (ratio-mismatch, text-shares)", () => {
  const shares = (text: string) => flags([["市长信箱办理情况"], [text]], [], "ratio-mismatch");
  test.each<[string, string, string[]]>([
    // the slip: 住房保障 40 of 100 printed 37.0%
    ["one kind of count, 37.0% for 40 of 100: an error", "住房保障40件(37.0%);物业服务30件(31.0%);道路交通20件(21.0%);其他10件(11.0%)。", ["ratio-mismatch@A2:error"]],
    // a reviewer: "people, firms and letters are not parts of one whole; the shares are of something the sentence does
    // not count" — 30 / (120 + 30 + 90) = 12.5% is no share anyone printed
    ["counter: 人, 家 and 件 in one list", "涉及群众120人(40.0%);涉及企业30家(30.0%);其他来信90件(30.0%)。", []],
    // (already right: shares of different wholes, 占全市 / 占全省, that add to no 100; two lists in one sentence)
    ["counter: 占全市 and 占全省 in one sentence", "甲县受理380件,占全市总量的38%;乙县受理50件,占全省总量的5%;丙县受理100件,占全市总量的57%。", []],
    ["counter: two breakdowns of one whole in one sentence", "城区60件(60%)、县区40件(40%);投诉50件(50%)、咨询30件(30%)、求助20件(20%)。", []],
  ])("%s", (_name, text, expected) => {
    expect(shares(text)).toEqual(expected);
  });
});

describe("a 序号 misprinted with a letter for a digit (code-sequence)", () => {
  const table = (second: string, third = "3"): Row[] => [
    ["序号", "指标名称", "考核要求", "2006年完成情况"],
    ["1", "空气质量优良天数比例", "≥85%", "98.1%"],
    [second, "区域环境噪声平均值", "<60dB", "54.0"],
    [third, "交通干线噪声平均值", "<70dB", "67.8"],
    ["4", "饮用水水源地水质达标率", "≥96%", "100%"],
  ];
  test.each<[string, Row[], string[]]>([
    // the slip the rule is for: 1, 3, 3, 4 — the second 3 where 2 belongs
    ["1, 3, 3, 4: an error at A3", table("3"), ["code-sequence@A3:error"]],
    // a reviewer: "A3's '1O' is the 2 misprinted; A4's 3 is right" — the unread cell stands where its number belongs
    ["counter: 1, '1O', 3, 4 — no error at A4", table("1O"), []],
    ["counter: 1, 'l2', 3, 4", table("l2"), []],
    // (the misprint does not hide a slip after it: 1, '1O', 4, 4)
    ["1, '1O', 4, 4: the repeated 4 still found", table("1O", "4"), ["code-sequence@A4:error"]],
  ])("%s", (_name, rows, expected) => {
    expect(flags(rows, [], "code-sequence")).toEqual(expected);
  });
});

describe("groups coded 一 / 二 / 三 over dotted codes, whether or not a group's line holds a rule (weight-sum-mismatch)", () => {
  const HEAD: Row = ["代码", "考核指标", "分值", "评分细则"];
  const table = (lines: Row[]) => [["扶贫开发工作成效考核指标", null, null, null], HEAD, ...lines];
  const TWO: Row[] = [
    ["一", "脱贫成效", 50, ""],
    ["1.1", "脱贫成效评价", 30, ""],
    ["1.2", "收入增长", 20, ""],
    ["二", "精准帮扶", 50, ""],
    ["2.1", "建档立卡", 10, ""],
    ["2.2", "帮扶措施", 40, ""],
  ];
  const third = (points: number, rule: string, first: number, second: number): Row[] => [["三", "创新工作", points, rule], ["3.1", "经验推广", first, ""], ["3.2", "领导批示", second, ""]];
  test.each<[string, Row[], string[]]>([
    // the slip: 三 states 10 over 5 + 6 = 11
    ["三 10 over 5 + 6: an error at C9", table([...TWO, ...third(10, "", 5, 6)]), ["weight-sum-mismatch@C9:error"]],
    // a reviewer: "三 is a group with its cap written beside it; 10 = 5 + 5 and 二's 50 = 10 + 40" — before, 三's line (the
    // only group line with a rule) read as an item and 3.1 / 3.2 joined 二: 二 70 against 50
    ["counter: 三's line holding its rule, '本项最高10分', 10 = 5 + 5", table([...TWO, ...third(10, "本项最高10分", 5, 5)]), []],
    ["counter: the same, '满分10分'", table([...TWO, ...third(10, "满分10分", 5, 5)]), []],
    // a reviewer: "1.2's 20 is 1.2.1 + 1.2.2 (10 + 10); 一's 50 is 1.1 + 1.2 (30 + 20)" — three levels under a Chinese numeral
    [
      "counter: three levels, 一 over 1.2 over 1.2.1 / 1.2.2",
      table([["一", "脱贫成效", 50, ""], ["1.1", "脱贫成效评价", 30, "x"], ["1.2", "收入增长", 20, ""], ["1.2.1", "农民收入", 10, "x"], ["1.2.2", "集体收入", 10, "x"], ["二", "精准帮扶", 50, ""], ["2.1", "建档立卡", 10, "x"], ["2.2", "帮扶措施", 40, "x"]]),
      [],
    ],
    // (the three levels' slip still found: 1.2 states 20 over 10 + 12)
    [
      "three levels, 1.2 20 over 10 + 12: an error at C5",
      table([["一", "脱贫成效", 50, ""], ["1.1", "脱贫成效评价", 30, "x"], ["1.2", "收入增长", 20, ""], ["1.2.1", "农民收入", 10, "x"], ["1.2.2", "集体收入", 12, "x"], ["二", "精准帮扶", 50, ""], ["2.1", "建档立卡", 10, "x"], ["2.2", "帮扶措施", 40, "x"]]),
      ["weight-sum-mismatch@C5:error"],
    ],
  ])("%s", (_name, rows, expected) => {
    expect(flags(rows, ["A1:D1"], "weight-sum-mismatch")).toEqual(expected);
  });
});

describe("a prose list whose clause is points per unit or a bonus (weight-sum-mismatch, prose-rubric)", () => {
  const prose = (lines: string[]) => flags(lines.map((t) => [t]), [], "weight-sum-mismatch");
  test.each<[string, string[], string[]]>([
    // the slip: 3 items declared with the whole's 100, 50 + 30 + 25 = 105
    ["50 + 30 + 25 against 100: an error at the lead", ["考评办法", "设立3个考核指标,总分值100分,分别是", "工作任务50分,", "资金管理30分,", "档案管理25分。"], ["weight-sum-mismatch@A2:error"]],
    // a reviewer: "the 加分 is on top of the 100; 50 + 30 + 20 = 100" — a bonus clause is no item of the whole
    ["counter: a fourth clause a bonus, '创新工作加分10分'", ["考评办法", "设立4个考核指标,总分值100分,分别是", "工作任务50分,", "资金管理30分,", "档案管理20分,", "创新工作加分10分。"], []],
    // a reviewer: "每项10分 is per task, not the item's points" — the list is not read for its sum
    ["counter: '工作任务每项10分'", ["考评办法", "设立3个考核指标,分别是", "工作任务每项10分,", "资金管理30分,", "档案管理30分。", "总分100分。"], []],
    // (a name opening 每日, no unit's points: still an item, the sum checked — 10 + 30 + 30 = 70 against 100)
    ["'每日巡查10分' is a name: 70 against 100 still an error", ["考评办法", "设立3个考核指标,分别是", "每日巡查10分,", "资金管理30分,", "档案管理30分。", "总分100分。"], ["weight-sum-mismatch@A6:error"]],
  ])("%s", (_name, lines, expected) => {
    expect(prose(lines)).toEqual(expected);
  });
});

describe("an outline heading over the kinds of unit assessed, each worth its points (weight-sum-mismatch, paragraph-list)", () => {
  // a 县's 提纲 (paragraph-rules.test.ts's shape): 二、投入指标(30分) over two children, the rest items of 10
  const outline = (first: string, second: string) =>
    flags(["**县2008年度考核办法", "一、人口出生率(10分)", "二、投入指标(30分)", first, second, "三、符合政策生育率(10分)", "四、出生缺陷预防(10分)", "五、通报制度(10分)", "六、协会工作(10分)"].map((t) => [t]), [], "weight-sum-mismatch");
  test.each<[string, string, string, string[]]>([
    // the slip: two parts of 20 under 30 (20 + 20 = 40)
    ["(一)事业费(20分) | (二)保健费(20分): 40 against 30, an error at A3", "(一)计划生育事业费(20分)", "(二)独生子女保健费(20分)", ["weight-sum-mismatch@A3:error"]],
    // a reviewer: "城区 and 乡镇 are each scored on the 30: points by class, as '(乡镇10分、农场15分)' in one bracket"
    ["counter: (一)城区(30分) | (二)乡镇(30分)", "(一)城区(30分)", "(二)乡镇(30分)", []],
    ["counter: (一)县直单位(30分) | (二)乡镇(30分)", "(一)县直单位(30分)", "(二)乡镇(30分)", []],
    // (the kinds of unit worth less than the heading, 20 + 20: no class reading, the sum checked)
    ["(一)城区(20分) | (二)乡镇(20分): 40 against 30, still an error", "(一)城区(20分)", "(二)乡镇(20分)", ["weight-sum-mismatch@A3:error"]],
  ])("%s", (_name, first, second, expected) => {
    expect(outline(first, second)).toEqual(expected);
  });
});

describe("a group whose points are a cap over its items (weight-sum-mismatch)", () => {
  const H: Row = ["一级指标", "二级指标", "分值", "评分标准"];
  const sheet = (label: string, first: string, second: string, rule = "x") =>
    flags([H, ["产出", "数量", "50", "x"], [null, "质量", "50", "x"], [label, "国家表彰", first, rule], [null, "省级表彰", second, "x"]], ["A2:A3", "A4:A5"], "weight-sum-mismatch");
  test.each<[string, string[], string[]]>([
    // a reviewer: "at most 10 is counted of the bonuses, 10 + 5 may be earned" — the label says the 10 is a cap
    ["counter: '加分项(最高10分)' over 10 + 5", ["加分项(最高10分)", "10", "5"], []],
    ["counter: '附加分(不超过10分)' over 10 + 5", ["附加分(不超过10分)", "10", "5"], []],
    // (a group of no cap's words, 10 over 10 + 5: the slip, found)
    ["'创新工作(10分)' over 10 + 5: an error at A4", ["创新工作(10分)", "10", "5"], ["weight-sum-mismatch@A4:error"]],
    ["counter: '创新工作(最高10分)' over 10 + 5", ["创新工作(最高10分)", "10", "5"], []],
    // (an item's own cap on the group's line, '最高扣10分' in the first item's rule: the item's, not the group's — 60 against 50 found)
    ["an item's '最高扣' rule on the group's line is no group cap", ["创新工作(10分)", "10", "5", "每少1项扣2分,最高扣10分"], ["weight-sum-mismatch@A4:error"]],
  ])("%s", (_name, [label, first, second, rule], expected) => {
    expect(sheet(label, first, second, rule)).toEqual(expected);
  });
});
