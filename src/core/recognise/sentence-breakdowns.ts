import type { Grid } from "../grid/grid";
import type { RelationTerm, SumRelation } from "../model/types";
import { decimalsOf } from "../text/numbers";
import { mayHoldQuantities, proseDigits, proseQuantities, type ProseQuantity } from "./prose-rates";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";
import { completePair } from "./complete-parts";
import { siblingTest } from "./sibling-kinds";
import { LIST_TAIL } from "./sentence-sums";
import { bothFlows } from "./money-flows";
import { regionCategorySelection, regionCountShortfall } from "./region-selections";
import { rankScale } from "./rank-parts";
import { onePartUnitSlip, wholeUnitSlip, type ProseUnitSlip, type WholeUnitSlip } from "./whole-unit-slips";

/*
 * (prose51, session 51) **A figure of a sentence and the list that breaks it down, kind by kind**, where the list's parts
 * carry other figures of their own — the shapes a bulletin, a final-accounts note or a department's report writes and the
 * money-only readers (sentence-sums.ts) leave:
 * - a 其中 list whose parts each carry a share, a rate or counts: '本單位收入為1687.45萬元,其中:財政撥款收入1516.64萬元,占
 *   89.88%;事業收入170.81萬元,占10.12%;…', '累计完成投资104.08亿元,完成年度计划的94.98%。其中:交通…累计完成投资91.94亿元,
 *   完成年度计划的100.65%;…', '发放…资金131.55万元。其中,城市低保对象1062户、1321人,发放保障资金117.58万元;农村…13.97万元';
 * - a 其中 list of counts: '现有编制人员205人。其中,局机关在职113人、离休2人、退休75人、…', '项目总数为143个,其中:A48个项目、…',
 *   '共30项,其中:建设项目27项(…),前期项目3项(…)'; and one list breaking down two kinds at once, each ';' group a count and
 *   an amount ('签订正式合同109个,…到位资金8.29亿元,…。其中工业项目35个,到位资金6.14亿元,…;基础设施建设项目18个,到位资金8910万
 *   元;其它项目56个,到位资金1.31亿元': 109 = 35 + 18 + 56, 8.29 against 6.14 + 0.891 + 1.31);
 * - a second 其中 list of one sentence ('全年实际收入1699.12万元,其中…;全年实际支出1595.59万元,其中基本支出890.4万元,项目支出
 *   705.19万元'), which the merge of the sheet's relations by stated cell drops (one sum per cell and measure): these relations
 *   are added after that merge (relations/index.ts), skipping a whole another reader already states at its cell;
 * - a breakdown opened by the aspect it takes ('从建设性质看,83个结转项目完成投资472.63亿元,…;282个新列项目完成投资414.81亿元'),
 *   its whole the one figure of its kind the sentence before states;
 * - a per-item list in brackets right after its figure: '建设项目27项(省级6项、市级5项、县级16项)', '中央资金776.84万元(一般公共
 *   预算:323.97万元;彩票公益金:452.87万元)', '23.22亿元(捐赠资金23.09亿元,捐赠物资0.13亿元)'.
 *
 * The weakest evidence that a figure is the list's whole: it is of the parts' kind (money — 元, 万元, 亿元 compared in one unit —
 * or a count of one unit) and, in the clause group before the opener (back to the last '。' or ';'; the sentence before where
 * the opener starts its sentence), the only figure of that kind — or, after 其中, the last one with nothing but rates between
 * it and 其中. A change ('比上年减少2.28万元') or a standard ('每人…') is no whole; an approximate figure ('360余个', '约…') is
 * read, the relation holding within its allowance (rel54: approxSlack).
 * The parts: after ';' groups, each group one figure of the kind outside brackets (its other figures — shares, rates, counts
 * of another unit — are the part's own); without ';', the run of segments (',' '、') each one figure of the kind, ended by the
 * first segment with none. A part that states a change, a share of money, a standard, or a nested 其中 ends nothing: the list is
 * not read. A group opening a new clause of the money ('全年…', '实际…', '合计…') ends the list.
 * An amount run straight into a year ('…859.6万元2023年支出…') is read as the end of its sentence: a stop lost in a copy.
 * Three parts or more, two that are the whole's two halves (complete-parts.ts), or a list closed by the rest ('其它项目56个'),
 * closed by the sentence's '。', must add up; else (two parts, a list running to the text's end, '等') they may not exceed
 * the whole. Parts that exceed their whole where a first run of two or more of them adds up to it exactly and the part after
 * it is named outside the whole (退休, 离休, 已…, 涉及…) are that run, the rest outside ('实际正式教职工62人,其中…中级工1人,
 * 退休职工28人': 62 = the seven before 退休); a run adding up by chance before a part of its own family (a part raised) is no
 * cut: the list runs to the first part named outside, read as any list; parts more than a
 * quarter over their whole count something else (bands that nest, a cross-classification), not read — but parts named by the
 * ranks of one title scale (rel60a, rank-parts.ts: '高级职称1人,中级职称5人' under 4) —; nor are parts named by
 * a threshold ('80分以上的村44个', '超过80分的村…') or by a stage of the money ('实际支出…', '结余…', '审减…'). (var54) '超过' / '逾'
 * right before a part's own figure ('其它项目超过56个') is no band: the figure approximate. A clause of another amount of the money
 * after the parts ('…,以上合计343个', '…,截至年底累计拨付…') ends the list.
 * A list closed by '。' that does not add up is read on into the next sentence where that opens with parts of its kind
 * (the last part set apart by a stop).
 */

