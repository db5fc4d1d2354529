import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { Converter } from "opencc-js/cn2t";
import { Grid } from "../../src/core/grid/grid";
import { proseDigits } from "../../src/core/recognise/prose-rates";
import { review } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";

/*
 * prec61 (session 61): **comparisons in prose** — an amount against a base, its change and / or its rate (比上年 / 较上年 /
 * 同比 / 与上年相比 / 比预算 / 较2013年度决算数 …; 增加 / 增长 / 减少 / 下降 / 降低 / 节约). Every such clause printed in a prose
 * cell of the real sheets (real/, extra/) is read here by the harness's own pattern (COMPARISON below, not the engine's
 * readers), and kept where its printed figures agree by hand: the change is the two amounts' difference within their
 * rounding, the rate the change over the base at its shown precision (a clause printed with a slip is no reading the rewrites
 * could keep). A clause opening on the change of an earlier comparison ('…7926.14万元,比2014年度预算数减少1485.38万元,比2013年度
 * 决算数8750.27万元减少824.13万元') is the amount's before it (CHANGE_END, PRIOR_CLAUSE).
 * Each is then written again, alone in a one-cell sheet, under the rewrites a reviewer reads the same (REWRITES): two
 * bases in one sentence, the base's amount stated or not, the change alone, the rate alone, the verbs swapped, the rate
 * before the change, 与上年相比, traditional script with a mirror's pinyin glosses, full-width digits. As written it must
 * carry no error or warning; with its change or its rate altered as a publisher's slip would be (one digit off, broken())
 * it must be flagged. scripts/compare61-variants.ts prints the figures per rewrite; metamorphic-compare61.test.ts holds the
 * floors.
 */

export interface Comparison {
  /** where it was printed */
  sheet: string;
  cell: string;
  /** the amount's subject as printed before it (its last clause's words, no digit) */
  subject: string;
  amount: string;
  unit: string;
  /** the base as printed (上年, 上年同期, 2013年度, 预算数 …) and its words (决算数, 支出 …) */
  base: string;
  baseWords: string;
  /** the base's amount, printed or (where not) what the amount and the change give, to the wider of their decimals */
  baseAmount: string;
  baseStated: boolean;
  up: boolean;
  verb: string;
  change: string | null;
  rateVerb: string;
  rate: string | null;
}

const NUM = "(\\d+(?:\\.\\d+)?)";
const UNIT = "(万元|元|亿元)";
const BASE = "(上年同期|上年度|上年|去年同期|去年|上一年度|上一年|(?:19|20)\\d{2}年度?|年初预算数?|预算数?)";
const BASE_WORDS = "((?:的)?(?:累计)?(?:预算数|决算数|支出数|执行数|预算|决算|支出|执行)?)";
const VERB = "(增加|增长|上升|减少|下降|降低|节约|增|减)";
/** the harness's reading of a comparison clause (simplified text, ASCII digits: proseDigits') */
// (同比 and 与上年相比 name 上年同期 / their year as the base: written back as 比…)
const COMPARISON = new RegExp(
  `([^,;。:\\d%、]{0,16})${NUM}${UNIT},?(?:(?:同口径|同)?(?:较|比)${BASE}${BASE_WORDS}(?:${NUM}${UNIT})?|(同比)|(?:与|同)${BASE}(?:同期)?相比)` +
    `,?(?:${VERB}了?${NUM}${UNIT})?(?:,?(?:同比)?${VERB}了?${NUM}%)?`,
  "g",
);

/** a lead ending with a change's verb, and the amount and first comparison before it */
const CHANGE_END = /(?:增加|增长|上升|减少|下降|降低|节约|增|减)了?$/;
const PRIOR_CLAUSE = /([^,;。:\d%、]{0,16})(\d+(?:\.\d+)?)(万元|元|亿元),(?:同口径|同)?(?:较|比)(?:(?:19|20)\d{2}年度?)?[^,;。\d%]{1,16}$/;

