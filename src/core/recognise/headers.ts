import { LEVEL_ROLES } from "../model/types";
import type { BudgetRole, ColumnRole } from "../model/types";
import { BUDGET_ADJUSTMENT_HEADER, BUDGET_HEADERS, HEAD_WITH_POINTS, HEADER_WORDS, INDICATOR_HEADERS, ITEMS_WORD, PRIOR_PERIOD_HEADER } from "./vocabulary";
import { compact } from "../text/normalize";
import { LABEL_CLASS_CACHE_SIZE, TextCache } from "../text/cache";

/** (a module constant: a literal in a function makes a RegExp on every call) */
const HEADER_REMARK = /\((分|万元|元|%|分值|权重|(满分)?\d+(\.\d+)?分|满分\d+(\.\d+)?|[A-Z](\/[A-Z])?|(包含|包括|含|或)[^()]{1,16}|如有|\d+字(以)?内|[一二三]级指标|年度|当年|本年|共?(\d+|[一二三四五六七八九十]+)(项|个|条|类|大项|小项))\)$/;

/** Header text without a trailing unit: "得分(分)" → "得分", "指标权重（%）" → "指标权重". */
function headerCore(c: string): string {
  // (HEADER_REMARK ends with ')': a text ending otherwise, as most labels asked, is its own core, the pattern not run)
  if (c.charCodeAt(c.length - 1) !== 41) return c;
  // a unit, points, or a letter that names the column in a formula ("实际完成值(B)", "执行率(B/A)")
  // or a remark on what the column holds ("指标值(包含数字及文字描述)", "指标值(或计划水平)")
  // or a length limit for the filler ("指标值(150字内)"), or the level it stands for ("指标名称(三级指标)"),
  // or the period of a set written beside a 长期 one ("指标值(年度)"), or how many items the column lists ("考评指标(7项)",
  // "考评内容(24项)", "考核项目(六大项)": a standard's count of its groups and items, printed in its heads)
  return c.replace(HEADER_REMARK, "");
}

/**
 * The role of a vocabulary table's first pattern that matches the text, by index (no iterator and no pair
 * unpacked per entry: every new label of a sheet is classified once, a 40,000-row sheet has that many labels).
 */
function firstRole<R>(table: readonly (readonly [R, RegExp])[], text: string): R | null {
  for (let k = 0; k < table.length; k++) if (table[k][1].test(text)) return table[k][0];
  return null;
}

/** Header roles remembered: the vocabulary a sheet repeats (see LABEL_CLASS_CACHE_SIZE) */
const roleCache = new TextCache<ColumnRole | null>(LABEL_CLASS_CACHE_SIZE);

/**
 * A pattern's source widened to a cheaper one matching every text it matches, for a gate: a leading ^ dropped with the
 * negative lookaheads and the run of a character class after it ("^(?!.*扣)[\u4e00-\u9fa5]{0,6}(得分|评分)$" → "(得分|评分)$",
 * found anywhere: what the original finds after its first characters); a source starting otherwise is kept.
 */
export function widenedSource(src: string): string {
  if (src[0] !== "^") return src;
  let s = src.slice(1);
  for (;;) {
    if (s.startsWith("(?!")) {
      let depth = 0;
      let i = 0;
      for (; i < s.length; i++) {
        if (s[i] === "\\") i++;
        else if (s[i] === "(") depth++;
        else if (s[i] === ")" && --depth === 0) break;
      }
      s = s.slice(i + 1);
      continue;
    }
    const run = CLASS_RUN.exec(s);
    if (!run) break;
    s = s.slice(run[0].length);
  }
  return s.length === src.length - 1 ? src : s;
}
/** A character class repeated a bounded number of times ("[\u4e00-\u9fa5]{0,6}") at a source's start. */
const CLASS_RUN = /^\[[^\]\\]*(?:\\.[^\]\\]*)*\]\{\d+,\d+\}/;

/**
 * A compact text that may name a column: one test standing for every path of classifyIndicatorHeader, true of every text
 * any of them reads a role in. It holds every INDICATOR_HEADERS and HEADER_WORDS pattern (widened, built from their
 * sources: a word added to the vocabulary is in it), and the trigger of each path that reads a part or a changed copy of
 * the text (the gate classifyCompactHeader puts on it): a required field's mark (* ＊ ※, withoutRequiredMark), a closing
 * bracket (LONG_TERM_SET, headerCore), 要求 at the end (REQUIREMENTS_AFTER), 与 / 及 / 和 (JOINED_LEVELS and
 * HEAD_WITH_POINTS), a digit before 年 (YEAR_WORD). Most row names — an indicator's, asked once each by the walk's
 * repeated-header test — hold none of these: answered by this one test, no pattern of the vocabulary run one by one.
 * A text over 30 characters names no column unless a mark is dropped. (Asked after the role cache misses, not before
 * it: a text asked again — a sheet's repeated vocabulary, a folder of the same form — stays one cache hit; before the
 * cache, a fresh name saved its three Map operations too (20,000 fresh names 24 ms against 30 ms) but every repeated
 * one paid this test instead of a hit (2,000 repeated names 0.4 ms against 0.1 ms).)
 */
