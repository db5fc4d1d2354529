import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import { lineTerm } from "./budget";
import { proseDigits } from "./prose-rates";
import { evaluateRelation, withinRounding } from "../relations/evaluate";
import { completePair, namedKinds } from "./complete-parts";
import { toYuan, yuanOf } from "../relations/tolerance";
import { nestedParts } from "./nested-parts";
import { bothFlows, flowOf, mixedFlows, otherFlow } from "./money-flows";
import { regionCategorySelection } from "./region-selections";
import { siblingTest } from "./sibling-kinds";
import { ADJUSTMENT_LEAD, ENUMERATED_CLAUSE, PARTS_OPENER_WORDS } from "./vocabulary";
import type { NestedLevels, Piece } from "./nested-parts";

/**
 * Amounts written in a sentence: "本项目共申请预算资金2026400元，其中村级组织运转400000元，…，村级工作目标奖励100000元。"
 * The total (after 共/合计/总计/总额/总投资) and the parts listed after 其中, up to the end of the sentence. With three
 * parts or more the list is the breakdown and must add up; with two, one part may be left unsaid, so the parts may
 * not exceed the total. Rates and per-head standards (每人…元, 人均, …元/人) are not parts.
 */
// (dev54: or another word opening its parts, PARTS_OPENER_WORDS: '共计123.22万元,其组成情况如下:一是…')
const TOTAL = new RegExp(`(共|共计|合计|总计|总额|总投资|总金额|总计划|总预算)[^，,。；;其]{0,16}?(\\d+(?:\\.\\d+)?)(亿元|万元|元)[，,：:]?(?:${PARTS_OPENER_WORDS})[：:]?`, "g");
// (grad50a: in 亿元 too; a bare 万 / 亿 before a mark or the text's end — '中央…补助资金663万,省级…65万,' — is the money's
// unit, as allocations reads it)
const PART = /(\d+(?:\.\d+)?)(亿元|万元|元|万(?=[,;、。]|$)|亿(?=[,;、。]|$))(?![/／每])/g;
/**
 * (scan58) The words right before an amount's digits ending in 亿 or 万 (a stray 元 after it kept): the amount is the last group
 * of a number written in 亿 and 万 — '6亿700万9000元', '351亿7884万元2000元' (a Taiwan page's way) —, no amount of its own (a
 * character's test: this runs for every part read).
 */
function compoundTail(words: string, end = words.length): boolean {
  let k = end - 1;
  if (words.charCodeAt(k) === YUAN) k--;
  const c = words.charCodeAt(k);
  return c === YI || c === WAN;
}
const YUAN = "元".charCodeAt(0);
const YI = "亿".charCodeAt(0);
const WAN = "万".charCodeAt(0);
/** A standard or a rate right before the amount: not a part of the total. */
const PER_HEAD = /(每|人均|户均|亩均|标准|按|不低于|不超过|最高|最低)[^，,；;]{0,6}$/;
const MIN_TEXT = 16;
/** (grad50a) a rate or a bracket of words between an amount and 其中 (RATE_TAIL, WORD_GLOSS: a sheet none of whose texts holds
 * one, nor a total nor an allocation, has no 其中 list of money) */
const ANY_GLOSSED = /(?:%|\d(?:亿元|万元|元)\([^()\d]{1,20}\))[,:;。]*其中/;
/** (grad50a) a bracket of words, no digit, right after an amount: '36121.00万元(不含粮食直补)' */
const WORD_GLOSS = /(\d(?:亿元|万元|元|万|亿))\([^()\d]{1,20}\)/g;
/** (grad50a) a rate of the amount right before it: ',分配率99.3%', '执行率为100%' (a 率 word of up to 8 characters, R%); (lead,
 * session 50) or its change in per cent alone: '总投入达5908万元,同比增长50%。其中:…' (a per cent is no amount a 其中 could break
 * down; a change in money, '比上年增加500万元', stays and keeps its clause from being read as a whole) */
/** (lead, session 50) a sentence opening with the whole's other part: '其他资金859.6万元', '其余…', '另有…' */
const OTHER_NEXT = /^(?:其他|其它|其余|另有|另外|剩余)[^,;。\d]{0,12}\d/;
const RATE_TAIL = /(\d(?:亿元|万元|元|万|亿))[,:]?(?:[\u4e00-\u9fa5]{0,8}率(?:为|是|达到|达)?|(?:同比|比上年|较上年)?(?:增长|下降|增加|减少)了?)\d+(?:\.\d+)?%/g;
/** where a total's 其中 list ends: the sentence's end, or the next total's word (a 共 that is not the tail of 公共) */
const LIST_END = /[。；;]|^共|[^公]共|合计|总计/;
/** (dev54) where a total's list ends (LIST_END), a 共 / 合计 / 总计 inside an enumerated part — '…,三是…经费共计4.5万元。' — passed
 * over: the part's own word (ENUMERATED_CLAUSE), no next total */
function listEnd(rest: string): RegExpExecArray | null {
  const all = new RegExp(LIST_END.source, "g");
  let s: RegExpExecArray | null;
  while ((s = all.exec(rest))) {
    if (/[。；;]/.test(s[0])) return s;
    const at = s.index + (s[0].length === 2 && s[0][1] === "共" ? 1 : 0);
    const clause = rest.slice(Math.max(rest.lastIndexOf(",", at), rest.lastIndexOf("、", at), rest.lastIndexOf(":", at)) + 1, at);
    if (!ENUMERATED_CLAUSE.test(clause)) return s;
  }
  return null;
}
/** (prec49) a bracket holding an amount right after a part's amount: its gloss, '1372.7万元(其中结转资金686.35万元)' (a part
 * whose own amount is in the bracket, '中央(30万元)', and '因公出国(境)' are kept); (dev57b) with the brackets right after it,
 * glosses of the same amount — '248.73万元(其中结转124.37万元)(2023年结转95.43万元,2024年下达153.3万元)' */
