import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Label lines stating a group's points twice: bare in brackets in the label and in the 分值 column ("组织领导(44) | 44",
 * 评估内容 | 分值 | 自评分 | 考核组评分). Where the other label lines' bare numbers are their 分值 (two at least, every one
 * but one), the bare number is the label's points, and one that differs is checked against its lines: a label lowered
 * to (41) over 10 + 21 + 13 is found at the label. (Generated rule sheets #517.)
 * Counter-shapes: bare numbers that are no 分值 anywhere (counts: "组织领导(3)") are no points — nothing; and two label
 * lines only, one of them differing, leave one agreeing line: too little to read bare numbers as points — nothing
 * (generated #738, KNOWN).
 */
type Row = CellValue[];

function sheet(labels: [string, string, string] | [string, string]): Grid {
  const rows: Row[] = [["2022年双拥工作评估评分表"], ["评估内容", "分值", "自评分", "考核组评分"]];
  const groups: [number, [string, number][]][] = [
    [44, [["①每月5日前报送工作信息和统计报表", 10], ["②开展宣传活动4次以上", 21], ["③开展3次专项督查检查", 13]]],
    [26, [["①每季度召开1次专题会议研究部署工作", 14], ["②成立领导小组", 12]]],
    [30, [["①制定年度工作计划和实施方案", 11], ["②配备2台以上办公设备", 19]]],
  ];
  let total = 0;
  labels.forEach((label, k) => {
    const [points, items] = groups[k];
    rows.push([label, points, null, null]);
    for (const [name, p] of items) rows.push([name, p, null, null]);
    total += points;
  });
  rows.push(["合计", total, null, null]);
  return Grid.fromValues("Sheet1", rows, ["A1:D1"]);
}

const flags = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell} ${f.data?.sum}/${f.data?.total}`);

describe("bare label points restating the 分值 on the other label lines", () => {
  test.each<[string, [string, string, string], string[]]>([
    ["all three restate their 分值", ["组织领导(44)", "制度建设(26)", "工作落实(30)"], []],
    ["组织领导 lowered to (41)", ["组织领导(41)", "制度建设(26)", "工作落实(30)"], ["weight-sum-mismatch@A3 44/41"]],
  ])("%s", (_n, labels, want) => {
    expect(flags(sheet(labels))).toEqual(want);
  });
});

describe("counter-shapes: bare numbers no line bears out as points", () => {
  test.each<[string, [string, string, string] | [string, string]]>([
    ["counts, no 分值: 组织领导(3) | 制度建设(2) | 工作落实(4)", ["组织领导(3)", "制度建设(2)", "工作落实(4)"]],
    ["two label lines, one differing: 组织领导(41) | 制度建设(26)", ["组织领导(41)", "制度建设(26)"]],
  ])("%s: nothing", (_n, labels) => {
    expect(flags(sheet(labels))).toEqual([]);
  });
});
