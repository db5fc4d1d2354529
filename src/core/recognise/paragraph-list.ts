import type { Grid } from "../grid/grid";
import type { Indicator, WeightBlock } from "../model/types";
import { labelCode, outlineRank } from "../text/codes";
import { a1 } from "../grid/a1";
import { LIST_NOTES_LINE, SIGN_OFF_LABEL } from "./vocabulary";

/**
 * A rubric pasted as a document, one paragraph per row in one column (a Word 考核细则 copied into Excel, a mirror's text):
 * an outline of numbered lines in the numbering of official documents, 一、 over (一) over 1、 / 1. over (1) over ① over
 * a、, whose headings state their points in brackets ('(四)队伍建设情况(15分)', '1、领导重视(3分)') and whose items state
 * theirs in their own text — closing it in brackets ('…整改到位。(5分)'), after the item's name ('1、粮食生产(3分):…计1分'),
 * or as the award the item's rule gives ('…有档案、有组织计10分。', '…记0.5分;…记0.5分': one award per clause, the first
 * of each; a band of points '1分、2分、3分、4分、5分' its best). Unnumbered paragraphs continue the line above them (its
 * rule); a heading with points whose only lines are such paragraphs is one item, the paragraph its rule and the heading's
 * points its own ('(五)防控情况(28分)' over the deductions). Lines above the first numbered one are the title and preamble.
 *
 * The items (lines stating points with no numbered line under them) are the indicators; every numbered line with points
 * over numbered lines is a weight block over the items under it, so that each level's points are checked against the
 * items' (a block with an item of no points under it, a deduction line, is not checked; nor one over a block that does not
 * add up, whose slip breaks both: one slip, one finding). The evidence is the outline's
 * own: one block at least, two lines with points over other lines, three items with points, every filled cell from the
 * first numbered line on in its one column (a title and a preamble above it in any; the list ends at a line of other
 * cells, a sign-off under it, or at a signature line in its column, '填表人：张三'). Read only where no table header was found.
 * An outline with no block to check, a 提纲 of headings stating their points (by class too: '(乡镇10分、农场15分)', no one
 * weight), is evidence of its own where most of its numbered lines state points.
 */
export interface ParagraphList {
  col: number;
  indicators: Indicator[];
  blocks: WeightBlock[];
  /** the last line stops mid-sentence (no closing punctuation, no closing points) or on an ellipsis: the page was cut */
  cut: boolean;
}

/** Rows a pasted rubric is read over (a longer sheet is no pasted document). */
const MAX_ROWS = 400;
/** Evidence: items with points, lines with points over other lines (headings), blocks. */
const MIN_ITEMS = 3;
const MIN_POINTED_HEADS = 2;
/** Or one heading with points over this many items stating their own (an excerpt cut after its first group). */
const MIN_ONE_GROUP_ITEMS = 4;
/**
 * Evidence of an outline with no block to check (a 提纲 of headings, their rules not printed, or points by class): numbered
 * lines stating their own points (in brackets or after their names; by class), this many at least and three in four of
 * the numbered lines.
 */
const MIN_STATED_LINES = 6;
/**
 * A heading's name: short, no sentence inside it; a colon may close it ('一、考核对象:', '二、考核内容:' — a document's
 * section over its paragraphs, no item of the list where it states no points).
 */
