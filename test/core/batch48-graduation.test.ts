import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { inferHeaderless } from "../../src/core/recognise/table";
import { criterionPoints } from "../../src/core/text/labels";

/**
 * The shapes session 37's six held-out sheets (graduated in session 38, batch48-graduation-diagnosis.md) showed the
 * engine reading wrongly, each with its counter-shape:
 *  1. a page that lost its header's heads (the preview starts at the tail of the header line, '分标准 | 考核办法 | 得分')
 *     over lines of: a group label stating its points ('五 校园 周边 治安 综合 治理65分', written vertically, merged down) |
 *     the item's number alone (a 序号 column) | the item's text | its points | a rule awarding them in clauses ('纳入年度
 *     计划记5分,贯彻落实记10分。') | 考核办法 | 得分 — no header was read, no line, so a group's points (65 = 15 + 30 + 10 + 10)
 *     were never checked (both injected weight-sum-mismatch mutants missed);
 *  2. (below, section 2).
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

/**
 *  2. 项目 | 评估标准 | 得分 | 评估方法 with no 分值 column (the 无烟党政机关 建设评分表): the 项目 column holds the group labels
 *     stating their points ("一、组织领导(10分)", merged down), the 评估标准 column the numbered criteria, each stating its
 *     points bare after its clause ("1.本机构有职责明确的控烟领导小组,2分;") over its deductions on further lines — no level
 *     word, no header was read (header-row, indicators), no group's points checked.
 */
const STANDARD: Row[] = [
  ["无烟党政机关建设评分表", null, null, null],
  ["项目", "评估标准", "得分", "评估方法"],
  ["一、组织领导(10分)", "1.本机构有职责明确的控烟领导小组,2分;", null, "听取汇报"],
  [null, "2.各部门有职责明确的控烟工作负责人,2分;", null, null],
  [null, "3.将控烟工作纳入本单位的工作计划,2分;\n并有资金保障,1分;", null, null],
  [null, "4.本机构领导成员都不吸烟,3分;\n有1位吸烟成员扣1分,扣完为止;", null, null],
  ["二、控烟考评制度(6分)", "1.本机构有控烟考评奖惩制度,2分;", null, "查阅文件"],
  [null, "2.有控烟考评奖惩标准,2分;", null, null],
  [null, "3.有控烟考评奖惩记录,2分;\n每缺1项记录扣1分;", null, null],
];
const STANDARD_MERGES = ["A1:D1", "A3:A6", "D3:D6", "A7:A9", "D7:D9"];
/** Each criterion's row and the points it states (2, 2, 3, 3 under 一, 10; 2, 2, 2 under 二, 6), read by hand. */
const STANDARD_WEIGHTS = [
  [3, 2],
  [4, 2],
  [5, 3],
  [6, 3],
  [7, 2],
  [8, 2],
  [9, 2],
];

