import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import { lineTerm } from "./budget";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";
import { COUNT_UNITS, proseDigits } from "./prose-rates";
import { approxAllowance } from "./sentence-breakdowns";
import { GLOSS, yuanAmongWan } from "./sentence-sums";
import { joinedCounts } from "./joined-counts";

/*
 * (grad48a, session 48) What a report's prose states of its own figures, read on its compact text (normalised: 繁體 to
 * simplified, full-width forms, the spaces of a PDF's line breaks gone):
 * - statedWholeScore: the words of an evaluation's whole before its score ('综合评分为97分', '绩效评价得分92分');
 * - countedLists: a count stated before the list that names it ('直属事业单位10个,即 a、b、…' naming nine);
 * - restatedTotals: one total stated twice, differently — a 其中 list of K parts adding up, and elsewhere a total of
 *   'K类 / K项' that is not their sum ('共计2646.34万元,计划用于6类专项支出' against six parts adding to 2535.4);
 * - totalsAfterParts: a total closing its parts ('公务船艇维修35800元,渔政执法办公经费12200元,共计48000元').
 */

// —— a score stated once ——

/**
 * The whole of an evaluation named before its score in a sentence: '综合评分为97分', '综合评价得分92分', '绩效评分为83.8分',
 * '绩效评价得分:88分', '最终评分95分', '评价总得分90分', '自评综合得分96分' (a section's '(自评得分20分)', an indicator's
 * '产出指标得分40分' name no whole). reportResult reads the line's score as the report's total where no other line states
 * another.
 */
// (dev56: or the unit's own 自评分 after the whole's words, '…,大英县扶贫开发局整体绩效自评分95分。' — 自评 and 分 run together, no
// 评分 / 得分 of its own)
// (grad50c: or the evaluation's result stated as a score, '最终评价结果为98分', '综合评价结果为92分', '绩效评价结果:88分' — an
// indicator's '产出指标评价结果为38分' names no whole)
// (rel59: or the scoring's result, '最终评分结果为90分' — report-scores.ts SCORE reads its score)
const WHOLE_SCORE = /(?:^|[^标目项])(?:综合|绩效|最终|整体|总体)(?:(?:评价|评定|考评|自评)?(?:评分|得分|总分)|自评分)(?:为|是|:|达到|达)?\d|(?:评价|自评|考评)(?:综合|总)(?:评分|得分)(?:为|是|:|达到|达)?\d|(?:^|[^标目项])(?:综合|绩效|最终|整体|总体)?(?:评价|考评|考核|自评|评分)结果(?:为|是|:)?\d/;

export function statedWholeScore(text: string): boolean {
  return WHOLE_SCORE.test(text);
}

// —— a count and its list ——

/** Chinese numerals of a small count: '两个', '三所', '十二家'. */
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function countOf(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[一二两三四五六七八九十]{1,3}$/.test(s)) return null;
  const k = s.indexOf("十");
  if (k < 0) return s.length === 1 ? CN_DIGIT[s] : null;
  const tens = k === 0 ? 1 : CN_DIGIT[s[0]] ?? 0;
  const ones = k === s.length - 1 ? 0 : CN_DIGIT[s[k + 1]] ?? 0;
  return tens * 10 + ones;
}

/**
 * A count and the words opening its list: '10个,即', '3个,分别为', '有4家,具体为:', '5所学校,包括', '2项:'. The unit is one of
 * things (个 家 所 项 类 座 处 支 条 部 间); 人 / 名 count people, whose names a list of groups does not give (read below only
 * where every name is a person's). Up to eight words between the unit and the opener ('10个直属单位,即').
 */
