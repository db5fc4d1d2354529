import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { stackedForms } from "../../src/core/recognise/stacked-forms";
import { callFormula, plainFillBuilder } from "../../src/core/fill";
import { blankSelfEvalForm } from "../helpers/stacked-forms";

/**
 * Two whole 项目支出绩效自评表 stacked on one sheet (a disclosure that lists its projects' forms one under the other):
 * each form has its title line, its fund block scoring the budget execution (分值 10 | 执行率 | 得分) and its own 总分.
 *  - each form under a title line of its own is reviewed as a sheet of its own (its findings at their rows): the
 *    second form's indicators, reasons and 总分 are checked as the first's;
 *  - where the first form's title shares its line (no title line to split at), the forms still split where each names
 *    its project (项目名称 | 甲项目) with an indicator header of its own below: each form is judged as on a sheet of
 *    its own, its 总分 counting the budget line it scores above the table.
 */
type Row = (string | number | null)[];

/** One form: budget 10 × 90/100 = 9, three indicators of 30 (a score below 30 with its reason), 总分 = 90 + 10, 9 + Σ. */
function form(project: string, scores: [number, number, number], total: { weight: number; score: number }, title: Row = ["项目支出绩效自评表"]): Row[] {
  const line = (l1: string, l2: string, name: string, target: string, actual: string, s: number): Row => [l1, l2, name, target, actual, 30, s, s < 30 ? "部分工作推迟，下年度加快进度" : null];
  return [
    title,
    ["项目名称", project, null, null, null, null, null, null],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 100, 100, 90, 10, "90.00%", 9],
    [null, "其中：当年财政拨款", 100, 100, 90, "—", "90.00%", "—"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    line("产出指标", "数量指标", "培训人数", "≥500人", "500人", scores[0]),
    line("效益指标", "社会效益指标", "带动就业人数", "≥80人", "80人", scores[1]),
    line("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "92%", scores[2]),
    ["总分", null, null, null, null, total.weight, total.score, null],
  ];
}

const sheet = (a: Row[], b: Row[]) => Grid.fromValues("S", [...a, [], ...b]);
const flagged = (g: Grid) =>
  review(g)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => ({ rule: f.rule, cell: f.cell, messageId: f.messageId, data: f.data }));
const full = { weight: 100, score: 99 };

describe("two self-evaluation forms stacked on one sheet, each under its title line", () => {
  test("each 总分 = its budget line + its indicators (10 + 90 = 100; 9 + 90 = 99): no error", () => {
    expect(flagged(sheet(form("甲项目", [30, 30, 30], full), form("乙项目", [30, 30, 30], full)))).toEqual([]);
  });

  test("the first form's 总分 written 95 for 9 + 90 = 99: total-mismatch at G10 only", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], { weight: 100, score: 95 }), form("乙项目", [30, 30, 30], full)));
    expect(f).toEqual([{ rule: "total-mismatch", cell: "G10", messageId: "scoreTotal", data: expect.objectContaining({ sum: 99, total: 95 }) }]);
  });

  test("the second form's 总分 written 95 for 9 + 30 + 28 + 30 = 97: total-mismatch at G21, its budget line counted", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], full), form("乙项目", [30, 28, 30], { weight: 100, score: 95 })));
    expect(f).toEqual([{ rule: "total-mismatch", cell: "G21", messageId: "scoreTotal", data: expect.objectContaining({ sum: 97, total: 95 }) }]);
  });

  test("the second form's indicators are checked: 33 above the weight 30 at G18 (and above the 30 its met target gives), its 总分 9 + 33 + 60 = 102 ≠ 99 at G21", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], full), form("乙项目", [33, 30, 30], full)));
    expect(f.map((x) => `${x.rule}@${x.cell}`).sort()).toEqual(["indicator-score-mismatch@G18", "score-exceeds-weight@G18", "total-mismatch@G21"]);
  });

  test("a score below its weight with no reason in the second form: missing-reason at its reason cell H19", () => {
    const g = sheet(form("甲项目", [30, 30, 30], full), form("乙项目", [30, 28, 30], { weight: 100, score: 97 }));
    const withoutReason = Grid.fromValues("S", [...Array.from({ length: g.rowCount }, (_, r) => Array.from({ length: g.colCount }, (_c, c) => (r + 1 === 19 && c + 1 === 8 ? null : g.value(r + 1, c + 1) as string | number | null)))]);
    expect(flagged(withoutReason).map((x) => `${x.rule}@${x.cell}`)).toEqual(["missing-reason@H19"]);
  });
});

