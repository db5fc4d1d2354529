import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { rubricAwards } from "../../src/core/text/labels";

/**
 * Blank rule sheets' header words and group lines (batch 30):
 * - 考核内容 | 考核指标 | 序号 | 考核要点 | 分值 | 评分标准: a finer item word (考核要点, 评分要点, 考核点) right of 考核指标 makes
 *   考核指标 the middle level; the header goes on to 分值 and 评分标准;
 * - 指标体系 names the item column, 考评办法 the rule column (考核办法 / 考核方法 stay how an item is checked: 查阅资料, a
 *   rule sheet's 测评方法 kind); a 完成值 column blank on every line of the table beside them is the assessors' column,
 *   not a self-evaluation's (a header repeated at a page break, a signature block below aside);
 * - an uncoded name with its 分值 and no rule over items that state theirs is a group line where the items add up to it;
 * - a bracket opened by 其中 right after an award breaks that award down: its parts are no further awards.
 */
type Rows = (string | number | null)[][];
type Merge = string;
const run = (rows: Rows, merges: Merge[] = []) => review(Grid.fromValues("Sheet1", rows, merges), "national");
const errors = (rows: Rows, merges: Merge[] = []) => run(rows, merges).findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);

describe("header ladder 考核内容 > 考核指标 > 考核要点", () => {
  /** the 镇 提升工程 shape: group, middle level merged over its items, a 序号 column, the items, points, rule */
  const ladder = (middle: string, finer: string, withCode: boolean, e5: number): { rows: Rows; merges: Merge[] } => {
    const code = (n: number) => (withCode ? [n] : []);
    const head = ["考核内容", middle, ...(withCode ? ["序号"] : []), finer, "分值", "评分标准"];
    const rows: Rows = [
      head,
      ["基础设施提升工程(7分)", "构建便捷交通网络", ...code(1), "优化城镇交通组织", 1.5, "镇区交通组织合理得0.5分;车行15分钟内到达高速得1分"],
      [null, null, ...code(2), "加快农村道路建设", 1, "路网完善得0.5分;管养机制健全得0.5分"],
      [null, null, ...code(3), "完善客运物流体系", 1, "建有客运站得0.5分;建有物流配送中心得0.5分"],
      [null, "完善配套基础设施", ...code(4), "镇区管线设施建设完善", e5, "管线设施总体建设完善得1.5分;管网漏损率达标得1分"],
      [null, null, ...code(5), "提升防灾减灾能力", 1, "防洪排涝设施完善得0.5分;应急避难场所达标得0.5分"],
    ];
    const b = "B";
    return { rows, merges: ["A2:A6", `${b}2:${b}4`, `${b}5:${b}6`] };
  };
  const cases: [string, string, string, boolean][] = [
    ["考核指标 | 序号 | 考核要点", "考核指标", "考核要点", true],
    ["考核指标 | 考核要点, no 序号 between", "考核指标", "考核要点", false],
    ["考评指标 | 序号 | 评分要点", "考评指标", "评分要点", true],
    ["考核指标 | 序号 | 考核点", "考核指标", "考核点", true],
    // (fam33: an item word that is no finer one, 检查内容 / 目标名称 / 评定内容 — the middle level read from the lines: each
    // 考核指标 label stands over several items, and each item has its own 分值)
    ["考核指标 | 序号 | 检查内容", "考核指标", "检查内容", true],
    ["考核指标 | 序号 | 目标名称", "考核指标", "目标名称", true],
    ["考核指标 | 评定内容, no 序号 between", "考核指标", "评定内容", false],
  ];
  test.each(cases)("%s: three levels, 分值 and 评分标准 read; E5 2.5 → 3.5 breaks the group's 7", (_name, middle, finer, withCode) => {
    const clean = ladder(middle, finer, withCode, 2.5);
    const r = run(clean.rows, clean.merges);
    const w = withCode ? 5 : 4;
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(1);
    expect(r.model.columns).toMatchObject({ level1: 1, level2: 2, level3: w - 1, weight: w, rubric: w + 1 });
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 1.5], [3, 1], [4, 1], [5, 2.5], [6, 1]]);
    expect(errors(clean.rows, clean.merges)).toEqual([]);
    const broken = ladder(middle, finer, withCode, 3.5);
    // 1.5 + 1 + 1 + 3.5 + 1 = 8 against the group's 7
    expect(errors(broken.rows, broken.merges)).toEqual(["weight-sum-mismatch@A2"]);
  });

  // the near-misses of the lines' evidence: the same header words, lines that do not nest as levels do
  test("考核指标 | 序号 | 检查内容 with one 分值 merged over each 考核指标's lines: the 检查内容 lines are no weighted items, no middle level", () => {
    const { rows, merges } = ladder("考核指标", "检查内容", true, 2.5);
    // (each 考核指标's points, 3.5 and 3.5, merged over its lines: its 检查内容 lines carry none of their own)
    for (const r of [2, 3, 4, 5, 6]) rows[r - 1][4] = r === 2 || r === 5 ? 3.5 : null;
    const r = run(rows, [...merges, "E2:E4", "E5:E6"]);
    expect(r.model.columns.level2).toBeUndefined();
  });

  test("考核项目 | 序号 | 考核指标 | 分值 | 考核内容: a level word right of the pair, 考核指标 stays the item level", () => {
    const rows: Rows = [
      ["考核项目", "序号", "考核指标", "分值", "考核内容"],
      ["组织领导", 1, "水土保持工作领导机制", 10, "加强对水土保持工作的统一领导"],
      [null, 2, "水土保持目标责任制", 10, "建立并实施政府水土保持目标责任制"],
      ["综合治理", 3, "水土流失治理任务", 30, "年度水土流失治理任务完成情况"],
      [null, 4, "水土流失治理资金", 10, "水土流失治理项目资金落实和使用情况"],
    ];
    const r = run(rows, ["A2:A3", "A4:A5"]);
    expect(r.model.columns).toMatchObject({ level1: 1, level3: 3, weight: 4 });
    expect(r.model.columns.level2).toBeUndefined();
  });

  test("考核内容 | 考核指标 | 分值 alone keeps 考核指标 as the item level", () => {
    const rows: Rows = [
      ["考核内容", "考核指标", "分值", "评分标准"],
      ["组织领导(5分)", "成立领导小组", 2, "成立得2分"],
      [null, "制定工作方案", 3, "制定得3分"],
    ];
    const r = run(rows, ["A2:A3"]);
    expect(r.model.columns).toMatchObject({ level1: 1, level3: 2, weight: 3, rubric: 4 });
    expect(r.model.columns.level2).toBeUndefined();
  });
});

