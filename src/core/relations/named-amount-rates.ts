import type { Grid } from "../grid/grid";
import type { RatioRelation, Relation, RelationTerm } from "../model/types";
import { proseDigits } from "../recognise/prose-rates";
import { mayHoldSentence, sentenceCells } from "../recognise/sentence-cells";

/*
 * (rep51, session 51) **A project's rate against the amount its name is given elsewhere.** A fund notice lists its
 * projects with their amounts in one paragraph ('其中:老年人福利项目1个,金额108万元,…;儿童福利项目1个,金额20万元') and
 * reports each project's spending in its own paragraph, headed by its name ('老年人福利项目:…截止2024年底,老年人福利项目支
 * 出102万元,资金执行率96.23%'), the base of the rate not restated there. Read here:
 * - **named amounts**: '<name>(N个),金额X万元' (or 资金 / 安排资金 / 预算 X万元), the name a project's, a fund's or a work's
 *   (ending in 项目 / 资金 / 工程 / 专项 / 计划 / 行动), opening its clause; one name stated with two amounts names none;
 * - **an execution rate with no base in its sentence**: '<name>支出Y万元,(资金)执行率R%' — one amount spent, no other
 *   amount in the sentence (a sentence stating its base is prose-rates' reading) — the base the named amount of the name
 *   before 支出, else of the name heading its paragraph ('残疾人福利项目:…中央彩票公益金支出为0万元,…执行率0%');
 * - **a share of a named project's funds**: 'Y万元,占<name>资金的R%' ('金额102万元,占老年人福利类项目资金的96.23%'), the
 *   base the named amount of that name.
 * Names match with their 类 and a closing 项目 dropped ('老年人福利类项目' is '老年人福利项目'), quotes and spaces gone. A
 * rate already read by another reader (a relation stating the same cell and value) is not read again.
 */

const AMOUNT = "(\\d+(?:\\.\\d+)?)(亿元|万元|元)";
/** '<name>(N个),金额X万元': the name opens its clause (after a stop, a colon or 其中) */
const NAMED = new RegExp(`(?:^|[,;:。])(?:其中:?)?([^,;:。\\d%()]{2,30}?)(?:\\d+个)?,?(?:金额|资金|安排资金|预算|预算资金|补助资金)(?:为|共)?${AMOUNT}`, "g");
/** a name of a project or a fund */
const NAME_END = /(?:项目|资金|工程|专项|计划|行动)$/;
/** an execution rate: '(资金)执行率96.23%' */
const EXEC = /((?:资金|预算)?执行率)(?:为|达|是|:)?(\d+(?:\.\d+)?)%/g;
/** the amount spent in the rate's sentence, with the words before it: '老年人福利项目支出102万元', '…公益金支出为0万元' */
const SPENT = new RegExp(`([^,;:。]{0,30}?)(?:支出|使用|执行|拨付)(?:资金)?(?:为|了)?${AMOUNT}`);
const ANY_AMOUNT = new RegExp(AMOUNT, "g");
/** 'Y万元,占<name>资金的R%' */
const SHARE = new RegExp(`${AMOUNT},?占([^,;:。\\d%]{2,30}?)(?:资金|经费|金额)(?:总额|总量)?的?(\\d+(?:\\.\\d+)?)%`, "g");
/** a paragraph's head naming its subject: '老年人福利项目:' */
const HEAD = /^([^,;:。\d%]{2,30}):/;
const ANY = /执行率|占[^,;。]{2,30}(?:资金|经费|金额)/;

