import type { Grid } from "../grid/grid";
import type { ColumnRole, GroupNode, Indicator, NotedWeight, Totals, CellRef, Subtotal, WeightBlock } from "../model/types";
import { normalizeGrade } from "../score/grade";
import { compact } from "../text/normalize";
import { parseValue, qualitativeTier } from "../text/quantity";
import { codePrefix, labelName, weightInLabel } from "../text/labels";
import { numberAt, pointsAt, textAt } from "./cells";
import { CLOSING_ROW, indicatorRole, TOTAL_LABEL } from "./headers";

export interface HeaderMap {
  /** the header's last row (data starts below it) */
  headerRow: number;
  firstHeaderRow: number;
  columns: Partial<Record<ColumnRole, number>>;
  roleCount: number;
}

const KEY_ROLES: ColumnRole[] = ["level1", "level2", "level3", "targetValue", "actual", "weight", "score", "rubric", "reason"];
const MAX_SCAN_ROWS = 400;

function rowRoles(grid: Grid, row: number): Map<number, ColumnRole> {
  const roles = new Map<number, ColumnRole>();
  for (let c = 1; c <= grid.scanCols; c++) {
    const role = indicatorRole(grid.text(row, c));
    if (role) roles.set(c, role);
  }
  return roles;
}

function distinctKeyRoles(roles: Map<number, ColumnRole>): number {
  return new Set([...roles.values()].filter((r) => KEY_ROLES.includes(r))).size;
}

function hasLevel(roles: Map<number, ColumnRole>): boolean {
  return [...roles.values()].some((r) => r === "level1" || r === "level2" || r === "level3");
}

/** Find the indicator table's header (one or two rows) and map its columns. */
export function findIndicatorHeader(grid: Grid): HeaderMap | null {
  let best: { row: number; roles: Map<number, ColumnRole>; n: number } | null = null;
  const candidates: { row: number; roles: Map<number, ColumnRole>; n: number }[] = [];
  const last = Math.min(grid.rowCount, MAX_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    // the header sits above its data: once a full header is found, rows far below it are data
    if (best && best.n >= 4 && r > best.row + 40) break;
    const roles = rowRoles(grid, r);
    if (!hasLevel(roles)) continue;
    const n = distinctKeyRoles(roles);
    if (n < 2) continue;
    candidates.push({ row: r, roles, n });
    if (!best || n > best.n) best = { row: r, roles, n };
  }
  if (!best) return null;
  // a header repeated further down (one block per 一级 group, page breaks) is the same header: take the first
  const levelCols = (m: Map<number, ColumnRole>) =>
    [...m].filter(([, role]) => role === "level1" || role === "level2" || role === "level3").map(([c, role]) => `${role}@${c}`).join();
  const first = candidates.find((c) => c.row < best!.row && c.n >= best!.n - 1 && levelCols(c.roles) === levelCols(best!.roles));
  if (first) best = first;
  // header rows above/below that also classify (two-row headers: 年度指标值 over 指标性质|指标值|度量单位)
  const rows = [best.row];
  for (const r of [best.row - 1, best.row + 1]) {
    if (r < 1 || r > grid.rowCount) continue;
    const roles = rowRoles(grid, r);
    const own = [...roles.keys()].filter((c) => grid.startsInRow(r, c)).length;
    if (own >= 2 && roles.size >= 2) rows.push(r);
  }
  rows.sort((a, b) => a - b);
  const colRole = new Map<number, ColumnRole>();
  for (const r of [...rows].reverse()) {
    for (const [c, role] of rowRoles(grid, r)) if (!colRole.has(c)) colRole.set(c, role);
  }
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (let c = 1; c <= grid.scanCols; c++) {
    const role = colRole.get(c);
    if (role && columns[role] === undefined) columns[role] = c;
  }
  assignGroupColumns(colRole, columns, "weight", "level1Weight", "level2Weight");
  assignGroupColumns(colRole, columns, "score", "level1Score", "level2Score");
  return {
    headerRow: rows[rows.length - 1],
    firstHeaderRow: rows[0],
    columns,
    roleCount: new Set(colRole.values()).size,
  };
}

