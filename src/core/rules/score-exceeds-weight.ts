import { allGroups } from "../recognise";
import { bonusPoints } from "../text/labels";
import { hasCell } from "../model/indicator-row";
import { parallelScores } from "../recognise/parallel-scores";
import { FindingDraft, Rule } from "./types";
import { mergedLinesEnd } from "../model/merged-lines";
import type { Grid } from "../grid/grid";
import type { Indicator } from "../model/types";

export const scoreExceedsWeight: Rule = {
  meta: {
    id: "score-exceeds-weight",
    severity: "error",
    families: "all",
    title: { zh: "得分超过分值", en: "Score above its weight" },
    rationale: {
      zh: "得分不得超过分值（得分必须小于等于权重）。表格自相矛盾，无论采用何种口径均为错误。",
      en: "A score may never exceed its weight (得分必须小于等于权重): the sheet contradicts itself under any rules.",
    },
    source: "RULEBOOK A-V3, V-SCORE-LE-W (PK-JS)",
    messages: {
      indicator: { zh: "{{name}}得分 {{score}} 超过分值 {{weight}}", en: "{{name}}: score {{score}} exceeds its weight {{weight}}" },
      budget: { zh: "{{name}}预算执行得分 {{score}} 超过分值 {{weight}}", en: "{{name}}: budget execution score {{score}} exceeds its weight {{weight}}" },
    },
  },
  check({ grid, model }) {
    const out: FindingDraft[] = [];
    const explained = model.columns.explanation;
    const sc = model.columns.score;
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
      const i = inds[ii];
      if (i.claimedScore === null || i.weight === null || !hasCell(i, "scoreCell")) continue;
      // the scoring rule printed beside it may grant bonus points ("一个加1分，最多加2分")
      const bonus = bonusPoints(i.rubric ?? (explained ? grid.text(i.row, explained) : null));
      // (a score merged down over lines of one item, each weighted and none a sub-item: it scores them all, out of
      // their points together — 6 + 5 + 5 under one 考评分)
      const weight = i.weight + (sc ? linesScoredWith(grid, inds, ii, sc) : 0);
      // (kept apart from the one tolerance policy: a score typed to the thousandth, 10.004 over 10, is rounding noise of
      // the scorer's, tolerated by this rule's contract (score-exceeds-weight.test.ts); under the policy it would exceed)
      if (i.claimedScore > weight + bonus + 0.005) {
        out.push({
          cell: i.scoreCell!,
          related: i.weightCell ? [i.weightCell] : [],
          messageId: "indicator",
          data: { name: i.name || "该指标", score: i.claimedScore, weight },
        });
      }
    }
    // a further score column, one per stage of review: each of its scores within its item's points too
    for (const col of model.parallelScoreCols ?? []) {
      // (each row's place among the indicators, for the lines a merged score covers: made once per column, few sheets have one)
      const at = new Map<Indicator, number>();
      for (let k = 0; k < model.indicators.length; k++) at.set(model.indicators[k], k);
      for (const { ind: i, score } of parallelScores(grid, model, col)) {
        if (i.weight === null || !hasCell(i, "weightCell")) continue;
        // (a score merged down from a line above is that line's: read once, there)
        if (!grid.startsInRow(i.row, col)) continue;
        const bonus = bonusPoints(i.rubric ?? (explained ? grid.text(i.row, explained) : null));
        const k = at.get(i);
        const weight = i.weight + (k === undefined ? 0 : linesScoredWith(grid, model.indicators, k, col));
        if (score.value > weight + bonus + 0.005) out.push({ cell: score.cell, related: i.weightCell ? [i.weightCell] : [], messageId: "indicator", data: { name: i.name || "该指标", score: score.value, weight } });
      }
    }
    // a 一级 / 二级 group's own score (得分 at every level) against its own weight
    for (let k = 0, groups = allGroups(model.groups); k < groups.length; k++) {
      const g = groups[k];
      if (!g.score || g.weight === null || g.score.value <= g.weight + 0.005) continue;
      out.push({ cell: g.score.cell, related: g.weightCell ? [g.weightCell] : [], messageId: "indicator", data: { name: g.name || g.label, score: g.score.value, weight: g.weight } });
    }
    for (const b of model.budget?.items ?? []) {
      if (b.score && b.weight && b.score.value > b.weight.value + 0.005) {
        out.push({
          cell: b.score.cell,
          related: [b.weight.cell],
          messageId: "budget",
          data: { name: b.label.replace(/[:：]$/, ""), score: b.score.value, weight: b.weight.value },
        });
      }
    }
    return out;
  },
};

/**
 * The points of the lines after indicator k that its score cell is merged down over, each with a weight of its own and
 * none a sub-item (a sub-item's points are the parent's): the rows of one item scored once (table-walk's
 * scoreSharedLines). 0 where the score is its row's own. Reads only the rows the merge covers.
 */
function linesScoredWith(grid: Grid, inds: Indicator[], k: number, sc: number): number {
  const last = mergedLinesEnd(grid, inds[k].row, sc);
  if (last === null) return 0;
  let sum = 0;
  for (let j = k + 1; j < inds.length && inds[j].row <= last; j++) {
    const i = inds[j];
    if (i.childOfRow === null && i.weight !== null && !i.notApplicable) sum += i.weight;
  }
  return sum;
}
