import type { Profile, ProfileInput } from "./schema";

/**
 * The built-in profiles are plain data: zod (and the schema) are not loaded to read them, only to validate a
 * user's profile (load.ts). `complete` fills the schema's defaults in the schema's key order; the unit suite
 * checks that every built-in equals profileSchema.parse of its input (test/core/rubric/builtin-plain.test.ts).
 */
export function completeProfile(p: ProfileInput): Profile {
  return {
    id: p.id,
    name: p.name,
    sources: p.sources ?? [],
    gradeBands: p.gradeBands,
    reverseFormula: p.reverseFormula ?? "pmkpi",
    qualitativeTiers: p.qualitativeTiers ?? { met: [0.8, 1], partial: [0.6, 0.8], missed: [0, 0.6] },
    budget: p.budget
      ? { weight: p.budget.weight === undefined ? 10 : p.budget.weight, denominator: p.budget.denominator ?? "adjusted", formula: p.budget.formula ?? "capped", reasonBelowRate: p.budget.reasonBelowRate ?? null }
      : { weight: 10, denominator: "adjusted", formula: "capped", reasonBelowRate: null },
    execCaps: p.execCaps ?? [],
    overAchievement: p.overAchievement
      ? { flagAt: p.overAchievement.flagAt ?? 1.2, penalty: p.overAchievement.penalty ?? 0, penaltyAt: p.overAchievement.penaltyAt ?? 1.3 }
      : { flagAt: 1.2, penalty: 0, penaltyAt: 1.3 },
    scoreCoefficient: p.scoreCoefficient ?? false,
    naRescale: p.naRescale ?? false,
    firstLevelWeights: p.firstLevelWeights ?? {},
    tolerance: p.tolerance ?? 0.01,
  };
}

const NATIONAL_BANDS = [
  { grade: "优", min: 90 },
  { grade: "良", min: 80 },
  { grade: "中", min: 60 },
  { grade: "差", min: 0 },
];

/** Built-in profiles, each traceable to the RULEBOOK (source keys in `sources`). */
export const BUILTIN_INPUTS: ProfileInput[] = [
  {
    id: "national",
    name: { zh: "全国通用（财预〔2020〕10号口径）", en: "National default" },
    sources: ["DZGC (G-NAT)", "PK-SCORE (S-POS, S-NEG-PK, S-EQ, S-QUAL)", "CZ/TC (A-W1, A-S1)", "PK-JS (V-FLAG-120)"],
    gradeBands: NATIONAL_BANDS,
  },
  {
    id: "xinjiang",
    name: { zh: "新疆（中档 70–80 分）", en: "Xinjiang (中 = 70–80)" },
    sources: ["SEED001 (G-XJ)"],
    gradeBands: [
      { grade: "优", min: 90 },
      { grade: "良", min: 80 },
      { grade: "中", min: 70 },
      { grade: "差", min: 0 },
    ],
  },
  {
    id: "sichuan",
    name: { zh: "四川（调整后预算数口径，执行率低于90%须说明原因）", en: "Sichuan (adjusted budget, reason below 90%)" },
    sources: ["QS, DYX (SC-V1, V-REASON-EXEC90)", "QS (SC-V3: 10 + 90)"],
    gradeBands: NATIONAL_BANDS,
    budget: { weight: 10, denominator: "adjusted", formula: "capped", reasonBelowRate: 0.9 },
  },
  {
    id: "hubei",
    name: { zh: "湖北（预算执行 20 分）", en: "Hubei (budget execution weighted 20)" },
    sources: ["HG (S-BUDGET-HB)"],
    gradeBands: NATIONAL_BANDS,
    budget: { weight: 20, denominator: "adjusted", formula: "capped", reasonBelowRate: null },
  },
  {
    id: "chongqing",
    name: { zh: "重庆（得分系数 × 权重）", en: "Chongqing (score coefficient × weight)" },
    sources: ["CQ (S-CQ, CQ-S1)"],
    gradeBands: NATIONAL_BANDS,
    scoreCoefficient: true,
  },
  {
    id: "platform-2022",
    name: { zh: "一体化平台 2022（执行率封顶、超额 30% 扣 2 分）", en: "Integrated platform 2022 (execution caps, −2 over 130%)" },
    sources: ["DESK33 (S-CAP-EXEC, S-OVER-PLAT)"],
    gradeBands: NATIONAL_BANDS,
    execCaps: [
      { below: 0.8, max: 89 },
      { below: 0.7, max: 79 },
      { below: 0.6, max: 69 },
      { below: 0.5, max: 59 },
    ],
    overAchievement: { flagAt: 1.3, penalty: 2, penaltyAt: 1.3 },
  },
  {
    id: "pmkpi",
    name: { zh: "财政一体化系统默认（优≥80）", en: "pmkpi system default (优 ≥ 80)" },
    sources: ["PK-GRADE (G-PK, S-BUDGET-PK)"],
    gradeBands: [
      { grade: "优", min: 80 },
      { grade: "良", min: 70 },
      { grade: "中", min: 60 },
      { grade: "差", min: 0 },
    ],
    budget: { weight: 10, denominator: "adjusted", formula: "uncapped", reasonBelowRate: null },
  },
  {
    id: "doczj",
    name: { zh: "填表说明口径（反向 A/B，不适用折算百分制）", en: "DOCZJ notes (reverse A/B, N/A rescale)" },
    sources: ["DOCZJ (S-NEG-ALT, S-NA)"],
    gradeBands: NATIONAL_BANDS,
    reverseFormula: "ratio",
    naRescale: true,
  },
];

export const BUILTIN_PROFILES: Record<string, Profile> = Object.fromEntries(
  BUILTIN_INPUTS.map((p) => [p.id, completeProfile(p)]),
);

/** the profile used where none is chosen: "auto" (the sheet's region, DESIGN §4) */
export const DEFAULT_PROFILE_ID = "auto";
/** the concrete profile behind "auto" when the sheet names no region with a built-in profile */
export const FALLBACK_PROFILE_ID = "national";

export function builtinProfile(id: string): Profile | undefined {
  return BUILTIN_PROFILES[id];
}
