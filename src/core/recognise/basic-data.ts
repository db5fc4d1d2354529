import type { Grid } from "../grid/grid";
import type { NumberRef, RatioRelation, SumRelation } from "../model/types";
import { numberAt } from "./cells";
import { firstTextCol } from "./cells";

/** Rows a search is limited to, inclusive. */
export interface RowRange {
  first: number;
  last: number;
}
/**
 * Every row: the last is Excel's last row (no grid has more). Not Number.MAX_SAFE_INTEGER: a row bound is a small
 * integer wherever it is stored, and one object literal {first, last} holding a number outside V8's small-integer
 * range makes every {first, last} (and, through the rows computed from them, every {row, col}) box its numbers.
 */
const ALL_ROWS: RowRange = { first: 1, last: 1_048_576 };

/** Known stated ratios: the rate header and the headers of its numerator and denominator. */
const RATIOS: { rate: RegExp; num: RegExp; den: RegExp }[] = [
  { rate: /控制率$/, num: /在职/, den: /编制数/ },
  { rate: /执行率$/, num: /执行数|决算数/, den: /预算数/ },
];

/** Ratios stated in a header row with their values on the row below (控制率 = 在职人数 / 编制数). */
export function findRatioChecks(grid: Grid, rows: RowRange = ALL_ROWS): RatioRelation[] {
  const out: RatioRelation[] = [];
  for (let r = Math.max(1, rows.first); r < Math.min(grid.rowCount, rows.last); r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      const t = grid.compactText(r, c);
      const spec = RATIOS.find((x) => x.rate.test(t));
      if (!spec || grid.anchorCol(r, c) !== c) continue;
      const find = (re: RegExp) => {
        for (let d = 1; d <= grid.scanCols; d++) if (d !== c && re.test(grid.compactText(r, d))) return d;
        return 0;
      };
      const nc = find(spec.num);
      const dc = find(spec.den);
      const stated = numberAt(grid, r + 1, c);
      const num = numberAt(grid, r + 1, nc);
      const den = numberAt(grid, r + 1, dc);
      if (stated && num && den) {
        out.push({ kind: "ratio", id: `ratio:${stated.cell}`, measure: "rate", block: "basic-data", name: t, label: t, stated, numerator: num, denominator: den, bound: "equal" });
      }
    }
  }
  return out;
}

/**
 * Totals written as "三公经费:" whose numbered items ("1、…", "2、…") are its parts; "其中" lines are
 * sub-items of an item and are not added to the total.
 */
export function findNumberedSums(grid: Grid, rows: RowRange = ALL_ROWS): SumRelation[] {
  const out: SumRelation[] = [];
  const last = Math.min(grid.rowCount, rows.last);
  for (let r = Math.max(1, rows.first); r <= last; r++) {
    const lc = firstTextCol(grid, r);
    const label = grid.compactText(r, lc);
    // "项目支出:" over its numbered items; the template's own items also without the colon, where the first line under
    // them opens their numbered items ("项目支出" over "其中:1、运行维护经费", "2专项资金(一个项一行)")
    const opens = /[:：]$/.test(label) || (BASIC_DATA_ITEM.test(label) && r < last && NUMBERED_ITEM.test(grid.compactText(r + 1, lc)));
    if (!opens || !grid.startsInRow(r, lc)) continue;
    const valueCols: number[] = [];
    for (let c = lc + 1; c <= grid.scanCols; c++) if (grid.anchorCol(r, c) === c && numberAt(grid, r, c)) valueCols.push(c);
    if (valueCols.length === 0) continue;
    const partRows: number[] = [];
    // a numbered item with no amount heads a list of its own ("2、区级专项资金(一个专项一行)" over one line per
    // fund): the lines under it, up to the next numbered item or the table's next heading, are its parts
    let heading = false;
    // outside a heading's list, the unnumbered lines under a "其中:" line are more of that item's own parts ("其中:
    // 公车购置" then "公车运行维护"), up to the next numbered item
    let within = false;
    // a list that runs to the sheet's last row may go on past a cut: its lines then bound the total, no more
    let closed = false;
    for (let rr = r + 1; rr <= last && !closed; rr++) {
      const t = grid.compactText(rr, lc);
      if (NUMBERED_ITEM.test(t)) {
        heading = valueCols.every((c) => grid.text(rr, c) === "");
        within = false;
        if (!heading) partRows.push(rr);
      } else if (/^(其中|…|\.\.\.)/.test(t) || t === "") within = within || (!heading && t.startsWith("其中"));
      else if (/[:：]$/.test(t) || BASIC_DATA_ITEM.test(t)) closed = true;
      else if (heading) partRows.push(rr);
      else if (!within) closed = true;
    }
    const cut = !closed && last === grid.rowCount;
    if (partRows.length === 0) continue;
    const name = label.replace(/[:：]$/, "");
    valueCols.forEach((c, k) => {
      const total = numberAt(grid, r, c)!;
      const parts = partRows.map((pr) => numberAt(grid, pr, c)).filter((x): x is NumberRef => !!x);
      if (parts.length === 0) return;
      out.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "basic-data", orientation: "rows", label: name, total, parts, bound: cut ? "atMost" : "equal", group: `numbered:${r}`, preferred: k === 0 });
    });
  }
  return out;
}