/** (scan59) a sentence breaking down a figure of its own: '专任教师6246人,其中…' (up to its stop) */
const OWN_BREAKDOWN = /^[^。;]*?\d[^。;]*?其中/;
const OPENER = /其中|(?:从|分|按)[\u4e00-\u9fa5]{1,6}(?:看|来看)(?=[,:])/g;
const ANY_OPENER = /其中|(?:从|分|按)[\u4e00-\u9fa5]{1,6}(?:看|来看)[,:]/;
const MIN_TEXT = 12;
/** an approximate figure: '360余个', '约5万元', '近20个', '超过…' */
const APPROX_BEFORE = /(?:约|近|逾|超过|超|达近|大约|将近)$/;
const APPROX_AFTER = /^(?:余|多|左右|以上|以下|以内|上下)/;
/** a change, a standard, a remainder of the money: no whole, and no part */
const CHANGE = /增加|减少|增长|下降|增支|减支|节约|节支|超支|比上年|同比|较上年|环比|比去年|较去年|差额|人均|户均|每|(?:^|[^高])标准|不低于|不超过|最高|最低|平均/;
/** bands that may nest ('得分80分以上的村44个'): no partition */
const THRESHOLD = /以上|以下|以内|不低于|不少于|不高于|不超过|低于|高于|超过|大于|小于|≥|≤/;
/** a stage or a difference of the money ('实际支出…', '结余资金…', '审减…'): a statement of its own, no item of a breakdown */
const STAGE_WORDS = "审减|审增|核减|审定|核定|结余|节约|超支|未支出|已支出|实际支出|累计支出|未使用|已使用";
// (结余 after 转 is none: 上年结转结余 is money carried in)
const STAGE_PART = new RegExp(STAGE_WORDS.replace("结余", "(?:^|[^转])结余"));
/** (dev53) the stage words STAGE_PART finds, each by itself */
const STAGE_WORD = new RegExp(STAGE_WORDS, "g");
/**
 * A part named by a stage of the money (STAGE_PART) the whole is not of: a statement of its own. A whole of that stage, its
 * parts each naming it ('结余资金50.2万元,其中中共中央结余资金为48.895579万元,自治区结余资金为1.304421万元'), is the stage's money
 * broken down by its sources: its parts are items (dev53).
 */
function stagePart(words: string, wholeWords: string): boolean {
  if (!STAGE_PART.test(words)) return false;
  return (words.match(STAGE_WORD) || []).some((w) => wholeWords.indexOf(w) < 0);
}
/** a share of money ('占…100万元的'): the segment states the base, no part */
const SHARE = /占/;
/** a group after ';' opening another clause of the money: the list ended there */
const NEW_CLAUSE = /^(?:全年|年度|当年|全部|实际|累计|截至|截止|以上|上述|合计|共计|总计|此外|另外|同时|全县|全市|全区|全省)/;
/** a part named as outside a staff's or a case load's whole: the retired after the staff in post, a stage of the handling
 * ('已办结'), what a list's items reach ('涉及…') */
// (rels56: the retired with a word of their post before it, '全额退休人员2人')
const OUTSIDE = /^(?:退休|离休|離休|离退休|離退休|已|涉及|外聘|返聘)|^[\u4e00-\u9fa5]{1,4}?(?:退休|离休|離休)/;
/** a part named as the rest of the whole */
const REST = /^(?:其他|其它|其余|剩余|另)/;
/** the opener of a bracket that names some parts only */
const SOME = /^(?:其中|含|包括|包含)[:,]?/;
const NOT_LIST = /^(?:不含|不包括|除|扣除)/;
/** a deduction from a gross figure: its bracket states a net = gross − deductions ('固定资产净值6216.38万元(固定资产原值6606.25万元,
 * 累计折旧389.87万元)': 6606.25 − 389.87 = 6216.38), no parts adding up */
const DEDUCTION = /折旧|摊销|减值|損耗|损耗|折舊|攤銷/;
/** (grad53) a sentence opening with the items it takes a subset of, '项目中,', '上述资金中:': another breakdown's opener */
const SUBSET_OPENER = /^[\u4e00-\u9fa5]{1,8}中[,:]/;

interface Q extends ProseQuantity {
  depth: number;
  /** an approximate figure ('360余个', '约62人', '近26项'): its relation holds within a tenth of it (rel54: approxSlack) */
  approx: boolean;
}

/** money in one comparable value (万元), a count its own unit */
const kindKey = (q: ProseQuantity) => q.kind;

/** the figure is a 个百分点 (a change in points), a date's, or a range's: no count */
function countable(text: string, q: ProseQuantity): "no" | "approx" | "yes" {
  if (q.kind === "个" && text.startsWith("百分点", q.end)) return "no";
  if (text[q.end] === "-" || text[q.end] === "~" || text[q.end] === "至" || text[q.at - 1] === "-" || text[q.at - 1] === "~") return "no";
  if (APPROX_AFTER.test(text.slice(q.end, q.end + 2))) return "approx";
  if (APPROX_BEFORE.test(text.slice(Math.max(0, q.at - 4), q.at))) return "approx";
  return "yes";
}

/** The sum relations of a prose text read as above (pure: the cell's own text), in order. */
export interface Breakdown {
  whole: Q;
  parts: Q[];
  labels: string[];
  wholeLabel: string;
  exact: boolean;
  /** (rel54) the approximate figures' allowance: the relation holds within it (0: every figure exact) */
  slack: number;
  /** (rels56) a figure whose unit is a slip (whole-unit-slips.ts): the list adds up with its number in the others' unit */
  unitSlip?: WholeUnitSlip;
}

/** a stop lost in a copy: an amount run straight into a year opening the next sentence ('…859.6万元2023年支出2310.4万元,其中…') */
const LOST_STOP = /(\d(?:元|万元|亿元|万|亿))(?=(?:19|20)\d{2}年)/g;

