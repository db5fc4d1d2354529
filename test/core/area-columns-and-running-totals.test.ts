import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Two relations a progress or allocation table states by its column heads alone (issue 7, "What is behind the gap" 1.):
 * - 全市 (全省, 全县) as a column head beside its areas' columns (全市 | 东坡区 | 彭山区 | 仁寿县): on every line the whole
 *   area's figure is the sum of its areas', a line of rates or averages aside (失业率 4.3 in every area);
 * - a running total (累计完成) beside the month's figure (本月完成) or an earlier running total (1-10月累计 | 1-11月累计):
 *   at least the month's, at least the earlier one.
 * Both are relations evaluated by total-mismatch with the shown-precision policy.
 */
type Row = (string | number | null)[];
const findings = (rows: Row[], merges: string[] = []) =>
  review(Grid.fromValues("表", rows, merges), "national")
    .findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")
    .map((f) => f.cell)
    .sort();
const relationsAt = (rows: Row[], cell: string) => review(Grid.fromValues("表", rows, []), "national").model.relations.filter((r) => r.kind === "sum" && r.total.cell === cell);

describe("全市 | its areas' columns", () => {
  const sheet = (lines: Row[]): Row[] => [["2023年民生工程进展情况表"], ["指标", "全市", "东坡区", "彭山区", "仁寿县", "备注"], ...lines];
  const good: Row[] = [
    ["城镇新增就业(人)", 100, 50, 30, 20, null],
    ["城镇登记失业率(%)", 4.3, 4.3, 4.3, 4.3, null],
    ["再就业(人)", 40, 10, 20, 10, null],
    ["培训(人次)", 70, 30, 25, 15, null],
  ];
  test("全市 100 = 50 + 30 + 20, 40 = 10 + 20 + 10, 70 = 30 + 25 + 15; 失业率 4.3 is no sum of four 4.3: nothing flagged, three relations", () => {
    expect(findings(sheet(good))).toEqual([]);
    expect(relationsAt(sheet(good), "B3")[0]?.kind === "sum" && relationsAt(sheet(good), "B3")[0]).toMatchObject({ total: { value: 100 }, parts: [{ value: 50 }, { value: 30 }, { value: 20 }] });
    expect(relationsAt(sheet(good), "B4")).toEqual([]);
  });
  test.each([
    ["全市 再就业 44 (its areas make 40)", 2, 1, 44, ["B5"]],
    ["东坡区 培训 33 (全市 70 = 30 + 25 + 15)", 3, 2, 33, ["B6"]],
    ["the rates' line changed (全市 4.5 beside 4.3 each): still no sum", 1, 1, 4.5, []],
  ] as [string, number, number, number, string[]][])("%s", (_, line, col, value, cells) => {
    const lines = good.map((r) => [...r]);
    lines[line][col] = value;
    expect(findings(sheet(lines))).toEqual(cells);
  });
  test("counter-shape: areas' scores beside the city's average (全市 90 | 88 | 92 | 90): the numbers do not vouch, no relation", () => {
    const rows: Row[] = [["各区县考核得分"], ["指标", "全市", "东坡区", "彭山区", "仁寿县"], ["甲", 90, 88, 92, 90], ["乙", 80, 79, 81, 80], ["丙", 70, 71, 69, 70]];
    expect(findings(rows)).toEqual([]);
    expect(relationsAt(rows, "B3")).toEqual([]);
  });
});

describe("累计 beside 本月 and beside the earlier 累计", () => {
  const monthly = (lines: Row[]): Row[] => [["2023年1-6月项目实施进度表"], ["项目", "年度目标", "本月完成", "累计完成", "备注"], ...lines];
  const good: Row[] = [
    ["城镇新增就业(人)", 1000, 100, 600, null],
    ["再就业(人)", 400, 50, 220, null],
    ["培训(人次)", 700, 80, 350, null],
  ];
  test("累计完成 600 ≥ 本月 100, 220 ≥ 50, 350 ≥ 80: nothing flagged", () => {
    expect(findings(monthly(good))).toEqual([]);
    expect(relationsAt(monthly(good), "D3")[0]).toMatchObject({ bound: "atMost", running: true, parts: [{ cell: "C3", value: 100 }] });
  });
  test.each([
    ["累计完成 60 under 本月 100", 0, 3, 60, ["D3"]],
    ["本月完成 230 over 累计 220", 1, 2, 230, ["D4"]],
    ["累计 equal to 本月 (the first month): holds", 2, 3, 80, []],
  ] as [string, number, number, number, string[]][])("%s", (_, line, col, value, cells) => {
    const lines = good.map((r) => [...r]);
    lines[line][col] = value;
    expect(findings(monthly(lines))).toEqual(cells);
  });
  test("the message names both columns", () => {
    const lines = good.map((r) => [...r]);
    lines[0][3] = 60;
    const f = review(Grid.fromValues("表", monthly(lines), []), "national").findings.find((x) => x.rule === "total-mismatch")!;
    expect(f.messageId).toBe("sumRunning");
    expect(f.data).toMatchObject({ name: "累计完成", total: 60, part: "本月完成", sum: 100 });
  });

  const months = (a: number, b: number): Row[] => [["2023年1-11月重点项目进度表"], ["单位:万元"], ["项目", "年度计划", "1-10月累计完成", "1-11月累计完成", "本月完成"], ["甲", 1000, 500, 600, 100], ["乙", 400, a, b, 30], ["丙", 700, 300, 350, 50]];
  test.each([
    ["1-11月累计 230 after 1-10月累计 200: holds", 200, 230, []],
    ["1-11月累计 190 after 1-10月累计 200: it fell", 200, 190, ["D5"]],
  ] as [string, number, number, string[]][])("%s", (_, a, b, cells) => {
    expect(findings(months(a, b))).toEqual(cells);
  });
  test("1-10月累计 is not bounded by November's 本月 (it does not hold it): 本月 50 over 1-10月累计 30 is no finding", () => {
    const rows = months(200, 230);
    rows[5] = ["丙", 700, 30, 80, 50];
    expect(findings(rows)).toEqual([]);
  });
  test.each([
    ["a rate (累计完成率(%))", ["项目", "本月完成率(%)", "累计完成率(%)"]],
    ["another year (上年同期累计)", ["项目", "本月完成", "上年同期累计完成"]],
    ["another thing counted (本月计划 | 累计完成)", ["项目", "本月计划", "累计完成"]],
    ["another unit (本月完成(万元) | 累计完成(亿元))", ["项目", "本月完成(万元)", "累计完成(亿元)"]],
  ] as [string, Row][])("counter-shape: %s — no bound, nothing flagged", (_, head) => {
    const rows: Row[] = [["进度表"], head, ["甲", 100, 60], ["乙", 50, 20]];
    expect(findings(rows)).toEqual([]);
    expect(relationsAt(rows, "C3")).toEqual([]);
  });
});