const keyOf = (name: string) =>
  name
    .replace(/[“”"'‘’「」《》\s]/g, "")
    .replace(/^(?:其中|截止|截至)/, "")
    .replace(/类/g, "")
    .replace(/项目$/, "");
const toYuan = (v: number, unit: string) => (unit === "亿元" ? v * 1e8 : unit === "万元" ? v * 1e4 : v);

interface Named {
  value: number;
  digits: string;
  unit: string;
  row: number;
  col: number;
  name: string;
}

export function namedAmountRates(grid: Grid, found: readonly Relation[]): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!mayHoldSentence(grid, 8) || !grid.hasText(ANY)) return out;
  const cells = sentenceCells(grid, 8, /金额|资金|预算/);
  // the named amounts (a name stated with two amounts names none)
  const named = new Map<string, Named | null>();
  const texts = new Map<string, string>();
  for (const { row, col } of cells) {
    const text = proseDigits(grid.text(row, col));
    if (text === null) continue;
    texts.set(grid.addr(row, col), text);
    NAMED.lastIndex = 0;
    for (let m = NAMED.exec(text); m; m = NAMED.exec(text)) {
      const name = m[1].replace(/[“”"]/g, "");
      if (!NAME_END.test(name)) continue;
      const key = keyOf(name);
      if (key.length < 2) continue;
      const n: Named = { value: Number(m[2]), digits: m[2], unit: m[3], row, col, name };
      const had = named.get(key);
      if (had === undefined) named.set(key, n);
      else if (had && toYuan(had.value, had.unit) !== toYuan(n.value, n.unit)) named.set(key, null);
    }
  }
  if (!named.size) return out;
  const stated = new Set(found.filter((r) => r.kind === "ratio").map((r) => `${(r as RatioRelation).stated.cell}|${Math.round((r as RatioRelation).stated.value * 1e4)}`));
  const term = (row: number, col: number, text: string, value: number, label: string, percent = false): RelationTerm => {
    const digits = text.replace(/[^\d.]/g, "");
    const d = digits.indexOf(".");
    return { cell: grid.addr(row, col), row, col, text, value, decimals: d < 0 ? 0 : digits.length - d - 1, percent, label };
  };
  const baseOf = (name: string) => {
    const k = keyOf(name);
    return k.length >= 2 ? named.get(k) ?? null : null;
  };
  for (const { row, col } of cells) {
    const cell = grid.addr(row, col);
    const text = texts.get(cell);
    if (!text) continue;
    const head = HEAD.exec(text);
    let n = 0;
    // the execution rates
    EXEC.lastIndex = 0;
    for (let m = EXEC.exec(text); m; m = EXEC.exec(text)) {
      const from = Math.max(text.lastIndexOf("。", m.index), text.lastIndexOf(";", m.index)) + 1;
      const sentence = text.slice(from, m.index);
      const amounts = sentence.match(ANY_AMOUNT) ?? [];
      if (amounts.length !== 1) continue;
      const s = SPENT.exec(sentence);
      if (!s) continue;
      const subject = s[1].slice(s[1].lastIndexOf(",") + 1);
      const base = (subject && baseOf(subject)) || (head && baseOf(head[1])) || null;
      if (!base || toYuan(base.value, base.unit) <= 0) continue;
      // (the base stated in this sentence: prose-rates' reading)
      if (base.row === row && base.col === col && text.indexOf(`${base.digits}${base.unit}`, from) >= from && text.indexOf(`${base.digits}${base.unit}`, from) < m.index) continue;
      const value = Number(m[2]);
      if (stated.has(`${cell}|${Math.round((value / 100) * 1e4)}`) || stated.has(`${cell}|${Math.round(value * 1e4)}`)) continue;
      const spent = Number(s[2]);
      const [num, den] = s[3] === base.unit ? [spent, base.value] : [toYuan(spent, s[3]), toYuan(base.value, base.unit)];
      out.push({
        kind: "ratio",
        id: `ratio:named-base:${cell}:${n++}`,
        measure: "rate",
        block: "budget",
        name: m[1],
        label: m[1],
        bound: "equal",
        stated: term(row, col, `${m[2]}%`, value / 100, m[1], true),
        numerator: term(row, col, `${s[2]}${s[3]}`, num, "支出"),
        denominator: term(base.row, base.col, `${base.digits}${base.unit}`, den, `${base.name}金额`),
      });
    }
    // the shares of a named project's funds
    SHARE.lastIndex = 0;
    for (let m = SHARE.exec(text); m; m = SHARE.exec(text)) {
      const base = baseOf(m[3]);
      if (!base || toYuan(base.value, base.unit) <= 0) continue;
      const value = Number(m[4]);
      if (stated.has(`${cell}|${Math.round((value / 100) * 1e4)}`) || stated.has(`${cell}|${Math.round(value * 1e4)}`)) continue;
      const part = Number(m[1]);
      const [num, den] = m[2] === base.unit ? [part, base.value] : [toYuan(part, m[2]), toYuan(base.value, base.unit)];
      const name = `占${m[3]}资金的比例`;
      out.push({
        kind: "ratio",
        id: `ratio:named-base:${cell}:${n++}`,
        measure: "rate",
        block: "fund-block",
        name,
        label: name,
        bound: "equal",
        stated: term(row, col, `${m[4]}%`, value / 100, name, true),
        numerator: term(row, col, `${m[1]}${m[2]}`, num, "金额"),
        denominator: term(base.row, base.col, `${base.digits}${base.unit}`, den, `${base.name}金额`),
      });
    }
  }
  return out;
}
