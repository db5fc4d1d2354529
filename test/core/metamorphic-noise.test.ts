import { a1, parseA1, rangeA1 } from "../../src/core/grid/a1";
import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import type { ReviewResult } from "../../src/core/review";
import { build, id, Move, SHEETS, signature, baseReview, reviewOf } from "./metamorphic";

/**
 * The real published sheets (test/fixtures/real, extra) and the template kinds, with the noise people leave around
 * and inside a table when they fill it in (our transcriptions dropped it): a signature block below the table, a 备注
 * column on its right, empty lines between its groups and under its header, numbers held as text (pasted or
 * WPS-exported: "10", "96.40%", "1,234.56", full-width "１０"), and an 附件 line with a units line above the title.
 * Each must keep the family, the indicator rows, the relations (by signature, moved where cells moved) and the
 * error and warning findings.
 */

/** What the change must keep: family, indicator rows, relations and the error and warning findings, moved back. */
function kept(r: ReviewResult, back: Move = id) {
  const s = signature(r, back);
  return { ...s, findings: r.findings.filter((f) => f.severity !== "info").map((f) => `${f.severity} ${f.rule}@${back(f.cell)}`).sort() };
}

/** `n` empty rows inserted after row `after` (merges across the insertion grow over them). */
function rowsInserted(g: Grid, after: number, lines: (Cell | null)[][] = [[]]): { grid: Grid; back: Move } {
  const n = lines.length;
  const grid = build(
    g,
    (r, c) => (r <= after ? g.cell(r, c) : r <= after + n ? lines[r - after - 1][c - 1] ?? null : g.cell(r - n, c)),
    g.rowCount + n,
    g.colCount,
    g.merges.map((m) => rangeA1({ r1: m.r1 > after ? m.r1 + n : m.r1, c1: m.c1, r2: m.r2 > after ? m.r2 + n : m.r2, c2: m.c2 })),
  );
  return {
    grid,
    back: (cell) => {
      const p = parseA1(cell);
      return p.row <= after ? cell : p.row <= after + n ? `inserted ${cell}` : a1(p.row - n, p.col);
    },
  };
}

/** 1. A signature block below the sheet: who filled and checked it, a phone line, the date, the head, a 说明 with numbers. */
const FOOTER = ["填表人：张三    审核人：李四", "联系电话：0731-12345678  13812345678", "填报日期：2024年3月15日", "单位负责人：", "说明：1.本表金额单位为万元；2.得分保留两位小数。"];
function withFooter(g: Grid): Grid {
  const below = g.rowCount;
  const last = below + FOOTER.length;
  return build(g, (r, c) => (r <= below ? g.cell(r, c) : c === 1 ? { v: FOOTER[r - below - 1] } : null), last, g.colCount, [
    ...g.merges.map((m) => rangeA1(m)),
    ...(g.colCount > 1 ? [rangeA1({ r1: last, c1: 1, r2: last, c2: g.colCount })] : []),
  ]);
}

/**
 * 1b. The same signature lines with each label and value in cells of their own across the row, the mobile number
 * typed in as a number (as Excel keeps it): 填表人： | 张三 | … | 审核人： | 李四.
 */
function withFooterCells(g: Grid): Grid {
  const n = g.colCount;
  const right = Math.max(3, n - 1);
  const lines: [number, string | number][][] = [
    [[1, "填表人："], [2, "张三"], [right, "审核人："], [right + 1, "李四"]],
    [[1, "联系电话："], [2, "0731-12345678"], [right, 13812345678]],
    [[1, "填报日期："], [2, "2024年3月15日"]],
  ];
  const below = g.rowCount;
  return build(g, (r, c) => {
    if (r <= below) return g.cell(r, c);
    const hit = lines[r - below - 1].find(([col]) => col === c);
    return hit ? { v: hit[1] } : null;
  }, below + lines.length, Math.max(n, right + 1), g.merges.map((m) => rangeA1(m)));
}

