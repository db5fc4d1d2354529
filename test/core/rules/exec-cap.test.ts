import { cleanProject, nationalBudget, projectSheet, ruleTester } from "./builders";

/** `executed` of a budget of 100 and a stated 总分 (only the cap is under test here). */
const sheet = (executed: number, total: number) => () =>
  projectSheet(
    cleanProject({
      budget: nationalBudget({ initial: 100, adjusted: 100, executed, rate: `${executed.toFixed(2)}%`, score: executed / 10 }),
      total,
      grade: undefined,
    }),
  );
const bad = (executed: number, total: number, msg: string[]) => () => {
  const b = sheet(executed, total)();
  return { grid: b.grid, expect: { cell: b.total("score"), message: msg } };
};

ruleTester("exec-cap", {
  valid: [
    { name: "national has no caps: 65% with a total of 92", build: sheet(65, 92) },
    { name: "platform-2022: 85% (no cap) with 98.5", build: sheet(85, 98.5), profile: "platform-2022" },
    { name: "platform-2022: 65% with a total of exactly 79", build: sheet(65, 79), profile: "platform-2022" },
    { name: "platform-2022: 75% with 89", build: sheet(75, 89), profile: "platform-2022" },
    { name: "platform-2022: 80% is not below 80%", build: sheet(80, 98), profile: "platform-2022" },
  ],
  invalid: [
    { name: "A-S8 example: 65% with a raw total of 92 (cap 79)", build: bad(65, 92, ["预算执行率 65.00%", "自评总分最高 79 分", "表中总分 92 分"]), profile: "platform-2022" },
    { name: "75% with 90 (cap 89)", build: bad(75, 90, ["最高 89 分", "表中总分 90 分"]), profile: "platform-2022" },
    { name: "55% with 75 (cap 69)", build: bad(55, 75, ["预算执行率 55.00%", "最高 69 分"]), profile: "platform-2022" },
    { name: "45% with 64.5 (cap 59)", build: bad(45, 64.5, ["最高 59 分", "表中总分 64.5 分"]), profile: "platform-2022" },
  ],
});