/**
 * Several 分值 (or 得分) columns: the one beside 一级指标 is the 一级 group's, the one beside 二级指标 the
 * 二级 group's, and the one right of the indicator name is the leaf's.
 */
function assignGroupColumns(
  colRole: Map<number, ColumnRole>,
  columns: Partial<Record<ColumnRole, number>>,
  role: "weight" | "score",
  level1Role: ColumnRole,
  level2Role: ColumnRole,
): void {
  const cols = [...colRole].filter(([, r]) => r === role).map(([c]) => c).sort((a, b) => a - b);
  if (cols.length < 2) return;
  const name = columns.level3 ?? columns.level2;
  const leaf = cols.find((c) => name !== undefined && c > name) ?? cols[cols.length - 1];
  columns[role] = leaf;
  for (const c of cols) {
    if (c === leaf) continue;
    if (columns.level1 !== undefined && c > columns.level1 && (columns.level2 === undefined || c < columns.level2)) columns[level1Role] = c;
    else if (columns.level2 !== undefined && c > columns.level2 && (columns.level3 === undefined || c < columns.level3)) columns[level2Role] = c;
  }
}

/** True when the row starts with a closing label (总分, 合计, 评价结论, 注…) written in this row. */
export function isClosingRow(grid: Grid, row: number): boolean {
  for (let c = 1; c <= grid.scanCols; c++) {
    const a = grid.anchor(row, c);
    if (a.row !== row) continue; // filled down from above (a block label)
    const t = compact(grid.text(row, c));
    if (!t) continue;
    return CLOSING_ROW.test(t);
  }
  return false;
}

const PLACEHOLDER_NAME = /^(…+|\.{2,}|…|……|指标\d*[:：]?|\d+[.、]?|[①②③④⑤]|其他|等)$/;

export interface TableWalk {
  subtotals: Subtotal[];
  indicators: Indicator[];
  groups: GroupNode[];
  placeholderRows: number[];
  /** first row after the table (closing row), or null when the grid ends inside the table */
  closingRow: number | null;
  lastRow: number;
}

interface GroupKeyState {
  key: string | null;
  node: GroupNode | null;
}

function groupKey(grid: Grid, row: number, col: number, prev: GroupKeyState): { key: string | null; text: string } {
  const m = grid.mergeAt(row, col);
  const text = grid.text(row, col);
  if (m) return { key: `m:${m.r1}:${m.c1}`, text };
  if (!text) return { key: prev.key, text: prev.node?.label ?? "" }; // unmerged blank: same as above
  if (prev.node && compact(prev.node.label) === compact(text) && !prev.key?.startsWith("m:")) return { key: prev.key, text };
  return { key: `t:${row}:${col}`, text };
}

function newGroup(grid: Grid, level: 1 | 2, row: number, col: number, label: string, weightCol?: number, scoreCol?: number): GroupNode {
  const a = grid.anchor(row, col);
  const labelWeight = weightInLabel(label);
  const own = labelWeight === null && weightCol ? pointsAt(grid, a.row, weightCol) : null;
  const w = labelWeight ?? own?.value ?? null;
  return {
    level,
    label,
    name: labelName(label),
    code: codePrefix(label),
    cell: grid.addr(a.row, a.col),
    row: a.row,
    col: a.col,
    weight: w,
    weightCell: own ? own.cell : w !== null ? grid.addr(a.row, a.col) : null,
    score: scoreCol ? numberAt(grid, a.row, scoreCol) : null,
    firstRow: row,
    lastRow: row,
    children: [],
    indicators: [],
  };
}

