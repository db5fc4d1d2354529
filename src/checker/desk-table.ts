import type { SummaryRow } from "../core/summary";

/** Columns the desk's table sorts by. */
export type DeskSortKey = "file" | "unit" | "projectName" | "family" | "claimed" | "computed" | "diff" | "claimedGrade" | "computedGrade" | "errors" | "warnings";

export interface DeskSort {
  key: DeskSortKey;
  dir: "asc" | "desc";
}

export interface DeskFilter {
  /** words matched against file, sheet, unit and project name */
  text: string;
  family: string | "all";
  /** a re-check grade, or "all" */
  grade: string | "all";
  /** only sheets with error findings */
  errorsOnly: boolean;
}

export const NO_FILTER: DeskFilter = { text: "", family: "all", grade: "all", errorsOnly: false };

const GRADE_RANK: Record<string, number> = { 优: 0, 良: 1, 中: 2, 差: 3 };

function compareValues(a: unknown, b: unknown, key: DeskSortKey): number {
  if (key === "claimedGrade" || key === "computedGrade") {
    a = a === null ? null : (GRADE_RANK[a as string] ?? 9);
    b = b === null ? null : (GRADE_RANK[b as string] ?? 9);
  }
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "zh-CN", { numeric: true });
}

/** Sort rows by a column; empty values (no total, no unit) always last, whatever the direction. Stable. */
export function sortDeskRows<T extends SummaryRow>(rows: T[], sort: DeskSort): T[] {
  const sign = sort.dir === "asc" ? 1 : -1;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => {
      const a = x.r[sort.key];
      const b = y.r[sort.key];
      const ea = a === null || a === undefined || a === "";
      const eb = b === null || b === undefined || b === "";
      if (ea || eb) return ea === eb ? x.i - y.i : ea ? 1 : -1;
      return sign * compareValues(a, b, sort.key) || x.i - y.i;
    })
    .map((x) => x.r);
}

/** Keep the rows that match every part of the filter. */
export function filterDeskRows<T extends SummaryRow>(rows: T[], f: DeskFilter): T[] {
  const words = f.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (f.family !== "all" && r.family !== f.family) return false;
    if (f.grade !== "all" && r.computedGrade !== f.grade) return false;
    if (f.errorsOnly && r.errors === 0) return false;
    if (words.length) {
      const hay = [r.file, r.sheet, r.unit ?? "", r.projectName ?? ""].join(" ").toLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}
