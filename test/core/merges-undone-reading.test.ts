import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { signature } from "./metamorphic";

/**
 * A table read the same whether its merges are there, undone (a CSV dump, a paste as values: each value on its first
 * cell) or filled down (an export writing a merged value on every line it covered). Four shapes that read differently
 * once the merges were gone (metamorphic-real's 眉山 2017 / 2019, 凉山 and 人事處 entries), each with the near-miss that
 * must keep its own reading.
 */
type Row = (string | number | null)[];
const grid = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const errors = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.rule}@${f.cell}`);
/** The merges of a list that are one line high (across only): what undoing the merges down leaves. */
const across = (merges: string[]) => merges.filter((m) => /^[A-Z]+(\d+):[A-Z]+\1$/.test(m));

describe("a progress table's name head written without its merge (项目内容 | blank over a 分项 and its items)", () => {
  const head: Row = ["工程名称", "序号", "项目内容", null, "目标任务", "牵头单位", "进度", "完成目标(%)", "备注"];
  const lines: Row[] = [
    ["就业促进工程", "1", "促进就业创业", "城镇新增就业(人)", 26000, "市人社局", 32095, 123.4, "超额完成"],
    [null, "2", null, "城镇失业人员再就业(人)", 4000, null, 4934, 123.4, "超额完成"],
    // (a ceiling: 4.3 over 4.17 is 103.1%, the target over what is done — read so only with the line's name)
    [null, "3", null, "城镇登记失业率低于(%)", 4.3, null, 4.17, 103.1, "超额完成"],
    [null, "4", null, "劳务品牌培训(人)", 2425, null, 2425, 100, "已完成"],
  ];
  const merged = grid([["2017年民生工程项目情况表"], head, ...lines], ["A1:I1", "C2:D2", "A3:A6", "C3:C6", "F3:F6"]);
  const dumped = grid([["2017年民生工程项目情况表"], head, ...lines]);

  test("merged: 项目内容 over C:D is the 分项 (C) and the items (D); the ceiling line H5 is 4.3 / 4.17", () => {
    const r = review(merged, "national");
    expect(r.model.columns).toMatchObject({ level1: 1, level2: 3, level3: 4, targetValue: 5 });
    expect(signature(r).relations).toContain("ratio/rate H5 ← E5,G5");
    expect(errors(merged)).toEqual([]);
  });

  test("every merge undone: the same columns, the same relations (H5 still 4.3 / 4.17, no false ratio-mismatch)", () => {
    const r = review(dumped, "national");
    expect(r.model.columns).toMatchObject({ level1: 1, level2: 3, level3: 4, targetValue: 5 });
    expect(signature(r).relations).toEqual(signature(review(merged, "national")).relations);
    expect(errors(dumped)).toEqual([]);
  });

  test.each([
    // (a second column of names: each line's name under 项目内容 and a note beside it, as many as the names)
    ["a note beside every line's own name", (l: Row, k: number): Row => [l[0], l[1], `项目${k + 1}`, "按季统计", ...l.slice(4)]],
    // (numbers under the blank head: a column of its own, no items' names)
    ["a number under the blank head on every line", (l: Row, k: number): Row => [l[0], l[1], k ? null : "促进就业创业", 10 + k, ...l.slice(4)]],
  ] as [string, (l: Row, k: number) => Row][])("counter-shape, merges undone — %s: the head is column C alone", (_, change) => {
    const r = review(grid([["2017年民生工程项目情况表"], head, ...lines.map(change)]), "national");
    expect(r.model.columns.level3).toBe(3);
    expect(r.model.columns.level2).toBeUndefined();
  });
});

describe("a whole's line over its places under a rate's head written over its trio's first column only (merges undone)", () => {
  // 地区 | 新增就业(人) over 目标任务 | 进度 | 完成比例(%), then 城镇登记失业率低于(%) over the same trio
  const rows = (rateHead: string): Row[] => [
    ["2019年民生工程完成情况表"],
    ["地区", "新增就业(人)", null, null, rateHead, null, null],
    [null, "目标任务", "进度", "完成比例(%)", "目标任务", "进度", "完成比例(%)"],
    ["全市", 100, 120, 120, 4.3, 3.6, null],
    ["东坡区", 50, 60, 120, 4.3, 3.5, null],
    ["彭山区", 30, 36, 120, 4.3, 3.7, null],
    ["仁寿县", 20, 24, 120, 4.3, 3.6, null],
  ];
  const merges = ["A1:G1", "A2:A3", "B2:D2", "E2:G2"];
  const sums = (g: Grid) => signature(review(g, "national")).relations.filter((x) => x.startsWith("sum/"));

  test.each([
    ["merged", merges],
    ["every merge undone", []],
  ])("%s: the places add up to 全市 in B and C (100 = 50 + 30 + 20, 120 = 60 + 36 + 24), not in the rate's E and F", (_, m) => {
    const g = grid(rows("城镇登记失业率低于(%)"), m);
    expect(sums(g)).toEqual(["sum/amount B4 ← B5,B6,B7", "sum/amount C4 ← C5,C6,C7"]);
    expect(errors(g)).toEqual([]);
  });

  test("counter-shape: a count's head over the second trio (劳务培训(人), 4.3 | 3.6 not its numbers: 12 = 4 + 5 + 3) is summed, merges undone", () => {
    const g = rows("劳务培训(人)");
    for (const [r, e, f] of [[3, 12, 14], [4, 4, 5], [5, 5, 5], [6, 3, 4]]) {
      g[r][4] = e;
      g[r][5] = f;
    }
    expect(sums(grid(g))).toEqual(["sum/amount B4 ← B5,B6,B7", "sum/amount C4 ← C5,C6,C7", "sum/amount E4 ← E5,E6,E7", "sum/amount F4 ← F5,F6,F7"]);
  });
});

describe("a leading total (总投资 opening its parts) whose header lines lost their merges down", () => {
  // 县名 merged down the header's three lines; 户数 over 合计(户) | 新建(户) | 改建(户); 总投资 | 住房 | 基础 merged down two
  const rows: Row[] = [
    ["某州2016年新村建设工程月报进度表"],
    ["县名", "完成住房", null, null, null, "完成投资", null, null],
    [null, "户数", null, null, "占计划(%)", "总投资", "住房建设投资", "基础设施建设投资"],
    [null, "合计(户)", "新建(户)", "改建(户)", null, null, null, null],
    ["甲县", 10, 6, 4, 50, 300, 200, 100],
    ["乙县", 20, 20, 0, 80, 400, 250, 150],
    ["丙县", 8, 5, 3, 40, 516, 240, 277],
    ["丁县", 12, 12, 0, 60, 210, 150, 60],
  ];
  const merges = ["A1:H1", "A2:A4", "B2:E2", "F2:H2", "B3:D3", "E3:E4", "F3:F4", "G3:G4", "H3:H4"];

  test.each([
    ["merged", merges],
    ["its merges down undone", across(merges)],
    ["every merge undone", []],
  ])("%s: 总投资 against 住房 + 基础 on each line, 丙县's 516 against 240 + 277 = 517 flagged at F7", (_, m) => {
    const g = grid(rows, m);
    const rel = signature(review(g, "national")).relations;
    expect(rel).toEqual(expect.arrayContaining(["sum/amount F5 ← G5,H5", "sum/amount F7 ← G7,H7", "sum/amount B5 ← C5,D5"]));
    expect(errors(g)).toEqual(["total-mismatch@F7"]);
  });

  test("counter-shape: nothing left of 合计(户) on the header's lines (no 县名, only the title's line above): its lines are not read as sums", () => {
    const bare = rows.map((l, k) => (k === 0 ? l : [null, ...l.slice(1)]));
    const rel = signature(review(grid(bare), "national")).relations;
    expect(rel.filter((x) => x.startsWith("sum/amount B"))).toEqual([]);
  });
});

describe("a target's label filled down beside its 总计 line (merged over the target's lines, then an export)", () => {
  const head: Row = ["单位绩效目标(配分%)", "项目", "配分", "自评"];
  const target = "缩短差假申请至核准后登录时间(20%)";
  const lines = (closingLabel: string): Row[] => [
    [target, "目标之复杂度及挑战性", 30, 26],
    [target, "目标执行进度", 30, 25],
    [target, "目标达成度", 40, 35],
    [closingLabel, "总计", 100, 86],
    ["减少用纸量(10%)", "目标之复杂度及挑战性", 30, 23],
  ];
  const read = (g: Grid) => {
    const r = review(g, "national");
    return { rows: r.model.indicators.map((i) => i.row), totals: r.model.totals?.row ?? null };
  };

  test.each([
    ["merged (A2:A5)", ["A2:A5"]],
    ["filled down (the label on each of its lines)", []],
  ])("%s: lines 2–4 read, 总计 on line 5 closes them (100 | 86)", (_, m) => {
    const body = lines(target).map((l, k) => (m.length && k > 0 && k < 4 ? [null, ...l.slice(1)] : l));
    expect(read(grid([head, ...body], m))).toEqual({ rows: [2, 3, 4], totals: 5 });
  });

  test("counter-shape: another label beside the 总计 (减少用纸量, not the one above it) is no copy: the line is no closing line", () => {
    expect(read(grid([head, ...lines("减少用纸量(10%)")])).totals).not.toBe(5);
  });
});
