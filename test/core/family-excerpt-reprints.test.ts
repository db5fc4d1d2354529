import { Grid } from "../../src/core/grid/grid";
import { recognise, sheetFeatures } from "../../src/core/recognise";
import { review } from "../../src/core/review";

/**
 * Excerpts and reprints of a form whose family a careful reader still tells (metamorphic-family-excerpts.test.ts measures
 * them on every development sheet), each with counter-shapes that must not move:
 *   - a page of a project's self-evaluation without its indicator table's header, under the title naming the form: the
 *     year's execution stated with its figure (执行数 | 6.84, 预算执行率(B/A) | 100%) is what only a report of the year states;
 *   - a page of a rule sheet without its header whose points stand in an item's label merged down over its rule lines
 *     ("1.耕地保有量(7分)" over "(1)…得4.7分" / "(2)…得2.3分"), or whose rules are formulas (到位率×分值, 按完成比例计分),
 *     or a weights table's (一级 | 权重 | 二级 | 权重 …) whose groups' points are their items' sums;
 *   - the form printed again under an attachment's number (附件1): the table ends there, the copy's lines are none of its;
 *   - a one-line rule page (numbered item | points | rule stating points) printed again from its title;
 *   - a rubric opening the sheet, its title in the sheet's name: its first lines, read with the title, are no title's
 *     words (…按年初预算基础信息表考核 names no 预算绩效管理考核), unless the header names an assessment (assessmentTitle);
 *   - a weights table's page whose groups' points are their items' sums; a unit result list with a 备注 column; a page
 *     footer (第1页，共1页) under a one-line rule page; the attachment's number on the title's line (附件2 | …评分细则),
 *     which leaves it the title's line, no header line.
 */
