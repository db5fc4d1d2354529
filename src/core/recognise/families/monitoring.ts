import type { FamilyDetector } from "../features";

/** 绩效运行监控表 (RULEBOOK §5): half-year execution, 完成目标可能性. */
export const monitoring: FamilyDetector = {
  id: "monitoring",
  detect(f) {
    const cols = f.header?.columns ?? {};
    let s = 0;
    if (/监控/.test(f.title)) s += 0.5;
    if (cols.likelihood) s += 0.35;
    if (/1-\d+月执行(数|情况)|1~\d+月|半年度/.test(f.text)) s += 0.15;
    if (f.header) s += 0.1;
    return Math.min(1, s);
  },
};