/** A numbered item of a 基础数据表 list: "1、…", "2.…", "2专项资金…", also after "其中:" ("其中:1、运行维护经费"). */
const NUMBERED_ITEM = /^(?:其中[:：])?\d+(?:[、.．]|(?=[\u4e00-\u9fa5]))/;

/** The items of a 基础数据表 (三公经费, 项目支出, 公用经费, 政府采购金额 …): a heading, never a line of the list above it. */
const BASIC_DATA_ITEM = /^(三公经费|"三公"经费|项目支出|公用经费|政府采购|预算调整|楼堂馆所|财政供养|经费控制|人员经费|基本支出|资产)/;

/**
 * A "其中:X" line directly under an item is part of it: it can never exceed the item
 * ("1、公务用车购置和维护经费 | 0" above "其中:公车购置 | 5" is inconsistent).
 */
export function findPartOfChecks(grid: Grid, rows: RowRange = ALL_ROWS): SumRelation[] {
  const out: SumRelation[] = [];
  for (let r = Math.max(2, rows.first + 1); r <= Math.min(grid.rowCount, rows.last); r++) {
    const lc = firstTextCol(grid, r);
    const label = grid.compactText(r, lc);
    if (!/^其中[:：]/.test(label) || !grid.startsInRow(r, lc)) continue;
    const name = grid.text(r - 1, lc).replace(/[:：]$/, "");
    let first = true;
    for (let c = lc + 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const part = numberAt(grid, r, c);
      const total = numberAt(grid, r - 1, c);
      if (!part || !total) continue;
      out.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "basic-data", orientation: "rows", label: name, total, parts: [part], bound: "atMost", group: `part-of:${r - 1}`, preferred: first });
      first = false;
    }
  }
  return out;
}

/** A 基础数据表 column of amounts by year: "2018年决算数", "2023 年预算数", "执行数". */
const BASIC_DATA_AMOUNT_HEADER = /^(\d{4}年(度)?)?(决算数|预算数|执行数|预算执行数)(\((万元|元)\))?$/;

/**
 * The header row of a 部门整体支出绩效评价基础数据表's amount table (经费控制情况 | 2017年决算数 | 2018年预算数 |
 * 2018年决算数): the first row with two or more amount-by-year headers, wherever it stands (below a title, a
 * 填报单位 line, or the staffing rows).
 */
export function findBasicDataHeader(grid: Grid): number | null {
  for (let r = 1; r <= Math.min(grid.rowCount, BASIC_DATA_HEADER_ROWS); r++) {
    let n = 0;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (grid.ownsCell(r, c) && BASIC_DATA_AMOUNT_HEADER.test(grid.compactText(r, c))) n++;
    }
    if (n >= 2) return r;
  }
  return null;
}

/** Rows a basic-data header is looked for in. */
const BASIC_DATA_HEADER_ROWS = 40;