/** Walk the data rows under the header: indicators, their 一级/二级 groups, placeholders, the closing row. */
export function walkIndicatorTable(grid: Grid, header: HeaderMap): TableWalk {
  const cols = header.columns;
  const indicators: Indicator[] = [];
  const groups: GroupNode[] = [];
  const placeholderRows: number[] = [];
  const g1: GroupKeyState = { key: null, node: null };
  const g2: GroupKeyState = { key: null, node: null };
  let closingRow: number | null = null;
  let lastRow = header.headerRow;
  const nameCol = cols.level3 ?? cols.level2 ?? cols.level1;
  const subtotals: Subtotal[] = [];
  let sinceSubtotal: number[] = [];
  let skipThrough = 0;

  for (let r = header.headerRow + 1; r <= grid.rowCount; r++) {
    if (isClosingRow(grid, r)) {
      closingRow = r;
      break;
    }
    if (!grid.rowHasContent(r)) continue;
    lastRow = r;
    // a header repeated inside the table (page break, one block per 绩效目标): not data, nor the rows it spans
    if (r <= skipThrough) continue;
    if (nameCol && indicatorRole(grid.text(r, nameCol)) && distinctKeyRoles(rowRoles(grid, r)) >= 3) {
      // header cells merged over two rows (the block label beside them spans the data and does not count)
      for (const c of Object.values(cols)) skipThrough = Math.max(skipThrough, grid.mergeAt(r, c!)?.r2 ?? r);
      continue;
    }
    // 小计 rows: the group's subtotal, checked against its rows, never an indicator
    if (isSubtotalRow(grid, r, cols)) {
      subtotals.push({ row: r, weight: cols.weight ? pointsAt(grid, r, cols.weight) : null, score: cols.score ? numberAt(grid, r, cols.score) : null, rows: sinceSubtotal });
      sinceSubtotal = [];
      continue;
    }

    // groups
    if (cols.level1) {
      const k = groupKey(grid, r, cols.level1, g1);
      if (k.key !== g1.key) {
        g1.key = k.key;
        g1.node = k.text ? newGroup(grid, 1, r, cols.level1, k.text, cols.level1Weight, cols.level1Score) : null;
        if (g1.node) groups.push(g1.node);
        g2.key = null;
        g2.node = null;
      }
      if (g1.node) g1.node.lastRow = r;
    }
    if (cols.level2 && cols.level2 !== nameCol) {
      const k = groupKey(grid, r, cols.level2, g2);
      if (k.key !== g2.key) {
        g2.key = k.key;
        g2.node = k.text ? newGroup(grid, 2, r, cols.level2, k.text, cols.level2Weight, cols.level2Score) : null;
        if (g2.node) {
          if (g1.node) g1.node.children.push(g2.node);
          else groups.push(g2.node);
        }
      }
      if (g2.node) g2.node.lastRow = r;
    }

    // a group's own header row ("决策 | | | 20 |"): its weight and score belong to the group, not to a leaf
    const groupHere = g2.node?.row === r ? g2.node : g1.node?.row === r ? g1.node : null;
    if (groupHere && cols.level3 && nameCol === cols.level3 && !cellText(grid, r, cols.level3)) {
      const w = cols.weight ? pointsAt(grid, r, cols.weight) : null;
      if (w) {
        if (groupHere.weight === null) {
          groupHere.weight = w.value;
          groupHere.weightCell = w.cell;
        }
        groupHere.score = cols.score ? numberAt(grid, r, cols.score) : null;
        continue;
      }
    }
    const ind = readIndicator(grid, r, cols, nameCol);
    if (!ind) {
      placeholderRows.push(r);
      continue;
    }
    if (g1.node) {
      ind.level1 = g1.node;
      ind.path[0] = g1.node.label;
    }
    if (g2.node) {
      ind.level2 = g2.node;
      ind.path[1] = g2.node.label;
    }
    (g2.node ?? g1.node)?.indicators.push(ind);
    indicators.push(ind);
    sinceSubtotal.push(r);
  }
  markSubItems(indicators);
  return { indicators, groups, placeholderRows, closingRow, lastRow, subtotals };
}

/** A sub-item's name: "其中：线上培训" (explicit), or numbered "(1)…", "1)…", "①…". */
const SUB_ITEM = /^(其中[:：]?|[(（]\d+[)）]|\d+[)）]|[①②③④⑤⑥⑦⑧⑨⑩])/;

