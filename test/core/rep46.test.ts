import { join, basename } from "path";
import { readdirSync, readFileSync } from "fs";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { reportDocument, reportScores } from "../../src/core/recognise/report-scores";
import { sheetFeatures } from "../../src/core/recognise/features";
import { review } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * rep46 (session 46; rep46-diagnosis.md): a project's (a fund's) 绩效自评报告 / 绩效评价报告 printed as paragraphs, one
 * line a row (report-scores.ts): its family from its title line and its sections, its scores from its heads and sentences
 * ('(自评得分N分)', '绩效自评得分N分', '得分为N分', '满分N分,得分N分'), its whole, groups and grade, and each stated 执行率
 * against the amounts before it on its line. Then the heads run on mid-line (code-sequence). Each: the graduated sheets,
 * variants as other publishers print them, the near shapes that must not be read or flagged, and variants generated from
 * the corpus's own self-evaluation truths.
 */
type Row = (string | number)[];
const doc = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((l) => [l] as Row), []);
const real = (id: string) => jsonGrid(join(FIXTURES, "real", `${id}.json`));
const errors = (grid: Grid) => review(grid, "national").findings.filter((f) => f.severity !== "info");
const items = (grid: Grid) => recognise(grid).indicators.map((i) => [i.row, i.weight, i.claimedScore]);
const total = (grid: Grid) => {
  const t = recognise(grid).totals?.score;
  return t ? [t.value, t.cell] : null;
};

describe("the graduated sheets", () => {
  test("围场 公厕: heads carry '(自评得分N分)' — 100@A6 = 10 + 90; 90 = 50 + 40; 50 = 20+10+10+10; items 12–15, 17; nothing flagged", () => {
    const grid = real("he-weichang-rural-public-toilet-construction-selfeval-report-excerpt");
    const m = recognise(grid);
    expect(m.family).toBe("project-self-eval");
    expect(items(grid)).toEqual([
      [12, null, 20],
      [13, null, 10],
      [14, null, 10],
      [15, null, 10],
      [17, null, 40],
    ]);
    expect(total(grid)).toEqual([100, "A6"]);
    const sums = m.relations.filter((r) => r.kind === "rollup").map((r) => (r.kind === "rollup" ? [r.level, r.total.cell, r.parts.map((p) => p.cell)] : null));
    expect(sums).toEqual([
      ["group", "A10", ["A11", "A16"]],
      ["group", "A11", ["A12", "A13", "A14", "A15"]],
      ["group", "A16", ["A17"]],
      ["total", "A6", ["A8", "A10"]],
    ]);
    // 850 / 850 = 100% holds
    expect(m.relations.filter((r) => r.kind === "ratio").map((r) => (r.kind === "ratio" ? [r.stated.value, r.numerator.value, r.denominator.value] : null))).toEqual([[100, 850, 850]]);
    expect(errors(grid)).toEqual([]);
  });

  test("昌宁 供销社: '绩效自评得分83.44分,自评等级为良' = 4.44 + 39 + 30 + 10; grade 良@A13; exec-rate-mismatch at A15 (10/50 = 20%, printed 22.22%) only", () => {
    const grid = real("yn-changning-supply-coop-jianfu-cold-chain-selfeval-report-2022-excerpt");
    const m = recognise(grid);
    expect(m.family).toBe("project-self-eval");
    expect(items(grid)).toEqual([
      [16, null, 39],
      [17, null, 30],
      [18, null, 10],
    ]);
    expect(total(grid)).toEqual([83.44, "A13"]);
    expect(m.grade?.value).toBe("良");
    const f = errors(grid);
    expect(f.map((x) => [x.rule, x.cell])).toEqual([["exec-rate-mismatch", "A15"]]);
    expect(f[0].message).toContain("10/50 = 20.00%");
  });

  test("海南 日间照料: family project-self-eval (title + sections, a grade and no score), no score read, no false code-sequence at A16", () => {
    const grid = real("hi-qionghai-elderly-day-care-centres-selfeval-report-2020");
    const m = recognise(grid);
    expect(m.family).toBe("project-self-eval");
    expect(m.indicators).toEqual([]);
    expect(m.totals).toBeNull();
    expect(review(grid, "national").findings.filter((x) => x.rule === "code-sequence")).toEqual([]);
  });
});

