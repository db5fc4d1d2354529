import { rangeA1 } from "../../src/core/grid/a1";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Two shapes the generated rule sheets (generated-rule-sheets.ts) found, each in the layouts rule sheets come in:
 *
 * 1. a 加分项 / 附加分 / 扣分项 block outside the whole: the 合计 / 总分 states the 100 the other groups make (bonus points
 *    on top) or the whole with the bonus in it; either holds, a total neither of them is broken;
 * 2. a label line across the table states its group's points after its code without brackets (一、组织领导38分), in black
 *    lenticular brackets (【38分】) or bare in round ones (一、组织领导(38), read where every line's number covers its
 *    largest item and one of them is its items' sum): the items below add up to them.
 */

type Layout = "column" | "line";
const LAYOUTS: Layout[] = ["column", "line"];

const errorsAndWarnings = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);

/**
 * 考核项目 | 考核内容 | 分值 | 评分标准 | 得分 with groups of items: the groups' labels in the first column (merged down their
 * items) or as lines across the table above them (the items' column headed 考核内容 alone).
 */
function sheet(layout: Layout, groups: { label: string; items: number[] }[], total: number | null): Grid {
  const rows: (string | number | null)[][] = [["2023年度安全生产工作考核评分表", null, null, null, null]];
  const merges = ["A1:E1"];
  if (layout === "column") rows.push(["考核项目", "考核内容", "分值", "评分标准", "得分"]);
  else rows.push(["序号", "考核内容", "分值", "评分标准", "得分"]);
  let n = 0;
  for (const g of groups) {
    if (layout === "line") {
      rows.push([g.label, null, null, null, null]);
      merges.push(rangeA1({ r1: rows.length, c1: 1, r2: rows.length, c2: 5 }));
    }
    const first = rows.length + 1;
    g.items.forEach((w, k) => {
      n++;
      rows.push([layout === "column" ? (k === 0 ? g.label : null) : n, `考核事项${n}`, w, "查阅资料，实地查看。", null]);
    });
    if (layout === "column" && g.items.length > 1) merges.push(rangeA1({ r1: first, c1: 1, r2: rows.length, c2: 1 }));
  }
  if (total !== null) {
    rows.push(["合计", null, total, null, null]);
    merges.push(rangeA1({ r1: rows.length, c1: 1, r2: rows.length, c2: 2 }));
  }
  return Grid.fromValues("Sheet1", rows, merges);
}

describe("1. a block outside the whole: 加分项 / 附加分 / 扣分项", () => {
  const main = [
    { label: "一、组织领导", items: [10, 15, 10] },
    { label: "二、制度建设", items: [20, 15] },
    { label: "三、工作落实", items: [20, 10] },
  ];
  test.each(LAYOUTS.flatMap((l) => (["四、加分项", "四、附加分", "加分项目", "(四)奖励加分"] as const).map((b) => [l, b] as const)))("%s layout, %s of 5 over a total of 100 or of 105: no error", (layout, bonus) => {
    for (const total of [100, 105]) expect(errorsAndWarnings(sheet(layout, [...main, { label: bonus, items: [3, 2] }], total))).toEqual([]);
  });
  test.each(LAYOUTS)("%s layout: a total neither with nor without the bonus is broken", (layout) => {
    const fs = errorsAndWarnings(sheet(layout, [...main, { label: "四、加分项", items: [3, 2] }], 98));
    expect(fs.some((f) => f.startsWith("weight-sum-mismatch@C"))).toBe(true);
  });
  test.each(LAYOUTS)("%s layout: a group of another name is part of the whole (100 over 105 is broken)", (layout) => {
    const fs = errorsAndWarnings(sheet(layout, [...main, { label: "四、宣传教育", items: [3, 2] }], 100));
    expect(fs.some((f) => f.startsWith("weight-sum-mismatch@C"))).toBe(true);
  });
});

describe("2. a label line's points after its code, in 【】 or bare in brackets", () => {
  const label = (style: string, name: string, p: number) => (style === "bare" ? `${name}${p}分` : style === "lenticular" ? `${name}【${p}分】` : `${name}(${p})`);
  const groups = (style: string, first: number) => [
    { label: label(style, "一、组织领导", first), items: [10, 15, 10] },
    { label: label(style, "二、制度建设", 35), items: [20, 15] },
    { label: label(style, "三、工作落实", 30), items: [20, 10] },
  ];
  test.each(["bare", "lenticular", "brackets"])("%s: consistent, no error; a group's points off, an error at its line", (style) => {
    expect(errorsAndWarnings(sheet("line", groups(style, 35), 100))).toEqual([]);
    expect(errorsAndWarnings(sheet("line", groups(style, 32), 100))).toContain("weight-sum-mismatch@A3");
  });
  test("bare numbers in brackets that are no points (a run 1, 2, 3, or below an item's points) are not read", () => {
    const run = [
      { label: "组织领导(1)", items: [10, 15, 10] },
      { label: "制度建设(2)", items: [20, 15] },
      { label: "工作落实(3)", items: [20, 10] },
    ];
    expect(errorsAndWarnings(sheet("line", run, 100))).toEqual([]);
    const small = [
      { label: "组织领导(6)", items: [10, 15, 10] },
      { label: "制度建设(35)", items: [20, 15] },
      { label: "工作落实(30)", items: [20, 10] },
    ];
    expect(errorsAndWarnings(sheet("line", small, 100))).toEqual([]);
  });
});
