import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A short last group at the end of a sheet the model does not read as cut (its total stated: a 合计 line printed first,
 * right under the header) is excused as cut only with evidence of a cut (rules/cut-evidence.ts cutInsideParts): the
 * numbering starts past one, or more is missing than the group lacks — the stated 总分 falls short by more than the
 * group's own shortfall (lines of later groups missing), or the stated total of the scores falls short (its lines not
 * all there). A total short by the group's shortfall alone is the group's slip: an error at the group.
 * Counter-shapes: the table cut inside its second group (the third missing: the 总分 short by more than the group), a
 * score total short as well (scores of missing lines), the numbering starting past one: the group's shortfall stays a
 * reminder (info); a table closed by its 合计 line: an error as ever.
 */
type Rows = (string | number | null)[][];

const GROUPS: [string, number, [string, number, number][]][] = [
  ["组织领导", 30, [["成立领导小组", 10, 10], ["制定工作方案", 10, 9], ["召开专题会议", 10, 10]]],
  ["制度建设", 30, [["建立工作台账", 15, 15], ["按时报送信息", 15, 14]]],
  ["工作落实", 40, [["完成年度任务", 20, 20], ["问题整改到位", 20, 18]]],
];
const CN = ["一", "二", "三"];

interface Shape {
  /** the 合计 line: first under the header, last under the table, or none */
  total: "first" | "last";
  /** a 得分 column with its sum on the 合计 line */
  scored: boolean;
  /** the sheet ends after this many lines of the table (all: the whole table) */
  lines?: number;
  /** the last group's last item's points lowered by this */
  slip?: number;
  /** the first group numbered 二、 (the table starts inside its numbering) */
  midSequence?: boolean;
}

function sheet(s: Shape): Rows {
  const head = ["考核项目", "考核内容", "分值", "评分标准", ...(s.scored ? ["得分"] : [])];
  const lines: Rows = [];
  let scoreSum = 0;
  GROUPS.forEach(([name, points, items], g) => {
    items.forEach(([item, w, sc], k) => {
      const weight = g === GROUPS.length - 1 && k === items.length - 1 ? w - (s.slip ?? 0) : w;
      const n = s.midSequence ? g + 1 : g;
      lines.push([k === 0 ? `${CN[n]}、${name}(${points}分)` : null, `${k + 1}.${item}`, weight, `${item}的得${weight}分。`, ...(s.scored ? [sc] : [])]);
      scoreSum += sc;
    });
  });
  const total: Rows[number] = ["合计", null, 100, null, ...(s.scored ? [scoreSum] : [])];
  const body = lines.slice(0, s.lines ?? lines.length);
  return [["2023年度安全生产工作考核评分表"], head, ...(s.total === "first" ? [total, ...body] : [...body, total])];
}

const found = (rows: Rows) =>
  review(Grid.fromValues("Sheet1", rows, []), "national")
    .findings.filter((f) => f.rule === "weight-sum-mismatch")
    .map((f) => `${f.severity} ${f.cell}`);

// (the 工作落实 label: sheet row 9 with the 合计 line first, 8 with it last)
describe("a short last group at the sheet's end, its total stated above it", () => {
  test.each([false, true])("scored %s: consistent, silent", (scored) => {
    expect(found(sheet({ total: "first", scored }))).toEqual([]);
  });
  test.each([false, true])("scored %s: its last item lowered by 3, nothing else missing → an error at the group", (scored) => {
    const got = found(sheet({ total: "first", scored, slip: 3 }));
    expect(got).toContain("error A9");
    expect(got.filter((f) => f.startsWith("error") || f.startsWith("warning"))).toEqual(["error A9"]);
  });
  test("closed by its 合计 line instead: an error at the group (as ever)", () => {
    expect(found(sheet({ total: "last", scored: false, slip: 3 }))).toContain("error A8");
  });
});

describe("counter-shapes: evidence of a cut keeps the group's shortfall a reminder", () => {
  test.each([false, true])("scored %s: the sheet ends inside the second group (the third group missing): no error or warning", (scored) => {
    // (the 合计 line first, then 一、 over three lines and 二、 over one of its two)
    const got = found(sheet({ total: "first", scored, lines: 4 }));
    expect(got.filter((f) => !f.startsWith("info"))).toEqual([]);
    expect(got).toContain("info A7");
  });
  test("the sheet ends inside the last group and its scores' total falls short (lines missing): a reminder", () => {
    const got = found(sheet({ total: "first", scored: true, lines: 6 }));
    expect(got.filter((f) => !f.startsWith("info"))).toEqual([]);
  });
  test("the table starts inside its numbering (二、 first) and ends short: a reminder", () => {
    const got = found(sheet({ total: "first", scored: false, slip: 3, midSequence: true }));
    expect(got.filter((f) => !f.startsWith("info"))).toEqual([]);
  });
});
