import { a1 } from "../grid/a1";
import type { CellValue, Grid } from "../grid/grid";
import type { EvaluationModel } from "../model/types";
import { FindingDraft, Rule } from "./types";

/** Excel's error values. */
const ERROR_CODES = /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

export function errorCode(v: CellValue): string | null {
  if (v && typeof v === "object" && "error" in v) return v.error;
  if (typeof v === "string" && ERROR_CODES.test(v.trim())) return v.trim().toUpperCase();
  return null;
}

/** A number format that shows a date or a time ("yyyy-mm-dd", "m/d/yy", "[$-F800]dddd", "h:mm"). */
/** Number formats seen so far and whether they show a date (a sheet uses a handful of formats). */
const dateFormats = new Map<string, boolean>();

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  let d = dateFormats.get(fmt);
  if (d === undefined) {
    d = isDateFormatUncached(fmt);
    if (dateFormats.size > 1000) dateFormats.clear();
    dateFormats.set(fmt, d);
  }
  return d;
}

function isDateFormatUncached(fmt: string): boolean {
  const f = fmt.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[(?!\$-)[^\]]*\]/g, "");
  return /[yd]/i.test(f) || /h{1,2}:m{1,2}|m{1,2}:s{1,2}/i.test(f) || /\[\$-[0-9A-F]+\]/i.test(f) && /m/i.test(f);
}

type NumericRole = "score" | "weight" | "amount";

/**
 * The cells whose content must be a number: scores, weights, totals, amounts (by the roles the recogniser found),
 * each checked once, at its merge's anchor, in the order found (no object per cell: a large sheet has one for
 * every row). A class whose methods do each step, not closures made per review: a closure is a new function on
 * every review, which the optimised code of a large sheet's loop meets as a new call target and is thrown away for.
 */
class NumericCells {
  readonly out: FindingDraft[] = [];
  // cells seen: a bit per cell of the sheet where that is small, else a set of keys
  private readonly width: number;
  private readonly bits: Uint8Array | null;
  private readonly seen: Set<number> | null;
  private outside: Set<number> | null = null;

  constructor(private readonly grid: Grid) {
    this.width = grid.colCount + 1;
    this.bits = (grid.rowCount + 1) * this.width <= SEEN_BITS_MAX ? new Uint8Array((((grid.rowCount + 1) * this.width) >> 3) + 1) : null;
    this.seen = this.bits ? null : new Set<number>();
  }

  /** A cell of the role, checked unless it (or its merge's anchor) already was. */
  push(row: number, col: number | undefined, role: NumericRole): void {
    if (!col) return;
    const grid = this.grid;
    const m = grid.mergeAt(row, col);
    const r = m ? m.r1 : row;
    const c = m ? m.c1 : col;
    const bits = this.bits;
    if (bits && r >= 0 && r <= grid.rowCount && c >= 0 && c < this.width) {
      const k = r * this.width + c;
      const bit = 1 << (k & 7);
      if (bits[k >> 3] & bit) return;
      bits[k >> 3] |= bit;
    } else {
      const k = r * 16384 + c;
      const set = this.seen ?? (this.outside ??= new Set<number>());
      if (set.has(k)) return;
      set.add(k);
    }
    this.check(r, c, role);
  }

  /** An error value, or a date format on a weight or score: the cell's own value and format (no merge fill). */
  private check(row: number, col: number, role: NumericRole): void {
    const v = this.grid.raw(row, col);
    const code = errorCode(v);
    if (code) {
      this.out.push({ cell: a1(row, col), messageId: "error", data: { role: ROLE_ZH[role], roleEn: ROLE_EN[role], code } });
      return;
    }
    if (role === "amount" || (typeof v !== "number" && typeof v !== "string")) return;
    const fmt = this.grid.ownFormat(row, col);
    if (fmt && (typeof v === "number" || /^\d{4}-\d{1,2}-\d{1,2}/.test(v)) && isDateFormat(fmt)) {
      const shown = typeof v === "string" ? v : dateText(v);
      this.out.push({ cell: a1(row, col), severity: "warning", messageId: "date", data: { role: ROLE_ZH[role], roleEn: ROLE_EN[role], shown } });
    }
  }
}

