/**
 * Reading a target sheet (绩效目标申报/审批表) for the completeness rules: the header fields above the
 * indicator table, the target-value column, the indicator rows (also those the recogniser set aside because
 * their target is blank) and dates. Pure helpers over the Grid; the rules are target-incomplete,
 * target-period and placeholder-value.
 */
import { a1 } from "../grid/a1";
import type { Grid } from "../grid/grid";
import type { EvaluationModel } from "../model/types";
import { PLACEHOLDER_NAME } from "../recognise/vocabulary";
import { indicatorRole } from "../recognise/headers";
import { compact } from "../text/normalize";

/** Header labels of a target sheet's fields (compact text of the whole label cell). */
export const FIELD_LABELS = {
  projectName: /^(项目名称|专项名称|专项资金名称|项目\(专项\)名称)$/,
  department: /^(.{0,4}主管部门(及代码|名称|\(单位\))?|主管单位)$/,
  implementer: /^(项目)?实施单位(\(盖章\))?$|^项目单位$/,
  annualGoal: /^(年度(总体|绩效)?目标|年度总体绩效目标|当年绩效目标)$/,
  // a department's whole-expenditure target form (部门整体支出绩效目标表): the unit it is for and its overall target
  unitName: /^(部门|单位|部门\(单位\)|预算部门|预算单位)名称$/,
  unitGoal: /^(部门|单位|年度|部门年度)?整体(支出)?(绩效)?目标$/,
} as const;
export type FieldKey = keyof typeof FIELD_LABELS;

export const FIELD_ZH: Record<FieldKey, string> = { projectName: "项目名称", department: "主管部门", implementer: "实施单位", annualGoal: "年度绩效目标", unitName: "部门名称", unitGoal: "整体绩效目标" };
export const FIELD_EN: Record<FieldKey, string> = {
  projectName: "project name",
  department: "supervising department",
  implementer: "implementing unit",
  annualGoal: "annual target",
  unitName: "department's name",
  unitGoal: "overall target",
};

/** Any label of the header block: where a field's value ends. */
// every label of a target form's head (the Hunan 项目绩效年度表's 项目分类 … 其他依据 included): a text below a blank
// field that is one of them is the next field, not its value
const ANY_LABEL =
  /^(项目名称|专项名称|专项资金名称|项目性质|项目类别|项目属性|项目类型|.{0,4}主管部门.*|主管单位|(项目)?实施单位.*|项目单位|项目负责人.*|联系电话|联系人|计划开始日期|计划完成日期|项目起止时间|项目期限|项目期|实施期限|实施周期|起止时间|开始时间|完成时间|开始日期|完成日期|结束日期|填报单位.*|.{0,4}财政部门|资金情况.*|项目资金.*|年度资金.*|项目总体目标.*|总体目标.*|长期目标.*|年度(总体|绩效)?目标|年度总体绩效目标|当年绩效目标|项目绩效目标|绩效目标|(一级|二级)项目名称|项目(开始|完成|结束)(日期|时间)|项目分类|申报属性|资金用途|基本情况|.{0,6}必要性|.{0,8}制度措施|(项目)?实施计划|(组织实施|监督管理)单位|(政策|其他|立项)依据|(需要说明的)?其他(需要说明的)?情况|(部门|单位|部门\(单位\)|预算部门|预算单位)名称|(部门|单位|年度|部门年度)?整体(支出)?(绩效)?目标)[:：]?$/;

/** A label naming an amount with its unit in brackets ("上年度预算安排资金(万元)", "资金总额(元)"): never a field's value. */
const UNIT_LABEL = /\((万元|元)\)$/;

export function labelText(t: string): string {
  return compact(t).replace(/[:：]$/, "").replace(/（/g, "(").replace(/）/g, ")");
}

/**
 * A head field written with its value in the label's own cell after a colon ("项目名称：某某项目", "计划开始日期：
 * 2024-01-01"): the label (before the first colon) and the value (after it, maybe empty). Null for a cell with no colon
 * inside, or whose text before it is no label of the head block (a sentence with a colon: "目标：完成…" is no field).
 */
export function inlineLabel(t: string): { label: string; value: string } | null {
  const c = labelText(t);
  const at = c.search(/[:：]/);
  if (at < 2 || at > 14) return null;
  const label = c.slice(0, at);
  if (!ANY_LABEL.test(label) && !exactField(label)) return null;
  return { label, value: c.slice(at + 1) };
}

/** A cell that is a label of the head block, on its own or with its value after a colon. */
const isHeadLabel = (t: string): boolean => {
  const lt = labelText(t);
  return ANY_LABEL.test(lt) || !!inlineLabel(t);
};