/**
 * Sub-items listed under an indicator roll up into it ("培训完成率 10 | 其中：线上 5 | 线下 5"): they are its
 * children and are not counted again in sums. The parent is an unnumbered row with its own weight or score
 * in the same group; numbered rows ("(1)…") are taken as its parts only when their weights fit inside it —
 * a list of indicators numbered (1), (2), … stays a list of indicators.
 */
function markSubItems(indicators: Indicator[]): void {
  let parent: Indicator | null = null;
  let subs: Indicator[] = [];
  const settle = () => {
    if (parent && subs.length) {
      const explicit = subs.every((i) => /^其中/.test(compact(i.name)));
      const sum = subs.reduce((a, i) => a + (i.weight ?? 0), 0);
      if (explicit || parent.weight === null || sum <= parent.weight + 0.005) for (const i of subs) i.childOfRow = parent.row;
    }
    subs = [];
  };
  for (const ind of indicators) {
    if (ind.childOfRow !== null) continue;
    const sub = SUB_ITEM.test(compact(ind.name));
    if (sub && parent && ind.level2 === parent.level2 && ind.level1 === parent.level1) {
      subs.push(ind);
      continue;
    }
    settle();
    parent = !sub && (ind.weight !== null || ind.claimedScore !== null) ? ind : null;
  }
  settle();
}

function isSubtotalRow(grid: Grid, r: number, cols: Partial<Record<ColumnRole, number>>): boolean {
  for (const c of [cols.level1, cols.level2, cols.level3]) {
    if (c && grid.startsInRow(r, c) && /^(小计|合计)[:：]?$/.test(compact(grid.text(r, c)))) return true;
  }
  return false;
}

function cellText(grid: Grid, row: number, col: number | undefined): string {
  return col ? grid.text(row, col) : "";
}

function readIndicator(
  grid: Grid,
  r: number,
  cols: Partial<Record<ColumnRole, number>>,
  nameCol: number | undefined,
): Indicator | null {
  // a level-3 cell merged down from the row above continues that indicator: not a new row
  // a level-3 name merged down from the row above continues that indicator: a new row only when it carries
  // its own weight or score (sub-points ①②③ of one question, each with its points)
  if (nameCol && nameCol === cols.level3 && !grid.startsInRow(r, nameCol)) {
    const own = (c: number | undefined) => !!c && grid.startsInRow(r, c) && grid.raw(r, c) !== null;
    if (!own(cols.weight) && !own(cols.score)) return null;
  }
  const name = cellText(grid, r, nameCol);
  const fromLabel = cols.weight === undefined ? weightInLabel(name) : null;
  // a weight or score merged down over several rows belongs to its first row: counted once
  const mergedFrom = (col: number | undefined) => (col && !grid.startsInRow(r, col) ? grid.anchor(r, col).row : null);
  const weightMergedFrom = mergedFrom(cols.weight);
  const scoreMergedFrom = mergedFrom(cols.score);
  const weightRef = cols.weight && weightMergedFrom === null ? pointsAt(grid, r, cols.weight) : null;
  const weightText = weightMergedFrom === null ? cellText(grid, r, cols.weight) : "";
  const scoreRef = cols.score && scoreMergedFrom === null ? numberAt(grid, r, cols.score) : null;
  // a score computed by a formula whose cached result the file lacks is scored, value unknown
  const scoreFormula = cols.score ? grid.formula(r, cols.score) : undefined;
  const scoreText = scoreMergedFrom === null ? cellText(grid, r, cols.score) || (scoreFormula ? `=${scoreFormula}` : "") : "";
  const targetCol = cols.targetValue;
  const target = targetCol ? parseValue(grid.value(r, targetCol), grid.format(r, targetCol)) : null;
  const actual = cols.actual ? parseValue(grid.value(r, cols.actual), grid.format(r, cols.actual)) : null;
  const hasValues =
    !!weightText || !!scoreText || (target && target.kind !== "empty") || (actual && actual.kind !== "empty") || fromLabel !== null;
  const nameIsPlaceholder = !name || PLACEHOLDER_NAME.test(compact(name));
  if (!hasValues && nameIsPlaceholder) return null;
  if (!hasValues && !cols.targetValue && !cols.weight && !cols.score) {
    // a names-only table: every named row is an indicator
  } else if (!hasValues) return null;

  const weightNA = !!weightText && !weightRef && parseValue(weightText).kind === "na";
  const opText = cellText(grid, r, cols.targetOp) || null;
  const coefficient = cols.coefficient ? numberAt(grid, r, cols.coefficient) : null;
  return {
    row: r,
    path: [cellText(grid, r, cols.level1), cellText(grid, r, cols.level2), name].filter((_, i) => i < 3),
    name,
    nameCell: nameCol ? grid.addr(r, nameCol) : null,
    code: codePrefix(name),
    weight: weightRef ? weightRef.value : fromLabel,
    weightCell: weightRef ? weightRef.cell : fromLabel !== null && nameCol ? grid.addr(r, nameCol) : cols.weight ? grid.addr(r, cols.weight) : null,
    weightSource: weightRef ? "column" : fromLabel !== null ? "label" : null,
    notApplicable: weightNA || (!!target && target.kind === "na" && !weightRef),
    claimedScore: scoreRef ? scoreRef.value : null,
    scoreCell: cols.score ? grid.addr(r, cols.score) : null,
    scoreDecimals: scoreRef ? scoreRef.decimals : null,
    scoreText: scoreText && !scoreRef ? scoreText : null,
    target,
    targetCell: targetCol ? grid.addr(r, targetCol) : null,
    opText,
    opCell: cols.targetOp ? grid.addr(r, cols.targetOp) : null,
    unit: cellText(grid, r, cols.unit) || null,
    unitCell: cols.unit ? grid.addr(r, cols.unit) : null,
    actual,
    actualCell: cols.actual ? grid.addr(r, cols.actual) : null,
    actualTier: actual && actual.kind === "text" ? qualitativeTier(actual.raw) : null,
    reason: cellText(grid, r, cols.reason) || null,
    reasonCell: cols.reason ? grid.addr(r, cols.reason) : null,
    rubric: cellText(grid, r, cols.rubric) || null,
    rubricCell: cols.rubric ? grid.addr(r, cols.rubric) : null,
    coefficient: coefficient ? (coefficient.percent || coefficient.value <= 1.5 ? coefficient.value : coefficient.value / 100) : null,
    coefficientCell: coefficient?.cell ?? null,
    childOfRow: weightMergedFrom ?? scoreMergedFrom,
  };
}

