import type { Grid } from "../grid/grid";
import { a1 } from "../grid/a1";
import type { AmountUnit, BudgetBlock, BudgetItem, BudgetRole, NumberRef, Relation, RelationTerm, SumRelation } from "../model/types";
import { compact } from "../text/normalize";
import { weightInLabel } from "../text/labels";
import { parseValue } from "../text/quantity";
import { amountRole } from "./blocks";
import { amountAt, columnCopiesLeft, copiesLeft, firstTextCol, numberAt, numberOrPointsAt, pointsAt } from "./cells";
import { budgetAdjustmentOnly, budgetRole } from "./headers";
import { listLevel } from "./numbered-funds";
import { unitTerm } from "../relations/terms";
import { BUDGET_RATE_BESIDE_AMOUNTS, BUDGET_RULE_OPERATION, BUDGET_RULE_SUBJECT, CLOSING_TOTAL, FORECAST_EXECUTED_HEADER, FUND_PART_LABEL, FUND_TOTAL_LABEL, FUND_YEAR_LABEL, grantAccountLine, NOT_A_FUND_LABEL, nestedPart, NUMBERING_HEADER, PART_OF_PREFIX, REASON_BELOW_RATE, SCAN, SIGN_OFF_LABEL, TOTAL_LINE, UNIT_WAN, UNIT_YUAN, YEAR_COLUMN } from "./vocabulary";
import { addsUp } from "../relations/tolerance";
import { TextFact, textFacts } from "./text-facts";

const AMOUNT_ROLES: BudgetRole[] = ["initial", "adjusted", "executed", "rate"];

function headerRoles(grid: Grid, row: number, skipCol: number): Map<BudgetRole, number> {
  const roles = new Map<BudgetRole, number>();
  for (let c = 1; c <= grid.scanCols; c++) {
    if (c === skipCol || grid.anchorCol(row, c) !== c) continue;
    const role = budgetRole(grid.text(row, c));
    if (role && !roles.has(role)) roles.set(role, c);
    // (the year's change to the budget, 调整预算数, before the budget after it, 调整后预算数: the rate's budget is the latter)
    else if (role === "adjusted" && budgetAdjustmentOnly(grid.text(row, roles.get(role)!)) && !budgetAdjustmentOnly(grid.text(row, c))) roles.set(role, c);
  }
  // a ratio word (完成率) is the execution rate in a line that names the budget and what was executed of it
  if (!roles.has("rate") && roles.has("executed") && (roles.has("adjusted") || roles.has("initial")))
    for (let c = roles.get("executed")! + 1; c <= grid.scanCols; c++)
      if (c !== skipCol && grid.anchorCol(row, c) === c && BUDGET_RATE_BESIDE_AMOUNTS.test(grid.compactText(row, c))) {
        roles.set("rate", c);
        break;
      }
  return roles;
}

/** The column whose cells below a header row read like fund labels (年度资金总额, 其中:财政拨款…). */
function fundLabelColumn(grid: Grid, headerRow: number, lastRow: number): number {
  let labelCol = 0;
  let bestCount = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    let n = 0;
    for (let r = headerRow + 1; r <= Math.min(lastRow, headerRow + SCAN.budgetLabelRows); r++) {
      if (!grid.startsInRow(r, c)) continue;
      if (fundLabelKind(grid.text(r, c))) n++;
    }
    if (n > bestCount) {
      bestCount = n;
      labelCol = c;
    }
  }
  return labelCol;
}

/** the longest fund label read ("年度资金申请总额(万元):" and a slip of punctuation) */
const FUND_LABEL_MAX = 24;

/** a `|` outside every group and character class: the pattern has branches that the leading group does not start */
function topLevelAlternation(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) return true;
  }
  return false;
}

/**
 * The first characters a fund label can start with (those of FUND_TOTAL_LABEL's and FUND_PART_LABEL's words), read
 * from the two patterns themselves; null (no shortcut) if either does not open with a plain list of words.
 */
export const FUND_LABEL_FIRST: Set<number> | null = wordsFirstChars([FUND_TOTAL_LABEL, FUND_PART_LABEL], "盟旗镇事经");

/**
 * The first characters of a total's label alone (FUND_TOTAL_LABEL's words: 年度资金总额, 合计, 总计 …), the only label
 * fundLabelKind reads as "total"; null (no shortcut) as FUND_LABEL_FIRST.
 */
const FUND_TOTAL_FIRST: Set<number> | null = wordsFirstChars([FUND_TOTAL_LABEL], "");

/**
 * The first characters of the words the patterns open with (each a plain list of words, anchored: "^(甲|乙…)"), and
 * those of `more`; null if some pattern does not open so.
 */
function wordsFirstChars(res: RegExp[], more: string): Set<number> | null {
  // (more: the part words the amount vocabulary adds, fundLabelKind's last test: 盟/旗/镇 财政, 事业收入, 经营收入)
  const first = new Set<number>([...more].map((ch) => ch.charCodeAt(0)));
  for (const re of res) {
    const m = /^\^\(([^()[\]\\.*+?{}^$]+)\)/.exec(re.source);
    if (!m || re.flags.includes("i") || topLevelAlternation(re.source)) return null;
    for (const w of m[1].split("|")) {
      if (!w) return null;
      first.add(w.charCodeAt(0));
    }
  }
  return first;
}

/**
 * A compact text that cannot be a fund label: its first character starts none of the labels' words (the cheap test
 * most cells of a sheet fail before any pattern is run; never rejects a label fundLabelKind would read).
 */
const notFundLabelStart = (c: string): boolean => notStartOf(FUND_LABEL_FIRST, c);

/** `c`'s first character is none of `first` (wordsFirstChars; null proves nothing) */
const notStartOf = (first: Set<number> | null, c: string): boolean => first !== null && c.length > 0 && !first.has(c.charCodeAt(0));

/** (a module constant: a literal in a function makes a RegExp on every call) */
const OTHER_FUNDS = /^其它(资金)?$/;

