import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { signature } from "./metamorphic";

/**
 * A block label with its points on a line of its own, left of the table's columns and merged across the line
 * ("一、规范操作(20分)" over A:E, the criteria under it numbered 1 | 采购委托(5) …), its merge filled across by an export:
 * the label is read once, at its first copy, over its own line as its merge was (table-closing.ts findWeightBlocks:
 * copiesLeft, headMerge). Counter-shape: the label alone in its first cell, the line blank right of it, is a block over
 * the lines below it to the table's end.
 */
type Row = (string | number | null)[];
const ITEMS: Row[] = [
  ["1", "采购委托(5)", "未签署委托协议的,每次扣1分。", null, 5],
  ["2", "信息公告(4)", "未按规定发布的,每次扣1分。", null, 4],
  ["3", "政策功能(8)", "执行节能环保政策的,一例得1分。", null, 8],
  ["4", "进口产品(3)", "接受未经审核的进口产品委托,每次扣1分。", null, 3],
];
const LABEL = "一、规范操作(20分)";
function sheet(line: Row, merges: string[]): Grid {
  return Grid.fromValues("Sheet1", [["考核内容", null, "评分标准", "考核依据", "自查得分"], line, ...ITEMS], ["A1:B1", ...merges]);
}
const blocks = (g: Grid) => review(g, "national").model.weightBlocks.map((b) => `${b.cell}:${b.weight}:${b.firstRow}-${b.lastRow}`);

describe("a block label merged across its line, filled across", () => {
  const merged = sheet([LABEL, null, null, null, null], ["A2:E2"]);
  const filled = sheet([LABEL, LABEL, LABEL, LABEL, LABEL], []);
  test("merged: its block is its own line (A2, 2-2)", () => {
    expect(blocks(merged)).toEqual(["A2:20:2-2"]);
  });
  test("filled across: the same block, relations and findings as merged", () => {
    expect(blocks(filled)).toEqual(blocks(merged));
    expect(signature(review(filled, "national"))).toEqual(signature(review(merged, "national")));
  });
  test("counter-shape: the label alone in A2, the line blank right of it, heads the lines below it (A2, 2-6)", () => {
    expect(blocks(sheet([LABEL, null, null, null, null], []))).toEqual(["A2:20:2-6"]);
  });
});

/**
 * A section line merged across the whole table, its points column too ("一、体制机制建设(9分)" over A:D, criteria
 * 1 | … | 2, 3, 4 under it): the criteria's block (label-blocks.ts findSectionLineBlocks), its merge filled across read
 * as the line's one text (onlyText: copiesLeft). Counter-shape: a second text of its own on the line is no section line.
 */
describe("a section line merged across the table, filled across", () => {
  const SECTION = "一、体制机制建设(9分)";
  const rules = (line: Row, merges: string[]) =>
    Grid.fromValues("Sheet1", [["序号", "考核内容", "评分细则", "分值"], line, ["1", "认真学习贯彻重要指示精神。", "根据组织学习情况综合评分。", 2], ["2", "制定工作方案并有效执行。", "未制定的不得分。", 3], ["3", "建立资金投入保障机制。", "未建立的不得分。", 4]], merges);
  const merged = rules([SECTION, null, null, null], ["A2:D2"]);
  test("merged: the block A2 over its criteria (3-5, 9 = 2 + 3 + 4)", () => {
    expect(blocks(merged)).toEqual(["A2:9:3-5"]);
  });
  test("filled across: the same block and relations as merged", () => {
    const filled = rules([SECTION, SECTION, SECTION, SECTION], []);
    expect(blocks(filled)).toEqual(blocks(merged));
    expect(signature(review(filled, "national"))).toEqual(signature(review(merged, "national")));
  });
  test("counter-shape: the label beside a text of its own (一、… | 见附件) is no section line over the criteria", () => {
    expect(blocks(rules([SECTION, "见附件", null, null], []))).not.toContain("A2:9:3-5");
  });
});
