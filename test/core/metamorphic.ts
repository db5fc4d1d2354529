import ExcelJS from "exceljs";
import { Converter } from "opencc-js/cn2t";
import { readdirSync } from "fs";
import { join } from "path";
import { a1, parseA1, rangeA1 } from "../../src/core/grid/a1";
import type { CellRange } from "../../src/core/grid/a1";
import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import type { Relation } from "../../src/core/model/types";
import { statedCell } from "../../src/core/relations";
import { review } from "../../src/core/review";
import type { ReviewResult } from "../../src/core/review";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { formatDecimals, isPercentFormat } from "../../src/core/text/numbers";
import { FIXTURES, jsonGrid } from "../helpers";
import { KINDS, Kind } from "./kinds/sheets";

/** Shared by the metamorphic tests: rebuild a grid cell by cell, and what a meaning-preserving change must keep. */

export type Move = (cell: string) => string;
export const id: Move = (c) => c;

export function build(g: Grid, cellAt: (r: number, c: number) => Cell | null, rows: number, cols: number, merges: string[], name = g.name): Grid {
  const cells: (Cell | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: (Cell | null)[] = [];
    for (let c = 1; c <= cols; c++) row.push(cellAt(r, c));
    cells.push(row);
  }
  return new Grid({ name, cells, merges });
}

/** Moved down `dr` rows and right `dc` columns. */
export function moved(g: Grid, dr: number, dc: number): { grid: Grid; back: Move } {
  const grid = build(g, (r, c) => (r > dr && c > dc ? g.cell(r - dr, c - dc) : null), g.rowCount + dr, g.colCount + dc, g.merges.map((m) => rangeA1({ r1: m.r1 + dr, c1: m.c1 + dc, r2: m.r2 + dr, c2: m.c2 + dc })));
  return { grid, back: (cell) => { const p = parseA1(cell); return a1(p.row - dr, p.col - dc); } };
}

/** Every merge undone, across and down (a CSV dump or a paste as values): each value on its first cell. */
export function allUnmerged(g: Grid): Grid {
  return build(g, (r, c) => g.cell(r, c), g.rowCount, g.colCount, []);
}

/**
 * Every merge undone and its value written again in each cell it covered (WPS / Excel "取消合并并填充", an export or a
 * paste of a merged table): across a merge one line high, across and down a merge over lines. `down` false leaves the
 * merges over more than one line as they were (only the merges across filled).
 */
export function filledAcross(g: Grid, down = true): Grid {
  const filled = g.merges.filter((m) => down || m.r1 === m.r2);
  const owner = new Map<string, CellRange>();
  for (const m of filled) for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) owner.set(`${r},${c}`, m);
  return build(g, (r, c) => { const m = owner.get(`${r},${c}`); return m ? g.cell(m.r1, m.c1) : g.cell(r, c); }, g.rowCount, g.colCount, g.merges.filter((m) => !filled.includes(m)).map((m) => rangeA1(m)));
}

/**
 * Every number typed as text, as the cell shows it (a filled-in form typed cell by cell, or pasted from a document):
 * 96.4 under "0.00" is "96.40", 0.964 under "0.00%" is "96.40%", a number with no format as JS writes it.
 */
export function numbersAsText(g: Grid): Grid {
  return build(g, (r, c) => {
    const x = g.cell(r, c);
    if (!x || typeof x.v !== "number" || !Number.isFinite(x.v)) return x;
    const pct = isPercentFormat(x.fmt);
    const d = formatDecimals(x.fmt);
    const v = pct ? x.v * 100 : x.v;
    const t = d !== null ? v.toFixed(d) : String(Math.round(v * 1e9) / 1e9);
    return { v: pct ? `${t}%` : t };
  }, g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)));
}

/** An empty column inserted after column `col`. */
export function emptyColumnAfter(g: Grid, col: number): { grid: Grid; back: Move } {
  const move = (c: number) => (c > col ? c + 1 : c);
  const grid = build(g, (r, c) => (c === col + 1 ? null : g.cell(r, c > col ? c - 1 : c)), g.rowCount, g.colCount + 1, g.merges.map((m) => rangeA1({ r1: m.r1, c1: move(m.c1), r2: m.r2, c2: m.c2 > col && m.c1 <= col ? m.c2 + 1 : move(m.c2) })));
  return { grid, back: (cell) => { const p = parseA1(cell); return a1(p.row, p.col > col + 1 ? p.col - 1 : p.col); } };
}

const toTraditional = Converter({ from: "cn", to: "tw" });
/** Every text (and the sheet's name) in traditional characters, as a mirror site's copy. */
export function traditional(g: Grid): Grid {
  return build(g, (r, c) => { const x = g.cell(r, c); return x && typeof x.v === "string" ? { ...x, v: toTraditional(x.v) } : x; }, g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), toTraditional(g.name));
}

