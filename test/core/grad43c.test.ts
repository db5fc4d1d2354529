import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { unitResultList } from "../../src/core/recognise/unit-results";
import { handlingList } from "../../src/core/recognise/handling-lists";
import { review } from "../../src/core/review";
import { join } from "path";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * grad43c (session 43): the readings behind four graduated sheets (grad43c-diagnosis.md), each with its near variants and
 * the near shapes that must not be read.
 *  A. several periods' ranked lists side by side (汉川 中考 近三年综合评估前十二位学校一览表: 2009 | 2010 | 2011 over 学校 | 总分
 *     each, a place column 1–12 with no head shared by the three lists; or 名次 per period) — parallel-lists.ts, unit-results.ts;
 *  B. a slip that shifts the places of the lines below it: one finding, at the line out of order (unit-results.ts outOfOrder);
 *  C. monthly scores by unit (衡阳 城管 督查: 单位 | 督查考核总扣分 | 月度成绩) — UNIT_LIST_SCORE_HEADER, UNIT_LIST_DEDUCT_HEADER;
 *  D. a handling list with no score, its rates against its counts (西宁 城中区 信息报送: 报送信息数(条) | 采纳数(条) | 采纳率,
 *     rates printed with two decimals) — handling-lists.ts;
 *  E. a handling list's header under a caption merged across (汉中 市长信箱: 承办单位 | 承办件数 | 办结数 …) — blocks.ts headerAbove.
 */
type Row = (string | number)[];
const g = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const findings = (grid: Grid, rule: string) => review(grid, "national").findings.filter((f) => f.rule === rule && f.severity !== "info");
const cells = (grid: Grid, rule: string) => findings(grid, rule).map((f) => f.cell).sort();

// ── A. ranked lists side by side
const TITLE_A = "表三:近三年中考综合评估前十二位学校一览表";
/** three years' top eight: 2009's third place (C6) scores 75.46, below every total ranked after it */
const Y2009: [string, number][] = [["甲中学", 100.86], ["乙中学", 100.7], ["丙中学", 75.46], ["丁中学", 93.95], ["戊中学", 93.28], ["己中学", 90.33], ["庚中学", 87.31], ["辛中学", 85.74]];
const Y2010: [string, number][] = [["乙中学", 102.64], ["甲中学", 98.63], ["壬中学", 91.8], ["癸中学", 90.7], ["丙中学", 90.5], ["丁中学", 89.59], ["子中学", 89.57], ["丑中学", 89.55]];
const Y2011: [string, number][] = [["丙中学", 81.85], ["甲中学", 77.78], ["乙中学", 72.39], ["寅中学", 65.3], ["卯中学", 64.98], ["辰中学", 64.02], ["巳中学", 63.61], ["午中学", 63.24]];
const YEARS = [Y2009, Y2010, Y2011];

/** place column A (blank head) | 学校 | 总分 × 3, the years on the line above, merged over their pairs */
function sideBySide(opts: { title?: string | null; place?: string; unit?: string; score?: string; periods?: string[]; lists?: [string, number][][]; cut?: number } = {}) {
  const lists = opts.lists ?? YEARS;
  const periods = opts.periods ?? ["2009", "2010", "2011"];
  const rows: Row[] = [];
  const merges: string[] = [];
  if (opts.title !== null) rows.push([opts.title ?? TITLE_A]);
  const top = rows.length + 1;
  rows.push(["", ...periods.flatMap((p) => [p, ""])]);
  periods.forEach((_, k) => merges.push(`${String.fromCharCode(66 + 2 * k)}${top}:${String.fromCharCode(67 + 2 * k)}${top}`));
  rows.push([opts.place ?? "", ...periods.flatMap(() => [opts.unit ?? "学校", opts.score ?? "总分"])]);
  for (let i = 0; i < lists[0].length; i++) rows.push([i + 1, ...lists.flatMap((l, k) => (k === lists.length - 1 && opts.cut !== undefined && i >= opts.cut ? ["", ""] : l[i]))]);
  return g(rows, merges);
}

