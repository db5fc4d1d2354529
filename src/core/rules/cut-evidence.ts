import type { Grid } from "../grid/grid";
import { parseA1 } from "../grid/a1";
import type { EvaluationModel, GroupNode, Relation } from "../model/types";
import { labelCode } from "../text/codes";
import { closedByNextSibling } from "../relations/next-sibling";
import { groupOwnLinePoints, ownLinePoints } from "../relations/own-line-points";
import { groupsReachSatisfaction, settledBySiblings } from "../relations/tree";
import { evaluateRelation } from "../relations/evaluate";
import { agreesTyped } from "../relations/tolerance";
import { blocksStepBack } from "./block-order";
import { cutInNumberedLine } from "./cut-numbered-line";

/**
 * The sheet stops inside the rows a relation's parts run down: nothing is written below the relation's last line but
 * lines of the indicator table it covers — no closing row (合计, 总分), no next block, no note, no signature. An
 * excerpt cut there hides whatever parts came after, so a sum that falls SHORT of its stated total proves nothing
 * (the missing parts may lie past the cut); a sum that already exceeds it stays wrong. A complete table ends in a
 * closing row or with text under it, and keeps its findings; so does a group followed by another group.
 *
 * The relation's last line: a group's last row (its weight or score against its children), the last part's row
 * otherwise; a total over the whole table (总分 stated above it, 各项得分合计) also runs through every indicator and
 * placeholder line below its last part.
 */
export function cutInsideParts(grid: Grid, model: EvaluationModel, r: Relation): boolean {
  if (r.kind !== "sum" && r.kind !== "rollup") return false;
  if (r.kind === "sum" && r.orientation !== "rows") return false;
  if (!r.parts.length) return false;
  // (a loop, no spread: a total's parts may be every line of a large sheet; by index, no iterator per relation)
  let lastLine = 0;
  for (let k = 0; k < r.parts.length; k++) if (r.parts[k].row > lastLine) lastLine = r.parts[k].row;
  // (a 合计 line's column whose last lines are left blank — no 国家级 part for the last places listed — has its parts end
  // above the list's: its lines are the list's, down to the last line any column of the same 合计 line sums)
  if (r.kind === "sum") lastLine = Math.max(lastLine, lastListLine(model.relations, r.total.row));
  const group = r.kind === "rollup" && r.level === "group" ? groupAt(model.groups, r.total.cell) : null;
  // (a group whose stated siblings settle its lines: nothing past the cut is its own)
  if (group && r.measure === "weight" && settledBySiblings(model, group)) return false;
  // (a group whose next sibling's line follows its parts — 二、 under 一's lines, read as no group of its own where the cut
  // leaves it without lines or points — is closed there: its lines are all above the cut, whatever else the sheet lacks)
  if (group && closedByNextSibling(grid, group, lastLine)) return false;
  // (a group's label over its own line whose points column stands between it and the line's name: its points its own)
  if (group && r.measure === "weight" && groupOwnLinePoints(grid, model, group, r.parts)) return false;
  if (group) lastLine = Math.max(lastLine, group.lastRow);
  // (a group whose last line is named but states nothing, a blank row right under it: the page lost its text there, in
  // mid-line — the group's lines run on past the gap)
  if (group && lostInGap(grid, model, group)) return true;
  // (a block label over its own line whose points column stands between it and the line's name: its points its own)
  if (r.kind === "rollup" && r.level === "block" && r.measure === "weight") {
    const b = model.weightBlocks.find((x) => x.cell === r.total.cell);
    if (b && ownLinePoints(grid, model, b, r.parts)) return false;
  }
  // a block's points over its 一级 groups' down to 满意度: a cut below hides lines, no group
  if (r.kind === "rollup" && r.level === "block" && r.measure === "weight" && overWholeGroups(model, r)) return false;
  // a total written under its parts is the closing row: the list ends there
  if (r.total.row > lastLine) return false;
  const last = grid.lastContentRow();
  // the table's total (stated above it): only where the table may go on — the model finds it cut off, or its lines
  // have not reached 满意度, the last dimension of every form; a table whose lines end in 满意度 ends there
  const isTotal = r.kind === "rollup" && r.level === "total";
  // a group's lines down to the sheet's end: cut only with evidence of a cut (missingPastGroup); a table whose total is
  // stated (a 合计 line printed first, a 自评总分 in its head) and nothing missing but the group's own shortfall is whole
  if (lastLine >= last) return isTotal ? openEnded(model) : !group || model.truncated || startsMidSequence(grid, model) || missingPastGroup(model, r);
  // (a sum's list cut inside its next numbered line, its amount past the cut: cut-numbered-line.ts)
  if (r.kind === "sum" && cutInNumberedLine(grid, lastLine, r.total.col)) return true;
  if (!isTotal || !openEnded(model)) return false;
  const lines = new Set<number>([...model.indicators.map((i) => i.row), ...model.placeholderRows]);
  for (let row = lastLine + 1; row <= last; row++) if (grid.rowHasContent(row) && !lines.has(row)) return false;
  return true;
}

