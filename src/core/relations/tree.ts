import type { Grid } from "../grid/grid";
import type { EvaluationModel, GroupNode, Indicator, RelationTerm, RollupRelation } from "../model/types";
import { hasCell, IndicatorRow } from "../model/indicator-row";
import { labelledTermAt, leafTermAt, leafTotalAt, termAt } from "./terms";
import { filterPacked, mapPacked, PackedList } from "../model/packed";
import { outsideTheWhole } from "./outside-the-whole";
import { closedByNextSibling } from "./next-sibling";
import { groupOwnLinePoints, ownLinePoints } from "./own-line-points";
import { agreesTyped } from "./tolerance";

/**
 * The rollups of the indicator tree (三级 → 二级 → 一级 → 总分), for weights (分值) and for scores (得分):
 * each group's stated weight or score against its children, sub-items against their indicator, 小计 rows,
 * weighted block labels, the budget block's labelled weight and the 总分 row. Linear in the rows: the tree
 * is indexed once.
 */

/** Depth-first list of a tree's groups. */
export function treeGroups(groups: GroupNode[]): GroupNode[] {
  const out: GroupNode[] = [];
  const visit = (g: GroupNode) => {
    out.push(g);
    g.children.forEach(visit);
  };
  groups.forEach(visit);
  return out;
}

const counts = (i: Indicator) => i.childOfRow === null && !i.notApplicable;
/** Σ of `valueOf` over the indicators on the rows outside the whole (0 with none) */
function outsideSum(indicators: readonly Indicator[], outside: ReadonlySet<number>, valueOf: (i: Indicator) => number | null): number {
  if (!outside.size) return 0;
  let s = 0;
  for (let k = 0; k < indicators.length; k++) {
    if (!outside.has(indicators[k].row)) continue;
    const v = valueOf(indicators[k]);
    if (v !== null) s += v;
  }
  return Math.round(s * 100) / 100;
}
// (an IndicatorRow's own cell: the term from its row and column, no address made and parsed back)
const ownCol = (i: Indicator, key: "weightCell" | "scoreCell"): number => (i instanceof IndicatorRow && i.row >= 1 ? i.ownColumn(key) : 0);
const weightTerm = (i: Indicator): RelationTerm => {
  const col = ownCol(i, "weightCell");
  return col > 0 ? leafTermAt(i.row, col, i.weight!, i.name, null) : labelledTermAt(i.weightCell!, i.weight!, i.name, null);
};
const scoreTerm = (i: Indicator): RelationTerm => {
  const col = ownCol(i, "scoreCell");
  return col > 0 ? leafTermAt(i.row, col, i.claimedScore!, i.name, i.scoreDecimals) : labelledTermAt(i.scoreCell!, i.claimedScore!, i.name, i.scoreDecimals);
};

/** A group's weighted children: level-2 groups count with their stated weight, else with their leaves. */
export function childWeightTerms(g: GroupNode): RelationTerm[] {
  const out: RelationTerm[] = [];
  // (indexes, no iterators: these run for every row, also before the loops are optimised)
  for (let k = 0, inds = g.indicators; k < inds.length; k++) {
    const ind = inds[k];
    if (ind.weight !== null && hasCell(ind, "weightCell") && counts(ind)) out.push(weightTerm(ind));
  }
  for (let k = 0; k < g.children.length; k++) {
    const c = g.children[k];
    if (c.weight !== null) out.push(termAt(c.weightCell ?? c.cell, c.weight, { label: c.name || c.label }));
    else out.push(...childWeightTerms(c));
  }
  return out;
}

/** Σ leaf weights under a group (all levels). */
function leafWeightSum(g: GroupNode): number {
  let s = 0;
  // (indexes, no iterators: these run for every row, also before the loops are optimised)
  for (let k = 0, inds = g.indicators; k < inds.length; k++) {
    const i = inds[k];
    if (i.weight !== null && counts(i)) s += i.weight;
  }
  for (let k = 0; k < g.children.length; k++) s += leafWeightSum(g.children[k]);
  return Math.round(s * 1e6) / 1e6;
}

const sumOf = (ts: RelationTerm[]) => ts.reduce((a, t) => a + t.value, 0);

/**
 * Relative weights (评价表 templates: 一级 权重 out of the total, each group's 二级 分值 out of 100): every
 * weighted 一级 group's children add up to 100 while the groups' own weights do not.
 */
