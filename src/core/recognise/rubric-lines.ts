import type { Grid } from "../grid/grid";

/**
 * (famp55) **A scoring rule's lines, wherever the page was cut**: an assessment's rules (考核办法, 评分标准, 考评细则) printed as
 * prose, one clause or one item a line, most of them stating how points are given or taken ('每拋荒一畝扣1分', '按时完成的计4分',
 * '资料不全扣5分', '新建农资网点标准分各25分', '任务完成情况占分值50分', '不计分') under heads carrying their points ('二、农业生产
 * (14分)'). An excerpt of such a page (its first or second half, its opening cut) keeps these lines while the outline the
 * rubric readers need (paragraph-list.ts: heads whose points the items add up to; prose-rubric.ts: counted lists) is broken.
 * A reviewer names it a scoring system by them alone.
 *
 * Read over the grid's rows, prose (80 % of the filled rows one text; a row's first text read): RULE_LINES lines at least with
 * a rule's clause (RULE: points given or taken, a standard's or a value's points), and lines with a rule's clause or a pointed
 * head half the filled lines at least. Not: a report stating the points it got (STATED_SCORE: '自评得分10分', '评价得分为92分'),
 * a notice of units' scores ('某乡得95分': 得N分 counts only after a condition's 的, '完成的得10分').
 */
const RULE = /(?:扣|计|记|奖|加|减)(?:除|罚)?\d+(?:\.\d+)?(?:[-~至]\d+(?:\.\d+)?)?分|(?:不(?:计|记|得)分)|标准分(?:各)?\d+(?:\.\d+)?分?|得(?:标准分|满分)|的得\d+(?:\.\d+)?分/;
/**
 * an item's own points ('任务完成情况占分值50分'; not the whole's, '总分值100分'): the outline's clause prose-rubric.ts reads
 * by its counted lists. Counted as a rule's only where the page is cut inside the outline: at its start (its first line such a clause, the list's lead lost)
 * or at its end (its last line an open clause, OPEN_END). An outline whole on the page that prose-rubric.ts refuses (a count
 * its clauses miss, clauses under a stated whole with no lead) does not hold (prose-rubrics.test.ts' counter-shapes).
 */
const ITEM_POINTS = /(?:占分值|(?:^|[^总])分值为?)(?:各)?\d+(?:\.\d+)?分?/;
/** a line left open: no full stop at its end (a page cut inside a list) */
const OPEN_END = /(?:[,，、;；:：]|[^。.！!？?）)])$/;
/** a head with its points: '二、农业生产(14分)', '(一)党建工作(20分)' */
const POINTED_HEAD = /\(\d+(?:\.\d+)?分\)/;
/** an evaluation's own score stated: a report's, not a rule's */
const STATED_SCORE = /(?:自评|评价|综合|最终|总体)(?:得分|评分)/;
/** lines needed with a rule's clause */
const RULE_LINES = 3;
/** share of the filled lines that must be the rule's (a clause or a pointed head) */
const RULE_SHARE = 0.5;
/** share of the filled rows holding one text: prose */
const PROSE_SHARE = 0.8;
/** rows read */
const MAX_ROWS = 400;

const memo = new WeakMap<Grid, boolean>();

export function rubricLines(grid: Grid): boolean {
  let v = memo.get(grid);
  if (v === undefined) memo.set(grid, (v = readRubricLines(grid)));
  return v;
}

function readRubricLines(grid: Grid): boolean {
  const { start, cols } = grid.textCells();
  let filled = 0;
  let rules = 0;
  let ruled = 0;
  let single = 0;
  let heads = 0;
  let items = 0;
  let first: boolean | null = null;
  let last = "";
  for (let r = 1; r <= Math.min(grid.rowCount, MAX_ROWS); r++) {
    if (start[r + 1] === start[r]) continue;
    // (prose: one text a row — a table's row, its cells side by side, is the table readers')
    if (start[r + 1] - start[r] === 1) single++;
    const line = grid.compactText(r, cols[start[r]]);
    filled++;
    last = line;
    if (STATED_SCORE.test(line)) return false;
    const rule = RULE.test(line);
    const item = !rule && ITEM_POINTS.test(line);
    const head = POINTED_HEAD.test(line);
    if (rule) rules++;
    if (item) items++;
    if (head) heads++;
    if (rule || item || head) ruled++;
    if (first === null) first = item;
  }
  if (first || OPEN_END.test(last)) rules += items;
  // (three clauses and no head carrying points are a sentence's worth, no page of items: fam46's near shapes)
  return rules >= RULE_LINES && (heads > 0 || rules > RULE_LINES) && ruled >= filled * RULE_SHARE && single >= filled * PROSE_SHARE;
}
