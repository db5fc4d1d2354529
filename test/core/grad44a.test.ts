import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { standardPoints } from "../../src/core/recognise/standard-points";
import { lostPointsInLabel, weightInLabel } from "../../src/core/text/labels";
import { compact } from "../../src/core/text/normalize";

/**
 * grad44a (session 44): points rubrics whose items and points are text (grad44a-diagnosis.md).
 * 1. A rubric pasted one paragraph per row whose items state their points and, in the same paragraph (or the one under
 *    the item), the parts those points are made of ('1、商业改革发展工作主要考核(8分):现代流通2分,酒类市场管理2分,…') —
 *    运城 商务 计分标准. Two items whose parts add up to their points are the list's evidence (no group need state points);
 *    the parts are checked against the points (a sum off, one part above the points, a full mark named in words).
 * 2. A two-column table (groups | items) with the points in the labels, some of whose figures a mirror lost ('?0分)',
 *    '?分)') — 常州 农机 目标分解 — read as an indicator table; a lost figure is a non-numeric-value where points are read.
 * Each reading with its near variants as other publishers print them, and the shapes it must not read or flag. The
 * numbers are the lines' own.
 */

const col = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((t) => [t]), []);
const table = (rows: string[][], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const items = (g: Grid) => review(g).model.indicators.map((i) => [i.row, i.weight]);
/** findings above a hint: rule, severity and cell */
const flagged = (g: Grid) =>
  review(g)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule} ${f.severity} ${f.cell}`);

describe("a pasted rubric whose items state their points and their parts (paragraph-list.ts)", () => {
  // 运城's shape: a section's items with fused points ('项目4分,…'), then (五)'s items '(8分):part N分, …'
  const yuncheng = col([
    "招商引资项目考核",
    "1、项目4分,全年新增低于5个项目本项不计分;",
    "2、签约项目6分,参加两次以上签约活动,得3分。全年签约项目超5个以上,每增加一个签约项目增加2分。",
    "3、签约项目履约率10分,本项当年达到70%以上计满分5分。",
    "(五)九项工作主要考核工作任务的完成情况。",
    "1、商业改革发展工作主要考核(8分):现代流通2分,酒类市场管理2分,餐饮服务业2分;再生资源利用2分;",
    "2、成品油市场管理(8分):有无违规建设和整顿情况5分,年审合格率1分,运行监测2分;",
    "3、市场体系建设主要考核(8分):商务进农村工程6分,商业网点规划3分(此项仅考核永济市),商品市场建设2分;",
    "4、出口基地建设主要考核(1分):通过省级、国家认定2分。",
    "(六)开发区各项任务指标计分标准参照上述办法执行。",
    "(七)其它工作有突破加分:",
    "1、积极参加各项招商引资活动每参加1次计2分。",
  ]);

  test("运城's shape: an indicator-system, items 4, 6, 10, 8, 8, 8, 1; (六) a section's note, the per-time bonus no worth", () => {
    const r = review(yuncheng);
    expect(r.model.family).toBe("indicator-system");
    expect(items(yuncheng)).toEqual([
      [2, 4],
      [3, 6],
      [4, 10],
      [6, 8],
      [7, 8],
      [8, 8],
      [9, 1],
      [12, null],
    ]);
  });

  test("its three slips: 满分5分 on a 10-point item (A4), 6 + 3 + 2 = 11 over 8 (A8), one award of 2 over 1 (A9); nothing else", () => {
    expect(flagged(yuncheng)).toEqual(["rubric-points-mismatch warning A4", "rubric-points-mismatch warning A8", "rubric-points-mismatch warning A9"]);
    const byCell = new Map(review(yuncheng).findings.map((f) => [f.cell, f]));
    expect(byCell.get("A4")!.messageId).toBe("statedFull");
    expect(byCell.get("A4")!.data).toMatchObject({ points: 5, weight: 10 });
    expect(byCell.get("A8")!.messageId).toBe("sum");
    expect(byCell.get("A8")!.data).toMatchObject({ points: "6+3+2", sum: 11, weight: 8 });
    expect(byCell.get("A9")!.messageId).toBe("partAbove");
    expect(byCell.get("A9")!.data).toMatchObject({ award: 2, weight: 1 });
  });

  test.each([
    // 一、 numbering, other heads, no title, four lines only; 月报2 + 季报1 + 年报2 = 5 over 4
    ["一、 numbering, no title, a short list", ["一、市场监管(6分):价格监测3分,质量抽检2分,投诉处理1分。", "二、安全生产(5分):隐患排查2分,应急演练2分,培训1分。", "三、信息报送(4分):月报2分,季报1分,年报2分。", "四、档案管理(3分):归档及时1分,资料齐全1分,查阅规范1分。"], [[1, 6], [2, 5], [3, 4], [4, 3]], ["rubric-points-mismatch warning A3"]],
    // traditional characters under a section line; 1 + 1 + 4 = 6 over 5
    ["traditional", ["(一)商務工作", "1、商業改革發展(8分):現代流通2分,酒類市場管理2分,餐飲服務業2分,再生資源利用2分;", "2、成品油市場管理(8分):違規建設整頓5分,年審合格率1分,運行監測2分;", "3、對外貿易(5分):鞏固原有市場1分,新開闢市場1分,擴大出口4分。"], [[2, 8], [3, 8], [4, 5]], ["rubric-points-mismatch warning A4"]],
    // the parts in the paragraph under the item's heading, one cell per line
    ["the parts on the line under the item", ["1、商业改革发展(8分)", "现代流通2分,酒类市场管理2分,餐饮服务业2分,再生资源利用2分。", "2、成品油市场管理(8分)", "违规建设整顿5分,年审合格率1分,运行监测2分。", "3、对外贸易(5分)", "巩固原有市场1分,新开辟市场1分,扩大出口4分。"], [[2, 8], [4, 8], [6, 5]], ["rubric-points-mismatch warning A6"]],
    // circled numbers, full-width brackets and punctuation, the page cut inside the last item's parts (no part above 5 read)
    ["circled, full-width, cut", ["①商业改革发展（8分）：现代流通2分，酒类市场管理2分，餐饮服务业2分，再生资源利用2分；", "②成品油市场管理（8分）：违规建设整顿5分，年审合格率1分，运行监测2分；", "③出口基地建设（1分）：通过省级认定2分。", "④对外贸易（5分）：巩固原有市场1分，新开辟"], [[1, 8], [2, 8], [3, 1], [4, 5]], ["rubric-points-mismatch warning A3"]],
    // points with decimals, three lines, all adding up
    ["decimals, three lines", ["1.农业保险(3分):承保面积1.5分,理赔时效1分,宣传0.5分。", "2.农机补贴(4分):资金兑付2.5分,公示1.5分。", "3.农技推广(2分):示范基地1分,培训1分。"], [[1, 3], [2, 4], [3, 2]], []],
  ])("%s: read as a rubric, its slips found", (_, lines, want, found) => {
    const g = col(lines as string[]);
    expect(review(g).model.family).toBe("indicator-system");
    expect(items(g)).toEqual(want);
    expect(flagged(g)).toEqual(found);
  });

  test.each([
    // a notice whose numbered lines name points but state no item's points and parts
    ["a notice", ["关于开展年度考核的通知", "1、本次考核满分100分。", "2、各单位得分在80分以上为优秀,60分以上为合格。", "3、考核结果于年底前公布,考核得分90分的单位予以通报表扬。"]],
    // one item with its parts, the other lines no points: one line is no list
    ["one pointed line", ["1、商业改革发展(8分):现代流通2分,酒类市场管理2分,餐饮服务业2分,再生资源利用2分;", "2、其他工作按有关规定执行。", "3、未尽事宜另行通知。"]],
  ])("%s: not read as a rubric", (_, lines) => {
    const r = review(col(lines as string[]));
    expect(r.model.family).toBe("unknown");
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("tiers, not parts: '全部完成5分,基本完成3分' and falling figures whose best is the points ('按时上报3分,延迟上报2分' on 3) say nothing", () => {
    const g = col(["1、完成任务(5分):全部完成5分,基本完成3分,未完成0分;", "2、上报及时(3分):按时上报3分,延迟上报2分;", "3、资料规范(4分):台账2分,档案2分。", "4、工作创新(2分):创新做法1分,经验推广1分。"]);
    expect(review(g).model.family).toBe("indicator-system");
    expect(flagged(g)).toEqual([]);
  });

  test("a base award and an open bonus ('得3分。…每增加一个签约项目增加2分' on 6) and a part below the points are no contradiction", () => {
    const g = col([
      "1、商业改革发展(8分):现代流通2分,酒类市场管理2分,餐饮服务业2分,再生资源利用2分;",
      "2、签约项目6分,参加两次以上签约活动,得3分。每增加一个签约项目增加2分。",
      "3、成品油市场管理(8分):违规建设整顿5分,运行监测3分;",
      "4、出口基地建设(5分):通过省级认定2分。",
    ]);
    expect(review(g).model.family).toBe("indicator-system");
    expect(flagged(g)).toEqual([]);
  });

  test("standardPoints: a note in brackets after a part is left out; falling parts read only when asked; one part only when asked", () => {
    expect(standardPoints("工程6分,规划3分(此项仅考核永济市),建设2分;")).toBeNull(); // falling: tiers by default
    expect(standardPoints("工程6分,规划3分(此项仅考核永济市),建设2分;", { falling: true })).toMatchObject({ total: 11, falling: true });
    expect(standardPoints("建设2分,规划3分(此项仅考核永济市),工程6分;")).toMatchObject({ total: 11 });
    // (a bracket with points in it is no note: not read)
    expect(standardPoints("建设2分,规划3分(其中台账1分),工程6分;")).toBeNull();
    expect(standardPoints("通过省级、国家认定2分。")).toBeNull();
    expect(standardPoints("通过省级、国家认定2分。", { single: true })).toMatchObject({ total: 2 });
    // (合格率 is a rate's name, no grade: 5 + 1 + 2)
    expect(standardPoints("违规建设整顿5分,年审合格率1分,运行监测2分;", { falling: true })).toMatchObject({ total: 8 });
  });
});

describe("a group | items table with the points in the labels, some figures lost (table-header.ts, non-numeric-value)", () => {
  // 常州's shape: the items' head a mangled entity, three figures lost to a '?'
  const changzhou = table(
    [
      ["考核项目", "?nbsp;?nbsp;?nbsp;", "单位", "考核 方法", "全市 目标", "金坛", "溧阳"],
      ["农机化评价水平(5分)", "农业综合机械化评价水平(5分)", "%", "考核", "86", "87", "87"],
      ["主要农作物生产全程机械化?0分)", "水稻机插率(12分)", "%", "浮动", "88", "89", "89"],
      ["", "油菜机播/机收面积?分)", "万亩", "浮动", "1.5", "0.6", "0.8"],
      ["", "新增粮食烘干机械?分)", "", "浮动", "70", "10", "30"],
      ["新技术新机具示范与推广(12分)", "秸秆机械化全量还田(6分)", "", "浮动", "按办法考核", "", ""],
      ["", "高效设施农业机械化水平增幅(6分)", "%", "浮动", "2", "3", "3"],
    ],
    ["A3:A5", "A6:A7"],
  );

  test("常州's shape: the items' column B under a head of no word, the lost figures no weight, each told at its label", () => {
    const r = review(changzhou);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(1);
    expect(r.model.columns).toMatchObject({ level1: 1, level3: 2 });
    expect(items(changzhou)).toEqual([
      [2, 5],
      [3, 12],
      [4, null],
      [5, null],
      [6, 6],
      [7, 6],
    ]);
    expect(flagged(changzhou)).toEqual(["non-numeric-value warning A3", "non-numeric-value warning B4", "non-numeric-value warning B5"]);
    expect(r.findings.find((f) => f.cell === "B4")!.messageId).toBe("lostPoints");
  });

  test.each([
    // a blank head, the figures lost as '□', a title line, other column words
    ["a blank head, '(□分)'", [["2015年全县农机工作目标分解表", "", "", "", ""], ["考核项目", "", "单位", "全县目标", "城关镇"], ["农机化水平(10分)", "综合机械化水平(10分)", "%", "80", "82"], ["全程机械化(□分)", "水稻机插率(8分)", "%", "70", "72"], ["", "小麦机收率(□分)", "%", "95", "96"], ["", "烘干能力(4分)", "吨", "300", "100"], ["农机安全(6分)", "安全检验率(6分)", "%", "90", "92"]], ["A4:A6"], [[3, 10], [4, 8], [5, null], [6, 4], [7, 6]], ["non-numeric-value warning A4", "non-numeric-value warning B5"]],
    // '&nbsp;' kept as the head, traditional characters, full-width brackets and '？'
    ["'&nbsp;', traditional, '（？分）'", [["考核項目", "&nbsp;", "單位", "考核方法", "全市目標"], ["農機化評價水平（5分）", "農業綜合機械化評價水平（5分）", "%", "考核", "86"], ["主要農作物生產全程機械化（？分）", "水稻機插率（12分）", "%", "浮動", "88"], ["", "油菜機播面積（？分）", "萬畝", "浮動", "1.5"], ["", "新增烘乾機械（8分）", "台", "浮動", "70"], ["農機管理與服務（14分）", "農機合作社建設（6分）", "", "考核", "按要求"], ["", "農機維修管理（4分）", "", "考核", "按要求"], ["", "跨區作業（4分）", "", "考核", "按要求"]], ["A3:A5", "A6:A8"], [[2, 5], [3, 12], [4, null], [5, 8], [6, 6], [7, 4], [8, 4]], ["non-numeric-value warning A3", "non-numeric-value warning B4"]],
    // the page cut to one group: its one label in the groups' column, the items' points beside it under a blank head
    ["one group left", [["考核项目", "", "单位", "考核方法", "全市目标"], ["农机管理与服务(14分)", "农机合作社建设与发展?分)", "", "考核", "①连片作业面积提高5%以上"], ["", "农机维修建设与管理(4分)", "", "考核", "①创新维修服务"], ["", "农机跨区作业与供油(4分)", "", "考核", "①做好跨区作业组织协调"]], ["A2:A4"], [[2, null], [3, 4], [4, 4]], ["non-numeric-value warning B2"]],
    // '(*0分)': the tens lost, no group of 0 read (no weight-sum-mismatch against 0)
    ["'(*0分)'", [["考核项目", "", "单位", "全市目标"], ["农机化评价水平(5分)", "农业综合机械化评价水平(5分)", "%", "86"], ["全程机械化(*0分)", "水稻机插率(12分)", "%", "88"], ["", "油菜机播面积(8分)", "万亩", "1.5"], ["新技术推广(12分)", "秸秆还田(6分)", "", "按办法"], ["", "设施农业(6分)", "%", "2"]], ["A3:A4", "A5:A6"], [[2, 5], [3, 12], [4, 8], [5, 6], [6, 6]], ["non-numeric-value warning A3"]],
  ])("%s: read, each lost figure told", (_, rows, merges, want, found) => {
    const g = table(rows as string[][], merges as string[]);
    expect(review(g).model.family).toBe("indicator-system");
    expect(items(g)).toEqual(want);
    expect(flagged(g)).toEqual(found);
  });

  test("a bracket lost before a figure that reads ('?12分)', 汕头's '?8分)') is no lost figure", () => {
    expect(lostPointsInLabel("水稻机插率?12分)")).toBe(false);
    expect(lostPointsInLabel("舊墳?zāi)沟那謇碚?8分)")).toBe(false);
    expect(lostPointsInLabel("油菜机播/机收面积?分)")).toBe(true);
    expect(lostPointsInLabel("主要农作物生产全程机械化?0分)")).toBe(true);
    expect(lostPointsInLabel("全程机械化（？分）")).toBe(true);
    expect(lostPointsInLabel("全程机械化(□分)")).toBe(true);
    expect(weightInLabel("全程机械化(*0分)")).toBeNull();
    // (the '?' before '分)' is kept by compact: the lost figure stays visible)
    expect(compact("新增粮食烘干机械?分)")).toBe("新增粮食烘干机械?分)");
    expect(compact("?nbsp;?nbsp;?nbsp;")).toBe("");
    expect(compact("&nbsp;")).toBe("");
  });

  test.each([
    // a letter asking questions, no points read anywhere
    ["a question", [["关于征求意见的函"], ["一、本方案共几分?分值如何分配?"], ["二、请于10日前反馈。"]], []],
    // a blank form's '□分' to fill in, no family
    ["a blank form", [["考核评分表", "", ""], ["单位名称:", "", "得分:□分"], ["评分人:", "", ""]], []],
  ])("%s: nothing told", (_, rows, merges) => {
    const g = table(rows as string[][], merges as string[]);
    expect(review(g).findings.filter((f) => f.rule === "non-numeric-value")).toEqual([]);
  });
});