const COUNTED = /(\d{1,3}|[一二两三四五六七八九十]{1,3})(个|家|所|项|类|座|处|支|条|部|间|人|名)([^\d,。;:、()]{0,14}?)[,:]?(即|分别为|分别是|具体为|具体是|具体包括|主要包括|包括|包含|分别有|为)[:,]?/g;
const ANY_COUNTED = /\d(?:个|家|所|项|类|座|处|支|条|部|间|人|名)[^\d,。;:、()]{0,14}[,:]?(?:即|分别|具体|主要包括|包括|包含|为)|[一二两三四五六七八九十](?:个|家|所|项|类|座|处|支|条|部|间|人|名)[^\d,。;:、()]{0,14}[,:]?(?:即|分别|具体|主要包括|包括|包含|为)/;
/** joiners that may join two names or sit inside one ('南县财政事务中心和南县国库集中支付中心', '住房和城乡建设局') */
const JOINER = /以及|和|及|与|、/g;
/** a list that names only some (等, 之类), counts inside it, another breakdown, a figure: not a full list of names */
const NOT_FULL = /等|之类|其中|\d|[一二两三四五六七八九十](?:个|家|所|项|类|人|名)|%/;
/** group words: a name holding one names a group, not a person */
const GROUP_WORD = /局|中心|办|科|股|室|部|委|会|组|站|所|院|校|队|处|厅|司|公司|单位|镇|乡|村|街道|社区|县|市|区/;
const MAX_NAME = 30;
/** a kind's word in a name: the list names kinds of what is counted ('数量类', '三个方面') */
const KIND_WORD = /(?:类|方面|种|层次|维度)(?:指标|项目|资金|支出|问题)?$/;
const MIN_TEXT = 10;

interface Names {
  /** names counted with every joiner inside a segment a name's own ('a和b' one name) */
  min: number;
  /** …and with every joiner splitting ('a和b' two names) */
  max: number;
  /** the names split at every separator and joiner */
  split: string[];
  /** the names split at the separators only */
  segments: string[];
}

/**
 * The names a list gives (compact text from its opener to its sentence's end), or null where it is no full list of names:
 * '等' closing it, a count or a figure inside it, a name too long to be one (a clause), or the list running on past a comma
 * into another clause (names set apart by 、 end at the first comma; a list with no 、 is set apart by commas).
 */
