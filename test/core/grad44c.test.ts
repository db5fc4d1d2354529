import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { rankedList } from "../../src/core/recognise/ranked-lists";
import { unitResultList } from "../../src/core/recognise/unit-results";
import { valueRankings } from "../../src/core/recognise/value-rankings";
import { review } from "../../src/core/review";
import { join } from "path";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * grad44c (session 44): a published ranking of units read from its shape, whatever its heads say (ranked-lists.ts;
 * grad44c-diagnosis.md). The class: units one a line, a rank column, a score column the places order (部委网站 绩效评估 前30:
 * 排名 | 名称 | 信息公开指数 | … | 总分; 国务院部门网站 前15, a dense ranking; 四川 国土 网上公开 排名表: 排名 | 地市名称 |
 * 总得分(100) | five parts with their points). Five variants as other publishers print them, then the near shapes that must
 * not be read.
 */
type Row = (string | number)[];
const g = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const findings = (grid: Grid, rule?: string) => review(grid, "national").findings.filter((f) => (!rule || f.rule === rule) && f.severity !== "info");
const cells = (grid: Grid, rule: string) => findings(grid, rule).map((f) => f.cell).sort();
const ranks = (grid: Grid) => recognise(grid).relations.filter((r) => r.kind === "rank");

const UNITS = ["审计署", "统计局", "气象局", "地震局", "海洋局", "测绘局", "粮食局", "烟草局"];
/** the totals, highest first, 83.0 tied on the third and fourth lines */
const TOTALS = [88.6, 85.2, 83.0, 83.0, 80.1, 77.5, 75.4, 70.2];
const COMPETITION = [1, 2, 3, 3, 5, 6, 7, 8];
const DENSE = [1, 2, 3, 3, 4, 5, 6, 7];
/** two indices per line (0–1) that follow no order */
const P1 = [0.81, 0.86, 0.79, 0.84, 0.77, 0.8, 0.7, 0.72];
const P2 = [0.9, 0.78, 0.85, 0.79, 0.81, 0.7, 0.76, 0.66];

describe("the graduated sheets", () => {
  const real = (id: string) => jsonGrid(join(FIXTURES, "real", `${id}.json`));
  test("部委网站 前30 2014: 排名 | 名称 | five indices | 总分 — headed at row 3, 21 lines ranked by 总分 (the cut line 25 none), nothing flagged", () => {
    const grid = real("cn-ministries-website-performance-top30-2014-excerpt");
    expect(rankedList(grid)).toMatchObject({ headerRow: 3, rankCol: 1, unitCol: 2, scoreCol: 8, ascending: false });
    const m = recognise(grid);
    expect([m.family, m.headerRow]).toEqual(["evaluation-summary", 3]);
    expect(ranks(grid).length).toBe(21);
    expect(findings(grid)).toEqual([]);
  });
  test("国务院部门网站 前15 2016: a dense ranking (6, 6, 7, 7, 8 …) — headed at row 2, 17 lines, nothing flagged", () => {
    const grid = real("cn-state-council-departments-website-performance-top15-2016-excerpt");
    const m = recognise(grid);
    expect([m.family, m.headerRow]).toEqual(["evaluation-summary", 2]);
    const r = ranks(grid);
    expect(r.length).toBe(17);
    expect(r[0].kind === "rank" && r[0].ranking.dense).toBe(true);
    expect(findings(grid)).toEqual([]);
  });
  test("四川 国土 排名表 2011: 排名 | 地市名称 | 总得分(100) | five parts — 21 ranks, 21 line sums, 77 + 9 + 7 + 4 + 3 = 100; nothing flagged", () => {
    const grid = real("sc-land-resources-municipal-website-disclosure-ranking-2011");
    const m = recognise(grid);
    expect([m.family, m.headerRow]).toEqual(["evaluation-summary", 3]);
    const kinds = m.relations.map((r) => r.kind);
    expect([kinds.filter((k) => k === "rank").length, kinds.filter((k) => k === "sum").length, kinds.filter((k) => k === "rollup").length]).toEqual([21, 21, 1]);
    expect(findings(grid)).toEqual([]);
  });
});

// ── five variants of the class, as other publishers print them

