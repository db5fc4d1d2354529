import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A table whose points stand in the labels (攻坚工程任务及评分值 | 具体考核指标 | 考评方法 | 评分标准 | 得分): an item stating no
 * points of its own on the line its group's label starts on ("大型防艾宣传活动(20分)" | "市本级组织开展…活动。"), its
 * scoring rule written ("未开展的扣20分"), is the group's item; as the group's only item it takes the group's 20.
 * A line with its name alone (cut, or a template's blank) is no item.
 */
type Row = (string | number | null)[];
const head: Row = ["序号", "攻坚工程任务及评分值", "2011年攻坚工程具体考核指标", "考评方法", "评分标准", "得分", "得(扣)分原因"];
const top: Row[] = [
  ["一、攻坚工程保障措施(50分)", "防艾办机构人员落实*(50分)", "市本级防艾办实体化(30分)", "查阅文件", "未实体化扣30分", null, null],
  [null, null, "所辖县防艾办实体化(20分)", null, "未实体化的按比例扣分", null, null],
];
const last = (rule: string | null): Row => ["二、防治艾滋病宣传教育(20分)", "大型防艾宣传活动(20分)", "市本级组织开展1次多部门联合的大型防艾宣传活动。", "查看相关文件", rule, null, null];
const model = (rows: Row[]) => review(Grid.fromValues("表", [["2011年各市防治艾滋病攻坚工程任务考核评估表"], head, ...rows], ["A1:G1", "A3:A4", "B3:B4", "D3:D4"]), "national").model;
const weights = (rows: Row[]) => model(rows).indicators.map((i) => `${i.row}:${i.weight}`);

test("the item on its group's line, its rule written: read, with the group's 20", () => {
  expect(weights([...top, last("未开展的扣20分")])).toEqual(["3:30", "4:20", "5:20"]);
});

test("counter-shape: its rule blank (a cut line, a template's blank) — no item", () => {
  expect(weights([...top, last(null)])).toEqual(["3:30", "4:20"]);
});

test("counter-shape: a second item of the group with its own points (10分) — the first keeps no points of its own", () => {
  const rows = [...top, last("未开展的扣20分"), [null, null, "县级开展宣传活动(10分)", null, "未开展的扣10分", null, null]];
  const got = weights(rows);
  expect(got).toContain("6:10");
  expect(got).not.toContain("5:20");
});
