import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Batch 33's development rule sheets (batch33-diagnosis.md), as hand-made shapes:
 * - §1 a level's heading merged over the number, the name (and the 分值) columns (考核内容 over A:C / A:B): the numbers are the
 *   items' numbers, the text column the items, a last column of points the 分值; a part line merged across the number and
 *   name columns (综合工作 | 33) states its part's points;
 * - §3 a label merged down over several lines states its points once (its group's, never each line's); 建设内容 | 建设指标
 *   name the 二级 / 三级; an item stating two '(N分)' clauses and no points of its own is worth their sum; a key item's star
 *   ('*3.') is no part of its code;
 * - §4 '内容(分值)' over the part and the work columns names the 一级, whose labels carry their points bare in brackets
 *   ('个性工作(70)': read where the items add up to them); 加分 / 扣分 lines do not switch off the whole-table sum;
 * - §2 考核细目: a finer item word beside its own points (考核项目 | 考核分值 | 总体要求 | 考核细目 | 细目分值): the 细目 are the
 *   items, 细目分值 their weights and 考核分值 the group's points.
 */
type Rows = (string | number | null)[][];
const run = (rows: Rows, merges: string[] = []) => review(Grid.fromValues("Sheet1", rows, merges), "national");
const errors = (rows: Rows, merges: string[] = []) => run(rows, merges).findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);
const weights = (rows: Rows, merges: string[] = []) => run(rows, merges).model.indicators.map((i) => [i.row, i.weight]);

describe("§2 考核细目 beside 细目分值 names the items; 考核分值 is the group's", () => {
  const sheet = (group: string, item: string, e3: number): Rows => [
    ["某省星级场所考核评分细则"],
    [group, "考核分值", "总体要求", item, "细目分值", "备注"],
    ["爱国爱教", 10, "热爱祖国,维护民族团结和社会稳定。", "1、建立并实施时事政治学习制度。", e3, "有学习安排的得0.5分"],
    [null, null, null, "2、设立橱窗、板报等宣传窗口。", 2, "每出一期得0.5分"],
    [null, null, null, "3、挖掘和保护宗教文化资源。", 6, "开展文物保护的得1分"],
    ["民主管理", 6, "健全管理组织。", "1、成立管理组织。", 3, "成立的得3分"],
    [null, null, null, "2、制度上墙。", 3, "上墙的得3分"],
  ];
  const merges = ["A1:F1", "A3:A5", "B3:B5", "C3:C5", "A6:A7", "B6:B7", "C6:C7"];
  const unmergedFilled = (rows: Rows): Rows => rows.map((r, k) => (k >= 2 && r[0] === null ? [k < 5 ? "爱国爱教" : "民主管理", k < 5 ? 10 : 6, r[2], ...r.slice(3)] : r));
  test.each([
    ["考核项目 | 考核细目", "考核项目", "考核细目"],
    ["考核项目 | 考评细目", "考核项目", "考评细目"],
    ["考评内容 | 考核细目", "考评内容", "考核细目"],
  ])("%s: the 细目 read with their own points; E3 2 → 5 breaks the group's 10", (_n, group, item) => {
    expect(weights(sheet(group, item, 2), merges)).toEqual([[3, 2], [4, 2], [5, 6], [6, 3], [7, 3]]);
    expect(errors(sheet(group, item, 2), merges)).toEqual([]);
    expect(errors(sheet(group, item, 5), merges)).toEqual(["weight-sum-mismatch@B3"]);
  });
  test("filled down (no merges), the 细目 still read with their own points", () => {
    expect(weights(unmergedFilled(sheet("考核项目", "考核细目", 2)), ["A1:F1"])).toEqual([[3, 2], [4, 2], [5, 6], [6, 3], [7, 3]]);
  });
  test("counter-shape: 考核项目 | 分值 | 考核要点 (a finer word without points of its own) keeps 考核要点 as no item column", () => {
    const rows: Rows = [
      ["考核项目", "分值", "考核要点", "评分标准"],
      ["组织领导", 5, "成立领导小组,制定方案", "成立得2分,制定得3分"],
      ["工作落实", 5, "按期完成任务", "完成得5分"],
    ];
    expect(run(rows).model.columns).toMatchObject({ level3: 1, weight: 2 });
    expect(weights(rows)).toEqual([[2, 5], [3, 5]]);
  });
});

