import type { Grid } from "../grid/grid";
import type { GroupNode, Indicator, WeightBlock } from "../model/types";
import { groupWeightInLabel } from "../text/labels";
import { bareBracketNumber } from "./bare-points";
import { labelCode, outlineRank } from "../text/codes";
import { compact } from "../text/normalize";
import { outsideTheWholeLabel } from "../relations/outside-the-whole";
import type { HeaderMap } from "./table-header";
import { pageBreakSince, TableWalk } from "./table-walk";
import { copiesLeft } from "./cells";
import { agreesTyped } from "../relations/tolerance";

/** Points equal under the one tolerance policy (relations/tolerance.ts). */
const same = (a: number, b: number) => agreesTyped(a, b);

/**
 * Label lines of a rule sheet that state their group's points in the 分值 column (组织领导 | 23 | | , "一、组织领导"
 * merged across the label columns or alone in the name column), the criteria below them: the walk reads such a line as
 * an item (a name and a 分值) or hangs the criteria under it as its parts, so the criteria's points are counted twice
 * and the line is asked for a score. It is a weight block over the criteria up to the next such line.
 * Read by the sums, not by the look alone. The look picks the lines — every one of them has no rule where each line
 * under it has one, or states points in its label ("组织领导(25分)") where no line under it does, or has its name merged
 * across the label columns where no line under it has — and the sums make them groups: from the table's first line,
 * lines and the lines under each up to the next one, two groups at least whose points are their lines' sum and one at
 * most whose are not (a slip, which the block then reports); the lines after the last group state no points (扣分项) or
 * are a group the walk read already (附加分). A line with a score of its own is an item. A table of items whose points
 * happen to add up so (10 | 5 | 5) has its rules on every line and no label stating points: it is left as it is.
 * Returns the lines' rows (no indicators) and their blocks, or null; the lines under them are items of their own.
 */
export function pointedLabelLines(grid: Grid, header: HeaderMap, walk: TableWalk): { rows: Set<number>; blocks: WeightBlock[] } | null {
  const cols = header.columns;
  const nameCol = cols.level3 ?? cols.level2 ?? cols.level1;
  const wc = cols.weight;
  if (nameCol === undefined || wc === undefined) return null;
  // (the items: the indicators that are not 不适用, read in place; no copy of a 40,000-row table's list)
  const all = walk.indicators;
  let items = 0;
  for (let k = 0; k < all.length; k++) if (!all[k].notApplicable) items++;
  if (items < 4) return null;
  // (the lines of the table's groups: up to a line stating no points or one of a group the walk read, 附加分)
  // (a line that names a group of its own, the one name column read as 一级, is in none: its name cell, or a cell merged
  // over it from the left, an empty column's or a 序号's, "组织领导(25分)" across A:B over the names in B)
  const inGroup = (i: Indicator) => !!i.level1 && !(i.level1.row === i.row && i.level1.col === grid.anchorCol(i.row, nameCol));
  const lines: Indicator[] = [];
  let k = 0;
  for (; k < all.length; k++) {
    const i = all[k];
    if (i.notApplicable) continue;
    if (i.weight === null || inGroup(i)) break;
    lines.push(i);
  }
  // (no item after them states points outside a group)
  for (; k < all.length; k++) {
    const i = all[k];
    if (!i.notApplicable && i.weight !== null && !inGroup(i)) return null;
  }
  if (lines.length < 4) return null;
  /** the name cell merged across on its row alone, ending left of the 分值 column */
  const across = (i: Indicator) => {
    const m = grid.mergeAt(i.row, nameCol);
    return !!m && m.r1 === i.row && m.r2 === i.row && m.c2 > m.c1 && m.c2 < wc;
  };
  // (a line with no code over lines numbered 1. 2. 3. …, "组织领导 | 30" over "1.开展专项督查检查 | 14"; a 加分项 / 扣分项
  // line over its own lines, outside the whole, one of that look too)
  const next = new Map<number, Indicator>();
  for (let k = 0; k + 1 < lines.length; k++) next.set(lines[k].row, lines[k + 1]);
  const coded = (i: Indicator | undefined) => !!i && labelCode(i.name) !== null;
  const uncodedOverCoded = (i: Indicator) => !coded(i) && (coded(next.get(i.row)) || outsideTheWholeLabel(i.name));
  const pointedLabel = (i: Indicator) => groupWeightInLabel(i.name) !== null;
  const looks: ((i: Indicator) => boolean)[] = [pointedLabel, across, uncodedOverCoded];
  if (cols.rubric !== undefined) looks.unshift((i) => !grid.compactText(i.row, cols.rubric!));
  // (or numbered one level up the official outline from the line under it, as every line so numbered: '一 | 基础资料管理 |
  // | 80' — the section's number alone, its name in the next cell merged over the rule's — over '1、二十种规程… | … | 15';
  // '(一)…' over '1、…', '一、…' over '(一)…')
  const rank = (i: Indicator | undefined) => (i ? outlineRank(i.name, true) : null);
  const headRank = rank(lines[0]);
  const underRank = rank(next.get(lines[0].row));
  const section = headRank !== null && underRank !== null && underRank > headRank ? (i: Indicator) => rank(i) === headRank : null;
  if (section) looks.push(section);
  // (the line printed again under the header repeated at a page break inside its group, the same points: the group goes on)
  const again = (head: Indicator, i: Indicator, last: number) =>
    !!walk.headerRepeats?.length && compact(head.name) === compact(i.name) && same(head.weight!, i.weight!) && pageBreakSince(walk.headerRepeats, last, i.row);
  // (no rule: the rule cell under the name's merge, blank, or the name written again into it, the merge filled across)
  const ruleless = (i: Indicator) => cols.rubric === undefined || !grid.ownsCell(i.row, cols.rubric) || !grid.compactText(i.row, cols.rubric) || copiesLeft(grid, i.row, cols.rubric);
  for (const look of looks) {
    // (a heading that is one by its own look, its points in its label or its section number, and states no rule of its
    // own, may close the lines with none under it: the table cut right below it — a last section scored by a rule of its
    // own, '三 | 安全生产 | 发生事故不得分 | 10', is an item, no group)
    const groups = byLook(lines, look, again, look === section || look === pointedLabel ? ruleless : false);
    if (groups) return asBlocks(grid, nameCol, groups);
  }
  return null;
}