export function relativeWeights(level1: GroupNode[]): boolean {
  const weighted = level1.filter((g) => g.weight !== null && childWeightTerms(g).length > 0);
  const hundred = weighted.filter((g) => agreesTyped(100, sumOf(childWeightTerms(g))));
  // all groups, or all but one (the one whose items were mistyped is reported, not the layout's others)
  return weighted.length >= 2 && hundred.length >= Math.max(2, weighted.length - 1) && hundred.some((g) => g.weight !== 100);
}

const fmtN = (n: number) => String(Math.round(n * 100) / 100);

type RollupDraft = Omit<RollupRelation, "kind" | "id" | "block" | "bound"> & { bound?: RollupRelation["bound"] };

function pushRollup(out: RollupRelation[], r: RollupDraft): void {
  out.push({ kind: "rollup", id: `rollup:${r.measure}:${r.level}:${r.total.cell}`, block: "indicator-table", bound: "equal", ...r });
}

/**
 * pushRollup(out, { measure, level: "sub-item", label, total, parts }), its id made when read: a 40,000-row table has
 * thousands of parents with sub-items, and a relation's id is read only where it is broken (total-mismatch's key).
 * Every field set in the constructor, in one order: one hidden class for every sub-item rollup.
 */
class SubItemRollup implements RollupRelation {
  readonly kind = "rollup";
  readonly block = "indicator-table";
  readonly bound = "equal";
  readonly level = "sub-item";
  constructor(
    readonly measure: RollupRelation["measure"],
    readonly label: string,
    readonly total: RelationTerm,
    readonly parts: RelationTerm[],
  ) {}

  get id(): string {
    return `rollup:${this.measure}:sub-item:${this.total.cell}`;
  }
}

/**
 * A parent's stated weight or score as the total of its sub-items: from its row and column where the cell is the
 * row's own (no address made), else from its address.
 */
function parentTotal(parent: Indicator, key: "weightCell" | "scoreCell", col: number, cell: string | null, value: number, decimals: number | null): RelationTerm {
  if (col > 0) return leafTotalAt(parent.row, col, value, decimals);
  const t = termAt(cell!, value);
  t.decimals = decimals;
  return t;
}

/*
 * The loops over every indicator or group are functions of their own, called once per review, not blocks of
 * treeRelations: a long loop runs in the optimising compiler's code entered mid-loop (on-stack replacement), and a
 * large sheet reviewed a few times recompiles the function it sits in whenever that code meets something new. A
 * small function recompiles cheaply; one of treeRelations' size cost as much as the rest of the review's compiles.
 */

/** Sub-items indexed once by the row they roll up into. */
function subItemsByParent(indicators: Indicator[]): Map<number, Indicator[]> {
  const subsOf = new Map<number, Indicator[]>();
  for (let k = 0; k < indicators.length; k++) {
    const i = indicators[k];
    if (i.childOfRow === null) continue;
    // (a parent's second sub-item makes a list of exactly two: a list grown by push reserves room for 17, and a large
    // table keeps thousands of parents' lists through the tree's relations)
    const list = subsOf.get(i.childOfRow);
    if (list === undefined) subsOf.set(i.childOfRow, [i]);
    else if (list.length === 1) subsOf.set(i.childOfRow, [list[0], i]);
    else list.push(i);
  }
  return subsOf;
}

function groupWeightRollups(out: RollupRelation[], model: EvaluationModel, groups: GroupNode[], relative: boolean, grid: Grid | null): void {
  const lastGroup = model.groups[model.groups.length - 1];
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    if (g.weight === null) continue;
    const parts = childWeightTerms(g);
    if (parts.length === 0) continue;
    const accept = relative && g.level === 1 ? { alsoAccept: [100] } : {};
    // a table cut off at the bottom: its last group may simply be incomplete (unless its stated siblings settle it, or
    // the next sibling's line follows its lines: the cut is past the group)
    const bound =
      model.truncated && isLastGroup(g, lastGroup) && !settledBySiblings(model, g) && !(grid && (closedByNextSibling(grid, g, lastPartRow(parts)) || groupOwnLinePoints(grid, model, g, parts)))
        ? { bound: "atMost" as const }
        : {};
    pushRollup(out, { measure: "weight", level: "group", label: g.name || g.label, total: termAt(g.weightCell ?? g.cell, g.weight, { label: g.label }), parts, ...accept, ...bound });
    // its points stated again in its label, otherwise than in its column ("一、组织领导(35)" beside 38): the label
    // against the same parts (of the two, the one that does not add up is reported)
    if (g.labelPoints) pushRollup(out, { measure: "weight", level: "group", label: g.name || g.label, total: termAt(g.labelPoints.cell, g.labelPoints.value, { label: g.label }), parts, ...accept, ...bound });
  }
}

