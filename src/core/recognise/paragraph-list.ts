import type { Grid } from "../grid/grid";
import type { Indicator, WeightBlock } from "../model/types";
import { labelCode, outlineRank } from "../text/codes";
import { a1 } from "../grid/a1";
import { DEDUCTION_CLAUSE, GRADE_WORD_ALT, LIST_NOTES_LINE, PAGE_FOOTER, SIGN_OFF_LABEL } from "./vocabulary";
import { standardPoints } from "./standard-points";
import { POINTS_WORD_ALT } from "../text/numbers";
import { copiesLeft } from "./cells";
import { cappedAwards } from "./capped-awards";
import { closingItemPoints } from "./closing-items";
import { nameAndPoints, rubricSummary, statedWhole, SummaryLine } from "./rubric-summary";
import { rowRolesShared } from "./table-header";
import { withoutCopyMarks } from "../text/copy-marks";

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

/**
 * A class heading (dev46): an unnumbered line naming a class of the items below it and its points in a bracket, words of
 * the class allowed before the figure ('重点工作目标(一类目标40分)', '日常工作目标(二类目标32分)', '共性指标(共30分)',
 * '加分項目(滿分10分)'): a name, no sentence in it, then the bracket and nothing after it. No award, deduction, bonus or rate
 * word in the bracket ('(每项扣2分)' is a rule's); a bracket of words in the name allowed ('粮食购销(省局调控处负责考核)(50分)'). Read as a heading above the outline's numbered lines only where the
 * numbered line right under it starts a list at its first number (a class's items numbered anew), two such lines at least
 * under it stating points: an unnumbered paragraph closed by points under a numbered line, '落实责任制(1分)', goes on the
 * list above it and stays that line's part (pointedParts).
 */
const CLASS_HEAD = /^((?:[^,，。;；:：()\d]|\([^()\d]{1,12}\)){2,30})\(([^()\d扣减加奖罚每得]{0,8})(\d{1,4}(?:\.\d+)?)分\)[:：]?$/;
/** The rank of a class heading: above every numbered line (一、 ranks 0). */
const CLASS_RANK = -1;

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
/**
 * The word a bracket may name the item's worth with before its figure ('1.利润总额指标(基本分为30分)', '(满分10分)', '(分值5分)',
 * '(权重15分)', '(计8分)'): the item's points as a bare '(30分)' states them. The words of a points cell (numbers.ts
 * POINTS_WORD_ALT), and in a bracket after the item's name its full mark (满分), its weight (权重) or its count (计, 记): never
 * an award (得), a deduction (扣), a bonus (加) or a rate (每), which the bracket's other words would be; nor the whole (总分, a
 * 满分 of 100 or more: WHOLE_IN_BRACKET, the outline's whole that wholeBlock reads).
 */
const WORTH_WORD = `(?:(?:${POINTS_WORD_ALT}|满分|权重|共计?|计|记)(?:为|是|:)?)?`;
/** a bracket stating the whole ('二、考核内容(满分100分)', '(总分1000分)'): the outline's whole, wholeBlock's, no line's points */
const WHOLE_IN_BRACKET = /\((?:满分|总分值?)(?:为|是)?\d{3,4}分\)/;
/** a rule scoring by the item's points named in words: '完成目标值得基本分', '达到要求的得满分', '按标准分计' */
const RULE_NAMES_POINTS = /基本分|基础分|基准分|标准分|满分/;
/** A name, then its points in brackets, then what follows on the line. */
const NAMED_POINTS = new RegExp(`^([^,，。;；:：()]{1,24})\\(${WORTH_WORD}(\\d{1,4}(?:\\.\\d+)?)分\\)(.*)$`);
/** A long name (25 to 48 characters, no clause break), then its points in brackets, then nothing or a clause after a stop. */
const LONG_NAMED_POINTS = new RegExp(`^([^,，。;；:：()]{25,48})\\(${WORTH_WORD}(\\d{1,4}(?:\\.\\d+)?)分\\)([,，。;；:：].*)?$`);
/** A name, then its points in a bracket the line leaves open ('④农村合作医疗筹资工作(4分', an excerpt cut there). */
const OPEN_POINTS = new RegExp(`^([^,，。;；:：()]{1,24})\\(${WORTH_WORD}(\\d{1,4}(?:\\.\\d+)?)分$`);
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
const CLOSING_POINTS = new RegExp(`\\(${WORTH_WORD}(\\d{1,4}(?:\\.\\d+)?)分\\)[。.;；]?$`);
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
const HEAD_WORTH = /^([^,，。;；:：()\d%％]{2,30}?)[,，]?(?:共)?[计记](\d{1,3}(?:\.\d+)?)分(?:[。.:：](.*))?$/;
/** The wholes a rubric's points add up to where no total is printed: 百分制, 千分制. */
const ROUND_WHOLES = [100, 1000];
/** Items stating their points that must add up to a round whole for a flat list (no block) to be a rubric. */
const MIN_WHOLE_ITEMS = 4;
/** A line listed with the next ('…标准分60分、', '…标准分30分,'): the paragraph after the run is the run's shared rule, not this line's. */
const LISTED_ON = /[、,，]$/;
/** A per-occurrence condition before an award: '每参加1次', '每增加一个…' (a frequency, '每年', '每月', is a requirement). */
const PER_OCCURRENCE = /每(?!(?:年度?|季度?|月|半年|周|日|天))/;
/** An award in a rule: 计10分 / 记0.5分 (traditional 計 / 記 read simplified). */
const AWARD = /[计记](\d{1,3}(?:\.\d+)?)分/;
/** A band of points written as a list ('1分、2分、3分、4分、5分'): its best is the item's. */
const BAND = /\d{1,3}(?:\.\d+)?分(?:、\d{1,3}(?:\.\d+)?分){2,}/g;
/** An award in a clause (得 / 计 / 记 / 给 N分, 加N分): a sub-line scoring something of its own, no mere deduction. */
const AWARD_IN_CLAUSE = /(?:[得计记给]|加)\d{1,4}(?:\.\d+)?分/;
/**
 * The most a run of items read with no group over them may add up to: a 百分制 whole and a slip over it (105 against 总分100分
 * is the slip to flag); three units' scores in a results list pass it (88 + 92 + 96).
 */
const RUN_CAP = 120;
/** A name ending on a unit assessed (a results list's line): 城关镇, 民政局, 某某公司, 第一中学 … */
const UNIT_NAME_END = /(?:镇|乡|街道|街道办事处|村|社区|局|委|办|公司|中心|学校|中学|小学|医院|单位|部门|院|所|站|队|厂|区|县|市)[。;,，]?$/;
/** A score given, stated in a report's prose ('该项得分18分', '得分为92分', '实得18分', '自评得分:18'): no rule's award. */
const SCORE_GIVEN = /得分(?:为|是|:)?\d|实得\d|[该此本]项得\d/;
/** A line closed by a full stop: a sentence, no section's title. */
const SENTENCE_STOP = /。$/;
/** Only punctuation after a heading's points. */
const NOTHING_AFTER = /^[。.;；:：,，]*$/;
/** A line ending as a paragraph ends (a full stop, closing points or bracket): not cut. */
const ENDS_PARAGRAPH = /[。.;；!！?？)）」”"]$/;
/** A line closing on an ellipsis ('……', read '......'): the text goes on past it, elided where the page was cut. */
const ELLIPSIS = /(?:\.{3}|…)$/;
/** a line of an outline's number alone, '3.', '(三)', '四、': an item whose text the page lost or the excerpt cut after */
const BARE_CODE = /^(?:\(?[\d一二三四五六七八九十]{1,3}\)|[\d一二三四五六七八九十]{1,3}[.、．])$/;
/** Items named inline, numbered from 1 ('1、柠檬产业 2、新技术推广 …'): a section's list of its items, no rule. */
const INLINE_ITEMS = /^1[、.][^\d]{1,30}2[、.]/;
/** A lettered item ('a、…', 'b、…'). */
const LETTER_CODE = /^[a-z][、.](?=[^\d])/;

