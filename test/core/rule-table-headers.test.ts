import { Grid } from "../../src/core/grid/grid";
import { sheetFeatures } from "../../src/core/recognise";
import { indicatorRole } from "../../src/core/recognise/headers";
import { review } from "../../src/core/review";
import { readPoints } from "../../src/core/text/numbers";

/**
 * Rule tables (考核评分细则, 考核细则, 创建考核评分表) whose header words, group columns and page breaks were read as no table
 * or as a monitoring sheet (the session-25 graduates: 礼堂书屋, 六合 平安村, 杭州 禁毒, 江西 河湖长制). Hand-made grids, each
 * beside the nearest shapes that must keep their reading: a real 监控表, a target form, an indicator system with
 * 分值 | 得分.
 */

const sheet = (rows: (string | number | null)[][], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const weights = (g: Grid) => review(g, "national").model.indicators.map((i) => [i.row, i.weight]);

describe("header words of a rule table", () => {
  const cases: [string, string, string | null][] = [
    ["打分方法 is a rule column", "打分方法", "rubric"],
    ["考核分 is the score given", "考核分", "score"],
    ["考核指标及分值 is the items' level, its points in the labels", "考核指标及分值", "level3"],
    ["评价指标及权重 is the 一级 level's", "评价指标及权重", "level1"],
    ["考核内容及分值 (a level word) is a level", "考核内容及分值", "level1"],
    // counter-shapes: the points column's own words stay points, a word naming no level keeps no role
    ["分值 stays the points", "分值", "weight"],
    ["指标分值 stays the points", "指标分值", "weight"],
    ["项目名称及分值 (no level word): the items' column, their points in the labels (short-lists.ts)", "项目名称及分值", "level3"],
    ["考核得分 stays the score", "考核得分", "score"],
  ];
  test.each(cases)("%s", (_, word, role) => expect(indicatorRole(word)).toBe(role));
});

describe("points with a note after them", () => {
  const cases: [string, number | null][] = [
    ["20分(达不到酌情扣分)", 20],
    ["10分（达不到酌情扣分）", 10],
    ["6分", 6],
    ["5", 5],
    // counter-shapes: a rule's text, or a note before the points, is no points cell
    ["达不到扣20分", null],
    ["(达不到酌情扣分)20分", null],
    ["20分(达不到酌情扣分)另加5分", null],
  ];
  test.each(cases)("%s", (text, value) => expect(readPoints(text)).toBe(value));
});

/** A 礼堂书屋-like scoring form: 达标项目 merged over the groups' and the items' columns, 标准分 with notes, 考核分 blank. */
function groupsUnderOneHead(opts: { merged?: boolean; scoreWord?: string; repeatAt?: boolean } = {}): Grid {
  const head = ["达标项目", "", "考核评分细则", "标准分", opts.scoreWord ?? "考核分"];
  const rows: (string | number | null)[][] = [
    ["某县图书馆分馆考核评分细则", "", "", "", ""],
    head,
    ["(一)设施保障(36分)", "设施要求", "设施设备符合基本配置要求。", "20分(达不到酌情扣分)", ""],
    ["", "智能设备", "(1)采用人脸识别设备;(3分)(2)采用自助借还设备。(3分)", "6分", ""],
    ["", "设施运行", "设施设备不挪用;网络稳定、通畅。", "10分(达不到酌情扣分)", ""],
    ["(二)人员保障(10分)", "人员要求", "有固定的专职工作人员。", "10分(达不到酌情扣分)", ""],
    ["(三)业务工作(15分)", "开放时间", "(1)每周开放时间不少于40小时;(4分)(2)实行错时开放;(3分)(3)寒暑假延迟开放时间。(3分)", "10分", ""],
    ["", "文献流通管理", "定期对图书、期刊进行整理。", 5, ""],
  ];
  const merges = ["A1:E1", ...(opts.merged === false ? [] : ["A2:B2"]), "A3:A5", "A7:A8"];
  if (!opts.repeatAt) return sheet(rows, merges);
  // the header printed again at a page break, before the second group
  rows.splice(5, 0, head.slice());
  return sheet(rows, ["A1:E1", "A2:B2", "A3:A5", "A6:B6", "A8:A9"]);
}

describe("a level's head merged over the groups' and the items' columns (达标项目 | 考核评分细则 | 标准分 | 考核分)", () => {
  test("read: the groups in the first column, the items in the second, the points with their notes", () => {
    const r = review(groupsUnderOneHead(), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.columns).toMatchObject({ level1: 1, level3: 2, rubric: 3, weight: 4, score: 5 });
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 20], [4, 6], [5, 10], [6, 10], [7, 10], [8, 5]]);
    expect(r.model.groups.map((g) => [g.row, g.weight])).toEqual([[3, 36], [6, 10], [7, 15]]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("the same with the header's merge undone (the level word over a blank header cell)", () => {
    const r = review(groupsUnderOneHead({ merged: false }), "national");
    expect(r.model.columns).toMatchObject({ level1: 1, level3: 2 });
    expect(r.model.groups.map((g) => [g.row, g.weight])).toEqual([[3, 36], [6, 10], [7, 15]]);
  });

  test("a group whose items fall short of its label's points is reported", () => {
    const r = review(sheet(
      [
        ["某县图书馆分馆考核评分细则", "", "", "", ""],
        ["达标项目", "", "考核评分细则", "标准分", "考核分"],
        ["(一)设施保障(40分)", "设施要求", "设施设备符合基本配置要求。", "20分(达不到酌情扣分)", ""],
        ["", "智能设备", "采用人脸识别设备。", "6分", ""],
        ["", "设施运行", "设施设备不挪用。", "10分(达不到酌情扣分)", ""],
        ["(二)人员保障(10分)", "人员要求", "有固定的专职工作人员。", "10分", ""],
        ["", "人员培训", "经过业务培训。", "0分", ""],
        ["合计", "", "", "46", ""],
      ],
      ["A1:E1", "A2:B2", "A3:A5", "A6:A7"],
    ), "national");
    expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch" && f.severity === "error").map((f) => f.cell)).toContain("A3");
  });

  test("the header printed again at a page break is the table's own: its groups go on under it", () => {
    const r = review(groupsUnderOneHead({ repeatAt: true }), "national");
    expect(r.model.groups.map((g) => [g.row, g.weight])).toEqual([[3, 36], [7, 10], [8, 15]]);
    expect(r.model.indicators.map((i) => i.row)).toEqual([3, 4, 5, 7, 8, 9]);
  });

  test("an empty column inside the head's merge (达标项目 over A:C, C holding the items) reads the same", () => {
    const r = review(sheet(
      [
        ["某县图书馆分馆考核评分细则", "", "", "", "", ""],
        ["达标项目", "", "", "考核评分细则", "标准分", "考核分"],
        ["(一)设施保障(36分)", "", "设施要求", "设施设备符合基本配置要求。", "20分(达不到酌情扣分)", ""],
        ["", "", "智能设备", "采用人脸识别设备。", "6分", ""],
        ["", "", "设施运行", "设施设备不挪用。", "10分(达不到酌情扣分)", ""],
        ["(二)人员保障(10分)", "", "人员要求", "有固定的专职工作人员。", "10分", ""],
      ],
      ["A1:F1", "A2:C2", "A3:B5", "A6:B6"],
    ), "national");
    expect(r.model.columns).toMatchObject({ level1: 1, level3: 3 });
    expect(r.model.groups.map((g) => [g.row, g.weight])).toEqual([[3, 36], [6, 10]]);
  });

  test("counter-shape: one label per line (numbers' column beside the items) is no group column", () => {
    const r = review(sheet(
      [
        ["某县图书馆分馆考核评分细则", "", "", "", ""],
        ["达标项目", "", "考核评分细则", "标准分", "考核分"],
        ["设施", "设施要求", "设施设备符合基本配置要求。", "20分", ""],
        ["设备", "智能设备", "采用人脸识别设备。", "6分", ""],
        ["运行", "设施运行", "设施设备不挪用。", "10分", ""],
      ],
      ["A1:E1", "A2:B2"],
    ), "national");
    expect(r.model.columns.level1).toBeUndefined();
  });
});

/** A 六合-like rule sheet: 项目 | 考核指标及分值 | 考核标准及评分办法, each item's points in its label, one group merged down. */
function pointedItems(title: string, rule4 = "村居主要道口有视频监控系统,并与派出所联网,5分;新建小区有楼寓对讲系统,5分。"): Grid {
  return sheet(
    [
      [title, "", ""],
      ["项目", "考核指标及分值", "考核标准及评分办法"],
      ["一、无刑事案件", "1、有综治组织机构(20分)", "成立综治办,5分;每年至少召开2次综治创建工作会议,5分;有完整台帐,10分。"],
      ["", "2、有科技防范设施(10分)", rule4],
      ["", "3、有治安巡防力量(25分)", "配齐配强基层治安联防力量,10分;开展治安巡逻,10分;治安情公示制度,5分。"],
      ["", "4、有工作保障措施(10分)", "工作经费纳入街镇财政预算,并实际支付到位,10分。"],
    ],
    ["A1:C1", "A3:A6"],
  );
}

describe("a name column whose labels carry the points (项目 | 考核指标及分值 | 考核标准及评分办法)", () => {
  test("read as a scoring system: the labels' points, the groups in 项目", () => {
    const r = review(pointedItems("某区平安村创建考核细则"), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.columns).toMatchObject({ level1: 1, level3: 2, rubric: 3 });
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 20], [4, 10], [5, 25], [6, 10]]);
  });

  test("a 视频监控 in a rule's sentence is no monitoring sheet's title, where no header is read", () => {
    // (the header's words unread: the first rows are read with the title)
    const g = sheet([
      ["某区平安村创建考核细则", "", ""],
      ["", "1、有科技防范设施(10分)", "村居主要道口有视频监控系统,并与派出所联网,5分;新建小区有楼寓对讲系统,5分。"],
      ["", "2、有治安巡防力量(25分)", "配齐配强基层治安联防力量,10分;开展治安巡逻,10分;治安情公示制度,5分。"],
    ]);
    expect(review(g, "national").model.family).not.toBe("monitoring");
  });

  test("counter-shape: a monitoring sheet's title (绩效监控表) over its targets and progress stays monitoring", () => {
    const g = sheet([
      ["2023年度项目支出绩效监控表", "", "", "", ""],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实施进度"],
      ["产出指标", "数量指标", "培训人数", "≥100人", "已完成60人"],
      ["", "质量指标", "合格率", "≥95%", "已完成96%"],
      ["效益指标", "社会效益指标", "群众知晓率", "≥90%", "进行中"],
    ], ["A3:A4"]);
    const r = review(g, "national");
    expect(r.model.family).toBe("monitoring");
  });

  test("counter-shape: a target form keeps its family", () => {
    const g = sheet([
      ["2023年度项目绩效目标申报表", "", "", "", ""],
      ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
      ["产出指标", "数量指标", "培训人数", "≥100人", 30],
      ["", "质量指标", "合格率", "≥95%", 30],
      ["效益指标", "社会效益指标", "群众知晓率", "≥90%", 30],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 10],
    ], ["A3:A4"]);
    expect(review(g, "national").model.family).toBe("target-declaration");
  });

  test("counter-shape: an indicator system with 分值 | 得分 keeps its columns", () => {
    const g = sheet([
      ["某县项目绩效评价指标体系", "", "", "", "", ""],
      ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"],
      ["决策", "项目立项", "立项依据充分性", 5, "依据充分得5分。", 5],
      ["", "", "立项程序规范性", 5, "程序规范得5分。", 4],
      ["过程", "资金管理", "资金到位率", 10, "全部到位得10分。", 10],
    ], ["A3:A4", "B3:B4"]);
    const r = review(g, "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, weight: 4, rubric: 5, score: 6 });
  });
});