export const GLOSS = /(\d(?:万元|元|万))\([^()]*\d(?:万元|元|万)[^()]*\)(?:\([^()]*\))*/g;
/** TOTAL without its g flag: a sheet none of whose texts it matches has no such sentence (Grid.hasText) */
const ANY_TOTAL = new RegExp(TOTAL.source);

export function sentenceSums(grid: Grid): SumRelation[] {
  const out: SumRelation[] = [];
  const totals = grid.hasText(ANY_TOTAL);
  const allocated = grid.hasText(ANY_ALLOCATED);
  // (dev48a: a 其中 list in a bracket right after its amount, bracketedLists)
  const bracketed = grid.hasText(ANY_BRACKETED);
  // (grad50a: a whole's own rate or a gloss between its amount and 其中 — '75.20亿元,,分配率99.5%,。其中', '36121.00万元(不含粮食直补),
  // 其中' —, taken out below: read as allocations)
  const glossed = !totals && !allocated && grid.hasText(ANY_GLOSSED);
  if (!totals && !allocated && !bracketed && !glossed) return out;
  const { start, cols } = grid.textCells();
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      const c = cols[k];
      let text = grid.compactText(r, c);
      // (dev54: or another word opening a total's parts, PARTS_OPENER_WORDS)
      if (text.length < MIN_TEXT || !(text.includes("其中") || (totals && ANY_TOTAL.test(text)))) continue;
      // (the same sentence in the cell left of it: a merge filled across by an export or a paste, read once)
      if (c > 1 && grid.compactText(r, c - 1) === text) continue;
      // (prose48: its numbers as prose-rates.ts reads them — thousands commas gone, '1,234.56万元' one amount; a cell with
      // a number split by a space, '4 8000 元', not read)
      const prose = proseDigits(grid.text(r, c));
      if (prose === null) continue;
      // (grad50a: an amount's own rate right after it — '…61.02亿元,分配率99.3%;地方…' — is that amount's, no part nor stop of
      // the list: out before the list is read)
      text = prose.indexOf("%") >= 0 ? prose.replace(RATE_TAIL, "$1") : prose;
      // (…and a bracket of words alone right after an amount — '规模为36121.00万元(不含粮食直补),其中:' — its gloss)
      if (text.indexOf("(") >= 0) text = text.replace(WORD_GLOSS, "$1");
      // (the 其中 a total's words open, read below; those left are the allocations' of grad47b)
      const read: number[] = [];
      TOTAL.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = TOTAL.exec(text))) {
        // (prec49: the 共 of a name — 公共文化, 公共数字 — opens no total; grad50a: the total's own word may follow it in the
        // clause — '公共文化服务体系建设专项资金共计1586万元,其中…' —: read on from the character after that 共, the 其中 left to
        // that reading or to allocations')
        if (m[1] === "共" && text[m.index - 1] === "公") {
          TOTAL.lastIndex = m.index + 1;
          continue;
        }
        read.push(m.index + m[0].lastIndexOf("其中"));
        // (scan58: the whole the last group of a number written in 亿 and 万 — '总额均为351亿7884万元2000元,其中…' — is no amount of
        // its own, compoundTail: not read)
        if (compoundTail(text, m.index + m[0].lastIndexOf(m[2] + m[3]))) continue;
        // (nor does a total inside another 其中 list of its sentence — '其中,公共数字文化建设47万元,其中结转…' —, as allocations below)
        if (text.lastIndexOf("其中", m.index) > Math.max(text.lastIndexOf("。", m.index), text.lastIndexOf(";", m.index))) continue;
        // (dev54: a list whose parts are broken down themselves, read as two levels — nested-parts.ts, as allocations')
        const dot = text.indexOf("。", TOTAL.lastIndex);
        const levels = nestedParts(text.slice(TOTAL.lastIndex, dot < 0 ? undefined : dot).replace(/\([^()]*\)/g, ""), nextStage);
        if (levels) {
          if (levels !== "refused") out.push(...levelSums(grid, r, c, m.index, TOTAL.lastIndex, m[0].replace(/(\d+(?:\.\d+)?)(亿元|万元|元).*$/, ""), m[2], m[3], levels, dot >= 0));
          continue;
        }
        // (the list ends at the sentence's end or at the next total's word; the 共 of a name — 公共卫生, 公共文化 — is none)
        const stop = listEnd(text.slice(TOTAL.lastIndex));
        const end = !stop ? -1 : stop.index + (stop[0].length === 2 && stop[0][1] === "共" ? 1 : 0);
        // (fb47, grad47b's guards: a list closed by 等 or running to the text's end with no stop — a stored page cut there —
        // lists only some of the total: its parts may not exceed it, no exact sum)
        let some = false;
        const rest = text.slice(TOTAL.lastIndex, end < 0 ? undefined : TOTAL.lastIndex + end);
        const cell = grid.addr(r, c);
        // (grad50a: a bare 万 / 亿 is 万元 / 亿元; an amount in 亿元 is read with no unit — its relation holds amounts in 亿元 only)
        const term = (digits: string, unit: string, label: string): RelationTerm => {
          const u = unit === "万" ? "万元" : unit === "亿" ? "亿元" : unit;
          return lineTerm(grid, r, c, digits + unit, digits, label, u === "亿元" ? null : (u as AmountUnit));
        };
        const parts: RelationTerm[] = [];
        let per = false;
        let tail = false;
        let runOn = false;
        // (prec49: the list ended inside the text by a clause of its own — LIST_TAIL —, or by a part's own 其中)
        let ended = false;
        PART.lastIndex = 0;
        let p: RegExpExecArray | null;
        let from = 0;
        // (prec49: a bracket after a part's amount glosses it, '中央资金1372.7万元(其中结转资金686.35万元)': its amounts are none of
        // the list's)
        const listed = rest.indexOf("(") >= 0 ? rest.replace(GLOSS, "$1") : rest;
        while ((p = PART.exec(listed))) {
          const before = listed.slice(from, p.index);
          // (a part right after the last with no mark between — '…其他资金859.6万元2023年支出2310.4万元,其中…' — is the next
          // sentence's, its stop lost in the copy: the list ended)
          if (parts.length && !/[，,、；;:：(（)）]/.test(before)) {
            runOn = true;
            break;
          }
          // (prec49: after a part, a clause of the money's due, planned, done-so-far or total amount — '…,全年应执行数为27.25万元',
          // '…,截至年底累计拨付', '…,以上合计85.98万元' — ends the list; a nested 其中 — '…1372.7万元,其中结转资金686.35万元,…' —
          // breaks a part down, where its list ends is not said: the list read up to it, its parts may fall short)
          const seg = before.replace(/^[，,、；;:：]/, "");
          if (parts.length && LIST_TAIL.test(seg)) {
            ended = true;
            break;
          }
          if (parts.length && seg.indexOf("其中") >= 0) {
            some = true;
            break;
          }
          // (scan58: a part the last group of a number in 亿 and 万 — '…增加6亿700万9000元' —: no amount of its own, the list unread)
          if (compoundTail(before)) {
            tail = true;
            break;
          }
          if (PER_HEAD.test(before)) per = true;
          parts.push(term(p[1], p[2], before.replace(/^[，,、]/, "")));
          from = PART.lastIndex;
          if (listed.startsWith("等", from)) {
            some = true;
            break;
          }
        }
        // (grad50a: a list cut at ';' after its first part — '其中:A运行维护43.8万元;B建设43万元;C建设1500万元。' — is read on
        // past it as runOnParts reads a second group: the parts after the ';' carry the list on, one a group)
        const alone = !per && !tail && parts.length === 1 && stop && stop[0] === ";" && !runOn && !some && !ended ? runOnParts(text.slice(TOTAL.lastIndex + end + 1), term, true) : null;
        if (per || tail || parts.length + (alone ? alone.parts.length : 0) < 2) continue;
        const total = term(m[2], m[3], m[1]);
        // (grad50a: amounts in 亿元 are read in a list of 亿元 alone; a 亿元 whole over parts in 万元, or the other way, is not read)
        const yi = m[3] === "亿元";
        if ([...parts, ...(alone ? alone.parts : [])].some((p) => (p.unit == null) !== yi)) continue;
        // (…or falling short of the total by more than half: the few parts a sentence names, '共下达5000万元,其中A县1000万元')
        // (in yuan: the parts may be in another unit than the total, '共…2026400元' over '…万元')
        // (grad50a: two parts that are the whole's two halves — 中央 / 地方, 市本级 / 县区, 已 / 未, a last 其他 — are its whole
        // breakdown: complete-parts.ts)
        // (lead, session 50: …unless the next sentence opens with another part, OTHER_NEXT)
        // (lead, session 52: after the list's own end — a list read on past its ';' (runOnParts) ends at the run's stop, its
        // 其他 part the list's last, not another sentence's: '其中:建安工程费用546.5531万元;其他费用52.0138万元。')
        const otherAfter = (from: number) => from >= 0 && OTHER_NEXT.test(text.slice(from));
        const otherNext = otherAfter(end >= 0 ? TOTAL.lastIndex + end + 1 : -1);
        // (rep52: a sentence that counts and names its kinds — '主要有A、B二类支出,…总预算为X万元,其中A…,B…' — lists them all,
        // namedKinds in complete-parts.ts; read over the sentence, from its last stop before the whole to its end)
        const sentence = sentenceAround(text, m.index);
        const exactOf = (ps: RelationTerm[], closed: boolean, other = otherNext) => (ps.length >= 3 || ((completePair(ps) || namedKinds(sentence, ps)) && !other)) && !some && closed && ps.reduce((a, p) => a + yuanOf(p), 0) >= yuanOf(total) / 2;
        const relation = (ps: RelationTerm[], exact: boolean): SumRelation => ({
          kind: "sum",
          id: `sum:amount:${cell}:${m!.index}`,
          measure: "amount",
          block: "labelled-funds",
          // (grad50a: its parts run along the sentence, as allocations' — no line past a cut sheet's end is one of them; a
          // sentence's list whose closing stop is on the page is all there)
          orientation: "columns",
          label: m![0].replace(/(\d+(?:\.\d+)?)(亿元|万元|元).*$/, ""),
          total,
          parts: ps,
          bound: exact ? "equal" : "atMost",
        });
        // (grad50a: a list of 亿元 amounts alone, or of none)
        const push = (rel: SumRelation) => {
          if (rel.parts.every((p) => (p.unit == null) === yi)) out.push(rel);
        };
        const cut = relation(parts, exactOf(parts, end >= 0 || runOn || ended));
        // (prec49: a list cut at ';' whose next clauses carry on with parts of the same kind — a second group of the list,
        // '其中A监理费22万元,…16.11万元;B工程监理费12.66万元,…27.55万元。' — is read on (runOnParts); the reading that adds up is
        // kept; where neither does, the cut list where it holds as it is read — its parts may fall short —, else the run-on one.
        // A list closed by '。' whose next sentence is such a group — its last part set apart by a stop — is read on only where
        // that reading adds up)
        // (dev59: a group in the list's own parts' words — their names aside, '…县安排项目N个、计划投资' — carries it on whatever
        // those words are: listShape)
        const more = alone ?? (stop && (stop[0] === ";" || stop[0] === "。") && !runOn && !some && !ended ? runOnParts(text.slice(TOTAL.lastIndex + end + 1), term, false, listShape(parts)) : null);
        if (!more || (!alone && cut.bound === "equal" && evaluateRelation(cut).ok)) {
          push(cut);
          continue;
        }
        const whole = parts.concat(more.parts);
        // (…and, run on to a '。', on past it where only that adds up: the run's last part set apart by a stop)
        const after = more.next >= 0 ? TOTAL.lastIndex + end + 1 + more.next + 1 : -1;
        const long = relation(whole, exactOf(whole, more.closed, otherAfter(after)));
        const further = after >= 0 && !(long.bound === "equal" && evaluateRelation(long).ok) ? runOnParts(text.slice(after), term) : null;
        const longer = further ? relation(whole.concat(further.parts), exactOf(whole.concat(further.parts), true)) : null;
        if (long.bound === "equal" && evaluateRelation(long).ok) push(long);
        else if (longer && longer.bound === "equal" && evaluateRelation(longer).ok) push(longer);
        else push(!alone && (stop![0] === "。" || evaluateRelation(cut).ok) ? cut : long);
      }
      if (allocated || glossed) out.push(...allocations(grid, r, c, text, read));
      if (bracketed) out.push(...bracketedLists(grid, r, c, text));
    }
  }
  return out;
}

