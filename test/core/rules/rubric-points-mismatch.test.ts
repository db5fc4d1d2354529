import { indicatorSystem, ruleTester } from "./builders";

const A11 =
  "①设定了部门中长期规划目标，得0.25分；②设定的部门中长期规划目标明确，得0.5分；③能够适应《东川区“十XX五”规划》，得0.25分；④能够与部门职能相适应，得0.5分。";
const A12 = "①部门年度工作目标是否明确设定，得1分；②年度工作目标与部门中长期规划目标一致，得1分。";

const sheet = (rubric: string, weight = 2) =>
  indicatorSystem([{ l1: `A部门决策（${weight}分）`, l2: `A1部门目标（${weight}分）`, name: `A11部门中长期规划目标的明确性与合理性（${weight}分）`, score: weight, rubric }], {
    weight: `${weight}分`,
    score: weight,
  });

ruleTester("rubric-points-mismatch", {
  valid: [
    { name: "A12: 1 + 1 = 2", build: () => sheet(A12) },
    { name: "A11's items against a weight of 1.5", build: () => sheet(A11, 1.5) },
    { name: "A13: a range (酌情得0-2分) is not summed", build: () => sheet("将部门详细工作计划与年度工作目标对应匹配，视匹配情况酌情得0-2分。") },
    { name: "A21: alternatives (得1分 / 得0.5分 / 得0分) are not summed", build: () => sheet("①职能明确、设定依据充分，得1分；②有“三定”文件，但职能描述不明确，得0.5分;③没有职能设定的文件依据且职能不清，得0分", 1) },
    { name: "B52: deductions (扣0.5分) are not summed", build: () => sheet("①政府采购方式、程序都规范，得满分；②采购方式、程序中每有一点不规范，扣0.5分，扣完为止。", 1) },
  ],
  invalid: [
    {
      name: "seed 002 A11: 0.25 + 0.5 + 0.25 + 0.5 = 1.5 against a weight of 2",
      build: () => {
        const b = sheet(A11);
        return { grid: b.grid, expect: { cell: b.ind(0, "rubric"), message: ["评分细则各项合计 0.25+0.5+0.25+0.5 = 1.5 分", "与指标分值 2 分不符"] } };
      },
    },
    {
      name: "A32: 1 + 2 + 1 = 4 against a weight of 3",
      build: () => {
        const b = sheet("①预算程序合理，得1分；②预算依据充分，得2分；③符合资金使用范围，得1分。", 3);
        return { grid: b.grid, expect: { cell: b.ind(0, "rubric"), message: ["= 4 分", "与指标分值 3 分不符"] } };
      },
    },
  ],
});
