import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { traditional } from "./metamorphic";

/**
 * An item's lines filled down (batch 31 §4, 琼中 文化示范村; batch 30's 宣城): an item prints its number, name and 分值 on
 * its first 测评内容 line, merged over its further lines; an exported table writes them again on every line. Lines that
 * repeat the previous line's number, name and 分值 exactly, with only the 测评内容 / 测评方法 changed, are that item's
 * lines: read as the merged form reads them (one item, its 分值 once). A line with another 分值, another name or another
 * number is another item.
 */

type Layout = "merged" | "filled";
/** an item: number, name, points, its 测评内容 lines (the 测评方法 of each line alongside) */
type Item = [string, string, number, [string, string][]];

/**
 * 指标名称 (over A:C) | 测评内容 | 测评方法 | 分值 | 得分, one group labelled with its points in column A ('村级班子强15分')
 * over the items; merged (number, name, 分值 and 得分 merged over each item's lines, the label over the group's) or
 * filled down (each written again on every line).
 */
function sheet(layout: Layout, items: Item[], groupPoints: number): Grid {
  const rows: (string | null)[][] = [["指标名称", null, null, "测评内容", "测评方法", "分值", "得分"]];
  const merges = ["A1:C1"];
  const label = `村级班子强${groupPoints}分`;
  let r = 2;
  for (const [no, name, points, lines] of items) {
    lines.forEach(([content, method], k) => {
      const first = k === 0 || layout === "filled";
      rows.push([r === 2 || layout === "filled" ? label : null, first ? no : null, first ? name : null, content, method, first ? String(points) : null, null]);
      r++;
    });
    if (layout === "merged" && lines.length > 1) for (const col of ["B", "C", "F", "G"]) merges.push(`${col}${r - lines.length}:${col}${r - 1}`);
  }
  if (layout === "merged") merges.push(`A2:A${r - 1}`);
  return Grid.fromValues("Sheet1", rows, merges);
}

const ITEMS: Item[] = [
  ["1", "经济发展", 6, [["制定经济和社会发展长远规划和近期计划", "听取汇报,审核材料"], ["集体经济不断发展壮大", "听取汇报,审核材料"], ["近两年农民人均收入不断增长", "审核材料"]]],
  ["2", "班子团结", 4, [["村两委班子团结,组织协调创建活动积极有力", "审核材料、访问调查"]]],
  ["3", "管理民主", 5, [["村务公开等制度健全", "访问调查"], ["村务监督委员会运行规范", "访问调查"]]],
];