/** The sheet in a workbook after a cover sheet (封面: title, unit, date), read back as the engine's file host does. */
export async function afterCover(g: Grid): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet("封面");
  cover.getCell("A3").value = "2023年度项目支出绩效自评材料";
  cover.getCell("A6").value = "填报单位（盖章）：某县农业农村局";
  cover.getCell("A8").value = "填报日期：2024年3月";
  const ws = wb.addWorksheet(g.name.slice(0, 31) || "Sheet1");
  for (let r = 1; r <= g.rowCount; r++)
    for (let c = 1; c <= g.colCount; c++) {
      const x = g.cell(r, c);
      if (x && x.v !== null && x.v !== undefined && x.v !== "") ws.getCell(r, c).value = x.v as ExcelJS.CellValue;
    }
  for (const m of g.merges) ws.mergeCells(m.r1, m.c1, m.r2, m.c2);
  const buf = await wb.xlsx.writeBuffer();
  const { sheets } = await readXlsx(new Uint8Array(buf as ArrayBuffer));
  if (sheets.length !== 2 || sheets[0].name !== "封面" || sheets[1].name !== ws.name) throw new Error(`read back as ${sheets.map((x) => x.name).join(", ")}`);
  return sheets[1];
}

/** The cells a relation reads its stated value from: parts, operands, factors. */
export function operandCells(r: Relation): string[] {
  return r.kind === "sum" || r.kind === "rollup" ? r.parts.map((p) => p.cell)
    : r.kind === "difference" ? [r.minuend.cell, ...r.subtrahends.map((s) => s.cell)]
    : r.kind === "ratio" ? [r.numerator.cell, r.denominator.cell]
    : r.kind === "product" ? r.factors.map((f) => f.cell)
    : [r.total.cell];
}

export function relationSig(r: Relation, back: Move): string {
  return `${r.kind}/${r.measure} ${back(statedCell(r))} ← ${operandCells(r).map(back).join(",")}`;
}

/** What must not change: family, indicator rows (weight, score), relations and findings, cells moved back. */
export function signature(r: ReviewResult, back: Move = id, errorsOnly = false) {
  return {
    family: r.model.family,
    indicators: r.model.indicators.map((i) => [i.nameCell ? back(i.nameCell).replace(/^[A-Z]+/, "") : i.row, i.weight, i.claimedScore]),
    relations: r.model.relations.map((x) => relationSig(x, back)).sort(),
    findings: r.findings.filter((f) => !errorsOnly || f.severity === "error").map((f) => `${f.severity} ${f.rule}@${back(f.cell)}`).sort(),
  };
}

/**
 * A grid's whole content as one string: its name, size, merges (in order) and every cell's value (with its type),
 * format and formula, as cell() reads them back — all a review reads of it. Two grids with the same key are the
 * same input to review().
 */
export function gridKey(g: Grid): string {
  const parts: string[] = [g.name, `${g.rowCount}x${g.colCount}`, g.merges.map((m) => rangeA1(m)).join(",")];
  for (let r = 1; r <= g.rowCount; r++)
    for (let c = 1; c <= g.colCount; c++) {
      const x = g.cell(r, c);
      if (x) parts.push(`${r},${c}:${typeof x.v}:${JSON.stringify(x.v)}:${x.fmt ?? ""}:${x.f ?? ""}`);
    }
  return parts.join("\u0001");
}

/** (METAMORPHIC_MEMO=off: every changed grid reviewed afresh, to compare; METAMORPHIC_MEMO_STATS=1: the counts printed) */
const MEMO = process.env.METAMORPHIC_MEMO !== "off";
const memoStats = { bases: 0, reviewed: 0, reused: 0 };
if (process.env.METAMORPHIC_MEMO_STATS)
  afterAll(() => console.log(`METAMORPHIC_MEMO\t${expect.getState().testPath}\tsheets ${memoStats.bases}\tchanged grids reviewed ${memoStats.reviewed}\treused ${memoStats.reused}`));
/** the sheet whose tests run, its unchanged review, and the reviews of its grids by content (gridKey) */
let memoSheet: string | null = null;
let memoBase: ReviewResult | null = null;
const memo = new Map<string, ReviewResult>();
const memoFor = (sheet: string) => {
  if (memoSheet === sheet) return;
  memoSheet = sheet;
  memoBase = null;
  memo.clear();
};

/**
 * The unchanged sheet `sheet` (`load`) reviewed ("national") once while its tests run, kept till another sheet's tests
 * begin (a suite over every sheet then holds one sheet's reviews, not all of them).
 */
