import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";

/**
 * A sheet's title and block labels weigh in its family beside the indicator table's shape: a project's
 * self-evaluation is not an indicator system for its 分值 columns, nor a department's declaration a
 * self-evaluation for its 部门整体 title.
 */
const family = (rows: (string | number | null)[][]) => recognise(Grid.fromValues("Sheet1", rows)).family;

const SCORED_TABLE: (string | number | null)[][] = [
  ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
  ["项目决策", 20, "项目目标", 8, "目标内容", 8, 8],
  [null, null, "决策过程", 12, "决策依据", 12, 11],
  ["项目绩效", 80, "项目产出", 80, "产出数量", 80, 75],
];

describe("family evidence from titles and block labels", () => {
  test("the same scored table reads as an indicator system under a neutral title", () => {
    expect(family([["项目绩效评价指标评分"], ...SCORED_TABLE])).toBe("indicator-system");
  });
  test("under 项目绩效自评表 with 一、项目基本情况 and 实际到位资金 it is a project self-evaluation", () => {
    expect(
      family([
        ["服务贸易项目绩效自评表"],
        ["一、项目基本情况"],
        ["项目实施单位", "某处", null, "主管部门", "某厅"],
        ["计划投资额(万元)", 570, "实际到位资金(万元)", 398.88, "实际使用情况(万元)", 395.86],
        ["二、绩效评价指标评分"],
        ...SCORED_TABLE,
      ]),
    ).toBe("project-self-eval");
  });
  test("the head block of a 项目绩效自评报告表 (a project named with its units, no indicator table) is a project self-evaluation", () => {
    const head = [
      ["基本情况", "项目名称", "重大公共卫生服务"],
      [null, "项目单位", "市疾控中心", "主管部门", "市卫健委"],
      [null, "项目起止时间", "2021年1月起至2021年12月止"],
    ];
    expect(family([["2021年项目绩效自评报告表(实施单位用)"], ...head])).toBe("project-self-eval");
    // the same lines under a neutral title name no family
    expect(family([["2021年项目情况表"], ...head])).toBe("unknown");
  });
  test("a 项目支出绩效评价报告 form cut before its scores (项目基本信息, 实际到位资金, 项目支出明细情况) is a project evaluation", () => {
    expect(
      family([
        ["浙江省项目支出绩效评价报告(某费)"],
        ["项目名称", "某费"],
        ["一、项目基本信息"],
        ["计划安排资金(万元)", 100, "实际到位资金(万元)", 100],
        ["实际支出(万元)", 60],
        ["二、项目支出明细情况"],
        ["支出内容", "计划支出数", "实际支出数"],
        ["维修费", null, 60],
      ]),
    ).toBe("project-self-eval");
  });
  test("a 目标表 under its 批复 letter: the letter's sentences (绩效监控, 自评表) name no family, the table's heading does", () => {
    expect(
      family([
        ["濮财预〔2021〕12号"],
        ["关于批复2021年部门预算项目绩效目标的通知"],
        ["市档案馆："],
        ["一、以绩效监控和评价为抓手，强化绩效目标管理。"],
        ["二、年度终了，请按要求填报项目支出绩效自评表，并报送财政局。"],
        ["三、请严格执行批复的绩效目标。"],
        ["市级部门预算项目绩效目标表"],
        ["项目名称", "档案馆消防设备购置", null, "主管部门", "市档案馆"],
        ["一级指标", "二级指标", "三级指标", "指标值", "指标说明"],
        ["产出指标", "数量指标", "消防设备数量", "≥20台", "购置数量"],
        ["效益指标", "社会效益指标", "档案安全", "提升", "安全水平"],
        ["满意度指标", "服务对象满意度指标", "职工满意度", "≥90%", "调查"],
      ]),
    ).toBe("target-declaration");
  });
  test("targets beside their progress (指标值 | 实施进度 '已完成100%'), no title: a monitoring sheet", () => {
    const rows = [
      ["一级指标", "二级指标", "三级指标", "指标值", "实施进度"],
      ["产出指标", "数量指标", "宣传次数", "全年2次", "已完成100%"],
      [null, "时效指标", "完成时间", "1-12月", "已完成100%"],
      ["效益指标", "社会效益指标", "维权意识", "不断提升", "已完成100%"],
      ["满意度指标", "满意度指标", "群众满意度", "90%", "已完成100%"],
    ];
    expect(family(rows)).toBe("monitoring");
    // without the progress column the same targets are a declaration's
    expect(family(rows.map((r) => r.slice(0, 4)))).toBe("target-declaration");
  });
  test("a 部门整体支出绩效目标申报表 cut before its indicators (部门总体资金情况, 部门职能概述) is a target declaration", () => {
    expect(
      family([
        ["部门整体支出绩效目标申报表"],
        ["部门(单位)名称", "某办公室", "填报人", "某人"],
        ["部门总体资金情况", "总体资金情况", null, "当年金额", "占比"],
        [null, "收入构成", "财政拨款", 968.19, "100%"],
        [null, "支出构成", "基本支出", 724.23, "74.8%"],
        ["部门职能概述", "负责全市人民防空工作。"],
      ]),
    ).toBe("target-declaration");
  });
  test("the front of a 部门整体支出绩效评价自评报告 (一、部门(单位)基本概况, 人员编制, 职能职责概述) is a department self-evaluation", () => {
    expect(
      family([
        ["某市2018年度部门整体支出"],
        ["绩效评价自评报告"],
        ["部门(单位)名称:某中心"],
        ["评价方式:部门(单位)绩效自评"],
        ["一、部门(单位)基本概况"],
        ["联系人", "某人", "联络电话", "8690022"],
        ["人员编制", 21, "实有人数", 21],
        ["职能职责概述", "负责全市数字化城市管理监督。"],
        ["年度主要工作内容", "完成监督、指挥、调度和协调工作。"],
      ]),
    ).toBe("dept-self-eval");
  });
});
