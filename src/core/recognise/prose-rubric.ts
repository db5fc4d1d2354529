import type { Grid } from "../grid/grid";
import type { Indicator, WeightBlock } from "../model/types";
import { chineseNumber, chineseNumeral } from "../text/codes";
import { a1 } from "../grid/a1";
import { textItem, type ParagraphList } from "./paragraph-list";

/**
 * An indicator system written as prose, one clause per row in one column (a 绩效考评方案's section copied from a page):
 * each level announced by a lead sentence with its count ('1.在基本指标中设立2个一级指标,分别是', '设立4个二级指标,分别是'),
 * then one clause per item stating its points ('业务考评占分值80分,', '任务完成情况50分,', '财务考核(20分)。'), and the
 * whole's points stated above ('…两类,总分值100分。'). The levels are listed apart, each in its order: an item's parent is
 * not written, so the items of one level are assigned to those of the level above by running sums, in order (10 + 30 + 10
 * = 任务完成情况's 50, then the next ones to the next parent).
 *
 * The deepest level's items are the indicators. A parent whose items are the same in every assignment with the fewest
 * slips is a weight block over them (its slip, where its items do not add up to it, is reported at it); where two
 * assignments fit equally (a slip that may sit in either of two neighbours: 32 for 30 with 5 right, or 30 right with 7
 * for 5) the slip is the whole's, the deepest level's items against the stated total (总分值100分 against 102). One slip,
 * one finding: a block over a broken one is not checked.
 *
 * The evidence is the lists' own: every list announced by a lead sentence naming 指标 (its level 一级 / 二级 / 三级, or
 * the lists' order), the count it states matching the clauses read (13 declared, 13 read), two items at least per list,
 * three at least in the deepest; two levels that nest by their sums (one slip at most between two levels), or one level
 * with its count and a stated total. Read only where no table header was found and no numbered outline was read
 * (paragraph-list.ts).
 */

/** Rows a pasted text is read over (a longer sheet is no pasted document). */
const MAX_ROWS = 400;
/** Items: at least per list, and in the deepest level. */
const MIN_LIST_ITEMS = 2;
const MIN_LEAVES = 3;
/** Slips allowed between two levels for them to nest (more: the lists are not one system's levels). */
const MAX_SLIPS = 1;

const COUNT = "(\\d{1,3}|[一二两三四五六七八九十]{1,3})";
const LEVEL = "([一二三四五1-5])级";
const KIND = "(?:(?:考核|评价|绩效|考评|评分)?指标|(?:考核|评价|考评|评分)(?:项目|内容))";
/** A lead sentence: 'N个X级指标' ('设立13个三级指标'), 'X级指标N个' or 'N个指标'. */
const LEAD_COUNT_FIRST = new RegExp(COUNT + "[个项](?:" + LEVEL + ")?" + KIND);
const LEAD_LEVEL_FIRST = new RegExp(LEVEL + KIND + "(?:共|有|共有)?" + COUNT + "[个项]");
/** …or a level named with no count ('二级指标分别是:', '二级指标:'): its words opening a list, or a colon, are then required (ANNOUNCED). */
const LEAD_LEVEL_ONLY = new RegExp(LEVEL + KIND);
/** What follows the lead's count: only the words that open a list ('分别是', '如下:', '包括'), nothing of a sentence more. */
const ANNOUNCES = /^(?:[,:]?(?:分别是|分别为|分别有|具体是|具体为|具体如下|如下|包括|即|是|为))?[:,]?$/;
const ANNOUNCED = /^(?:[,:]?(?:分别是|分别为|分别有|具体是|具体为|具体如下|如下|包括|有|是|为)[:,]?|:)$/;
/** An item's clause: its name, then its points ('占分值80分', '50分', '(20分)', '(占分值20分)'), a clause's punctuation at most after it. */
const CLAUSE = /^(?:\d{1,2}[.、]|\(?[一二三四五六七八九十\d]{1,3}[)、]|[\u2460-\u2473])?([^,;:。()\d][^,;:。()\d]{0,29}?)[,:]?(?:所?占分值为?|所?占分|分值为|分值|所?占|为)?(?:(\d{1,3}(?:\.\d+)?)分|\((?:占分值|分值|占)?(\d{1,3}(?:\.\d+)?)分\))[,;。、]?$/;
/** A name that ends on a rule's verb is a rule's clause ('未报送的扣2分', '一致的计2分'), no item. */
/** a clause's name before its points that makes them per unit or a bonus: 每项, 每个, 加分, 附加, 奖励 (not 每日巡查, a name) */
const NOT_ITEM_POINTS = /每[项个次件人户篇份条]|加分|附加|奖励|另加/;
const RULE_END = /[扣得减加奖罚计记给的按每超少多]$/;
/** The whole's points: '总分值100分', '满分为100分'. */
const TOTAL = /(?:总分值|总分|满分|总计)(?:为|是|共|设为?)?(\d{1,3}(?:\.\d+)?)分/;
/** The same as a clause of a lead sentence, its comma with it. */
const TOTAL_CLAUSE = /,?(?:总分值|总分|满分|总计)(?:为|是|共|设为?)?\d{1,3}(?:\.\d+)?分/;
/** A line ending a sentence (a list closed by it is whole). */
const ENDS_SENTENCE = /[。.;!?)”"]$/;

