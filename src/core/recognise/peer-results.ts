import type { Grid } from "../grid/grid";
import { outlineRank } from "../text/codes";
import { GRADE_WORD_ALT, GRADE_LETTER_ALT } from "./vocabulary";

/**
 * (dev59) Several evaluated items listed one numbered paragraph (or row) each, every one stating its OWN result — a results
 * notice of a county's key projects, one paragraph per project:
 *
 *   1、…农田道路建设项目,…下达…197万元,…实际已支付186.98万元,支付完成率为94.91%。第三方机构最终绩效评价总得分为91.8分,评价等级为优秀。
 *   2、…旅游扶贫交易市场建设项目,…第三方机构最终绩效评价总得分为90.76分,评价等级为优秀。
 *
 * Such lines are peers, a list of evaluated items (evaluation-summary), never parts of one of them: each states a whole's
 * score (its total's words, 总得分 / 综合得分 / 最终得分 …, or its grade after it, '…90.76分,评价等级为优秀') of a pass at
 * least (60 or more, 100 at most: two such scores add past any 100-point whole, so neither is a part of one). The evidence:
 * - two lines or more, each opening with a code of the same outline rank (1、 / (一) / 一、: text/codes.ts outlineRank);
 * - each line stating exactly one such result (a line of two scores is a rule's or a list's);
 * - two different scores among them at least (a report restating its one total in two sections states no list).
 * A report whose items score under one stated total ('(一)决策…得分18分', '1.产出指标得分40分' under '总得分92分') is none:
 * its items' scores are no whole's, nor a pass each.
 *
 * peerResultRows: the rows of those lines, null where the sheet has no such list. Gated on the characters 分 and 得 / 评 in
 * the sheet's text before any line is read.
 */

/** A whole's score in a line (compact, simplified): its total's words before it (group 1), the score (group 2). */
const WHOLE_SCORE = /(总得分|总分|综合得分|综合评分|最终得分|最终评分|评价得分|评价总分|考核得分|考评得分|自评总分|总体得分|整体得分)(?:为|是|:)?(\d{1,3}(?:\.\d{1,2})?)分/g;
/** Any score in a line: '得分为90.76分', '评分92分' (group 1). */
const ANY_SCORE = /(?:得分|评分|分数)(?:为|是|:)?(\d{1,3}(?:\.\d{1,2})?)分/g;
/** The grade stated right after a score: ',评价等级为优秀', '(良)'. */
const GRADE_AFTER = new RegExp(`^[^。;|]{0,12}?(?:等级|等次|评级|结果|结论)(?:为|是|:)?["“(]?(?:${GRADE_WORD_ALT}|${GRADE_LETTER_ALT})`);
/** A pass, and the top of a 100-point scale. */
const PASS = 60;
const TOP = 100;
const MIN_PEERS = 2;
/** Lines read (a notice, not a long table). */
const MAX_ROWS = 400;
/** The gate: a score's words in the sheet's text. */
const GATE = /得分|评分/;

const memo = new WeakMap<Grid, number[] | null>();

export function peerResultRows(grid: Grid): number[] | null {
  let v = memo.get(grid);
  if (v === undefined) memo.set(grid, (v = grid.hasText(GATE) ? readPeers(grid) : null));
  return v;
}

/** The score of the one whole's result a line states (see the module's note), else null. */
export function lineResult(text: string): number | null {
  if (text.indexOf("分") < 0) return null;
  const whole = [...text.matchAll(WHOLE_SCORE)];
  const any = [...text.matchAll(ANY_SCORE)];
  let score: string | null = null;
  if (whole.length === 1) {
    // (the one score the line states: '总得分为91.8分' is read by both; '总分100分,得分92分' states two)
    const w = whole[0];
    if (any.every((m) => m.index! >= w.index! && m.index! < w.index! + w[0].length)) score = w[2];
  } else if (!whole.length && any.length === 1 && GRADE_AFTER.test(text.slice(any[0].index! + any[0][0].length))) score = any[0][1];
  const n = score === null ? NaN : Number(score);
  return n >= PASS && n <= TOP ? n : null;
}

function readPeers(grid: Grid): number[] | null {
  const last = Math.min(grid.rowCount, MAX_ROWS);
  const byRank = new Map<number, { rows: number[]; scores: Set<number> }>();
  for (let r = 1; r <= last; r++) {
    const c = grid.firstTextCell(r);
    if (!c) continue;
    const text = grid.compactText(r, c);
    if (text.indexOf("分") < 0) continue;
    const score = lineResult(text);
    if (score === null) continue;
    const rank = outlineRank(grid.text(r, c).trim());
    if (rank === null) continue;
    let at = byRank.get(rank);
    if (!at) byRank.set(rank, (at = { rows: [], scores: new Set() }));
    at.rows.push(r);
    at.scores.add(score);
  }
  for (const at of byRank.values()) if (at.rows.length >= MIN_PEERS && at.scores.size >= 2) return at.rows;
  return null;
}