// ── variants as other publishers print them

/** 1. scores in sentences under a '自评结论' head, '1、' codes, the whole with its grade first, a slip: 4 + 38 + 28 + 9 = 79 ≠ 81 */
const sentences = (whole = 81) =>
  doc([
    "2023年度乡村振兴衔接资金项目绩效自评报告",
    "一、项目基本情况",
    "本项目由县农业农村局实施,年度预算资金200万元。",
    "二、绩效自评结论",
    `经自评,本项目综合得分为${whole}分,评价等级为${whole >= 80 ? "良" : "中"}。`,
    "1、预算执行情况:年初预算200万元,全年执行180万元,执行率90%,得分4分。",
    "2、产出指标:完成率较高,得分38分。",
    "3、效益指标:带动农户增收,得分28分。",
    "4、满意度指标:受益群众满意度92%,得分9分。",
    "三、存在的问题",
    "部分项目进度滞后。",
    "四、下一步改进措施",
    "加快项目实施进度。",
  ]);

/** 2. traditional characters, scores in heads as '(得分N分)', (一)/(二) groups over ①② items, no grade */
const traditional = () =>
  doc([
    "某某專項資金績效評價報告",
    "一、基本情況",
    "專項資金用於農村飲水安全工程。",
    "二、預算執行情況(得分10分)",
    "全年預算數300萬元,執行數300萬元,執行率100%。",
    "三、績效目標完成情況(得分85分)",
    "(一)產出指標(得分45分)",
    "①數量指標(得分25分):新建供水站5座。",
    "②質量指標(得分20分):驗收合格率100%。",
    "(二)效益指標(得分40分)",
    "①社會效益(得分30分):惠及群眾1.2萬人。",
    "②滿意度(得分10分):滿意度95%。",
    "四、存在問題及改進措施",
    "無。",
  ]);

/** 3. no title (pasted from the first section), '满分N分,得分N分' on each line: points and scores; 9 > 8 flagged at its line */
const untitled = () =>
  doc([
    "一、项目概况",
    "项目总投资50万元。",
    "二、绩效目标完成情况及自评得分",
    "(一)预算执行:满分10分,得分10分。",
    "(二)产出指标:满分50分,得分48分。",
    "(三)效益指标:满分30分,得分29分。",
    "(四)满意度指标:满分8分,得分9分。",
    "三、自评结论",
    "本项目自评总分为96分,自评等级为优。",
    "四、存在的问题和改进措施",
    "无。",
  ]);

/** 4. a cut page: the report stops after its third part (no whole, groups only) */
const cut = () =>
  doc([
    "2021年度项目支出绩效自评报告",
    "一、项目基本情况",
    "二、绩效目标",
    "三、自评情况",
    "(一)产出指标(自评得分40分)",
    "1.数量指标(自评得分20分):完成培训300人次。",
    "2.质量指标(自评得分12分):考核合格率95%。",
    "3.时效指标(自评得分8分):按期完成。",
    "(二)效益指标(自评得分27分)",
    "1.社会效益指标(自评得分18分):就业率提升。",
    "2.可持续影响指标(自评得分10分):长效机制",
  ]);

/** 5. the whole run on mid-line with the heads ('…。 三、自评结论 本项目自评得分90分,等级为优'), scores '为N分' */
const runOn = () =>
  doc([
    "项目绩效自评报告",
    "一、项目基本情况 项目资金100万元。 二、绩效目标 完成全年目标。",
    "三、自评情况 本项目绩效自评得分为90分,等级为优。",
    "(一)预算执行情况得分为10分。",
    "(二)产出指标得分为45分。",
    "(三)效益指标得分为35分。",
    "四、存在的问题 无。 五、改进措施 无。",
  ]);