interface Item {
  row: number;
  col: number;
  name: string;
  weight: number;
}

interface Total {
  row: number;
  col: number;
  value: number;
}

interface List {
  lead: number;
  count: number | null;
  /** its level: as its lead names it (一级 → 1), else its place among the lists */
  level: number | null;
  /** the lead names its level */
  named: boolean;
  items: Item[];
  /** the whole's points stated above it (since the items of the lists before) */
  total: Total | null;
}

function countOf(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return chineseNumber(s.replace("两", "二"));
}

const LEVEL_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5 };

/** A lead sentence's count and level, or null (no lead: a sentence naming points, or going on past its count). */
function leadOf(lead: string): { count: number | null; level: number | null; named: boolean } | null {
  // (the whole's points stated in the lead, '设立13个三级指标,总分值100分,分别是': read apart)
  const text = lead.replace(TOTAL_CLAUSE, "");
  if (/\d分/.test(text)) return null;
  let m = LEAD_COUNT_FIRST.exec(text);
  if (m) {
    if (!ANNOUNCES.test(text.slice(m.index + m[0].length))) return null;
    return { count: countOf(m[1]), level: m[2] ? LEVEL_NUMBER[m[2]] : null, named: !!m[2] };
  }
  m = LEAD_LEVEL_FIRST.exec(text);
  if (m) {
    if (!ANNOUNCES.test(text.slice(m.index + m[0].length))) return null;
    return { count: countOf(m[2]), level: LEVEL_NUMBER[m[1]], named: true };
  }
  m = LEAD_LEVEL_ONLY.exec(text);
  if (m && ANNOUNCED.test(text.slice(m.index + m[0].length))) return { count: null, level: LEVEL_NUMBER[m[1]], named: true };
  return null;
}

/** An item's clause: its name and points, or null. */
export function clauseItem(text: string): { name: string; weight: number } | null {
  // (the whole's points, '以上总分值100分。', close the list: no item)
  const m = TOTAL.test(text) ? null : CLAUSE.exec(text);
  if (!m) return null;
  const name = m[1];
  if (RULE_END.test(name) || name.length < 2) return null;
  // (points per unit, '工作任务每项10分', or a bonus on top of the whole, '创新工作加分10分': no item's points — the list
  // then reads fewer clauses than its lead counts, and is not read)
  if (NOT_ITEM_POINTS.test(name)) return null;
  return { name, weight: Number(m[2] ?? m[3]) };
}

/** The one filled cell of a row (its column and compact text), null for a row of several cells, undefined for none. */
function onlyCell(grid: Grid, r: number): { col: number; text: string } | null | undefined {
  let out: { col: number; text: string } | undefined;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c)) continue;
    const t = grid.compactText(r, c);
    if (!t) continue;
    if (out) return null;
    out = { col: c, text: t };
  }
  return out;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 0.005;

/**
 * The parents' segments of the children, in order (each parent one or more children, next to each other), over the
 * assignments with the fewest slips (a parent whose children do not add up to it): for each parent, its segment where
 * every such assignment gives it the same one, else null; and the fewest slips. Null when there are more parents than
 * children. Forward and backward tables of the fewest slips: O(parents × children²).
 */
