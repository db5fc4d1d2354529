import { readFileSync } from "fs";
import { join } from "path";
import { rangeA1 } from "../../src/core/grid/a1";
import { Grid } from "../../src/core/grid/grid";
import { detectFamily, recognise, sheetFeatures } from "../../src/core/recognise";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { FIXTURES } from "../helpers";
import { build } from "./metamorphic";

/**
 * A table pasted into a new sheet (named Sheet1) loses the title its workbook carried in the sheet's name: the
 * grid's own evidence must still name its family — a Hunan 财政支出项目绩效评价自评报告 by its head (the project
 * named with its units) over its sections, a department's 基础数据表 by the block it opens with.
 */
type Rows = (string | number | null)[][];
const scoresOf = (rows: Rows) => detectFamily(sheetFeatures(Grid.fromValues("Sheet1", rows))).scores;
const family = (rows: Rows) => recognise(Grid.fromValues("Sheet1", rows)).family;

/** The report's cover fields, then its sections: 一、项目基本概况 with the fund block, 二、项目支出明细情况. */
const COVER: Rows = [
  ["评价类型:项目实施过程评价□项目完成结果评价□"],
  ["项目名称:某县道路养护"],
  ["项目单位:某县养护中心"],
  ["主管部门:某县交通运输局"],
  ["评价方式:部门(单位)绩效自评"],
  ["报告日期:2021年07月12日"],
];
const SECTIONS: Rows = [
  ["一、项目基本概况"],
  ["项目负责人", "张三", null, null, "联系电话", "1234567"],
  ["计划安排资金(万元)", 700, "实际到位资金(万元)", 700, "实际支出(万元)", 690, "结余(万元)", 10],
  ["二、项目支出明细情况"],
  ["支出内容", null, "实际支出数", null, "会计凭证号", null, "备注"],
  ["30226劳务费", null, 50000, null, "2020年01月记账9", null, "养护劳务费"],
];

describe("a project self-evaluation report without its title", () => {
  test("its cover naming the project and its units over its sections is a project self-evaluation (blocks 0.45 + head 0.15)", () => {
    // blocks: 项目基本概况, 项目支出明细, 会计凭证号, 评价类型, 实际到位, 实际支出, 结余 (seven, capped at 0.45); no budget
    // block is read (the fund labels stand beside their amounts on one line)
    expect(scoresOf([...COVER, ...SECTIONS])["project-self-eval"]).toBe(0.6);
    expect(family([...COVER, ...SECTIONS])).toBe("project-self-eval");
  });
  test("the same sections under a head naming no project (six blocks, capped at 0.45) stay below the threshold (unknown)", () => {
    const anonymous: Rows = [["报告日期:2021年07月12日"], ["某县财政局(制)"]];
    expect(scoresOf([...anonymous, ...SECTIONS])["project-self-eval"]).toBe(0.45);
    expect(family([...anonymous, ...SECTIONS])).toBe("unknown");
  });
  test("the cover alone (fewer than three of the report's blocks) is not enough", () => {
    expect(family(COVER)).toBe("unknown");
  });
  test("the project named below the head, not in it, adds nothing", () => {
    const rows: Rows = [["报告日期:2021年07月12日"], ["某县财政局(制)"], ...SECTIONS, ["项目名称", "某县道路养护", "主管部门", "某县交通运输局"]];
    expect(scoresOf(rows)["project-self-eval"]).toBe(0.45);
  });
});