/** (rep52) the sentence around a position: from the last '。' or ';' before it to the next '。' (or the text's end) */
function sentenceAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf("。", at), text.lastIndexOf(";", at)) + 1;
  const to = text.indexOf("。", at);
  return text.slice(from, to < 0 ? undefined : to);
}

/**
 * (prec49) The clauses after a total's 其中 list cut at ';' that carry the list on: each group (up to the next ';' or the
 * sentence's end) a run of parts set apart by ',' or '、' — a name and one amount in money ('86万' in 万元), nothing after it — whose names state
 * no new whole (共, 合计, 其中), no stage or change of the money (支出, 下达, 执行, 结余, 增加…), no share nor standard: the ';'
 * then parts groups of one enumeration (a second project's fees after the first's). The run ends at the first segment that is
 * not such (closed there: '…27.55万元,以上合计85.98万元') or at the sentence's end (closed by its '。'; running to the text's
 * end it may be cut: not closed). Null where the first segment after the ';' is no such part.
 */
/** (grad51a) a bracket holding an amount */
const AMOUNT_BRACKET = /\([^()]*\d(?:亿元|万元|元|万|亿)[^()]*\)/g;
const RUN_ON_PART = /^(.*?[^\d.]|)(?:为|是|:)?(\d+(?:\.\d+)?)(亿元|万元|元|万|亿)$/;
const NOT_RUN_ON = /共|合计|总计|总额|其中|支出|收入|安排|下达|下拨|拨付|执行|完成|到位|使用|结余|结转|增加|减少|增长|下降|节约|超支|比上年|同比|较上年|占|比例|%|累计|实际|已|预算|计划|人均|户均|每|标准|不低于|不超过|最高|最低|等/;
/** (grad50a) the names a list cut after its first part (alone) may not carry on with: a new whole, a change, a share, a
 * standard — the money's stage words (安排, 下达, 支出, 预算 …) name parts there ('中央安排直达资金', '部门项目支出'), unless a clause
 * opens with them (NEXT_CLAUSE, LIST_TAIL: '全年支出55万元', '已拨付…') */
