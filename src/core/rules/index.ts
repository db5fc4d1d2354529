import { codeSequence } from "./code-sequence";
import { completionNoteMismatch } from "./completion-note-mismatch";
import { errorValue } from "./error-value";
import { execCap } from "./exec-cap";
import { execRateMismatch } from "./exec-rate-mismatch";
import { execScoreMismatch } from "./exec-score-mismatch";
import { forecastBelowExecuted } from "./forecast-below-executed";
import { gradeMismatch } from "./grade-mismatch";
import { implausibleTarget } from "./implausible-target";
import { indicatorScoreMismatch } from "./indicator-score-mismatch";
import { likelihoodVocabulary } from "./likelihood-vocabulary";
import { missingReason } from "./missing-reason";
import { missingScore } from "./missing-score";
import { negativeScore } from "./negative-score";
import { nonNumericValue } from "./non-numeric-value";
import { overAchievement } from "./over-achievement";
import { placeholderValue } from "./placeholder-value";
import { qualitativeBandRule } from "./qualitative-band";
import { quantificationRate } from "./quantification-rate";
import { rankMismatch } from "./rank-mismatch";
import { ratioMismatch } from "./ratio-mismatch";
import { rubricPointsMismatch } from "./rubric-points-mismatch";
import { scoreExceedsWeight } from "./score-exceeds-weight";
import { targetIncomplete } from "./target-incomplete";
import { targetPeriod } from "./target-period";
import { totalMismatch } from "./total-mismatch";
import { unitMismatch } from "./unit-mismatch";
import type { Rule } from "./types";
import { weightSumMismatch } from "./weight-sum-mismatch";

export * from "./types";

/** Every rule, one module each (DESIGN §3). Ids are a public contract. */
export const RULES: Rule[] = [
  weightSumMismatch,
  totalMismatch,
  scoreExceedsWeight,
  negativeScore,
  execRateMismatch,
  execScoreMismatch,
  indicatorScoreMismatch,
  gradeMismatch,
  rankMismatch,
  completionNoteMismatch,
  missingReason,
  missingScore,
  codeSequence,
  rubricPointsMismatch,
  qualitativeBandRule,
  nonNumericValue,
  placeholderValue,
  overAchievement,
  execCap,
  quantificationRate,
  ratioMismatch,
  implausibleTarget,
  errorValue,
  targetIncomplete,
  targetPeriod,
  unitMismatch,
  forecastBelowExecuted,
  likelihoodVocabulary,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
