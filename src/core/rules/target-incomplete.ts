import { a1, parseA1 } from "../grid/a1";
import type { Grid } from "../grid/grid";
import type { EvaluationModel } from "../model/types";
import { numberAt } from "../recognise/cells";
import { tableCutOff } from "../recognise/cut-row";
import { labelCode, mayStartCode } from "../text/codes";
import { compact } from "../text/normalize";
import { TARGET_DIMENSIONS } from "../recognise/vocabulary";

import { blankForm, FIELD_EN, FIELD_ZH, readFields, targetRows } from "./target-sheet";
import { FindingDraft, Rule } from "./types";
import { fallsShortTyped } from "../relations/tolerance";

export const targetIncomplete: Rule = {
  meta: {
    id: "target-incomplete",
    severity: "error",
    families: ["target-declaration"],
    title: { zh: "绩效目标表填写不完整", en: "Target sheet incomplete" },
    rationale: {
      zh: "绩效目标申报/审批表的必填项（项目名称、主管部门、年度绩效目标；部门整体支出绩效目标表的部门名称、整体绩效目标）有标签而未填写的为错误，实施单位未填写仅作提示（常由主管部门自行实施），主管部门也未填写的为错误；各必填项均未填写的是空白模板，仅作提示；一级指标应覆盖产出、效益、满意度三个维度，缺少维度为警告（全国框架，非表内规则；空白模板仅作提示）。",
      en: "A required field of a target sheet (项目名称, 主管部门, 年度绩效目标; a department's whole-expenditure form's 部门名称 and 整体绩效目标) whose label is there but whose value is blank is an error; a blank 实施单位 is info (the department often implements itself) unless the 主管部门 is blank too; a blank template (none of its identity fields filled in) gets hints only; the first-level indicators should cover output, benefit and satisfaction (a missing dimension is a warning: a national frame, not a rule the sheet prints; on a blank template a hint).",
    },
    source: "RULEBOOK C-V5, V-GOAL-DIMS (audit_agent 缺少以下维度的具体指标项), §4.1 (RRD, JX, HX headers)",
    messages: {
      blankField: { zh: "{{field}}未填写", en: "The {{fieldEn}} is blank" },
      missingDimension: {
        zh: "一级指标缺少{{dimension}}（应包括产出、效益、满意度三类指标）",
        en: "No {{dimensionEn}} indicators (targets cover output, benefit and satisfaction)",
      },
    },
  },
  check({ grid, model }) {
    const out: FindingDraft[] = [];
    const fields = readFields(grid, model);
    const rows = targetRows(grid, model);
    // a blank template: hints only
    const blank = blankForm(fields, rows);
    // a unit's overall targets (整体目标 filled, no project's own goal): the form's 项目名称 is left blank by design
    const unitLevel = fields.every((f) => f.key !== "annualGoal" || !f.value) && statesUnitGoal(grid, model);
    // the sheet stops on a field's row with no indicator table read: an excerpt cut inside the head block (a
    // declaration goes on to its 绩效指标), so a blank on that last row may be the cut
    const cutRow = rows.length === 0 ? grid.lastContentRow() : 0;
    // the implementing unit is often the supervising department itself: a reminder only (as audit_agent), unless the
    // department is blank too and the form then names no unit at all
    const noDepartment = fields.some((f) => f.key === "department" && !f.value);
    for (const f of fields) {
      if (f.value) continue;
      if (f.key === "projectName" && unitLevel) continue;
      // (the value beside its label or on the row below it: either way on the sheet's last line)
      const cut = cutRow > 0 && Math.max(parseA1(f.valueCell).row, parseA1(f.labelCell).row + 1) >= cutRow;
      out.push({
        cell: f.valueCell,
        related: f.valueCell !== f.labelCell ? [f.labelCell] : [],
        ...((f.key === "implementer" && !noDepartment) || blank || cut ? { severity: "info" as const } : {}),
        messageId: "blankField",
        data: { field: FIELD_ZH[f.key], fieldEn: FIELD_EN[f.key] },
      });
    }
    const l1 = model.columns.level1;
    // an excerpt cut inside the table says nothing about the dimensions after the cut
    if (l1 && model.headerLastRow && rows.length >= 1 && !tableCutOff(grid, model)) {
      // a dimension may stand one level lower, under a wrapper 一级 ("实施效果指标" over 产出指标 | 效益指标)
      const l2 = model.columns.level2;
      const labels = new Set<string>();
      for (const g of model.groups) if (g.level <= 2) labels.add(compact(g.label));
      for (const r of rows) {
        labels.add(grid.compactText(r.row, l1));
        if (l2) labels.add(grid.compactText(r.row, l2));
        // no 二级 column: a satisfaction indicator filed under 效果指标 (the 2017–2019 转移支付 form) is the dimension
        else labels.add(compact(r.name));
      }
      // and a numbered section line between the indicators ("三、产出目标" in the name column) names its dimension
      for (let r = model.headerLastRow + 1; r < rows[rows.length - 1].row; r++) {
        for (let c = 1; c <= grid.scanCols; c++) {
          const t = grid.compactText(r, c);
          if (t.length <= 10 && mayStartCode(t) && labelCode(t)?.style === "cn-dun") labels.add(t);
        }
      }
      const all = [...labels].join("|");
      // the sheet stops one line into a new 二级 group of its last 一级 (质量指标 under 产出, then nothing): an
      // excerpt that likely goes on, so a dimension not seen is a reminder only
      const lines = rows.map((x) => x.row);
      // or the sheet stops on a table line while the table has written out one dimension only, over three 二级
      // groups or more (数量 | 质量 | 时效 | 成本 under 产出, then nothing, no closing row): a form written out so
      // does not end in its first dimension, the rest was cut off (one bare line proves nothing)
      const seen = TARGET_DIMENSIONS.filter((d) => d.names.test(all)).length;
      const level2s = l2 ? new Set(lines.map((r) => grid.compactText(grid.anchorRow(r, l2), l2)).filter((t) => t)).size : 0;
      const endsOnLine = lines[lines.length - 1] === grid.lastContentRow();
      const endsInFirst = seen === 1 && level2s >= 3 && endsOnLine;
      // or the sheet stops on a table line before its second dimension (产出 alone, or none of the three yet: 成本
      // first), and every dimension not seen is one that comes after those seen (产出 → 效益 → 满意度): the form's
      // order puts the missing ones past the cut. A dimension missing between two seen ones is no cut.
      const seenAt = TARGET_DIMENSIONS.map((d) => d.names.test(all));
      const lastSeen = seenAt.lastIndexOf(true);
      const trailingOnly = seenAt.every((x, k) => x || k > lastSeen);
      // (a one-line 产出 table is a sketch as often as a cut and proves nothing; one line before any of the three,
      // a 成本 line first, is the start of a table)
      const beforeSecond = endsOnLine && seen <= 1 && trailingOnly && (lines.length >= 2 || seen === 0);
      // (a blank template's dimensions are the form's layout, not a filler's omission: a hint, as its blank fields)
      const severity = blank || endsInFirst || beforeSecond || opensGroupAtEnd(grid, lines, l1, l2) || percentsShort(grid, model, endsOnLine) ? "info" : "warning";
      const announced = lines[lines.length - 1] === grid.lastContentRow() ? pointedLabels(grid, model.headerLastRow, lines[lines.length - 1], l1) : "";
      for (const d of TARGET_DIMENSIONS) {
        if (d.names.test(all)) continue;
        // the sheet gives the dimension its points beside the table ("绩效指标(…效益指标权重分值30分…)") and stops at
        // the table's last line: its rows were cut off, not left out
        if (announced && new RegExp(`(${d.names.source})[^,，、;；)）]*?\\d+(\\.\\d+)?分`).test(announced)) continue;
        out.push({ cell: a1(model.headerLastRow, l1), severity, messageId: "missingDimension", data: { dimension: d.zh, dimensionEn: d.en } });
      }
    }
    return out;
  },
};

