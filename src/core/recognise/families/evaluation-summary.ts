import { evidence, type FamilyDetector } from "../features";
import { unitResultList } from "../unit-results";
import { valueRankings } from "../value-rankings";
import { partsResults } from "../parts-results";
import { gradeDistributionHead } from "../grouped-shares";
import { placeRanking } from "../place-rankings";
import { projectResults } from "../project-results";
import { peerResultRows } from "../peer-results";
import { RESULT_LIST_HEADER, RESULT_LIST_HEADER_REORDERED, SCORE_AND_GRADE_BELOW, SCORE_AND_GRADE_LINE, SUMMARY_TITLE, SUMMARY_WORDS } from "./vocabulary";

/** Grade bands printed with their thresholds: "优(≥90)", "优秀:≥90分", "良(≥80,<90)". */
const GRADE_BANDS = /优秀?[(（:：]?\s*(≥|>=|>|大于等于)?\s*\d{2}.{0,16}良好?[(（:：]?\s*(≥|>=|>|大于等于)?\s*\d{2}/;
/** A line of the body whose last cell is a number's grade ("55.00|49.04|优|"). */
const GRADED_LINE = /\d\|(优秀?|良好?|中等?|差|合格|不合格)\|$/gm;

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
    // (the score and its grade on one line, or their labels over their values)
    if (SCORE_AND_GRADE_LINE.test(f.body) || SCORE_AND_GRADE_BELOW.test(f.body)) s += words >= 2 ? 0.5 : 0.4;
    else if (/(评价|自评|复核)(分值|得分|总分)/.test(f.body) && /(评价|自评|复核)等级/.test(f.body)) s += 0.25;
    s += Math.min(0.3, 0.1 * words);
    // a list of projects, or of the evaluation's criteria, with their scores and grades (no indicator table of its
    // own: at most that block of scored criteria)
    if ((!f.header || f.header.lastRow !== undefined) && (RESULT_LIST_HEADER.test(f.body) || RESULT_LIST_HEADER_REORDERED.test(f.body))) s += 0.6;
    // a list of assessed units with their scores under an assessment's title (序号 | 被考核单位 | 考核情况 | 得分): the
    // results of one assessment over several units, as a list of projects' results is
    else if (!f.header && unitResultList(f.grid)) s += 0.6;
    // a ranking of places by a measured value (排名 | 城市 | 综合指数, or group heads '…排名' over rank | name | value
    // blocks), its ranks ordering the values one way: the published results of a measure over several units
    else if (!f.header && valueRankings(f.grid).length) s += 0.6;
    // a results table of units by the parts of their score (项目/市别 | 出口目标 | … | 积分) under an assessment's title
    else if (!f.header && partsResults(f.grid)) s += 0.6;
    // a distribution of an assessment's results by grade (年度 | 總件數 | 績效良好 | 績效尚可 | 尚待努力, counts and shares):
    // the units or projects assessed, counted by their grades (grouped-shares.ts gradeDistributionHead)
    else if (!f.header && gradeDistributionHead(f.grid) !== null) s += 0.6;
    // a ranking by place only (名次 | 县(市)区, no score) under prose naming a ranking or an assessment (place-rankings.ts)
    else if (!f.header && placeRanking(f.grid)) s += 0.6;
    // (grad50c) a list of projects each with its evaluation's score (项目名称 | … amounts … | 自评得分), no indicator head:
    // the results of several evaluations published together (project-results.ts)
    else if (!f.header && projectResults(f.grid)) s += 0.6;
    // (dev59) or, in prose, numbered paragraphs each stating its own item's result ('1、…项目,…总得分为91.8分,评价等级为优秀'
    // then '2、…总得分为90.76分…'): peers, the results of several evaluations (peer-results.ts)
    else if (!f.header && peerResultRows(f.grid)) s += 0.6;
    // no table header read, but a 评价结果 block whose lines end in a grade (…|15.00|优|, three or more) under printed
    // grade bands ("注:优(≥90) 良(≥80,<90) …"): a result table whose labels were lost, the evaluation's summary
    // (a header inferred from those graded lines, see inferGradedLines, is that table's)
    if ((!f.header || f.header.unnamedLines) && /(评价|考评|考核)结果|绩效等级|评价等级/.test(f.body) && GRADE_BANDS.test(f.body) && (f.body.match(GRADED_LINE) ?? []).length >= 3) s += 0.6;
    // a full indicator table with completion values is a self-evaluation that also states its grade
    if (f.header?.columns.actual && (f.walk?.indicators.length ?? 0) >= 5) s -= 0.4;
    return Math.max(0, Math.min(1, s));
  },
};