function namesOf(list: string, people: boolean, noun: string): Names | null {
  // (brackets left out, nested ones too: '(含a、b)' glosses a name)
  let bare = list.replace(/[“”"']/g, "");
  for (let k = 0; k < 3 && bare.indexOf("(") >= 0; k++) bare = bare.replace(/\([^()]*\)/g, "");
  if (/[()]/.test(bare) || NOT_FULL.test(bare)) return null;
  let segs: string[];
  // (the marks that may part two names inside a segment: the joiners, and 、 in a list set apart by ';')
  let inner = /以及|和|及|与/g;
  if (bare.indexOf(";") >= 0) {
    // (names set apart by ';', a name's own 、 inside — '…;五区环卫、市政(道路)、园林维护费;…')
    if (bare.indexOf(",") >= 0) return null;
    segs = bare.split(";").filter(Boolean);
    inner = /以及|和|及|与|、/g;
  } else if (bare.indexOf("、") >= 0) {
    // (a comma after a list set apart by 、 opens another clause: '…、c,均为全额拨款单位' — not read, the list's end unsure)
    if (/[,:]/.test(bare)) return null;
    segs = bare.split("、");
  } else segs = bare.split(/[,]/);
  if (segs.some((s) => s.length < 2 || s.length > MAX_NAME)) return null;
  // (a mark inside a segment parts two names where the words before it end as the list's names end — '南县财政事务中心和南县
  // 国库集中支付中心' among names ending in 中心, 心 —, or where it is the list's closing joiner, the last segment's last one
  // ('…、文明创建和餐厨垃圾处理展示馆运行费'); else it is a name's own: '西中心办公用房租赁及运行费', '县住房和城乡建设服务中心')
  const tails = new Set(segs.map((x) => x[x.length - 1]));
  // (a mark after words ending as the names end parts two names for sure; the closing joiner after other words may)
  const split: string[] = [];
  let sure = 0;
  let maybe = 0;
  // (the closing joiner that may part two names: the fewest names keep them one)
  let joined = null as { at: number; mark: string } | null;
  segs.forEach((seg, i) => {
    const marks = [...seg.matchAll(inner)];
    let from = 0;
    marks.forEach((mk, j) => {
      const left = seg.slice(from, mk.index);
      const closing = i === segs.length - 1 && j === marks.length - 1;
      const named = tails.has(left[left.length - 1]);
      if (left.length >= 2 && (closing || named)) {
        split.push(left);
        if (named) sure++;
        else {
          maybe++;
          joined = { at: split.length - 1, mark: mk[0] };
        }
        from = mk.index! + mk[0].length;
      }
    });
    split.push(seg.slice(from));
  });
  if (split.some((s) => s.length < 2)) return null;
  // (kinds named, not the things counted: '11个指标,包含数量类、时效类、质量类、效果类指标', '3个方面,即…方面' — each name a
  // kind or ending with the counted thing's own word)
  if (split.some((s) => KIND_WORD.test(s)) || (noun.length >= 2 && split.filter((s) => s.endsWith(noun)).length >= 2)) return null;
  // (people counted: every name a person's, two to four characters, no group's word)
  if (people && split.some((s) => s.length > 4 || GROUP_WORD.test(s))) return null;
  const fewest = joined ? [...split.slice(0, joined.at), split[joined.at] + joined.mark + split[joined.at + 1], ...split.slice(joined.at + 2)] : split;
  return { min: segs.length + sure, max: segs.length + sure + maybe, split, segments: fewest };
}

/** (scan57) A name listed twice — '即办公室、第一检察部、…、政治部、办公室' — names one thing, counted once. */
function distinctNames(names: Names): Names {
  const split = names.split.filter((x, i) => names.split.indexOf(x) === i);
  const dropped = names.split.length - split.length;
  if (!dropped) return names;
  const segments = names.segments.filter((x, i) => names.segments.indexOf(x) === i);
  return { min: names.min - dropped, max: names.max - dropped, split, segments };
}

/**
 * Counts stated before their lists in sentences (see the module's note): one sum of counts per list, its total the count
 * ('10个'), its parts the names, each 1. Read where the list is the rest of its sentence (to 。, ; or the text's end)
 * and names two at least. A count between the fewest names the list can give (each 'a和b' one name) and the most (each
 * two) holds: with the count at either end the parts are that reading's names, strictly between no relation is stated
 * (which names the joiners part is unsure); a count outside both breaks the sum (total-mismatch).
 */
export function countedLists(grid: Grid): SumRelation[] {
  const out: SumRelation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY_COUNTED)) return out;
  for (const { row: r, col: c, text } of sentenceCells(grid, MIN_TEXT, ANY_COUNTED)) {
    COUNTED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COUNTED.exec(text))) {
      const one = countOf(m[1]);
      // (scan57: a count whole of several counted kinds joined — '九个协会和一个艺术团:即' — is read against their sum, or one
      // kind's count where the list names that kind alone; joined-counts.ts)
      const joined = one === null ? null : joinedCounts(text, m.index, one, m[2], m[3] || "", countOf);
      let n = joined ? joined.counts.reduce((a, x) => a + x, 0) : one;
      if (n === null || n < 2 || n > 60) continue;
      // ('3个为一组': 为 opens a list only after a comma or a colon, '…3个,为a、b和c')
      if (m[4] === "为" && !/[,:]为/.test(m[0])) continue;
      const from = COUNTED.lastIndex;
      // (to the sentence's end; a ';' ends it too, but where the list's names are set apart by ';' — two at least, each a
      // name, no comma among them: '共18个,分别为:a;b;…;r。')
      const stop = text.indexOf("。", from);
      let list = text.slice(from, stop < 0 ? undefined : stop);
      const semi = list.split(";");
      if (semi.length > 1 && ((semi.length < 3 && !m[0].endsWith(":")) || list.indexOf(",") >= 0 || semi.some((x) => x.length > MAX_NAME))) list = semi[0];
      const people = m[2] === "人" || m[2] === "名";
      let names = namesOf(list, people, (m[3] || "").slice(-2));
      if (!names || names.max < 2) continue;
      names = distinctNames(names);
      if (joined) {
        const fits = [n].concat(joined.counts).filter((x) => x >= names.min && x <= names.max);
        if (fits.length) n = fits[0];
      }
      // (a list naming fewer than half its count is no enumeration of it — a few named, the rest left unsaid; after 包括 /
      // 包含, which may open examples, only one name short of the count is read as a slip: '共涉及15个乡镇,包括甲镇、乙镇和丙镇')
      if (n > names.max && (names.max * 2 < n || (/包括|包含/.test(m[4]) && n - names.max > 1))) continue;
      let parts: string[] | null = null;
      if (n === names.min) parts = names.segments;
      else if (n === names.max) parts = names.split;
      else if (n > names.max) parts = names.split;
      else if (n < names.min) parts = names.segments;
      if (!parts) continue;
      // (prec48: a list naming fewer than its count and running to the text's end with no stop may be cut there — a stored
      // page's excerpt, '部门项目共8个,分别为:a、b、…、生活垃圾分类展示馆运行维' —: the names left unsaid, no sum)
      // (a list closed by its joiner before the last name — '…、c及d' — is whole: read)
      if (n > names.max && stop < 0 && !/[。;!?」”"]$/.test(text) && !/(?:及|和|与|以及)[^、,;及和与]+$/.test(list)) continue;
      const cell = grid.addr(r, c);
      // (its name: the clause's words before the count — 直属事业单位 —, else the words after its unit — 10个直属单位)
      let at = joined ? joined.start : m.index;
      while (at > 0 && !",。;:".includes(text[at - 1])) at--;
      const subject = text.slice(at, joined ? joined.start : m.index).replace(/^(?:现有|共有|共|有|下设|内设|设有)/, "").replace(/(?:有|共|共有|共计)$/, "");
      const counted = joined ? text.slice(joined.start, m.index + m[1].length + m[2].length + (m[3] || "").length) : m[1] + m[2];
      const label = subject || (joined ? counted : (m[3] || "").replace(/^的/, "")) || counted;
      const term = (value: number, t: string, l: string): RelationTerm => ({ cell, row: r, col: c, value, text: t, decimals: 0, percent: false, label: l });
      out.push({
        kind: "sum",
        id: `sum:count:${cell}:${m.index}`,
        measure: "count",
        block: "fund-block",
        // (its parts run along the sentence: no line past the sheet's end is one of them)
        orientation: "columns",
        label,
        total: term(n, counted, label),
        parts: parts.map((p) => term(1, p, p)),
        bound: "equal",
      });
    }
  }
  return out;
}

