/** Grade bands (RULEBOOK §8: G-NAT 90/80/60, G-XJ 90/80/70, G-PK 80/70/60; inclusive lower bounds). */
import { gradeFor, normalizeGrade } from "../../../src/core/score/grade";
import { BUILTIN_PROFILES } from "../../../src/core/rubric";

const bands = (id: string) => BUILTIN_PROFILES[id].gradeBands;

describe("gradeFor: the §8 example table (same score under each band set)", () => {
  test.each([
    [85, "良", "良", "优"],
    [75, "中", "中", "良"],
    [65, "中", "差", "中"],
  ])("%p → national %s, xinjiang %s, pmkpi %s", (score, nat, xj, pk) => {
    expect(gradeFor(score, bands("national"))).toBe(nat);
    expect(gradeFor(score, bands("xinjiang"))).toBe(xj);
    expect(gradeFor(score, bands("pmkpi"))).toBe(pk);
  });
});

describe("gradeFor: boundaries are inclusive-lower (90 → 优, 89.99 → 良)", () => {
  test.each([
    ["national", 100, "优"],
    ["national", 90, "优"],
    ["national", 89.99, "良"],
    ["national", 89.5, "良"],
    ["national", 80, "良"],
    ["national", 79.99, "中"],
    ["national", 60, "中"],
    ["national", 59.99, "差"],
    ["national", 0, "差"],
    ["national", -5, "差"],
    ["xinjiang", 70, "中"],
    ["xinjiang", 69.99, "差"],
    ["xinjiang", 90, "优"],
    ["pmkpi", 80, "优"],
    ["pmkpi", 79.99, "良"],
    ["pmkpi", 70, "良"],
    ["pmkpi", 60, "中"],
    ["pmkpi", 59.99, "差"],
    ["sichuan", 96, "优"],
    ["platform-2022", 79, "中"],
    ["doczj", 90, "优"],
  ])("%s: %p → %s", (id, score, grade) => {
    expect(gradeFor(score, bands(id))).toBe(grade);
  });
  test("binary noise at a boundary (0.1+0.2 style sums) still grades up", () => {
    expect(gradeFor(89.99999999999999, bands("national"))).toBe("优");
  });
});

describe("normalizeGrade", () => {
  test.each([
    ["优", "优"],
    ["优秀", "优"],
    ["良", "良"],
    ["良好", "良"],
    ["中", "中"],
    ["中等", "中"],
    ["合格", "中"],
    ["一般", "中"],
    ["差", "差"],
    ["较差", "差"],
    ["不合格", "差"],
    [" 优 秀 ", "优"],
    ["A", "优"],
    ["D", "差"],
  ])("%p → %p", (t, g) => {
    expect(normalizeGrade(t)).toBe(g);
  });
  test.each(["", "100", "优良", "待定", "满分"])("%p is not a grade", (t) => {
    expect(normalizeGrade(t)).toBeNull();
  });
});