/** What a label is in a fund list; `compacted`: the text is already compact (Grid.compactText). */
export function fundLabelKind(text: string, compacted = false): "total" | "part" | null {
  if (!text || text.length > FUND_LABEL_MAX * 2) return null;
  // a stray closing bracket with no opening one is a typing slip ("年度预算资金总额):")
  let c = compacted ? text : compact(text);
  if (c.length > FUND_LABEL_MAX || notFundLabelStart(c)) return null;
  if (c.endsWith(":") || c.endsWith("：")) c = c.slice(0, -1);
  if (c.endsWith(")") && !c.includes("(")) c = c.slice(0, -1);
  if (!c) return null;
  if (FUND_TOTAL_LABEL.test(c)) return "total";
  // "市级小计", "区(县、市)合计": a subtotal of its own rows, never a part of the total above it
  if (TOTAL_LINE.test(c)) return null;
  if (FUND_PART_LABEL.test(c)) return "part";
  // a level or source the amount vocabulary names ("区财政", "乡镇财政") and the catch-all "其它" (the 岳阳 自评报告
  // form: 其中:中央财政 / 省财政 / 市财政 / 区财政 / 其它)
  if (OTHER_FUNDS.test(c) || amountRole(c) === "part") return "part";
  return null;
}

/**
 * The budget-execution block (项目资金 / 预算执行情况 / 资金情况): its header row, the label column,
 * and one item per fund row (年度资金总额 and its 其中 rows). Searched above `beforeRow` (the indicator header).
 */
export function findBudgetBlock(grid: Grid, beforeRow: number | null): BudgetBlock | null {
  const last = Math.min(beforeRow ? beforeRow - 1 : grid.rowCount, SCAN.budgetHeaderRows);
  for (let r = 1; r <= last; r++) {
    // cheap test first: does the row read like a budget header at all?
    const any = headerRoles(grid, r, 0);
    if (AMOUNT_ROLES.filter((k) => any.has(k)).length < 2) continue;
    const labelCol = fundLabelColumn(grid, r, last);
    const roles = headerRoles(grid, r, labelCol);
    const amounts = AMOUNT_ROLES.filter((k) => roles.has(k));
    if (amounts.length < 2 || !(roles.has("executed") || roles.has("rate"))) continue;
    // no label column (Chongqing: the amounts sit on the row below the header): one total item
    const block = labelCol ? readBlock(grid, r, labelCol, roles, last) : readUnlabelledBlock(grid, r, roles);
    if (block && block.items.length > 0) return block;
  }
  return null;
}

function readBlock(
  grid: Grid,
  headerRow: number,
  labelCol: number,
  roles: Map<BudgetRole, number>,
  lastRow: number,
): BudgetBlock | null {
  const columns: Partial<Record<BudgetRole, number>> = { label: labelCol };
  for (const [k, c] of roles) columns[k] = c;

  const items: BudgetItem[] = [];
  let seenTotal = false;
  for (let r = headerRow + 1; r <= Math.min(lastRow, headerRow + SCAN.budgetItemRows); r++) {
    const label = grid.startsInRow(r, labelCol) ? grid.text(r, labelCol) : "";
    // (the form's signature lines under the block: 填表人 | 张三, 联系电话 | …)
    if (signOffLine(grid, r, labelCol)) break;
    let kind = fundLabelKind(label);
    const anyNumber = AMOUNT_ROLES.some((k) => columns[k] && amountAt(grid, r, columns[k]));
    if (!kind && seenTotal && label && !NOT_A_FUND_LABEL.test(compact(label))) kind = "part";
    // (the block's own label merged down over the header and the line of figures under it — 重庆 部门整体:
    // '部门预算执行情况(万元)' over A4:A5, the figures on line 5: that line is the block's one total)
    // (the same where an export undid the merge — the cell left blank or the label filled down — on a line that scores)
    const blockLabel = grid.text(headerRow, labelCol);
    const underLabel = grid.anchorRow(r, labelCol) === headerRow || ((!label || label === blockLabel) && (amountAt(grid, r, columns.rate) !== null || numberOrPointsAt(grid, r, columns.score) !== null));
    if (!kind && anyNumber && items.length === 0 && r === headerRow + 1 && blockLabel && underLabel && (!label || label === blockLabel)) {
      items.push(readItem(grid, r, blockLabel, "total", columns));
      seenTotal = true;
      continue;
    }
    if (!kind) {
      // (the header's second line, under a head over several columns — 偏差原因分析 over 经费保障 | 制度保障 | 人员保障 |
      // 硬件条件保障 | 其他, the national monitoring form's: words, no label, no amount, before the block's first line)
      if (!label && !anyNumber && items.length === 0 && r <= headerRow + 2 && headerContinuation(grid, r)) continue;
      if (!label && !anyNumber) break;
      if (label) break;
      continue;
    }
    if (kind === "total") seenTotal = true;
    items.push(readItem(grid, r, label, kind, columns));
  }
  if (items.length === 0) return null;

  return finishBlock(grid, headerRow, columns, items, labelCol);
}

/** A line of words only (no number in any cell): a header's line under its first. */
function headerContinuation(grid: Grid, r: number): boolean {
  let words = 0;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.startsInRow(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    if (numberAt(grid, r, c) !== null) return false;
    words++;
  }
  return words >= 2;
}

/** A text at or left of the label column opens with a signature label (填表人, 联系电话, 填报日期 …). */
function signOffLine(grid: Grid, r: number, labelCol: number): boolean {
  for (let c = 1; c <= labelCol; c++) if (grid.ownsCell(r, c) && SIGN_OFF_LABEL.test(grid.compactText(r, c))) return true;
  return false;
}