// —— one total stated twice ——

/** A total with the count of the kinds it is spent on: '共计2646.34万元,计划用于6类专项支出', '合计500万元,分为3项'. */
const RESTATED = /(共计|合计|总计|总额|共|总规模|规模)(?:为|是|达)?(\d+(?:\.\d+)?)(万元|元)[^。;\d]{0,14}?(?:用于|分为|分|涉及|包括|支持|安排|下达)[^。;\d]{0,4}?(\d{1,2}|[一二两三四五六七八九十]{1,3})(类|项|个|大类)/g;
const ANY_RESTATED = /(?:共计|合计|总计|总额|共|规模)(?:为|是|达)?\d[\d.]*(?:万元|元)[^。;\d]{0,14}(?:用于|分为|分|涉及|包括|支持|安排|下达)[^。;\d]{0,4}(?:\d|[一二两三四五六七八九十])/;
/** the clause of a total that is another amount than the list's whole: spent, paid, carried, last year's, adjusted, left */
const OTHER_AMOUNT = /执行|支出|拨付|到位|使用|结余|结转|上年|去年|上一年|调整|追加|调减|减少|增加|累计|实际/;

const yuan = (t: RelationTerm) => t.value * (t.unit === "万元" ? 10000 : 1);

/**
 * A total stated a second time over the same parts (see the module's note): a total whose sentence counts the kinds it is
 * spent on (K类 / K项), where the sheet's one sentence list of exactly K parts that add up to their own stated total
 * (`sums`, sentenceSums' exact relations that hold) adds up to another amount: a sum of those K parts against the second
 * total, at the second total's cell. Only where one such list of K parts is on the sheet (the same count is the evidence
 * they are the same parts), the second total's clause names no other amount of the money (spent, paid, carried, last year's,
 * adjusted) and it is in another sentence than the list's.
 */
