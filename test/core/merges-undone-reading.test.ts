import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { signature } from "./metamorphic";
import { readSheet } from "../../src/core/recognise/index";
import { readFields } from "../../src/core/rules/target-sheet";
import { copiesLeft } from "../../src/core/recognise/cells";
import { markerLine, sheetFeatures } from "../../src/core/recognise/features";
import { headerAt } from "../../src/core/recognise/table-header";

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

describe("merges filled across, in a form's totals, lists, head block and two-line header", () => {
  // the 总分 line's points merged from B across the 得分 column (F)
  const scored: Row[] = [
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "得分"],
    ["产出指标", "数量指标", "办结信访案件", "168起", "168起", 30],
    [null, "质量指标", "拆除活人墓", "32座", "32座", 40],
    ["满意度指标", "满意度", "群众满意度", "≥90%", "95%", 30],
    ["总分", "100分", null, null, null, null],
  ];
  const totalsOf = (g: Grid) => {
    const t = review(g, "national").model.totals;
    return { weight: t?.weight?.value ?? null, score: t?.score?.value ?? null };
  };
  test.each([["merged (B6:F6)", true], ["filled across", false]])("%s: 100分 over the 得分 column is the scores' total (30 + 40 + 30), no weight total", (_, merged) => {
    const g = merged ? grid(scored, ["B5:F5", "A2:A3"]) : grid(filledAcross(scored, ["B5:F5"]), ["A2:A3"]);
    expect(totalsOf(g)).toEqual({ weight: null, score: 100 });
    expect(errors(g)).toEqual([]);
  });
  test("counter-shape: 100分 written again over B:C only, short of the 得分 column, beside a 分值 column: the weights' total", () => {
    const weighted: Row[] = [
      ["一级指标", "二级指标", "三级指标", "分值", "得分", "备注"],
      ["产出指标", "数量指标", "办结信访案件", 30, 30, null],
      [null, "质量指标", "拆除活人墓", 40, 38, null],
      ["满意度指标", "满意度", "群众满意度", 30, 30, null],
      ["总分", "100分", "100分", null, null, null],
    ];
    expect(totalsOf(grid(weighted, ["A2:A3"]))).toEqual({ weight: 100, score: null });
  });

  // a list's 合计 merged over its label columns (A:E)
  const list = (total: number): Row[] => [
    ["序号", "项目单位", "项目名称", "路线编码", "里程", "本次下达金额"],
    ["1", "桂阳乡", "X329桂东线道路硬化", "X329350526", 2.2, 22],
    ["2", "交通局本级", "县道310杨葛线养护", "X310350526", 12.3, 17],
    ["合计", null, null, null, null, total],
  ];
  test.each([
    ["merged, 39 = 22 + 17", true, 39, []],
    ["filled across, 39 = 22 + 17", false, 39, []],
    ["merged, 38 against 39", true, 38, ["total-mismatch@F4"]],
    ["filled across, 38 against 39", false, 38, ["total-mismatch@F4"]],
  ] as [string, boolean, number, string[]][])("合计 over A:E, %s: the sum read once, at F4", (_, merged, total, want) => {
    expect(errors(merged ? grid(list(total), ["A4:E4"]) : grid(filledAcross(list(total), ["A4:E4"])))).toEqual(want);
  });

  // 指标值 merged over 2021年实际实现值 | 预期2022年实现值 (E1:F1), the other heads merged down the two lines
  const twoLine = (across: boolean): Row[] => [
    ["一级指标", "二级指标", "三级指标", "指标值", across ? "指标值" : null, "指标标准或依据"],
    [null, null, null, "2021年实际实现值", "预期2022年实现值", null],
    ["产出指标", "数量指标", "主体班培训人次", null, "280人次", "培训计划"],
    [null, null, "开设课程数量", null, "220门", "教学计划"],
    ["满意度指标", "满意度", "学员满意度", null, "≥90%", "问卷"],
  ];
  const down = ["A1:A2", "B1:B2", "C1:C2", "F1:F2", "A3:A4", "B3:B4"];
  test.each([["merged (D1:E1)", false], ["filled across", true]])("%s: the target column is the 预期2022年实现值 under 指标值 (E), no blank target flagged", (_, across) => {
    const g = grid(twoLine(across), across ? down : [...down, "D1:E1"]);
    const r = review(g, "national");
    expect(r.model.columns.targetValue).toBe(5);
    expect(errors(g).filter((e) => e.startsWith("placeholder-value"))).toEqual([]);
  });
  test("counter-shape: 指标值 | 指标值 with no line under them naming the two: the first is the target column", () => {
    const rows = twoLine(true).filter((_, k) => k !== 1);
    const r = review(grid(rows, ["A2:A3", "B2:B3"]), "national");
    expect(r.model.columns.targetValue).toBe(4);
  });
});

