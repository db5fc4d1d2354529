import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { inferHeaderless } from "../../src/core/recognise/table";

/**
 * The shapes session 37's six held-out sheets (graduated in session 38, batch48-graduation-diagnosis.md) showed the
 * engine reading wrongly, each with its counter-shape:
 *  1. a page that lost its header's heads (the preview starts at the tail of the header line, '分标准 | 考核办法 | 得分')
 *     over lines of: a group label stating its points ('五 校园 周边 治安 综合 治理65分', written vertically, merged down) |
 *     the item's number alone (a 序号 column) | the item's text | its points | a rule awarding them in clauses ('纳入年度
 *     计划记5分,贯彻落实记10分。') | 考核办法 | 得分 — no header was read, no line, so a group's points (65 = 15 + 30 + 10 + 10)
 *     were never checked (both injected weight-sum-mismatch mutants missed);
 */
type Row = (string | number | null)[];
const at = (rows: Row[], r: number, c: number, v: string | number | null) => rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));
const grid = (rows: Row[], merges: string[]) => Grid.fromValues("S", rows, merges);
const reviewed = (rows: Row[], merges: string[]) => review(grid(rows, merges), "national");
const weightSums = (rows: Row[], merges: string[]) =>
  reviewed(rows, merges)
    .findings.filter((f) => f.severity !== "info" && f.rule === "weight-sum-mismatch")
    .map((f) => f.cell)
    .sort();

// (the 山西 平安校园 评估标准's page, shortened: 五 (40分) = 15 + 15 + 10, 六 (20分) = 10 + 10)
const PAGE: Row[] = [
  ["中小学创建平安校园评估标准", null, null, null, null, null, null],
  [null, null, null, null, "分标准", "考核办法", "得分"],
  ["五\n校园\n周边\n治理40分", "1", "学校把参与社会治安综合治理工作纳入本单位的年度工作计划,贯彻落实上级会议精神。", 15, "纳入年度计划记5分,贯彻落实记10分。", "查阅资料", null],
  [null, "2", "积极配合有关部门加大学校周边地区治安秩序的整治力度,学校门前两侧50米内无摊点。", 15, "主动参与周边环境整治记5分,校周边环境良好记10分。", "实地查看", null],
  [null, "3", "能配合公安机关及时有效打击滋扰校园、侵害学生安全的违法行为,防范措施落到实处。", 10, "不及时配合公安机关处理的不得分。", "走访学生", null],
  ["六\n创建\n成效\n20分", "1", "校园安全管理措施落实到位,学生的安全感明显增强,近二年内无责任事故发生。", 10, "安全管理措施到位记5分,无安全责任事故发生记5分。", "查资料", null],
  [null, "2", "学校及周边治安秩序良好,育人环境进一步优化,近二年内无治安和刑事案件。", 10, "周边治安秩序良好记5分,无治安刑事案件发生记5分。", "实地查看", null],
];
const MERGES = ["A1:G1", "A3:A5", "A6:A7"];

describe("1. a page that lost its header's heads: numbered lines with their points and award rules, groups left of the numbers", () => {
  test("the lines are read: items in the text column, their points the weights, the groups' points stated; the kept tail of the header line is the header", () => {
    const r = reviewed(PAGE, MERGES);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [3, 15],
      [4, 15],
      [5, 10],
      [6, 10],
      [7, 10],
    ]);
    expect(r.model.groups.map((g) => [g.cell, g.weight])).toEqual([
      ["A3", 40],
      ["A6", 20],
    ]);
    expect(r.model.headerRow).toBe(2);
    expect(r.model.columns).toEqual({ level1: 1, level2: 3, weight: 4, rubric: 5, score: 7 });
  });

  test.each<[string, Row[], string[]]>([
    ["as published: 40 = 15 + 15 + 10, 20 = 10 + 10", PAGE, []],
    ["an item's points raised (D4 15 → 18): 五's 40 against 43", at(PAGE, 3, 3, 18), ["A3"]],
    ["an item's points raised (D7 10 → 13): 六's 20 against 23", at(PAGE, 6, 3, 13), ["A6"]],
    ["a group's points raised (五 40 → 45 in its label)", at(PAGE, 2, 0, "五\n校园\n周边\n治理45分"), ["A3"]],
    // (the last group's points above its lines' on a page with no closing line: the page may be cut inside it)
    ["the last group's points raised (六 20 → 25): not flagged, the page may stop inside it", at(PAGE, 5, 0, "六\n创建\n成效\n25分"), []],
  ])("%s", (_, rows, want) => {
    expect(weightSums(rows, MERGES)).toEqual(want);
  });

  test("the page stopping inside its last line's rule ('座谈、'): the line is still read, the table cut (六's 20 against the 10 before the cut not flagged)", () => {
    const cut = at(PAGE, 6, 4, "座谈、");
    const r = reviewed(cut, MERGES);
    expect(r.model.indicators.map((i) => i.row)).toEqual([3, 4, 5, 6, 7]);
    expect(weightSums(at(cut, 5, 3, 10), MERGES)).toEqual([]);
  });

  test("the header line lost entirely (no line above the items): read the same, no header row named", () => {
    const rows = PAGE.filter((_, i) => i !== 1);
    const r = reviewed(rows, ["A1:G1", "A2:A4", "A5:A6"]);
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [2, 15],
      [3, 15],
      [4, 10],
      [5, 10],
      [6, 10],
    ]);
    expect(r.model.headerRow).toBeNull();
  });
});

describe("1. counter-shapes: no table read from the lines", () => {
  test.each<[string, Row[]]>([
    // (the awards are the evidence: rules that only deduct or zero, however many lines, no scoring breakdown)
    ["no rule awards in clauses (each only zeroes or deducts)", PAGE.map((row, i) => (i >= 2 ? [row[0], row[1], row[2], row[3], "未落实的不得分,每缺一项扣2分。", row[5], row[6]] : row))],
    // (a fund list: 序号 | 名称 | 金额 | 用途, no rule stating points)
    [
      "a fund list with a 序号 column",
      [
        ["资金安排表", null, null, null],
        [null, "1", "学校周边治安综合治理设施建设项目补助资金", 15, "用于校园周边监控设备和照明设施的购置与安装。"],
        [null, "2", "校园安全管理培训和应急演练专项资金", 10, "用于教职工安全培训、应急演练组织和宣传资料印制。"],
      ],
    ],
    // (a line in the middle whose rule is cut short: only the page's last line may stop inside its rule)
    ["a line inside the body with a rule cut short", at(PAGE, 4, 4, "座谈、")],
    // (the item's number neither in its name nor alone left of it: no item lines)
    ["no number left of the item texts", PAGE.map((row, i) => (i >= 2 ? [row[0], null, row[2], row[3], row[4], row[5], row[6]] : row))],
  ])("%s", (_, rows) => {
    expect(inferHeaderless(grid(rows, []))).toBeNull();
  });

  test("a line above the lines naming a column the content read otherwise (评分标准 over the points): no header kept, the lines still read", () => {
    const rows = at(PAGE, 1, 3, "评分标准");
    const h = inferHeaderless(grid(rows, MERGES))!;
    expect(h).not.toBeNull();
    expect(h.headKept).toBeUndefined();
    expect(reviewed(rows, MERGES).model.headerRow).toBeNull();
  });
});