export function restatedTotals(grid: Grid, sums: SumRelation[]): SumRelation[] {
  const out: SumRelation[] = [];
  const lists = sums.filter((s) => s.measure === "amount" && s.bound === "equal" && s.parts.length >= 3 && Math.abs(yuan(s.total) - s.parts.reduce((a, p) => a + yuan({ ...p, unit: p.unit ?? s.total.unit }), 0)) < 0.005);
  if (!lists.length || !mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY_RESTATED)) return out;
  for (const { row: r, col: c, text } of sentenceCells(grid, MIN_TEXT, ANY_RESTATED)) {
    RESTATED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RESTATED.exec(text))) {
      const k = countOf(m[4]);
      if (k === null || k < 3) continue;
      const same = lists.filter((s) => s.parts.length === k);
      if (same.length !== 1) continue;
      const list = same[0];
      // (its clause: from the sentence's last stop before it)
      let from = m.index;
      while (from > 0 && !"。;".includes(text[from - 1])) from--;
      const clause = text.slice(from, m.index + m[0].length);
      if (OTHER_AMOUNT.test(clause)) continue;
      // (in another sentence than the list's: the list's own total is its first statement)
      if (list.total.row === r && list.total.col === c) {
        const at = Number(list.id.split(":").pop());
        if (text.lastIndexOf("。", m.index) <= at && text.indexOf("。", at) >= m.index) continue;
      }
      // (its name: the clause's words before the amount, its date and its total's word left out — 医保局专项资金)
      const name = clause.slice(0, clause.indexOf(m[0])).replace(/^.*[,:]/, "").replace(/^(?:\d{2,4}|\d{2}xx|20xx)年(?:度)?/, "");
      const total = lineTerm(grid, r, c, m[2] + m[3], m[2], name || m[1], m[3] as AmountUnit);
      // (the same amount stated: the second statement agrees)
      const sum = list.parts.reduce((a, p) => a + yuan({ ...p, unit: p.unit ?? list.total.unit }), 0);
      if (Math.abs(yuan(total) - sum) < 0.005) continue;
      out.push({
        kind: "sum",
        id: `sum:amount:${total.cell}:restated:${m.index}`,
        measure: "amount",
        block: "labelled-funds",
        orientation: "columns",
        label: total.label ?? m[1],
        total,
        parts: list.parts,
        bound: "equal",
      });
    }
  }
  return out;
}

// —— a total after its parts ——

/** A total closing the amounts listed before it in its sentence: '…,共计48000元', '…,合计120万元'. */
// (var54: or 约 — '…,合计约50万元' —: the total approximate, the sum holding within its allowance, approxAllowance)
const CLOSING_TOTAL = /[,、](?:以上|上述)?(?:共计|合计|总计|共)(?:为|是)?(约为|约|大约)?(\d+(?:\.\d+)?)(万元|元)(?=$|[,。;])/g;
const ANY_CLOSING_TOTAL = /[,、](?:以上|上述)?(?:共计|合计|总计|共)(?:为|是)?(?:约为|约|大约)?\d+(?:\.\d+)?(?:万元|元)(?:$|[,。;])/;
/** a listed part: its name and one amount ('公务船艇维修35800元', '办公经费为12200元') */
const LISTED = /^([^\d]{2,40}?)(?:为|是|:)?(\d+(?:\.\d+)?)(万元|元)$/;
/** a part's name that is no part of the money listed: a change, a remainder, a standard, a rate, an earlier total */
const NOT_PART = /增加|减少|增长|下降|节约|结余|超支|比上年|同比|较上年|人均|户均|每|标准|不低于|不超过|最高|最低|占|比例|其中|共计|合计|总计|预算|下达|安排|到位|拨付|执行|支出|使用|累计|计划|年初|调整/;