/**
 * The last group of a table read as cut, its lines settled by its siblings' stated points: every group of its level
 * (under its parent, or the 一级 of the table) states its points, and the others' points with this group's lines make
 * exactly the whole above them (the parent's points; for the 一级, the stated 总分 or 100, with or without the budget
 * line's weight). Then nothing past the cut belongs to it: a shortfall against its own label is a wrong label (or
 * points over the whole), no cut — "(五)实施效果(36分)" over 20 + 15, its siblings 7 + 8 + 20 + 30, no closing row.
 */
export function settledBySiblings(model: EvaluationModel, g: GroupNode): boolean {
  if (g.weight === null) return false;
  let siblings: GroupNode[];
  let wholes: number[];
  if (g.level === 1) {
    siblings = model.groups.filter((x) => x.level === 1);
    const whole = model.totals?.weight?.value ?? 100;
    const bw = model.budget?.items.find((it) => it.kind === "total" && it.weight)?.weight?.value ?? null;
    wholes = bw !== null ? [whole, whole - bw] : [whole];
  } else {
    const parent = model.groups.find((x) => x.children.includes(g));
    if (!parent || parent.weight === null) return false;
    siblings = parent.children;
    wholes = [parent.weight];
  }
  if (siblings.length < 2 || siblings[siblings.length - 1] !== g || siblings.some((x) => x.weight === null)) return false;
  if (relativeWeights(model.groups.filter((x) => x.level === 1))) return false;
  const lines = sumOf(childWeightTerms(g));
  if (lines <= 0 || agreesTyped(g.weight, lines)) return false;
  let others = 0;
  for (const x of siblings) if (x !== g) others += x.weight!;
  return wholes.some((w) => Math.abs(others + lines - w) <= 0.005);
}

/** The budget line's weight a sheet cut above its header may hide (RULEBOOK A-V2: 10 points; Hubei's layout 20). */
const HIDDEN_BUDGET_WEIGHTS = [10, 20];

/** The weights of the 一级 groups within rows [first, last], where there are two or more and every one states its weight. */
function blockGroupWeights(groups: GroupNode[], first: number, last: number): RelationTerm[] {
  const inside = groups.filter((g) => g.level === 1 && g.row >= first && g.row <= last);
  if (inside.length < 2 || inside.some((g) => g.weight === null)) return [];
  return inside.map((g) => termAt(g.weightCell ?? g.cell, g.weight!, { label: g.name || g.label }));
}

/** The 一级 groups within rows [first, last] end in 满意度 (the last of the target dimensions): no group follows them. */
export function groupsReachSatisfaction(groups: GroupNode[], first: number, last: number): boolean {
  const inside = groups.filter((g) => g.level === 1 && g.row >= first && g.row <= last);
  return inside.length >= 2 && /满意/.test(inside[inside.length - 1].name || inside[inside.length - 1].label);
}

function isLastGroup(g: GroupNode, lastGroup: GroupNode | undefined): boolean {
  return g === lastGroup || (!!lastGroup && lastGroup.children[lastGroup.children.length - 1] === g);
}

/**
 * A sub-item's cell, present and not its parent's: compared by row and column where both are the rows' own cells (no
 * address made for either), else by address. `parentCol`: ownCol(parent, key); `parentCell`: the parent's address,
 * null where its cell is its row's own (made here only where a sub-item's cell is not: a rare layout).
 */
function differentCell(i: Indicator, key: "weightCell" | "scoreCell", parent: Indicator, parentCol: number, parentCell: string | null): boolean {
  const col = ownCol(i, key);
  if (col > 0 && parentCol > 0) return i.row !== parent.row || col !== parentCol;
  const c = i[key];
  return !!c && c !== (parentCell ?? parent[key]);
}

