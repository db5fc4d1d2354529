/**
 * The 粮食生产 interval rubric (real/cn-grain-production-assessment-scoring-intervals-excerpt, shortened): 项目 | 内 容 | 评分指标 |
 * 区间 | 评分, three items of 5 under a group of 15, one of 5 alone; its tier lines' 区间 hold score ranges. Shared by
 * interval-rubrics.test.ts and precision42.test.ts.
 */
export type GrainRow = (string | null)[];
export const GRAIN: GrainRow[] = [
  ["项目", "内 容", "评分指标", "区间", "评分"],
  ["产量完成情况\n15分", "播种面积(5分)", "超额完成计划任务", "5-3", null],
  [null, null, "完成计划任务100%", "3", null],
  [null, null, "完成计划任务80%以下", "2-0", null],
  [null, "粮食总产(5分)", "总产比上年增4%以上", "5", null],
  [null, null, "总产比上年增4%-2%", "3-2", null],
  [null, null, "总产比上年减产", "0", null],
  [null, "平均单产(5分)", "单产比上年增5%以上", "5", null],
  [null, null, "单产比上年增2%-0%", "2-0", null],
  ["结构调整情况5分", null, "各作物均超额完成计划任务", "5", null],
  [null, null, "有两种作物未完成计划任务", "2", null],
];
export const GRAIN_MERGES = ["A2:A9", "B2:B4", "B5:B7", "B8:B9", "A10:B11"];
