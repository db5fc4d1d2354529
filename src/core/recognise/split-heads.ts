import type { CellRange } from "../grid/a1";
import type { Cell, Grid } from "../grid/grid";
import { budgetRole, indicatorRole } from "./headers";
import { GROUP_NAME_HEADER, PROGRESS_HEADER, SCAN, TASK_TARGET_HEADER, UNIT_LIST_DEDUCT_HEADER, UNIT_LIST_NOTE_HEADER, UNIT_LIST_RANK_HEADER, UNIT_LIST_REMARK_HEADER, UNIT_LIST_SCORE_HEADER, UNIT_LIST_UNIT_HEADER } from "./vocabulary";

/**
 * A header whose words are written over two lines, one half of each word on each (一级 over 指标, 年度 over 指标值, 评价
 * over 得分, 年初 over 预算数), where the template prints them on one: two lines one under the other whose cells, column by
 * column, are short texts and no figure, and whose halves read together gain header words (indicatorRole, budgetRole)
 * the top halves alone do not say (see splitHeadsAt). A line of letters, units or the table's first line under a header
 * is no such pair: the header's own line reads its words alone. `withJoinedHeads` gives the grid with every word of the
 * pair whole on its top line, merged down over the two (as a header of one line merged over two is printed), for the
 * sheet to be read from.
 */
/** Each half: a short text (a header word's half), no number. */
const HALF_MAX = 10;
const FIGURE = /^[\d.,%\-+()（）]*$/;
/** A head's unit in brackets under it, (%), a half (完成目标 over (%)): no figure. */
const UNIT_HALF = /^[(（]%[)）]$/;
/** A field's label or a label with its value (示范社名称:, 参考分:85—100): a whole text, no half of a header word. */
const FIELD = /[:：]/;

/** The cell at (r, c) starts here, on this line alone (no merge, or one across the line only): its last column, else null. */
function lineSpan(grid: Grid, r: number, c: number): number | null {
  if (!grid.ownsCell(r, c)) return null;
  const m = grid.mergeAt(r, c);
  if (!m) return c;
  return m.r1 === r && m.r2 === r && m.c1 === c ? m.c2 : null;
}

/** A header word's half at (r, c): a short text, no figure. */
function half(grid: Grid, r: number, c: number): string | null {
  if (typeof grid.raw(r, c) !== "string") return null;
  const t = grid.compactText(r, c);
  return t && t.length <= HALF_MAX && (!FIGURE.test(t) || UNIT_HALF.test(t)) && !FIELD.test(t) ? t : null;
}

/**
 * A per-unit result list's head (unit-results.ts: 被考核单位 | 考核情况 | 得分, 评价等级) or a progress table's (工程名称 |
 * 项目内容 | 目标任务 | 进度): their words are header words as the indicator table's are — 被考 over 核单位, 考核 over 情况
 * join into two, 工程 over 名称 and 目标 over 任务 into two more (a word of three characters or more).
 */
function listRole(t: string): string | null {
  // (a bare 部门 or 单位, a half of 主管部门 or 项目单位 as often as a word, names no list's column)
  if (t.length < 3) return null;
  if (UNIT_LIST_UNIT_HEADER.test(t)) return "list-unit";
  if (UNIT_LIST_SCORE_HEADER.test(t)) return "score";
  if (UNIT_LIST_NOTE_HEADER.test(t)) return "list-note";
  if (UNIT_LIST_RANK_HEADER.test(t)) return "list-rank";
  if (UNIT_LIST_DEDUCT_HEADER.test(t)) return "list-deduct";
  // (and a progress table's, table-header.ts progressTableRoles: 工程名称 | 目标任务 | 进度; not its items' 考核事项, 项目内容,
  // a lower half as often as a whole head: 重点 over 考核事项)
  if (TASK_TARGET_HEADER.test(t)) return "task";
  if (PROGRESS_HEADER.test(t)) return "progress";
  if (GROUP_NAME_HEADER.test(t)) return "group-name";
  // (a list's remarks in words, 指标完成情况 | 存在问题, a head unit-results.ts allows beside the units: 指标 over 完成情况;
  // a short head only — 一级指标 over a first line's label 产量完成情况 joins into no head: REMARK_JOINED_MAX)
  if (t.length <= REMARK_JOINED_MAX && UNIT_LIST_REMARK_HEADER.test(t)) return "list-remark";
  return null;
}