/**
 * A total closing its parts in one sentence (see the module's note): the segments before '共计 / 合计 / 总计 / 共 N元' back to
 * the sentence's start (a stop or a colon), split at ',' and '、', each a name and one amount in the total's unit, two at least,
 * no name a change, a standard, a share or a stage of the money (预算, 到位, 支出: another amount of it, not a part). A sum,
 * equal where the parts are the whole sentence before it.
 */
export function totalsAfterParts(grid: Grid): SumRelation[] {
  const out: SumRelation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY_CLOSING_TOTAL)) return out;
  for (const { row: r, col: c, text } of sentenceCells(grid, MIN_TEXT, ANY_CLOSING_TOTAL)) {
    CLOSING_TOTAL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CLOSING_TOTAL.exec(text))) {
      let from = m.index;
      while (from > 0 && !"。:".includes(text[from - 1])) from--;
      // (parts set apart by ',' or ';', a part's own 、 kept in its name where its segment holds one amount — '进度督导检查、
      // 工程质量监督检查需20万元;…' —, split at 、 where it holds several — 'a 100元、b 200元')
      const segs: string[] = [];
      // (var54: a bracket holding an amount right after a part's amount is its gloss, '需30万元(其中结转资金10万元)': sentence-sums.ts GLOSS)
      for (const seg of text.slice(from, m.index).replace(GLOSS, "$1").split(/[,;]/)) {
        if ((seg.match(/\d(?:万元|元)/g) ?? []).length >= 2) segs.push(...seg.split("、"));
        else segs.push(seg);
      }
      if (segs.length < 2) continue;
      const unit = m[3] as AmountUnit;
      const parts: RelationTerm[] = [];
      let bad = false;
      for (const seg of segs) {
        const p = LISTED.exec(seg);
        if (!p || (p[3] !== unit && !yuanAmongWan(p[3], unit, p[2])) || NOT_PART.test(p[1])) {
          bad = true;
          break;
        }
        parts.push(lineTerm(grid, r, c, p[2] + p[3], p[2], p[1], p[3] as AmountUnit));
      }
      if (bad) continue;
      const word = m[0].replace(/^[,、]/, "").replace(/(?:约为|约|大约)?\d.*$/, "");
      const total = lineTerm(grid, r, c, m[2] + m[3], m[2], word, unit);
      out.push({
        kind: "sum",
        id: `sum:amount:${grid.addr(r, c)}:after:${m.index}`,
        measure: "amount",
        block: "labelled-funds",
        orientation: "columns",
        label: word,
        total,
        parts,
        bound: "equal",
        ...(m[1] ? { approxSlack: approxAllowance(total.value, total.decimals ?? 0) } : {}),
      });
    }
  }
  return out;
}

// —— a stated whole and its counted parts, the last the rest ——

/**
 * (prose50, session 50) **A stated whole against its counted parts in a sentence**, as a progress bulletin or a
 * rectification report writes them: '29个新建项目中,累计开工18个,另外11个项目未到开工期限' (29 = 18 + 11), '2025年全县30项
 * 民生实事中…常态化开展的有3项(…),其余27项中,…' (30 = 3 + 27), '全所130个课题中,52个课题预算执行率高于全所平均…,其中50个
 * …;78个课题低于全所平均…' (130 = 52 + 78), '巡察反馈的697个问题,完成整改688个,…4个,未完成5个' (697 = 688 + 4 + 5).
 *
 * The weakest evidence that the counts are the whole's every part, and not some of them: the whole opens its list ('N个…中',
 * or the sentence's first count, its noun and a comma), the parts are the counts of its unit after it in its sentence, and
 * the list is closed by **the rest** — a part named as what is left ('其余', '其他', '另外', '剩余', '余下') or as the
 * complement of an earlier part ('未完成' after '完成', '未开工' after '开工', '低于' after '高于', '不合格' after '合格'). A
 * count inside brackets ('(省级6项、市级5项)') or inside a part's own 其中 (up to the next ';') is no part; nor are counts after
 * the rest. A list mixing what was done to date with what was done this period ('累计' and '本月 / 新增') is no partition.
 * Without the rest (two grades' counts, '19个优秀,2个良好'; a list that may name some only) nothing is read: the sum then
 * holds by chance or by intent, the text does not say which.
 */
