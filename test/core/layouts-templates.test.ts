import { Grid } from "../../src/core/grid/grid";
import { review, ReviewResult } from "../../src/core/review";

/**
 * Real template kinds read by evidence (titles, header vocabulary, block labels), built here as they are
 * published: a reviewer reads family, header row, indicator rows, weights and claimed scores off by hand.
 */

type Row = (string | number | null)[];

function indicatorsOf(r: ReviewResult): [number, string, number | null, number | null][] {
  return r.model.indicators.filter((i) => i.childOfRow === null).map((i) => [i.row, i.name, i.weight, i.claimedScore]);
}

/** Hunan 财政支出项目绩效评价自评报告: funds by government level with 结余, an expense list with 会计凭证号, then indicators. */
function hunanReport(indicatorHeader: Row, indicatorRows: Row[], tail: Row[] = []): Grid {
  return Grid.fromValues(
    "自评报告",
    [
      ["财政支出项目绩效评价自评报告"],
      ["一、项目基本概况"],
      ["项目名称", "农村公路养护", null, "项目单位", "某县交通运输局"],
      ["项目资金(万元)", "资金来源", "中央财政", "省财政", "市财政", "县财政", "合计"],
      [null, "计划安排", 50, 30, 0, 20, 100],
      [null, "实际到位", 50, 30, 0, 20, 100],
      [null, "实际支出", 45, 30, 0, 20, 95],
      [null, "结余", 5, 0, 0, 0, 5],
      ["二、项目支出明细情况"],
      ["支出内容", "会计凭证号", "金额(万元)", "备注"],
      ["路面修补", "记-12", 60, null],
      ["桥涵维护", "记-30", 35, null],
      ["合计", null, 95, null],
      ["三、项目绩效指标完成情况"],
      indicatorHeader,
      ...indicatorRows,
      ...tail,
    ],
    ["A4:A8"],
  );
}

describe("Hunan 财政支出项目绩效评价自评报告", () => {
  test("with completion values: project-self-eval, header row 15, four indicators with weights and scores", () => {
    const r = review(
      hunanReport(
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        [
          ["产出指标", "数量指标", "养护里程", "≥120公里", 125, 30, 30, null],
          ["产出指标", "质量指标", "路况优良率", "≥85%", "88%", 20, 20, null],
          ["效益指标", "社会效益指标", "群众出行便利度", "提升", "提升", 30, 28, "部分路段施工期间通行受限"],
          ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92%", 20, 20, null],
        ],
        [["总分", null, null, null, null, 100, 98, null]],
      ),
    );
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.headerRow).toBe(15);
    expect(indicatorsOf(r)).toEqual([
      [16, "养护里程", 30, 30],
      [17, "路况优良率", 20, 20],
      [18, "群众出行便利度", 30, 28],
      [19, "沿线群众满意度", 20, 20],
    ]);
    expect(r.model.totals!.score!.value).toBe(98);
  });

  test("with 评分标准 instead of completion values: still the project's report (its blocks say so), not an indicator system", () => {
    const r = review(
      hunanReport(
        ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "得分"],
        [
          ["决策", "项目立项", "立项依据充分性", "依据充分得满分", 10, 10],
          ["过程", "资金管理", "资金使用合规性", "无违规得满分", 20, 18],
          ["产出", "产出数量", "养护里程完成率", "完成率×分值", 40, 40],
          ["效益", "社会效益", "群众出行便利度", "酌情打分", 30, 27],
        ],
      ),
    );
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.headerRow).toBe(15);
    expect(indicatorsOf(r).map(([row, , w, s]) => [row, w, s])).toEqual([
      [16, 10, 10],
      [17, 20, 18],
      [18, 40, 40],
      [19, 30, 27],
    ]);
  });
});