/** A budget header whose amounts are on the next row, without a 年度资金总额 label. */
function readUnlabelledBlock(grid: Grid, headerRow: number, roles: Map<BudgetRole, number>): BudgetBlock | null {
  const r = headerRow + 1;
  const columns: Partial<Record<BudgetRole, number>> = {};
  for (const [k, c] of roles) columns[k] = c;
  if (!AMOUNT_ROLES.some((k) => columns[k] && amountAt(grid, r, columns[k]))) return null;
  const firstCol = Math.min(...roles.values());
  columns.label = firstCol;
  const item = readItem(grid, r, grid.text(headerRow, firstTextCol(grid, headerRow)) || "预算执行", "total", columns);
  delete item.cells.label;
  return finishBlock(grid, headerRow, columns, [item], 0);
}

function finishBlock(
  grid: Grid,
  headerRow: number,
  columns: Partial<Record<BudgetRole, number>>,
  items: BudgetItem[],
  labelCol: number,
): BudgetBlock {
  // the block's own label ("项目资金(万元)", "预算执行情况(10分)"): the header row's first text, wherever the sheet starts
  const labelColumn = firstTextCol(grid, headerRow);
  const headerLabel = grid.text(headerRow, labelColumn);
  const blockLabelRow = grid.anchor(headerRow, labelColumn);
  const labelWeight = weightInLabel(headerLabel) ?? weightInLabel(grid.text(headerRow, columns.weight ?? 0) || "");
  let ruleText: string | null = null;
  let ruleCell: string | null = null;
  for (const it of items) {
    if (it.reason && BUDGET_RULE_SUBJECT.test(it.reason) && BUDGET_RULE_OPERATION.test(it.reason)) {
      ruleText = it.reason;
      ruleCell = it.reasonCell;
      break;
    }
  }
  const unitText = compact(headerLabel + (labelCol ? grid.text(headerRow, labelCol) : ""));
  // a total row without its own 分值 cell takes the block's labelled weight ("预算执行情况(万元)(20分)")
  for (const it of items) {
    if (it.kind === "total" && !it.weight && labelWeight !== null && columns.score) {
      const wc = labelWeight;
      it.weight = { cell: grid.addr(blockLabelRow.row, blockLabelRow.col), row: blockLabelRow.row, col: blockLabelRow.col, value: wc, text: String(wc), decimals: 0, percent: false };
    }
  }
  let statedReasonBelowRate: number | null = null;
  for (let r = headerRow; r <= headerRow + items.length + 1 && statedReasonBelowRate === null; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const m = REASON_BELOW_RATE.exec(grid.compactText(r, c));
      if (m) {
        statedReasonBelowRate = Number(m[1]) / 100;
        break;
      }
    }
  }
  return {
    headerRow,
    columns,
    items,
    labelWeight,
    labelCell: labelWeight !== null ? grid.addr(blockLabelRow.row, blockLabelRow.col) : null,
    ruleText,
    ruleCell,
    unit: UNIT_YUAN.test(unitText) ? "元" : UNIT_WAN.test(unitText) ? "万元" : null,
    statedReasonBelowRate,
  };
}

function readItem(
  grid: Grid,
  r: number,
  label: string,
  kind: "total" | "part",
  columns: Partial<Record<BudgetRole, number>>,
): BudgetItem {
  const cells: Partial<Record<BudgetRole, string>> = {};
  for (const [k, c] of Object.entries(columns) as [BudgetRole, number][]) cells[k] = grid.addr(r, c);
  const scoreText = columns.score ? grid.text(r, columns.score) : "";
  const reasonCol = columns.reason;
  return {
    row: r,
    label,
    labelCell: grid.addr(r, columns.label!),
    kind,
    // amounts may carry their unit in the text ("90万元")
    initial: amountAt(grid, r, columns.initial),
    adjusted: amountAt(grid, r, columns.adjusted),
    executed: amountAt(grid, r, columns.executed),
    rate: numberAt(grid, r, columns.rate),
    rateCell: columns.rate ? grid.addr(r, columns.rate) : null,
    // points may carry their unit in the text ("10分", "9.04分")
    weight: numberOrPointsAt(grid, r, columns.weight),
    score: numberOrPointsAt(grid, r, columns.score),
    scoreCell: columns.score ? grid.addr(r, columns.score) : null,
    scoreNA: !!scoreText && parseValue(scoreText).kind === "na",
    reason: reasonCol ? grid.text(r, reasonCol) || null : null,
    reasonCell: reasonCol ? grid.addr(grid.anchorRow(r, reasonCol), grid.anchorCol(r, reasonCol)) : null,
    cells,
  };
}


/** Money unit of a block's terms. */
function withUnit(n: NumberRef, label: string, unit: AmountUnit | null): RelationTerm {
  return unitTerm(n, label, unit);
}

/**
 * 其中 rows left blank in one amount column although they make up the total in another ("其中:本年财政拨款 115.2 |
 * 115.2 | (blank)" under "年度资金总额 115.2 | 115.2 | 115.2"): the breakdown is the sheet's own, so its blank cells
 * count as 0 against the column's total. None where no other column breaks the total down exactly.
 */
function blankParts(block: BudgetBlock, parts: BudgetItem[], total: BudgetItem, k: AmountRole, roles: AmountRole[]): RelationTerm[] {
  const col = block.columns[k];
  if (col === undefined) return [];
  const complete = roles.some((o) => {
    const t = total[o];
    const filled = parts.filter((p) => p[o]);
    return o !== k && t && filled.length > 0 && addsUp(t, filled.map((p) => p[o]!));
  });
  if (!complete) return [];
  return parts
    .filter((p) => roles.some((o) => o !== k && p[o]))
    .map((p) => withUnit({ cell: a1(p.row, col), row: p.row, col, value: 0, text: "", decimals: 0, percent: false }, `${p.label.replace(/^其中[:：]?/, "")}（未填）`, block.unit));
}

type AmountRole = "initial" | "adjusted" | "executed";

/**
 * (fam55 fix) A line repeating, in every amount the total carries (nonzero), the one part read so far that already is the
 * whole total: it cannot stand beside that part as another source (the sum would be twice the total), so it breaks the
 * part down (重庆's 年度总金额 | 其中:财政拨款 | 一般公共预算, all three the same amounts, whatever the part is called). A
 * line that differs in any amount stays a part, so a source written beside a whole part is still summed.
 */
