import { Grid } from "../../../src/core/grid/grid";
import type { Indicator } from "../../../src/core/model/types";
import { IndicatorRow, setPathLevel } from "../../../src/core/model/indicator-row";
import { readSheet } from "../../../src/core/recognise";

/**
 * An IndicatorRow's path ([一级, 二级, 三级]) is made when read from its labels and its name: what is written into it
 * goes through setPathLevel or a whole new path, and a path read is a copy.
 */
const COLS = { name: 3, weight: 6, score: 7, target: 4, op: 0, unit: 0, actual: 5, reason: 0, rubric: 0, coefficient: 0 };

describe("IndicatorRow.path", () => {
  test("[一级, 二级, name] from the levels set one at a time, the name last", () => {
    const row = new IndicatorRow(5, COLS);
    row.name = "培训人次";
    setPathLevel(row, 0, "产出指标");
    setPathLevel(row, 1, "数量指标");
    expect(row.path).toEqual(["产出指标", "数量指标", "培训人次"]);
  });

  test("a new row's path is two blank levels and its name", () => {
    const row = new IndicatorRow(5, COLS);
    row.name = "满意度";
    expect(row.path).toEqual(["", "", "满意度"]);
  });

  test("a path of two ([一级, name]) set as a whole reads back as two, its 一级 still settable", () => {
    const row = new IndicatorRow(5, COLS);
    row.name = "可行性研究";
    row.path = ["一、前期工作", "可行性研究"];
    setPathLevel(row, 0, "一、项目前期");
    expect(row.path).toEqual(["一、项目前期", "可行性研究"]);
    expect(() => setPathLevel(row, 1, "x")).toThrow();
  });

  test("writing into a path read changes nothing: it is a copy", () => {
    const row = new IndicatorRow(5, COLS);
    row.name = "a";
    row.path[0] = "changed";
    expect(row.path[0]).toBe("");
  });

  test("a path that does not end in the row's name is refused", () => {
    const row = new IndicatorRow(5, COLS);
    row.name = "a";
    expect(() => (row.path = ["x", "y", "b"])).toThrow();
  });

  test("a plain indicator's path is written in place", () => {
    const plain = { path: ["", "", "a"] } as unknown as Indicator;
    setPathLevel(plain, 1, "质量指标");
    expect(plain.path).toEqual(["", "质量指标", "a"]);
  });

  test("a table's rows: the group labels over the cells as written (merged 一级 read on every row)", () => {
    const grid = Grid.fromValues(
      "Sheet1",
      [
        ["项目支出绩效自评表"],
        ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人次", "≥100", 120, 4, 4],
        [undefined, "质量指标", "合格率", "≥95%", "98%", 4, 4],
        ["效益指标", "社会效益", "受益人数", "≥50", 60, 2, 2],
      ],
      ["A3:A4"],
    );
    const { model } = readSheet(grid);
    expect(model.indicators.map((i) => i.path)).toEqual([
      ["产出指标", "数量指标", "培训人次"],
      ["产出指标", "质量指标", "合格率"],
      ["效益指标", "社会效益", "受益人数"],
    ]);
  });
});
