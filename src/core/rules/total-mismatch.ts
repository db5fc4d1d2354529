import type { Relation, RelationTerm } from "../model/types";
import { brokenOutcome, evaluateRelation, RelationOutcome, sumAgrees } from "../relations";
import { relationMessage, relationMessages } from "../relations/messages";
import { brokenThroughParts } from "../relations/root-cause";
import type { Grid } from "../grid/grid";
import { EXEC_RATE_NAME, SCALED_MONEY_UNIT } from "../recognise/vocabulary";
import { amountColumnName } from "../recognise/amount-column";
import { cutInsideParts, fallsShort } from "./cut-evidence";
import { DistinctCells, FindingDraft, Rule, Severity } from "./types";

type Checked = { r: Relation & { kind: "sum" | "rollup" | "difference" | "weighted" }; o: RelationOutcome };

/** The stated cell of an amount/score relation. */
const statedOf = (r: Checked["r"]) => (r.kind === "difference" ? r.result : r.total);

/** A part the sheet left blank, counted as 0 (a 其中 line unfilled in one column: "（未填）"). */
const blankTerm = (t: { text: string; value: number }) => t.text === "" && t.value === 0;

/** Decimals a term shows: its format's, else its text's ("129.05" → 2). */
const shownDecimals = (t: { decimals: number | null; text: string }) => t.decimals ?? /\.(\d+)$/.exec(t.text)?.[1].length ?? 0;

/**
 * The year a column's header names ("2022年決算數" → 2022): the nearest cell above `row` in the column that names a year.
 */
