import { Converter } from "opencc-js/cn2t";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { FAR, gradeOf, r2, selfEvalSources, type Source } from "./self-eval-sources";

/**
 * rep47 (session 47; rep47-diagnosis.md §5): grad47b's class printed again from every real self-evaluation truth (test/fixtures/real,
 * never validation) with an allocation's parts, a budget with its execution or a score, in corpus47b's shapes: untitled under
 * heads that name two kinds ('二、绩效目标完成情况分析'), the rate in a 配套/到位 sentence and the allocation after '其中包括' with a
 * carried-over 结余 part (云南 粮食风险基金, 第十四师); the same in 繁體 with pinyin after some characters ('數(shù)'); a
 * department's report under a page's index block with its whole stated alone ('自评分N分,综合评价等级为“X”', 騰沖). Each clean
 * print must read its family, allocation, rate, total and grade and flag nothing; each slip must be the only error, at its line.
 */
const toTrad = Converter({ from: "cn", to: "tw" });
type Line = [string | string[], string | null];
const PINYIN: Record<string, string> = { 數: "數(shù)", 況: "況(kuàng)", 農: "農(nóng)", 標: "標(biāo)" };
function paragraphs(c: Source, shape: string, slip: string | null): Line[] {
  const L: Line[] = [];
  let rate: string | null = null;
  if (c.budget) {
    let R = r2((100 * c.budget.e) / c.budget.b);
    if (slip === "rate") R = r2(R > 50 ? R - 7 : R + 7);
    rate = `2022年地方应配套${c.budget.b}万元,实际配套到位资金${c.budget.e}万元,执行率为${R}%。`;
  }
  let alloc: string | null = null;
  if (c.alloc) {
    const parts = c.alloc.parts.map(([n, v], k): [string, number] => [k === c.alloc!.parts.length - 1 ? "上年结余资金" : n, slip === "part" && k === 0 ? r2(v + Math.max(1, r2(v * 0.1))) : v]);
    alloc = `2022年度项目资金预算数${c.alloc.whole}万元,其中包括${parts.map(([n, v]) => `${n}${v}万元`).join(",")}。`;
  }
  let result: string | null = null;
  if (c.total !== null) result = `整体而言,本单位2022年支出绩效完成情况自评分${c.total}分,综合评价等级为“${slip === "grade" ? FAR[gradeOf(c.total)] : gradeOf(c.total)}”。`;
  if (shape === "index-block") {
    L.push([["索引号", "01526035-8/20250418-00001", "发布机构", "某市某局"], null], [["公开目录", "财政预决算", "发布日期", "2025-04-18"], null], [["文号", "浏览量"], null]);
    L.push(["一、自评结论", null], ["(一)部门整体绩效自评得分", null]);
    L.push(result ? [result, "result"] : ["整体而言,本单位绩效目标基本完成。", null]);
    L.push(["(二)部门整体绩效目标完成情况", null], ["1.执行率情况。", null]);
    if (alloc) L.push([alloc, "alloc"]);
    if (rate) L.push([rate, "rate"]);
  } else {
    L.push(["省委、省政府高度重视专项资金管理工作,认真组织开展绩效自评。现将自评情况报告如下:", null]);
    L.push(["一、绩效目标分解下达情况", null], ["(一)中央下达专项转移支付预算和绩效目标情况", null]);
    if (alloc) L.push([alloc, "alloc"]);
    L.push(["(二)省内分解下达预算和绩效目标情况", null]);
    if (rate) L.push([rate, "rate"]);
    L.push(["二、绩效目标完成情况分析", null], ["(一)资金投入情况分析", null], ["1.项目资金到位情况分析。项目资金及时、足额拨付到位。", null]);
    if (result) L.push([result, "result"]);
  }
  if (shape === "trad-pinyin") return L.map(([t, r]): Line => [typeof t === "string" ? toTrad(t).replace(/[數況農標]/g, (ch) => PINYIN[ch]) : t, r]);
  return L;
}
const SHAPES = ["grain", "trad-pinyin", "index-block"];
const SLIPS: [string, string, string, (c: Source) => boolean][] = [
  ["part", "total-mismatch", "alloc", (c) => !!c.alloc],
  ["rate", "exec-rate-mismatch", "rate", (c) => !!c.budget],
  ["grade", "grade-mismatch", "result", (c) => c.total !== null],
];
const gridOf = (lines: Line[]) => Grid.fromValues("Sheet1", lines.map((l) => (typeof l[0] === "string" ? [l[0]] : l[0])), []);
const rowOf = (lines: Line[], role: string) => lines.findIndex((l) => l[1] === role) + 1;
const errorsOf = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);
const cases = selfEvalSources(false);

test("the sources: self-evaluation truths with an allocation's parts, a budget with its execution, or a score", () => {
  expect(cases.filter((c) => c.alloc).length).toBeGreaterThanOrEqual(2);
  expect(cases.filter((c) => c.budget).length).toBeGreaterThanOrEqual(20);
  expect(cases.filter((c) => c.total !== null).length).toBeGreaterThanOrEqual(10);
});

describe.each(SHAPES)("printed in corpus47b's shape: %s", (shape) => {
  test("family, allocation, rate, total and grade read; nothing flagged", () => {
    const bad: string[] = [];
    for (const c of cases) {
      const lines = paragraphs(c, shape, null);
      const res = review(gridOf(lines), "national");
      const m = res.model;
      const problems: string[] = [];
      if (!(m.family === c.family || (m.family === "project-self-eval" && c.family === "dept-self-eval") || (shape === "index-block" && m.family === "dept-self-eval"))) problems.push(`family ${m.family}`);
      const errs = res.findings.filter((f) => f.severity !== "info");
      if (errs.length) problems.push(errs.map((f) => `${f.rule}@${f.cell}`).join(","));
      if (c.alloc && !m.relations.some((r) => r.kind === "sum" && r.measure === "amount" && r.total.cell === `A${rowOf(lines, "alloc")}` && r.parts.length === c.alloc!.parts.length)) problems.push("allocation not read");
      if (c.budget && !m.relations.some((r) => r.kind === "ratio" && r.stated.cell === `A${rowOf(lines, "rate")}`)) problems.push("rate not read");
      if (c.total !== null && !(m.totals?.score?.value === c.total && m.totals.score.cell === `A${rowOf(lines, "result")}` && m.grade?.value === gradeOf(c.total))) problems.push("total or grade not read");
      if (problems.length) bad.push(`${c.id}: ${problems.join("; ")}`);
    }
    console.log(`rep47-generated ${shape} clean: ${cases.length - bad.length}/${cases.length}`);
    expect(bad).toEqual([]);
  });
  test("each slip injected flagged at its line, and nothing else", () => {
    const bad: string[] = [];
    let tried = 0;
    for (const c of cases)
      for (const [slip, rule, role, when] of SLIPS) {
        if (!when(c)) continue;
        tried++;
        const lines = paragraphs(c, shape, slip);
        const got = errorsOf(gridOf(lines));
        const want = `${rule}@A${rowOf(lines, role)}`;
        if (!(got.length === 1 && got[0] === want)) bad.push(`${c.id} ${slip}: ${got.join(",") || "none"} (want ${want})`);
      }
    console.log(`rep47-generated ${shape} slips: ${tried - bad.length}/${tried}`);
    expect(tried).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});
