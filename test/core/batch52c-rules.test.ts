import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { review } from "../../src/core/review";

/**
 * corpus52c (乐昌's 被帮扶市级党委和政府扶贫开发工作成效考核指标): 代码 | 考核指标 | 分值 | 评分细则 | 备注 — the groups
 * coded with a Chinese numeral (一 脱贫成效 50, 二 精准识别 15) and their items with dotted codes under the group's
 * number (1.1, 2.1, 2.2). A group coded 一 is the group "1" of the codes 1.1, 1.2: a group over the lines coded under
 * it, its points its own, not an indicator's. Counter-shapes: 一 / 二 over a plain 序号 (1, 2, 3 — no dotted code in the
 * column) are not read as that nesting; a Chinese numeral not followed by its number's dotted codes stays a line.
 */
type Row = (string | number | null)[];

const HEAD: Row = ["代码", "考核指标", "分值", "评分细则"];

function table(lines: Row[]): Grid {
  return Grid.fromValues("Sheet1", [["扶贫开发工作成效考核指标", null, null, null], HEAD, ...lines], ["A1:D1"]);
}

// 一 50 = 1.1 30 + 1.2 20; 二 50 = 2.1 10 + 2.2 40 (hand sums)
const SHAPE: Row[] = [
  ["一", "脱贫成效", 50, "共2项"],
  ["1.1", "脱贫成效评价", 30, "完成省下达年度脱贫任务,不达标不得分。"],
  ["1.2", "收入增长", 20, "达到目标得20分。"],
  ["二", "精准帮扶", 50, "共2项"],
  ["2.1", "建档立卡", 10, "按时完成得10分。"],
  ["2.2", "帮扶措施", 40, "每项落实得10分。"],
];

const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

describe("groups coded 一 / 二 over items coded 1.1 / 2.1 in a 代码 column", () => {
  test("the groups are read over their items, the items are the indicators (30, 20, 10, 40), every sum holds: no finding", () => {
    const g = table(SHAPE);
    const m = recognise(g);
    expect(m.family).toBe("indicator-system");
    expect(m.indicators.map((i) => [i.row, i.weight])).toEqual([[4, 30], [5, 20], [7, 10], [8, 40]]);
    expect(m.indicators.map((i) => i.path[0])).toEqual(["脱贫成效", "脱贫成效", "精准帮扶", "精准帮扶"]);
    expect(flags(g)).toEqual([]);
  });

  test("a slip (1.2 20 → 25): 一 states 50 over 30 + 25 = 55 — weight-sum-mismatch at the group's line", () => {
    expect(flags(table(SHAPE).withCells([{ cell: "C5", value: { v: 25 } }]))).toContain("weight-sum-mismatch@C3");
  });

  test("the same with 一、 / 二、 written with a 顿号", () => {
    const lines = SHAPE.map((r) => (r[0] === "一" ? ["一、", ...r.slice(1)] : r[0] === "二" ? ["二、", ...r.slice(1)] : r));
    expect(recognise(table(lines)).indicators.map((i) => i.row)).toEqual([4, 5, 7, 8]);
  });

  test("counter-shape: 一 / 二 over a plain 序号 (1, 2, 3, 4; no dotted code) — not that nesting: the group lines stay lines", () => {
    const lines = SHAPE.map((r, k) => (k === 0 || k === 3 ? r : [String([0, 1, 2, 0, 3, 4][k]), ...r.slice(1)]));
    const rows = recognise(table(lines)).indicators.map((i) => i.row);
    expect(rows).toContain(3);
    expect(rows).toContain(6);
  });

  test("counter-shape: a Chinese numeral whose number no dotted code continues (三 after 2.2) is a line of its own", () => {
    const g = table([...SHAPE, ["三", "群众满意度", 10, "满意度调查"]]);
    // the whole is now 110 (50 + 50 + 10): 三 is an item worth 10 beside the two groups
    expect(recognise(g).indicators.map((i) => [i.row, i.weight])).toEqual([[4, 30], [5, 20], [7, 10], [8, 40], [9, 10]]);
  });
});