/** A cell is empty for a field when it holds nothing, or only filler (*, …, X, —). */
export function isBlankValue(t: string): boolean {
  const c = compact(t);
  // (a template's placeholder names: "××局", "XX县XX单位", "某某项目")
  return !c || /^[*＊_…\.。xX×—\-－/／]+$/.test(c) || (c.length <= 12 && /××|XX|某某|○○|〇〇/.test(c));
}

export interface FieldHit {
  key: FieldKey;
  labelCell: string;
  /** the value's cell (the first cell right of the label), or the label itself when there is none */
  valueCell: string;
  value: string;
}

/** The rows of the header block: above the indicator header (or the first 25 rows). */
export function headerRows(grid: Grid, model: EvaluationModel): number {
  return Math.min(grid.rowCount, model.headerLastRow ? model.headerLastRow - 1 : 25);
}

const FIELD_KEYS = Object.keys(FIELD_LABELS) as FieldKey[];

/**
 * What may follow a field's name by mistake ("专项名称金", "项目名称:*"): one or two marks, or one character with at
 * most one mark after it — never a digit or a Latin letter (half or full width), nor two characters (a word: 代码, 编号, a
 * longer label). (No \p{…} escapes: the WPS bundle is ES2017.)
 */
const STRAY_TAIL = /^([^\u4e00-\u9fa5A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]{1,2}|[\u4e00-\u9fa5][^\u4e00-\u9fa5A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]?)$/;

/** The field a head-block label names exactly. */
const exactField = (lt: string): FieldKey | undefined => FIELD_KEYS.find((k) => FIELD_LABELS[k].test(lt));

/** The field a label names with one or two stray characters after its name ("专项名称金" is 专项名称). */
function strayField(lt: string): FieldKey | undefined {
  if (indicatorRole(lt)) return undefined;
  for (let k = 1; k <= 2 && k < lt.length; k++) {
    if (!STRAY_TAIL.test(lt.slice(-k))) continue;
    const key = exactField(lt.slice(0, -k));
    if (key) return key;
  }
  return undefined;
}

/**
 * The head block's label cells: each row's first text, and any cell of a column that holds an exact label in another
 * row of the block (主管部门 | … | 实施单位 | … : the third column is a label column).
 */
function labelCells(grid: Grid, last: number): (r: number, c: number) => boolean {
  const labelCols = new Set<number>();
  const firstText = new Map<number, number>();
  for (let r = 1; r <= last; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const lt = labelText(grid.text(r, c));
      if (!lt) continue;
      if (!firstText.has(r)) firstText.set(r, c);
      if (exactField(lt) || ANY_LABEL.test(lt)) labelCols.add(c);
    }
  }
  return (r, c) => firstText.get(r) === c || labelCols.has(c);
}

/**
 * Find every field label above the table and read its value: the owned cells to its right up to the next
 * label; for a goal label with nothing to its right, the cell below it (a block of labels over their texts).
 * A label cell of the block with one or two stray characters after a field's name ("专项名称金", "项目名称:*") is
 * that field.
 */
export function readFields(grid: Grid, model: EvaluationModel): FieldHit[] {
  // (asked by target-incomplete and placeholder-value of one sheet's model: read once per model and grid; only read)
  return memoByModel(fieldsRead, grid, model, fieldsOf);
}

/** What a rule reads of a sheet's model, kept per model for the next rule that asks it of the same grid. */
function memoByModel<T>(memo: WeakMap<EvaluationModel, { grid: Grid; value: T }>, grid: Grid, model: EvaluationModel, read: (grid: Grid, model: EvaluationModel) => T): T {
  const hit = memo.get(model);
  if (hit !== undefined && hit.grid === grid) return hit.value;
  const value = read(grid, model);
  memo.set(model, { grid, value });
  return value;
}

const fieldsRead = new WeakMap<EvaluationModel, { grid: Grid; value: FieldHit[] }>();
const rowsRead = new WeakMap<EvaluationModel, { grid: Grid; value: TargetRow[] }>();