export function sentenceBreakdowns(raw: string): Breakdown[] {
  const text = raw.replace(LOST_STOP, "$1。");
  const qs: Q[] = [];
  const all = proseQuantities(text);
  // (a whole and two parts; unit56: a whole and its one part, read only as a unit slip)
  if (all.length < 2) return [];
  // brackets' depth at each quantity
  const depthAt: number[] = new Array(text.length + 1).fill(0);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    depthAt[i] = d;
    if (text[i] === "(") d++;
    else if (text[i] === ")") d = Math.max(0, d - 1);
  }
  depthAt[text.length] = d;
  for (const q of all) {
    const k = countable(text, q);
    if (k !== "no") qs.push({ ...q, depth: depthAt[q.at], approx: k === "approx" });
  }
  const out: Breakdown[] = [];
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
    if (depthAt[m.index] > 0) continue;
    const aspect = m[0] !== "其中";
    for (const b of listAfter(text, qs, depthAt, m.index, m.index + m[0].length, aspect)) out.push(b);
  }
  for (const b of bracketLists(text, qs, depthAt)) out.push(b);
  return out;
}

/** the start of the clause group holding index `at` (after the last '。' or ';' before it, outside brackets) */
function groupStart(text: string, depthAt: number[], at: number): number {
  for (let i = at - 1; i >= 0; i--) if ((text[i] === "。" || text[i] === ";" || text[i] === "!" || text[i] === "?") && depthAt[i] === 0) return i + 1;
  return 0;
}

/** the words of a clause before index `at` (back to the last mark) */
function clauseBefore(text: string, at: number): string {
  let a = at;
  while (a > 0 && !/[,;:。、()]/.test(text[a - 1])) a--;
  return text.slice(a, at);
}

