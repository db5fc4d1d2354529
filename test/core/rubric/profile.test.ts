/** Rubric profiles (DESIGN §4): built-ins follow the RULEBOOK; custom JSON is validated with field-named errors. */
import { BUILTIN_PROFILES, parseProfile, parseProfileText, ProfileError, profileSchema, resolveProfile } from "../../../src/core/rubric";
import { gradeFor } from "../../../src/core/score/grade";

function issuesOf(fn: () => unknown): { message: string; paths: string[] } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ProfileError);
    const pe = e as ProfileError;
    return { message: pe.message, paths: pe.issues.map((i) => i.path) };
  }
  throw new Error("expected a ProfileError");
}

describe("built-in profiles", () => {
  test("all eight exist", () => {
    expect(Object.keys(BUILTIN_PROFILES).sort()).toEqual(["chongqing", "doczj", "hubei", "national", "platform-2022", "pmkpi", "sichuan", "xinjiang"]);
  });
  test.each(Object.keys(BUILTIN_PROFILES))("%s validates against the schema and names its RULEBOOK sources", (id) => {
    const p = BUILTIN_PROFILES[id];
    expect(profileSchema.safeParse(p).success).toBe(true);
    expect(p.id).toBe(id);
    expect(p.name.zh).toMatch(/[\u4e00-\u9fa5]/);
    expect(p.sources.length).toBeGreaterThan(0);
    expect(p.gradeBands[p.gradeBands.length - 1].min).toBeLessThanOrEqual(0);
  });
  test.each([
    ["national", [90, 80, 60, 0]],
    ["xinjiang", [90, 80, 70, 0]],
    ["pmkpi", [80, 70, 60, 0]],
    ["sichuan", [90, 80, 60, 0]],
  ] as const)("%s grade bands (§8) are %p", (id, mins) => {
    expect(BUILTIN_PROFILES[id].gradeBands).toEqual([
      { grade: "优", min: mins[0] },
      { grade: "良", min: mins[1] },
      { grade: "中", min: mins[2] },
      { grade: "差", min: mins[3] },
    ]);
  });
  test("each regional choice the RULEBOOK documents", () => {
    const P = BUILTIN_PROFILES;
    expect(P.national.budget).toEqual({ weight: 10, denominator: "adjusted", formula: "capped", reasonBelowRate: null });
    expect(P.national.reverseFormula).toBe("pmkpi");
    expect(P.national.overAchievement).toEqual({ flagAt: 1.2, penalty: 0, penaltyAt: 1.3 });
    expect(P.national.qualitativeTiers).toEqual({ met: [0.8, 1], partial: [0.6, 0.8], missed: [0, 0.6] });
    expect(P.sichuan.budget.reasonBelowRate).toBe(0.9);
    expect(P.sichuan.budget.denominator).toBe("adjusted");
    expect(P.hubei.budget.weight).toBe(20);
    expect(P.chongqing.scoreCoefficient).toBe(true);
    expect(P.pmkpi.budget.formula).toBe("uncapped");
    expect(P.doczj.reverseFormula).toBe("ratio");
    expect(P.doczj.naRescale).toBe(true);
    expect(P["platform-2022"].execCaps).toEqual([
      { below: 0.8, max: 89 },
      { below: 0.7, max: 79 },
      { below: 0.6, max: 69 },
      { below: 0.5, max: 59 },
    ]);
    expect(P["platform-2022"].overAchievement).toEqual({ flagAt: 1.3, penalty: 2, penaltyAt: 1.3 });
  });
});

describe("resolveProfile", () => {
  test("no id, or auto without a sheet at hand → national (review() reads the region for auto)", () => {
    expect(resolveProfile(undefined).id).toBe("national");
    expect(resolveProfile("auto").id).toBe("national");
  });
  test("a built-in id", () => {
    expect(resolveProfile("xinjiang")).toBe(BUILTIN_PROFILES.xinjiang);
  });
  test("a profile object is used as is", () => {
    const p = parseProfile({ extends: "national", id: "mine" });
    expect(resolveProfile(p)).toBe(p);
  });
  test("an unknown id names the available ones", () => {
    const { message, paths } = issuesOf(() => resolveProfile("beijing"));
    expect(message).toContain("beijing");
    expect(message).toContain("national");
    expect(paths).toEqual(["id"]);
  });
});

