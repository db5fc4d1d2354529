import { Grid } from "../../src/core/grid/grid";
import { qualifiedWholes } from "../../src/core/recognise/whole-and-parts";

/**
 * qualifiedWholes reads a header line's heads left to right: a head written again in the next cell (copied across,
 * copiesLeft) is one head, a head written again further along is a head of its own; a unit note at a head's end is no
 * part of its name; a number (a column marker) is no head.
 */
type Row = (string | number | null)[];
const read = (rows: Row[]) =>
  qualifiedWholes(Grid.fromValues("S", rows))
    .map((x) => `${x.total.cell}=${x.parts.map((p) => p.cell).join("+")}`)
    .sort();

describe("qualifiedWholes: the heads of a line", () => {
  test.each<[string, Row[], string[]]>([
    [
      "集中… | 分散… | 保障户数: E = C + D",
      [["序号", "地区", "集中供养保障户数", "分散供养保障户数", "保障户数"], [1, "甲镇", 16, 65, 81], [2, "乙镇", 21, 125, 146]],
      ["E2=C2+D2", "E3=C3+D3"],
    ],
    [
      // (D's figures are no part: read as one, 16 + 3 + 65 would not make 81)
      "集中… written again in the next cell is one head: F = C + E",
      [["序号", "地区", "集中供养保障户数", "集中供养保障户数", "分散供养保障户数", "保障户数"], [1, "甲镇", 16, 3, 65, 81], [2, "乙镇", 21, 4, 125, 146]],
      ["F2=C2+E2", "F3=C3+E3"],
    ],
    [
      // (counter-shape: the same head again, not in the next cell — a head of its own, a part: 16 + 65 + 0 ≠ 81 … )
      "集中… again after 分散…: three parts, C + D + E (the numbers do not add up: nothing read)",
      [["序号", "地区", "集中供养保障户数", "分散供养保障户数", "集中供养保障户数", "保障户数"], [1, "甲镇", 16, 65, 16, 81], [2, "乙镇", 21, 125, 21, 146]],
      [],
    ],
    [
      "the same, its numbers adding up over the three: F = C + D + E",
      [["序号", "地区", "集中供养保障户数", "分散供养保障户数", "集中供养保障户数", "保障户数"], [1, "甲镇", 16, 65, 0, 81], [2, "乙镇", 21, 125, 0, 146]],
      ["F2=C2+D2+E2", "F3=C3+D3+E3"],
    ],
    [
      "a unit note at the heads' end: E = C + D",
      [["序号", "地区", "集中供养保障户数(户)", "分散供养保障户数(户)", "保障户数(户)"], [1, "甲镇", 16, 65, 81], [2, "乙镇", 21, 125, 146]],
      ["E2=C2+D2", "E3=C3+D3"],
    ],
    [
      "column markers 1 | 2 between the heads are no heads: F = C + E",
      [["序号", "地区", "集中供养保障户数", "1", "分散供养保障户数", "保障户数"], [1, "甲镇", 16, null, 65, 81], [2, "乙镇", 21, null, 125, 146]],
      ["F2=C2+E2", "F3=C3+E3"],
    ],
    [
      "集中+分散合计 over 集中供养资金 | 分散供养资金: E = C + D",
      [["序号", "地区", "集中供养资金", "分散供养资金", "集中+分散合计"], [1, "甲镇", 23139, 73914, 97053], [2, "乙镇", 30586, 134107, 164693]],
      ["E2=C2+D2", "E3=C3+D3"],
    ],
  ])("%s", (_name, rows, expected) => {
    expect(read(rows)).toEqual(expected);
  });
});
