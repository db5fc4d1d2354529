import { Grid } from "../../../src/core/grid/grid";
import type { SumRelation } from "../../../src/core/model/types";
import { review } from "../../../src/core/review";

/**
 * A whole beside its breakdown (全市完成投资总额 beside 分区县投资完成情况) whose line also states a rate of the whole
 * (投资完成率 = 完成投资 / 计划投资). Where the whole is off its parts by more than a rounding slip, the rate decides: a
 * rate that holds with the parts' sum in the whole's place (and not with the whole) was computed from that sum, so the
 * relation stands and the whole is the slip (total-mismatch, error); the rate, broken only through that whole, repeats
 * it (ratio-mismatch, info). A rate that holds with neither vouches for nothing.
 */
const grid = (lines: (string | number)[][]) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["某民生工程工作进度"],
      ["责任部门", "计划投资", "全市完成投资总额", "投资完成率", "分区县投资完成情况", "", "", "", "", "备注"],
      ["", "", "", "", "甲区", "乙区", "丙县", "丁县", "戊县", ""],
      ...lines,
    ],
    ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:I2", "J2:J3"],
  );
const run = (lines: (string | number)[][]) => {
  const r = review(grid(lines), "national");
  return {
    sums: r.model.relations.filter((x): x is SumRelation => x.kind === "sum" && x.orientation === "columns").map((x) => x.total.cell),
    findings: r.findings
      .filter((f) => f.rule === "total-mismatch" || f.rule === "ratio-mismatch")
      .map((f) => [f.rule, f.severity, f.cell, f.data?.total ?? f.data?.stated, f.data?.sum ?? f.data?.computed]),
  };
};

describe("a whole beside its breakdown, vouched by the rate its line states", () => {
  test.each([
    [
      "whole 65 over 10 + 20 + 30 = 60 (8% off), 投资完成率 120.00% = 60 / 50 (65 / 50 = 130.00%): the whole is the slip",
      [["文旅局", 50, 65, "120.00%", 10, 20, 30, 0, 0, ""]],
      ["C4"],
      [
        ["total-mismatch", "error", "C4", 65, 60],
        ["ratio-mismatch", "info", "D4", "120.00%", "130.00%"],
      ],
    ],
    [
      "303.45 stated as 298.45 (1.6% off) over 150 + 20 + 17 + 30.70 + 85.75 = 303.45, 107.76% = 303.45 / 281.60 (298.45 / 281.60 = 105.98%)",
      [["文旅局", "281.60", "298.45", "107.76%", "150.00", "20.00", "17.00", "30.70", "85.75", ""]],
      ["C4"],
      [
        ["total-mismatch", "error", "C4", 298.45, 303.45],
        ["ratio-mismatch", "info", "D4", "107.76%", "105.98%"],
      ],
    ],
    [
      "a rate shown whole, 120% = 60 / 50, against a whole of 70 (70 / 50 = 140%): vouched all the same",
      [["文旅局", 50, 70, "120%", 10, 20, 30, 0, 0, ""]],
      ["C4"],
      [
        ["total-mismatch", "error", "C4", 70, 60],
        ["ratio-mismatch", "info", "D4", "120.00%", "140.00%"],
      ],
    ],
  ])("%s", (_, lines, sums, findings) => {
    const r = run(lines);
    expect(r.sums).toEqual(sums);
    expect(r.findings).toEqual(findings);
  });

  test("a rate that holds with neither (125.00%: 65 / 50 = 130.00%, 60 / 50 = 120.00%) vouches for nothing: no sum, the rate alone is wrong", () => {
    const r = run([["文旅局", 50, 65, "125.00%", 10, 20, 30, 0, 0, ""]]);
    expect(r.sums).toEqual([]);
    expect(r.findings).toEqual([["ratio-mismatch", "error", "D4", "125.00%", "130.00%"]]);
  });

  test("a rate that holds with the whole (90 / 50 = 180.00%) against parts of 60: the breakdown is no sum of the whole", () => {
    const r = run([["文旅局", 50, 90, "180.00%", 10, 20, 30, 0, 0, ""]]);
    expect(r.sums).toEqual([]);
    expect(r.findings).toEqual([]);
  });

  test("three lines, one adding up and two vouched by their rates (70 over 60 at 120.00%, 33 over 30 at 75.00% of 40): three sums, two slips", () => {
    const r = run([
      ["甲局", 50, 60, "120.00%", 10, 20, 30, 0, 0, ""],
      ["乙局", 50, 70, "120.00%", 10, 20, 30, 0, 0, ""],
      ["丙局", 40, 33, "75.00%", 5, 5, 20, 0, 0, ""],
    ]);
    expect(r.sums).toEqual(["C4", "C5", "C6"]);
    expect(r.findings).toEqual([
      ["total-mismatch", "error", "C5", 70, 60],
      ["total-mismatch", "error", "C6", 33, 30],
      ["ratio-mismatch", "info", "D5", "120.00%", "140.00%"],
      ["ratio-mismatch", "info", "D6", "75.00%", "82.50%"],
    ]);
  });

  test("a rate broken on its own beside a broken whole (150.00%: 70 / 50 = 140.00%, 60 / 50 = 120.00%) stays an error: two slips", () => {
    const r = run([
      ["甲局", 50, 60, "120.00%", 10, 20, 30, 0, 0, ""],
      ["乙局", 50, 70, "120.00%", 10, 20, 30, 0, 0, ""],
      ["丙局", 40, 30, "75.00%", 5, 5, 20, 0, 0, ""],
      ["丁局", 50, 70, "150.00%", 10, 20, 30, 0, 0, ""],
    ]);
    expect(r.sums).toEqual(["C4", "C5", "C6", "C7"]);
    expect(r.findings).toEqual([
      ["total-mismatch", "error", "C5", 70, 60],
      ["total-mismatch", "error", "C7", 70, 60],
      ["ratio-mismatch", "error", "D7", "150.00%", "140.00%"],
      ["ratio-mismatch", "info", "D5", "120.00%", "140.00%"],
    ]);
  });

  test("the same three lines with rates that vouch for nothing (two of three broken): no sum is guessed", () => {
    const r = run([
      ["甲局", 50, 60, "120.00%", 10, 20, 30, 0, 0, ""],
      ["乙局", 50, 70, "140.00%", 10, 20, 30, 0, 0, ""],
      ["丙局", 40, 33, "82.50%", 5, 5, 20, 0, 0, ""],
    ]);
    expect(r.sums).toEqual([]);
    expect(r.findings).toEqual([]);
  });
});