describe("custom profiles", () => {
  test("extends national and overrides gradeBands (e.g. a 85/75/60 local scheme)", () => {
    const p = parseProfile({
      extends: "national",
      id: "my-county",
      name: { zh: "某县口径", en: "A county" },
      gradeBands: [
        { grade: "优", min: 85 },
        { grade: "良", min: 75 },
        { grade: "中", min: 60 },
        { grade: "差", min: 0 },
      ],
    });
    expect(p.id).toBe("my-county");
    expect(gradeFor(85, p.gradeBands)).toBe("优");
    expect(gradeFor(84.99, p.gradeBands)).toBe("良");
    // everything else comes from national
    expect(p.budget).toEqual(BUILTIN_PROFILES.national.budget);
    expect(p.reverseFormula).toBe("pmkpi");
    expect(p.sources).toEqual(BUILTIN_PROFILES.national.sources);
  });
  test("extends platform-2022 and keeps its caps while changing the penalty", () => {
    const p = parseProfile({ extends: "platform-2022", id: "plat-3", overAchievement: { flagAt: 1.3, penalty: 3, penaltyAt: 1.3 } });
    expect(p.execCaps).toHaveLength(4);
    expect(p.overAchievement.penalty).toBe(3);
  });
  test("a complete profile without extends gets the schema defaults", () => {
    const p = parseProfile({ id: "minimal", name: { zh: "最简", en: "Minimal" }, gradeBands: [{ grade: "合格", min: 60 }, { grade: "不合格", min: 0 }] });
    expect(p.reverseFormula).toBe("pmkpi");
    expect(p.budget).toEqual({ weight: 10, denominator: "adjusted", formula: "capped", reasonBelowRate: null });
    expect(p.execCaps).toEqual([]);
    expect(p.tolerance).toBe(0.01);
  });
  test("a profile without a name is shown under its own id, never under its parent's name", () => {
    const derived = parseProfile({ extends: "xinjiang", id: "shawan-2023" });
    expect(derived.name).toEqual({ zh: "shawan-2023", en: "shawan-2023" });
    expect(derived.gradeBands).toEqual(BUILTIN_PROFILES.xinjiang.gradeBands);
    const plain = parseProfile({ id: "x", gradeBands: [{ grade: "优", min: 90 }, { grade: "差", min: 0 }] });
    expect(plain.name).toEqual({ zh: "x", en: "x" });
  });
  test("a derived profile without an id gets its own id, not its parent's", () => {
    const p = parseProfile({ extends: "national", gradeBands: BUILTIN_PROFILES.xinjiang.gradeBands });
    expect(p.id).toBe("national-custom");
    expect(p.name.zh).toBe("national-custom");
  });
  test("parseProfileText reads JSON text", () => {
    const p = parseProfileText(JSON.stringify({ extends: "sichuan", id: "sc-2024", budget: { weight: 10, denominator: "initial", formula: "capped", reasonBelowRate: 0.85 } }));
    expect(p.budget.denominator).toBe("initial");
    expect(p.budget.reasonBelowRate).toBe(0.85);
  });
});

describe("invalid profiles are rejected with the field named", () => {
  test.each([
    [
      "bands not in descending order",
      { extends: "national", id: "x", gradeBands: [{ grade: "优", min: 90 }, { grade: "良", min: 95 }, { grade: "差", min: 0 }] },
      "gradeBands.1.min",
    ],
    ["a band without a number", { extends: "national", id: "x", gradeBands: [{ grade: "优", min: "90" }, { grade: "差", min: 0 }] }, "gradeBands.0.min"],
    ["a band with an empty grade", { extends: "national", id: "x", gradeBands: [{ grade: "", min: 90 }, { grade: "差", min: 0 }] }, "gradeBands.0.grade"],
    ["the lowest band above 0 (a total of 50 would get no grade)", { extends: "national", id: "x", gradeBands: [{ grade: "优", min: 90 }, { grade: "差", min: 60 }] }, "gradeBands.1.min"],
    ["a single band", { extends: "national", id: "x", gradeBands: [{ grade: "优", min: 0 }] }, "gradeBands"],
    ["an unknown budget denominator", { extends: "national", id: "x", budget: { weight: 10, denominator: "final", formula: "capped", reasonBelowRate: null } }, "budget.denominator"],
    ["an unknown budget formula", { extends: "national", id: "x", budget: { weight: 10, denominator: "adjusted", formula: "linear", reasonBelowRate: null } }, "budget.formula"],
    ["a reason threshold above 100%", { extends: "national", id: "x", budget: { weight: 10, denominator: "adjusted", formula: "capped", reasonBelowRate: 90 } }, "budget.reasonBelowRate"],
    ["a negative budget weight", { extends: "national", id: "x", budget: { weight: -10, denominator: "adjusted", formula: "capped", reasonBelowRate: null } }, "budget.weight"],
    ["an execution cap above 100%", { extends: "national", id: "x", execCaps: [{ below: 80, max: 89 }] }, "execCaps.0.below"],
    ["an unknown reverse formula", { extends: "national", id: "x", reverseFormula: "inverse" }, "reverseFormula"],
    ["an over-achievement factor below 1", { extends: "national", id: "x", overAchievement: { flagAt: 0.8, penalty: 0, penaltyAt: 1.3 } }, "overAchievement.flagAt"],
    ["a qualitative tier with low > high", { extends: "national", id: "x", qualitativeTiers: { met: [1, 0.8], partial: [0.6, 0.8], missed: [0, 0.6] } }, "qualitativeTiers.met"],
    ["an id with upper case", { extends: "national", id: "MyCounty" }, "id"],
  ])("%s → %s", (_why, json, path) => {
    const { message, paths } = issuesOf(() => parseProfile(json));
    expect(paths).toContain(path);
    expect(message).toContain(path);
    expect(message).toContain("规则方案无效");
  });
  test("extends an unknown profile", () => {
    const { message, paths } = issuesOf(() => parseProfile({ extends: "beijing", id: "x" }));
    expect(paths).toEqual(["extends"]);
    expect(message).toContain("beijing");
  });
  test("text that is not JSON", () => {
    const { message } = issuesOf(() => parseProfileText("{ gradeBands: [ }"));
    expect(message).toContain("不是有效的 JSON");
  });
});