/** A department's 基础数据表 from its first block, then a 部门整体支出绩效自评表's head (its fund block) below it. */
const BASIC_DATA: Rows = [
  ["财政供养人员情况(人)", "编制数", "2024年实际在职人数", "控制率"],
  [null, 15, 15, "100%"],
  ["经费控制情况(万元)", "2023年决算数", "2024年预算数", "2024年决算数"],
  ["三公经费", 1, 1, 1],
  ["1、公务用车购置和维护经费", 0, 0, 0],
  ["2、出国经费", 0, 0, 0],
  ["3、公务接待", 1, 1, 1],
  ["项目支出:", 100, 90, 89],
  ["公用经费", 20, 20, 20],
  ["楼堂馆所控制情况", "批复规模(m²)", "实际规模(m²)", "规模控制率"],
];
const SELF_EVAL_HEAD: Rows = [
  ["2024年度部门整体支出绩效自评表"],
  ["预算部门名称", "某部"],
  ["年度预算申请(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  ["年度资金总额", 110, 110, 109, 10, "99.1%", 10],
  ["按收入性质分:", null, null, "按支出性质分:"],
  ["其中:一般公共预算:110", null, null, "其中:基本支出:20"],
  [null, null, null, "项目支出:89"],
];

describe("a department's basic-data table without its title", () => {
  test("opening the sheet with 财政供养人员情况, it is the basic-data table although a self-evaluation's head follows", () => {
    const s = scoresOf([...BASIC_DATA, ...SELF_EVAL_HEAD]);
    // basic data: 编制数 + 在职 0.25, 三公经费 0.1, 公用经费 0.1, 经费控制情况 0.1, opening block 0.2
    expect(s["dept-basic-data"]).toBe(0.75);
    // self-evaluation: department funds 0.4 + fund block 0.3 + no header 0.1, less 0.5 for the basic-data opening
    expect(s["dept-self-eval"]).toBe(0.3);
    expect(family([...BASIC_DATA, ...SELF_EVAL_HEAD])).toBe("dept-basic-data");
  });
  test("the same blocks under the self-evaluation's head (the self-evaluation opens the sheet) keep it a self-evaluation", () => {
    const s = scoresOf([...SELF_EVAL_HEAD, ...BASIC_DATA]);
    expect(s["dept-basic-data"]).toBe(0.55);
    expect(family([...SELF_EVAL_HEAD, ...BASIC_DATA])).toBe("dept-self-eval");
  });
  test("moved down below blank rows, the opening block still opens the sheet", () => {
    expect(family([[null], [null], ...BASIC_DATA, ...SELF_EVAL_HEAD])).toBe("dept-basic-data");
  });
  test.each([
    ["部门(单位)名称 | 主管部门 | 单位负责人", [["部门(单位)名称", "某县农业农村局"], ["主管部门", "某县人民政府"], ["单位负责人", "张三"]]],
    ["单位名称 | 联系人 | 联系电话", [["单位名称", "某县农业农村局"], ["联系人", "李四"], ["联系电话", "1234567"]]],
  ] as [string, Rows][])("under a form's identity lines (%s), label | value, the opening block still opens the sheet", (_n, head) => {
    const s = scoresOf([...head, ...BASIC_DATA, ...SELF_EVAL_HEAD]);
    expect(s["dept-basic-data"]).toBe(0.75);
    expect(family([...head, ...BASIC_DATA, ...SELF_EVAL_HEAD])).toBe("dept-basic-data");
  });
  test("an identity line of three cells (a label, its value and another label) is the form's own line: no opening block", () => {
    expect(scoresOf([["部门名称", "某县农业农村局", "联系人"], ...BASIC_DATA, ...SELF_EVAL_HEAD])["dept-basic-data"]).toBe(0.55);
  });
});

/**
 * Real workbooks whose sheet name is the case's title (as the CLI reads them): renamed "Sheet1", as a table pasted
 * into a new sheet, they keep their family.
 */
const NAMED = [
  "hn-yueyangxian-rural-road-trad",
  "hn-yueyang-finance-dept-overall-basic-data-selfeval-2024",
  "hn-wanglu-2018-dept-basic",
  "he-zunhua-village-disability-officer-subsidy-report-2019",
  "hi-haikou-archives-collection-compilation-eval-2016",
  "zj-wuyi-dust-washing-eval-report-2019",
];

describe.each(NAMED)("real workbook %s renamed Sheet1", (id) => {
  test("the same family as under its own sheet name", async () => {
    const { sheets } = await readXlsx(readFileSync(join(FIXTURES, "real", `${id}.xlsx`)));
    const g = sheets[0];
    expect(g.name).not.toBe("Sheet1");
    const renamed = build(g, (r, c) => g.cell(r, c), g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), "Sheet1");
    const own = recognise(g).family;
    expect(own).not.toBe("unknown");
    expect(recognise(renamed).family).toBe(own);
  });
});


/**
 * A target form pasted without its title (or under one naming only the unit and the year): its head — 项目名称,
 * 主管部门, 资金总额, 年度总体目标 — over an indicator table with targets and nothing done is the declaration.
 */
const TARGET_HEAD: Rows = [
  ["项目名称", "某县小型水利工程建设", "主管部门", "某县水利局"],
  ["资金情况(万元)", "资金总额", 100, "其中:财政拨款", 100],
  ["年度总体目标", "开展7个小型水利工程建设"],
];
const TARGET_TABLE: Rows = [
  ["一级指标", "二级指标", "三级指标", "指标解释", "指标值"],
  ["产出指标", "数量指标", "小型水利工程建设数量", "反映工程建设开展情况", "7个"],
  [null, "质量指标", "工程验收合格率", "反映工程质量", "100%"],
  ["效益指标", "社会效益指标", "受益群众人数", "反映受益范围", "≥5000人"],
  ["满意度指标", "服务对象满意度指标", "受益群众满意度", "反映群众满意程度", "≥90%"],
];

describe("a target form without its title", () => {
  test("its head (four form fields + 主管部门 as a declaration field: 5 ≥ 4) stands for the title: 0.5 targets + 0.4 declared + 0.15 the head opening the sheet (capped at 1)", () => {
    // without the head's evidence it would be 0.5 - 0.2 (指标解释 without a declaration) = 0.3: unknown
    expect(scoresOf([...TARGET_HEAD, ...TARGET_TABLE])["target-declaration"]).toBe(1);
    expect(family([...TARGET_HEAD, ...TARGET_TABLE])).toBe("target-declaration");
    expect(family([["某县水利局2023年度"], ...TARGET_HEAD, ...TARGET_TABLE])).toBe("target-declaration");
  });
  test("a fund block reporting execution (全年执行数) says something was done: no declaration by its head (0.5 - 0.2 - 0.2)", () => {
    const rows = [...TARGET_HEAD, ["项目资金", "全年预算数", "全年执行数", "执行率"], [null, 100, 95, "95%"], ...TARGET_TABLE];
    expect(scoresOf(rows)["target-declaration"]).toBe(0.1);
  });
  test("an evaluation report's cover (评价类型) above the head: the report of what was done (0.5 - 0.2 - 0.4, floored at 0)", () => {
    expect(scoresOf([["评价类型:完成结果评价"], ...TARGET_HEAD, ...TARGET_TABLE])["target-declaration"]).toBe(0);
  });
  test("a head naming only the project and its department is not enough (项目名称, 主管部门 + 主管部门 as a field: 3 < 4)", () => {
    expect(scoresOf([...TARGET_HEAD.slice(0, 1), ...TARGET_TABLE])["target-declaration"]).toBe(0.3);
  });
});
