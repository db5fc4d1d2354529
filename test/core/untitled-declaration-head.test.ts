import { Grid } from "../../src/core/grid/grid";
import { detectFamily, sheetFeatures } from "../../src/core/recognise";

/**
 * A target declaration's head pasted without its title (or under a title naming only the unit and the year) and cut
 * before its indicator table: its fields name the form where they also state what it declares — the money asked for
 * (项目资金申请 | 本年度申请资金), the unit declaring (申报单位:…) or its goals line (年度总体目标, 本年度绩效目标, 长期绩效目标).
 * A head of 项目名称 / 主管部门 / 起止时间 / 立项依据 alone heads a self-evaluation report as well: no family from it.
 */
type Rows = (string | number | null)[][];
const detected = (rows: Rows) => detectFamily(sheetFeatures(Grid.fromValues("Sheet1", rows)));

/** A Hunan 申报表's head: the project, its kind and period, its department, why it is set up. */
const HEAD: Rows = [
  ["项目基本情况", "项目名称", "某县道路养护"],
  [null, "项目属性", "新增项目□延续项目√"],
  [null, "主管部门", "某县交通运输局", "项目起止时间", "2022.1-2022.12"],
  [null, "项目立项依据", "某文件"],
];
/** …the money it asks for, by year. */
const MONEY_ASKED: Rows = [
  ["项目资金情况", "项目资金申请(万元)", "项目", "上年度安排资金", "本年度申请资金"],
  [null, null, "合计", 130, 300],
];
/** A Hubei 绩效目标表's head: who declares, the project, its kind and nature, why. */
const DECLARING_UNIT = (unit: string): Rows => [
  [`${unit}:某县图书馆`, null, null, "金额单位:万元"],
  ["项目名称", "图书购置", "项目类别", "运行维护类", "项目性质", "常年性项目"],
  ["立项依据", "《公共图书馆法》"],
];
/** A Shaanxi 绩效目标表's head: the project, its department, its money, its goals (four fields of TARGET_FORM_HEAD). */
const SHAANXI_HEAD: Rows = [
  ["项目名称", "某补助资金"],
  ["区级主管部门", "某县残联"],
  ["资金金额", "年度资金总额", null],
  [null, "其中:中央补助", 50.29],
  [null, "地方资金", null],
  ["年度总体目标", "为困难残疾人实施康复服务"],
];

/** A Fujian 专项转移支付绩效目标表's head: the project, the finance and the supervising departments, the year's money. */
const FUJIAN_HEAD: Rows = [
  ["项目名称", "某历史文化名村保护"],
  ["省级财政部门", "某省财政厅", "省级主管部门", "某省住房和城乡建设厅"],
  ["市县财政部门", "某县财政局", "市县主管部门", "某县住房和城乡建设局"],
  ["资金情况(万元)", "年度资金总额", 350],
  [null, "其中:省级资金", 350],
];

