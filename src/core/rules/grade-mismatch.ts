import type { Grid } from "../grid/grid";
import { bandsInText, mayStateBands } from "../recognise/grade-bands";
import { findLoneGrades, findStatedGrades } from "../recognise/stated-grades";
import { BUILTIN_PROFILES } from "../rubric/builtin";
import type { Profile } from "../rubric/schema";
import { gradeFor, normalizeGrade } from "../score/grade";
import { compact } from "../text/normalize";
import { basisWords, FindingDraft, profileAssumed, Rule } from "./types";

type Bands = Profile["gradeBands"];

/**
 * The grade bands the sheet prints ("90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差"),
 * or null when it prints none (at least two graded lower bounds in one cell). The lowest grade starts at 0.
 */
export function printedGradeBands(grid: Grid): { bands: Bands; cell: string } | null {
  // (the cells with text of their own, row by row: the cheap test on the raw value first, the few long texts with 分)
  const { start, cols } = grid.textCells();
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      const c = cols[k];
      if (!mayStateBands(grid.raw(r, c))) continue;
      const bands = bandsInText(grid.compactText(r, c)); // owned: compact(raw), memoised on the grid
      if (bands) return { bands, cell: grid.addr(r, c) };
    }
  }
  return null;
}

/** a pass written as such: 中 of four levels (优秀/良好/合格/不合格), or the middle of three (优秀/合格/不合格, SEED001) */
const PASS_WORD = /^合格$/;

const bandsText = (bands: Bands) => bands.map((b) => `${b.grade}≥${b.min}`).join("，");

/** Every grade band set a region is known to use (the built-in profiles and the chosen one). */
function knownBandSets(profile: Profile): Bands[] {
  return [profile.gradeBands, ...Object.values(BUILTIN_PROFILES).map((p) => p.gradeBands)];
}