function wholeRepeated(total: BudgetItem, parts: BudgetItem[], line: BudgetItem): boolean {
  if (parts.length !== 1) return false;
  const roles = (["initial", "adjusted", "executed"] as const).filter((k) => total[k] && total[k]!.value !== 0);
  return roles.length > 0 && roles.every((k) => parts[0][k]?.value === total[k]!.value && line[k]?.value === total[k]!.value);
}

/**
 * The budget block's relations: each total row against its 其中 rows, column by column (V-FUND-SUM, A-V11),
 * reported once per total row (at the rate's denominator column), and each row's 执行率 against 执行数 / 预算数
 * (A-V12), with both candidate denominators (the profile picks 全年/调整后预算数 or 年初预算数).
 */
export function budgetRelations(block: BudgetBlock): Relation[] {
  const out: Relation[] = [];
  const unit = block.unit;
  const amountRoles: AmountRole[] = ["initial", "adjusted", "executed"];
  const prefRole = block.columns.adjusted ? "adjusted" : "initial";
  for (let i = 0; i < block.items.length; i++) {
    const total = block.items[i];
    if (total.kind !== "total") continue;
    const parts: BudgetItem[] = [];
    // (a nested 其中 line is its part's, not the total's; so are a 财政拨款 part's budget accounts under it: grantAccountLine)
    let accounts = false;
    for (let j = i + 1; j < block.items.length && block.items[j].kind !== "total"; j++) {
      const line = block.items[j].label;
      if (parts.length && nestedPart(parts[0].label, line)) continue;
      accounts = parts.length > 0 && (grantAccountLine(compact(parts[parts.length - 1].label), compact(line), accounts) || wholeRepeated(total, parts, block.items[j]));
      if (!accounts) parts.push(block.items[j]);
    }
    if (parts.length === 0) continue;
    const label = total.label.replace(/[:：]$/, "");
    for (const k of amountRoles) {
      const t = total[k];
      let ps = parts.filter((p) => p[k]).map((p) => withUnit(p[k]!, p.label.replace(/^其中[:：]?/, ""), unit));
      if (t && t.value !== 0 && ps.length === 0) ps = blankParts(block, parts, total, k, amountRoles);
      if (!t || ps.length === 0) continue;
      out.push({
        kind: "sum",
        id: `sum:amount:${t.cell}`,
        measure: "amount",
        block: "budget",
        orientation: "rows",
        label,
        total: withUnit(t, label, unit),
        parts: ps,
        bound: "equal",
        group: `budget:${total.row}`,
        preferred: k === prefRole,
        follow: [total.cells.rate, total.cells.score].filter((x): x is string => !!x),
      });
    }
    // 分值 and 得分 written again on the one 其中 line that carries points (some templates repeat them there): a
    // part's points never exceed the whole's (with points on several lines, a template may repeat the whole's on each)
    for (const k of ["weight", "score"] as const) {
      const t = total[k];
      const pointed = parts.filter((p) => p[k]);
      if (!t || pointed.length !== 1) continue;
      const name = `${label}${k === "weight" ? "分值" : "得分"}`;
      const v = pointed[0][k]!;
      out.push({ kind: "sum", id: `sum:${k}:${t.cell}`, measure: k, block: "budget", orientation: "rows", label: name, total: { ...t, label: name }, parts: [{ ...v, label: pointed[0].label.replace(/^其中[:：]?/, "") }], bound: "atMost", group: `budget-points:${total.row}:${k}` });
    }
  }
  for (const it of block.items) {
    if (!it.rate || !it.executed) continue;
    const adjusted = block.columns.adjusted && it.adjusted ? withUnit(it.adjusted, "预算数", unit) : undefined;
    const initial = block.columns.initial && it.initial ? withUnit(it.initial, "年初预算数", unit) : undefined;
    const denominator = adjusted ?? initial;
    if (!denominator) continue;
    // (properties added to an empty literal, not spread in: see unitTerm)
    const denominators: { initial?: RelationTerm; adjusted?: RelationTerm } = {};
    if (initial) denominators.initial = initial;
    if (adjusted) denominators.adjusted = adjusted;
    out.push({
      kind: "ratio",
      id: `ratio:${it.rate.cell}`,
      measure: "rate",
      block: "budget",
      name: "执行率",
      label: it.label.replace(/[:：]$/, ""),
      stated: it.rate,
      numerator: withUnit(it.executed, "执行数", unit),
      denominator,
      denominators,
      bound: "equal",
    });
  }
  return out;
}

/**
 * A fund block without a header row (目标表: "资金情况(万元) | 年度金额 | 112", "其中:中央补助 | 40"; or fund
 * lines written inside an indicator table's 记录 column: "年度预算资金总额: | 321.25", "其中:中央补助 | 166.00",
 * "市级资金 | 136.00"): a total label followed by part labels, each with one amount to its right. Rows from
 * `firstRow` to `lastRow`; a value in one of `pointColumns` (分值 / 得分) is no amount.
 */
/** amount labels that head their own 其中 lines */
const AMOUNT_LINE_ROLES = new Set(["plan", "arrived", "spent", "balance"]);
/** words of an amount line's own label that the vocabulary does not list ("计划投资额(万元)", "实际使用情况(万元)") */
const AMOUNT_LINE_WORDS = /^[^:：]{0,8}(资金|投资额?|金额|支出|使用情况|结余|到位|安排)(数|额|情况)?(\((万元|元)\))?$/;

/** An amount line's label, over the 其中 lines of its parts. */
function amountLineLabel(text: string): boolean {
  // (a part's own label — 财政资金 over 其中:省级财政 — is a part of the total above it, not a line of its own)
  return AMOUNT_LINE_ROLES.has(amountRole(text) ?? "") || (AMOUNT_LINE_WORDS.test(text) && fundLabelKind(text, true) !== "part");
}

