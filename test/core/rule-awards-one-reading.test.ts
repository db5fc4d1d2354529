/**
 * One reading of a rule's separate criteria (awards42): separateAwards (award-rubric.ts, a line's worth where the table has
 * no 分值 column) and criterionAwards (rule-points.ts, rubric-points-mismatch's sum of criteria) are two views of
 * ruleCriteria. Before, they read the same rules with two sets of regexes and disagreed; each row below is such a rule
 * (most from development sheets) with the reading a reviewer makes by hand: each criterion's best award, in order;
 * separateAwards only where no criterion has tiers (a grade or tier ladder is no award list), criterionAwards only for
 * two criteria or more. Old readings in the comments: S = separateAwards, C = criterionAwards.
 */
import { separateAwards } from "../../src/core/recognise/award-rubric";
import { criterionAwards, rankedAwardsAsBest, ruleCriteria } from "../../src/core/recognise/rule-points";

const bests = (rule: string) => {
  const r = ruleCriteria(rule);
  return r ? r.bests : null;
};

describe("a rule's separate criteria: one reading, two views", () => {
  test.each([
    // two criteria in one sentence, the second no alternative of the first: 4 + 6 (岳阳; old C null: rising in a sentence)
    ["100%的建檔立卡貧困戶參加城鄉居民基本醫療保險的計4分,健康扶貧政策落實計6分。", [4, 6], [4, 6], [4, 6]],
    // the second criterion lower, only its own condition a threshold: 7 + 3 (岳阳; old C null: falling bests across a stop)
    ["村主幹道通暢,到達村委會或村學校所在地計7分;25戶以上自然團寨道路實現硬化計3分。", [7, 3], [7, 3], [7, 3]],
    // each sentence one criterion with its otherwise-zero: 5 + 5 (岗南; old S null: the first sentence's 未完成 taken as the
    // second award's condition)
    ["全部完成发放补贴面积得5分,未完成不得分;全部完成补贴资金下发得5分,未完成不得分。", [5, 5], [5, 5], [5, 5]],
    // numbered clauses each awarding for a requirement of its own: 2 + 2 + 2 (天津; old C null: numbered)
    ["1、制定了县级农田水利规划,得2分。\n2、县级农田水利规划经本区(县)人民政府或人大批准,得2分。\n3、建立了组织领导和工作协调机制,得2分。", [2, 2, 2], [2, 2, 2], [2, 2, 2]],
    // a criterion with a shortfall tier, then another: 5 + 5 (old S null: any alternative refused)
    ["资料齐全得5分。会议记录完整得5分,记录不全得2分。", [5, 5], null, [5, 5]],
    // 其他 names the lower option of the first criterion (1 or 0.5), then two more: 1 + 0.5 + 0.5 + 1 = 3 (杭州 禁毒)
    [
      "成立由党委政府主要领导担任负责人的创建领导小组的,得1分;成立由党委政府其他领导担任负责人的创建领导小组的,得0.5分。成立创建工作专班的,得0.5分。制定创建工作方案的,得0.5分。创建方案所提目标措施如期完成的,得1分。",
      [1, 0.5, 0.5, 1],
      null,
      [1, 0.5, 0.5, 1],
    ],
    // one award and its otherwise-zero: one criterion (separateAwards 10, no sum of criteria)
    ["有效解决安全饮水问题计10分,未解决计0分", [10], [10], null],
    // tiers under thresholds on both, falling, garbled bands ('510万' for 5~10万, '(含5万)' its bound): one criterion, 5
    // (定远; old S [5, 2.5, 1.25] = 8.75)
    ["10万元以上(含10万)得5分,510万(含5万)得2.5分,35万(含3万)得1.25分,少于3万不得分。", [5], null, null],
    // the whole done at the top, lower rungs under rates in sentences of their own: one criterion's tiers, 5 (lead, session 42:
    // rules/rubric-points-clauses' counter-shape; read [5, 4] = 9 before WHOLE_DONE)
    ["全部完成得5分;完成80%得4分;完成60%得3分", [5], null, null],
    // counter-shape: the whole done, then a lower award with no threshold — another criterion, 5 + 3
    ["全部完成得5分;宣传到位得3分", [5, 3], [5, 3], [5, 3]],
    // deadlines are thresholds: tiers, 4 (永和; old S [4, 3] = 7)
    ["按时完成林改发证任务,3月31日前完成的计4分,4月15日前完成的计3分,4月15日后完成的不计分。", [4], null, null],
    // a grade ladder: one criterion, no award list
    ["工作优秀得10分,良好得8分,一般得5分", [10], null, null],
    // tiers rising under thresholds on both: the best unclear from a sum (宁波, 杭州; old S [1, 2, 3] = 6, old S and C [3, 5] = 8)
    ["查看上一年资料。达到5%得1分;达到10%得2分;达到15%以上得3分。", null, null, null],
    ["委托第三方对各地进行评估,超过95%(含)得3分;超过98%(含)得5分。", null, null, null],
    // the rule's own total is no award (衡山; old S [2, 2, 4] = 8)
    ["4、能积极做好党员发展工作,年内发展1名以上新党员计2分。按时按标准收缴党费计2分(本项共计4分)。", null, null, null],
    // a breakdown in a bracket opened by 其中 holds the award's parts, no criteria: 0.5 + 0.5 (old S 0.5 + 0.2 + 0.2 + 0.1 + 0.5)
    ["农村路网完善得0.5分(其中有三级公路连接得0.2分;直连道路全部畅通得0.2分;30户及以上自然村(组)硬化路得0.1分);农村公路管养机制健全得0.5分", [0.5, 0.5], [0.5, 0.5], [0.5, 0.5]],
    // awards joined by 或: options whose reach is unclear (宜宾; old S [20, 20, 15] = 55, weight 20)
    ["有党政主要领导调研的佐证材料得20分,主要领导参加得20分或分管领导参加得15分。否则不得分。", null, null, null],
    // numbered options closing on a shortfall's zero: grades of one criterion, not 4 + 3 (old S [4, 3])
    ["1、出台综合性激励政策的,得 4分;\n2、出台专项激励政策的,得 3分;\n3、未出台激励政策的,得0分。", null, null, null],
    // a sentence headed by its case (a colon before its points): cases, not criteria (节水; old S [8, 6, 3, 1] = 18)
    ["依据同类型单位用水量平均值进行判定:人均用水量w0.9x平均值,得8分;0.9x平均值v人均用水量w平均值,得6分;1.2x平均值v人均用水量,得0分。", null, null, null],
    // an award cut short, no 分 ('得2'): not all its awards read (old S [3, 2, 2])
    ["1)建立节水管理规章和制度得3分;2)编写用水计划实施方案得2分;3)制定节水目标责任制和考核制度得2", null, null, null],
  ])("%p: bests %p, separateAwards %p, criterionAwards %p", (rule, all, separate, criteria) => {
    expect(bests(rule)).toEqual(all);
    expect(separateAwards(rule)).toEqual(separate);
    expect(criterionAwards(rule)).toEqual(criteria);
  });

  test("a ranked list is its first place (rankedAwardsAsBest first): 舟山's 10 + 10, where the raw text reads no awards ('8、6、4分')", () => {
    const rule = "教育经费达到“三增长”要求得10分,不达要求不得分;中小学生均预算内公用经费占生均预算内教育事业费比例按从高到低排序,分别得10、8、6、4分。";
    expect(criterionAwards(rankedAwardsAsBest(rule))).toEqual([10, 10]);
    expect(separateAwards(rule)).toBeNull();
  });
});