describe("variants of the class as other publishers print them", () => {
  test("1. sentences under 自评结论, '1、' codes, whole with grade: 79 of the parts against 81 stated — total-mismatch at A5 only", () => {
    const grid = sentences();
    expect(recognise(grid).family).toBe("project-self-eval");
    expect(items(grid)).toEqual([
      [7, null, 38],
      [8, null, 28],
      [9, null, 9],
    ]);
    expect(total(grid)).toEqual([81, "A5"]);
    expect(errors(grid).map((f) => [f.rule, f.cell])).toEqual([["total-mismatch", "A5"]]);
    // the same report with the right whole: nothing
    expect(errors(sentences(79))).toEqual([]);
  });

  test("2. 繁體, '(得分N分)' heads, ① items: 95 = 10 + 85 read as its parts (no whole stated), groups 85 = 45 + 40, 45 = 25 + 20, 40 = 30 + 10", () => {
    const grid = traditional();
    const m = recognise(grid);
    expect(m.family).toBe("project-self-eval");
    expect(items(grid)).toEqual([
      [8, null, 25],
      [9, null, 20],
      [11, null, 30],
      [12, null, 10],
    ]);
    expect(m.relations.filter((r) => r.kind === "rollup").map((r) => (r.kind === "rollup" ? [r.level, r.total.cell] : null))).toEqual([
      ["group", "A6"],
      ["group", "A7"],
      ["group", "A10"],
    ]);
    expect(errors(grid)).toEqual([]);
  });

  test("3. no title, '满分N分,得分N分': points read as weights, 9 of 8 flagged at A7; whole 96 (总分) ≠ 10+48+29+9 = 96 holds", () => {
    const grid = untitled();
    expect(recognise(grid).family).toBe("project-self-eval");
    expect(items(grid)).toEqual([
      [5, 50, 48],
      [6, 30, 29],
      [7, 8, 9],
    ]);
    expect(total(grid)).toEqual([96, "A9"]);
    expect(errors(grid).map((f) => [f.rule, f.cell])).toEqual([["score-exceeds-weight", "A7"]]);
  });

  test("4. a cut page: groups 40 = 20 + 12 + 8 ✓ and 27 ≠ 18 + 10 = 28 at A9; no whole", () => {
    const grid = cut();
    expect(recognise(grid).family).toBe("project-self-eval");
    expect(total(grid)).toBeNull();
    expect(errors(grid).map((f) => [f.rule, f.cell])).toEqual([["total-mismatch", "A9"]]);
  });

  test("5. heads run on mid-line, the whole in the section's line: 90 = 10 + 45 + 35; grade 优 read; nothing flagged", () => {
    const grid = runOn();
    const m = recognise(grid);
    expect(m.family).toBe("project-self-eval");
    expect(total(grid)).toEqual([90, "A3"]);
    expect(items(grid)).toEqual([
      [5, null, 45],
      [6, null, 35],
    ]);
    expect(errors(grid)).toEqual([]);
  });
});

