import { allGroups } from "../recognise";
import { bonusPoints } from "../text/labels";
import { hasCell } from "../model/indicator-row";
import { parallelScores } from "../recognise/parallel-scores";
import { FindingDraft, Rule } from "./types";

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
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
      const i = inds[ii];
      if (i.claimedScore === null || i.weight === null || !hasCell(i, "scoreCell")) continue;
      // the scoring rule printed beside it may grant bonus points ("一个加1分，最多加2分")
      const bonus = bonusPoints(i.rubric ?? (explained ? grid.text(i.row, explained) : null));
      // (kept apart from the one tolerance policy: a score typed to the thousandth, 10.004 over 10, is rounding noise of
      // the scorer's, tolerated by this rule's contract (score-exceeds-weight.test.ts); under the policy it would exceed)
      if (i.claimedScore > i.weight + bonus + 0.005) {
        out.push({
          cell: i.scoreCell!,
          related: i.weightCell ? [i.weightCell] : [],
          messageId: "indicator",
          data: { name: i.name || "该指标", score: i.claimedScore, weight: i.weight },
        });
      }
    }
    // a further score column, one per stage of review: each of its scores within its item's points too
    for (const col of model.parallelScoreCols ?? []) {
      for (const { ind: i, score } of parallelScores(grid, model, col)) {
        if (i.weight === null || !hasCell(i, "weightCell")) continue;
        const bonus = bonusPoints(i.rubric ?? (explained ? grid.text(i.row, explained) : null));
        if (score.value > i.weight + bonus + 0.005) out.push({ cell: score.cell, related: i.weightCell ? [i.weightCell] : [], messageId: "indicator", data: { name: i.name || "该指标", score: score.value, weight: i.weight } });
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
