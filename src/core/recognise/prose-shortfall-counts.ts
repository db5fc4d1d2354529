import type { Grid } from "../grid/grid";
import type { SumRelation } from "../model/types";
import { sentenceCountSums } from "./period-count-parts";

/*
 * (rel54, session 54) **A count of things falling short, broken down by how they fall short**, each way a clause after it,
 * as a progress bulletin writes its laggards: '108个续建项目有12个项目推进不理想,有2个项目未恢复建设,9个项目进展缓慢,年度投资
 * 计划完成均在30%以下' (12 = 2 + 9: here 11, the slip).
 *
 * The weakest evidence that the clauses after the count are its every part, and not other subsets of the things counted
 * (countPartitions' rest word, 其中's list, are absent):
 * - the whole: '有N<unit><noun>…' closing its clause, its words after the count naming a shortfall (SHORTFALL: 不理想, 滞后,
 *   缓慢, 未…, 不到位 …);
 * - the parts: the clauses right after it (',' apart), the first opening with 有 as the whole's does, each 'a<unit><noun>…'
 *   — the count opening the clause, the whole's unit and noun (its first two characters), nothing else with a figure — and
 *   each naming a shortfall of its own: the ways of falling short are kinds of the whole's shortfall;
 * - the list ends at its ';' or '。', or at a clause with no figure of a count (a predicate the parts share: '…均在30%以下');
 *   two parts at least, each below the whole.
 * Refused: a part that names no shortfall ('有2个项目已竣工': a different cut of the things counted, 开工 / 竣工 / 在建); a part of
 * another noun or unit ('有2家企业未复工'); a clause after the parts with a count of its own (the list may run on); a whole
 * naming no shortfall ('有12个项目开工'); the parts opened by 其中 (sentence-breakdowns.ts reads those).
 */

const UNITS = "个|项|家|所|件|座|处|户|条|批";
/** a shortfall: not done, behind, slow, in trouble */
const SHORTFALL = /不理想|不到位|不达标|不及预期|滞后|缓慢|偏慢|较慢|迟缓|未|停工|停建|停滞|困难|问题|不足|落后/;
const WHOLE = new RegExp(`有(\\d+)(${UNITS})([\\u4e00-\\u9fa5]{2})([^\\d]*)$`);
const PART = new RegExp(`^(有)?(\\d+)(${UNITS})([\\u4e00-\\u9fa5]{2})([^\\d]*)$`);
const ANY = /有\d+(?:个|项|家|所|件|座|处|户|条|批)[^,;。\d]*(?:不理想|不到位|不达标|不及预期|滞后|缓慢|偏慢|较慢|迟缓|未|停工|停建|停滞|困难|问题|不足|落后)/;
const MIN_TEXT = 16;

export interface ShortfallCount {
  whole: { value: number; digits: string; words: string };
  parts: { value: number; digits: string; words: string }[];
}

/** The counts of things falling short and their ways a prose text (proseDigits') states (see above). */
export function shortfallCounts(text: string): ShortfallCount[] {
  const out: ShortfallCount[] = [];
  for (const group of text.split(/[。;!?]/)) {
    const clauses = group.split(",");
    for (let i = 0; i < clauses.length - 2; i++) {
      const w = WHOLE.exec(clauses[i]);
      if (!w || !SHORTFALL.test(w[3] + w[4])) continue;
      const whole = Number(w[1]);
      const parts: ShortfallCount["parts"] = [];
      let ok = true;
      let j = i + 1;
      for (; j < clauses.length; j++) {
        const c = clauses[j];
        if (!/\d/.test(c.replace(/\d+(?:\.\d+)?%/g, ""))) break;
        const p = PART.exec(c);
        if (!p || p[3] !== w[2] || p[4] !== w[3] || !SHORTFALL.test(p[5]) || (!parts.length && !p[1])) {
          ok = false;
          break;
        }
        const value = Number(p[2]);
        if (value >= whole) {
          ok = false;
          break;
        }
        parts.push({ value, digits: p[2], words: c });
      }
      if (ok && parts.length >= 2) out.push({ whole: { value: whole, digits: w[1], words: clauses[i].slice(w.index) }, parts });
    }
  }
  return out;
}

export function shortfallCountSums(grid: Grid): SumRelation[] {
  return sentenceCountSums(grid, MIN_TEXT, ANY, "shortfall", (text) =>
    shortfallCounts(text).map((s) => ({
      whole: { digits: s.whole.digits, label: s.whole.words.slice(0, 16) },
      parts: s.parts.map((x) => ({ digits: x.digits, label: x.words.slice(0, 16) })),
    })),
  );
}
