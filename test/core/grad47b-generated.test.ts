import { Converter } from "opencc-js/cn2t";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { FAR, gradeOf, r2, selfEvalSources, type Source } from "./self-eval-sources";

/**
 * grad47b (session 47; grad47b-diagnosis.md §4): the class — a report in prose about a fund's or a unit's performance —
 * printed again from every real self-evaluation truth (test/fixtures/real, never validation) that states an allocation with
 * its parts, a budget with its execution, or a score: its money and its result as paragraphs, in nine shapes (a title; none,
 * the heads glued to their text; a masked title on two lines; 繁體; the PDF's line breaks as spaces inside words; the
 * allocation's parts after ',其中,' with ';' or after '。其中:' with '、'; the 自评 publishers' words untitled; the 评价
 * publishers' words under a masked title). Each must read its family, its allocation's sum, its rate, its total and grade,
 * flag nothing, and flag exactly the slip injected (a part up 10%: total-mismatch at the allocation; the rate 7 points
 * off: exec-rate-mismatch at its line; a grade two bands off: grade-mismatch at the result). Counts relative to the sources.
 */
const toTrad = Converter({ from: "cn", to: "tw" });
type Line = [string, string | null];
const CN = "一二三四五六七八九十";
/** the report's paragraphs: [text, role] (role names the line a relation or a slip is at) */
function paragraphs(c: Source, shape: string, slip: string | null): Line[] {
  const L: Line[] = [];
  const year = 2023;
  const title = c.family === "dept-self-eval" ? `某县某局${year}年度部门整体支出绩效自评报告` : `某县${year}年度某某项目资金绩效自评报告`;
  const sep = shape === "semicolons" ? ";" : shape === "enumeration" ? "、" : ",";
  const open = shape === "semicolons" ? ",其中," : "。其中:";
  let alloc: string | null = null;
  if (c.alloc) {
    const parts = c.alloc.parts.map(([n, v], k): [string, number] => [n, slip === "part" && k === 0 ? r2(v + Math.max(1, r2(v * 0.1))) : v]);
    alloc = `${year}年财政下达某县某某项目资金${c.alloc.whole}万元${open}${parts.map(([n, v]) => `${n}${v}万元`).join(sep)}。`;
  }
  let rate: string | null = null;
  if (c.budget) {
    let R = r2((100 * c.budget.e) / c.budget.b);
    if (slip === "rate") R = r2(R > 50 ? R - 7 : R + 7);
    rate = `${year}年预算金额 ${c.budget.b} 万元,经费来源为财政补助收入,预算执行 ${c.budget.e}万元,执行率 ${R}%。`;
  }
  let result: string | null = null;
  if (c.total !== null) {
    const g = slip === "grade" ? FAR[gradeOf(c.total)] : gradeOf(c.total);
    result = `绩效评分为 ${c.total}分,评价结果为:${g}。`;
  }
  const titled = shape === "titled" || shape === "semicolons" || shape === "enumeration";
  if (titled) L.push([title, "title"]);
  if (shape === "masked") L.push([`**县${year}年度某某项目资金`, "title"], ["绩效自评报告", "title"]);
  L.push(["一、基本情况", null], ["(一)项目背景及绩效目标 本项目用于改善群众生产生活条件,绩效目标全部完成。", null]);
  L.push(["(二)预算资金规模、来源及使用情况", null]);
  if (alloc) L.push([alloc, "alloc"]);
  if (rate) L.push([rate, "rate"]);
  L.push(["(三)项目组织实施管理情况 严格执行资金管理办法。", null]);
  L.push(["二、评价结论和绩效分析", null]);
  L.push(result ? [`(一)评价结果 ${result}`, "result"] : ["(一)评价结果 本项目绩效目标基本完成。", null]);
  L.push(["(二)主要绩效及分析: 项目实施后效益明显。", null], ["三、存在的问题及改进措施 资金拨付进度偏慢。", null]);
  if (shape === "selfeval-words" || shape === "eval-words") {
    // other publishers' words: the 自评 style (untitled) and the 评价 style (a masked two-line title)
    L.length = 0;
    const self = shape === "selfeval-words";
    if (!self) L.push([`**市${year}年度某某专项资金`, "title"], ["绩效评价报告", "title"]);
    L.push([self ? "一、项目概况" : "一、项目基本概况", null], [self ? "本项目主要用于村级公益设施建设。" : "该专项资金用于扶持产业发展。", null]);
    L.push([self ? "二、绩效目标完成情况" : "二、资金到位及使用情况", null]);
    if (c.alloc) {
      const parts = c.alloc.parts.map(([n, v], k): [string, number] => [n, slip === "part" && k === 0 ? r2(v + Math.max(1, r2(v * 0.1))) : v]);
      L.push([self ? `(一)资金投入情况:${year}年共拨付资金${c.alloc.whole}万元,其中${parts.map(([n, v]) => `${n}${v}万元`).join(",")}。` : `上级分配下达我市资金${c.alloc.whole}万元。其中:${parts.map(([n, v]) => `${n}${v}万元`).join(";")}。`, "alloc"]);
    }
    if (c.budget) {
      let R = r2((100 * c.budget.e) / c.budget.b);
      if (slip === "rate") R = r2(R > 50 ? R - 7 : R + 7);
      L.push([self ? `(二)资金使用情况:年初预算安排资金${c.budget.b}万元,全年实际支出${c.budget.e}万元,资金执行率为${R}%。` : `项目预算资金${c.budget.b}万元,截至年底已支付${c.budget.e}万元,预算执行率为${R}%。`, "rate"]);
    }
    if (c.total !== null) {
      const g = slip === "grade" ? FAR[gradeOf(c.total)] : gradeOf(c.total);
      L.push([self ? "三、自评结论" : "三、综合评价结论", null], [self ? `经自评,本项目得分${c.total}分,自评等级为${g}。` : `综合得分为${c.total}分,绩效评价等级为“${g}”。`, "result"]);
    } else L.push([self ? "三、自评结论 本项目绩效目标基本实现。" : "三、综合评价结论 项目实施效果较好。", null]);
    L.push([self ? "四、存在的问题" : "四、主要经验及做法", null], [self ? "五、下一步改进措施" : "五、存在问题和建议", null]);
  }
  let lines = L;
  if (shape === "traditional") lines = L.map(([t, r]): Line => [toTrad(t), r]);
  if (shape === "spaced") lines = L.map(([t, r]): Line => [t.replace(/([\u4e00-\u9fa5]{9})(?=[\u4e00-\u9fa5])/g, "$1 "), r]);
  return lines;
}
const SHAPES = ["titled", "untitled", "masked", "traditional", "spaced", "semicolons", "enumeration", "selfeval-words", "eval-words"];
const SLIPS: [string, string, string, (c: Source) => boolean][] = [
  ["part", "total-mismatch", "alloc", (c) => !!c.alloc],
  ["rate", "exec-rate-mismatch", "rate", (c) => !!c.budget],
  ["grade", "grade-mismatch", "result", (c) => c.total !== null],
];
const gridOf = (lines: Line[]) => Grid.fromValues("Sheet1", lines.map((l) => [l[0]]), []);
const rowOf = (lines: Line[], role: string) => lines.findIndex((l) => l[1] === role) + 1;
const errorsOf = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