describe("§1 a heading merged over the number | name | 分值 columns", () => {
  const sheet = (head: string, c4: number, withPart = true): Rows => [
    ["某局直属单位年度工作考评细则"],
    [head, null, null, "评分标准", "考核方式"],
    ...(withPart ? [["综合工作", null, 15, null, null]] : []),
    [1, "队伍建设", c4, "未制定计划的扣1分", "平时掌握"],
    [2, "依法行政工作", 5, "每发现一处问题扣0.5分", "检查"],
    [3, "调研信息工作", 5, "每少一篇扣0.7分", "通报"],
  ] as Rows;
  const merged = (withPart = true) => ["A1:E1", "A2:C2", ...(withPart ? ["A3:B3"] : [])];
  test.each(["考核内容", "考评内容", "评价内容"])("%s over A:C: the items read from B with their 分值 in C, the part line no item", (head) => {
    const r = run(sheet(head, 5), merged());
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.columns).toMatchObject({ weight: 3, rubric: 4 });
    expect(r.model.indicators.map((i) => [i.row, i.name, i.weight])).toEqual([[4, "队伍建设", 5], [5, "依法行政工作", 5], [6, "调研信息工作", 5]]);
    expect(errors(sheet(head, 5), merged())).toEqual([]);
    // the part line states its part's points: 7 + 5 + 5 = 17 against 15
    expect(errors(sheet(head, 7), merged())).toEqual(["weight-sum-mismatch@C3"]);
  });
  test("every merge undone (a CSV dump), the heading over blank cells reads the same", () => {
    expect(weights(sheet("考核内容", 5), [])).toEqual([[4, 5], [5, 5], [6, 5]]);
    expect(errors(sheet("考核内容", 7), [])).toEqual(["weight-sum-mismatch@C3"]);
  });
  test("relabelled 序号 | 考核内容 | 分值 (unmerged) reads the same, the part line in the 序号 cell", () => {
    const rows = sheet("序号", 5);
    rows[1] = ["序号", "考核内容", "分值", "评分标准", "考核方式"];
    expect(weights(rows, ["A1:E1"])).toEqual([[4, 5], [5, 5], [6, 5]]);
    rows[3][2] = 7;
    expect(errors(rows, ["A1:E1"])).toEqual(["weight-sum-mismatch@C3"]);
  });
  test("over A:B, the names carrying their points in brackets: the five items read from B", () => {
    const rows: Rows = [
      ["考核内容", null, "评分标准", "考核依据", "考核得分"],
      ["一、规范操作(16分)", null, null, null, null],
      [1, "采购委托(5)", "是否按委托协议开展采购活动(5分)。", "有关规定", null],
      [2, "信息公告(4)", "及时公告的,得4分。", "办法", null],
      [3, "政策功能(7)", "提供一例得1分,最高7分。", "意见", null],
    ];
    expect(weights(rows, ["A1:B1", "A2:E2"])).toEqual([[3, 5], [4, 4], [5, 7]]);
  });
  test.each([
    ["a merged heading over group labels and names (考核内容 over 类别 | 项目)", [["组织领导", "成立领导小组", 2, "成立得2分"], [null, "制定方案", 3, "制定得3分"]], ["A1:B1", "A2:A3"]],
    ["numbers that are no sequence (考核内容 over 数量 | 名称)", [[12, "培训场次", 2, "完成得2分"], [30, "覆盖人数", 3, "完成得3分"]], ["A1:B1"]],
  ] as [string, Rows, string[]][])("counter-shape: %s keeps its first column as the level", (_n, body, merges) => {
    const rows: Rows = [["考核内容", null, "分值", "评分标准"], ...body];
    expect(run(rows, merges).model.columns.level1).toBe(1);
  });
});

