/**
 * rubric-points-mismatch, the recall side (grad39a, session 39's graduation of 秋季动物防疫 and 贺兰): a line's points
 * against what its own rule awards. A bare 计分 head beside 得分 and a rule column is the points column; '…、…各得N分'
 * awards the count of things listed times N; one award deducted from ('…100%得5分,每降2%扣1分') below the line's own
 * 分值 is a contradiction (the line can never reach its points), also where the item's own text is its rule (no rule
 * column). Each shape with its counter-shape; the numbers are the rules' own (3 × 5 = 15, 2 × 2 + 1 = 5).
 */
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { awardsEach, deductedAward, enumeratedAwards } from "../../src/core/recognise/rule-points";

/** every rubric-points finding as "severity cell message" */
const flags = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "rubric-points-mismatch")
    .map((f) => `${f.severity} ${f.cell} ${f.message}`);

// 秋季动物防疫's header: 考核项目 | 考核内容 | 计分 | 考核评分方法 | 得分 | 备注 (the 计分 the lines' points)
const AUTUMN_HEAD = ["考核项目", "考核内容", "计分", "考核评分方法", "得分", "备注"];
/** a first line whose rule adds up (1 + 1 = 2), then the line under test: its points and its rule (D4) */
const autumn = (points: number, rule: string) =>
  Grid.fromValues("Sheet1", [
    ["秋季动物防疫工作考核评分细则"],
    AUTUMN_HEAD,
    ["1、会议", "召开工作会,制定工作方案", 2, "召开工作会得1分,有工作方案得1分,否则不得分。", null, null],
    ["2、免疫", "免疫密度", points, rule, null, null],
  ]);

describe("a bare 计分 head: the lines' points where 得分 and a rule column stand beside it", () => {
  test("计分 | 考核评分方法 | 得分, numbers under 计分: weights 2 and 10", () => {
    const m = review(autumn(10, "耳标佩戴率100%得5分,每降2%扣1分,扣完为止。"), "national").model;
    expect(m.indicators.map((i) => [i.row, i.weight, i.weightCell])).toEqual([
      [3, 2, "C3"],
      [4, 10, "C4"],
    ]);
  });
  test("a group line's text filled across the 计分 column (取消合并并填充): the points still read, 2 and 10", () => {
    const G = "二、防疫实施情况(81分)";
    const g = Grid.fromValues("Sheet1", [
      ["秋季动物防疫工作考核评分细则"],
      AUTUMN_HEAD,
      ["1、会议", "召开工作会,制定工作方案", 2, "召开工作会得1分,有工作方案得1分,否则不得分。", null, null],
      [G, G, G, G, G, G],
      ["1、免疫", "耳标佩戴率100%", 10, "耳标佩戴率100%得5分,每降2%扣1分,扣完为止。", null, null],
    ]);
    const m = review(g, "national").model;
    expect(m.indicators.filter((i) => i.weight !== null).map((i) => [i.row, i.weight])).toEqual([
      [3, 2],
      [5, 10],
    ]);
  });
  test("the header repeated at a page break between the lines: the points still read, 2, 10 and 8", () => {
    const g = Grid.fromValues("Sheet1", [
      ["秋季动物防疫工作考核评分细则"],
      AUTUMN_HEAD,
      ["1、会议", "召开工作会,制定工作方案", 2, "召开工作会得1分,有工作方案得1分,否则不得分。", null, null],
      ["2、免疫", "耳标佩戴率100%", 10, "耳标佩戴率100%得5分,每降2%扣1分,扣完为止。", null, null],
      AUTUMN_HEAD,
      ["3、补针", "及时补针", 8, "记录齐全得8分,无记录不得分。", null, null],
    ]);
    const m = review(g, "national").model;
    expect(m.indicators.filter((i) => i.weight !== null).map((i) => [i.row, i.weight])).toEqual([
      [3, 2],
      [4, 10],
      [6, 8],
    ]);
  });
  test.each([
    // no rule column: 计分 left of 得分 is still the points
    [["考核项目", "考核内容", "计分", "得分"], [2, 3]],
    // traditional characters, the head written apart
    [["考核項目", "考核內容", "計 分", "考核評分方法", "得分"], [2, 3]],
    // right of 得分: it may be the points given, not read as the weight
    [["考核项目", "考核内容", "得分", "计分"], [null, null]],
  ])("header %p: weights %p", (head, weights) => {
    const line = (name: string, points: number) => head.map((h) => (/计|計/.test(h) ? points : /项目|項目/.test(h) ? name : /内容|內容/.test(h) ? name + "情况" : /方法/.test(h) ? `有${name}得${points}分` : null));
    const g = Grid.fromValues("Sheet1", [["考核评分细则"], head, line("会议", 2), line("方案", 3)]);
    expect(review(g, "national").model.indicators.map((i) => i.weight)).toEqual(weights);
  });
  test("texts under 计分 ('每项1分'): no points column, no weight", () => {
    const g = Grid.fromValues("Sheet1", [
      ["评分表"],
      ["考核项目", "考核内容", "计分", "考核评分方法", "得分"],
      ["1、会议", "召开工作会", "每项1分", "召开工作会得1分", null],
      ["2、方案", "制定方案", "每项2分", "有方案得2分", null],
    ]);
    expect(review(g, "national").model.indicators.map((i) => i.weight)).toEqual([null, null]);
  });
  test.each([false, true])("a 分值 column beside 计分 (得分 column %p): the 分值 are the weights (C), 计分 not read as them", (withScore) => {
    const g = Grid.fromValues("Sheet1", [
      ["评分表"],
      ["考核项目", "考核内容", "分值", "考核评分方法", "计分", ...(withScore ? ["得分"] : [])],
      ["1、会议", "召开工作会", 2, "召开工作会得1分,有记录得1分", 1, null],
      ["2、方案", "制定方案", 3, "有方案得3分", 2, null],
    ]);
    expect(review(g, "national").model.indicators.map((i) => [i.row, i.weight, i.weightCell])).toEqual([
      [3, 2, "C3"],
      [4, 3, "C4"],
    ]);
  });
});

