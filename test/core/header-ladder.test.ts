import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A header's ladder of level words (vocabulary LADDER_WORD, table-header ladderLevels): words that share a qualifier
 * (考核项目 | 考核内容 | 考核要点, 考核验收项目分类 | 考核验收内容) or plain item words (项目 | 具体内容, a lone 项目) nest left to
 * right, whatever level each names alone. Each shape is a title, one header line and a few lines of items; the family,
 * the header row and the level and 分值 columns are expected. Counter-shapes: a 目标表 / 监控表 / 自评表 header keeps
 * its reading (ladder words with a target or an actual value add no level), two item | points pairs side by side are no
 * ladder, and a header whose level words already nest is read as before.
 */
type Rows = (string | number | null)[][];
const run = (rows: Rows, merges: string[] = []) => review(Grid.fromValues("Sheet1", rows, merges), "national");
const flags = (rows: Rows, merges: string[] = []) =>
  run(rows, merges)
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);

/** Three items under two groups, a rule and a blank score; `head` is the header line (its width sets the layout). */
function threeLevels(head: string[]): Rows {
  return [
    ["2023年度安全生产工作考核评分细则"],
    head,
    ["组织领导", "机构设置", "成立领导小组", 10, "成立的得10分。", null],
    [null, null, "制定实施方案", 20, "制定的得20分。", null],
    [null, "职责分工", "明确分管领导", 30, "明确的得30分。", null],
    ["制度建设", "工作计划", "制定年度计划", 40, "制定的得40分。", null],
    ["合计", null, null, 100, null, null],
  ];
}
const threeMerges = ["A1:F1", "A3:A5", "B3:B4"];

describe("a ladder of qualified level words nests left to right", () => {
  test.each([
    ["考核项目 | 考核内容 | 考核要点", ["考核项目", "考核内容", "考核要点", "分值", "评分标准", "得分"]],
    ["考评项目 | 考评内容 | 考评要点", ["考评项目", "考评内容", "考评要点", "分值", "评分细则", "考核得分"]],
    ["评估项目 | 评估内容 | 评估要点", ["评估项目", "评估内容", "评估要点", "标准分", "评分办法", "评估得分"]],
    ["考核项目 | 考核内容 | 考核要点 (分数, 计分方法)", ["考核项目", "考核内容", "考核要点", "分数", "计分方法", "自评得分"]],
  ])("%s: three levels and the 分值 column", (_name, head) => {
    const m = run(threeLevels(head), threeMerges).model;
    expect([m.family, m.headerRow]).toEqual(["indicator-system", 2]);
    expect([m.columns.level1, m.columns.level2, m.columns.level3, m.columns.weight]).toEqual([1, 2, 3, 4]);
    expect(flags(threeLevels(head), threeMerges)).toEqual([]);
  });

  test("考核项目 | 考核内容 | 考核要点: an item's points raised is found against the 100", () => {
    const rows = threeLevels(["考核项目", "考核内容", "考核要点", "分值", "评分标准", "得分"]);
    rows[3][3] = 25;
    expect(flags(rows, threeMerges).length).toBeGreaterThan(0);
  });

  test("a qualifier of two words before 项目分类 / 内容 (考核验收项目分类 | 考核验收内容): two levels", () => {
    const rows: Rows = [
      ["农民专业合作社示范社考核验收评分表"],
      ["考核验收项目分类", "考核验收内容", "分值", "评分标准", "考核验收得分"],
      ["组织建设", "章程健全", 30, "健全的得30分。", null],
      [null, "机构健全", 20, "健全的得20分。", null],
      ["经营管理", "财务规范", 50, "规范的得50分。", null],
      ["合计", null, 100, null, null],
    ];
    const m = run(rows, ["A1:E1", "A3:A4"]).model;
    expect([m.family, m.headerRow]).toEqual(["indicator-system", 2]);
    expect([m.columns.level1, m.columns.level3, m.columns.weight]).toEqual([1, 2, 3]);
  });
});

