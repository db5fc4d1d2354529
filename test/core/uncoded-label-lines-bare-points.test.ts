import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * The top level as label lines across the table, uncoded, their merges undone: "组织领导(51)" alone in the first name
 * column, its points bare in brackets, over the groups of that column ((一)机构设置(26) | (1)… | 8) numbered again from (一)
 * under each. Such a line is a section over the groups, its bare points the sum of the points under it — judged by
 * those sums, as every unnumbered section line is (most of them must add up). A lowered label is then found at its cell.
 * (Generated rule sheets #693: read as one-line groups beside the ones under them, compared with nothing.)
 * Counter-shape: the labels' bare numbers adding up to nothing under them (counts, not points: "组织领导(3)") are no
 * points — no section is read and nothing is flagged.
 */
type Row = CellValue[];

function sheet(top1: number, top2: number): Grid {
  const rows: Row[] = [
    ["2022年河湖长制工作考评细则"],
    ["评估内容", "评估要点", "分值", "计分方法"],
    [`组织领导(${top1})`, null, null, null],
    ["(一)机构设置(26)", "(1)按时报送工作信息和统计报表", 8, "查阅资料，实地查看。"],
    [null, "(2)工作经费列入财政预算", 9, "查阅资料，实地查看。"],
    [null, "(3)问题整改到位", 9, "查阅资料，实地查看。"],
    ["(二)职责分工(25)", "(1)开展专项督查检查", 7, "查阅资料，实地查看。"],
    [null, "(2)开展宣传活动", 18, "查阅资料，实地查看。"],
    [`制度建设(${top2})`, null, null, null],
    ["(一)工作计划(20)", "(1)开展业务培训", 20, "查阅资料，实地查看。"],
    ["(二)经费保障(29)", "(1)按要求公开工作信息", 17, "查阅资料，实地查看。"],
    [null, "(2)建立联络员制度", 12, "查阅资料，实地查看。"],
    ["合计", null, 100, null],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:D1"]);
}

const flags = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell} ${f.data?.sum ?? ""}/${f.data?.total ?? ""}`);

describe("uncoded label lines with bare points over the groups of the first name column", () => {
  test.each<[string, number, number, string[]]>([
    ["both adding up (51 = 26 + 25, 49 = 20 + 29)", 51, 49, []],
    ["组织领导 lowered to (48)", 48, 49, ["weight-sum-mismatch@A3 51/48"]],
    ["制度建设 raised to (52)", 51, 52, ["weight-sum-mismatch@A9 49/52"]],
  ])("%s", (_n, a, b, want) => {
    expect(flags(sheet(a, b))).toEqual(want);
  });
});

describe("counter-shape: bare numbers adding up to nothing under them", () => {
  test("组织领导(3) | 制度建设(2): no points, nothing flagged", () => {
    expect(flags(sheet(3, 2))).toEqual([]);
  });
});