export function baseReview(sheet: string, load: () => Grid): ReviewResult {
  memoFor(sheet);
  if (memoBase) return memoBase;
  memoStats.bases++;
  const g = load();
  memoBase = review(g, "national");
  if (MEMO) memo.set(gridKey(g), memoBase);
  return memoBase;
}

/**
 * review(grid, "national") of a changed grid of the sheet `sheet`, memoised by the grid's content (gridKey) while that
 * sheet's tests run: review is a pure function of the grid, so a change that leaves the sheet as it was (no merge to
 * undo, no number to write as text) or gives the grid another change of the suite gave is read once, and each test
 * asserts on that one result as it would on a second reading. Only the reading is shared: every test still builds its
 * own grid and makes its own assertions.
 */
export function reviewOf(sheet: string, grid: Grid): ReviewResult {
  memoFor(sheet);
  if (!MEMO) {
    memoStats.reviewed++;
    return review(grid, "national");
  }
  const key = gridKey(grid);
  const had = memo.get(key);
  if (had) {
    memoStats.reused++;
    return had;
  }
  memoStats.reviewed++;
  const r = review(grid, "national");
  memo.set(key, r);
  return r;
}

const jsonIds = (dir: string) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith(".json") && !f.endsWith(".truth.json") && !f.endsWith(".expect.json"))
    .map((f) => `${dir}/${f.replace(/\.json$/, "")}`)
    .sort();

export const SHEETS: [string, () => Grid][] = [
  ...[...jsonIds("real"), ...jsonIds("extra")].map((k): [string, () => Grid] => [k, () => jsonGrid(join(FIXTURES, `${k}.json`))]),
  ...(Object.keys(KINDS) as Kind[]).map((k): [string, () => Grid] => [`kind ${k}`, KINDS[k]]),
];


/** The owned non-empty texts of a row (a merged cell counted once). */
export function rowTexts(g: Grid, r: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let c = 1; c <= g.colCount; c++) {
    if (!g.ownsCell(r, c)) continue;
    const x = g.cell(r, c);
    if (x && x.v !== null && x.v !== undefined && String(x.v).trim() !== "") out.push({ col: c, text: String(x.v) });
  }
  return out;
}

