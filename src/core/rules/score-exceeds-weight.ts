import { allGroups } from "../recognise";
import { bonusPoints } from "../text/labels";
import { hasCell } from "../model/indicator-row";
import { parallelScores } from "../recognise/parallel-scores";
import { resultPartCaps } from "../recognise/result-parts";
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
      zh: "得分不得超过分值（得分必须小于等于权重）；成绩表各分项得分不得超过其表头标注的满分（信息公开(30分)）。表格自相矛盾，无论采用何种口径均为错误。",
      en: "A score may never exceed its weight (得分必须小于等于权重), nor a result list's part the most points its head prints (信息公开(30分)): the sheet contradicts itself under any rules.",
    },
    source: "RULEBOOK A-V3, V-SCORE-LE-W (PK-JS)",
    messages: {
      indicator: { zh: "{{name}}得分 {{score}} 超过分值 {{weight}}", en: "{{name}}: score {{score}} exceeds its weight {{weight}}" },
      budget: { zh: "{{name}}预算执行得分 {{score}} 超过分值 {{weight}}", en: "{{name}}: budget execution score {{score}} exceeds its weight {{weight}}" },
      listPart: { zh: "{{name}}的{{part}}得分 {{score}} 超过其满分 {{max}} 分", en: "{{name}}: {{part}} score {{score}} exceeds its most points {{max}}" },
    },
  },
  check({ grid, model }) {
    const out: FindingDraft[] = [];
    const explained = model.columns.explanation;
    const sc = model.columns.score;
    const wc = model.columns.weight;
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
      const i = inds[ii];
      if (i.claimedScore === null || i.weight === null || !hasCell(i, "scoreCell")) continue;
      // the scoring rule printed beside it may grant bonus points ("一个加1分，最多加2分")
      const bonus = bonusPoints(i.rubric ?? (explained ? grid.text(i.row, explained) : null));
      // (a score merged down over lines of one item, each weighted and none a sub-item: it scores them all, out of
      // their points together — 6 + 5 + 5 under one 考评分)
      const withLines = sc ? linesScoredWith(grid, inds, ii, sc, wc) : 0;
      // (a line under the merge whose points are not read — cut by the page, its 分值 lost: the lines' points are not known)
      if (withLines === null) continue;
      const weight = i.weight + withLines;
      // (a 分值 merged down over lines each scored in its own cell, none weighted: its lines' scores count together
      // against it — 2 + 2 + 1 under one 5分, table-walk's worthSharedLines)
      const shared = wc ? linesUnderWorth(grid, inds, ii, wc, ownScore) : null;
      const score = i.claimedScore + (shared ? shared.sum : 0);
      // (kept apart from the one tolerance policy: a score typed to the thousandth, 10.004 over 10, is rounding noise of
      // the scorer's, tolerated by this rule's contract (score-exceeds-weight.test.ts); under the policy it would exceed)
      if (score > weight + bonus + 0.005) {
        out.push({
          cell: i.scoreCell!,
          related: [...(i.weightCell ? [i.weightCell] : []), ...(shared ? shared.cells : [])],
          messageId: "indicator",
          data: { name: i.name || "该指标", score, weight },
        });
      }
    }
    // a further score column, one per stage of review: each of its scores within its item's points too
    for (const col of model.parallelScoreCols ?? []) {
      // (each row's place among the indicators, for the lines a merged score covers: made once per column, few sheets have one)
      const at = new Map<Indicator, number>();
      for (let k = 0; k < model.indicators.length; k++) at.set(model.indicators[k], k);
      const scored = parallelScores(grid, model, col);
      // (the column's score of each line, for the lines one merged 分值 covers)
      const scoreIn = new Map<Indicator, { value: number; cell: string }>();
      for (const x of scored) scoreIn.set(x.ind, x.score);
      for (const { ind: i, score } of scored) {
        if (i.weight === null || !hasCell(i, "weightCell")) continue;
        // (a score merged down from a line above is that line's: read once, there)
        if (!grid.startsInRow(i.row, col)) continue;
        const bonus = bonusPoints(i.rubric ?? (explained ? grid.text(i.row, explained) : null));
        const k = at.get(i);
        const withLines = k === undefined ? 0 : linesScoredWith(grid, model.indicators, k, col, wc);
        if (withLines === null) continue;
        const weight = i.weight + withLines;
        const shared = wc && k !== undefined ? linesUnderWorth(grid, model.indicators, k, wc, (x) => (grid.startsInRow(x.row, col) ? scoreIn.get(x) ?? null : null)) : null;
        const value = score.value + (shared ? shared.sum : 0);
        if (value > weight + bonus + 0.005) out.push({ cell: score.cell, related: [...(i.weightCell ? [i.weightCell] : []), ...(shared ? shared.cells : [])], messageId: "indicator", data: { name: i.name || "该指标", score: value, weight } });
      }
    }
    // a score printed once for a group of weighted lines (group-scores.ts) against the lines' points together
    for (const g of model.groupScores ?? []) {
      if (g.points === null || g.score.value <= g.points + 0.005) continue;
      out.push({ cell: g.score.cell, related: g.weightCells, messageId: "indicator", data: { name: g.label || "该指标", score: g.score.value, weight: g.points } });
    }
    // a 一级 / 二级 group's own score (得分 at every level) against its own weight
    for (let k = 0, groups = allGroups(model.groups); k < groups.length; k++) {
      const g = groups[k];
      if (!g.score || g.weight === null || g.score.value <= g.weight + 0.005) continue;
      out.push({ cell: g.score.cell, related: g.weightCell ? [g.weightCell] : [], messageId: "indicator", data: { name: g.name || g.label, score: g.score.value, weight: g.weight } });
    }
    // a result list's part above the most points its head prints (信息公开(30分) over 31.5)
    if (model.family === "evaluation-summary") for (const x of resultPartCaps(grid)) out.push({ cell: x.cell, related: [x.headCell], messageId: "listPart", data: { name: x.unit, part: x.part, score: x.score, max: x.max } });
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
 * Null where a line under the merge with content of its own is no weighted item, nor under a 分值 merged down from the span (a group's last rule cut by the page, its
 * 分值 not printed: 12 over 1 + 2 + an unknown): the points the one score stands against are not all known.
 */
