import { z } from "zod";

/** A rubric profile: every number a rule or score depends on (DESIGN §4). Validated with zod. */
export const gradeBandSchema = z.object({
  grade: z.string().min(1),
  /** inclusive lower bound */
  min: z.number(),
});

export const execCapSchema = z.object({
  /** applies when the execution rate is below this ratio */
  below: z.number().min(0).max(1),
  /** the highest total allowed */
  max: z.number().min(0),
});

export const profileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "id: lower-case letters, digits and '-'"),
    name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    /** RULEBOOK source keys behind the profile's choices */
    sources: z.array(z.string()).default([]),
    /** grade bands, highest first; the lowest must start at 0 or below */
    gradeBands: z.array(gradeBandSchema).min(2),
    /** S-NEG-PK: (1-(B-A)/A)·w, 0 at 2A; S-NEG-ALT: A/B·w */
    reverseFormula: z.enum(["pmkpi", "ratio"]).default("pmkpi"),
    /** qualitative tiers as shares of the weight [low, high) */
    qualitativeTiers: z
      .object({
        met: z.tuple([z.number(), z.number()]),
        partial: z.tuple([z.number(), z.number()]),
        missed: z.tuple([z.number(), z.number()]),
      })
      .default({ met: [0.8, 1], partial: [0.6, 0.8], missed: [0, 0.6] }),
    budget: z
      .object({
        /** expected weight of the budget-execution item (null: whatever the sheet says) */
        weight: z.number().positive().nullable().default(10),
        /** 执行率 denominator: 全年/调整后预算数 (adjusted) or 年初预算数 (initial) */
        denominator: z.enum(["adjusted", "initial"]).default("adjusted"),
        /** score = min(rate, 1) × weight (capped) or rate × weight (uncapped, pmkpi) */
        formula: z.enum(["capped", "uncapped"]).default("capped"),
        /** execution below this ratio needs a reason (Sichuan: 0.9); null: no such rule */
        reasonBelowRate: z.number().min(0).max(1).nullable().default(null),
      })
      .default({ weight: 10, denominator: "adjusted", formula: "capped", reasonBelowRate: null }),
    /** caps of the total by execution rate (DESK33); empty: none */
    execCaps: z.array(execCapSchema).default([]),
    overAchievement: z
      .object({
        /** actual ≥ factor × target flags over-achievement (pmkpi 1.2) */
        flagAt: z.number().min(1).default(1.2),
        /** points deducted at penaltyAt (DESK33: 2 at 1.3); 0: none */
        penalty: z.number().min(0).default(0),
        penaltyAt: z.number().min(1).default(1.3),
      })
      .default({ flagAt: 1.2, penalty: 0, penaltyAt: 1.3 }),
    /** Chongqing: 指标得分 = 得分系数 × 权重 */
    scoreCoefficient: z.boolean().default(false),
    /** not-applicable rows excluded and the total rescaled to 100 (DOCZJ) */
    naRescale: z.boolean().default(false),
    /** fixed first-level weights (warn when a sheet differs); empty: free split */
    firstLevelWeights: z.record(z.string(), z.number()).default({}),
    /** tolerance when comparing computed and stated numbers without a shown precision */
    tolerance: z.number().min(0).max(1).default(0.01),
  })
  .superRefine((p, ctx) => {
    for (let i = 1; i < p.gradeBands.length; i++) {
      if (p.gradeBands[i].min >= p.gradeBands[i - 1].min) {
        ctx.addIssue({
          code: "custom",
          path: ["gradeBands", i, "min"],
          message: "grade bands must be listed from the highest to the lowest lower bound",
        });
      }
    }
    const last = p.gradeBands.length - 1;
    if (last >= 0 && p.gradeBands[last].min > 0) {
      ctx.addIssue({ code: "custom", path: ["gradeBands", last, "min"], message: "the lowest grade band must start at 0 or below" });
    }
    for (const [k, [lo, hi]] of Object.entries(p.qualitativeTiers)) {
      if (lo > hi) ctx.addIssue({ code: "custom", path: ["qualitativeTiers", k], message: "low must not exceed high" });
    }
  });

export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