describe("a form's head lines filled across, above its table", () => {
  // 项目类别's ticked options merged over B:G: "1、…" copied into the items' column (D) once filled across
  const form: Row[] = [
    ["2022年度项目支出绩效自评表", null, null, null, null, null, null],
    ["项目名称", "化肥减量增效示范项目", null, null, null, null, null],
    ["项目类别", "1、部门预算项目 £ 2、区直专项 £ 3、上级转移支付项目 R", null, null, null, null, null],
    ["项目属性", "1、持续性项目 £ 2、新增性项目 R", null, null, null, null, null],
    ["年度绩效目标", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    [null, "产出指标", "数量指标", "一、示范区建立", "≥20000亩", "20000亩", 15],
    [null, null, null, "1、水稻侧深施肥", "≥500亩", "500亩", 5],
    [null, null, null, "2、玉米种肥同播", "≥1000亩", "1000亩", 5],
    [null, null, null, "3、施用配方肥", "≥18500亩", "18500亩", 5],
    [null, null, null, "二、田间试验", "≥15组", "15组", 15],
    [null, null, null, "1、肥料利用率", "≥5组", "5组", 5],
    [null, null, null, "2、化肥减量增效", "≥5组", "5组", 5],
  ];
  const across = ["A1:G1", "B2:G2", "B3:G3", "B4:G4"];
  const down = ["A5:A12", "B6:B12", "C6:C12"];
  const codes = (g: Grid) => errors(g).filter((e) => e.startsWith("code-sequence"));
  test.each([["merged", true], ["filled across", false]])("%s: 一、 over 1、2、3、, then 二、 over 1、2、: no numbering slip", (_, merged) => {
    expect(codes(merged ? grid(form, [...across, ...down]) : grid(filledAcross(form, across), down))).toEqual([]);
  });
  test("counter-shape: 2、 written twice under 二、 (a real slip) is found, filled across", () => {
    const slipped = form.map((l) => [...l]);
    slipped[11][3] = "1、化肥减量增效";
    expect(codes(grid(filledAcross(slipped, across), down))).toEqual(["code-sequence@D12"]);
  });

  // 实施单位 merged over D:E, its value over F:G
  const head: Row[] = [
    ["项目支出绩效目标批复表", null, null, null, null, null, null],
    ["项目名称", "主体班", null, "项目负责人", null, "张三", null],
    ["项目主管部门", "中共黄石市委", null, "实施单位", null, "中共黄石市委党校", null],
  ];
  const headAcross = ["A1:G1", "B2:C2", "D2:E2", "F2:G2", "B3:C3", "D3:E3", "F3:G3"];
  const fields = (g: Grid) => {
    const { grid: read, model } = readSheet(g);
    return readFields(read, model).map((f) => `${f.key}@${f.valueCell}=${f.value}`);
  };
  test("filled across: each label read once, its value past its copies (实施单位 → F3), as merged", () => {
    expect(fields(grid(filledAcross(head, headAcross)))).toEqual(fields(grid(head, headAcross)));
    expect(fields(grid(head, headAcross))).toContain("implementer@F3=中共黄石市委党校");
  });
  test("counter-shape: a label followed by another label's text (实施单位 | 项目负责人), not its own copy, has no value", () => {
    const other = head.map((l) => [...l]);
    other[2][4] = "项目负责人";
    other[2][5] = null;
    other[2][6] = null;
    expect(fields(grid(other))).toContain("implementer@D3=");
  });
});

describe("merges filled across on a list's own lines and over a form's title (session 33)", () => {
  // a list of amounts closed by 小计 lines merged over the label columns, a last line named across B:D, its 合计
  const list: Row[] = [
    ["序号", "村名", "项目名称", "建设内容", "资金金额"],
    ["1", "苗儿村", "水果基地", "续建", 20],
    ["2", "田江村", "蔬菜基地", "新建", 30],
    ["小计", null, null, null, 50],
    ["3", "光裕村", "养殖基地", "新建", 40],
    ["4", "田庄村", "秋桃基地", "续建", 35],
    ["小计", null, null, null, 75],
    ["5", "小额信贷贴息", null, null, 12],
    ["合计", null, null, null, 137],
  ];
  const listMerges = ["A4:D4", "A7:D7", "B8:D8", "A9:D9"];
  test.each([["merged", true], ["filled across", false]])("%s: 合计 137 = 小计 50 + 小计 75 + 12 (E9 ← E4,E7,E8), no error", (_, merged) => {
    const g = merged ? grid(list, listMerges) : grid(filledAcross(list, listMerges));
    expect(signature(review(g, "national")).relations).toContain("sum/amount E9 ← E4,E7,E8");
    expect(errors(g)).toEqual([]);
  });

  test("counter-shape: under the list, a second table's head 上年 | 本年 over 金额 | 金额 (words only, no number on the line) is two columns — 本年's 合计 90 against 50 + 30 flagged at C13 (a blank line after the list)", () => {
    const rows: Row[] = [...filledAcross(list, listMerges), [null, null, null], [null, "上年", "本年"], ["资金来源", "金额", "金额"], ["合计", 80, 90], ["中央资金", 50, 50], ["地方资金", 30, 30]];
    const g = grid(rows);
    expect(signature(review(g, "national")).relations).toEqual(expect.arrayContaining(["sum/amount E9 ← E4,E7,E8", "sum/amount B13 ← B14,B15", "sum/amount C13 ← C14,C15"]));
    expect(errors(g)).toEqual(["total-mismatch@C13"]);
  });

  test.each([
    // (a title, an attachment's number: words written again across the line)
    ["专项转移支付绩效目标表", "专项转移支付绩效目标表", true],
    ["附件2", "附件2", true],
    // (two equal numbers side by side are two amounts; two different words two texts)
    [10, 10, false],
    ["10", "10", false],
    ["专项转移支付绩效目标表", "单位:万元", false],
  ] as [string | number, string | number, boolean][])("copiesLeft: %p | %p → %p", (a, b, copy) => {
    expect(copiesLeft(grid([[a, b]]), 1, 2)).toBe(copy);
  });
  test("copiesLeft: a merge's own cells are no copies (A1:B1 merged, B1 blank under it)", () => {
    expect(copiesLeft(grid([["附件2", "附件2"]], ["A1:B1"]), 1, 2)).toBe(false);
  });

  // (an amount list, then the next attachment's number and a target form's title, each on a line of its own)
  const titled = (title: Row): Row[] => [
    ["序号", "单位", "项目", "金额", null],
    ["1", "上杭县", "人饮工程项目", 8, null],
    ["2", "漳平市", "茶山道路硬化项目", 5, null],
    ["合计", null, null, 13, null],
    ["附件2", null, null, null, null],
    title,
  ];
  const titleMerges = ["A4:C4", "A5:E5", "A6:E6"];
  test.each([["merged", true], ["filled across", false]])("%s: the attachment's number and the form's title under the list are lines of one text — the title a heading of the sheet", (_, merged) => {
    const rows = titled(["专项转移支付绩效目标表", null, null, null, null]);
    const f = sheetFeatures(merged ? grid(rows, titleMerges) : grid(filledAcross(rows, titleMerges)));
    expect(f.headings).toEqual(["专项转移支付绩效目标表"]);
    expect(markerLine(merged ? grid(rows, titleMerges) : grid(filledAcross(rows, titleMerges)), 5)).toBe("attachment");
  });
  test("counter-shape: the title with the money unit beside it (two texts, 绩效目标表 | 单位:万元) is no heading line", () => {
    const rows = titled(["专项转移支付绩效目标表", null, null, "单位:万元", null]);
    expect(sheetFeatures(grid(rows, ["A4:C4", "A5:E5", "A6:C6"])).headings).toEqual([]);
  });
});

describe("a caption line merged across an indicator table, filled across (session 33)", () => {
  const head: Row = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
  const rows: Row[] = [
    head,
    ["产出指标", "数量指标", "养护道路里程", "120公里", "120公里", 20, 20],
    [null, "质量指标", "验收合格率", "100%", "100%", 20, 18],
    ["项目年度目标2:提高道路通行能力", null, null, null, null, null, null],
    ["效益指标", "社会效益指标", "群众出行便利度", "提高", "提高", 30, 28],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 20, 20],
  ];
  const merges = ["A4:G4"];
  const lines = (g: Grid) => review(g, "national").model.indicators.map((i) => i.row);
  test.each([["merged", true], ["filled across", false]])("%s: the caption (row 4) is no indicator — lines 2, 3, 5, 6", (_, merged) => {
    expect(lines(merged ? grid(rows, merges) : grid(filledAcross(rows, merges)))).toEqual([2, 3, 5, 6]);
  });
  test("counter-shape: an indicator's name written again in the next column only (三级指标 | 指标解释 the same words), its values its own: still a line", () => {
    const g = grid([
      [...head.slice(0, 3), "指标解释", ...head.slice(3)],
      ["产出指标", "数量指标", "养护道路里程", "养护道路里程", "120公里", "120公里", 20, 20],
      [null, "质量指标", "验收合格率", "验收合格率", "100%", "100%", 20, 18],
    ]);
    expect(lines(g)).toEqual([2, 3]);
  });
  test("counter-shape: an indicator's name written again as its 指标值, its other values beside (2022年底之前 | 2022年底之前 | 达成预期指标 | 10 | 10): still a line", () => {
    const g = grid([head, rows[1], ["产出指标", "时效指标", "2022年底之前", "2022年底之前", "达成预期指标", 10, 10], rows[2]]);
    expect(lines(g)).toEqual([2, 3, 4]);
  });
});

