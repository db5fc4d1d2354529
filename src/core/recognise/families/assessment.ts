import type { FamilyDetector } from "../features";

/** 预算绩效管理工作考核 score tally (RULEBOOK §7, SEED004). */
export const assessment: FamilyDetector = {
  id: "assessment",
  detect(f) {
    const cols = f.header?.columns ?? {};
    if (!f.header || !cols.score || cols.actual || cols.targetValue) return 0;
    let s = 0.3;
    if (/考核/.test(f.title)) s += 0.45;
    if (/考核|考评/.test(f.text.split("\n").slice(0, f.header.headerRow).join(""))) s += 0.15;
    return Math.min(1, s);
  },
};