/** Per relation list: the last part row of the row-oriented sums of each stated row (one pass, then looked up). */
const lastLines = new WeakMap<readonly Relation[], Map<number, number>>();

/**
 * The last line a stated row's sums down the columns run to (合计 | 284877 | 29123 | 30000 over the places listed): the
 * lowest part of any of them. The list is one list whichever columns a line leaves blank.
 */
function lastListLine(relations: readonly Relation[], totalRow: number): number {
  let byRow = lastLines.get(relations);
  if (!byRow) {
    byRow = new Map<number, number>();
    for (let i = 0; i < relations.length; i++) {
      const s = relations[i];
      if (s.kind !== "sum" || s.orientation !== "rows") continue;
      let last = byRow.get(s.total.row) ?? 0;
      for (let k = 0; k < s.parts.length; k++) if (s.parts[k].row > last) last = s.parts[k].row;
      byRow.set(s.total.row, last);
    }
    lastLines.set(relations, byRow);
  }
  return byRow.get(totalRow) ?? 0;
}

/**
 * The group's last line is a named line with nothing beside its name (a placeholder line) and the row under it is
 * blank, inside the sheet: the page's text broke off in the middle of the group ("…职工民主参与制度。工会" over an
 * empty row, the next group below), so its lines past the gap are not shown.
 */
function lostInGap(grid: Grid, model: EvaluationModel, group: GroupNode): boolean {
  const last = group.lastRow;
  return model.placeholderRows.includes(last) && last < grid.lastContentRow() && !grid.rowHasContent(last + 1);
}

/**
 * The table starts inside its numbering: its first numbered line is numbered past one ("二、…" as the first group,
 * "7.养殖用水…" as the first item), so the lines before it were cut off above (an excerpt that begins mid-table). A
 * total over the whole table then counts parts the sheet does not hold, and a sum that falls short of it proves
 * nothing. The first group decides where it is numbered; else the first item.
 */
export function startsMidSequence(grid: Grid, model: EvaluationModel): boolean {
  const group = model.groups[0];
  const first = model.indicators[0];
  const numbered = (text: string) => {
    const code = labelCode(text);
    return code && !code.parent ? code.n : null;
  };
  const groupN = group ? numbered(group.label) : null;
  if (groupN !== null) return groupN > 1 && (!first || first.row >= group.row);
  if (!first?.nameCell) return false;
  const { row, col } = parseA1(first.nameCell);
  const n = numbered(grid.text(row, col));
  return n !== null && n > 1;
}

/**
 * A group whose lines run to the sheet's end, on a sheet the model does not read as cut (its total stated, not under
 * it): more is missing than the group lacks — the stated 总分 of the weights falls short by more than the group's own
 * shortfall, or the stated total of the scores falls short at all (its lines all there, a group's slip in its points
 * leaves the scores' sum whole) — so lines past the group are missing: the table goes on past the cut. Where the
 * total is short by the group's shortfall alone, the group's points or lines are wrong, no cut.
 */
function missingPastGroup(model: EvaluationModel, r: Relation & { kind: "rollup" | "sum" }): boolean {
  let parts = 0;
  for (const p of r.parts) parts += p.value;
  const lacks = r.total.value - parts;
  for (const t of model.relations) {
    if (t.kind !== "rollup" || t.level !== "total") continue;
    const o = evaluateRelation(t);
    if (o.computed === null) continue;
    const short = t.total.value - o.computed;
    if (t.measure === "score" ? short > 1e-9 : short > lacks + 1e-9) return true;
  }
  return false;
}

/**
 * The rollup of the table's first group (二、…(16分) over the first lines read): where the table starts inside its
 * numbering (startsMidSequence), the group's lines above the first one shown may be cut off with the page above, so a
 * sum that falls short of its points proves nothing (as the table's total there).
 */
export function firstGroupRollup(model: EvaluationModel, r: Relation): boolean {
  if (r.kind !== "rollup" || r.level !== "group") return false;
  const first = model.groups[0];
  return !!first && ((first.weightCell ?? first.cell) === r.total.cell || first.score?.cell === r.total.cell);
}

/** The parts add up to less than a total the relation accepts (the shortfall a cut explains). */
export function fallsShort(r: Relation, computed: number | null, alsoAccept: number[] = []): boolean {
  if (computed === null || (r.kind !== "sum" && r.kind !== "rollup")) return false;
  const accepted = [r.total.value, ...(r.kind === "rollup" ? (r.alsoAccept ?? []) : []), ...alsoAccept];
  return computed < Math.max(...accepted) - 1e-9;
}

