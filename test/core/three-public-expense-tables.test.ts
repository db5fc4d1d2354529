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

/** 江北 2021's shape: 3.公务用车购置及运行维护费 over "其中:公务用车运行维护费" and "公务用车购置" (no mark), footer lines below. */
const jiangbei = (total: string, footer: boolean): Row[] => [
  ["2021年区本级“三公”经费预算支出表"],
  [undefined, "单位:万元"],
  ["项目", "预算数"],
  ["合计", total],
  ["1.因公出国(境)费用", "39"],
  ["2.公务接待费", "323"],
  ["3.公务用车购置及运行维护费", "4070"],
  ["其中:公务用车运行维护费", "2648"],
  ["公务用车购置", "1422"],
  ...(footer ? [[], ["填表人：张三", undefined], ["联系电话：12345678"]] : []),
];

describe("under a numbered line, an unnumbered line right after its 其中 line goes on with the breakdown", () => {
  test.each([[false], [true]])("江北's shape (footer lines below: %s): 4432 = 39 + 323 + 4070, no finding (before: with the footer, 4070 against 公务用车购置 1422 alone)", (footer) => {
    expect(mismatches(jiangbei("4432", footer))).toEqual([]);
  });

  test("its 合计 printed 4400: B4 is flagged", () => {
    expect(mismatches(jiangbei("4400", true))).toEqual(["B4"]);
  });

  test.each([
    ["60", []],
    ["70", ["B3"]],
  ])("counter-shape — an unnumbered list (合计 %s over 甲单位 10 / 其中:子 4 / 乙单位 20 / 丙单位 30): the lines after the 其中 line are the list's own: %j", (total, cells) => {
    const rows: Row[] = [["某单位经费表"], ["单位", "金额"], ["合计", total], ["甲单位", "10"], ["其中:子", "4"], ["乙单位", "20"], ["丙单位", "30"], [], ["填表人：张三"]];
    expect(mismatches(rows)).toEqual(cells);
  });

  test.each([
    ["20", []],
    ["25", ["B4"]],
  ])("counter-shape — under an unnumbered line (一、市直 %s over 甲局 12 / 其中:本级 5 / 乙局 8) the lines after the 其中 line stay the heading's: %j", (head, cells) => {
    const rows: Row[] = [["某市经费分配表"], ["单位", "金额"], ["合计", String(Number(head) + 30)], ["一、市直", head], ["甲局", "12"], ["其中:本级", "5"], ["乙局", "8"], ["二、县区", "30"], ["1.甲县", "10"], ["2.乙县", "20"], [], ["填表人：张三"]];
    expect(mismatches(rows)).toEqual(cells);
  });
});