export function mayNameColumn(c: string): boolean {
  return c.length > 30 ? REQUIRED_MARK_CHAR.test(c) : MAY_NAME_COLUMN.test(c);
}
const MAY_NAME_COLUMN = new RegExp(
  ["[*＊※与及和]", "\\)$", "要求$", "\\d年"].concat(INDICATOR_HEADERS.concat(HEADER_WORDS).map((e) => "(?:" + widenedSource(e[1].source) + ")")).join("|"),
);

/** The indicator-table role a header text names (memoised: every scan asks about the same cells). */
export function indicatorRole(text: string): ColumnRole | null {
  if (!text) return null;
  let r = roleCache.get(text);
  if (r === undefined) {
    r = classifyIndicatorHeader(text);
    roleCache.set(text, r);
  }
  return r;
}

/**
 * A required-field marker printed before or after a header word ("*指标值", "一级指标*", "权重 ＊", "※三级指标", also before
 * the word's unit: "权重*(%)"): the
 * form's mark for a column the filler must fill, never part of the column's name (compact text: NFKC turns '＊' into
 * '*' and the spaces are gone). (a module constant: a literal in a function makes a RegExp on every call)
 */
const REQUIRED_MARK = /^[*＊※]+|[*＊※]+(?=(\([^()]*\))?$)/g;
const REQUIRED_MARK_CHAR = /[*＊※]/;
/** c.replace(REQUIRED_MARK, ""), the pattern run only on a text holding one of its marks (most labels asked hold none). */
function withoutRequiredMark(c: string): string {
  return c.indexOf("*") < 0 && c.indexOf("＊") < 0 && c.indexOf("※") < 0 ? c : c.replace(REQUIRED_MARK, "");
}
const LONG_TERM_SET = /\((长期|中期)\)$/;
const YEAR_WORD = /(?:19|20)\d{2}年度?/g;
const TABLE_TITLE_END = /表$/;
/** Two header words joined by 与/及/和 (评定项目与评定内容): each part read on its own. */
const JOINED_LEVELS = /^(.{2,8}?)(?:与|及|和)(.{2,8})$/;
const LEVELS = LEVEL_ROLES;
/** A level's word and the requirements its items state: 考核内容和要求, 评价内容及要求, 检查内容与要求. */
const REQUIREMENTS_AFTER = /^(.{2,8})(?:和|及|与)(?:其)?(?:具体)?要求$/;

function classifyIndicatorHeader(text: string): ColumnRole | null {
  // a required column's mark ("*指标值", "＊三级指标", "一级指标*") names no other column
  const compacted = compact(text);
  if (!mayNameColumn(compacted)) return null;
  const c = withoutRequiredMark(compacted);
  const role = classifyCompactHeader(c);
  return role !== null && isPriorPeriodValue(role, c) ? null : role;
}

/**
 * The level of a head naming a column and its labels' points (HEAD_WITH_POINTS: 考核指标及分值, 项目名称及分值): its
 * word's level where the word names one, the items' (level3) where it names items with no level of their own
 * (ITEMS_WORD), else null. `c`: compact text.
 */
export function pointsHeadLevel(c: string): "level1" | "level2" | "level3" | null {
  const word = HEAD_WITH_POINTS.exec(c)?.[1];
  if (!word) return null;
  const role = firstRole(INDICATOR_HEADERS, word);
  if (role === "level1" || role === "level2" || role === "level3") return role;
  return ITEMS_WORD.test(word) ? "level3" : null;
}

/**
 * A head naming items and their points with no level word of its own (工作任务及评分值, 项目名称及分值: ITEMS_WORD), as
 * opposed to a level's (三级指标及分值, 考核指标及分值). `c`: compact text.
 */
export function itemsPointsHead(c: string): boolean {
  const word = HEAD_WITH_POINTS.exec(headerCore(c.replace(REQUIRED_MARK, "")))?.[1];
  return !!word && firstRole(INDICATOR_HEADERS, word) === null && ITEMS_WORD.test(word);
}

/** An earlier period's value (上年完成值, 基期指标值): read as a value column by its last word, it is neither this year's. */
function isPriorPeriodValue(role: ColumnRole, c: string): boolean {
  return (role === "actual" || role === "targetValue") && PRIOR_PERIOD_HEADER.test(c);
}

