import { review } from "../core/review";
import type { WorkbookPort } from "../hosts/port";
import { isIgnored, profileFromSettings } from "../taskpane/state";

/** Errors and warnings of one sheet, or of a whole workbook. */
export interface FindingCount {
  errors: number;
  warnings: number;
}

export interface WorkbookCounts {
  total: FindingCount;
  /** per sheet name; sheets that are not evaluation sheets count nothing */
  sheets: Record<string, FindingCount>;
}

/**
 * The findings of every sheet of a workbook, as its tabs show them: reviewed with the profile chosen for it and
 * without the findings ignored in it (what the pane's 问题 tab lists).
 */
export async function countFindings(port: Pick<WorkbookPort, "listSheets" | "readSheet" | "getSettings">): Promise<WorkbookCounts> {
  const [names, settings] = await Promise.all([port.listSheets(), port.getSettings()]);
  const profile = profileFromSettings(settings).profile;
  const sheets: Record<string, FindingCount> = {};
  const total: FindingCount = { errors: 0, warnings: 0 };
  for (const name of names) {
    const findings = review(await port.readSheet(name), profile).findings.filter((f) => !isIgnored(settings, name, f));
    const c = { errors: findings.filter((f) => f.severity === "error").length, warnings: findings.filter((f) => f.severity === "warning").length };
    sheets[name] = c;
    total.errors += c.errors;
    total.warnings += c.warnings;
  }
  return { total, sheets };
}
