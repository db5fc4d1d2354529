import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm, SumRelation } from "../model/types";
import { proseDigits } from "../recognise/prose-rates";
import { mayHoldSentence, sentenceCells } from "../recognise/sentence-cells";
import { SHARE_COUNT_UNITS } from "../recognise/text-shares";
import { chineseNumber } from "../text/codes";
import { COUNT_SHARE_WORD, MONEY_AMOUNT, MONEY_SHARE_WORD } from "../recognise/vocabulary";

/*
 * (grad49b, session 49) **Counts of a stated whole, each with its share**, as a progress bulletin or a tally writes them:
 * '省实事11件15项中有9项指标提前完成,占比60%;3项进展较快,占比27%;3项进度偏慢,占比20%', '共考评113个村,其中优秀的15个(占
 * 13.27%),良好的98个(占86.73%)', '检查的61个村中得分70分以上的有59个,占比96.7%;80分以上的44个,占比72.1%', '共15项,其中
 * 60%(9项)已完成…', '9项已完成,占60%;…以上共15项'. text-shares.ts reads the breakdown whose shares add up to 100% over the
 * sum of its counts (its label before each count); here the base is the whole the sentence states — the last count of the
 * items' unit before the first item (11件15项: the 项, not the 件), or '以上共N项' right after the last — and each share is
 * its count over that whole.
 *
 * The weakest evidence that the shares are of that whole, and no other base: the counts add up to it (a whole
 * breakdown), or two shares at least of the list agree with their counts over it. Without that evidence (counts of no
 * whole, a whole the counts overrun, one share alone) nothing is read. An item's share is '占 / 占比 / 占总数的 / 占总量的 /
 * 比例为 / 比重为 x%' after its count (its status words between: '9项指标提前完成,占比60%'), '(占x%)' or '(x%)' right after
 * it, or 'x%(N项)' before it; a share naming another base ('占全市的30%', '占水电气问题17.7%') or a rate of change ('增长27%')
 * is no item. Where the shares add up to 100% and the counts do not add up to the whole, the shares are of the listed
 * counts (text-shares' reading): nothing read here.
 *
 * Tolerance (decided for the class, not this sheet): a share agrees where it is within one step of its last shown digit
 * of count / whole — a publisher rounds its shares so that they add up to 100 (市实事 7 / 17 = 41.2% printed 42%, beside
 * 29% + 29%: one step up), never further. Of a sentence's items the share furthest beyond that is stated as a ratio (one
 * per cell, as text-shares' and every relation of a prose cell), for ratio-mismatch to report; a list whose shares all
 * agree states none. Where the shares add up to 100% (the whole breakdown) the counts must give the whole: a sum of
 * counts (total-mismatch reports it where they do not).
 *
 * Cheap: one regular-expression search over the sheet's joined texts (Grid.hasText) before any cell is read.
 */

/** text-shares' count units, and a survey's: votes and persons counted by 位 ('240票占93%', '12位') */
const UNIT = `${SHARE_COUNT_UNITS}|票|位|份`;
/**
 * (grad49c) The units that count the same things: persons (人 / 名 / 位); in a survey's answers (below a stated number of
 * respondents) also the votes and questionnaires each respondent gives one of (票 / 份).
 */
const PERSONS = new Set(["人", "名", "位"]);
const ANSWERS = new Set(["人", "名", "位", "票", "份"]);
const unitKey = (u: string, survey: boolean) => (survey ? (ANSWERS.has(u) ? "人" : u) : PERSONS.has(u) ? "人" : u);
/**
 * (grad49c) **A survey's respondent count, stated once for the document**: '本次问卷调查共有258名网民参与', '共收回有效问卷
 * 285份', '258人参与了本次调查', '受访者共258人'. Every question's counts below it are counts of it (a single-choice
 * question's answers add up to it; a several-choice question's do not and their shares are read only where two agree).
 */