describe("a level's head merged over the number, name and points columns, filled across (session 33)", () => {
  // 考核内容 merged over A:C (序号 | 名称 | 分值 under it, no line naming them), a part line 综合工作 over A:B with its points
  const rows: Row[] = [
    ["2020年度工作考评细则", null, null, null, null],
    ["考核内容", null, null, "评分标准", "考核方式"],
    ["综合工作", null, 15, null, null],
    ["1", "队伍建设", 5, "群众满意率低于95%的,每下降1个百分点扣0.5分", "年底测评"],
    ["2", "依法行政工作", 5, "未依法办理的,每件扣1分", "检查"],
    ["3", "调研信息工作", 5, "按完成信息考核指标分的比例计分", "按通报"],
  ];
  const merges = ["A1:E1", "A2:C2", "A3:B3"];
  test.each([["merged", true], ["filled across", false]])("%s: the items' column B and their points C (weights 5, 5, 5), read under the head", (_, merged) => {
    const r = review(merged ? grid(rows, merges) : grid(filledAcross(rows, merges)), "national");
    expect(r.model.columns).toMatchObject({ weight: 3, rubric: 4 });
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[4, 5], [5, 5], [6, 5]]);
  });
  test("counter-shape: two different level words side by side (考核项目 | 考核内容 | 分值) are two columns, each its own", () => {
    const g = grid([rows[0], ["考核项目", "考核内容", "分值", "评分标准", "考核方式"], ...rows.slice(2)], ["A1:E1", "A3:B3"]);
    expect(review(g, "national").model.columns).toMatchObject({ level1: 1, weight: 3 });
  });
});

