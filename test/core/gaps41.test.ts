import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Session 41 (gaps41): what a sheet still loses when it arrives as another shape a reviewer meets every day — its header
 * written over two lines, a page of it — general fixes, by cause (test/fixtures/real/gaps41-diagnosis.md).
 */

const read = (g: Grid) => review(g, "national");
const errors = (g: Grid) =>
  read(g)
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);
const rollups = (g: Grid) =>
  read(g)
    .model.relations.filter((x) => x.kind === "rollup" && x.measure === "weight")
    .map((x) => (x.kind === "rollup" ? `${x.total.cell}←${x.parts.map((p) => p.cell).join(",")}` : ""))
    .sort();

/**
 * 1. A header of level words written over two lines, each level's word over 指标 (一级 | 二级 | 三级 over 指标 | 指标 |
 * 指标, the 分值 heads merged down over both): 指标 alone names a level, so read as a line of its own the lower line gave
 * the 一级 column to the 二级 and the table's groups were lost. The halves joined keep the top's word, a gain
 * (split-heads.ts): the table reads as with its header on one line.
 */
describe("a level header written over two lines (一级 over 指标)", () => {
  // 产出指标 50 = 数量指标 30 + 质量指标 20; 数量指标 30 = 培训人数 15 + 培训场次 15; 效益指标 50 = 社会效益 50 = 满意度 25 + 就业人数 25
  const lines = (q: number) => [
    ["产出指标", 50, "数量指标", 30, "培训人数", 15],
    [null, null, null, null, "培训场次", 15],
    [null, null, "质量指标", q, "合格率", 20],
    ["效益指标", 50, "社会效益", 50, "满意度", 25],
    [null, null, null, null, "就业人数", 25],
  ];
  const TITLE = ["某县2023年度项目绩效评价指标体系", null, null, null, null, null];
  const oneLine = (q = 20) =>
    Grid.fromValues("Sheet1", [TITLE, ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值"], ...lines(q)], ["A1:F1", "A3:A5", "B3:B5", "C3:C4", "D3:D4", "A6:A7", "B6:B7", "C6:C7", "D6:D7"]);
  const twoLines = (q = 20, lower: (string | null)[] = ["指标", null, "指标", null, "指标", null]) =>
    Grid.fromValues("Sheet1", [TITLE, ["一级", "分值", "二级", "分值", "三级", "分值"], lower, ...lines(q)], ["A1:F1", "B2:B3", "D2:D3", "F2:F3", "A4:A6", "B4:B6", "C4:C5", "D4:D5", "A7:A8", "B7:B8", "C7:C8", "D7:D8"]);

  test("on one line: the groups' weights are their parts' (B3 ← D3,D5; D3 ← F3,F4 …)", () => {
    expect(rollups(oneLine())).toEqual(["B3←D3,D5", "B6←D6", "D3←F3,F4", "D5←F5", "D6←F6,F7"]);
  });
  test("over two lines: the same groups, a line down (B4 ← D4,D6; D4 ← F4,F5 …)", () => {
    expect(rollups(twoLines())).toEqual(["B4←D4,D6", "B7←D7", "D4←F4,F5", "D6←F6", "D7←F7,F8"]);
  });
  // (质量指标, a group of one line: the group the header's lower line read as a line of its own lost)
  test("over two lines: 质量指标's 25 against its one line's 20 is found (D6)", () => {
    expect(errors(twoLines(25))).toContain("weight-sum-mismatch@D6");
    expect(errors(twoLines())).toEqual([]);
  });
  // (the counter-shape: a header on one line over the table's first line, 一级 | 二级 | 三级 over 产出 | 数量 | 培训人数:
  // the lower line's texts are no header word's halves, 一级产出 reads nothing — a line of the table, not joined)
  test("a line of the table under a one-line header (产出 | 数量 | 人数 under 一级 | 二级 | 三级) is no half: read as the table's first line", () => {
    const g = Grid.fromValues("Sheet1", [TITLE, ["一级", "分值", "二级", "分值", "三级", "分值"], ["产出", 50, "数量", 30, "人数", 30], ["效益", 50, "社会", 50, "满意", 50]], ["A1:F1"]);
    expect(read(g).model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [3, 30],
      [4, 50],
    ]);
  });
});

/**
 * 2. The same split header under a form's fund block (a self-evaluation: 年初预算数 | 全年执行数 | 执行率 …, a header of its
 * own, then the indicator table's 一级 | 二级 | 三级 | 参考 over 指标 | 指标 | 指标 | 分值): the search for a split header stopped at the
 * first line that reads as a header alone, the fund block's. It goes on to the next header, a split one's top only where it
 * is a header itself (split-heads.ts HEADERS_READ).
 */
describe("a split indicator header under a fund block", () => {
  const form = (q: number) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["项目支出绩效自评表", null, null, null, null, null, null, null],
        ["项目名称", "某县乡村道路养护", null, null, "主管部门", "某县交通运输局", null, null],
        ["项目资金(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 100, 100, 90, 10, "90%", 9],
        ["一级", "二级", "三级", "参考", "指标值", "全年实际值", "得分", "未完"],
        ["指标", "指标", "指标", "分值", "(A)", "(B)", null, "成原因分析及改进措施"],
        ["项目产出(40分)", `数量指标(${q}分)`, "培训人数", 10, "≥100人", "110人", 10, null],
        [null, null, "培训场次", 10, "≥10场", "10场", 10, null],
        [null, "质量指标(20分)", "合格率", 20, "≥95%", "96%", 20, null],
        ["项目效益(50分)", "社会效益指标(50分)", "受益群众满意度", 50, "≥90%", "92%", 50, null],
      ],
      ["A1:H1", "B2:D2", "F2:H2", "A3:B3", "G5:G6", "A7:A9", "B7:B8"],
    );
  const labelRollups = (g: Grid) =>
    read(g)
      .model.relations.filter((x) => x.kind === "rollup" && x.measure === "weight" && /^[AB]/.test(x.total.cell))
      .map((x) => (x.kind === "rollup" ? `${x.total.cell}←${x.parts.map((p) => p.cell).join(",")}` : ""))
      .sort();

  test("the labels' points are their parts' (A7 ← B7,B9; B7 ← D7,D8 …), as with the header on one line", () => {
    expect(labelRollups(form(20))).toEqual(["A10←B10", "A7←B7,B9", "B10←D10", "B7←D7,D8", "B9←D9"]);
    const oneLine = Grid.fromValues("Sheet1", [...Array.from({ length: 10 }, (_, k) => Array.from({ length: 8 }, (_, c) => form(20).cell(k + 1, c + 1)?.v ?? null))].map((l, k) => (k === 4 ? ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"] : l)).filter((_, k) => k !== 5), ["A1:H1", "B2:D2", "F2:H2", "A3:B3", "A6:A8", "B6:B7"]);
    expect(labelRollups(oneLine)).toEqual(["A6←B6,B8", "A9←B9", "B6←D6,D7", "B8←D8", "B9←D9"]);
  });
  test("数量指标(25分) against 10 + 10 = 20 is found (B7)", () => {
    expect(errors(form(25))).toContain("weight-sum-mismatch@B7");
    expect(errors(form(20))).toEqual([]);
  });
});

/**
 * 3. A per-unit result list's header written over two lines (序号 | 被考 over 核单位 | 考核 over 情况 | 得分): its words are
 * the list's (unit-results.ts: 被考核单位, 考核情况), no indicator table's, so joining its halves gained nothing and the list,
 * its family and each unit's 得分 = 100 − its deductions, were lost. The list's words count as header words where joined
 * (split-heads.ts listRole), a bare 部门 or 单位 (a half of 主管部门, 项目单位) not.
 */
describe("a per-unit result list's header written over two lines", () => {
  const units = (d3: number) => [
    [1, "经信局", "完成专利申报任务10件", 100],
    [2, "教科体局", "未完成科技型企业入库任务,扣2分", 98],
    [3, "农业农村局", "未报送知识产权保护信息,扣1分", d3],
    [4, "市场监管局", "完成商标注册指导任务", 100],
  ];
  const TITLE = ["2023年度目标考核评分表(满分100分)", null, null, null];
  const list = (d3 = 99, split = true) =>
    Grid.fromValues("Sheet1", [TITLE, ...(split ? [["序号", "被考", "考核", "得分"], [null, "核单位", "情况", null]] : [["序号", "被考核单位", "考核情况", "得分"]]), ...units(d3)], ["A1:D1", ...(split ? ["A2:A3", "D2:D3"] : [])]);
  const differences = (g: Grid) =>
    read(g)
      .model.relations.filter((x) => x.kind === "difference")
      .map((x) => (x.kind === "difference" ? x.result.cell : ""));

  test("on one line: each unit's 得分 is the base less its deductions (D3 … D6), an evaluation summary", () => {
    expect(read(list(99, false)).model.family).toBe("evaluation-summary");
    expect(differences(list(99, false))).toEqual(["D3", "D4", "D5", "D6"]);
  });
  test("over two lines: the same, a line down (D4 … D7)", () => {
    expect(read(list()).model.family).toBe("evaluation-summary");
    expect(differences(list())).toEqual(["D4", "D5", "D6", "D7"]);
  });
  test("over two lines: 农业农村局's 98 against 100 − 1 is found (D6)", () => {
    expect(errors(list(98))).toContain("total-mismatch@D6");
  });
  // (the counter-shape: a bare 部门 or 单位 under 主管 and 项目 is a half, no unit column of its own — the bond results'
  // list, 主管 over 部门 | 项目 over 单位 | … | 评价 over 得分 | 评价 over 结果, keeps its reading, graded by 评价结果)
  test("a bond results' list over two lines (主管 over 部门, 项目 over 单位): the same family and grades as on one line", () => {
    const lines = [
      [1, "某县住房和城乡建设局", "某县市政工程建设中心", "某县污水处理设施建设工程", 0.4, 87, "良"],
      [2, "某县住房和城乡建设局", "某县市政工程建设中心", "某县石羊溪水质提升工程", 1.36, 91, "优"],
      [3, "某县住房和城乡建设局", "某县市政工程建设中心", "某县老旧小区改造项目", 0.1, 94, "优"],
      [4, "某县住房和城乡建设局", "某县市政工程建设中心", "某县社区智慧化改造工程", 0.2, 91, "优"],
    ];
    const title = ["某县住房和城乡建设局2024年度专项债券项目绩效评价结果", null, null, null, null, null, null];
    const one = Grid.fromValues("Sheet1", [title, ["序号", "主管部门", "项目单位", "项目名称", "发行金额(亿元)", "评价得分", "评价结果"], ...lines], ["A1:G1"]);
    const two = Grid.fromValues("Sheet1", [title, ["序号", "主管", "项目", "项目", "发行金额", "评价", "评价"], [null, "部门", "单位", "名称", "(亿元)", "得分", "结果"], ...lines], ["A1:G1", "A2:A3"]);
    const grades = (g: Grid) => read(g).model.relations.filter((x) => x.kind === "grade").length;
    expect(read(one).model.family).toBe("evaluation-summary");
    expect([read(two).model.family, grades(two)]).toEqual([read(one).model.family, grades(one)]);
  });
});

/**
 * 4. A page of a numbered list starting past its first number (序号 | 考核指标 | 分值 over 4, 5, 6, 7, then 小计 100): a
 * continuation page printed with its header repeated, or an excerpt — its first lines on the page before. The closing
 * total counts them: a bound (atMost), as a list cut above its header (relations/continued-page.ts). Lines numbered from 1,
 * or not on from their first number, are the whole list.
 */
describe("a page of a numbered list starting past its first number", () => {
  const page = (numbers: (number | null)[], total: number) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["序号", "考核指标", "分值", "评分标准"],
        [numbers[0], "服务区域内沼气正常使用率", 20, "达到90%及以上的得20分"],
        [numbers[1], "用户签约率", 10, "达到90%及以上的得10分"],
        [numbers[2], "用户满意率", 10, "达到90%及以上的得10分"],
        ["小计", null, total, null],
      ],
      [],
    );
  const bounds = (g: Grid) => read(g).model.relations.flatMap((x) => (x.kind === "rollup" && x.level === "total" ? [`${x.total.cell} ${x.bound}`] : []));

  test("numbered 5, 6, 7: 小计 100 over 20 + 10 + 10 = 40 is a bound, no error", () => {
    expect(bounds(page([5, 6, 7], 100))).toEqual(["C5 atMost"]);
    expect(errors(page([5, 6, 7], 100))).toEqual([]);
  });
  test("numbered 5, 6, 7: a 小计 of 35 under 40 is still a slip (C5)", () => {
    expect(errors(page([5, 6, 7], 35))).toContain("weight-sum-mismatch@C5");
  });
  // (the counter-shapes: the whole list, or numbers that do not go on from the first)
  test.each([
    ["numbered 1, 2, 3", [1, 2, 3]],
    ["numbered 5, 7, 8 (not on from 5)", [5, 7, 8]],
    ["not numbered", [null, null, null]],
  ])("%s: 小计 100 against 40 is an error (C5)", (_, numbers) => {
    expect(errors(page(numbers as (number | null)[], 100))).toContain("weight-sum-mismatch@C5");
  });
});

/**
 * 5. A progress table's header written over two lines (工程 over 名称, 项目 over 内容, 目标 over 任务, 完成目标 over (%)):
 * its words are the progress table's (table-header.ts progressTableRoles: 工程名称, 目标任务, 进度), no indicator word, and
 * '(%)' read as a figure was no half — the lines' rates (进度 / 目标任务) and their notes (超额完成) were lost. The progress
 * table's words count where joined, and a bracketed % is a head's unit, a half (split-heads.ts listRole, UNIT_HALF).
 */
describe("a progress table's header written over two lines", () => {
  const lines = (h: number) => [
    ["就业促进工程", 1, "城镇新增就业(人)", 26000, 32095, 123.4, "超额完成"],
    [null, 2, "城镇失业人员再就业(人)", 4000, 4934, 123.4, "超额完成"],
    [null, 3, "就业困难人员就业(人)", 2000, 2519, 125.9, "超额完成"],
    [null, 4, "劳务品牌培训(人)", 2425, 2425, h, "已完成"],
  ];
  const TITLE = ["2017年1—11月十大民生工程项目实施进度", null, null, null, null, null, null];
  const oneLine = () => Grid.fromValues("Sheet1", [TITLE, ["工程名称", "序号", "项目内容", "目标任务", "进度", "完成目标(%)", "备注"], ...lines(100)], ["A1:G1", "A3:A6"]);
  const twoLines = (h = 100) =>
    Grid.fromValues("Sheet1", [TITLE, ["工程", "序号", "项目", "目标", "进度", "完成目标", "备注"], ["名称", null, "内容", "任务", null, "(%)", null], ...lines(h)], ["A1:G1", "B2:B3", "E2:E3", "G2:G3", "A4:A7"]);
  const stated = (g: Grid) => read(g).model.relations.map((x) => (x.kind === "ratio" ? `ratio ${x.stated.cell}` : x.kind === "grade" ? `note ${x.grade.cell}` : x.kind));

  test("on one line: each line's rate is its 进度 over its 目标任务, its note the rate's state (F3 … F6, G3 … G6)", () => {
    expect(stated(oneLine())).toEqual(["ratio F3", "ratio F4", "ratio F5", "ratio F6", "note G3", "note G4", "note G5", "note G6"]);
  });
  test("over two lines: the same, a line down (F4 … F7, G4 … G7)", () => {
    expect(read(twoLines()).model.family).toBe("monitoring");
    expect(stated(twoLines())).toEqual(["ratio F4", "ratio F5", "ratio F6", "ratio F7", "note G4", "note G5", "note G6", "note G7"]);
  });
  test("over two lines: 劳务品牌培训's 90% against 2425 / 2425 is found (F7), and its 已完成 against it (G7)", () => {
    expect(errors(twoLines(90))).toEqual(expect.arrayContaining(["ratio-mismatch@F7", "completion-note-mismatch@G7"]));
    expect(errors(twoLines())).toEqual([]);
  });
});