const SURVEY_WHOLE = new RegExp(
  [
    // '问卷调查共有258名网民参与', '调查共收到258人的答卷', '测评共有258位群众参加'
    `(?:问卷|调查|调研|测评|评议|投票)[^。;!?%]{0,30}?(?:共有|共计|共|合计|总计|累计)(?:收到|收回|有)?(\\d+)(名|人|位|份)[^。;!?\\d%]{0,10}?(?:参与|参加|填写|作答|答题|投票|答卷|问卷)`,
    // '收回有效问卷285份', '有效答卷共285份'
    `(?:收回|回收|有效)(?:有效)?(?:问卷|答卷|调查表)(?:共|共计)?(\\d+)(份)`,
    // '258人参与了本次调查', '258名群众参加了问卷调查'
    `(\\d+)(名|人|位)[^。;!?\\d%]{0,10}?(?:参与|参加)了?(?:本次|此次|这次)?[^。;!?\\d%,]{0,6}?(?:问卷|调查|调研|测评|投票)`,
    // '受访者共258人', '受访群众258名'
    `受访(?:者|群众|居民|市民|对象)(?:共|共计|共有)?(\\d+)(名|人|位)`,
  ].join("|"),
);
/**
 * (grad49c) a count written in Chinese numerals before its unit ('十件民生实事', '二十项', '两所'): read as digits. Not an
 * ordinal or a distributive ('第三项', '每两项', '其一项'), nor one ('一个' is as often an article as a count).
 */
const CN_COUNT = new RegExp(`(^|[^第每逐单其])([一二两三四五六七八九十]{1,3})(?=${UNIT})`, "g");
const CN_ANY = /[一二两三四五六七八九十]/;
export function arabicCounts(text: string): string {
  if (!CN_ANY.test(text)) return text;
  return text.replace(CN_COUNT, (m, pre: string, n: string) => {
    const v = chineseNumber(n.replace(/两/g, "二"));
    return v !== null && v >= 2 ? pre + String(v) : m;
  });
}
/** a sheet whose texts name no survey holds no survey's whole */
const ANY_SURVEY = /问卷|問卷|调查|調查|调研|調研|测评|測評|受访|受訪/;

export interface SurveyWhole {
  value: number;
  digits: string;
  unit: string;
  row: number;
  col: number;
}

/** The respondents a prose text (proseDigits') states for its survey, or null (the first such statement). */
export function surveyWhole(text: string): { value: number; digits: string; unit: string } | null {
  const m = SURVEY_WHOLE.exec(text);
  if (!m) return null;
  for (let i = 1; i < m.length; i += 2) if (m[i]) return { value: Number(m[i]), digits: m[i], unit: m[i + 1] };
  return null;
}
const SHARE = "(\\d+(?:\\.\\d+)?)%";
/** the words between 占 and the share that still name the whole: '占比', '占总数的', '占总量的', '占比为' */
const OF_WHOLE = "(?:占(?:比重?|总数的?|总量的?|总的|总体的?|(?:全部|所有|目标)(?:项目|任务|事项)?的?)?|比例|比重)(?:为|达|是|:)?";
/** count first: '9项指标提前完成,占比60%', '59个得分70分以上,占比96.7%', '有59个,占比96.7%', '15个(占13.27%)', '43件(30.2%)' */
/** a status's words after its count: no stop, no share, no count of a unit (a score's '70分以上' is words) */
const WORDS = `(?:[^\\d;。%()]|\\d+(?:\\.\\d+)?(?![\\d.]|${UNIT}|%))`;
const COUNT_FIRST = new RegExp(`(\\d+)(${UNIT})(?:(${WORDS}{0,24}?)[,、]?${OF_WHOLE}${SHARE}|\\((?:占比?)?${SHARE}\\))`, "g");
/** share first: '60%(9项)' */
const SHARE_FIRST = new RegExp(`${SHARE}\\((\\d+)(${UNIT})\\)`, "g");
/** a count of a unit (the whole's candidates) */
const COUNT = new RegExp(`(\\d+)(${UNIT})`, "g");
/** a whole stated right after the list: ',以上共15项', ';合计15项' */
const WHOLE_AFTER = new RegExp(`^[,;、]?(?:以上|上述)?(?:共计|共|合计|总计)(\\d+)(${UNIT})`);
/** a sheet with no count followed by a share names none */
const ANY = new RegExp(`\\d(?:${UNIT})[^;。%]{0,26}?(?:占|比例|比重)[^;。%\\d]{0,8}\\d+(?:\\.\\d+)?%|\\d(?:${UNIT})\\((?:占比?)?\\d|%\\(\\d+(?:${UNIT})\\)`);
/** a rate in brackets among a status's words: '(91.67%)' */
const BRACKETED_RATE = /\([^()]*%[^()]*\)/g;
/** the listed shares' sum within this of 100 (points): the whole breakdown (text-shares' slack) */
const WHOLE_SLACK = 0.5;
/** binary noise on the steps */
const EPS = 1e-9;

