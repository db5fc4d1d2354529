import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * The family of a sheet whose title is gone (a table pasted into a new sheet, a title naming only the unit and the
 * year) rests on what the table and the blocks around it state: a unit's money spent above the table it scored itself
 * is that unit's self-evaluation, a report's cover naming a self-evaluation over a department's blocks is the
 * department's, a department's form asking for money and reporting nothing done is its declaration, a transfer's fund
 * block stating the year's executed money is its self-evaluation, and a rubric's words in the table's first lines do not
 * name an assessment.
 */
const family = (rows: (string | number | null)[][], merges: string[] = []) => review(Grid.fromValues("Sheet1", rows, merges), "national").model.family;

/** 填报单位, the money spent (预算数 95, 执行数 82.65, 87%), then the indicators scored under `scoreHeader`. */
const scoredUnder = (scoreHeader: string, head: (string | number | null)[][] = []) => [
  ...head,
  ["填报单位:", "某县行政审批局", null, null, "单位:万元"],
  ["一、预算执行情况", "预算数:", 95, "执行数:", 82.65, 0.87],
  ["二、工作整体完成情况", "一级指标", "二级指标", "三级指标", "指标内容", "评价标准", "分值", scoreHeader],
  [null, "投入(30)", "目标管理(15)", "绩效目标科学性", "目标完整、指向精准", "完整得9分,否则酌情扣分", 9, 5],
  [null, null, null, "绩效指标合理性", "指标细化量化", "合理得6分,否则酌情扣分", 6, 6],
  [null, null, "预算执行(15)", "预算执行率", "执行数/预算数", "执行率×15", 15, 13.05],
];

describe("a unit's self-scores under the money it spent", () => {
  test("执行数: 82.65 above a 自评得分 table, a department's blocks and no project named: dept-self-eval", () => {
    expect(family(scoredUnder("自评得分"))).toBe("dept-self-eval");
  });
  test("the same under an evaluator's 得分 column: an evaluation's indicator system", () => {
    expect(family(scoredUnder("得分"))).toBe("indicator-system");
  });
  test("the same under a title calling it a scoring table (…评价指标评分表): the title's scoring system", () => {
    expect(family(scoredUnder("自评得分", [["部门整体支出绩效评价指标评分表"]]))).toBe("indicator-system");
  });
  test("a project named above it (项目名称, 主管部门): no department's form", () => {
    expect(family(scoredUnder("自评得分", [["项目名称", "乡村道路养护"], ["主管部门", "某县交通运输局"]]))).not.toBe("dept-self-eval");
  });
});

/** A department report's cover and first blocks (Hunan 部门整体支出绩效评价自评报告), its title lines left out. */
const reportCover = (way: string | null) => [
  ["部门(单位)名称岳阳县某建设开发服务中心"],
  ["预算编码YYX292"],
  ...(way ? [[way]] : []),
  ["评价机构:部门(单位)评价组"],
  ["一、部门(单位)基本概况"],
  ["联系人", "谢某", "联络电话", "13500000000"],
  ["人员编制", 19, "实有人数", 19],
  ["职能职责概述", "负责编制并组织实施湖区建设规划、综合开发和年度计划。"],
  ["年度主要工作内容", "任务1:启动大桥建设。任务2:建成湿地景观区。"],
];

describe("a department's report by its cover", () => {
  test("评价方式: 部门(单位)绩效自评 over five of its blocks: dept-self-eval", () => {
    expect(family(reportCover("评价方式:部门(单位)绩效自评"))).toBe("dept-self-eval");
  });
  test("the same blocks with no cover naming a self-evaluation: no family", () => {
    expect(family(reportCover(null))).toBe("unknown");
  });
});

describe("a department's declaration without its title", () => {
  /** 部门名称, the money asked for (年度预算申请, 按收入性质分 / 按支出性质分 with 基本支出 / 项目支出), 职能职责概述, 整体绩效目标. */
  const declaration = (goal: string) => [
    ["部门名称", "某县实验中学"],
    ["年度预算申请(万元)", "资金总额:704"],
    ["按收入性质分", null, "按支出性质分"],
    ["公共财政拨款:683 其他资金:21", null, "基本支出:622 项目支出:82"],
    ["部门职能职责概述", "实施初中义务教育,促进基础教育发展。"],
    ["整体绩效目标", goal],
  ];
  // (dept-self-eval 0.55 - 0.2 = 0.35 against the declaration's 0.5)
  test("a department's form that reports nothing done over a declaration's fields is not its self-evaluation", () => {
    expect(family(declaration("目标1:把教学放在首位,提高师生整体素质。"))).toBe("target-declaration");
  });
  test("the same form reporting what was done (目标1 实际完成, 执行率 100%) is no declaration", () => {
    expect(family(declaration("目标1实际完成:毕业生合格率100%,全年执行率100%"))).not.toBe("target-declaration");
  });
});

describe("a rubric's words in the table's first lines name no assessment", () => {
  const table = (scoreHeader: string) => [
    ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释", "评分标准", scoreHeader],
    [1, "规划(15分)", "基础信息(3分)", "基础信息完整性", 3, "信息资料是否真实、完整(按年初预算基础信息表考核)。", "真实1分,完整1分,准确1分", 3],
    [2, null, "目标设置(6分)", "绩效目标合理性", 6, "是否设置绩效目标。", "合理得6分", 5],
    [3, "执行(85分)", "预算执行(85分)", "预算执行率", 85, "预算执行情况。", "执行率×85", 80],
  ];
  test("a table opening the sheet under 自评得分: its rubric's 预算…考核 is an indicator's text (indicator-system)", () => {
    expect(family(table("自评得分"))).toBe("indicator-system");
  });
  test("the same under a header naming the assessment (考评得分): the first lines are the assessment's", () => {
    expect(family(table("考评得分"))).toBe("assessment");
  });
});

describe("a transfer's fund block the budget reader does not read", () => {
  /** Sichuan's 资金绩效评价表 without its title: 资金投入情况 with the year's columns, 资金管理情况, a 结余 line. */
  const form = (executed: string) => [
    ["年度:2024年"],
    ["资金投入情况(万元)", "行次", "全年预算数(A)", "统筹整合资金数(B)", "扣除统筹整合资金后预算金额(C)", "全年到位资金(D)", "预算到位(D/C×100%)", executed, "预算执行(E/C×100%)", "佐证材料"],
    ["列次", 0, 1, 2, 3, 4, 5, 6, 7, "所需材料"],
    ["年度资金总额(万元):", 1, 52.8, 52.8, 52.8, "100.00%", 30.8, "58.33%"],
    ["其他资金(万元,自有资金、以前年度结转结余资金等)", 4],
    ["资金管理情况", "情况说明", "存在问题", "改进措施"],
    ["资金分配合理性", "严格按照资金管理办法规定的范围和标准分配资金"],
  ];
  // (four project blocks 0.45, the year's executed column 0.1)
  test("全年执行资金(E) beside 预算执行(E/C×100%) under four of a project's blocks: project-self-eval", () => {
    expect(family(form("全年执行资金(E)"))).toBe("project-self-eval");
  });
  test("1-6月执行资金 (months so far): the blocks alone, no family", () => {
    expect(family(form("1-6月执行资金(E)"))).toBe("unknown");
  });
});
