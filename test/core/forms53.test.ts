import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { differs, reading, variants } from "./forms53-variants";
import type { Kind } from "./forms53-variants";
import { realGrid } from "./title-variants";

/**
 * forms53: the variations between templates of one filled form. First the two readers by hand-built sheets (numbers a
 * reviewer checks by eye), with the counter-shapes they must not read; then the variations (forms53-variants.ts) over a
 * fixed sample of real forms: each variant of a kind listed for a form reads as the form printed (family, indicators with
 * their weights and scores, relations, error findings, cells moved back).
 */

type Row = (string | number | null)[];
const sheet = (rows: Row[], merges: string[] = []) => new Grid({ name: "Sheet1", cells: rows.map((r) => r.map((v) => (v === null ? null : { v }))), merges });

describe("levels-under-one-head: one 指标 merged over the three levels' columns", () => {
  // 产出指标 over 数量 (2 lines) and 质量 (1 line); 效益指标 over 社会效益 (1 line): weights 20+20+10 = 50, 50 under 效益
  const body: Row[] = [
    ["产出指标", "数量指标", "培训人数", "≥100人", "120人", 20, 20],
    [null, null, "发放手册", "≥500册", "500册", 20, 20],
    [null, "质量指标", "合格率", "≥95%", "96%", 10, 10],
    ["效益指标", "社会效益指标", "覆盖乡镇", "≥10个", "8个", 50, 40],
    ["合计", null, null, null, null, 100, 90],
  ];
  const merges = ["A1:C1", "A2:A4", "B2:B3"];
  test("the three columns read as 一级 | 二级 | 三级, the paths and weights as a three-head template's", () => {
    const r = review(sheet([["指标", null, null, "指标值", "实际完成值", "分值", "得分"], ...body], merges), "national");
    expect(r.model.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, targetValue: 4, actual: 5, weight: 6, score: 7 });
    expect(r.model.indicators.map((i) => [i.path.join("/"), i.weight, i.claimedScore])).toEqual([
      ["产出指标/数量指标/培训人数", 20, 20],
      ["产出指标/数量指标/发放手册", 20, 20],
      ["产出指标/质量指标/合格率", 10, 10],
      ["效益指标/社会效益指标/覆盖乡镇", 50, 40],
    ]);
    const printed = review(sheet([["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"], ...body], merges.slice(1)), "national");
    expect(reading(r)).toEqual(reading(printed));
  });
  test("a target table's lines of texts only (2km, 100%): the first line under the head is an indicator, no lower header line", () => {
    const texts: Row[] = [
      ["产出指标", "数量指标", "新建水泥路", "2km"],
      [null, null, "硬化路面", "3km"],
      [null, "质量指标", "验收合格率", "100%"],
      ["效益指标", "社会效益指标", "群众出行条件改善", "明显改善"],
    ];
    const r = review(sheet([["指标", null, null, "指标值"], ...texts], ["A1:C1", "A2:A4", "B2:B3"]), "national");
    expect(r.model.headerLastRow).toBe(1);
    expect(r.model.indicators.map((i) => [i.row, i.path.join("/")])).toEqual([
      [2, "产出指标/数量指标/新建水泥路"],
      [3, "产出指标/数量指标/硬化路面"],
      [4, "产出指标/质量指标/验收合格率"],
      [5, "效益指标/社会效益指标/群众出行条件改善"],
    ]);
  });
  test("counter-shape: no tree under the head (as many labels in the first column as in the last) — not read as three levels", () => {
    const flat: Row[] = [
      ["培训", "人数", "培训人数", "≥100人", "120人", 50, 50],
      ["手册", "册数", "发放手册", "≥500册", "500册", 50, 50],
    ];
    const r = review(sheet([["指标", null, null, "指标值", "实际完成值", "分值", "得分"], ...flat], ["A1:C1"]), "national");
    expect([r.model.columns.level1, r.model.columns.level2, r.model.columns.level3]).not.toEqual([1, 2, 3]);
  });
  test("counter-shape: a column of numbers under the head (codes) — not read as a level", () => {
    const coded: Row[] = [
      ["产出指标", 1, "培训人数", "≥100人", "120人", 50, 50],
      [null, 2, "发放手册", "≥500册", "500册", 50, 50],
    ];
    const r = review(sheet([["指标", null, null, "指标值", "实际完成值", "分值", "得分"], ...coded], ["A1:C1", "A2:A3"]), "national");
    expect(r.model.columns.level2).not.toBe(2);
  });
});