/** A numbered block label ("一、项目基本概况", "(一)…", "1.…"): the sheet's content, not its title. */
export const BLOCK_LABEL = /^\s*([一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[、.．])/;

/** An attachment's or a table's number before a title ("附件2：", "附表4:", "表1：", "表二:", "附表："), or a line of its own. */
export const TITLE_NUMBER = /^(?:附件|附表|表)\s*(?:[\d一二三四五六七八九十]{1,3}(?:-\d{1,2})?\s*[:：]?|[:：])\s*/;

/** A sentence stating points, closed by its full stop ('…两类,总分值100分。'). */
const POINTS_SENTENCE = /\d分[^。]*。$/;

/**
 * The sheet's title lines: from the top (blank rows skipped), lines of one text that is no field ("单位：万元",
 * "项目名称：…"), no numbered block label and no number, above the table's header; at most three (a sentence stating points
 * among them, "…总分值100分。", is passed over). The title may open
 * on its attachment's or table's number ("附件2：示范区10市考核评价指标体系", "表1：…排名表"), or that number stand on a line
 * of its own above it ("附件1：" over the title): it goes with the title. A number with no title under it is none.
 */
export function titleRows(g: Grid, headerRow: number | null): number[] {
  const rows: number[] = [];
  let titled = false;
  for (let r = 1; r <= g.rowCount && rows.length < 3; r++) {
    if (headerRow !== null && r >= headerRow) break;
    const t = rowTexts(g, r);
    if (!t.length) continue;
    if (t.length !== 1) break;
    const whole = t[0].text.trim();
    const text = whole.replace(TITLE_NUMBER, "").trim();
    // (a sentence stating points is the sheet's text, no title: '…总分值100分。' stating the whole's points, '自评得分99.5分。'
    // a report's result; passed over, the title lines below it read)
    if (POINTS_SENTENCE.test(text)) continue;
    if (!text && !rows.length && TITLE_NUMBER.test(whole)) {
      rows.push(r);
      continue;
    }
    if (/[:：]/.test(text) || BLOCK_LABEL.test(text) || !/[\u4e00-\u9fff]/.test(text) || text.length > 60) break;
    rows.push(r);
    titled = true;
  }
  return titled ? rows : [];
}

/** The title line that names the sheet: the longest of them. */
export const mainTitleRow = (g: Grid, rows: number[]) => rows.reduce((a, r) => (rowTexts(g, r)[0].text.length > rowTexts(g, a)[0].text.length ? r : a), rows[0]);

/** A title as a workbook's sheet name: its attachment's number off, no character Excel refuses in a name (: \ / ? * [ ]), 31 at most. */
export const asSheetName = (title: string) => title.trim().replace(TITLE_NUMBER, "").replace(/[:：\\/?？*［\[\]］]/g, "").trim().slice(0, 31);

/** Rows `rows` (sorted) removed; the merges touching them dropped, the others moved up. */
export function withoutRows(g: Grid, rows: number[]): { grid: Grid; back: Move } {
  const gone = new Set(rows);
  const keep: number[] = [];
  for (let r = 1; r <= g.rowCount; r++) if (!gone.has(r)) keep.push(r);
  const newRow = (r: number) => r - rows.filter((x) => x < r).length;
  const merges = g.merges.filter((m) => !rows.some((x) => x >= m.r1 && x <= m.r2)).map((m) => rangeA1({ r1: newRow(m.r1), c1: m.c1, r2: newRow(m.r2), c2: m.c2 }));
  const grid = build(g, (r, c) => g.cell(keep[r - 1], c), keep.length, g.colCount, merges, "Sheet1");
  return { grid, back: (cell) => { const p = parseA1(cell); return a1(keep[p.row - 1] ?? p.row, p.col); } };
}

/** `lines` inserted before row `at`, with `extraMerges` (in the new rows' numbering); merges crossing the point are stretched. */
export function withRowsBefore(g: Grid, at: number, lines: (Cell | null)[][], extraMerges: CellRange[] = []): { grid: Grid; back: Move } {
  const h = lines.length;
  const shift = (r: number) => (r >= at ? r + h : r);
  const merges = [...g.merges.map((m) => ({ r1: shift(m.r1), c1: m.c1, r2: shift(m.r2), c2: m.c2 })), ...extraMerges].map((m) => rangeA1(m));
  const cols = Math.max(g.colCount, ...lines.map((l) => l.length));
  const grid = build(g, (r, c) => (r < at ? g.cell(r, c) : r < at + h ? lines[r - at][c - 1] ?? null : g.cell(r - h, c)), g.rowCount + h, cols, merges);
  return { grid, back: (cell) => { const p = parseA1(cell); return a1(p.row >= at + h ? p.row - h : p.row, p.col); } };
}

/** Row `row`'s one text written as `text`, at column `col`, merged across columns col..span (span ≤ col: one cell). */
export function titleAs(g: Grid, row: number, text: string, col: number, span: number): Grid {
  const merges = g.merges.filter((m) => !(m.r1 <= row && m.r2 >= row)).map((m) => rangeA1(m));
  if (span > col) merges.push(rangeA1({ r1: row, c1: col, r2: row, c2: span }));
  return build(g, (r, c) => (r !== row ? g.cell(r, c) : c === col ? { v: text } : null), g.rowCount, Math.max(g.colCount, col), merges, g.name);
}

/** The first row of the sheet's content that is no title: where a preamble goes. */
export function firstContentRow(g: Grid, titles: number[]): number {
  for (let r = (titles.length ? titles[titles.length - 1] : 0) + 1; r <= g.rowCount; r++) if (rowTexts(g, r).length) return r;
  return g.rowCount + 1;
}


/** Empty rows inserted, one before each of `rows` (sorted, distinct); merges crossing a point are stretched over it. */
export function emptyRowsBefore(g: Grid, rows: number[]): { grid: Grid; back: Move } {
  const shift = (r: number) => r + rows.filter((x) => x <= r).length;
  const newRow = new Map<number, number>();
  for (let r = 1; r <= g.rowCount; r++) newRow.set(shift(r), r);
  const merges = g.merges.map((m) => rangeA1({ r1: shift(m.r1), c1: m.c1, r2: shift(m.r2), c2: m.c2 }));
  const grid = build(g, (r, c) => { const o = newRow.get(r); return o === undefined ? null : g.cell(o, c); }, g.rowCount + rows.length, g.colCount, merges);
  return { grid, back: (cell) => { const p = parseA1(cell); return a1(newRow.get(p.row) ?? p.row, p.col); } };
}

/** A block's label line, "一、项目基本情况" or "(一)产出指标": where a user spaces the blocks out. */
export const BLOCK_LINE = /^\s*([一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十]+[)）])/;

/** The text a column's header gives it: the header's lines at that column, a merge's value read from its first cell. */
export function columnHead(g: Grid, top: number, last: number, col: number): string {
  let t = "";
  for (let r = top; r <= last; r++) {
    const m = g.mergeAt(r, col);
    const x = m ? g.cell(m.r1, m.c1) : g.cell(r, col);
    if (x && typeof x.v === "string") t += x.v;
  }
  return t;
}

/** A number written as the full-width digits of an IME in full-width mode ("８.５"). */
export const fullWidth = (s: string) => s.replace(/[0-9.%\-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