describe("the first form's title shares its line: the forms split at their 项目名称 lines", () => {
  const shared: Row = ["项目支出绩效自评表", null, null, null, null, null, "单位：万元", null];
  test("both forms consistent: no error (the first 总分 with its budget line, the second by its column and budget line)", () => {
    expect(flagged(sheet(form("甲项目", [30, 30, 30], full, shared), form("乙项目", [30, 30, 30], full)))).toEqual([]);
  });

  test("the first form's 总分 written 95 for 9 + 90 = 99: total-mismatch at G10 (the second header makes it no partial table)", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], { weight: 100, score: 95 }, shared), form("乙项目", [30, 30, 30], full)));
    expect(f).toEqual([{ rule: "total-mismatch", cell: "G10", messageId: "scoreTotal", data: expect.objectContaining({ sum: 99, total: 95 }) }]);
  });

  test("the second form's 总分 written 95 for 9 + 30 + 28 + 30 = 97: total-mismatch at G21 with its budget line", () => {
    const f = flagged(sheet(form("甲项目", [30, 30, 30], full, shared), form("乙项目", [30, 28, 30], { weight: 100, score: 95 })));
    expect(f).toEqual([{ rule: "total-mismatch", cell: "G21", messageId: "scoreTotal", data: expect.objectContaining({ sum: 97, total: 95 }) }]);
  });

  test("a second 总分 that leaves the budget line out (分值 90, 得分 88 = 30 + 28 + 30): judged as the same form alone, 10 + 90 = 100 ≠ 90 at F21 and 9 + 88 = 97 ≠ 88 at G21", () => {
    const second = form("乙项目", [30, 28, 30], { weight: 90, score: 88 });
    const stacked = flagged(sheet(form("甲项目", [30, 30, 30], full, shared), second));
    const alone = flagged(Grid.fromValues("S", second));
    expect(stacked.map((x) => `${x.rule}@${x.cell}`)).toEqual(["weight-sum-mismatch@F21", "total-mismatch@G21"]);
    expect(alone.map((x) => `${x.rule}@${x.cell}`)).toEqual(["weight-sum-mismatch@F10", "total-mismatch@G10"]);
    expect(stacked.map((x) => x.data)).toEqual(alone.map((x) => x.data));
  });
});

/**
 * Several projects' target forms under one title, no title line per project: each starts at its 项目名称 line, then its
 * head fields, funds (资金总额 60 = 财政拨款 50 + 其他资金 10) and indicators (分值 adding to 100).
 */
function target(name: string, o: { weights?: number[]; satisfaction?: boolean; fiscal?: number; dept?: string | null } = {}): Row[] {
  const w = o.weights ?? [30, 30, 20, 20];
  const lines: Row[] = [
    ["产出指标", "数量指标", "培训人数", "≥500人", w[0]],
    ["产出指标", "质量指标", "验收合格率", "≥95%", w[1]],
    ["效益指标", "社会效益指标", "政策知晓率", "≥90%", w[2]],
  ];
  if (o.satisfaction !== false) lines.push(["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", w[3]]);
  return [
    ["项目名称", name],
    ["主管部门", o.dept === undefined ? "县农业农村局" : o.dept, "实施单位", "县农业技术推广中心"],
    ["项目资金(万元)", "资金总额", 60],
    [null, "其中：财政拨款", o.fiscal ?? 50],
    [null, "其他资金", 10],
    ["年度目标", "完成年度培训和建设任务"],
    ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
    ...lines,
  ];
}
/** title on row 1; project k from row 2 + 12k (11 lines and a blank line each) */
const targets = (...ps: Row[][]) => Grid.fromValues("Sheet1", [["2024年项目支出绩效目标申报表"], ...ps.flatMap((p, k) => (k ? [[], ...p] : p))]);
const targetFlags = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => ({ rule: f.rule, cell: f.cell, messageId: f.messageId, data: f.data }));

