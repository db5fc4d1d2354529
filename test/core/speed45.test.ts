import { Grid } from "../../src/core/grid/grid";
import { rowMemo } from "../../src/core/grid/row-memo";
import { isClosingRow } from "../../src/core/recognise/table-closing";
import { rowHasNumbers } from "../../src/core/recognise/blocks";
import { gradeTierSpan } from "../../src/core/recognise/table-tiers";
import { readFields, targetRows } from "../../src/core/rules/target-sheet";
import { recognise } from "../../src/core/recognise";

/**
 * speed45: answers asked again and again of the same grid kept beside it (no result changes: the per-file result hashes
 * of every fixture workbook and the CLI's JSON over test/fixtures/real are unchanged). These pin that a kept answer is the
 * one asked fresh, per grid and per line, and that another grid (a grid is never changed: withCells makes another) asks
 * anew.
 */
type Row = (string | number | boolean | null)[];

describe("rowMemo: a line's yes/no answered once per grid and line", () => {
  test("asks once per line, answers as asked, and each grid on its own", () => {
    const asked: string[] = [];
    const odd = rowMemo((g, r) => {
      asked.push(`${g.name}:${r}`);
      return r % 2 === 1;
    });
    const a = Grid.fromValues("A", [["x"], ["y"], ["z"]]);
    const b = Grid.fromValues("B", [["x"], ["y"]]);
    expect([1, 2, 3, 1, 2, 3].map((r) => odd(a, r))).toEqual([true, false, true, true, false, true]);
    expect([2, 1, 2].map((r) => odd(b, r))).toEqual([false, true, false]);
    expect(asked).toEqual(["A:1", "A:2", "A:3", "B:2", "B:1"]);
  });

  test("lines outside 0 … rowCount + 1 (and not whole) are asked each time, never kept", () => {
    const asked: number[] = [];
    const yes = rowMemo((_g, r) => {
      asked.push(r);
      return true;
    });
    const g = Grid.fromValues("S", [["x"], ["y"]]);
    for (const r of [-1, 4, 4, 2.5, 0, 0, 3, 3]) expect(yes(g, r)).toBe(true);
    // (0 and 3 = rowCount + 1 are kept; -1, 4 and 2.5 asked each time)
    expect(asked).toEqual([-1, 4, 4, 2.5, 0, 3]);
  });
});

describe("the kept answers equal the fresh ones", () => {
  const rows: Row[] = [
    ["项目支出绩效自评表", null, null, null],
    ["一级指标", "二级指标", "分值", "得分"],
    ["产出指标", "数量指标", 20, 18],
    ["效益指标", "社会效益", 30, 30],
    ["总分", null, 50, 48],
    ["填报人:", "张三", "填报日期:", "2023年12月"],
  ];

  test("isClosingRow: the 总分 line and the signatures close, the item lines do not; asked again, the same", () => {
    const g = Grid.fromValues("S", rows);
    const first = [1, 2, 3, 4, 5, 6, 7].map((r) => isClosingRow(g, r));
    const again = [7, 6, 5, 4, 3, 2, 1].map((r) => isClosingRow(g, r)).reverse();
    // (the 总分 line and the signatures under the table, 填报人: | 张三 | 填报日期:)
    expect(first).toEqual([false, false, false, false, true, true, false]);
    expect(again).toEqual(first);
    // another grid with the 总分 line renamed: its own answer (not the first grid's kept one)
    const h = g.withCells([{ cell: "A5", value: { v: "产出说明" } }]);
    expect(isClosingRow(h, 5)).toBe(false);
    expect(isClosingRow(g, 5)).toBe(true);
  });

  test("rowHasNumbers: the lines with a number", () => {
    const g = Grid.fromValues("S", rows);
    expect([1, 2, 3, 4, 5, 6].map((r) => rowHasNumbers(g, r))).toEqual([false, false, true, true, true, false]);
    expect([6, 5, 4, 3, 2, 1].map((r) => rowHasNumbers(g, r))).toEqual([false, true, true, true, false, false]);
  });

  test("gradeTierSpan: 等次及分值 merged over 优秀 | 良好 | 一般 | 较差, the same span each time it is asked", () => {
    const g = Grid.fromValues(
      "S",
      [
        ["指标", "分值", "等次及分值", null, null, null],
        [null, null, "优秀", "良好", "一般", "较差"],
        ["制度建设", 5, "4~5", "3~4", "2~3", "0~2"],
      ],
      ["C1:F1", "A1:A2", "B1:B2"],
    );
    const first = gradeTierSpan(g, 2);
    expect(first).toEqual({ first: 3, last: 6 });
    expect(gradeTierSpan(g, 2)).toBe(first);
    expect(gradeTierSpan(g, 3)).toBeNull();
    expect(gradeTierSpan(g, 1)).toBeNull();
  });

  test("readFields / targetRows: one read per model and grid, a fresh read for another grid", () => {
    const form: Row[] = [
      ["项目绩效目标申报表", null, null, null],
      ["项目名称", "乡村振兴培训项目", "主管部门", null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", "≥100人"],
      ["效益指标", "社会效益", "群众知晓率", "≥90%"],
      ["满意度指标", "服务对象满意度", "受训人员满意度", "≥95%"],
    ];
    const g = Grid.fromValues("S", form);
    const model = recognise(g);
    const fields = readFields(g, model);
    expect(fields.map((f) => `${f.key}@${f.valueCell}=${f.value}`)).toEqual(["projectName@B2=乡村振兴培训项目", "department@D2="]);
    expect(readFields(g, model)).toBe(fields);
    const rows = targetRows(g, model);
    expect(rows.map((r) => `${r.row}:${r.name}:${r.targetText}`)).toEqual(["4:培训人数:≥100人", "5:群众知晓率:≥90%", "6:受训人员满意度:≥95%"]);
    expect(targetRows(g, model)).toBe(rows);
    // the department filled in on another grid, asked with the same model: read from that grid
    const h = g.withCells([{ cell: "D2", value: { v: "县农业农村局" } }]);
    expect(readFields(h, model).map((f) => `${f.key}=${f.value}`)).toEqual(["projectName=乡村振兴培训项目", "department=县农业农村局"]);
  });
});