describe("a scoring table opening on the sheet's first row (序号 | 项目 | 小项内容 | 具体内容 | 分值 | 打分方法)", () => {
  const rows = (rule: string) => [
    ["序号", "项目", "小项内容", "具体内容", "分值", rule],
    ["1", "组织领导(10分)", "强化组织领导", "以党委或政府名义召开会议。", "5", "召开会议的,每次得1分。"],
    ["2", "", "领导批示指示", "党委政府领导作出批示。", "5", "作出批示的,每次得0.5分。"],
    ["3", "预防体系(20分)", "知识知晓率", "知晓率超过95%。", "10", "超过95%得5分;超过98%得10分。"],
    ["4", "", "群众满意度", "满意度超过95%。", "10", "超过95%得5分;超过98%得10分。"],
  ];
  test("read, its header on row 1 with no title", () => {
    const r = review(sheet(rows("打分方法"), ["B2:B3", "B4:B5"]), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(1);
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 5], [3, 5], [4, 10], [5, 10]]);
  });
  test("counter-shape: a column of no rule word (方法) reads no table", () => {
    expect(review(sheet(rows("方法"), ["B2:B3", "B4:B5"]), "national").model.headerRow).toBeNull();
  });
});

/** A 河湖长制-like weights list: 总分 printed first, a header repeated at a page break, the list cut below. */
function weightsList(opts: { repeat?: string[]; footer?: boolean; serial?: boolean } = {}): Grid {
  const head = ["序号", "考核项目", "各项 分值", "负责考核单位"];
  const rows: (string | number | null)[][] = [
    ["2019年河湖长制工作考核项目", "", "", ""],
    head,
    ["", "总分", "100", ""],
    ["一", "河湖长制基础工作", "6", ""],
    ["1", "完善组织体系", "1", "市河长办"],
    ["2", "强化督察督办", "3", "市河长办"],
    ["3", "强化宣传教育", "2", "市委宣传部"],
    ["二", "专项整治", "20", ""],
    ["4", "城乡生活污水治理", "4", "市住建局"],
    ["5", "城乡垃圾治理", "4", "市执法局"],
    opts.repeat ?? head,
    ["6", "工业污染集中整治", "4", "市生态环境局"],
    ["7", "畜禽养殖污染治理", "4", "市生态环境局"],
  ];
  if (opts.footer) rows.push(["填表人：张三    审核人：李四", "", "", ""]);
  if (!opts.serial) return sheet(rows);
  // a 序号 column before the table on the header line and the items' lines only (the repeated header left without it)
  return sheet(rows.map((r, k) => [k === 1 ? "序号" : null, ...r]));
}