describe("enumeratedAwards: '…、…各得N分' is the count of things listed times N", () => {
  test.each([
    ["猪瘟、猪蓝耳病、猪口蹄疫免疫密度分别达到100%各得5分;单项密度每降1%扣0.5分,扣完为止。", 3, 5, 15],
    ["鸡新城疫、禽流感免疫密度分别达到100%各得5分;单项密度每降1%扣0.5分,扣完为止。", 2, 5, 10],
    // another plain award adds: 2 × 2 + 1
    ["台账、档案齐全的各得2分,有公示栏得1分。", 2, 2, 5],
    // traditional characters, full-width punctuation
    ["豬瘟、藍耳病免疫密度分別達到100%各得5分；單項密度每降1%扣0.5分。", 2, 5, 10],
    // two joined by one 和 before 分别
    ["鸡新城疫和禽流感免疫密度分别达到100%各得5分;每降1%扣0.5分。", 2, 5, 10],
    // a count stated, alone or beside the same list
    ["三种疫病免疫密度分别达到100%各得5分。", 3, 5, 15],
    ["猪瘟、蓝耳病、口蹄疫三种疫病分别达到100%各得5分。", 3, 5, 15],
  ])("%s -> %i × %i = %i", (rule, count, each, total) => {
    expect(enumeratedAwards(rule)).toMatchObject({ count, each, total });
  });
  test.each([
    // no list before the award: each of what?
    "每项各得1分,扣完为止。",
    "猪瘟免疫密度达到100%各得5分。",
    // the list's last thing joined by 和: the count unclear (3, or 2 × 2 below)
    "猪瘟、蓝耳病和口蹄疫免疫密度达到100%各得5分。",
    "猪瘟、蓝耳病免疫密度和抗体合格率分别达到100%各得5分。",
    // two joined by 和 without 分别: not read
    "鸡新城疫和禽流感免疫密度达到100%各得5分。",
    // a stated count that differs from the list
    "猪瘟、蓝耳病三种疫病分别达到100%各得5分。",
    // a cap, a proportion, the item's points in words
    "台账、档案齐全的各得2分,最高3分。",
    "猪瘟、蓝耳病合格率达70%以上各得该项分数的80%,按比例增分。",
    // tiers: two '各' awards
    "猪瘟、蓝耳病达到100%各得5分,达到90%各得4分。",
    // an alternative award of a shortfall
    "台账、档案齐全的各得2分,部分齐全的得1分。",
  ])("%s -> null", (rule) => {
    expect(enumeratedAwards(rule)).toBeNull();
  });
  test("awardsEach: an award to each, counted or not", () => {
    expect(awardsEach("猪瘟、蓝耳病和口蹄疫免疫密度达到100%各得5分。")).toBe(true);
    expect(awardsEach("耳标佩戴率100%得5分,每降2%扣1分")).toBe(false);
  });
});

describe("deductedAward: one award deducted from is the line's full mark; an award for one unit is none", () => {
  test.each([
    ["现场实查,耳标佩戴率100%得5分,每降2%扣1分,扣完为止。", 5],
    ["口蹄疫、禽流感、猪瘟。适时全部开展得2分,按期完不成的每延迟一天扣0.2分。", 2],
    // per problem solved ('解决1个实际问题得1分'): not the item's whole
    ["查资料,听反映,少召开1次会议扣2分,解决1个实际问题得1分", null],
    // deductions only
    ["每一户不符合扣除0.1分,以该项分数扣完为止。", null],
  ])("%s -> %p", (rule, award) => {
    expect(deductedAward(rule)).toBe(award);
  });
});