/** A fund line written in one cell, its amount after its label ("年度资金总额:16", "其中:上级资金16", "合计：704万元"). */
const INLINE_FUND_LINE = /^(.{2,24}?)[:：]?(-?\d[\d,]*(?:\.\d+)?)(万元|元)?$/;

interface InlineFundLine {
  kind: "total" | "part";
  label: string;
  n: RelationTerm;
}

/** (`kind`: the kind of line the caller reads; a line of the other kind is null, its term never made) */
function inlineFundLine(grid: Grid, r: number, c: number, kind: InlineFundLine["kind"]): InlineFundLine | null {
  const text = grid.compactText(r, c);
  // (cheap tests first: every cell of the sheet is asked)
  if (text.length < 3 || text.length > 32) return null;
  const last = text.charCodeAt(text.length - 1);
  if (!(last >= 48 && last <= 57) && !text.endsWith("元")) return null;
  // the label the pattern would read starts the text: a text no fund label starts is none (indicator names ending in digits)
  // (a total's label, for a caller reading totals: only FUND_TOTAL_LABEL's words start one, fundLabelKind's "total" —
  // the pattern not run, no match made, on a 其中 line or a name ending in digits)
  if (kind === "total" ? notStartOf(FUND_TOTAL_FIRST, text) : notFundLabelStart(text)) return null;
  const m = INLINE_FUND_LINE.exec(text);
  if (!m) return null;
  if (fundLabelKind(m[1], true) !== kind) return null;
  const label = m[1].replace(/[:：]$/, "");
  return { kind, label, n: lineTerm(grid, r, c, grid.text(r, c), m[2], label.replace(/^其中[:：]?/, ""), m[3] ? (m[3] === "元" ? "元" : "万元") : null) };
}

/** The amount ending a fund line ("683" of "公共财政拨款:683") as a term of the cell (r, c) that holds the line. */
export function lineTerm(grid: Grid, r: number, c: number, text: string, amount: string, label: string, unit: AmountUnit | null): RelationTerm {
  const digits = amount.replace(/,/g, "");
  const dot = digits.indexOf(".");
  return { cell: grid.addr(r, c), row: r, col: c, text, value: Number(digits), decimals: dot < 0 ? 0 : digits.length - dot - 1, percent: false, label, ...(unit ? { unit } : {}) };
}

/** Fund lines written label and amount in one cell, a total over its 其中 lines in the same column. */
function inlineFundSums(grid: Grid, r: number, c: number, total: InlineFundLine): SumRelation | null {
  const unit = total.n.unit ?? unitNear(grid, r, c);
  const parts: RelationTerm[] = [];
  for (let rr = r + 1; rr <= Math.min(grid.rowCount, r + SCAN.labelledPartRows); rr++) {
    const p = grid.startsInRow(rr, c) ? inlineFundLine(grid, rr, c, "part") : null;
    if (!p) break;
    parts.push({ ...p.n, unit: p.n.unit ?? unit });
  }
  if (!parts.length) return null;
  return { kind: "sum", id: `sum:amount:${total.n.cell}`, measure: "amount", block: "labelled-funds", orientation: "rows", label: total.label, total: { ...total.n, label: total.label, unit: unit ?? undefined }, parts, bound: "equal" };
}

/** the kind of money a fund line's label ends with */
const FUND_KIND_WORD = /^[\u4e00-\u9fa5]{1,14}(拨款|资金|收入|支出|补助|经费)$/;

/** rows below a fund total where a breakdown written as one multi-line cell may stand (a 按收入/按支出性质分 line between) */
const BREAKDOWN_ROWS = 2;

/**
 * Breakdowns of an inline fund total written one per cell, a line per fund ("公共财政拨款:683\n政府性基金拨款:\n
 * 纳入专户管理的非税收入拨款:21" beside "基本支出:622\n项目支出:82", under "资金总额:704"): each cell's amounts add
 * up to the total (a line with no amount is none of it). One relation; relations/index splits it by breakdown.
 */
function multiLineBreakdowns(grid: Grid, r: number, c: number, total: InlineFundLine): SumRelation[] {
  const unit = total.n.unit ?? unitNear(grid, r, c);
  const all: RelationTerm[] = [];
  for (let rr = r + 1; rr <= Math.min(grid.rowCount, r + BREAKDOWN_ROWS); rr++) {
    for (let cc = 1; cc <= grid.scanCols; cc++) {
      // (a cell writing its left neighbour's breakdown again, a merge filled across: read once, there)
      if (!grid.ownsCell(rr, cc) || copiesLeft(grid, rr, cc)) continue;
      const lines = grid.text(rr, cc).split(/\n/).map((l) => compact(l)).filter(Boolean);
      if (lines.length < 2) continue;
      const parts: RelationTerm[] = [];
      // (inside such a cell any money kind is a fund line: "纳入专户管理的非税收入拨款", "公共财政拨款")
      const isPart = (label: string) => fundLabelKind(label, true) === "part" || FUND_KIND_WORD.test(label.replace(/[:：]$/, ""));
      const read = lines.every((line) => {
        const m = INLINE_FUND_LINE.exec(line);
        if (m) {
          if (!isPart(m[1])) return false;
          parts.push(lineTerm(grid, rr, cc, line, m[2], m[1].replace(/[:：]$/, ""), unit));
          return true;
        }
        return isPart(line);
      });
      if (!read || parts.length === 0) continue;
      // each cell a breakdown of its own ("按收入性质分" | "按支出性质分" above them): one relation, split by them later
      const above = compact(grid.text(rr - 1, cc));
      const by = /^按.{1,8}分$/.test(above) ? above : "按列分";
      parts[0] = { ...parts[0], label: `${by}:${parts[0].label}` };
      all.push(...parts);
    }
  }
  if (!all.length) return [];
  return [{ kind: "sum", id: `sum:amount:${total.n.cell}`, measure: "amount", block: "labelled-funds", orientation: "rows", label: total.label, total: { ...total.n, label: total.label, unit: unit ?? undefined }, parts: all, bound: "equal" }];
}

