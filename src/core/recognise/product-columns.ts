import type { Grid } from "../grid/grid";
import type { AmountUnit, ProductRelation, RelationTerm } from "../model/types";
import { productAgrees } from "../relations/tolerance";
import { lineName, numberAt } from "./cells";
import { mayHold, TextFact } from "./text-facts";
import { PERIOD_COLUMN_HEAD } from "./vocabulary";

/**
 * Amounts computed at a stated rate, line by line: a table whose header names a rate per unit (补助标准 (元/人), 单价
 * (元/亩)), a count (人数, 户数, 面积, 数量) and an amount (补助资金 (元), 金额 (万元)) states 金额 = 数量 × 标准 on every
 * line. Where the count is split into sub-columns (学生人数 over 合计 | 小学 | 初中), the count is the sub-column the
 * lines agree with most. The units are the headers' own: a result in 万元 against a rate in 元 per unit is scaled by
 * 10,000, and only then. The relation is evidence only where the lines bear it out: at least MIN_AGREE lines agree and
 * no more than one in three disagrees; a line whose count is blank beside an amount disagrees (its count reads 0).
 */

/** a rate's name: 标准, 补助标准, 单价, 定额 (not 评分标准: a rate needs a money unit per unit, below) */
const RATE_WORD = /标准|单价|定额/;
/** a money unit per unit: 元/人, 万元/亩, 元/人·年 */
export const PER_UNIT = /(万?元)\/[^\s/()]{1,5}/;
/** a head naming a rate by its unit only: a name, then a money unit per unit in brackets ("月保障金(元/人/月)") */
const UNIT_NAMED_RATE = /^[\u4e00-\u9fa5]{2,12}[(](?:万?元)\/[^\s/()]{1,5}(?:\/[^\s/()]{1,3})?[)]$/;
/** a price per unit named alone (单价, 单价(元)): per unit only where a column beside it names the units counted */
const BARE_PRICE = /^单价(\(元\))?$/;
/** a column naming the units a line counts in (单位, 计量单位) */
const MEASURE_UNIT_HEAD = /^(计量)?单位$/;
/** a period head's figure that is the line's amount (115預算, 2019年决算数) */
const PERIOD_BUDGET = /^(法定|审定|核定)?(预算|决算)(数|金额)?$|^金额$/;

/** A cell of the header lines rows top..bottom names the units the lines count in (数量 | 单位 | 单价). */
function unitColumn(grid: Grid, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && MEASURE_UNIT_HEAD.test(grid.compactText(r, c))) return true;
  return false;
}

/** a count's name */
const COUNT_WORD = /人数|户数|学生数|人次|面积|亩数|数量|个数|床位数?|头数|只数|名额|套数|间数|台数|所数|校数/;
/** an amount's name */
const AMOUNT_WORD = /资金|金额|补助额|补贴额|奖补额|经费|拨款|发放额/;
/** the payees a line states (总人数, 户数): each paid his own amount, rounded to the fen */
const PAYEE_WORD = /人数|户数/;
/** a line that totals the others (合计, 小计, 总计): no line of its own */
export const TOTAL_LINE = /(合计|小计|总计)$/;
/** header lines of a table at most (the rate's line and those below it before the first line of numbers) */
const MAX_HEADER_LINES = 3;
/** lines that must agree before a product is read at all */
const MIN_AGREE = 3;

interface Column {
  col: number;
  /** the column's header text over its header lines (distinct texts, top to bottom) */
  text: string;
  /** the column's name as a message writes it (its group's name, then its own) */
  label: string;
}

/** The header text of a column over rows top..bottom: each distinct text once (a merge reads once). */
function columnHeader(grid: Grid, top: number, bottom: number, col: number): Column {
  const texts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const t = grid.compactText(r, col);
    if (t && !texts.includes(t)) texts.push(t);
  }
  const names = texts.filter((t) => !/^\(.*\)$/.test(t)).map((t) => t.replace(/\(.*\)$/, ""));
  // a group's name cut to its count or amount word ("2018年…学生人数" → 学生人数), then the sub-column's own ("合计")
  const named = names.map((t) => /[\u4e00-\u9fa5]{0,2}(人数|户数|人次|面积|数量|资金|金额|标准|单价)$/.exec(t)?.[0] ?? t);
  const label = named.length > 1 ? `${named[0]}（${named.slice(1).join("、")}）` : (named[0] ?? "");
  return { col, text: texts.join(" "), label };
}

/** The money unit a header names ("补助资金(元)" → 元, "金额(万元)" → 万元). */
function amountUnit(text: string): AmountUnit | null {
  if (/万元/.test(text)) return "万元";
  if (/元/.test(text)) return "元";
  return null;
}

function numeric(grid: Grid, r: number, c: number): boolean {
  return numberAt(grid, r, c) !== null;
}

function rowHasNumber(grid: Grid, r: number): boolean {
  for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(r, c) && numeric(grid, r, c)) return true;
  return false;
}