describe("a weights list cut below, its header printed again at a page break", () => {
  test("read: the repeated header is no line; 总分 over lines that fall short of it with nothing under them: a reminder", () => {
    const r = review(weightsList(), "national");
    expect(r.model.indicators.map((i) => i.row)).toEqual([5, 6, 7, 9, 10, 12, 13]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  test("counter-shape: a signature under the list closes it: the shortfall is an error", () => {
    const r = review(weightsList({ footer: true }), "national");
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toContain("weight-sum-mismatch");
  });
  const repeats: [string, string[]][] = [
    ["the 序号 word left out", ["", "考核项目", "各项 分值", "负责考核单位"]],
    ["the items' word another of its role (具体指标)", ["序号", "具体指标", "各项 分值", "负责考核单位"]],
    ["the points' word another of its role (权重(%))", ["序号", "考核项目", "权重(%)", "负责考核单位"]],
  ];
  test.each(repeats)("the header printed again with %s is still the header", (_, repeat) => {
    const r = review(weightsList({ repeat }), "national");
    expect(r.model.indicators.map((i) => i.row)).toEqual([5, 6, 7, 9, 10, 12, 13]);
  });
  test("a 序号 column added on the header and items' lines only: the same lines", () => {
    const r = review(weightsList({ serial: true }), "national");
    expect(r.model.indicators.map((i) => i.row)).toEqual([5, 6, 7, 9, 10, 12, 13]);
  });
  test("counter-shape: a line holding another of the header's words in the points' column only is a line", () => {
    const r = review(weightsList({ repeat: ["8", "河道保洁", "分值", "市水利局"] }), "national");
    expect(r.model.indicators.map((i) => i.row)).toContain(11);
  });
});

describe("考核指标 | 指标名称: the right column names the left level's items (a ladder)", () => {
  const grid = (word: string) => sheet([
    ["考核内容", "考核指标", "序号", word, "分值", "评分标准"],
    ["基础设施(5分)", "构建交通网络", "1", "优化城镇交通组织", 1.5, "合理得1.5分"],
    ["", "", "2", "加快农村道路建设", 1, "通达得1分"],
    ["", "完善基础设施", "3", "管线设施建设完善", 2.5, "完善得2.5分"],
  ], ["A2:A4", "B2:B3"]);
  const cases = ["考核要点", "指标名称", "指标内容"];
  test.each(cases)("%s: the lines read under the three levels", (word) => {
    const r = review(grid(word), "national");
    expect(r.model.columns).toMatchObject({ level1: 1, level2: 2, level3: 4, weight: 5 });
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 1.5], [3, 1], [4, 2.5]]);
  });
  test("sheetFeatures reads the same header", () => {
    expect(sheetFeatures(grid("指标名称")).header?.columns.level2).toBe(2);
  });
});