/** (a module constant: a literal in a function makes a RegExp on every call) */
const OF_WHICH = /^其中/;
/** a part's list number, after its 其中 (其中:1.中央资金, 2.市级资金, (3)区级资金) */
const NUMBERED_PART = /^(?:其中[:：]?)?(?:[(（]?[0-9一二三四五六七八九十]{1,2}[)）.、．]|[①②③④⑤⑥⑦⑧⑨⑩])/;

/**
 * A numbered line of a 其中 list of fund parts: the list's first part is written 其中 and numbered, this line is numbered
 * at the same level (1. … 2. …, (1) … (2) …), and its label after the number is a fund part's.
 */
function numberedPart(text: string, firstPart: string | null): boolean {
  if (!NUMBERED_PART.test(text)) return false;
  const first = firstPart ?? text;
  if (!OF_WHICH.test(first) || !NUMBERED_PART.test(first)) return false;
  const bare = (t: string) => t.replace(/^其中[:：]?/, "");
  const level = listLevel(bare(first));
  return level >= 0 && listLevel(bare(text)) === level && fundLabelKind(text.replace(NUMBERED_PART, ""), true) === "part";
}
/** a cell's facts one of which a fund label needs where no 其中 line is under it (findLabelledFundSums) */
const FUND_LINE_FACTS = TextFact.totalWord | TextFact.ofWhich;

export function findLabelledFundSums(grid: Grid, lastRow: number, firstRow = 1, pointColumns: number[] = []): SumRelation[] {
  const out: SumRelation[] = [];
  // (the cells with text of their own: a blank one is no label, inline or not)
  const { start, cols } = grid.textCells();
  // (a cell below is read only by its 其中: a label needs a total's word — every FUND_TOTAL_LABEL word holds 计, 额 or
  // 金 — or a 其中 right under it, that is on the next line's text cells or its own text merged down; textFacts)
  const { flags, rowFlags } = textFacts(grid);
  for (let r = Math.max(1, firstRow); r <= Math.min(lastRow, grid.rowCount); r++) {
    const under = rowFlags[r + 1] & TextFact.ofWhich;
    if (!under && !(rowFlags[r] & FUND_LINE_FACTS)) continue;
    for (let k = start[r]; k < start[r + 1]; k++) {
      if (!under && !(flags[k] & FUND_LINE_FACTS)) continue;
      const c = cols[k];
      // a fund label is text (a number, a flag or an error value is none)
      if (typeof grid.raw(r, c) !== "string") continue;
      const text = grid.compactText(r, c);
      // (the text of the cell left of it, the same: asked once; only such a cell may copy it)
      const asLeft = c > 1 && grid.compactText(r, c - 1) === text;
      // (an inline line written again from the cell left of it, "年度资金总额:16" over B:E filled across: read once, there)
      if (asLeft && copiesLeft(grid, r, c)) continue;
      // label and amount in one cell ("年度资金总额:16"): its 其中 lines below, or its multi-line breakdowns
      const inline = inlineFundLine(grid, r, c, "total");
      if (inline) {
        const sums = inlineFundSums(grid, r, c, inline);
        out.push(...(sums ? [sums] : multiLineBreakdowns(grid, r, c, inline)));
        continue;
      }
      // (a numbered outline, "(一)财政拨款小计" over "1、一般公共预算", is read level by level: numberedSubtotals)
      // (the label of the cell left of it written again, a merge filled across by an export or a paste: read once, there)
      if (!text || asLeft) continue;
      // a total label, or an amount's own label with 其中 lines right under it ("计划安排资金(万元) | 21.7" over
      // "其中:中央财政", "省财政", "市县财政 | 21.7": the 2011 national 项目绩效评价报告 form)
      // (tgt52: or a year's budget over its 其中 lines, "当年年度预算 | 100" over "其中:财政资金", the 重庆 审批表's)
      if (fundLabelKind(text, true) !== "total" && !(OF_WHICH.test(grid.compactText(r + 1, c)) && (amountLineLabel(text) || FUND_YEAR_LABEL.test(text)))) continue;
      // (asked last: most cells are no fund label, and the label code is a cache lookup)
      if (listLevel(text) >= 0) continue;
      const sum = labelledFundSum(grid, r, c, pointColumns);
      if (sum) out.push(sum, ...furtherAmountColumns(grid, sum, pointColumns));
    }
  }
  return out;
}

/**
 * A fund total's other amount columns (年初预算数 | 全年预算数 | 执行数 | 全年预计执行数 over 支出总计 and its 其中
 * lines, a block that is not the sheet's budget block): each column a budget header names as an amount adds up the
 * same way as the first. A column whose header is no amount (执行率, 分值) or where a line is blank is none.
 */
function furtherAmountColumns(grid: Grid, sum: SumRelation, pointColumns: number[]): SumRelation[] {
  const out: SumRelation[] = [];
  const rows = [sum.total.row, ...sum.parts.map((p) => p.row)];
  const top = Math.min(...rows);
  for (let cc = sum.total.col + 1; cc <= grid.scanCols; cc++) {
    if (pointColumns.includes(cc)) continue;
    // the column's header: the first text above the block's first line (within two rows), or above the amounts the
    // column holds right over it (支出构成's lines under 收入构成's in one table: the header heads both)
    let head = "";
    let headRow = 0;
    let above = top;
    while (above > 1 && amountAt(grid, above - 1, cc)) above--;
    for (let hr = above - 1; hr >= Math.max(1, above - 2) && !head; hr--) if (typeof grid.raw(hr, cc) === "string") [head, headRow] = [grid.compactText(hr, cc), hr];
    if (!head || !amountColumnHead(grid, head, headRow, cc)) continue;
    // (the column left of it written again, its head and every line's amount: a merge filled across, read once)
    if (columnCopiesLeft(grid, headRow, cc, rows)) continue;
    const total = amountAt(grid, sum.total.row, cc);
    if (!total || total.percent) continue;
    const parts: RelationTerm[] = [];
    for (const p of sum.parts) {
      const n = amountAt(grid, p.row, cc);
      if (!n || n.percent) break;
      parts.push(withUnit(n, p.label ?? "", n.unit ?? p.unit ?? null));
    }
    if (parts.length !== sum.parts.length) continue;
    out.push({ ...sum, id: `sum:amount:${total.cell}`, total: withUnit(total, sum.label, total.unit ?? sum.total.unit ?? null), parts });
  }
  return out;
}

