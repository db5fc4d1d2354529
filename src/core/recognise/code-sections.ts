import type { GroupNode, Indicator } from "../model/types";
import { setPathLevel } from "../model/indicator-row";
import { chineseNumber, labelCode } from "../text/codes";

/**
 * A scoring standard's items numbered in a column whose codes nest (标号 1 办馆条件 370, 11 设施建设 170, then 111 …,
 * 112 …; or 1, 1.1, 1.1.1; or 一, 1.1, 1.2, 二, 2.1 — a Chinese numeral read as its number where dotted codes follow): a line whose code the next line's code extends by one digit (1 → 11, 11 → 111) or one
 * dotted part (1 → 1.1) is a group over the lines coded under it — 一级 the outer, 二级 the inner —, its points the
 * group's own, not an indicator's. A plain 序号 (1, 2, 3 … 11, 12) never nests: 1 is followed by 2, not by 11.
 * Null (nothing changed) where no line nests, a coded line is missing its code, or the codes nest deeper than two
 * groups.
 */
export function codeSections(
  indicators: Indicator[],
  codeOf: (ind: Indicator) => string,
  makeGroup: (ind: Indicator, level: 1 | 2) => GroupNode,
  endsOpen = false,
): { groups: GroupNode[]; leaves: Indicator[] } | null {
  const raw = indicators.map(codeOf);
  // (a group coded with a Chinese numeral over items coded 1.1, 1.2 — 一 | 脱贫成效 | 50 over 1.1 | 脱贫成效评价 | 50 —:
  // its number, so that the dotted codes nest under it; only where dotted codes stand in the column, so that a 一 over a
  // plain 1, 2, 3 … stays apart from them)
  const dotted = raw.some((c) => /^\d+[.．]\d/.test(c));
  const codes = dotted ? raw.map((c) => { const n = chineseNumber(c.replace(/[、.．]$/, "")); return n === null ? c : String(n); }) : raw;
  if (codes.some((c) => !/^\d+([.．]\d+)*$/.test(c))) return null;
  const under = (child: string, parent: string) => child.length > parent.length && child.startsWith(parent);
  const extendsByOne = (child: string, parent: string) => under(child, parent) && /^(\d|[.．]\d+)$/.test(child.slice(parent.length));
  if (!codes.some((c, k) => k + 1 < codes.length && extendsByOne(codes[k + 1], c))) return null;
  // (the table's last line, outermost, where every other outermost line is a group and nothing closes the table: a
  // group line whose lines are cut off, no item)
  const outer = codes.filter((c) => !codes.some((p) => under(c, p)));
  const last = codes.length - 1;
  const cutGroup = (k: number) =>
    endsOpen && k === last && outer.length >= 3 && outer[outer.length - 1] === codes[k] && codes.every((c, j) => j === last || !outer.includes(c) || (j + 1 < codes.length && extendsByOne(codes[j + 1], c)));
  const groups: GroupNode[] = [];
  const leaves: Indicator[] = [];
  const open: { code: string; node: GroupNode }[] = [];
  for (let k = 0; k < indicators.length; k++) {
    const ind = indicators[k];
    const code = codes[k];
    while (open.length && !under(code, open[open.length - 1].code)) open.pop();
    if ((k + 1 < codes.length && extendsByOne(codes[k + 1], code)) || cutGroup(k)) {
      if (open.length >= 2) return null;
      const node = makeGroup(ind, (open.length + 1) as 1 | 2);
      if (open.length) open[open.length - 1].node.children.push(node);
      else groups.push(node);
      open.push({ code, node });
      continue;
    }
    const [g1, g2] = open.map((o) => o.node);
    if (g1) {
      ind.level1 = g1;
      setPathLevel(ind, 0, g1.label);
      g1.lastRow = Math.max(g1.lastRow, ind.row);
    }
    if (g2) {
      ind.level2 = g2;
      setPathLevel(ind, 1, g2.label);
      g2.lastRow = Math.max(g2.lastRow, ind.row);
    }
    (g2 ?? g1)?.indicators.push(ind);
    leaves.push(ind);
  }
  return { groups, leaves };
}

/**
 * The nesting code an item's label opens with, in one name column coded at every level (1.行政推动 → "1", 1.1政府… →
 * "1.1", 1.1.1政府… → "1.1.1"), else "" (codeSections then reads no nesting).
 */
export function labelNestingCode(label: string): string {
  const code = labelCode(label);
  if (!code) return "";
  if (code.style === "dotted") return code.text;
  return code.style === "ar-dot" || code.style === "ar-dun" ? String(code.n) : "";
}

/** Some label's dotted code continues the code of the label just above it (1. → 1.1, 1.1 → 1.1.1): codes that nest. */
export function labelCodesNest(labels: string[]): boolean {
  for (let k = 1; k < labels.length; k++) {
    const code = labelCode(labels[k]);
    if (code?.style === "dotted" && code.parent !== "" && code.parent === labelNestingCode(labels[k - 1])) return true;
  }
  return false;
}