function classifyCompactHeader(c: string): ColumnRole | null {
  if (!c || c.length > 30) return null;
  // a 中期/长期 set beside the year's own ("二级指标(长期)" … "指标值(年度)"): the year's columns are the table's
  // (the patterns below that end a text with a word run only on a text ending so: every new label of a sheet, each row's
  // name, is classified once, and most end with none of them)
  const closes = c.charCodeAt(c.length - 1) === 41; // ")"
  if (closes && LONG_TERM_SET.test(c)) return null;
  const role = firstRole(INDICATOR_HEADERS, c);
  if (role !== null) return role;
  const core = closes ? headerCore(c) : c;
  const coreRole = core !== c ? firstRole(INDICATOR_HEADERS, core) : null;
  if (coreRole !== null) return coreRole;
  // a level's word with the requirements its items state (考核内容和要求, 评价内容及要求): that level's column
  const required = core.endsWith("要求") ? REQUIREMENTS_AFTER.exec(core) : null;
  if (required) {
    const level = firstRole(INDICATOR_HEADERS, required[1]);
    if (level === "level1" || level === "level2" || level === "level3") return level;
  }
  // two levels' words joined (评定项目与评定内容, 考核项目及考核内容): the column holds both, its lines' lowest level
  const joined = core.indexOf("与") >= 0 || core.indexOf("及") >= 0 || core.indexOf("和") >= 0 ? JOINED_LEVELS.exec(core) : null;
  if (joined) {
    const a = firstRole(INDICATOR_HEADERS, joined[1]);
    const b = firstRole(INDICATOR_HEADERS, joined[2]);
    if (a !== null && b !== null && a !== b && LEVELS.includes(a) && LEVELS.includes(b)) return LEVELS[Math.max(LEVELS.indexOf(a), LEVELS.indexOf(b))];
  }
  // a level's or the items' word with its points (考核指标及分值, 项目名称及分值): that level's column, the points in its labels
  const pointed = pointsHeadLevel(core);
  if (pointed !== null) return pointed;
  // a year in the header word ("预期2022年实现值", "2021年实际实现值"): the year's expected value is the target; a
  // year's actual beside it is an earlier year's figure, never the completion column; a year before a level's word
  // ("2011年考核指标", "2011年攻坚工程具体考核指标") names the year the indicators are set for, the level all the same
  // (YEAR_WORD writes 年: a text without it has no year to drop)
  const unyeared = core.indexOf("年") >= 0 ? core.replace(YEAR_WORD, "") : core;
  if (unyeared !== core) {
    const role = unyeared ? classifyCompactHeader(unyeared) : null;
    return role === "targetValue" || role === "level1" || role === "level2" || role === "level3" ? role : null;
  }
  // (a title or caption — "得分情况表", "…汇总表" — is no column header)
  return core.length <= 10 && !TABLE_TITLE_END.test(core) ? firstRole(HEADER_WORDS, core) : null;
}

/**
 * A budget header's remark on its column: the letter it names it by in the sheet's formula ("年初预算(A)", "全年执行(B)"),
 * the formula itself ("执行率得分(20分*执行率)", "(B/A×100%)"), its points or unit ("(10分)", "(分)", "(%)").
 */
const BUDGET_REMARK = /\(([A-Z]\d?(\/[A-Z]\d?)?|[^()]*[*×/][^()]*|\d+(\.\d+)?分|分|%)\)$/;

/** budgetRole by text (a fund block's heads are asked on every line a header search reads, split-heads.ts by each half) */
const budgetRoleCache = new TextCache<BudgetRole | null>(LABEL_CLASS_CACHE_SIZE);

export function budgetRole(text: string): BudgetRole | null {
  if (!text) return null;
  let r = budgetRoleCache.get(text);
  if (r === undefined) {
    r = budgetRoleUncached(text);
    budgetRoleCache.set(text, r);
  }
  return r;
}

function budgetRoleUncached(text: string): BudgetRole | null {
  // (a percent sign closing the head without brackets, 预算执行率%: the unit, as "(%)")
  const c = compact(text).replace(REQUIRED_MARK, "").replace(/\(万元\)|\(元\)/g, "").replace(/(率)%$/, "$1");
  if (!c || c.length > 24) return null;
  if (/预计/.test(c)) return null;
  const role = firstRole(BUDGET_HEADERS, c);
  if (role !== null) return role;
  // the column's letter or formula is no part of its name, whichever word it follows
  const core = c.replace(BUDGET_REMARK, "");
  if (core !== c) return core ? firstRole(BUDGET_HEADERS, core) : null;
  // (the letter's opening bracket lost by the page, "执行数B)", "执行率B/A)": only where the head opens no bracket)
  const lost = c.indexOf("(") < 0 ? c.replace(LETTER_REMARK_OPENING_LOST, "") : c;
  return lost !== c && lost ? firstRole(BUDGET_HEADERS, lost) : null;
}

/** A head naming the budget's change in the year, not the budget after it (BUDGET_ADJUSTMENT_HEADER, units dropped). */
export const budgetAdjustmentOnly = (text: string): boolean => BUDGET_ADJUSTMENT_HEADER.test(compact(text).replace(/\((万元|元)\)$/, ""));

/** A budget head's letter remark closing it with its opening bracket lost: "执行数B)", "执行率B/A)" (budgetRole). */
const LETTER_REMARK_OPENING_LOST = /[A-Z]\d?(\/[A-Z]\d?)?\)$/;

// the label vocabularies live in one table (vocabulary.ts); re-exported here for existing importers
export { CLOSING_ROW, TOTAL_LABEL, FUND_TOTAL_LABEL, FUND_PART_LABEL } from "./vocabulary";