const NOT_ALONE_PART = /(?:^|[^公])共|合计|总计|总额|其中|增加|减少|增长|下降|节约|超支|比上年|同比|较上年|占|比例|%|人均|户均|每|标准|不低于|不超过|最高|最低|等/;
function runOnParts(after: string, term: (digits: string, unit: string, label: string) => RelationTerm, alone = false, shape: string | null = null): { parts: RelationTerm[]; closed: boolean; next: number; shaped: boolean } | null {
  const dot = after.indexOf("。");
  // (grad51a: a bracket holding amounts glosses the part before it — '市本级投入专项扶贫资金222万元(第一批122万元,第二批100万元)' —:
  // out before the groups are read, its amounts none of the run's; a bracket of words alone, '(塘门口)', stays in its name)
  const body = dot < 0 ? after : after.slice(0, dot);
  const groups = (body.indexOf("(") >= 0 ? body.replace(AMOUNT_BRACKET, "") : body).split(";");
  const parts: RelationTerm[] = [];
  const closed = dot >= 0;
  // (lead, session 59: whether every part read was in the list's shape — only such a run-on is compared within rounding)
  let allShaped = true;
  for (const group of groups) {
    let clean = group.length > 0;
    // (dev59: a group in the list's parts' own words after its name, one part: shapedPart)
    const shaped = shape ? shapedPart(group, shape) : null;
    if (shaped) {
      parts.push(term(shaped[2], shaped[3] === "万" ? "万元" : shaped[3] === "亿" ? "亿元" : shaped[3], shaped[1]));
      continue;
    }
    allShaped = false;
    for (const seg of group.split(/[,、]/)) {
      const p = RUN_ON_PART.exec(seg);
      const not = alone ? NOT_ALONE_PART.test(p ? p[1] : "") || NEXT_CLAUSE.test(seg) || LIST_TAIL.test(seg) : NOT_RUN_ON.test(p ? p[1] : "");
      if (!p || !/[\u4e00-\u9fa5]/.test(p[1]) || not) {
        clean = false;
        break;
      }
      parts.push(term(p[2], p[3] === "万" ? "万元" : p[3] === "亿" ? "亿元" : p[3], p[1]));
    }
    if (!clean) {
      return parts.length ? { parts, closed: true, next: -1, shaped: allShaped } : null;
    }
  }
  return parts.length ? { parts, closed, next: dot, shaped: allShaped } : null;
}

/**
 * (dev59) The words a total's listed parts share after their names, their figures as '#' (the longest common ending of their
 * labels: '阿图什市安排项目68个、计划投资' / '阿克陶县安排项目181个、计划投资' / '乌恰县安排项目57个、计划投资' share '安排项目#个、计划投资'):
 * two parts at least, each with a name before those words, the words holding two Chinese characters or more; else null.
 */
function listShape(parts: readonly RelationTerm[]): string | null {
  if (parts.length < 2) return null;
  const labels = parts.map((p) => (p.label ?? "").replace(FIGURE, "#"));
  let shape = labels[0];
  for (const l of labels) {
    let k = 0;
    while (k < shape.length && k < l.length && shape[shape.length - 1 - k] === l[l.length - 1 - k]) k++;
    shape = shape.slice(shape.length - k);
  }
  if ((shape.match(/[\u4e00-\u9fa5]/g) ?? []).length < SHAPE_CHARS || labels.some((l) => l.length <= shape.length)) return null;
  return shape;
}
const FIGURE = /\d+(?:\.\d+)?/g;
const SHAPE_CHARS = 2;

