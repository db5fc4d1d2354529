import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { writtenResults } from "../../src/core/recognise/written-results";
import { FIXTURES, jsonGrid } from "../helpers";
import { forms, SHAPES, sources, variants } from "./grad46c-variants";

/**
 * grad46c (session 46): result lists of assessed units or projects, and result forms of label | value pairs
 * (grad46c-diagnosis.md). Three graduated sheets — 招商引资考核结果 (two units, each unit's formulas written out in one
 * cell), 上高 财政评价结果反馈表 (评价分值 | 94 | 评价结论 | 优 among the form's pairs), 原民會 績效彙總表 (counts of projects
 * by grade per year) — and the class each is one instance of, printed as other publishers print it, beside the near
 * shapes that must not be read or flagged. Every number is computed by hand in a comment.
 */
type Row = string[];
const run = (rows: Row[], merges: string[] = []) => {
  const r = review(Grid.fromValues("S", rows, merges), "national");
  return {
    family: r.model.family,
    header: r.model.headerRow,
    total: r.model.totals?.score?.cell ?? null,
    sums: r.model.relations.filter((x) => x.kind === "sum" && x.measure === "score").map((x) => (x.kind === "sum" ? `${x.total.cell}=${x.parts.map((p) => p.value).join("+")}` : "")),
    errors: r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`),
  };
};
const real = (id: string) => review(jsonGrid(join(FIXTURES, "real", `${id}.json`)), "national");

describe("the graduated sheets", () => {
  test("招商引资考核结果: two units read, each 得分 the sum of its items' written results", () => {
    const r = real("cn-city-investment-attraction-assessment-results-formula-scores-2024-excerpt");
    expect(r.model.family).toBe("evaluation-summary");
    expect(r.model.headerRow).toBe(3);
    // C4 2.78 = 0.48 + 0.6 + 0.5 + 0.5 + 0.3 + 0.4; C5 2.95 = 0.45 + 0.6 + 0.5 + 0.5 + 0.5 + 0.4
    const sums = r.model.relations.filter((x) => x.kind === "sum" && x.measure === "score").map((x) => (x.kind === "sum" ? `${x.total.cell}=${x.parts.map((p) => p.value).join("+")}` : ""));
    expect(sums).toEqual(["C4=0.48+0.6+0.5+0.5+0.3+0.4", "C5=0.45+0.6+0.5+0.5+0.5+0.4"]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
  test("招商引资考核结果 with C4 written 2.88: the slip flagged at C4 (the items add up to 2.78)", () => {
    const g = jsonGrid(join(FIXTURES, "real", "cn-city-investment-attraction-assessment-results-formula-scores-2024-excerpt.json"));
    const rows: Row[] = [];
    for (let r = 1; r <= g.rowCount; r++) rows.push([1, 2, 3, 4].map((c) => g.text(r, c)));
    rows[3][2] = "2.88";
    expect(run(rows).errors).toEqual(["total-mismatch@C4"]);
  });
  test("上高 结果反馈表: the form has no header line, its result B6", () => {
    const r = real("jx-shanggao-family-planning-aid-fiscal-eval-feedback-2023-excerpt");
    expect(r.model.family).toBe("evaluation-summary");
    expect(r.model.headerRow).toBeNull();
    expect(r.model.totals?.score?.cell).toBe("B6");
    expect(r.model.totals?.score?.value).toBe(94);
  });
  test("原民會 績效彙總表: a distribution of projects by grade reads evaluation-summary, its header at 2", () => {
    const r = real("tw-indigenous-council-lottery-feedback-projects-performance-grades-2008-2011-trad");
    expect(r.model.family).toBe("evaluation-summary");
    expect(r.model.headerRow).toBe(2);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("result lists generated from the corpus's list truths (grad46c-variants.ts)", () => {
  // 19 list truths (their unit and score columns, no weight column), 3 to 15 lines each; 15 shapes of the class and 6
  // near shapes each. Measured on cac58165 before this branch: 169 of 285 class variants read, result forms 0 of 95.
  const all = variants().map((v) => ({ v, r: review(Grid.fromValues("S", v.rows, []), "national") }));
  test("the sources", () => {
    // (19 on cac58165; the corpus grows, each new list truth printed again too)
    expect(sources().length).toBeGreaterThanOrEqual(19);
    expect(SHAPES.filter((s) => s.header).length).toBe(15);
  });
  test("every class variant reads as the results (family, header line): 285 of 285 on cac58165's truths, all of them since", () => {
    const ok = all.filter(({ v, r }) => v.header !== null && r.model.family === "evaluation-summary" && r.model.headerRow === v.header);
    expect(ok.length).toBe(sources().length * 15);
  });
  test("no near shape reads as a result list: 0 of 114", () => {
    const wrong = all.filter(({ v, r }) => v.header === null && r.model.family === "evaluation-summary");
    expect(all.filter(({ v }) => v.header === null).length).toBe(sources().length * 6);
    expect(wrong.map(({ v }) => `${v.shape} ${v.source}`)).toEqual([]);
  });
  test("no variant is flagged (every variant is consistent)", () => {
    expect(all.filter(({ r }) => r.findings.some((f) => f.severity !== "info")).map(({ v }) => `${v.shape} ${v.source}`)).toEqual([]);
  });
  test("result forms (label | value pairs): 95 of 95 read evaluation-summary, their result stated, no header line but a result line opening the form", () => {
    const fs = forms();
    const ok = fs.filter((v) => {
      const r = review(Grid.fromValues("S", v.rows, []), "national");
      return r.model.family === "evaluation-summary" && r.model.headerRow === v.header && r.model.totals !== null && !r.findings.some((f) => f.severity !== "info");
    });
    expect(fs.length).toBe(sources().length * 5);
    expect(ok.length).toBe(fs.length);
  });
});

describe("a result list of two units under a title naming an assessment (unit-results.ts MIN_TITLED_UNITS)", () => {
  test.each<[string, Row[], number | null]>([
    ["被考核单位 | 得分 under 考核结果", [["一、2024年度考核结果", "", ""], ["被考核单位", "得分", "备注"], ["甲区", "92.5", ""], ["乙区", "88", ""]], 2],
    ["单位名称 | 考核得分 | 等级 under 考评结果公示", [["各单位考评结果公示", "", ""], ["单位名称", "考核得分", "等级"], ["城关镇", "91", "优"], ["新民乡", "84", "良"]], 2],
    ["參評單位 | 總分 under 評比結果 (繁體)", [["年度評比結果", ""], ["參評單位", "總分"], ["東區", "95"], ["西區", "87"]], 2],
    ["no title: two lines are too few", [["被考核单位", "得分", "备注"], ["甲区", "92.5", ""], ["乙区", "88", ""]], null],
    ["a title naming no assessment (名单): not read", [["2024年度名单", ""], ["单位", "得分"], ["甲区", "92.5"], ["乙区", "88"]], null],
  ])("%s", (_name, rows, header) => {
    const r = run(rows);
    // (not read as a list: no header line, nothing checked; since fam46 the family may still be named from the sheet's
    // evidence, families/evidence-fallback.ts — a name, no items)
    if (header === null) expect(r.header).toBeNull();
    else {
      expect(r.family).toBe("evaluation-summary");
      expect(r.header).toBe(header);
    }
    expect(r.errors).toEqual([]);
  });
});

describe("a result list under no title: the heads or the lines say it (a grade column, an assessed-unit head)", () => {
  const lines = [["城关镇", "93"], ["新民乡", "85"], ["河东街道", "76"]];
  test.each<[string, Row[], boolean]>([
    // grades by the usual bands: 93 → 优, 85 → 良, 76 → 中
    ["单位 | 得分 | 等级 over 优 / 良 / 中", [["单位", "得分", "等级"], ...lines.map(([n, s], k) => [n, s, ["优", "良", "中"][k]])], true],
    ["乡镇 | 考核等次 | 分数 (the grade first), 优秀 / 良好 / 合格", [["乡镇", "考核等次", "分数"], ...lines.map(([n, s], k) => [n, ["优秀", "良好", "合格"][k], s])], true],
    ["被考核单位 | 得分", [["被考核单位", "得分"], ...lines], true],
    ["考核对象 | 分数", [["考核对象", "分数"], ...lines], true],
    ["受評機關 | 總分 (繁體)", [["受評機關", "總分"], ...lines], true],
    // near: a grade column holding no grades (a 结果 of words), a plain 单位 | 得分 with no title
    ["near: 单位 | 得分 | 结果 over words", [["单位", "得分", "结果"], ...lines.map(([n, s]) => [n, s, "已完成"])], false],
    ["near: 单位 | 得分, nothing else", [["单位", "得分"], ...lines], false],
  ])("%s", (_name, rows, read) => {
    const r = run(rows);
    // (a near shape is not read as a list — no header line, nothing checked — though since fam46 its family may be named
    // from the sheet's evidence, families/evidence-fallback.ts)
    if (read) {
      expect(r.family).toBe("evaluation-summary");
      expect(r.header).toBe(1);
    } else expect(r.header).toBeNull();
    expect(r.errors).toEqual([]);
  });
});

describe("a unit's score written out item by item (written-results.ts)", () => {
  test.each<[string, string, number[] | null]>([
    ["得分 formulas and an award", "1.实行量化计分法。 得分=完成率96%×0.5=0.48。 2.实行量化计分法。 得分=外商直接投资完成率120%×0.5=0.6 3.分别引进7个、4个、1个,得0.5分", [0.48, 0.6, 0.5]],
    ["numbered with 、, closed by ；", "1、组织领导:得分=2×1=2；2、工作落实:得3分；3、群众满意度:得分=90%×5=4.5。", [2, 3, 4.5]],
    ["a formula with brackets and its 分", "1.得分=【(28÷27)×50%+(177.7÷54)×50%】×0.5=0.5分 2.得分=0.5-1×0.1分-0×0.2分=0.4。", [0.5, 0.4]],
    // near: an item closing with a deduction, a 扣分 formula, numbering not from 1, one item, no numbering
    ["near: an item closing with its deduction", "1.得分=96%×0.5=0.48 2.未按时报送,扣0.5分", null],
    ["near: a 扣分 formula", "1.得分=0.5 2.扣分=2×0.1=0.2", null],
    ["near: numbered from 2", "2.得分=0.5 3.得分=0.4", null],
    ["near: one item", "1.得分=96%×0.5=0.48", null],
    ["near: prose with no numbering", "按要求完成各项任务,得分=0.5", null],
  ])("%s", (_name, text, values) => {
    const got = writtenResults(text);
    expect(got === null ? null : got.map((x) => Number(x.value))).toEqual(values);
  });

  // three units, each's items written in its 考核情况 cell: 甲 0.5 + 0.3 + 1 = 1.8 ✓, 乙 0.4 + 0.3 + 1 = 1.7 ✓, 丙 0.5 +
  // 0.2 + 0.5 = 1.2 (written 1.3: the slip)
  const cell = (a: string, b: string, c: string) => `1.得分=完成率${Number(a) * 200}%×0.5=${a} 2.得${b}分 3.得分=${c}`;
  const list: Row[] = [
    ["目标考核结果", "", ""],
    ["被考核单位", "考核情况", "得分"],
    ["甲镇", cell("0.5", "0.3", "1"), "1.8"],
    ["乙镇", cell("0.4", "0.3", "1"), "1.7"],
    ["丙镇", cell("0.5", "0.2", "0.5"), "1.3"],
  ];
  test("each line's score against its items' results: the slip C5 flagged (1.3 against 0.5 + 0.2 + 0.5 = 1.2)", () => {
    const r = run(list);
    expect(r.family).toBe("evaluation-summary");
    expect(r.sums).toEqual(["C3=0.5+0.3+1", "C4=0.4+0.3+1", "C5=0.5+0.2+0.5"]);
    expect(r.errors).toEqual(["total-mismatch@C5"]);
  });
  test("in 繁體, the same slip flagged", () => {
    const r = run(list.map((row, k) => (k === 1 ? ["受評單位", "考核情況", "得分"] : k === 0 ? ["目標考核結果", "", ""] : row)));
    expect(r.errors).toEqual(["total-mismatch@C5"]);
  });
  test("near: a base added to the items on every line (60 + items) — the layout not borne out, nothing read or flagged", () => {
    const based = list.map((row, k) => (k < 2 ? row : [row[0], row[1], String(Math.round((60 + Number(row[2])) * 10) / 10)]));
    const r = run(based);
    expect(r.sums).toEqual([]);
    expect(r.errors).toEqual([]);
  });
});

describe("a result form of label | value pairs has no header line (recognise/index.ts pairedFormLine)", () => {
  const pairs: Row[] = [
    ["评价组织机构", "县财政局", "项目主管部门", "县卫健委"],
    ["评价机构", "某管理咨询有限公司", "评价时间", "2024年8月"],
  ];
  test.each<[string, Row[], string, number | null]>([
    ["the result line last", [["财政评价结果反馈表", "", "", ""], ...pairs, ["评价分值", "94", "评价结论", "优"]], "B4", null],
    ["in 繁體, between the pairs", [["財政評價結果回饋表", "", "", ""], pairs[0], ["評價分值", "92", "評價等級", "優"], pairs[1]], "B3", null],
    ["six cells a line (综合得分 | 88 | 绩效等级 | 良 | 评价时间 | 2024年)", [["评价结果反馈表", "", "", "", "", ""], ["项目名称", "某项目", "主管部门", "县卫健委", "实施单位", "县医院"], ["综合得分", "88", "绩效等级", "良", "评价时间", "2024年"]], "B3", null],
    // (a result line opening the form, right under the title, heads the summary as before: evaluation-summary-result.test.ts)
    ["near: the result line first, under the title", [["财政评价结果反馈表", "", "", ""], ["评价得分", "86.5", "评价等级", "良"], ...pairs], "B2", 2],
    ["near: the line above fills other columns (a 6-cell line over a 4-cell result line)", [["评价结果反馈表", "", "", "", "", ""], ["项目名称", "某项目", "主管部门", "县卫健委", "实施单位", "县医院"], ["综合得分", "88", "绩效等级", "良", "", ""]], "B3", 3],
  ])("%s", (_name, rows, cell, header) => {
    const r = run(rows);
    expect(r.family).toBe("evaluation-summary");
    expect(r.header).toBe(header);
    expect(r.total).toBe(cell);
    expect(r.errors).toEqual([]);
  });
  test("the result in one cell over a form (评价分值:88.64分 评价等级:良): still headed by that line", () => {
    const r = run([["评价分值:88.64分 评价等级:良", "", "", ""], ["概要", "", "", ""], ["项目名称", "村干部报酬项目", "评价年度", "2023"], ["主管部门", "镇人民政府", "联系人", "黄艳"]]);
    expect(r.family).toBe("evaluation-summary");
    expect(r.header).toBe(1);
    expect(r.total).toBe("A1");
  });
});

describe("a distribution of an assessment's results by grade (grouped-shares.ts gradeDistributionHead)", () => {
  // 7 = 3 + 2 + 2, 3/7 = 42.86, 2/7 = 28.57; 17 = 9 + 6 + 2, 9/17 = 52.94, 6/17 = 35.29, 2/17 = 11.76
  const body = [
    ["97", "7", "3", "42.86", "2", "28.57", "2", "28.57"],
    ["98", "17", "9", "52.94", "6", "35.29", "2", "11.76"],
  ];
  const table = (title: string, classes: string[], whole = "总件数", head = "年度"): Row[] => [
    [title, "", "", "", "", "", "", ""],
    [head, whole, classes[0], "", classes[1], "", classes[2], ""],
    ["", "", "件数", "百分比", "件数", "百分比", "件数", "百分比"],
    ...body,
  ];
  const merges = ["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:H2"];
  test.each<[string, Row[], boolean]>([
    ["績效良好 | 績效尚可 | 尚待努力 under a 績效彙總表 title (繁體)", table("計畫案件績效彙總表", ["績效良好", "績效尚可", "尚待努力"], "總件數"), true],
    ["优秀 | 良好 | 合格 under a 考核结果 title", table("年度考核结果统计", ["优秀", "良好", "合格"]), true],
    ["A级 | B级 | C级 under an 评价 title, by department", table("项目绩效评价结果分布", ["A级", "B级", "C级"], "项目总数", "部门"), true],
    ["no title, the classes naming the assessment (考核优秀 …)", table("", ["考核优秀", "考核良好", "考核合格"]), true],
    ["near: a satisfaction survey (满意 | 基本满意 | 不满意)", table("满意度调查统计", ["满意", "基本满意", "不满意"]), false],
    ["near: staff by title (高级 | 中级 | 初级)", table("专业技术人员统计", ["高级", "中级", "初级"], "总人数"), false],
    ["near: grades under no word of an assessment (体质测试)", table("学生体质测试统计", ["优秀", "良好", "及格"]), false],
  ])("%s", (_name, rows, read) => {
    const r = run(rows, merges);
    expect(r.family === "evaluation-summary").toBe(read);
    if (read) expect(r.header).toBe(2);
    expect(r.errors).toEqual([]);
  });
});