export interface Item {
  at: number;
  end: number;
  count: number;
  countText: string;
  unit: string;
  share: string;
  label: string;
}

/** The share items of a sentence (both shapes), in their order. */
function itemsOf(sentence: string): Item[] {
  const out: Item[] = [];
  COUNT_FIRST.lastIndex = 0;
  for (let m = COUNT_FIRST.exec(sentence); m; m = COUNT_FIRST.exec(sentence)) {
    // (rep51) a share whose own word names money ('金额108万元,资金量占比54%'), or one after an amount stated among the
    // count's words with no word naming the count ('1个,金额108万元,占比54%'), is the amount's, no share of the count
    if (m[3] !== undefined && moneyShare(m[3])) continue;
    const label = (m[3] ?? "").replace(/^[,、的]+|[,、]+$/g, "");
    out.push({ at: m.index, end: m.index + m[0].length, count: Number(m[1]), countText: m[1], unit: m[2], share: m[4] ?? m[5], label });
  }
  SHARE_FIRST.lastIndex = 0;
  for (let m = SHARE_FIRST.exec(sentence); m; m = SHARE_FIRST.exec(sentence)) {
    const at = m.index;
    if (out.some((x) => at < x.end && x.at < at + m![0].length)) continue;
    out.push({ at, end: at + m[0].length, count: Number(m[2]), countText: m[2], unit: m[3], share: m[1], label: "" });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** (rep51) The words between a count and its share name a money share: its word (MONEY_SHARE_WORD), or an amount before
 * a share whose word names no count (COUNT_SHARE_WORD: '金额108万元,项目数占比33%' is the count's). */
function moneyShare(words: string): boolean {
  const w = words.replace(/[,、]+$/, "");
  if (COUNT_SHARE_WORD.test(w)) return false;
  return MONEY_SHARE_WORD.test(w) || MONEY_AMOUNT.test(w);
}

/** The last count of `unit` in `text` that no share follows within its clause, or null. */
function lastWhole(text: string, unit: string): { value: number; digits: string } | null {
  let found: { value: number; digits: string } | null = null;
  const key = unitKey(unit, false);
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
    if (unitKey(m[2], false) !== key) continue;
    // (the tail of a decimal is no count: '2.5项')
    if (m.index > 0 && text[m.index - 1] === ".") continue;
    // (a longer unit read as a shorter one: '人次' is no '人')
    const after = m.index + m[0].length;
    if (unit === "人" && text[after] === "次") continue;
    found = { value: Number(m[1]), digits: m[1] };
  }
  // (a share after the whole in its own text: the whole is itself an item of another list)
  return found;
}

const stepOf = (share: string) => {
  const dot = share.indexOf(".");
  return Math.pow(10, -(dot < 0 ? 0 : share.length - dot - 1));
};

/** How far a share is from count / whole, in steps of its last shown digit. */
const offOf = (x: Item, whole: number) => Math.abs(Number(x.share) - (100 * x.count) / whole) / stepOf(x.share);

/** A list of counts read with the whole its sentence states (wholeShareLists). */
export interface WholeShareList {
  /** the sentence's index in its text (split at 。!?) */
  sentence: number;
  whole: number;
  wholeDigits: string;
  unit: string;
  items: Item[];
  /** the counts add up to the whole */
  complete: boolean;
  /** the shares add up to 100 (within WHOLE_SLACK) */
  toHundred: boolean;
  /**
   * what the list states: "shares" (each share of the whole; `far` the share furthest beyond one step, if any), "sum"
   * (a whole breakdown by its shares, whose counts must give the whole), "none" (no evidence that the shares are the
   * whole's)
   */
  reads: "shares" | "sum" | "none";
  far: { item: Item; off: number } | null;
  /** (grad49c) the whole is the survey's respondents, stated elsewhere in the sheet */
  ofSurvey?: boolean;
}

/** The lists of counts with their shares of a stated whole in a prose text (proseDigits'), each with what it states. */
export function wholeShareLists(text: string, survey: { value: number; digits: string; unit: string } | null = null): WholeShareList[] {
  const out: WholeShareList[] = [];
  text = arabicCounts(text);
  // (grad49c) below a survey's stated respondents, a question's answers counted in persons, votes or questionnaires are
  // of one unit, and where the sentence states no whole of its own the respondents are the whole
  const asked = survey !== null && ANSWERS.has(survey.unit);
  const sentences = text.split(/[。!?]/);
  let lone = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si];
    const all = itemsOf(sentence);
    if (all.length === 1) lone++;
    if (all.length < 2) continue;
    const unit = all[0].unit;
    // (items of one unit, the first's: counts of other units are no parts of its whole; 人 / 名 / 位 one unit)
    const key = unitKey(unit, asked && ANSWERS.has(unit));
    const items = all.filter((x) => unitKey(x.unit, asked && ANSWERS.has(unit)) === key);
    if (items.length < 2) continue;
    // the whole: stated before the first item (in its sentence; or at the end of the one before, the list opening with 其中)
    let head = sentence.slice(0, items[0].at);
    // (no share between the whole and the list: the whole is no item; a rate in brackets is a status's words, '达到时序进度
    // (91.67%)以上的项目25个')
    if (/%/.test(head)) head = head.replace(BRACKETED_RATE, "");
    if (/%/.test(head)) head = head.slice(head.lastIndexOf("%") + 1);
    let whole = lastWhole(head, unit);
    if (!whole && /^[,:]?其中/.test(head) && si > 0 && !/%/.test(sentences[si - 1])) whole = lastWhole(sentences[si - 1], unit);
    const tail = sentence.slice(items[items.length - 1].end);
    const after = WHOLE_AFTER.exec(tail);
    if (after && unitKey(after[2], false) === unitKey(unit, false)) whole = { value: Number(after[1]), digits: after[1] };
    // (grad49c) no whole of its own: a survey's respondents, where the answers are counted in a unit of theirs
    let ofSurvey = false;
    if (!whole && asked && ANSWERS.has(unit)) {
      whole = { value: survey!.value, digits: survey!.digits };
      ofSurvey = true;
    }
    if (!whole || whole.value <= 0) continue;
    let sum = 0;
    let shares = 0;
    for (const x of items) {
      sum += x.count;
      shares += Number(x.share);
    }
    // (counts that overrun the whole: it is not theirs)
    if (items.some((x) => x.count > whole!.value)) continue;
    const complete = sum === whole.value;
    const toHundred = Math.abs(shares - 100) <= WHOLE_SLACK;
    const list: WholeShareList = { sentence: si, whole: whole.value, wholeDigits: whole.digits, unit, items, complete, toHundred, reads: "none", far: null, ofSurvey };
    out.push(list);
    // (shares adding up to 100 over counts that do not give the whole: of the listed counts, text-shares' reading —
    // three counts at least, each share its count over their sum: the whole breakdown, whose counts must give the whole
    // stated with them)
    if (toHundred && !complete) {
      // (not of a survey's respondents stated elsewhere: a question some did not answer has its shares over its answers)
      if (!ofSurvey && items.length >= 3 && items.every((x) => offOf(x, sum) <= 1 + EPS)) list.reads = "sum";
      continue;
    }
    let agree = 0;
    for (const x of items) {
      const off = offOf(x, whole.value);
      if (off <= 1 + EPS) agree++;
      else if (!list.far || off > list.far.off) list.far = { item: x, off };
    }
    // the evidence that the shares are of this whole: a whole breakdown, or two shares agreeing with it
    if (complete || agree >= 2) list.reads = "shares";
    else list.far = null;
  }
  // (one item to a sentence, each its own sentence — '一是…的项目25个,占比达62.5%。二是…11个,占比达27.5%。三是…4个,占比达10%' —
  // and no list in any one sentence: the text is read as one sentence, the whole before the first item)
  if (!out.length && lone >= 2 && sentences.length > 1) {
    const whole = wholeShareLists(text.replace(/[。!?]/g, ";"), survey);
    for (const l of whole) out.push(l);
  }
  return out;
}

