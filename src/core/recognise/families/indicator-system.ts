import type { FamilyDetector } from "../features";

/** 评价指标体系 / 评分表: 3-level tables with 分值 (often inside labels) and 得分 or 评分标准 (RULEBOOK §3.1). */
export const indicatorSystem: FamilyDetector = {
  id: "indicator-system",
  detect(f) {
    const cols = f.header?.columns ?? {};
    if (!f.header || cols.actual) return 0;
    const weighted = cols.weight !== undefined || f.labelWeights;
    if (!weighted) return 0;
    let s = 0.5;
    if (cols.rubric || cols.explanation) s += 0.3;
    if (cols.score) s += 0.1;
    if (/指标体系|评分表|指标表|评价指标|得分表/.test(f.title)) s += 0.15;
    if (/考核/.test(f.title) && !cols.level2) s -= 0.3;
    return Math.min(1, s);
  },
};
