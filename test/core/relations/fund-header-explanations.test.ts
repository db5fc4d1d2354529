import { Grid } from "../../../src/core/grid/grid";
import { amountRole, parseAmountHeader } from "../../../src/core/recognise/blocks";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * Fund headers that carry an explanation in brackets (the Hebei 部门工作活动(项目) 自评表: "实际到位金额 (到达项目单位)",
 * "实际支出金额 (项目单位支出)"): the words before the bracket keep their role, so 结余 = 到位 − 支出 is checked; and a
 * blank first line labelled 合计 / 中央财政资金 under the header is the block's first line, not the lower line of its header.
 */
describe("an explanation in brackets after a fund header", () => {
  test("is dropped when the words before it have a role", () => {
    expect(amountRole("实际到位金额 (到达项目单位)")).toBe("arrived");
    expect(amountRole("实际支出金额（项目单位支出）")).toBe("spent");
    expect(parseAmountHeader("实际到位金额 (到达项目单位)").core).toBe("实际到位金额");
  });
  test("is kept when the words before it have none, and units and letter hints are read as before", () => {
    expect(amountRole("本年度资金(评价项目的资金使用年度)")).toBeNull();
    expect(amountRole("其他(说明)")).toBeNull();
    expect(parseAmountHeader("全年预算数(A)")).toEqual({ core: "全年预算数", letter: "A", formula: null, unit: null });
    expect(parseAmountHeader("结余金额 (万元)")).toMatchObject({ core: "结余金额", unit: "万元" });
  });
});

/** The 宁晋 fund block, its 合计 and 中央 lines left blank: 省 300 − 151.56 = 148.44 (or a wrong 结余). */
const HEBEI = (balance: number) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["一、项目资金情况", null, null, null, null, null],
      [null, "以前年度资金(万元)", "本年度资金(评价项目的资金使用年度)", null, null, null],
      [null, null, "预算安排 (万元)", "实际到位金额 (到达项目单位)", "实际支出金额 (项目单位支出)", "结余金额 (万元)"],
      ["合计", null, null, null, null, null],
      ["中央财政资金", null, null, null, null, null],
      ["省财政资金", null, 300, 300, 151.56, balance],
      ["县财政资金", null, 254, 254, 254, null],
      ["其他财政资金", null, null, null, null, null],
    ],
    ["A1:F1", "A2:A3", "B2:B3", "C2:F2"],
  );

describe("the Hebei fund block", () => {
  test("结余 F6 = 实际到位 D6 − 实际支出 E6 (300 − 151.56 = 148.44)", () => {
    const r = review(HEBEI(148.44), "national").model.relations.find((x) => statedCell(x) === "F6");
    expect(r?.kind).toBe("difference");
    const o = evaluateRelation(r!);
    expect(o.from.map((t) => t.cell)).toEqual(["D6", "E6"]);
    expect(o.ok).toBe(true);
  });
  test("a wrong 结余 (163.44) is a total-mismatch at F6, and the right one gives no finding", () => {
    expect(review(HEBEI(163.44), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["F6"]);
    expect(review(HEBEI(148.44), "national").findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