/** the amount roles a further column of a fund block may name (an amount of money, planned, arrived or spent) */
const FURTHER_AMOUNT_ROLES = new Set(["amount", "plan", "arrived", "spent"]);

/**
 * A further column's header names an amount: a budget's (年初预算数, 全年预算数, 执行数, 全年预计执行数), any money (当年金额,
 * 收支金额), or a year (2021年 | 2022年) under a heading over the years that names one ("近两年收支金额", merged or not).
 */
function amountColumnHead(grid: Grid, head: string, headRow: number, col: number): boolean {
  const role = budgetRole(head);
  if (role === "initial" || role === "adjusted" || role === "executed" || FORECAST_EXECUTED_HEADER.test(head)) return true;
  if (FURTHER_AMOUNT_ROLES.has(amountRole(head) ?? "")) return true;
  if (!YEAR_COLUMN.test(head) || headRow <= 1) return false;
  // (the heading over a run of years: merged across them, or written over the first of them, the cells right of it blank)
  let first = col;
  while (first > 1 && !grid.compactText(headRow - 1, first) && YEAR_COLUMN.test(grid.compactText(headRow, first - 1))) first--;
  return FURTHER_AMOUNT_ROLES.has(amountRole(grid.compactText(headRow - 1, first)) ?? "");
}

/** the amounts a form gives a line of their own (计划安排资金, 实际到位资金, 实际支出, 结余): never a further part of a fund's list */
const OWN_AMOUNT_LINE = new Set(["plan", "arrived", "spent", "balance"]);

/** The fund total labelled at (r, c) with its parts (below it, or above a closing 合计), or null. */
/** A 小计 line: its word (小计, 城乡建设小计) in a cell from column `c` up to the value column. */
function subtotalLineBefore(grid: Grid, r: number, c: number, valueCol: number): boolean {
  for (let cc = c; cc < valueCol; cc++) if (/^小计|小计$/.test(grid.compactText(r, cc))) return true;
  return false;
}

function labelledFundSum(grid: Grid, r: number, c: number, pointColumns: number[]): SumRelation | null {
  const valueCol = firstNumberCol(grid, r, c + 1) ?? blankTotalCol(grid, r, c);
  // amounts, never points: a 分值 / 得分 column of an indicator table is not a fund line's value
  if (!valueCol || pointColumns.includes(valueCol)) return null;
  const unit = unitNear(grid, r, c);
  const label = grid.text(r, c).replace(/[:：]$/, "");
  // (a total left blank reads as 0: against its 其中 lines' amounts, that is the slip)
  const total = amountAt(grid, r, valueCol) ?? { cell: a1(r, valueCol), row: r, col: valueCol, value: 0, text: "", decimals: 0, percent: false };
  const parts: RelationTerm[] = [];
  let partial = false;
  // (read down from the total, a nested 其中 line is its part's, not the total's)
  let firstPart: string | null = null;
  // (read down: a nested 其中 line was just passed, its list may go on under labels of no fund kind)
  let nested = false;
  // (the part lines read, a blank one too: one 其中 line alone is "of which", a bound)
  let lines = 0;
  const partAt = (rr: number, down = false): boolean => {
    if (!grid.startsInRow(rr, c)) return false;
    const text = grid.compactText(rr, c);
    // (tgt52) a numbered list of parts after its 其中 ("其中:1.中央资金", "2.市级资金", "3.区级资金", "4.其他资金"): read by the
    // label after its number, each numbered as the first (a sub-line numbered otherwise, "(1)中央" under "1.财政拨款", is
    // the numbered outline's: numberedSubtotals)
    if (fundLabelKind(text, true) !== "part" && !numberedPart(text, firstPart)) return false;
    if (firstPart === null) firstPart = text;
    else if (down && nestedPart(firstPart, text)) return (nested = true);
    nested = false;
    lines++;
    const n = amountAt(grid, rr, valueCol);
    if (n) parts.push(withUnit(n, grid.text(rr, c).replace(/^其中[:：]?/, ""), n.unit ?? unit));
    return true;
  };
  // a 合计 / 小计 row under its parts closes the list above it ("财政拨款 | 其他资金 | 合计"); any other total
  // label heads the 其中 rows below it
  // (a 其中 line right above it is the breakdown of the line above that, not a part of the 合计)
  if (CLOSING_TOTAL.test(compact(label)) && r > 1 && fundLabelKind(grid.text(r - 1, c)) === "part" && grid.startsInRow(r - 1, c) && !OF_WHICH.test(grid.compactText(r - 1, c))) {
    let rr = r - 1;
    for (; rr >= Math.max(1, r - SCAN.labelledPartRows) && partAt(rr); rr--);
    parts.reverse();
    // the list goes on above with an amount under a label of another kind ("人员经费 | 110", "公用经费 | 55" over
    // "项目支出 | 80", "其他支出 | 40", "合计 | 285"): the parts read are not all of it, so they only bound the total (as
    // read down, below)
    if (parts.length && rr >= 1 && grid.ownsCell(rr, c) && grid.compactText(rr, c) && amountAt(grid, rr, valueCol) && fundLabelKind(grid.compactText(rr, c), true) !== "total" && !OWN_AMOUNT_LINE.has(amountRole(grid.compactText(rr, c)) ?? ""))
      partial = true;
    // (or above a group's 小计 line, or a line of a group whose label is merged down beside it: an allocation's 县 groups
    // closed by their 小计s, then 市本级 | 7 loose under them, then 总计 — the 总计 is the groups' and the loose line's)
    else if (parts.length && rr >= 1 && amountAt(grid, rr, valueCol) && (!grid.startsInRow(rr, c) || subtotalLineBefore(grid, rr, c, valueCol))) partial = true;
  } else {
    let rr = r + 1;
    const end = Math.min(grid.rowCount, r + SCAN.labelledPartRows);
    let skipped = false;
    for (; rr <= end; rr++) {
      if (partAt(rr, true)) continue;
      // a line blank on this side of a two-sided block (项目资金总额 | 其中:财政资金 | (blank, the other side's 上年结转资金
      // beside it) | 其他资金), once, where a part line follows it: the list goes on under it
      if (!skipped && !nested && parts.length && rr < end && !grid.compactText(rr, c) && !amountAt(grid, rr, valueCol) && partAt(rr + 1, true)) {
        skipped = true;
        rr++;
        continue;
      }
      // a nested 其中 list goes on under lines of no fund kind ("基本支出" over "其中:人员经费", "公用经费", then
      // "项目支出"): those lines are the nested part's, the total's next part comes after them
      const next = nested ? nestedListEnd(grid, rr, c, valueCol, end) : 0;
      if (!next || !partAt(next, true)) break;
      rr = next;
    }
    // the list goes on with an amount under a label of another kind ("基本支出 | 60" then "人员经费 | 40"): the
    // parts read are not all of it, so they only bound the total
    // (another total's line, "支出合计" under the 收入 lines, opens a list of its own)
    // (not a line of its own: an amount merged across from a label further left, "实际支出(万元) | 1020.02" spanning the
    // other side's columns, nor a line the form names as another amount, 实际支出 under 计划安排资金's 其中 lines)
    if (
      parts.length &&
      rr <= grid.rowCount &&
      grid.ownsCell(rr, c) &&
      grid.compactText(rr, c) &&
      amountAt(grid, rr, valueCol) &&
      // (tgt52: a rate's line under the list, 年度预算执行率 | 100%, is no amount of it)
      !amountAt(grid, rr, valueCol)!.percent &&
      fundLabelKind(grid.compactText(rr, c), true) !== "total" &&
      !OWN_AMOUNT_LINE.has(amountRole(grid.compactText(rr, c)) ?? "")
    )
      partial = true;
  }
  if (!parts.length) return null;
  // an amount's own label — no fund total's word (年度资金总额, 合计) — read down over one line only, marked 其中
  // ("上年结转结余 | 1441" over "其中:上年结转 | 1155", then the statement's 收入总计): the part of it the line names, not
  // its whole (under a fund total a lone 其中 line is its one source: "年度资金总额 | 350" over "其中:省级资金 | 350")
  if (lines === 1 && firstPart !== null && OF_WHICH.test(firstPart) && parts[0].row > r && fundLabelKind(label, true) !== "total" && !FUND_YEAR_LABEL.test(compact(label))) partial = true;
  return { kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "labelled-funds", orientation: "rows", label, total: withUnit(total, label, total.unit ?? unit), parts, bound: partial ? "atMost" : "equal" };
}

