import type { FamilyDetector } from "../features";

/** 预算绩效管理工作考核 score tally (RULEBOOK §7, SEED004). */
export const assessment: FamilyDetector = {
  id: "assessment",
  detect(f) {
    const cols = f.header?.columns ?? {};
    if (!f.header || !cols.score || cols.actual || cols.targetValue) return 0;
    let s = 0.3;
    // the finance bureau's 预算绩效管理工作考核, not an employee appraisal
    if (/(预算|绩效管理).{0,12}考核|考核.{0,6}(细则|自评得分)/.test(f.title)) s += 0.45;
    else if (/考核/.test(f.title)) s += 0.1;
    if (/预算绩效|绩效管理/.test(f.text.split("\n").slice(0, f.header.headerRow).join(""))) s += 0.15;
    return Math.min(1, s);
  },
};