describe("A. several periods' ranked lists side by side, one place column shared", () => {
  test("the sheet's shape: an evaluation summary headed at the years' line (2), the lists on rows 4–11; the slip C6 alone", () => {
    const grid = sideBySide();
    expect(unitResultList(grid)).toMatchObject({ headerRow: 3, topRow: 2, unitCol: 2, scoreCol: 3, placeCol: 1, lists: [{ unitCol: 4, scoreCol: 5 }, { unitCol: 6, scoreCol: 7 }] });
    const m = recognise(grid);
    expect([m.family, m.headerRow, m.headerLastRow]).toEqual(["evaluation-summary", 2, 3]);
    // (three rankings of eight lines each, stated at the lists' totals: a place of A is no one list's)
    expect(m.relations.filter((r) => r.kind === "rank").length).toBe(24);
    const f = findings(grid, "rank-mismatch");
    expect(f.map((x) => [x.cell, x.related])).toEqual([["C6", ["A6"]]]);
    // 75.46 is the lowest of 2009's eight: 8th, not 3rd
    expect(f[0].message).toContain("75.46");
    expect(f[0].message).toContain("第 8 名");
  });

  test.each([
    ["a slip in the second list (2010's fifth place 80.50)", 1, 4, 80.5, "E8"],
    ["a slip in the last list (2011's second place 60.00)", 2, 1, 60, "G5"],
  ])("%s: found at that list's total", (_, list, line, value, cell) => {
    const lists = [Y2009.map((x) => [...x] as [string, number]), Y2010.map((x) => [...x] as [string, number]), Y2011.map((x) => [...x] as [string, number])];
    lists[0][2][1] = 95.46; // 2009 mended
    lists[list][line][1] = value;
    expect(cells(sideBySide({ lists }), "rank-mismatch")).toEqual([cell]);
  });

  test.each([
    ["the place column headed 名次", { place: "名次" }],
    ["headed 排名, the title naming no ranking", { place: "排名", title: "近三年中考综合评估学校一览表" }],
    ["traditional characters (學校 | 總分, 名次)", { place: "名次", unit: "學校", score: "總分", title: "近三年中考綜合評估前八名學校一覽表" }],
    ["months over the lists (1月 | 2月 | 3月), 单位 | 得分", { unit: "单位", score: "得分", periods: ["1月", "2月", "3月"], title: "第一季度各单位考核得分前八名" }],
    ["the title removed (the other two lists in order vouch for the places)", { title: null }],
    ["the last list cut after five lines", { cut: 5 }],
  ])("%s: the slip C6 (or its row's total) alone", (_, opts) => {
    const grid = sideBySide(opts as never);
    const m = recognise(grid);
    expect(m.family).toBe("evaluation-summary");
    const at = (opts as { title?: string | null }).title === null ? "C5" : "C6";
    expect(cells(grid, "rank-mismatch")).toEqual([at]);
  });

  test("名次 per period (名次 | 学校 | 总分 under each year): each list ranked by its own places, the slip at its own place cell", () => {
    const rows: Row[] = [[TITLE_A], ["2009", "", "", "2010", "", ""], ["名次", "学校", "总分", "名次", "学校", "总分"]];
    for (let i = 0; i < 8; i++) rows.push([i + 1, ...Y2010[i], i + 1, ...Y2009[i]]);
    const grid = g(rows, ["A2:C2", "D2:F2"]);
    expect(unitResultList(grid)).toMatchObject({ headerRow: 3, topRow: 2, unitCol: 2, scoreCol: 3, placeCol: null, lists: [{ unitCol: 5, scoreCol: 6 }] });
    const f = findings(grid, "rank-mismatch");
    expect(f.map((x) => [x.cell, x.related])).toEqual([["D6", ["F6"]]]);
  });

  test("every list in order: no finding", () => {
    const lists = [Y2009.map((x) => [...x] as [string, number]), Y2010, Y2011];
    lists[0][2] = ["丙中学", 95.46];
    expect(findings(sideBySide({ lists }), "rank-mismatch")).toEqual([]);
  });

  test("two lines swapped (2009's 4th 93.28, 5th 93.95): both flagged, either may be the slip", () => {
    const lists = [Y2009.map((x) => [...x] as [string, number]), Y2010, Y2011];
    lists[0][2] = ["丙中学", 95.46];
    lists[0][3] = ["丁中学", 93.28];
    lists[0][4] = ["戊中学", 93.95];
    expect(cells(sideBySide({ lists }), "rank-mismatch")).toEqual(["C7", "C8"]);
  });

  describe("near shapes that are not read as places", () => {
    test("no place column: the lists side by side, nothing ranked", () => {
      const grid = sideBySide();
      const bare = g(Array.from({ length: grid.rowCount }, (_, r) => Array.from({ length: 7 }, (_, c) => (c === 0 ? "" : (grid.text(r + 1, c + 1) as string)))), ["B2:C2", "D2:E2", "F2:G2"]);
      expect(recognise(bare).relations.filter((r) => r.kind === "rank")).toEqual([]);
      expect(findings(bare, "rank-mismatch")).toEqual([]);
    });

    test("a blank-headed numbering beside lists that follow no order, under a title naming no ranking: no places", () => {
      const shuffled = YEARS.map((l) => [l[3], l[0], l[6], l[1], l[5], l[2], l[7], l[4]]);
      const grid = sideBySide({ lists: shuffled, title: "近三年中考综合评估学校一览表" });
      expect(unitResultList(grid)?.placeCol ?? null).toBeNull();
      expect(findings(grid, "rank-mismatch")).toEqual([]);
    });

    test("a 序号 column shared by the lists is a numbering, not their places", () => {
      const grid = sideBySide({ place: "序号", title: "近三年中考综合评估学校一览表" });
      expect(findings(grid, "rank-mismatch")).toEqual([]);
    });

    test("lists of amounts side by side (单位 | 金额): no results list", () => {
      const grid = sideBySide({ unit: "单位", score: "金额(万元)", title: "近三年各单位资金分配一览表" });
      expect(unitResultList(grid)).toBeNull();
    });

    test("a second list with another score head (学校 | 总分 | 学校 | 平均分): no lists side by side", () => {
      const rows: Row[] = [[TITLE_A], ["", "学校", "总分", "学校", "平均分"]];
      for (let i = 0; i < 8; i++) rows.push([i + 1, ...Y2009[i], ...Y2010[i]]);
      expect(unitResultList(g(rows))).toBeNull();
    });
  });
});