function fieldsOf(grid: Grid, model: EvaluationModel): FieldHit[] {
  const out: FieldHit[] = [];
  const last = headerRows(grid, model);
  let isLabelCell: ((r: number, c: number) => boolean) | null = null;
  for (let r = 1; r <= last; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const lt = labelText(grid.text(r, c));
      if (!lt) continue;
      // (the label of the cell left of it written again, a merge filled across by an export or a paste: that label)
      if (c > 1 && grid.ownsCell(r, c - 1) && grid.text(r, c - 1) === grid.text(r, c)) continue;
      let key = exactField(lt);
      if (!key) {
        const stray = strayField(lt);
        if (stray && (isLabelCell ??= labelCells(grid, last))(r, c)) key = stray;
      }
      if (!key) {
        // the label and its value in one cell ("项目名称：某某项目"); "项目名称：" with nothing after it is read below
        const inline = inlineLabel(grid.text(r, c));
        const inlineKey = inline && inline.value ? exactField(inline.label) : undefined;
        if (inline && inlineKey) out.push({ key: inlineKey, labelCell: a1(r, c), valueCell: a1(r, c), value: isBlankValue(inline.value) ? "" : inline.value });
        continue;
      }
      const m = grid.mergeAt(r, c);
      let endCol = m ? m.c2 : c;
      let value = "";
      let valueCell: string | null = null;
      // unmerged blank cells only, to the row's end: the label's merge undone (年度目标 over F:H, its text in the row below)
      let blanksToEnd = true;
      for (let cc = endCol + 1; cc <= grid.scanCols; cc++) {
        if (!grid.ownsCell(r, cc)) continue; // a merge from the row above, or the rest of a value's merge
        const t = grid.text(r, cc);
        // (the label written again across its merge's cells, filled across: still the label's)
        if (cc === endCol + 1 && t === grid.text(r, c)) {
          endCol = cc;
          continue;
        }
        if (t && isHeadLabel(t)) {
          blanksToEnd = false;
          break;
        }
        valueCell ??= a1(r, cc);
        if (!isBlankValue(t)) {
          value = t;
          valueCell = a1(r, cc);
          break;
        }
        // a merged blank is the value's slot, laid out for it
        if (t || grid.mergeAt(r, cc)) blanksToEnd = false;
      }
      if (!value && (valueCell === null || blanksToEnd)) {
        // nothing to its right: a block of labels over their texts (年度总体目标 above the goal text), or the head
        // of a list's column (项目名称 | 实施单位 | 金额 over one project per row)
        const below = (m ? m.r2 : r) + 1;
        if (below <= grid.rowCount) {
          const t = grid.text(below, c);
          if (valueCell !== null) {
            // blanks to its right: its text below, when there is one (else the blank beside it is the missing value)
            // (a cell ending in a colon is another label: "项目经办人：")
            // (nor a header cell of the table: "一级指标"; nor an amount's label with its unit: "上年度预算安排资金(万元)")
            if (t && !isBlankValue(t) && !isHeadLabel(t) && !/[:：]$/.test(t) && !UNIT_LABEL.test(labelText(t)) && !indicatorRole(t) && below !== model.headerLastRow) {
              value = t;
              valueCell = a1(below, c);
            } else if (m && m.c2 > m.c1) {
              // both blank, the label merged over two columns or more (the blanks right of it are past the form's
              // width): a blank slot merged to the label's width right below it is the value's (年度目标 over its
              // text), else a label written to take its value after its colon ("项目名称：") is its own slot
              const slot = grid.mergeAt(below, c);
              if (!t && slot && slot.r1 === below && slot.c1 === m.c1 && slot.c2 === m.c2) valueCell = a1(below, c);
              else if (/[:：]$/.test(compact(grid.text(r, c)))) valueCell = a1(r, c);
            }
          } else if (!(t && (isHeadLabel(t) || UNIT_LABEL.test(labelText(t))))) {
            valueCell = a1(below, c);
            if (!isBlankValue(t)) value = t;
          }
        }
      }
      out.push({ key, labelCell: a1(r, c), valueCell: valueCell ?? a1(r, c), value });
    }
  }
  return out;
}

/** The target-value column: the recogniser's, else a header cell that names it (年度(/项目)指标值, 目标值). */
export function targetColumn(grid: Grid, model: EvaluationModel): number | null {
  if (model.columns.targetValue) return model.columns.targetValue;
  if (!model.headerLastRow) return null;
  for (let r = model.headerLastRow; r <= Math.min(grid.rowCount, model.headerLastRow + 1); r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      if (/指标值|目标值/.test(grid.compactText(r, c)) && !/说明|计算|实际|完成/.test(grid.compactText(r, c))) return c;
    }
  }
  return null;
}

export interface TargetRow {
  row: number;
  name: string;
  nameCell: string;
  /** 二级 label (时效指标 …) */
  category: string;
  targetCell: string | null;
  targetText: string;
}

/**
 * A blank template: not one of its identity fields filled in (项目名称, 主管部门, 实施单位 …; "××" and "*" count as
 * blank), so the form itself, its targets at most the template's examples, not a filler's omission. A form with one
 * identity field is blank when no indicator row has a target either.
 */
export function blankForm(fields: FieldHit[], rows: TargetRow[]): boolean {
  return fields.length > 0 && fields.every((f) => !f.value) && (fields.length > 1 || rows.every((r) => !compact(r.targetText)));
}