describe("a department's report, the grade, the rates", () => {
  const dept = (whole: number, grade: string) =>
    doc([
      "县文化和旅游局2022年度部门整体支出绩效自评报告",
      "一、部门基本情况",
      "二、部门整体支出绩效目标",
      "三、自评情况",
      `本部门整体支出绩效自评得分${whole}分,自评等级为${grade}。`,
      "(一)预算执行情况,得分18分。",
      "(二)履职效能,得分45分。",
      "(三)社会效应,得分25分。",
      "四、存在的问题和改进措施",
    ]);

  test("a 部门整体支出 report: family dept-self-eval, 88 = 18 + 45 + 25, grade 良 holds", () => {
    const grid = dept(88, "良");
    const m = recognise(grid);
    expect(m.family).toBe("dept-self-eval");
    expect(total(grid)).toEqual([88, "A5"]);
    expect(items(grid)).toEqual([
      [7, null, 45],
      [8, null, 25],
    ]);
    expect(errors(grid)).toEqual([]);
  });

  test("the grade against its band: 88 stated 优 — grade-mismatch at A5 (its parts add up)", () => {
    expect(errors(dept(88, "优")).map((f) => [f.rule, f.cell])).toEqual([["grade-mismatch", "A5"]]);
  });

  const rates = (line: string) => doc(["项目绩效自评报告", "一、项目基本情况", "二、预算执行情况", line, "三、绩效目标完成情况", "四、存在的问题"]);
  test("rates in prose: '预算数50万元,执行数10万元,执行率20%' holds; 25% flagged; the adjusted budget among the amounts holds (288/320 = 90%)", () => {
    expect(errors(rates("全年预算数50万元,执行数10万元,执行率20%。"))).toEqual([]);
    const slip = errors(rates("全年预算数50万元,执行数10万元,执行率25%。"));
    expect(slip.map((f) => [f.rule, f.cell])).toEqual([["exec-rate-mismatch", "A4"]]);
    expect(errors(rates("年初预算300万元,调整后预算320万元,实际支出288万元,预算执行率为90%。"))).toEqual([]);
    // amounts in 元, and a rate no executed amount stands before: nothing read
    expect(errors(rates("下达资金1500000元,已支付1350000元,资金执行率90%。"))).toEqual([]);
    expect(errors(rates("项目资金50万元已全部下达,执行率95%。"))).toEqual([]);
  });
});

describe("the whole's breakdown in its own sentence, after 其中", () => {
  const listed = (line: string) => doc(["2023年度项目支出绩效自评报告", "一、项目基本情况", "二、绩效目标完成情况", "三、自评结论", line, "四、存在的问题及改进措施"]);
  test("'自评得分92分,其中预算执行10分、产出指标45分、效益指标27分、满意度指标10分' holds; 93 of parts against 92 flagged at A5", () => {
    const ok = listed("本项目自评得分92分,其中预算执行10分、产出指标45分、效益指标27分、满意度指标10分。");
    expect(recognise(ok).family).toBe("project-self-eval");
    expect(total(ok)).toEqual([92, "A5"]);
    const sums = recognise(ok).relations.filter((r) => r.kind === "rollup");
    expect(sums.map((r) => (r.kind === "rollup" ? r.parts.map((p) => p.value) : null))).toEqual([[10, 45, 27, 10]]);
    expect(errors(ok)).toEqual([]);
    const slip = listed("本项目自评得分92分,其中预算执行10分、产出指标46分、效益指标27分、满意度指标10分。");
    expect(errors(slip).map((f) => [f.rule, f.cell])).toEqual([["total-mismatch", "A5"]]);
  });

  test("'综合得分为95分。其中:预算执行率得分9.5分(满分10分),产出指标得分48分(满分50分)…' (繁體 too): the brackets' points are no parts", () => {
    expect(errors(listed("综合得分为95分。其中:预算执行率得分9.5分(满分10分),产出指标得分48分(满分50分),效益指标得分28.5分(满分30分),满意度指标得分9分(满分10分)。"))).toEqual([]);
    const trad = listed("綜合得分為95分,其中:預算執行率得分9.5分(滿分10分),產出指標得分48分(滿分50分),效益指標得分28.5分(滿分30分),滿意度指標得分8分(滿分10分)。");
    expect(errors(trad).map((f) => [f.rule, f.cell])).toEqual([["total-mismatch", "A5"]]);
  });

  test("near: an amount's 其中 ('项目资金100万元,其中中央资金80万元') and a rule's ('满分10分,其中…扣2分') are no breakdown", () => {
    expect(reportScores(listed("项目资金100万元,其中中央资金80万元、县级资金20万元,自评得分95分。"))).toBeNull();
    expect(errors(listed("预算执行得分8分,其中满分10分,执行率每低1%扣2分、未按时拨付扣1分。"))).toEqual([]);
  });
});

