import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";
import { cleanProject, nationalBudget, projectSheet } from "./builders";

/**
 * A sum down an amount column (a 合计 line over its lines, a leading total over the list under it, 年度资金总额 over its
 * 其中 lines) names the column its header gives: 年初预算数, 全年执行数, 中央资金 … — the same total line has one cell
 * per column, and the message says which one is off ("年初预算数栏：年度资金总额 880，与其明细合计 850 不符"). The
 * messageId stays (users' ignore lists); the column is a field of the data. A sum across a line (合计 | 中央 | 省) names
 * its parts' columns already: no column.
 */

const mismatches = (grid: Grid) => review(grid, "national").findings.filter((f) => f.rule === "total-mismatch");

describe("the budget block's 年度资金总额: the column of the cell that is off", () => {
  it("only 年初预算数 disagrees (880 against 800 + 50): 年初预算数", () => {
    const b = projectSheet(
      cleanProject({
        budget: nationalBudget({ initial: 880, adjusted: 850, executed: 850, rate: "100.00%", score: 10 }, [
          { label: "其中:本年财政拨款", initial: 800, adjusted: 800, executed: 800 },
          { label: "上年结转资金", initial: 50, adjusted: 50, executed: 50 },
        ]),
      }),
    );
    const f = mismatches(b.grid);
    expect(f.map((x) => x.cell)).toEqual([b.fund(0, "initial")]);
    expect(f[0].messageId).toBe("sum");
    expect(f[0].data).toMatchObject({ name: "年度资金总额", total: 880, sum: 850, column: "年初预算数" });
    expect(f[0].message).toBe("年初预算数栏：年度资金总额 880，与其明细合计 850 不符（本年财政拨款 800 + 上年结转资金 50）");
    expect(f[0].messageEn).toBe("年度资金总额 (column 年初预算数) states 880, but its parts add up to 850");
  });
  it("only 全年执行数 disagrees (840 against 800 + 50): 全年执行数", () => {
    const b = projectSheet(
      cleanProject({
        budget: nationalBudget({ initial: 850, adjusted: 850, executed: 840, rate: "98.82%", score: 9.88 }, [
          { label: "其中:本年财政拨款", initial: 800, adjusted: 800, executed: 800 },
          { label: "上年结转资金", initial: 50, adjusted: 50, executed: 50 },
        ]),
      }),
    );
    // (the execution score follows the total's 840: the 总分 line is off too, a finding of its own)
    const f = mismatches(b.grid).filter((x) => x.cell === b.fund(0, "executed"));
    expect(f).toHaveLength(1);
    expect(f[0].data).toMatchObject({ total: 840, sum: 850, column: "全年执行数" });
  });
});

describe("a 合计 line closing a list: the column of each cell that is off", () => {
  // 序号 | 项目名称 | 预算数 | 执行数; 合计 of 30 + 40 + 20 = 90 (预算数) and 30 + 35 + 20 = 85 (执行数)
  const g = (budget: number, spent: number) =>
    Grid.fromValues("Sheet1", [
      ["序号", "项目名称", "预算数(万元)", "执行数(万元)"],
      ["1", "项目一", 30, 30],
      ["2", "项目二", 40, 35],
      ["3", "项目三", 20, 20],
      ["合计", null, budget, spent],
      ["注:本表由项目单位填报", null, null, null],
    ]);
  it.each([
    [95, 85, "C5", "预算数", 95, 90],
    [90, 80, "D5", "执行数", 80, 85],
  ])("合计 %d | %d: %s, the %s column (%d against %d), its unit left out", (budget, spent, cell, column, total, sum) => {
    const f = mismatches(g(budget, spent));
    expect(f.map((x) => x.cell)).toEqual([cell]);
    expect(f[0].messageId).toBe("sum");
    expect(f[0].data).toMatchObject({ name: "合计", total, sum, column });
    expect(f[0].message.startsWith(`${column}栏：合计 ${total}，`)).toBe(true);
  });
  it("both right: nothing", () => {
    expect(mismatches(g(90, 85))).toEqual([]);
  });
});