function columnYear(grid: Grid, row: number, col: number): number | null {
  for (let r = row - 1; r >= 1 && r >= row - 40; r--) {
    const m = /((?:19|20)\d{2})\s*年/.exec(grid.compactText(r, col));
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * Evidence that a broken sum is no contradiction the sheet proves, so it is told as info:
 * - "blank": every part is a 其中 line left blank in this column (the breakdown is only not filled in) while the total
 *   itself is already questioned by its broken 执行率 (the executed amount is that slip's, reported there);
 * - "prior-year": an amount column headed with an earlier year than a sibling column whose same total adds up, with
 *   blank cells on part rows the sibling fills and a total above the listed parts: the list is the current year's,
 *   last year's lines that ended are not on it (a 基础数据表's 上年决算数 column);
 * - "residue": an amount total off its parts by one unit of its last shown decimal, shown to 0.01 or finer (1020.02 against 1020.03 over
 *   thirteen amounts kept in 元 and shown in 万元): the rounding residue of the parts, not a slip; or, every amount a whole
 *   number, by one unit of a money unit above the 元 the sheet states for the table or the column (单位:新台币千元: 4,726,881
 *   against six parts adding up to 4,726,880), on a total of 10,000 units and more (RESIDUE_SHARE): each amount rounded
 *   to the 千元 on its own, the same residue;
 * - "rounding": an amount total shown with decimals, off its parts by no more than the halves of the last digits its terms
 *   show (withinRounding).
 */
function weakEvidence(b: Checked, all: Relation[], brokenRates: Set<string>, grid: Grid): boolean {
  const r = b.r;
  if (r.kind !== "sum" || r.measure !== "amount") return false;
  const total = r.total;
  const computed = b.o.computed;
  if (computed === null) return false;
  if (r.parts.length > 0 && r.parts.every(blankTerm)) return brokenRates.has(total.cell);
  const d = Math.max(shownDecimals(total), ...r.parts.map(shownDecimals));
  if (d >= 2 && r.parts.length >= 3 && Math.abs(computed - total.value) <= 10 ** -d + 1e-9) return true;
  const off = Math.abs(computed - total.value);
  if (r.parts.length >= 2 && (withinRounding(total, r.parts, off) || yiResidue(total, r.parts, off))) return true;
  if (d === 0 && r.parts.length >= 3 && off <= 1 + 1e-9 && off <= Math.abs(total.value) * RESIDUE_SHARE && scaledMoneyUnit(grid, total.row, total.col)) return true;
  if (r.orientation === "rows" && computed < total.value) {
    const year = columnYear(grid, total.row, total.col);
    if (year === null) return false;
    const rows = new Set(r.parts.map((p) => p.row));
    for (const s of all) {
      if (s.kind !== "sum" || s === r || s.measure !== "amount" || s.total.row !== total.row || s.total.col === total.col) continue;
      const y = columnYear(grid, s.total.row, s.total.col);
      if (y === null || y <= year || !evaluateRelation(s).ok) continue;
      if (s.parts.some((p) => !rows.has(p.row) && p.text !== "" && grid.text(p.row, total.col) === "")) return true;
    }
  }
  return false;
}

/**
 * (lead, session 52) An amount total within the rounding its terms show: the total and each part shown with decimals taken
 * as rounded to their last digit, each up to half a unit of it off the amount it stands for, so a total off its parts' sum
 * by no more than those halves together and by less than a unit of its own last digit (19.62亿 over 10.22 + 2.66 + 6.65 +
 * 0.0849 = 19.6149) may be the rounding of the exact amounts, not a slip — the corpus's truths hold such totals defensible,
 * never required (a slip is one the shown precision cannot hold). A whole number is not taken as rounded: a part beside
 * terms shown with decimals (89.97 over 30 + 30 + 29.99: the 30s are 30.00, the 0.02 past 29.99's and 89.97's halves), or
 * the total (a 合计 of 4 over 2.5 + 2 is a slip; 173亿 over 33.7 + 119.7 + 19.7 stays flagged, a truth's 'acceptable').
 * Terms in one unit.
 */
function withinRounding(total: RelationTerm, parts: readonly RelationTerm[], off: number): boolean {
  if (parts.some((p) => (p.unit ?? null) !== (total.unit ?? null))) return false;
  let halves = 0;
  for (const p of parts) {
    const pd = shownDecimals(p);
    if (pd >= 1) halves += 0.5 * 10 ** -pd;
  }
  const d = shownDecimals(total);
  if (d < 1) return false;
  halves += 0.5 * 10 ** -d;
  // (and less than a unit of the total's last digit: many parts' halves add up past what any list's rounding leaves)
  return off <= halves + 1e-9 && off < 10 ** -d - 1e-9;
}

/**
 * (scan58) Amounts written in 亿 (億), each figure the rounding of books kept in 万元 or 元 to its last digit shown: a total
 * off its parts by one unit of that digit is their rounding's residue with two parts as with three ('直达资金总额62.33亿元。
 * 其中:中央…48.67亿元,…地方…13.65亿元' — 62.32 —: 48.674 + 13.654 = 62.328 rounds so). Every term written in 亿 and shown to
 * the same decimals, one at least; two units off, or a term in 万元 beside them, is not.
 * (scan61) Whole 亿 as well, on a total of four digits and more (YI_WHOLE_MIN): '各級政府自償性債務合計4,330億元,其中中央政府
 * 2,178億元,地方政府共計2,151億元' — 4,329 —, each a debt kept to the 元 and shown to the 亿 on its own (2,178.4 + 2,151.4 =
 * 4,329.8 rounds so). A small whole total ('计划投资50亿元', '合计12亿元' over 5 + 6) is a round figure, set as printed: a unit
 * off there is a slip.
 */
function yiResidue(total: RelationTerm, parts: readonly RelationTerm[], off: number): boolean {
  const d = shownDecimals(total);
  if (off > 10 ** -d + 1e-9) return false;
  if (d < 1 && Math.abs(total.value) < YI_WHOLE_MIN) return false;
  if (!YI.test(total.text)) return false;
  for (const p of parts) if (!YI.test(p.text) || shownDecimals(p) !== d) return false;
  return true;
}
const YI = /\d[亿億]/;
/** The fewest whole 亿 of a total read as the rounding of its parts (four digits: one 亿 is at most 0.1% of it). */
const YI_WHOLE_MIN = 1000;

/**
 * A whole-unit residue is the rounding's only on a total of this many units and more (one unit in 10,000 at most: 4,726,881
 * 千元); a small allocation's whole amounts (10, 8, 3 万元) are set as they are, a unit off there is a slip.
 */
const RESIDUE_SHARE = 1e-4;

/** Lines above a total searched for the money unit its table or column states. */
const UNIT_LINES = 40;

/**
 * A money unit above the 元 stated over the total at (row, col): in its column's head ("金额(万元)") or in a line of its
 * own above the table ("单位:新台币千元", on the title's line or under it). Only the cells above the total are read.
 */
function scaledMoneyUnit(grid: Grid, row: number, col: number): boolean {
  for (let r = row - 1; r >= 1 && r >= row - UNIT_LINES; r--) {
    if (SCALED_MONEY_UNIT.test(grid.compactText(r, col))) return true;
    for (let c = 1; c <= grid.scanCols; c++) if (c !== col && grid.ownsCell(r, c) && SCALED_MONEY_UNIT.test(grid.compactText(r, c)) && /单位/.test(grid.compactText(r, c))) return true;
  }
  return false;
}

/**
 * A difference (结余 = 到位 − 支出) broken only through an operand that is itself a broken total: with that total at
 * the value its own parts give, the difference holds (到位 170 stated over its parts 170 + 9.6 = 179.6, and 结余 0 =
 * 179.6 − 179.6). One slip: the total is reported; the difference only repeats it, so it is told as info. Each
 * broken operand, alone or with the others, is tried at its parts' value (a second slip in 支出 leaves the first one's
 * consequence a consequence).
 */
function throughBrokenOperand(b: Checked, fixedAt: Map<string, number>): boolean {
  const r = b.r;
  if (r.kind !== "difference" || fixedAt.size === 0) return false;
  // the operands that are broken totals; any of them (one or several) at its parts' value may be the one slip
  const terms = [r.minuend, ...(r.addends ?? []), ...r.subtrahends, ...(r.alternatives ?? [])];
  const broken = [...new Set(terms.map((t) => t.cell))].filter((c) => c !== r.result.cell && fixedAt.has(c));
  if (broken.length === 0 || broken.length > 4) return false;
  for (let mask = 1; mask < 1 << broken.length; mask++) {
    const fix = new Set(broken.filter((_, k) => mask & (1 << k)));
    const at = <T extends { cell: string; value: number }>(t: T): T => (fix.has(t.cell) ? { ...t, value: fixedAt.get(t.cell)!, decimals: null } : t);
    const alternatives = r.alternatives?.map(at);
    const addends = r.addends?.map(at);
    if (evaluateRelation({ ...r, minuend: at(r.minuend), subtrahends: r.subtrahends.map(at), ...(alternatives ? { alternatives } : {}), ...(addends ? { addends } : {}) }).ok) return true;
  }
  return false;
}

/**
 * Another sum over the same lines adds up (实际到位 21.7 = 5 + 16.7 beside 计划安排 21.7 against 5 + 15.7): the list of
 * lines is complete, whatever follows the sheet's last row. (Exactly: a bound the lines stay under says nothing of
 * whether the list is complete.) Over the same lines and more: a column that leaves some lines blank (no 国家级 part for
 * the last places) is short of its 合计 on a list its sibling columns show complete.
 */
function parallelHolds(r: Relation, all: Relation[]): boolean {
  if (r.kind !== "sum") return false;
  const rows = new Set(r.parts.map((p) => p.row));
  return all.some((s) => {
    if (s === r || s.kind !== "sum" || s.orientation !== "rows" || s.total.row !== r.total.row) return false;
    const theirs = new Set(s.parts.map((p) => p.row));
    for (const row of rows) if (!theirs.has(row)) return false;
    return sumAgrees(s.total, s.parts).ok;
  });
}

/*
 * The loops over every relation are functions of their own, not blocks of the rule's check: a large sheet's loop
 * runs in code compiled for it alone, which the few broken relations' findings (built below, in shapes of their own)
 * do not throw away when they meet a shape the loop never did.
 */

/** The numerator and denominator cells of every 执行率 that does not hold. */
function brokenExecRateCells(relations: Relation[], denominator: "initial" | "adjusted"): Set<string> {
  const cells = new Set<string>();
  for (let ri = 0; ri < relations.length; ri++) {
    const r = relations[ri];
    if (r.kind !== "ratio" || !EXEC_RATE_NAME.test(r.name)) continue;
    if (evaluateRelation(r, { denominator }).ok) continue;
    cells.add(r.numerator.cell).add(r.denominator.cell);
  }
  return cells;
}

/** Every sum, difference and score rollup that does not hold, with its outcome (weights: weight-sum-mismatch). */
function brokenTotals(relations: Relation[]): Checked[] {
  const broken: Checked[] = [];
  // (the weighted lines' totals, gathered where a broken sum may be over them: null until then, empty where none)
  let weighted: Set<string> | null = null;
  // (an index, no iterator: this runs for every relation, also before the loop is optimised)
  for (let ri = 0; ri < relations.length; ri++) {
    const r = relations[ri];
    if (r.kind === "ratio" || r.kind === "grade" || r.kind === "product" || r.kind === "rank") continue;
    if (r.kind === "rollup" && r.measure !== "score") continue;
    const o = brokenOutcome(r);
    if (o === null) continue;
    if ((r.kind === "sum" || r.kind === "rollup") && r.parts.length >= 4) {
      if (weighted === null) {
        weighted = new Set<string>();
        for (let k = 0; k < relations.length; k++) if (relations[k].kind === "weighted") weighted.add((relations[k] as Relation & { kind: "weighted" }).total.cell);
      }
      if (weighted.size && countsParentTwice(r, weighted)) continue;
    }
    broken.push({ r, o });
  }
  return broken;
}

/**
 * A weighted evaluation's closing sum down its 加权得分 column whose lines hold a parent and the lines under it that make
 * it up (项目决策 20% × 90 = 18.00 over 项目立项 9.00 and 绩效目标 9.00, one column, no level column to tell them): the
 * stated total is the sum without the parents — the reading counted them twice, the sheet did not. Only where every part
 * is a weighted line's total (each line's 权重 × 评价分值 read and holding: a weighted evaluation, whose parents' shares
 * are their parts' — plain points of 10 and 20 fall into such sums by chance: hb 服务业 G19, 20 = 10 + 10, a real slip)
 * and the parts, the parents left out, agree with the total; read only for a broken sum.
 */
function countsParentTwice(r: Relation & { kind: "sum" | "rollup" }, weighted: Set<string>): boolean {
  const parts = r.parts;
  for (let k = 0; k < parts.length; k++) if (!weighted.has(parts[k].cell)) return false;
  for (let k = 1; k < parts.length; k++) if (parts[k].col !== parts[0].col || parts[k].row <= parts[k - 1].row) return false;
  const kept: typeof parts = [];
  let parents = 0;
  for (let k = 0; k < parts.length; k++) {
    let sum = 0;
    let j = k + 1;
    while (j < parts.length && sum < parts[k].value - 1e-9) sum += parts[j++].value;
    if (j - k - 1 >= 2 && parts[k].value > 0 && sumAgrees(parts[k], parts.slice(k + 1, j)).ok) parents++;
    else kept.push(parts[k]);
  }
  return parents > 0 && sumAgrees(r.total, kept).ok;
}

/** Each amount that differs from its count × rate; where the count was left blank, the finding is at the blank count. */
function productFindings(relations: Relation[], out: FindingDraft[]): void {
  for (let ri = 0; ri < relations.length; ri++) {
    const r = relations[ri];
    if (r.kind !== "product") continue;
    const o = evaluateRelation(r);
    if (o.ok) continue;
    const count = r.factors[0];
    const cell = count.text === "" && count.value === 0 ? count.cell : r.result.cell;
    // (factors read from one cell, per-item-points.ts's count and points each: that cell once)
    const related = [...new Set([r.result.cell, ...r.factors.map((f) => f.cell)])].filter((c) => c !== cell);
    out.push({ cell, related, ...relationMessage(r, o) });
  }
}

/**
 * The broken sums of a cell stated by two breakdowns (its line's and its column's, relations/index.ts otherBreakdown)
 * whose other sum there holds with a part that is itself a broken total: the corner agrees with a column that carries the
 * slip of one of its lines (1.5 for 1.3 in the 合计 column: the 合计 line's cell is the column's 19.7, its line's parts
 * 19.5). That slip is the finding, at its own cell.
 */
function twinBrokenThroughOther(relations: readonly Relation[], broken: readonly Checked[]): Checked["r"][] {
  const at = new Map<string, Checked["r"][]>();
  for (const b of broken) if (b.r.kind === "sum") at.set(b.r.total.cell, [...(at.get(b.r.total.cell) ?? []), b.r]);
  if (!at.size) return [];
  const out: Checked["r"][] = [];
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i];
    if (r.kind !== "sum") continue;
    const twins = at.get(r.total.cell);
    // (prose51: a part at the sum's own cell — a sentence stating its whole and its parts, several sums in one cell — is no
    // broken total among its parts: the cell holds no second breakdown of the same figure)
    if (!twins || twins.includes(r) || !r.parts.some((p) => p.cell !== r.total.cell && at.has(p.cell)) || !evaluateRelation(r).ok) continue;
    out.push(...twins);
  }
  return out;
}