export function assignBySums(parents: number[], children: number[]): { segments: ([number, number] | null)[]; slips: number } | null {
  const m = parents.length;
  const n = children.length;
  if (m === 0 || m > n) return null;
  const pre = [0];
  for (const v of children) pre.push(pre[pre.length - 1] + v);
  const slip = (i: number, a: number, b: number) => (near(pre[b + 1] - pre[a], parents[i]) ? 0 : 1);
  const INF = 1e9;
  // fwd[i][j]: fewest slips giving parents 0..i-1 the children 0..j-1
  const fwd: number[][] = [];
  for (let i = 0; i <= m; i++) fwd.push(new Array(n + 1).fill(INF));
  fwd[0][0] = 0;
  for (let i = 1; i <= m; i++)
    for (let j = i; j <= n - (m - i); j++)
      for (let k = i - 1; k < j; k++) if (fwd[i - 1][k] < INF) fwd[i][j] = Math.min(fwd[i][j], fwd[i - 1][k] + slip(i - 1, k, j - 1));
  // bwd[i][j]: fewest slips giving parents i..m-1 the children j..n-1
  const bwd: number[][] = [];
  for (let i = 0; i <= m; i++) bwd.push(new Array(n + 1).fill(INF));
  bwd[m][n] = 0;
  for (let i = m - 1; i >= 0; i--)
    for (let j = n - (m - i); j >= i; j--)
      for (let k = j + 1; k <= n - (m - i - 1); k++) if (bwd[i + 1][k] < INF) bwd[i][j] = Math.min(bwd[i][j], slip(i, j, k - 1) + bwd[i + 1][k]);
  const best = fwd[m][n];
  const segments: ([number, number] | null)[] = [];
  for (let i = 0; i < m; i++) {
    let seg: [number, number] | null = null;
    let several = false;
    for (let a = i; a < n && !several; a++) {
      if (fwd[i][a] >= INF) continue;
      for (let b = a; b < n; b++) {
        if (bwd[i + 1][b + 1] >= INF || fwd[i][a] + slip(i, a, b) + bwd[i + 1][b + 1] !== best) continue;
        if (seg) {
          several = true;
          break;
        }
        seg = [a, b];
      }
    }
    segments.push(several ? null : seg);
  }
  return { segments, slips: best };
}

interface Node {
  item: Item;
  children: Node[];
  /** the deepest level's items under it, where they are the same in every assignment with the fewest slips */
  leaves: [number, number] | null;
}

export function proseRubric(grid: Grid): ParagraphList | null {
  if (grid.rowCount > MAX_ROWS) return null;
  const lists: List[] = [];
  /** the whole's points stated since the last item read (above the next system's lists) */
  let total: Total | null = null;
  let lastFilled = 0;
  /** the whole's points stated on the line right after a list's last item ('以上总分值100分。') */
  const after = new Map<List, Total>();
  let open: List | null = null;
  let col = 0;
  for (let r = 1; r <= grid.rowCount; r++) {
    const cell = onlyCell(grid, r);
    if (cell === undefined) continue;
    lastFilled = r;
    if (cell === null) {
      open = null;
      continue;
    }
    if (open && cell.col === col) {
      const it = clauseItem(cell.text);
      if (it) {
        open.items.push({ row: r, col, ...it });
        total = null;
        continue;
      }
    }
    const lead = leadOf(cell.text);
    const t = TOTAL.exec(cell.text);
    if (t) total = { row: r, col: cell.col, value: Number(t[1]) };
    if (t && !lead && open?.items.length) after.set(open, total!);
    open = null;
    if (lead) {
      // (the lists in one column)
      if (col && cell.col !== col) return null;
      col = cell.col;
      open = { lead: r, ...lead, items: [], total };
      lists.push(open);
      continue;
    }
  }
  if (!lists.length) return null;
  for (const l of lists) if (l.items.length < MIN_LIST_ITEMS || (l.count !== null && l.count !== l.items.length)) return null;
  // the levels: as the leads name them, else the lists' order
  const named = lists.every((l) => l.level !== null);
  if (!named && lists.some((l) => l.level !== null)) return null;
  if (!named) lists.forEach((l, k) => (l.level = k + 1));
  // one system per run of levels: a list back at the top level after deeper ones opens the next (the form printed twice)
  const systems: List[][] = [];
  for (const l of lists) {
    const cur = systems[systems.length - 1];
    if (cur && !(l.level! <= cur[0].level! && cur.some((x) => x.level !== cur[0].level))) cur.push(l);
    else systems.push([l]);
  }
  const indicators: Indicator[] = [];
  const blocks: WeightBlock[] = [];
  const closing = new Set(after.values());
  for (const sys of systems) {
    // (the whole's points stated above its lists, else on the line right after them; a line between two systems is the
    // first one's closing line where the second has its own)
    const above = sys[0].total;
    const below = after.get(sys[sys.length - 1]) ?? null;
    const read = readSystem(sys, above && !closing.has(above) ? above : (below ?? above));
    if (!read) return null;
    indicators.push(...read.indicators);
    blocks.push(...read.blocks);
  }
  const lastItem = indicators[indicators.length - 1];
  const lastText = grid.compactText(lastItem.row, col);
  return { col, indicators, blocks, cut: lastItem.row === lastFilled && !ENDS_SENTENCE.test(lastText) };
}

