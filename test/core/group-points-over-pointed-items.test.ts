import { reviewRows as run, type Row } from "../helpers/review-rows";

/**
 * A development sheet of corpus47b: 2011年定远县食品安全工作目标考核评分细则 — 考核项目 | 考核对象 | 考核要点 | 分值 | 考核内容 |
 * 评分标准 | 得分: each 考核要点's 分值 merged down its lines (20 over 1.1.1 and 1.1.2), each line's 考核内容 stating its own points
 * ("…纳入政府目标考核。(10分)"). The 分值 is the group's points, the lines' their labels'. Before: the 20 was read as the first
 * line's weight and the other lines had none.
 */

const HEAD = ["考核项目", "考核要点", "分值", "考核内容", "评分标准", "得分"];
/** three groups (20 = 10 + 10, 15 = 5 + 5 + 5, 20 = 15 + 5) and a fourth cut after its first line (20, 10 visible) */
const rules = (c: string[] = ["(10分)", "(10分)", "(5分)", "(5分)", "(5分)", "(15分)", "(5分)", "(10分)"], d: string[] = ["20", "15", "20", "20"]): Row[] => [
  ["2011年某县食品安全工作目标考核评分细则"],
  HEAD,
  ["1.政府组织工作与保障(75分)", "1.1纳入政府目标考核", d[0], `1.1.1食品安全工作纳入政府目标考核。${c[0]}`, "有文件得满分,否则不得分;"],
  [undefined, undefined, undefined, `1.1.2有考核,有考核结果。${c[1]}`, "没有考核扣10分。"],
  [undefined, "1.2研究解决实际问题", d[1], `1.2.1县政府常务会研究部署食品安全工作。${c[2]}`, "有会议记要得5分;"],
  [undefined, undefined, undefined, `1.2.2成立食品安全委员会。${c[3]}`, "没有成立扣5分;"],
  [undefined, undefined, undefined, `1.2.3县政府领导现场调研。${c[4]}`, "每少一次扣1.25分;"],
  [undefined, "1.3经费纳入预算", d[2], `1.3.1日常监管经费有保障。${c[5]}`, "与上年度相比持平得满分;"],
  [undefined, undefined, undefined, `1.3.2食安办有工作经费。${c[6]}`, "10万元以上得5分。"],
  [undefined, "1.4专项整治工作", d[3], `1.4.1及时制定整顿工作方案。${c[7]}`, "每推迟一个月扣2"],
];
const MERGES = ["A1:F1", "A3:A10", "B3:B4", "C3:C4", "B5:B7", "C5:C7", "B8:B9", "C8:C9"];
const errors = (rows: Row[], merges = MERGES) => run(rows, merges).findings.filter((f) => f.severity !== "info");

describe("a 分值 merged down a group's lines whose labels state their own points: the group's points", () => {
  test("定远's shape: the lines read with their labels' points 10, 10, 5, 5, 5, 15, 5, 10; no finding (the last group cut: 10 of 20)", () => {
    const r = run(rules(), MERGES);
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [3, 10],
      [4, 10],
      [5, 5],
      [6, 5],
      [7, 5],
      [8, 15],
      [9, 5],
      [10, 10],
    ]);
    expect(errors(rules())).toEqual([]);
  });

  test("a line printed (12分) — 1.1's 20 against 10 + 12 = 22: a weight-sum-mismatch at C3", () => {
    const f = errors(rules(["(10分)", "(12分)", "(5分)", "(5分)", "(5分)", "(15分)", "(5分)", "(10分)"])).filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => [x.cell, x.data?.sum, x.data?.total])).toEqual([["C3", 22, 20]]);
  });

  test("a group's 分值 printed 16 over 5 + 5 + 5: a weight-sum-mismatch at C5", () => {
    const f = errors(rules(undefined, ["20", "16", "20", "20"])).filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => [x.cell, x.data?.sum, x.data?.total])).toEqual([["C5", 15, 16]]);
  });

  test("counter-shape — the labels state no points: the 分值 stays the lines' column (its first line's weight)", () => {
    const r = run(rules(["", "", "", "", "", "", "", ""]), MERGES);
    expect(r.model.indicators.find((i) => i.row === 3)?.weight).toBe(20);
    expect(r.model.indicators.find((i) => i.row === 4)?.weight ?? null).toBeNull();
  });

  test("counter-shape — each line's own 分值, its label restating it (unmerged 10 | 10 | 5 …): the column's points, unchanged", () => {
    const rows: Row[] = [
      ["某县考核评分细则"],
      HEAD,
      ["一、组织领导", "1.1纳入考核", "10", "1.1.1纳入政府目标考核。(10分)", "有文件得满分"],
      [undefined, "1.2有考核结果", "10", "1.1.2有考核结果。(10分)", "没有考核扣10分"],
      [undefined, "1.3会议研究", "5", "1.2.1常务会研究。(5分)", "有会议记要得5分"],
    ];
    const r = run(rows, ["A1:F1", "A3:A5"]);
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.weightCell])).toEqual([
      [3, 10, "C3"],
      [4, 10, "C4"],
      [5, 5, "C5"],
    ]);
  });
});

/** The same sheet exported with its merges filled down: each group's label and 分值 written again on each of its lines. */
const filled = (rows: Row[]): Row[] => {
  const out = rows.map((r) => r.slice());
  for (let r = 3; r < out.length; r++) for (const c of [0, 1, 2]) if (out[r][c] === undefined) out[r][c] = out[r - 1][c];
  return out;
};

describe("the same sheet with its merges filled down (an export or a paste)", () => {
  test("the lines read as merged; the 1.3 group's 20 (over 15 + 5) is not run on into 1.4's line, whose 分值 is 20 too: no finding", () => {
    const r = run(filled(rules()), ["A1:F1"]);
    expect(r.model.indicators.map((i) => i.weight)).toEqual([10, 10, 5, 5, 5, 15, 5, 10]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("counter-shape — a slip in the filled sheet is still found: 1.3's lines (15分) + (7分) = 22 against 20 at C8", () => {
    const f = run(filled(rules(["(10分)", "(10分)", "(5分)", "(5分)", "(5分)", "(15分)", "(7分)", "(10分)"])), ["A1:F1"]).findings.filter((x) => x.rule === "weight-sum-mismatch" && x.severity !== "info");
    expect(f.map((x) => [x.cell, x.data?.sum, x.data?.total])).toEqual([["C8", 22, 20]]);
  });
});