describe("a level's head merged over its group column and its numbered items' column, filled across (session 33)", () => {
  // 考评项目 over A:B: the groups (一、…(10分)) in A, numbered items stating their points (1.…(5分)) in B, clauses in C
  const rows: Row[] = [
    ["考评项目", null, "考评内容", "考评方法", "自评得分"],
    ["一、组织领导(10分)", "1.加强组织领导(6分)", "(1)成立领导小组。(3分)", "查看文件材料", null],
    [null, null, "(2)领导小组由分管领导担任负责人。(3分)", "查看文件材料", null],
    [null, "2.保障财政投入(4分)", "(1)工作经费纳入财政预算。(2分)", "查看预算", null],
    [null, null, "(2)逐步加强基础设施建设。(2分)", "查看材料", null],
  ];
  const merges = ["A1:B1", "A2:A5", "B2:B3", "B4:B5"];
  test.each([["merged", true], ["filled across", false]])("%s: A the groups, B the items (B2 ← C2,C3 and B4 ← C4,C5 rolled up)", (_, merged) => {
    const g = merged ? grid(rows, merges) : grid(filledAcross(rows, merges), ["A2:A5", "B2:B3", "B4:B5"]);
    expect(signature(review(g, "national")).relations).toEqual(expect.arrayContaining(["rollup/weight B2 ← C2,C3", "rollup/weight B4 ← C4,C5"]));
  });
  test("counter-shape: 考评项目 | 考评要点 (two words) over the same columns: B is a level of its own, its items still rolled up", () => {
    const g = grid([["考评项目", "考评要点", ...rows[0].slice(2)], ...rows.slice(1)], ["A2:A5", "B2:B3", "B4:B5"]);
    expect(signature(review(g, "national")).relations).toEqual(expect.arrayContaining(["rollup/weight B2 ← C2,C3", "rollup/weight B4 ← C4,C5"]));
  });
});