/** what a reader compares: the family, the items (row: 分值), the weight relations (total cell: parts) and the errors */
function reading(g: Grid) {
  const r = review(g, "national");
  return {
    family: r.model.family,
    items: r.model.indicators.map((i) => `${i.row}:${i.weight}`),
    relations: r.model.relations.filter((x) => x.kind === "rollup" || x.kind === "sum").map((x) => (x.kind === "rollup" || x.kind === "sum" ? `${x.total.cell}=${x.parts.map((p) => p.cell).join("+")}` : "")),
    errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`),
  };
}

describe("an item's lines filled down read as its merged lines", () => {
  test("merged: three items 6 / 4 / 5 on rows 2, 5, 6, their 分值 adding up to the group's 15", () => {
    expect(reading(sheet("merged", ITEMS, 15))).toEqual({ family: "indicator-system", items: ["2:6", "5:4", "6:5"], relations: ["A2=F2+F5+F6"], errors: [] });
  });

  test("filled down: the same items and the same relation (not 6 + 6 + 6 + 4 + 5 + 5 against 15)", () => {
    expect(reading(sheet("filled", ITEMS, 15))).toEqual(reading(sheet("merged", ITEMS, 15)));
  });

  test("filled down, in traditional characters: the same", () => {
    expect(reading(traditional(sheet("filled", ITEMS, 15)))).toEqual(reading(sheet("merged", ITEMS, 15)));
  });

  test("filled down with a slip in the group's points: the same error as merged (6 + 4 + 5 = 15 against 14)", () => {
    const merged = reading(sheet("merged", ITEMS, 14));
    expect(merged.errors).toEqual(["weight-sum-mismatch@A2"]);
    expect(reading(sheet("filled", ITEMS, 14))).toEqual(merged);
  });

  /** the first item's second line written as its own line: `change` rewrites [number, name, points] */
  const secondLine = (change: (no: string, name: string, points: number) => [string, string, number], groupPoints: number) => {
    const [no, name, points, lines] = ITEMS[0];
    const other: Item = [...change(no, name, points), [lines[1]]];
    const items: Item[] = [[no, name, points, [lines[0]]], other, [no === other[0] ? "2" : "3", "班子团结", 4, ITEMS[1][3]]];
    return reading(sheet("filled", items, groupPoints));
  };

  test("a repeated item with another 分值 stays two items (6 and 5: 6 + 5 + 4 = 15)", () => {
    expect(secondLine((no, name) => [no, name, 5], 15)).toEqual({ family: "indicator-system", items: ["2:6", "3:5", "4:4"], relations: ["A2=F2+F3+F4"], errors: [] });
  });

  test("a repeated number and 分值 under another name stays two items (6 + 6 + 4 = 16)", () => {
    expect(secondLine((no, _name, points) => [no, "集体经济", points], 16)).toEqual({ family: "indicator-system", items: ["2:6", "3:6", "4:4"], relations: ["A2=F2+F3+F4"], errors: [] });
  });

  test("a name merged over lines that each state their own 分值 (no number of its own), filled down: still a line each (5 + 5 = 10)", () => {
    // 考核内容 | 评分标准 | 分值: '预算科学性' merged over two criteria of 5 each, under a group of 10
    const lines = (layout: Layout) =>
      Grid.fromValues(
        "Sheet1",
        [
          ["考核内容", "评分标准", "分值"],
          ["一、投入经济性(10分)", null, null],
          ["预算科学性", "预算支出内容与部门职责相符", "5"],
          [layout === "filled" ? "预算科学性" : null, "预算明细清晰明确", "5"],
        ],
        layout === "merged" ? ["A3:A4"] : [],
      );
    const merged = reading(lines("merged"));
    expect(merged.items).toEqual(["3:5", "4:5"]);
    expect(reading(lines("filled"))).toEqual(merged);
  });

  test("the same name and 分值 under another number stays two items (6 + 6 + 4 = 16)", () => {
    expect(secondLine((_no, name, points) => ["2", name, points], 16)).toEqual({ family: "indicator-system", items: ["2:6", "3:6", "4:4"], relations: ["A2=F2+F3+F4"], errors: [] });
  });

  describe("a name and its 分值 merged over its rule's lines, each line opening with its share (eng26c, 防震减灾)", () => {
    // 三级指标 | 分值 | 评分标准 | 责任单位: '宣传教育 | 5', then '防震减灾 | 10' merged over four rule lines '落实领导责任(1分)。…'
    const rules = (shares: number[]) => shares.map((x, k) => `${["落实领导责任", "条件保障", "开展监测活动", "抗震设防管理"][k]}(${x}分)。按要求完成得满分。`);
    const lines = (layout: Layout, shares: number[]) => {
      const rows: (string | null)[][] = [["三级指标", "分值", "评分标准", "责任单位"], ["宣传教育", "5", "开展宣传活动(5分)。", "县地震局"]];
      rules(shares).forEach((rule, k) => rows.push([k === 0 || layout === "filled" ? "防震减灾" : null, k === 0 || layout === "filled" ? "10" : null, rule, "县地震局"]));
      rows.push(["合计", "15", null, null]);
      return Grid.fromValues("Sheet1", rows, layout === "merged" ? ["A3:A6", "B3:B6"] : []);
    };
    test("filled down: one item of 10, as merged, the total 5 + 10 = 15", () => {
      const merged = reading(lines("merged", [1, 2, 3, 4]));
      expect(merged.items).toEqual(["2:5", "3:10"]);
      expect(merged.errors).toEqual([]);
      expect(reading(lines("filled", [1, 2, 3, 4]))).toEqual(merged);
    });
    test("counter-shape: lines whose shares add up to more than the 分值 (4 × 3 = 12 over 10) are lines of their own", () => {
      expect(reading(lines("filled", [3, 3, 3, 3])).items).toEqual(["2:5", "3:10", "4:10", "5:10", "6:10"]);
    });
  });
});
