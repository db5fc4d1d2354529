import { Grid } from "../../src/core/grid/grid";
import { outlineAmountSums } from "../../src/core/recognise/outline-amounts";
import { threePublicExpenseSums } from "../../src/core/recognise/three-public-expenses";
import { numberedRowPartSums } from "../../src/core/recognise/numbered-row-parts";
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
    // (一): 300 + 200 = 500 ✓ and its projects 2 + 1 = 3 ✓, closed by (二); (1): 180 + 120 = 300 ✓ (its items state no count),
    // closed by (2); (二) has one item: nothing
    ["nested groups, numbered on", NESTED, ["500=300+200", "3=2+1", "300=180+120"]],
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
    ["a group's total slipped", NESTED.map((l) => l.replace("共计300万元", "共计280万元")), ["500=280+200", "3=2+1", "280=180+120"]],
    // a count slipped: 2 + 1 = 3 ≠ 4 (the money adding up)
    ["a count slipped", NESTED.map((l) => l.replace("产业类项目3个", "产业类项目4个")), ["500=300+200", "4=2+1", "300=180+120"]],
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
    // (一)'s 4 projects against its groups' 2 + 1 = 3
    expect(flags(NESTED.map((l) => l.replace("产业类项目3个", "产业类项目4个")))).toEqual(["total-mismatch@A2"]);
    // 以上共计 600 against 458.1 + 35 + 195 = 688.1
    expect(flags(["一、资金来源:", "1、中央财政衔接资金458.1万元;", "2、省级财政衔接资金35万元;", "3、市级财政衔接资金195万元;", "以上共计600万元。", "二、分配原则"])).toEqual(["total-mismatch@A5"]);
  });
});

/** the 三公 sums read on a one-column page: 'total=parts' */
const threePublic = (lines: string[]) => threePublicExpenseSums(sheet(lines), []).map((r) => `${r.total.value}=${r.parts.map((p) => p.value).join("+")}`);

describe("the 三公经费 over its three items, named by its vocabulary (three-public-expenses.ts)", () => {
  test.each<[string, string[], string[]]>([
    // 气象局 (real, 繁體): no 其中, the items right after the whole: 1838.28 + 16940.73 + 3959.54 = 22738.55 ✓
    ["no 其中", ["其中,2010年三公經費支出數為22738.55萬元,因公出國(境)費1838.28萬元,公務用車購置及運行費16940.73萬元,公務接待費3959.54萬元。"], ["22738.55=1838.28+16940.73+3959.54"]],
    // 湛江 (real) shape: a change between the whole and its items, the items in the next sentence among blank shares and a count:
    // 0 + 5 + 30 = 35 ✓ (the items in order of the text: 出国, 车, 接待)
    ["changes and counts between", ["“三公”經費支出合計35萬元,比上年減少2.28萬元。其中:因公出國(境)費 0 萬元,占 %,比上年減少 萬元;公務用車保有量2輛,購置及運行維護費5萬元,占 %,比上年減少 0.28 萬元,公務接待費30萬元,占 %,比上年減少2 萬元。"], ["35=0+5+30"]],
    // the car's item as its two halves: 0 + 2 + 10 + 3 = 15 ✓
    ["the car's two halves", ["“三公”经费预算为15万元,其中:因公出国(境)费0万元,公务用车购置费2万元,公务用车运行维护费10万元,公务接待费3万元。"], ["15=0+2+10+3"]],
    // a slip kept as read: 0 + 5 + 30 = 35 ≠ 33
    ["a slip", ["“三公”经费支出合计33万元。其中:因公出国(境)费0万元;公务用车购置及运行维护费5万元;公务接待费30万元。"], ["33=0+5+30"]],
    // counter-shapes (nothing read):
    // a budget's whole over a final account's items (7.55 budget, items 决算)
    ["budget over final items", ["“三公”经费支出预算为7.55万元,支出决算为6.5万元,完成预算的86%。其中:因公出国(境)费支出决算为0万元;公务用车购置及运行费支出决算为4.81万元;公务接待费支出决算为1.69万元。"], []],
    // an item missing (no 出国 amount: '没预算')
    ["an item without its amount", ["“三公”经费预算30万元,其中公务用车购置及运行维护费20万元,公务接待费10万元,因公出国(境)费没预算。"], []],
    // items stating only their changes: no item's amount right after its name
    ["changes only", ["“三公”经费支出20万元,较上年减少2万元。其中:因公出国(境)费较上年减少0万元,公务用车购置及运行维护费较上年减少1万元,公务接待费较上年减少1万元。"], []],
    // the car's halves, one missing
    ["one half of the car missing", ["“三公”经费预算为15万元,其中:因公出国(境)费0万元,公务用车运行维护费10万元,公务接待费3万元。"], []],
    // another amount (not a change) between the whole and its items: which is the whole is not said
    ["another amount between", ["“三公”经费预算30万元,决算25万元,其中因公出国(境)费0万元,公务用车购置及运行维护费20万元,公务接待费5万元。"], []],
  ])("%s", (_name, lines, expected) => {
    expect(threePublic(lines)).toEqual(expected);
  });

  test("the slip is flagged at its cell; a whole adding up is not flagged", () => {
    expect(flags(["2017年“三公”经费支出合计33万元,比上年减少2.28万元。其中:因公出国(境)费 0 万元,占 %;公务用车保有量2辆,购置及运行维护费5万元,公务接待费30万元,接待记者46批次。"])).toEqual(["total-mismatch@A1"]);
    expect(flags(["2017年“三公”经费支出合计35万元,比上年减少2.28万元。其中:因公出国(境)费 0 万元,占 %;公务用车保有量2辆,购置及运行维护费5万元,公务接待费30万元,接待记者46批次。"])).toEqual([]);
  });
});