/**
 * The sheet stops on a table line, and the lines' weights, every one written as a percentage ("30%"), add up to less
 * than 100%: the weights still to come were cut off with their lines (the grid's own evidence of a cut, one line or
 * more), so a dimension not seen is a reminder only.
 */
function percentsShort(grid: Grid, model: EvaluationModel, endsOnLine: boolean): boolean {
  if (!endsOnLine || !model.indicators.length) return false;
  let sum = 0;
  for (const i of model.indicators) {
    if (i.weight === null || !i.weightCell) return false;
    const at = parseA1(i.weightCell);
    // (typed "30%", or 0.3 in a percentage format)
    if (!numberAt(grid, at.row, at.col)?.percent) return false;
    sum += i.weight;
  }
  return fallsShortTyped(sum, 100);
}

/**
 * The sheet's last line is a table row that opens a 二级 group inside the 一级 group above it: an excerpt that likely
 * goes on. Not where every earlier 二级 group is one row too (产出值 | 数量值 | … one line each): there a one-line group
 * at the end is the form's shape, not a cut.
 */
function opensGroupAtEnd(grid: Grid, rows: number[], l1: number, l2: number | undefined): boolean {
  const lastRow = rows[rows.length - 1];
  if (!l2 || rows.length < 2) return false;
  if (lastRow !== grid.lastContentRow()) return false;
  const opens = (r: number, c: number) => grid.startsInRow(r, c) && grid.anchorRow(r, c) === r && grid.text(r, c) !== "";
  if (!opens(lastRow, l2) || opens(lastRow, l1)) return false;
  const starts = rows.filter((r) => opens(r, l2));
  // (three or more one-line groups before it make the shape; fewer prove nothing)
  return starts.length < 4 || rows.length - 1 > starts.length - 1;
}

/** The text of the block labels left of the 一级 column over the table's rows (header to last line). */
function pointedLabels(grid: Grid, first: number, last: number, l1: number): string {
  const out: string[] = [];
  for (let c = 1; c < l1; c++) for (let r = first; r <= last; r++) if (grid.ownsCell(r, c)) out.push(grid.compactText(r, c));
  return out.filter((t) => /\d分/.test(t)).join("|");
}

/** A unit's overall goal filled in above the table ("整体目标: 组织协调推进全州食品安全重点工作…"). */
function statesUnitGoal(grid: Grid, model: EvaluationModel): boolean {
  const last = Math.min(grid.rowCount, (model.headerLastRow ?? grid.rowCount) - 1);
  for (let r = 1; r <= last; r++) {
    for (let c = 1; c < grid.scanCols; c++) {
      if (!grid.ownsCell(r, c) || !UNIT_GOAL.test(grid.compactText(r, c).replace(/[:：]$/, ""))) continue;
      const m = grid.mergeAt(r, c);
      for (let cc = (m ? m.c2 : c) + 1; cc <= grid.scanCols; cc++) if (grid.ownsCell(r, cc) && grid.text(r, cc)) return true;
    }
  }
  return false;
}

const UNIT_GOAL = /^(整体目标|整体绩效目标|部门整体(绩效)?目标|单位整体(绩效)?目标)$/;