/** A list's remark head joined from two halves (指标 + 完成情况, 存在 + 问题): six characters at most. */
const REMARK_JOINED_MAX = 6;

/** A head's last word written under it (指标, 名称): two characters at most. */
const WORD_TAIL = 2;

const roleOf = (t: string): string | null => indicatorRole(t) ?? budgetRole(t) ?? listRole(t);

/** Heads merged down over both lines beside the one word split before that word is read joined (序号 | 内容 | 标准分 beside 评估 over 项目). */
const MERGED_DOWN_HEADS = 2;

/**
 * fam56: line r holds one word split over it and line r+1 (评估 over 项目, 考评 over 标准, 具体打 over 分办法) and every other
 * text of line r is a head merged down over exactly the two lines, MERGED_DOWN_HEADS of them at least: the header printed
 * on two lines, its other heads merged down as a two-line head's are. Line r+1 holds that one text only (the caller's
 * gate). Not a title line over a head (a title's cell is merged across, never down over the head's line), nor a head
 * over its table's first line (its heads are each a line high: none merged down over the line under it).
 */
function oneSplitUnderMergedHeads(grid: Grid, r: number): boolean {
  const { start, cols } = grid.textCells();
  let down = 0;
  let lineHigh = 0;
  for (let k = start[r]; k < start[r + 1]; k++) {
    const c = cols[k];
    const m = grid.mergeAt(r, c);
    if (m && m.r1 === r && m.r2 === r + 1 && m.c1 === c) down++;
    else if (++lineHigh > 1) return false;
  }
  return lineHigh === 1 && down >= MERGED_DOWN_HEADS;
}

/**
 * The words split over lines r and r+1 (their first and last columns and the whole word), or null where the two lines
 * are no such pair: every column whose two halves are short texts, where joining them gains more header words than it
 * loses. A gain is a word the halves read together that the top half does not (考核 + 指标, 评价 + 结果; 年度 + 指标值 one
 * the lower half says alone as well, a weaker one), or the top half's word kept where the lower half alone says another
 * column's (一级 + 指标: 指标 alone names the level under it); a loss a word either half reads that the join does not (完成情况 over
 * 简要说明). Where the lower line loses a word of its own and no gain is new to both halves, the lower line is a header of
 * its own under a line of fields (镇 | 村 | 村书记 | 电话 over 序号 | 内容 | 标准分 | 评分标准 | 村自评分): no pair.
 */
