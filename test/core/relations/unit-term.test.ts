import { unitTerm } from "../../../src/core/relations/terms";

describe("unitTerm: a number's term with its label and money unit, one literal", () => {
  const ref = { cell: "D4", row: 4, col: 4, value: 1000, text: "1000", decimals: null, percent: false };

  test("carries the number's cell, value and precision with the label and unit given", () => {
    expect(unitTerm(ref, "预算数", "万元")).toEqual({ ...ref, label: "预算数", unit: "万元" });
  });

  test("a label or unit the number already had is replaced, as the spread it stands for did", () => {
    const labelled = { ...ref, label: "执行数", unit: "元" as const };
    const t = unitTerm(labelled, "年初预算数", null);
    expect(t.label).toBe("年初预算数");
    expect(t.unit).toBeNull();
  });

  test("the same keys in the same order for every number, whatever shape the number came in", () => {
    const fromGetter = Object.defineProperty({ row: 4, col: 4, value: 1000, decimals: 2, percent: false, text: "1000.00" }, "cell", { get: () => "D4", enumerable: false });
    expect(Object.keys(unitTerm(fromGetter as typeof ref & { decimals: number }, "a", null))).toEqual(Object.keys(unitTerm(ref, "b", "万元")));
  });
});