// ── B. one slip shifting the places below it, in one list
describe("B. a ranked list with one total out of order", () => {
  const list = (scores: number[], title = "各街道考核得分排名") => g([[title], ["名次", "街道", "得分"], ...scores.map((s, i) => [i + 1, `街道${i + 1}`, s])]);
  test("the third place below every later total: found at A5 alone (the places it shifts are in order)", () => {
    expect(cells(list([98.1, 97.5, 80.2, 96.4, 95.3, 94.8, 93.1, 92.6]), "rank-mismatch")).toEqual(["A5"]);
  });
  test("the sixth place above every earlier total: found at A8 alone", () => {
    expect(cells(list([98.1, 97.5, 96.9, 96.4, 95.3, 99.8, 93.1, 92.6]), "rank-mismatch")).toEqual(["A8"]);
  });
  test("a tie stated where the totals differ (1, 2, 2, 4 over 98, 97, 95, 94 …): the tied line whose total is not its place", () => {
    const g2 = g([["各街道考核得分排名"], ["名次", "街道", "得分"], ...[98, 97, 95, 94, 93, 92].map((s, i) => [i === 2 ? 2 : i + 1, `街道${i + 1}`, s])]);
    expect(cells(g2, "rank-mismatch")).toEqual(["A5"]);
  });
  test("in order: no finding; ties sharing their place: no finding", () => {
    expect(findings(list([98.1, 97.5, 96.9, 96.4, 95.3, 94.8, 93.1, 92.6]), "rank-mismatch")).toEqual([]);
    const tied = g([["各街道考核得分排名"], ["名次", "街道", "得分"], ...[98, 97, 97, 94, 93, 92].map((s, i) => [i === 2 ? 2 : i + 1, `街道${i + 1}`, s])]);
    expect(findings(tied, "rank-mismatch")).toEqual([]);
  });
});