describe("plain item words over a scoring header", () => {
  test("项目 | 具体内容 | 分值 | 计分方法 | 得分: the groups and their items", () => {
    const rows: Rows = [
      ["残疾人工作考核评分表"],
      ["项目", "具体内容", "分值", "计分方法", "评估得分"],
      ["组织领导", "成立领导小组", 30, "成立的得30分。", null],
      [null, "制定实施方案", 20, "制定的得20分。", null],
      ["制度建设", "建立工作台账", 50, "建立的得50分。", null],
      ["总分", null, 100, null, null],
    ];
    const merges = ["A1:E1", "A3:A4"];
    const m = run(rows, merges).model;
    expect([m.family, m.headerRow]).toEqual(["indicator-system", 2]);
    expect([m.columns.level1, m.columns.level3, m.columns.weight, m.columns.score]).toEqual([1, 2, 3, 5]);
    expect(m.indicators.map((i) => i.weight)).toEqual([30, 20, 50]);
  });

  test("a lone 项目 over items under label lines (序号 | 项目 | 满分 | 考核标准 | 考核得分)", () => {
    const rows: Rows = [
      ["农村人居环境整治绩效考核评分细则"],
      ["序号", "项目", "满分", "考核标准", "考核得分"],
      ["组织领导(50分)", null, null, null, null],
      [1, "(1)成立领导小组", 20, "成立的得20分。", null],
      [2, "(2)制定实施方案", 30, "制定的得30分。", null],
      ["制度建设(50分)", null, null, null, null],
      [3, "(1)建立工作台账", 50, "建立的得50分。", null],
    ];
    const merges = ["A1:E1", "A3:E3", "A6:E6"];
    const m = run(rows, merges).model;
    expect([m.family, m.headerRow]).toEqual(["indicator-system", 2]);
    expect([m.columns.level3, m.columns.weight, m.columns.score]).toEqual([2, 3, 5]);
    expect(flags(rows, merges)).toEqual([]);
    // (a group's items short of its label's points are found)
    const slip = rows.map((r) => [...r]);
    slip[4][2] = 25;
    expect(flags(slip, merges).length).toBeGreaterThan(0);
  });
});

describe("three words of one qualifier beside a target value (eng26c)", () => {
  // 评价内容 | 评价类别 | 评价指标 | 单位 | 分值 | 评分标准 | 完成量 | 目标值 | 得分: alone 评价内容 reads level 2 and 评价指标 level 1,
  // 评价类别 nothing; the three share 评价 and nest left to right, a target value beside them or not
  const head = ["评价内容", "评价类别", "评价指标", "单位", "分值", "评分标准", "完成量", "目标值", "得分"];
  const rows = (second = 10): Rows => [
    ["国土综合整治项目绩效评价指标表"],
    head,
    ["项目预算执行情况(30分)", "资金投入水平(20分)", "资金到位情况", "万元", 10, "按到位比例计分", null, "/", null],
    [null, null, "资金支出情况", "万元", second, "按支出比例计分", null, "/", null],
    [null, "资金管理(10分)", "财务制度", "项", 10, "制度健全得满分", null, "/", null],
    ["目标完成情况(70分)", "生产空间优化(70分)", "新增耕地面积", "公顷", 70, "按实现程度赋分", null, "100", null],
  ];
  const merges = ["A1:I1", "A3:A5", "B3:B4"];
  test("three levels, the group labels' points read against their items", () => {
    const m = run(rows(), merges).model;
    expect([m.columns.level1, m.columns.level2, m.columns.level3, m.columns.weight]).toEqual([1, 2, 3, 5]);
    expect(flags(rows(), merges)).toEqual([]);
  });
  test("an item's points raised is found at its 评价类别 (资金投入水平 20)", () => {
    expect(flags(rows(11), merges)).toContain("weight-sum-mismatch@B3");
  });
  test("counter-shape: three item words of no shared qualifier (项目 | 内容 | 指标) beside a target value add no level", () => {
    const plain = rows().map((r, k) => (k === 1 ? ["项目", "内容", "指标", ...head.slice(3)] : r));
    const m = run(plain, merges).model;
    expect(m.columns.level2 === 2 && m.columns.level3 === 3).toBe(false);
  });
});

describe("counter-shapes: no ladder", () => {
  test("a 目标表 / 自评表 header with a target and an actual value (项目 | 具体内容 | 年度指标值 | 实际完成值 | 分值 | 得分) adds no level", () => {
    const rows: Rows = [
      ["2023年度项目支出绩效自评表"],
      ["项目", "具体内容", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "培训人数", "100人", "100人", 50, 50],
      ["效益指标", "满意度", "≥90%", "95%", 50, 50],
    ];
    const m = run(rows, ["A1:F1"]).model;
    expect(m.columns.level1).toBeUndefined();
    expect(m.columns.level3).toBeUndefined();
  });

  test("a 监控表 header (项目 | 内容 | 年度指标值 | 1-7月执行情况 | 全年预计完成情况) adds no level", () => {
    const rows: Rows = [
      ["2024年项目绩效运行监控表"],
      ["项目", "内容", "年度指标值", "1-7月执行情况", "全年预计完成情况"],
      ["产出指标", "培训人数", "100人", "60人", "100人"],
      ["效益指标", "满意度", "≥90%", "92%", "95%"],
    ];
    const m = run(rows, ["A1:E1"]).model;
    expect(m.family).not.toBe("indicator-system");
    expect(m.columns.level1).toBeUndefined();
  });

  test("two item | points pairs side by side (项目 | 具体项目 | 评分 | 具体项目 | 评分) are no ladder", () => {
    const rows: Rows = [
      ["食堂卫生检查评分表"],
      ["项目", "具体项目", "评分", "具体项目", "评分"],
      ["食品卫生30分", "四不制度", 2, "留验制度", 4],
      [null, "售饭工具", 7, "消毒", 2],
    ];
    const m = run(rows, ["A1:E1"]).model;
    expect(m.columns.level1).toBeUndefined();
    expect(m.columns.level3).toBeUndefined();
  });

  test("一级指标 | 二级指标 | 三级指标 is read as before (no qualifier shared)", () => {
    const m = run(threeLevels(["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"]), threeMerges).model;
    expect([m.columns.level1, m.columns.level2, m.columns.level3, m.columns.weight]).toEqual([1, 2, 3, 4]);
  });
});

