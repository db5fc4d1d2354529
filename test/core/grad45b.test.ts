import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { headsDeductionStandard } from "../../src/core/recognise/deduction-standard";
import { sheetFeatures } from "../../src/core/recognise/features";
import { rankedList } from "../../src/core/recognise/ranked-lists";
import { review } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * grad45b (session 45; grad45b-diagnosis.md): two shapes the engine had no reading for.
 * 1. A deduction standard (deduction-standard.ts): faults one a line, each with what one occurrence takes off ('1分/项',
 *    '每处扣1分', '发现一处扣0.5分'), no points column, no total — read as an indicator system's items without weights.
 * 2. A ranking printed without its heads (ranked-lists.ts headlessRanking): places, names and scores, no head line — read
 *    as an evaluation summary's result list from its shape, strictly (every line in order, names that are places or units,
 *    scores within 0–100).
 * Each: the graduated sheet, five variants as other publishers print them, then the near shapes that must not be read.
 */
type Row = (string | number)[];
const g = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const real = (id: string) => jsonGrid(join(FIXTURES, "real", `${id}.json`));
const errors = (grid: Grid) => review(grid, "national").findings.filter((f) => f.severity !== "info");
const ranks = (grid: Grid) => recognise(grid).relations.filter((r) => r.kind === "rank");

// ── 1. deduction standards

/** the items a model read: [row, weight, score] */
const items = (grid: Grid) => recognise(grid).indicators.map((i) => [i.row, i.weight, i.claimedScore]);
const unweighted = (rows: number[]) => rows.map((r) => [r, null, null]);

const FAULTS = ["清扫保洁人员不在岗", "路面有积尘、烟头、纸屑", "垃圾容器破损或外表污垢", "绿地内有杂草、砖石", "乱贴乱画未及时清除", "占道经营未及时制止"];