/** The 转移支付区域(项目)绩效目标自评表 (财政部 2021 template): 资金投入情况, 资金管理情况, 总体目标完成情况, indicators. */
function transferPayment(): Grid {
  return Grid.fromValues(
    "自评表",
    [
      ["2023年度转移支付区域(项目)绩效目标自评表"],
      ["转移支付(项目)名称", "农业生产发展资金"],
      ["中央主管部门", "农业农村部", null, "地方主管部门", "某县农业农村局"],
      ["资金投入情况(万元)", null, "全年预算数(A)", "全年执行数(B)", "执行率(B/A)"],
      [null, "年度资金总额", 200, 190, "95.00%"],
      [null, "其中:中央补助", 150, 145, "96.67%"],
      [null, "地方资金", 50, 45, "90.00%"],
      ["资金管理情况", null, "情况说明", "存在问题和改进措施"],
      [null, "分配科学性", "按因素法分配", null],
      [null, "下达及时性", "30日内下达", null],
      ["总体目标完成情况", "总体目标", null, "全年实际完成情况"],
      [null, "目标1:完成高标准农田建设", null, "已完成"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
      [null, "产出指标", "数量指标", "高标准农田建设面积", "≥5000亩", 5200, null],
      [null, "产出指标", "质量指标", "验收合格率", "100%", "100%", null],
      [null, "效益指标", "经济效益指标", "亩均增收", "≥100元", 120, null],
      [null, "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "93%", null],
    ],
    ["A4:A7", "A8:A10", "A11:A12", "A13:A17"],
  );
}

describe("转移支付区域(项目)绩效目标自评表", () => {
  test("project-self-eval (not a target declaration: it reports execution), header row 13, targets and actuals read", () => {
    const r = review(transferPayment());
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.headerRow).toBe(13);
    expect(r.model.indicators.map((i) => [i.row, i.name, i.target?.raw, i.actual?.raw])).toEqual([
      [14, "高标准农田建设面积", "≥5000亩", "5200"],
      [15, "验收合格率", "100%", "100%"],
      [16, "亩均增收", "≥100元", "120"],
      [17, "农户满意度", "≥90%", "93%"],
    ]);
  });
});

describe("评分细则 with one criterion per row and no 一级/二级/三级 headers", () => {
  test.each([
    ["目标名称", "XX项目绩效目标评分细则"],
    ["评价内容", "XX项目绩效评价评分细则"],
  ])("named by %p: indicator-system, weights and scores of every row", (nameHeader, title) => {
    const r = review(
      Grid.fromValues("评分细则", [
        [title],
        ["序号", nameHeader, "评分标准", "分值", "得分"],
        [1, "预算执行率", "执行率×分值", 10, 9.5],
        [2, "资金使用合规性", "发现一项违规扣2分", 20, 18],
        [3, "项目完成率", "完成率×分值", 40, 40],
        [4, "受益群众满意度", "满意度×分值", 30, 27],
        ["合计", null, null, 100, 94.5],
      ]),
    );
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(2);
    expect(indicatorsOf(r)).toEqual([
      [3, "预算执行率", 10, 9.5],
      [4, "资金使用合规性", 20, 18],
      [5, "项目完成率", 40, 40],
      [6, "受益群众满意度", 30, 27],
    ]);
    expect(r.model.totals!.score!.value).toBe(94.5);
  });
});

describe("部门整体支出绩效评价指标表 with 分值 and 得分 at every level", () => {
  const rows: Row[] = [
    ["2023年度部门整体支出绩效评价指标表"],
    ["一级指标", "分值", "得分", "二级指标", "分值", "得分", "三级指标", "分值", "得分", "评分标准"],
    ["投入", 20, 19, "预算编制", 10, 9, "预算编制准确率", 10, 9, "准确率×分值"],
    [null, null, null, "预算执行", 10, 10, "预算执行率", 10, 10, "执行率×分值"],
    ["产出", 50, 48, "履职产出", 50, 48, "重点工作完成率", 30, 30, "完成率×分值"],
    [null, null, null, null, null, null, "工作质量达标率", 20, 18, "达标率×分值"],
    ["效果", 30, 30, "社会效益", 30, 30, "群众满意度", 30, 30, "满意度×分值"],
    ["合计", 100, 97],
  ];
  const merges = ["A3:A4", "B3:B4", "C3:C4", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6"];

  test("indicator-system: leaf weights and scores from the columns right of 三级指标, group weights from their own", () => {
    const r = review(Grid.fromValues("指标表", rows, merges));
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(2);
    expect(indicatorsOf(r)).toEqual([
      [3, "预算编制准确率", 10, 9],
      [4, "预算执行率", 10, 10],
      [5, "重点工作完成率", 30, 30],
      [6, "工作质量达标率", 20, 18],
      [7, "群众满意度", 30, 30],
    ]);
    expect(r.model.groups.map((g) => [g.name, g.weight])).toEqual([
      ["投入", 20],
      ["产出", 50],
      ["效果", 30],
    ]);
  });

  test("with completion values it is the department's self-evaluation", () => {
    const withActual = rows.map((row, i) => (i === 1 ? [...row.slice(0, 9), "实际完成值", "评分标准"] : i >= 2 && i <= 6 ? [...row.slice(0, 9), "完成", row[9]] : row));
    const r = review(Grid.fromValues("自评表", withActual, merges));
    expect(r.model.family).toBe("dept-self-eval");
  });
});

describe("evaluation summary (概要表)", () => {
  const summary = (scoreLine: string) =>
    Grid.fromValues("概要表", [
      ["2023年度某县农村饮水安全项目绩效评价报告概要表"],
      ["项目名称", "农村饮水安全巩固提升工程"],
      ["评价机构", "某会计师事务所(第三方)"],
      [scoreLine],
      ["自评分值", 95, "自评等级", "优"],
      ["抽查情况", "抽查工程12处，抽查比例60%"],
      ["主要绩效", "新增供水人口1.2万人"],
      ["存在问题", "个别工程管护不到位"],
    ]);

  test("\"评价分值:92.5分 评价等级:优\" on one line: evaluation-summary", () => {
    const r = review(summary("评价分值:92.5分 评价等级:优"));
    expect(r.model.family).toBe("evaluation-summary");
    expect(r.model.confidence).toBeGreaterThanOrEqual(0.8);
  });

  test("a payroll sheet that mentions 评价 is not a summary", () => {
    const r = review(Grid.fromValues("S", [["员工评价表"], ["姓名", "评价"], ["张三", "良好"]]));
    expect(r.model.family).toBe("unknown");
  });
});

describe("绩效目标申报表 carrying 分值", () => {
  test("target-declaration with weights (项目资金预算执行 10分)", () => {
    const r = review(
      Grid.fromValues("申报表", [
        ["2024年度项目支出绩效目标申报表"],
        ["项目名称", "城乡环境综合治理", "主管部门", "某县住建局"],
        ["实施单位", "某县环卫所", "项目期限", "2024年1月-12月"],
        ["项目资金(万元)", "年度资金总额", 300, "其中:财政拨款", 300],
        ["年度绩效目标", "完成城区道路清扫保洁"],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标", "数量指标", "清扫保洁面积", "≥200万平方米", 30],
        ["产出指标", "质量指标", "保洁达标率", "≥95%", 20],
        ["产出指标", "时效指标", "项目资金预算执行", "100%", 10],
        ["效益指标", "社会效益指标", "城区环境改善", "明显改善", 30],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", 10],
      ]),
    );
    expect(r.model.family).toBe("target-declaration");
    expect(r.model.headerRow).toBe(6);
    expect(indicatorsOf(r)).toEqual([
      [7, "清扫保洁面积", 30, null],
      [8, "保洁达标率", 20, null],
      [9, "项目资金预算执行", 10, null],
      [10, "城区环境改善", 30, null],
      [11, "居民满意度", 10, null],
    ]);
  });
});

describe("evaluation summary with a short score table", () => {
  test("the score table is read, the sheet is the summary (score and grade stated on one line, 抽查, 评价机构)", () => {
    const r = review(
      Grid.fromValues("Sheet1", [
        ["某县2023年度义务教育保障资金绩效评价"],
        ["评价机构", "某咨询有限公司"],
        ["评价得分:93分 评价等级:优"],
        ["一级指标", "分值", "得分"],
        ["决策", 20, 18],
        ["过程", 20, 19],
        ["产出", 40, 38],
        ["效益", 20, 18],
        ["合计", 100, 93],
        ["抽查情况", "抽查学校10所，抽查比例50%"],
      ]),
    );
    expect(r.model.family).toBe("evaluation-summary");
    expect(r.model.headerRow).toBe(4);
    expect(indicatorsOf(r)).toEqual([
      [5, "决策", 20, 18],
      [6, "过程", 20, 19],
      [7, "产出", 40, 38],
      [8, "效益", 20, 18],
    ]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a sheet whose indicator header is not read is still recognised by its title and rows", () => {
  const rows = (title: string, completion: string): Row[] => [
    [title],
    ["绩效类别", "指标类型", "具体内容", "预定目标", completion],
    ["产出指标", "数量指标", "培训人次", "≥100人次", 120],
    ["效益指标", "社会效益指标", "就业率", "≥80%", "85%"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "95%"],
  ];

  test("项目支出绩效自评表: project-self-eval, with no table read", () => {
    const r = review(Grid.fromValues("S", rows("2023年度项目支出绩效自评表", "实际完成值")));
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.headerRow).toBeNull();
  });

  test("部门整体支出绩效自评表: dept-self-eval", () => {
    expect(review(Grid.fromValues("S", rows("2023年度部门整体支出绩效自评表", "实际完成值"))).model.family).toBe("dept-self-eval");
  });

  test("项目支出绩效目标申报表 with its fields: target-declaration", () => {
    const g = Grid.fromValues("S", [
      ...rows("2024年度项目支出绩效目标申报表", "备注").slice(0, 1),
      ["项目名称", "职业技能培训", "主管部门", "某县人社局"],
      ["实施单位", "某县就业服务中心", "项目期限", "2024年"],
      ...rows("", "备注").slice(1),
    ]);
    expect(review(g).model.family).toBe("target-declaration");
  });

  test("the same rows under an unrelated title stay unknown", () => {
    expect(review(Grid.fromValues("S", rows("培训情况统计", "备注"))).model.family).toBe("unknown");
  });
});