/** a group's heading, its lines and its heading printed again; `cut`: the last group, its lines cut off below the heading */
type Group = { head: Indicator; under: Indicator[]; repeats: Indicator[]; cut?: boolean };

/**
 * The lines cut at each line of that look (the first one of them), if they are groups by their sums; a head printed
 * again (`again`: after a page break, the same name and points) goes on with its group.
 */
function byLook(lines: Indicator[], look: (i: Indicator) => boolean, again: (head: Indicator, i: Indicator, last: number) => boolean, cutHead: ((i: Indicator) => boolean) | false = false): Group[] | null {
  if (!look(lines[0])) return null;
  const groups: Group[] = [];
  for (const i of lines) {
    if (look(i)) {
      if (i.childOfRow !== null || i.claimedScore !== null) return null;
      const g = groups[groups.length - 1];
      if (g && again(g.head, i, g.under.length ? g.under[g.under.length - 1].row : g.head.row)) {
        g.repeats.push(i);
        continue;
      }
      groups.push({ head: i, under: [], repeats: [] });
    } else if ((i.childOfRow ?? groups[groups.length - 1].head.row) !== groups[groups.length - 1].head.row) return null;
    else groups[groups.length - 1].under.push(i);
  }
  // (a 加分项 / 扣分项 line closing the lines, whose own lines the walk did not read: a block outside the whole, no item)
  const tail = groups[groups.length - 1];
  if (tail && !tail.under.length && outsideTheWholeLabel(tail.head.name)) {
    groups.pop();
    if (groups.length) groups[groups.length - 1].repeats.push(tail.head);
  }
  // (the last heading with no line under it, after two groups at least: the table cut right below it, '三 | 安全管理 | | 40'
  // over '1、配电' cut before its points — a group all the same, its points not checked)
  const last = groups[groups.length - 1];
  // (one that states a rule of its own is an item of the sections' level, '三 | 安全管理 | 发生事故不得分 | 40': out of
  // the groups, read as it is)
  if (cutHead && groups.length > 2 && last && !last.under.length) {
    if (cutHead(last.head)) last.cut = true;
    else groups.pop();
  }
  const whole = groups.filter((g) => !g.cut);
  if (whole.length < 2 || whole.some((g) => !g.under.length)) return null;
  const agree = whole.filter((g) => same(g.head.weight!, g.under.reduce((s, i) => s + i.weight!, 0))).length;
  return agree >= 2 && agree >= whole.length - 1 ? groups : null;
}

function asBlocks(grid: Grid, nameCol: number, groups: Group[]): { rows: Set<number>; blocks: WeightBlock[] } {
  // (the parts hung under a line are the group's items)
  for (const g of groups) for (const i of g.under) i.childOfRow = null;
  const blocks: WeightBlock[] = [];
  // (bare in brackets, "组织领导(44) | 44": the label's points where the other lines' bare numbers are their 分值 — two at
  // least, every one but one — so one that is not is the same points stated twice, not the same)
  const bare = groups.map((g) => bareBracketNumber(g.head.name));
  const bareAgree = groups.filter((g, k) => bare[k] !== null && same(bare[k]!, g.head.weight!)).length;
  const bareArePoints = bareAgree >= 2 && bareAgree >= bare.filter((b) => b !== null).length - 1;
  groups.forEach(({ head, under, cut }, k) => {
    if (cut) return;
    const span = { firstRow: head.row + 1, lastRow: under[under.length - 1].row };
    blocks.push({ label: head.name, weight: head.weight!, cell: head.weightCell ?? grid.addr(head.row, nameCol), ...span });
    // (points stated twice, in the label and in the 分值 column, and not the same: the label's are checked too)
    const own = groupWeightInLabel(head.name) ?? (bareArePoints ? bare[k] : null);
    if (own === null || same(own, head.weight!)) return;
    const at = grid.anchor(head.row, nameCol);
    blocks.push({ label: head.name, weight: own, cell: grid.addr(at.row, at.col), ...span });
  });
  return { rows: new Set(groups.flatMap((g) => [g.head.row, ...g.repeats.map((i) => i.row)])), blocks };
}

/** The walk without the indicators on `rows`: out of its list and its groups, a group left empty dropped. */
export function withoutRows(walk: TableWalk, rows: Set<number>): void {
  const keep = (i: Indicator) => !rows.has(i.row);
  walk.indicators = walk.indicators.filter(keep);
  const prune = (gs: GroupNode[]): GroupNode[] =>
    gs.filter((g) => {
      g.indicators = g.indicators.filter(keep);
      g.children = prune(g.children);
      return g.indicators.length > 0 || g.children.length > 0;
    });
  walk.groups = prune(walk.groups);
}