/** The totals row (总分 / 合计) at or after the table's end: stated weight and score totals. */
export function findTotals(
  grid: Grid,
  from: number,
  cols: Partial<Record<ColumnRole, number>>,
): { totals: Totals | null; grade: CellRef<string> | null } {
  const last = Math.min(grid.rowCount, from + 4);
  for (let r = from; r <= last; r++) {
    let labelCol: number | null = null;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      if (TOTAL_LABEL.test(compact(grid.text(r, c)))) {
        labelCol = c;
        break;
      }
    }
    if (labelCol === null) continue;
    let weight = cols.weight && cols.weight !== labelCol ? pointsAt(grid, r, cols.weight) : null;
    const score = cols.score && cols.score !== labelCol ? numberAt(grid, r, cols.score) : null;
    if (!weight) {
      // "100分" written somewhere in the row (weights carried in labels)
      for (let c = labelCol + 1; c <= grid.scanCols; c++) {
        if (c === cols.score) continue;
        const t = compact(grid.text(r, c));
        if (/^\d+(\.\d+)?分$/.test(t)) {
          weight = pointsAt(grid, r, c);
          break;
        }
      }
    }
    let grade: CellRef<string> | null = null;
    for (let c = labelCol + 1; c <= grid.scanCols; c++) {
      if (grid.anchor(r, c).col !== c) continue;
      const t = grid.text(r, c);
      if (t && normalizeGrade(compact(t))) grade = textAt(grid, r, c);
    }
    return {
      totals: { row: r, labelCell: grid.addr(r, labelCol), weight, score },
      grade: grade ?? findGradeRow(grid, r + 1),
    };
  }
  return { totals: statedTotalAbove(grid, from), grade: findGradeRow(grid, from) };
}

