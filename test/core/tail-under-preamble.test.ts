import { Converter } from "opencc-js/cn2t";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { preambleLine } from "../../src/core/recognise/preamble";

/**
 * A table's tail (an excerpt cut above its table: the page under its header, or the header with only its last lines)
 * stays a tail when a form's preamble is put above it: lines saying whose the form is (项目名称 | …, 主管部门 | … |
 * 实施单位 | …, 填报单位:… 单位:万元) are none of the table's lines. So a header-less tail is still read from its columns,
 * and a tail whose total includes the budget item cut above it still bounds its weights from below only.
 */

type V = string | number | null;
const toTraditional = Converter({ from: "cn", to: "tw" });

const PREAMBLES: Record<string, V[][]> = {
  "none": [],
  "identity lines, label | value": [["项目名称", "某县乡村道路养护"], ["主管部门", "某县交通运输局"], ["实施单位", "某县公路事务中心"]],
  "identity fields in pairs on one line": [["项目名称", "某县乡村道路养护", null, "实施单位(盖章)", "某县公路事务中心"]],
  "a 填报单位 … 单位：万元 line": [["填报单位：某县农业农村局　　　　　　单位：万元"]],
};
type Variant = "merged" | "unmerged" | "traditional";
const VARIANTS: Variant[] = ["merged", "unmerged", "traditional"];

/** The rows under `pre` (merges moved down with them; dropped when unmerged; every text traditional when asked). */
function sheet(pre: V[][], rows: V[][], merges: [number, number, number, number][], variant: Variant): Grid {
  const h = pre.length;
  const values = [...pre, ...rows].map((r) => r.map((v) => (variant === "traditional" && typeof v === "string" ? toTraditional(v) : v)));
  const ranges = variant === "unmerged" ? [] : merges.map(([r1, c1, r2, c2]) => `${col(c1)}${r1 + h}:${col(c2)}${r2 + h}`);
  return Grid.fromValues("Sheet1", values, ranges);
}
const col = (c: number) => String.fromCharCode(64 + c);

// a page under the header: 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 原因 (A..J)
const HEADERLESS: V[][] = [
  ["产出指标", "数量指标", "培训人次", "≥", 100, "人次", 120, 20, 20, null],
  [null, null, "覆盖村数", "=", 12, "个", 12, 20, 22, null],
  [null, "时效指标", "完成及时率", "=", 100, "%", 100, 20, null, null],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 95, "%", 96, 20, 20, null],
  ["合计", null, null, null, null, null, null, 100, 80, null],
  ["评价结论", "总体良好"],
];
const HEADERLESS_MERGES: [number, number, number, number][] = [[1, 1, 3, 1], [1, 2, 2, 2], [5, 1, 5, 7], [6, 2, 6, 10]];

describe.each(Object.keys(PREAMBLES))("a header-less tail under a preamble: %s", (pre) => {
  test.each(VARIANTS)("%s: its four lines read from the operators and units, its rollups and row checks kept", (variant) => {
    const h = PREAMBLES[pre].length;
    const r = review(sheet(PREAMBLES[pre], HEADERLESS, HEADERLESS_MERGES, variant), "national");
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.cutAbove).toBe(true);
    expect(r.model.indicators.map((i) => [i.row - h, i.weight, i.claimedScore])).toEqual([[1, 20, 20], [2, 20, 22], [3, 20, null], [4, 20, 20]]);
    // 合计 100 over 4 × 20 = 80: the budget item cut above may hold the rest, so only "more than stated" would be wrong
    const weight = r.model.relations.find((x) => x.kind === "rollup" && x.measure === "weight" && x.level === "total");
    expect(weight && weight.kind === "rollup" ? [weight.total.value, weight.parts.map((p) => p.value), weight.bound] : null).toEqual([100, [20, 20, 20, 20], "atMost"]);
    expect(r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`)).toEqual([`score-exceeds-weight@I${2 + h}`, `missing-score@I${3 + h}`]);
  });
});

// the header with the last line of its block, the budget item (10 of the 合计's 100) cut above: A..K
const HEADED: V[][] = [
  ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
  [null, "产出指标", "数量指标", "培训人次", "≥", 100, "人次", 120, 30, 30, null],
  [null, "效益指标", "社会效益指标", "群众知晓率", "≥", 90, "%", 93, 30, 30, null],
  [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥", 95, "%", 96, 30, 30, null],
  ["合计", null, null, null, null, null, null, null, 100, 100, null],
  ["评价结论", "总体良好"],
];
const HEADED_MERGES: [number, number, number, number][] = [[1, 1, 4, 1], [5, 1, 5, 8], [6, 2, 6, 11]];

describe.each(Object.keys(PREAMBLES))("a headed tail cut above its budget item, under a preamble: %s", (pre) => {
  test.each(VARIANTS)("%s: 合计 100 over 90 listed is no mismatch (the cut budget item may hold the 10)", (variant) => {
    const r = review(sheet(PREAMBLES[pre], HEADED, HEADED_MERGES, variant), "national");
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.cutAbove).toBe(true);
    expect(r.model.indicators.map((i) => i.weight)).toEqual([30, 30, 30]);
    expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch")).toEqual([]);
  });
});

test("a title line above the same header is no preamble: the sheet is whole, and 合计 100 over 90 listed is a mismatch", () => {
  for (const variant of VARIANTS) {
    const r = review(sheet([["某县乡村道路养护项目绩效自评表"]], HEADED, HEADED_MERGES, variant), "national");
    expect(r.model.cutAbove).toBe(false);
    expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch").map((f) => `${f.severity} ${f.cell}`)).toEqual(["error I6"]);
  }
});

test("preamble lines: identity fields in label | value pairs, fields with their values, dates, the money unit; no table line", () => {
  const line = (...v: V[]) => preambleLine(Grid.fromValues("Sheet1", [v]), 1);
  expect(line("项目名称", "某县乡村道路养护")).toBe(true);
  expect(line("主管部门", "某县交通运输局", "实施单位(盖章)", "某县公路事务中心")).toBe(true);
  expect(line("填报单位：某县农业农村局　　单位：万元")).toBe(true);
  expect(line("填报单位：某县农业农村局", "2023年12月", "单位：万元")).toBe(true);
  // a header's words, a group heading, a scored line, a lone label, a label beside another label
  expect(line("指标名称", "分值")).toBe(false);
  expect(line("产出指标", "数量指标")).toBe(false);
  expect(line("项目名称", "某县乡村道路养护", "实施单位")).toBe(false);
  expect(line("项目名称", "主管部门")).toBe(false);
  expect(line("某县乡村道路养护项目绩效自评表")).toBe(false);
  expect(line(null, "数量指标", "培训人次", "≥", 100)).toBe(false);
});
