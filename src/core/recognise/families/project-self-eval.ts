import type { FamilyDetector } from "../features";

/** 项目支出绩效自评表: national, Sichuan, Yunnan, Anhui, Hubei, Hunan, Chongqing layouts (RULEBOOK §2). */
export const projectSelfEval: FamilyDetector = {
  id: "project-self-eval",
  detect(f) {
    const cols = f.header?.columns ?? {};
    let s = 0;
    if (f.header && cols.actual) s += 0.55;
    if (f.budget) s += 0.2;
    if (/(项目|专项|资金).{0,30}(自评|完成情况)|绩效目标自评|自评表|完成情况表/.test(f.title)) s += 0.25;
    if (/部门整体|整体支出/.test(f.title)) s -= 0.5;
    if (/监控/.test(f.title) || cols.likelihood) s -= 0.5;
    if (cols.rubric && !cols.actual) s -= 0.4;
    return Math.max(0, Math.min(1, s));
  },
};
