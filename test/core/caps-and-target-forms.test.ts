import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { review } from "../../src/core/review";
import { bonusPoints } from "../../src/core/text/labels";

/**
 * What a sheet prints about its own limits, and target forms read by their evidence:
 * - a scoring rule that grants bonus points ("一个加1分，最多加2分") raises the score's cap by them;
 * - "99.55分" merged across the 得分 column is the total score, not the total weight;
 * - a share of a whole (满意度, 合格率) achieved above 100% is impossible;
 * - a target table that stops one line into a new 二级 group (the excerpt goes on) reports a missing dimension as info;
 * - a heading below the title ("附件2 …绩效目标表") names the table it heads, and a 实际完成值 column still blank does
 *   not make a target form a self-evaluation;
 * - a field label heading a list's column (项目名称 | 主管部门 over one row per project) is not a blank field.
 */
type Row = (CellValue | undefined)[];
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const flags = (g: Grid, rule: string) =>
  review(g, "national")
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.severity, f.cell, f.messageId]);

describe("bonus points printed in the scoring rule", () => {
  test.each([
    ["纳入县级重点工作部署，得1分；党政领导有正面批示的，一个加1分，最多加2分", 2],
    ["按人均不低于5元安排的，得4分；不低于10元的，加1分，达到20元，加2分", 3],
    ["加分不超过3分", 3],
    ["资金管理制度健全规范，得2分", 0],
    ["每发现1例扣1分", 0],
  ])("%s grants %d", (text, points) => {
    expect(bonusPoints(text)).toBe(points);
  });

  const rubric = (score: number): Row[] => [
    ["农村公益事业财政奖补项目绩效评价自评表"],
    ["序号", "一级指标", "二级指标", "三级指标", "指标说明", "分值", "评分"],
    [1, "过程", "组织实施", "工作安排", "纳入县级重点工作部署，得1分；党政领导有正面批示的，一个加1分，最多加2分", 1, score],
    [2, undefined, undefined, "工作保障", "有专门工作人员的，得1分", 1, 1],
    [3, undefined, undefined, "项目管理", "项目管理制度健全规范，得2分", 2, 2],
  ];
  test("2 on a weight of 1 with up to 2 bonus points (cap 3) is allowed", () => {
    expect(flags(sheet(rubric(2)), "score-exceeds-weight")).toEqual([]);
  });
  test("4 on a weight of 1 with up to 2 bonus points (cap 3) is above the cap", () => {
    expect(flags(sheet(rubric(4)), "score-exceeds-weight")).toEqual([["error", "G3", "indicator"]]);
  });
});