// ── C. monthly scores by unit
describe("C. a month's scores by unit: 单位 | 督查考核总扣分 | 月度成绩", () => {
  const UNITS: [string, number, number][] = [["蒸湘区", 9.32, 90.68], ["雁峰区", 10.53, 89.47], ["珠晖区", 11.42, 88.58], ["石鼓区", 14.69, 85.31]];
  const sheet = (head: Row, lines = UNITS, title = "2月份城市管理考核督查总评") => g([[title], ["(一)市容秩序考核督查情况"], head, ...lines]);
  test.each([
    ["单 位 | 督查考核总扣分 | 月度成绩 (the sheet)", ["单 位", "督查考核总扣分", "月度成绩"]],
    ["单位 | 检查扣分 | 本月考核得分", ["单位", "检查扣分", "本月考核得分"]],
    ["被考核单位 | 累计扣分 | 季度成绩", ["被考核单位", "累计扣分", "季度成绩"]],
    ["县区 | 扣分合计 | 年度综合得分", ["县区", "扣分合计", "年度综合得分"]],
    ["單位 | 督查考核總扣分 | 月度成績 (traditional)", ["單位", "督查考核總扣分", "月度成績"]],
  ])("%s: an evaluation summary headed at row 3, each score 100 less its deductions", (_, head) => {
    const grid = sheet(head as Row);
    expect(unitResultList(grid)).toMatchObject({ headerRow: 3, unitCol: 1, scoreCol: 3, deductCol: 2, rows: [4, 5, 6, 7] });
    const m = recognise(grid);
    expect([m.family, m.headerRow]).toEqual(["evaluation-summary", 3]);
    expect(m.relations.filter((r) => r.kind === "difference").map((r) => (r.kind === "difference" ? r.result.cell : ""))).toEqual(["C4", "C5", "C6", "C7"]);
    expect(review(grid, "national").findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  test("a score that is not 100 less its deductions (90.86 for 100 − 9.32) is flagged at C4", () => {
    const lines = UNITS.map((l, i) => (i === 0 ? ([l[0], l[1], 90.86] as [string, number, number]) : l));
    expect(review(sheet(["单位", "督查考核总扣分", "月度成绩"], lines), "national").findings.filter((f) => f.cell === "C4").length).toBe(1);
  });
  test("three blocks, each a caption over the header printed again (市容 / 环卫 / 园林): every block's lines read, a slip in the second found", () => {
    const block = (name: string, lines: [string, number, number][]): Row[] => [[name], ["单 位", "督查考核总扣分", "月度成绩"], ...lines];
    const second = UNITS.map((l, i) => (i === 2 ? ([l[0], 16.52, 83.38] as [string, number, number]) : l));
    const grid = g([["2月份城市管理考核督查总评"], ...block("(一)市容秩序考核督查情况", UNITS), ...block("(二)环境卫生考核督查情况", second), ...block("(三)园林绿化考核督查情况", UNITS), ["(四)公园、广场管理考核督查情"]]);
    const list = unitResultList(grid)!;
    expect([list.headerRow, list.rows, list.blocks]).toEqual([3, [4, 5, 6, 7], [{ headerRow: 9, rows: [10, 11, 12, 13] }, { headerRow: 15, rows: [16, 17, 18, 19] }]]);
    const m = recognise(grid);
    expect(m.relations.filter((r) => r.kind === "difference").length).toBe(12);
    expect(review(grid, "national").findings.filter((f) => f.rule !== "quantification-rate").map((f) => f.cell)).toEqual(["C12"]);
  });
  test("ranked blocks (名次 | 单位 | 得分 under each caption): each block ranked on its own, a slip in the second found at its place", () => {
    const block = (name: string, scores: number[]): Row[] => [[name], ["名次", "单位", "得分"], ...scores.map((x, i) => [i + 1, `单位${i + 1}`, x])];
    const grid = g([["某月各单位考核得分排名"], ...block("一、市容", [95.2, 94.1, 93.3, 92.8, 91.6, 90.4]), ...block("二、环卫", [96.1, 95.5, 80.1, 94.2, 93.7, 92.9])]);
    expect(unitResultList(grid)?.blocks).toEqual([{ headerRow: 11, rows: [12, 13, 14, 15, 16, 17] }]);
    expect(cells(grid, "rank-mismatch")).toEqual(["A14"]);
  });
  test("near shape: a page break (the header printed again with no caption) over places continuing (7–12): no ranking read past it, no finding", () => {
    const head: Row = ["名次", "单位", "得分"];
    const scores = [99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88];
    const grid = g([["各单位考核得分排名"], head, ...scores.slice(0, 6).map((x, i) => [i + 1, `单位${i + 1}`, x]), head, ...scores.slice(6).map((x, i) => [i + 7, `单位${i + 7}`, x])]);
    expect(findings(grid, "rank-mismatch")).toEqual([]);
  });
  test.each([
    ["a bare 成绩 (a school's marks, no assessment's result)", ["单位", "督查考核总扣分", "成绩"]],
    ["a 月度 count, no score (月度件数)", ["单位", "督查考核总扣分", "月度件数"]],
  ])("near shape: %s — no results list", (_, head) => {
    expect(unitResultList(sheet(head as Row))).toBeNull();
  });
});

// ── D. a handling list with no score: its rates against its counts
describe("D. 序号 | 单位 | 报送信息数(条) | 采纳数(条) | 采纳率: an unscored handling list", () => {
  const TITLE = "4月份网站公开信息报送情况统计表";
  const HEAD: Row = ["序号", "单位", "报送信息数(条)", "采纳数(条)", "采纳率"];
  /** rates printed with two decimals that are one-decimal values (57.10% for 16/28 = 57.14%) on line 2; the others right */
  const LINES: Row[] = [
    [1, "南川东路办事处", 14, 7, "50%"],
    [2, "仓门街办事处", 28, 16, "57.10%"],
    [3, "饮马街办事处", 10, 5, "50%"],
    [4, "区统计局", 0, 0, "0"],
    [5, "区财政局", 8, 6, "75%"],
    [6, "区政府办公室", 18, 18, "100%"],
  ];
  const sheet = (lines: Row[] = LINES, head: Row = HEAD, title = TITLE) => g([[title], head, ...lines]);
  test("the sheet's shape: the list read (header 2, lines 3–8), one ratio per line with counts (0 of 0 none), the slip E4 alone", () => {
    const grid = sheet();
    expect(handlingList(grid)).toMatchObject({ headerRow: 2, unitCol: 2, countCols: [3, 4], rateCols: [5], rows: [3, 4, 5, 6, 7, 8] });
    const ratios = recognise(grid).relations.filter((r) => r.kind === "ratio").map((r) => (r.kind === "ratio" ? r.stated.cell : ""));
    expect(ratios).toEqual(["E3", "E4", "E5", "E7", "E8"]);
    const f = findings(grid, "ratio-mismatch");
    expect(f.map((x) => [x.cell, x.related?.sort()])).toEqual([["E4", ["C4", "D4"]]]);
    expect(f[0].message).toContain("16/28 = 57.14%");
  });
  test.each([
    ["rates to one decimal (57.1% right, 53.4% for 8/15 = 53.3% wrong)", [[1, "甲", 28, 16, "57.1%"], [2, "乙", 15, 8, "53.4%"], [3, "丙", 14, 7, "50.0%"]], HEAD, ["E4"]],
    ["rates to no decimal (57% right, 54% for 8/15 wrong)", [[1, "甲", 28, 16, "57%"], [2, "乙", 15, 8, "54%"], [3, "丙", 14, 7, "50%"]], HEAD, ["E4"]],
    ["rates as points under 采纳率(%) (57.14 right, 53.30 wrong)", [[1, "甲", 28, 16, "57.14"], [2, "乙", 15, 8, "53.30"], [3, "丙", 14, 7, "50.00"]], ["序号", "单位", "报送信息数(条)", "采纳数(条)", "采纳率(%)"], ["E4"]],
    ["承办单位 | 交办件数 | 已办结(件) | 办结率, '85.71%' strings (88.98% for 8/9 = 88.89%)", [[1, "甲局", 7, 6, "85.71%"], [2, "乙局", 9, 8, "88.98%"], [3, "丙局", 4, 4, "100.00%"]], ["序号", "承办单位", "交办件数", "已办结(件)", "办结率"], ["E4"]],
    ["traditional (報送信息數(條) | 採納數(條) | 採納率)", [[1, "甲", 28, 16, "57.10%"], [2, "乙", 15, 8, "53.33%"], [3, "丙", 14, 7, "50%"]], ["序號", "單位", "報送信息數(條)", "採納數(條)", "採納率"], ["E3"]],
  ])("%s", (_, lines, head, flagged) => {
    expect(cells(sheet(lines as Row[], head as Row), "ratio-mismatch")).toEqual(flagged);
  });
  test("a 合计 line is a line of the list: its rate against its counts too", () => {
    const grid = sheet([...LINES.slice(0, 3), ["", "合计", 52, 28, "53.85%"]]);
    expect(recognise(grid).relations.some((r) => r.kind === "ratio" && r.stated.cell === "E6")).toBe(true);
    expect(cells(grid, "ratio-mismatch")).toEqual(["E4"]);
  });
  test.each([
    ["a rate of no count it prints (满意率)", ["序号", "单位", "报送信息数(条)", "采纳数(条)", "满意率"]],
    ["two intake columns (报送信息数 | 受理数)", ["序号", "单位", "报送信息数(条)", "受理数", "采纳率"]],
    ["a money column beside (金额(万元))", ["序号", "单位", "报送信息数(条)", "金额(万元)", "采纳率"]],
  ])("near shape: %s — no ratio", (_, head) => {
    expect(cells(sheet(LINES, head as Row), "ratio-mismatch")).toEqual([]);
  });
  test("a rate above 100% or a count with decimals: no handling list", () => {
    expect(handlingList(sheet([...LINES.slice(0, 3), [7, "丁", 4, 5, "125%"]]))).toBeNull();
    expect(handlingList(sheet([...LINES.slice(0, 3), [7, "丁", 4.5, 2, "44.44%"]]))).toBeNull();
  });
  test("a scored list (… | 采纳率 | 得分) is unit-results.ts's: the same slip found there, once", () => {
    const grid = g([["关于4月份信息报送考核情况的通报"], [...HEAD, "得分"], ...LINES.filter((l) => l[2] !== 0).map((l, i) => [...l, 90 + i])]);
    expect(handlingList(grid)).toBeNull();
    expect(cells(grid, "ratio-mismatch")).toEqual(["E4"]);
  });
});

// ── E. a handling list's header under a caption merged across
describe("E. 承办单位 | 承办件数 | 办结数 | 在办数 under a caption merged across: the header is the 承办单位 line", () => {
  const LINES: Row[] = [["汉台区人民政府", 96, 91, 5, 0], ["南郑区人民政府", 43, 34, 9, 0], ["城固县人民政府", 25, 22, 3, 0], ["市公安局", 14, 12, 2, 0]];
  test.each([
    ["承办单位 under a caption merged across (the sheet)", "承办单位", true],
    ["责任单位 under a caption merged across", "责任单位", true],
    ["承办单位 under a caption in its first cell alone", "承办单位", false],
  ])("%s", (_, unit, merged) => {
    const grid = g([["2022年8月市长信箱办理情况"], ["2022年8月各承办单位信件办理情况统计表"], [unit, "承办件数", "办结数", "在办数", "超时未办数"], ...LINES], merged ? ["A1:E1", "A2:E2"] : ["A1:E1"]);
    expect(recognise(grid).headerRow).toBe(3);
  });
  test("near shape: a 责任单位 line naming the units under a header naming the columns stays under that header (眉山 民生实事)", () => {
    const grid = jsonGrid(join(FIXTURES, "real", "sc-meishan-thirty-livelihood-affairs-skills-training-target-assignment-2021-excerpt.json"));
    expect(recognise(grid).headerRow).toBe(2);
  });
});