/**
 * The letter l typed for the digit 1 before a name ("l、基础工作(40分)" after "a、农业专业", then "2、报表质量"): labelCode reads
 * it as 1 (its LETTER_ONE), and so does the outline — unless the list letters its lines down to k (a、 … k、 l、), where l is
 * the twelfth letter.
 */
const LETTER_L_ONE = /^l[、.](?=[\u4e00-\u9fa5「“(])/;
/** A line lettered k (the eleventh letter): the list letters far enough for l to be a letter. */
const LETTER_K = /^k[、.]/;

/**
 * The rank of a numbering style in the outline of official documents (deeper: larger; text/codes.ts outlineRank), a、 below ①;
 * `lettersToL`: the list has a k、 line (l、 a letter, not the digit 1).
 */
function rankOf(text: string, lettersToL = false): number | null {
  if (LETTER_CODE.test(text) && (lettersToL || !LETTER_L_ONE.test(text))) return 5;
  if (LOST_NUMBER.test(text)) return LOST_NUMBER_RANK;
  if (ARTICLE.test(text)) return ARTICLE_RANK;
  return outlineRank(text);
}

/**
 * An item's number lost, its dot kept ('.非正常上访为零(9分)': a mirror or a Word paste drops the automatic '1' of '1.'): a
 * line opening on a dot before its name, read as an arabic item '1.' is (the rank of 1. / 1、 in the outline of official
 * documents), the dot its code. (grad46b)
 */
const LOST_NUMBER = /^\.(?=[\u4e00-\u9fa5“"「])/;
const LOST_NUMBER_RANK = 2;
/** An article of a 办法 / 细则, '第一条 组织领导(10分)', '第3条': above every other numbering (grad46b). */
const ARTICLE = /^第[一二三四五六七八九十百\d]{1,4}条(?=[\u4e00-\u9fa5“「(]|$)/;
const ARTICLE_RANK = -1;

/**
 * Lines glued into one cell (a 考核办法 pasted with its line breaks lost): a heading glued to its first item, '(一)常设项目目标
 * (共30分).非正常上访为零(9分)', or the end of an item's rule glued to the next item, '…重复访加倍扣分。.到市…集体上访5人以上(6分)'.
 * The cell is cut before a code (an arabic '2.' / '2、' / '(2)' / '①', or a lost number's dot, LOST_NUMBER) standing right after
 * a sentence's end ('。') or a points bracket ('(共30分)', '(6分)。'), where the text from the code on states points of its own
 * in a bracket: each piece a line of the outline on the cell's row. A run of a rule's parts after semicolons or commas
 * ('(1)…(2分);(2)…(3分)') is not cut, nor a code not followed by a name.
 */
const GLUE = /(分\)。|分\)|。)(?=\.[\u4e00-\u9fa5“"「]|\d{1,2}[、.](?=[\u4e00-\u9fa5“"「])|\(\d{1,2}\)(?=[\u4e00-\u9fa5“"「])|[①-⑳](?=[\u4e00-\u9fa5“"「]))/g;
/** a points bracket in a glued piece: '(9分)', '(共30分)', '(11分' at a cut */
const PIECE_POINTS = /\([^()]{0,6}\d{1,4}(?:\.\d+)?分(?:\)|$)/;

/** A piece going on with codes of its opening code's style after a clause's mark: (1)…;(2)…, 1.…;2.…, ①…;②… */
function runsOn(piece: string): boolean {
  const rest = piece.slice(1);
  if (/^\(\d/.test(piece)) return /[;；,，。、]\(\d{1,2}\)/.test(rest);
  if (/^\d/.test(piece)) return /[;；,，。]\d{1,2}[、.](?=[\u4e00-\u9fa5“"「])/.test(rest);
  if (/^[①-⑳]/.test(piece)) return /[①-⑳]/.test(rest);
  return false;
}

/** The lines one cell's compact text holds (see GLUE): the text itself where it holds one. */
export function gluedLines(text: string): string[] {
  if (text.length < 8 || text.indexOf("分") < 0) return [text];
  GLUE.lastIndex = 0;
  const cuts: number[] = [];
  // (the cut after the mark the match opens with: ES2017, no lookbehind — es2017-regex.test.ts)
  for (let m = GLUE.exec(text); m; m = GLUE.exec(text)) {
    const cut = m.index + m[1].length;
    cuts.push(cut);
    GLUE.lastIndex = cut;
  }
  if (!cuts.length) return [text];
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < cuts.length; k++) {
    const end = k + 1 < cuts.length ? cuts[k + 1] : text.length;
    // (the piece from this code on must state points of its own: else the code is a reference inside the text)
    const piece = text.slice(cuts[k], end);
    if (!PIECE_POINTS.test(piece)) continue;
    // (nor where the piece runs on with codes of its style after a clause's mark, '(1)成立领导小组(5分);(2)明确分工(5分)。':
    // a rule's parts listed on the line, no lines of their own)
    if (runsOn(piece)) continue;
    out.push(text.slice(from, cuts[k]));
    from = cuts[k];
  }
  out.push(text.slice(from));
  return out;
}

/** The code's text at the line's start (the line after it is the name or rule). */
function codeLength(text: string): number {
  if (LETTER_CODE.test(text) || LETTERED_RULE.test(text)) return 2;
  if (LOST_NUMBER.test(text)) return 1;
  const article = ARTICLE.exec(text);
  if (article) return article[0].length;
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
  /** the points close the line bare after its last clause, '…制度上墙;5分' (trailingPoints) */
  bare?: boolean;
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
  /** its first items lost their numbers and cannot be told apart (lostFirstItems): its sum is not known */
  lostItems?: boolean;
  parent: Line | null;
  children: Line[];
  paragraphs: Line[];
}

/** The points an item's own text states: after its name, closing it, or the awards of its rule's clauses. */
function ownPoints(rest: string): { points: number | null; name: string; rule: string | null; heading: boolean; bare?: boolean; fromAwards?: boolean; byClass?: boolean; leavesOut?: boolean; statedWord?: boolean; headAward?: boolean; worthHead?: string } {
  const named = WHOLE_IN_BRACKET.test(rest) ? null : NAMED_POINTS.exec(rest);
  if (named) {
    const after = named[3];
    if (NOTHING_AFTER.test(after)) return { points: Number(named[2]), name: named[1], rule: null, heading: true };
    return { points: Number(named[2]), name: named[1], rule: after.replace(/^[。.;；:：,，]/, ""), heading: false };
  }
  // (a long name closed by its points, the rule after a comma: '(1)有权处理信访事项的机关、单位信访事项处理参评群众满意率(10分),
  // 得分=…' — no scoring word in the name, which would make the bracket an award's inside a rule)
  const long = LONG_NAMED_POINTS.exec(rest);
  if (long && !SCORING_WORD.test(long[1])) {
    const after = (long[3] ?? "").replace(/^[。.;；:：,，]/, "");
    return after ? { points: Number(long[2]), name: long[1], rule: after, heading: false } : { points: Number(long[2]), name: long[1], rule: null, heading: true };
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
  // (points closing the item's text after its last clause, bare — '…相关工作制度上墙; 5分', '…等工作。 10分', '…宣传活动 15分。':
  // the item's own, as a bracket's, where no award, deduction, rate or comparison word stands before them — closing-items.ts)
  const trailing = trailingPoints(rest);
  if (trailing) return { points: trailing.points, name: trailing.name, rule: null, heading: false, bare: true };
  // (a head sentence stating the item's worth, its rule after it: '低保审批程序计3分。民主评议…计3分。')
  const worth = HEAD_WORTH.exec(rest);
  // (nothing after it, '①低保审批程序计3分。' over the paragraph of its rule: kept only where there is one, as HEAD_AWARD's)
  // (without one it is read from its awards, as before, its head kept for that case: worthHead)
  if (worth && !CONDITION_WORD.test(worth[1])) return worth[3] ? { points: Number(worth[2]), name: worth[1], rule: worth[3], heading: false } : { points: Number(worth[2]), name: rest, rule: null, heading: false, fromAwards: true, worthHead: worth[1] };
  // (a head sentence '1.完成计划任务得25分。': the item's points, its rule the paragraphs under it — kept only where there are some)
  const headAward = HEAD_AWARD.exec(rest);
  if (headAward && !CONDITION_WORD.test(headAward[1])) return { points: Number(headAward[2]), name: headAward[1], rule: null, heading: false, statedWord: true, headAward: true };
  // (the points fused after the first clause, no word of scoring before them, the item's, the rest its rule or rates:
  // '…文章10分、**级每份2分', '2、签约项目6分,…计3分。…' — before the rule's awards are read as the line's points)
  const fused = FUSED_POINTS.exec(rest);
  // (the rest of the line its rule, read as any item's rule: '3、签约项目履约率10分,本项当年达到70%以上计满分5分。' names its
  // full mark, '2、签约项目6分,…得3分。…每增加一个签约项目增加2分。' a base award and an open bonus)
  if (fused && !SCORING_WORD.test(fused[1])) {
    const after = rest.slice(fused[0].length).replace(/^[、,，。;；:：]+/, "");
    // (nothing after them, '4、配合相关部门开展执法检查活动25分。': the points close the item's line, stated as a bracket's — trailingPoints')
    if (!after) return { points: Number(fused[2]), name: fused[1], rule: null, heading: false, bare: true };
    return { points: Number(fused[2]), name: rest, rule: after || null, heading: false, fromAwards: true };
  }
  // (a first sentence stating the item's points with its verb, '…档案制度记10分。', its clauses after it splitting them,
  // '…分管统计工作的记6分;…兼任统计工作的记4分。' — 6 + 4 = 10: the points the item's, stated, the clauses its rule)
  const split = splitAward(rest);
  if (split) return split;
  // one award per clause (the first of each: the others are its steps or bonuses), clauses split at ';'
  let sum = 0;
  let awards = 0;
  for (const clause of rest.split(/[;；]/)) {
    const m = AWARD.exec(clause);
    // (an award per occurrence, '每参加1次计2分', is a rate, no worth of the line's — unless a condition closed by 的 leads to
    // it, '每村有一个固定宣传栏…的记5分': 每 names who must meet it, the award is once)
    const before = clause.slice(0, m?.index ?? 0);
    if (m && (!PER_OCCURRENCE.test(before) || /的$/.test(before))) {
      sum += Number(m[1]);
      awards++;
    }
  }
  if (awards) return { points: Math.round(sum * 1000) / 1000, name: rest, rule: null, heading: false, fromAwards: true };
  // (an award per occurrence capped, no fixed award the clauses read: '…专题研究部署信访工作的,每次得1分,最多得6分', '每报送一条
  // 信息加1分,加满5分为止', '每项1分,5分封顶' — the cap, with any fixed awards beside it, is the item's full mark: cappedAwards)
  const capped = cappedAwards(rest);
  if (capped) return { points: capped.total, name: rest, rule: null, heading: false, fromAwards: true };
  const bands = rest.match(BAND);
  if (bands) {
    let best = 0;
    for (const b of bands) for (const x of b.split("、")) best = Math.max(best, Number(x.replace("分", "")));
    return { points: best, name: rest, rule: null, heading: false, fromAwards: true };
  }
  // (points by class, one per kind of unit: no weight of the line's own)
  if (CLASS_POINTS.test(rest)) return { points: null, name: rest, rule: null, heading: false, byClass: true };
  return { points: null, name: rest, rule: null, heading: false };
}

/** Points closing the text with no stop before them, after a word's character ('…宣传活动15分。'); the stop form is closingItemPoints'. */
const BARE_CLOSING = /([\u4e00-\u9fa5])(\d{1,3}(?:\.\d+)?)分[。.;；]?$/;
/** a threshold or comparison in a clause: its figure a requirement's */
const THRESHOLD_WORD = /达到|低于|高于|超过|不足|不低于|以上|以下|以内|不少于|不超过/;
/** the words before bare closing points that make them a rule's (an award, a deduction, a rate, a threshold, a result): no item's points */
const NOT_ITEM_WORD_BEFORE = /(?:[得扣加减给奖罚计记为于到过足满达共每总按约]|以上|以下|以内|最高|最多|不超过|分值|合计|小计)$/;

/**
 * The points an item's text closes with, bare, after its last clause (grad46b): after a stop ('…制度上墙;5分', '…工作。10分':
 * closing-items.ts closingItemPoints, the space the page printed before them compacted away), or right after a word
 * ('…宣传活动15分。', the name before them no sentence with other points in it). Never after an award, deduction, bonus, rate
 * or threshold word ('…的得5分', '扣2分', '达到90分', '低于60分'), and not where other points stand in the text before them
 * (a rule's clauses, '…得3分;…得2分'). The name: the text before them, its stop left off.
 */
function trailingPoints(rest: string): { points: number; name: string } | null {
  if (rest.length < 6 || rest.indexOf("分") < 0) return null;
  const stop = closingItemPoints(rest, true);
  if (stop !== null) {
    const m = /[。;!?](?:[计记]|共计?)?\d{1,3}(?:\.\d+)?分(?:[*※#].{0,120})?$/.exec(rest);
    if (!m || /\d分/.test(rest.slice(0, m.index))) return null;
    return { points: stop, name: rest.slice(0, m.index) };
  }
  const m = BARE_CLOSING.exec(rest);
  if (!m) return null;
  const before = rest.slice(0, m.index + 1);
  if (NOT_ITEM_WORD_BEFORE.test(before) || /\d分/.test(before) || !/[,，、]/.test(before)) return null;
  // (the clause they close names a task, not a rule: no scoring or threshold word in it — '…村干部未发现一次扣考核2分')
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf("，"), before.lastIndexOf("、")) + 1);
  if (SCORING_WORD.test(clause) || THRESHOLD_WORD.test(clause)) return null;
  const points = Number(m[2]);
  return points > 0 && points <= 100 ? { points, name: before } : null;
}

/** A first sentence closing on its points with an award's verb ('…制度记10分。'), more text after it. */
const HEAD_SENTENCE_AWARD = /^([^。;；]{2,80}?)[计记得](\d{1,3}(?:\.\d+)?)分。(.+)$/;
/** The award of a piece of a rule ('…的记6分'), the first in it. */
const PIECE_AWARD = /[计记得](\d{1,3}(?:\.\d+)?)分/;

/**
 * The item's points stated in its first sentence and split by the clauses after it (HEAD_SENTENCE_AWARD): '(1)建立健全农村
 * 统计调查人员网络档案制度记10分。乡镇做到…三落实,并有一名乡镇领导分管统计工作的记6分;以文件形式明确村会计兼任统计工作的记4分。'
 * — the pieces after the first sentence (split at 。;，,) award 6 + 4 = 10, the first sentence's 10: one item worth 10, its
 * rule the rest. Only where the pieces, two or more, add up to the first sentence's points exactly: a rule going on with
 * other awards ('得10分。每少一次扣1分', '记10分。另加5分') is not a split, and is read as before.
 */
function splitAward(rest: string): ReturnType<typeof ownPoints> | null {
  const m = HEAD_SENTENCE_AWARD.exec(rest);
  if (!m || /\d分/.test(m[1])) return null;
  const points = Number(m[2]);
  let sum = 0;
  let pieces = 0;
  for (const piece of m[3].split(/[。;；,，]/)) {
    if (DEDUCTION_CLAUSE.test(piece)) return null;
    const a = PIECE_AWARD.exec(piece);
    if (!a) continue;
    sum += Number(a[1]);
    pieces++;
  }
  if (pieces < 2 || Math.abs(sum - points) > 0.005) return null;
  return { points, name: m[1], rule: m[3], heading: false };
}

/** A paragraph introducing a table under it: '…并按下表打分:', '评分标准如下表', '(见下表)'. */
const INTRODUCES_TABLE = /(?:下表|如下表|见表|附表)[^。;；]{0,8}[:：]?$|[:：]$/;
/** Lines a table printed inside a pasted rubric spans at most. */
const TABLE_IN_LIST_LINES = 30;

/**
 * A table printed inside a pasted rubric (a 评议 item's scoring table, 指标 | 分值 | 得分 by degree, under '…并按下表打分:'),
 * the list going on in its column under it: the line above it introduces it (INTRODUCES_TABLE), and within
 * TABLE_IN_LIST_LINES a line holds one text only, in the list's column, numbered as the outline's lines are ('(二)…', '2.…').
 * The table's lines are no lines of the list (its item's rule's, left unread). The last line of the table, else null (the
 * list ends at the line: a sign-off, a table of another kind).
 */
function tableInList(grid: Grid, from: number, col: number, above: string): number | null {
  if (!INTRODUCES_TABLE.test(above)) return null;
  for (let r = from + 1; r <= Math.min(grid.rowCount, from + TABLE_IN_LIST_LINES); r++) {
    let only = 0;
    let cells = 0;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c) || !grid.compactText(r, c) || copiesLeft(grid, r, c)) continue;
      only = c;
      cells++;
    }
    if (cells === 1 && only === col && rankOf(grid.compactText(r, col)) !== null) return r - 1;
  }
  return null;
}

/**
 * A scoring rule lettered with a capital letter or a heavenly stem ('A、…记10分', 'B.…记5分', '甲、…计5分'), printed under a
 * numbered line as its rules. Not an outline level of its own in official documents: read as items (LETTERED_RANK, below
 * every other) only where their run reads so — see letteredItems.
 */
const LETTERED_RULE = /^(?:[A-Z]|[甲乙丙丁戊己庚辛壬癸])[、.](?=[^\d、.])/;
const LETTER_ORDER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const STEM_ORDER = "甲乙丙丁戊己庚辛壬癸";
/** below a、 (5): the lettered rules of the lines above them */
const LETTERED_RANK = 6;
/** A lettered line naming a grade ('A、优秀:…得10分', 'B、良好(8分)', 'C、较好的记6分'): the run is one item's tiers. */
const TIER_NAME = new RegExp(`^(?:${GRADE_WORD_ALT}|较好|好)[等级档次]?(?:[,，:：;；、()的得计记]|\\d|$)`);

/**
 * The lettered rules that are items (a rubric section naming its items in its heading or in lines, each item's points
 * the award of a lettered rule under it: '(一)党务工作(15分) 1、… 3、组织建设工作' over 'A、…记10分。', 'B、…记5分。' …).
 * A run of lettered lines (A、 B、 C、 … or 甲、 乙、 …, in order from the first letter, paragraphs between them allowed; a
 * numbered line ends it) is read as items where two of its lines at least state points (their awards, or after their
 * names), every line stating none names no points at all (no 'N分': a requirement whose points are not printed, not a
 * deduction), and the run is no one item's tiers: no line names a grade (优秀 / 良好 / 合格 / 较好 …); its awards do not
 * fall strictly from line to line over three lines or down to 0 ('A、全部完成的记10分' 'B、基本完成的记6分' 'C、未完成的记0分');
 * its best award is not the points of the line it sits under (a tier scale whose top is the item's full points).
 * Returns the rows of the lettered lines read as items.
 */
function letteredItems(grid: Grid, rows: number[], col: number): Set<number> {
  const out = new Set<number>();
  let run: { row: number; points: number | null; tier: boolean; names: boolean }[] = [];
  let order = "";
  // (the numbered line above the run, its points read only where a run starts under it)
  let above: string | null = null;
  let runAbove: number | null = null;
  const pointsOf = (t: string | null): number | null => {
    if (t === null) return null;
    const rest = t.slice(codeLength(t));
    return ownPoints(rest).points ?? nameAndPoints(rest)?.points ?? null;
  };
  const close = () => {
    if (run.length >= 2) {
      const pts = run.filter((x) => x.points !== null).map((x) => x.points!);
      const falling = pts.length === run.length && pts.every((p, k) => k === 0 || p < pts[k - 1]);
      const tiers = run.some((x) => x.tier) || (falling && (pts.length >= 3 || pts[pts.length - 1] === 0)) || (runAbove !== null && Math.max(...pts) === runAbove);
      if (pts.length >= 2 && !tiers && run.every((x) => x.points !== null || !x.names)) for (const x of run) out.add(x.row);
    }
    run = [];
  };
  for (const r of rows) {
    const text = grid.compactText(r, col);
    if (LETTERED_RULE.test(text)) {
      const ch = text[0];
      const seq = LETTER_ORDER.includes(ch) ? LETTER_ORDER : STEM_ORDER;
      const k = seq.indexOf(ch);
      if (k === 0 || seq !== order || k !== run.length) {
        close();
        if (k !== 0) continue;
        order = seq;
        runAbove = pointsOf(above);
      }
      const rest = text.slice(2);
      const own = ownPoints(rest);
      run.push({ row: r, points: own.points, tier: TIER_NAME.test(rest), names: /\d分/.test(rest) });
      continue;
    }
    if (rankOf(text) !== null) {
      close();
      above = text;
    }
  }
  close();
  return out;
}

/**
 * prec48b (session 48): a line's text as the outline reads it — a copy's marks out (copy-marks.ts): a page header at the
 * line's start ('第3页 3.本机构…(21分)', which hid the line's code) or inside it, and a sentence said twice word for word
 * (a web copy's repeat, which counted the item's clause twice). Only the lines of the list's column are cleaned.
 */
const listLine = (grid: Grid, r: number, col: number): string => withoutCopyMarks(grid.compactText(r, col));

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
      // (a paragraph merged across the page and filled across, its text in every cell: read once)
      if (!grid.ownsCell(r, c) || !grid.compactText(r, c) || copiesLeft(grid, r, c)) continue;
      if (col && c !== col) {
        // (a line of the form's column heads beside the list, its own cell blank, '| 自评分(理由及依据) | 考核得分': the
        // heads of the blank score columns a mirror's text placed among the items, no end of the list)
        if (scoreHeadsLine(grid, r, col)) continue scan;
        // (a table the paragraph above introduces, '…并按下表打分:', the list going on under it: a part of that item's rule)
        const end = rows.length ? tableInList(grid, r, col, grid.compactText(rows[rows.length - 1], col)) : null;
        if (end === null) break scan;
        r = end;
        continue scan;
      }
      here = c;
      cells++;
    }
    if (!cells) continue;
    // (a signature line in the list's column, '填表人：张三', '联系电话：…': the list ends above it)
    if (col && SIGN_OFF_LABEL.test(grid.compactText(r, col))) break;
    // (or a notes heading, '说明:' over '1.本表由…填写', '2.各项得分不得超过该项分值。': the notes are no items)
    if (col && LIST_NOTES_LINE.test(grid.compactText(r, col))) break;
    if (!col) {
      if (cells > 1 || rankOf(listLine(grid, r, here)) === null) continue;
      col = here;
    }
    rows.push(r);
  }
  // (a class heading right above the first numbered line, a line or two of the class's kind between them — '重点工作目标
  // (一类目标40分)' over '定量工作' over '1.…': the list starts at it, the lines between its paragraphs)
  if (col && rows.length) {
    for (let r = rows[0] - 1; r >= Math.max(1, rows[0] - 3); r--) {
      if (!grid.rowHasContent(r)) continue;
      const t = grid.compactText(r, col);
      if (!t || rankOf(t) !== null || !onlyCell(grid, r, col)) break;
      if (!CLASS_HEAD.test(t)) continue;
      const above: number[] = [];
      for (let x = r; x < rows[0]; x++) if (grid.compactText(x, col)) above.push(x);
      rows.unshift(...above);
      break;
    }
  }
  // (a list this short is read only where its items' own parts bear their points out: partsConfirmed, below; or a page cut
  // after its first heading, its paragraph numbering the heading's parts with their points: pointedClausesItem)
  if (rows.length < MIN_ITEMS) return pointedClausesItem(grid, rows, col);
  const short = rows.length < MIN_ITEMS + MIN_POINTED_HEADS;
  // the outline: each numbered line under the nearest line above it of a lower rank
  const lines: Line[] = [];
  const stack: Line[] = [];
  let last: Line | null = null;
  let lettersToL = false;
  for (const r of rows) if (LETTER_K.test(grid.compactText(r, col))) lettersToL = true;
  const lettered = letteredItems(grid, rows, col);
  for (const r of rows) for (const text of gluedLines(listLine(grid, r, col))) {
    let rank = lettered.has(r) ? LETTERED_RANK : rankOf(text, lettersToL);
    // (a class heading over the class's items numbered anew: classHeading)
    const klass = rank === null ? classHeading(grid, rows, r, col, text) : null;
    if (klass) rank = CLASS_RANK;
    if (rank === null) {
      // a paragraph: the rule of the line above it (above the first numbered line, the title and preamble)
      if (last) last.paragraphs.push({ row: r, text, rank: null, points: null, heading: false, name: text, rule: null, fromAwards: false, byClass: false, leavesOut: false, parent: last, children: [], paragraphs: [] });
      continue;
    }
    const own = klass ?? ownPoints(text.slice(codeLength(text)));
    while (stack.length && stack[stack.length - 1].rank! >= rank) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : null;
    const line: Line = { row: r, text, rank, points: own.points, heading: own.heading, name: own.name, rule: own.rule, fromAwards: !!own.fromAwards, byClass: !!own.byClass, leavesOut: !!own.leavesOut, statedWord: !!own.statedWord, headAward: !!own.headAward, worthHead: own.worthHead, bare: !!own.bare, parent, children: [], paragraphs: [] };
    if (parent) parent.children.push(line);
    stack.push(line);
    lines.push(line);
    last = line;
  }
  // (a line stating its points over the paragraph of its rule that scores by those points in words, '1.利润总额指标(基本分为
  // 30分)' over '完成或超额完成目标值得基本分;…每低于目标值2%扣1分': the paragraph is the rule of the line's item, the line the
  // item — as '…标准分50分。' over its rule; read for the list, where most such lines' rules do so, two at least ('4.评议指标
  // (基本分为20分)' over '…按下表打分:' with them); a heading over a paragraph naming no such points keeps it as its item's text)
  const pointedOverRules = lines.filter((l) => l.heading && l.points !== null && !l.children.length && l.paragraphs.length);
  const namingPoints = pointedOverRules.filter((l) => RULE_NAMES_POINTS.test(l.paragraphs[0].text)).length;
  if (namingPoints >= 2 && namingPoints * 2 > pointedOverRules.length) {
    for (const l of pointedOverRules) {
      l.heading = false;
      l.statedWord = true;
    }
  }
  // (a list whose first items lost their numbers: see lostFirstItems)
  if (lostFirstItems(lines)) lines.sort((a, b) => a.row - b.row);
  // (a group's heading stating its points bare after its name, '(一)村两委重视20分' over '1、…计8分', '2、…记12分': its
  // points, as a table's group label's bare points are (labels.ts groupWeightInLabel) — on a line over numbered lines only,
  // nothing else on it: an item's '…达到90分' is a requirement, no weight)
  for (const l of lines) {
    if (l.points !== null || l.byClass || !l.children.length) continue;
    const np = nameAndPoints(l.text.slice(codeLength(l.text)));
    if (!np) continue;
    l.points = np.points;
    l.name = np.name;
    l.heading = true;
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
    if (!l.children.every((c) => !c.children.length && (c.points === null || c.fromAwards || c.bare) && unitShare(c.text.slice(codeLength(c.text))) === l.points)) continue;
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
    // (or conditions listed with no points, a deduction after the last of them for any one of them — '(1)办理信访事项推诿、敷衍、
    // 拖延的。' … '(4)虚报办理结果或办理结果不落实的。' over '出现上述情况之一的每项扣30分。': the conditions and the deduction
    // together the item's rule)
    const lastChild = l.children[l.children.length - 1];
    const sharedDeduction = !lastChild.children.length && lastChild.paragraphs.some((p) => DEDUCTION_CLAUSE.test(p.text) && !AWARD_IN_CLAUSE.test(p.text));
    const clauses = l.children.every((c) => {
      if (c.children.length || c.points !== null || c.byClass) return false;
      const t = c.text.slice(codeLength(c.text));
      if (DEDUCTION_CLAUSE.test(t) && !AWARD_IN_CLAUSE.test(t)) return ++deductions > 0;
      if (sharedDeduction && !/\d分/.test(t) && c.paragraphs.every((p) => p === c.paragraphs[c.paragraphs.length - 1] || !/\d分/.test(p.text))) return true;
      return c.row === lastRow && listCut && !/\d分/.test(t);
    });
    if (sharedDeduction) deductions++;
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
  // (lines glued in a cell, two sharing a row: the list's headings are its items' lines, their rules glued after them)
  const glued = lines.some((l, k) => k > 0 && lines[k - 1].row === l.row) || lines.some((l) => l.paragraphs.some((p) => lines.some((x) => x.row === p.row)));
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
  // (a rubric printed twice: the summary list's lines state the points of the sections below, no items — rubric-summary.ts)
  const summary = rubricSummary(lines.map((l) => ({ row: l.row, text: l.text.slice(codeLength(l.text)), parentRow: l.parent?.row ?? null, under: l.children.length > 0 || l.paragraphs.length > 0, points: l.points })));
  const summaryRows = new Set(summary?.map((x) => x.row) ?? []);
  for (const l of lines) {
    if (summaryRows.has(l.row)) continue;
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
    // (a section naming its items inline after its points, '(二)农业工作(20分) 1、柠檬产业 2、新技术推广 …', the list's last
    // line with the page cut under it and every sibling before it a group: a group cut before its items' rules, no item)
    if (l === lines[lines.length - 1] && listCut && l.rule !== null && INLINE_ITEMS.test(l.rule) && cutGroupHeading(l, lines)) continue;
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
      // (nor where the page is cut in its paragraphs, which state no points yet, and every sibling before it is a group:
      // a group cut in its first part, '(四)免费孕前优生健康检查(120分)' over '完成免费孕前优生健康检查工' after (一)…(三)
      // over their parts — its points are its parts', not shown)
      if (l === lines[lines.length - 1] && listCut && l.paragraphs.every((p) => !/\d分/.test(p.text)) && cutGroupHeading(l, lines)) continue;
      // a heading over paragraphs only: one item at its first paragraph, the heading's points its own, its paragraphs
      // together its rule (each closed as a sentence: '…计4分' over '…计3分' are two clauses, not one)
      heads++;
      const p = l.paragraphs[0];
      const rule = l.paragraphs.map((x) => (ENDS_PARAGRAPH.test(x.text) ? x.text : x.text + "。")).join("");
      // (a heading written as the item's sentence, closed by a full stop — '1、组织领导(5分)。', '1.信访事项及时受理率(5分)。' —
      // or in a list whose lines are glued (gluedLines), a rule's end and the next item in one cell: the item at its own
      // line, the paragraphs its rule)
      if (SENTENCE_STOP.test(l.text) || glued) {
        const ind = textItem(l.row, col, path(l), l.name, l.points, a1(l.row, col), rule);
        ind.rubricCell = a1(p.row, col);
        indicators.push(ind);
        continue;
      }
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
    // (a numbered line stating no points among sections over items, '(六)开发区各项任务指标计分标准参照上述办法执行。' between (五)
    // and (七) over their items: a section's note, no item)
    if (l.points === null && !l.byClass && sectionNote(l, lines)) continue;
    indicators.push(textItem(l.row, col, path(l), l.name, l.points, l.points !== null ? a1(l.row, col) : null, l.rule, l.fromAwards));
  }
  const pointed = indicators.filter((i) => i.weight !== null).length;
  // (a block over an item of no points, a deduction line, says nothing of its points)
  // (nor one over an item leaving some units out, '(5分,金平、龙湖区不列入)': its items are alternatives by unit — (三) 7分
  // over 5 for some districts, 5 for the others, 2 for all — no sum)
  const leaving = lines.filter((l) => l.leavesOut).map((l) => l.row);
  // (items of no points that name none, a requirement whose points the page does not print — '4、纪检工作' over 'A、…记15分',
  // 'B、…记10分', 'C、农村党风廉政建设及党务公开' — leave the block's sum a floor: checked where the items stating points
  // already pass the block's, '(一)党务工作(15分)' over 75; no deduction or bonus among them, which could take points back)
  const silent = (i: Indicator) => i.weight === null && !/\d分/.test(grid.compactText(i.row, col)) && !BONUS_LINE.test(grid.compactText(i.row, col));
  // (a line of its number alone, '3.', its text lost or the excerpt cut after it: an item of points not shown — the block
  // over it no whole, '(二)…(60分)' over '1.…(5分)', '2.…(10分)', '3.')
  const bare = rows.filter((r) => BARE_CODE.test(grid.compactText(r, col)));
  const whole = (b: WeightBlock) => {
    if (leaving.some((r) => r > b.firstRow && r <= b.lastRow)) return false;
    if (bare.some((r) => r > b.firstRow && r <= b.lastRow)) return false;
    let sum = 0;
    let unknown = false;
    for (const i of indicators) {
      if (i.row < b.firstRow || i.row > b.lastRow) continue;
      if (i.weight !== null) sum += i.weight;
      else if (silent(i)) unknown = true;
      else return false;
    }
    return !unknown || sum > b.weight + 0.005;
  };
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
  let exactGroup = false;
  for (const [l, b] of blockOf) {
    if (!whole(b) || innerBroken(l) || l.lostItems) continue;
    checked.push(b);
    if (l.children.filter((c) => !c.children.length && c.points !== null && !c.fromAwards).length >= MIN_ONE_GROUP_ITEMS) oneGroup = true;
    // (or a group stating its points whose items, this many, add up to them exactly — their points read from their awards
    // or stated: 'l、基础工作(40分)' over '(1)…记10分。…' 10 + 5 + 5 + 5 + 15 = 40; a sum that closes is the list's evidence)
    if (l.children.length >= MIN_ITEMS && l.children.every((c) => !c.children.length && c.points !== null) && adds(b)) exactGroup = true;
    // (or a group stating its points over the lettered rules of two items at least, this many stating points — '(一)党务工作
    // (15分) 1、… 3、组织建设工作' over 'A、…记10分' … and '4、纪检工作' over 'A、…记15分', 'B、…记10分': the excerpt cut in the next group)
    const ruleItems = indicators.filter((i) => i.weight !== null && i.row > b.firstRow && i.row <= b.lastRow && lettered.has(i.row));
    if (ruleItems.length >= MIN_ONE_GROUP_ITEMS && lines.filter((x) => x.row >= b.firstRow && x.row <= b.lastRow && x.children.some((c) => lettered.has(c.row))).length >= 2) oneGroup = true;
  }
  // (the summary's points against each section's, where the section's parts bear its own out: the summary's line a block
  // over the section's parts; and the summary's sum against the whole the document states, 千分制, over the summary's
  // lines — first, so that a cut list's last block stays its own)
  // (read once the list is one: no evidence of it)
  const statedBlocks = (): WeightBlock[] => {
    const out = summary ? summaryBlocks(col, summary, [...blockOf].filter(([, b]) => checked.includes(b) && adds(b)).map(([l, b]) => [l.row, b])) : [];
    const whole = wholeBlock(grid, rows[0], col, lines, summary, lastRowOf);
    return whole ? [whole, ...out] : out;
  };
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
  // (or items each stating their points and, in their own rule, the parts those points are made of — '1、商业改革发展工作主要
  // 考核(8分):现代流通2分,酒类市场管理2分,餐饮服务业2分;再生资源利用2分;' — two at least whose parts add up to them: each a
  // block of its own inside its paragraph, as a heading over its lines is; no group needs to state points)
  // (or a run of items stating their points in brackets, each over the paragraph of its rule — '四、考核评分标准' over
  // '1、组织领导(5分)。' / '2、造林(25分)。' / '3、管护(10分)。', each over its rule: a 考核办法's 评分标准 printed as paragraphs,
  // no group stating points — or closing their own line with them bare, '1、…制度上墙; 5分', the line its own rule. No
  // unit's name closing most of them (a results list). Three at least and three in four of their siblings; their points within a 百分制 whole (a
  // results notice listing units with their scores, '1、城关镇(95分)', passes it at the second); no paragraph stating a score
  // given, an evaluation report's prose)
  const ruledRun = () =>
    [null, ...lines].some((p) => {
      const sibs = p ? p.children : lines.filter((l) => !l.parent);
      // (points stated, not awarded: a head sentence '1.完成计划任务得25分。' over its rule reads as a rubric's item only where the
      // list adds up to its whole — corpus53d — its 得 being a tier's word as often)
      const run = sibs.filter((l) => !l.children.length && l.points !== null && !l.fromAwards && !l.byClass && !l.headAward && (l.paragraphs.length || l.bare));
      if (run.length < MIN_ITEMS || run.length * 4 < sibs.length * 3) return false;
      // (a results list naming the units assessed with their scores, '1、城关镇;9.5分': no items of a rubric)
      if (run.filter((l) => UNIT_NAME_END.test(l.name)).length * 2 >= run.length) return false;
      if (run.reduce((a, l) => a + l.points!, 0) > RUN_CAP + 0.005) return false;
      // (an evaluation report going through its indicators, '(一)项目决策(20分)' over '该项得分18分,…': the scores given, no rule)
      return !run.some((l) => l.paragraphs.some((x) => SCORE_GIVEN.test(x.text)));
    });
  const partsConfirmed = () => indicators.filter((i) => i.weight !== null && i.rubric !== null && standardPoints(i.rubric, { falling: true })?.total === i.weight).length >= MIN_POINTED_HEADS;
  if (((short || ((!checked.length || heads < MIN_POINTED_HEADS) && !outline && !oneGroup && !exactGroup && !roundWhole)) && !partsConfirmed() && !ruledRun()) || pointed < MIN_ITEMS) return pointedClausesItem(grid, rows, col);
  const lastText = grid.compactText(rows[rows.length - 1], col);
  return { col, indicators, blocks: [...statedBlocks(), ...checked], cut: !ENDS_PARAGRAPH.test(lastText) || ELLIPSIS.test(lastText) || bare.includes(rows[rows.length - 1]) };
}