function splitHeadsAt(grid: Grid, r: number): { c: number; c2: number; text: string }[] | null {
  // (two halves at least, each a text cell of its line, Grid.textCells: a line of fewer on either side is no pair — the
  // gate asks no word of either line)
  const { start, cols } = grid.textCells();
  if (start[r + 1] - start[r] < 2 || r + 1 > grid.rowCount || start[r + 2] - start[r + 1] < 1) return null;
  // (fam56: or one word split where the line's other heads are merged down over both lines, oneSplitUnderMergedHeads)
  const one = start[r + 2] - start[r + 1] === 1;
  if (one && !oneSplitUnderMergedHeads(grid, r)) return null;
  const out: { c: number; c2: number; text: string }[] = [];
  let gains = 0;
  let fresh = 0;
  let losses = 0;
  let lowerLosses = 0;
  // (a half is a text of the line's own: its text cells, Grid.textCells, no blank or merged cell asked)
  for (let k = start[r]; k < start[r + 1]; k++) {
    const c = cols[k];
    const top = half(grid, r, c);
    if (top === null) continue;
    const c2 = lineSpan(grid, r, c);
    if (c2 === null || lineSpan(grid, r + 1, c) !== c2) continue;
    const bottom = half(grid, r + 1, c);
    if (bottom === null) continue;
    out.push({ c, c2, text: top + bottom });
    const role = roleOf(top + bottom);
    const upper = roleOf(top);
    const lower = roleOf(bottom);
    if (role !== null && role !== upper) {
      gains++;
      if (role !== lower) fresh++;
    } else if (role !== null && lower !== null && lower !== role && bottom.length <= WORD_TAIL) {
      // (the top half's word kept by the join where the lower half, a head's last word, alone says another column's: 一级
      // over 指标, 指标 alone a level's word — read as a line of its own, it gives the column to the level under it; not a
      // table's first line under its header, 评分标准 over a rule 完成得满分 that reads a weight)
      gains++;
    } else if (role === null) {
      if (upper !== null) losses++;
      if (lower !== null) lowerLosses++;
    }
  }
  // (two words at least: one cell over another is a title's lines, 某县2023年度 over …评分细则, no header)
  if (out.length < (one ? 1 : 2) || gains <= losses + lowerLosses || (!fresh && lowerLosses)) return null;
  const words = joinedWords(grid, r, out);
  // (nor where the lower line is a header alone, three words or more, that the join adds no word to: its own header under
  // a line of fields, 主管部门 | 永德县教育体育局 | 实施单位 over 项目资金(元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
  // 执行率 | 得分; 考核 | 考核 | 评分 | 考评 over 内容 | 指标 | 标准 | 得分 gains 考核指标, 评分标准 and more)
  const lower = lineWords(grid, r + 1, HEADER_ALONE);
  if (lower >= HEADER_ALONE && words <= lower) return null;
  return words >= JOINED_WORDS ? out : null;
}

/** Distinct header words the two lines read joined before they are a header (评价得分 | 评价结果). */
const JOINED_WORDS = 2;

/**
 * The distinct header words of lines r and r+1 read as one: the joined words, and the other cells of either line (分值
 * merged down over both). A form's head of fields and their values, 项目名称 | 初中公用经费 | 主管部门 over 实施单位 |
 * 银川市第六中学 | 自评得分, reads one word however it is joined: no header.
 */
function joinedWords(grid: Grid, r: number, heads: { c: number; c2: number; text: string }[]): number {
  const roles = new Set<string>();
  const joined = new Set(heads.map((h) => h.c));
  for (const h of heads) {
    const role = roleOf(h.text);
    if (role !== null) roles.add(role);
  }
  for (const line of [r, r + 1]) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (joined.has(c) || !grid.ownsCell(line, c)) continue;
      const role = roleOf(grid.compactText(line, c));
      if (role !== null) roles.add(role);
    }
  }
  return roles.size;
}

/** Distinct header words a line reads alone before it is a header (一级指标 | 二级指标 | 分值). */
const HEADER_ALONE = 3;

/** The distinct header words line r reads alone, cell by cell (0 for a line of fewer than `least` text cells: it reads fewer than `least`). */
function lineWords(grid: Grid, r: number, least = 1): number {
  // (the line's own texts, Grid.textCells: a blank cell reads no word)
  if (r < 1 || r > grid.rowCount) return 0;
  const { start, cols } = grid.textCells();
  // (a word per text cell at most: a line of fewer text cells than `least` reads fewer words, none asked)
  if (start[r + 1] - start[r] < least) return 0;
  let roles: Set<string> | null = null;
  for (let k = start[r]; k < start[r + 1]; k++) {
    const role = roleOf(grid.compactText(r, cols[k]));
    if (role !== null) (roles ??= new Set()).add(role);
  }
  return roles === null ? 0 : roles.size;
}

/** Line r reads HEADER_ALONE header words or more. */
const headerAlone = (grid: Grid, r: number) => lineWords(grid, r, HEADER_ALONE) >= HEADER_ALONE;

/** Headers read before the search for a split one stops: a fund block's and the indicator table's under it. */
const HEADERS_READ = 2;
/** Lines under the first header within which the second is looked for (a form's fund block and target lines, then its indicator table). */
const HEADER_GAP = 30;