describe("the whole on the first head, no total's word (the 河北 shape)", () => {
  const heads = (first: number, parts: number[]) =>
    doc([
      "项目绩效评价报告",
      `一、项目基本情况(自评得分${first}分)`,
      "项目已竣工验收。",
      ...parts.map((p, k) => `${["二", "三", "四", "五"][k]}、${["预算执行情况", "产出指标完成情况", "效益指标完成情况", "满意度指标完成情况"][k]}(自评得分${p}分)`),
      `${["三", "四", "五", "六"][parts.length - 1]}、存在的问题`,
    ]);
  test("95 over 10 + 46 + 30 + 10 = 96 (a part one point up): total-mismatch at A2; 96 over the same: nothing", () => {
    expect(errors(heads(95, [10, 46, 30, 10])).map((f) => [f.rule, f.cell])).toEqual([["total-mismatch", "A2"]]);
    expect(errors(heads(96, [10, 46, 30, 10]))).toEqual([]);
  });
  test("near: a first section scored 10 before sections of 40, 30, 10 — no whole, nothing flagged; 80 far from 96 — no whole", () => {
    expect(total(heads(10, [40, 30, 10]))).toBeNull();
    expect(errors(heads(10, [40, 30, 10]))).toEqual([]);
    expect(total(heads(80, [10, 46, 30, 10]))).toBeNull();
    expect(errors(heads(80, [10, 46, 30, 10]))).toEqual([]);
  });
});

describe("the whole in a plain sentence, the title '…自评情况报告'", () => {
  const plain = (whole: number) =>
    doc([
      "县水利局2023年度水利发展资金绩效自评情况报告",
      "一、基本情况",
      "二、绩效目标完成情况",
      `经自评,本项目得分为${whole}分。`,
      "1.预算执行情况得分9分。",
      "2.产出指标得分47分。",
      "3.效益指标得分28分。",
      "4.满意度指标得分9分。",
      "三、存在的问题和改进措施",
    ]);
  test("93 = 9 + 47 + 28 + 9 read; 92 stated: total-mismatch at A4; 70 stated (far): no whole, nothing", () => {
    expect(recognise(plain(93)).family).toBe("project-self-eval");
    expect(total(plain(93))).toEqual([93, "A4"]);
    expect(errors(plain(93))).toEqual([]);
    expect(errors(plain(92)).map((f) => [f.rule, f.cell])).toEqual([["total-mismatch", "A4"]]);
    expect(total(plain(70))).toBeNull();
    expect(errors(plain(70))).toEqual([]);
  });
});

// ── near shapes that must not be read or flagged