/*
 * A sub-item rollup's parts are collected in one scratch list per review and kept as its copy (slice: exactly as long
 * as its parts, packed): an array grown by push from empty reserves room for 17 elements, and a 40,000-row table
 * keeps thousands of lists of two or three parts for the whole review.
 */

function subItemWeightRollups(out: RollupRelation[], indicators: Indicator[], subsOf: Map<number, Indicator[]>): void {
  const scratch: RelationTerm[] = [];
  for (let k = 0; k < indicators.length; k++) {
    const parent = indicators[k];
    const subs = subsOf.get(parent.row);
    if (!subs || parent.weight === null) continue;
    // (the parent's address made only where its cell is not its row's own, and then once: a 40,000-row table has
    // thousands of parents, whose cells are their rows' own)
    const col = ownCol(parent, "weightCell");
    const cell = col > 0 ? null : parent.weightCell;
    if (col === 0 && !cell) continue;
    // (one loop into a packed list: no filtered copy and no closure per parent; kept as an exact copy, see exactParts)
    scratch.length = 0;
    for (let j = 0; j < subs.length; j++) {
      const i = subs[j];
      if (i.weight !== null && differentCell(i, "weightCell", parent, col, cell)) scratch.push(weightTerm(i));
    }
    if (scratch.length) out.push(new SubItemRollup("weight", parent.name, parentTotal(parent, "weightCell", col, cell, parent.weight, null), scratch.slice()));
  }
}

/** The rows of groups that state no score (and of their unscored descendants) into `rows`, the scored groups into `scored`. */
function unscoredRows(children: GroupNode[], rows: Indicator[], scored: GroupNode[]): void {
  for (const c of children) {
    if (c.score) scored.push(c);
    else {
      rows.push(...c.indicators);
      unscoredRows(c.children, rows, scored);
    }
  }
}

function groupScoreRollups(out: RollupRelation[], groups: GroupNode[]): void {
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    if (!g.score) continue;
    // its own indicators and those of descendants that state no score of their own (a section line over a table's
    // 一级 groups: their 二级 groups' rows), and the scores of those that state one
    const rows: Indicator[] = [...g.indicators];
    const scored: GroupNode[] = [];
    unscoredRows(g.children, rows, scored);
    const leaves = rows.filter((i) => i.claimedScore !== null && hasCell(i, "scoreCell") && i.childOfRow === null);
    const parts = mapPacked(leaves, scoreTerm).concat(mapPacked(scored, (c) => ({ ...c.score!, label: c.name || c.label })));
    const unscored = rows.some((i) => counts(i) && i.weight !== null && i.claimedScore === null && !i.scoreText);
    if (parts.length) pushRollup(out, { measure: "score", level: "group", label: g.name || g.label, total: g.score, parts, ...(unscored ? { bound: "atMost" as const } : {}) });
  }
}

function subItemScoreRollups(out: RollupRelation[], indicators: Indicator[], subsOf: Map<number, Indicator[]>): void {
  const scratch: RelationTerm[] = [];
  for (let k = 0; k < indicators.length; k++) {
    const parent = indicators[k];
    const subs = subsOf.get(parent.row);
    if (!subs || parent.claimedScore === null) continue;
    // (the parent's address made only where its cell is not its row's own: see subItemWeightRollups)
    const col = ownCol(parent, "scoreCell");
    const cell = col > 0 ? null : parent.scoreCell;
    if (col === 0 && !cell) continue;
    scratch.length = 0;
    for (let j = 0; j < subs.length; j++) {
      const i = subs[j];
      if (i.claimedScore !== null && differentCell(i, "scoreCell", parent, col, cell)) scratch.push(scoreTerm(i));
    }
    if (!scratch.length) continue;
    out.push(new SubItemRollup("score", parent.name, parentTotal(parent, "scoreCell", col, cell, parent.claimedScore, parent.scoreDecimals), scratch.slice()));
  }
}

/**
 * budgetPart.concat(mapPacked(leafWeights, weightTerm), mapPacked(weightless, scoreTerm)) pushed into one list: no list of
 * the leaves' terms made to be copied into it (on a 40,000-row sheet each one a large object).
 */
