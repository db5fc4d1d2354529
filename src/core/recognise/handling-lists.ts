import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationBlock } from "../model/types";
import { readNumber } from "../text/numbers";
import { isNotApplicableText } from "../text/normalize";
import { lineBelow, numberOrPointsAt } from "./cells";
import { HANDLING_COUNT_HEADER, HANDLING_RATE_HEADER, HANDLING_UNIT_HEADER, INTAKE_COUNT_HEADER, NOTE_COLUMN_HEADER, NUMBERING_HEADER, OUTCOME_COUNT_HEADER, UNIT_LIST_UNIT_HEADER } from "./vocabulary";

/**
 * A handling list with no score (信息报送 / 市长信箱 / 12345 办理情况 by unit: 序号 | 单位 | 报送信息数(条) | 采纳数(条) | 采纳率,
 * 西宁 城中区 2017-04; 承办单位 | 交办件数 | 办结数 | 办结率): the units' counts and the rates the list computes from them,
 * one unit a line. Its header names the units (UNIT_LIST_UNIT_HEADER, HANDLING_UNIT_HEADER), counts (HANDLING_COUNT_HEADER)
 * and rates (HANDLING_RATE_HEADER), besides them at most a 序号 and a 备注 — any other head (a score, an amount, a name of
 * another thing) is another list's. Read only on the measures' evidence: on three unit lines or more every count a whole
 * number ≥ 0 and every rate within 0–100% (57.10%, 57.1 under a head without its sign, 0.571; '/' where nothing was
 * counted). A scored list (a 评分 / 得分 column) is unit-results.ts's, read there with the same ratios.
 */
export interface MeasuredList {
  headerRow: number;
  unitCol: number;
  rows: number[];
  rateCols: number[];
  countCols: number[];
}

/** an outcome's rate (办结率, 采纳率, 按时办结率, 回复率): a sheet whose texts hold none has no handling list to read (Grid.hasText) */
const OUTCOME_RATE = new RegExp(`(?:${OUTCOME_COUNT_HEADER.source})率`);
/** rows searched for the header; unit lines a list must show */
const HEADER_ROWS = 60;
const MIN_UNITS = 3;
/** lower header lines a list's head may have (三 lines: 派遣案件总数 over 总计 | 12345热线 over 按时办结 …) */
const HEADER_LINES = 2;

const found = new WeakMap<Grid, MeasuredList | null>();

/** The sheet's unscored handling list, or null (memoised per grid). */
export function handlingList(grid: Grid): MeasuredList | null {
  let r = found.get(grid);
  if (r === undefined) {
    r = findList(grid);
    found.set(grid, r);
  }
  return r;
}

function findList(grid: Grid): MeasuredList | null {
  if (!grid.hasText(OUTCOME_RATE)) return null;
  // (the header lines: those holding an outcome's rate, read from one search over the sheet's texts)
  const flags = grid.textMatches(OUTCOME_RATE);
  const { start } = grid.textCells();
  const last = Math.min(grid.rowCount, HEADER_ROWS);
  for (let r = 1; r <= last; r++) {
    let hit = false;
    for (let k = start[r]; k < start[r + 1] && !hit; k++) hit = flags[k] === 1;
    if (!hit) continue;
    const head = headerAt(grid, r);
    if (!head) continue;
    const rows = measuredLines(grid, r, head);
    if (rows.length >= MIN_UNITS) return { headerRow: r, ...head, rows };
  }
  return null;
}

/** Row `r` as a handling list's header: a unit column, counts and rates right of it, a 序号 or a 备注 besides. */
function headerAt(grid: Grid, r: number): Omit<MeasuredList, "headerRow" | "rows"> | null {
  let unitCol = 0;
  const rateCols: number[] = [];
  const countCols: number[] = [];
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    if (t.length > 14) return null;
    if (!unitCol && (UNIT_LIST_UNIT_HEADER.test(t) || HANDLING_UNIT_HEADER.test(t))) unitCol = c;
    else if (!unitCol && NUMBERING_HEADER.test(t)) continue;
    else if (unitCol && HANDLING_RATE_HEADER.test(t)) rateCols.push(c);
    else if (unitCol && HANDLING_COUNT_HEADER.test(t)) countCols.push(c);
    else if (unitCol && NOTE_COLUMN_HEADER.test(t)) continue;
    else return null;
  }
  return unitCol && rateCols.length && countCols.length >= 2 ? { unitCol, rateCols, countCols } : null;
}

/**
 * The unit lines under the header (a name, not a number, in the unit column), each count whole and each rate within
 * 0–100%; none at all where a line that names a unit breaks that (the list is another's). A last line cut inside its
 * name, its numbers not reached, ends the list. The header's lower lines (two at most) are stepped over where its unit
 * head's merge over them was undone or filled down: no unit named, no count under any head.
 */
