/**
 * Completeness of target sheets (绩效目标申报/审批表), as the peer audit_agent checks them: required fields,
 * the three dimensions, the project period and its time targets, blank and placeholder targets.
 * Layout copied from the Shanghai 普陀区 申报表 (test/fixtures/extra/sh-putuo-*-target.json).
 */
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";
import { corpusGrid } from "../../helpers";
import { ruleTester } from "./builders";

interface Spec {
  name?: string;
  department?: string;
  implementer?: string;
  start?: string | number;
  end?: string | number;
  annualGoal?: string;
  /** the year line under the title */
  year?: string;
  rows?: [string, string, string, string][];
  /** the excerpt stops after this row */
  cutAfter?: number;
}

const ROWS: [string, string, string, string][] = [
  ["产出指标", "数量指标", "完成年度拆违计划", "=100%"],
  ["产出指标", "质量指标", "违法建筑销项正确率", "=100%"],
  ["产出指标", "时效指标", "拆违任务完成时间", "2026年12月31日前"],
  ["效益指标", "社会效益指标", "群众政策知晓度", "≥90%"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

/** Rows: 1 title, 2 year, 3 name, 4 department/implementer, 5 dates, 6 funds, 7 goal labels, 8 goals, 9 header, 10.. rows. */
function targetSheet(s: Spec = {}): Grid {
  const v = <T,>(x: T | undefined, d: T) => (x === undefined ? d : x);
  const rows = s.rows ?? ROWS;
  const grid: (string | number | null)[][] = [
    ["财政项目支出绩效目标申报表", null, null, null, null, null],
    [v(s.year, "（2026年度）"), null, null, null, null, null],
    ["项目名称", v(s.name, "拆违经费"), null, "项目性质", "阶段性项目", null],
    ["主管部门", v(s.department, "区城市管理行政执法局"), null, "实施单位", v(s.implementer, "区城市管理行政执法局执法大队"), null],
    ["计划开始日期", v(s.start, "2024-01-01") as string, null, "计划完成日期", v(s.end, "2026-12-31") as string, null],
    ["项目资金（元）", "项目资金总额", 10308000, "年度资金申请总额", 3498000, null],
    ["项目绩效目标", "项目总体目标", null, "年度总体目标", null, null],
    [null, "完成年度拆违任务", null, v(s.annualGoal, "完成市、区下达的年度拆违任务"), null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", null],
    ...rows.map(([a, b, c, d]) => [null, a, b, c, d, null]),
  ].slice(0, s.cutAfter);
  return Grid.fromValues("申报表", grid, ["A7:A8", "B7:C7", "B8:C8", "D7:F7", "D8:F8"]);
}

ruleTester("target-incomplete", {
  valid: [
    { name: "every field filled and all three dimensions present", build: () => ({ grid: targetSheet() }) },
    {
      name: "a field the template does not have is not required (032 has 专项名称 and 县级主管部门, no 实施单位)",
      build: () => ({ grid: Grid.fromValues("S", [["绩效目标表"], ["专项名称", "普惠金融"], ["县级主管部门", "汉阴县人社局"], ["年度总体目标", "目标1"], ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"], [null, "产出指标", "数量指标", "贷款发放额", "4000万元"], [null, "效益指标", "社会效益指标", "覆盖率", "≥60%"], [null, "满意度指标", "服务对象满意度指标", "满意度", "≥80%"]]) }),
    },
    {
      name: "一级 named 项目完成指标 / 项目效益指标 / 项目满意度指标 (a Sichuan 专项 目标表): all three dimensions are there",
      build: () => ({
        grid: targetSheet({
          rows: [
            ["项目完成指标", "数量指标", "完成年度拆违计划", "=100%"],
            ["项目完成指标", "时效指标", "拆违任务完成时间", "2026年12月31日前"],
            ["项目效益指标", "社会效益指标", "群众政策知晓度", "≥90%"],
            ["项目满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
          ],
        }),
      }),
    },
  ],
  invalid: [
    {
      name: "项目完成指标 and 项目效益指标 but no 满意度: only 满意度 is missing (项目完成指标 is the 产出 dimension)",
      build: () => ({
        grid: targetSheet({ rows: [["项目完成指标", "数量指标", "完成年度拆违计划", "=100%"], ["项目效益指标", "社会效益指标", "群众政策知晓度", "≥90%"]] }),
        expect: { cell: "B9", severity: "warning", messageId: "missingDimension", data: { dimension: "满意度指标" } },
      }),
    },
    {
      name: "项目名称 blank",
      build: () => ({ grid: targetSheet({ name: "" }), expect: { cell: "B3", messageId: "blankField", data: { field: "项目名称" }, message: ["项目名称未填写"] } }),
    },
    {
      name: "实施单位 blank (its label sits in the middle of the row): a reminder only, as audit_agent",
      build: () => ({ grid: targetSheet({ implementer: "" }), expect: { cell: "E4", severity: "info", data: { field: "实施单位" } } }),
    },
    {
      name: "实施单位 blank and 主管部门 blank too: the form names no unit at all, so the blank 实施单位 is an error as well",
      build: () => ({ grid: targetSheet({ implementer: "", department: "" }), expect: [{ cell: "B4", severity: "error", data: { field: "主管部门" } }, { cell: "E4", severity: "error", data: { field: "实施单位" } }] }),
    },
    {
      name: "a head of labels down column A, values beside them (merges undone), 主管部门 and 实施单位 blank: the next label below is not the value",
      build: () => ({
        grid: Grid.fromValues("年度表", [
          ["项目绩效年度表"],
          ["项目名称", "国有资产出租", null, "项目分类", "其他"],
          ["主管部门", null, null, "项目开始日期", "2024-01-01"],
          ["项目完成日期", "2024-12-31"],
          ["项目实施单位", null],
          ["政策依据", "《县级国有资产管理办法》"],
          ["年度绩效目标", "收取出租收入55万元"],
          ["一级指标", "二级指标", "三级指标", "目标值"],
          ["产出指标", "数量指标", "门面数量", "=9间"],
          ["效益指标", "经济效益指标", "闲置率", "=0%"],
          ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
        ], []),
        expect: [
          { cell: "B3", severity: "error", data: { field: "主管部门" } },
          { cell: "B5", severity: "error", data: { field: "实施单位" } },
        ],
      }),
    },
    {
      name: "主管部门 filled with filler stars only",
      build: () => ({ grid: targetSheet({ department: "***" }), expect: { cell: "B4", data: { field: "主管部门" } } }),
    },
    {
      name: "年度总体目标 blank under its label (a block of labels over their texts)",
      build: () => ({ grid: targetSheet({ annualGoal: "" }), expect: { cell: "D8", data: { field: "年度绩效目标" } } }),
    },
    {
      name: "an excerpt that stops on the goals' row, 年度总体目标 blank, no indicator table: the blank may be the cut, a reminder only",
      build: () => ({ grid: targetSheet({ annualGoal: "", cutAfter: 8 }), expect: { cell: "D8", severity: "info", data: { field: "年度绩效目标" } } }),
    },
    {
      name: "no 满意度 dimension: a warning at the 一级指标 header",
      build: () => ({ grid: targetSheet({ rows: ROWS.slice(0, 4) }), expect: { cell: "B9", severity: "warning", messageId: "missingDimension", data: { dimension: "满意度指标" } } }),
    },
  ],
});

ruleTester("target-period", {
  valid: [
    { name: "2024-01-01 to 2026-12-31 with a time target inside it", build: () => ({ grid: targetSheet() }) },
    { name: "a time target on the last day of the period (年底前 = 12-31)", build: () => ({ grid: targetSheet({ rows: [...ROWS.slice(0, 2), ["产出指标", "时效指标", "完成时间", "2026年12月底前"], ...ROWS.slice(3)] }) }) },
    { name: "a time target without a year (12月底前) cannot be placed", build: () => ({ grid: targetSheet({ rows: [...ROWS.slice(0, 2), ["产出指标", "时效指标", "完成时间", "12月底前"], ...ROWS.slice(3)] }) }) },
    { name: "a quantity of 2000 under 数量 is no date", build: () => ({ grid: targetSheet({ rows: [["产出指标", "数量指标", "培训人次", "≥2000人次"], ...ROWS.slice(1)] }) }) },
  ],
  invalid: [
    {
      name: "start after end; the time target (2026-12-31) is then also after the stated end",
      build: () => ({
        grid: targetSheet({ start: "2026-12-31", end: "2024-01-01" }),
        expect: [
          { cell: "E5", messageId: "startAfterEnd", data: { start: "2026-12-31", end: "2024-01-01" } },
          { cell: "E12", messageId: "afterEnd", data: { end: "2024-01-01" } },
        ],
      }),
    },
    {
      name: "a time target after the project's end (2027年6月 against 2026-12-31)",
      build: () => ({
        grid: targetSheet({ rows: [...ROWS.slice(0, 2), ["产出指标", "时效指标", "拆违任务完成时间", "2027年6月底前"], ...ROWS.slice(3)] }),
        expect: { cell: "E12", messageId: "afterEnd", data: { end: "2026-12-31" }, message: ["拆违任务完成时间", "晚于项目完成日期 2026-12-31"] },
      }),
    },
    {
      name: "a time target before the project's start",
      build: () => ({
        grid: targetSheet({ rows: [...ROWS.slice(0, 2), ["产出指标", "时效指标", "方案制定时间", "2023年10月"], ...ROWS.slice(3)] }),
        expect: { cell: "E12", messageId: "beforeStart", data: { start: "2024-01-01" } },
      }),
    },
    {
      name: "dates as Excel serial days in a date format (start 46388 = 2027-01-01 after end 45657 = 2024-12-31)",
      build: () => {
        const g = targetSheet().withCells([
          { cell: "B5", value: { v: 46388, fmt: "yyyy-mm-dd" } },
          { cell: "E5", value: { v: 45657, fmt: "yyyy-mm-dd" } },
        ]);
        return { grid: g, expect: [{ cell: "E5", data: { start: "2027-01-01", end: "2024-12-31" } }, { cell: "E12", messageId: "afterEnd" }] };
      },
    },
  ],
});

describe("blank and placeholder targets in a target sheet (placeholder-value)", () => {
  test("a row whose target is blank is still an indicator and gets its finding; a bare * and ≥**台 are placeholders", () => {
    const rows: [string, string, string, string][] = [
      ["产出指标", "数量指标", "设备购置数量", "≥**台"],
      ["产出指标", "质量指标", "验收合格率", ""],
      ["产出指标", "时效指标", "完成时间", "*"],
      ...ROWS.slice(3),
    ];
    const r = review(targetSheet({ rows }));
    expect(r.model.family).toBe("target-declaration");
    const f = r.findings.filter((x) => x.rule === "placeholder-value").map((x) => [x.cell, x.messageId, x.severity, x.data?.name]);
    expect(f).toEqual([
      ["E10", "placeholder", "error", "设备购置数量"],
      ["E11", "blankTarget", "error", "验收合格率"],
      ["E12", "placeholder", "error", "完成时间"],
    ]);
  });

  test("a blank template (no identity field filled in, '××' counts as blank): its blank and placeholder targets are hints; one filled field makes them errors", () => {
    const rows: [string, string, string, string][] = [
      ["产出指标", "数量指标", "设备购置数量", "≥**台"],
      ["产出指标", "质量指标", "验收合格率", ""],
      ["效益指标", "社会效益指标", "受益人数", "**人"],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    ];
    const placeholders = (g: Grid) => review(g).findings.filter((x) => x.rule === "placeholder-value").map((x) => [x.cell, x.severity]);
    const template = { rows, name: "", department: "××局", implementer: "", annualGoal: "", start: "", end: "" };
    expect(placeholders(targetSheet(template))).toEqual([["E10", "info"], ["E11", "info"], ["E12", "info"]]);
    expect(placeholders(targetSheet({ ...template, name: "设备购置" }))).toEqual([["E10", "error"], ["E11", "error"], ["E12", "error"]]);
  });

  test("a target that is only a unit or an operator and a unit (万人, ≧ %) was never filled in; 100%, 达标 and ≥95% are filled", () => {
    const rows: [string, string, string, string][] = [
      ["产出指标", "数量指标", "农村饮水工程覆盖服务人口数", "万人"],
      ["产出指标", "质量指标", "工程验收合格率", "≧ %"],
      ["产出指标", "时效指标", "完成时间", "达标"],
      ...ROWS.slice(3),
    ];
    const r = review(targetSheet({ rows }));
    const f = r.findings.filter((x) => x.rule === "placeholder-value").map((x) => [x.cell, x.messageId, x.data?.value]);
    expect(f).toEqual([
      ["E10", "placeholder", "万人"],
      ["E11", "placeholder", "≧ %"],
    ]);
  });

  test("a blank 指标值 beside a 三级 text that states the target in words (提高…,显著改善…) is a hint; beside a measure's name (受益人数) an error", () => {
    const rows: [string, string, string, string][] = [
      ["产出指标", "数量指标", "设备购置数量", "≥10台"],
      ["效益指标", "可持续影响指标", "提高森林生态系统服务功能,显著改善项目区及周边地区的生态环境。", ""],
      ["效益指标", "社会效益指标", "受益人数", ""],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    ];
    const r = review(targetSheet({ rows }));
    const f = r.findings.filter((x) => x.rule === "placeholder-value").map((x) => [x.cell, x.messageId, x.severity]);
    expect(f).toEqual([
      ["E12", "blankTarget", "error"],
      ["E11", "blankTarget", "info"],
    ]);
  });

  test("corpus 032 (汉阴县 目标表) is complete: no completeness finding", async () => {
    const r = review(await corpusGrid("032"));
    expect(r.findings.filter((x) => /^target-|placeholder-value/.test(x.rule))).toEqual([]);
  });

  test("corpus 032 with E15 emptied: the row the recogniser sets aside is reported, not dropped", async () => {
    const g = (await corpusGrid("032")).withCells([{ cell: "E15", value: null }]);
    const f = review(g).findings.filter((x) => x.rule === "placeholder-value");
    expect(f.map((x) => [x.cell, x.messageId, x.data?.name])).toEqual([["E15", "blankTarget", "资金足额拨付率"]]);
  });

  /** A unit's target form: 绩效目标 merged down the left of the header and every indicator row (A5:A8). */
  const sideLabelled = (header: string[], rows: string[][]) =>
    Grid.fromValues(
      "S",
      [
        ["部门整体支出项目绩效目标申报表"],
        ["部门(单位)名称", "某县研究所"],
        ["资金类别", "部门(单位)整体支出"],
        ["整体绩效目标", "保障日常工作正常运转"],
        ["绩效目标", ...header],
        ...rows.map((r) => [null, ...r]),
      ],
      ["A5:A8", "B6:B8"],
    );
  const ROWS3 = [
    ["产出指标", "数量指标", "研究培育品种数量", "研究培育品种数量", "", "2种"],
    ["", "质量指标", "机关事务正常运转率", "机关事务正常运转率", "", "100%"],
    ["", "时效指标", "任务完成及时率", "按时完成", "", "100%"],
  ];

  test("预期达到目标 heads the target column (right of the names), not the 绩效目标 label merged down the table's left", () => {
    const r = review(sideLabelled(["一级指标", "二级指标", "三级指标", "指标解释", "指标说明及公式", "预期达到目标"], ROWS3));
    expect(r.model.family).toBe("target-declaration");
    expect(r.model.columns.targetValue).toBe(7);
    expect(r.model.indicators.map((i) => [i.row, i.targetCell, i.target?.raw])).toEqual([
      [6, "G6", "2种"],
      [7, "G7", "100%"],
      [8, "G8", "100%"],
    ]);
    expect(r.findings.filter((x) => x.rule === "placeholder-value")).toEqual([]);
  });

  test("a header label merged down over the indicator rows is no row's target: no finding placed in the header row", () => {
    // no target column at all: 绩效目标 (A5:A8) is the only cell a target word heads
    const r = review(sideLabelled(["一级指标", "二级指标", "三级指标", "指标解释"], ROWS3.map((x) => x.slice(0, 4))));
    expect(r.findings.filter((x) => x.rule === "placeholder-value")).toEqual([]);
  });

  test("one target merged over two indicator rows is both rows' target: no blank reported for the second, a blank one reported once", () => {
    const grid = (v: string) =>
      Grid.fromValues(
        "S",
        [
          ["项目支出绩效目标申报表"],
          ["项目名称", "拆违经费"],
          ["主管部门", "区城管局"],
          ["年度总体目标", "完成年度拆违任务"],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
          [null, "产出指标", "数量指标", "拆除违法建筑面积", v],
          [null, "产出指标", "数量指标", "拆除违法建筑处数", null],
          [null, "效益指标", "社会效益指标", "群众知晓度", "≥90%"],
          [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
        ],
        ["E6:E7"],
      );
    const f = (v: string) => review(grid(v)).findings.filter((x) => x.rule === "placeholder-value").map((x) => [x.cell, x.messageId, x.data?.name]);
    expect(f("≥10000平方米")).toEqual([]);
    expect(f("")).toEqual([["E6", "blankTarget", "拆除违法建筑面积"]]);
  });
});


describe("audit_agent's own declaration fixtures, laid out as sheets", () => {
  // test_declaration_rigid_validation.py: 智慧校园建设 / 教育局 / 信息中心, 2025-01-01 … 2025-12-31
  const base = (over: Spec) =>
    targetSheet({
      name: "智慧校园建设",
      department: "教育局",
      implementer: "信息中心",
      start: "2025-01-01",
      end: "2025-12-31",
      year: "（2025年度）",
      annualGoal: "提升校园信息化治理能力",
      rows: [
        ["产出指标", "数量指标", "设备采购数量", "≥20台"],
        ["效益指标", "社会效益", "家长满意度", "≥85%"],
        ["满意度指标", "服务对象满意度", "师生满意度", "≥90%"],
      ],
      ...over,
    });
  const flags = (g: Grid) => review(g).findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}:${f.messageId}@${f.cell}`);

  test("the valid payload raises nothing", () => {
    expect(flags(base({}))).toEqual([]);
  });

  test("core errors: name, department and goal blank, a single indicator whose target is *", () => {
    const got = flags(base({ name: "", department: "", annualGoal: "", rows: [["产出指标", "数量指标", "设备采购数量", "*"]] }));
    expect(got).toEqual(
      expect.arrayContaining([
        "target-incomplete:blankField@B3",
        "target-incomplete:blankField@B4",
        "target-incomplete:blankField@D8",
        "target-incomplete:missingDimension@B9",
        "placeholder-value:placeholder@E10",
      ]),
    );
    expect(review(base({ rows: [["产出指标", "数量指标", "设备采购数量", "*"]] })).findings.filter((f) => f.messageId === "missingDimension").map((f) => f.data?.dimension)).toEqual(["效益指标", "满意度指标"]);
  });

  test("numbered section lines between the indicators (\"一、产出目标\", \"二、效益目标\" in the name column) name their dimensions", () => {
    const g = Grid.fromValues("S", [
      ["专项资金绩效目标表"], ["项目名称", "专项A"], ["主管部门", "某厅"], ["年度绩效目标", "完成培训"],
      ["绩效目标名称", "目标值", "评价指标", "标准值", "目标值制订说明"],
      ["一、产出目标"], ["1.培训人数", "100人", "培训完成率", "≥100%", "计划"],
      ["二、效益目标"], ["2.社会效益", "提高", "群众知晓率", "≥90%", "计划"],
      ["三、满意度目标"], ["3.学员满意度", "满意", "学员满意率", "≥90%", "调查"],
      ["填表人：张三"],
    ]);
    expect(review(g).findings.filter((f) => f.messageId === "missingDimension")).toEqual([]);
  });

  test("time logic: start 2025年12月 after end 2025年1月, and a 时效 target 2026年12月 after the end", () => {
    const g = base({ start: "2025年12月", end: "2025年1月", rows: [["产出指标", "数量指标", "设备采购数量", "≥20台"], ["产出指标", "时效指标", "建设完成时间", "2026年12月"], ["效益指标", "社会效益", "家长满意度", "≥85%"], ["满意度指标", "服务对象满意度", "师生满意度", "≥90%"]] });
    expect(flags(g)).toEqual(expect.arrayContaining(["target-period:startAfterEnd@E5", "target-period:afterEnd@E11"]));
  });
});