function leafWeightParts(budgetPart: RelationTerm[], leafWeights: Indicator[], weightless: Indicator[]): RelationTerm[] {
  // (a PackedList: a 40,000-row table's list allocated once at its size, see model/packed.ts)
  const parts = new PackedList<RelationTerm>();
  for (let k = 0; k < budgetPart.length; k++) parts.push(budgetPart[k]);
  for (let k = 0; k < leafWeights.length; k++) parts.push(weightTerm(leafWeights[k]));
  for (let k = 0; k < weightless.length; k++) parts.push(scoreTerm(weightless[k]));
  return parts.list();
}

/** Some indicator is a scored leaf, and every scored leaf has a weight. */
function everyScoredLeafWeighted(indicators: Indicator[], scoredLeaf: (i: Indicator) => boolean): boolean {
  let any = false;
  for (let k = 0; k < indicators.length; k++) {
    const i = indicators[k];
    if (!scoredLeaf(i)) continue;
    if (i.weight === null) return false;
    any = true;
  }
  return any;
}

/** The last row among a relation's parts. */
function lastPartRow(parts: RelationTerm[]): number {
  let row = 0;
  for (let k = 0; k < parts.length; k++) if (parts[k].row > row) row = parts[k].row;
  return row;
}

/**
 * `outside`: the indicator rows of a 加分项 / 扣分项 block scored outside the whole (outside-the-whole.ts); `grid`: the
 * sheet, where lines the model reads as none of the table still tell where a cut group ends (next-sibling.ts)
 */