describe("a title and coded section captions merged across a rule table, filled across (session 33)", () => {
  // the title "…评分细则" merged over the table (a rubric word, 细则, in it), then the header
  const rows: Row[] = [
    ["福建省模范职工之家考核验收评分细则", null, null, null],
    ["条件", "考核验收内容", "分值", "备注"],
    ["一、坚持党政工共建职工之家", "1、成立共建领导小组", 3, "必备"],
    [null, "2、建家工作纳入单位整体工作规划", 2, null],
    [null, "3、行政及时足额依法拨缴工会经费", 5, "必备"],
  ];
  const merges = ["A1:D1", "A3:A5"];
  test.each([["merged", true], ["filled across", false]])("%s: the title is no line of the header — its 细则 names no rule column (A has none)", (_, merged) => {
    const g = merged ? grid(rows, merges) : grid(filledAcross(rows, merges), ["A3:A5"]);
    expect(headerAt(g, 2).columns.rubric).toBeUndefined();
  });
  test("counter-shape: a second header line of two words over the table (考核项目 | 评分细则 above 条件 | 考核验收内容) is read with it", () => {
    const g = grid([["考核项目", "评分细则", null, null], ...rows.slice(1)], ["A3:A5"]);
    expect(headerAt(g, 2).columns.rubric).toBe(2);
  });

  // a caption coded like the groups (A2…) merged over the table before its group's header is printed again
  const coded: Row[] = [
    ["一级指标(分值)", "二级指标(分值)", "三级指标(分值)", "评估得分"],
    ["A1办园资格(100)", "B1资质条件(15)", "C1办园许可(15)", null],
    [null, "B2园舍状况(85)", "C2园舍面积(85)", null],
    ["A2办园宗旨与园务管理(100分X0.2)", null, null, null],
    ["一级指标(分值)", "二级指标(分值)", "三级指标(分值)", "评估得分"],
    ["A2办园宗旨与园务管理(100)", "B3办园宗旨(40)", "C3办园理念(40)", null],
    [null, "B4机构管理(60)", "C4机构设置(60)", null],
  ];
  const codedMerges = ["A2:A3", "A4:D4", "A6:A7"];
  test.each([["merged", true], ["filled across", false]])("%s: the caption A4 (A2…) and its group A6 (A2…) are one code, B1…B4 and C1…C4 in sequence — no code-sequence error", (_, merged) => {
    expect(errors(merged ? grid(coded, codedMerges) : grid(filledAcross(coded, codedMerges), ["A2:A3", "A6:A7"]))).toEqual([]);
  });
});