function listAfter(text: string, qs: Q[], depthAt: number[], open: number, from: number, aspect: boolean): Breakdown[] {
  // the scope of the whole: the clause group before the opener; the sentence before where the opener starts its own
  let s0 = groupStart(text, depthAt, open);
  let s1 = open;
  if (/^[,:;。\s]*$/.test(text.slice(s0, open))) {
    if (s0 === 0) return [];
    s1 = s0 - 1;
    s0 = groupStart(text, depthAt, s1);
  }
  const scope = text.slice(s0, s1);
  // (a 其中 inside another 其中 list of its clause group: a part's own breakdown, read as that part's — not here)
  if (scope.indexOf("其中") >= 0) return [];
  // the list: to the sentence's end ('。'); running to the text's end it may be cut
  let end = from;
  while (end < text.length && !(text[end] === "。" && depthAt[end] === 0)) end++;
  const closedBySentence = end < text.length;
  const kinds = new Set<string>();
  for (const q of qs) if (q.at >= from && q.end <= end && q.depth === 0) kinds.add(kindKey(q));
  const out: Breakdown[] = [];
  for (const kind of kinds) {
    let cands = qs.filter((q) => q.at >= s0 && q.end <= s1 && q.depth === 0 && kindKey(q) === kind);
    // (rels56: projects the whole counts in 个 and its parts in 项 — '共安排了6个项目,其中:基础设施建设项目3项,…;产业发展项目2项,…;
    // 项目管理1项' —: where no whole in 项 is there, a count in 个 right before 项目, every part then named a 项目 below)
    const projects = !cands.length && kind === "项";
    if (projects) cands = qs.filter((q) => q.at >= s0 && q.end <= s1 && q.depth === 0 && q.kind === "个" && text.startsWith("项目", q.end));
    if (!cands.length) continue;
    let whole: Q | null = null;
    if (cands.length === 1) whole = cands[0];
    else if (!aspect) {
      // (several: the last one, where only rates stand between it and 其中 — no figure of any kind)
      const last = cands[cands.length - 1];
      const between = qs.some((q) => q.at >= last.end && q.end <= s1 && q.depth === 0);
      if (!between) whole = last;
    }
    // (rel54: an approximate whole is read, its relation holding within the approximation: approxSlack below)
    if (!whole) continue;
    const wholeWords = clauseBefore(text, whole.at);
    if (CHANGE.test(wholeWords) || CHANGE.test(text.slice(whole.end, whole.end + 6).replace(/[,;。].*$/, ""))) continue;
    const list = readParts(text, qs, depthAt, from, end, kind, wholeWords);
    // (unit56: one part that is the whole in a unit 10^4 off — '合计69.33万元,其中:…收入69.33元,占100%' —: a slip of its unit,
    // whole-unit-slips.ts onePartUnitSlip; the part equal to the whole, nothing after it is cut)
    if (list && list.parts.length === 1 && kind === "money" && !list.some && !whole.approx && !list.parts[0].approx) {
      const part = list.parts[0];
      const unitSlip = onePartUnitSlip(whole.text, part.text, shareAfter(text, depthAt, part.end, end));
      if (unitSlip) out.push({ whole, parts: list.parts, labels: list.labels, wholeLabel: wholeWords, exact: false, slack: 0, unitSlip });
      continue;
    }
    if (!list || list.parts.length < 2) continue;
    let { parts, labels } = list;
    if (projects && !labels.every((l) => l.indexOf("项目") >= 0)) continue;
    let closed = list.closed && (closedBySentence || list.endedInside);
    // (a list run to its '。' whose next sentence opens with parts of the kind — its last part set apart by a stop —: read on
    // where the list as cut does not add up)
    // (grad53: not into a sentence that opens another cut of the whole's items, '…对下转移支付0万元。项目中,敏感涉密项目0个,涉及
    // 资金0万元' — 项目中 / 上述资金中 names the items again, as 其中 does: a breakdown of its own, no last part of this list)
    // (scan59: nor into a sentence that opens a whole of its own, broken down by its own 其中 — '在校学生7.18万人,其中…小学在校学生
    // 3.78万人。专任教师6246人,其中…' —: the next whole, no last part, OWN_BREAKDOWN)
    if (closedBySentence && list.closed && !list.endedInside && !list.some && !holds(whole, parts, whole) && !SUBSET_OPENER.test(text.slice(end + 1)) && !OWN_BREAKDOWN.test(text.slice(end + 1))) {
      const more = runOn(text, qs, depthAt, end + 1, kind, splitAt(text, depthAt, from, end, ";").length > 1, wholeWords);
      if (more.parts.length) {
        parts = parts.concat(more.parts);
        labels = labels.concat(more.labels);
        closed = more.closed;
      }
    }
    // (scan56: parts naming both flows of the money — one an income, another a spending, '其中,基本养老保险费收入17002亿元,…;
    // 支出16090亿元' after '…年末滚存结余26900亿元。' — are the fund's two sides, no breakdown of one figure)
    if (bothFlows(labels)) continue;
    // (scan57: a part stated per item — '其中湖北8亿元,其他6省各1亿元' — is no one amount of the whole: no sum read)
    if (labels.some((l) => PER_ITEM.test(l))) continue;
    // (rels56: a closed list naming all its parts that adds up only with one figure's number in the others' unit — a whole
    // printed in 元 over parts in 万元 — is a slip of that unit: whole-unit-slips.ts; told by the unit rule, no sum)
    if (closed && !list.some && !whole.approx && !parts.some((p) => p.approx) && !holds(whole, parts, whole)) {
      const unitSlip = kind === "money" ? wholeUnitSlip(whole.text, parts.map((p) => p.text)) : null;
      if (unitSlip) {
        out.push({ whole, parts, labels, wholeLabel: wholeWords, exact: false, slack: 0, unitSlip });
        continue;
      }
    }
    const restLast = REST.test(labels[labels.length - 1]);
    const val = (q: Q) => inUnit(q, whole!);
    const sum = parts.reduce((a, p) => a + val(p), 0);
    const w = val(whole);
    // (rel54: two parts each naming its items one by one — '其中农业机械采购项目3个,连山村、新龙村、德胜村;加工项目2个,…、…' —
    // the list names the whole's items: they must add up, as three parts must)
    const itemized = !!list.itemized && parts === list.parts;
    let exact = closed && !list.some && (parts.length >= 3 || restLast || itemized || completePair(labels.map((l) => ({ label: l }) as RelationTerm)));
    // (scan59: a region's count short of its whole — '全县…专任教师6246人,其中…' by three kinds of school, 5554 —: the kinds a bulletin
    // names, others left out; at most the whole, region-selections.ts)
    if (exact && kind !== "money" && regionCountShortfall(text, whole.at, w, sum)) exact = false;
    // (scan60: the functional categories a bulletin names of a region's spending — '…民生支出797546万元,…。分项目看,社会保障和就业
    // 支出…;教育支出…' —: some of it, at most the whole, as sentence-sums' allocations read them; region-selections.ts)
    if (exact && kind === "money" && parts.length >= 3 && regionCategorySelection(text, whole.at, wholeWords, labels)) exact = false;
    if (sum > w * (1 + 1e-9)) {
      // (a first run adding up to the whole exactly, the part after it named as outside the whole — '退休职工28人' after the
      // staff by title, '已办结…' after the letters by handling, '涉及…' —: that run, the rest outside. A run adding up with a
      // part of the list's own family after it is chance — a part raised, '5 + 25 + 23 + 3 + 3 + 3 = 62' before '中级工1人' —:
      // the list then runs to the first part named outside, read as any list)
      let run = 0;
      let k = -1;
      let chance = -1;
      for (let i = 0; i < parts.length - 1; i++) {
        run += val(parts[i]);
        if (i >= 1 && Math.abs(run - w) < 1e-6 * Math.max(1, w)) {
          // (scan57: or the run fills the list's first ';' group and the rest stands in groups after it — '其中:10个项目建成
          // 投用,246个…,27个…;61个省重点项目…' —: another cut of the whole's items, read on its own)
          if (OUTSIDE.test(labels[i + 1]) || firstGroupRun(text, depthAt, from, parts[i].end, parts[i + 1].at)) {
            k = i;
            break;
          }
          if (chance < 0) chance = i;
        }
      }
      if (k >= 0) {
        parts = parts.slice(0, k + 1);
        labels = labels.slice(0, k + 1);
        exact = true;
      } else {
        const j = chance >= 0 ? labels.findIndex((l, i) => i > chance + 1 && OUTSIDE.test(l)) : -1;
        if (j >= 2) {
          parts = parts.slice(0, j);
          labels = labels.slice(0, j);
          exact = closed && !list.some && (parts.length >= 3 || completePair(labels.map((l) => ({ label: l }) as RelationTerm)));
          if (parts.reduce((a, p) => a + val(p), 0) > 1.25 * w) continue;
          // (rel60a: parts named by the ranks of one title scale — '现有技术员4人,其中高级职称1人,中级职称5人' — are a partition of
          // some of the whole's people, no cross-classification: however far over their whole, they are read, rank-parts.ts)
        } else if (sum > 1.25 * w && !rankScale(labels)) continue;
      }
      // (rel59: parts adding to under half the whole name some of its kinds only — unless the last names the rest, '…,其他事业
      // 单位0个': then every kind is named and a whole of 1 over 0 + 0 + 0 is a slip)
    } else if (sum < w / 2 && !restLast) exact = false;
    // (scan57: '其中包括' opens the parts the text names, maybe not all: they may not exceed the whole, need not fill it)
    if (INCLUDING.test(text.slice(from, from + 4))) exact = false;
    out.push({ whole, parts, labels, wholeLabel: wholeWords, exact, slack: approxSlack([whole, ...parts], whole) });
  }
  return out;
}

/** (scan57) a part's words naming items each stated that amount ('其他6省各') */
const PER_ITEM = /各$/;
/** (scan57) the opener followed by 包括 / 包含: the parts named, not necessarily all */
const INCLUDING = /^[,:]?(?:包括|包含)/;

/** (scan57) no ';' from the list's start to a run's last part, one between it and the next part: the run is the first group */
function firstGroupRun(text: string, depthAt: number[], from: number, runEnd: number, nextAt: number): boolean {
  for (let i = from; i < runEnd; i++) if (text[i] === ";" && depthAt[i] === 0) return false;
  for (let i = runEnd; i < nextAt; i++) if (text[i] === ";" && depthAt[i] === 0) return true;
  return false;
}

