import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * One name column (二级指标 | 考核标准 | 自评得分), no 分值 column, no merges at all: numbered headings stating their points, each alone on
 * its line (the line's merge across the table undone: "(一)组织领导(24分)" with the rule and score cells blank), over
 * items numbered 1. 2. … whose rules open with their points ("8分。查阅资料…"), and an 附加分 heading over an unnumbered
 * bonus line (so the numbering alone does not nest the lines). Each heading is a section over the items
 * under it, as its merged line across the table is, and its points are checked against theirs — also across the header
 * printed again at a page break. (Generated rule sheets #679: the headings were read as items beside the items.)
 * Counter-shape: the lines under the heading numbered in its own style ((一)…(21分) alone, then (二) (三) (四) with their
 * rules): a list of items, the first one's rule left blank — no section over the others, its 21 not held against them.
 */
type Row = CellValue[];
const head: Row = ["二级指标", "考核标准", "自评得分"];

function sheet(first: number, item: number, pageBreak: boolean): Grid {
  const rows: Row[] = [
    ["2022年农村人居环境整治考核细则", null, null],
    head,
    [`(一)组织领导(${first}分)`, null, null],
    ["1.建立联络员制度", "8分。查阅资料，实地查看。", null],
    ["2.开展业务培训", `${item}分。建立工作台账的得2分；按时报送材料的得3分；召开专题会议的得3分。`, null],
    ["3.召开专题会议研究部署工作", "8分。按时报送材料的得3分；召开专题会议的得5分。", null],
    ...(pageBreak ? [head] : []),
    ["(二)制度建设(30分)", null, null],
    ["1.建立考核奖惩机制", "10分。查阅资料，实地查看。", null],
    ["2.工作经费列入财政预算", "20分。查阅资料，实地查看。", null],
    ["(三)附加分(5分)", null, null],
    ["获得市级以上表彰", "获得市级以上表彰的加5分。", null],
  ];
  return Grid.fromValues("Sheet1", rows);
}

const flags = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell} ${f.data?.sum}/${f.data?.total}`);

describe.each([false, true])("numbered headings alone on their lines, one name column (page break: %s)", (pageBreak) => {
  test.each<[string, number, number, string[]]>([
    ["consistent: 24 = 8 + 8 + 8", 24, 8, []],
    ["the heading lowered to (21分)", 21, 8, ["weight-sum-mismatch@A3 24/21"]],
    ["an item's opening points raised to 10分", 24, 10, ["weight-sum-mismatch@A3 26/24"]],
  ])("%s", (_n, first, item, want) => {
    expect(flags(sheet(first, item, pageBreak))).toEqual(want);
  });
});

describe("counter-shape: the lines under it numbered in its own style", () => {
  test("(一)…(21分) alone over (二) (三) (四) with their rules: the same numbering, no section over them, no 21 against 24", () => {
    const rows: Row[] = [
      ["2022年农村人居环境整治考核细则", null, null],
      head,
      ["(一)组织领导(21分)", null, null],
      ["(二)建立联络员制度", "8分。查阅资料，实地查看。", null],
      ["(三)开展业务培训", "8分。查阅资料，实地查看。", null],
      ["(四)召开专题会议研究部署工作", "8分。查阅资料，实地查看。", null],
    ];
    expect(flags(Grid.fromValues("Sheet1", rows))).toEqual([]);
  });
});
