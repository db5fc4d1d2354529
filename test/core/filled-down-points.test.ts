import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Points merged over several lines (a 分值 over a few 三级 lines, a 得分 over a 二级 group's lines) and filled down by
 * an export: the group's stated points tell the readings apart. Every line counted misses them, each run of the same
 * points counted once adds up to them exactly: one value, read as the merged original reads it. Anything else (the
 * lines' sum already right, or neither reading right) leaves every line its own points — and so do lines with nothing
 * copied beside their points (their own scores, their own rules, or none): equal points by chance, or by a slip.
 */

type Layout = "merged" | "filled";
/** a line: 二级 label, 三级 name, the points in the merged column (null: under the merge above) */
type Line = [string, string, number | null];

/**
 * 一级 | 二级 | 三级 | 分值 | 得分 under one 一级 group '产出指标(N分)' (or, `points` 得分, 一级 | 二级 | 三级 | 年度指标值 |
 * 实际完成值 | 得分: no 分值 column, the scores the lines' points)
 */
function sheet(layout: Layout, lines: Line[], groupPoints: number, points: "分值" | "得分"): Grid {
  const rows: (string | number | null)[][] = [["一级指标", "二级指标", "三级指标", ...(points === "分值" ? ["分值"] : ["年度指标值", "实际完成值"]), "得分"]];
  const merges: string[] = [];
  const at = points === "分值" ? 3 : 5;
  lines.forEach(([l2, name, v], k) => {
    const row: (string | number | null)[] = [k === 0 || layout === "filled" ? `产出指标(${groupPoints}分)` : null, l2, name, ...(points === "分值" ? [null] : ["达标", "达标"]), null];
    let own = v;
    // (filled: the value of the merge above written again)
    for (let j = k; own === null && layout === "filled"; j--) own = lines[j - 1][2];
    row[at] = own;
    if (points === "分值") row[4] = own;
    rows.push(row);
  });
  // the points' merges: each value over the lines below it with none of their own
  if (layout === "merged") {
    merges.push(`A2:A${lines.length + 1}`);
    for (let k = 0; k < lines.length; k++) {
      let end = k;
      while (end + 1 < lines.length && lines[end + 1][2] === null) end++;
      if (end > k) for (const c of points === "分值" ? ["D", "E"] : ["F"]) merges.push(`${c}${k + 2}:${c}${end + 2}`);
      k = end;
    }
  }
  return Grid.fromValues("Sheet1", rows, merges);
}

/** what a reader compares: the lines (row: points, score) and the errors */
function reading(g: Grid) {
  const r = review(g, "national");
  return {
    lines: r.model.indicators.map((i) => `${i.row}:${i.weight}/${i.claimedScore}`),
    errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`),
  };
}

/** 40 over the first three 三级 lines, 10 on the fourth: 40 + 10 = 50 */
const RUN: Line[] = [
  ["项目效益", "经济效益", 40],
  ["项目效益", "社会效益", null],
  ["项目效益", "生态效益", null],
  ["项目效益", "满意度", 10],
];

describe("points filled down over a group's lines read as the merged points", () => {
  test("merged: 40 on row 2 and 10 on row 5, adding up to the group's 50", () => {
    expect(reading(sheet("merged", RUN, 50, "分值"))).toEqual({ lines: ["2:40/40", "3:null/null", "4:null/null", "5:10/10"], errors: [] });
  });

  test("filled down: the same (40 + 10 = 50, not 40 + 40 + 40 + 10 = 130)", () => {
    expect(reading(sheet("filled", RUN, 50, "分值"))).toEqual(reading(sheet("merged", RUN, 50, "分值")));
  });

  test("filled down, the group's points 130 (every line's own 40 adds up): every line keeps its 40", () => {
    expect(reading(sheet("filled", RUN, 130, "分值"))).toEqual({ lines: ["2:40/40", "3:40/40", "4:40/40", "5:10/10"], errors: [] });
  });

  test("filled down, the group's points 60 (neither 130 nor 50 adds up): every line keeps its 40 and the slip is an error", () => {
    expect(reading(sheet("filled", RUN, 60, "分值"))).toEqual({ lines: ["2:40/40", "3:40/40", "4:40/40", "5:10/10"], errors: ["weight-sum-mismatch@A2"] });
  });

  /** a 得分 merged over each 二级 group's lines (no 分值 column): 10 per group, four groups in a 40-point 一级 */
  const GROUPS: Line[] = [
    ["数量指标", "存储备份器", 10],
    ["数量指标", "WIFI布点", null],
    ["质量指标", "资源更新", 10],
    ["时效指标", "使用时长", 10],
    ["时效指标", "全年服务", null],
    ["成本指标", "采购成本", 10],
  ];
  test("a 得分 per 二级 group filled down, nothing copied beside it: each line keeps its 10 (10 × 6, not 40), as the filled sheet says", () => {
    const merged = reading(sheet("merged", GROUPS, 40, "得分"));
    expect(merged.lines).toEqual(["2:null/10", "3:null/null", "4:null/10", "5:null/10", "6:null/null", "7:null/10"]);
    expect(reading(sheet("filled", GROUPS, 40, "得分")).lines).toEqual(["2:null/10", "3:null/10", "4:null/10", "5:null/10", "6:null/10", "7:null/10"]);
  });

  /** 一级 | 二级 | 三级 | 分值 | 得分 | 评分标准, two 二级 groups: 数量 10 | 5, 质量 10 | 10 in a 25-point 一级 */
  const chance = (scores: [number, number], rules: [string, string]): Grid =>
    Grid.fromValues("Sheet1", [
      ["一级指标", "二级指标", "三级指标", "分值", "得分", "评分标准"],
      ["产出指标(25分)", "数量指标", "数量一", 10, 10, "完成数量达标得10分"],
      ["产出指标(25分)", "数量指标", "数量二", 5, 4, "按完成比例得分"],
      ["产出指标(25分)", "质量指标", "质量一", 10, scores[0], rules[0]],
      ["产出指标(25分)", "质量指标", "质量二", 10, scores[1], rules[1]],
    ]);
  test("equal points on two lines each with its own score (9 | 10) or rule: two lines, 10 + 5 + 10 + 10 = 35 against 25 is a slip", () => {
    // (10 + 5 + 10 = 25 would add up were the 质量 pair one merged 10: its own scores or rules say it is two lines)
    const own = { lines: ["2:10/10", "3:5/4", "4:10/9", "5:10/10"], errors: ["weight-sum-mismatch@A2"] };
    expect(reading(chance([9, 10], ["达标得10分", "达标得10分"]))).toEqual(own);
    expect(reading(chance([10, 10], ["合格率达标得10分", "优良率达标得10分"]))).toEqual({ ...own, lines: ["2:10/10", "3:5/4", "4:10/10", "5:10/10"] });
  });

  /**
   * 项目 | 考核内容 | 考核指标 | 权数 under a block '一般公共预算支出管理(60分)', the 考核内容 and its 权数 merged over its
   * two 考核指标 lines, the table cut in its last line (a name, no 权数): 20 + 20 + 10 fall short of 60 (the rest past
   * the cut), every line counted (20 + 20 + 20 + 10 + 10) runs over it; the 评分标准 (二者择其一) merged with the 权数 and
   * copied down with it
   */
  const cutBlock = (layout: Layout) => {
    const lines: [string, string, number | null][] = [
      ["一般公共预算支出", "一般公共预算支出完成率", 20],
      ["结转结余情况", "结转结余率", 20],
      ["结转结余情况", "结转结余变动率", null],
      ["应付账款", "应付账款率", 10],
      ["应付账款", "应付账款变动率", null],
      ["应收账款", "应收账款率", null],
    ];
    const rows: (string | number | null)[][] = [["项目", "考核内容", "考核指标", "权数", "考评得分", "评分标准"]];
    lines.forEach(([content, name, v], k) => {
      const above = k > 0 && lines[k - 1][0] === content;
      const filled = layout === "filled";
      const rule = k === 0 ? "按完成比例计算得分" : "二者择其一进行考核,按完成比例计算得分";
      rows.push([k === 0 || filled ? "一般公共预算支出管理(60分)" : null, !above || filled ? content : null, name, v ?? (filled && above ? lines[k - 1][2] : null), null, !above || filled ? rule : null]);
    });
    return Grid.fromValues("Sheet1", rows, layout === "merged" ? ["A2:A7", "B3:B4", "D3:D4", "F3:F4", "B5:B6", "D5:D6", "F5:F6"] : []);
  };
  test("a table cut inside a block: the 权数 filled down with its rule over each 考核内容's lines read once, as merged", () => {
    const merged = reading(cutBlock("merged"));
    expect(merged).toEqual({ lines: ["2:20/null", "3:20/null", "5:10/null"], errors: [] });
    expect(reading(cutBlock("filled"))).toEqual(merged);
  });
});