function linesScoredWith(grid: Grid, inds: Indicator[], k: number, sc: number, wc: number | undefined): number | null {
  const first = inds[k].row;
  const last = mergedLinesEnd(grid, first, sc);
  if (last === null) return 0;
  let sum = 0;
  let j = k + 1;
  for (let r = first + 1; r <= last; r++) {
    // (a line under the first line's 分值 merged down with the score: its points are the first line's, known)
    if (wc && !grid.startsInRow(r, wc) && grid.anchorRow(r, wc) >= first) continue;
    while (j < inds.length && inds[j].row < r) j++;
    const i = j < inds.length && inds[j].row === r ? inds[j] : null;
    if (!i) {
      if (grid.rowHasContent(r)) return null;
      continue;
    }
    if (i.childOfRow === null && i.weight !== null && !i.notApplicable) sum += i.weight;
    else if (i.childOfRow === null && i.weight === null && !i.notApplicable) return null;
  }
  return sum;
}

/** A line's own score in the score column: its claimed score where its score cell is its row's own. */
function ownScore(i: Indicator): { value: number; cell: string } | null {
  return i.claimedScore !== null && i.scoreCell ? { value: i.claimedScore, cell: i.scoreCell } : null;
}

/**
 * The scores of the lines after indicator k that its 分值 cell is merged down over, each scored in a cell of its own and
 * none weighted nor a sub-item (table-walk's worthSharedLines): their sum and cells, or null where the 分值 is its row's own
 * or no line under it is scored. Reads only the rows the merge covers.
 */
function linesUnderWorth(grid: Grid, inds: Indicator[], k: number, wc: number, scoreOf: (i: Indicator) => { value: number; cell: string } | null): { sum: number; cells: string[] } | null {
  const last = mergedLinesEnd(grid, inds[k].row, wc);
  if (last === null) return null;
  let sum = 0;
  const cells: string[] = [];
  for (let j = k + 1; j < inds.length && inds[j].row <= last; j++) {
    const i = inds[j];
    if (i.childOfRow !== null || i.weight !== null || i.notApplicable || grid.anchorRow(i.row, wc) !== inds[k].row) continue;
    const s = scoreOf(i);
    if (s === null) continue;
    sum += s.value;
    cells.push(s.cell);
  }
  return cells.length ? { sum, cells } : null;
}