/** (unit56) the share a part states after its figure, to its ';' group's end ('…69.33元,占100%'): its per cent, or null */
function shareAfter(text: string, depthAt: number[], at: number, end: number): number | null {
  let b = at;
  while (b < end && !(text[b] === ";" && depthAt[b] === 0)) b++;
  const m = /占[^\d;。]{0,8}(\d+(?:\.\d+)?)[%%]/.exec(text.slice(at, b));
  return m ? Number(m[1]) : null;
}

/**
 * (rel54, session 54) How far a relation holding approximate figures ('约19.62亿元', '近26项', '360余个') may be off:
 * each such figure a tenth of its value, and one unit of its last digit at least (in the whole's unit). A writer rounding a
 * figure to 'about' rarely strays further; a misprint of a digit mostly does (26 printed 36). 0 where every figure is exact.
 */
const APPROX_SHARE = 0.1;
/** (var54) …and within half of the next rounding step of its last non-zero digit: a writer who prints '约173' rather than '约170'
 * knows it closer than 170 ± 5 — five units of that digit ('约173亿元' within 5, '约46.3亿元' within 0.5, '约1700公里' within 170) */
const APPROX_STEPS = 5;
/** The allowance of one approximate figure, in its own unit (its value, its shown decimals). */
export function approxAllowance(value: number, decimals: number): number {
  const shown = 10 ** -decimals;
  let place = shown;
  while (Math.abs(value) >= place * 10 && Math.abs(Math.round(value / (place * 10)) * place * 10 - value) < shown / 2) place *= 10;
  return Math.max(shown, Math.min(APPROX_SHARE * Math.abs(value), APPROX_STEPS * place));
}
function approxSlack(qs: readonly Q[], whole: Q): number {
  let slack = 0;
  for (const q of qs) if (q.approx) slack += inUnit({ ...q, value: approxAllowance(q.value, q.decimals) }, whole);
  return slack;
}

/** the parts add up to the whole within the shown rounding (the reader's choice between two cuts of a list) */
function holds(whole: Q, parts: Q[], unitOf: Q): boolean {
  const w = inUnit(whole, unitOf);
  const sum = parts.reduce((a, p) => a + inUnit(p, unitOf), 0);
  const d = (q: Q) => q.decimals + (q.kind === "money" && /亿/.test(unitOf.text) && !/亿/.test(q.text) ? 4 : 0);
  // (at the parts' precision; a whole shown coarser within half its last unit)
  const dp = parts.reduce((a, p) => Math.max(a, d(p)), 0);
  const slack = d(whole) < dp ? 0.5 * 10 ** -d(whole) : 0;
  return Math.abs(sum - w) <= slack + 1e-6 * 10 ** -dp;
}

/** the parts of the kind opening the text from `from`: segments (',' ';' '、') each one figure of the kind, named, no stage,
 * change, threshold or 其中, up to the first segment that is not one (after a list of ';' groups: ';' groups each one figure
 * of the kind among figures of their own); closed where the run reaches its sentence's '。' */
function runOn(text: string, qs: Q[], depthAt: number[], from: number, kind: string, groups: boolean, wholeWords: string): { parts: Q[]; labels: string[]; closed: boolean } {
  let end = from;
  while (end < text.length && !(text[end] === "。" && depthAt[end] === 0)) end++;
  const parts: Q[] = [];
  const labels: string[] = [];
  // (a list read in ';' groups — each group its part's figure of the kind and figures of its own, '阿合奇县安排项目37个、计划投资
  // 1.98亿元' —: its last group set apart the same, one figure of the kind in it; else segments of one figure each)
  const ofKind = (seg: { a: number; b: number }) => qs.filter((q) => q.at >= seg.a && q.end <= seg.b && q.depth === 0 && kindKey(q) === kind).length;
  type Seg = { a: number; b: number; group: boolean };
  const segs: Seg[] = groups
    ? splitAt(text, depthAt, from, end, ";").flatMap((g): Seg[] => (ofKind(g) > 1 ? splitAt(text, depthAt, g.a, g.b, ",、").map((x) => ({ ...x, group: false })) : [{ ...g, group: true }]))
    : splitAt(text, depthAt, from, end, ",;、").map((x): Seg => ({ ...x, group: false }));
  for (let si = 0; si < segs.length; si++) {
    const seg = segs[si];
    const xs = qs.filter((q) => q.at >= seg.a && q.end <= seg.b && q.depth === 0 && (!seg.group || kindKey(q) === kind));
    const words = xs.length ? text.slice(seg.a, xs[0].at) : "";
    if (xs.length !== 1 || xs[0].approx || kindKey(xs[0]) !== kind || !/[\u4e00-\u9fa5]/.test(words) || CHANGE.test(words) || SHARE.test(words) || /其中|共|合计|总计/.test(words) || NEW_CLAUSE.test(words) || THRESHOLD.test(words) || stagePart(words, wholeWords) || (seg.group ? /^[/每]/.test(text.slice(xs[0].end, seg.b)) || THRESHOLD.test(text.slice(xs[0].end, Math.min(seg.b, xs[0].end + 4))) : text.slice(xs[0].end, seg.b).length > 0)) {
      // (the text's last words with no stop after them: a part cut short, the list not closed)
      return { parts, labels, closed: !(si === segs.length - 1 && end === text.length) };
    }
    parts.push(xs[0]);
    labels.push(words);
  }
  return { parts, labels, closed: end < text.length };
}

/** a quantity's value in the unit its whole is compared in (money: 万元, or 亿元 where the whole is written in 亿) */
function inUnit(q: ProseQuantity, whole: ProseQuantity): number {
  if (q.kind !== "money") return q.value;
  const wan = q.unit === "万元" ? q.value : q.value / 1e4;
  return /亿/.test(whole.text) ? wan / 1e4 : wan;
}