describe("near shapes: not read, nothing flagged", () => {
  test("a work summary (工作总结) with numbered paragraphs and amounts: no report, no scores", () => {
    const grid = doc([
      "县农业农村局2023年工作总结",
      "一、主要工作完成情况",
      "(一)全年落实资金1200万元,完成投资1150万元,完成率95.8%。",
      "(二)产业发展:新建基地3个。",
      "二、存在的问题",
      "资金拨付进度慢。",
      "三、2024年工作打算",
      "加大项目推进力度。",
    ]);
    expect(reportDocument(sheetFeatures(grid).body, false)).toBe(false);
    expect(recognise(grid).family).not.toBe("project-self-eval");
    expect(errors(grid)).toEqual([]);
  });

  test("a notice of results: units with their scores in sentences — not a report, not read", () => {
    const grid = doc([
      "关于2023年度项目绩效自评报告评审结果的通报",
      "各乡镇、各部门:",
      "一、评审情况",
      "1.县教育局自评报告得分92分。",
      "2.县卫健局自评报告得分85分。",
      "3.县民政局自评报告得分78分。",
      "二、存在的问题",
      "三、下一步要求",
    ]);
    expect(reportDocument(sheetFeatures(grid).body, false)).toBe(false);
    expect(recognise(grid).family).not.toBe("project-self-eval");
    expect(errors(grid)).toEqual([]);
  });

  test("a budget explanation (部门预算说明) with amounts and right rates: not a report, no finding", () => {
    const grid = doc([
      "2024年县文旅局部门预算说明",
      "一、部门基本情况",
      "二、收支预算情况",
      "2023年预算数500万元,执行数450万元,执行率90%。",
      "三、绩效目标设置情况",
      "四、其他说明",
    ]);
    expect(reportDocument(sheetFeatures(grid).body, false)).toBe(false);
    expect(errors(grid)).toEqual([]);
  });

  test("a report with one score only: its family read, no breakdown, no relation, nothing flagged", () => {
    const grid = doc([
      "2022年度项目支出绩效自评报告",
      "一、项目基本情况",
      "二、绩效目标完成情况",
      "各项指标全面完成。",
      "三、自评结论",
      "本项目自评得分95分,等级为优。",
      "四、存在的问题及改进措施",
      "无。",
    ]);
    expect(recognise(grid).family).toBe("project-self-eval");
    expect(reportScores(grid)).toBeNull();
    expect(recognise(grid).indicators).toEqual([]);
    expect(errors(grid)).toEqual([]);
  });

  test("a rubric printed as paragraphs ('(10分)' points, '得N分' in rules): two scores on a line are a rule's, not read", () => {
    const grid = doc([
      "项目支出绩效自评报告",
      "一、基本情况",
      "二、评分标准",
      "1.预算执行率(10分):执行率100%的得10分,90%的得分9分,80%的得分8分。",
      "2.产出指标(50分):全部完成的得分50分,未完成的得分0分。",
      "三、问题与建议",
    ]);
    expect(reportScores(grid)).toBeNull();
    expect(errors(grid)).toEqual([]);
  });
});

// ── the heads run on mid-line (code-sequence)

describe("code-sequence: heads run on mid-line in a document", () => {
  test("'(二)' after a head '三、' run on inside the line above starts its own count; a real repeat at a line's start still flagged", () => {
    const grid = doc([
      "项目绩效自评报告",
      "一、项目概况 (一)基本情况。",
      "(二)绩效目标。",
      "(三)自评步骤。",
      "满意度达90%。 二、资金管理 (一)资金到位。",
      "资金173万元已到位。 三、绩效情况 (一)完成情况。",
      "(二)效益情况",
    ]);
    expect(review(grid, "national").findings.filter((f) => f.rule === "code-sequence")).toEqual([]);
    const repeat = doc(["项目绩效自评报告", "一、项目概况", "(一)基本情况。", "(二)绩效目标。", "(二)自评步骤。", "二、资金管理"]);
    expect(review(repeat, "national").findings.filter((f) => f.rule === "code-sequence" && f.severity === "error").map((f) => f.cell)).toEqual(["A5"]);
  });
});

// ── variants generated from the corpus's own self-evaluation truths

interface TruthIndicator {
  level1?: string;
  claimed_score: number | null;
}
interface TruthBudget {
  score?: number | null;
}
interface SelfTruth {
  family: string;
  indicators: TruthIndicator[];
  budget_items?: TruthBudget[];
  totals: { claimed_total: number | null };
}

/** Every real truth of a self-evaluation family whose level-1 groups are scored and add up with the budget's score to its total. */
function generated(): { id: string; parts: { name: string; score: number }[]; budget: number; whole: number }[] {
  const dir = join(FIXTURES, "real");
  const out: { id: string; parts: { name: string; score: number }[]; budget: number; whole: number }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".truth.json"))) {
    const t = JSON.parse(readFileSync(join(dir, f), "utf8")) as SelfTruth;
    if (t.family !== "project-self-eval" && t.family !== "dept-self-eval") continue;
    if (!t.indicators.length || t.indicators.some((i) => i.claimed_score === null || !i.level1)) continue;
    const groups = new Map<string, number>();
    for (const i of t.indicators) {
      const name = i.level1!.replace(/[\s\d.()（）分]+$/g, "").replace(/^[一二三四五六七八九十\d]+[、.．]/, "").slice(0, 12) || "指标";
      groups.set(name, Math.round(((groups.get(name) ?? 0) + i.claimed_score!) * 100) / 100);
    }
    if (groups.size < 2) continue;
    const budget = Math.round((t.budget_items ?? []).reduce((s, b) => s + (b.score ?? 0), 0) * 100) / 100;
    // (the whole printed as its parts' sum: a truth whose total carries its own slip, or a part the page did not show, is
    // printed consistent — the variants test the reading, not the sheet's slips)
    const sum = Math.round(([...groups.values()].reduce((a, b) => a + b, 0) + budget) * 100) / 100;
    if (sum <= 0 || sum > 100 + 0.001) continue;
    out.push({ id: basename(f, ".truth.json"), parts: [...groups].map(([name, score]) => ({ name, score })), budget, whole: sum });
  }
  return out;
}

