import { cleanIndicators, cleanProject, patch, projectSheet, ruleTester } from "./builders";

const one = (target: string, actual: string) => () => projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 0, { target, actual }) }));
const bad = (target: string, actual: string, msg: string[]) => () => {
  const b = one(target, actual)();
  return { grid: b.grid, expect: { cell: b.ind(0, "actual"), message: msg } };
};

ruleTester("over-achievement", {
  valid: [
    { name: "met exactly", build: one("≥50个", "50") },
    { name: "119% of target (pmkpi flags at 120%)", build: one("≥100", "119") },
    { name: "a reverse indicator far under its limit (≤90万元 vs 10) is good, not over-achievement", build: one("≤90万元", "10") },
    { name: "platform-2022 flags at 130%: 125% passes", build: one("≥100", "125"), profile: "platform-2022" },
    { name: "A = 0 has no ratio", build: one("=0", "0") },
  ],
  invalid: [
    { name: "V-FLAG-120: exactly 120%", build: bad("≥100", "120", ["实际完成 120", "为目标 100 的 120%", "超过 120%", "请核实目标设置"]) },
    { name: "011-like: ≥2000 vs 3061 (153%)", build: bad("≥2000", "3061", ["实际完成 3061", "的 153%"]) },
    { name: "an equal indicator overshot: =100 vs 150", build: bad("=100", "150", ["的 150%"]) },
    { name: "a percent actual far beyond its target: ≥95% vs 290% (043's 满意度 typo)", build: bad("≥95%", "290%", ["实际完成 290%", "为目标 95%"]) },
    { name: "platform-2022: 130% → flagged at its own threshold", build: bad("≥100", "130", ["的 130%", "超过 130%"]), profile: "platform-2022" },
    {
      name: "no profile chosen: the 120% factor is an assumption, so info",
      build: () => {
        const b = one("≥100", "150")();
        return { grid: b.grid, expect: { cell: b.ind(0, "actual"), severity: "info", messageId: "over", data: { percent: 150, flagAt: 120, rules: "按全国口径（假定）" } } };
      },
      profile: "auto",
    },
  ],
});