describe("target forms of several projects under one title, each starting at its 项目名称 line", () => {
  test("the split: the first form from row 1, the others at their 项目名称 lines (rows 14 and 26), each read under the title row 1", () => {
    expect(stackedForms(targets(target("甲"), target("乙"), target("丙")))).toEqual([
      { from: 1, to: 13, lead: 0, closing: true },
      { from: 14, to: 25, lead: 1, closing: true },
      { from: 26, to: 36, lead: 1, closing: false },
    ]);
  });

  test("one project, or a 项目名称 line with no indicator header of its own below: no split", () => {
    expect(stackedForms(targets(target("甲")))).toBeNull();
    expect(stackedForms(targets(target("甲"), [["项目名称", "乙"], ["主管部门", "县水利局"]]))).toBeNull();
  });

  test("three consistent projects: nothing to report", () => {
    expect(targetFlags(targets(target("甲"), target("乙"), target("丙")))).toEqual([]);
  });

  test("the second project's 主管部门 blank: target-incomplete at its value cell B15", () => {
    const f = targetFlags(targets(target("甲"), target("乙", { dept: null })));
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(["target-incomplete@B15"]);
  });

  test("the third project without its 满意度 line (分值 40 + 40 + 20): missingDimension at its header A32", () => {
    expect(targetFlags(targets(target("甲"), target("乙"), target("丙", { weights: [40, 40, 20], satisfaction: false })))).toEqual([
      { rule: "target-incomplete", cell: "A32", messageId: "missingDimension", data: { dimension: "满意度指标", dimensionEn: "satisfaction" } },
    ]);
  });

  test("the second project's 财政拨款 60 + 其他资金 10 = 70 ≠ 资金总额 60: total-mismatch in its fund block (rows 16–18)", () => {
    const f = targetFlags(targets(target("甲"), target("乙", { fiscal: 60 })));
    expect(f.map((x) => x.rule)).toEqual(["total-mismatch"]);
    expect(["C16", "C17", "C18"]).toContain(f[0].cell);
  });

  test("the second project's 分值 add to 105 (35 + 30 + 20 + 20): unstatedTotal at its 分值 header E20", () => {
    expect(targetFlags(targets(target("甲"), target("乙", { weights: [35, 30, 20, 20] })))).toEqual([
      { rule: "weight-sum-mismatch", cell: "E20", messageId: "unstatedTotal", data: { sum: 105 } },
    ]);
  });
});

/** Two departments' 部门整体支出绩效目标表 under one title, each from its 部门名称 line (收入合计 80 = 60 + 20). */
function deptTarget(name: string, o: { weights?: number[]; satisfaction?: boolean; part?: number } = {}): Row[] {
  const w = o.weights ?? [30, 30, 20, 20];
  const lines: Row[] = [
    ["产出指标", "数量指标", "检查企业数", "≥200家", w[0]],
    ["产出指标", "质量指标", "整改完成率", "≥95%", w[1]],
    ["效益指标", "社会效益指标", "群众知晓率", "≥90%", w[2]],
  ];
  if (o.satisfaction !== false) lines.push(["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", w[3]]);
  return [
    ["部门名称", name],
    ["年度收入(万元)", "收入合计", 80],
    [null, "一般公共预算", o.part ?? 60],
    [null, "其他收入", 20],
    ["整体绩效目标", "履行部门职责，完成年度工作任务"],
    ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
    ...lines,
  ];
}
const depts = (...ps: Row[][]) => Grid.fromValues("Sheet1", [["2024年度部门整体支出绩效目标表"], ...ps.flatMap((p, k) => (k ? [[], ...p] : p))]);