function measuredLines(grid: Grid, header: number, head: Omit<MeasuredList, "headerRow" | "rows">): number[] {
  const rows: number[] = [];
  const below = grid.mergeAt(header, head.unitCol)?.r2 ?? header;
  const unitHead = grid.compactText(header, head.unitCol);
  for (let r = lineBelow(grid, below); r <= grid.rowCount; r++) {
    const unit = grid.compactText(r, head.unitCol);
    // (the header's lower lines, its merges undone or filled down: the unit head blank or written again, no count below
    // any head — 总计 | 12345热线 … over the counts)
    if (!rows.length && r <= below + HEADER_LINES && (!unit || unit === unitHead) && !head.countCols.some((c) => numberOrPointsAt(grid, r, c))) continue;
    if (!unit || readNumber(grid.raw(r, head.unitCol), grid.format(r, head.unitCol))) break;
    if (head.countCols.every((c) => grid.compactText(r, c) === "") && head.rateCols.every((c) => grid.compactText(r, c) === "")) break;
    for (const c of head.countCols) {
      const v = numberOrPointsAt(grid, r, c);
      if (!v || v.percent || v.value < 0 || Math.abs(v.value - Math.round(v.value)) > 1e-9) return [];
    }
    for (const c of head.rateCols) {
      const v = numberOrPointsAt(grid, r, c);
      if (!v && isNotApplicableText(grid.compactText(r, c))) continue;
      if (!v || v.value < 0 || v.value > (v.percent ? 1 : 100)) return [];
    }
    rows.push(r);
  }
  return rows;
}

/** a count head's bracketed unit, (件), and a leading 已 (已办结): dropped before its name is matched */
const COUNT_UNIT = /\([^()]*\)$/;
/** what may follow an outcome's name in its count's head (办结 → 办结数, 办结量, 办结件数) */
const COUNT_SUFFIX = /^(数|量|件数|数量|总数|总量|件|条数)?$/;

/**
 * A list's rates against the counts it prints beside them (交办总量 | 办结数 | 办结率: 办结率 = 办结数 ÷ 交办总量 on each
 * unit line; 报送信息数(条) | 采纳数(条) | 采纳率): read only where the sheet prints both — a rate naming an outcome
 * (OUTCOME_COUNT_HEADER: 办结率, 按时办结率, 回复率, 采纳率), a count column of that outcome (办结数, 已办结, 采纳数(条)) and
 * one intake column (INTAKE_COUNT_HEADER: 交办总量, 受理数, 报送信息数). A rate of what the sheet does not count (满意率 with
 * no 满意数, or with no single intake column to divide by) is no relation; a line with nothing taken in (0 | 0 | '0') has no rate.
 * A rate is compared at the precision it shows (57.10% two decimals: 16 ÷ 28 = 57.14% is not it).
 */
export function measureRatios(grid: Grid, list: MeasuredList, block: RelationBlock): RatioRelation[] {
  if (!list.rateCols.length || list.countCols.length < 2) return [];
  const h = list.headerRow;
  const countName = (c: number) => grid.compactText(h, c).replace(COUNT_UNIT, "");
  const intake = list.countCols.filter((c) => INTAKE_COUNT_HEADER.test(countName(c)));
  if (intake.length !== 1) return [];
  const den = intake[0];
  const out: RatioRelation[] = [];
  for (const rc of list.rateCols) {
    const head = grid.compactText(h, rc);
    const stem = head.replace(/(\(%\)|%)$/, "").replace(/率$/, "");
    if (!OUTCOME_COUNT_HEADER.test(stem)) continue;
    const nums = list.countCols.filter((c) => c !== den && countName(c).replace(/^已/, "").indexOf(stem) === 0 && COUNT_SUFFIX.test(countName(c).replace(/^已/, "").slice(stem.length)));
    if (nums.length !== 1) continue;
    const num = nums[0];
    const inPoints = /%/.test(head);
    for (const r of list.rows) {
      const stated = numberOrPointsAt(grid, r, rc);
      const n = numberOrPointsAt(grid, r, num);
      const d = numberOrPointsAt(grid, r, den);
      if (!stated || !n || !d || d.value === 0) continue;
      const unit = grid.compactText(r, list.unitCol);
      out.push({
        kind: "ratio",
        id: `ratio:${stated.cell}`,
        measure: "rate",
        block,
        name: head,
        label: `${unit}${head}`,
        stated: { ...stated, label: head },
        numerator: { ...n, label: grid.compactText(h, num) },
        denominator: { ...d, label: grid.compactText(h, den) },
        bound: "equal",
        ...((inPoints || stated.value > 1.5) && !stated.percent ? { statedInPoints: true as const } : {}),
      });
    }
  }
  return out;
}

/**
 * The last line of the sheet's unscored handling list's header (its unit head merged down over the lines that break its
 * counts down: 序号 | 单位 | 派遣案件总数 over 总计 | 12345热线 | 政民互动 over 按时办结 | 超时办结 | 未办结 — the list's
 * lines start below it), or null. A sheet of no family made of such a list is headed by it, whether or not its rates
 * can be rebuilt from its counts: the list is read on its own evidence (its heads' words, three unit lines at least of
 * whole counts and rates within 0–100%).
 */
export function handlingListHead(grid: Grid): number | null {
  const list = handlingList(grid);
  return list ? (grid.mergeAt(list.headerRow, list.unitCol)?.r2 ?? list.headerRow) : null;
}

/** An unscored handling list's rates against its counts (measureRatios): none where the sheet holds no such list. */
export function handlingListRatios(grid: Grid): RatioRelation[] {
  const list = handlingList(grid);
  return list ? measureRatios(grid, list, "amount-table") : [];
}