/** 1. the 2014 shape re-worded: a results title, 排名 | 名称 | two indices | 总分 (row 2), eight lines on rows 3–10 */
function indices(totals = TOTALS): Grid {
  return g([["2015年度国务院直属机构门户网站测评结果"], ["排名", "名称", "信息公开指数", "办事服务指数", "总分"], ...UNITS.map((u, k) => [COMPETITION[k], u, P1[k], P2[k], totals[k]])]);
}

/** 2. no title, traditional characters, the rank on the right in words (第一名 …), 受評機關 | 公開指數 | 綜合評分 | 名次 */
function traditional(totals = TOTALS): Grid {
  const words = ["第一名", "第二名", "第三名", "第三名", "第五名", "第六名", "第七名", "第八名"];
  return g([["受評機關", "公開指數", "綜合評分", "名次"], ...UNITS.map((u, k) => [u, P1[k], totals[k], words[k]])]);
}

/** 3. a rank column headed 序号 that holds a tie (1, 2, 3, 3, 5 …): 序号 | 学校 | 评估分值 under a results title */
function numbered(places = COMPETITION, totals = TOTALS): Grid {
  const schools = ["实验小学", "城南小学", "城北小学", "东关小学", "西街小学", "河口小学", "新城小学", "桥头小学"];
  return g([["2019年度义务教育学校办学水平评估情况"], ["序号", "学校", "评估分值"], ...schools.map((u, k) => [places[k], u, totals[k]])]);
}

/** 4. a dense ranking under 位次, the unit column's head blank, scores with their unit (88.6分), the table cut inside its last line */
function dense(totals = TOTALS): Grid {
  const rows: Row[] = [["全市政务服务窗口群众满意度测评"], ["位次", "", "测评得分", "备注"]];
  UNITS.forEach((u, k) => rows.push([DENSE[k], u + "窗口", k === UNITS.length - 1 ? "" : `${totals[k]}分`, ""]));
  return g(rows);
}

/** 5. the lowest first, as the title says (越小越好): 排序 | 监测站点 | 综合指数 | 首要污染物 */
function lowestFirst(values = [3.12, 3.45, 3.8, 3.8, 4.02, 4.33, 4.9, 5.27]): Grid {
  const sites = ["城东站", "城西站", "开发区站", "高新区站", "港口站", "北郊站", "南湖站", "火车站站"];
  return g([["1月各监测站点空气质量综合指数排序(综合指数越小越好)"], ["排序", "监测站点", "综合指数", "首要污染物"], ...sites.map((u, k) => [COMPETITION[k], u, values[k], "PM2.5"])]);
}

