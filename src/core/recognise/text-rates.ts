import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";
import { mayHold, TextFact } from "./text-facts";

/**
 * A handling rate stated in a sentence with the counts it is made of, as the 通报 of a hotline or a mailbox write them
 * ("群众在“随手拍”反映问题共49件,全部回复,回复率100%,未办结1件,办结率99%", "收到“区长信箱”留言共19件,已办结17件,办结率89%",
 * "共受理…问题43739件,办结43365件,374件正在办理,办结率99.1%", "应结案案件总数为12806件,共结案12461件,总结案率97.31%"): the
 * rate names an outcome (办结, 回复, 答复, 结案, 反馈, 采纳), and the clause before it (the text from the last 。 or ; up to the
 * rate) states that outcome's count (已办结17件) or what is left without it (未办结1件, 374件正在办理), and, before that, the
 * whole it is taken of. The whole is not named: every count of the same unit stated before the outcome's in the clause, at
 * least as large, is a candidate ("共收到来信1563件,其中直接答复430件,受理转办有效信件1133件,已办结1121件,办结率98.94%" is of
 * the 1133 transferred, not of the 1563 received). A rate within one step of its last digit of the ratio over some candidate
 * (rounded or truncated: 99% for 1104 of 1105) holds; further off from every candidate it is miscomputed, stated as a ratio
 * over the nearest candidate (ratio-mismatch reports it). A rate whose outcome has no count in its clause ('全部回复', '已办结件'
 * where the number was never typed in) states nothing. A rate with a qualifier (按时办结率, 按期回复率) is read only against a
 * count with the same qualifier (按时办结597件), never against the plain outcome's.
 */
const UNIT = "件|条|封|起|宗|例";
/** "办结率99%", "总结案率97.31%", "按期回复率为98.35%", "处理答复率99.87%" */
const RATE = /(总|按时|按期|及时)?(办结|回复|答复|结案|反馈|采纳)率(?:为|达到?|是)?(\d+(?:\.\d+)?)%/g;
/** any count: "49件", "3059条", "43,739件" with its thousands commas (not the tail of a longer number or a decimal) */
const COUNT = new RegExp(`(^|[^\\d.])(\\d{1,3}(?:,\\d{3})+|\\d+)(${UNIT})`, "g");
/** what is left without the outcome after its count: "374件正在办理", "4条正在处理中", "(在办|办理中)5件" */
const OPEN_AFTER = new RegExp(`^(?:正在办理|正在处理|在办|尚在办理|正在核查)`);
const OPEN_BEFORE = /(?:正在办理|正在处理|在办|办理中|协调办理中)$/;
/** a sheet with no such rate in any text states none (Grid.hasText) */
export const ANY_RATE = /(办结|回复|答复|结案|反馈|采纳)率(?:为|达到?|是)?\d/;
/** the qualifiers a plain outcome's count must not carry (按时办结597件 is no count of all 办结; 超时办结4件, 未办结1件 neither) */
const QUALIFIED = /(按时|按期|及时|超时|超期|逾期|未|不)$/;
/** the words that may lead an outcome's count (已办结, 共结案, 实际办结, 累计办结) */
const DONE_LEAD = /(已|共|实际|累计)$/;

interface Count {
  value: number;
  unit: string;
  /** index of the number in the clause */
  at: number;
  /** the text from the clause's start (or the previous count) up to the number */
  before: string;
  /** the text after the unit */
  after: string;
}

function countsOf(clause: string): Count[] {
  const out: Count[] = [];
  COUNT.lastIndex = 0;
  let prev = 0;
  for (let m = COUNT.exec(clause); m; m = COUNT.exec(clause)) {
    const at = m.index + m[1].length;
    out.push({ value: Number(m[2].replace(/,/g, "")), unit: m[3], at, before: clause.slice(prev, at), after: clause.slice(at + m[2].length + m[3].length) });
    prev = at + m[2].length + m[3].length;
    // (the next count may start right after this one's unit)
    COUNT.lastIndex = prev;
  }
  return out;
}

