import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * 其中 sub-items in a scoring table whose only name column is headed 考核内容 / 评价内容 / 项目 / 指标 (read as 一级 or
 * as its leaf): they roll up into the item above them whatever level the name column has, exactly as under
 * 一级/二级/三级 headers. The table: 培训完成率 10 (得分 9) with two parts, 资金使用 90 (得分 90), 合计 100 / 99.
 */

const HEADS = ["考核内容", "评价内容", "考核项目", "项目", "指标"];

/** the two parts' names: 其中 on both, 其中 on the first only, (1)(2), ①② */
const WRITINGS: [string, string, string][] = [
  ["其中：on both", "其中：线上培训", "其中：线下培训"],
  ["其中: on the first only", "其中:线上培训", "线下培训"],
  ["(1)(2)", "(1)线上培训", "(2)线下培训"],
  ["①②", "①线上培训", "②线下培训"],
];

function sheet(head: string, a: string, b: string, parts: { wa: number; wb: number; sa: number; sb: number }): Grid {
  return Grid.fromValues("S", [
    ["培训项目考核评分表"],
    [head, "评分标准", "分值", "得分"],
    ["培训完成率", "全部完成得满分", 10, 9],
    [a, "完成得满分", parts.wa, parts.sa],
    [b, "完成得满分", parts.wb, parts.sb],
    ["资金使用", "规范使用得满分", 90, 90],
    ["合计", "", 100, 99],
  ]);
}

const errors = (r: ReturnType<typeof review>) => r.findings.filter((f) => f.severity === "error");

describe.each(HEADS)("one name column headed %s", (head) => {
  describe.each(WRITINGS)("parts written %s", (_w, a, b) => {
    test("parts adding up (5 + 5 = 10 分值, 4 + 5 = 9 得分): attached to row 3, nothing reported, 10 + 90 = 100 and 9 + 90 = 99", () => {
      const r = review(sheet(head, a, b, { wa: 5, wb: 5, sa: 4, sb: 5 }));
      expect(r.model.indicators.filter((i) => i.childOfRow === 3).map((i) => i.row)).toEqual([4, 5]);
      expect(r.scores.weightSum).toBe(100);
      expect(r.scores.claimedSum).toBe(99);
      expect(errors(r)).toEqual([]);
    });

    test("parts' 得分 4 + 4 = 8 ≠ the parent's 9: total-mismatch at C3's 得分 D3, nothing at the 合计", () => {
      const r = review(sheet(head, a, b, { wa: 5, wb: 5, sa: 4, sb: 4 }));
      const e = errors(r);
      expect(e.map((f) => [f.rule, f.cell])).toEqual([["total-mismatch", "D3"]]);
      expect(e[0].message).toContain("8");
    });
  });

  // (numbered parts are the item's only where their points fit inside it: 4 + 5 = 9 within 10; 其中 parts always)
  test.each([
    ["其中：on both", "其中：线上培训", "其中：线下培训", 6, 5, 11],
    ["其中: on the first only (its 得分 4 + 5 = 9 close the list)", "其中:线上培训", "线下培训", 6, 5, 11],
    ["(1)(2)", "(1)线上培训", "(2)线下培训", 4, 5, 9],
    ["①②", "①线上培训", "②线下培训", 4, 5, 9],
  ])("parts written %s (%s, %s), 分值 %d + %d = %d ≠ 10: weight-sum-mismatch at the parent's 分值 C3 only", (_w, a, b, wa, wb, sum) => {
    const r = review(sheet(head, a as string, b as string, { wa: wa as number, wb: wb as number, sa: 4, sb: 5 }));
    expect(r.model.indicators.filter((i) => i.childOfRow === 3).map((i) => i.row)).toEqual([4, 5]);
    const e = errors(r);
    expect(e.map((f) => [f.rule, f.cell])).toEqual([["weight-sum-mismatch", "C3"]]);
    expect(e[0].message).toContain(String(sum));
  });

  test("(1)(2)(3) rows that are independent items with their own points and no parent above them: nothing attached, 30 + 30 + 40 = 100 and 28 + 30 + 40 = 98", () => {
    const r = review(
      Grid.fromValues("S", [
        ["培训项目考核评分表"],
        [head, "评分标准", "分值", "得分"],
        ["(1)培训人次", "达到得满分", 30, 28],
        ["(2)发放资料", "达到得满分", 30, 30],
        ["(3)覆盖乡镇", "达到得满分", 40, 40],
        ["合计", "", 100, 98],
      ]),
    );
    expect(r.model.indicators.map((i) => [i.row, i.childOfRow])).toEqual([
      [3, null],
      [4, null],
      [5, null],
    ]);
    expect(r.scores.weightSum).toBe(100);
    expect(r.scores.claimedSum).toBe(98);
    expect(errors(r)).toEqual([]);
  });
});

