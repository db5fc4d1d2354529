import { indicatorSystem, ruleTester, SystemRow } from "./builders";

/** seed 002's C1 部门产出 with leaves named by `names` (each 2分), under C部门绩效. */
function c1(names: string[], l1 = "C部门绩效"): SystemRow[] {
  const w = names.length * 2;
  return names.map((n, i) => ({ l1: i === 0 ? `${l1}（${w}分）` : undefined, l2: i === 0 ? `C1部门产出（${w}分）` : undefined, name: `${n}（2分）`, score: 2 }));
}

function abc(codes: string[]): SystemRow[] {
  return codes.map((c, i) => ({ l1: `${c}类指标（2分）`, l2: `${c}1子类（2分）`, name: `${c}11指标${i + 1}（2分）`, score: 2 }));
}

const total = (n: number) => ({ weight: `${n}分`, score: n });

ruleTester("code-sequence", {
  valid: [
    { name: "C11, C12, C13 under C1", build: () => indicatorSystem(c1(["C11重点项目完成情况", "C12党建工作情况", "C13防疫工作完成情况"]), total(6)) },
    { name: "seed 002: \"C142020年会计核算…\" is C14 followed by a year", build: () => indicatorSystem(c1(["C11重点项目", "C12党建工作", "C13防疫工作", "C142020年会计核算系统实施及运维经费"]), total(8)) },
    { name: "uncoded leaves are not a sequence", build: () => indicatorSystem(c1(["重点项目完成情况", "党建工作情况"]), total(4)) },
    { name: "level-1 codes A, B, C", build: () => indicatorSystem(abc(["A", "B", "C"]), total(6)) },
  ],
  invalid: [
    {
      name: "seed 002: \"C1东川区财务服务中心筹建\" where C15 belongs",
      build: () => {
        const b = indicatorSystem(c1(["C11重点项目", "C12党建工作", "C13防疫工作", "C142020年会计核算系统实施及运维经费", "C1东川区财务服务中心筹建", "C16考核任务完成率"]), total(12));
        return { grid: b.grid, expect: { cell: b.ind(4, "name"), message: ["指标编码「C1」应为「C15」", "前一项 C14", "后一项 C16"], messageId: "indicatorCode", data: { code: "C1", expected: "C15", prev: "C14", next: "C16" } } };
      },
    },
    {
      name: "a duplicated code: C11, C11, C13",
      build: () => {
        const b = indicatorSystem(c1(["C11重点项目", "C11党建工作", "C13防疫工作"]), total(6));
        return { grid: b.grid, expect: { cell: b.ind(1, "name"), message: ["指标编码「C11」应为「C12」"] } };
      },
    },
    {
      name: "a skipped code: C11, C13",
      build: () => {
        const b = indicatorSystem(c1(["C11重点项目", "C13党建工作"]), total(4));
        return { grid: b.grid, expect: { cell: b.ind(1, "name"), message: ["「C13」应为「C12」"] } };
      },
    },
    {
      name: "level-1 codes A, B, D",
      build: () => {
        const b = indicatorSystem(abc(["A", "B", "D"]), total(6));
        return { grid: b.grid, expect: { cell: b.ind(2, "l1"), message: ["一级指标编码「D」应为「C」"], messageId: "level1Code", data: { code: "D", expected: "C" } } };
      },
    },
  ],
});