describe("the points under a rule head, and a scored sheet under a 考核 title", () => {
  const acceptance = (rule: (string | number)[]): Rows => [
    ["农民专业合作社省级示范社考核验收办法"],
    ["考核验收项目分类", "考核验收内容", "评分标准", "考核验收得分"],
    ["组织建设(30分)", "章程健全", rule[0], null],
    [null, "机构健全", rule[1], null],
    [null, "制度上墙", rule[2], null],
  ];
  test("a 评分标准 column of bare points and no 分值 column (考核验收项目分类 | 考核验收内容 | 评分标准 | 得分): the 分值", () => {
    const m = run(acceptance([10, 10, 10])).model;
    expect([m.family, m.headerRow]).toEqual(["indicator-system", 2]);
    expect([m.columns.level1, m.columns.level3, m.columns.weight]).toEqual([1, 2, 3]);
  });
  test("counter-shape: a 评分标准 column of rules stays the rule (no 分值 read from it)", () => {
    const m = run(acceptance(["健全的得10分", "健全的得10分", "上墙的得10分"])).model;
    expect(m.columns.weight).toBeUndefined();
  });

  const clean = (head: string[], title: string): Rows => [
    [title],
    head,
    ["一、组织领导(8分)", "1.建立健全工作机构", 2, null, null],
    [null, "2.明确责任分解", 3, null, null],
    [null, "3.签订责任状", 3, null, null],
    ["二、制度建设(12分)", "1.建立学习制度", 5, null, null],
    [null, "2.落实报告制度", 7, null, null],
  ];
  test("a score column under a 考核 title naming no scoring sheet (…量化考核评分一览表): a scoring system", () => {
    const m = run(clean(["项目", "考核内容", "分值", "自评分", "核准分"], "单位党风廉政建设量化考核评分一览表")).model;
    expect([m.family, m.headerRow]).toEqual(["indicator-system", 2]);
  });
  test("counter-shape: no score column under that title (项目 | 考核内容 | 分值 | 备注, labels stating no points) is no scoring system", () => {
    const rows = clean(["项目", "考核内容", "分值", "备注", ""], "单位党风廉政建设量化考核评分一览表").map((r) => (typeof r[0] === "string" && r[0].includes("分)") ? [r[0].replace(/\(\d+分\)/, ""), ...r.slice(1)] : r));
    expect(run(rows).model.family).not.toBe("indicator-system");
  });
});

describe("two words for the lowest level side by side, the right one naming the content of the left one's level", () => {
  const sheet = (right: string): Rows => [
    ["镇基础设施提升工程考核表"],
    ["考核内容", "考核指标", "序号", right, "分值", "评分标准"],
    ["基础设施提升工程(7分)", "构建便捷交通网络", "1", "优化城镇交通组织", 1.5, "交通组织合理得1.5分"],
    [null, null, "2", "加快农村道路建设", 1, "路网完善得1分"],
    [null, null, "3", "完善物流配送体系", 1, "建有运输服务站得1分"],
    [null, "完善配套基础设施", "4", "镇区管线设施建设完善", 2.5, "管线完善得2.5分"],
    [null, null, "5", "提升防灾减灾能力", 1, "设施完善得1分"],
  ];
  const merges = ["A1:F1", "A3:A7", "B3:B5", "B6:B7"];
  test.each(["指标内容", "考核要点"])("考核内容 | 考核指标 | 序号 | %s: 一级, 二级 and the items, five of them", (right) => {
    const m = run(sheet(right), merges).model;
    expect([m.family, m.headerRow]).toEqual(["indicator-system", 2]);
    expect([m.columns.level1, m.columns.level2, m.columns.level3, m.columns.weight]).toEqual([1, 2, 4, 5]);
    expect(m.indicators.map((i) => i.weight)).toEqual([1.5, 1, 1, 2.5, 1]);
  });
});