const HEAD_NAME = /^[^,，。;；:：()]{1,24}[:：]?$/;
/** Points in brackets: '(15分)' (compact text: full-width brackets already half-width). */
const BRACKET_POINTS = /\((\d{1,4}(?:\.\d+)?)分\)/;
/** A name, then its points in brackets, then what follows on the line. */
const NAMED_POINTS = /^([^,，。;；:：()]{1,24})\((\d{1,4}(?:\.\d+)?)分\)(.*)$/;
/** A name, then its points in a bracket the line leaves open ('④农村合作医疗筹资工作(4分', an excerpt cut there). */
const OPEN_POINTS = /^([^,，。;；:：()]{1,24})\((\d{1,4}(?:\.\d+)?)分$/;
/**
 * Points by class in one bracket, one per kind of unit assessed ('(乡镇10分、农场15分)', '(乡镇5分,农场10)', '(城区10分/
 * 乡镇15分)'): the line states points, but no one weight of its own. Read after the line's awards ('…计10分(其中…5分、…5分)'
 * keeps its 10).
 */
const CLASS_POINTS = /\([^\d()]{1,6}\d{1,3}(?:\.\d+)?分?(?:[、,，;；/][^\d()]{1,6}\d{1,3}(?:\.\d+)?分?)+\)/;
/**
 * The points fused after the line's first clause, with no word of scoring before them ('在报刊发表禁毒宣传文章10分、**级每份
 * 2分…'): the item's, the clauses after them its rule's rates. The clause names the item: no award, deduction, bonus or rate
 * word in it (得 / 计 / 记 / 扣 / 减 / 加 / 奖 / 罚 / 给 / 每 / 超 / 缺), its last character a word's, not a digit's.
 */
const FUSED_POINTS = /^([^,，。;；:：、()]{1,30}[\u4e00-\u9fa5])(\d{1,3}(?:\.\d+)?)分(?=[、,，。;；:：])/;
const SCORING_WORD = /[得计记扣减加奖罚给每超缺]/;
/**
 * The item's first sentence closed by its points in brackets, then its rule ('2、抓好党员干部的教育管理,…党费收缴率为100%(2分)。
 * 党费收缴月底前完成的得1分。…', '3、建立规范化乡级活动室,各项制度上墙,活动开展正常有序(4分):活动室和各项制度各占0.5分,…'):
 * the sentence names the item (commas allowed, no full stop, bracket or other points in it, not ending on a scoring verb:
 * '…的扣(2分)' is a rule's), the bracket its points, the rest its rule.
 */
const SENTENCE_POINTS = /^((?:[^。;；()]|\([^()\d分]{1,6}\)){2,80}?)\((\d{1,4}(?:\.\d+)?)分\)[。.;；:：](.+)$/;
const SCORING_VERB_END = /[得计记扣减加给占为]$/;
/** Points closing the line in brackets ('…到位。(5分)'), a full stop after them allowed. */
const CLOSING_POINTS = /\((\d{1,4}(?:\.\d+)?)分\)[。.;；]?$/;
/**
 * Points at the head of the bracket closing the line, the rest of it the item's rule ('…坚固性坟头(30分,发现一座扣一分)。',
 * '…计划(5分,金平、龙湖区不列入)。'), or a points bracket followed by another bracket, its rule ('…(8分)(每发现未清理一宗扣1
 * 分);'): the first '(N分' is the item's points. The opening bracket may be lost to a mirror's garble, a lost character
 * standing for it ('…坟?5分)', '…清理?8分)(每发现…扣1分);').
 */
const BRACKET_HEAD_POINTS = /(?:\(|[?？\ufffd〓])(\d{1,4}(?:\.\d+)?)分(?:[,，;；]([^()]*))?\)(?:\(([^()]*)\))?[。.;；]?$/;
/** A qualifier leaving units out of the item ('金平、龙湖区不列入', '…除外'): its block's items are alternatives by unit, no sum to check. */
const LEAVES_OUT = /不列入|不参加考核|除外|不考核|不适用/;
/**
 * Points stated with their word closing the line, no bracket ('1、商品销售总额标准分60分、', '新网工程建设标准分50分。', '…分值为10分',
 * '…满分5分'): the item's own, as a bracket's. The name before them is one clause (no comma, colon or full stop: '(1)…标准分20分,
 * 列入…的得标准分10分' is a rule) and ends in no award verb ('…的得标准分10分' is an award).
 */
const STATED_POINTS = /^([^,，。;；:：()]{1,30}?)(?:标准分|分值|满分)(?:为|是)?(\d{1,3}(?:\.\d+)?)分[、,，。.;；]?$/;
const AWARD_VERB_END = /[得计记给]$/;
/**
 * An item's head sentence stating its points with an award verb and nothing after it, '1.完成计划任务得25分。' over the
 * paragraph of its rule: the points the item's. Its name a task, not a condition (no '的', '%', figure or comparison in
 * it: '全部完成的得5分' and '达到90%以上得3分' are a rule's tiers). Taken only where paragraphs follow (its rule).
 */
const HEAD_AWARD = /^([^,，。;；:：()\d%％]{2,30}?)得(\d{1,3}(?:\.\d+)?)分[。.;；]?$/;
const CONDITION_WORD = /的$|以上|以下|以内|未|不|达到|低于|高于|超过|每/;
/**
 * An item's head sentence stating what it is worth with a worth verb, its rule after it on the line ('①低保审批程序计3分。民主
 * 评议程序到位…计3分。', '②低保动态管理记2分:入户率100%计0.5分,…'): the points the item's own, as a bracket's, the rest its rule.
 * The head names a task (no comma, figure, % or condition word: '入户率100%计0.5分,…' is a rule's clause, and '按时上报的
 * 计1分' a tier), closed by a full stop or a colon (a comma or a semicolon after the points lists the next clause's award),
 * or by nothing over the paragraph of its rule.
 */
const HEAD_WORTH = /^([^,，。;；:：()\d%％]{2,30}?)(?:共)?[计记](\d{1,3}(?:\.\d+)?)分(?:[。.:：](.*))?$/;
/** The wholes a rubric's points add up to where no total is printed: 百分制, 千分制. */
const ROUND_WHOLES = [100, 1000];
/** Items stating their points that must add up to a round whole for a flat list (no block) to be a rubric. */
const MIN_WHOLE_ITEMS = 4;
/** A line listed with the next ('…标准分60分、', '…标准分30分,'): the paragraph after the run is the run's shared rule, not this line's. */
const LISTED_ON = /[、,，]$/;
/** An award in a rule: 计10分 / 记0.5分 (traditional 計 / 記 read simplified). */
const AWARD = /[计记](\d{1,3}(?:\.\d+)?)分/;
/** A band of points written as a list ('1分、2分、3分、4分、5分'): its best is the item's. */
const BAND = /\d{1,3}(?:\.\d+)?分(?:、\d{1,3}(?:\.\d+)?分){2,}/g;
/**
 * A deduction from the item's points: '扣30分', '扣10-20分', '扣除5分', '减2分' ('扣当事人浮动工资50元' states no points), or the
 * item's points taken whole: '该项不得分', '扣完为止'.
 */
const DEDUCTION_CLAUSE = /(?:扣(?:除|减)?|减)\d{1,4}(?:\.\d+)?(?:[-~～至]\d{1,4}(?:\.\d+)?)?分|扣完为止|不得分|不计分|得0分/;
/** An award in a clause (得 / 计 / 记 / 给 N分, 加N分): a sub-line scoring something of its own, no mere deduction. */
const AWARD_IN_CLAUSE = /(?:[得计记给]|加)\d{1,4}(?:\.\d+)?分/;
/** Only punctuation after a heading's points. */
const NOTHING_AFTER = /^[。.;；:：,，]*$/;
/** A line ending as a paragraph ends (a full stop, closing points or bracket): not cut. */
const ENDS_PARAGRAPH = /[。.;；!！?？)）」”"]$/;
/** A line closing on an ellipsis ('……', read '......'): the text goes on past it, elided where the page was cut. */
const ELLIPSIS = /(?:\.{3}|…)$/;
/** A lettered item ('a、…', 'b、…'). */
const LETTER_CODE = /^[a-z][、.](?=[^\d])/;

/** The rank of a numbering style in the outline of official documents (deeper: larger; text/codes.ts outlineRank), a、 below ①. */
function rankOf(text: string): number | null {
  if (LETTER_CODE.test(text)) return 5;
  return outlineRank(text);
}

/** The code's text at the line's start (the line after it is the name or rule). */
function codeLength(text: string): number {
  if (LETTER_CODE.test(text)) return 2;
  const code = labelCode(text);
  if (!code) return 0;
  const k = text.indexOf(code.text);
  return k === 0 ? code.text.length : code.style === "circled" ? 1 : 0;
}

interface Line {
  row: number;
  text: string;
  rank: number | null;
  /** the line's points and where they come from */
  points: number | null;
  /** a heading: a short name closed by its points or by nothing (no sentence) */
  heading: boolean;
  /** the item's name and its rule, where the points follow the name ('1、粮食生产(3分):…') */
  name: string;
  rule: string | null;
  /** the points are the awards of the line's own rule (no label, no closing points) */
  fromAwards: boolean;
  /** the line states points by class, one per kind of unit ('(乡镇10分、农场15分)'): points, no one weight */
  byClass: boolean;
  /** the points closing the line after their word, '…标准分50分。' (STATED_POINTS): the paragraphs under it are its rule */
  statedWord?: boolean;
  /** the points from a head sentence '…得25分。' (HEAD_AWARD): the line's only where paragraphs (its rule) follow */
  headAward?: boolean;
  /** the name of a head sentence stating the item's worth with nothing after it ('低保审批程序计3分。', HEAD_WORTH): its points
   *  stated where the paragraph of its rule follows, else read from its awards */
  worthHead?: string;
  /** the line's rule leaves some units out ('金平、龙湖区不列入'): its block's items are alternatives by unit */
  leavesOut: boolean;
  /** its numbered sub-lines only deduct from its points ('(1)…扣30分。'): they are its rule, folded into its paragraphs */
  deductions?: boolean;
  parent: Line | null;
  children: Line[];
  paragraphs: Line[];
}

/** The points an item's own text states: after its name, closing it, or the awards of its rule's clauses. */
function ownPoints(rest: string): { points: number | null; name: string; rule: string | null; heading: boolean; fromAwards?: boolean; byClass?: boolean; leavesOut?: boolean; statedWord?: boolean; headAward?: boolean; worthHead?: string } {
  const named = NAMED_POINTS.exec(rest);
  if (named) {
    const after = named[3];
    if (NOTHING_AFTER.test(after)) return { points: Number(named[2]), name: named[1], rule: null, heading: true };
    return { points: Number(named[2]), name: named[1], rule: after.replace(/^[。.;；:：,，]/, ""), heading: false };
  }
  // (the bracket left open where the line ends: a heading with its points, the excerpt cut inside it)
  const open = OPEN_POINTS.exec(rest);
  if (open) return { points: Number(open[2]), name: open[1], rule: null, heading: true };
  const heading = HEAD_NAME.test(rest) && !/\d分/.test(rest);
  const closing = CLOSING_POINTS.exec(rest);
  if (closing) return { points: Number(closing[1]), name: rest, rule: null, heading: false };
  // (points at the head of the closing bracket, or before a bracket of its rule: the rest of the bracket is the rule)
  const head = BRACKET_HEAD_POINTS.exec(rest);
  if (head) {
    const rule = head[2] ?? head[3] ?? null;
    return { points: Number(head[1]), name: rest.slice(0, head.index), rule, heading: false, leavesOut: rule !== null && LEAVES_OUT.test(rule) };
  }
  if (heading) return { points: null, name: rest, rule: null, heading: true };
  // (the item's first sentence closed by its points, its rule after them: '…收缴率为100%(2分)。党费收缴月底前完成的得1分。…')
  const sentence = SENTENCE_POINTS.exec(rest);
  if (sentence && !/\d分/.test(sentence[1]) && !SCORING_VERB_END.test(sentence[1])) return { points: Number(sentence[2]), name: sentence[1], rule: sentence[3], heading: false };
  // (points after their word closing the line, '…标准分50分。': stated, as a bracket's)
  const stated = STATED_POINTS.exec(rest);
  if (stated && !AWARD_VERB_END.test(stated[1])) return { points: Number(stated[2]), name: stated[1], rule: null, heading: false, statedWord: true };
  // (a head sentence stating the item's worth, its rule after it: '低保审批程序计3分。民主评议…计3分。')
  const worth = HEAD_WORTH.exec(rest);
  // (nothing after it, '①低保审批程序计3分。' over the paragraph of its rule: kept only where there is one, as HEAD_AWARD's)
  // (without one it is read from its awards, as before, its head kept for that case: worthHead)
  if (worth && !CONDITION_WORD.test(worth[1])) return worth[3] ? { points: Number(worth[2]), name: worth[1], rule: worth[3], heading: false } : { points: Number(worth[2]), name: rest, rule: null, heading: false, fromAwards: true, worthHead: worth[1] };
  // (a head sentence '1.完成计划任务得25分。': the item's points, its rule the paragraphs under it — kept only where there are some)
  const headAward = HEAD_AWARD.exec(rest);
  if (headAward && !CONDITION_WORD.test(headAward[1])) return { points: Number(headAward[2]), name: headAward[1], rule: null, heading: false, statedWord: true, headAward: true };
  // one award per clause (the first of each: the others are its steps or bonuses), clauses split at ';'
  let sum = 0;
  let awards = 0;
  for (const clause of rest.split(/[;；]/)) {
    const m = AWARD.exec(clause);
    if (m) {
      sum += Number(m[1]);
      awards++;
    }
  }
  if (awards) return { points: Math.round(sum * 1000) / 1000, name: rest, rule: null, heading: false, fromAwards: true };
  const bands = rest.match(BAND);
  if (bands) {
    let best = 0;
    for (const b of bands) for (const x of b.split("、")) best = Math.max(best, Number(x.replace("分", "")));
    return { points: best, name: rest, rule: null, heading: false, fromAwards: true };
  }
  // (points by class, one per kind of unit: no weight of the line's own)
  if (CLASS_POINTS.test(rest)) return { points: null, name: rest, rule: null, heading: false, byClass: true };
  // (no award word: the points fused after the first clause, the item's, the rest its rates: '…文章10分、**级每份2分')
  const fused = FUSED_POINTS.exec(rest);
  if (fused && !SCORING_WORD.test(fused[1])) return { points: Number(fused[2]), name: rest, rule: null, heading: false, fromAwards: true };
  return { points: null, name: rest, rule: null, heading: false };
}

export function paragraphList(grid: Grid): ParagraphList | null {
  if (grid.rowCount > MAX_ROWS) return null;
  // every filled cell in one column from the first numbered line on (the title and a preamble above it anywhere), till
  // a line of other cells (a sign-off, 填报单位 | 填报人 | 填报日期, under the list)
  let col = 0;
  const rows: number[] = [];
  scan: for (let r = 1; r <= grid.rowCount; r++) {
    let here = 0;
    let cells = 0;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c) || !grid.compactText(r, c)) continue;
      if (col && c !== col) break scan;
      here = c;
      cells++;
    }
    if (!cells) continue;
    // (a signature line in the list's column, '填表人：张三', '联系电话：…': the list ends above it)
    if (col && SIGN_OFF_LABEL.test(grid.compactText(r, col))) break;
    // (or a notes heading, '说明:' over '1.本表由…填写', '2.各项得分不得超过该项分值。': the notes are no items)
    if (col && LIST_NOTES_LINE.test(grid.compactText(r, col))) break;
    if (!col) {
      if (cells > 1 || rankOf(grid.compactText(r, here)) === null) continue;
      col = here;
    }
    rows.push(r);
  }
  if (rows.length < MIN_ITEMS + MIN_POINTED_HEADS) return null;
  // the outline: each numbered line under the nearest line above it of a lower rank
  const lines: Line[] = [];
  const stack: Line[] = [];
  let last: Line | null = null;
  for (const r of rows) {
    const text = grid.compactText(r, col);
    const rank = rankOf(text);
    if (rank === null) {
      // a paragraph: the rule of the line above it (above the first numbered line, the title and preamble)
      if (last) last.paragraphs.push({ row: r, text, rank: null, points: null, heading: false, name: text, rule: null, fromAwards: false, byClass: false, leavesOut: false, parent: last, children: [], paragraphs: [] });
      continue;
    }
    const own = ownPoints(text.slice(codeLength(text)));
    while (stack.length && stack[stack.length - 1].rank! >= rank) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : null;
    const line: Line = { row: r, text, rank, points: own.points, heading: own.heading, name: own.name, rule: own.rule, fromAwards: !!own.fromAwards, byClass: !!own.byClass, leavesOut: !!own.leavesOut, statedWord: !!own.statedWord, headAward: !!own.headAward, worthHead: own.worthHead, parent, children: [], paragraphs: [] };
    if (parent) parent.children.push(line);
    stack.push(line);
    lines.push(line);
    last = line;
  }
  // (a head sentence stating the item's worth over the paragraph of its rule, '①低保审批程序计3分。' over '民主评议…计3分。':
  // stated, the paragraphs its rule — as '…标准分50分。' over its paragraphs)
  for (const l of lines) {
    if (l.worthHead === undefined || !l.paragraphs.length || l.children.length) continue;
    l.name = l.worthHead;
    l.fromAwards = false;
    l.statedWord = true;
  }
  // (a head sentence's points with no rule under it, or over numbered lines: not read — a tier or a clause, not an item)
  for (const l of lines) {
    if (!l.headAward || (l.paragraphs.length && !l.children.length)) continue;
    l.points = null;
    l.statedWord = false;
    l.headAward = false;
  }
  // (a line's task shared by unit: sub-lines each stating the line's own points in their text, not in a bracket of their
  // own — '1、完成…建设任务计划(5分,…)' over '(1)潮南区火葬场2分,镇级骨灰楼3分(…扣1分)', '(2)潮阳区镇级骨灰楼5分', '(3)…5分' —
  // are its cases, each unit's 5: the line is the item, they its rule, no items to add up)
  for (const l of lines) {
    if (l.points === null || l.fromAwards || l.children.length < 2) continue;
    if (!l.children.every((c) => !c.children.length && (c.points === null || c.fromAwards) && unitShare(c.text.slice(codeLength(c.text))) === l.points)) continue;
    for (const c of l.children) {
      c.rank = null;
      l.paragraphs.push(c);
    }
    l.children = [];
    l.heading = false;
  }
  // (an item's deduction clauses: numbered sub-lines stating no points of their own, only what is deducted from the item's
  // — '1.搞好责任区内的绿化美化。(50分)' over '(1)…不到位的,扣30分。', '(2)…扣20分。' — are its rule, not items of no points;
  // the list's last line cut before its deduction, '(4)施工场地', goes with them)
  const lastRow = rows[rows.length - 1];
  const listCut = !ENDS_PARAGRAPH.test(grid.compactText(lastRow, col));
  for (const l of lines) {
    if (l.points === null || l.fromAwards || !l.children.length) continue;
    let deductions = 0;
    const clauses = l.children.every((c) => {
      if (c.children.length || c.points !== null || c.byClass) return false;
      const t = c.text.slice(codeLength(c.text));
      if (DEDUCTION_CLAUSE.test(t) && !AWARD_IN_CLAUSE.test(t)) return ++deductions > 0;
      return c.row === lastRow && listCut && !/\d分/.test(t);
    });
    if (!clauses || !deductions) continue;
    for (const c of l.children) {
      c.rank = null;
      l.paragraphs.push(c, ...c.paragraphs);
    }
    l.children = [];
    l.heading = false;
    l.deductions = true;
  }
  for (let k = lines.length - 1; k >= 0; k--) if (lines[k].rank === null) lines.splice(k, 1);
  const indicators: Indicator[] = [];
  const blocks: WeightBlock[] = [];
  let heads = 0;
  const lastRowOf = (l: Line): number => {
    let end = l.paragraphs.length ? l.paragraphs[l.paragraphs.length - 1].row : l.row;
    for (const c of l.children) end = Math.max(end, lastRowOf(c));
    return end;
  };
  const path = (l: Line): string[] => {
    const out: string[] = [];
    for (let p = l.parent; p; p = p.parent) out.unshift(p.text);
    return out;
  };
  const blockOf = new Map<Line, WeightBlock>();
  for (const l of lines) {
    if (l.children.length) {
      // (its children the kinds of unit assessed, each worth the heading's points, '二、投入指标(30分)' over '(一)城区(30分)' |
      // '(二)乡镇(30分)': points by class, as '(乡镇10分、农场15分)' in one bracket — no one sum to check)
      if (l.points !== null && !classChildren(l)) {
        heads++;
        // (its label without its code: '(一)领导真抓实管(6分)' is named 领导真抓实管)
        const b = { label: l.text.slice(codeLength(l.text)), weight: l.points, cell: a1(l.row, col), firstRow: l.row, lastRow: lastRowOf(l) };
        blocks.push(b);
        blockOf.set(l, b);
      }
      continue;
    }
    // a line with points over unnumbered paragraphs each closing with points of their own, '1、加强领导(5分)' over '建立林业
    // 绿化工作班子;(1分)', '落实干部考核责任制;(1分)', '…上报绿化进度。(3分)': the paragraphs are its items, the line a block over them
    const parts = l.points !== null && !l.fromAwards && !l.byClass ? pointedParts(l) : null;
    if (parts) {
      heads++;
      for (const x of parts) indicators.push(textItem(x.row, col, [...path(l), l.text], x.name, x.points, a1(x.cellRow, col), null));
      const b = { label: l.text.slice(codeLength(l.text)), weight: l.points!, cell: a1(l.row, col), firstRow: l.row, lastRow: lastRowOf(l) };
      blocks.push(b);
      blockOf.set(l, b);
      continue;
    }
    if (l.heading) {
      if (l.points === null) continue;
      // a heading with points and nothing under it: an item, its rule not printed (an outline's 提纲, or the excerpt cut
      // there: '④农村合作医疗筹资工作(4分')
      if (!l.paragraphs.length) {
        // (not the list's last line where every sibling before it is a group: a group's heading the page is cut under,
        // '(三)计划生育(10分)' after (一) and (二) over their items)
        if (l === lines[lines.length - 1] && cutGroupHeading(l, lines)) continue;
        indicators.push(textItem(l.row, col, path(l), l.name, l.points, a1(l.row, col), null));
        continue;
      }
      // a heading over paragraphs only: one item at its first paragraph, the heading's points its own, its paragraphs
      // together its rule (each closed as a sentence: '…计4分' over '…计3分' are two clauses, not one)
      heads++;
      const p = l.paragraphs[0];
      const rule = l.paragraphs.map((x) => (ENDS_PARAGRAPH.test(x.text) ? x.text : x.text + "。")).join("");
      indicators.push(textItem(p.row, col, [...path(l), l.text], p.text, l.points, a1(l.row, col), l.paragraphs.length > 1 ? rule : p.text));
      continue;
    }
    // (its deduction clauses, folded under it: its rule, read from where the first one is)
    if (l.deductions) {
      const rule = l.paragraphs.map((x) => (ENDS_PARAGRAPH.test(x.text) ? x.text : x.text + "。")).join("");
      const ind = textItem(l.row, col, path(l), l.name, l.points, a1(l.row, col), rule);
      ind.rubricCell = a1(l.paragraphs[0].row, col);
      indicators.push(ind);
      continue;
    }
    // (points stated after their word, '1、新网工程建设标准分50分。', over paragraphs: they are its rule, unless the line is
    // listed on with the next, '…标准分60分、' — the paragraph after such a run scores the run together)
    if (l.statedWord && l.paragraphs.length && !LISTED_ON.test(l.text)) {
      const rule = l.paragraphs.map((x) => (ENDS_PARAGRAPH.test(x.text) ? x.text : x.text + "。")).join("");
      // (its rule cell the first paragraph's: where a reviewer reads it)
      const ind = textItem(l.row, col, path(l), l.name, l.points, a1(l.row, col), rule);
      ind.rubricCell = a1(l.paragraphs[0].row, col);
      indicators.push(ind);
      continue;
    }
    // (an item whose text runs over paragraphs, its points closing the last one: '(1)地面测报总错比。…≤0.4‰得2分;' over
    // '0.4‰<错比≤0.8‰得1分;…不得分。(2分)(亭湖除外)' — the points the item's, their cell the paragraph's)
    const wrapped = l.points === null && !l.heading && !l.byClass ? wrappedPoints(l) : null;
    if (wrapped) {
      const last = l.paragraphs[l.paragraphs.length - 1];
      const rule = [l.text, ...l.paragraphs.slice(0, -1).map((x) => x.text), wrapped.rest].map((x) => (ENDS_PARAGRAPH.test(x) || !x ? x : x + "。")).join("");
      const ind = textItem(l.row, col, path(l), l.name, wrapped.points, a1(last.row, col), rule);
      indicators.push(ind);
      if (wrapped.leavesOut) l.leavesOut = true;
      continue;
    }
    // (points closing the line, no rule on it, over paragraphs: '3、建立规范化乡级活动室…(4分)。' over '活动室和各项制度各占0.5分,
    // …': they are its rule, read from where the first one is)
    if (l.points !== null && l.rule === null && !l.fromAwards && !l.statedWord && l.paragraphs.length) {
      const rule = l.paragraphs.map((x) => (ENDS_PARAGRAPH.test(x.text) ? x.text : x.text + "。")).join("");
      const ind = textItem(l.row, col, path(l), l.name, l.points, a1(l.row, col), rule);
      ind.rubricCell = a1(l.paragraphs[0].row, col);
      indicators.push(ind);
      continue;
    }
    // (a rule after the points broken off mid-sentence, the paragraph under it going on with it — '…有电脑设备并联网' over
    // '计0.5分。': one rule, the line's, its last award on the paragraph)
    if (l.rule !== null && !l.fromAwards && l.paragraphs.length && !ENDS_PARAGRAPH.test(l.text)) l.rule += l.paragraphs.map((x) => x.text).join("");
    // (points read from the line's own awards: the line is its rule, already read into its points — its rule cell is
    // the line and no text is left to check them against)
    indicators.push(textItem(l.row, col, path(l), l.name, l.points, l.points !== null ? a1(l.row, col) : null, l.rule, l.fromAwards));
  }
  const pointed = indicators.filter((i) => i.weight !== null).length;
  // (a block over an item of no points, a deduction line, says nothing of its points)
  // (nor one over an item leaving some units out, '(5分,金平、龙湖区不列入)': its items are alternatives by unit — (三) 7分
  // over 5 for some districts, 5 for the others, 2 for all — no sum)
  const leaving = lines.filter((l) => l.leavesOut).map((l) => l.row);
  const whole = (b: WeightBlock) => indicators.every((i) => i.row < b.firstRow || i.row > b.lastRow || i.weight !== null) && !leaving.some((r) => r > b.firstRow && r <= b.lastRow);
  // (one slip, one finding: a block over a block whose items do not add up to it is checked through that one alone —
  // its own sum breaks with the inner one's, '1、领导重视(3分)' over 4 breaks (一) and 一、 above it)
  const adds = (b: WeightBlock) => {
    let sum = 0;
    for (const i of indicators) if (i.row >= b.firstRow && i.row <= b.lastRow) sum += i.weight ?? 0;
    return Math.abs(sum - b.weight) <= 0.005;
  };
  const innerBroken = (l: Line): boolean => l.children.some((c) => { const b = blockOf.get(c); return (!!b && whole(b) && !adds(b)) || innerBroken(c); });
  const checked: WeightBlock[] = [];
  // (or one group whose items, this many, each state their points in their own text: the excerpt cut after its first group,
  // '(一)党建工作(20分)' over '1、…(2分)。', '2、…(2分)。…', … — as many lines borne out as two groups of two give)
  let oneGroup = false;
  for (const [l, b] of blockOf) {
    if (!whole(b) || innerBroken(l)) continue;
    checked.push(b);
    if (l.children.filter((c) => !c.children.length && c.points !== null && !c.fromAwards).length >= MIN_ONE_GROUP_ITEMS) oneGroup = true;
  }
  // (or an outline of headings stating their points, one a line, with no block whose items all state theirs: the
  // 提纲 of a 考核办法, '一、人口出生率(10分)', '(一)计划生育事业费(乡镇10分、农场15分)')
  const stated = lines.filter((l) => (l.points !== null && !l.fromAwards) || l.byClass).length;
  const outline = stated >= MIN_STATED_LINES && stated * 4 >= lines.length * 3;
  // (or a flat list of items stating their points, no block and no total printed, whose points add up to a round whole —
  // '1.完成计划任务得25分。' … '6.长效管护职责明确得10分。', 25 + 20 + 15 + 15 + 15 + 10 = 100: a 百分制 rubric)
  // (the items' own stated points only: points read from a rule's awards are no statement of weight; taken over the whole
  // list, or under one line stating no points, '二、考核内容:' — the form printed twice has two such wholes)
  const statedLeaves = (ls: Line[]): number[] => ls.flatMap((l) => (l.children.length ? statedLeaves(l.children) : l.points !== null && !l.fromAwards && !l.byClass ? [l.points] : []));
  const isWhole = (xs: number[]) => xs.length >= MIN_WHOLE_ITEMS && ROUND_WHOLES.includes(Math.round(xs.reduce((a, x) => a + x, 0) * 1000) / 1000);
  const roundWhole = !blockOf.size && [lines.filter((l) => !l.parent), ...lines.filter((l) => l.children.length && l.points === null).map((l) => l.children)].some((ls) => isWhole(statedLeaves(ls)));
  if (((!checked.length || heads < MIN_POINTED_HEADS) && !outline && !oneGroup && !roundWhole) || pointed < MIN_ITEMS) return null;
  const lastText = grid.compactText(rows[rows.length - 1], col);
  return { col, indicators, blocks: checked, cut: !ENDS_PARAGRAPH.test(lastText) || ELLIPSIS.test(lastText) };
}

