import type { Grid } from "../grid/grid";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";

/**
 * Counts a sentence leaves unfilled: a count's word followed at once by its unit, the number between them never typed in,
 * as a notice copied from its template before the figures were put in writes it ("群众反映问题共件,全部回复,回复率100%,
 * 已办结件,未办结件(详见附件一),办结率99%"), or a rate with no number before its sign ("办结率%"). Read only in a sentence
 * (a text of MIN_TEXT characters or more with a comma or a full stop), the gap followed by a comma, a stop, a bracket or the
 * text's end: a head naming a count (已办结件数) has a word after the unit, and a list of kinds of letters (对已办结件、未办结件
 * 分类统计; 受理件, 在办件 as nouns) is no gap. Near forms: 共件, 共计件, 合计件, 已办结件, 未办结件, 共条, 共封, 办结率%, 满意率%.
 */
const GAP = /(共计|共有|共|总计|合计|已办结|未办结|已回复|未回复|已答复|未答复)(件|条|封|起)(?=[,;。():]|$)|(办结|回复|答复|结案|满意|采纳)率(?:为|达到?)?(?=%)/g;
/** GAP without its g flag: a sheet none of whose texts holds one reports none (Grid.hasText) */
const ANY_GAP = new RegExp(GAP.source);
const MIN_TEXT = 15;
const SENTENCE = /[,。]/;

export interface BlankCounts {
  cell: string;
  row: number;
  col: number;
  /** the gaps as written: 共件, 已办结件, 办结率% */
  words: string[];
}

export function blankCounts(grid: Grid): BlankCounts[] {
  const out: BlankCounts[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY_GAP)) return out;
  for (const { row: r, col: c, text } of sentenceCells(grid, MIN_TEXT, SENTENCE)) {
    const words: string[] = [];
    GAP.lastIndex = 0;
    for (let m = GAP.exec(text); m; m = GAP.exec(text)) words.push(m[1] ? m[1] + m[2] : `${m[3]}率%`);
    if (words.length) out.push({ cell: grid.addr(r, c), row: r, col: c, words });
  }
  return out;
}