/** Every product a table's header states (see above), line by line. */
export function productRelations(grid: Grid): ProductRelation[] {
  const out: ProductRelation[] = [];
  // (a sheet with no rate's word nor a money unit per unit in any text states no product: Grid.hasText)
  if (!grid.hasText(RATE_WORD) && !(mayHold(grid, TextFact.divide) && grid.hasText("元/"))) return out;
  const seenRate = new Set<number>();
  const { start, cols: texts } = grid.textCells();
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let i = start[r]; i < start[r + 1]; i++) {
      const c = texts[i];
      if (seenRate.has(c)) continue;
      const t = grid.compactText(r, c);
      // (a rate named by its word, 补助标准 (元/人), or by its unit alone: 月保障金(元/人/月), a money unit per unit after a
      // name of its own)
      if (!t || t.length > 20 || !(RATE_WORD.test(t) || UNIT_NAMED_RATE.test(t)) || rowHasNumber(grid, r)) continue;
      // the header's lines: this one and those below it before the first line with numbers
      let bottom = r;
      while (bottom + 1 <= grid.rowCount && bottom - r + 1 < MAX_HEADER_LINES && !rowHasNumber(grid, bottom + 1)) bottom++;
      if (bottom + 1 > grid.rowCount) continue;
      const rate = columnHeader(grid, r, bottom, c);
      const per = PER_UNIT.exec(rate.text);
      // (or a bare 单价 beside a column naming the units counted, 数量 | 单位 | 单价: a price per unit, in 元 where no head
      // says otherwise — a budget book's detail lines, 約僱人員3人 | 3 | 人 | 493,000 | 1,479,000)
      if (!per && !(BARE_PRICE.test(rate.text) && unitColumn(grid, r, bottom))) continue;
      // one header per column is read (a sheet's lines are walked once per rate column, however long)
      seenRate.add(c);
      const rateUnit: AmountUnit = per?.[1] === "万元" ? "万元" : "元";
      const cols: Column[] = [];
      for (let k = 1; k <= grid.scanCols; k++) if (k !== c) cols.push(columnHeader(grid, r, bottom, k));
      // (or a period's budget, 115預算 | 2024年预算数: the amount the budget book states for the line)
      const amounts = cols.filter((x) => (AMOUNT_WORD.test(x.text) || PERIOD_BUDGET.test(PERIOD_COLUMN_HEAD.exec(x.text)?.[2] ?? "")) && !RATE_WORD.test(x.text) && !COUNT_WORD.test(x.text) && !PER_UNIT.test(x.text));
      const counts = cols.filter((x) => COUNT_WORD.test(x.text) && !AMOUNT_WORD.test(x.text) && !RATE_WORD.test(x.text) && !/元/.test(x.text));
      if (amounts.length === 0 || counts.length === 0) continue;
      const payees = counts.filter((x) => PAYEE_WORD.test(x.text));
      const found = bestProduct(grid, bottom + 1, rate, rateUnit, amounts, counts, payees);
      for (const x of found) out.push(x);
    }
  }
  return out;
}

/** The lines under a header: from `first` down to the end of the sheet or the next header naming a rate in that column. */
function lines(grid: Grid, first: number, rateCol: number): number[] {
  const rows: number[] = [];
  for (let r = first; r <= grid.rowCount; r++) {
    const t = grid.ownsCell(r, rateCol) ? grid.compactText(r, rateCol) : "";
    if (t && RATE_WORD.test(t)) break;
    rows.push(r);
  }
  return rows;
}

/**
 * Of the amount and count columns, the pair the lines agree with most; its relations when they bear it out. Where
 * another column states the line's payees (总人数 beside 补贴面积 × 补贴标准), each payee's amount was rounded to the
 * fen: the amount may differ from the product by half a fen per payee (productAgrees).
 */
function bestProduct(grid: Grid, first: number, rate: Column, rateUnit: AmountUnit, amounts: Column[], counts: Column[], payeeCols: Column[]): ProductRelation[] {
  let best: ProductRelation[] = [];
  let bestAgree = 0;
  const rows = lines(grid, first, rate.col);
  for (const amount of amounts) {
    const unit = amountUnit(amount.text);
    // 10,000 only where both headers state their units and they differ
    const scale = unit === "万元" && rateUnit === "元" ? 10_000 : unit === "元" && rateUnit === "万元" ? 1 / 10_000 : 1;
    for (const count of counts) {
      const payeeCol = payeeCols.find((x) => x.col !== count.col);
      const found: ProductRelation[] = [];
      let agree = 0;
      for (const r of rows) {
        const a = numberAt(grid, r, amount.col);
        const k = numberAt(grid, r, rate.col);
        if (!a || !k || a.percent || k.percent || a.value === 0) continue;
        if (TOTAL_LINE.test(lineName(grid, r, 1, Math.min(amount.col, rate.col, count.col)))) continue;
        let n: RelationTerm | null = numberAt(grid, r, count.col);
        if (!n) {
          // a count left blank (not "/" or a word): it reads 0
          if (grid.compactText(r, count.col) !== "") continue;
          n = { cell: grid.addr(r, count.col), row: r, col: count.col, value: 0, text: "", decimals: null, percent: false };
        }
        if (n.percent) continue;
        const result: RelationTerm = { ...a, label: amount.label, unit };
        const factors: RelationTerm[] = [
          { ...n, label: count.label },
          { ...k, label: rate.label, unit: rateUnit },
        ];
        const p = payeeCol ? numberAt(grid, r, payeeCol.col) : null;
        const payees: RelationTerm | null = p && !p.percent && p.value > 0 ? { ...p, label: payeeCol!.label } : null;
        if (productAgrees(result, factors, scale, payees?.value ?? null, unit ?? rateUnit).ok) agree++;
        found.push({
          kind: "product",
          id: `product:amount:${result.cell}`,
          measure: "amount",
          orientation: "rows",
          label: amount.label,
          block: "amount-table",
          bound: "equal",
          result,
          factors,
          scale,
          ...(payees ? { payees } : {}),
          group: `product:${grid.addr(first, amount.col)}`,
        });
      }
      const disagree = found.length - agree;
      if (agree >= MIN_AGREE && disagree * 2 <= agree && agree > bestAgree) {
        best = found;
        bestAgree = agree;
      }
    }
  }
  return best;
}
