import type { Grid } from "../grid/grid";
import type { EvaluationModel, Family } from "../model/types";
import { compact, isNotApplicableText, isNotApplicableWord } from "../text/normalize";
import { LETTER_BESIDE_DIGIT, letterForDigit, pointsWithLetters, readNumber, readPoints } from "../text/numbers";
import { garbledTiers } from "../recognise/point-tiers";
import { numberAt } from "../recognise/cells";
import { lostPointsInLabel } from "../text/labels";
import { parseOperator } from "../text/quantity";
import { isInstructionText } from "./missing-reason";
import { readDate } from "./target-sheet";
import { FindingDraft, Rule } from "./types";
import { mayHold, TextFact } from "../recognise/text-facts";

/** A whole cell that is a date (a 时效 target's value: "2023年12月31日", "2023年12月底前"). */
function isDate(text: string): boolean {
  const d = readDate(text, "last");
  return !!d && /^(年?[底末])?(前|之前|以前)?$/.test(compact(text).replace(d.text, ""));
}

const INDICATOR_FAMILIES: Family[] = ["project-self-eval", "dept-self-eval", "target-declaration", "monitoring"];

export const nonNumericValue: Rule = {
  meta: {
    id: "non-numeric-value",
    // a text actual is a hint (a form quirk, not a contradiction: the corpus truths list such values as
    // observations); a text target where the row itself says 定量 or gives an operator is a warning
    severity: "info",
    // (the indicator checks apply to INDICATOR_FAMILIES; a garbled number in any sheet)
    families: "all",
    title: { zh: "定量指标值无法识别为数值", en: "Quantitative value is not a number" },
    rationale: {
      zh: "定量指标（带运算符或数值的指标值）的实际完成值须为数值；标明运算符的指标值须为数值（定量指标的指标值为数值）。实际值为文字并非表内矛盾，为提示（info）；该行自己标明定量（运算符或“指标值类型：定量”）而指标值为文字的，为警告。",
      en: "A quantitative target (with an operator or a number) needs a numeric actual, and an operator column needs a numeric target (定量指标的指标值为数值). A text actual is no contradiction in the sheet, so a hint (info); a text target on a row that itself says it is quantitative (an operator, or 指标值类型 定量) is a warning.",
    },
    source: "RULEBOOK §1.3, V-NUMERIC (PK-JS), §9.4 (DYX \"完成\")",
    messages: {
      target: { zh: "{{name}}标明「{{op}}」，但指标值「{{target}}」不是数值", en: "{{name}}: operator {{op}} but the target \"{{target}}\" is not a number" },
      typed: { zh: "{{name}}标明为定量指标，但指标值「{{target}}」不是数值", en: "{{name}} is marked 定量 (quantitative) but the target \"{{target}}\" is not a number" },
      garbled: {
        zh: "「{{text}}」中的分隔符位置有误，无法识别为数值，相关金额无法核对",
        en: "\"{{text}}\" has its separators in impossible places: not a number, so the amounts it belongs to cannot be checked",
      },
      letter: {
        zh: "「{{text}}」中的字母「{{letter}}」处应为数字 {{digit}}（{{meant}}），按所印文字无法识别为数值",
        en: "\"{{text}}\" has the letter \"{{letter}}\" where the digit {{digit}} belongs ({{meant}} meant): as printed it is not a number",
      },
      tier: {
        zh: "评分档次「{{text}}」括号中的分值「{{award}}」含字母或符号，无法识别为分值或分值区间（同行其他档次均可识别）",
        en: "The tier \"{{text}}\" gives its points as \"{{award}}\", with letters or marks where digits belong: not a number or a range of points (the other tiers of its line are)",
      },
      lostPoints: {
        zh: "「{{text}}」所标分值的数字缺失（以符号代替），无法识别为分值，相关分值合计无法核对",
        en: "\"{{text}}\" states its points with the figure lost (a mark in its place): not a number, so the sums over it cannot be checked",
      },
      weight: {
        zh: "{{name}}的分值「{{text}}」无法识别为数值（同组其他 {{siblings}} 项均为数值），未计入分值合计",
        en: "{{name}}: the weight \"{{text}}\" is not a number (the {{siblings}} other items of its group are), so it is left out of the weight sums",
      },
      actual: {
        zh: "{{name}}为定量指标（{{target}}），实际完成值「{{actual}}」无法识别为数值",
        en: "{{name}}: quantitative target {{target}}, but the actual \"{{actual}}\" is not a number",
      },
    },
  },
  check({ grid, model }) {
    const out: FindingDraft[] = [];
    const typeCol = model.columns.valueType;
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    const inds = INDICATOR_FAMILIES.includes(model.family) ? model.indicators : [];
    for (let ii = 0; ii < inds.length; ii++) {
      const i = inds[ii];
      const op = i.opText ? parseOperator(i.opText) : null;
      const name = i.name || "该指标";
      // the row itself says its target is a number (an operator in its column, or 定量 in 指标值类型): a text
      // target contradicts it, a warning
      const typed = !!typeCol && /^定量/.test(grid.compactText(i.row, typeCol));
      // (a 时效 target typed 定量 may be a date: "2023年12月31日", "2023年12月底前")
      if ((op || typed) && i.target && i.target.kind === "text" && i.targetCell && !isDate(i.target.raw)) {
        out.push(
          op
            ? { cell: i.targetCell, severity: "warning", related: i.opCell ? [i.opCell] : [], messageId: "target", data: { name, op: i.opText!, target: i.target.raw } }
            : { cell: i.targetCell, severity: "warning", related: [grid.addr(i.row, typeCol!)], messageId: "typed", data: { name, target: i.target.raw } },
        );
        continue;
      }
      // a quantitative target whose actual is text that says nothing about completion
      if (i.target?.kind === "number" && i.actual?.kind === "text" && !i.actualTier && i.actualCell) {
        const explained = !!i.reason && !!compact(i.reason) && !isInstructionText(i.reason);
        out.push({
          cell: i.actualCell,
          related: [i.targetCell, explained ? i.reasonCell : null].filter((x): x is string => !!x),
          messageId: "actual",
          data: { name, target: i.target.raw, actual: i.actual.raw },
        });
      }
    }
    weightsNotNumbers(grid, model, out);
    if (model.family !== "unknown") lostPointFigures(grid, out);
    lettersForDigits(grid, out);
    // a tier's bracketed award printed with letters or marks for digits ('(O-Io)', '(&7)') beside tiers that read
    for (const g of garbledTiers(grid, model.headerLastRow ?? model.headerRow, model.columns.rubric, model.indicators.map((i) => i.row)))
      out.push({ cell: g.cell, severity: "warning", related: g.siblings, messageId: "tier", data: { text: g.text, award: g.award } });
    // a number typed with its separators in impossible places ("7,00.0,77" for 700.077?): read as nothing, so every
    // sum it belongs to goes unchecked; said once per cell
    const { start, cols } = grid.textCells();
    // (a sheet with no comma and no doubled point in any text has none: Grid.hasText)
    const commas = grid.hasText(",");
    const doubled = grid.hasText("..");
    for (let r = 1; (commas || doubled) && r <= grid.rowCount; r++) {
      for (let k = start[r]; k < start[r + 1]; k++) {
        const c = cols[k];
        if (typeof grid.raw(r, c) !== "string") continue;
        const t = grid.compactText(r, c);
        if (t.length >= 5 && t.includes(",") && GARBLED_NUMBER.test(t) && readNumber(t) === null && !NUMBER_LIST.test(t) && !ELIDED_LIST.test(t) && t.replace(/\D/g, "").length >= 4 && !cutByPage(grid, r, c, t) && !spacedNumbers(grid.text(r, c))) out.push({ cell: grid.addr(r, c), severity: "warning", messageId: "garbled", data: { text: t } });
        // a number typed with its point doubled ('86..67') among numbers in its column (above or below it)
        else if (doubled && DOUBLED_POINT.test(t) && ((r > 1 && numberAt(grid, r - 1, c)) || (r < grid.rowCount && numberAt(grid, r + 1, c)))) out.push({ cell: grid.addr(r, c), severity: "warning", messageId: "garbled", data: { text: t } });
      }
    }
    return out;
  },
};