const dec = (s: string) => (s.split(".")[1] ?? "").length;
const half = (s: string) => 0.5 * Math.pow(10, -dec(s));
const fmt = (x: number, d: number) => x.toFixed(d);

/** the clause's printed figures agree by hand (change = |amount − base| within rounding; rate = change / base at its precision) */
export function holds(c: Comparison): boolean {
  const a = Number(c.amount);
  const b = Number(c.baseAmount);
  if (!(b > 0)) return false;
  if ((c.up && a < b) || (!c.up && a > b)) return false;
  const slack = half(c.amount) + (c.baseStated ? half(c.baseAmount) : 0);
  if (c.change !== null && Math.abs(Math.abs(a - b) - Number(c.change)) > slack + half(c.change) + 1e-9) return false;
  if (c.rate !== null) {
    const delta = c.change !== null ? Number(c.change) : Math.abs(a - b);
    const exact = (100 * delta) / b;
    // (within the rate's half unit, or what the amounts within their rounding give)
    const hd = c.change !== null ? half(c.change) : slack;
    const lo = (100 * Math.max(0, delta - hd)) / (b + (c.baseStated ? half(c.baseAmount) : hd));
    const hi = (100 * (delta + hd)) / Math.max(1e-9, b - (c.baseStated ? half(c.baseAmount) : hd));
    const r = Number(c.rate);
    if (Math.abs(r - exact) > half(c.rate) + 1e-9 && (r < lo - half(c.rate) || r > hi + half(c.rate))) return false;
  }
  return true;
}

