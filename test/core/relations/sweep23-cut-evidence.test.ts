/**
 * Weight slips the single-cell sweep (scripts/eval-sweep.js, sweep23) found excused by a cut that could not explain
 * them, each a general shape:
 *  - the last group of a table with no closing row (read as cut), its siblings stating their points: the others' points
 *    with its lines make the whole 100, so nothing past the cut is its own and a label one off is a slip;
 *  - a block label over its 一级 groups' points down to 满意度 (the last dimension): a cut below hides lines, no group;
 *  - a list printing no total, cut in a placeholder line after 满意度: weights already a little over 100 stay wrong (the
 *    lines past a cut only add), and a 一级 label printed again after itself (a page break) is one group;
 *  - two lines under a merged group weight adding up to twice it (0.5 + 1.5 under 1) are a slip, not a column listing
 *    a subtotal with its item;
 *  - the last-listed label block of a cut table closed by a 类别 starting below it: the cut is none of its own;
 *  - a 一级 label printed again after a page break (same points, its group short of them) goes on the group above.
 */
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

const weightFindings = (g: Grid) => review(g).findings.filter((f) => f.rule === "weight-sum-mismatch");
const errors = (g: Grid) => weightFindings(g).filter((f) => f.severity !== "info");

/** A 评分细则 with groups merged down column A stating their points, items stating theirs, no closing row. */
function rubric(groups: [string, string[]][]): Grid {
  const rows: string[][] = [["评价内容", "评价指标(分值)", "指标说明", "评分标准"]];
  const merges: string[] = [];
  for (const [label, items] of groups) {
    const first = rows.length + 1;
    items.forEach((it, k) => rows.push([k === 0 ? label : "", it, "项目实施情况。", "完成的得满分,未完成的酌情扣分。"]));
    if (items.length > 1) merges.push(`A${first}:A${first + items.length - 1}`);
  }
  return Grid.fromValues("Sheet1", rows, merges);
}

describe("the last group of a table with no closing row, settled by its siblings' points", () => {
  const front: [string, string[]][] = [
    ["(一)项目前期工作(20分)", ["1.可行性研究报告(20分)"]],
    ["(二)项目组织(30分)", ["2.组织管理(20分)", "3.项目档案(10分)"]],
  ];
  test.each([
    ["50 over 30 + 20, the groups 100: no finding", "(三)实施效果(50分)", ["4.经济效益(30分)", "5.社会效益(20分)"], null],
    ["51 over 30 + 20 (the others 50 with its lines make 100): an error at the label", "(三)实施效果(51分)", ["4.经济效益(30分)", "5.社会效益(20分)"], "A5"],
    ["49 over 30 + 20: an error (more than stated)", "(三)实施效果(49分)", ["4.经济效益(30分)", "5.社会效益(20分)"], "A5"],
    ["50 over 30 + 10 (the others 50 with its lines make 90): cut inside it, a reminder only", "(三)实施效果(50分)", ["4.经济效益(30分)", "5.社会效益(10分)"], null],
  ])("%s", (_name, label, items, cell) => {
    const g = rubric([...front, [label as string, items as string[]]]);
    expect(review(g).model.truncated).toBe(true);
    expect(errors(g).map((f) => f.cell)).toEqual(cell === null ? [] : [cell]);
  });
});