const CN = "一二三四五六七八九十".split("").concat(["十一", "十二", "十三", "十四", "十五", "十六"]);

const SHAPES: Record<string, (c: ReturnType<typeof generated>[number]) => string[]> = {
  /** the 云南 shape: the whole with its grade in a sentence, one line per part '1. X完成情况:…,绩效自评得分N分。' */
  sentences: (c) => [
    "项目支出绩效自评报告",
    "一、自评结论",
    `绩效自评得分${c.whole}分,自评等级为${c.whole >= 90 ? "优" : c.whole >= 80 ? "良" : c.whole >= 60 ? "中" : "差"}。`,
    "(一)绩效目标完成情况",
    ...(c.budget ? [`1. 预算执行完成情况:绩效自评得分${c.budget}分。`] : []),
    ...c.parts.map((p, k) => `${k + 1 + (c.budget ? 1 : 0)}. ${p.name}完成情况:基本完成,绩效自评得分${p.score}分。`),
    "二、存在的问题和原因分析",
    "三、下一步改进措施",
  ],
  /** the 河北 shape: scores in the heads, the whole on the first head */
  heads: (c) => [
    "项目绩效评价报告",
    `一、项目基本情况(自评得分${c.whole}分)`,
    "项目已竣工验收。",
    ...(c.budget ? [`二、预算执行情况(自评得分${c.budget}分)`] : []),
    ...c.parts.map((p, k) => `${CN[k + (c.budget ? 2 : 1)]}、${p.name}(自评得分${p.score}分)`),
    `${CN[c.parts.length + (c.budget ? 2 : 1)]}、存在的问题`,
  ],
  /** 繁體, no title, '得分為N分', the whole under 總分 */
  traditional: (c) => [
    "一、基本情況",
    "二、績效目標完成情況",
    ...(c.budget ? [`(一)預算執行得分為${c.budget}分。`] : []),
    ...c.parts.map((p, k) => `(${CN[k + (c.budget ? 1 : 0)]})${p.name}得分為${p.score}分。`),
    `三、自評結論 自評總分為${c.whole}分。`,
    "四、存在問題及改進措施",
  ],
};

describe("variants generated from the corpus's self-evaluation truths (their groups' scores, budget score and total)", () => {
  const cases = generated();
  test("enough truths to print", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });
  for (const [shape, print] of Object.entries(SHAPES)) {
    test(`${shape}: family, total and parts read on nearly all, nothing flagged`, () => {
      let ok = 0;
      const bad: string[] = [];
      for (const c of cases) {
        const grid = doc(print(c));
        const m = recognise(grid);
        const t = m.totals?.score?.value;
        const scored = m.relations.some((r) => r.kind === "rollup" && r.level === "total");
        if (m.family === "project-self-eval" && t === c.whole && scored && errors(grid).length === 0) ok++;
        else bad.push(`${c.id}: ${m.family} ${t} ${scored} ${errors(grid).map((f) => f.rule + "@" + f.cell).join(",")} | ${print(c).join(" / ")}`);
      }
      expect(bad).toEqual([]);
      expect(ok).toBe(cases.length);
    });
  }
});
