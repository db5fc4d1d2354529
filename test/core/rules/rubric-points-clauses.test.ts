/** rubric-points-mismatch on 评分标准 texts written in ';'-separated clauses (each 得N分, alternatives inside one). */
import { indicatorSystem, ruleTester } from "./builders";

const XUANCHUAN = "印制宣传手册,得 1 分;举办就业政策培训班,得 1 分;经验材料被推广、转发或刊载,得 1 分。";
const BENJI =
  "把上年结转的专项资金纳入本年度预算安排得 1 分;年初会同财政部门编制资金使用计划,计划编制比较完整得 3 分,年初单独编制资金使用计划得 2 分;本级财政预算安排就业补助资金高于上年专项资金决算数的 30%(包括 30%)得 4 分,高于上年专项资金决算数的 20%(包括 20%)得 3 分,高于上年专项资金决算数的 10%(包括 10%)得 2 分,高于上年专项资金决算数 10%以内的得 1 分。";

const sheet = (rubric: string, weight: number) =>
  indicatorSystem([{ l1: `A投入（${weight}分）`, l2: `A1组织保障（${weight}分）`, name: `A11政策宣传（${weight}分）`, score: weight, rubric }], {
    weight: `${weight}分`,
    score: weight,
  });

ruleTester("rubric-points-mismatch", {
  valid: [
    { name: "1 + 1 + 1 = 3", build: () => sheet(XUANCHUAN, 3) },
    { name: "the largest alternative per clause: 1 + 3 + 4 = 8", build: () => sheet(BENJI, 8) },
    { name: "tiers falling clause by clause are not summed", build: () => sheet("全部完成得5分;完成80%得4分;完成60%得3分", 5) },
    // (not summed as awards; its one award, deducted from, is the item's full mark: 2 under 2 agrees)
    { name: "a deduction clause: not summed", build: () => sheet("制度健全得2分;每缺一项扣1分", 2) },
  ],
  invalid: [
    {
      // (a hint in eng22b; a warning since grad39a: below its own 分值 the item can never be met in full, the deductions
      // only taking away — the weight and its own rule contradict, as 秋季动物防疫's 10 against '100%得5分,每降2%扣1分')
      name: "one award deducted from is the full mark: 2 against a weight of 3, short of it (a warning)",
      build: () => {
        const b = sheet("制度健全得2分;每缺一项扣1分", 3);
        return { grid: b.grid, expect: { cell: b.ind(0, "rubric"), severity: "warning", messageId: "deductedAward", message: ["满分即 2 分", "与指标分值 3 分不符"] } };
      },
    },
    {
      name: "one award deducted from above the weight: 2 against 1 stays a hint",
      build: () => {
        const b = sheet("制度健全得2分;每缺一项扣1分", 1);
        return { grid: b.grid, expect: { cell: b.ind(0, "rubric"), severity: "info", messageId: "deductedAward", message: ["满分即 2 分", "与指标分值 1 分不符"] } };
      },
    },
    {
      name: "three clauses of 1 against a weight of 4 (the 3 → 4 slip)",
      build: () => {
        const b = sheet(XUANCHUAN, 4);
        return { grid: b.grid, expect: { cell: b.ind(0, "rubric"), severity: "info", message: ["1+1+1 = 3 分", "与指标分值 4 分不符"] } };
      },
    },
    {
      name: "1 + 3 + 4 = 8 against a weight of 9 (not 16, the sum of every number)",
      build: () => {
        const b = sheet(BENJI, 9);
        return { grid: b.grid, expect: { cell: b.ind(0, "rubric"), severity: "info", message: ["1+3+4 = 8 分", "与指标分值 9 分不符"] } };
      },
    },
  ],
});
