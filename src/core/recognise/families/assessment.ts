import type { FamilyDetector } from "../features";
import { namesRule, namesRuleSheetColumn } from "./indicator-system";
import { ASSESSMENT_SHEET, assessmentTitle } from "./vocabulary";

/** 预算绩效管理工作考核 score tally (RULEBOOK §7, SEED004). */
export const assessment: FamilyDetector = {
  id: "assessment",
  detect(f) {
    const cols = f.header?.columns ?? {};
    if (!f.header || cols.actual || cols.targetValue) return 0;
    // a work assessment's tally (考核评分表, 考核细则) before anyone scored it: 分值 and no 得分 column yet (with a
    // 评分标准 column it is a scoring system: indicator-system)
    // (nor with a column explaining each item)
    // (nor with a rule-sheet column beside its items, 考核内容: who is assessed or assesses, how it is checked, points
    // deducted — see RULE_SHEET_HEADER)
    const title = assessmentTitle(f);
    // (its 分值 a column's, or written into the items' labels, 一、政策制度(20分) over (1)…(8分): the same tally)
    const blankTally = (cols.weight !== undefined || f.labelWeights) && !cols.rubric && !cols.explanation && ASSESSMENT_SHEET.test(title) && !namesRuleSheetColumn(f);
    if (!cols.score && !blankTally) return 0;
    let s = 0.3;
    // the finance bureau's 预算绩效管理工作考核, not an employee appraisal
    // (a 考核细则 / 考核评分表 whose header names the rule in words, 评分标准 / 测评标准, states how each item is scored: a
    // scoring system's rules, not a tally of points)
    if (/(预算|绩效管理)[^|]{0,12}考核/.test(title) || (ASSESSMENT_SHEET.test(title) && !namesRule(f))) s += 0.45;
    else if (/考核/.test(title)) s += 0.1;
    if (/预算绩效|绩效管理/.test(f.text.split("\n").slice(0, f.header.headerRow).join(""))) s += 0.15;
    return Math.min(1, s);
  },
};