/**
 * A table cut inside a weighted 一级 group, before a second complete group shows whether its weights are relative
 * (each group's children out of 100, the 评价表 layout: each level's weight in a column of its own, the groups' own
 * weights out of the total): every complete weighted 一级 group's children add up to exactly 100 while its own
 * weight is not 100 (or there is none yet). Then 100 is as good a sum as the stated weight for the 一级 groups' children: a complete group at 100 holds,
 * the cut group short of 100 may go on past the cut.
 */
export function mayBeRelative(grid: Grid, model: EvaluationModel): boolean {
  // the layout gives each level its own weight column (一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | 分值)
  if (model.columns.level1Weight === undefined) return false;
  const last = grid.lastContentRow();
  const level1 = model.groups.filter((g) => g.level === 1 && g.weight !== null);
  if (!level1.length) return false;
  const cutGroup = level1[level1.length - 1];
  if (cutGroup.lastRow < last) return false;
  const sums = new Map<string, number>();
  for (const r of model.relations) {
    if (r.kind === "rollup" && r.measure === "weight" && r.level === "group") sums.set(r.total.cell, r.parts.reduce((a, p) => a + p.value, 0));
  }
  return level1.slice(0, -1).every((g) => g.weight !== 100 && agreesTyped(100, sums.get(g.weightCell ?? g.cell) ?? -1));
}

/** The rollup of a weighted 一级 group's children. */
export function level1WeightRollup(model: EvaluationModel, r: Relation): boolean {
  if (r.kind !== "rollup" || r.level !== "group" || r.measure !== "weight") return false;
  return model.groups.some((g) => g.level === 1 && g.weight !== null && (g.weightCell ?? g.cell) === r.total.cell);
}

/** The indicator table may go on past the sheet's last row: cut off, or no line under 满意度 yet. */
function openEnded(model: EvaluationModel): boolean {
  return model.truncated || !model.indicators.some((i) => SATISFACTION.test(i.name) || i.path.some((p) => SATISFACTION.test(p)));
}

const SATISFACTION = /满意/;

function groupAt(groups: GroupNode[], cell: string): GroupNode | null {
  for (const g of groups) {
    if (g.weightCell === cell || g.cell === cell || g.score?.cell === cell) return g;
    const c = groupAt(g.children, cell);
    if (c) return c;
  }
  return null;
}

/** A block rollup whose parts are the stated points of its 一级 groups, the last of them 满意度. */
function overWholeGroups(model: EvaluationModel, r: Relation & { kind: "rollup" }): boolean {
  const groups = r.parts.map((p) => model.groups.find((g) => g.level === 1 && (g.weightCell ?? g.cell) === p.cell) ?? null);
  if (groups.length < 2 || groups.some((g) => g === null)) return false;
  const rows = groups.map((g) => g!.row);
  return groupsReachSatisfaction(model.groups, Math.min(...rows), Math.max(...rows));
}

/**
 * The groups a relation weighs (a group's rollup: the group and its siblings; the table's total: the top groups) are
 * numbered as blocks out of order (五、 七、 二、 三、, each code once: blocksStepBack): the sheet holds the table's blocks
 * in another order than the table's, and then perhaps not all of them (a page serving a document's blocks out of order
 * drops some) — a sum that falls short of its stated points proves nothing (the missing parts may lie on a block not
 * shown); a sum that already exceeds them stays wrong. Groups numbered in order, or with a number written wrong, keep
 * their findings.
 */
export function groupsOutOfOrder(model: EvaluationModel, r: Relation): boolean {
  if (r.kind !== "rollup" || (r.level !== "group" && r.level !== "total")) return false;
  let siblings: GroupNode[] | null = model.groups;
  if (r.level === "group") {
    const g = groupAt(model.groups, r.total.cell);
    siblings = g ? siblingsOf(model.groups, g) : null;
  }
  if (!siblings || siblings.length < 3) return false;
  let out = outOfOrderLists.get(siblings);
  if (out === undefined) outOfOrderLists.set(siblings, (out = numberedOutOfOrder(siblings)));
  return out;
}

/** each list of sibling groups' verdict, read once (every broken rollup among them asks) */
const outOfOrderLists = new WeakMap<GroupNode[], boolean>();

/** Every group of the list coded in one style (一、 二、 …) and the codes reading as blocks out of order. */
function numberedOutOfOrder(groups: GroupNode[]): boolean {
  const ns: number[] = [];
  let style: string | null = null;
  for (const g of groups) {
    const code = labelCode(g.label);
    if (!code || code.parent || (style !== null && code.style !== style)) return false;
    style = code.style;
    ns.push(code.n);
  }
  return blocksStepBack(ns) >= 0;
}

/** The list of groups holding `g` (the top groups, or its parent's children). */
function siblingsOf(groups: GroupNode[], g: GroupNode): GroupNode[] | null {
  if (groups.includes(g)) return groups;
  for (const x of groups) {
    const s = siblingsOf(x.children, g);
    if (s) return s;
  }
  return null;
}
