import type { Grid } from "../grid/grid";
import type { EvaluationModel, GroupNode, NumberRef, Relation } from "../model/types";
import { tableCutOff } from "../recognise/cut-row";
import { TARGET_DIMENSIONS, WEIGHT_SHARE_HEAD } from "../recognise/vocabulary";
import { parallelWeights } from "../recognise/parallel-weights";
import { brokenOutcome, evaluateRelation, relativeWeights, RelationOutcome } from "../relations";
import { relationMessage, relationMessages } from "../relations/messages";
import { brokenThroughParts } from "../relations/root-cause";
import { outsideRows, outsideTheWholeLabel } from "../relations/outside-the-whole";
import { compact } from "../text/normalize";
import { cutInsideParts, fallsShort, firstGroupRollup, groupsOutOfOrder, level1WeightRollup, mayBeRelative, startsMidSequence } from "./cut-evidence";
import { DistinctCells, FindingDraft, Rule } from "./types";
import { agreesTyped, exceedsTyped } from "../relations/tolerance";

/** A noted category ("产出指标50分") matches a group label by its core word (产出 / 效益 / 满意度). */
function notedMatches(noted: string, group: GroupNode): boolean {
  const core = (s: string) => compact(s).replace(/(指标|类|的)$/g, "").replace(/^(服务对象|社会公众或服务对象)/, "");
  const a = core(noted);
  const b = core(group.name);
  return !!a && !!b && (a === b || b.includes(a) || a.includes(b));
}