/**
 * Whether line r may start a pair splitHeadsAt reads — a necessary condition of splitHeadsAt's, read without the words of
 * either line: two columns at least whose cells over each other are halves on the same span (its `out`), the join of one
 * of them reading a header word (a gain needs a join with a role: a line with no such column gains nothing, gains ≤
 * losses). The joins are classified only once two such columns are found, not every text of the line as lineWords does.
 */
function mayStartPair(grid: Grid, r: number): boolean {
  const { start, cols } = grid.textCells();
  if (start[r + 1] - start[r] < 2 || r + 1 > grid.rowCount || start[r + 2] - start[r + 1] < 1) return false;
  const one = start[r + 2] - start[r + 1] === 1;
  if (one && !oneSplitUnderMergedHeads(grid, r)) return false;
  let joins: string[] | null = null;
  for (let k = start[r]; k < start[r + 1]; k++) {
    const c = cols[k];
    const top = half(grid, r, c);
    if (top === null) continue;
    const c2 = lineSpan(grid, r, c);
    if (c2 === null || lineSpan(grid, r + 1, c) !== c2) continue;
    const bottom = half(grid, r + 1, c);
    if (bottom !== null) (joins ??= []).push(top + bottom);
  }
  if (joins === null || joins.length < (one ? 1 : 2)) return false;
  for (let k = 0; k < joins.length; k++) if (roleOf(joins[k]) !== null) return true;
  return false;
}

/** Lines read as before (each line's words, splitHeadsAt on each) before the next line that may start a pair is looked for ahead, where no header was read in them. */
const EAGER_LINES = 12;

/** The grid with the header words split over two lines written whole on the top one, merged down over both; null where there are none. */
export function withJoinedHeads(grid: Grid): Grid | null {
  const edits: { cell: string; value: Cell | null }[] = [];
  const joined: CellRange[] = [];
  const last = Math.min(grid.rowCount - 1, SCAN.indicatorHeaderRows);
  // (only a line mayStartPair admits can start the pair, splitHeadsAt: past the first EAGER_LINES lines with no header
  // read yet, the next such line is looked for from the line the scan is on up to its end, each line asked once, and
  // where none is left the scan stops — a list or a text of hundreds of lines and no pair reads no more words than its
  // first lines'. A header read in the first lines bounds the scan itself, HEADER_GAP lines under it: read as before)
  let next = 0;
  const nextTop = (from: number, to: number) => {
    for (let r = from; r <= to; r++) if (mayStartPair(grid, r)) return r;
    return Infinity;
  };
  let headers = 0;
  let end = last;
  for (let r = 1; r <= end; r++) {
    if ((next !== 0 || (headers === 0 && r > EAGER_LINES)) && next < r) next = nextTop(r, end);
    if (next > end) break;
    // (past a line that reads as a header alone, three header words or more, a table's lines under it, 经济成本指标 over
    // 生态环境成本指标, are no header's halves: only a header of its own, a second table's, may be a split header's top —
    // a self-evaluation's 一级 | 二级 | 三级 | 参考 over 指标 | 指标 | 指标 | 分值 under its fund block's 年初预算数 | 全年执行数 |
    // 执行率; the first such line may be one, 一级 | 二级 | 三级 | 绩效 | 权重)
    const alone = headerAlone(grid, r);
    if (headers && !alone) continue;
    const heads = next === 0 || r === next ? splitHeadsAt(grid, r) : null;
    if (!heads) {
      if (alone && ++headers >= HEADERS_READ) break;
      if (alone && headers === 1) end = Math.min(last, r + HEADER_GAP);
      continue;
    }
    for (const h of heads) {
      edits.push({ cell: grid.addr(r, h.c), value: { v: h.text } }, { cell: grid.addr(r + 1, h.c), value: null });
      joined.push({ r1: r, c1: h.c, r2: r + 1, c2: h.c2 });
    }
    // (the table's lines under it: no header's halves)
    break;
  }
  if (!edits.length) return null;
  const gone = (m: CellRange) => joined.some((j) => m.r1 >= j.r1 && m.r2 <= j.r2 && m.c1 === j.c1 && m.c2 === j.c2);
  return grid.withCells(edits, [...grid.merges.filter((m) => !gone(m)), ...joined]);
}