/**
 * (dev59) A run-on group that is one part in the list's shape (listShape): a name, the shape's words (figures as '#'), then one
 * amount — '阿合奇县安排项目37个、计划投资1.98亿元' after '…乌恰县安排项目57个、计划投资1.83亿元。' —; its name a place's or an
 * item's, no new whole, stage or change (NOT_RUN_ON: the shape's own words, 安排 / 计划, are the list's). RUN_ON_PART's groups
 * (name, amount, unit), else null.
 */
function shapedPart(group: string, shape: string): RegExpExecArray | null {
  const p = RUN_ON_PART.exec(group);
  if (!p) return null;
  const label = p[1].replace(FIGURE, "#");
  if (!label.endsWith(shape)) return null;
  const name = label.slice(0, label.length - shape.length);
  return /[\u4e00-\u9fa5]/.test(name) && !/#/.test(name) && !NOT_RUN_ON.test(name) ? p : null;
}

/**
 * (grad47b) Money allocated in a sentence and its 其中 list, as a fund's report states it: '2023年中央财政下达我市困难群众救助
 * 补助资金35331.2万元,其中,磴口县5079.16万元;杭锦后旗4035.12万元;…;救助站86万。', '下达**河县2023年中央水利发展资金2263万元。
 * 其中:中小河流治理工程1435万元,小型水库工程维修养护25万元,…', '安排…预算资金379.368万元,其中中央资金179.3万元,省级资金108.8万元,
 * 本级资金91.268万元。'. The whole is the amount right before 其中 (a comma, a colon, a semicolon or the sentence's end between):
 * the 其中 breaks down what was just said, never an earlier amount; its clause (from the last stop) names money (资金, 经费,
 * 预算, 下达, 安排…) and no change of it (比上年增加 N万元, 同比, 结余: the 其中 of a change is no breakdown of the money) nor a
 * standard (人均, 每人). The parts: the 其中's segments up to the sentence's end (。), split at ',' ';' '、', each a name and
 * one amount in the whole's unit ('86万' in a 万元 sentence is 万元); the list stops at the first segment with no amount, and
 * is not read at all where a segment holds two amounts, a nested 其中, a change, a share (占) or another unit. Brackets are
 * left out ('(含结转100万元)'); the money's next clause ('…;全年执行99万元', '已拨付…') ends the list. Three parts or more must add
 * up (a list closed by 等, falling short by more than half of the whole, or running to the text's end with no stop — a stored
 * page cut there — lists only some: then the parts may not exceed it); two may leave one unsaid (atMost), as the totals' 其中
 * above. A whole inside another 其中 list of its sentence is not read. The parts run along the sentence (orientation columns,
 * as text-shares' counts): no line past the sheet's end is one of them.
 */
const ALLOCATED = /(\d+(?:\.\d+)?)(亿元|万元|元)[,:。;]?其中[,:]?/g;
/** ALLOCATED without its g flag: a sheet none of whose texts it matches states no such allocation (Grid.hasText) */
// (prec48: a footnote mark between, '万元①,其中' or '万元[1],其中', which proseText takes out)
const ANY_ALLOCATED = /\d(?:亿元|万元|元)(?:\d|[①-⑳]|\[\d{1,2}\])?[,:。;]?其中/;
/** the whole's clause names money */
const MONEY_WORD = /资金|基金|经费|预算|拨款|投资|补助|补贴|奖补|奖励|下达|安排|拨付|分配|批复|筹集|投入|收入|支出|款/;
/** …and no change of it, nor a remainder, nor a standard */
const CHANGE_WORD = /增加|减少|增长|下降|增支|减支|节约|节支|结余|超支|比上年|同比|较上年|环比|差额|人均|户均|每|(?:^|[^高])标准|不低于|不超过|最高|最低/;
/** (grad50a) a clause of what is left undone: 未分配, 尚未拨付, 剩余 */
const REMAINDER = /^(?:尚未|未|剩余|待)/;
/** …a part's name: the same, a remainder carried in left out — '2018年度…结余资金12.664万元', '上年结转资金' is a source of the
 * whole, no change of it (rep47) */
/** (lead, session 50: the 标准 of a standard, not of 高标准农田 — a project's name: '农发、现代农业、高标准农田、“一事一议”财政奖补项目资金1479万元') */
const PART_CHANGE = /增加|减少|增长|下降|增支|减支|节约|节支|超支|比上年|同比|较上年|环比|差额|人均|户均|每|(?:^|[^高])标准|不低于|不超过|最高|最低/;
/** a part: its name, an optional 为/是/':', the amount and its unit, the words after it */
const SEGMENT = /^([^\d]*?|.*?[^\d.])(?:为|是|:)?(\d+(?:\.\d+)?)(亿元|万元|元|万|亿)(.*)$/;
const AMOUNT_IN = /\d(?:亿元|万元|元)/;
/** a document cited (its title, its number): no words of a part (prec48) */
const CITED = /[《【〔]|号文|文件/;
const AMOUNTS = /\d(?:亿元|万元|元|万|亿)/g;
/** a piece of a '、' list that holds an amount (its words after the amount kept: '86万', '50万元(含结转)') */
const ANY_AMOUNT = /\d(?:亿元|万元|元|万|亿)/;
/** the clause after the list: the money executed, paid or left ('全年执行', '实际支出', '已拨付', '累计完成', '结余') */
const NEXT_CLAUSE = /^(?:全年|年度|当年|实际|累计|截至[^,;]{0,12}|截止[^,;]{0,12}|已)?(?:执行|完成|结余|结转|到位)|^(?:全年|年度|当年|实际|累计|截至[^,;]{0,12}|截止[^,;]{0,12}|已)(?:支出|使用|拨付|下达)/;

/** (prec49) a clause after a list of parts naming another amount of the money — due, planned, done so far, or the parts'
 * total restated: '全年应执行数为27.25万元', '计划完成', '截至年底累计拨付', '实际支出', '以上合计85.98万元' — no part of it */
