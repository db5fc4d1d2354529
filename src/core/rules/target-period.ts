import { a1 } from "../grid/a1";
import type { Grid } from "../grid/grid";
import type { EvaluationModel } from "../model/types";
import { dateCellText, DateRead, headerRows, inlineLabel, labelText, readDate, readDates, targetRows } from "./target-sheet";
import { FindingDraft, Rule } from "./types";

const START = /^(计划|项目|实施)?(开始|起始)(日期|时间)$/;
const END = /^(计划|项目|实施)?(完成|结束|截止)(日期|时间)$/;
const SPAN = /^(项目|实施|建设)?(起止|实施|建设)(日期|时间|期限|周期)$|^(项目|建设)(期限|周期|期)$|^(项目)?(实施|执行)期(限)?$/;

interface Period {
  start: DateRead | null;
  startCell: string | null;
  end: DateRead | null;
  endCell: string | null;
}

/** The value right of a label: the first owned non-empty cell in its row. */
function valueRight(grid: Grid, r: number, c: number): { text: string; cell: string } | null {
  const m = grid.mergeAt(r, c);
  for (let cc = (m ? m.c2 : c) + 1; cc <= grid.scanCols; cc++) {
    if (!grid.ownsCell(r, cc)) continue;
    const t = dateCellText(grid, r, cc);
    if (t) return { text: t, cell: a1(r, cc) };
  }
  return null;
}

/** The project period the sheet states (计划开始日期 / 计划完成日期, or 项目起止时间 "2024-01-01至2026-12-31"). */
export function projectPeriod(grid: Grid, model: EvaluationModel): Period {
  const p: Period = { start: null, startCell: null, end: null, endCell: null };
  const last = headerRows(grid, model);
  for (let r = 1; r <= last; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      let lt = labelText(grid.text(r, c));
      // the label and its date in one cell ("计划开始日期：2024-01-01"): the cell is the value's
      const inline = inlineLabel(grid.text(r, c));
      if (inline && inline.value) lt = inline.label;
      if (!lt || lt.length > 12) continue;
      if (START.test(lt) || END.test(lt) || SPAN.test(lt)) {
        const v = inline && inline.value ? { text: inline.value, cell: a1(r, c) } : valueRight(grid, r, c);
        if (!v) continue;
        if (START.test(lt) && !p.start) [p.start, p.startCell] = [readDate(v.text, "first"), v.cell];
        else if (END.test(lt) && !p.end) [p.end, p.endCell] = [readDate(v.text, "last"), v.cell];
        else if (SPAN.test(lt)) {
          const first = readDates(v.text, "first");
          const lastD = readDates(v.text, "last");
          if (first.length >= 2 && !p.start && !p.end) {
            [p.start, p.startCell] = [first[0], v.cell];
            [p.end, p.endCell] = [lastD[lastD.length - 1], v.cell];
          }
        }
      }
    }
  }
  return p;
}

const show = (d: DateRead) => `${Math.floor(d.ymd / 10000)}-${String(Math.floor(d.ymd / 100) % 100).padStart(2, "0")}-${String(d.ymd % 100).padStart(2, "0")}`;

export const targetPeriod: Rule = {
  meta: {
    id: "target-period",
    severity: "error",
    families: ["target-declaration"],
    title: { zh: "项目期限与时效指标矛盾", en: "Project period contradicts itself or a time target" },
    rationale: {
      zh: "项目计划开始日期不得晚于完成日期；时效指标的期限应在项目期限之内（晚于项目完成日期或早于开始日期即自相矛盾）。",
      en: "The project's start may not be after its end, and a time (时效) target's date must lie inside the project period.",
    },
    source: "RULEBOOK C-V9, V-GOAL-DATES (audit_agent)",
    messages: {
      startAfterEnd: { zh: "项目开始日期 {{start}} 晚于完成日期 {{end}}", en: "The project starts on {{start}}, after its end on {{end}}" },
      afterEnd: {
        zh: "时效指标「{{name}}」的期限 {{date}} 晚于项目完成日期 {{end}}",
        en: "Time target {{name}}: {{date}} is after the project's end on {{end}}",
      },
      durationShort: {
        zh: "项目期写为 {{years}} 年，但表中{{label}}为 {{from}}—{{to}} 年（{{span}} 年）",
        en: "The project period is {{years}} year(s), but the sheet's {{label}} spans {{from}}–{{to}} ({{span}} years)",
      },
      yearOutside: {
        zh: "表头年度为 {{year}} 年，但项目期为 {{start}} 至 {{end}}，不含该年度",
        en: "The sheet is for {{year}}, but the project period {{start}} to {{end}} does not include that year",
      },
      beforeStart: {
        zh: "时效指标「{{name}}」的期限 {{date}} 早于项目开始日期 {{start}}",
        en: "Time target {{name}}: {{date}} is before the project's start on {{start}}",
      },
    },
  },
  check({ grid, model }) {
    const out: FindingDraft[] = [];
    const p = projectPeriod(grid, model);
    const inverted = !!p.start && !!p.end && p.start.ymd > p.end.ymd;
    if (inverted) {
      out.push({ cell: p.endCell!, related: p.startCell && p.startCell !== p.endCell ? [p.startCell] : [], messageId: "startAfterEnd", data: { start: show(p.start!), end: show(p.end!) } });
    }
    out.push(...durationAgainstRange(grid, model));
    // the year the form is for ("(2023年度)" under the title) must lie inside the period it states
    const year = sheetYear(grid, model);
    if (year && p.start && p.end && !inverted && (year.year < Math.floor(p.start.ymd / 10000) || year.year > Math.floor(p.end.ymd / 10000))) {
      const at = p.startCell ?? p.endCell!;
      out.push({ cell: at, related: [year.cell, ...(p.endCell && p.endCell !== at ? [p.endCell] : [])], severity: "warning", messageId: "yearOutside", data: { year: year.year, start: show(p.start), end: show(p.end) } });
    }
    const units = new Map(model.indicators.map((i) => [i.row, i.unit ?? ""]));
    for (const t of targetRows(grid, model)) {
      // a time indicator: under 时效 (进度 in older templates), or measured in 年/月/日
      const timeUnit = /^(年|月|日|天|年度|月份)$/.test((units.get(t.row) ?? "").trim());
      if (!(/时效|进度|时限/.test(t.category + t.name) || timeUnit) || !t.targetCell) continue;
      const late = readDate(t.targetText, "last");
      const early = readDate(t.targetText, "first");
      if (!late || !early) continue;
      if (p.end && early.ymd > p.end.ymd) {
        out.push({ cell: t.targetCell, related: [p.endCell!], messageId: "afterEnd", data: { name: t.name, date: late.text, end: show(p.end) } });
      } else if (p.start && !inverted && late.ymd < p.start.ymd) {
        out.push({ cell: t.targetCell, related: [p.startCell!], messageId: "beforeStart", data: { name: t.name, date: early.text, start: show(p.start) } });
      }
    }
    return out;
  },
};