describe("department target forms under one title, each starting at its 部门名称 line", () => {
  test("the split at row 13, the second form read under the title row 1; both consistent: nothing to report", () => {
    expect(stackedForms(depts(deptTarget("县水利局"), deptTarget("县林业局")))).toEqual([
      { from: 1, to: 12, lead: 0, closing: false },
      { from: 13, to: 22, lead: 1, closing: false },
    ]);
    expect(targetFlags(depts(deptTarget("县水利局"), deptTarget("县林业局")))).toEqual([]);
  });

  test("the first form without its 满意度 line (分值 40 + 40 + 20): missingDimension at its header A7; the second's 分值 105 (from row 12, header row 17): unstatedTotal at E17", () => {
    const f = targetFlags(depts(deptTarget("县水利局", { weights: [40, 40, 20], satisfaction: false }), deptTarget("县林业局", { weights: [35, 30, 20, 20] })));
    expect(f.map((x) => `${x.rule}@${x.cell}:${x.messageId}`)).toEqual(["target-incomplete@A7:missingDimension", "weight-sum-mismatch@E17:unstatedTotal"]);
  });

  test("the second form's 一般公共预算 70 + 其他收入 20 = 90 ≠ 收入合计 80: total-mismatch in its 收入 block (rows 14–16)", () => {
    const f = targetFlags(depts(deptTarget("县水利局"), deptTarget("县林业局", { part: 70 })));
    expect(f.map((x) => x.rule)).toEqual(["total-mismatch"]);
    expect(["C14", "C15", "C16"]).toContain(f[0].cell);
  });
});


/**
 * The fill plan of a sheet of stacked forms: every form's computed scores, total and grade, each at its own rows, the
 * references inside its formulas moved with it (the forms: test/helpers/stacked-forms.ts).
 */
const fillsOf = (g: Grid, profile?: string) => review(g, profile).fills.map((f) => `${f.cell} ${f.kind} ${f.value} =${callFormula(f.call)}`);