// (rels56: or an adjustment of the whole after its parts — '…,孤儿基本生活保障金11万元,调减40万元,全年实际下达71万元' —,
// vocabulary.ts ADJUSTMENT_LEAD: relations/stated-adjustments.ts reads it)
export const LIST_TAIL = new RegExp(`^(?:全年|年度|当年|截至[^,;]{0,12}|截止[^,;]{0,12})?(?:应|计划|预计|累计|实际|已)(?:执行|完成|支出|使用|拨付|下达|到位|发放)|^(?:以上|上述)?(?:共计|合计|总计)|${ADJUSTMENT_LEAD.source}`);

/** The list's segments: split at ',' and ';'; a segment with two amounts or more split at '、' too ('中央资金300万元、省级资金150万元'),
 * one with a single amount keeps its '、' in its name ('城乡低保、特困供养资金3000万元'); so does a part of a '、' list whose name
 * holds a '、' of its own ('建厂房、酒窖及基础设施建设40万元、购置设备20万元'): a part ends at its amount. */
function segments(list: string): string[] {
  const out: string[] = [];
  for (const seg of list.split(/[,;]/)) {
    if ((seg.match(AMOUNTS) ?? []).length < 2) {
      out.push(seg);
      continue;
    }
    let name = "";
    for (const piece of seg.split("、")) {
      name = name ? `${name}、${piece}` : piece;
      if (ANY_AMOUNT.test(piece)) {
        out.push(name);
        name = "";
      }
    }
    if (name) out.push(name);
  }
  return out;
}

function allocations(grid: Grid, r: number, c: number, text: string, read: number[]): SumRelation[] {
  const out: SumRelation[] = [];
  ALLOCATED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALLOCATED.exec(text))) {
    const of = m.index + m[0].lastIndexOf("其中");
    if (read.includes(of)) continue;
    // (the whole's clause: from the last stop or comma before its amount)
    let from = m.index;
    while (from > 0 && !",。;:".includes(text[from - 1])) from--;
    const clause = text.slice(from, m.index);
    // (the amount is whole, not the tail of a longer number; its clause names money, no change nor standard, no 其中 of its own)
    if (!MONEY_WORD.test(clause) || CHANGE_WORD.test(clause)) continue;
    // (grad50a: nor a remainder not yet done — '45.66亿元,未分配0.32亿元,分配率99.3%。其中:中央…' —: the 其中 breaks down an
    // amount before it, which the sentence does not mark)
    if (REMAINDER.test(clause)) continue;
    // (a whole inside another 其中 list of its sentence — '其中:财政拨款800万元,其中一般公共预算700万元,…;事业收入200万元':
    // where the inner list ends is not said, neither list is read)
    const stop = text.lastIndexOf("。", m.index);
    if (text.lastIndexOf("其中", m.index) > stop) continue;
    const end = text.indexOf("。", ALLOCATED.lastIndex);
    const list = text.slice(ALLOCATED.lastIndex, end < 0 ? undefined : end).replace(/\([^()]*\)/g, "");
    // (grad50a: a whole in 亿元 over parts in 亿元, read with no unit)
    const unit = m[2];
    const termUnit = unit === "亿元" ? null : (unit as AmountUnit);
    // (dev54: parts broken down themselves — '…17347万元其中第一批资金9910万元,分别支持A3000万元、…;第二批资金7437万元,分别支持…'
    // —: each level against its own whole, nested-parts.ts; where the levels cannot be told apart, not read at all)
    const levels = nestedParts(list, nextStage);
    if (levels) {
      if (levels !== "refused") out.push(...levelSums(grid, r, c, m.index, ALLOCATED.lastIndex, clause, m[1], unit, levels, end >= 0));
      continue;
    }
    const parts: RelationTerm[] = [];
    let some = false;
    let bad = false;
    // (the list closed inside the text: by the sentence's end, or by a segment after it; one running to the text's end with
    // no stop may be cut there — a stored page's excerpt —, its parts may then fall short)
    let closed = end >= 0;
    const mixed = mixedFlows(clause, list);
    const flow = mixed ? flowOf(clause) : null;
    const segs = segments(list);
    // (scan60: the whole's sibling kinds, sibling-kinds.ts: null for a whole naming none — most)
    const sibling = segs.length > 1 ? siblingTest(clause) : null;
    for (let k = 0; k < segs.length; k++) {
      const seg = segs[k];
      // (the money's next clause, not a part: '…;全年执行99万元', '…,已拨付450万元')
      if (NEXT_CLAUSE.test(seg) || (k > 0 && LIST_TAIL.test(seg))) {
        closed = true;
        break;
      }
      // (prec49: a segment naming a total — '…;项目年初总体目标为:…资金合计2134.4万元' — is another whole, the list ended)
      // (scan59: or a stock of its own — '…;年末金融机构人民币各项贷款余额140.92亿元' after the deposits' 其中 —: 各项 names a whole)
      if (k > 0 && /合计|共计|总计|总额|各项/.test(seg)) {
        closed = true;
        break;
      }
      // (scan60: a segment naming a sibling kind of the whole — '加上级转移支付收入1884万元,其中:一般转移支付收入1478万元(…),上年
      // 结转结余60万元,基金调入103万元,收入合计…' —: the balance's next source, the list ended before it; sibling-kinds.ts)
      if (k > 0 && sibling && sibling(seg)) {
        closed = true;
        break;
      }
      // (prec49: a segment whose amount its own 其中 breaks down — '…;救助站86万;2023年中央财政下达…70662.4万元,其中,…' — is
      // the next whole, the list ended before it)
      if (k > 0 && k + 1 < segs.length && /^其中/.test(segs[k + 1])) {
        closed = true;
        break;
      }
      const p = SEGMENT.exec(seg);
      if (!p) {
        if (k < segs.length - 1) closed = true;
        break;
      }
      // ('其中包括兵团补贴…资金60万': the list's own word, no part of the first name)
      const name = k === 0 ? p[1].replace(/^(?:包括|包含|含)[:]?/, "") : p[1];
      // (scan58: a part of the money's other flow — a spending after an income's parts — is no part of it, money-flows.ts: the
      // list ended before it; its first part of that flow, the list is of none of the whole)
      if (otherFlow(flow, name)) {
        if (k === 0) bad = true;
        else closed = true;
        break;
      }
      const after = p[4];
      const own = bareUnit(p[3]);
      if (!name || AMOUNT_IN.test(after) || compoundTail(name) || name.includes("其中") || PART_CHANGE.test(name) || /占|比例/.test(name + after) || (own !== unit && !yuanAmongWan(own, unit, p[2])) || ((p[3] === "万" || p[3] === "亿") && after !== "")) {
        bad = true;
        break;
      }
      parts.push(lineTerm(grid, r, c, p[2] + p[3], p[2], name, own === unit ? termUnit : "元"));
      if (after.startsWith("等")) {
        some = true;
        break;
      }
      // (prec48: words after a part citing a document — '300万元****财政局…【2023】41号文件《关于…》' — are the next sentence's,
      // its stop lost in the copy: the list ended at this part)
      if (CITED.test(after)) {
        closed = true;
        break;
      }
    }
    // (scan58: parts of both flows under a whole of neither — its two sides —, as sentence-breakdowns.ts: not read)
    if (bad || parts.length < 2 || (mixed && flow === null && bothFlows(parts.map((p) => p.label ?? "")))) continue;
    const sum = parts.reduce((a, p) => a + yuanOf(p), 0) / toYuan(termUnit);
    // (lead, session 50: two complementary parts are the whole's every part unless the next sentence opens with another —
    // '…中央资金1372.7万元,地方资金98.6万元。其他资金859.6万元…': a third kind beside the pair, its stop a copy's)
    const paired = (completePair(parts) || namedKinds(sentenceAround(text, m.index), parts)) && !(end >= 0 && OTHER_NEXT.test(text.slice(end + 1)));
    // (scan59: functional categories of a region's spending — '全市公共财政预算支出…其中,一般公共服务支出…;教育支出…' — are some of
    // it, never its breakdown: region-selections.ts)
    const selection = parts.length >= 3 && closed && regionCategorySelection(text, m.index, clause, parts.map((p) => p.label));
    const rel = listSum(grid, r, c, m.index, clause, m[1], unit, parts, (parts.length >= 3 || paired) && closed && !some && !selection && sum >= Number(m[1]) / 2);
    // (dev56: a list whose parts up to its first ';' are the whole's breakdown — '共下达…资金2272万元,其中:中央资金1753万元,省级
    // 资金519万元;用于直发直补资金609.22万元、项目扶持资金138.78万元、切块项目资金1524万元' — breaks the whole down there; what
    // follows the ';' is another clause (the same money by its use), none of that list's parts: the group read where it adds up
    // and the whole list does not)
    const first = !some && !(rel.bound === "equal" && evaluateRelation(rel).ok) ? firstGroup(grid, r, c, m.index, clause, m[1], unit, list, parts) : null;
    if (first) {
      out.push(first);
      continue;
    }
    // (prec49: a list closed by '。' that does not add up, whose next sentence carries it on with parts of the whole's unit —
    // its last part set apart by a stop, '…,一般项目1265万元。绩效奖励299万元。' —: read on where that reading adds up)
    if (end >= 0 && !some && !(rel.bound === "equal" && evaluateRelation(rel).ok)) {
      // (dev56: its next parts named as the list's own are — the money's kinds, '其他收入23.36万元' after '…;经营收入0万元;附属单位上缴
      // 收入0万元。' —: read as a list cut after its first part reads on, runOnParts' alone words)
      // (dev59: or a group in the list's own parts' words, its last part with a count of its own — '…乌恰县安排项目57个、计划投资
      // 1.83亿元。阿合奇县安排项目37个、计划投资1.98亿元。' —: listShape)
      const more = runOnParts(text.slice(end + 1), (d, u, l) => lineTerm(grid, r, c, d + u, d, l, u === "亿元" ? null : (u as AmountUnit)), true, listShape(parts));
      // (dev59: a part in 亿元 carries no unit, as the whole's termUnit null)
      if (more && more.parts.every((p) => (p.unit ?? null) === termUnit)) {
        const long = listSum(grid, r, c, m.index, clause, m[1], unit, parts.concat(more.parts), true);
        // (dev59: or within the rounding its figures show, 19.89亿 over 6.83 + 9.24 + 1.83 + 1.98 = 19.88: the run-on list read as
        // the whole sentence's is, its residue told as the same list's would be — relations/evaluate.ts withinRounding)
        // (lead, session 59: only where every run-on part is in the list's shape — a next sentence in other words, '全州已完成投资
        // 1.98亿元', is read on only where the sum holds exactly)
        if (evaluateRelation(long).ok || (more.shaped && withinRounding(long.total, long.parts))) {
          out.push(long);
          continue;
        }
      }
    }
    out.push(rel);
  }
  return out;
}