/**
 * The blocks a rubric's summary list states (rubric-summary.ts): each summary line over the parts of the section it names,
 * where that section's block is checked and adds up (its parts bear its heading out, so a summary that differs is the
 * slip).
 */
function summaryBlocks(col: number, summary: SummaryLine[], sections: [number, WeightBlock][]): WeightBlock[] {
  const out: WeightBlock[] = [];
  const sectionAt = new Map(sections);
  for (const s of summary) {
    const b = s.sectionRow !== null ? sectionAt.get(s.sectionRow) : undefined;
    if (b) out.push({ label: s.name, weight: s.points, cell: a1(s.row, col), firstRow: b.firstRow, lastRow: b.lastRow });
  }
  return out;
}

/**
 * The whole a pasted rubric states (千分制, 百分制, 满分1000分: rubric-summary.ts statedWhole) over the lines it is the
 * whole of: a summary list's lines where there is one, else the outline's top lines stating points — the one set of
 * siblings stating points with no line above them stating any ('一、考核指标' over '(一)保障指标(10分)', '(二)…(24分)',
 * '(三)…(66分)'; the top of the outline itself, '(一)包绿化美化。(200分)', '(二)包卫生整洁。(500分)'), every sibling
 * stating its own (none by class, none read from its rule's awards), none a bonus. The whole is read in the preamble above
 * the list (its sentences: a title is left out, '“门前三包”责任制内容和“千分制”考核标准' names the sheet, and the metamorphic
 * suites hold a sheet's reading the same under another title), then in the outline's top lines stating no points
 * and their paragraphs ('二、考核方式' over '考核以百分制实行量化考核。…'). A block of its own parts (the lines' points), the
 * cell stating the whole its total; its rows the lines', so that a list cut inside them bounds it (no more than stated).
 */