export const gradeMismatch: Rule = {
  meta: {
    id: "grade-mismatch",
    severity: "error",
    families: "all",
    title: { zh: "评价等级与总分不符", en: "Grade does not match the total" },
    rationale: {
      zh: "填报的等级必须与填报总分在等级标准下的等级一致（各档含下限）；等级写在总分行、总分下方、表头一行（评价分值:92.5分 评价等级:良）、自评分值旁或评价结论中，均按此核对。表内注明等级标准时按其所注；否则按所选或识别出的规则方案。各地等级标准不同（如优≥80 或中≥70），仅按假定的全国口径判断时为提示（info）并写明假定；任何已知等级标准都不会给出的等级（如 75 分评为优）仍为错误。",
      en: "The stated grade must be the grade of the stated total under the bands (inclusive lower bounds), wherever the sheet states it: in the total row or under it, in a header line, beside 自评分值, or in the 评价结论. Bands the sheet prints come first, then the chosen or detected profile's. Regions differ (优 ≥ 80, 中 ≥ 70): under assumed national bands the finding is info naming the assumption; a grade no known band set gives (优 for 75) stays an error.",
    },
    source: "RULEBOOK §8 G-NAT/G-XJ/G-PK (DZGC, SEED001, PK-GRADE)",
    messages: {
      printed: {
        zh: "总分 {{total}} 按表内注明的等级标准（{{bands}}）应为「{{expected}}」，表中为「{{stated}}」",
        en: "A total of {{total}} is graded {{expected}} under the bands the sheet states ({{bands}}); the sheet says {{stated}}",
      },
      profile: {
        zh: "总分 {{total}} {{rules}}等级标准（{{bands}}）应为「{{expected}}」，表中为「{{stated}}」",
        en: "A total of {{total}} is graded {{expected}} under {{rulesEn}} ({{bands}}); the sheet says {{stated}}",
      },
      assumed: {
        zh: "表内未注明等级标准；总分 {{total}} {{rules}}（{{bands}}）应为「{{expected}}」，表中为「{{stated}}」（各地等级标准不同，请核对）",
        en: "The sheet states no grade bands; a total of {{total}} is graded {{expected}} {{rulesEn}} ({{bands}}); the sheet says {{stated}} (regions differ: please check)",
      },
      beyondAnyBands: {
        zh: "总分 {{total}} 评为「{{stated}}」，已知各地等级标准均不会给出此等级（{{rules}}应为「{{expected}}」）",
        en: "No known grade bands give {{stated}} for a total of {{total}} ({{rulesEn}}: {{expected}})",
      },
    },
  },
  check(ctx) {
    const { grid, model, profile, scores } = ctx;
    const out: FindingDraft[] = [];
    let printed: ReturnType<typeof printedGradeBands> | undefined;
    const report = (gradeText: string, gradeCell: string, total: number, related: string[]) => {
      const stated = normalizeGrade(compact(gradeText));
      if (!stated) return;
      if (printed === undefined) printed = printedGradeBands(grid);
      const bands = printed?.bands ?? profile.gradeBands;
      const expected = gradeFor(total, bands);
      if (expected === stated) return;
      const rel = [...related, ...(printed ? [printed.cell] : [])].filter((c) => c !== gradeCell);
      const base = { total, expected, stated: gradeText, bands: bandsText(bands) };
      if (printed) {
        out.push({ cell: gradeCell, related: rel, messageId: "printed", data: base });
        return;
      }
      const basis = basisWords(ctx, "gradeBands");
      const data = { ...base, rules: basis.zh, rulesEn: basis.en };
      if (!profileAssumed(ctx, "gradeBands")) {
        out.push({ cell: gradeCell, related: rel, messageId: "profile", data });
        return;
      }
      // under assumed bands: an error only when no known band set gives the stated grade
      // (合格 may be a three-level scheme's pass, 优秀/合格/不合格 as 塔城 labels its results: 良 under four levels)
      const pass = PASS_WORD.test(compact(gradeText));
      const possible = knownBandSets(profile).some((b) => {
        const g = gradeFor(total, b);
        return g === stated || (pass && g === "良");
      });
      out.push({ cell: gradeCell, related: rel, severity: possible ? "info" : "error", messageId: possible ? "assumed" : "beyondAnyBands", data });
    };
    const g = model.grade;
    // (a table cut off has no re-check total of its own: only a stated one grades it)
    // (an amount list's 合计 is no score a grade grades)
    const statedTotal = model.totals?.amount ? null : (model.totals?.score ?? null);
    const total = statedTotal?.value ?? (model.truncated ? null : scores.computedTotal);
    const checked = new Set<string>();
    if (g && total !== null && total !== undefined) {
      report(g.value, g.cell, total, statedTotal ? [statedTotal.cell] : []);
      checked.add(g.cell);
    }
    // grades stated elsewhere with the score beside them (header lines, 自评分值/自评等级, 评价结论)
    // (not on an indicator's line with a score within its weight: "评价结果：9分，优" beside 项目立项 | 9 grades that item,
    // not the sheet's total under the sheet's bands)
    // (the lines' weights indexed only where a grade is stated: most sheets state none, and a 2,000-row table's map of
    // pairs was most of what this rule made)
    const stated = findStatedGrades(grid);
    const itemWeights = stated.length ? new Map(model.indicators.map((i) => [i.row, i.weight])) : null;
    for (const s of stated) {
      if (checked.has(s.gradeCell)) continue;
      const row = Number(/\d+$/.exec(s.gradeCell)?.[0] ?? 0);
      const weight = itemWeights!.get(row);
      if (weight !== undefined && (weight === null || s.score <= weight + 1e-9)) continue;
      checked.add(s.gradeCell);
      report(s.grade, s.gradeCell, s.score, [s.scoreCell]);
    }
    // a grade stated with no score beside it grades the sheet's total ("自评结论 | 优" under the table)
    if (total !== null && total !== undefined) {
      // (not inside the indicator table: a 评价说明 there may grade its own indicator, "检查结果:优")
      const first = model.headerLastRow ?? Infinity;
      const lastRow = model.indicators.length ? model.indicators[model.indicators.length - 1].row : first;
      for (const s of findLoneGrades(grid)) {
        const row = Number(/\d+$/.exec(s.gradeCell)?.[0] ?? 0);
        if (row >= first && row <= lastRow) continue;
        if (checked.has(s.gradeCell)) continue;
        checked.add(s.gradeCell);
        report(s.grade, s.gradeCell, total, statedTotal ? [statedTotal.cell] : []);
      }
    }
    return out;
  },
};