/**
 * (dev56) The parts of an allocation's list before its first ';' (two at least, more parts read after it) as the whole's exact
 * breakdown where they add up to it; null where there is no such group or it does not add up (a slip in it is then flagged on
 * the whole list, as before).
 */
function firstGroup(grid: Grid, r: number, c: number, at: number, clause: string, digits: string, unit: string, list: string, parts: RelationTerm[]): SumRelation | null {
  const semi = list.indexOf(";");
  if (semi < 0) return null;
  const n = segments(list.slice(0, semi)).length;
  if (n < 2 || parts.length <= n) return null;
  const rel = listSum(grid, r, c, at, clause, digits, unit, parts.slice(0, n), true);
  return evaluateRelation(rel).ok ? rel : null;
}

/**
 * (dev48a) A 其中 list in a bracket right after the amount it breaks down: '公车购置及运行费995万元(其中公务用车购置费38万元,
 * 公务用车运行费958万元)', '项目资金合计120万元(其中:中央补助80万元、省级配套30万元、县级配套10万元)'. The bracket opening
 * with 其中 right after the amount says which amount the parts are of, and its close ends the list. The whole's clause (from
 * the last stop or comma) names no change nor standard (CHANGE_WORD: '比上年增加50万元(其中…)' is no breakdown of money);
 * the parts are the bracket's segments as allocations reads them (a name and one amount in the whole's unit; no share, no
 * change, no nested 其中); a segment that is not such a part leaves the bracket unread. Three parts or more adding to at least
 * half of the whole must add up; two may leave one unsaid (atMost), as the other 其中 lists.
 */