function wholeBlock(grid: Grid, firstRow: number, col: number, lines: Line[], summary: SummaryLine[] | null, lastRowOf: (l: Line) => number): WeightBlock | null {
  let set: { row: number; points: number; name: string }[];
  let lastRow: number;
  if (summary) {
    set = summary;
    lastRow = summary[summary.length - 1].row;
  } else {
    const pointedAbove = (l: Line) => {
      for (let p = l.parent; p; p = p.parent) if (p.points !== null) return true;
      return false;
    };
    const tops = lines.filter((l) => l.points !== null && !l.fromAwards && !l.byClass && !pointedAbove(l));
    const parents = new Set(tops.map((l) => l.parent));
    if (parents.size !== 1) return null;
    const parent = tops[0].parent;
    const siblings = parent ? parent.children : lines.filter((l) => !l.parent);
    if (siblings.length < MIN_WHOLE_PARTS || siblings.some((l) => !tops.includes(l))) return null;
    set = siblings.map((l) => ({ row: l.row, points: l.points!, name: l.name }));
    lastRow = lastRowOf(siblings[siblings.length - 1]);
  }
  if (set.some((s) => BONUS_LINE.test(s.name))) return null;
  // the whole: the preamble's sentences above the list (each cell of its rows; a title, no sentence in it, is left out —
  // a sheet's title names it, and the same sheet under another title or none reads the same), then the outline's top
  // lines stating no points and their paragraphs
  const places: { row: number; c: number; text: string }[] = [];
  for (let r = 1; r < firstRow; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      if (!grid.ownsCell(r, c)) continue;
      const text = grid.compactText(r, c);
      if (text && SENTENCE.test(text)) places.push({ row: r, c, text });
    }
  }
  for (const l of lines) if (!l.parent && l.points === null) for (const x of [l, ...l.paragraphs]) places.push({ row: x.row, c: col, text: x.text });
  for (const p of places) {
    const whole = statedWhole(p.text);
    if (whole === null) continue;
    return { label: "各项指标", weight: whole, cell: a1(p.row, p.c), firstRow: set[0].row, lastRow, parts: set.map((s) => ({ cell: a1(s.row, col), value: s.points, label: s.name })) };
  }
  return null;
}