const PART_UNITS = COUNT_UNITS;
/** 'N个…中': the whole opening its list (not 其中, 集中, 中心, 中央 …) */
const OF_WHOLE = new RegExp(`(^|[^\\d.,])(\\d+)(${PART_UNITS})([^\\d,;。:()%、]{0,16}?)中(?![心央小学国型期部段级等间医药华文标])[,:]?`, "g");
/** the sentence's first count, its noun and a comma: '巡察反馈的697个问题,' */
const FIRST_WHOLE = new RegExp(`^([^\\d]{0,30}?)(\\d+)(${PART_UNITS})([\\u4e00-\\u9fa5]{0,8}),`);
const PART = new RegExp(`(\\d+)(${PART_UNITS})`, "g");
/** a part named as what is left */
const REST = /其余|其他|其它|另外|剩余|余下|剩下/;
/** a complement: '未完成' of '完成', '低于' of '高于', '不合格' of '合格' */
const UNDONE_VERB = /(?:未|尚未|暂未|没有)([\u4e00-\u9fa5]{2})/;
const OPPOSITES: [RegExp, RegExp][] = [
  [/低于/, /高于|超过/],
  [/不合格/, /(?:^|[^不])合格/],
  [/不达标|未达标/, /(?:^|[^不未])达标/],
];
const PERIOD_PART = /本月|当月|本周|本季度?|新增|新开工|本期/;
const ANY_PARTITION = new RegExp(`\\d(?:${PART_UNITS})[^\\d,;。:()%、]{0,16}?中|其余|另外|剩余|余下|未完成|未开工|未整改|低于`);
const MIN_PARTITION_TEXT = 12;

const personsKey = (u: string) => (u === "名" || u === "位" ? "人" : u);

export interface CountPartition {
  whole: { value: number; digits: string; unit: string };
  parts: { value: number; digits: string; words: string }[];
}

/** The wholes and their counted parts a prose text (proseDigits') states, closed by the rest (see above). */
export function countPartitions(text: string): CountPartition[] {
  const out: CountPartition[] = [];
  for (const sentence of text.split(/[。!?]/)) {
    const frames: { at: number; end: number; value: number; digits: string; unit: string }[] = [];
    OF_WHOLE.lastIndex = 0;
    for (let m = OF_WHOLE.exec(sentence); m; m = OF_WHOLE.exec(sentence)) {
      const at = m.index + m[1].length;
      frames.push({ at, end: m.index + m[0].length, value: Number(m[2]), digits: m[2], unit: m[3] });
      OF_WHOLE.lastIndex = m.index + m[0].length;
    }
    const first = FIRST_WHOLE.exec(sentence);
    if (first && !frames.some((f) => f.at === first[1].length)) frames.unshift({ at: first[1].length, end: first[0].length, value: Number(first[2]), digits: first[2], unit: first[3] });
    for (const f of frames) {
      const list = partsAfter(sentence, f.end, personsKey(f.unit), f.value);
      if (list) out.push({ whole: { value: f.value, digits: f.digits, unit: f.unit }, parts: list });
    }
  }
  return out;
}

/** The clause around index `at` of `s` (between , ; : 、 and the sentence's ends). */
export function clauseAt(s: string, at: number, end: number): string {
  let a = at;
  while (a > 0 && !/[,;:]/.test(s[a - 1])) a--;
  let b = end;
  while (b < s.length && !/[,;:]/.test(s[b])) b++;
  return s.slice(a, b);
}