/** A total the model already bounds by what its cut-off rows can add (their weights): broken even so, the cut explains nothing. */
const cutBounded = (r: Relation) => r.kind === "rollup" && r.bound === "atMost" && r.cutSlack !== undefined;

export const totalMismatch: Rule = {
  meta: {
    id: "total-mismatch",
    severity: "error",
    families: "all",
    title: { zh: "合计与明细不符", en: "Total differs from its parts" },
    rationale: {
      zh: "表中的合计——总分、上级得分、年度资金总额（= 财政拨款 + 上年结转 + 其他资金，或按中央/省/市/县分列）、结余（= 到位 − 支出）、支出明细合计、考核得分合计——须等于其各项之和，按显示精度比较；按标准计算的金额（补助资金 = 人数 × 补助标准（元/人），表头写明各列及单位、且多数行相符时）须等于数量乘以标准；按系数折算的分值（折算计分办法写明“4×实达标数”，旁列写明标准：分值 = 4 × 标准，系数按其小数位四舍五入）须等于系数乘以标准；表头写明各部分权重（合计 100%）的总分、综合得分（系统考核得分（占40%）| 现场考核得分（占40%）| 履职考核得分（占20%）| 总分）须等于各部分得分乘以其权重之和，允许各部分得分自身的舍入乘以其权重；结余等差额仅因其所用的合计本身与明细不符而不符（按明细合计即相符）时，是同一处差错的重复，仅作提示。",
      en: "A stated total — the 总分 score, a group's score, a fund total (年度资金总额 = 财政拨款 + 上年结转 + 其他, or by government level), a balance (结余 = 到位 − 支出), an expense list's 合计, a 考核 tally — must equal its parts at the shown precision; an amount computed at a stated rate (补助资金 = 人数 × 补助标准 (元/人), where the headers name the columns and their units and most lines agree) must equal count × rate; a line's points at a rate per unit of its 标准 (折算计分办法 '4×实达标数': 分值 = 4 × 标准, a rate with decimals as rounded) must equal rate × 标准. A line's 总分 / 综合得分 whose parts' heads state their shares (adding up to 100%: 系统考核得分 (占40%) | 现场考核得分 (占40%) | 履职考核得分 (占20%) | 总分) must equal Σ share × part, each part's own rounding times its share allowed. A difference broken only through an operand that is itself a broken total (it holds with that total at its parts' sum) repeats that slip: info.",
    },
    source: "RULEBOOK S-TOTAL (PK-GRADE), A-V11/V-FUND-SUM (CZ), V-GOAL-FUNDS (AA), F-SUM (SEED004), B-CARRY",
    messages: relationMessages(["scoreTotal", "scoreTotalCut", "scoreGroup", "scoreSubItem", "scoreSubtotal", "scoreParts", "sum", "sumBlank", "sumAtMost", "sumRunning", "difference", "product", "productBlank", "weighted"]),
  },
  check({ model, profile, grid }) {
    const out: FindingDraft[] = [];
    // the totals a broken 执行率 already questions (its numerator or denominator)
    const brokenRates = brokenExecRateCells(model.relations, profile.budget.denominator === "initial" ? "initial" : "adjusted");
    const broken = brokenTotals(model.relations);
    // an amount against its count × rate, line by line (the recogniser builds it only where most lines agree)
    productFindings(model.relations, out);
    // one slip, one finding: a total broken only through a broken subtotal among its parts is not reported again
    const through = brokenThroughParts(broken);
    // nor a cell that is the sum of two breakdowns broken in one where the other holds through a broken total among its
    // parts (a 合计 line's cell under a 合计 column, its column carrying one line's slip in that column: that slip)
    for (const r of twinBrokenThroughOther(model.relations, broken)) through.add(r);
    // the value each broken sum's parts give its stated total (the operand a difference is checked with)
    const fixedAt = new Map<string, number>();
    for (const b of broken) if (b.r.kind === "sum" && b.o.computed !== null) fixedAt.set(b.r.total.cell, b.o.computed);
    // the sheet stops inside the rows the parts run down and they fall short of the total: the rest may lie past the
    // cut. Sums and the table's total only: a group's 得分 against its lines is checked as ever (its merged cell spans
    // the lines it scores, the group closes where its merge does)
    const cutShort = (b: Checked) =>
      (b.r.kind === "sum" || (b.r.kind === "rollup" && b.r.level === "total" && !cutBounded(b.r))) &&
      cutInsideParts(grid, model, b.r) &&
      fallsShort(b.r, b.o.computed) &&
      !parallelHolds(b.r, model.relations);
    const byGroup = new Map<string, Checked[]>();
    for (const b of broken) {
      if (through.has(b.r)) continue;
      // a total row left unfilled (0 in every column against its parts) is one slip, reported once at the row's
      // preferred cell; a stated number that disagrees is its own slip, reported at its cell
      // (prose51: the sums a sentence states in one cell — its whole and parts all in that cell — over parts of the same names,
      // one finding: the same facts printed twice, a second group's, are one slip to read there)
      const key = (b.r.kind === "sum" && b.r.group && !statedOf(b.r).value && `${b.r.group}:unfilled`) || (b.r.kind === "sum" && b.r.parts.length && b.r.parts.every((p) => p.cell === statedOf(b.r).cell) ? `prose:${statedOf(b.r).cell}:${b.r.measure}:${b.r.parts.map((p) => p.label ?? "").join("|")}` : b.r.id);
      const list = byGroup.get(key);
      if (list) list.push(b);
      else byGroup.set(key, [b]);
    }
    for (const list of byGroup.values()) {
      const main = list.find((b) => b.r.kind === "sum" && b.r.preferred) ?? list[0];
      // a sum down an amount column names the column its header gives (全年执行数栏：年度资金总额 …)
      // (a cell broken as the sum of two breakdowns, across and down, is one cell that disagrees: counted once)
      const mainCell = statedOf(main.r).cell;
      let others = 0;
      for (let k = 0; k < list.length; k++) if (statedOf(list[k].r).cell !== mainCell) others++;
      const msg = relationMessage(main.r, main.o, others, main.r.kind === "sum" ? amountColumnName(grid, main.r) : null);
      const cell = main.r.reportAt ?? statedOf(main.r).cell;
      // the other totals' cells, every part's, the cells the totals bring along: each once, in that order, the finding's
      // own cell aside (one pass, by index: the 总分's parts are every row's cell, no intermediate list of them made)
      const related = new DistinctCells(cell);
      for (let k = 0; k < list.length; k++) if (list[k] !== main) related.add(statedOf(list[k].r).cell);
      for (let k = 0; k < list.length; k++) for (let j = 0, from = list[k].o.from; j < from.length; j++) related.add(from[j].cell);
      for (let k = 0; k < list.length; k++) for (let j = 0, follow = list[k].r.follow ?? []; j < follow.length; j++) related.add(follow[j]);
      const severity: Severity | undefined = list.every((b) => b.r.assumed || weakEvidence(b, model.relations, brokenRates, grid) || throughBrokenOperand(b, fixedAt) || cutShort(b)) ? "info" : undefined;
      out.push({ cell, related: related.list, ...(severity ? { severity } : {}), ...msg });
    }
    return out;
  },
};