describe("a 其中 list written with its word on the first part only", () => {
  const grid = (rows: (string | number)[][]) => Grid.fromValues("S", [["培训项目考核评分表"], ["考核内容", "评分标准", "分值", "得分"], ...rows]);

  test("ends where its parts reach the parent: 其中:线上 10 alone makes 培训完成率 10, so 资金使用 90 stays an item (10 + 90 = 100)", () => {
    const r = review(
      grid([
        ["培训完成率", "全部完成得满分", 10, 9],
        ["其中:线上培训", "完成得满分", 10, 9],
        ["资金使用", "规范使用得满分", 90, 90],
        ["合计", "", 100, 99],
      ]),
    );
    expect(r.model.indicators.map((i) => [i.row, i.childOfRow])).toEqual([
      [3, null],
      [4, 3],
      [5, null],
    ]);
    expect(errors(r)).toEqual([]);
  });

  test("takes no unmarked line where neither the 分值 (6 + 30) nor the 得分 (4 + 28) of the parts reach the parent's 10 / 9", () => {
    const r = review(
      grid([
        ["培训完成率", "全部完成得满分", 10, 9],
        ["其中:线上培训", "完成得满分", 6, 4],
        ["资金使用", "规范使用得满分", 30, 28],
        ["档案管理", "规范得满分", 60, 60],
        ["合计", "", 100, 97],
      ]),
    );
    expect(r.model.indicators.map((i) => [i.row, i.childOfRow])).toEqual([
      [3, null],
      [4, 3],
      [5, null],
      [6, null],
    ]);
    // (the 其中 line alone is the parent's part: 6 ≠ 10 at its 分值, 4 ≠ 9 at its 得分; 10 + 30 + 60 = 100 and
    // 9 + 28 + 60 = 97 at the 合计)
    expect(errors(r).map((f) => [f.rule, f.cell])).toEqual([
      ["weight-sum-mismatch", "C3"],
      ["total-mismatch", "D3"],
    ]);
  });
});

test("the same 其中 list, its word on the first part only, under 一级/二级/三级 headers: parts 6 + 5 = 11 ≠ 10 at F3, 得分 4 + 5 = 9 fits", () => {
  const r = review(
    Grid.fromValues("S", [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "培训完成率", "≥95%", "96%", 10, 9],
      ["", "", "其中：线上培训", "≥95%", "90%", 6, 4],
      ["", "", "线下培训", "≥95%", "100%", 5, 5],
      ["", "质量指标", "合格率", "≥90%", "95%", 90, 90],
      ["总分", "", "", "", "", 100, 99],
    ]),
  );
  expect(r.model.indicators.filter((i) => i.childOfRow === 3).map((i) => i.row)).toEqual([4, 5]);
  expect(errors(r).map((f) => [f.rule, f.cell])).toEqual([["weight-sum-mismatch", "F3"]]);
});

/**
 * In the model, a 其中 part under 考核内容 (the one name column read as 一级, every line a group of its own) is its
 * parent's: no 一级 group of its own, its path under the parent's group, that group's lines the parent and its parts.
 * Where the column is read as a leaf (评价内容, 考核项目 …) there are no such groups: paths name the line alone.
 */
describe.each(WRITINGS)("the model of parts written %s under 考核内容", (_w, a, b) => {
  const r = review(sheet("考核内容", a, b, { wa: 5, wb: 5, sa: 4, sb: 5 }));
  test("two 一级 groups, 培训完成率 over rows 3, 4, 5 and 资金使用 over row 6", () => {
    expect(r.model.groups.map((g) => [g.level, g.label, g.indicators.map((i) => i.row)])).toEqual([
      [1, "培训完成率", [3, 4, 5]],
      [1, "资金使用", [6]],
    ]);
    expect(r.model.groups[0].lastRow).toBe(5);
  });
  test("the parts' 一级 is their parent's group, their path under it", () => {
    const parts = r.model.indicators.filter((i) => i.childOfRow === 3);
    expect(parts.map((i) => [i.row, i.level1?.label, i.path[0], i.name])).toEqual([
      [4, "培训完成率", "培训完成率", a],
      [5, "培训完成率", "培训完成率", b],
    ]);
  });
  test("the sums are the same: 10 + 90 = 100 and 9 + 90 = 99, nothing reported", () => {
    expect(r.scores.weightSum).toBe(100);
    expect(r.scores.claimedSum).toBe(99);
    expect(errors(r)).toEqual([]);
  });
});

test("independent (1)(2)(3) items under 考核内容 keep their own 一级 groups (nothing attached)", () => {
  const r = review(
    Grid.fromValues("S", [
      ["培训项目考核评分表"],
      ["考核内容", "评分标准", "分值", "得分"],
      ["(1)培训人次", "达到得满分", 30, 28],
      ["(2)发放资料", "达到得满分", 30, 30],
      ["(3)覆盖乡镇", "达到得满分", 40, 40],
      ["合计", "", 100, 98],
    ]),
  );
  expect(r.model.groups.map((g) => [g.label, g.indicators.map((i) => i.row)])).toEqual([
    ["(1)培训人次", [3]],
    ["(2)发放资料", [4]],
    ["(3)覆盖乡镇", [5]],
  ]);
});