function partsAfter(s: string, from: number, key: string, whole: number): { value: number; digits: string; words: string }[] | null {
  const parts: { value: number; digits: string; words: string }[] = [];
  // brackets' depth at each index, and the nested 其中 regions (a part's own breakdown, up to the next ';')
  let depth = 0;
  let nested = false;
  let k = from;
  let prevEnd = from;
  let over = 0;
  PART.lastIndex = from;
  for (let m = PART.exec(s); m; m = PART.exec(s)) {
    for (; k < m.index; k++) {
      const ch = s[k];
      if (ch === "(") depth++;
      else if (ch === ")") depth = Math.max(0, depth - 1);
      else if (ch === ";") nested = false;
      else if (ch === "其" && s[k + 1] === "中" && parts.length) nested = true;
    }
    if (depth > 0 || nested) continue;
    if (m.index > 0 && /[\d.]/.test(s[m.index - 1])) continue;
    if (personsKey(m[2]) !== key) continue;
    // (a longer unit read as a shorter one: '人次' is no '人')
    if (m[2] === "人" && s[m.index + m[0].length] === "次") continue;
    const value = Number(m[1]);
    const words = clauseAt(s, m.index, m.index + m[0].length);
    // (a part larger than the whole: a slip, where it is one part only and not the rest — one misprint lifts one part above
    // its whole, by less than the whole again; two, the rest, or one twice the whole, and the counts are of something else:
    // '5个村中,发现问题30个,已整改25个,未整改5个', '5个村中,已整改25个,未整改3个')
    if (value > whole && (over++ > 0 || value > 2 * whole || isRest(words, parts))) return null;
    // (the rest named with no count of its own before this part — '其余项目正在推进,另外新增5个' — the parts after it are
    // not the whole's)
    let clauseStart = m.index;
    while (clauseStart > 0 && !/[,;:]/.test(s[clauseStart - 1])) clauseStart--;
    if (clauseStart > prevEnd && REST.test(s.slice(prevEnd, clauseStart))) return null;
    prevEnd = Math.max(prevEnd, clauseStart + words.length);
    parts.push({ value, digits: m[1], words });
    if (isRest(words, parts.slice(0, -1))) {
      if (parts.length < 2) return null;
      const cumulative = parts.some((p) => /累计/.test(p.words));
      if (cumulative && parts.some((p) => PERIOD_PART.test(p.words))) return null;
      return parts;
    }
  }
  return null;
}

function isRest(words: string, earlier: { words: string }[]): boolean {
  if (!earlier.length) return false;
  if (REST.test(words)) return true;
  const v = UNDONE_VERB.exec(words);
  if (v && earlier.some((p) => p.words.indexOf(v[1]) >= 0 && !UNDONE_VERB.test(p.words))) return true;
  for (const [rest, of] of OPPOSITES) if (rest.test(words) && earlier.some((p) => of.test(p.words) && !rest.test(p.words))) return true;
  return false;
}

export function countPartitionSums(grid: Grid): SumRelation[] {
  const out: SumRelation[] = [];
  if (!mayHoldSentence(grid, MIN_PARTITION_TEXT) || !grid.hasText(ANY_PARTITION)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_PARTITION_TEXT, ANY_PARTITION)) {
    const text = proseDigits(grid.text(r, c));
    if (text === null) continue;
    const cell = grid.addr(r, c);
    let n = 0;
    for (const p of countPartitions(text)) {
      const term = (d: string, label: string): RelationTerm => ({ cell, row: r, col: c, text: d, value: Number(d), decimals: 0, percent: false, label });
      const label = `${p.whole.digits}${p.whole.unit}`;
      out.push({
        kind: "sum",
        id: `sum:count:${cell}:partition:${n++}`,
        measure: "count",
        block: "fund-block",
        orientation: "columns",
        label,
        total: term(p.whole.digits, label),
        parts: p.parts.map((x) => term(x.digits, x.words.slice(0, 16) || x.digits)),
        bound: "equal",
      });
    }
  }
  return out;
}