describe("秋季动物防疫's lines: the rule's award against the 计分", () => {
  const DEDUCTED = "现场实查,耳标佩戴率100%得5分,每降2%扣1分,扣完为止。";
  const EACH3 = "现场实查免疫密度,猪瘟、猪蓝耳病、猪口蹄疫免疫密度分别达到100%各得5分;单项密度每降1%扣0.5分,扣完为止。";
  test.each([
    // one award deducted from, below the line's points: it can never reach them (a warning)
    [10, DEDUCTED, ["warning D4 免疫密度评分标准达到要求得 5 分、不足时从中扣分，满分即 5 分，与指标分值 10 分不符"]],
    [5, DEDUCTED, []],
    // above the points: still a hint (the award may be the frame the deductions work in)
    [4, DEDUCTED, ["info D4 免疫密度评分标准达到要求得 5 分、不足时从中扣分，满分即 5 分，与指标分值 4 分不符"]],
    // each of three at 5: 15
    [8, EACH3, ["warning D4 免疫密度评分标准所列 3 项各得 5 分，共 3×5 = 15 分，与指标分值 8 分不符"]],
    [15, EACH3, []],
    // 2 × 2 + 1 = 5
    [6, "台账、档案齐全的各得2分,有公示栏得1分。", ["warning D4 免疫密度评分标准所列 2 项各得 2 分，共 2×2+1 = 5 分，与指标分值 6 分不符"]],
    [5, "台账、档案齐全的各得2分,有公示栏得1分。", []],
    // an award to each of things the rule does not count: no single award of 5 (was '只给一次分')
    [8, "猪瘟、蓝耳病和口蹄疫免疫密度达到100%各得5分。", []],
    // per unit under a cap below the worth: the cap is the full mark, the line never met in full (grad43b, capped-awards.ts:
    // 临沂 平安旅游景区 E8's shape; was a counter-shape here, read by nothing)
    [8, "每项得1分,最高5分。", ["warning D4 免疫密度评分标准按次（项）给分、最高 5 分，满分即 5 分，与指标分值 8 分不符"]],
    [5, "每项得1分,最高5分。", []],
    // proportional, judged, deductions only, per problem solved: no fixed award, no flag
    [8, "免疫抗体合格率达70%以上得该项分数基础分,合格率为90%得该项分数的满分,合格率为70%-89%按比例增分,低于70%不得分。", []],
    [6, "查补针记录,记录齐全得4分,记录不全酌情给分,无记录不得分", []],
    [10, "每一户不符合扣除0.1分,以该项分数扣完为止。", []],
    [6, "查资料,听反映,少召开1次会议扣2分,解决1个实际问题得1分", []],
  ])("计分 %i, rule %s", (points, rule, expected) => {
    expect(flags(autumn(points, rule))).toEqual(expected);
  });

  test("a 标准分 merged down over three lines' rules (3 + 2 + 10 = 15): the lines award it together, no flag (grad39b)", () => {
    const g = Grid.fromValues(
      "Sheet1",
      [
        ["评分细则"],
        ["项目", "考核内容", "标准分", "评分方法", "自评分"],
        ["野外用火管理", "严格野外用火管理", "15分", "执行审批制度,无擅自野外用火现象得3分,发现一起违章用火扣2分", null],
        [null, "及时整改", null, "有记录得2分,未消除一次扣1分", null],
        [null, "无森林火灾", null, "全年无火灾得10分,发生森林火灾无分", null],
      ],
      ["A3:A5", "C3:C5"],
    );
    expect(flags(g)).toEqual([]);
  });
});

describe("贺兰's lines: no rule column, the item's own text its rule", () => {
  // 项目 | 内容细节 | 分值 | 扣分 | 终分, 四 merged over two lines (the 内容细节 the lines' names)
  const helan = (text: string, points: number) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["购买动物防疫服务考核验收评分标准"],
        ["项目", "内容细节", "分值", "扣分", "终分"],
        ["一、及时开展免疫", text, points, null, null],
        ["二、免疫档案", "现场登记册填写规范得5分,每少记录一项扣1分。", 5, null, null],
        [null, "免疫档案填写清楚得5分,每项扣0.1分。", 5, null, null],
      ],
      ["A4:A5"],
    );
  const TIMELY = "口蹄疫、禽流感、猪瘟。适时全部开展得2分,按期完不成的每延迟一天扣0.2分。";
  test.each([
    [TIMELY, 5, ["warning B3 口蹄疫、禽流感、猪瘟。适时全部开…内容写明达到要求得 2 分、不足时从中扣分，满分即 2 分，达不到指标分值 5 分"]],
    [TIMELY, 2, []],
    ["免疫项目填写规范、准确得5分,每少记录一项扣1分。", 5, []],
    ["免疫项目填写规范、准确得5分,每少记录一项扣1分。", 8, ["warning B3 免疫项目填写规范、准确得5分,每…内容写明达到要求得 5 分、不足时从中扣分，满分即 5 分，达不到指标分值 8 分"]],
    // an award above the points in a text: nothing said; deductions only: nothing
    ["免疫项目填写规范、准确得5分,每少记录一项扣1分。", 4, []],
    ["每一户不符合扣除0.1分,以该项分数扣完为止。", 10, []],
  ])("%s, 分值 %i", (text, points, expected) => {
    expect(flags(helan(text, points))).toEqual(expected);
  });
});
