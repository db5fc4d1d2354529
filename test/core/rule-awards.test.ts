/**
 * rubric-points-mismatch, a line's points against the awards of its own rule (grad41c, session 40's two missed slips:
 * 舟山 2007 教育 C4 and 梅陇 工会 D5). Awards by rank ('按从高到低排序,分别得10、8、6、4分') are the first place's; separate
 * criteria, each a sentence with its own award or tiers, add their bests (10 + 10); a line worth 0 whose own rule awards
 * points contradicts itself (a warning); a top tier short of the line's own 分值 ('达80%以上得2分,…70%以上得1分' on a 3-point
 * line) means the item can never be met in full (a warning). Each shape with its counter-shape; the numbers are the
 * rules' own.
 */
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { criterionAwards, rankedAwardsAsBest } from "../../src/core/recognise/rule-points";

/** every rubric-points finding as "severity cell message" */
const flags = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "rubric-points-mismatch")
    .map((f) => `${f.severity} ${f.cell}`);

// 舟山's 赋分办法 (item 1's, item 2's, item 4's)
const SCHOOLING =
  "15年教育普及率以市平均为标准,高于或等于市平均的县(区)得10分,低于市平均的县(区)按从高到低得8、6、4分。\n初中生辍学率按从低到高分别得10、8、6、4分。";
const FUNDING = "教育经费达到“三增长”要求得10分,不达要求不得分;中小学生均预算内公用经费占生均预算内教育事业费比例按从高到低排序,分别得10、8、6、4分。";
const STANDARD_SCHOOLS = "区域内标准化学校达到85%得10分;低于85%的县(区)按从高到低排序,分别得8、6、4、2分。";
// 梅陇's item 2
const REGISTRATION = "未办理法人资格不得分,法人资格登记率达80%以上得2分,法人资格登记率达70%以上得1分";

describe("awards by rank: the first place's", () => {
  test.each([
    ["按从高到低排序,分别得10、8、6、4分。", "按从高到低排序,分别得10分。"],
    ["低于市平均的县(区)按从高到低得8、6、4分。", "低于市平均的县(区)按从高到低得8分。"],
    ["按名次依次计5、3、1分", "按名次依次计5分"],
    // counter-shapes: things listed each with its points (no ranking), a rising list, a list with no award verb
    ["组织、制度、档案分别得3、2、1分", "组织、制度、档案分别得3、2、1分"],
    ["按排名分别得1、2、3分", "按排名分别得1、2、3分"],
    ["前三名按照6、5、4分打分", "前三名按照6、5、4分打分"],
  ])("%p -> %p", (rule, read) => {
    expect(rankedAwardsAsBest(rule)).toBe(read);
  });
});

describe("separate criteria, each in a sentence of its own: their bests add up", () => {
  test.each([
    // 舟山 item 1: 10 (普及率: 10, else 8 / 6 / 4) + 10 (辍学率 by rank)
    [SCHOOLING, [10, 10]],
    // 舟山 item 2 (its first sentence zeroed otherwise): 10 + 10
    [FUNDING, [10, 10]],
    ["资料齐全得5分。会议记录完整得5分,记录不全得2分。", [5, 5]],
    // counter-shapes: the sentence after opens as the shortfall, lower: the same criterion's tiers (10)
    [STANDARD_SCHOOLS, null],
    // tiers split by a stop, falling: one criterion
    ["达到100%得5分;达到90%得3分", null],
    // one criterion's cases, each headed by its case: alternatives, not parts (沼气 网点服务面)
    ["山区:覆盖用户达到300户及以上的得10分,180-150户的得5分,低于150户的不得分。其它地区:覆盖用户达到450户及以上的得10分,低于200户的不得分。", null],
    // a deduction, an award per unit, a cap: no parts to add
    ["资料齐全得5分,缺一项扣1分。会议记录完整得5分。", null],
    ["每发表一篇得1分。获奖得5分。", null],
    // points that are a threshold ('90分以上'), not an award
    ["考核得分达90分以上得3分。满意度达到90%得3分。", null],
    // two awards in one sentence, the second no alternative of the first (no shortfall, grade, band or ranking): two
    // criteria, as a reviewer adds them (2 + 3 + 3; awards42: one reading with separateAwards, which read it so)
    ["资料齐全得2分,会议记录完整得3分。另有宣传得3分。", [2, 3, 3]],
    // counter-shape: awards rising under thresholds on both (one criterion's tiers, the best unclear from a sum)
    ["达到5%得1分;达到10%得2分;达到15%以上得3分。", null],
  ])("%p -> %p", (rule, awards) => {
    expect(criterionAwards(rankedAwardsAsBest(rule))).toEqual(awards);
  });
});

