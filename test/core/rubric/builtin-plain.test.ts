import { BUILTIN_INPUTS, BUILTIN_PROFILES, completeProfile } from "../../../src/core/rubric/builtin";
import { profileSchema } from "../../../src/core/rubric/schema";

// The built-in profiles are loaded as plain data (no zod at start-up): each must be exactly what the schema gives.
describe("built-in profiles as plain data", () => {
  test.each(BUILTIN_INPUTS.map((p) => [p.id, p] as const))("%s equals profileSchema.parse of its input, key order included", (id, input) => {
    expect(JSON.stringify(BUILTIN_PROFILES[id])).toBe(JSON.stringify(profileSchema.parse(input)));
  });

  test("defaults filled like the schema: explicit null weight kept, missing budget fields defaulted", () => {
    const base = { id: "x", name: { zh: "x", en: "x" }, gradeBands: [{ grade: "A", min: 60 }, { grade: "B", min: 0 }] };
    const cases = [base, { ...base, budget: { weight: null } }, { ...base, budget: { formula: "uncapped" as const } }, { ...base, overAchievement: { penalty: 2 } }, { ...base, tolerance: 0 }];
    for (const c of cases) expect(JSON.stringify(completeProfile(c))).toBe(JSON.stringify(profileSchema.parse(c)));
  });

});