/**
 * (scan56) Several numbers on one line, each well formed, spaces between them: a table's line flattened into one cell
 * ('1 132,000 132,000' — 数量 | 单价 | 预算), no number with its separators misplaced ('1132,000132,000' once the spaces are
 * out). A space between digit groups not each of which reads alone ('7,00 0,77') is no such list.
 */
function spacedNumbers(text: string): boolean {
  const parts = text.trim().split(/\s+/);
  return parts.length >= 2 && parts.every((p) => readNumber(p) !== null);
}

/** a well-formed thousands number cut inside its last group: '7,206,4' of 7,206,4xx, '12,3' */
const CUT_THOUSANDS = /^\d{1,3}(,\d{3})*,\d{0,2}$/;

/**
 * A number cut by the page, no slip: an excerpt stopping inside its last line ('103 | 9 | 13,666,320 | 7,933,800 | 7,206,4'
 * and nothing after): the fragment a prefix of a well-formed thousands number cut in its last group, the last text of
 * the sheet (no line with content below it, no text right of it on its line), and its line stopping short of the
 * line above (that line holds a value in a column right of it: the table goes on past where this line stops).
 */
function cutByPage(grid: Grid, r: number, c: number, t: string): boolean {
  if (!CUT_THOUSANDS.test(t) || r < 2) return false;
  for (let rr = r + 1; rr <= grid.rowCount; rr++) if (grid.rowHasContent(rr)) return false;
  for (let cc = c + 1; cc <= grid.scanCols; cc++) if (grid.compactText(r, cc)) return false;
  for (let cc = c + 1; cc <= grid.scanCols; cc++) if (grid.compactText(r - 1, cc)) return true;
  return false;
}