/** 舟山's header (序号 | 指 标 | 分值 | 赋分办法), a first line that agrees (10 = 10), then the line under test (row 4) */
const zhoushan = (name: string, points: number, rule: string) =>
  Grid.fromValues("Sheet1", [
    ["舟山市2007年县(区)政府教育发展目标责任制考核重点项目"],
    ["序号", "指 标", "分值", "赋分办法"],
    [1, "教育收费", 10, "获“浙江省规范教育收费示范县(区)”得10分。"],
    [2, name, points, rule],
    [3, "职业教育培训工作", 10, "区域内职业学校、乡镇成校(社区学校)培训人数按万人比从高到低排序,分别得10、8、6、4分。"],
  ]);

describe("a line's points against its rule's awards (舟山's 赋分办法)", () => {
  test("赋分办法 is the rule column: D4 read as the line's rule", () => {
    const m = review(zhoushan("15年教育普及", 0, SCHOOLING), "national").model;
    expect(m.indicators.map((i) => [i.row, i.weight, i.rubricCell])).toEqual([
      [3, 10, "D3"],
      [4, 0, "D4"],
      [5, 10, "D5"],
    ]);
  });
  test.each([
    // the slip: a line worth 0 whose rule awards up to 10 + 10 = 20
    ["15年教育普及", 0, SCHOOLING, ["warning D4"]],
    ["15年教育普及", 20, SCHOOLING, []],
    // 15 against 10 + 10: a hint (awards read as parts may be alternatives: above the weight no warning)
    ["15年教育普及", 15, SCHOOLING, ["info D4"]],
    // 教育经费: 10 + 10 = 20 (the ranked list's last figure '4分' no award of its own, nor the '得10分' the rule's one award)
    ["教育经费", 20, FUNDING, []],
    ["教育经费", 10, FUNDING, ["info D4"]],
    // 标准化学校建设: the tiers 10, then 8 / 6 / 4 / 2 below 85%: 10
    ["标准化学校建设", 10, STANDARD_SCHOOLS, []],
    ["标准化学校建设", 20, STANDARD_SCHOOLS, ["warning D4"]],
    // a line worth 0 that only deducts, or a bonus line worth 0: nothing
    ["安全生产", 0, "发生安全事故的扣5分。", []],
    ["加分项", 0, "获国家级表彰的得5分,获省级表彰的得3分。", []],
    ["附加分:创新工作", 0, "获国家级表彰的得5分。", []],
  ])("%s worth %p: %p", (name, points, rule, expected) => {
    expect(flags(zhoushan(name as string, points as number, rule as string))).toEqual(expected);
  });
});

test("a self-evaluation form's line worth 0 with its template's tiers (10 / 8 / 6): a hint, not a warning (a unit may zero a line that does not apply)", () => {
  const g = Grid.fromValues(
    "Sheet1",
    [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分标准"],
      ["产出指标", "数量指标", "培训人数", "≥100人", "120人", 10, 10, "培训人数达到100人得10分,每少10人扣1分。"],
      [null, "质量指标", "培训合格率", "≥90%", "95%", 0, 0, "合格率达到90%以上得10分,80%以上得8分,70%以上得6分。"],
      ["效益指标", "社会效益指标", "群众满意度", "≥90%", "92%", 10, 10, "满意度达到90%得10分,未达到不得分。"],
    ],
    ["A3:A4"],
  );
  expect(review(g, "national").model.family).toBe("project-self-eval");
  expect(flags(g)).toEqual(["info H4"]);
});

