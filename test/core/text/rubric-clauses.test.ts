/** rubricAwards on texts that award points in ';'-separated clauses, with ','-separated alternatives inside one. */
import { rubricAwards } from "../../../src/core/text/labels";

const BENJI =
  "把上年结转的专项资金纳入本年度预算安排得 1 分;年初会同财政部门编制资金使用计划,计划编制比较完整得 3 分,年初单独编制资金使用计划得 2 分;本级财政预算安排就业补助资金高于上年专项资金决算数的 30%(包括 30%)得 4 分,高于上年专项资金决算数的 20%(包括 20%)得 3 分,高于上年专项资金决算数的 10%(包括 10%)得 2 分,高于上年专项资金决算数 10%以内的得 1 分。";

describe("rubricAwards: ';'-separated clauses", () => {
  test.each([
    ["印制宣传手册,得 1 分;举办就业政策培训班,得 1 分;经验材料被推广、转发或刊载,得 1 分。", [1, 1, 1], "three clauses, one point each"],
    [BENJI, [1, 3, 4], "the largest alternative of each clause: 1 + 3 + 4 = 8, not every number (16)"],
    ["1、单位财务管理制度 1 分; 2、项目管理制度 1 分; 3、有制度执行佐证资料 1 分。没有不得分。", [1, 1, 1], "numbered clauses ending in N分, the otherwise-zero sentence left out"],
    ["1、运行监管记录 3 分; 2、填报《项目支出绩效监控表》1 分。没有不得分。", [3, 1], "numbered items may fall: parts, not tiers"],
    ["1、基础数据信息是否真实(1分);2、基础数据信息是否完整(1分);3、基础数据信息是否准确(1分)。", [1, 1, 1], "points in brackets ending the clause"],
    ["制度健全得2分；执行有效得3分；", [2, 3], "full-width ；"],
    // (batch 31 §2, eng22b: awards joined by ',' inside a ';' clause are clauses as those joined by ';' where they do not fall)
    ["有计划得1分,有记录得1分;有总结得1分", [1, 1, 1], "equal awards inside one clause add up"],
  ])("%p → %p (%s)", (text, points) => {
    expect(rubricAwards(text)?.points).toEqual(points);
  });

  test.each([
    ["全部完成得5分;完成80%得4分;完成60%得3分", "tiers falling clause by clause"],
    ["有制度得2分;制度不完善得1分;无制度不得分", "tiers"],
    ["有计划得1分;计划完整得2分;部分完整得1分", "a clause opening as an alternative (部分…)"],
    ["在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。", "a deduction"],
    ["预算控制率=0,计5分;0-10%(含),计4分;10-20%(含),计3分;大于30%不得分。", "bands of a range"],
    ["满意度90分以上得3分;80分以上得2分", "a band of points"],
    ["按时报送得1分;数据完整得1分,最高得2分", "a cap"],
    ["完成任务得2分;超额完成加1分", "a bonus"],
    ["(1)纳入规划;(2)编制了实施意见。满足以上1项得1分", "clauses without points"],
    ["按要求将年度任务分解落实到项目区的,得2分;未完成的,不得分。", "one award and its otherwise-zero: not a list"],
    ["三级指标分值按三级指标个数平均确定(15分÷三级指标个数);提供佐证资料得1分", "a formula"],
    ["印制宣传手册,得 1 分", "one clause"],
    ["视完成情况酌情得1分;按时完成得2分", "a judgement"],
    ["制度健全得1分;执行有效得2分;合计3分", "a total clause"],
    ["考核成绩达90分,得3分;按时报送得1分", "points as a threshold (90分), not an award"],
    ["计划完整3分,计划不完整2分;按时报送得1分", "alternatives without 得: unclear"],
  ])("%p is not summed (%s)", (text) => {
    expect(rubricAwards(text)).toBeNull();
  });
});