describe("variants of the class: read as a results list, ranks checked against the score", () => {
  test.each([
    ["1. 名称 | indices | 总分 under a results title", indices, 2, { rankCol: 1, unitCol: 2, scoreCol: 5 }],
    ["2. no title, traditional characters, 名次 on the right in words", traditional, 1, { rankCol: 4, unitCol: 1, scoreCol: 3 }],
    ["3. 序号 holding a tie", () => numbered(), 2, { rankCol: 1, unitCol: 2, scoreCol: 3 }],
    ["4. a dense ranking under 位次, a blank unit head, a cut last line", dense, 2, { rankCol: 1, unitCol: 2, scoreCol: 3 }],
    ["5. the lowest first (越小越好)", lowestFirst, 2, { rankCol: 1, unitCol: 2, scoreCol: 3 }],
  ])("%s: an evaluation summary headed at its header line, ranks read, nothing flagged", (_, make, header, cols) => {
    const grid = (make as () => Grid)();
    expect(rankedList(grid)).toMatchObject({ headerRow: header, ...cols });
    const m = recognise(grid);
    expect([m.family, m.headerRow]).toEqual(["evaluation-summary", header]);
    // (the cut last line of 4 is no ranked line)
    expect(ranks(grid).length).toBe(make === dense ? 7 : 8);
    expect(findings(grid)).toEqual([]);
  });

  test("a tie printed once (the second place left blank) or merged down: read, the tied line at the place above, nothing flagged", () => {
    const blank = g([["排名", "名称", "总分"], ...UNITS.map((u, k) => [k === 3 ? "" : COMPETITION[k], u, TOTALS[k]])]);
    expect(rankedList(blank)).toMatchObject({ headerRow: 1, scoreCol: 3, rows: [2, 3, 4, 5, 6, 7, 8, 9] });
    expect(ranks(blank).map((r) => (r.kind === "rank" ? `${r.rank.cell}=${r.rank.value}` : ""))).toEqual(["A2=1", "A3=2", "A4=3", "A5=3", "A6=5", "A7=6", "A8=7", "A9=8"]);
    expect(findings(blank)).toEqual([]);
    // (a blank place under a different total: no tie — that line unread, the places of the others checked)
    const gap = g([["排名", "名称", "总分"], ...UNITS.map((u, k) => [k === 3 ? "" : COMPETITION[k], u, k === 3 ? 82.5 : TOTALS[k]])]);
    expect(ranks(gap).some((r) => r.kind === "rank" && r.rank.row === 5)).toBe(false);
    const merged = g([["排名", "名称", "总分"], ...UNITS.map((u, k) => [k === 3 ? "" : COMPETITION[k], u, TOTALS[k]])], ["A4:A5"]);
    expect(ranks(merged).length).toBe(8);
    expect(findings(merged)).toEqual([]);
  });

  test("5. the lowest first: the ranking ascending", () => {
    expect(rankedList(lowestFirst())?.ascending).toBe(true);
    // (the direction said nowhere: the one the places follow, as the values show)
    const untitled = g([["排序", "监测站点", "综合指数", "首要污染物"], ["1", "城东站", 3.12, "O3"], ["2", "城西站", 3.45, "O3"], ["3", "开发区站", 3.8, "O3"], ["4", "高新区站", 3.9, "O3"], ["5", "港口站", 4.02, "O3"], ["6", "北郊站", 4.4, "O3"]]);
    expect(rankedList(untitled)).toMatchObject({ headerRow: 1, scoreCol: 3, ascending: true });
  });

  // a slip: the sixth line's total 60.0 (below every total ranked after it) — found at its place, alone
  test.each([
    ["1.", () => indices(TOTALS.map((v, k) => (k === 5 ? 60 : v))), ["A8"]],
    ["2.", () => traditional(TOTALS.map((v, k) => (k === 5 ? 60 : v))), ["D7"]],
    ["4.", () => dense(TOTALS.map((v, k) => (k === 5 ? 60 : v))), ["A8"]],
  ])("variant %s with a slip on its sixth line: rank-mismatch at that line's place alone", (_, make, expected) => {
    expect(cells(make(), "rank-mismatch")).toEqual(expected);
  });

  test("5. the lowest first with a slip (the fifth site's 9.9): rank-mismatch at A7 alone", () => {
    expect(cells(lowestFirst([3.12, 3.45, 3.8, 3.8, 9.9, 4.33, 4.9, 5.27]), "rank-mismatch")).toEqual(["A7"]);
  });

  /** the Sichuan shape re-worded: 名次 | 受评对象 | 总得分(100分) | 信息公开(60分) | 在线服务(40分) */
  const parts = (slip = false) =>
    g([
      ["附件", ""],
      ["2012年度各县区政府网站考评排名表"],
      ["名次", "受评对象", "总得分(100分)", "信息公开(60分)", "在线服务(40分)"],
      ...UNITS.map((u, k) => {
        const a = Math.round(TOTALS[k] * 0.6 * 10) / 10;
        const b = Math.round((TOTALS[k] - a) * 10) / 10;
        return [COMPETITION[k], u, TOTALS[k], slip && k === 4 ? a + 1 : a, b];
      }),
    ]);
  test("points in the parts' heads: each line's total against its parts (60 + 40 = 100); a part off by 1 on row 8 → total-mismatch at C8", () => {
    const m = recognise(parts());
    expect([m.family, m.headerRow]).toEqual(["evaluation-summary", 3]);
    expect(m.relations.filter((r) => r.kind === "sum").length).toBe(8);
    expect(findings(parts())).toEqual([]);
    expect(cells(parts(true), "total-mismatch")).toEqual(["C8"]);
  });

  test("a header on two lines: 排名 merged down over 受评对象 | 总得分 | 分项得分 (over 信息公开 | 在线服务) — headed at row 2, the lines from row 4, ranks read", () => {
    const grid = g(
      [
        ["各县区门户网站绩效评估结果"],
        ["排名", "受评对象", "总得分", "分项得分", ""],
        ["", "", "", "信息公开", "在线服务"],
        ...UNITS.map((u, k) => [COMPETITION[k], u, TOTALS[k], P1[k] * 50, P2[k] * 50]),
      ],
      ["A2:A3", "B2:B3", "C2:C3", "D2:E2"],
    );
    expect(rankedList(grid)).toMatchObject({ headerRow: 2, headerLastRow: 3, rankCol: 1, unitCol: 2, scoreCol: 3, rows: [4, 5, 6, 7, 8, 9, 10, 11] });
    const m = recognise(grid);
    // (the header's top line: 2 — the model's last header line is read there too, by the 总得分 head over its column of
    // scores, stated-grades.ts, which the evaluation summary asks first)
    expect([m.family, m.headerRow]).toEqual(["evaluation-summary", 2]);
    expect(ranks(grid).length).toBe(8);
  });
});