/** The staffing line above a basic-data amount table (财政供养人员情况 | 编制数 | 在职人数 | 控制率). */
const STAFFING_LINE = /财政供养|编制数/;
/** Labels of a basic-data amount table's first column (经费控制情况, 三公经费). */
const BASIC_DATA_TABLE_LABEL = /^(经费控制情况|经费控制|三公经费|"三公"经费)/;
/** Where a basic-data table ends: its last line (厉行节约保障措施) or the title of the next table (…自评表, …目标表). */
const BASIC_DATA_END = /^厉行节约|(自评表|目标表|评价表|申报表)$/;
/** rows above its amount header a basic-data table's staffing line may stand */
const STAFFING_ROWS = 4;

/**
 * The rows of a 基础数据表 block on a sheet of any family (a Hunan disclosure page often carries the 基础数据表 and
 * the 自评表 together): from its staffing line (or its amount header: 经费控制情况 | 2023年决算数 | 2024年预算数 …)
 * to its 厉行节约 line or the next table's title. Null when no amount header is found, or when neither its label
 * column nor its lines name the table (经费控制情况, 三公经费): a 预算数 | 执行数 header alone is any fund block's.
 */
export function basicDataRows(grid: Grid): RowRange | null {
  const h = findBasicDataHeader(grid);
  if (h === null) return null;
  let last = grid.rowCount;
  let named = BASIC_DATA_TABLE_LABEL.test(grid.compactText(h, firstTextCol(grid, h)));
  for (let r = h + 1; r <= grid.rowCount; r++) {
    const t = grid.compactText(r, firstTextCol(grid, r));
    if (BASIC_DATA_END.test(t)) {
      last = r - 1;
      break;
    }
    if (BASIC_DATA_TABLE_LABEL.test(t)) named = true;
  }
  if (!named) return null;
  let first = h;
  for (let r = h - 1; r >= Math.max(1, h - STAFFING_ROWS); r--) {
    for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && STAFFING_LINE.test(grid.compactText(r, c))) first = r;
  }
  return { first, last };
}

/** A basic-data table's spending total and its two parts (the template's own identity: 支出总额 = 基本支出 + 项目支出). */
const SPENDING_TOTAL = /^(支出总额|支出合计|总支出|部门支出总额)[:：]?$/;
const SPENDING_PART = /^(基本支出|项目支出)[:：]?$/;

/**
 * 支出总额 over 基本支出 and 项目支出 (each on a line of its own below it, 其中 lines between): on every amount column,
 * the total is the two parts (one left blank counts nothing).
 */
export function findSpendingTotals(grid: Grid, rows: RowRange = ALL_ROWS): SumRelation[] {
  const out: SumRelation[] = [];
  const last = Math.min(grid.rowCount, rows.last);
  for (let r = Math.max(1, rows.first); r <= last; r++) {
    const lc = firstTextCol(grid, r);
    if (!SPENDING_TOTAL.test(grid.compactText(r, lc)) || !grid.startsInRow(r, lc)) continue;
    const partRows: number[] = [];
    const seen = new Set<string>();
    for (let rr = r + 1; rr <= last && partRows.length < 2; rr++) {
      const t = grid.compactText(rr, lc);
      if (SPENDING_PART.test(t) && !seen.has(t.slice(0, 2))) {
        seen.add(t.slice(0, 2));
        partRows.push(rr);
      } else if (SPENDING_TOTAL.test(t)) break;
    }
    if (partRows.length < 2) continue;
    let first = true;
    for (let c = lc + 1; c <= grid.scanCols; c++) {
      if (grid.anchorCol(r, c) !== c) continue;
      const total = numberAt(grid, r, c);
      if (!total) continue;
      const parts = partRows.map((pr) => numberAt(grid, pr, c)).filter((x): x is NumberRef => !!x);
      if (parts.length === 0) continue;
      out.push({ kind: "sum", id: `sum:amount:${total.cell}`, measure: "amount", block: "basic-data", orientation: "rows", label: grid.compactText(r, lc), total, parts, bound: "equal", group: `spending:${r}`, preferred: first });
      first = false;
    }
  }
  return out;
}

/** The relations of a basic-data block (控制率, 支出总额, numbered sums, 其中 part-of) within its rows. */
export function basicDataRelations(grid: Grid, rows: RowRange = ALL_ROWS): (RatioRelation | SumRelation)[] {
  return [...findRatioChecks(grid, rows), ...findSpendingTotals(grid, rows), ...findNumberedSums(grid, rows), ...findPartOfChecks(grid, rows)];
}
