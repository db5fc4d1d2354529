import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A group's points stated twice: bare in brackets in its label (一、组织领导(30)) and in its own 分值 column beside it (30).
 * Where the table's groups show the convention (every group weighted in its column carries a bare number, no run 1, 2, 3,
 * as many agreeing with their column as not), a label that disagrees with its column is checked against the group's
 * items as the column is: the one that does not add up is reported, once (generated-rule-sheets
 * "bare-label-beside-column").
 * Counter-shapes: the column wrong and the label right (the column's finding alone), an item raised (a finding at the
 * column, none at the label), two labels of three off (more disagree than agree), numbers that are counts (3 / 2 / 2
 * items, none agreeing), a lone group, "(3项)" and "(2021年)": no finding at the label.
 */
type Rows = (string | number | null)[][];
type Layout = "merged" | "blank below" | "filled down" | "label line";

const GROUPS: [string, number, [string, number][]][] = [
  ["一、组织领导", 30, [["成立领导小组", 10], ["制定工作方案", 10], ["召开专题会议", 10]]],
  ["二、制度建设", 30, [["建立工作台账", 15], ["按时报送信息", 15]]],
  ["三、工作落实", 40, [["完成年度任务", 20], ["问题整改到位", 20]]],
];

/**
 * The sheet; `label(g)` writes group g's label, `column(g)` its 分值 cell, `item` an item's points (group, index).
 * Layouts: the group and its points in columns beside the items (考核项目 | 分值 | 考核内容 | 分值 | 评分标准), merged down,
 * written once or filled down; or a label line across the table with its points in the items' 分值 column.
 */
function sheet(
  layout: Layout,
  label: (g: number) => string = (g) => `${GROUPS[g][0]}(${GROUPS[g][1]})`,
  column: (g: number) => number = (g) => GROUPS[g][1],
  item: (g: number, k: number) => number = (g, k) => GROUPS[g][2][k][1],
  groups = GROUPS,
): { rows: Rows; merges: string[] } {
  const line = layout === "label line";
  const rows: Rows = [["2023年度安全生产工作考核评分表"], line ? ["考核内容", "分值", "评分标准", "得分"] : ["考核项目", "分值", "考核内容", "分值", "评分标准", "得分"]];
  const merges: string[] = [line ? "A1:D1" : "A1:F1"];
  groups.forEach(([, , items], g) => {
    if (line) {
      rows.push([label(g), column(g), null, null]);
      items.forEach(([name], k) => rows.push([`${k + 1}.${name}`, item(g, k), `${name}的得${item(g, k)}分。`, null]));
      return;
    }
    const top = rows.length + 1;
    items.forEach(([name], k) => {
      const shown = k === 0 || layout === "filled down";
      rows.push([shown ? label(g) : null, shown ? column(g) : null, `${k + 1}.${name}`, item(g, k), `${name}的得${item(g, k)}分。`, null]);
    });
    if (layout === "merged" && items.length > 1) merges.push(`A${top}:A${rows.length}`, `B${top}:B${rows.length}`);
  });
  rows.push(line ? ["合计", 100, null, null] : ["合计", null, null, 100, null, null]);
  return { rows, merges };
}

const flags = ({ rows, merges }: { rows: Rows; merges: string[] }) =>
  review(Grid.fromValues("Sheet1", rows, merges), "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);

const LAYOUTS: Layout[] = ["merged", "blank below", "filled down", "label line"];
/** the first group's label and 分值 cells (in every layout) */
const LABEL = "A3";
const COLUMN = "B3";

describe("a group's bare points in its label beside its 分值 column", () => {
  test.each(LAYOUTS)("%s: consistent, silent", (layout) => {
    expect(flags(sheet(layout))).toEqual([]);
  });
  test.each(LAYOUTS)("%s: the label (27) beside 30 over items adding up to 30 → weight-sum-mismatch at the label", (layout) => {
    expect(flags(sheet(layout, (g) => `${GROUPS[g][0]}(${g === 0 ? 27 : GROUPS[g][1]})`))).toEqual([`weight-sum-mismatch@${LABEL}`]);
  });
});

describe("counter-shapes", () => {
  test.each(LAYOUTS)("%s: the column wrong (27), the label right (30): the column's finding alone", (layout) => {
    expect(flags(sheet(layout, undefined, (g) => (g === 0 ? 27 : GROUPS[g][1])))).toEqual([`weight-sum-mismatch@${COLUMN}`]);
  });
  test.each(LAYOUTS)("%s: an item raised (12 for 10): one finding, at the column", (layout) => {
    const found = flags(sheet(layout, undefined, undefined, (g, k) => (g === 0 && k === 0 ? 12 : GROUPS[g][2][k][1])));
    expect(found).not.toContain(`weight-sum-mismatch@${LABEL}`);
    expect(found).toContain(`weight-sum-mismatch@${COLUMN}`);
  });
  test.each(LAYOUTS)("%s: two labels of three off (27, 25 beside 30, 30): more disagree than agree, nothing read from the labels", (layout) => {
    const off = [27, 25, 40];
    expect(flags(sheet(layout, (g) => `${GROUPS[g][0]}(${off[g]})`))).toEqual([]);
  });
  test.each(LAYOUTS)("%s: bare numbers counting the items (3) (2) (2), none agreeing with its column: silent", (layout) => {
    expect(flags(sheet(layout, (g) => `${GROUPS[g][0]}(${GROUPS[g][2].length})`))).toEqual([]);
  });
  test.each(LAYOUTS)("%s: (3项) and (2021年) in the labels: silent", (layout) => {
    expect(flags(sheet(layout, (g) => `${GROUPS[g][0]}(${g === 0 ? "3项" : g === 1 ? "2021年" : "3项"})`))).toEqual([]);
  });
  test.each(LAYOUTS)("%s: a lone group whose bracket disagrees with its column (no convention to read it by): silent", (layout) => {
    const one: typeof GROUPS = [["一、组织领导", 100, [["成立领导小组", 40], ["制定工作方案", 30], ["召开专题会议", 30]]]];
    expect(flags(sheet(layout, () => "一、组织领导(3)", () => 100, (_g, k) => one[0][2][k][1], one))).toEqual([]);
  });
});
