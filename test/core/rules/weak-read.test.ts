import { review } from "../../../src/core/review";
import { ruleById } from "../../../src/core/rules";
import { weakRead, WEAK_FAMILY_SCORE } from "../../../src/core/rules/types";
import { cleanIndicators, cleanProject, patch, projectSheet } from "./builders";

/**
 * A family read by weak evidence (scored below WEAK_FAMILY_SCORE): findings that depend on reading the table as that
 * family's — a scoring formula, whether a target is missed, a share above 100% — are info; a relation the sheet's own
 * labels state (a score below its 分值) keeps its severity. The same sheet read with full confidence keeps them all.
 */
function run(rule: string, indicator: Parameters<typeof patch>[2], confidence: number) {
  const b = projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, indicator), total: undefined }));
  const r = review(b.grid, "national");
  const model = { ...r.model, confidence };
  return ruleById(rule)!
    .check({ grid: b.grid, model, profile: r.profile, scores: r.scores, basis: r.profileBasis })
    .map((d) => ({ messageId: d.messageId, severity: d.severity ?? ruleById(rule)!.meta.severity }));
}

describe("weak reads", () => {
  test("weakRead: a known family below 0.7 is weak; 0.7 and above, and an unknown sheet, are not", () => {
    expect(WEAK_FAMILY_SCORE).toBe(0.7);
    expect(weakRead({ model: { family: "project-self-eval", confidence: 0.65 } as never })).toBe(true);
    expect(weakRead({ model: { family: "project-self-eval", confidence: 0.7 } as never })).toBe(false);
    expect(weakRead({ model: { family: "unknown", confidence: 0.55 } as never })).toBe(false);
  });

  test("indicator-score-mismatch: target ≥100, actual 80, scored 10 of 10 — a warning on a confident read, info on a weak one", () => {
    const row = { target: "≥100", actual: "80", score: 10, reason: "略" };
    expect(run("indicator-score-mismatch", row, 1)).toEqual([{ messageId: "formula", severity: "warning" }]);
    expect(run("indicator-score-mismatch", row, 0.6)).toEqual([{ messageId: "formula", severity: "info" }]);
  });

  test("missing-reason: a missed target (≥100 vs 80) scored full with no reason is an error, info on a weak read", () => {
    const row = { target: "≥100", actual: "80", score: 10, reason: undefined };
    expect(run("missing-reason", row, 1)).toEqual([{ messageId: "targetMissed", severity: "error" }]);
    expect(run("missing-reason", row, 0.6)).toEqual([{ messageId: "targetMissed", severity: "info" }]);
  });

  test("missing-reason: a score below its 分值 (8 of 10) with no reason stays an error on a weak read (the labels state it)", () => {
    expect(run("missing-reason", { score: 8, reason: undefined }, 0.6)).toEqual([{ messageId: "belowWeight", severity: "error" }]);
  });

  test("implausible-target: a 满意度 achieved at 290% is a warning, info on a weak read", () => {
    const row = { name: "服务对象满意度", target: "≥90%", actual: "290%", score: 10 };
    expect(run("implausible-target", row, 1)).toEqual([{ messageId: "actualAbove100", severity: "warning" }]);
    expect(run("implausible-target", row, 0.6)).toEqual([{ messageId: "actualAbove100", severity: "info" }]);
  });
});