const BRACKETED = /(\d+(?:\.\d+)?)(亿元|万元|元)\(其中[,:]?([^()]*)\)/g;
/** BRACKETED's opening without its g flag: a sheet none of whose texts holds one has no such list (Grid.hasText) */
const ANY_BRACKETED = /\d(?:亿元|万元|元)\(其中/;

/** (dev59) parts this far over a figure are no breakdown of it (sentence-breakdowns.ts: more than a quarter over) */
const OVER_WHOLE = 1.25;

function bracketedLists(grid: Grid, r: number, c: number, text: string): SumRelation[] {
  const out: SumRelation[] = [];
  BRACKETED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKETED.exec(text))) {
    let from = m.index;
    while (from > 0 && !",。;:(".includes(text[from - 1])) from--;
    const clause = text.slice(from, m.index);
    if (!/[\u4e00-\u9fa5]{2}/.test(clause) || CHANGE_WORD.test(clause)) continue;
    const unit = m[2];
    const parts: RelationTerm[] = [];
    let bad = false;
    for (const seg of segments(m[3])) {
      const p = SEGMENT.exec(seg);
      const own = p ? bareUnit(p[3]) : "";
      if (!p || !p[1] || p[4] !== "" || p[1].includes("其中") || PART_CHANGE.test(p[1]) || /占|比例/.test(p[1]) || own !== unit) {
        bad = true;
        break;
      }
      parts.push(lineTerm(grid, r, c, p[2] + p[3], p[2], p[1], unit === "亿元" ? null : (unit as AmountUnit)));
    }
    if (bad || parts.length < 2) continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    // (dev59: a figure a 其中 clause names — '…6923.3552万元,其中结转资金3461.6776万元(其中:上级…6923.3552万元;本级…0万元)' — is
    // a part's own: a bracket whose parts run more than a quarter past it breaks down no part (the whole before it, or something
    // else), as sentence-breakdowns.ts reads parts so far over their whole; within that it is the part's own breakdown)
    if (clause.indexOf("其中") >= 0 && sum > Number(m[1]) * OVER_WHOLE) continue;
    out.push(listSum(grid, r, c, m.index, clause, m[1], unit, parts, (parts.length >= 3 || completePair(parts)) && sum >= Number(m[1]) / 2));
  }
  return out;
}

/** (dev54) a part's name that is the money's next clause, no part: the list ends before it */
const nextStage = (name: string) => NEXT_CLAUSE.test(name) || LIST_TAIL.test(name) || /合计|共计|总计|总额/.test(name);

/**
 * (dev54) The sums of a list of two levels (nested-parts.ts): the whole over its parts, each broken-down part over its own parts.
 * The list ends at a clause of the money's next stage or a restated total ('…;全年执行99万元', '…,以上合计…', nextStage), as a
 * flat list's; a part in another unit, or naming a change or a share, leaves the list unread. Each level is exact as a flat list is
 * (three parts or more, or a complementary pair, closed, adding up to at least half of its whole), else its parts may not
 * exceed it.
 */
function levelSums(grid: Grid, r: number, c: number, at: number, from: number, clause: string, digits: string, unit: string, levels: NestedLevels, closed: boolean): SumRelation[] {
  const { top, subs } = levels;
  if (levels.ended) closed = true;
  const pieces = top.concat(...subs.map((s) => s.parts));
  if (top.length < 2 || pieces.some((p) => (p.unit !== unit && !yuanAmongWan(p.unit, unit, p.digits)) || PART_CHANGE.test(p.name) || /占|比例|其中/.test(p.name) || CITED.test(p.name))) return [];
  const termUnit = unit === "亿元" ? null : (unit as AmountUnit);
  const term = (p: Piece) => lineTerm(grid, r, c, p.digits + p.unit, p.digits, p.name.replace(/^(?:包括|包含|含)[:]?/, ""), p.unit === unit ? termUnit : "元");
  const level = (at: number, label: string, whole: string, parts: RelationTerm[]) => {
    const sum = parts.reduce((a, p) => a + yuanOf(p), 0) / toYuan(termUnit);
    return listSum(grid, r, c, at, label, whole, unit, parts, (parts.length >= 3 || completePair(parts)) && closed && sum >= Number(whole) / 2);
  };
  return [level(at, clause, digits, top.map(term)), ...subs.map((s) => level(from + s.head.at, s.head.name, s.head.digits, s.parts.map(term)))];
}

/** (var54) a part written in 元 among parts in 万元, at least 1万元 — '其中中央资金1793000元,省级资金108.8万元' —: its own unit,
 * compared in yuan (allocations, two-level lists, prose-counts.ts' closing totals). An amount under 10000 written 元 beside 万元
 * ones — '179.3元' — is a slip of the unit: the list not read, as before. */
export const yuanAmongWan = (own: string, unit: string, digits: string): boolean => own === "元" && unit === "万元" && Number(digits) >= 1e4;

/** A whole stated in a sentence and its 其中 parts (allocations, bracketedLists): its parts run along the sentence, not down
 * lines — no line past the sheet's end is one of them (text-shares.ts); `equal` where the list is the whole's breakdown, else the
 * parts may not exceed it. */
/** (grad50a) a part's unit as its whole's is written: a bare 万 / 亿 after an amount is 万元 / 亿元 */
const bareUnit = (u: string) => (u === "万" ? "万元" : u === "亿" ? "亿元" : u);

function listSum(grid: Grid, r: number, c: number, at: number, clause: string, digits: string, unit: string, parts: RelationTerm[], equal: boolean): SumRelation {
  return {
    kind: "sum",
    id: `sum:amount:${grid.addr(r, c)}:${at}`,
    measure: "amount",
    block: "labelled-funds",
    orientation: "columns",
    label: clause,
    total: lineTerm(grid, r, c, digits + unit, digits, clause, unit === "亿元" ? null : (unit as AmountUnit)),
    parts,
    bound: equal ? "equal" : "atMost",
  };
}