/** 2. A 备注 column on the table's right: "备注" over the header's lines, `note(i)` on the i-th indicator row. */
function withNotes(g: Grid, r: ReviewResult, note: (i: number) => string | number | null): Grid {
  const col = g.colCount + 1;
  const h1 = r.model.headerRow!;
  const h2 = r.model.headerLastRow ?? h1;
  const notes = new Map<number, string | number>();
  r.model.indicators.forEach((x, i) => {
    const v = note(i);
    if (v !== null && !notes.has(x.row)) notes.set(x.row, v);
  });
  return build(g, (row, c) => (c < col ? g.cell(row, c) : row === h1 ? { v: "备注" } : notes.has(row) ? { v: notes.get(row)! } : null), g.rowCount, col, [
    ...g.merges.map((m) => rangeA1(m)),
    ...(h2 > h1 ? [rangeA1({ r1: h1, c1: col, r2: h2, c2: col })] : []),
  ]);
}
const NOTE_TEXTS = ["已完成", "见附件2", "2023年12月完工", "详见第3页"];
const NOTE_NUMBERS = [3, 12, 7];

/** 4. Numbers held as text: `write` gives a number cell's new text (null: left alone). */
function numbersAs(g: Grid, write: (v: number, x: Cell, r: number, c: number) => string | null, writeText: (t: string) => Cell | null = () => null): Grid {
  return build(g, (r, c) => {
    const x = g.cell(r, c);
    if (x && typeof x.v === "string") return writeText(x.v) ?? x;
    if (!x || typeof x.v !== "number") return x;
    const t = write(x.v, x, r, c);
    return t === null ? x : { v: t };
  }, g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)));
}
/** a plain number written as text ("4000", "1548.447", "-2"), no leading zero (a code keeps its zeros) */
const NUMBER_TEXT = /^-?(0|[1-9]\d*)(\.\d+)?$/;
/** the same with a percent sign ("81.76%") */
const PERCENT_TEXT = /^-?(0|[1-9]\d*)(\.\d+)?%$/;
/** a number typed in as a number where the page held its text: "10.00" as 10 shown with two decimals, "81.76%" as 0.8176 in a 0.00% format */
const typed = (t: string): Cell | null => {
  const d = /\.(\d+)/.exec(t)?.[1].length ?? 0;
  const fmt = d ? `0.${"0".repeat(d)}` : "0";
  if (NUMBER_TEXT.test(t)) return { v: Number(t), fmt };
  if (PERCENT_TEXT.test(t)) return { v: Number((Number(t.slice(0, -1)) / 100).toFixed(d + 2)), fmt: `${fmt}%` };
  return null;
};
/** a number's text with thousands separators ("1,548.447"): amounts of four digits and more, years left alone */
const separated = (t: string) => {
  const [int, dec] = t.replace(/^-/, "").split(".");
  if (int.length < 4 || (!dec && Number(int) >= 1900 && Number(int) <= 2100)) return null;
  return (t.startsWith("-") ? "-" : "") + int.replace(/\B(?=(\d{3})+$)/g, ",") + (dec ? `.${dec}` : "");
};
/** decimals a number format shows ("0.00%" → 2) */
const fmtDecimals = (fmt: string) => (/\.(0+)/.exec(fmt)?.[1].length ?? 0);
/** as a pasted sheet holds it: the number's own digits, a percent-formatted cell as its shown percent ("96.40%") */
const asText = (v: number, x: Cell) => (/%/.test(x.fmt ?? "") ? `${(v * 100).toFixed(fmtDecimals(x.fmt!))}%` : String(v));
/** amounts of four digits and more with a thousands separator ("1,234.56"); years left alone */
const withSeparators = (v: number, x: Cell) => (/%/.test(x.fmt ?? "") ? null : separated(String(v)));
const FULL_WIDTH = (s: string) => s.replace(/[0-9.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** 5. "附件2" and "单位：万元" above the title. */
function withAttachmentLines(g: Grid): { grid: Grid; back: Move } {
  return rowsInserted(g, 0, [[{ v: "附件2" }], [{ v: "单位：万元" }]]);
}

/**
 * Excerpts whose list stops mid-way (a line cut short, a 合计 over more lines than shown) that the engine reads as
 * lists of no family, with no truncation flag: a signature block under them closes the list, and its totals then
 * disagree with the lines shown (as they should on a sheet that ends there).
 */
const CUT_BELOW: Record<string, string> = {
  "real/cn-sports-lottery-fund-advance-budget-2022": "合计 51577 over three of the provinces",
  "real/hb-open-university-special-funds-execution-2022": "its last line '12 | 图书信息中心' has no amounts",
  "real/sx-yangquan-rural-road-work-fund-target-2021": "the page stops inside its 总体目标 text; the 年度目标 cell is empty",
  "real/zj-disabled-living-nursing-subsidy-allocation-2018": "its last line holds '龙' alone",
  "real/zj-ningbo-tcm-central-subsidy-allocation-2025": "区(县、市)小计 over more districts than shown",
  "real/zj-zhoushan-compulsory-edu-guarantee-allocation-2022": "合计 over one school of the list",
  // (prec50, session 50: the cut is read only where nothing follows it — a signature block below says the table ended there,
  // and '7,206,4' is then a malformed number, flagged)
  "real/tw-judicial-yuan-major-capital-projects-budget-execution-2009-2019-trad-excerpt": "its last line '103' stops at '7,206,4', cut by the page mid-number",
  // (dev61, session 61's graduation: a form, not a list — the preview stops inside the 项目绩效 block, the model not marked
  // truncated; its 自评总分 98 against the 40 shown is info while nothing follows the last line, an error once a signature
  // block says the form ended there)
  "real/hb-suizhou-emergency-centre-health-talent-training-startup-funds-selfeval-2021-preview-excerpt": "the preview stops in the 质量指标 line's 评价标准: 产出指标40 over 15 + 12 shown, 效益 and 满意度 unseen (自评总分 98 against the 40 shown)",
};

/**
 * Sheets whose invariance the engine does not keep yet (`<sheet>|<change>`, with the reason). Each listed check must
 * still FAIL: fixing the engine turns it red until the entry is removed (as KNOWN_GAPS in metamorphic-real.test.ts).
 */
const KNOWN_GAPS: Record<string, string> = {
  // tw-hualien-county-finance-tobacco-alcohol-management-budget-detail-2026-trad-excerpt|footer: closed by fix45 (session 45): signature / notes / footer lines under the cut page no longer count as lines the table continues to (period-table.ts codedOutline + tableEnd, table-closing.ts closingMatter)
  // tw-hualien-county-finance-tobacco-alcohol-management-budget-detail-2026-trad-excerpt|footer cells: closed by fix45 (session 45): signature lines end the period table (tableEnd) and do not undo the cut (codedOutline)
  // tw-hualien-county-finance-tobacco-alcohol-management-budget-detail-2026-trad-excerpt|separators: closed by fix45 (session 45): a code written '1,020' is read as 1020 (period-table.ts SEPARATED_CODE)
  // sc-suining-law-popularization-seven-into-assessment-excerpt|footer cells: closed by fix45 (session 45): signature lines end the share column's read (share-column.ts)
  "real/hi-wenchang-returning-farmland-nursery-eval-report-tables-2017|footer":
    "the page stops under a second table's header (二、绩效评价指标评分: 一级指标 | 分值 | … | 得分, one cut line '项目决策 | 20 | 项目目标 | 4 | 目'): closed by the signature block, that scoring table is the table the sheet ends with and is read instead of the target table above it (rows 15-19), whose lines are then no indicators",
  "real/hi-wenchang-returning-farmland-nursery-eval-report-tables-2017|footer cells": "as its 'footer' gap: the cut scoring table, closed by the signature lines, is read instead of the target table",
  // corpus53a (session 43)
  "real/nm-balinzuoqi-banks-county-economy-support-assessment-measures-2024-excerpt|footer": "巴林左旗 2024 银行业 (corpus53a): the page is cut after item 6's '(10分)' with (一)考核指标(100分) at 80; a signature block under the cut line reads as the list's end, the excerpt as whole, and (一)'s 80 against 100 is then flagged (weight-sum-mismatch@A13) — the change removes the cut's evidence (a line stopping after its points, no rule), which the reader does not keep apart from a closed list",
  "real/nm-balinzuoqi-banks-county-economy-support-assessment-measures-2024-excerpt|footer cells": "巴林左旗 2024 银行业 (corpus53a): the page is cut after item 6's '(10分)' with (一)考核指标(100分) at 80; a signature block under the cut line reads as the list's end, the excerpt as whole, and (一)'s 80 against 100 is then flagged (weight-sum-mismatch@A13) — the change removes the cut's evidence (a line stopping after its points, no rule), which the reader does not keep apart from a closed list",
  // validation batches corpus20–corpus32, graduated to real/ by age in session 25 (the 河湖长制 excerpt's 'notes' and 'note
  // numbers' fixed by eng25c: a header printed again at a page break without a column the table does not read, 备注 or
  // 序号, is still the header; its 'footer' and 'footer cells' by eng26c: a 总分 of 100 printed first over whole groups
  // that fall short of it is a cut, whatever closes the page)
};
const orGap = (name: string, change: string, check: () => void) => (KNOWN_GAPS[`${name}|${change}`] ? expect(check).toThrow() : check());

describe.each(SHEETS)("%s", (name, load) => {
  // (the unchanged sheet reviewed once, its result only read by the tests below: reviewOf keeps it while this sheet's
  // tests run)
  const base = () => baseReview(name, load);
  const same = (change: string, grid: Grid, back: Move = id, b = base()) => orGap(name, change, () => expect(kept(reviewOf(name, grid), back)).toEqual(kept(b)));

  test("a signature block below the table (填表人, 联系电话, 填报日期, 单位负责人, 说明): the same (an excerpt cut below: the same family and rows)", () => {
    const b = base();
    // (below an excerpt cut off mid-table the block closes the table: its totals and missing dimensions are then the
    // sheet's to answer for, so only the family and the rows read must stay)
    if (b.model.truncated || CUT_BELOW[name]) {
      const a = kept(reviewOf(name, withFooter(load())));
      const k = kept(b);
      orGap(name, "footer", () => expect([a.family, a.indicators]).toEqual([k.family, k.indicators]));
    } else same("footer", withFooter(load()), id, b);
  });
  test("signature lines in cells of their own (填表人： | 张三, a mobile number as a number): the same (an excerpt cut below: the same family and rows)", () => {
    const b = base();
    if (b.model.truncated || CUT_BELOW[name]) {
      const a = kept(reviewOf(name, withFooterCells(load())));
      const k = kept(b);
      orGap(name, "footer cells", () => expect([a.family, a.indicators]).toEqual([k.family, k.indicators]));
    } else same("footer cells", withFooterCells(load()), id, b);
  });
  test("a 备注 column on the right with remarks on some rows: the same", () => {
    const b = base();
    if (!b.model.headerRow || !b.model.indicators.length) return;
    same("notes", withNotes(load(), b, (i) => (i % 3 === 0 ? NOTE_TEXTS[(i / 3) % NOTE_TEXTS.length] : null)), id, b);
  });
  test("a 备注 column on the right with a bare page number on some rows: the same", () => {
    const b = base();
    if (!b.model.headerRow || !b.model.indicators.length) return;
    same("note numbers", withNotes(load(), b, (i) => (i % 4 === 1 ? NOTE_NUMBERS[((i - 1) / 4) % NOTE_NUMBERS.length] : null)), id, b);
  });
  test("an empty row between two 一级 groups: the same, moved", () => {
    const b = base();
    const groups = b.model.groups.filter((x) => x.level === 1);
    if (groups.length < 2) return;
    const at = groups[0].lastRow;
    if (groups[1].firstRow <= at) return;
    const m = rowsInserted(load(), at);
    same("group gap", m.grid, m.back, b);
  });
  test("an empty row between the header and the first indicator row: the same, moved", () => {
    const b = base();
    if (!b.model.headerRow || !b.model.indicators.length) return;
    const at = b.model.headerLastRow ?? b.model.headerRow;
    if (b.model.indicators[0].row <= at) return;
    const m = rowsInserted(load(), at);
    same("header gap", m.grid, m.back, b);
  });
  test("numbers held as text ('10', '8.5', '96.40%'): the same", () => {
    same("text numbers", numbersAs(load(), asText));
  });
  test("numbers typed in as numbers where the page holds text ('96.40%' as 0.964 in a 0.00% format): the same", () => {
    same("typed numbers", numbersAs(load(), () => null, typed));
  });
  test("amounts with a thousands separator ('1,234.56'): the same", () => {
    same("separators", numbersAs(load(), withSeparators, (t) => (NUMBER_TEXT.test(t) && separated(t) ? { v: separated(t)! } : null)));
  });
  test("numbers in full-width digits ('１０', '９６.４０%'): the same", () => {
    same("full-width", numbersAs(load(), (v, x) => FULL_WIDTH(asText(v, x)), (t) => (NUMBER_TEXT.test(t) || PERCENT_TEXT.test(t) ? { v: FULL_WIDTH(t) } : null)));
  });
  test("'附件2' and '单位：万元' above the title: the same, moved", () => {
    const m = withAttachmentLines(load());
    same("attachment", m.grid, m.back);
  });
});