describe("points by class (重庆 粮食安全: 考核分值 over 主城各区 | 其他区县): a line's rule is no measure of one class's points", () => {
  /** the head over C:D and its sub-heads; line 4 worth 1 | 3, line 5 worth 0 | 4, their rules awarding 3 and 4 */
  const table = (head: string, subs: [string, string]) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["2018年度粮食安全考核评分表"],
        ["考核内容", "考核指标", head, null, "评分标准"],
        [null, null, subs[0], subs[1], null],
        ["一、稳定粮食生产", "1.耕地保有量", 1, 3, "完成耕地保护任务的得3分,未完成不得分。"],
        [null, "2.耕地质量提升", 0, 4, "按计划组织实施的得4分,未实施不得分。"],
      ],
      ["C2:D2", "A2:A3", "B2:B3", "E2:E3", "A4:A5"],
    );
  test("考核分值 over 主城各区 | 其他区县: the 1 and the 0 are one class's, the rules' 3 and 4 the other's — nothing said", () => {
    expect(flags(table("考核分值", ["主城各区", "其他区县"]))).toEqual([]);
  });
  test("考核分值 over 分值 | 得分 (no classes): E4's 3 on a 1-point line and E5's 4 on a line worth 0 are the lines' own slips", () => {
    expect(flags(table("考核分值", ["分值", "得分"]))).toEqual(["warning E4", "warning E5"]);
  });
});

/** 梅陇's header (项目 | 考核内容 | 分值 | 评分标准 | 得分), a first line that deducts only, then the line under test (row 5) */
const meilong = (points: number, rule: string, merged = false) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["梅陇镇工会工作考核细则"],
      ["项目", "考核内容", "分值", "评分标准", "得分"],
      ["组织建设", "1、大力加强工会组建", 10, "未完成组建任务的扣5分,底数不清扣2分,未登记建档扣2分。", null],
      [null, "2、努力提高工会法人资格登记率。基层工会法人资格登记率达90%以上", points, rule, null],
      [null, "3、建立健全经审组织,经审组织同步组建率达98%以上", merged ? null : 2, "同步组建率达标得2分,未达标不得分", null],
    ],
    merged ? ["A3:A5", "C4:C5"] : ["A3:A5"],
  );

describe("a top tier against the line's points (梅陇's 评分标准)", () => {
  test.each([
    // the slip: the best tier ('80%以上', open above) earns 2 on a 3-point line: it can never be met in full
    [3, REGISTRATION, ["warning D4"]],
    [2, REGISTRATION, []],
    // the best tier above the points: a hint, as before
    [1, REGISTRATION, ["info D4"]],
    // 梅陇 item 5: 3 / 2 / 1 by 建家率 on a 3-point line
    [3, "建家率达70%得3分,60%得2分,50%得1分", []],
    [5, "建家率达70%得3分,60%得2分,50%得1分", ["warning D4"]],
    // counter-shapes: tiers that deduct, range, or name points that are no award: nothing read
    [3, "登记率达80%以上得2分,每低5%扣1分", []],
    // (an award per unit under a cap is no tier: its cap below the 3 is the line's full mark, a warning by capped-awards.ts —
    // grad43b, 临沂 平安旅游景区 E8's shape; was read by nothing)
    [3, "每登记一家得1分,累计不超过2分", ["warning D4"]],
    [2, "每登记一家得1分,累计不超过2分", []],
    [3, "登记率达80%以上得1-2分,70%以上得1分", []],
    [3, "考核达90分以上得2分,80分以上得1分", []],
  ])("worth %p, %p: %p", (points, rule, expected) => {
    expect(flags(meilong(points as number, rule as string))).toEqual(expected);
  });
  test("the 分值 merged over this line and the next (3 for both): the lines' awards together, no top-tier warning on the first", () => {
    expect(flags(meilong(3, REGISTRATION, true)).filter((f) => f.startsWith("warning"))).toEqual([]);
  });
});