/** the sheets' prose comparisons, each once (the same clause on two sheets counted once) */
export function comparisons(dirs: string[] = ["real", "extra"]): Comparison[] {
  const out: Comparison[] = [];
  const seen = new Set<string>();
  for (const d of dirs) {
    const ids = readdirSync(join(FIXTURES, d)).filter((f) => f.endsWith(".json") && !f.endsWith(".truth.json") && !f.endsWith(".expect.json"));
    for (const f of ids) {
      const path = join(FIXTURES, d, f);
      const raw = readFileSync(path, "utf8");
      if (!/[较比較]/.test(raw) || !/[增减減降节節升]/.test(raw)) continue;
      const g = jsonGrid(path);
      for (let r = 1; r <= g.rowCount; r++)
        for (let c = 1; c <= g.colCount; c++) {
          const v = g.cell(r, c)?.v;
          if (typeof v !== "string" || v.length < 12) continue;
          const text = proseDigits(g.text(r, c));
          if (!text) continue;
          const cell = g.addr(r, c);
          COMPARISON.lastIndex = 0;
          for (let m = COMPARISON.exec(text); m; m = COMPARISON.exec(text)) {
            const [, lead0, amount0, unit, base1, baseWords1, bAmt, bUnit, sameTime, base2, verb, change, cUnit, rateVerb, rate] = m;
            // (a figure after a change's verb is that change, no amount: the clause after it is the amount's before its first
            // comparison — '决算数为7926.14万元,比2014年度预算数减少1485.38万元,比2013年度决算数8750.27万元减少824.13万元')
            // (the next clause may open on this one's change: read on after the amount)
            COMPARISON.lastIndex = m.index + lead0.length + amount0.length;
            let lead = lead0;
            let amount = amount0;
            if (CHANGE_END.test(lead0)) {
              const prior = PRIOR_CLAUSE.exec(text.slice(0, m.index + lead0.length));
              if (!prior || prior[3] !== unit) continue;
              lead = prior[1];
              amount = prior[2];
            }
            const base = base1 ?? base2 ?? (sameTime ? "上年同期" : "上年");
            const baseWords = baseWords1 ?? "";
            if (m.index + lead0.length > 0 && /[\d.]/.test(text[m.index + lead0.length - 1] ?? "")) continue;
            if (!verb && !rateVerb) continue;
            if ((bUnit && bUnit !== unit) || (cUnit && cUnit !== unit)) continue;
            const up = /增|升/.test(verb ?? rateVerb);
            if (verb && rateVerb && /增|升/.test(rateVerb) !== up) continue;
            if (!bAmt && !change) continue;
            const subject = lead.replace(/^年度?/, "").replace(/^(?:其中|一是|二是|三是|四是)/, "").replace(/^[(（]?[一二三四五六七八九十\d]+[)）.]/, "");
            if (subject.length < 2) continue;
            const places = Math.max(dec(amount), dec(change ?? ""));
            const baseAmount = bAmt ?? fmt(up ? Number(amount) - Number(change) : Number(amount) + Number(change), places);
            const cmp: Comparison = {
              sheet: `${d}/${f.replace(/\.json$/, "")}`,
              cell,
              subject,
              amount,
              unit,
              base,
              baseWords,
              baseAmount,
              baseStated: !!bAmt,
              up,
              verb: verb ?? (up ? "增加" : "减少"),
              change: change ?? null,
              rateVerb: rateVerb ?? (up ? "增长" : "下降"),
              rate: rate ?? null,
            };
            if (!holds(cmp)) continue;
            const key = `${subject}|${amount}|${base}|${change}|${rate}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push(cmp);
          }
        }
    }
  }
  return out;
}

/** the change (its base stated) or the base a change gives: the figure the rewrite may leave out */
const baseClause = (c: Comparison, stated: boolean) => `比${c.base}${c.baseWords}${stated ? c.baseAmount + c.unit : ""}`;
const changeOf = (c: Comparison, verb = c.verb) => (c.change !== null ? `${verb}${c.change}${c.unit}` : "");
const rateOf = (c: Comparison, verb = c.rateVerb) => (c.rate !== null ? `${verb}${c.rate}%` : "");
const joined = (...parts: string[]) => parts.filter(Boolean).join(",");
/** a change the sentence's other base is of: no figure of the clause's own, more than the change (the fixture's 1485.38 against 824.13) */
const otherChange = (c: Comparison) => {
  const x = Number(c.change ?? Math.abs(Number(c.amount) - Number(c.baseAmount))) * 1.7 + 1.3;
  return fmt(x, Math.max(dec(c.change ?? ""), dec(c.amount)));
};
/** the other base's rate, as its change and the amount give it (X / (amount + X), two places) */
const otherRate = (c: Comparison) => fmt((100 * Number(otherChange(c))) / (Number(c.amount) + Number(otherChange(c))), 2);
/** the other base of a two-base sentence: the budget where the clause's is a year, else 上年 */
const otherBase = (c: Comparison) => (/预算|年初/.test(c.base + c.baseWords) ? "上年" : "年初预算数");
const lead = (c: Comparison) => `${c.subject}${c.amount}${c.unit}`;
const needsChangeOrBase = (c: Comparison, stated: boolean) => c.change !== null || stated;

const cn2tw = Converter({ from: "cn", to: "tw" });
/** a mirror's traditional text with pinyin glosses after some characters ('數(shù)據(jù)', '決算數(shù)') */
const glossed = (s: string) => cn2tw(s).replace(/數/g, "數(shù)").replace(/據/g, "據(jù)").replace(/預算/g, "預(yù)算");
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/(?<=[０-９])\.(?=[０-９])/g, "．");

export interface Rewrite {
  /** the sentence, or null where the rewrite does not apply (nothing the reviewer could check left) */
  write(c: Comparison, change: string | null, rate: string | null): string | null;
  /** the figures the rewrite prints (a broken figure it does not print is no test of it) */
  prints: (c: Comparison) => { change: boolean; rate: boolean };
}

const withFigures = (c: Comparison, change: string | null, rate: string | null): Comparison => ({ ...c, change, rate });

export const REWRITES: Record<string, Rewrite> = {
  "as printed": {
    write: (c0, ch, r) => { const c = withFigures(c0, ch, r); return `${lead(c)},${joined(baseClause(c, c.baseStated) + changeOf(c), rateOf(c))}。`; },
    prints: (c) => ({ change: c.change !== null && (c.baseStated || c.rate !== null), rate: c.rate !== null }),
  },
  "base stated": {
    write: (c0, ch, r) => { const c = withFigures(c0, ch, r); return `${lead(c)},${joined(baseClause(c, true) + changeOf(c), rateOf(c))}。`; },
    prints: (c) => ({ change: c.change !== null, rate: c.rate !== null }),
  },
  "base not stated": {
    write: (c0, ch, r) => { const c = withFigures(c0, ch, r); return c.change === null ? null : `${lead(c)},${joined(baseClause(c, false) + changeOf(c), rateOf(c))}。`; },
    prints: (c) => ({ change: c.change !== null && c.rate !== null, rate: c.change !== null && c.rate !== null }),
  },
  "other base first": {
    write: (c0, ch, r) => { const c = withFigures(c0, ch, r); return !needsChangeOrBase(c, c.baseStated) ? null : `${lead(c)},比${otherBase(c)}减少${otherChange(c)}${c.unit},${joined(baseClause(c, c.baseStated) + changeOf(c), rateOf(c))}。`; },
    prints: (c) => ({ change: c.change !== null && (c.baseStated || c.rate !== null), rate: c.rate !== null }),
  },
  "other base first, base stated": {
    write: (c0, ch, r) => { const c = withFigures(c0, ch, r); return `${lead(c)},比${otherBase(c)}减少${otherChange(c)}${c.unit},${joined(baseClause(c, true) + changeOf(c), rateOf(c))}。`; },
    prints: (c) => ({ change: c.change !== null, rate: c.rate !== null }),
  },
  "other base first, a year's budget": {
    write: (c0, ch, r) => {
      const c = withFigures(c0, ch, r);
      const y = /^((?:19|20)\d{2})年/.exec(c.base);
      return `${lead(c)},比${y ? Number(y[1]) + 1 : 2024}年度预算数减少${otherChange(c)}${c.unit},${joined(baseClause(c, true) + changeOf(c), rateOf(c))}。`;
    },
    prints: (c) => ({ change: c.change !== null, rate: c.rate !== null }),
  },
  "other base first with its rate": {
    write: (c0, ch, r) => { const c = withFigures(c0, ch, r); return `${lead(c)},比${otherBase(c)}减少${otherChange(c)}${c.unit},下降${otherRate(c)}%,${joined(baseClause(c, true) + changeOf(c), rateOf(c))}。`; },
    prints: (c) => ({ change: c.change !== null, rate: c.rate !== null }),
  },
  "other base first with its rate, then a stop": {
    write: (c0, ch, r) => { const c = withFigures(c0, ch, r); return `${lead(c)},比${otherBase(c)}减少${otherChange(c)}${c.unit},下降${otherRate(c)}%。${joined(baseClause(c, true) + changeOf(c), rateOf(c))}。`; },
    prints: (c) => ({ change: c.change !== null, rate: c.rate !== null }),
  },
  "other base after": {
    write: (c0, ch, r) => { const c = withFigures(c0, ch, r); return `${lead(c)},${joined(baseClause(c, true) + changeOf(c), rateOf(c))},比${otherBase(c)}减少${otherChange(c)}${c.unit}。`; },
    prints: (c) => ({ change: c.change !== null, rate: c.rate !== null }),
  },
  "change alone": {
    write: (c0, ch) => { const c = withFigures(c0, ch, null); return c.change === null ? null : `${lead(c)},${baseClause(c, true)}${changeOf(c)}。`; },
    prints: (c) => ({ change: c.change !== null, rate: false }),
  },
  "rate alone": {
    write: (c0, _ch, r) => { const c = withFigures(c0, null, r); return c.rate === null ? null : `${lead(c)},${baseClause(c, true)}${rateOf(c)}。`; },
    prints: (c) => ({ change: false, rate: c.rate !== null }),
  },
  "verbs swapped": {
    write: (c0, ch, r) => {
      const c = withFigures(c0, ch, r);
      const v = c.up ? (c.verb === "增加" ? "增长" : "增加") : c.verb === "减少" ? "下降" : "减少";
      const rv = c.up ? (c.rateVerb === "增长" ? "增加" : "增长") : c.rateVerb === "降低" ? "下降" : "降低";
      return `${lead(c)},${joined(baseClause(c, true) + changeOf(c, v), rateOf(c, rv))}。`;
    },
    prints: (c) => ({ change: c.change !== null, rate: c.rate !== null }),
  },
  "rate before change": {
    write: (c0, ch, r) => { const c = withFigures(c0, ch, r); return c.rate === null || c.change === null ? null : `${lead(c)},${baseClause(c, true)}${rateOf(c)},${changeOf(c)}。`; },
    prints: (c) => ({ change: c.change !== null && c.rate !== null, rate: c.change !== null && c.rate !== null }),
  },
  "与上年相比": {
    write: (c0, ch, r) => { const c = withFigures(c0, ch, r); return c.change === null || /预算|年初/.test(c.base) ? null : `${lead(c)},与${c.base}相比,${joined(changeOf(c), rateOf(c))}。`; },
    prints: (c) => ({ change: c.change !== null && c.rate !== null, rate: c.change !== null && c.rate !== null }),
  },
  "traditional, glossed": {
    write: (c0, ch, r) => { const c = withFigures(c0, ch, r); return glossed(`${lead(c)},${joined(baseClause(c, true) + changeOf(c), rateOf(c))}。`); },
    prints: (c) => ({ change: c.change !== null, rate: c.rate !== null }),
  },
  "full-width digits": {
    write: (c0, ch, r) => { const c = withFigures(c0, ch, r); return fullWidth(`${lead(c)},${joined(baseClause(c, true) + changeOf(c), rateOf(c))}。`); },
    prints: (c) => ({ change: c.change !== null, rate: c.rate !== null }),
  },
};

/** a figure with one digit off as a publisher's slip would be: its first digit one up (9 one down) */
export function broken(s: string): string {
  const i = s.search(/[1-9]/);
  const d = Number(s[i]);
  return s.slice(0, i) + String(d === 9 ? 8 : d + 1) + s.slice(i + 1);
}

/** the error and warning flags of one sentence alone in a sheet */
export function flagsOf(sentence: string): string[] {
  const g = Grid.fromValues("Sheet1", [[sentence]], []);
  return review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.severity} ${f.rule}@${f.cell}`);
}

export interface RewriteStats {
  written: number;
  /** written as printed (figures agreeing), flagged: a false flag */
  falseFlags: { sentence: string; flags: string[] }[];
  changeBroken: number;
  changeFound: number;
  rateBroken: number;
  rateFound: number;
  missed: { sentence: string; which: "change" | "rate" }[];
}

export function measure(cs: Comparison[], only?: string): Record<string, RewriteStats> {
  const out: Record<string, RewriteStats> = {};
  for (const [name, rw] of Object.entries(REWRITES)) {
    if (only && name !== only) continue;
    const s: RewriteStats = (out[name] = { written: 0, falseFlags: [], changeBroken: 0, changeFound: 0, rateBroken: 0, rateFound: 0, missed: [] });
    for (const c of cs) {
      const sentence = rw.write(c, c.change, c.rate);
      if (sentence === null) continue;
      s.written++;
      const flags = flagsOf(sentence);
      if (flags.length) s.falseFlags.push({ sentence, flags });
      const p = rw.prints(c);
      if (p.change && c.change !== null) {
        const b = rw.write(c, broken(c.change), c.rate);
        if (b !== null) {
          s.changeBroken++;
          if (flagsOf(b).length) s.changeFound++;
          else s.missed.push({ sentence: b, which: "change" });
        }
      }
      if (p.rate && c.rate !== null) {
        const b = rw.write(c, c.change, broken(c.rate));
        if (b !== null) {
          s.rateBroken++;
          if (flagsOf(b).length) s.rateFound++;
          else s.missed.push({ sentence: b, which: "rate" });
        }
      }
    }
  }
  return out;
}