type Rows = (string | number | null)[][];
const grid = (rows: Rows, merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const family = (rows: Rows, merges: string[] = []) => recognise(grid(rows, merges)).family;

/** A project self-evaluation's head and indicator lines, its indicator header left out (a later page, printed without it). */
const selfEvalPage = (title: string, funds: Rows): Rows => [
  [title],
  ["一、基本情况", "项目名称：", "百岁老人高龄津贴", null, "实施(主管)单位", "某县民政局机关"],
  ...funds,
  ["三、目标完成情况", "年度预期目标", null, "具体完成情况", null, "总体完成率(%)"],
  ["为百岁高龄老年人发放补贴", null, null, "已按月发放补贴", null, 100],
  ["四、年度绩效指标完成情况"],
  ["产出指标", "质量指标", "符合条件对象覆盖率", ">=", 98, "100%"],
  [null, "时效指标", "按月及时审批比例", ">=", 99, "100%"],
  ["效果指标", "社会效益指标", "补贴发放率", ">=", 75, "100%"],
  ["满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", 95, "100%"],
];
const EXECUTED: Rows = [
  ["二、预算执行情况", "预算数", "到位数", "执行数", "预算执行进度(%)"],
  ["预算数", 6.84, "执行数", 6.84, 100],
];
const RATE: Rows = [
  ["预算执行情况(万元)", "转移支付预算数(A)", "5.8万", "预算执行率(B/A)", "100%"],
  [null, "转移支付执行数(B)", "5.8万"],
];
const PLANNED: Rows = [["二、资金情况", "年度资金总额", 6.84, "其中：财政资金", 6.84]];

describe("a page of a project's self-evaluation without its indicator header", () => {
  test("under a 项目绩效自评表 title, the year's executed money stated with its figure: a project self-evaluation", () => {
    expect(family(selfEvalPage("某县民政局2020年度预算项目绩效自评表", EXECUTED))).toBe("project-self-eval");
  });
  test("…or its execution rate stated with its figure (预算执行率(B/A) | 100%)", () => {
    expect(family(selfEvalPage("2021年中央对地方专项转移支付区域绩效目标自评表", RATE))).toBe("project-self-eval");
  });
  test("counter-shape: the same title over money planned only (no execution stated): the title alone does not tell it", () => {
    expect(family(selfEvalPage("某县民政局2020年度预算项目绩效自评表", PLANNED))).not.toBe("project-self-eval");
  });
  test("counter-shape: the execution stated under a monitoring title or a declaration's title is no self-evaluation", () => {
    expect(family(selfEvalPage("某县民政局2020年度项目绩效运行监控表", EXECUTED))).not.toBe("project-self-eval");
    expect(family(selfEvalPage("某县民政局2020年度项目支出绩效目标申报表", RATE))).not.toBe("project-self-eval");
  });
  test("counter-shape: a department's self-evaluation title keeps its own family", () => {
    expect(family(selfEvalPage("某县民政局2020年度部门整体支出绩效自评表", EXECUTED))).not.toBe("project-self-eval");
  });
});

/** A 粮食安全 rule sheet's page: group labels and an item label merged down over the item's rule lines. */
const RULE_LINES: Rows = [
  ["一、确保耕地面积基本稳定(45分)", "(一)保护耕地(15分)", "1.耕地保有量;基本农田保护(7分)", "(1)年末耕地面积大于或等于规划下达的耕地保有量目标任务的，得3.7分，否则不得分。"],
  [null, null, null, "(2)永久基本农田面积大于或等于规划下达的保护目标任务的，得2.3分，否则不得分。"],
  [null, null, null, "(3)完成年度下达补充耕地任务的，得1分，否则不得分。本项满分1分。"],
];
const RULE_MERGES = ["A2:A4", "B2:B4", "C2:C4"];

describe("a page of a rule sheet without its header", () => {
  test("under a 考核评分表 title, an item's label closing on its points merged down over rule lines: an indicator system", () => {
    expect(family([["某市2020年度粮食安全考核评分表"], ...RULE_LINES], RULE_MERGES)).toBe("indicator-system");
  });
  test("the family only: no table is read from the page, nothing is reported as an error or a warning", () => {
    const r = review(grid([["某市2020年度粮食安全考核评分表"], ...RULE_LINES], RULE_MERGES), "national");
    expect(r.findings.filter((x) => x.severity === "error" || x.severity === "warning")).toEqual([]);
  });
  test("counter-shape: the labels merged down without points carry none to the lines under them", () => {
    const bare = RULE_LINES.map((l) => l.map((x) => (typeof x === "string" ? x.replace(/\(\d+分\)$/, "") : x)));
    expect(family([["某市2020年度粮食安全考核评分表"], ...bare], RULE_MERGES)).not.toBe("indicator-system");
  });
  test("counter-shape: under a self-evaluation's title the same page is no rule page", () => {
    expect(family([["某市2020年度粮食安全工作绩效自评表"], ...RULE_LINES], RULE_MERGES)).not.toBe("indicator-system");
  });

  const FORMULAS: Rows = [
    ["资金到位率", "到位率×分值", 10, 10],
    ["预算执行率", "执行率×分值", 10, 9],
    ["项目完成率", "按完成比例计分", 30, 30],
    ["群众满意度", "满意度×分值", 30, 29],
  ];
  test("under a 评分表 title, rules written as formulas beside their points: an indicator system", () => {
    expect(family([["专项资金绩效评价评分表"], ...FORMULAS])).toBe("indicator-system");
  });
  test("counter-shape: a formula in a line's name with no points beside it is no rule line", () => {
    const noPoints = FORMULAS.map(([a, b]) => [a, b, "已完成"]);
    expect(family([["专项资金绩效评价评分表"], ...noPoints])).not.toBe("indicator-system");
  });
  test("counter-shape: the same lines under a monitoring title are no rule page", () => {
    expect(family([["专项资金绩效运行监控表"], ...FORMULAS])).not.toBe("indicator-system");
  });
});

/** A target form (its completion column blank) that an allocation table precedes, under attachment numbers. */
const TARGET_FORM: Rows = [
  ["附件1"],
  ["2018年中职学校国家助学金补助资金安排表"],
  ["单位：元"],
  ["单位", "全年中央补助资金", "其中：免学费补助", "其中：国家助学金"],
  ["某市中等职业技术学校", 7548150, 7074550, 473600, 414400, 59200],
  ["附件2"],
  ["中等职业学校国家助学金补助资金绩效目标表"],
  ["专项名称", "学生资助补助经费"],
  ["中央主管部门", "财政部、教育部"],
  ["总体目标", "中等职业教育各项国家资助政策按规定得到落实"],
  ["绩效指标", "一级目标", "二级指标", "三级指标", "指标值", "实际完成值", "未达到指标值原因"],
  [null, "产出指标", "数量指标", "国家助学金应受助学生数", "100%", null, null],
  [null, null, null, "免学费应受助学生数", "100%", null, null],
  [null, "效益指标", "社会效益指标", "家庭经济困难学生受助率", "100%", null, null],
];

describe("the form printed again under an attachment's number", () => {
  test("a target form printed twice: the table ends at the copy's 附件1, the copy's amounts are no completions", () => {
    const rows = [...TARGET_FORM, [null], ...TARGET_FORM];
    expect(family(rows)).toBe("target-declaration");
    const f = sheetFeatures(grid(rows));
    expect(f.walk!.indicators.map((i) => i.row)).toEqual([12, 13, 14]);
  });
  test("counter-shape: an indicator named after attachments (附件材料齐全率) is a line of the table", () => {
    const rows = [...TARGET_FORM, [null, null, "质量指标", "附件材料齐全率", "100%", null, null]];
    const f = sheetFeatures(grid(rows));
    expect(f.walk!.indicators.map((i) => i.row)).toEqual([12, 13, 14, 15]);
  });
  test("counter-shape: a completion filled in under the table's own header still tells a self-evaluation", () => {
    const filled = TARGET_FORM.map((l, k) => (k >= 11 ? [...l.slice(0, 5), "100%", null] : l));
    expect(family([...filled, [null], ...TARGET_FORM])).not.toBe("target-declaration");
  });
});

describe("a one-line rule page printed again from its title", () => {
  const LINE: Rows = [["1.农业龙头企业", 20, "①完成新增农业龙头企业指标(15分):新培育国家级龙头企业的得6分，省级的得4分；②龙头企业规模化经营(5分):达到标准的得5分，否则不得分"]];
  const TITLE = "新型农业经营主体培育工作考核评分指标表";
  test("the page alone and printed twice: an indicator system", () => {
    expect(family([[TITLE], ...LINE])).toBe("indicator-system");
    expect(family([[TITLE], ...LINE, [null], [TITLE], ...LINE])).toBe("indicator-system");
  });
  test("counter-shape: a line under the item that is neither an item, a label nor a line printed again above it", () => {
    expect(family([[TITLE], ...LINE, ["以上各项由县农业农村局负责考核，每年考核一次，结果通报全县"]])).not.toBe("indicator-system");
  });
});

describe("the title in the sheet's name, the table opening the sheet", () => {
  /** A department's rubric, scored by itself: its first lines speak of the budget's basic data (基础数据) and of 考核. */
  const RUBRIC: Rows = [
    ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释", "指标说明及评分标准", "自评得分"],
    [1, "规划(15分)", "基础信息(3分)", "基础信息完整性", 3, "预算基础信息是否真实、完整，用以评价基础信息对预算编制的支撑情况(按年初预算基础信息表考核)。", "1、基础数据信息是否真实(1分)；2、基础数据信息是否完整(1分)；3、基础数据信息是否准确(1分)。", 3],
    [2, null, "工作计划(6分)", "年度工作计划", 6, "是否按要求制定年度工作计划。", "制定计划的得6分，未制定的不得分。", 6],
    [3, "执行(85分)", "预算执行(85分)", "预算执行率", 85, "预算执行数与预算数的比率。", "执行率100%的得85分，每低1%扣1分。", 80],
  ];
  const TITLE = "2023年度部门整体支出绩效评价自评表";
  test("a department's rubric keeps its family with its title moved to the sheet's name: the lines' 考核 / 基础数据 are no title", () => {
    const titled = recognise(Grid.fromValues("Sheet1", [[TITLE], ...RUBRIC])).family;
    expect(titled).toBe("indicator-system");
    expect(recognise(Grid.fromValues(TITLE, RUBRIC)).family).toBe(titled);
  });
  test("counter-shape: a header naming an assessment (考核内容 | 考评得分) reads its first lines with the title (预算…考核)", () => {
    const rows: Rows = [
      ["项目", "考核内容", "考核指标", "指标说明", "评分标准", "权数", "考评得分"],
      ["一般公共预算支出管理(60分)", "一般公共预算支出", "预算支出实际完成率", "本年支出完成数与年初预算数之比，用以反映和考核部门(单位)预算支出实际完成情况。", "按完成比例计算得分，满分为止。", 20, 18],
      [null, "结转结余情况", "结转结余率", "本年结转结余资金与支出完成数之比，用以反映和考核部门(单位)对结转结余资金的控制程度。", "按完成比例计算得分，满分为止。", 20, 20],
      [null, "应付账款", "应付账款率", "用以反映和考核部门(单位)对本年度应付账款的控制程度。", "按完成比例计算得分，满分为止。", 20, 15],
    ];
    expect(recognise(Grid.fromValues("Sheet1", rows)).family).toBe("assessment");
  });
});

describe("a weights table's page without its header (一级 | 权重 | 二级 | 权重 | 三级 | 权重)", () => {
  /** Numbered lines, each group's points merged down over its items, which add up to them. */
  const lines = (top: number, funds: number): Rows => [
    [1, "垃圾管理工作", top, "环卫规划", 2, "规划文件的完整性", 2],
    [2, null, null, "法制建设", 4, "管理条例宣传教育", 2],
    [3, null, null, null, null, "奖惩措施实施情况", 2],
    [4, null, null, "资金保障", funds, "设施建设资金保障", 6],
    [5, null, null, null, null, "分类工作资金保障", 2],
    [6, null, null, null, null, "保洁员资金保障", 3],
    [7, null, null, null, null, "收费实施情况", 3],
  ];
  const merges = ["B2:B8", "C2:C8", "D3:D4", "E3:E4", "D5:D8", "E5:E8"];
  test("under a 评估指标体系评分细则 title, groups whose points their items' add up to: an indicator system", () => {
    expect(family([["某县农村生活垃圾治理评估指标体系评分细则"], ...lines(20, 14)], merges)).toBe("indicator-system");
  });
  test("counter-shape: the groups' numbers not their items' sums are no weights", () => {
    expect(family([["某县农村生活垃圾治理评估指标体系评分细则"], ...lines(25, 18)], merges)).not.toBe("indicator-system");
  });
  test("counter-shape: amounts adding up under an allocation's title are no scoring system", () => {
    expect(family([["某县农村生活垃圾治理资金分配表"], ...lines(20, 14)], merges)).not.toBe("indicator-system");
  });
});

describe("a list of assessed units with a 备注 column right of it", () => {
  const units = (head: string[], extra: (string | null)[]): Rows => [
    ["2023年度省定党务(政务)目标考核评分表"],
    ["序号", "被考核单位", "考核情况", "得分", ...head],
    [1, "经信局", "完成专利申报任务10件", 100, ...extra],
    [2, "农业农村局", "未完成专利申报任务5件，扣0.5分", 99.5, ...extra],
    [3, "公山镇", "未完成专利申报任务2件，扣0.2分", 99.8, ...extra],
    [4, "赤溪镇", "未完成专利申报任务2件，扣0.3分", 99.8, ...extra],
  ];
  const signature = (rows: Rows) => {
    const r = review(grid(rows), "national");
    return { family: r.model.family, findings: r.findings.map((x) => `${x.severity} ${x.rule}@${x.cell}`).sort() };
  };
  test("the list is read as without it: the same family and findings (赤溪镇's 99.8 beside 扣0.3分 reported alike)", () => {
    const plain = signature(units([], []));
    expect(plain.family).toBe("evaluation-summary");
    expect(signature(units(["备注"], [null]))).toEqual(plain);
  });
  test("counter-shape: a column the list does not know (联系人) is still no unit result list", () => {
    expect(family(units(["联系人"], ["张三"]))).not.toBe("evaluation-summary");
  });
});

describe("a page footer under the table (第1页，共1页)", () => {
  const LINE: Rows = [["1.农业龙头企业", 20, "①完成新增农业龙头企业指标(15分):新培育国家级龙头企业的得6分，省级的得4分；②龙头企业规模化经营(5分):达到标准的得5分，否则不得分"]];
  const TITLE = "新型农业经营主体培育工作考核评分指标表";
  test("a one-line rule page keeps its family over a page footer", () => {
    expect(family([[TITLE], ...LINE, [null], ["第1页，共1页"]])).toBe("indicator-system");
    expect(family([[TITLE], ...LINE, ["共2页 第1页"]])).toBe("indicator-system");
  });
  test("counter-shape: a line naming pages in a sentence is no footer (the page is no rule page)", () => {
    expect(family([[TITLE], ...LINE, ["本细则共2页，第1页为考核内容，请各乡镇对照自查"]])).not.toBe("indicator-system");
  });
});

describe("the attachment's number on the title's line, left of it (附件2 | title)", () => {
  const TITLE = "福建省模范职工之家考核验收评分细则";
  const LINES: Rows = [
    ["条件", "考核验收内容", null, null, null, "备注"],
    ["一、坚持党政工共建职工之家(15)", "1、成立共建领导小组，下发共建文件，定期召开共建协调工作会", 3, null, null, "必备"],
    [null, "2、建家工作纳入单位整体工作规划，做到有计划、有检查、有总结", 2, null, null, null],
    [null, "3、全心全意依靠职工群众搞好企业的各项工作", 3, null, null, null],
    [null, "4、行政在人力、物力、财力等方面支持工会工作", 2, null, null, null],
    [null, "5、行政及时足额依法拨缴工会经费", 5, null, null, "必备"],
  ];
  const read = (first: Rows[number], merges: string[]) => {
    const f = sheetFeatures(grid([first, ...LINES], merges));
    return { family: recognise(grid([first, ...LINES], merges)).family, columns: f.header?.columns };
  };
  test("the title's line with the number beside it is the title's line still, not the header's first line", () => {
    const plain = read([TITLE, null, null, null, null, null], ["A1:F1", "A3:A7"]);
    expect(plain.family).toBe("indicator-system");
    expect(read(["附件2", TITLE, null, null, null, null], ["B1:F1", "A3:A7"])).toEqual(plain);
  });
  test("counter-shape: another word beside the title (表头 | …) is no attachment's number: that line is read as before", () => {
    expect(read(["表头", TITLE, null, null, null, null], ["B1:F1", "A3:A7"]).columns).not.toEqual(read([TITLE, null, null, null, null, null], ["A1:F1", "A3:A7"]).columns);
  });
});