/** A points bracket whose figure is lost (compact text: brackets half-width, '？' read '?'): '?分)', '?0分)', '(□分)', '(*0分)'. */
const LOST_POINTS_GATE = /[?□*\ufffd]0?分\)/;
/** A points bracket that reads: '(5分)'. */
const READABLE_POINTS = /\(\d{1,4}(?:\.\d+)?分\)/;
/** Labels stating readable points a sheet shows before a lost figure among them is told: the sheet reads its points in labels. */
const MIN_READABLE_POINTS = 2;

/**
 * A label closing on points whose figure was lost ('油菜机播/机收面积?分)', '主要农作物生产全程机械化?0分)': a mirror's '?' where
 * the bracket and a digit stood; '…(□分)', '…(*0分)', '…（？分）'), on a sheet whose other labels state their points in
 * brackets that read (two at least): the item's or the group's points cannot be read as published, and every sum over them
 * leaves them out unsaid. A warning at the label (the sheet's own labels say a figure belongs there). Only the sheets
 * holding such a bracket are read (Grid.hasText), only their cells that do (textMatches).
 */
function lostPointFigures(grid: Grid, out: FindingDraft[]): void {
  if (!grid.hasText(LOST_POINTS_GATE)) return;
  const readable = grid.textMatches(READABLE_POINTS);
  let n = 0;
  for (let k = 0; k < readable.length && n < MIN_READABLE_POINTS; k++) n += readable[k];
  if (n < MIN_READABLE_POINTS) return;
  const { start, cols } = grid.textCells();
  const flags = grid.textMatches(LOST_POINTS_GATE);
  for (let k = 0; k < flags.length; k++) {
    if (!flags[k]) continue;
    const r = rowOfTextCell(start, k, grid.rowCount);
    const c = cols[k];
    const text = grid.compactText(r, c);
    if (!lostPointsInLabel(text)) continue;
    out.push({ cell: grid.addr(r, c), severity: "warning", messageId: "lostPoints", data: { text: grid.text(r, c).trim() } });
  }
}

/**
 * A number printed with a letter in a digit's place ('54.O' for 54.0, '1O0' for 100, '98.l%': letterForDigit) among numbers
 * — a number in a cell beside it in its row or its column: the column or the row holds numbers, and this one cannot be
 * read (a sum or a comparison over it leaves it out unsaid). A warning at that cell (the sheet's own cells say a number
 * belongs there), naming the letter and the number meant, the numbers beside it related. A code or a chemical's name
 * ('S02', 'O3', 'A1'), a unit ('54dB') or a word is no such number (letterForDigit); nor is one in a column and a row of
 * texts. Only the sheets holding a letter beside a digit are read (Grid.hasText), only their cells that do (textMatches).
 */
function lettersForDigits(grid: Grid, out: FindingDraft[]): void {
  if (!mayHold(grid, TextFact.digitLetter) || !grid.hasText(LETTER_BESIDE_DIGIT)) return;
  const { start, cols } = grid.textCells();
  const flags = grid.textMatches(LETTER_BESIDE_DIGIT);
  for (let k = 0; k < flags.length; k++) {
    if (!flags[k]) continue;
    const r = rowOfTextCell(start, k, grid.rowCount);
    const c = cols[k];
    if (typeof grid.raw(r, c) !== "string") continue;
    const text = grid.compactText(r, c);
    const slip = letterForDigit(text);
    if (!slip) continue;
    const beside: string[] = [];
    for (const [dr, dc] of NEIGHBOURS) {
      const rr = r + dr;
      const cc = c + dc;
      if (rr < 1 || cc < 1 || rr > grid.rowCount || cc > grid.scanCols) continue;
      const at = grid.anchor(rr, cc);
      if ((at.row !== r || at.col !== c) && readNumber(grid.raw(at.row, at.col), grid.format(at.row, at.col)) !== null) beside.push(grid.addr(at.row, at.col));
    }
    if (!beside.length) continue;
    // (a weight cell the weights' pass told already: pointsWithLetters)
    const cell = grid.addr(r, c);
    if (out.some((f) => f.cell === cell && f.messageId === "letter")) continue;
    out.push({ cell, severity: "warning", related: beside, messageId: "letter", data: { text, letter: slip.letter, digit: slip.digit, meant: slip.meant } });
  }
}