describe("a deduction standard: its items read without weights, family indicator-system", () => {
  test("天津 武清 考评标准: 序号 | 考评标准 | 扣分标准 | 备注, '1分/项' … '0.5分/项' — header 2, items 3–13 (14 cut), nothing flagged", () => {
    const grid = real("tj-wuqing-built-up-area-community-city-appearance-sanitation-assessment-standard-excerpt");
    const m = recognise(grid);
    expect([m.family, m.headerRow]).toEqual(["indicator-system", 2]);
    expect(m.columns).toMatchObject({ level3: 2, rubric: 3 });
    expect(items(grid)).toEqual(unweighted([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]));
    expect(m.totals).toBeNull();
    expect(errors(grid)).toEqual([]);
  });

  /** 2. a title stating the base once, 序号 | 考核内容 | 扣分办法, deductions as clauses (每处扣1分, 发现一处扣1分, 扣3分) */
  const clauses = () =>
    g([
      ["城关街道环境卫生检查考核细则（基础分100分，按下列标准扣分）"],
      ["序号", "考核内容", "扣分办法"],
      ...FAULTS.map((f, k) => [k + 1, f, ["每处扣1分", "每项扣2分", "每次扣0.5分", "发现一处扣1分", "扣3分", "每发现一处扣0.5分，扣完为止"][k]]),
    ]);
  /** 3. traditional characters, a group column merged down, no numbering: 檢查項目 | 檢查內容 | 扣分標準 | 備註, '2分/處' */
  const traditional = () =>
    g(
      [
        ["檢查項目", "檢查內容", "扣分標準", "備註"],
        ["環境衛生", "清掃保潔人員不在崗", "1分/次", ""],
        ["", "路面有積塵、煙頭", "2分/處", ""],
        ["", "垃圾容器破損", "0.5分/個", ""],
        ["市容秩序", "亂貼亂畫未及時清除", "0.5分/處", ""],
        ["", "佔道經營未及時制止", "1分/起", ""],
        ["", "亂堆放物品", "0.5分/處", "以現場檢查為準"],
      ],
      ["A2:A4", "A5:A7"],
    );
  /** 4. no title, 问题类型 | 扣分细则 | 说明, the rate written first (每处0.5分) or as a clause */
  const noTitle = () =>
    g([
      ["问题类型", "扣分细则", "说明"],
      ...FAULTS.map((f, k) => [f, ["每处0.5分", "每发现一次扣1分", "扣2分/处", "每处0.5分", "发现一处扣0.5分", "每次扣1分"][k], k === 0 ? "按次累计" : ""]),
    ]);
  /** 5. a cut table read by the indicator header (考核项目 | 评分办法), its last line cut before its deduction */
  const cut = () =>
    g([
      ["某镇农村人居环境整治考评标准（节选）"],
      ["编号", "考核项目", "评分办法", "备注"],
      ["1", "村内道路不整洁，有垃圾堆放", "每处扣0.5分", ""],
      ["2", "河塘沟渠有漂浮物", "每处扣1分", ""],
      ["3", "农户房前屋后杂物乱堆", "每户扣0.2分", ""],
      ["4", "公共厕所保洁不到位", "每座扣1分", ""],
      ["5", "垃圾未及时清运", "每次扣2分", ""],
      ["6", "村庄绿化管护不到", "", ""],
    ]);
  /** 6. the deductions in a 扣分 column of rates beside the faults, a note line of the base under the table */
  const noteBelow = () =>
    g([
      ["社区物业服务质量检查扣分标准"],
      ["序号", "检查内容", "扣分", "备注"],
      ...FAULTS.map((f, k) => [k + 1, f, ["1分/处", "0.5分/处", "1分/个", "0.5分/处", "2分/次", "1分/起"][k], ""]),
      [],
      ["注：基础分100分，扣完为止。"],
    ]);

  /** 7. the deduction printed first, right of it the fault and what to do about it: 扣分标准 | 问题描述 | 整改要求 */
  const deductionFirst = () =>
    g([
      ["公共场所卫生巡查扣分标准"],
      ["扣分标准", "问题描述", "整改要求"],
      ...FAULTS.map((f, k) => [["1分/处", "2分/处", "0.5分/个", "1分/处", "0.5分/处", "2分/起"][k], f, "当日整改"]),
    ]);

  test.each([
    ["2. a title stating the base, 考核内容 | 扣分办法, clauses", clauses, 2, [3, 4, 5, 6, 7, 8]],
    ["7. the deduction printed first, the faults right of it", deductionFirst, 2, [3, 4, 5, 6, 7, 8]],
    ["3. traditional characters, a group column merged down", traditional, 1, [2, 3, 4, 5, 6, 7]],
    ["4. no title, 问题类型 | 扣分细则, rates written first", noTitle, 1, [2, 3, 4, 5, 6, 7]],
    ["5. a cut table under 考核项目 | 评分办法", cut, 2, [3, 4, 5, 6, 7, 8]],
    ["6. a 扣分 column of rates, the base in a note below", noteBelow, 2, [3, 4, 5, 6, 7, 8]],
  ])("%s: indicator-system, its items without weights, nothing flagged", (_, make, header, rows) => {
    const grid = (make as () => Grid)();
    const m = recognise(grid);
    expect([m.family, m.headerRow]).toEqual(["indicator-system", header]);
    expect(items(grid)).toEqual(unweighted(rows as number[]));
    expect(m.totals).toBeNull();
    expect(errors(grid)).toEqual([]);
  });

  test("3. the group column is the 一级 over the faults: 環境衛生 over rows 2–4, 市容秩序 over 5–7", () => {
    const m = recognise(traditional());
    expect(m.indicators.map((i) => i.path[0])).toEqual(["環境衛生", "環境衛生", "環境衛生", "市容秩序", "市容秩序", "市容秩序"]);
  });

  // ── near shapes that are not a deduction standard

  test("a rubric with a 分值 column beside its 扣分标准 ('每处扣1分'): its weights read (10 + 20 + 30 + 40), no deduction standard", () => {
    const grid = g([
      ["序号", "考核内容", "分值", "扣分标准", "得分"],
      ["1", "清扫保洁", 10, "每处扣1分", 9],
      ["2", "垃圾清运", 20, "每次扣2分", 20],
      ["3", "绿化管护", 30, "每处扣0.5分", 29.5],
      ["4", "市容秩序", 40, "每起扣1分", 38],
    ]);
    const f = sheetFeatures(grid);
    expect(f.header?.perOccurrence).toBeUndefined();
    const m = recognise(grid);
    expect(m.family).toBe("indicator-system");
    expect(m.indicators.map((i) => i.weight)).toEqual([10, 20, 30, 40]);
  });

  test("a list of fines ('每次罚款200元'): no points — not read", () => {
    const grid = g([
      ["城市管理违法行为处罚标准"],
      ["序号", "违法行为", "处罚标准"],
      ...FAULTS.map((f, k) => [k + 1, f, `每次罚款${(k + 1) * 100}元`]),
    ]);
    expect(sheetFeatures(grid).header?.perOccurrence).toBeUndefined();
    expect(recognise(grid).family).toBe("unknown");
  });

  test("a record of deductions taken (日期 | 被检查单位 | 存在问题 | 扣分 of numbers): not a standard — not read as one", () => {
    const grid = g([
      ["2023年10月环境卫生检查扣分记录"],
      ["日期", "被检查单位", "存在问题", "扣分"],
      ["10月8日", "城东社区", "路面有垃圾", 2],
      ["10月8日", "城西社区", "垃圾容器破损", 1],
      ["10月9日", "城南社区", "乱贴乱画", 0.5],
      ["10月9日", "城北社区", "占道经营", 1],
    ]);
    expect(sheetFeatures(grid).header?.perOccurrence).toBeUndefined();
    expect(recognise(grid).family).not.toBe("indicator-system");
  });

  test("a rubric awarding points in its rules ('完成得2分，每缺一项扣1分'): no deduction standard (a rubric's points, its readers')", () => {
    const grid = g([
      ["序号", "考核内容", "评分标准"],
      ...FAULTS.map((f, k) => [k + 1, f, `完成得${k + 2}分，每缺一项扣1分`]),
    ]);
    const f = sheetFeatures(grid);
    expect(f.header?.perOccurrence).toBeUndefined();
    expect(f.header === null || !headsDeductionStandard(grid, f.header, f.walk)).toBe(true);
  });

  test("two deduction lines only: too few to show the shape — not read", () => {
    const grid = g([["序号", "检查内容", "扣分标准"], ["1", FAULTS[0], "1分/项"], ["2", FAULTS[1], "2分/项"]]);
    expect(recognise(grid).family).toBe("unknown");
  });
});