describe("a total written '99.55分' across the 得分 column", () => {
  const rows: Row[] = [
    ["某项目自评表"],
    ["预算执行情况(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
    ["年度财政资金总额", 200, 195.5, "97.75%", 19.55],
    ["年度绩效目标(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    [undefined, "产出指标", "数量指标", "完成宣传片", "1部", "1部", 40],
    [undefined, "效益指标", "社会效益指标", "指导城市建设", "完成", "完成", 30],
    [undefined, "满意度指标", "满意度指标", "群众满意度", "满意", "满意", 10],
    ["总分", "99.55分"],
  ];
  const g = () => sheet(rows, ["B8:G8"]);
  test("is the score's total (2 decimals shown), not the weights'", () => {
    const m = recognise(g());
    expect(m.totals?.weight).toBeNull();
    expect(m.totals?.score).toEqual(expect.objectContaining({ cell: "B8", value: 99.55, decimals: 2 }));
  });
  test("19.55 + 40 + 30 + 10 = 99.55: no weight or total finding", () => {
    expect([...flags(g(), "weight-sum-mismatch"), ...flags(g(), "total-mismatch")]).toEqual([]);
  });
});

describe("a share of a whole achieved above 100%", () => {
  const selfEval = (name: string, actual: string): Row[] => [
    ["某项目支出绩效自评表"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "补助人数", "100人", "100人", 50, 50],
    ["满意度指标", "服务对象满意度", name, "≥90%", actual, 50, 50],
  ];
  test("满意度 290% is a warning at the achieved value", () => {
    expect(flags(sheet(selfEval("渔民满意度", "290%")), "implausible-target")).toEqual([["warning", "E4", "actualAbove100"]]);
  });
  test("满意度 290% under a target that prints the same 290 (a garbled '290$'): the actual repeats the target's figure, a hint", () => {
    const rows = selfEval("渔民满意度", "290%");
    rows[3] = ["满意度指标", "服务对象满意度", "渔民满意度", "渔民满意度290$", "290%", 50, 50];
    expect(flags(sheet(rows), "implausible-target")).toEqual([["info", "E4", "actualAbove100"]]);
  });
  test.each([
    ["渔民满意度", "95%"],
    ["任务完成率", "120%"],
    ["收入增长率", "130%"],
  ])("%s achieved at %s is possible: no finding", (name, actual) => {
    expect(flags(sheet(selfEval(name, actual)), "implausible-target")).toEqual([]);
  });
});

describe("a target table that stops one line into a new 二级 group", () => {
  const target = (tail: Row[]): Row[] => [
    ["某项目绩效目标表"],
    ["项目名称", "某项目", undefined, "主管部门", "某局"],
    ["年度绩效目标", "完成项目建设"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "新建道路长度", "5公里"],
    [undefined, undefined, "新建桥梁", "2座"],
    [undefined, "质量指标", "工程验收合格率", "100%"],
    ...tail,
  ];
  const merges = ["A5:A7", "B5:B6"];
  test("the sheet ends there: the missing 效益 and 满意度 are info (the excerpt likely goes on)", () => {
    expect(flags(sheet(target([]), merges), "target-incomplete")).toEqual([
      ["info", "A4", "missingDimension"],
      ["info", "A4", "missingDimension"],
    ]);
  });
  test("a line below the table closes it: the missing dimensions are warnings", () => {
    expect(flags(sheet(target([["填报人：张三", undefined, "联系电话：123"]]), merges), "target-incomplete")).toEqual([
      ["warning", "A4", "missingDimension"],
      ["warning", "A4", "missingDimension"],
    ]);
  });
});

describe("a target table whose block label gives every dimension its points", () => {
  // "绩效指标(…产出指标权重分值50分,效益指标权重分值30分,满意度指标权重分值10分)" merged down the table's left
  const target = (tail: Row[]): Row[] => [
    ["某项目绩效目标表"],
    ["项目名称", "某项目", undefined, "主管部门", "某局"],
    ["年度目标", "完成项目建设"],
    ["绩效指标(权重分值90分,其中产出指标权重分值50分,效益指标权重分值30分,满意度指标权重分值10分)", "一级指标", "二级指标", "三级指标", "指标值", "权重"],
    [undefined, "产出指标", "数量指标", "新建道路长度", "5公里", 25],
    [undefined, "产出指标", "质量指标", "工程验收合格率", "100%", 25],
    ...tail,
  ];
  test("the sheet stops at the 产出 rows: 效益 and 满意度 were cut off, not left out (no finding)", () => {
    expect(flags(sheet(target([]), ["A4:A6"]), "target-incomplete")).toEqual([]);
  });
  test("a line below the table closes it: the dimensions the label names are missing from the table (warnings)", () => {
    expect(flags(sheet(target([["填报人：张三"]]), ["A4:A6"]), "target-incomplete")).toEqual([
      ["warning", "B4", "missingDimension"],
      ["warning", "B4", "missingDimension"],
    ]);
  });
  test("a label that names only the 产出 points: 效益 and 满意度 are still missing", () => {
    const rows = target([]);
    rows[3] = ["绩效指标(产出指标50分)", ...rows[3].slice(1)];
    expect(flags(sheet(rows, ["A4:A6"]), "target-incomplete").map((f) => f[2])).toEqual(["missingDimension", "missingDimension"]);
  });
});

describe("a target form whose 二级 groups are one line each", () => {
  test("ending on a one-line group after four such groups is the form's shape: the missing 满意度 is a warning", () => {
    const rows: Row[] = [
      ["项目支出目标申报表"],
      ["项目名称", "某校公用经费", undefined, "主管部门", "某县教体局"],
      ["一级指标", "二级指标", "三级指标", "年度数值"],
      ["产出值", "数量值", "在校生人数", "≥1800人"],
      [undefined, "质量值", "公用经费足额拨付率", "100%"],
      [undefined, "时效值", "拨付及时率", "100%"],
      [undefined, "成本值", "生均公用经费", "≤720元"],
      ["效益值", "社会效益值", "办学条件改善", "逐步改善"],
      [undefined, "可持续影响值", "保障学校正常运转", "长期"],
    ];
    expect(flags(sheet(rows, ["A4:A7", "A8:A9"]), "target-incomplete")).toEqual([["warning", "A3", "missingDimension"]]);
  });
});

describe("a 绩效目标表 under another attachment", () => {
  const attachments = (actual: string | undefined): Row[] => [
    ["附件1"],
    ["2018年补助资金安排表"],
    ["单位", "全年补助资金", "其中：免学费补助", "其中：助学金"],
    ["某职业学校", 750, 700, 50],
    ["附件2"],
    ["补助资金绩效目标表"],
    ["专项名称", "学生资助补助经费"],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "未达到指标值原因"],
    ["产出指标", "数量指标", "应受助学生数", "100%", actual],
    [undefined, "质量指标", "资助对象准确率", "100%"],
    ["效益指标", "社会效益指标", "教育公平提升", "显著提升"],
    ["满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%"],
  ];
  test("its heading and a blank 实际完成值 column make it a target-declaration", () => {
    expect(recognise(sheet(attachments(undefined))).family).toBe("target-declaration");
  });
  test("with a completion filled in, it is a self-evaluation", () => {
    expect(recognise(sheet(attachments("100%"))).family).not.toBe("target-declaration");
  });
});

describe("a field label heading a list's column", () => {
  const list: Row[] = [
    ["2020年专项资金绩效目标表"],
    ["项目名称", "主管部门", "资金（万元）"],
    ["农村道路硬化", "交通运输局", 40],
    ["年度绩效目标", "完成道路硬化"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "硬化道路长度", "3公里"],
    ["效益指标", "社会效益指标", "方便群众出行", "显著"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
  test("项目名称 and 主管部门 over their values are filled, not blank", () => {
    expect(flags(sheet(list), "target-incomplete")).toEqual([]);
  });
});

describe("layouts the graduated validation sheets showed", () => {
  test("levels named loosely (评价内容 | 评价指标(分值)) nest left to right: 6 + 2 = 8, 10 + 10 = 20", () => {
    const g = sheet([
        ["评价内容", "评价指标(分值)", "指标说明", "评分标准"],
        ["(一)项目组织(8分)", "2.组织管理(6分)", "项目单位对项目的管理情况", "管理到位的得6分，实行不力的酌情扣分"],
        [undefined, "3.项目档案(2分)", "建立项目档案的情况", "资料齐全的得2分，不齐全的扣2分"],
        ["(二)资金使用(20分)", "4.资金落实(10分)", "计划投资完成情况", "完成100%的得10分，每减少1个百分点扣1分"],
        [undefined, "5.实际支出(10分)", "实际支出的合规性", "相符的得10分，基本相符的得6分"],
      ], ["A2:A3", "A4:A5"]);
    const m = recognise(g);
    expect([m.columns.level1, m.columns.level2]).toEqual([1, 2]);
    expect(flags(g, "weight-sum-mismatch")).toEqual([]);
  });

  test("a 合计 over groups each closed by its 小计 (the group's name merged down beside them) adds the 小计s: 50 + 20 = 70", () => {
    const rows: Row[] = [
      ["2023年专项资金分配表"],
      ["单位：万元"],
      ["序号", "单位", "项目", "金额"],
      [1, "上杭县", "文化研究会编纂出版项目", 10],
      [undefined, undefined, "人饮工程二期项目", 40],
      [undefined, undefined, "小计", 50],
      [2, "漳平市", "茶山道路硬化项目", 5],
      [undefined, undefined, "村口绿化项目", 15],
      [undefined, undefined, "小计", 20],
      ["合计", undefined, undefined, 70],
    ];
    const merges = ["A4:A6", "B4:B6", "A7:A9", "B7:B9", "A10:C10"];
    expect(flags(sheet(rows, merges), "total-mismatch")).toEqual([]);
    rows[9][3] = 75;
    expect(flags(sheet(rows, merges), "total-mismatch")).toEqual([["error", "D10", "sum"]]);
  });

  test("a target table of one line that stops after its name is cut: no blank target, no missing dimension", () => {
    const rows: Row[] = [
      ["专项转移支付绩效目标表"],
      ["项目名称", "民族发展专项资金", undefined, "补助区域", "县(区)"],
      ["总体目标", "促进民族乡村经济社会事业发展"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "区域目标值"],
      [undefined, "产出指标", "数量目标", "基础设施建设、民族文化"],
    ];
    const found = review(sheet(rows), "national").findings.filter((f) => f.severity !== "info");
    expect(found.map((f) => [f.rule, f.cell])).toEqual([]);
  });

  test.each([
    [0.1, 94, 650, true], // 94/650 = 14.46% shown as the fraction 0.1 (one decimal)
    [0.1, 162.5, 650, false], // 25% is 0.3 at one decimal, not 0.1
    [0.14, 94, 650, true],
    [0.15, 94, 650, false], // 14.46% is 0.14 at two decimals
  ])("an execution rate shown as the fraction %d for %d/%d agrees: %s", (shown, executed, budget, ok) => {
    const rows: Row[] = [
      ["项目支出绩效自评表"],
      ["预算执行情况(万元)(20分)", undefined, undefined, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
      [undefined, "年度财政资金总额", undefined, budget, executed, shown, 2.9],
      ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
      ["产出指标", "数量指标", "扶持主体数", 15, 15, 80],
    ];
    expect(flags(sheet(rows), "exec-rate-mismatch").length === 0).toBe(ok);
  });

  test("a list of projects with their grade alone (发行金额 | 评价结果) is an evaluation summary", () => {
    const m = recognise(
      sheet([
        ["2023年专项债券项目资金绩效评价公开"],
        ["序号", "主管部门", "项目单位", "项目名称", "发行金额(亿元)", "评价结果", "备注"],
        [1, "某镇人民政府", "某投资有限公司", "山区共同富裕样板区建设项目", 0.05, "优", "主管部门评价结果"],
      ]),
    );
    expect(m.family).toBe("evaluation-summary");
  });
});


describe("two fund lines with the same weight and rate", () => {
  const block = (partScore: number): Row[] => [
    ["项目支出绩效自评表"],
    ["项目资金", undefined, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["(万元)", "年度资金总额", 200, 200, 179.43, 10, "89.7%", 9],
    [undefined, "其中：当年财政拨款", 200, 200, 179.43, 10, "89.7%", partScore],
    [undefined, "上年结转资金"],
  ];
  test("scored 9 and 8: an error at the second line whatever rule is assumed", () => {
    const found = review(sheet(block(8)), "national").findings.filter((f) => f.rule === "exec-score-mismatch" && f.cell === "H4");
    expect(found.map((f) => [f.severity, f.messageId, f.data])).toEqual([
      ["error", "sameInputs", expect.objectContaining({ stated: 8, otherScore: 9, weight: 10 })],
    ]);
  });
  test("scored 9 and 9: no contradiction between them", () => {
    expect(review(sheet(block(9)), "national").findings.filter((f) => f.messageId === "sameInputs")).toEqual([]);
  });
});

describe("amounts in a sentence", () => {
  const goal = (text: string): Row[] => [
    ["项目支出绩效自评表"],
    ["项目名称", "村级补助及运转经费"],
    ["年度总体目标", "预期目标", undefined, "实际完成情况"],
    [undefined, text, undefined, "已完成"],
  ];
  const sums = (text: string) =>
    review(sheet(goal(text)), "national")
      .findings.filter((f) => f.rule === "total-mismatch")
      .map((f) => [f.cell, f.data?.total, f.data?.sum]);
  test("共申请 2026400元, 其中 400000 + 252000 + 28000 + 960000 + 100000 = 1740000: a total-mismatch in the sentence's cell", () => {
    expect(sums("本项目共申请预算资金2026400元，其中村级组织运转400000元，基本报酬252000元，监委工资28000元，村级事务补助960000元，目标奖励100000元。")).toEqual([
      ["B4", 2026400, 1740000],
    ]);
  });
  test("a breakdown that adds up: no finding", () => {
    expect(sums("本项目共完成预算资金1329120.67元，其中村级组织运转439120.67元，基本报酬152000元，监委工资28000元，村级事务补助660000元，目标奖励50000元。")).toEqual([]);
  });
  test("two parts may leave one unsaid (80 + 10 < 100), but not exceed the total", () => {
    expect(sums("项目总投资100万元，其中中央资金80万元，省级资金10万元。")).toEqual([]);
    expect(sums("项目总投资100万元，其中中央资金80万元，省级资金30万元。")).toEqual([["B4", 100, 110]]);
  });
  test("a standard per head is not a part", () => {
    expect(sums("共发放补助资金120万元，其中按每人每月500元标准发放生活补助，每生每年2000元发放助学金，其他补助3000元。")).toEqual([]);
  });
});

describe("a number with its separators in impossible places", () => {
  const funds = (executed: string): Row[] => [
    ["项目支出绩效自评报告"],
    ["计划安排资金(万元)", 700, "实际到位资金(万元)", executed, "实际支出(万元)", executed, "结余(万元)", 0],
    ["其中:中央财政", undefined, "其中:中央财政", undefined, "其中:中央财政", undefined, "其中:中央财政"],
    ["县财政", 700, "县财政", executed, "县财政", executed, "县财政"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "硬化道路", "10公里", "10公里", 100, 100],
  ];
  const garbled = (executed: string) =>
    review(sheet(funds(executed)), "national")
      .findings.filter((f) => f.messageId === "garbled")
      .map((f) => [f.severity, f.cell]);
  test("'7,00.0,77' is not a number: a warning at each cell", () => {
    expect(garbled("7,00.0,77")).toEqual([
      ["warning", "D2"],
      ["warning", "F2"],
      ["warning", "D4"],
      ["warning", "F4"],
    ]);
  });
  test.each(["700", "1,234.5", "12,345,678", "2020,2021"])("%s is a number or a list of numbers: no finding", (text) => {
    expect(garbled(text)).toEqual([]);
  });
});

describe("a project period written as a duration", () => {
  const form = (period: string, goal: string): Row[] => [
    ["项目支出绩效目标表"],
    ["项目名称", "人工增雨飞机作业项目", undefined, "主管部门", "市气象局"],
    ["项目属性", "常规项目", undefined, "项目期", period],
    ["总体目标", goal, undefined, "年度目标"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "作业航时", "≥30小时"],
    ["效益指标", "社会效益指标", "保障粮食安全", "有效保障"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
  const found = (period: string, goal: string) =>
    review(sheet(form(period, goal)), "national")
      .findings.filter((f) => f.messageId === "durationShort")
      .map((f) => [f.severity, f.cell, f.data]);
  test("项目期 1年 against 中期目标(2023年—2025年): a warning at the period", () => {
    expect(found("1年", "中期目标(2023年—2025年)")).toEqual([["warning", "E3", { years: 1, label: "中期", from: 2023, to: 2025, span: 3 }]]);
  });
  test.each([
    ["3年", "中期目标(2023年—2025年)"],
    ["1年", "年度目标：完成作业"],
  ])("项目期 %s with '%s': no finding", (period, goal) => {
    expect(found(period, goal)).toEqual([]);
  });
});

describe("a ratio whose formula a header prints", () => {
  const bond = (done: CellValue): Row[] => [
    ["项目名称", "全面实施瓶改管工程"],
    ["当年绩效指标", "债券资金管理指标(10分)", "总体支出进度(当年实际支出金额/项目当年下达额度)", "实际支出金额", "下达额度", "实际完成值", "分值", "得分"],
    [undefined, undefined, undefined, 1437, 1437, done, 10, 10],
  ];
  const ratios = (done: CellValue) =>
    review(sheet(bond(done)), "national")
      .findings.filter((f) => f.rule === "ratio-mismatch")
      .map((f) => f.cell);
  test("实际完成值 1,437 against 1437 / 1437 = 100%: a ratio-mismatch", () => {
    expect(ratios(1437)).toEqual(["F3"]);
  });
  test("100% as the formula gives: no finding", () => {
    expect(ratios("100%")).toEqual([]);
  });
});

describe("a budget score below what every rule gives", () => {
  const block = (weight: number, score: number, partScore: number | undefined = score): Row[] => [
    ["项目支出绩效自评表"],
    ["项目资金(万元)", undefined, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [undefined, "年度资金总额：", 620.82, 620.82, 620.82, weight, "100%", score],
    [undefined, "其中：当年财政拨款", 620.82, 620.82, 620.82, weight, "100%", partScore],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "办理案件数", "100件", "100件", 90, 90],
  ];
  // the default profile (auto): no region in the sheet, so the scoring rule is only assumed
  const found = (rows: Row[]) =>
    review(sheet(rows))
      .findings.filter((f) => f.rule === "exec-score-mismatch")
      .map((f) => [f.severity, f.cell, f.messageId]);
  test("分值 100, 得分 10 at 100%: every rule gives full marks, so an error even under an assumed rule, once, at the total line", () => {
    expect(found(block(100, 10))).toEqual([["error", "H3", "belowAnyRule"]]);
  });
  test("分值 10, 得分 8.97 at 100% over a 其中 line scored 10: below full marks, and the two lines disagree", () => {
    expect(found(block(10, 8.97, 10))).toEqual([
      ["error", "H3", "belowAnyRule"],
      ["error", "H4", "sameInputs"],
    ]);
  });
  test("分值 10, 得分 10 at 100%: no finding", () => {
    expect(found(block(10, 10))).toEqual([]);
  });
});

describe("a unit's overall target form", () => {
  const form = (goal: string | undefined): Row[] => [
    ["绩效目标表"],
    ["单位信息：", "324001-某州市场监督管理局机关", undefined, undefined, "项目名称："],
    ["主管部门：", "324-某州市场监督管理部门", undefined, undefined, "项目经办人："],
    ["整体目标：", goal],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重(%)"],
    ["产出指标", "数量指标", "检查企业数", "≥", 470, "家", 50],
    ["效益指标", "社会效益指标", "食品安全水平", "定性", "提升", undefined, 30],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%", 20],
  ];
  const blank = (goal: string | undefined) =>
    review(sheet(form(goal)), "national")
      .findings.filter((f) => f.rule === "target-incomplete" && f.data?.field === "项目名称")
      .map((f) => f.severity);
  test("with its 整体目标 filled, the blank 项目名称 is by design: no finding", () => {
    expect(blank("组织协调推进全州食品安全重点工作")).toEqual([]);
  });
  test("with no goal at all, the blank 项目名称 is reported", () => {
    expect(blank(undefined)).toEqual(["error"]);
  });
});

describe("weights written as percentages", () => {
  const table = (weight2: string, score2: number): Row[] => [
    ["区域绩效目标自评表"],
    ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"],
    ["产出指标", "数量指标", "贷款发放额增长率", "≥10%", "115.25%", "60%", 60],
    ["满意度指标", "服务对象满意度指标", "个人满意度", "≥80%", "100%", weight2, score2],
    ["得分合计", undefined, undefined, undefined, undefined, undefined, 100],
  ];
  test("'60%' and '40%' in the 权重 column are 60 and 40 of the 100 points", () => {
    expect(recognise(sheet(table("40%", 40))).indicators.map((i) => [i.name, i.weight])).toEqual([
      ["贷款发放额增长率", 60],
      ["个人满意度", 40],
    ]);
  });
  test("a score of 45 on '40%' is above its weight", () => {
    expect(review(sheet(table("40%", 45)), "national").findings.filter((f) => f.rule === "score-exceeds-weight").map((f) => f.cell)).toEqual(["G4"]);
  });
});

describe("another table stacked under the indicators", () => {
  const rows = (first: string): Row[] => [
    ["一级指标", "二级指标", "指标名称", "目标值", "完成值"],
    ["产出指标", "产出数量", "完成护工培训任务", "12500名", "12166名"],
    [undefined, "产出质量", "结业考核通过率", "100%", "98.79%"],
    ["满意度指标", "满意度", "参培学员满意度", "95%及以上", "88.32%"],
    [first, "学校性质", "培训机构", "培训补助标准(元/人)", "补助资金"],
    ["①", "②", "③", "④", "⑤"],
    [1, "民办", "某职业培训学校", 2600, 218.92],
  ];
  test("its header (序号 | 学校性质 | 培训机构 …) ends the indicator table: three indicators", () => {
    expect(recognise(sheet(rows("序号"))).indicators.map((i) => i.row)).toEqual([2, 3, 4]);
  });
  test("a repeated header of the indicator table itself (序号 | 一级指标 …) does not end it", () => {
    const r = rows("序号");
    r.splice(3, 0, ["序号", "一级指标", "二级指标", "指标名称", "目标值"]);
    expect(recognise(sheet(r)).indicators.map((i) => i.row)).toEqual([2, 3, 5]);
  });
});

describe("the year a form is for against the period it states", () => {
  const form = (year: string, period: string): Row[] => [
    ["财政项目支出绩效目标审批表"],
    [year],
    ["项目名称", "安全生产举报奖励经费", undefined, "项目分类", "运转类"],
    ["建设周期", period, undefined, "业务主管部门", "某县应急管理局"],
    ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
    ["产出指标", "数量指标", "举报奖励次数", "≥5次", 50],
    ["效益指标", "社会效益指标", "隐患整改率", "100%", 30],
    ["满意度指标", "服务对象满意度", "群众满意度", "≥90%", 20],
  ];
  test("'(2023年度)' over 建设周期 2025年1月1日-2025年12月31日: a warning at the period", () => {
    const f = review(sheet(form("( 2023年度)", "2025年1月1日-2025年12月31日")), "national").findings.filter((x) => x.rule === "target-period");
    expect(f.map((x) => [x.severity, x.cell, x.messageId])).toEqual([["warning", "B4", "yearOutside"]]);
    expect(f[0].message).toBe("表头年度为 2023 年，但项目期为 2025-01-01 至 2025-12-31，不含该年度");
  });
  test("a period that holds the year (2022年3月-2024年12月 for 2023): no finding", () => {
    expect(flags(sheet(form("(2023年度)", "2022年3月-2024年12月")), "target-period")).toEqual([]);
  });
});