/** A year line under the title ("(2023年度)", "2023 年度") or a title that names its year ("2023年度项目…绩效目标表"). */
const YEAR_LINE = /^[(（]?((?:19|20)\d{2})年度?[)）]?$/;
const TITLE_YEAR = /^(?!.*(?:19|20)\d{2}年?[—–\-~～至到]).*?((?:19|20)\d{2})年度?.*表/;

/** the lines at the top of a sheet that may hold its title and year line */
const TITLE_LINES = 5;

/** The year the form is for, from the lines above its first field (a title and its year line), or null. */
function sheetYear(grid: Grid, model: EvaluationModel): { year: number; cell: string } | null {
  const last = headerRows(grid, model);
  // (the first lines with content, wherever the sheet starts)
  for (let r = 1, seen = 0; r <= last && seen < TITLE_LINES; r++) {
    if (!grid.rowHasContent(r)) continue;
    seen++;
    let only: { text: string; c: number } | null = null;
    let n = 0;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c) || !grid.compactText(r, c)) continue;
      n++;
      only = { text: grid.compactText(r, c), c };
    }
    // (a row of fields ends the title lines)
    if (n !== 1 || !only) return null;
    const m = YEAR_LINE.exec(only.text) ?? TITLE_YEAR.exec(only.text);
    if (m) return { year: Number(m[1]), cell: grid.addr(r, only.c) };
  }
  return null;
}

/** A year range the sheet states for its mid-term goal or funds: "中期目标(2023年—2025年)", "实施期 2023-2025年". */
const YEAR_RANGE = /(中期|实施期|项目期|周期)[^0-9]{0,8}((?:19|20)\d{2})年?[—–\-~～至到]+((?:19|20)\d{2})年?/;

/**
 * 项目期 written as a duration ("1年", "3年") against a year range the sheet states elsewhere (中期目标(2023年—2025年)):
 * a period shorter than the range contradicts it.
 */
function durationAgainstRange(grid: Grid, model: EvaluationModel): FindingDraft[] {
  const last = headerRows(grid, model);
  let duration: { years: number; cell: string } | null = null;
  let range: { from: number; to: number; cell: string; label: string } | null = null;
  for (let r = 1; r <= last && !(duration && range); r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const text = grid.compactText(r, c);
      if (!text) continue;
      if (!duration && SPAN.test(labelText(grid.text(r, c)))) {
        const v = valueRight(grid, r, c);
        const m = v && /^(\d{1,2})年$/.exec(v.text.replace(/\s+/g, ""));
        if (m) duration = { years: Number(m[1]), cell: v!.cell };
      }
      const y: RegExpExecArray | null = range ? null : YEAR_RANGE.exec(text);
      if (y && Number(y[3]) > Number(y[2])) range = { from: Number(y[2]), to: Number(y[3]), cell: grid.addr(r, c), label: y[1] };
    }
  }
  if (!duration || !range) return [];
  const span = range.to - range.from + 1;
  if (duration.years >= span) return [];
  return [
    {
      cell: duration.cell,
      severity: "warning",
      related: [range.cell],
      messageId: "durationShort",
      data: { years: duration.years, label: range.label, from: range.from, to: range.to, span },
    },
  ];
}