export const weightSumMismatch: Rule = {
  meta: {
    id: "weight-sum-mismatch",
    severity: "error",
    families: "all",
    title: { zh: "分值合计不符", en: "Weights do not add up" },
    rationale: {
      zh: "下级指标分值之和须等于上级（一级/二级、分块标注、表内注明及总分栏）的分值；项目支出绩效自评表未注明总分时，各分块分值之和不得超过满分 100。",
      en: "Child weights must add up to the parent/category weight stated in its label, the block label, the table's own notes and the 总分 row; where a project self-evaluation form prints no total, its blocks may not add up to more than its 100.",
    },
    source: "RULEBOOK V-W-LEVEL, V-W-TOTAL, A-V1, A-V2, B-V1, §2.4.4 (PK-JS weightCheckNew; seed 002; HG)",
    messages: {
      ...relationMessages(["weightGroup", "weightGroupRelative", "weightBlock", "weightSubItem", "weightSubtotal", "weightBudgetLabel", "weightItemLabel", "weightTotal", "sharesFixed", "sharesWhole"]),
      unstatedTotal: {
        zh: "各指标分值合计 {{sum}}，既非 100 也非不含预算执行的 90（表中未注明总分，请核对）",
        en: "The weights add up to {{sum}}, neither 100 nor the 90 left beside budget execution (the sheet states no total)",
      },
      blocksOverWhole: {
        zh: "各分块分值合计 {{sum}}（{{parts}}），超过项目支出绩效自评表的满分 100（表中未注明总分，请核对）",
        en: "The blocks' points add up to {{sum}} ({{parts}}), more than the 100 of a project self-evaluation form (the sheet states no total)",
      },
      notedCategory: {
        zh: "{{name}}分值为 {{weight}}，但表内注明{{noted}}统一设置为 {{notedWeight}} 分",
        en: "{{name}} is weighted {{weight}} although the table's note fixes {{noted}} at {{notedWeight}}",
      },
      notedBudget: {
        zh: "预算执行率分值为 {{weight}}，但表内注明统一设置为 {{notedWeight}} 分",
        en: "Budget execution is weighted {{weight}} although the note fixes it at {{notedWeight}}",
      },
    },
  },
  check({ grid, model, scores }) {
    const out: FindingDraft[] = [];
    // the weight rollups of the tree (三级 → 二级 → 一级 → 总分, sub-items, 小计, block labels, the budget label)
    const broken: { r: Relation & { kind: "rollup" }; o: RelationOutcome }[] = [];
    // (an index, no iterator: this runs for every relation, also before the loop is optimised)
    for (let ri = 0, rels = model.relations; ri < rels.length; ri++) {
      const r = rels[ri];
      if (r.kind !== "rollup" || r.measure !== "weight") continue;
      const o = brokenOutcome(r);
      if (o !== null && !sharesOfPoints(r) && !weighsScores(r, model.relations) && !cappedGroup(grid, model, r, o)) broken.push({ r, o });
    }
    // one slip, one finding: a 一级 broken only through a broken 二级 among its parts is reported at the 二级 alone
    const through = brokenThroughParts(broken);
    const restated = sameStatedTwice(broken);
    const byLines = brokenThroughLineProducts(model.relations, broken);
    for (const { r, o } of broken) {
      if (through.has(r) || restated.has(r) || byLines.has(r)) continue;
      const msg = relationMessage(r, o);
      const cell = r.reportAt ?? r.total.cell;
      // (each cell once, in order, the finding's own aside: one pass over the parts, no list of them made first)
      const related = new DistinctCells(cell);
      if (labelOnItsLine(r)) related.add(r.total.cell);
      else for (let k = 0, parts = r.parts; k < parts.length; k++) related.add(parts[k].cell);
      for (const [inner, outer] of restated) if (outer === r && inner.kind === "rollup") related.add(inner.reportAt ?? inner.total.cell);
      // a line of the group whose 分值 cell shows the unit with its number lost ("分"): the sum is not known, a reminder
      const lost = r.level === "group" && lostWeight(grid, model, r.total.cell);
      // the sheet stops inside the group's rows and the parts fall short: the rest may lie past the cut, a reminder
      // (a table cut before a second 一级 group shows its layout may weigh each group's children out of 100)
      // (or groups numbered as blocks out of order, 五、 七、 二、 三、: the blocks not shown may hold the rest)
      const relative = level1WeightRollup(model, r) && mayBeRelative(grid, model);
      // (an item's label against its own 分值 cell: both on the line, no cut hides either)
      const cut =
        r.level !== "item-label" &&
        ((relative && o.computed !== null && agreesTyped(100, o.computed)) ||
        ((cutInsideParts(grid, model, r) || ((r.level === "total" || firstGroupRollup(model, r)) && startsMidSequence(grid, model)) || groupsOutOfOrder(model, r)) &&
          fallsShort(r, o.computed, relative ? [100] : [])));
      out.push({ cell, related: related.list, ...(lost || cut ? { severity: "info" as const } : {}), ...msg });
    }
    out.push(...unstatedTotal(grid, model, scores.budgetMain?.item.weight ?? null));
    out.push(...blocksOverWhole(model, scores.budgetMain?.item.weight ?? null, out));
    // the sheet's own notes fix category weights ("注:1.一级指标分值统一设置为:产出指标50分…")
    for (const nw of model.notedWeights) {
      // top-level groups only: a note fixes the 一级 categories
      const g = model.groups.find((x) => notedMatches(nw.name, x));
      if (g) {
        const w = g.weight ?? leafSum(g);
        if (!agreesTyped(nw.weight, w)) {
          out.push({
            cell: g.cell,
            related: [nw.cell],
            messageId: "notedCategory",
            data: { name: g.name || g.label, weight: w, noted: nw.name, notedWeight: nw.weight },
          });
        }
      } else if (/执行率|预算执行|资金执行/.test(nw.name) && scores.budgetMain?.item.weight) {
        const w = scores.budgetMain.item.weight;
        if (!agreesTyped(nw.weight, w)) {
          out.push({
            cell: w.cell,
            related: [nw.cell],
            messageId: "notedBudget",
            data: { weight: w.value, notedWeight: nw.weight },
          });
        }
      }
    }
    return out;
  },
};

/** A label's points against the 分值 cell on its own line (a budget line's label, an item's): no parts to list or to pair. */
function labelOnItsLine(r: Rollup): boolean {
  return r.level === "budget-label" || r.level === "item-label";
}

/**
 * One cause, one finding: two merged labels over the same rows that state the same points ('一、…(125分)' as 项目 and
 * '…(125分)' as 指标) make two rollups over the same parts, broken together. The inner one (the label further right) is
 * left out and named as a related cell of the outer one. Returns each left-out rollup with the one reported for it.
 */