/** A sentence's punctuation (a preamble's paragraph, not a title): '全年累积总分(千分制)=各项指标得分+…。' */
const SENTENCE = /[,，。;；=]/;
/** Lines a stated whole is held against, two at least. */
const MIN_WHOLE_PARTS = 2;

/** A bonus or deduction line among a summary's ('加分项目50分', '扣分项'): the whole is not their sum. */
const BONUS_LINE = /加分|扣分|奖励|附加|否决|减分/;

/** A paragraph introducing the lines under it ('评分标准如下:', '具体为：'): no item of them. */
const INTRO_PARAGRAPH = /[:：]$|如下/;

/**
 * A list whose first items lost their numbers (a mirror or a Word paste drops the automatic '1、' and keeps the typed
 * '2、'): a line whose numbered lines start at 2 (or 3 …) with unnumbered paragraphs between it and them —
 * '(一)村两委重视(20分)' over '配齐配全…计8分;' and '2、每月…记12分' — has those paragraphs as its lost first items: one
 * each where as many paragraphs as lost numbers stand there, all of them the one lost item where one number is lost (its
 * first paragraph its text, the rest its rule). Not where the numbering runs on from the line before of the same rank
 * ('3、' after an earlier group's '2、': the numbers run through the document), nor where the paragraph introduces the
 * lines ('评分标准如下:'). Where the lost items cannot be told apart (two numbers lost over three paragraphs), the line's
 * sum is not known: it is marked, and its block not checked. Mutates `lines` (the new lines appended); true where it
 * added any.
 */