/** "自评总分(分) | 97.6" written above the table (Chongqing), when there is no 总分 row below it. */
function statedTotalAbove(grid: Grid, before: number): Totals | null {
  for (let r = 1; r < Math.min(before, 30); r++) {
    for (let c = 1; c < grid.scanCols; c++) {
      if (!grid.ownsCell(r, c) || !/^(自评总分|自评得分|总得分|综合得分)(\(分\))?[:：]?$/.test(compact(grid.text(r, c)))) continue;
      for (let d = c + 1; d <= grid.scanCols; d++) {
        if (!grid.ownsCell(r, d)) continue;
        const n = numberAt(grid, r, d);
        if (n) return { row: r, labelCell: grid.addr(r, c), weight: null, score: n };
        if (grid.text(r, d)) break;
      }
    }
  }
  return null;
}

function findGradeRow(grid: Grid, from: number): CellRef<string> | null {
  for (let r = from; r <= Math.min(grid.rowCount, from + 3); r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      // "自评等级：优" in one cell
      const one = /^(?:评价等级|自评等级|等级|评定等级|评价结果)[:：](优秀?|良好?|中等?|合格|差|较差)$/.exec(compact(grid.text(r, c)));
      if (one && grid.ownsCell(r, c)) return { cell: grid.addr(r, c), row: r, col: c, value: one[1], text: grid.text(r, c) };
    }
    for (let c = 1; c < grid.scanCols; c++) {
      if (!/^(等级|评价等级|自评等级|评价结果|自评结论|评定等级)[:：]?$/.test(compact(grid.text(r, c)))) continue;
      for (let d = c + 1; d <= grid.scanCols; d++) {
        const t = grid.text(r, d);
        if (t && grid.anchor(r, d).col === d) return normalizeGrade(compact(t)) ? textAt(grid, r, d) : null;
      }
    }
  }
  return null;
}

/**
 * Weights that the sheet's own notes fix: "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、
 * 满意度指标10分、预算资金执行率10分".
 */
export function findNotedWeights(grid: Grid, from: number): NotedWeight[] {
  const out: NotedWeight[] = [];
  for (let r = Math.max(1, from); r <= grid.rowCount; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const t = compact(grid.text(r, c));
      const m = /分值[^:：]{0,8}?设置为[:：]?([^。;；]*)/.exec(t);
      if (!m) continue;
      for (const part of m[1].split(/[、,，]/)) {
        const pm = /^([\u4e00-\u9fa5]{2,14}?)(\d+(?:\.\d+)?)分$/.exec(part);
        if (pm) out.push({ name: pm[1], weight: Number(pm[2]), cell: grid.addr(r, c) });
      }
    }
  }
  return out;
}

/**
 * Weighted blocks of indicator rows, labelled left of the 一级 column: "绩效指标(90分)" over the whole table
 * (Sichuan), "年度绩效目标1(40分)" per goal (Hubei). A block spans its merged label, else down to the next label.
 */
export function findWeightBlocks(grid: Grid, header: HeaderMap, lastRow: number): WeightBlock[] {
  const roleCols = Object.values(header.columns);
  const firstRoleCol = Math.min(...roleCols);
  const labels: { row: number; col: number; label: string; weight: number; lastRow: number | null }[] = [];
  for (let c = 1; c < firstRoleCol; c++) {
    for (let r = header.firstHeaderRow; r <= lastRow; r++) {
      if (!grid.ownsCell(r, c)) continue;
      const t = grid.text(r, c);
      const w = weightInLabel(t);
      if (w === null) continue;
      const m = grid.mergeAt(r, c);
      labels.push({ row: r, col: c, label: t, weight: w, lastRow: m ? m.r2 : null });
    }
  }
  labels.sort((a, b) => a.row - b.row);
  return labels.map((l, i) => ({
    label: l.label,
    weight: l.weight,
    cell: grid.addr(l.row, l.col),
    firstRow: l.row,
    lastRow: l.lastRow ?? (i + 1 < labels.length ? labels[i + 1].row - 1 : lastRow),
  }));
}