describe("table-infer: a headerless graded table's 分值 is the larger number of its lines, wherever printed", () => {
  // (a report cover's 绩效评价结果 with its labels lost: name | 得分 | 分值 | 等级; total 100 / 94)
  const lines = (order: "ws" | "sw"): Row[] => {
    const at = (w: number, s: number) => (order === "ws" ? [w, s] : [s, w]);
    return [
      ["绩效评价结果", null, null, null],
      [null, null, null, "绩效等级"],
      ["投入", ...at(20, 18), "优"],
      ["过程", ...at(30, 28), "优"],
      ["产出", ...at(50, 48), "优"],
      [null, ...at(100, 94), "优"],
    ];
  };
  test.each(["ws", "sw"] as const)("order %s: weights 20, 30, 50 and scores 18, 28, 48 under a total of 100 / 94", (order) => {
    const r = review(sheet(lines(order), ["A1:D1"]), "national");
    expect(r.model.indicators.map((i) => [i.weight, i.claimedScore])).toEqual([[20, 18], [30, 28], [50, 48]]);
    expect(r.model.columns.weight).toBe(order === "ws" ? 2 : 3);
  });
});

/** Real forms and the variation kinds each keeps (every variant of those kinds; run in well under a minute). */
const SAMPLE: [string, Kind[]][] = [
  ["yn-baoshan-veterans-spring-festival-visits-selfeval-2022", ["one 指标 head", "swapped columns", "header synonym", "title removed"]],
  ["fj-anxi-water-target-2022", ["one 指标 head", "title removed"]],
  ["sn-qingjian-orchard-road-target-2021", ["one 指标 head"]],
  ["sc-wangcang-essential-drugs-transfer-selfeval-2021", ["one 指标 head", "swapped columns"]],
  ["hi-danzhou-court-dept-overall-eval-result-2018", ["swapped columns", "title removed"]],
  ["ah-huainan-data-bureau-window-staff-bonus-selfeval-2023", ["swapped columns", "header synonym", "empty column"]],
];

describe.each(SAMPLE)("%s: its template variations read as printed", (id, kinds) => {
  const g = realGrid(id);
  const base = review(g, "national");
  const was = reading(base);
  const vs = variants(g, base).filter((v) => kinds.includes(v.kind));
  test.each(kinds)("%s", (kind) => {
    const of = vs.filter((v) => v.kind === kind);
    expect(of.length).toBeGreaterThan(0);
    expect(of.map((v) => [v.what, differs(was, reading(review(v.grid, "national"), v.back))])).toEqual(of.map((v) => [v.what, []]));
  });
});

test("(lead) a level word merged over three columns, printed again at a page break: one tree of three levels over both printings (the real case that needs the guard is metamorphic-family's 智慧矫正 page-break variant)", () => {
  // 指标 over A:C heads a tree (产出指标 over 数量 (2 lines) and 质量; 效益指标 over 社会效益); printed again before 满意度指标:
  // the copy's lines are the same table's, read on the same three levels (weights 20 + 20 + 10 + 30 + 20 = 100)
  const head: Row = ["指标", null, null, "分值", "得分"];
  const rows: Row[] = [
    head,
    ["产出指标", "数量指标", "培训人数", 20, 20],
    [null, null, "发放手册", 20, 20],
    [null, "质量指标", "合格率", 10, 10],
    ["效益指标", "社会效益指标", "覆盖乡镇", 30, 25],
    head,
    ["满意度指标", "服务对象满意度", "满意度", 20, 18],
    ["合计", null, null, 100, 93],
  ];
  const r = review(sheet(rows, ["A1:C1", "A6:C6", "A2:A4", "B2:B3"]), "national");
  expect(r.model.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, weight: 4, score: 5 });
  expect(r.model.indicators.map((i) => [i.path.join("/"), i.weight, i.claimedScore])).toEqual([
    ["产出指标/数量指标/培训人数", 20, 20],
    ["产出指标/数量指标/发放手册", 20, 20],
    ["产出指标/质量指标/合格率", 10, 10],
    ["效益指标/社会效益指标/覆盖乡镇", 30, 25],
    ["满意度指标/服务对象满意度/满意度", 20, 18],
  ]);
});