const cases = selfEvalSources(true);

test("the sources: self-evaluation truths with an allocation's parts, a budget with its execution, or a score", () => {
  expect(cases.filter((c) => c.alloc).length).toBeGreaterThanOrEqual(2);
  expect(cases.filter((c) => c.budget).length).toBeGreaterThanOrEqual(20);
  expect(cases.filter((c) => c.total !== null).length).toBeGreaterThanOrEqual(10);
});

describe.each(SHAPES)("printed as a report in prose: %s", (shape) => {
  const mine = cases.filter((c) => !((shape === "semicolons" || shape === "enumeration") && !c.alloc));
  test("family, allocation, rate, total and grade read; nothing flagged", () => {
    const bad: string[] = [];
    let n = 0;
    for (const c of mine) {
      const lines = paragraphs(c, shape, null);
      const res = review(gridOf(lines), "national");
      const m = res.model;
      const problems: string[] = [];
      // (a department's report printed without its 部门整体 title: nothing says whose whole spending it is)
      if (!(m.family === c.family || (shape !== "titled" && m.family === "project-self-eval" && c.family === "dept-self-eval"))) problems.push(`family ${m.family}`);
      const errs = res.findings.filter((f) => f.severity !== "info");
      if (errs.length) problems.push(errs.map((f) => `${f.rule}@${f.cell}`).join(","));
      if (c.alloc && !m.relations.some((r) => r.kind === "sum" && r.measure === "amount" && r.total.cell === `A${rowOf(lines, "alloc")}` && r.parts.length === c.alloc!.parts.length)) problems.push("allocation not read");
      if (c.budget && !m.relations.some((r) => r.kind === "ratio" && r.stated.cell === `A${rowOf(lines, "rate")}`)) problems.push("rate not read");
      if (c.total !== null && !(m.totals?.score?.value === c.total && m.totals.score.cell === `A${rowOf(lines, "result")}` && m.grade?.value === gradeOf(c.total))) problems.push("total or grade not read");
      if (problems.length) bad.push(`${c.id}: ${problems.join("; ")}`);
      else n++;
    }
    expect(bad).toEqual([]);
    expect(n).toBe(mine.length);
  });
  test("each slip injected flagged at its line, and nothing else", () => {
    const bad: string[] = [];
    let tried = 0;
    for (const c of mine)
      for (const [slip, rule, role, when] of SLIPS) {
        if (!when(c)) continue;
        tried++;
        const lines = paragraphs(c, shape, slip);
        const got = errorsOf(gridOf(lines));
        const want = `${rule}@A${rowOf(lines, role)}`;
        if (!(got.length === 1 && got[0] === want)) bad.push(`${c.id} ${slip}: ${got.join(",") || "none"} (want ${want})`);
      }
    expect(tried).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});