/**
 * The points closing a numbered line's last paragraph where the line is an item's text wrapped over paragraphs (the line
 * a sentence stating no points of its own, no numbered line under it): '(N分)' closing the last paragraph, or at the head
 * of its closing bracket / before a qualifier's bracket ('…(2分)(亭湖除外)'), and no other paragraph closing with points
 * (two closings are two things scored, not one item's). Its rest: the paragraph's text before the points.
 */
function wrappedPoints(l: Line): { points: number; rest: string; leavesOut: boolean } | null {
  if (l.children.length || !l.paragraphs.length) return null;
  const closingOf = (text: string) => CLOSING_POINTS.exec(text) ?? BRACKET_HEAD_POINTS.exec(text);
  const ps = l.paragraphs;
  if (ps.slice(0, -1).some((p) => closingOf(p.text))) return null;
  const last = ps[ps.length - 1].text;
  const m = closingOf(last);
  if (!m) return null;
  const qualifier = m[2] ?? m[3] ?? null;
  return { points: Number(m[1]), rest: last.slice(0, m.index), leavesOut: qualifier !== null && LEAVES_OUT.test(qualifier) };
}

/**
 * A heading's unnumbered paragraphs read as its parts: two at least closing with points '(N分)' of their own; a paragraph
 * with no points before one is the start of its text (the part's row), paragraphs after the last are its notes ('(具体见
 * …分解表)'). Null where fewer than two close with points (the paragraphs are the heading's rule).
 */