describe("§3 a merged 一级 label's points, clause points, starred codes", () => {
  const item4 = "3. 县级政府将监管工作纳入对乡镇的年度考核( 2 分), 市、县将监管工作纳入对相关部门的年度考核(2 分) 。";
  const sheet = (l2: string, l3: string, b6 = "( 二)绩效 考核(6 分)", c6 = "*2. 监管工作在本级政府绩效考核体系中所占权重高于 5%(2 分) 。", c7 = item4): Rows => [
    ["某市创建任务分解表"],
    ["一级 指标", l2, l3, "考评标准", "任务内容", "责任单位"],
    ["一、属地管理责任依法履行 ( 9 分)", "( 一)组织 领导(2 分)", "1. 市、县政府成立领导机构( 2 分)。", null, "建立领导机构。", "市府办"],
    [null, b6, c6, null, "纳入考核体系。", "市府办"],
    [null, null, c7, null, "建立考核机制。", "县政府"],
    [null, "( 三)规划 计划(1 分)", "*4. 监管纳入当地发展规划( 1 分) 。", null, "纳入规划。", "发展改革委"],
  ];
  const merges = ["A1:F1", "A3:A6", "B4:B5"];
  test.each([
    ["建设内容 | 建设指标", "建设内容", "建设指标"],
    ["二级指标 | 三级指标", "二级指标", "三级指标"],
  ])("%s: the items read with their own points (2 / 2 / 4 / 1), no error", (_n, l2, l3) => {
    expect(weights(sheet(l2, l3), merges)).toEqual([[3, 2], [4, 2], [5, 4], [6, 1]]);
    expect(errors(sheet(l2, l3), merges)).toEqual([]);
    // (二)'s 6 → 7: 2 + 4 = 6 against 7
    expect(errors(sheet(l2, l3, "( 二)绩效 考核(7 分)"), merges)).toEqual(["weight-sum-mismatch@B4"]);
    // the starred code 2 is 2: a '2.' after it repeats it
    expect(errors(sheet(l2, l3, undefined, undefined, item4.replace(/^3\./, "2.")), merges)).toEqual(["code-sequence@C5"]);
  });
  test("with no level words beside it, the merged 一级 label's 9 is not every line's weight", () => {
    const r = run(sheet("甲", "乙"), merges);
    expect(r.model.indicators.filter((i) => i.weight === 9).length).toBeLessThanOrEqual(1);
    expect(errors(sheet("甲", "乙"), merges)).toEqual([]);
  });
  test.each([
    ["one clause's points", "完成考核( 2 分)。", 2],
    ["points and a breakdown (其中)", "考核工作(4分),其中乡镇(2分),部门(2分)。", 4],
    ["a per-item award (每)", "每发现一例(1分),最多(3分)", 1],
  ])("counter-shape: %s stays as written", (_n, label, w) => {
    const rows: Rows = [["考核项目", "考核内容", "评分标准"], ["组织领导", label, "查阅资料"], ["工作落实", "按期完成( 3 分)", "查阅资料"]];
    expect(weights(rows)[0]).toEqual([2, w]);
  });
});

describe("§4 内容(分值) labels' bracketed points; 加分 / 扣分 lines", () => {
  const sheet = (d5: number, d9: number): Rows => [
    ["四、市各有关部门"],
    ["内容(分值)", null, "指标", "分值", "评分办法和标准", "编码", "自评"],
    ["个性工作(70)", "政策保障工作", "制定政策措施", 20, "查看政策制定、落实情况", "E1", null],
    [null, null, "落实政策措施", d5, null, "E2", null],
    [null, "业务工作", "年度重点工作目标任务及完成情况", 30, "按目标任务完成情况得分", "E3", null],
    ["基础工作(30)", "基础工作", "服务指导各县开展工作", 8, "查阅有关资料、实地考察", "F11", null],
    [null, null, "明确分管领导和专门人员", 8, null, "F12", null],
    [null, null, "组织、参加相关会议", 7, null, "F13", null],
    [null, null, "组织、参与相关调研", d9, null, "F14", null],
    [null, "创新工作", null, "加分", "获得重大创新成果的,每1项加3-5分", "F2", null],
    [null, "督办工作", null, "扣分", "未能及时办理的,视情扣3-5分", "F3", null],
  ];
  const merges = ["A1:G1", "A2:B2", "A3:A5", "B3:B4", "E3:E4", "A6:A11", "B6:B9", "E6:E9"];
  test("the parts' (70) / (30) are their stated points", () => {
    expect(errors(sheet(20, 7), merges)).toEqual([]);
    expect(errors(sheet(23, 7), merges)).toEqual(["weight-sum-mismatch@A3"]);
    expect(errors(sheet(20, 10), merges)).toEqual(["weight-sum-mismatch@A6"]);
  });
  const flat = (extra: boolean, d4: number): Rows => [
    ["序号", "考核指标", "分值", "评分标准"],
    [1, "组织领导", 30, "成立领导小组得30分"],
    [2, "工作落实", d4, "按期完成得40分"],
    [3, "宣传引导", 30, "开展宣传得30分"],
    ...(extra ? [[4, "创新工作", "加分", "每项加3-5分"], [5, "督办工作", "扣分", "视情扣3-5分"]] : []),
  ] as Rows;
  test.each([false, true])("a flat list at 103 with no total is warned, with 加分 / 扣分 lines (%s) too", (extra) => {
    const warn = (rows: Rows) => run(rows).findings.filter((f) => f.rule === "weight-sum-mismatch").map((f) => `${f.severity}@${f.cell}`);
    expect(warn(flat(extra, 40))).toEqual([]);
    expect(warn(flat(extra, 43))).toEqual(["warning@C1"]);
  });
  test("counter-shape: a line with no points that is no bonus may hold the rest of the 100 (97 and a blank: silent)", () => {
    // (at 103 the list is over 100 whatever the blank line holds — lines only add — and is warned, sweep23's rule)
    const rows = flat(false, 37);
    rows.push([4, "其他工作", null, "酌情评分"]);
    expect(run(rows).findings.filter((f) => f.rule === "weight-sum-mismatch")).toEqual([]);
  });
});
