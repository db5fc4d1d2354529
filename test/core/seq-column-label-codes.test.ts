import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A 序号 column beside items numbered in their labels (序号 | 考核项目 | 考核内容: 1 2 3 … through the table, 1、 2、 3、 again under each
 * group): both numberings are the publisher's and each must run in sequence within its own scope — the 序号 through the
 * table, the label codes within their group. The label right of a row's serial number is the row's first label, as it is
 * where no 序号 column stands; so is the label right of its group's label repeated on every line (filled down), or merged
 * down from above, and right of the group's points filled down beside it (generated-rule-sheets
 * "seq-column-hides-label-codes").
 * Only code-sequence is asked here (with 类别 | 项目 the model reads no level in the items' column, and their points go to
 * the group: other rules' findings there are the header's, not this file's).
 * Counter-shapes: a 序号 column alone (labels without codes), label codes starting again under each group, label codes
 * running on across groups, each with the 序号 in sequence: no finding.
 */
type Rows = (string | number | null)[][];
type Layout = "merged" | "blank below" | "filled down";

interface Shape {
  /** the group's and the items' header words */
  heads: [string, string];
  seq: boolean;
  /** the group's points in a 分值 column beside its label */
  groupPoints: boolean;
  layout: Layout;
  /** the group's points also in its label (一、组织领导（30分）) */
  pointsInLabel?: boolean;
}

const GROUPS: [string, number, string[], number[]][] = [
  ["一、组织领导", 30, ["成立领导小组", "制定工作方案", "召开专题会议"], [10, 10, 10]],
  ["二、制度建设", 30, ["建立工作台账", "按时报送信息"], [15, 15]],
  ["三、工作落实", 40, ["完成年度任务", "问题整改到位"], [20, 20]],
];

/** the sheet with the items' label codes given per group (null: the item's code as written, k、) */
function sheet(shape: Shape, codes: (string | null)[][] = [], serial?: number[]): { rows: Rows; merges: string[] } {
  const head: (string | null)[] = [];
  if (shape.seq) head.push("序号");
  head.push(shape.heads[0]);
  if (shape.groupPoints) head.push("分值");
  head.push(shape.heads[1], "分值", "评分标准", "得分");
  const rows: Rows = [["2023年度安全生产工作考核评分表"], head];
  const merges: string[] = [`A1:${String.fromCharCode(64 + head.length)}1`];
  let n = 0;
  GROUPS.forEach(([label, points, items, weights], g) => {
    const top = rows.length + 1;
    items.forEach((item, k) => {
      n++;
      const line: (string | number | null)[] = [];
      if (shape.seq) line.push(serial?.[n - 1] ?? n);
      const shown = k === 0 || shape.layout === "filled down";
      line.push(shown ? (shape.pointsInLabel ? `${label}（${points}分）` : label) : null);
      if (shape.groupPoints) line.push(shown ? points : null);
      line.push(`${codes[g]?.[k] ?? `${k + 1}、`}${item}`, weights[k], `${item}的得${weights[k]}分。`, null);
      rows.push(line);
    });
    const bottom = rows.length;
    if (shape.layout === "merged" && bottom > top) {
      const lc = shape.seq ? "B" : "A";
      merges.push(`${lc}${top}:${lc}${bottom}`);
      if (shape.groupPoints) {
        const pc = shape.seq ? "C" : "B";
        merges.push(`${pc}${top}:${pc}${bottom}`);
      }
    }
  });
  const total: (string | number | null)[] = ["合计"];
  total[head.indexOf(shape.heads[1]) + 1] = 100;
  rows.push(total);
  return { rows, merges };
}

const codeFindings = ({ rows, merges }: { rows: Rows; merges: string[] }) =>
  review(Grid.fromValues("Sheet1", rows, merges), "national")
    .findings.filter((f) => f.rule === "code-sequence")
    .map((f) => `${f.rule}@${f.cell}`);

/** the item column's letter (序号 | 考核项目 | (分值 |) 考核内容) */
const itemCol = (s: Shape) => String.fromCharCode(65 + (s.seq ? 1 : 0) + 1 + (s.groupPoints ? 1 : 0));

const LAYOUTS: [string, Omit<Shape, "heads">][] = [
  ["序号 | group | items, the group merged down", { seq: true, groupPoints: false, layout: "merged" }],
  ["序号 | group | items, the group written once, blanks below", { seq: true, groupPoints: false, layout: "blank below" }],
  ["序号 | group | items, the group filled down on every line", { seq: true, groupPoints: false, layout: "filled down" }],
  ["序号 | group | 分值 | items, the group and its points merged down", { seq: true, groupPoints: true, layout: "merged" }],
  ["序号 | group | 分值 | items, the group and its points filled down", { seq: true, groupPoints: true, layout: "filled down" }],
  ["序号 | group（30分） | 分值 | items, the group and its points filled down", { seq: true, groupPoints: true, layout: "filled down", pointsInLabel: true }],
  ["group | 分值 | items (no 序号), the group and its points filled down", { seq: false, groupPoints: true, layout: "filled down" }],
];
/**
 * 类别 | 项目: the items' column is no name column of the model (its header words are read as no level: the items' codes
 * are found among the row's labels, which is what this file is about); 考核项目 | 考核内容: both columns read as levels
 */
const HEADS: [string, string][] = [
  ["类别", "项目"],
  ["考核项目", "考核内容"],
];
const SHAPES: [string, Shape][] = HEADS.flatMap((heads) => LAYOUTS.map(([n, l]): [string, Shape] => [`${heads.join(" | ")}: ${n}`, { heads, ...l }]));

describe("a skipped label code beside a 序号 column is found", () => {
  test.each(SHAPES)("%s: 1、 2、 4、 under 一、 → code-sequence at the 4、", (_n, shape) => {
    // (the third item of the first group, sheet row 5)
    expect(codeFindings(sheet(shape))).toEqual([]);
    expect(codeFindings(sheet(shape, [["1、", "2、", "4、"]]))).toEqual([`code-sequence@${itemCol(shape)}5`]);
  });
  test.each(SHAPES)("%s: a repeated label code (1、 2、 2、) → code-sequence at the second 2、", (_n, shape) => {
    expect(codeFindings(sheet(shape, [["1、", "2、", "2、"]]))).toEqual([`code-sequence@${itemCol(shape)}5`]);
  });
  test.each(SHAPES.filter(([, s]) => s.seq))("%s: the 序号 itself is still checked (1 2 3 5 …)", (_n, shape) => {
    expect(codeFindings(sheet(shape, [], [1, 2, 3, 5, 6, 7, 8]))).toEqual(["code-sequence@A6"]);
  });
});

describe("counter-shapes: both numberings in sequence, each in its scope", () => {
  test.each(SHAPES)("%s: label codes starting again under each group, 序号 through the table: silent", (_n, shape) => {
    expect(codeFindings(sheet(shape))).toEqual([]);
  });
  test.each(SHAPES)("%s: label codes running on across groups (1、 2、 3、 | 4、 5、 | 6、 7、): silent", (_n, shape) => {
    expect(codeFindings(sheet(shape, [["1、", "2、", "3、"], ["4、", "5、"], ["6、", "7、"]]))).toEqual([]);
  });
  test.each(SHAPES)("%s: no label codes at all (a 序号 column alone): silent", (_n, shape) => {
    expect(codeFindings(sheet(shape, [["", "", ""], ["", ""], ["", ""]]))).toEqual([]);
  });
});