describe("2. group labels with their points beside numbered criteria stating theirs bare after the clause", () => {
  test.each<[string, string, number | null]>([
    ["points closing the clause", "1.本机构有职责明确的控烟领导小组,2分;", 2],
    ["a second clause awarding on a line of its own adds", "3.将控烟工作纳入本单位的工作计划,2分;\n并有资金保障,1分;", 3],
    ["deductions on the lines below are the rule", "4.本机构领导成员都不吸烟,3分;\n有1位吸烟成员扣1分,扣完为止;", 3],
    ["a full-width comma and full stop", "2.有控烟考评奖惩标准，2分。", 2],
    // counters
    ["no number opening it", "若不设室外吸烟区,室外场所完全禁烟,4分;", null],
    ["cut before its points", "2.开展控烟宣传活动:讲座、咨询、沙龙等,每年至少2", null],
    ["a rule's award (得), not the criterion's points", "1.有控烟领导小组的得2分;", null],
    ["a deduction closing the first line", "1.领导成员吸烟的,扣2分;", null],
    ["per occurrence", "1.每发现1处禁烟标识,1分;", null],
    ["a further line neither awarding nor deducting", "1.有控烟领导小组,2分;\n查阅文件", null],
  ])("criterionPoints: %s", (_, text, want) => {
    expect(criterionPoints(text)).toBe(want);
  });

  test("the criteria are the items, the labels their groups: 10 = 2 + 2 + 3 + 3, 6 = 2 + 2 + 2", () => {
    const r = reviewed(STANDARD, STANDARD_MERGES);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.columns).toEqual({ level1: 1, level3: 2, score: 3 });
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual(STANDARD_WEIGHTS);
    expect(r.model.groups.map((g) => [g.cell, g.weight])).toEqual([
      ["A3", 10],
      ["A7", 6],
    ]);
  });

  test.each<[string, Row[], string[]]>([
    ["an empty column after 项目", STANDARD.map((row) => [row[0], null, ...row.slice(1)]), ["A1:E1", "A3:A6", "E3:E6", "A7:A9", "E7:E9"]],
    ["the group labels written again on each line (merges filled down)", STANDARD.map((row, i) => (i >= 3 && i <= 5 ? [STANDARD[2][0], ...row.slice(1)] : i >= 7 ? [STANDARD[6][0], ...row.slice(1)] : row)), ["A1:D1"]],
  ])("read the same: %s", (_, rows, merges) => {
    const r = reviewed(rows, merges);
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual(STANDARD_WEIGHTS);
  });

  test.each<[string, Row[], string[]]>([
    ["as published", STANDARD, []],
    ["an item's points raised (B4 2 → 3): 一's 10 against 11", at(STANDARD, 3, 1, "2.各部门有职责明确的控烟工作负责人,3分;"), ["A3"]],
    ["a group's points raised (一 10 → 12)", at(STANDARD, 2, 0, "一、组织领导(12分)"), ["A3"]],
  ])("%s", (_, rows, want) => {
    expect(weightSums(rows, STANDARD_MERGES)).toEqual(want);
  });

  test.each<[string, Row[]]>([
    // (the 标准 column's cells rules that award, "…的得2分": no criteria stating their points)
    ["rules awarding under 评估标准", STANDARD.map((row, i) => (i >= 2 ? [row[0], row[1] === null ? null : String(row[1]).replace(/,(\d)分;/, "的得$1分;"), row[2], row[3]] : row))],
    // (group labels stating no points: no groups the criteria's points add up to)
    ["group labels without points", STANDARD.map((row, i) => (i >= 2 && row[0] ? [String(row[0]).replace(/\(\d+分\)/, ""), row[1], row[2], row[3]] : row))],
    // (a head naming no items over the labels, 评分 | 评估标准: not the groups' column)
    ["the groups' head naming no items", at(STANDARD, 1, 0, "类别")],
  ])("counter: %s — no criteria read as items", (_, rows) => {
    const r = reviewed(rows, STANDARD_MERGES);
    expect(r.model.columns.level3).toBeUndefined();
  });
});

/**
 *  3. 序号 | 考核项目 | 考核子项目 | 分数 | 扣分标准 (the 湘潭 无烟单位 考核登记表): 考核子项目 named no column, so the items were read
 *     in 考核项目 (one group label over three items' points) — with the group's label written again on each line (its merge
 *     filled down, an export) the lines under it were lost. 考核子项目 is the items' word, finer than 考核项目's.
 */
const SUB_ITEMS: Row[] = [
  ["无烟单位考核登记表", null, null, null, null, null],
  ["序号", "考核项目", "考核子项目", "分数", "扣分标准", "实得分"],
  ["1", "组织机构", "有控烟工作领导小组", 5, "无领导小组,5分全扣。", null],
  [null, null, "有控烟工作网络", 5, "无工作网络资料,5分全扣。", null],
  [null, null, "有控烟监督员", 5, "无监督员文字资料,5分全扣。", null],
  ["2", "制度建设", "有控烟监督管理制度", 5, "无控烟监督管理制度,扣5分。", null],
  [null, null, "有控烟考评奖惩制度", 5, "无控烟考评奖惩制度,扣5分。", null],
];
const SUB_MERGES = ["A1:F1", "A3:A5", "B3:B5", "A6:A7", "B6:B7"];
const filledDown = (rows: Row[]) => rows.map((row, i) => (i === 3 || i === 4 ? ["1", "组织机构", ...row.slice(2)] : i === 6 ? ["2", "制度建设", ...row.slice(2)] : row));

describe("3. 考核子项目 beside 考核项目: the sub-items are the items, the 项目 their groups", () => {
  test.each<[string, Row[], string[]]>([
    ["merged", SUB_ITEMS, SUB_MERGES],
    ["the merges filled down (an export)", filledDown(SUB_ITEMS), ["A1:F1"]],
  ])("%s: every sub-item a line of its own with its points", (_, rows, merges) => {
    const r = reviewed(rows, merges);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.columns).toMatchObject({ level2: 2, level3: 3, weight: 4 });
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [3, 5],
      [4, 5],
      [5, 5],
      [6, 5],
      [7, 5],
    ]);
  });

  test("counter: 子项目 in a fund list (项目 | 子项目 | 金额(万元)) reads no indicator table", () => {
    const rows: Row[] = [
      ["2023年专项资金分配表", null, null],
      ["项目", "子项目", "金额(万元)"],
      ["农村公路", "县道养护", 120],
      [null, "乡道养护", 80],
      ["水利", "小型水库维修", 60],
    ];
    const r = reviewed(rows, ["A1:C1", "A3:A4"]);
    expect(r.model.family).not.toBe("indicator-system");
    expect(r.model.indicators).toEqual([]);
  });
});
