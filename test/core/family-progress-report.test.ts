import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A progress report with no indicator table (a 月报进度表 of a programme by 县, a 民生实事's 推进情况 by 市州): what it
 * reports tells it is a monitoring — a title naming a progress form (…进度表) with the period so far (截至2016年9月30日,
 * 1—11月), or a head measuring against 序时进度 (未达到序时进度说明). Its header is then the list's.
 * A page heading naming the work's progress with no form (…1-11月工作进度), and an allocation list, stay unknown.
 */
type Row = (string | number | null)[];
const LINES: Row[] = [
  ["全州", 90, 45, "50.00%", null],
  ["甲县", 20, 10, "50.00%", null],
  ["乙县", 40, 20, "50.00%", null],
  ["丙县", 30, 15, "50.00%", null],
];
const sheet = (title: Row[], head: Row) => review(Grid.fromValues("S", [...title, head, ...LINES], title.map((_, k) => `A${k + 1}:E${k + 1}`)), "national").model;
const HEAD: Row = ["县名", "计划投资", "完成投资", "完成比例", "备注"];
/** (lead, session 50) a head naming no plan and no completion (拨付): what the title alone tells — HEAD's plan | done | 完成比例
 * is a progress table under any title since grad50c (progress-table.ts) */
const NEUTRAL: Row = ["县名", "应拨资金", "已拨资金", "拨付比例", "备注"];

describe("a progress report with no indicator table", () => {
  test.each([
    ["a 月报进度表 with its date so far", [["某州2016年易地搬迁工程月报进度表"], ["(截至2016年9月30日)"]], HEAD, "monitoring", 3],
    ["a 1—11月 实施进度表", [["2017年1—11月民生工程项目实施进度表"]], NEUTRAL, "monitoring", 2],
    ["a 进展情况表 with its period", [["2021年1-4月民生实事进展情况表"]], HEAD, "monitoring", 2],
    ["a 工作进度表 with no period (a title alone is not enough)", [["某工作进度表"]], NEUTRAL, "unknown", null],
    ["a 推进情况 by 县 with a 未达到序时进度说明 column", [["民生实事 项目推进情况"]], [...HEAD.slice(0, 4), "未达到序时进度说明"], "monitoring", 2],
    // counter-shapes: a page heading naming progress with no form, an allocation list's title, a 进度 word inside a sentence
    ["a heading “…”1-11月工作进度 (no form)", [["“15分钟阅读圈”1-11月工作进度"]], NEUTRAL, "unknown", null],
    ["an allocation list's title", [["2016年易地搬迁补助资金分配表"]], NEUTRAL, "unknown", null],
    ["进度表 inside a sentence", [["请各县于每月5日前报送月报进度表,截至9月30日未报的予以通报。"]], NEUTRAL, "unknown", null],
    // (grad50c: a plan | done | completion-rate head is a progress table whatever the title says)
    ["a plan | done | 完成比例 head under an allocation list's title", [["2016年易地搬迁补助资金分配表"]], HEAD, "monitoring", 2],
  ] as [string, Row[], Row, string, number | null][])("%s", (_name, title, head, family) => {
    expect(sheet(title, head).family).toBe(family);
  });

  test("a monitoring progress report's header is its list's (县名 …, row 3 under two title lines), its 全州 line over the 县", () => {
    const m = sheet([["某州2016年易地搬迁工程月报进度表"], ["(截至2016年9月30日)"]], HEAD);
    expect(m.headerRow).toBe(3);
  });
});