export function treeRelations(model: EvaluationModel, outside: ReadonlySet<number> = new Set(), grid: Grid | null = null): RollupRelation[] {
  const out: RollupRelation[] = [];
  const groups = treeGroups(model.groups);
  const level1 = model.groups.filter((g) => g.level === 1);
  const relative = relativeWeights(level1);
  const rollup = (r: RollupDraft) => pushRollup(out, r);
  const subsOf = subItemsByParent(model.indicators);

  // —— weights ——
  groupWeightRollups(out, model, groups, relative, grid);
  subItemWeightRollups(out, model.indicators, subsOf);
  // (the relations' parts as packed arrays in every tier: see model/packed.ts)
  const leafWeights = filterPacked(model.indicators, (i) => i.weight !== null && hasCell(i, "weightCell") && counts(i));
  // indexed once by row, when a 小计 or a block needs them: a 小计 takes its own rows, a block the rows it spans
  // (no rescan of every leaf per parent)
  const hasSubtotals = model.subtotals.length > 0;
  const leafWeightAt = hasSubtotals ? new Map(leafWeights.map((i) => [i.row, i])) : new Map<number, Indicator>();
  const indicatorAt = hasSubtotals ? new Map(model.indicators.map((i) => [i.row, i])) : new Map<number, Indicator>();
  const rowsOf = (rows: number[]) => [...new Set(rows)].sort((a, b) => a - b);
  let sortedLeaves: Indicator[] | null = null;
  /** the leaves with rows in [first, last], by binary search over the row-sorted leaves */
  const leavesIn = (first: number, last: number) => {
    const byRow = sortedLeaves ?? (sortedLeaves = [...leafWeights].sort((a, b) => a.row - b.row));
    let lo = 0;
    let hi = byRow.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byRow[mid].row < first) lo = mid + 1;
      else hi = mid;
    }
    const out: Indicator[] = [];
    for (let k = lo; k < byRow.length && byRow[k].row <= last; k++) out.push(byRow[k]);
    return out;
  };
  for (const st of model.subtotals) {
    if (!st.weight) continue;
    const parts = mapPacked(rowsOf(st.rows).flatMap((r) => leafWeightAt.get(r) ?? []), weightTerm);
    if (parts.length) rollup({ measure: "weight", level: "subtotal", label: "小计", total: st.weight, parts });
  }
  const lastLeafRow = model.indicators.reduce((m, i) => Math.max(m, i.row), 0);
  model.weightBlocks.forEach((b, k) => {
    let parts = b.parts ? b.parts.map((p) => termAt(p.cell, p.value, { label: p.label })) : mapPacked(leavesIn(b.firstRow, b.lastRow), weightTerm);
    // no line weighted: the 一级 groups inside the block, where every one states its weight ("年度绩效目标(80分)" over
    // "产出指标(60分)", "效益指标(10分)", "满意度指标(10分)", the lines scored only); groups weighted over the whole
    // form (adding up to 100 under the template's "(80分)") are a layout of their own, as relative weights are
    const overGroups = !parts.length;
    if (overGroups) parts = blockGroupWeights(model.groups, b.firstRow, b.lastRow);
    if (!parts.length) return;
    // (over its 一级 down to 满意度, the last dimension of every form: a cut below hides lines of a group, no group)
    const wholeGroups = overGroups && groupsReachSatisfaction(model.groups, b.firstRow, b.lastRow);
    rollup({
      measure: "weight",
      level: "block",
      // (without its points, bracketed or bare: "年度绩效目标1(40分)", "公共区域18分")
      label: b.label.replace(/[(（].*$/, "").replace(/\s*\d+(?:\.\d+)?\s*分$/, "").trim() || "绩效指标",
      total: termAt(b.cell, b.weight, { label: b.label }),
      parts,
      ...(overGroups ? { alsoAccept: [100] } : {}),
      // a table cut off at the bottom: its last block, or any block reaching its last row, may be incomplete
      // (the last-listed block closed by a 一级 group starting below it: a cut below that group is none of its own)
      // (nor a label over its own line alone with its points column between it and the line's name: the points its own)
      ...(model.truncated && !wholeGroups && ((k === model.weightBlocks.length - 1 && !model.groups.some((g) => g.level === 1 && g.row > b.lastRow)) || b.lastRow >= lastLeafRow) && !(grid && ownLinePoints(grid, model, b, parts)) ? { bound: "atMost" as const } : {}),
    });
  });
  const budgetMain = model.budget?.items.find((it) => it.kind === "total" && it.weight) ?? null;
  const bw = budgetMain?.weight ?? null;
  if (model.budget?.labelWeight != null && model.budget.labelCell && bw && bw.cell !== model.budget.labelCell) {
    rollup({
      measure: "weight",
      level: "budget-label",
      label: "预算执行",
      total: termAt(model.budget.labelCell, model.budget.labelWeight),
      parts: [{ ...bw, label: "预算执行" }],
      reportAt: bw.cell,
    });
  }
  const tw = model.totals?.weight;
  if (tw && !model.truncated && model.indicators.length > 0) {
    const budgetPart: RelationTerm[] = bw ? [{ ...bw, label: "预算执行" }] : [];
    // a scored line whose 分值 is not written on a page that lost its labels (a cell the page lost, not a blank the
    // sheet's author left: that one breaks the sum): its weight is at least its score and unknown above, so its score
    // stands in for it and only "more than stated" is sure (15 scored with no 分值, 55 + 20 + 10 stated: 100 is
    // possible, 58 + 20 + 10 + 15 = 103 is not)
    const weightless = relative || !model.labelsLost ? [] : filterPacked(model.indicators, (i) => counts(i) && i.weight === null && i.claimedScore !== null && i.claimedScore > 0 && hasCell(i, "scoreCell"));
    const parts = relative
      ? budgetPart.concat(mapPacked(filterPacked(level1, (g) => g.weight !== null), (g) => termAt(g.weightCell ?? g.cell, g.weight!, { label: g.name || g.label })))
      : leafWeightParts(budgetPart, leafWeights, weightless);
    const partOf = (g: GroupNode) => (relative ? (g.weight ?? 0) : leafWeightSum(g));
    const groupsText = model.groups.length
      ? [bw ? `预算执行 ${fmtN(bw.value)}` : null, ...model.groups.map((g) => `${g.name || g.label} ${fmtN(partOf(g))}`)].filter(Boolean).join(" + ")
      : undefined;
    // (the lines counted at their score say so: "未填分值的 1 行按其得分 15 计")
    const weightlessText = weightless.length ? `未填分值的 ${weightless.length} 行按其得分 ${fmtN(weightless.reduce((a, i) => a + i.claimedScore!, 0))} 计` : undefined;
    const partsText = [groupsText, weightlessText].filter(Boolean).join("；") || undefined;
    // a 加分项 / 扣分项 block outside the whole: the total may state the whole without it (100 under 95 + 5 of a bonus)
    const apart = relative
      ? level1.reduce((s, g) => s + (outsideTheWhole(g) && g.weight !== null ? g.weight : 0), 0)
      : outsideSum(model.indicators, outside, (i) => (i.weight !== null && hasCell(i, "weightCell") && counts(i) ? i.weight : null));
    if (parts.length) {
      rollup({
        measure: "weight",
        level: "total",
        label: "总分",
        total: tw,
        parts,
        ...(partsText ? { partsText } : {}),
        // a sheet cut above its header may hide the budget item's share of the total: with the header on the sheet, only
        // the budget line's weight (10 points, 20 in Hubei's layout: RULEBOOK A-V2), so the lines add up to the total or
        // to the total less that share (lines at 100 under a 101 are no hidden share); a page that lost its header (a
        // table's tail) or lines counted at their score: only "more than stated" is sure
        ...(weightless.length || (model.cutAbove && model.labelsLost)
          ? { bound: "atMost" as const }
          : model.cutAbove
            ? { alsoAccept: HIDDEN_BUDGET_WEIGHTS.map((w) => tw.value - w).concat(apart ? [tw.value + apart] : []) }
            : apart
              ? { alsoAccept: [tw.value + apart] }
              : {}),
      });
    }
  }

  // —— scores ——
  const ts = model.totals?.score;
  // a score whose value the file does not hold (formula without a cached result) makes the sum unknown
  const unknownScore = model.indicators.some((i) => i.claimedScore === null && i.scoreText?.startsWith("="));
  // no indicator row read (the excerpt stops at the header): the budget score alone is no sum of the 总分
  // a table cut off at the bottom: the rows not seen can add at most the weight not seen (of the stated 总分值, else
  // of 100 when the visible weights stay within it); without weights on every scored row nothing bounds them
  const scoredLeaf = (i: Indicator) => i.claimedScore !== null && hasCell(i, "scoreCell") && counts(i);
  let cutSlack: number | undefined;
  if (model.truncated && everyScoredLeafWeighted(model.indicators, scoredLeaf) && (!budgetMain?.score || bw)) {
    const seen = leafWeights.reduce((s, i) => s + i.weight!, bw?.value ?? 0);
    const slack = (tw?.value ?? 100) - seen;
    if (slack >= 0) cutSlack = slack;
  }
  if (ts && (!model.truncated || cutSlack !== undefined) && !unknownScore && model.indicators.length > 0) {
    // (one list, pushed into: no list of the scored leaves, of their terms and of both joined made on the way, each a
    // large object on a 40,000-row sheet)
    const scoredParts = new PackedList<RelationTerm>();
    if (budgetMain?.score) scoredParts.push({ ...budgetMain.score, label: "预算执行" });
    for (let k = 0, inds = model.indicators; k < inds.length; k++) if (scoredLeaf(inds[k])) scoredParts.push(scoreTerm(inds[k]));
    // (a score printed once for a group of lines, group-scores.ts: counted once, its lines not unscored)
    const grouped = model.groupScores ? new Set(model.groupScores.flatMap((g) => g.rows)) : null;
    for (const g of model.groupScores ?? []) scoredParts.push({ ...g.score, label: g.label });
    const parts = scoredParts.list();
    // a weighted row left unscored (missing-score's finding) leaves the sum short of the total: only "more" is sure
    const unscored = model.indicators.some((i) => counts(i) && i.weight !== null && i.claimedScore === null && !i.scoreText && !grouped?.has(i.row));
    const bound = model.cutAbove || unscored || cutSlack !== undefined ? { bound: "atMost" as const } : {};
    // (bonus points scored in a 加分项 block outside the whole: the 总分 may add them or not)
    const apart = outsideSum(model.indicators, outside, (i) => (scoredLeaf(i) ? i.claimedScore : null));
    if (parts.length) rollup({ measure: "score", level: "total", label: "总分", total: ts, parts, ...bound, ...(cutSlack !== undefined ? { cutSlack } : {}), ...(apart ? { alsoAccept: [ts.value + apart] } : {}) });
  }
  groupScoreRollups(out, groups);
  subItemScoreRollups(out, model.indicators, subsOf);
  for (const st of model.subtotals) {
    if (!st.score) continue;
    const parts = mapPacked(
      filterPacked(
        rowsOf(st.rows).flatMap((r) => indicatorAt.get(r) ?? []),
        (i) => i.claimedScore !== null && hasCell(i, "scoreCell"),
      ),
      scoreTerm,
    );
    if (parts.length) rollup({ measure: "score", level: "subtotal", label: "小计", total: st.score, parts });
  }
  return out;
}