/** The error values and date-formatted numbers among the cells that must hold a number. */
function numericCellFindings(grid: Grid, model: EvaluationModel): FindingDraft[] {
  const cells = new NumericCells(grid);
  const b = model.budget;
  if (b) {
    for (const it of b.items) {
      for (const role of ["initial", "adjusted", "executed"] as const) cells.push(it.row, b.columns[role], "amount");
      cells.push(it.row, b.columns.weight, "weight");
      cells.push(it.row, b.columns.score, "score");
    }
  }
  if (model.headerLastRow !== null) {
    const cols = model.columns;
    // every row below the header: a row with an error in its weight may not have been read as an indicator
    for (let r = model.headerLastRow + 1; r <= grid.rowCount; r++) {
      cells.push(r, cols.weight, "weight");
      cells.push(r, cols.score, "score");
      cells.push(r, cols.level1Weight, "weight");
      cells.push(r, cols.level2Weight, "weight");
      cells.push(r, cols.level1Score, "score");
      cells.push(r, cols.level2Score, "score");
    }
  }
  // (an index, no iterator: this runs for every relation, also before the loop is optimised)
  for (let ri = 0, rels = model.relations; ri < rels.length; ri++) {
    const rel = rels[ri];
    if (rel.measure !== "amount") continue;
    if (rel.kind === "sum") {
      cells.push(rel.total.row, rel.total.col, "amount");
      for (let k = 0; k < rel.parts.length; k++) cells.push(rel.parts[k].row, rel.parts[k].col, "amount");
    } else if (rel.kind === "difference") {
      cells.push(rel.result.row, rel.result.col, "amount");
      cells.push(rel.minuend.row, rel.minuend.col, "amount");
      for (let k = 0; k < rel.subtrahends.length; k++) cells.push(rel.subtrahends[k].row, rel.subtrahends[k].col, "amount");
      if (rel.addends) for (let k = 0; k < rel.addends.length; k++) cells.push(rel.addends[k].row, rel.addends[k].col, "amount");
    }
  }
  return cells.out;
}

/** cells of a sheet up to which the cells seen are kept as bits (40,000 rows × 25 columns) */
const SEEN_BITS_MAX = 1 << 20;

const ROLE_ZH = { score: "得分", weight: "分值", amount: "金额" } as const;
const ROLE_EN = { score: "score", weight: "weight", amount: "amount" } as const;

export const errorValue: Rule = {
  meta: {
    id: "error-value",
    severity: "error",
    families: "all",
    title: { zh: "单元格内容无效", en: "Bad cell contents" },
    rationale: {
      zh: "得分、分值、合计和金额单元格中的错误值（#REF!、#DIV/0!、#N/A、#VALUE! 等）使计算无从核对；设成日期格式的分值或得分不是数值；有公式但文件未保存计算结果的单元格不是“缺少”，只需在 Excel 或 WPS 中打开并保存后重新核查。",
      en: "An error value (#REF!, #DIV/0!, #N/A, #VALUE! …) in a score, weight, total or amount cell breaks every check on it; a score or weight formatted as a date is not a number; a formula whose result the file does not hold is not missing: open and save the file in Excel or WPS, then check again.",
    },
    source: "RULEBOOK §1.3 (value parsing), §9 (real-world messiness); DESIGN §3",
    messages: {
      error: {
        zh: "{{role}}单元格为错误值 {{code}}，无法核对",
        en: "The {{roleEn}} cell holds the error value {{code}} and cannot be checked",
      },
      date: {
        zh: "{{role}}单元格设为日期格式（显示为 {{shown}}），不是数值，请改为数值格式",
        en: "The {{roleEn}} cell is formatted as a date (shows {{shown}}); it is not a number",
      },
      uncalculated: {
        zh: "公式未计算：{{count}} 个公式单元格没有保存计算结果（{{cells}}），请在 Excel 或 WPS 中打开并保存后重新核查；这些单元格未按缺失处理",
        en: "{{count}} formula cells hold no calculated result ({{cells}}): open and save the file in Excel or WPS, then check again; they are not treated as missing",
      },
    },
  },
  check({ grid, model }) {
    const out = numericCellFindings(grid, model);
    // formulas without a cached result, once per sheet (shared formulas included: the host marks them with f)
    const pending: string[] = [];
    for (let r = 1; r <= grid.rowCount; r++) {
      for (let c = 1; c <= grid.scanCols; c++) {
        if (grid.formula(r, c) !== undefined && grid.raw(r, c) === null) pending.push(a1(r, c));
      }
    }
    if (pending.length) {
      const shown = pending.slice(0, 5).join("、") + (pending.length > 5 ? " 等" : "");
      out.push({ cell: pending[0], related: pending.slice(1, 20), severity: "info", messageId: "uncalculated", data: { count: pending.length, cells: shown } });
    }
    return out;
  },
};

/** Excel's serial day number as Excel shows it (1900 system, with its fictitious 1900-02-29 at 60). */
function dateText(serial: number): string {
  const days = serial < 61 ? serial - 25568 : serial - 25569;
  const ms = Math.round(days * 86400 * 1000);
  const d = new Date(ms);
  return Number.isFinite(d.getTime()) ? d.toISOString().slice(0, 10) : String(serial);
}
