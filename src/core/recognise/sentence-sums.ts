import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import { lineTerm } from "./budget";

/**
 * Amounts written in a sentence: "本项目共申请预算资金2026400元，其中村级组织运转400000元，…，村级工作目标奖励100000元。"
 * The total (after 共/合计/总计/总额/总投资) and the parts listed after 其中, up to the end of the sentence. With three
 * parts or more the list is the breakdown and must add up; with two, one part may be left unsaid, so the parts may
 * not exceed the total. Rates and per-head standards (每人…元, 人均, …元/人) are not parts.
 */
const TOTAL = /(共|共计|合计|总计|总额|总投资|总金额|总计划)[^，,。；;其]{0,16}?(\d+(?:\.\d+)?)(万元|元)[，,：:]?其中[：:]?/g;
const PART = /(\d+(?:\.\d+)?)(万元|元)(?![/／每])/g;
/** A standard or a rate right before the amount: not a part of the total. */
const PER_HEAD = /(每|人均|户均|亩均|标准|按|不低于|不超过|最高|最低)[^，,；;]{0,6}$/;
const MIN_TEXT = 16;
/** TOTAL without its g flag: a sheet none of whose texts it matches has no such sentence (Grid.hasText) */
const ANY_TOTAL = new RegExp(TOTAL.source);

export function sentenceSums(grid: Grid): SumRelation[] {
  const out: SumRelation[] = [];
  if (!grid.hasText(ANY_TOTAL)) return out;
  const { start, cols } = grid.textCells();
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      const c = cols[k];
      const text = grid.compactText(r, c);
      if (text.length < MIN_TEXT || !text.includes("其中")) continue;
      // (the same sentence in the cell left of it: a merge filled across by an export or a paste, read once)
      if (c > 1 && grid.compactText(r, c - 1) === text) continue;
      TOTAL.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = TOTAL.exec(text))) {
        const end = text.slice(TOTAL.lastIndex).search(/[。；;]|共|合计|总计/);
        const rest = text.slice(TOTAL.lastIndex, end < 0 ? undefined : TOTAL.lastIndex + end);
        const cell = grid.addr(r, c);
        const term = (digits: string, unit: string, label: string): RelationTerm => lineTerm(grid, r, c, digits + unit, digits, label, unit as AmountUnit);
        const parts: RelationTerm[] = [];
        let per = false;
        PART.lastIndex = 0;
        let p: RegExpExecArray | null;
        let from = 0;
        while ((p = PART.exec(rest))) {
          const before = rest.slice(from, p.index);
          if (PER_HEAD.test(before)) per = true;
          parts.push(term(p[1], p[2], before.replace(/^[，,、]/, "")));
          from = PART.lastIndex;
        }
        if (per || parts.length < 2) continue;
        out.push({
          kind: "sum",
          id: `sum:amount:${cell}:${m.index}`,
          measure: "amount",
          block: "labelled-funds",
          orientation: "rows",
          label: m[0].replace(/(\d+(?:\.\d+)?)(万元|元).*$/, ""),
          total: term(m[2], m[3], m[1]),
          parts,
          bound: parts.length >= 3 ? "equal" : "atMost",
        });
      }
    }
  }
  return out;
}
