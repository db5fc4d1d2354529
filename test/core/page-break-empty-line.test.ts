import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A rule sheet pasted from a web page over two pages (eng26c): where the page breaks, an empty line, then the group's
 * 序号 and label printed again without the label's points ("2 | 完善制度体系(25分)" over its items, "", "2 | 完善制度体系"
 * over the next page's item). The two parts are one group: its items add up to its points (or, the sheet cut on the
 * next page, fall short without an error), and the 序号 printed again is no repeated number. Counter-shapes: another
 * name after the empty line opens a group; the same name with other points too; a number repeated beside another name
 * is still reported.
 */

type Rows = (string | number | null)[][];
const HEAD = ["序号", "项目", "内容", "评分规则", "分值"];
const RULE = "查阅资料，缺项不得分";

/**
 * 1 | 强化目标管理(10分) over 4 + 6; 2 | 完善制度体系(25分) over 5 + 10, an empty line, `again` (序号, label) over
 * 管理措施 `last` points (null: the sheet cut there, its points not shown); `merged`: the labels merged down their lines.
 */
function sheet(again: [string | number, string], last: number | null, merged = true, close = false): Grid {
  const rows: Rows = [
    HEAD,
    [1, "强化目标管理(10分)", "目标管理", RULE, 4],
    [merged ? null : 1, merged ? null : "强化目标管理(10分)", "目标考核", RULE, 6],
    [2, "完善制度体系(25分)", "管理机构", RULE, 5],
    [merged ? null : 2, merged ? null : "完善制度体系(25分)", "管理制度", RULE, 10],
    [null, null, null, null, null],
    [again[0], again[1], "管理措施", RULE, last],
  ];
  if (close) rows.push(["合计", null, null, null, 35]);
  const merges = merged ? ["A2:A3", "B2:B3", "A4:A5", "B4:B5"] : [];
  if (close) merges.push(`A${rows.length}:D${rows.length}`);
  return Grid.fromValues("Sheet1", rows, merges);
}

const flags = (g: Grid, rule?: string) =>
  review(g, "national").findings.filter((f) => (f.severity === "error" || f.severity === "warning") && (!rule || f.rule === rule));
const cells = (g: Grid, rule?: string) => flags(g, rule).map((f) => f.cell).sort();
const level1 = (g: Grid) => review(g, "national").model.groups.filter((x) => x.level === 1);

describe("a group's 序号 and label printed again without its points after an empty line continue the group", () => {
  test.each([true, false])("labels merged %s: the whole group (5 + 10 + 10 = 25) is clean, two groups", (merged) => {
    const g = sheet([2, "完善制度体系"], 10, merged, true);
    expect(flags(g)).toEqual([]);
    expect(level1(g)).toHaveLength(2);
    expect(level1(g)[1].indicators.map((i) => i.row)).toEqual([4, 5, 7]);
  });
  test.each([true, false])("labels merged %s: the item after the break raised (12) is found at the group", (merged) => {
    expect(cells(sheet([2, "完善制度体系"], 12, merged, true), "weight-sum-mismatch")).toContain("B4");
  });
  test.each([true, false])("labels merged %s: cut on the next page (its 分值 not shown), 5 + 10 short of 25 is no error", (merged) => {
    const g = sheet([2, "完善制度体系"], null, merged);
    expect(cells(g, "weight-sum-mismatch")).toEqual([]);
    expect(cells(g, "code-sequence")).toEqual([]);
  });
  test("a coded label printed again without its points is the same group too", () => {
    const g = Grid.fromValues("Sheet1", [
      ["考核项目", "考核内容", "评分规则", "分值"],
      ["一、组织领导(10分)", "建立领导小组", RULE, 4],
      [null, "制定实施方案", RULE, 6],
      ["二、制度建设(20分)", "建立工作台账", RULE, 8],
      [null, "按时报送材料", RULE, 7],
      [null, null, null, null],
      ["二、制度建设", "公开工作信息", RULE, 5],
      ["合计", null, null, 30],
    ], ["A2:A3", "A4:A5"]);
    expect(flags(g)).toEqual([]);
    expect(level1(g)).toHaveLength(2);
  });
});

describe("counter-shapes", () => {
  test("another name after the empty line opens a group of its own (the group above short of its points)", () => {
    const g = sheet([3, "强化监督检查"], 10, true, true);
    expect(level1(g)).toHaveLength(3);
    expect(cells(g, "weight-sum-mismatch")).toContain("B4");
  });
  test("the same name with other points after the empty line opens a group (each short of its points)", () => {
    const g = sheet([3, "完善制度体系(10分)"], 10, true, true);
    expect(level1(g)).toHaveLength(3);
    expect(cells(g, "weight-sum-mismatch")).toContain("B4");
  });
  test("another code before the same name opens a group", () => {
    const g = Grid.fromValues("Sheet1", [
      ["考核项目", "考核内容", "评分规则", "分值"],
      ["一、组织领导(10分)", "建立领导小组", RULE, 4],
      [null, "制定实施方案", RULE, 6],
      ["二、制度建设(20分)", "建立工作台账", RULE, 8],
      [null, "按时报送材料", RULE, 7],
      [null, null, null, null],
      ["三、制度建设", "公开工作信息", RULE, 5],
      ["合计", null, null, 30],
    ], ["A2:A3", "A4:A5"]);
    expect(level1(g)).toHaveLength(3);
  });
  test("the 序号 repeated after the empty line beside another name is still a repeated number", () => {
    expect(cells(sheet([2, "强化监督检查"], 10, true, true), "code-sequence")).toContain("A7");
  });
});
