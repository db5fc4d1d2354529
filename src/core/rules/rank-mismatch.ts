import type { Ranking, Relation, RankRelation } from "../model/types";
import { evaluateRelation, placeOf } from "../relations/evaluate";
import { relationMessage, relationMessages } from "../relations/messages";
import { statedCell } from "../relations";
import { outOfOrder } from "../recognise/ranks";
import { roundHalfUp, shownDecimals } from "../relations/tolerance";
import type { FindingDraft, Rule } from "./types";
import type { Grid } from "../grid/grid";
import { placeRanking, placeSequenceSlips } from "../recognise/place-rankings";

/**
 * A rank column's stated ranks against the totals they rank (recognise/unit-results.ts rankRelations): each line's rank
 * its place by total, the highest first (the lowest where a head says lower is better), tied totals sharing their places.
 * One slip, one finding: a line whose total keeps the order of the totals by rank is not out of place, however far a slip
 * above it shifted its place (2009's third place 75.46 ranked above 93.95 … 82.00: 75.46 alone — unit-results.ts
 * outOfOrder); a total that is itself a broken total (its parts give another value, total-mismatch) is ranked
 * at the value its parts give; a rank that then holds is out of place only through that total, and not reported.
 */
export const rankMismatch: Rule = {
  meta: {
    id: "rank-mismatch",
    severity: "error",
    families: "all",
    title: { zh: "排名与总分不符", en: "Rank does not follow the totals" },
    rationale: {
      zh: "结果表列出排名（排名、名次）时，各行排名须按其总分排列：总分最高者为第 1 名（表头注明越低越好时为最低者），总分相同者可并列或依次排列；总分本身与其明细不符时，按明细计得的总分核对排名。",
      en: "Where a result list prints a rank (排名, 名次) beside the totals, each line's rank is its place by total: 1 for the highest (the lowest where a head says lower is better), tied totals sharing the places they span; a total that differs from its own parts is ranked at the value its parts give.",
    },
    source: "wsum41-diagnosis: 南通 2017-08 街道考核通报 (19 lines) and the 营商环境 各县(市、区)排名表 (12 lines): every rank follows its total",
    messages: {
      ...relationMessages(["rank"]),
      placeSequence: {
        zh: "{{unit}}的名次 {{place}} 接在上一行名次 {{prev}} 之后，按并列排名（如 1、2、2、4）或连续排名（如 1、2、2、3）都应为 {{expected}} 之一",
        en: "{{unit}}'s place {{place}} follows place {{prev}} on the line above: under competition (1, 2, 2, 4) or dense (1, 2, 2, 3) ranking it should be one of {{expected}}",
      },
    },
  },
  check({ grid, model }) {
    const rels = model.relations;
    const ranked: RankRelation[] = [];
    for (let i = 0; i < rels.length; i++) if (rels[i].kind === "rank") ranked.push(rels[i] as RankRelation);
    if (!ranked.length) return model.family === "evaluation-summary" ? placeSequenceFindings(grid, model.headerRow) : [];
    const fixed = brokenTotals(rels, ranked);
    const resorted = new Map<Ranking, number[]>();
    // (each ranking's lines out of order by their ranks: a line in order whose place a slip above it shifted is no slip)
    const unordered = new Map<Ranking, Set<string>>();
    const out: FindingDraft[] = [];
    for (const r of ranked) {
      const o = evaluateRelation(r);
      if (o.ok) continue;
      // (ranked at the values the broken totals' parts give: still out of place, or not)
      if (fixed.size) {
        let sorted = resorted.get(r.ranking);
        if (!sorted) {
          sorted = r.ranking.totals.map((t) => fixed.get(t.cell) ?? t.value).sort((a, b) => (r.ranking.ascending ? a - b : b - a));
          if (r.ranking.dense) sorted = sorted.filter((v, k, all) => k === 0 || Math.abs(v - all[k - 1]) > 1e-9);
          resorted.set(r.ranking, sorted);
        }
        const p = placeOf(fixed.get(r.total.cell) ?? r.total.value, sorted, r.ranking.ascending);
        if (r.rank.value >= p.first && r.rank.value <= p.last) continue;
      }
      let off = unordered.get(r.ranking);
      if (!off) {
        const lines = ranked.filter((x) => x.ranking === r.ranking);
        const k = outOfOrder(lines.map((x) => x.rank), lines.map((x) => fixed.get(x.total.cell) ?? x.total.value).map((v, i) => ({ ...lines[i].total, value: v })), r.ranking.ascending);
        unordered.set(r.ranking, (off = new Set([...k].map((i) => lines[i].total.cell))));
      }
      if (!off.has(r.total.cell)) continue;
      // (a place column shared by lists side by side: the list's own total, the place beside it)
      out.push(r.ranking.shared ? { cell: r.total.cell, related: [r.rank.cell], ...relationMessage(r, o) } : { cell: r.rank.cell, related: [r.total.cell], ...relationMessage(r, o) });
    }
    return out;
  },
};

/**
 * The ranked totals that are themselves broken totals (a sum, a score rollup, a weighted total): their computed values,
 * at the precision the ranking prints its totals (the most decimals among them): 95.32 × 40% + 93.5 × 40% + 93.9 × 20%
 * = 94.308 is ranked as the 94.31 the sheet would print, tied with another 94.31, not below it.
 */
function brokenTotals(rels: readonly Relation[], ranked: RankRelation[]): Map<string, number> {
  // (each ranking's precision read once, every total's cell then looked up)
  const printed = new Map<Ranking, number>();
  const decimals = new Map<string, number>();
  for (const r of ranked) {
    let d = printed.get(r.ranking);
    if (d === undefined) printed.set(r.ranking, (d = Math.max(...r.ranking.totals.map(shownDecimals))));
    decimals.set(r.total.cell, d);
  }
  const out = new Map<string, number>();
  for (let i = 0; i < rels.length; i++) {
    const r = rels[i];
    if (r.kind !== "sum" && r.kind !== "rollup" && r.kind !== "weighted" && r.kind !== "difference") continue;
    const d = decimals.get(statedCell(r));
    if (d === undefined) continue;
    const o = evaluateRelation(r);
    if (!o.ok && o.computed !== null) out.set(statedCell(r), roundHalfUp(o.computed, d));
  }
  return out;
}

/**
 * A ranking by place only (recognise/place-rankings.ts: 名次 | 县(市)区, no score): nothing to rank the places by, so only
 * what is wrong under both competition and dense ranking is told — a place skipped with no tie before it, a place out of
 * order — at the place's cell. Read only where the ranking is the sheet's table (its head the model's header).
 */
function placeSequenceFindings(grid: Grid, headerRow: number | null): FindingDraft[] {
  const k = placeRanking(grid);
  if (!k || k.headerRow !== headerRow) return [];
  const out: FindingDraft[] = [];
  for (const i of placeSequenceSlips(k.places)) {
    const prev = k.places[i - 1];
    const cell = grid.addr(k.rows[i], k.rankCol);
    // (a tie with the line above, or the next place by count or after it: 1 2 2 4 or 1 2 2 3)
    const expected = [...new Set([prev, prev + 1, i + 1])].join("/");
    out.push({ cell, related: [grid.addr(k.rows[i - 1], k.rankCol)], messageId: "placeSequence", data: { unit: grid.compactText(k.rows[i], k.unitCol), place: k.places[i], prev, expected } });
  }
  return out;
}