type Rollup = Relation & { kind: "rollup" };
function sameStatedTwice(broken: { r: Rollup; o: RelationOutcome }[]): Map<Relation, Rollup> {
  const out = new Map<Relation, Rollup>();
  if (broken.length < 2) return out;
  const key = (r: Rollup) => r.total.value + "|" + r.parts.map((p) => p.cell).sort().join(",");
  const first = new Map<string, Rollup>();
  // the two state their points on one row: a rollup alone on its row's is none of a pair, and its key (every part's
  // address, sorted: the 总分's are every row's) is not made
  const onRow = new Map<number, number>();
  for (let k = 0; k < broken.length; k++) {
    const r = broken[k].r;
    if (!labelOnItsLine(r) && r.parts.length) onRow.set(r.total.row, (onRow.get(r.total.row) ?? 0) + 1);
  }
  // leftmost first: of two labels over the same rows, the one further left is the outer one
  const byColumn = [...broken].sort((a, b) => a.r.total.col - b.r.total.col || a.r.total.row - b.r.total.row);
  for (const { r } of byColumn) {
    if (labelOnItsLine(r) || !r.parts.length || onRow.get(r.total.row)! < 2) continue;
    const k = key(r);
    const outer = first.get(k);
    if (outer && outer.total.cell !== r.total.cell && outer.total.row === r.total.row) out.set(r, outer);
    else if (!outer) first.set(k, r);
  }
  return out;
}

/** The group stated at `cell` has a line whose 分值 cell holds text without a number ("分", "  分"): a number lost. */
function lostWeight(grid: Grid, model: EvaluationModel, cell: string): boolean {
  const col = model.columns.weight;
  if (col === undefined) return false;
  const find = (gs: GroupNode[]): GroupNode | null => {
    for (const g of gs) {
      if (g.weightCell === cell) return g;
      const c = find(g.children);
      if (c) return c;
    }
    return null;
  };
  const g = find(model.groups);
  const lines = g ? [...g.indicators, ...g.children.flatMap((c) => c.indicators)] : [];
  return lines.some((i) => i.weight === null && !i.notApplicable && /^分(值|数)?$/.test(compact(grid.text(i.row, col))));
}

/** Σ of a group's weighted children (level-2 groups with their own weight count with it). */
function leafSum(g: GroupNode): number {
  let s = 0;
  for (const i of g.indicators) if (i.weight !== null && i.childOfRow === null && !i.notApplicable) s += i.weight;
  for (const c of g.children) s += c.weight ?? leafSum(c);
  return Math.round(s * 100) / 100;
}

/** a group's line stating its points as a cap over its items: a bonus (加分, 附加, 奖励) or a ceiling (最高, 不超过, 封顶, 上限) */
const CAPPED_GROUP = /加分|附加|奖励|最高(?!扣)|不超过|封顶|上限|为限/;

/**
 * A group whose items add up to more than its points where its line says those points are a cap ('加分项(最高10分)' over
 * 国家表彰 10 | 省级表彰 5, '创新工作 | 10 | 本项最高10分'): the items are what may be earned, the group's points the most
 * counted — no slip. Items short of the cap are still a gap. Read only for a broken group's rollup, its line's cells once.
 */
function cappedGroup(grid: Grid, model: EvaluationModel, r: Relation & { kind: "rollup" }, o: RelationOutcome): boolean {
  if (r.level !== "group" || o.computed === null || o.computed <= o.stated) return false;
  if (CAPPED_GROUP.test(compact(r.total.label ?? "")) || CAPPED_GROUP.test(grid.compactText(r.total.row, r.total.col))) return true;
  // (the group's line of its own, no item on it: its other cells too — '三 | 创新工作 | 10 | 本项最高10分'; an item's rule
  // on the group's line is the item's)
  const row = r.total.row;
  if (model.indicators.some((i) => i.row === row)) return false;
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(row, c) && CAPPED_GROUP.test(grid.compactText(row, c))) return true;
  return false;
}

