import type { FamilyDetector, SheetFeatures } from "../features";
import { namesRule, namesRuleSheetColumn } from "./indicator-system";
import { ASSESSMENT_SHEET } from "./vocabulary";

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
    const blankTally = cols.weight !== undefined && !cols.rubric && !cols.explanation && ASSESSMENT_SHEET.test(title) && !namesRuleSheetColumn(f);
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

/**
 * The text read for the assessment's title words: the title, where its rows are the table's own (a table opening the
 * sheet, its title left out) only if the header names an assessment (考核内容, 考评得分): otherwise the words of the
 * table's first lines (a rubric's "…按年初预算基础信息表考核") are an indicator's text, not the form's name.
 */
function assessmentTitle(f: SheetFeatures): string {
  if (f.title === f.heading || !f.header) return f.title;
  const h = f.header;
  for (let r = h.firstHeaderRow; r <= h.headerRow; r++) for (let c = 1; c <= f.grid.scanCols; c++) if (ASSESSMENT_HEADER.test(f.grid.compactText(r, c))) return f.title;
  return f.heading;
}
/** A header cell naming what an assessment assesses or its points (考核内容, 考核项目, 考评得分). */
const ASSESSMENT_HEADER = /考核|考评/;