describe("指标体系 / 考评办法 with blank assessors' columns; uncoded group lines", () => {
  const sheet = (item: string, rule: string, b4: number, actual: string | null = null): Rows => [
    ["某省卫生服务能力建设工程综合考核评估细则"],
    [item, "分值", rule, "目标任务", "完成值", "完成率", "评分"],
    ["组织领导", 20, null, null, null, null, null],
    ["健全组织机构", b4, "查阅正式文件。健全了领导小组的+5分", null, actual, null, null],
    ["落实责任分工", 5, "查阅正式文件。明确责任分工的+5分", null, null, null, null],
    ["制定工作方案", 5, "查阅正式文件。制定实施方案的+5分", null, null, null, null],
    ["落实工作措施", 5, "查阅文件资料。有具体工作措施的+5分", null, null, null, null],
    ["工作机制", 50, null, null, null, null, null],
    ["建立领导推进机制", 10, "查阅会议记录。年初有部署的+10分", null, null, null, null],
    ["建立督导检查机制", 10, "查阅相关资料。按月督查的+10分", null, null, null, null],
    ["建立考核激励机制", 10, "查阅相关资料。年底考核的+10分", null, null, null, null],
    ["建立信息报送机制", 10, "查阅报送资料。及时报送的+10分", null, null, null, null],
    ["建立宣传引导机制", 10, "查阅媒体材料。有宣传载体的+10分", null, null, null, null],
  ];
  const words: [string, string][] = [
    ["指标体系", "考评办法"],
    ["指标体系", "评分办法"],
    ["指标体系", "评分标准"],
  ];
  test.each(words)("%s | 分值 | %s: an indicator system, its nine items under two groups", (item, rule) => {
    const r = run(sheet(item, rule, 5), ["A1:G1"]);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.columns).toMatchObject({ level3: 1, weight: 2, rubric: 3 });
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[4, 5], [5, 5], [6, 5], [7, 5], [9, 10], [10, 10], [11, 10], [12, 10], [13, 10]]);
    expect(errors(sheet(item, rule, 5), ["A1:G1"])).toEqual([]);
    // 6 + 5 + 5 + 5 = 21 against 组织领导's 20
    expect(errors(sheet(item, rule, 6), ["A1:G1"])).toEqual(["weight-sum-mismatch@B3"]);
  });

  test("a self-evaluation whose 完成值 column is filled keeps its completion column as evidence", () => {
    const r = run(sheet("指标体系", "考评办法", 5, "已完成"), ["A1:G1"]);
    expect(r.model.family).not.toBe("indicator-system");
  });

  test("an item without a rule whose neighbours do not add up to it stays an item", () => {
    const rows: Rows = [
      ["指标体系", "分值", "考评办法"],
      ["健全组织机构", 5, "健全的得5分"],
      ["落实责任分工", 6, null],
      ["制定工作方案", 4, "制定的得4分"],
      ["落实工作措施", 5, "落实的得5分"],
    ];
    const r = run(rows);
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 5], [3, 6], [4, 4], [5, 5]]);
  });
});

describe("an award's breakdown in a bracket opened by 其中", () => {
  const cases: [string, string, number[] | null][] = [
    ["bracket with a nested bracket and equal parts", "路网完善得 0.5分(其中有三级公路连接得 0.2 分;直连道路畅通得 0.2分;30 户自然村(组)硬化路得0.1分);管养机制健全得 0.5 分", [0.5, 0.5]],
    ["full-width bracket", "路网完善得0.5分（其中公路连接得0.3分;道路畅通得0.2分）;管养机制健全得1分", [0.5, 1]],
    ["a bracket without 其中 is read as before", "路网完善得0.5分(公路连接);管养机制健全得0.5分", [0.5, 0.5]],
  ];
  test.each(cases)("%s", (_name, text, points) => {
    expect(rubricAwards(text)?.points ?? null).toEqual(points);
  });
});