/** A 分值 cell marking a bonus or deduction line (加分, 扣分项, 附加分): points outside the table's 100. */
const BONUS_LINE = /^(加分|扣分|加分项|扣分项|附加分|加减分|另加分|另扣分)$/;

/** A list's weights adding up to more than 100 but less than this, with no total printed: a slip over the full 100. */
const UNSTATED_SLIP_ABOVE = 110;

/** The 一级 of the common evaluation framework (决策、过程、产出、效益; 投入、过程、产出、效果 in its older form), each one's label. */
const EVALUATION_DIMENSIONS = [/^(?:[一二三四五六七八九十]、|[A-Z]\.?)?(?:决策|投入)/, /^(?:[一二三四五六七八九十]、|[A-Z]\.?)?过程/, /^(?:[一二三四五六七八九十]、|[A-Z]\.?)?产出/, /^(?:[一二三四五六七八九十]、|[A-Z]\.?)?(?:效益|效果)/];

/**
 * A complete table with no stated total (no 总分 row, no block label) whose weights add up to neither 100 nor the 90
 * left beside the budget line (产出 + 效益 + 满意度 = 90, 预算执行 10): a weight typed wrong. Only where every
 * counted row is weighted, the three dimensions (or an evaluation's four 一级) are all there, each 一级 is one block and the table is not cut off in
 * a line (cut there, only a sum a little over 100: the lines past the cut only add); weights out of 100 within each group (relative) are not summed.
 */