// ── 2. rankings printed without their heads

const CITIES = ["济南市", "青岛市", "烟台市", "潍坊市", "临沂市", "济宁市", "淄博市", "威海市", "泰安市", "德州市"];
/** the scores, highest first, 71.2 tied on the fourth and fifth lines */
const SCORES = [88.36, 80.12, 75.4, 71.2, 71.2, 68.05, 66.9, 63.47, 60.1, 58.33];
const COMPETITION = [1, 2, 3, 4, 4, 6, 7, 8, 9, 10];
const DENSE = [1, 2, 3, 4, 4, 5, 6, 7, 8, 9];

describe("a ranking printed without its heads: an evaluation summary, no header, its ranks checked", () => {
  test("全国 城市 综合指数 前73: 序号 | 年份 | 排名 | 城市 | 综合指数 with no head — the rank C, cities D, scores E; 73 ranks, nothing flagged", () => {
    const grid = real("cn-2023-city-composite-index-scores-ranking-top73-excerpt");
    expect(rankedList(grid)).toMatchObject({ headerRow: 0, rankCol: 3, unitCol: 4, scoreCol: 5, ascending: false, headless: true });
    const m = recognise(grid);
    expect([m.family, m.headerRow]).toEqual(["evaluation-summary", null]);
    expect(ranks(grid).length).toBe(73);
    expect(errors(grid)).toEqual([]);
  });

  /** 2. a title over the lines, rank | 县 | score, a competition tie (4, 4, 6) */
  const titled = (scores = SCORES) => g([["2022年度全省县域经济高质量发展综合考核得分"], ...["历城区", "章丘区", "胶州市", "平度市", "莱西市", "寿光市", "诸城市", "邹城市", "荣成市", "肥城市"].map((u, k) => [COMPETITION[k], u, scores[k]])], ["A1:C1"]);
  /** 3. a page cut from a longer list: places 31–40, no title, 序号 | 城市 | 得分 | 排名 */
  const page = () => g(CITIES.map((u, k) => [30 + k + 1, u, SCORES[k], 30 + COMPETITION[k]]));
  /** 4. traditional characters, schools, a dense ranking written '第N名' on the right, scores with their unit (88.36分) */
  const schools = () => g(["實驗小學", "城南小學", "城北小學", "東關小學", "西街小學", "河口小學", "新城小學", "橋頭小學", "育才小學", "光明小學"].map((u, k) => [u, `${SCORES[k]}分`, `第${DENSE[k]}名`]));
  /** 5. departments, the year on every line, scores to one decimal, the places before the names */
  const offices = () => g(["教育局", "财政局", "民政局", "卫健委", "交通运输局", "水利局", "农业农村局", "商务局", "文旅局", "统计局"].map((u, k) => [COMPETITION[k], "2023年", u, Math.round(SCORES[k] * 10) / 10]));
  /** 6. the lowest first, as the title says: monitoring stations (站) by a pollution index */
  const lowest = () => g([["1月各监测站空气质量综合指数（越小越好）"], ...["城东站", "城西站", "开发区站", "高新区站", "港口站", "北郊站", "南湖站", "火车站站"].map((u, k) => [k + 1, u, [3.12, 3.45, 3.8, 4.02, 4.33, 4.9, 5.27, 5.6][k]])]);

  test.each([
    ["2. a title, a competition tie", () => titled(), { rankCol: 1, unitCol: 2, scoreCol: 3, ascending: false }, 10],
    ["3. a page cut from a longer list (31–40), the rank on the right", page, { rankCol: 4, unitCol: 2, scoreCol: 3 }, 0],
    ["4. traditional characters, a dense ranking in words on the right, scores with 分", schools, { rankCol: 3, unitCol: 1, scoreCol: 2 }, 10],
    ["5. departments, a year column, the places first", offices, { rankCol: 1, unitCol: 3, scoreCol: 4 }, 10],
    ["6. the lowest first where the title says so", lowest, { rankCol: 1, unitCol: 2, scoreCol: 3, ascending: true }, 8],
  ])("%s: read from its shape, evaluation-summary with no header, nothing flagged", (_, make, cols, ranked) => {
    const grid = (make as () => Grid)();
    expect(rankedList(grid)).toMatchObject({ ...cols, headless: true });
    const m = recognise(grid);
    expect([m.family, m.headerRow]).toEqual(["evaluation-summary", null]);
    // (a page of places 31–40 ranks lines the page does not show: no rank relation)
    expect(ranks(grid).length).toBe(ranked);
    expect(errors(grid)).toEqual([]);
  });

  test("a form's preamble above the lines (项目名称 | …, 主管部门 | …): stepped over as a title is — read, 10 ranks, header none", () => {
    const grid = g([["项目名称", "县域经济考核"], ["主管部门", "某省发展改革委"], ...CITIES.map((u, k) => [COMPETITION[k], u, SCORES[k]])]);
    expect(rankedList(grid)).toMatchObject({ rankCol: 1, unitCol: 2, scoreCol: 3, rows: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12], headless: true });
    expect([recognise(grid).family, ranks(grid).length]).toEqual(["evaluation-summary", 10]);
  });

  test("the rank relations name the ranking at its first rank cell and its scores 得分 (no head to name them)", () => {
    const r = ranks(titled());
    expect(r[0].kind === "rank" && [r[0].ranking.headCell, r[0].ranking.totalName]).toEqual(["A2", "得分"]);
  });

  // ── near shapes that are not rankings

  test("a slip (two scores swapped): a list without heads is read only with every line in order — not read, nothing flagged", () => {
    const swapped = [...SCORES];
    [swapped[6], swapped[7]] = [swapped[7], swapped[6]];
    const grid = titled(swapped);
    expect(rankedList(grid)).toBeNull();
    expect(errors(grid)).toEqual([]);
  });

  test.each([
    ["an allocation list numbered 1..n, amounts past 100, highest first", () => g(CITIES.map((u, k) => [k + 1, u, 1500 - k * 90.5]))],
    ["an allocation list under 100 (万元), highest first, closed by its 合计", () => g([...CITIES.map((u, k) => [k + 1, u, SCORES[k]]), ["合计", "", 702.96]])],
    ["a code list: 1..n beside codes and names", () => g(CITIES.map((u, k) => [k + 1, 370100 + k * 100, u, "地级市"]))],
    ["an item list (工程 names), its amounts highest first", () => g(["道路硬化工程", "排水管网改造", "路灯安装", "绿化提升", "公厕改造", "污水处理", "垃圾转运站建设", "河道清淤", "桥梁维修", "停车场建设"].map((u, k) => [k + 1, u, SCORES[k]]))],
    ["units numbered 1..n, their scores in no order", () => g(CITIES.map((u, k) => [k + 1, u, [80.1, 88.4, 75.0, 91.2, 60.3, 72.8, 85.5, 66.1, 79.9, 70.4][k]]))],
    ["a time series: 1..n beside years", () => g(["2014年", "2015年", "2016年", "2017年", "2018年", "2019年", "2020年", "2021年", "2022年", "2023年"].map((y, k) => [k + 1, y, SCORES[k]]))],
    ["seven lines only", () => g(CITIES.slice(0, 7).map((u, k) => [k + 1, u, SCORES[k]]))],
    ["a list under a title naming another list (…资金分配表)", () => g([["2023年城市维护资金分配表"], ...CITIES.map((u, k) => [k + 1, u, SCORES[k]])])],
  ])("%s: not read as a ranking, no evaluation summary", (_, make) => {
    const grid = (make as () => Grid)();
    expect(rankedList(grid)).toBeNull();
    expect(recognise(grid).family).not.toBe("evaluation-summary");
  });
});