describe("an excerpt starting inside its numbering: its first group's lines may lie above the page", () => {
  // (the first group 二、 (16分) shows one item, numbered 14: the items before it were on the page above)
  const grid = (first: string) => sheet([
    ["考核项目", "", "考核内容与评分依据", "分值", "得分"],
    [first, "14、实施农村新五保工程", "完善农民最低生活保障制度。", 5, ""],
    ["三、实施乡风文明示范行动(4分)", "15、开展新农村建设服务年活动", "建立三联系一指导制度。", 2, ""],
    ["三、实施乡风文明示范行动(4分)", "16、开展送项目活动", "做好省送项目的争取对接工作。", 2, ""],
    ["合计", "", "", 9, ""],
  ], ["A1:B1"]);
  test("its shortfall is a reminder (info), no error", () => {
    const f = review(grid("二、实施生活宽裕富民行动(16分)"), "national").findings.filter((x) => x.rule === "weight-sum-mismatch" && x.cell === "A2");
    expect(f.map((x) => x.severity)).toEqual(["info"]);
  });
  test("counter-shape: a first group numbered 一、 falling short is an error", () => {
    const f = review(grid("一、实施生活宽裕富民行动(16分)"), "national").findings.filter((x) => x.rule === "weight-sum-mismatch" && x.cell === "A2");
    expect(f.map((x) => x.severity)).toEqual(["error"]);
  });
});