function lostFirstItems(lines: Line[]): boolean {
  let added = false;
  const byRow = [...lines];
  for (const l of byRow) {
    if (!l.children.length || !l.paragraphs.length) continue;
    const first = l.children[0];
    if (first.rank === 5) continue;
    const code = labelCode(first.text);
    if (!code || code.n < 2) continue;
    // (the numbering runs on from an earlier line of the first's rank)
    let before: Line | null = null;
    for (const x of byRow) if (x.row < first.row && x.rank === first.rank && x !== first) before = x;
    if (before && labelCode(before.text)?.n === code.n - 1) continue;
    const ps = l.paragraphs;
    if (ps.some((p) => INTRO_PARAGRAPH.test(p.text))) continue;
    const lost = code.n - 1;
    const groups = lost === ps.length ? ps.map((p) => [p]) : lost === 1 ? [ps] : null;
    if (!groups) {
      l.lostItems = true;
      continue;
    }
    const made = groups.map((g): Line => {
      const own = ownPoints(g[0].text);
      const line: Line = { row: g[0].row, text: g[0].text, rank: first.rank, points: own.points, heading: own.heading, name: own.name, rule: own.rule, fromAwards: !!own.fromAwards, byClass: !!own.byClass, leavesOut: !!own.leavesOut, statedWord: !!own.statedWord, headAward: !!own.headAward, parent: l, children: [], paragraphs: [] };
      line.paragraphs = g.slice(1).map((p) => ({ ...p, parent: line }));
      return line;
    });
    l.paragraphs = [];
    l.children.unshift(...made);
    lines.push(...made);
    added = true;
  }
  return added;
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

/** Whether a childless line's siblings (its parent's lines of its rank), one at least, are all sections over lines of their own. */
function sectionNote(l: Line, lines: Line[]): boolean {
  if (l.children.length) return false;
  const siblings = lines.filter((x) => x !== l && x.parent === l.parent && x.rank === l.rank);
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

/** The row holds text in the list's column only. */
function onlyCell(grid: Grid, r: number, col: number): boolean {
  for (let c = 1; c <= grid.scanCols; c++) if (c !== col && grid.ownsCell(r, c) && grid.compactText(r, c) && !copiesLeft(grid, r, c)) return false;
  return true;
}

/** A remark column's head beside the score heads ('备注'). */
const REMARK_HEAD = /^(?:备注|說明|说明|備註)$/;

/**
 * A line of the form's column heads printed beside the list, its own cell blank: every other text a column's head (a score
 * head at least: '自评分(理由及依据)', '考核得分'; a remark's), none of the list.
 */
function scoreHeadsLine(grid: Grid, r: number, col: number): boolean {
  if (grid.compactText(r, col)) return false;
  const roles = rowRolesShared(grid, r);
  let score = false;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (!grid.ownsCell(r, c) || !grid.compactText(r, c) || copiesLeft(grid, r, c)) continue;
    const role = roles.get(c);
    if (role === "score") score = true;
    else if (role !== "weight" && role !== "reason" && !REMARK_HEAD.test(grid.compactText(r, c))) return false;
  }
  return score;
}

/**
 * The line at r read as a class heading (CLASS_HEAD), its points and name, where the next numbered line of the list under
 * it starts at its first number and two numbered lines at least under it (before the next class heading) state points.
 */
function classHeading(grid: Grid, rows: number[], r: number, col: number, text: string): ReturnType<typeof ownPoints> | null {
  const m = CLASS_HEAD.exec(text);
  if (!m) return null;
  let first = true;
  let pointed = 0;
  for (const x of rows) {
    if (x <= r) continue;
    const t = grid.compactText(x, col);
    const code = rankOf(t) !== null ? labelCode(t) : null;
    if (!code) {
      if (CLASS_HEAD.test(t)) break;
      continue;
    }
    if (first && code.n !== 1) return null;
    first = false;
    if (ownPoints(t.slice(codeLength(t))).points !== null) pointed++;
  }
  return pointed >= 2 ? { points: Number(m[3]), name: m[1], rule: null, heading: true } : null;
}

/** A clause numbered inside a paragraph ('…:1.现金…', '…;2.业务收入…'): its number, at the paragraph's start or after a break. */
const CLAUSE_NUMBER = /(?:^|[:：;；。])(\d{1,2})[.、．](?!\d)/g;
/** Points closing a clause, '…抵现金(0.5分);' (brackets made round by compact), before its break or the paragraph's end. */
const CLAUSE_POINTS = /\((\d{1,3}(?:\.\d+)?)分\)(?=[;；。.]|$)/g;
/** Numbered clauses closing with their points a paragraph holds at least to be a heading's parts. */
const MIN_POINTED_CLAUSES = 2;

/**
 * A page cut after its first heading (dev46): the numbered lines headings stating their points, '一、财务状况(5分)', and
 * under each paragraphs only, which number the heading's parts inside them and close each with its points — '考核内容及评分
 * 方法:1.现金…(0.5分);2.业务收入…(1分);3.固定资产…(0.5分);4.医院年终结余…' (cut). One item at each heading's first
 * paragraph, the heading's points its own and the paragraphs its rule, as a heading over paragraphs is in a longer list
 * (one heading on the page, or the page printed twice). The evidence is each paragraph's own: two numbered clauses at least,
 * in order from 1, closing with points that stay within the heading's. A heading over a paragraph of prose, or of awards
 * and deductions ('…每开展一项加2分'), is not read. A page footer line (第1页，共1页) is no paragraph.
 */
function pointedClausesItem(grid: Grid, rows: number[], col: number): ParagraphList | null {
  const lines = rows.filter((r) => !PAGE_FOOTER.test(grid.compactText(r, col)));
  if (lines.length < 2) return null;
  const indicators: Indicator[] = [];
  let last = "";
  for (let k = 0; k < lines.length; ) {
    const head = grid.compactText(lines[k], col);
    if (rankOf(head) === null) return null;
    const own = ownPoints(head.slice(codeLength(head)));
    if (!own.heading || own.points === null) return null;
    let e = k + 1;
    while (e < lines.length && rankOf(grid.compactText(lines[e], col)) === null) e++;
    const paragraphs = lines.slice(k + 1, e);
    if (!paragraphs.length) return null;
    const text = paragraphs.map((r) => grid.compactText(r, col)).join("");
    let next = 1;
    for (const m of text.matchAll(CLAUSE_NUMBER)) if (Number(m[1]) === next) next++;
    let sum = 0;
    let pointed = 0;
    for (const m of text.matchAll(CLAUSE_POINTS)) {
      sum += Number(m[1]);
      pointed++;
    }
    if (next - 1 < MIN_POINTED_CLAUSES || pointed < MIN_POINTED_CLAUSES || sum > own.points + 0.005) return null;
    indicators.push(textItem(paragraphs[0], col, [head], grid.compactText(paragraphs[0], col), own.points, a1(lines[k], col), text));
    last = grid.compactText(paragraphs[paragraphs.length - 1], col);
    k = e;
  }
  return { col, indicators, blocks: [], cut: !ENDS_PARAGRAPH.test(last) || ELLIPSIS.test(last) };
}
