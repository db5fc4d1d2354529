import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * corpus50b (岳阳县 2018 貧困村出列驗收標準, its every merge filled down as an export does): a 序號 column whose group
 * number is merged down over the group's items — '2' beside 村組道路, 安全飲水, 電力保障 … — filled, so that it stands
 * on three lines and more in a row. That is one number read once, not a repeated one; a number written on two lines
 * (3, 3, then 4) is still the slip.
 */
type Row = (string | number | null)[];
const HEAD: Row[] = [["序號", "項目", "驗收及計分標準"]];
const codeErrors = (lines: Row[]) =>
  review(Grid.fromValues("S", [...HEAD, ...lines], []), "national")
    .findings.filter((f) => f.rule === "code-sequence" && f.severity === "error")
    .map((f) => f.cell);

describe("a 序號 filled down over its group's lines", () => {
  test.each<[string, Row[], string[]]>([
    ["2 on four lines in a row, then 3", [["1", "貧困發生率", "降至2%以下為達標。"], ["2", "村組道路", "計7分;計3分"], ["2", "安全飲水", "計10分"], ["2", "電力保障", "計10分"], ["2", "教育保障", "計5分;計5分"], ["3", "住房保障", "計10分"]], []],
    ["2 on three lines, the table's last", [["1", "貧困發生率", "降至2%以下為達標。"], ["2", "村組道路", "計7分;計3分"], ["2", "安全飲水", "計10分"], ["2", "電力保障", "計10分"]], []],
    // counter-shapes: a number written twice in a row, and a number skipped, are slips
    ["3 written on two lines, then 4", [["1", "甲", "計5分"], ["2", "乙", "計5分"], ["3", "丙", "計5分"], ["3", "丁", "計5分"], ["4", "戊", "計5分"]], ["A5"]],
    ["3 skipped", [["1", "甲", "計5分"], ["2", "乙", "計5分"], ["4", "丙", "計5分"], ["5", "丁", "計5分"]], ["A4"]],
  ])("%s", (_name, lines, expected) => {
    expect(codeErrors(lines)).toEqual(expected);
  });
});