interface Parts {
  parts: Q[];
  labels: string[];
  closed: boolean;
  endedInside: boolean;
  some: boolean;
  /** (rel54) every part a count of items named one by one after it in its ';' group, as many names as the count */
  itemized?: boolean;
}

/**
 * (rel54, session 54) The items a count names after it in its own ';' group: '农业机械采购项目3个,向阳川镇连山村、二龙山镇新龙村、
 * 长安镇德胜村' names three. The names: after the count's ',' or ':', set apart by '、', each Chinese words with no figure, no
 * 等 (some only), no 其中 / 共 / 包括 (another list). Returns the number of names, or 0 where the rest of the group is no such list.
 */
const ITEM_NAME = /^[\u4e00-\u9fa5()“”"·]{2,40}$/;
const NOT_ITEM = /等|之类|其中|共|合计|包括|包含|分别/;
function namedItems(rest: string): number {
  const m = /^[,:]([\s\S]*)$/.exec(rest);
  if (!m) return 0;
  const names = m[1].split("、");
  return names.every((n) => ITEM_NAME.test(n) && !NOT_ITEM.test(n)) ? names.length : 0;
}

/** split `text[from, end)` at the marks in `marks`, outside brackets */
function splitAt(text: string, depthAt: number[], from: number, end: number, marks: string): { a: number; b: number }[] {
  const out: { a: number; b: number }[] = [];
  let a = from;
  for (let i = from; i < end; i++) {
    if (depthAt[i] === 0 && marks.indexOf(text[i]) >= 0) {
      out.push({ a, b: i });
      a = i + 1;
    }
  }
  out.push({ a, b: end });
  return out.filter((s) => s.b > s.a);
}

/** (var54) The parts, up to a clause after them of another amount of the money — the parts' total restated ('…,以上合计37项',
 * '…;合计343个'), a due, planned or done-so-far amount ('…,截至年底累计拨付150.6万元', '…,全年应执行数为62.75万元'): sentence-sums.ts
 * LIST_TAIL —: no part, the list closed there. */
function readParts(text: string, qs: Q[], depthAt: number[], from: number, end: number, kind: string, wholeWords: string): Parts | null {
  const seg = splitAt(text, depthAt, from, end, ",;").find((s) => /\d/.test(text.slice(from, s.a)) && LIST_TAIL.test(text.slice(s.a, s.b)));
  if (!seg) return partsTo(text, qs, depthAt, from, end, kind, wholeWords);
  const list = partsTo(text, qs, depthAt, from, seg.a - 1, kind, wholeWords);
  return list && { ...list, closed: true, endedInside: true };
}

function partsTo(text: string, qs: Q[], depthAt: number[], from: number, end: number, kind: string, wholeWords: string): Parts | null {
  const inside = (s: { a: number; b: number }) => qs.filter((q) => q.at >= s.a && q.end <= s.b && q.depth === 0 && kindKey(q) === kind);
  const parts: Q[] = [];
  const labels: string[] = [];
  const semi = splitAt(text, depthAt, from, end, ";").length > 1;
  const take = (seg: { a: number; b: number }, q: Q): boolean => {
    const words = text.slice(seg.a, q.at).replace(/^[,:、\s]+/, "");
    const after = text.slice(q.end, seg.b);
    // (var54: '超过' / '逾' right before the part's own figure — '其它项目超过56个' — makes that figure approximate (approxSlack), no
    // band of a threshold: a band names a figure of another measure before its items, '超过80分的村44个', '超过100万元的项目3个' —
    // that figure followed by 的, its words no part's)
    const own = q.approx && APPROX_BEFORE.test(words) && text[q.end] !== "的" ? words.replace(APPROX_BEFORE, "") : words;
    if (CHANGE.test(words) || (kind === "money" && SHARE.test(words)) || /其中/.test(words) || THRESHOLD.test(own) || stagePart(words, wholeWords)) return false;
    if (THRESHOLD.test(text.slice(q.end, Math.min(seg.b, q.end + 4)))) return false;
    if (/^[/每]/.test(after)) return false;
    parts.push(q);
    labels.push(words.replace(/^(?:其中|包括|包含|含)[,:]?/, "") || text.slice(q.end, Math.min(seg.b, q.end + 12)));
    return true;
  };
  if (semi) {
    const groups = splitAt(text, depthAt, from, end, ";");
    // (rel54: each part a count followed by its items' names, as many as the count — the list names its whole's items)
    let itemized = kind !== "money";
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi];
      const head = text.slice(g.a, g.b).replace(/^[,:\s]+/, "");
      if (gi > 0 && NEW_CLAUSE.test(head)) return { parts, labels, closed: true, endedInside: true, some: false };
      if (/其中/.test(head)) return parts.length ? { parts, labels, closed: false, endedInside: false, some: true } : null;
      const xs = inside(g);
      if (xs.length === 1) {
        if (!take({ a: g.a, b: g.b }, xs[0])) return null;
        if (itemized && namedItems(text.slice(xs[0].end, g.b)) !== xs[0].value) itemized = false;
        continue;
      }
      if (xs.length === 0) {
        // (a group with none of the kind: the list of this kind ended, or never began; the last group of a text running on
        // with no stop may be a part cut short, '…;防灾减灾设')
        if (!parts.length) return null;
        return { parts, labels, closed: true, endedInside: gi < groups.length - 1, some: false };
      }
      itemized = false;
      // (several in one group: a plain sub-list, each segment one)
      for (const seg of splitAt(text, depthAt, g.a, g.b, ",、:")) {
        const ys = inside(seg);
        if (ys.length !== 1 || !take(seg, ys[0])) return null;
      }
    }
    const some = /等$/.test(text.slice(from, end));
    return { parts, labels, closed: true, endedInside: false, some, itemized: itemized && !some };
  }
  const segs = splitAt(text, depthAt, from, end, ",、");
  const figures = (s: { a: number; b: number }) => qs.filter((q) => q.at >= s.a && q.end <= s.b && q.depth === 0);
  for (let si = 0; si < segs.length; si++) {
    const seg = segs[si];
    const xs = inside(seg);
    if (xs.length > 1) return null;
    // (rels56: a list of pairs, each part a count and an amount in segments of their own — '产业项目共9个,资金规模2543.84万元,
    // 基础设施项目共4个,资金规模755万元' —: the other kind's segment beside a part of this kind is that part's own, passed over)
    if (xs.length === 0 && figures(seg).length === 1 && ((si + 1 < segs.length && inside(segs[si + 1]).length === 1) || (si > 0 && parts.length > 0 && inside(segs[si - 1]).length === 1))) continue;
    if (xs.length === 0) {
      if (!parts.length) {
        // (the opener's own segment, '其中:' alone, or words before the first part)
        if (/\d/.test(text.slice(seg.a, seg.b))) return null;
        continue;
      }
      return { parts, labels, closed: true, endedInside: si < segs.length - 1, some: false };
    }
    if (!take(seg, xs[0])) return null;
    if (text.startsWith("等", xs[0].end) || text.startsWith("等", seg.b)) return { parts, labels, closed: false, endedInside: false, some: true };
  }
  return { parts, labels, closed: true, endedInside: false, some: false };
}