function unstatedTotal(grid: Grid, model: EvaluationModel, budget: NumberRef | null): FindingDraft[] {
  if (model.totals?.weight || model.weightBlocks.length || !model.headerLastRow || model.columns.weight === undefined) return [];
  // a table cut off in a line: the lines past the cut only add weight, so only a sum already a little over 100 is sure;
  // as cut, a group whose stated points its lines fall short of where they run to the sheet's end (产出指标(50分) over
  // 42.5 at the last line: the page stops inside it)
  const cut = tableCutOff(grid, model) || groupCutShort(grid, model);
  // (a 加分项 / 扣分项 block, or a line with 加分 / 扣分 in its 分值 cell, is scored outside the whole: not counted, nor a gap)
  const outside = outsideRows(grid, model);
  const w = model.columns.weight;
  const rows = model.indicators.filter(
    (i) => i.childOfRow === null && !i.notApplicable && !outside.has(i.row) && !(i.weight === null && BONUS_LINE.test(compact(grid.text(i.row, w)))),
  );
  // (a list weighted once per assessment, several weight columns side by side: a blank cell leaves the item out of that
  // column's assessment, no missing weight — each column is summed on its own, parallel-weights.ts)
  const parallel = model.parallelWeightCols ?? [];
  // (a line with no weight under a group whose stated points its weighted lines already make, 生态效益指标 left blank
  // under 效益指标(30分) = 10 + 10 + 10: it holds no points, no weight is missing)
  const settled = parallel.length ? null : settledBlankLines(model);
  if (rows.length < 3 || (!parallel.length && rows.some((i) => i.weight === null && !settled!.has(i.row)))) return [];
  const level1 = model.groups.filter((g) => g.level === 1);
  // (a 一级 label met twice is a list of several projects' targets, or rows in no order: no one total)
  // (a label printed again right after itself, nothing new left of it, is its group going on over a page break: one
  // group; beside a new project's name it is that project's own)
  const newLeft = (g: GroupNode) => {
    for (let c = 1; c < g.col; c++) if (grid.ownsCell(g.row, c) && grid.text(g.row, c) !== "") return true;
    return false;
  };
  const names = level1.map((g) => compact(g.label)).filter((n, k, all) => k === 0 || n !== all[k - 1] || newLeft(level1[k]));
  if (relativeWeights(level1) || new Set(names).size !== names.length) return [];
  const labels = model.groups.map((g) => compact(g.label)).join("|");
  // the three target dimensions anywhere in the tree, or an evaluation's four 一级 (决策、过程、产出、效益: the common
  // framework of a 评价指标体系, whose weights make the whole 100)
  const dimensions = TARGET_DIMENSIONS.every((d) => d.names.test(labels)) || EVALUATION_DIMENSIONS.every((d) => names.some((n) => d.test(n)));
  // without the dimensions, a flat list (序号 | 考核指标 | 分值, each line its own 一级, or one 一级 over every line: each
  // line a part of one whole): only weights a little over the full 100 (a slip: 103, 107) are sure; a larger sum is a
  // table of another scale (120, 150 points), a smaller one may be cut. (Lines under several 一级 of other names,
  // 投入/管理/产出/效益, follow no framework that fixes their whole: no sum is asked of them.)
  const flat = level1.length <= 1 || level1.every((g) => g.children.length === 0 && g.indicators.length <= 1);
  // (or some of the framework's 一级 and nothing else, 决策 | 过程 | 产出: their whole is 100 at most, a sum a little
  // over it is as sure)
  const framework = names.length >= 2 && names.every((n) => EVALUATION_DIMENSIONS.some((d) => d.test(n)));
  // (or a weight column headed as shares, 权重: its lines are parts of a whole of 100 under any groups; a sum a little over
  // it is as sure — 社会保障 | 公共服务 | 生活水平 under 权重 adding up to 103)
  const shares = weightHeadNamesShares(grid, model, w);
  const out: FindingDraft[] = [];
  // the model's weight column (the budget line's weight with it), then each further one on its own
  const own = rows.flatMap((i) => (i.weight !== null ? [{ value: i.weight, cell: i.weightCell }] : []));
  const counted = new Set(rows.map((i) => i.row));
  const columns = [{ col: w, weights: own, base: budget?.value ?? 0 }, ...parallel.map((col) => ({ col, weights: parallelWeights(grid, model, col).filter((p) => counted.has(p.row)), base: 0 }))];
  for (const { col, weights, base } of columns) {
    if (weights.length < 3) continue;
    const sum = weights.reduce((s, p) => s + p.value, base);
    if ([90, 100].some((t) => agreesTyped(t, sum))) continue;
    // (a column with blank cells, items left out of its assessment, is as a cut one: only more than the whole is sure)
    const partial = weights.length < rows.length;
    if ((cut || partial) && !(exceedsTyped(sum, 100) && sum < UNSTATED_SLIP_ABOVE)) continue;
    if (!dimensions && !(exceedsTyped(sum, 100) && sum < UNSTATED_SLIP_ABOVE && (flat || framework || (shares && col === w)))) continue;
    out.push({ cell: grid.addr(model.headerLastRow, col), related: weights.flatMap((p) => (p.cell ? [p.cell] : [])), severity: "warning", messageId: "unstatedTotal", data: { sum: Math.round(sum * 100) / 100 } });
  }
  return out;
}

/** A group's weight its lines fall short of, the lines running to where the sheet stops (cutInsideParts). */
function groupCutShort(grid: Grid, model: EvaluationModel): boolean {
  for (const r of model.relations) {
    if (r.kind !== "rollup" || r.measure !== "weight" || r.level !== "group") continue;
    if (fallsShort(r, evaluateRelation(r).computed) && cutInsideParts(grid, model, r)) return true;
  }
  return false;
}

/** The weight column's head, on any line of the header, names shares of one whole (权重, 权重(%)): WEIGHT_SHARE_HEAD. */
function weightHeadNamesShares(grid: Grid, model: EvaluationModel, col: number): boolean {
  for (let r = model.headerRow ?? model.headerLastRow!; r <= model.headerLastRow!; r++) if (WEIGHT_SHARE_HEAD.test(grid.compactText(r, col))) return true;
  return false;
}

/** each relation list's weighted parts: their columns, each with the rows it spans (null: no weighted relation), read once */
const weightedPartsOf = new WeakMap<readonly Relation[], Map<number, [number, number]> | null>();