/**
 * Where a nested 其中 list ends, read down from `from` (the line after its 其中 line): the lines of no fund or total
 * kind that carry an amount are its own; the row of the next part line after them, or 0 when no part line follows
 * (the list then goes on with something else, and the reading stops as before).
 */
function nestedListEnd(grid: Grid, from: number, c: number, valueCol: number, end: number): number {
  for (let rr = from; rr <= end; rr++) {
    if (!grid.startsInRow(rr, c)) return 0;
    const kind = fundLabelKind(grid.compactText(rr, c), true);
    if (kind === "part") return rr > from && !PART_OF_PREFIX.test(grid.compactText(rr, c)) ? rr : 0;
    if (kind === "total" || !grid.compactText(rr, c) || !amountAt(grid, rr, valueCol)) return 0;
  }
  return 0;
}

/**
 * The amount column of a fund total whose line is left blank while the 其中 line right under it carries an amount
 * ("年度资金总额 | (blank)" over "其中:中央补助 | 50.29"): the column of that amount, where the total's own cell in it is
 * empty and its line holds nothing else right of its label. Null otherwise (a total line with text, or no 其中 line).
 */
function blankTotalCol(grid: Grid, r: number, c: number): number | null {
  if (r >= grid.rowCount || !grid.startsInRow(r + 1, c) || !OF_WHICH.test(grid.compactText(r + 1, c))) return null;
  for (let cc = c + 1; cc <= grid.scanCols; cc++) if (grid.ownsCell(r, cc) && grid.text(r, cc) !== "") return null;
  const col = firstNumberCol(grid, r + 1, c + 1);
  return col !== null && grid.text(r, col) === "" ? col : null;
}

/** The unit stated in a block's label left of or above a cell ("资金情况(万元)", "项目资金(元)"). */
export function unitNear(grid: Grid, r: number, c: number): AmountUnit | null {
  for (let cc = c; cc >= 1; cc--) {
    const t = grid.compactText(r, cc);
    if (UNIT_YUAN.test(t)) return "元";
    if (UNIT_WAN.test(t)) return "万元";
  }
  return null;
}

function firstNumberCol(grid: Grid, r: number, from: number): number | null {
  for (let c = from; c <= grid.scanCols; c++) if (amountAt(grid, r, c) && !numberingColumn(grid, r, c)) return c;
  return null;
}

/** rows a numbering column's header may stand above its number */
const NUMBERING_HEADER_ROWS = 8;

/** The cell is in a numbering column: the first text above it in its column is 行次 / 序号 / 列次. */
function numberingColumn(grid: Grid, r: number, c: number): boolean {
  for (let rr = r - 1; rr >= Math.max(1, r - NUMBERING_HEADER_ROWS); rr--) {
    const t = grid.compactText(rr, c);
    if (!t || amountAt(grid, rr, c)) continue;
    return NUMBERING_HEADER.test(t);
  }
  return false;
}