/** a per-item list in brackets right after its figure: '建设项目27项(省级6项、市级5项、县级16项)' */
function bracketLists(text: string, qs: Q[], depthAt: number[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (const whole of qs) {
    // (var54: an approximate whole — '实际人员约30人(其中:在职26人,退休4人)' — read, its list holding within its allowance)
    if (text[whole.end] !== "(") continue;
    // (a figure a 其中 clause names — '其中结转资金…(…)' — is a part's own: its bracket glosses the part before it)
    if (/其中/.test(clauseBefore(text, whole.at))) continue;
    // (nor a change's, '比上年增加50万元(其中…)', nor a standard's)
    if (CHANGE.test(clauseBefore(text, whole.at))) continue;
    const open = whole.end;
    let close = -1;
    for (let i = open + 1; i < text.length; i++) {
      if (text[i] === "(") break;
      if (text[i] === ")") {
        close = i;
        break;
      }
    }
    if (close < 0) continue;
    const body = text.slice(open + 1, close);
    if (NOT_LIST.test(body)) continue;
    const some = SOME.test(body);
    const from = open + 1 + (some ? SOME.exec(body)![0].length : 0);
    // (inside the bracket every index is at depth 1: split at its marks)
    const segments: { a: number; b: number }[] = [];
    let a = from;
    for (let i = from; i < close; i++) {
      if (",、;".indexOf(text[i]) >= 0) {
        segments.push({ a, b: i });
        a = i + 1;
      }
    }
    segments.push({ a, b: close });
    const parts: Q[] = [];
    const labels: string[] = [];
    let ok = segments.length >= 2;
    // (scan60: the whole's words and its sibling kinds, sibling-kinds.ts, read once two parts are found)
    let sibling: ((part: string) => boolean) | null | undefined;
    for (const s of segments) {
      if (!ok) break;
      const xs = qs.filter((q) => q.at >= s.a && q.end <= s.b);
      const words = text.slice(s.a, xs.length ? xs[0].at : s.b).replace(/:$/, "");
      // (scan60: a segment naming a sibling kind of the whole — '一般转移支付收入1478万元(含…其他一般转移支付收入212万元,专项转移
      // 支付收入406万元)' —: the bracket closed one part late, the list ends before it; sibling-kinds.ts)
      if (parts.length >= 2) {
        if (sibling === undefined) sibling = siblingTest(clauseBefore(text, whole.at));
        if (sibling && sibling(words)) break;
      }
      if (xs.length !== 1 || xs[0].approx || kindKey(xs[0]) !== kindKey(whole) || !/[\u4e00-\u9fa5]/.test(words) || CHANGE.test(words) || SHARE.test(words) || DEDUCTION.test(words) || /其中/.test(words)) {
        ok = false;
        break;
      }
      // (nothing but the figure after it in its segment)
      if (text.slice(xs[0].end, s.b).length > 0) {
        ok = false;
        break;
      }
      parts.push(xs[0]);
      labels.push(words);
    }
    if (!ok || parts.length < 2) continue;
    const sum = parts.reduce((x, p) => x + inUnit(p, whole), 0);
    const w = inUnit(whole, whole);
    if (sum > 2 * w || sum < w / 2) continue;
    out.push({ whole, parts, labels, wholeLabel: clauseBefore(text, whole.at), exact: !some, slack: approxSlack([whole], whole) });
  }
  return out;
}

/** a term of the figure `q` of the cell at (r, c), in its whole's unit */
export function proseTerm(grid: Grid, r: number, c: number, q: ProseQuantity, whole: ProseQuantity, label: string): RelationTerm {
  const cell = grid.addr(r, c);
  if (q.kind !== "money") return { cell, row: r, col: c, text: q.text, value: q.value, decimals: q.decimals, percent: false, label };
  const yi = /亿/.test(whole.text);
  const digits = /(\d+(?:\.\d+)?)[^\d.]*$/.exec(q.text.replace(/,/g, ""));
  const shown = digits ? decimalsOf(digits[1]) : q.decimals;
  if (yi) {
    // (in 亿元: a figure written in 亿 keeps its decimals, one in 万 four more, one in 元 eight more)
    const scale = /亿/.test(q.text) ? 0 : /万/.test(q.text) ? 4 : 8;
    return { cell, row: r, col: c, text: q.text, value: Math.round(inUnit(q, whole) * 1e12) / 1e12, decimals: shown + scale, percent: false, label };
  }
  return { cell, row: r, col: c, text: q.text, value: q.value, decimals: q.decimals, percent: false, label, ...(q.unit ? { unit: q.unit } : {}) };
}

/**
 * The wholes (sums' and rollups' totals) `found` states, as `cell|value`, gathered on the first ask: a prose reader run after
 * the merge by stated cell skips a whole already read at its cell (this file, announced-parts.ts, aspect-rows.ts).
 */
export function statedWholes(found: readonly { kind: string }[]): () => Set<string> {
  let stated: Set<string> | null = null;
  return () => {
    if (stated) return stated;
    stated = new Set<string>();
    for (const r of found as SumRelation[]) if (r.kind === "sum" || r.kind === "rollup") stated.add(`${r.total.cell}|${r.total.value}`);
    return stated;
  };
}

/** a figure with its per-item list in brackets right after it, '建设项目27项(' (bracketLists) */
const ANY_BRACKET_LIST = /\d(?:个|项|人|万元|亿元|元|家|所)\(/;
/** the cells read: an opener's ('其中', an aspect's '…看,'), or a figure's bracket */
const CELL_TEST = /其中|看[,:]|\d(?:个|项|人|元|家|所)\(/;
/** the cells the unit slips are read in (a subset of CELL_TEST's): an opener's */
const OPENER_CELL = /其中|看[,:]/;

/** A prose cell's breakdowns (sentenceBreakdowns, none empty), at the cell. */
interface CellBreakdowns {
  row: number;
  col: number;
  found: Breakdown[];
}

/** sheetBreakdowns per grid: read once, for the sums (relations) and the unit slips (unit-mismatch) */
const readBreakdowns = new WeakMap<Grid, CellBreakdowns[]>();

/**
 * (speed57) The breakdowns of the sheet's prose cells, in reading order, read once per grid: the sums of the relations and
 * the unit-mismatch rule's slips both take them (neither changes what it is given). The cells read are those of
 * CELL_TEST; a cell without any breakdown is left out.
 */
function sheetBreakdowns(grid: Grid): CellBreakdowns[] {
  let memo = readBreakdowns.get(grid);
  if (memo !== undefined) return memo;
  memo = [];
  if (mayHoldSentence(grid, MIN_TEXT) && (grid.hasText(ANY_OPENER) || grid.hasText(ANY_BRACKET_LIST))) {
    for (const { row, col, text: compactText } of sentenceCells(grid, MIN_TEXT, CELL_TEST)) {
      // (a whole and a part at least: a text where proseQuantities cannot read two has none, passed over before proseText)
      if (!mayHoldQuantities(compactText, 2)) continue;
      const text = proseDigits(grid.text(row, col));
      if (text === null) continue;
      const found = sentenceBreakdowns(text);
      if (found.length) memo.push({ row, col, found });
    }
  }
  readBreakdowns.set(grid, memo);
  return memo;
}

/**
 * The breakdowns of the sheet's prose cells as sum relations, but a whole another relation of `found` already states at its
 * cell (the same value of the same measure): read after the merge by stated cell (relations/index.ts).
 */
export function sentenceBreakdownSums(grid: Grid, found: readonly { kind: string }[]): SumRelation[] {
  const out: SumRelation[] = [];
  const cells = sheetBreakdowns(grid);
  if (!cells.length) return out;
  const statedKeys = statedWholes(found);
  for (const { row: r, col: c, found: breakdowns } of cells) {
    const cell = grid.addr(r, c);
    let n = 0;
    const seen = new Set<string>();
    for (const b of breakdowns) {
      const total = proseTerm(grid, r, c, b.whole, b.whole, b.wholeLabel);
      const key = `${b.whole.at}:${b.parts.map((p) => p.at).join(",")}`;
      if (seen.has(key) || b.unitSlip) continue;
      seen.add(key);
      if (statedKeys().has(`${cell}|${total.value}`)) continue;
      const money = b.whole.kind === "money";
      const parts = b.parts.map((p, i) => proseTerm(grid, r, c, p, b.whole, b.labels[i]));
      out.push({
        kind: "sum",
        id: `sum:${money ? "amount" : "count"}:${cell}:breakdown:${n++}`,
        measure: money ? "amount" : "count",
        block: money ? "labelled-funds" : "fund-block",
        orientation: "columns",
        label: b.wholeLabel,
        total,
        parts,
        bound: b.exact ? "equal" : "atMost",
        // (a whole shown coarser than its parts — '113.4亿元' over parts to 0.01 adding to 113.39 —: each part rounded, the
        // whole within their rounding)
        ...(parts.some((p) => (p.decimals ?? 0) > (total.decimals ?? 0)) ? { roundedParts: true as const } : {}),
        ...(b.slack > 0 ? { approxSlack: b.slack } : {}),
      });
    }
  }
  return out;
}

/** the sheet holds a 其中 / aspect list and a figure in 万 or 亿 (a slip of 10^4 has one) */
const ANY_BIG = /\d[万亿]/;

/** The unit slips of the breakdowns of the sheet's prose cells (sentenceBreakdowns' unitSlip), in reading order. */
export function breakdownUnitSlips(grid: Grid): ProseUnitSlip[] {
  const out: ProseUnitSlip[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY_OPENER) || !grid.hasText(ANY_BIG)) return out;
  // (the cells of an opener among those sheetBreakdowns read: its walk's gate and cells take in this one's, the test on the
  // same compact text sentenceCells tests)
  for (const { row, col, found } of sheetBreakdowns(grid)) {
    if (!OPENER_CELL.test(grid.compactText(row, col))) continue;
    for (const b of found) {
      if (!b.unitSlip) continue;
      const i = b.unitSlip.index;
      const q = i < 0 ? b.whole : b.parts[i];
      out.push({ ...b.unitSlip, row, col, written: q.text, name: i < 0 ? b.wholeLabel : b.labels[i], whole: b.whole.text, parts: b.parts.map((p) => p.text) });
    }
  }
  return out;
}