describe("a declaration's head without its title", () => {
  test.each([
    // fields (DECLARATION_BLOCKS): 资金申请, 起止时间, 立项依据, 主管部门/项目属性 = 4 → 0.45; declared by its head + 0.4
    ["the money asked for (项目资金申请 | 本年度申请资金)", [...HEAD, ...MONEY_ASKED], "target-declaration", 0.85],
    // fields: 起止时间, 立项依据, 主管部门 = 3 → 0.3, nothing declared (the head alone, project and department, heads a
    // self-evaluation report as well): below the threshold
    ["the same head without its money (no 申请, no money line)", HEAD, "unknown", 0.3],
    // fields: 申报, 立项依据, 项目类别/项目性质 = 3 → 0.3; + 0.4
    ["the unit declaring (申报单位:…)", DECLARING_UNIT("申报单位"), "target-declaration", 0.7],
    // fields: 立项依据, 项目类别 = 2 → 0.15: no declaration
    ["the same head filled in by a unit (填报单位:…)", DECLARING_UNIT("填报单位"), "unknown", 0.15],
    // fields: 起止时间, 立项依据, 主管部门, 年度绩效目标 (the block's label) = 4 → 0.45 (unknown without a goals line read);
    // the goals line (本年度绩效目标, 长期绩效目标) declares + 0.4
    ["a goals line 本年度绩效目标", [...HEAD, ["项目年度绩效目标情况", "本年度绩效目标", "按标准补助"]], "target-declaration", 0.85],
    ["a goals line 长期绩效目标", [...HEAD, ["项目年度绩效目标情况", "长期绩效目标", "完善保障机制"]], "target-declaration", 0.85],
    // the whole head of the form opening the sheet (项目名称, 主管部门, 资金金额, 年度总体目标): 0.4 + 0.15, as under its title
    ["a target form's head opening the sheet (项目名称, 主管部门, 资金金额, 年度总体目标)", SHAANXI_HEAD, "target-declaration", 0.55],
    // under a title naming only the unit and the year: the head still opens the sheet (0.55)
    ["the same head under a title naming only the unit and the year", [["某县残疾人联合会2023年度"], ...SHAANXI_HEAD], "target-declaration", 0.55],
    // under a title naming the sheet otherwise ("2023年项目资金情况"): declared by its goals line only, 0.4
    ["the same head under a title naming the sheet otherwise (2023年项目资金情况)", [["2023年项目资金情况"], ...SHAANXI_HEAD], "unknown", 0.4],
    // the head naming the project, its department and its money (项目名称, 主管部门, 年度资金总额) opening the sheet, nothing
    // done: declared by its head 0.4 + 0.15 the head opening the sheet
    ["a target form's head of project, department and money, cut before its goals", FUJIAN_HEAD, "target-declaration", 0.55],
    // the same head without its money line (项目名称, 主管部门: 2 of the form's head): nothing declares
    ["the project and its department alone", FUJIAN_HEAD.slice(0, 3), "unknown", 0],
    // the same head under a title naming the sheet otherwise: nothing declares (its head does not open the sheet)
    ["the project, its department and its money under a title naming the sheet otherwise", [["2023年项目资金情况"], ...FUJIAN_HEAD], "unknown", 0],
    // the same head over a fund block stating what was executed (全年执行数): a self-evaluation's head
    [
      "the same head over its budget and what was executed (全年执行数)",
      [...FUJIAN_HEAD.slice(0, 3), ["资金情况(万元)", null, "全年预算数", "全年执行数"], [null, "年度资金总额", 350, 340]],
      "unknown",
      0,
    ],
    // the same head as a later attachment under an allocation table: only 0.4, the sheet is the allocation's
    [
      "the same head under an allocation table (a later attachment)",
      [["某资金分配表"], ["单位:万元"], ["序号", "补助对象", "补助金额"], [1, "甲村", 5], [2, "乙村", 5], ["合计", null, 10], ...SHAANXI_HEAD],
      "unknown",
      0.4,
    ],
  ] as [string, Rows, string, number][])("%s", (_n, rows, family, score) => {
    const d = detected(rows);
    expect(d.family).toBe(family);
    expect(d.scores["target-declaration"]).toBe(score);
  });

  test("a head that reports the year done (全年执行数) declares nothing, whatever it asked for", () => {
    const rows: Rows = [...HEAD, ...MONEY_ASKED, ["项目资金", "全年预算数", "全年执行数"], ["年度资金总额", 300, 290]];
    expect(detected(rows).family).not.toBe("target-declaration");
  });
});

/**
 * A department's declaration (部门整体支出绩效目标申报表) without its title: its funds as 基本支出 beside 项目支出, no project
 * named, nothing done, over two of a declaration's fields (总体资金情况, 年度主要任务) is the department's declaration, not its
 * self-evaluation (which the same funds alone suggest at 0.4).
 */
const DEPT_FUNDS: Rows = [
  ["预算部门:某县文化局"],
  ["总体资金情况(万元)", "预算支出"],
  ["总额", "基本支出", null, "项目支出"],
  [null, "合计", "财政拨款", "合计", "财政拨款"],
  [1695.55, 1478.75, 1478.75, 216.8, 216.8],
];
const TASKS = (label: string): Rows => [
  [label, "任务名称", "主要内容"],
  [null, "基本支出:运转类支出", "保障部门日常运转"],
  [null, "项目支出1:公共文化服务", "组织非遗展演"],
];

describe("a department's declaration without its title", () => {
  test.each([
    // target: fields 总体资金情况, 年度主要任务 = 2 → 0.15, declared by its head + 0.4; dept-self-eval 0.4 - 0.2 (nothing done over two fields)
    ["its funds and its main tasks for the year (年度主要任务)", [...DEPT_FUNDS, ...TASKS("年度主要任务")], "target-declaration", 0.55],
    // one field only (总体资金情况): the department's funds alone name no form (dept-self-eval 0.4)
    ["its funds and the tasks' completion (年度主要任务完成情况)", [...DEPT_FUNDS, ...TASKS("年度主要任务完成情况")], "unknown", 0],
    // what was spent (全年执行数): the department's report of its year, no declaration (0.15 - 0.2 execution, floored at 0)
    ["its funds and tasks over what was spent (全年执行数)", [...DEPT_FUNDS, ...TASKS("年度主要任务"), ["全年预算数", "全年执行数"], [1695.55, 1600]], "dept-self-eval", 0],
  ] as [string, Rows, string, number][])("%s", (_n, rows, family, score) => {
    const d = detected(rows);
    expect(d.family).toBe(family);
    expect(d.scores["target-declaration"]).toBe(score);
  });
});
