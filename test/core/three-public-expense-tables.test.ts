import { reviewRows as run, totalMismatchCells as mismatches, type Row } from "../helpers/review-rows";
import { amountRole } from "../../src/core/recognise/blocks";

/**
 * 三公 expense tables (development sheets of corpus44: 岳阳县 2015 汇总 served by a traditional-script mirror, 岳阳县
 * 台创园 2017, 江北 2021): 项目 | 本年预算数, a leading 合计 over 1、因公出国(境)费用 | 2、公务接待费 | 3、公务用车费, the
 * last broken down into "其中:(1)公务用车运行维护费" and "(2)公务用车购置" — the first part carrying the 其中 mark and its
 * number, the second only its number.
 *  - The 岳阳县 site prints '-' where 年 stood ("本-预算数", "2016-执行数", "2017-度"): a year, saying nothing of the role.
 *  - A 其中 line numbered itself is the first line of the numbered breakdown, not a stray 其中 line to skip: without it
 *    the engine read 3、公务用车费 1946 against (2)公务用车购置 0 alone (a false error on the sheet).
 */

describe("a year whose 年 is printed '-' before an amount head", () => {
  test.each([
    ["本-预算数", "plan"],
    ["2017-预算数", "plan"],
    ["2016-执行数", "spent"],
    ["本-預(yù)算數(shù)", "plan"],
  ])("%s is a %s column", (text, role) => {
    expect(amountRole(text)).toBe(role);
  });
  test.each([["201-预算数"], ["-预算数"], ["本-"], ["2017-"]])("counter-shape — %s: no four-digit year or 本 / 上 before the '-', or nothing after it: no head", (text) => {
    expect(amountRole(text)).toBeNull();
  });
  test("counter-shape — a span is still a span: 2017-2018预算数 and 2017-18预算数 are plan columns", () => {
    expect(amountRole("2017-2018预算数")).toBe("plan");
    expect(amountRole("2017-18预算数")).toBe("plan");
  });

  test("the 岳阳县 2015 汇总 shape: header 3, stated total B4 = 3318 (0 + 1372 + 1946)", () => {
    const r = run(threePublic("本-預(yù)算數(shù)", "1946"));
    expect(r.model.headerRow).toBe(3);
    expect(r.model.totals?.score).toEqual(expect.objectContaining({ cell: "B4", value: 3318 }));
  });
});

/** 项目 | head; 合计 3318 over 0 + 1372 + 1946; item 3 (B7) over 其中:(1) 1946 and (2) 0, its own amount `car`. */
const threePublic = (head: string, car: string, first = "其中:(1)公务用车运行维护费", firstAmount = "1946"): Row[] => [
  ["某县2015年“三公”经费汇总情况表"],
  [undefined, "单位:万元"],
  ["项目", head],
  ["合计", "3318"],
  ["1、因公出国(境)费用", "0"],
  ["2、公务接待费", "1372"],
  ["3、公务用车费", car],
  [first, firstAmount],
  ["(2)公务用车购置", "0"],
  ["注:“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。"],
];

describe("a 其中 line numbered itself opens the numbered breakdown of the line above", () => {
  test("3、公务用车费 1946 = 其中:(1) 1946 + (2) 0: no finding (before: 1946 against (2) 0 alone, a false error at B7)", () => {
    expect(mismatches(threePublic("预算数", "1946"))).toEqual([]);
  });

  test("合计 printed 3320 over 0 + 1372 + 1946 = 3318, item 3 adding up over its numbered parts: B4 is flagged", () => {
    const rows = threePublic("预算数", "1946");
    rows[3] = ["合计", "3320"];
    expect(mismatches(rows)).toEqual(["B4"]);
  });

  test("其中:(1) printed 1900, so item 3's parts add up to 1900 against its 1946 (合计 right): B7 is flagged", () => {
    expect(mismatches(threePublic("预算数", "1946", "其中:(1)公务用车运行维护费", "1900"))).toContain("B7");
  });

  test("counter-shape — an unnumbered 其中 line (1、甲 100 / 其中:子 60 / 2、乙 200) stays the item's partial breakdown, no line of the list: 合计 300 = 100 + 200, no finding", () => {
    const rows: Row[] = [["某单位经费表"], ["项目", "预算数"], ["合计", "300"], ["1、甲", "100"], ["其中:子", "60"], ["2、乙", "200"], ["注:单位经费。"]];
    expect(mismatches(rows)).toEqual([]);
  });
});