/**
 * A weight rollup over a column of weighted relations' parts (评价指标 | 权重(%) | 评价分值(百分制) | 加权得分: each line's
 * 加权得分 = 权重 × 评价分值, weighted-totals.ts): the 评价分值 are scores out of 100 that the 权重 weighs, no points under
 * it — '权重 20% over 评价分值 90' is no group whose items add up to its points (a line whose weighted total is itself
 * broken is in that column too: its share's slip is told once, as the shares' finding). Read only where the rollup is broken.
 */
function weighsScores(r: Relation & { kind: "rollup" }, rels: readonly Relation[]): boolean {
  let cols = weightedPartsOf.get(rels);
  if (cols === undefined) {
    cols = null;
    for (let i = 0; i < rels.length; i++) {
      const x = rels[i];
      if (x.kind !== "weighted") continue;
      cols ??= new Map<number, [number, number]>();
      for (const p of x.parts) {
        const span = cols.get(p.col);
        if (!span) cols.set(p.col, [p.row, p.row]);
        else {
          span[0] = Math.min(span[0], p.row);
          span[1] = Math.max(span[1], p.row);
        }
      }
    }
    weightedPartsOf.set(rels, cols);
  }
  if (cols === null) return false;
  return r.parts.some((p) => {
    const span = cols!.get(p.col);
    return !!span && p.row >= span[0] && p.row <= span[1];
  });
}

/** The whole of a 项目支出绩效自评表 (RULEBOOK A-V2, V-W-TOTAL: Σ leaf 分值 + budget 分值 = 100). */
const SELF_EVAL_WHOLE = 100;

/**
 * A project self-evaluation form's blocks, each stating its points in its label (预算执行情况 (20分), 年度绩效目标 (80分),
 * one label per goal), with no total printed: the form is a 100-point form by its family (RULEBOOK A-V2), so blocks adding
 * up to more than 100 cannot all stand — 20 + 98 = 118. Reported at the first block past the budget's, as a warning (the
 * 100 is the family's, not printed). Only more than the whole is sure: an excerpt cut before its last block, or a block
 * whose label lost its points, falls short without a slip; a form on another scale (per mille, 100 + 900) is at least
 * twice the whole; a bonus block (加分项) is outside the 100; a 部门整体 form or an indicator system fixes no such whole.
 * A block already reported against its own lines is the same slip: not reported twice.
 */
function blocksOverWhole(model: EvaluationModel, budget: NumberRef | null, reported: FindingDraft[]): FindingDraft[] {
  if (model.family !== "project-self-eval" || model.totals?.weight || !model.weightBlocks.length) return [];
  // (the outermost blocks only: a label over the whole table holds the goals' labels under it)
  const budgetPoints = model.budget?.labelWeight ?? budget?.value ?? null;
  const budgetCell = model.budget?.labelWeight != null ? model.budget.labelCell : (budget?.cell ?? null);
  // (the budget's own label read as a block too is the budget's term, counted once; two labels over the same rows, one block)
  const blocks = model.weightBlocks
    .filter(
      (b, k, all) =>
        b.cell !== budgetCell &&
        !outsideTheWholeLabel(b.label) &&
        !all.some((o, j) => o !== b && o.firstRow <= b.firstRow && o.lastRow >= b.lastRow && (o.firstRow < b.firstRow || o.lastRow > b.lastRow || j < k)),
    )
    .sort((a, b) => a.firstRow - b.firstRow);
  const terms = [
    ...(budgetPoints !== null && budgetCell ? [{ value: budgetPoints, cell: budgetCell, name: "预算执行" }] : []),
    ...blocks.map((b) => ({ value: b.weight, cell: b.cell, name: blockName(b.label) })),
  ];
  if (terms.length < 2 || !blocks.length) return [];
  const sum = Math.round(terms.reduce((a, t) => a + t.value, 0) * 100) / 100;
  if (!exceedsTyped(sum, SELF_EVAL_WHOLE) || sum >= 2 * SELF_EVAL_WHOLE) return [];
  // (the blocks down to one make the 100 exactly and the rest follow them: those are outside the whole, whatever their
  // labels call them (特色亮点 (5分) under 预算执行 20 + 年度绩效目标 80) — no block of the 100 is in doubt)
  let upTo = 0;
  for (let k = 0; k < terms.length - 1; k++) {
    upTo += terms[k].value;
    if (agreesTyped(upTo, SELF_EVAL_WHOLE)) return [];
  }
  if (reported.some((f) => terms.some((t) => t.cell === f.cell))) return [];
  const at = blocks[0].cell;
  return [
    {
      cell: at,
      related: terms.filter((t) => t.cell !== at).map((t) => t.cell),
      severity: "warning",
      messageId: "blocksOverWhole",
      data: { sum, parts: terms.map((t) => `${t.name} ${t.value}`).join(" + ") },
    },
  ];
}