export function statedWholeShares(grid: Grid): (RatioRelation | SumRelation)[] {
  const out: (RatioRelation | SumRelation)[] = [];
  if (!mayHoldSentence(grid, 12) || !grid.hasText(ANY)) return out;
  const surveys = grid.hasText(ANY_SURVEY) ? surveysOf(grid) : [];
  for (const { row: r, col: c } of sentenceCells(grid, 12, ANY)) {
    const text = proseDigits(grid.text(r, c));
    if (text === null) continue;
    let worst: WholeShareList | null = null;
    // (a survey's respondents are the whole of the answers stated below them, up to the next survey's: the last stated at
    // or above this cell)
    let asked: SurveyWhole | null = null;
    for (const s of surveys) if (s.row < r || (s.row === r && s.col === c)) asked = s;
    for (const list of wholeShareLists(text, asked)) {
      if (list.reads === "sum") out.push(sumOfCounts(grid, r, c, list.wholeDigits, list.unit, list.items));
      else if (list.reads === "shares" && list.far && (!worst || list.far.off > worst.far!.off)) worst = list;
    }
    if (!worst) continue;
    const cell = grid.addr(r, c);
    const { whole, wholeDigits } = worst;
    const item = worst.far!.item;
    const term = (value: number, digits: string, label: string, percent = false, at = { row: r, col: c }): RelationTerm => {
      const dot = digits.indexOf(".");
      return { cell: grid.addr(at.row, at.col), row: at.row, col: at.col, text: digits, value, decimals: dot < 0 ? 0 : digits.length - dot - 1, percent, label };
    };
    const label = item.label || `${item.countText}${item.unit}`;
    const name = `${label}占比`;
    out.push({
      kind: "ratio",
      id: `ratio:${cell}:whole-share`,
      measure: "rate",
      block: "fund-block",
      name,
      label: name,
      stated: term(Number(item.share) / 100, item.share, name, true),
      numerator: term(item.count, item.countText + item.unit, label),
      denominator: worst.ofSurvey && asked ? term(whole, wholeDigits + asked.unit, "调查总人数", false, asked) : term(whole, wholeDigits + item.unit, "所述总数"),
      bound: "equal",
    });
  }
  return out;
}

/** The surveys' respondents the sheet's prose states (surveyWhole: one a cell), with their cells, in reading order. */
function surveysOf(grid: Grid): SurveyWhole[] {
  const out: SurveyWhole[] = [];
  for (const { row, col } of sentenceCells(grid, 8, ANY_SURVEY)) {
    const text = proseDigits(grid.text(row, col));
    if (text === null) continue;
    const w = surveyWhole(text);
    if (w) out.push({ ...w, row, col });
  }
  return out;
}

/** The listed counts against the whole stated with them (one sum of counts, along the sentence: orientation columns). */
function sumOfCounts(grid: Grid, r: number, c: number, digits: string, unit: string, items: Item[]): SumRelation {
  const cell = grid.addr(r, c);
  const term = (d: string, label: string): RelationTerm => ({ cell, row: r, col: c, text: d, value: Number(d), decimals: 0, percent: false, label });
  return {
    kind: "sum",
    id: `sum:count:${cell}:whole-share:${digits}`,
    measure: "count",
    block: "fund-block",
    orientation: "columns",
    label: `共${digits}${unit}`,
    total: term(digits, `共${digits}${unit}`),
    parts: items.map((x) => term(x.countText, x.label || x.countText + x.unit)),
    bound: "equal",
  };
}