// ── near shapes that must not be read as a ranking

describe("near shapes: no ranking read, nothing flagged as a rank", () => {
  test.each([
    [
      "a budget allocation numbered 1..8 (序号, no tie) sorted by its amounts, with a 合计 line",
      g([["2020年某专项资金分配表"], ["序号", "单位名称", "分配金额(万元)"], ...UNITS.map((u, k) => [k + 1, u, [900, 850, 700, 650, 600, 500, 300, 200][k]]), ["合计", "", 4700]]),
    ],
    ["a rank column whose places order no printed number", g([["排名", "名称", "总分"], ...UNITS.map((u, k) => [k + 1, u, [80.1, 88.6, 70.2, 85.2, 77.5, 83.0, 75.4, 79.9][k]])])],
    ["ranks that start again per group (一类 1–4, 二类 1–4)", g([["排名", "名称", "总分"], ...UNITS.map((u, k) => [(k % 4) + 1, u, TOTALS[k]])])],
    ["序号 with a repeated number whose scores differ (a numbering's slip, no tie)", numbered([1, 2, 2, 4, 5, 6, 7, 8], [88.6, 85.2, 83.0, 82.0, 80.1, 77.5, 75.4, 70.2])],
    ["a ranking of three lines only (too few to be read from its shape)", g([["排名", "名称", "总分"], ["1", "审计署", 88.6], ["2", "统计局", 85.2], ["3", "气象局", 83.0]])],
  ])("%s", (_, grid) => {
    expect(rankedList(grid)).toBeNull();
    expect(ranks(grid)).toEqual([]);
    expect(findings(grid, "rank-mismatch")).toEqual([]);
  });

  test("a rank column beside amounts only (预算金额(万元) | 执行金额(万元)): no results list (value-rankings.ts reads it as a ranking by a measure, as before)", () => {
    const grid = g([["各单位预算执行排名"], ["排名", "单位", "预算金额(万元)", "执行金额(万元)"], ...UNITS.map((u, k) => [k + 1, u, 1000 - k * 100, 990 - k * 100])]);
    expect(rankedList(grid)).toBeNull();
    expect(unitResultList(grid)).toBeNull();
  });

  test("a title naming another list (…汇总表) with no ranking or assessment word: not read", () => {
    const grid = g([["2021年各单位项目资金汇总表"], ["排名", "名称", "总分"], ...UNITS.map((u, k) => [COMPETITION[k], u, TOTALS[k]])]);
    expect(rankedList(grid)).toBeNull();
  });

  test("a ranking by a measured value that value-rankings.ts reads (排名 | 城市 | PM2.5浓度): its reading, not this one", () => {
    const grid = g([["排名", "城市", "PM2.5浓度(μg/m3)"], ...["甲市", "乙市", "丙市", "丁市", "戊市", "己市"].map((u, k) => [k + 1, u, 20 + k * 3])]);
    expect(valueRankings(grid).length).toBe(1);
    expect(rankedList(grid)).toBeNull();
    expect(unitResultList(grid)).toBeNull();
  });
});