export function textRates(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!mayHoldSentence(grid, 10) || !mayHold(grid, TextFact.handledWord) || !grid.hasText(ANY_RATE)) return out;
  for (const { row: r, col: c, text } of sentenceCells(grid, 10, ANY_RATE)) {
    const cell = grid.addr(r, c);
    let n = 0;
    for (const clause of text.split(/[。;；]/)) {
      RATE.lastIndex = 0;
      for (let m = RATE.exec(clause); m; m = RATE.exec(clause)) {
        const rel = rateRelation(clause.slice(0, m.index), m, cell, r, c, n);
        if (rel) {
          out.push(rel);
          n++;
        }
      }
    }
  }
  return out;
}

/** The relation of one stated rate against the counts before it in its clause, or null (it holds, or nothing to read). */
function rateRelation(before: string, m: RegExpExecArray, cell: string, row: number, col: number, n: number): RatioRelation | null {
  const qualifier = m[1] === "总" || !m[1] ? "" : m[1];
  const stem = m[2];
  const rateText = m[3];
  const counts = countsOf(before);
  // (the outcome's count, the last one before the rate: 已办结17件, 共结案12461件, 处理答复3055条; or what is left without
  // it: 未办结1件, 374件正在办理)
  let outcome: { at: number; done: (whole: number) => number; text: string } | null = null;
  for (let i = counts.length - 1; i >= 0 && !outcome; i--) {
    const x = counts[i];
    const lead = x.before;
    if (lead.endsWith("未" + qualifier + stem) || (stem === "办结" && !qualifier && (OPEN_BEFORE.test(lead) || OPEN_AFTER.test(x.after)))) {
      const left = x.value;
      outcome = { at: i, done: (whole) => whole - left, text: `${x.value}${x.unit}` };
    } else if ((lead.endsWith(qualifier + stem) || lead.endsWith(qualifier + stem + "完毕")) && !(qualifier === "" && QUALIFIED.test(lead.slice(0, lead.lastIndexOf(stem)).replace(DONE_LEAD, "")))) {
      const done = x.value;
      outcome = { at: i, done: () => done, text: `${x.value}${x.unit}` };
    }
  }
  if (!outcome) return null;
  const unit = counts[outcome.at].unit;
  // (the wholes it may be taken of: the counts before the outcome's, of its unit, none smaller than what it counts)
  const wholes: Count[] = [];
  for (let i = 0; i < outcome.at; i++) {
    const x = counts[i];
    // (a count of the outcome itself or of what is left open is no whole: 办结41365件 before 2374件正在办理)
    if (x.before.endsWith(stem) || x.before.endsWith(stem + "完毕") || OPEN_BEFORE.test(x.before) || OPEN_AFTER.test(x.after)) continue;
    const done = outcome.done(x.value);
    if (x.unit === unit && x.value > 0 && done >= 0 && done <= x.value) wholes.push(x);
  }
  if (!wholes.length) return null;
  const dot = rateText.indexOf(".");
  const decimals = dot < 0 ? 0 : rateText.length - dot - 1;
  const step = Math.pow(10, -decimals);
  const rate = Number(rateText);
  // (within one step of the last digit over some whole: a rounding or a truncation — it holds)
  if (wholes.some((w) => Math.abs(rate - (100 * outcome!.done(w.value)) / w.value) / step <= 1 + 1e-9)) return null;
  const whole = wholes[wholes.length - 1];
  const done = outcome.done(whole.value);
  const name = `${m[1] ?? ""}${stem}率`;
  const term = (value: number, text: string, label: string, percent = false, dec = 0): RelationTerm => ({ cell, row, col, text, value, decimals: dec, percent, label });
  return {
    kind: "ratio",
    id: `ratio:${cell}:rate${n ? `:${n}` : ""}`,
    measure: "rate",
    block: "fund-block",
    name,
    label: name,
    stated: term(rate / 100, rateText, name, true, decimals),
    numerator: term(done, String(done), `${stem}数`),
    denominator: term(whole.value, String(whole.value), "总数"),
    bound: "equal",
  };
}
