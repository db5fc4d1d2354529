import { Grid } from "../../src/core/grid/grid";
import { outlineAmountSums } from "../../src/core/recognise/outline-amounts";
import { flags, sheet } from "./probes";

/**
 * rel60b (session 60; test/fixtures/real/rel60b-s60-diagnosis.md): the hand-checked relations the engine did not read — a
 * notice's outline of amounts (outline-amounts.ts). Every number below is computed by hand in its comment.
 */

/** the outline sums read on a grid: 'total=parts' (equal) or 'total>=parts' (atMost) */
const outline = (g: Grid) => outlineAmountSums(g, []).map((r) => `${r.total.value}${r.bound === "equal" ? "=" : ">="}${r.parts.map((p) => p.value).join("+")}`);

/** 大同 (real) shape: (一) over (1) … (4), (1) over 1. 2., the items numbered on across the groups */
const NESTED = [
  "二、资金安排项目情况",
  "(一)产业类项目3个,共计500万元。",
  "(1)种植类项目2个,共计300万元。",
  "1.甲村育苗基地建设项目180万元。",
  "2.乙村大棚建设项目120万元。",
  "(2)加工类项目1个,200万元。",
  "3.丙村加工厂项目200万元。",
  "(二)基础设施类项目1个,共计100万元。",
  "4.丁村道路改造项目100万元。",
  "特此公示。",
];

describe("an outline of amounts: a line's total over the numbered lines under it (outline-amounts.ts)", () => {
  test.each<[string, string[], string[]]>([
    // (一): 300 + 200 = 500 ✓, closed by (二); (1): 180 + 120 = 300 ✓, closed by (2); (二) has one item: nothing
    ["nested groups, numbered on", NESTED, ["500=300+200", "300=180+120"]],
    // 普陀 (real) shape: the total in a line of its own under its numbered head, the items' 其中 lines passed over, closed by
    // the head's next sibling 3、: 400 + 350.5 + 249.5 = 1000 ✓
    [
      "a total line under its head",
      ["一、款物收入情况", "1、向外省市援助项目募捐收入情况:", "共计募集善款88元。", "2、区救助项目募捐收入情况:", "共计募集善款1000元;", "1)市红十字会转入400元;", "2)区设项目募集350.5元;", "其中,甲项目募集200元;乙项目募集150.5元。", "3)各类定向捐款募集249.5元;", "3、物资收入情况:"],
      ["1000=400+350.5+249.5"],
    ],
    // 偃师 (real) shape: 以上共计 after the items 1、…3、 under 一、: 458.1 + 35 + 195 = 688.1 ✓
    ["a total after its items", ["一、资金来源:", "1、中央财政衔接资金458.1万元;", "2、省级财政衔接资金35万元;", "3、市级财政衔接资金195万元;", "以上共计688.1万元。", "二、分配原则"], ["688.1=458.1+35+195"]],
    // a slip kept as read: 180 + 120 = 300 ≠ 280 (the (1) line's total)
    ["a group's total slipped", NESTED.map((l) => l.replace("共计300万元", "共计280万元")), ["500=280+200", "280=180+120"]],
    // counter-shapes (nothing read):
    // items stating stages of the money (到位, 已支出), no parts of it
    ["stages, no items", ["(一)项目资金共计100万元。", "1.资金到位100万元。", "2.已支出资金80万元。"], []],
    // items in another unit than the total (亿元 over 万元)
    ["another unit", ["(一)项目资金共计1.5亿元。", "1.甲项目8000万元。", "2.乙项目7000万元。"], []],
    // an item with no amount: the list unreadable
    ["an item without its amount", ["(一)项目资金共计300万元。", "1.甲项目200万元。", "2.乙项目(金额另行下达)。", "(二)其他"], []],
    // the lines after the parent in an outer style (二、 met before its (一)): the parent has no items
    ["outer lines after the parent", ["一、总体情况", "(一)产业类项目共计500万元。", "二、项目管理费100万元。", "三、其他费用400万元。"], []],
    // a number skipped (1. then 3.): not one list
    ["a number skipped", ["(一)项目资金共计300万元。", "1.甲项目100万元。", "3.乙项目200万元。"], []],
    // 以上共计 over items whose first is not 1 (the list cut above): not read
    ["a total after a cut list", ["3、市级资金195万元;", "4、区本级资金80万元;", "以上共计275万元。"], []],
    // items more than a quarter over the total (80 + 70 = 150 > 125): they count something else
    ["items far over the total", ["(一)项目资金共计100万元。", "1.甲项目80万元。", "2.乙项目70万元。", "(二)其他"], []],
    // a whole announcing its items whose numbering starts at 2: not its list
    ["announced, numbered from 2", ["某资金共下达420万元,具体分配情况如下:", "二、甲项目300万元。", "三、乙项目120万元。"], []],
  ])("%s", (_name, lines, expected) => {
    expect(outline(sheet(lines))).toEqual(expected);
  });

  test("a whole closing with 如下 over items with tables under them (厦门 shape): read as far as the sheet goes", () => {
    // 300 + 80 + 40 = 420 ✓; the tables' rows (several cells) are the items' own, passed over; the list runs to the sheet's
    // end: its items may not exceed the whole
    const g = Grid.fromValues(
      "Sheet1",
      [["2021年度,市财政局安排福利彩票公益金420万元,全部下达分配各区,具体分配使用情况如下:"], ["一、养老服务机构扶持资金300万元。对…给予补贴。"], ["序号", "辖区", "补助资金(万元)"], [1, "甲区", 300], ["合计", null, 300], ["二、农村幸福院建设补贴80万元。"], ["序号", "辖区", "补助资金(万元)"], [1, "乙区", 80], ["三、三社联动试点经费40万元。"]],
      [],
    );
    expect(outline(g)).toEqual(["420>=300+80+40"]);
  });

  test("the slip is flagged at the total's cell; the outline adding up is not flagged", () => {
    // (一) 480 against its items 300 + 200 = 500
    expect(flags(NESTED.map((l) => l.replace("共计500万元", "共计480万元")))).toEqual(["total-mismatch@A2"]);
    expect(flags(NESTED)).toEqual([]);
    // 以上共计 600 against 458.1 + 35 + 195 = 688.1
    expect(flags(["一、资金来源:", "1、中央财政衔接资金458.1万元;", "2、省级财政衔接资金35万元;", "3、市级财政衔接资金195万元;", "以上共计600万元。", "二、分配原则"])).toEqual(["total-mismatch@A5"]);
  });
});
