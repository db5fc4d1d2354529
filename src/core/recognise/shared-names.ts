import type { Grid } from "../grid/grid";
import { parseA1 } from "../grid/a1";
import type { Indicator } from "../model/types";
import { labelCode } from "../text/codes";
import { ownColumnOf } from "../model/indicator-row";

/** the leading words of a criterion that has no number of its own: up to the first stop, at most this long (then "…") */
const LEADING_WORDS = 10;
/** where a criterion's leading words stop: the end of its first clause */
const WORDS_STOP = /[,，;；:：。\s]/;

/**
 * Criterion rows under one merged label (序号 2 | 环境卫生 merged over four rows, each row its own "(1)…" to "(4)…"
 * criterion and 分值): each takes the same name from the merge, so a finding's message could not tell them apart.
 * Each such row's name gets its own criterion's number ("2 (3)", "环境卫生(3)"), or, unnumbered, its leading words
 * ("环境卫生 路面整洁卫生"): the first text of its own right of the name, where every row of the merge has one and
 * they differ. Names of rows that do not share a merged label are left as they are. Runs after the table is read
 * (its groups, codes and weights come from the names as written), so only what the rules say of a row changes.
 */
export function nameRowsUnderSharedLabels(grid: Grid, indicators: Indicator[]): void {
  const byMerge = new Map<string, Indicator[]>();
  // (an index, no iterator, and the name cell's row and column read where it is the row's own, no address made and
  // parsed back: this runs for every row)
  for (let k = 0; k < indicators.length; k++) {
    const ind = indicators[k];
    if (!ind.name) continue;
    let row = ind.row;
    let col = ownColumnOf(ind, "nameCell");
    if (col === 0) {
      if (!ind.nameCell) continue;
      ({ row, col } = parseA1(ind.nameCell));
    }
    const m = grid.mergeAt(row, col);
    if (!m || m.r2 === m.r1) continue;
    const key = `${m.r1},${m.c1}`;
    const list = byMerge.get(key);
    if (list) list.push(ind);
    else byMerge.set(key, [ind]);
  }
  for (const rows of byMerge.values()) {
    if (rows.length < 2 || rows.some((i) => i.name !== rows[0].name)) continue;
    const col = parseA1(rows[0].nameCell!).col;
    const own = rows.map((i) => ownCriterion(grid, i.row, col));
    if (own.some((x) => !x) || new Set(own.map((x) => x!.text)).size < own.length) continue;
    rows.forEach((ind, k) => {
      const name = ind.name;
      const code = own[k]!.code;
      // ("环境卫生(3)", but "2 (3)", "主体责任(计18分) 1.1", "环境卫生 路面整洁卫生")
      const sep = code && /^\(/.test(own[k]!.text) && /[\u4e00-\u9fa5]$/.test(name) ? "" : " ";
      ind.name = `${name}${sep}${own[k]!.text}`;
    });
  }
}

/** The row's own criterion right of its name: its number ("(3)") or its leading words, or null. */
function ownCriterion(grid: Grid, r: number, nameCol: number): { text: string; code: boolean } | null {
  for (let c = nameCol + 1; c <= grid.scanCols; c++) {
    // (a cell merged over the rows, as the name is, is not the row's own)
    if (!grid.ownsCell(r, c) || !grid.startsInRow(r, c)) continue;
    const m = grid.mergeAt(r, c);
    if (m && m.r2 > m.r1) continue;
    const text = grid.compactText(r, c);
    if (!text) continue;
    // (the words as written: a traditional sheet's name stays traditional)
    const written = grid.text(r, c).trim();
    // a number (分值, 得分) is no criterion's name: the row has none of its own before its values
    if (!/[\u4e00-\u9fa5A-Za-z]/.test(text)) return null;
    const code = labelCode(text);
    if (code) return { text: code.text, code: true };
    const words = written.split(WORDS_STOP)[0];
    if (!words) return null;
    return { text: words.length > LEADING_WORDS ? `${words.slice(0, LEADING_WORDS)}…` : words, code: false };
  }
  return null;
}