function pointedParts(l: Line): { row: number; cellRow: number; name: string; points: number }[] | null {
  if (l.paragraphs.length < 2) return null;
  const parts: { row: number; cellRow: number; name: string; points: number }[] = [];
  let start: Line | null = null;
  for (const p of l.paragraphs) {
    const m = CLOSING_POINTS.exec(p.text);
    if (!m) {
      start = start ?? p;
      continue;
    }
    parts.push({ row: (start ?? p).row, cellRow: p.row, name: (start ? start.text : "") + p.text.slice(0, m.index), points: Number(m[1]) });
    start = null;
  }
  return parts.length >= 2 ? parts : null;
}

/** a line's name (its code left off) naming a kind of unit assessed: 城区, 乡镇, 农场, 街道, 县直单位 … */
const UNIT_CLASS = /^(?:城区|城市|农村|乡镇|乡|镇|街道|社区|村|农场|林场|牧场|县直|市直|区直|省直|县|区|市|单位|部门|学校|企业|医院|机关)[^\d]{0,4}\(/;

/** Whether a heading's children, two at least, each name a kind of unit (UNIT_CLASS) and state the heading's own points. */
function classChildren(l: Line): boolean {
  return l.children.length >= 2 && l.children.every((c) => c.points === l.points && !c.children.length && UNIT_CLASS.test(c.text.slice(codeLength(c.text))));
}

/** Whether a childless heading's earlier siblings (its parent's, of its rank) are all groups over lines of their own, one at least */
function cutGroupHeading(l: Line, lines: Line[]): boolean {
  const siblings = lines.filter((x) => x !== l && x.parent === l.parent && x.rank === l.rank && x.row < l.row);
  return siblings.length > 0 && siblings.every((x) => x.children.length > 0);
}

/** points figures in a line's text, deductions left out ('潮南区火葬场2分,镇级骨灰楼3分(未完成投入使用1个扣1分)' -> 5) */
const TEXT_POINTS = /(\d{1,3}(?:\.\d+)?)分/g;
const DEDUCTION_BEFORE = /(?:扣(?:除|减)?|减)$/;

/** The points a sub-line's text states for its unit: its figures added, deductions left out; null where none. */
function unitShare(text: string): number | null {
  let sum = 0;
  let n = 0;
  TEXT_POINTS.lastIndex = 0;
  for (let m = TEXT_POINTS.exec(text); m; m = TEXT_POINTS.exec(text)) {
    if (DEDUCTION_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    sum += Number(m[1]);
    n++;
  }
  return n ? Math.round(sum * 1000) / 1000 : null;
}

/** An indicator read from a line of text in one column (a pasted or prose rubric): its name, points and rule, nothing filled in. */
export function textItem(row: number, col: number, parents: string[], name: string, weight: number | null, weightCell: string | null, rule: string | null, ruleRead = false): Indicator {
  const cell = a1(row, col);
  return {
    row,
    path: [...parents, name],
    name,
    nameCell: cell,
    code: null,
    weight,
    weightCell,
    weightSource: weight !== null ? "label" : null,
    notApplicable: false,
    claimedScore: null,
    scoreCell: null,
    scoreDecimals: null,
    scoreText: null,
    target: null,
    targetCell: null,
    opText: null,
    opCell: null,
    unit: null,
    unitCell: null,
    actual: null,
    actualCell: null,
    actualTier: null,
    reason: null,
    reasonCell: null,
    rubric: rule,
    rubricCell: rule !== null || ruleRead ? cell : null,
    coefficient: null,
    coefficientCell: null,
    childOfRow: null,
  };
}