/** The cells beside a cell: left, right, above, below. */
const NEIGHBOURS: [number, number][] = [[0, -1], [0, 1], [-1, 0], [1, 0]];

/** The row of entry `k` of Grid.textCells().cols (start[r] <= k < start[r + 1]), by halving. */
function rowOfTextCell(start: Int32Array, k: number, rows: number): number {
  let lo = 1;
  let hi = rows;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (start[mid] <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** a weight cell's word that says the item is scored apart from the sums (一票否决, 加分项, 另计): no lost number */
const SCORED_APART = /否决|加分|扣分|不计|另计|附加|酌情/;

/**
 * A weight cell holding text that is not a number ("五", "x", "分" with its number lost) while the other items of its
 * 一级 group, two at least, give numbers: the item's weight cannot be read, and every sum over the group leaves it out
 * unsaid (on a group cut short of its stated points, nothing else would show it). A hint at that cell (info, as a
 * text actual is: the text may be a number lost in a transcription, as '分' for '5分'); the not-applicable marks
 * ("/", "—", 不适用) and words that score the item apart are no such text.
 */
function weightsNotNumbers(grid: Grid, model: EvaluationModel, out: FindingDraft[]): void {
  const w = model.columns.weight;
  if (!w) return;
  // (an index, no iterator: this runs for every row, also before the loop is optimised)
  for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
    const i = inds[ii];
    if (i.weight !== null || i.notApplicable || i.childOfRow !== null || grid.anchorRow(i.row, w) !== i.row) continue;
    const raw = grid.raw(i.row, w);
    if (typeof raw !== "string") continue;
    const text = compact(raw);
    // (points printed with letters in their digits' places, '标准分lO分' between '标准分15分' and '标准分10分': the letters' slip)
    const letters = text ? pointsWithLetters(text) : null;
    if (letters) {
      const beside = pointsBeside(grid, i.row, w);
      if (beside.length) {
        out.push({ cell: grid.addr(i.row, w), severity: "warning", related: beside, messageId: "letter", data: { text, letter: letters.letter, digit: letters.digit, meant: letters.meant } });
        continue;
      }
    }
    if (!text || text.length > 6 || isNotApplicableText(text) || isNotApplicableWord(text) || SCORED_APART.test(text)) continue;
    let siblings = 0;
    for (const x of model.indicators) if (x !== i && x.path[0] === i.path[0] && x.weight !== null && x.weightSource === "column") siblings++;
    if (siblings < 2) continue;
    out.push({ cell: grid.addr(i.row, w), messageId: "weight", data: { name: i.name || "该指标", text: raw.trim(), siblings } });
  }
}

/**
 * The cells above and below a weight cell in its column that read as points (a number, '10分', '标准分10分'), past a merge:
 * the column's evidence that a number belongs in the cell between them.
 */
function pointsBeside(grid: Grid, row: number, col: number): string[] {
  const out: string[] = [];
  const m = grid.mergeAt(row, col);
  for (const r of [(m ? m.r1 : row) - 1, (m ? m.r2 : row) + 1]) {
    if (r < 1 || r > grid.rowCount) continue;
    const at = grid.anchor(r, col);
    if (readPoints(grid.raw(at.row, at.col), grid.format(at.row, at.col)) !== null) out.push(grid.addr(at.row, at.col));
  }
  return out;
}

/** Digits with commas (and points) only, four digits at least: meant as a number ("1,2" may list items). */
const GARBLED_NUMBER = /^\d[\d.]*,[\d,.]*\d$/;
/** Digits with their decimal point doubled ('86..67'): one number mistyped, not a range (no sheet writes one so). */
const DOUBLED_POINT = /^\d+\.{2}\d+$/;
/**
 * (scan61) Three points or more in a row, a typed ellipsis: numbers listed with some left out — a flip-book's page links
 * '1...,217,218,219,…,226 228,229' —, no one number (a mistyped point is doubled at most, DOUBLED_POINT).
 */
const ELIDED_LIST = /\d\.{3,}|\.{3,}\d/;
/** Whole numbers of four digits or more listed with commas ("2020,2021", "1200,1500"): a list, not one number. */
const NUMBER_LIST = /^\d{4,}(,\d{4,})+$/;