/** the sums of a whole closing with 其中 over the rows under it: 'total=parts' (equal) or 'total>=parts' (atMost) */
const rowParts = (lines: string[]) => numberedRowPartSums(sheet(lines), []).map((r) => `${r.total.value}${r.bound === "equal" ? "=" : ">="}${r.parts.map((p) => p.value).join("+")}`);

describe("a whole closing with 其中 over unnumbered rows, each 'name + amount' (numbered-row-parts.ts, widened)", () => {
  const WHOLE = "2024年度一般公共财政拨款基本支出1076.17万元。其中:";
  test.each<[string, string[], string[]]>([
    // 平凉 (real) shape: 896.34 + 179.83 = 1076.17 ✓; two parts, no complementary pair: they may not exceed the whole
    ["two rows, closed by a head", [WHOLE, "人员经费896.34万元,主要包括基本工资、津贴补贴。", "公用经费179.83万元,主要包括办公费、印刷费。", "(二)项目支出"], ["1076.17>=896.34+179.83"]],
    // the same whole slipped: 896.34 + 179.83 = 1076.17 > 1000 — read, the rule flags it
    ["slipped", [WHOLE.replace("1076.17", "1000"), "人员经费896.34万元,主要包括基本工资。", "公用经费179.83万元,主要包括办公费。"], ["1000>=896.34+179.83"]],
    // three rows closed by a numbered head: they must add up (500 + 300 + 200 = 1000 ✓)
    ["three rows", ["本年支出合计1000万元。其中:", "基本支出500万元。", "项目支出300万元。", "上缴上级支出200万元。", "二、收支变动情况"], ["1000=500+300+200"]],
    // counter-shapes: a statement between the parts closes the list after one part (nothing read)
    ["a statement between", [WHOLE, "人员经费896.34万元。", "主要用于保障机构正常运转。", "公用经费179.83万元。"], []],
    // a first row of another shape: nothing read
    ["no part first", [WHOLE, "主要用于保障机构正常运转。", "人员经费896.34万元。", "公用经费179.83万元。"], []],
  ])("%s", (_name, lines, expected) => {
    expect(rowParts(lines)).toEqual(expected);
  });

  test("the slip is flagged at the whole's cell", () => {
    expect(flags([WHOLE.replace("1076.17", "1000"), "人员经费896.34万元,主要包括基本工资。", "公用经费179.83万元,主要包括办公费。"])).toEqual(["total-mismatch@A1"]);
  });
});
