import type { FamilyDetector, SheetFeatures } from "../features";

/** A column of the indicator header that reports progress so far (实施进度, 执行进度, 进展情况). */
export function progressColumn(f: SheetFeatures): boolean {
  if (!f.header) return false;
  for (let c = 1; c <= f.grid.scanCols; c++) if (PROGRESS_HEADER.test(f.grid.compactText(f.header.headerRow, c))) return true;
  return false;
}
const PROGRESS_HEADER = /^(实施|执行|完成|项目)?(进度|进展)(情况)?$/;

/** 绩效运行监控表 (RULEBOOK §5): half-year execution, 完成目标可能性, progress so far beside the targets. */
export const monitoring: FamilyDetector = {
  id: "monitoring",
  detect(f) {
    const cols = f.header?.columns ?? {};
    let s = 0;
    if (/监控/.test(f.title)) s += 0.5;
    if (cols.likelihood) s += 0.35;
    // targets beside their progress (指标值 | 实施进度 "已完成100%"): a sheet of how the year goes
    if (cols.targetValue && !cols.actual && !cols.score && progressColumn(f)) s += 0.45;
    if (/1-\d+月执行(数|情况)|1~\d+月|半年度/.test(f.text)) s += 0.15;
    if (f.header) s += 0.1;
    return Math.min(1, s);
  },
};