/** One system's indicators and blocks (its lists in order, their levels set), or null where its levels do not nest. */
function readSystem(lists: List[], total: Total | null): { indicators: Indicator[]; blocks: WeightBlock[] } | null {
  const byLevel = new Map<number, Item[]>();
  for (const l of lists) byLevel.set(l.level!, (byLevel.get(l.level!) ?? []).concat(l.items));
  const levels = [...byLevel.keys()].sort((a, b) => a - b);
  for (let k = 1; k < levels.length; k++) if (levels[k] !== levels[k - 1] + 1) return null;
  const tiers = levels.map((lv) => byLevel.get(lv)!.map((item): Node => ({ item, children: [], leaves: null })));
  const leaves = tiers[tiers.length - 1];
  if (leaves.length < MIN_LEAVES) return null;
  if (tiers.length === 1 && (lists[0].count === null || !total)) return null;
  // each level over the next, by running sums
  for (let k = tiers.length - 2; k >= 0; k--) {
    const parents = tiers[k];
    const children = tiers[k + 1];
    const fit = assignBySums(parents.map((p) => p.item.weight), children.map((c) => c.item.weight));
    if (!fit || fit.slips > MAX_SLIPS) return null;
    parents.forEach((p, i) => {
      const seg = fit.segments[i];
      if (!seg) return;
      p.children = children.slice(seg[0], seg[1] + 1);
      // (its leaves: from its first child's first to its last child's last, where every child's are known)
      if (k === tiers.length - 2) p.leaves = seg;
      else {
        const first = p.children[0].leaves;
        const last = p.children[p.children.length - 1].leaves;
        p.leaves = first && last && p.children.every((c) => c.leaves !== null) ? [first[0], last[1]] : null;
      }
    });
  }
  const leafSum = (range: [number, number]) => {
    let s = 0;
    for (let i = range[0]; i <= range[1]; i++) s += leaves[i].item.weight;
    return s;
  };
  // the blocks: every parent whose leaves are known, not over a broken one (one slip, one finding)
  const blocks: WeightBlock[] = [];
  const brokenBelow = new Set<Node>();
  let broken = false;
  for (let k = tiers.length - 2; k >= 0; k--) {
    for (const p of tiers[k]) {
      if (!p.leaves) continue;
      const inner = p.children.some((c) => brokenBelow.has(c));
      const own = !near(leafSum(p.leaves), p.item.weight);
      if (inner || own) {
        brokenBelow.add(p);
        broken = true;
      }
      if (inner) continue;
      blocks.push({ label: p.item.name, weight: p.item.weight, cell: a1(p.item.row, p.item.col), firstRow: leaves[p.leaves[0]].item.row, lastRow: leaves[p.leaves[1]].item.row });
    }
  }
  // the whole: the deepest level against the stated total, where the top level adds up to it (the total is this
  // system's) and no block under it is broken
  const top = tiers[0].reduce((s, n) => s + n.item.weight, 0);
  if (total && !broken && (tiers.length === 1 || near(top, total.value)))
    // (named by the deepest level: '三级指标分值合计 102，与标注的 100 分不符')
    blocks.push({ label: lists.some((l) => l.named) ? chineseNumeral(levels[levels.length - 1]) + "级指标" : "各指标", weight: total.value, cell: a1(total.row, total.col), firstRow: leaves[0].item.row, lastRow: leaves[leaves.length - 1].item.row });
  if (!blocks.length) return null;
  const parentOf = new Map<Node, Node>();
  for (const tier of tiers) for (const p of tier) for (const c of p.children) parentOf.set(c, p);
  const indicators = leaves.map((n) => {
    const path: string[] = [];
    for (let p = parentOf.get(n); p; p = parentOf.get(p)) path.unshift(p.item.name);
    return item(n.item, path);
  });
  return { indicators, blocks };
}

function item(it: Item, parents: string[]): Indicator {
  return textItem(it.row, it.col, parents, it.name, it.weight, a1(it.row, it.col), null);
}