/**
 * Every indicator row of the table with its target text: the recogniser's indicators and the rows it set
 * aside (placeholderRows) that still carry a 三级 name; a row whose target is blank is still an indicator.
 */
export function targetRows(grid: Grid, model: EvaluationModel): TargetRow[] {
  // (asked by target-incomplete, target-period and placeholder-value: once per model and grid; only read)
  return memoByModel(rowsRead, grid, model, rowsOf);
}

function rowsOf(grid: Grid, model: EvaluationModel): TargetRow[] {
  const col = targetColumn(grid, model);
  const l3 = model.columns.level3;
  const l2 = model.columns.level2;
  const rows = new Set<number>([...model.indicators.filter((i) => i.childOfRow === null).map((i) => i.row), ...model.placeholderRows]);
  const byRow = new Map(model.indicators.map((i) => [i.row, i]));
  const out: TargetRow[] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const ind = byRow.get(row);
    const name = ind?.name ?? (l3 ? grid.text(row, l3) : "");
    // the template's own lines ("……", "指标1:", a bare "1.") are no indicators
    const n = compact(name);
    if (!n || /^[…\.。]+$/.test(n) || PLACEHOLDER_NAME.test(n) || /^(合计|总计|小计)/.test(n)) continue;
    const nameCell = ind?.nameCell ?? (l3 ? a1(row, l3) : a1(row, 1));
    const category = ind?.level2?.label ?? ind?.path[1] ?? (l2 ? grid.text(row, l2) : "");
    let targetCell: string | null = null;
    let targetText = "";
    // a row's target is its own cell: a cell merged down from above (the header's own label merged over the table,
    // "绩效目标" over A15:A24, or one value shared by several rows) is no target of this row to report, so a finding
    // never sits in another row than its indicator's
    const a = col ? grid.anchor(row, col) : null;
    if (col && a && a.row === row) {
      targetCell = a1(a.row, a.col);
      targetText = grid.text(row, col);
      // an operator column beside the value (指标性质 | 指标值) belongs to the target text
      if (model.columns.targetOp) targetText = grid.text(row, model.columns.targetOp) + targetText;
    }
    out.push({ row, name, nameCell, category: compact(category), targetCell, targetText });
  }
  return out;
}

/** A calendar day as a sortable number (yyyymmdd). */
export interface DateRead {
  ymd: number;
  text: string;
}

/**
 * Read a date: "2024-01-01", "2024/1/1", "2024.01", "2024年1月1日", "2024年12月底前", "2023年底", or an Excel serial
 * day in a date-formatted cell. Missing day or month: `edge` says whether the first or the last day is meant (年底,
 * 年末 and 月底 mean the last).
 */
export function readDate(text: string, edge: "first" | "last"): DateRead | null {
  return readDates(text, edge)[0] ?? null;
}

/** Every date in a text ("2024年1月1日至2026年12月31日" gives two), in order. */
export function readDates(text: string, edge: "first" | "last"): DateRead[] {
  const c = compact(text);
  const re = /((?:19|20)\d{2})(?:年(?:(\d{1,2})月)?(?:(\d{1,2})[日号])?|[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)/g;
  const out: DateRead[] = [];
  for (let m = re.exec(c); m; m = re.exec(c)) {
    const y = Number(m[1]);
    const moText = m[2] ?? m[4];
    const dText = m[3] ?? m[5];
    // "2023年底", "2023年末", "12月底": the end of that year or month, whichever edge is asked
    const end = !dText && /^(年?[底末])/.test(c.slice(m.index + m[0].length));
    const mo = moText ? Number(moText) : end || edge === "last" ? 12 : 1;
    if (mo < 1 || mo > 12) continue;
    const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    const d = dText ? Math.min(Math.max(Number(dText), 1), lastDay) : end || edge === "last" ? lastDay : 1;
    out.push({ ymd: y * 10000 + mo * 100 + d, text: m[0] });
  }
  return out;
}

export function serialToISO(serial: number): string {
  const days = serial < 61 ? serial - 25568 : serial - 25569;
  return new Date(Math.round(days * 86400000)).toISOString().slice(0, 10);
}

/** The text of a cell as a date reader wants it (Excel serial days in a date format become ISO dates). */
export function dateCellText(grid: Grid, row: number, col: number): string {
  const a = grid.anchor(row, col);
  const cell = grid.cell(a.row, a.col);
  if (cell && typeof cell.v === "number" && cell.fmt && /[yd]/i.test(cell.fmt.replace(/"[^"]*"/g, ""))) return serialToISO(cell.v);
  return grid.text(row, col);
}
