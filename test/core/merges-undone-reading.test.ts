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

/** Every horizontal merge of `merges` filled across (its value written in each cell it covered) and undone. */
function filledAcross(rows: Row[], merges: string[]): Row[] {
  const out = rows.map((l) => [...l]);
  for (const m of merges) {
    const [, c1, r1, c2, r2] = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(m)!;
    if (r1 !== r2) continue;
    const r = Number(r1) - 1;
    const a = c1.charCodeAt(0) - 65;
    for (let c = a + 1; c <= c2.charCodeAt(0) - 65; c++) out[r][c] = out[r][a];
  }
  return out;
}

describe("merges filled across (an export or a paste writing a merged value in every cell it covered)", () => {
  /** the cells the sheet's sentences state a total in (共…其中 read from the sentence's own cell) */
  const sentenceTotals = (g: Grid) => signature(review(g, "national")).relations.filter((x) => /^sum\/amount ([A-Z]+\d+) ← (\1,)*\1$/.test(x)).map((x) => x.split(" ")[1]);
  test.each([["merged", true], ["filled across", false]])("%s: a sentence's 共…其中 amounts (2026400 against 1740000) read once, at B2", (_, merged) => {
    const sentence = "本项目共申请预算资金2026400元，其中村级组织运转400000元，村干部报酬252000元，村级事务补助960000元，村级工作目标奖励128000元。";
    const rows: Row[] = [["年度总体目标", "预期目标", null, null, null], [null, sentence, null, null, null]];
    const merges = ["B1:E1", "B2:E2", "A1:A2"];
    expect(sentenceTotals(merged ? grid(rows, merges) : grid(filledAcross(rows, merges), ["A1:A2"]))).toEqual(["B2"]);
  });

  test("counter-shape: two different sentences side by side are both read", () => {
    const a = "本项目共申请预算资金2026400元，其中村级组织运转400000元，村干部报酬252000元，村级事务补助960000元。";
    const b = "本项目共完成预算资金1329120元，其中村级组织运转439120元，村干部报酬152000元，村级事务补助660000元。";
    expect(sentenceTotals(grid([["预期目标", "实际完成情况"], [a, b]]))).toEqual(["A2", "B2"]);
  });

  // 预算执行率 merged over E:G on the head and on each line
  const fund: Row[] = [
    ["资金投入情况(万元)", null, "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)", null, null],
    [null, "年度资金总额:", 148, 46, "31.00%", null, null],
    [null, "其中:中央财政资金", 102, 0, "0%", null, null],
    [null, "地方资金", 46, 46, "100%", null, null],
  ];
  const fundMerges = ["A1:B1", "E1:G1", "E2:G2", "E3:G3", "E4:G4"];
  test.each([["merged", true], ["filled across", false]])("%s: the rate read once, 31.00% against 46/148 = 31.08% flagged at E2 only", (_, merged) => {
    expect(errors(merged ? grid(fund, fundMerges) : grid(filledAcross(fund, fundMerges)))).toEqual(["exec-rate-mismatch@E2"]);
  });

  test("counter-shape: 2022年 | 2023年 over 预算数 | 预算数 are two columns — 2023's 合计 120 against 70 + 40 = 110 flagged at C3", () => {
    const rows: Row[] = [
      [null, "2022年", "2023年"],
      ["资金来源", "预算数", "预算数"],
      ["合计", 100, 120],
      ["中央资金", 60, 70],
      ["地方资金", 40, 40],
    ];
    const g = grid(rows);
    expect(signature(review(g, "national")).relations).toEqual(expect.arrayContaining(["sum/amount B3 ← B4,B5", "sum/amount C3 ← C4,C5"]));
    expect(errors(g)).toEqual(["total-mismatch@C3"]);
  });

  // a fund block, then the year's goal: 预期目标 merged over C:E and 实际完成情况 over F:H, their amounts merged the same
  const form: Row[] = [
    ["项目资金(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 43.2, 43.2, 37.24, 10, "86%", 9],
    [null, "其中:当年财政拨款", 43.2, 43.2, 37.24, null, null, null],
    [null, "上年结转资金", null, null, null, null, null, null],
    [null, "其他资金", null, null, null, null, null, null],
    ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null],
    [null, 43.2, null, null, null, 37.24, null, null],
  ];
  const formMerges = ["A1:B1", "A2:A5", "A6:A7", "B6:E6", "F6:H6", "B7:E7", "F7:H7"];
  test.each([["merged", true], ["filled across", false]])("%s: the goal's line (43.2 | 37.24) is no line of the fund block above it — no error", (_, merged) => {
    expect(errors(merged ? grid(form, formMerges) : grid(filledAcross(form, formMerges), ["A2:A5", "A6:A7"]))).toEqual([]);
  });

  test("counter-shape: a line of words over some of a progress list's columns (应补尽补 | 发放补贴262万元, no rate) is a line of it: the line after it still checked", () => {
    const rows: Row[] = [
      ["序号", "项目内容", "目标任务", "进度", "完成目标(%)"],
      ["1", "城镇新增就业(人)", 26000, 32095, 123.4],
      ["2", "创业补贴", "应补尽补", "发放补贴262万元", null],
      ["3", "促进大学生创业(人)", 260, 262, 110.8],
    ];
    expect(signature(review(grid(rows), "national")).relations).toContain("ratio/rate E4 ← D4,C4");
  });
});