/** A block label's name for a message: its first line up to its brackets or its points ("年度绩效目标\n98分)" → 年度绩效目标). */
function blockName(label: string): string {
  return compact(label.split(/\r?\n/)[0]).replace(BLOCK_NAME_END, "") || compact(label);
}
const BLOCK_NAME_END = /(\(.*|\d+(\.\d+)?分\)?)$/;

/**
 * Lines with no weight under a 一级 group stating its points, where the group's weighted lines add up to those points
 * exactly: the blank lines hold none of them (an unused line of the template).
 */
function settledBlankLines(model: EvaluationModel): Set<number> {
  const out = new Set<number>();
  const linesOf = (g: GroupNode, acc: EvaluationModel["indicators"]) => {
    for (const i of g.indicators) acc.push(i);
    for (const c of g.children) linesOf(c, acc);
    return acc;
  };
  for (const g of model.groups) {
    if (g.level !== 1 || g.weight === null) continue;
    const lines = linesOf(g, []).filter((i) => i.childOfRow === null && !i.notApplicable);
    const blank = lines.filter((i) => i.weight === null);
    const weighted = lines.filter((i) => i.weight !== null);
    if (!blank.length || !weighted.length) continue;
    const sum = weighted.reduce((a, i) => a + i.weight!, 0);
    if (agreesTyped(g.weight, sum)) for (const i of blank) out.add(i.row);
  }
  return out;
}

/**
 * One slip, one finding: the weight rollups that would hold if each line whose points break its own rate × 标准 (a
 * product of points, rate-points.ts, its rate written exactly) took the points the product gives — 一、生产发展 170 over
 * 61 + 70 + 20 + 20 where 61 should be 4 × 15 = 60: the line's finding (total-mismatch) is the slip's, not the group's.
 */
function brokenThroughLineProducts(relations: readonly Relation[], broken: { r: Relation & { kind: "rollup" } }[]): Set<Relation> {
  const out = new Set<Relation>();
  let fixed: Map<string, number> | null = null;
  // (by index: every relation of a long table, an iterator's result each where the loop is not yet optimised)
  for (let k = 0; k < relations.length; k++) {
    const r = relations[k];
    if (r.kind !== "product" || r.measure !== "weight" || r.rateDecimals !== undefined) continue;
    const o = evaluateRelation(r);
    if (!o.ok && o.computed !== null) (fixed ??= new Map()).set(r.result.cell, o.computed);
  }
  if (!fixed) return out;
  for (const { r } of broken) {
    let changed = false;
    const parts = r.parts.map((p) => {
      const v = fixed!.get(p.cell);
      if (v === undefined) return p;
      changed = true;
      return { ...p, value: v, decimals: null };
    });
    if (changed && evaluateRelation({ ...r, parts }).ok) out.add(r);
  }
  return out;
}

/**
 * Parts written as shares of 1 (权重 0.1, 0.08 …) under a total written in points out of 100 ("经济发展(30分)", 30): the
 * same weights in two notations, consistent where the shares add up to the points over 100 (0.1 + 0.08 + 0.12 = 0.3
 * against 30), not a broken sum.
 */
function sharesOfPoints(r: Relation & { kind: "rollup" }): boolean {
  if (r.total.value <= 1 || !r.parts.length) return false;
  let sum = 0;
  for (const p of r.parts) {
    if (p.value < 0 || p.value > 1) return false;
    sum += p.value;
  }
  return agreesTyped(r.total, sum * 100);
}
