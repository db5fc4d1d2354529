import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { addedAwards, awardsBesideDeductions } from "../../src/core/recognise/added-awards";
import { cappedAwards } from "../../src/core/recognise/capped-awards";
import { pointsWithLetters, pointsWithUnit } from "../../src/core/text/numbers";

/**
 * grad43b (session 43's graduation): a rule's awards against its item's points, and points in a points cell's text.
 * 1. Awards per occurrence under a cap ('召开一次会议加1分,最高得分2分'): the cap is the item's full mark (capped-awards.ts) —
 *    临沂 平安旅游景区's item 5, 3 points, can never reach them.
 * 2. Awards all phrased as points added ('有加4分,…扣2分。…缴纳党费的加2分。'): their sum is the item's full mark where the
 *    table's other line so phrased adds up to its points (added-awards.ts) — 非公企业党建 阵地's item 3, 4 + 2 = 6 on 5.
 * 3. A points cell printed as a phrase, '标准分5分': its points (pointsWithUnit); '标准分lO分', letters for the digits 10,
 *    beside points: non-numeric-value's letter warning (pointsWithLetters) — 广东 殡葬's C10 and C11.
 * Each shape with its near variants and the near shapes that must not be flagged; the numbers are the rules' own.
 */

/** every finding of a rule as "severity cell" */
const flags = (g: Grid, rule: string) =>
  review(g, "national")
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.severity} ${f.cell}`);
const messages = (g: Grid, rule: string) =>
  review(g, "national")
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.message);

describe("cappedAwards: per-occurrence awards under a cap", () => {
  test.each([
    ["召开一次会议加1分,最高得分2分", 1, 2], // 临沂 E8
    ["培训一次加1分,最高得分2分", 1, 2], // 临沂 E9
    ["召開一次會議加1分，最高得分2分", 1, 2], // traditional, full-width comma
    ["每发表一篇得1分,最多得3分", 1, 3],
    ["每开展一次活动计0.5分,最高不超过2分", 0.5, 2],
    ["1分/次,上限2分", 1, 2],
    ["每项加1分,2分封顶", 1, 2],
    ["每次加1分,累计加分不超过3分", 1, 3],
    ["每上报一条信息给0.5分,以2分为限", 0.5, 2],
    ["每次加1分,最多加3分;缺席一次扣1分", 1, 3], // the cap names the award: deductions beside it do not take it
    ["发现疫情隐患并及时妥善处置档案齐全者每起积1分最高积3分", 1, 3], // 积, the verb of a tally (焦作 D10)
    ["严格执行采购政策的,提供一例得1分,最高8分;明显违背政策的,发现一次扣2分。", 1, 8], // a cap with no award word after an award in its sentence (泰州 C5)
  ])("%s: %s each, %s at most", (rule, each, cap) => {
    expect(cappedAwards(rule)).toEqual({ each, cap, fixed: [], total: cap });
  });
  test.each([
    ["与卫生部门建立联防联控机制的得2分市局督办核查畜间布病每按时上报一起材料的得0.5分最高得3分", [2], 5], // 焦作 D11: 2 + 3
    ["完成得3分,每超1%加0.5分,最高加2分", [3], 5], // a base award and a capped bonus: 3 + 2 at most
    ["有工作方案的得1分,有台账的得1分,每开展一次活动计0.5分,最高不超过2分", [1, 1], 4],
  ])("%s: fixed %j and the cap, %s in all", (rule, fixed, total) => {
    expect(cappedAwards(rule)).toMatchObject({ fixed, total });
  });
  test.each([
    ["缺席一次扣1分,最多扣3分", "a deduction's cap"],
    ["每次扣1分,扣分不超过3分", "a deduction's cap, its word before"],
    ["完成得基本分;大于目标值的,每增加1%加1分,最高加2分;小于目标值的,每少1%扣1分", "a base award in words (衢州 J3): its points unknown"],
    ["完成得3分,基本完成得2分,每超1%加0.5分,最高加2分", "fixed awards as tiers"],
    ["完成年度计划目标得40分,完成目标的90%得36分,完成80%得32分。每超额完成10%加3分,最多加9分。", "fixed awards as tiers by threshold"],
    ["最高2分,每次加1分;缺席一次扣1分", "a cap with no award word and nothing before it, beside deductions"],
    ["每次加1分,缺席一次扣1分,最高2分", "a cap with no award word beside deductions: may be theirs"],
    ["排名最高的得2分", "最高 in a condition, no cap"],
    ["达到90%以上得2分,80%以上得1分", "tiers, no cap"],
    ["每篇得1分,最多3分;每次加0.5分,最多2分", "two caps that differ"],
    ["每次加3分,最高得分2分", "an award above its cap"],
    ["满分3分,每篇得1分", "a full mark stated: rulePoints' and fullAward's"],
    ["每次加1分,酌情最高2分", "a judgement"],
  ])("%s: null (%s)", (rule) => {
    expect(cappedAwards(rule)).toBeNull();
  });
});

describe("addedAwards: awards all phrased as points added", () => {
  test.each([
    ["看版面, 看记录, 有加4分, 没有一项扣2分。\n党员 按时按规定缴纳党费的加2分。", [4, 2]], // 非公企业党建 E5
    ["看现场, 配备较好、整洁排放, 加3分,有电教设备加2分。", [3, 2]], // E6: 较好 in the first award's condition
    ["看版面，看記錄，有加4分，沒有一項扣2分。黨員按時繳納黨費的加2分。", [4, 2]], // traditional
    ["有加4分,没有扣2分,有记录加2分", [4, 2]], // a deduction between the awards
    ["达标加4分,不达标不得分", [4]],
    ["建立制度的加3分;制度上墙的再加2分", [3, 2]],
  ])("%s: %j", (rule, awards) => {
    expect(addedAwards(rule)).toEqual(awards);
  });
  test.each([
    ["完成任务得5分,超额完成加1分", "a base award of another verb: the 加 a bonus"],
    ["好加4分,较好加3分,一般加2分", "tiers by grade"],
    ["90%以上加3分,80%以上加2分", "tiers by threshold"],
    ["获国家级表彰加5分,省级加3分", "levels of an honour: one applies"],
    ["每召开一次会议加1分", "per occurrence"],
    ["召开一次会议加1分,最高得分2分", "a cap (cappedAwards')"],
    ["获得表彰的另加2分", "a bonus named apart"],
    ["按时完成,有创新的加分", "a bonus with no figure"],
    ["酌情加1-2分", "a judgement and a range"],
  ])("%s: null (%s)", (rule) => {
    expect(addedAwards(rule)).toBeNull();
  });
});

describe("awardsBesideDeductions: separate awards of the other verbs with deductions between them", () => {
  test.each([
    ["看版面,看记录,有的得4分,没有一项扣2分。党员按时按规定缴纳党费的得2分。", [4, 2]],
    ["有的计4分,没有一项扣2分;按时缴纳党费的计2分。", [4, 2]],
    ["有的给4分,没有一项扣2分;按时缴纳党费的给2分。", [4, 2]],
    ["建立服务档案记5分,每下降1个百分点扣0.1分;使用药具在控制指标内记5分,每下降1个百分点扣0.3分。", [5, 5]], // 计生 A11 (agrees with its 10)
    ["1.按时报送的得1分,超出时间报送的扣1分。2.所报数字准确无误的得1分,出现统计错误的扣1分。", [1, 1]], // 萧县 G2
  ])("%s: %j", (rule, awards) => {
    expect(awardsBesideDeductions(rule)).toEqual(awards);
  });
  test.each([
    ["制度上墙的得4分;按时缴纳党费的得2分。", "no deduction: the plain readers' business"],
    ["达到要求得5分,每少一项扣1分", "one award deducted from: deductedAward's"],
    ["全部完成得5分,基本完成得3分,未完成扣2分", "tiers"],
    ["有制度得4分,没有扣2分;按时缴纳党费的加2分", "a 加 beside the 得: a bonus"],
    ["每召开一次得1分,缺席一次扣1分", "per occurrence"],
    ["完成得满分,未完成扣2分", "a full mark in words"],
  ])("%s: null (%s)", (rule) => {
    expect(awardsBesideDeductions(rule)).toBeNull();
  });
});

// 临沂 平安旅游景区's header: 项目 | 序号 | 评定内容 | 测评方式 | 测评细则 | 应得分 | 自测分 | 实得分
const LINYI_HEAD = ["项目", "序号", "评定内容", "测评方式", "测评细则", "应得分", "自测分", "实得分"];
/** two lines whose rules add up ((2分)+(2分) = 4, (1分)+(1分) = 2), then the line under test, its points and its rule (E6) */
const linyi = (points: number, rule: string, merges: string[] = [], extra: (string | number | null)[][] = []) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["某市平安旅游景区考核标准"],
      LINYI_HEAD,
      ["组织管理体系", 1, "创建平安旅游区的领导小组和工作实施方案", "查档", "主要领导负责平安工作(2分);制定实施方案(2分)", 4, null, null],
      [null, 2, "健全旅游服务质量检查制度和工作程序", "查档", "制定质监制度(1分);制定工作程序(1分)", 2, null, null],
      [null, 3, "年度内不少于两次召开专题会议,研究、部署、检查平安建设工作", "查档实测", rule, points, null, null],
      ...extra,
    ],
    merges,
  );

describe("rubric-points-mismatch: a cap on per-occurrence awards against the line's points", () => {
  test.each([
    ["召开一次会议加1分,最高得分2分", 3, "warning E5"], // 临沂 E8: 2 against 3
    ["召開一次會議加1分，最高得分2分", 3, "warning E5"], // traditional
    ["每召开一次专题会议得1分,最多得2分", 3, "warning E5"],
    ["每次计0.5分,最高不超过2分", 3, "warning E5"],
    ["1分/次,上限2分", 3, "warning E5"],
    ["每召开一次加1分,2分封顶", 3, "warning E5"],
    ["召开一次会议加1分,最高得分5分", 3, "info E5"], // a cap above the points: a hint
    // (counter-shapes)
    ["召开一次会议加1分,最高得分3分", 3, null], // the cap is the points
    ["缺席一次扣1分,最多扣3分", 3, null], // a deduction's cap
    ["完成得3分,每多开一次加0.5分,最高加2分", 3, "info E5"], // a base award and a capped bonus: 5 at most, above 3 (a hint)
    ["完成得1分,每多开一次加0.5分,最高加1分", 3, "warning E5"], // 1 + 1 = 2, below 3
    ["完成得基本分,每多开一次加0.5分,最高加2分", 3, null], // a base award in words
  ])("%s on %s: %s", (rule, points, flag) => {
    expect(flags(linyi(points, rule), "rubric-points-mismatch")).toEqual(flag ? [flag] : []);
  });
  test("the message names the cap and the points", () => {
    expect(messages(linyi(3, "召开一次会议加1分,最高得分2分"), "rubric-points-mismatch")[0]).toMatch(/最高 2 分.*指标分值 3 分/);
    expect(messages(linyi(3, "完成得1分,每多开一次加0.5分,最高加1分"), "rubric-points-mismatch")[0]).toMatch(/最高 1 分.*1\+1 = 2 分.*指标分值 3 分/);
  });
  test("the points merged down over a further line with a rule of its own: a hint at most", () => {
    const extra = [[null, 4, "组织员工学习培训", "查档", "培训一次加1分", null, null, null]];
    const f = flags(linyi(3, "召开一次会议加1分,最高得分2分", ["F5:F6"], extra), "rubric-points-mismatch");
    expect(f.filter((x) => x.startsWith("warning"))).toEqual([]);
  });
});

// 非公企业党建 阵地's header: 项目 | 序号 | 考核内容 | 分值 | 考评办法 | 自评分 | 考评分
const PARTY_HEAD = ["项目", "序号", "考核内容", "分值", "考评办法", "自评分", "考评分"];
/** a first line whose awards so phrased add up to its points (3 + 2 = 5: the table's convention) where `confirm`, then the line under test (E5) */
const party = (points: number, rule: string, confirm = true) =>
  Grid.fromValues("Sheet1", [
    ["非公企业党建活动阵地规范化建设考核细则"],
    PARTY_HEAD,
    ["党建活动室50分", 1, "有固定的宣传栏、党务厂务公开栏", 4, "看现场,好4分,较好3分,一般2分,没有不得分", null, null],
    [null, 2, "要有匹配的桌椅板凳橱,有条件的企业要配备电教设备", 5, confirm ? "看现场,配备较好、整洁排放,加3分,有电教设备加2分。" : "看现场,配备较好、整洁排放,得5分。", null, null],
    [null, 3, "健全组织生活制度,做到制度版面上墙。党员按时按规定缴纳党费", points, rule, null, null],
    [null, 4, "设立优秀共产党员先进事迹专栏", 4, "有4分,没有的扣4分", null, null],
  ]);

describe("rubric-points-mismatch: awards phrased as points added, the table's convention", () => {
  const E5 = "看版面, 看记录, 有加4分, 没有一项扣2分。\n党员 按时按规定缴纳党费的加2分。";
  test.each([
    [E5, 5, "warning E5"], // 非公企业党建 E5: 4 + 2 = 6 against 5
    ["看版面，看記錄，有加4分，沒有一項扣2分。黨員按時繳納黨費的加2分。", 5, "warning E5"], // traditional
    ["制度健全加2分,版面上墙加1分,按时缴纳党费加1分", 5, "warning E5"], // 4 against 5: the item never met in full
    ["制度上墙的加3分;按时缴纳党费的再加3分", 5, "warning E5"],
    // (counter-shapes)
    ["有加3分,没有一项扣2分。党员按时按规定缴纳党费的加2分。", 5, null], // 3 + 2 = 5
    ["好加5分,较好加4分,一般加2分", 5, null], // tiers
    ["按要求制定制度得3分,党费缴纳及时的加3分", 5, null], // a base award: the 加 a bonus
  ])("%s on %s: %s", (rule, points, flag) => {
    expect(flags(party(points, rule), "rubric-points-mismatch")).toEqual(flag ? [flag] : []);
  });
  test.each([
    ["有的得4分,没有一项扣2分。党员按时按规定缴纳党费的得2分。", "看现场,配备较好、整洁排放,加3分,有电教设备加2分。", "info E5"], // 得 beside a deduction: a hint, as a sum
    ["有的计4分,没有一项扣2分;按时缴纳党费的计2分。", "看现场,配备整洁计3分,未配备扣3分;有电教设备计2分。", "warning E5"], // the table's line so read adds up: a warning
    ["有的计3分,没有一项扣2分;按时缴纳党费的计2分。", "看现场,配备整洁计3分,未配备扣3分;有电教设备计2分。", null], // 3 + 2 = 5
  ])("%s beside %s: %s", (rule, line, flag) => {
    const g = Grid.fromValues("Sheet1", [
      ["非公企业党建活动阵地规范化建设考核细则"],
      PARTY_HEAD,
      ["党建活动室50分", 1, "有固定的宣传栏、党务厂务公开栏", 4, "看现场,好4分,较好3分,一般2分,没有不得分", null, null],
      [null, 2, "要有匹配的桌椅板凳橱,有条件的企业要配备电教设备", 5, line, null, null],
      [null, 3, "健全组织生活制度,做到制度版面上墙。党员按时按规定缴纳党费", 5, rule, null, null],
    ]);
    expect(flags(g, "rubric-points-mismatch")).toEqual(flag ? [flag] : []);
  });
  test("the message names the added points and their sum", () => {
    expect(messages(party(5, E5), "rubric-points-mismatch")[0]).toMatch(/4\+2 = 6 分.*指标分值 5 分/);
  });
  test("no other line of the table so phrased adds up: '加N分' may be a bonus, nothing said", () => {
    expect(flags(party(5, E5, false), "rubric-points-mismatch")).toEqual([]);
  });
  test("the rule column before the points column (考评办法 | 分值): the same reading", () => {
    const g = Grid.fromValues("Sheet1", [
      ["党建阵地建设考核细则"],
      ["项目", "序号", "考核内容", "考评办法", "分值", "考评分"],
      ["党建活动室", 1, "桌椅板凳橱、电教设备", "配备较好、整洁排放,加3分,有电教设备加2分。", 5, null],
      [null, 2, "制度版面上墙、缴纳党费", E5, 5, null],
      [null, 3, "先进事迹专栏", "有4分,没有的扣4分", 4, null],
    ]);
    expect(flags(g, "rubric-points-mismatch")).toEqual(["warning D4"]);
  });
});

describe("points printed after their word: '标准分5分'", () => {
  test.each([
    ["标准分5分", 5],
    ["标准分10分", 10],
    ["分值 15 分", 15],
    ["应得分:20分", 20],
    ["基本分为5分", 5],
    ["标准分值2.5分", 2.5],
    ["100分", 100], // (as before)
  ])("%s: %s", (text, points) => {
    expect(pointsWithUnit(text)).toBe(points);
  });
  test.each([
    ["得5分", "an award's verb: a rule"],
    ["标准分lO分", "letters for the digits"],
    ["标准分5分,缺一项扣1分", "a rule after the points"],
    ["标准分", "no figure"],
    ["满分10分", "a note of the whole (template-reading-rules' counter-shape)"],
  ])("%s: null (%s)", (text) => {
    expect(pointsWithUnit(text)).toBeNull();
  });
});

describe("pointsWithLetters: points with letters in their digits' places", () => {
  test.each([
    ["标准分lO分", "lO", "10", "标准分10分"], // 广东 殡葬 C10, C11
    ["lO分", "lO", "10", "10分"],
    ["标准分1O分", "O", "0", "标准分10分"],
    ["分值IS分", "IS", "15", "分值15分"],
    ["2O", "O", "0", "20"],
    ["标准分O.5分", "O", "0", "标准分0.5分"],
  ])("%s: %s for %s (%s)", (text, letter, digit, meant) => {
    expect(pointsWithLetters(text)).toEqual({ letter, digit, meant });
  });
  test.each([
    ["lO", "bare letters, no digit of their own"],
    ["5S", "bare, an S"],
    ["标准分10分", "no letter"],
    ["O", "one character"],
    ["标准分Ol分", "a leading zero"],
    ["SO2", "a chemical's name"],
    ["I级", "a word"],
  ])("%s: null (%s)", (text) => {
    expect(pointsWithLetters(text)).toBeNull();
  });
});

// 广东 殡葬管理 目标考评's table: 考核项目 | 考核内容及要求 | 分 值, the points '标准分N分'
const funeral = (c4: string, c5: string) =>
  Grid.fromValues("Sheet1", [
    ["考核项目", "考核内容及要求", "分 值"],
    ["组织领导", "建立健全落实殡葬管理目标领导机构和工作运行机制。", "标准分5分"],
    [null, "制订落实殡葬管理目标工作计划;建立和完善规章制度。", "标准分5分"],
    [null, "认真落实市殡葬改革领导小组交办事项。", c4],
    ["履行职责", "加强对殡仪馆和其他殡葬事业单位的管理。", c5],
    [null, "牵头组织联合执法,查处违反殡葬管理规定的行为。", "标准分15分"],
  ]);

describe("a points column printed '标准分N分', and letters for its digits", () => {
  test("the weights are read: 5, 5, 10, 10, 15", () => {
    const m = review(funeral("标准分10分", "标准分10分"), "national").model;
    expect(m.indicators.map((i) => [i.row, i.weight])).toEqual([
      [2, 5],
      [3, 5],
      [4, 10],
      [5, 10],
      [6, 15],
    ]);
  });
  test.each([
    ["标准分lO分", "标准分lO分", ["warning C4", "warning C5"]], // two lines in a row, 广东 殡葬's C10 and C11
    ["标准分10分", "标准分IO分", ["warning C5"]],
    ["标准分10分", "lO分", ["warning C5"]],
    ["标准分10分", "1O", ["warning C5"]],
    // (counter-shapes)
    ["标准分10分", "标准分10分", []],
    ["标准分10分", "一票否决", []],
  ])("C4 %s, C5 %s: %j", (c4, c5, expected) => {
    expect(flags(funeral(c4, c5), "non-numeric-value")).toEqual(expected);
  });
  test("the message names the letters and the points meant", () => {
    expect(messages(funeral("标准分lO分", "标准分10分"), "non-numeric-value")).toEqual(["「标准分lO分」中的字母「lO」处应为数字 10（标准分10分），按所印文字无法识别为数值"]);
  });
  test("the letters' line left out of the weights: its weight unread", () => {
    const m = review(funeral("标准分lO分", "标准分10分"), "national").model;
    expect(m.indicators.find((i) => i.row === 4)!.weight).toBeNull();
  });
});
