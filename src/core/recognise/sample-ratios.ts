import type { Grid } from "../grid/grid";
import type { RatioRelation, RelationTerm } from "../model/types";

/**
 * A rate stated in a sentence with the two counts it divides, as an evaluation's 概要表 or report reports a sample
 * check: "现场抽查20户，合格19户，合格率95%", "抽检样品40份，其中达标38份，达标率为95%", "调查50人，满意48人，满意度96%".
 * The rate is the passing count over the sampled one; its name repeats the passing word (合格 → 合格率, 满意 →
 * 满意度/满意率). The counts are whole numbers in the same unit (or the second without one), the passing one no more
 * than the sampled one; a year or an amount (2023年, 20万元) is no count.
 */
const SAMPLED = /(抽查|抽检|抽取|抽样|抽验|抽测|调查|检查|核查|走访|随访)[^\d，,；;。]{0,8}?(\d+)(户|人次|人|个|份|家|项|件|次|所|辆|台|套|处|名|批次|批|村|条|块)?(?![\d.年月日%万元])[，,、]?(?:其中)?[^\d；;。]{0,10}?(合格|达标|满意|符合|有效|正常|完好|通过)[^\d，,；;。]{0,6}?(\d+)(户|人次|人|个|份|家|项|件|次|所|辆|台|套|处|名|批次|批|村|条|块)?(?![\d.年月日%万元])/g;
/** the rate after the counts: its name (the passing word + 率/度), then the percentage */
const RATE = /^[^\d；;。]{0,12}?(合格|达标|满意|符合|有效|正常|完好|通过)(率|度)(?:为|是|达|达到)?[:：]?(\d+(?:\.\d+)?)[%％]/;
const MIN_TEXT = 12;
/** SAMPLED without its g flag: a sheet none of whose texts it matches reports no sample (Grid.hasText) */
const ANY_SAMPLED = new RegExp(SAMPLED.source);

export function sampleRatios(grid: Grid): RatioRelation[] {
  const out: RatioRelation[] = [];
  if (!grid.hasText(ANY_SAMPLED)) return out;
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      const raw = grid.raw(r, c);
      if (typeof raw !== "string" || raw.length < MIN_TEXT || !grid.ownsCell(r, c)) continue;
      const text = grid.compactText(r, c);
      if (!/率|度/.test(text)) continue;
      SAMPLED.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SAMPLED.exec(text))) {
        const rate = RATE.exec(text.slice(SAMPLED.lastIndex));
        if (!rate || rate[1] !== m[4]) continue;
        if (m[3] && m[6] && m[3] !== m[6]) continue;
        const sampled = Number(m[2]);
        const passed = Number(m[5]);
        const points = Number(rate[3]);
        if (sampled === 0 || passed > sampled || points > 100) continue;
        const cell = grid.addr(r, c);
        const term = (value: number, digits: string, label: string, percent = false): RelationTerm => {
          const dot = digits.indexOf(".");
          return { cell, row: r, col: c, text: digits, value, decimals: dot < 0 ? 0 : digits.length - dot - 1, percent, label };
        };
        const name = rate[1] + rate[2];
        out.push({
          kind: "ratio",
          id: `ratio:${cell}:${m.index}`,
          measure: "rate",
          block: "fund-block",
          name,
          label: name,
          stated: term(points / 100, rate[3], name, true),
          numerator: term(passed, m[5], m[4]),
          denominator: term(sampled, m[2], m[1]),
          bound: "equal",
        });
      }
    }
  }
  return out;
}