describe("a 合计 line under columns by government level: 中央资金, also under a group header (资金来源 over them)", () => {
  // 中央资金 50 + 30 + 15 = 95 (合计 states 100), 省级资金 20 + 10 + 10 = 40
  const lines = [
    ["1", "甲县", 50, 20],
    ["2", "乙县", 30, 10],
    ["3", "丙县", 15, 10],
  ];
  it.each([
    ["one header line", [["序号", "单位", "中央资金", "省级资金"]], [] as string[], "C5"],
    ["资金来源 merged over the two columns", [["序号", "单位", "资金来源", null], [null, null, "中央资金", "省级资金"]], ["A1:A2", "B1:B2", "C1:D1"], "C6"],
  ])("%s: 中央资金", (_name, header, merges, cell) => {
    const f = mismatches(Grid.fromValues("Sheet1", [...header, ...lines, ["合计", null, 100, 40]], merges));
    expect(f.map((x) => x.cell)).toEqual([cell]);
    expect(f[0].data).toMatchObject({ name: "合计", total: 100, sum: 95, column: "中央资金" });
  });
});

describe("a leading 合计 over a list cut at its end (a bound): the column it is about", () => {
  // the sheet stops in a line with its number only: the list may go on, the 合计 is at least its lines (30 + 40 = 70
  // 预算数, 30 + 35 = 65 执行数)
  const g = (budget: number, spent: number) =>
    Grid.fromValues("Sheet1", [
      ["序号", "项目名称", "预算数", "执行数"],
      ["合计", null, budget, spent],
      ["1", "项目一", 30, 30],
      ["2", "项目二", 40, 35],
      ["3", null, null, null],
    ]);
  it("预算数 60 below its lines' 70: sumAtMost at C2, 预算数", () => {
    const f = mismatches(g(60, 90));
    expect(f.map((x) => x.cell)).toEqual(["C2"]);
    expect(f[0].messageId).toBe("sumAtMost");
    expect(f[0].data).toMatchObject({ name: "合计", total: 60, sum: 70, column: "预算数" });
    expect(f[0].message).toBe("预算数栏：合计 60，小于其中所列 70");
  });
  it("执行数 50 below its lines' 65: sumAtMost at D2, 执行数", () => {
    const f = mismatches(g(100, 50));
    expect(f.map((x) => x.cell)).toEqual(["D2"]);
    expect(f[0].messageId).toBe("sumAtMost");
    expect(f[0].data).toMatchObject({ total: 50, sum: 65, column: "执行数" });
  });
  it("above its lines (the list may go on): nothing", () => {
    expect(mismatches(g(100, 90))).toEqual([]);
  });
});

describe("no column where none is meant", () => {
  it("a sum across a line (合计 | 中央资金 | 省级资金): its parts are the columns, no column field", () => {
    const grid = Grid.fromValues("Sheet1", [
      ["单位", "合计", "中央资金", "省级资金"],
      ["甲县", 75, 50, 20],
      ["乙县", 40, 30, 10],
      ["丙县", 25, 15, 10],
    ]);
    const f = mismatches(grid);
    expect(f.map((x) => x.cell)).toEqual(["B2"]);
    expect(f[0].data).toMatchObject({ total: 75, sum: 70 });
    expect(f[0].data).not.toHaveProperty("column");
    expect(f[0].message.startsWith("甲县")).toBe(true);
  });
  it("a 合计 line under a header that names no amount (第一栏 | 第二栏): no column field", () => {
    const grid = Grid.fromValues("Sheet1", [
      ["序号", "项目名称", "预算数", "执行数"],
      ["1", "项目一", 30, 30],
      ["2", "项目二", 40, 35],
      ["3", "项目三", 20, 20],
      ["合计", null, 95, 85],
    ]);
    // (control: named here) then the same table with its header's words replaced by ones amount vocabulary lacks
    expect(mismatches(grid)[0].data).toMatchObject({ column: "预算数" });
    const unnamed = Grid.fromValues("Sheet1", [
      ["序号", "项目名称", "第一栏", "第二栏"],
      ["1", "项目一", 30, 30],
      ["2", "项目二", 40, 35],
      ["3", "项目三", 20, 20],
      ["合计", null, 95, 85],
    ]);
    const f = mismatches(unnamed);
    expect(f.map((x) => x.cell)).toEqual(["C5"]);
    expect(f[0].data).toMatchObject({ name: "合计", total: 95, sum: 90 });
    expect(f[0].data).not.toHaveProperty("column");
    expect(f[0].message).toBe("合计 95，与其明细合计 90 不符（项目一 30 + 项目二 40 + 项目三 20）");
  });
});
