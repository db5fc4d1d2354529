import type { FamilyDetector } from "../features";

/** 绩效目标申报表 / 目标表 / 审批表: targets without completion values or scores (RULEBOOK §4). */
export const targetDeclaration: FamilyDetector = {
  id: "target-declaration",
  detect(f) {
    const cols = f.header?.columns ?? {};
    if (!f.header || cols.actual || cols.score || cols.likelihood) return 0;
    let s = cols.targetValue ? 0.5 : 0.2;
    if (/目标表|申报表|目标申报|审批表|绩效目标/.test(f.title)) s += 0.4;
    if (cols.weight !== undefined) s -= 0.3;
    return Math.max(0, Math.min(1, s));
  },
};
