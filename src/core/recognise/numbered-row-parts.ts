import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import { lineTerm } from "./budget";
import { proseDigits } from "./prose-rates";
import { sentenceCells } from "./sentence-cells";
import { completePair } from "./complete-parts";
import { statedWholes } from "./sentence-breakdowns";
import { withoutCopyMarks } from "../text/copy-marks";

/*
 * (rel59, session 59) **A whole closing its row with 其中, its parts opening the numbered rows under it** — a 三公 note's
 *   A3 '(二)公务用车购置及运行费1116.14万元。其中:'
 *   A4 '1、公务用车购置费34.71万元,公务用车购置1辆中巴车,…,与2016年相比,公务用车购置费减少79.4万元,下降69.6%。'
 *   A5 '2、公务用车运行费1116.14万元,主要用于公务用车燃油、维修、保险等方面支出,…'
 * (长乐: 34.71 + 1116.14 = 1150.85 > 1116.14 — the 运行费 printed as its subtotal). The rows' own sentences carry other
 * figures (changes, counts), which announced-parts.ts refuses; here a part is only a numbered row's first clause: its code
 * (1、 / 1. / (1) / ①, in order from the first), a name and one amount closing the clause.
 * Read: a row whose text closes with '<amount>。其中:' (or ',其中:'), the amount's clause naming money and no change; the rows
 * under it (eight at most) while each opens with the next code and its first clause is 'name + amount' in the whole's unit. A
 * row not opening with the next code closes the list; a numbered row without its amount leaves it unread; a list running to
 * the sheet's end may be cut. (rel60b) Rows with no code, each opening with 'name + amount' from the first under the whole,
 * are parts the same, closed by the first row of another shape. As the 其中 lists: three parts or more, or a complementary
 * pair (complete-parts.ts), closed and adding to at least half of the whole, must add up; else they may not exceed it.
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

const ANY = /\d(?:亿元|万元|元)[。,]?其中[:,]?/;
const CLOSING = /(\d+(?:\.\d+)?)(亿元|万元|元)[。,]?其中[:,]?$/;
/** the whole's clause names money… */
const MONEY_WORD = /资金|基金|经费|费|预算|拨款|投资|补助|补贴|收入|支出|款/;
/** …and no change nor share (a part's name the same) */
const CHANGE_WORD = /增加|减少|增长|下降|节约|结余|超支|比上年|同比|较上年|相比|占|比例|%|人均|每/;
/** a row's code and the rest: 1、 / 1. / (1) / ① */
const CODED = /^(?:(\d{1,2})[、.．](?!\d)|\((\d{1,2})\)|([①②③④⑤⑥⑦⑧⑨⑩]))/;
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩";
/** the first clause of a row after its code: a name, then one amount closing it */
const FIRST_CLAUSE = /^([^,;。:\d]{2,30}?)(?:为|是|:)?(\d+(?:\.\d+)?)(亿元|万元|元)(?=[,;。]|$)/;
const MAX_ROWS = 8;
const MIN_TEXT = 8;

const numberOf = (m: RegExpExecArray) => (m[1] ? Number(m[1]) : m[2] ? Number(m[2]) : CIRCLED.indexOf(m[3]) + 1);
const termUnit = (u: string): AmountUnit | null => (u === "亿元" ? null : (u as AmountUnit));

/** The sums of the wholes closing their rows with 其中 over their numbered rows, but a whole `found` already states at its cell. */
export function numberedRowPartSums(grid: Grid, found: readonly { kind: string }[]): SumRelation[] {
  const out: SumRelation[] = [];
  if (!grid.hasText(ANY)) return out;
  const statedKeys = statedWholes(found);
  for (const { row: r, col: c, text: compactText } of sentenceCells(grid, MIN_TEXT, ANY)) {
    if (!CLOSING.test(compactText)) continue;
    const text = proseDigits(withoutCopyMarks(grid.text(r, c)));
    const m = text === null ? null : CLOSING.exec(text);
    if (!text || !m) continue;
    let from = m.index;
    while (from > 0 && !",。;:".includes(text[from - 1])) from--;
    const clause = text.slice(from, m.index).replace(CODED, "").replace(/^\([一二三四五六七八九十]{1,3}\)|^[一二三四五六七八九十]{1,3}、/, "");
    if (!MONEY_WORD.test(clause) || CHANGE_WORD.test(clause)) continue;
    const unit = m[2];
    const parts: RelationTerm[] = [];
    let closed = false;
    let bad = false;
    const last = Math.min(grid.rowCount, r + MAX_ROWS);
    // (rel60b: rows with no code under it, each opening with 'name + amount' — '其中:' over '人员经费896.34万元,主要包括…' and
    // '公用经费179.83万元,…' —: the parts unnumbered, the list closed by a row of another shape)
    let plain = false;
    for (let rr = r + 1; rr <= last; rr++) {
      const col = grid.firstTextCell(rr);
      if (!col) continue;
      const t = proseDigits(withoutCopyMarks(grid.text(rr, col)));
      const code = t === null ? null : CODED.exec(t);
      if (t && !code && (plain || !parts.length) && FIRST_CLAUSE.test(t)) plain = true;
      else if (plain || !t || !code || numberOf(code) !== parts.length + 1) {
        closed = true;
        break;
      }
      const p = FIRST_CLAUSE.exec(code ? t.slice(code[0].length) : t);
      if (!p || p[3] !== unit || CHANGE_WORD.test(p[1]) || /其中|合计|共计|总计/.test(p[1])) {
        bad = true;
        break;
      }
      parts.push(lineTerm(grid, rr, col, p[2] + p[3], p[2], p[1], termUnit(unit)));
    }
    if (bad || parts.length < 2) continue;
    const total = lineTerm(grid, r, c, m[1] + unit, m[1], clause, termUnit(unit));
    if (statedKeys().has(`${total.cell}|${total.value}`)) continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    // (parts far over their whole count something else: not read, as the other 其中 lists)
    if (sum > total.value * 1.25) continue;
    const exact = closed && (parts.length >= 3 || completePair(parts)) && sum >= total.value / 2;
    out.push({ kind: "sum", id: `sum:amount:${total.cell}:numbered-rows`, measure: "amount", block: "labelled-funds", orientation: "columns", label: clause, total, parts, bound: exact ? "equal" : "atMost" });
  }
  return out;
}