describe("the fill plan of stacked forms: every form's fills at its own rows", () => {
  // 甲: 90 of 100 executed → 90%, 0.9 × 10 = 9; 450 of ≥500人 → 450 / 500 × 30 = 27, 80 of ≥80人 → 30, 92% of ≥90% → 30;
  //     总分 9 + 27 + 30 + 30 = 96, 优
  // 乙: 80 of 100 → 80%, 8; 400 of ≥500人 → 24, 80 → 30, 85% of ≥90% → 85 / 90 × 30 = 28.33; 总分 8 + 24 + 30 + 28.33 = 90.33, 优
  const a = (title?: Row | null) => blankSelfEvalForm("甲项目", 90, ["450人", "80人", "92%"], title);
  const b = (title?: Row | null) => blankSelfEvalForm("乙项目", 80, ["400人", "80人", "85%"], title);
  const first = [
    "G6 indicator-score 27 =PERF.SCORE(D6,E6,F6)",
    "G7 indicator-score 30 =PERF.SCORE(D7,E7,F7)",
    "G8 indicator-score 30 =PERF.SCORE(D8,E8,F8)",
    "G4 exec-rate 0.9 =PERF.EXECRATE(E4,D4)",
    "H4 exec-score 9 =PERF.EXECSCORE(E4,D4,F4)",
    "G9 total 96 =SUM(H4,G6,G7,G8)",
    "G10 grade 优 =PERF.GRADE(G9)",
  ];

  test("under titles of their own (rows 1–11 and 12–21): the second form's fills 11 rows down, its formulas' references too", () => {
    const g = sheet(a(), b());
    expect(stackedForms(g)).toEqual([
      { from: 1, to: 11, lead: 0, closing: true },
      { from: 12, to: 21, lead: 0, closing: false },
    ]);
    expect(fillsOf(g)).toEqual([
      ...first,
      "G17 indicator-score 24 =PERF.SCORE(D17,E17,F17)",
      "G18 indicator-score 30 =PERF.SCORE(D18,E18,F18)",
      "G19 indicator-score 28.33 =PERF.SCORE(D19,E19,F19)",
      "G15 exec-rate 0.8 =PERF.EXECRATE(E15,D15)",
      "H15 exec-score 8 =PERF.EXECSCORE(E15,D15,F15)",
      "G20 total 90.33 =SUM(H15,G17,G18,G19)",
      "G21 grade 优 =PERF.GRADE(G20)",
    ]);
  });

  test("each form's fills are those of the form alone, moved: the same values, the same formulas 11 rows down", () => {
    const alone = fillsOf(Grid.fromValues("S", b()));
    const stacked = fillsOf(sheet(a(), b())).slice(first.length);
    const down = (s: string) => s.replace(/([A-H])(\d+)/g, (_m, c: string, r: string) => `${c}${Number(r) + 11}`);
    expect(stacked).toEqual(alone.map(down));
  });

  test("the second form read under the sheet's title (no title line of its own, lead row 1): its fills from its 项目名称 line (row 12) on, none on row 1", () => {
    const g = sheet(a(["项目支出绩效自评表", null, null, null, null, null, "单位：万元", null]), b(null));
    expect(stackedForms(g)).toEqual([
      { from: 1, to: 11, lead: 0, closing: true },
      { from: 12, to: 20, lead: 1, closing: false },
    ]);
    // the form alone has its title on row 1: its rows 2… are the sheet's 12…, 10 down
    expect(fillsOf(g)).toEqual([
      ...first,
      "G16 indicator-score 24 =PERF.SCORE(D16,E16,F16)",
      "G17 indicator-score 30 =PERF.SCORE(D17,E17,F17)",
      "G18 indicator-score 28.33 =PERF.SCORE(D18,E18,F18)",
      "G14 exec-rate 0.8 =PERF.EXECRATE(E14,D14)",
      "H14 exec-score 8 =PERF.EXECSCORE(E14,D14,F14)",
      "G19 total 90.33 =SUM(H14,G16,G17,G18)",
      "G20 grade 优 =PERF.GRADE(G19)",
    ]);
  });

  test("three forms: 21 fills, one per cell, every one inside its form's rows; a profile's name in the formulas stays as written", () => {
    const g = Grid.fromValues("S", [...a(), [], ...b(), [], ...a()]);
    const r = review(g, "xinjiang");
    const cells = r.fills.map((f) => f.cell);
    expect(cells).toHaveLength(21);
    expect(new Set(cells).size).toBe(21);
    expect(r.forms!.map((f) => [f.from, f.to])).toEqual([[1, 11], [12, 22], [23, 32]]);
    // the third form is the first again, 22 rows down: 9 + 27 + 30 + 30 = 96 at G31, its grade at G32 by the xinjiang bands
    expect(fillsOf(g, "xinjiang").slice(14)).toEqual([
      'G28 indicator-score 27 =PERF.SCORE(D28,E28,F28,"xinjiang")',
      'G29 indicator-score 30 =PERF.SCORE(D29,E29,F29,"xinjiang")',
      'G30 indicator-score 30 =PERF.SCORE(D30,E30,F30,"xinjiang")',
      "G26 exec-rate 0.9 =PERF.EXECRATE(E26,D26)",
      'H26 exec-score 9 =PERF.EXECSCORE(E26,D26,F26,"xinjiang")',
      "G31 total 96 =SUM(H26,G28,G29,G30)",
      'G32 grade 优 =PERF.GRADE(G31,"xinjiang")',
    ]);
  });

  test("forms of two regions (auto): each form's fills follow its own profile, in live and in plain formulas (新疆 bands 90/80/70, 四川 90/80/60)", () => {
    const g = sheet(a(["新疆维吾尔自治区项目支出绩效自评表"]), b(["四川省大英县项目支出绩效自评表"]));
    const r = review(g);
    expect(r.forms!.map((f) => f.result.profile.id)).toEqual(["xinjiang", "sichuan"]);
    expect(r.profile.id).toBe("xinjiang");
    const plain = plainFillBuilder(g, r.profile);
    const grades = r.fills.filter((f) => f.kind === "grade");
    expect(grades.map((f) => [f.cell, callFormula(f.call), plain(f)])).toEqual([
      ["G10", 'PERF.GRADE(G9,"xinjiang")', '=IF(G9>=90,"优",IF(G9>=80,"良",IF(G9>=70,"中","差")))'],
      ["G21", 'PERF.GRADE(G20,"sichuan")', '=IF(G20>=90,"优",IF(G20>=80,"良",IF(G20>=60,"中","差")))'],
    ]);
  });

  test("each form's model in `forms`: its rows, family and its own totals (the first form's stand for the sheet's `model`)", () => {
    const r = review(sheet(a(), b()));
    expect(r.forms!.map((f) => [f.from, f.to, f.result.model.family, f.result.model.indicators.length, f.result.scores.computedTotal, f.result.scores.computedGrade])).toEqual([
      [1, 11, "project-self-eval", 3, 96, "优"],
      [12, 21, "project-self-eval", 3, 90.33, "优"],
    ]);
    expect(r.model).toBe(r.forms![0].result.model);
    expect(review(Grid.fromValues("S", a())).forms).toBeUndefined();
  });
});
