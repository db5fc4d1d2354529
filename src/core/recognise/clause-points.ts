import { compact } from "../text/normalize";
import { bracketedAwards } from "./rule-points";
import { withoutCopyMarks } from "../text/copy-marks";

/** a bracket holding a per-unit award and closing with the total it makes, '(…,每次报送1分,合计6分)': the clause's worth is the total */
const TOTAL_CLOSING_BRACKET = /\([^()]*?[,;](?:共计?|合计|满分)(\d+(?:\.\d+)?)分\)/g;
/** a clause's worth written as its full mark, closing it: ',满分2.5分。' (a numbered clause's, '(1)…,满分2.5分。(2)…,满分1分。') */
const CLAUSE_FULL_MARK = /[,;:]满分(?:为|是)?(\d+(?:\.\d+)?)分(?=[。;,]|$)/g;
/** a cap or bound on a figure in another unit, '不超过45周岁', '最多3人': a requirement's threshold, no cap on points */
const FIGURE_BOUND = /(?:不超过|最多|最高|至多)(?=\d+(?:\.\d+)?[^\d.分])/g;
/** the text closed by its last clause's worth: nothing but a full stop after it (a text that runs on past its last worth, a cut one, '…(1分)。台账齐全,', is not read) */
const CLOSED_BY_WORTH = /\(\d+(?:\.\d+)?分\)[。;.,]?$/;
/**
 * a numbered clause's worth written after its comma, bare or with 计 / 记, closing it before the next clause's number or the
 * text's end: '1.建立…考核体系,1分;2.建立…,1分。', '1、成立…机构,计4分。2、建立…网络,计1分。' (the next number's mark may be lost,
 * '4分;3实施…'; not 得N分, often a tier's award)
 */
const BARE_CLAUSE_WORTH = /[,:](?:计|记)?(\d+(?:\.\d+)?)分(?=[;。]?$|[;。]?(?:\d{1,2}\D|\(\d{1,2}\)|[①②③④⑤⑥⑦⑧⑨⑩]))/g;
/** a text opening a numbered list: 1. 1、 (1) ① */
const NUMBERED_OPENING = /^(?:1[.、．)]|\(1\)|①)/;
/** points left outside the brackets once the clauses' worths are read: the text is no clause-by-clause list */
const BRACKETED_WORTH = /\(\d+(?:\.\d+)?分\)/g;
const POINTS_LEFT = /\d分/;
/** any full mark in the text: one alone is the item's, not a clause's */
const ANY_FULL_MARK = /满分/g;

/**
 * The points a rule (or an item's own text) itemises clause by clause, each clause closing with its own worth, and nothing
 * else in the text a point: '1、社区残疾人工作…范畴;(3分)2、社区残协委员…产生;(2分)…' -> [3, 2, …] (rule-points.ts
 * bracketedAwards: each requirement's bracketed points), with two more ways of writing a clause's worth read as its
 * bracket — a bracket that closes a per-unit award with the total it makes ('5.按时准确报送…台账(…每次报送1分,合计6分)。' ->
 * 6), and a full mark closing each of two clauses or more ('(1)…运维工作,满分2.5分。(2)…处置工作,满分1分。(3)…满分0.5分。' ->
 * [2.5, 1, 0.5]; one 满分 alone is the whole item's), and, in a numbered list, a worth written bare after its clause's comma
 * ('1.建立…考核体系,1分;2.建立…协调机制,…,1分。' -> [1, 1]). Null where fewer than two clauses state their worth, the text runs on
 * past its last worth (a clause with none, or a cut text: '…(1分)。台账齐全,'), points stand outside the worths read, or the text holds
 * other points or words that make the brackets no breakdown (a deduction, a cap, a judgement, a bonus, an award per item,
 * an award verb: bracketedAwards' refusals).
 */
export function clausePoints(text: string | null): number[] | null {
  if (!text || text.indexOf("分") < 0) return null;
  // (a sentence said twice word for word, a web copy's repeat, read once: copy-marks.ts — its worth counted once)
  let t = withoutCopyMarks(compact(text));
  if (t.indexOf("分)") < 0 && t.indexOf("满分") < 0 && !NUMBERED_OPENING.test(t)) return null;
  if (t.indexOf("合计") >= 0 || t.indexOf("共") >= 0 || t.indexOf("满分") >= 0) t = t.replace(TOTAL_CLOSING_BRACKET, "($1分)");
  if (t.indexOf("满分") >= 0) {
    const marks = (t.match(ANY_FULL_MARK) || []).length;
    CLAUSE_FULL_MARK.lastIndex = 0;
    const closing = (t.match(CLAUSE_FULL_MARK) || []).length;
    // (every 满分 a clause's, two at least)
    if (closing >= 2 && closing === marks) t = t.replace(CLAUSE_FULL_MARK, "($1分)");
  }
  if (t.indexOf("不超过") >= 0 || t.indexOf("最") >= 0 || t.indexOf("至多") >= 0) t = t.replace(FIGURE_BOUND, "");
  if (NUMBERED_OPENING.test(t)) {
    BARE_CLAUSE_WORTH.lastIndex = 0;
    if ((t.match(BARE_CLAUSE_WORTH) || []).length >= 2) t = t.replace(BARE_CLAUSE_WORTH, "($1分)");
  }
  if (!CLOSED_BY_WORTH.test(t) || POINTS_LEFT.test(t.replace(BRACKETED_WORTH, ""))) return null;
  return bracketedAwards(t);
}