/** Hubei's project form with no 总分 line (the sheet ends in its last indicator line): a block label over 一级 labels. */
function hubeiCut(block: string, groups: [string, string][]): Grid {
  const rows: string[][] = [
    ["项目支出绩效自评表", "", "", "", "", "", ""],
    ["项目名称", "城乡图书馆共享工程", "", "", "", "", ""],
    ["预算执行情况(万元)(20分)", "", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
    ["", "年度财政资金总额", "", "50", "50", "100%", "20"],
    [block, "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
  ];
  const merges = ["A1:G1", "A3:C3", "B4:C4"];
  for (const [label, line] of groups) {
    merges.push(`B${rows.length + 1}:B${rows.length + 2}`);
    rows.push(["", label, `${line}指标`, `${line}一`, "100%", "100%", "5"], ["", "", "", `${line}二`, "100%", "100%", "5"]);
  }
  merges.push(`A5:A${rows.length}`);
  return Grid.fromValues("Sheet1", rows, merges);
}

describe("a block label over its 一级 groups down to 满意度, the sheet ending in the last line", () => {
  const three = (o: string, e: string, s: string): [string, string][] => [
    [o, "数量"],
    [e, "社会效益"],
    [s, "服务对象满意度"],
  ];
  test.each([
    ["80 = 60 + 10 + 10: no finding", "年度绩效目标(80分)", three("产出指标(60分)", "效益指标(10分)", "满意度指标(10分)"), []],
    ["81 over 60 + 10 + 10: an error at the block", "年度绩效目标(81分)", three("产出指标(60分)", "效益指标(10分)", "满意度指标(10分)"), ["A5"]],
    ["80 over 60 + 10 + 11: an error at the block", "年度绩效目标(80分)", three("产出指标(60分)", "效益指标(10分)", "满意度指标(11分)"), ["A5"]],
  ])("%s", (_name, block, groups, cells) => {
    const g = hubeiCut(block as string, groups as [string, string][]);
    expect(review(g).model.truncated).toBe(true);
    expect(errors(g).map((f) => f.cell)).toEqual(cells);
  });
  test("groups not yet at 满意度 (产出, 效益 only): the block may go on past the cut, a reminder only", () => {
    const g = hubeiCut("年度绩效目标(80分)", [
      ["产出指标(60分)", "数量"],
      ["效益指标(10分)", "社会效益"],
    ]);
    expect(errors(g)).toEqual([]);
  });
});

/** The national project form printing no 总分, its 效益 label printed again over a page break, ending in a placeholder line. */
function nationalCut(weights: number[]): Grid {
  const [budget, q1, q2, e1, e2, s1] = weights.map(String);
  const rows: string[][] = [
    ["项目支出绩效自评表", "", "", "", "", "", "", ""],
    ["项目名称", "办公楼暖通改造", "", "", "", "", "", ""],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "43.2", "43.2", "37.24", budget, "86%", "9"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "指标1工程完工量", "1", "1", q1, q1, ""],
    ["", "", "指标2", "", "", "", "", ""],
    ["", "质量指标", "指标1工程验收合格率", "100", "100", q2, q2, ""],
    ["", "", "指标2", "", "", "", "", ""],
    ["效益指标", "社会效益指标", "指标1学校发展能力", "100", "100", e1, e1, ""],
    ["", "", "指标2", "", "", "", "", ""],
    ["效益指标", "可持续影响指标", "指标1长期使用性", "100", "100", e2, e2, ""],
    ["", "", "指标2", "", "", "", "", ""],
    ["满意度指标", "服务对象满意度指标", "指标1学生满意度", "100", "100", s1, s1, ""],
    ["", "", "指标2", "", "", "", "", ""],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:H1", "B2:H2", "A3:B3", "A6:A9", "B6:B7", "B8:B9", "A10:A11", "B10:B11", "A12:A13", "B12:B13", "A14:A15", "B14:B15"]);
}

describe("a list printing no total, cut in a placeholder line after 满意度", () => {
  test.each([
    ["10 + 90 = 100: no finding", [10, 30, 30, 10, 10, 10], false],
    ["10 + 91 = 101: a warning (the lines past the cut only add)", [10, 31, 30, 10, 10, 10], true],
    ["the budget line 11: a warning", [11, 30, 30, 10, 10, 10], true],
    ["10 + 89 = 99: short of 100, the cut may hide the rest, no finding", [10, 29, 30, 10, 10, 10], false],
  ])("%s", (_name, weights, flagged) => {
    const g = nationalCut(weights as number[]);
    const f = weightFindings(g).filter((x) => x.messageId === "unstatedTotal");
    expect(f.map((x) => x.severity)).toEqual(flagged ? ["warning"] : []);
  });
});

/** Two weight columns: a merged 目标管理事项 分值 over its 一级指标 分值. */
function twoColumns(a: string, b: string): Grid {
  const rows: string[][] = [
    ["目标管理事项", "分值", "一级指标", "分值", "评分标准", "自评分"],
    ["龙头企业培育", "2", "农产品加工值", "1", "增幅达10%得1分", ""],
    ["", "", "带动贫困户", "1", "比例达到要求得1分", ""],
    ["基地建设", "1", "产品基地建设", a, "完成任务得0.5分", ""],
    ["", "", "产业示范区", b, "建有示范区得0.5分", ""],
    ["品牌创建", "1", "品牌建设", "1", "建有三品基地得1分", ""],
  ];
  return Grid.fromValues("Sheet1", rows, ["A2:A3", "B2:B3", "A4:A5", "B4:B5"]);
}

describe("two lines under a merged group weight adding up to twice it", () => {
  test.each([
    ["0.5 + 0.5 under 1: no finding", "0.5", "0.5", []],
    ["1.5 + 0.5 under 1: an error at the group", "1.5", "0.5", ["B4"]],
    ["2 + 0.5 under 1: an error at the group", "2", "0.5", ["B4"]],
  ])("%s", (_name, a, b, cells) => {
    expect(errors(twoColumns(a as string, b as string)).map((f) => f.cell)).toEqual(cells);
  });
});

/** A township's form: 检查内容 labels stating their points over numbered lines, a second 类别 below, cut in its second line. */
function township(yard: string): Grid {
  const rows: string[][] = [
    ["类别", "指标", "检查内容", "序号", "评分细则", "标准分值", "得分"],
    ["村庄环境卫生考核评分17分", "村庄环境", "公共区域10分", "1", "主要道路有垃圾的每处扣0.5分", "4", ""],
    ["", "", "", "2", "绿化带内有白色垃圾的每处扣0.5分", "6", ""],
    ["", "", yard, "3", "房前屋后有垃圾乱倒的每处扣0.5分", "4", ""],
    ["", "", "", "4", "庭院内有垃圾未清理的每处扣0.5分", "3", ""],
    ["垃圾分类处理考核评分15分", "分类成效", "宣传2分", "5", "人员密集场所未张贴宣传的扣1分", "2", ""],
    ["", "", "基础设施13分", "6", "公共", "", ""],
  ];
  return Grid.fromValues("Sheet1", rows, ["A2:A5", "B2:B5", "C2:C3", "C4:C5", "A6:A7", "B6:B7"]);
}

describe("the last-listed label block of a cut table, closed by a 类别 starting below it", () => {
  test.each([
    ["庭院7分 over 4 + 3: no finding", "庭院7分", []],
    ["庭院8分 over 4 + 3: an error at the label (the cut is below the next 类别)", "庭院8分", ["C4"]],
  ])("%s", (_name, yard, cells) => {
    const g = township(yard as string);
    expect(review(g).model.truncated).toBe(true);
    expect(errors(g).map((f) => f.cell)).toEqual(cells);
  });
});

/** A 考评 table whose group label is printed again over its fourth item (a page break), the sheet cut in that item. */
function pageBreak(secondLabel: string, itemPoints: string, left = ""): Grid {
  const rows: string[][] = [
    ["考评项目", "", "考评内容", "考评方法", "自评得分"],
    ["一、组织领导(24分)", "1.组织领导(5分)", "(1)成立领导小组。(3分)", "查看文件材料。", ""],
    ["", "", "(2)领导小组由分管领导担任负责人。(2分)", "查看文件材料。", ""],
    ["", "2.财政投入(4分)", "(1)安排专项工作经费。(2分)", "查看预算文件。", ""],
    ["", "", "(2)加强基础设施建设。(2分)", "查看材料。", ""],
    ["", "3.责任制(3分)", `(1)纳入安全生产考核内容。(${itemPoints}分)`, "查阅有关材料。", ""],
    [left || secondLabel, left ? secondLabel : "4.应急预案(3分)", "(1)制定应急预案并演练。(2分)", "查看文件。", ""],
    ["", "", "(2)公开事故报告电话。(1分)", "查看资", ""],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:B1", "A2:A6", "B2:B3", "B4:B5", "A7:A8", "B7:B8"]);
}

describe("a 一级 label printed again after a page break", () => {
  test("the repeat goes on the group above: a group cut short of its 24 raises no error at its label", () => {
    const g = pageBreak("一、组织领导(24分)", "3");
    const r = review(g);
    expect(r.model.groups.filter((x) => x.level === 1).map((x) => x.cell)).toEqual(["A2"]);
    expect(errors(g)).toEqual([]);
  });
  test("a label of other points is a group of its own", () => {
    expect(review(pageBreak("二、安全监理(24分)", "3")).model.groups.filter((x) => x.level === 1).map((x) => x.cell)).toEqual(["A2", "A7"]);
  });
});
