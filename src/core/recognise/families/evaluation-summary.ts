import { evidence, type FamilyDetector } from "../features";
import { RESULT_LIST_HEADER, SCORE_AND_GRADE_LINE, SUMMARY_TITLE, SUMMARY_WORDS } from "./vocabulary";

/**
 * 绩效评价概要表 (third-party or self evaluation summaries): the evaluation's score and grade stated in the
 * text ("评价分值:92.5分 评价等级:良", 自评分值 / 自评等级), 抽查 ratios, the evaluator and the scope; at most
 * a short table of scores, never a full indicator table with completion values.
 */
export const evaluationSummary: FamilyDetector = {
  id: "evaluation-summary",
  detect(f) {
    let s = 0;
    if (SUMMARY_TITLE.test(f.title)) s += 0.4;
    const words = evidence(f.body, SUMMARY_WORDS);
    if (SCORE_AND_GRADE_LINE.test(f.body)) s += words >= 2 ? 0.5 : 0.4;
    else if (/(评价|自评|复核)(分值|得分|总分)/.test(f.body) && /(评价|自评|复核)等级/.test(f.body)) s += 0.25;
    s += Math.min(0.3, 0.1 * words);
    // a list of projects, or of the evaluation's criteria, with their scores and grades (no indicator table of its
    // own: at most that block of scored criteria)
    if ((!f.header || f.header.lastRow !== undefined) && RESULT_LIST_HEADER.test(f.body)) s += 0.6;
    // a full indicator table with completion values is a self-evaluation that also states its grade
    if (f.header?.columns.actual && (f.walk?.indicators.length ?? 0) >= 5) s -= 0.4;
    return Math.max(0, Math.min(1, s));
  },
};
