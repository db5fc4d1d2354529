import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * Criterion rows under one merged label (序号 | 考核内容 merged over several rows, each row its own criterion and 分值):
 * each row's name adds its own criterion's number, or its leading words, so that a finding's message tells the rows
 * apart; rows that do not share a merged label keep their names.
 */
const HEADER = ["序号", "考核内容", "评分标准", "分值", "得分"];
const sheet = (criteria: string[], scores: (number | null)[], label = "环境卫生", weights = [20, 20, 10]) =>
  Grid.fromValues(
    "Sheet1",
    [HEADER, ...criteria.map((c, k) => [k === 0 ? "2" : null, k === 0 ? label : null, c, weights[k], scores[k]])],
    [`A2:A${criteria.length + 1}`, `B2:B${criteria.length + 1}`],
  );
const names = (g: Grid) => review(g, "national").model.indicators.map((i) => i.name);
const messages = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => [f.rule, f.cell, f.message]);

const NUMBERED = ["(1)有环卫管理机构和清扫保洁队伍,得10分;主街道实行保洁,得10分", "(2)公共厕所按标准建设,得10分;建成生态公厕,得10分", "(3)路面整洁卫生,得10分;发现一处扣2分"];

test("three numbered criteria under 环境卫生: 环境卫生(1) … 环境卫生(3), and a score above its weight names its row", () => {
  expect(names(sheet(NUMBERED, [20, 18, 10]))).toEqual(["环境卫生(1)", "环境卫生(2)", "环境卫生(3)"]);
  expect(messages(sheet(NUMBERED, [20, 25, 10]))).toEqual([["score-exceeds-weight", "E3", "环境卫生(2)得分 25 超过分值 20"]]);
});

test("unnumbered criteria: the name adds each one's first clause, cut at ten characters", () => {
  const criteria = ["路面整洁卫生,无暴露垃圾,得10分", "垃圾箱布局合理且垃圾日产日清,得10分", "有垃圾中转站,得10分"];
  expect(names(sheet(criteria, [20, 18, 10]))).toEqual(["环境卫生 路面整洁卫生", "环境卫生 垃圾箱布局合理且垃圾…", "环境卫生 有垃圾中转站"]);
});

test("a label ending in a number or a bracket takes the criterion's number after a space: '2 (2)'", () => {
  expect(names(sheet(NUMBERED, [20, 18, 10], "2"))).toEqual(["2 (1)", "2 (2)", "2 (3)"]);
});

test("two rows with the same first clause cannot be told apart so: their names stay as written", () => {
  const criteria = ["资料齐全,得10分", "资料齐全,得5分", "现场整洁,得10分"];
  expect(names(sheet(criteria, [20, 18, 10]))).toEqual(["环境卫生", "环境卫生", "环境卫生"]);
});

test("rows with names of their own (no merged label) keep them", () => {
  const g = Grid.fromValues("Sheet1", [HEADER, ["1", "环境卫生", "(1)路面整洁,得10分", 10, 10], ["2", "绿化美化", "(1)绿化达标,得10分", 10, 8]], []);
  expect(names(g)).toEqual(["环境卫生", "绿化美化"]);
});

describe("the 城镇建设 box-drawn 考核评分表 (real/cn-town-construction-sanitation-box-rubric-excerpt): 序号 2 merged over four criteria", () => {
  const path = join(FIXTURES, "real", "cn-town-construction-sanitation-box-rubric-excerpt.json");
  const base = () => jsonGrid(path);
  const mutated = (edits: Record<string, number>) => {
    const j = JSON.parse(readFileSync(path, "utf8"));
    for (const [a1, v] of Object.entries(edits)) j.grid[Number(a1.slice(1)) - 1][a1.charCodeAt(0) - 65] = v;
    return Grid.fromValues("Sheet1", j.grid, j.merges);
  };
  test("its rows are 2 (1) … 2 (4)", () => {
    expect(names(base())).toEqual(["2 (1)", "2 (2)", "2 (3)", "2 (4)"]);
  });
  test("25 of 20 in row 2 and -1 in row 4: the messages name (1) and (3)", () => {
    expect(messages(mutated({ H2: 25, H3: 10, H4: -1, H5: 5 }))).toEqual([
      ["score-exceeds-weight", "H2", "2 (1)得分 25 超过分值 20"],
      ["negative-score", "H4", "2 (3)得分 -1 为负数"],
    ]);
  });
});
