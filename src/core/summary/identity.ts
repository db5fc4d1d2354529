import type { Grid } from "../grid/grid";
import { compact, normalizeText } from "../text/normalize";

/** Who and what a sheet is about, as its own label cells say (项目名称 / 实施单位 …). */
export interface SheetIdentity {
  projectName: string | null;
  unit: string | null;
}

// label (compacted, trailing colon removed) -> kind and priority (lower wins)
const PROJECT_LABELS: [RegExp, number][] = [
  [/^项目名称$/, 0],
  [/^(专项)?资金名称$|^专项名称$/, 1],
  [/^项目$/, 2],
];
const UNIT_LABELS: [RegExp, number][] = [
  [/^(实施|预算|项目实施|责任)单位(名称)?(\(盖章\))?$/, 0],
  [/^(部门\(单位\)|部门|单位)(名称)?(\(盖章\))?$/, 1],
  [/^(县级)?主管(部门|单位)$/, 2],
  [/^(市级|省级)主管(部门|单位)$/, 3],
];

const MONEY_UNIT = /^(人民币)?(元|万元|千元|亿元)$/;
const stripColon = (s: string) => s.replace(/[:：]+$/, "");
const cleanValue = (s: string) =>
  normalizeText(s)
    .replace(/\s*\n\s*/g, " ")
    // a leading budget code "219001-池州市…" is not part of the name
    .replace(/^[0-9A-Z]{3,}\s*[-—－]\s*(?=\S)/, "")
    .trim();

function labelPriority(text: string, labels: [RegExp, number][]): number | null {
  const c = stripColon(compact(text));
  for (const [re, p] of labels) if (re.test(c)) return p;
  return null;
}

/**
 * Read the project name and the unit from the label cells above the table (the first rows of the sheet):
 * a label cell ("项目名称", "实施单位", "部门(单位)名称", "主管部门") with its value in the next filled cell to the
 * right, or "部门:XXX" / "单位(盖章):XXX" in one cell. The 实施单位 wins over the 主管部门.
 */
export function sheetIdentity(grid: Grid, lastRow?: number): SheetIdentity {
  const rows = Math.min(grid.rowCount, lastRow ?? 12);
  const cols = Math.min(grid.colCount, 16);
  let project: { v: string; p: number } | null = null;
  let unit: { v: string; p: number } | null = null;
  const offer = (kind: "project" | "unit", v: string, p: number) => {
    // "单位：万元" states the money unit, not an organisation
    if (!v || MONEY_UNIT.test(v)) return;
    if (kind === "project" && (!project || p < project.p)) project = { v, p };
    if (kind === "unit" && (!unit || p < unit.p)) unit = { v, p };
  };
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const text = grid.text(r, c);
      if (!text || typeof grid.value(r, c) !== "string") continue;
      // "部门:临沧市永德县明朗中学" in one cell
      const inline = /^([^:：]{1,12})[:：]\s*(.+)$/s.exec(normalizeText(text));
      if (inline) {
        const pu = labelPriority(inline[1], UNIT_LABELS);
        const pp = labelPriority(inline[1], PROJECT_LABELS);
        if (pu !== null) offer("unit", cleanValue(inline[2]), pu);
        else if (pp !== null) offer("project", cleanValue(inline[2]), pp);
        if (pu !== null || pp !== null) continue;
      }
      const pp = labelPriority(text, PROJECT_LABELS);
      const pu = pp === null ? labelPriority(text, UNIT_LABELS) : null;
      if (pp === null && pu === null) continue;
      const m = grid.mergeAt(r, c);
      const next = m ? m.c2 + 1 : c + 1;
      for (let c2 = next; c2 <= grid.colCount && c2 <= next + 8; c2++) {
        if (!grid.ownsCell(r, c2)) continue;
        const v = grid.text(r, c2);
        if (!v) continue;
        if (labelPriority(v, [...PROJECT_LABELS, ...UNIT_LABELS]) !== null) break; // the next label: no value
        if (pp !== null) offer("project", cleanValue(v), pp);
        else offer("unit", cleanValue(v), pu!);
        break;
      }
    }
  }
  return { projectName: (project as { v: string } | null)?.v ?? null, unit: (unit as { v: string } | null)?.v ?? null };
}
