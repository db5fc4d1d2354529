import { Grid } from "../../src/core/grid/grid";
import { review, reviewFamily } from "../../src/core/review";
import { sheetFeatures } from "../../src/core/recognise/features";
import { RESULT_LIST_HEADER, RESULT_LIST_HEADER_REORDERED } from "../../src/core/recognise/families/vocabulary";
import { targetsUnderSelfReport } from "../../src/core/recognise/families/targets-under-report";
import { progressTable } from "../../src/core/recognise/progress-table";
import { withJoinedHeads } from "../../src/core/recognise/split-heads";
import { findIndicatorHeader } from "../../src/core/recognise/table";
import { famx55Variant, type Famx55Variant } from "./famx55-table-variants";
import { realGrid, realTruths } from "./title-variants";

/**
 * fam56 (session 56): table sheets printed as publishers print them (famx55's harness, scripts/famx55-variants.ts), the
 * largest general losses made sturdier:
 * 1. split-heads.ts oneSplitUnderMergedHeads: one head's words split over two lines (评估 over 项目) where the line's other
 *    heads are merged down over both lines;
 * 2. table-header.ts criteriaBeforePoints: the points right of both 标准 columns (项目 | 评估标准 | 评分标准 | 分值);
 * 3. progress-table.ts: the rate before what is done (年度计划 | 完成率 | 1-9月完成);
 * 4. vocabulary.ts RESULT_LIST_HEADER_REORDERED: a results list's grade before its score, or before the project's name;
 * 5. targets-under-report.ts targetsUnderSelfReport: a self-evaluation report's title over a table stating targets and
 *    nothing done keeps target-declaration (the 和平 convention), not an evaluation report's (海南's covers).
 * Every shape below was read otherwise on the branch's base (ae67239e, checked).
 */
const grid = (rows: (string | number | null)[][], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const lines = (g: Grid | null, n: number) => (g ? Array.from({ length: n }, (_, i) => Array.from({ length: g.colCount }, (_, c) => g.cell(i + 1, c + 1)?.v ?? "").join("|")) : null);

describe("one head split over two lines beside heads merged down (split-heads.ts)", () => {
  const items = [
    ["一、保管条件", "1、档案室配有计算机", 8, null],
    [null, "2、库房安装空调", 6, null],
    ["二、档案管理", "3、档案分类整理", 10, null],
  ];
  const head = [
    ["评估", "序号及内容", "标准分", "自查分"],
    ["项目", null, null, null],
  ];
  it("评估 over 项目, the three other heads merged down: 评估项目 on the top line, merged over both", () => {
    const joined = withJoinedHeads(grid([...head, ...items], ["B1:B2", "C1:C2", "D1:D2"]));
    expect(lines(joined, 2)).toEqual(["评估项目|序号及内容|标准分|自查分", "|||"]);
    expect(findIndicatorHeader(joined!)?.columns).toEqual({ level1: 1, level3: 2, weight: 3 });
    expect(reviewFamily(grid([...head, ...items], ["B1:B2", "C1:C2", "D1:D2"]))).toBe("indicator-system");
  });
  it.each([
    ["one other head merged down only (two needed)", ["C1:C2"]],
    ["the other heads a line high: a head over its first line", []],
  ])("not where %s", (_, merges) => expect(withJoinedHeads(grid([...head, ...items], merges as string[]))).toBeNull());
  it("not a head over its first line's group label (一级指标 + 产出指标 reads no head)", () => {
    const g = grid([["一级指标", "三级指标", "分值", "得分"], ["产出指标", null, null, null], [null, "修路里程", 10, 9]], ["B1:B2", "C1:C2", "D1:D2"]);
    expect(withJoinedHeads(g)).toBeNull();
  });
});

describe("the points right of both 标准 columns (criteriaBeforePoints)", () => {
  const body = [
    ["A1园舍设备", "C1幼儿园为独立建筑", "存在安全隐患的不参评", 20],
    [null, "C2活动用房配套", "少一室扣该室分值", 30],
    ["A2师资", "C3教师持证上岗", "每少一人扣2分", 15],
  ];
  it("项目 | 评估标准 | 评分标准 | 分值: the standard holds the items, 项目 their groups", () => {
    expect(findIndicatorHeader(grid([["项目", "评估标准", "评分标准", "分值"], ...body]))?.columns).toEqual({ level1: 1, level3: 2, rubric: 3, weight: 4 });
  });
  it("as read before with the points between (项目 | 评估标准 | 分值 | 评分标准)", () => {
    const g = grid([["项目", "评估标准", "分值", "评分标准"], ...body.map((r) => [r[0], r[1], r[3], r[2]])]);
    expect(findIndicatorHeader(g)?.columns).toEqual({ level1: 1, level3: 2, weight: 3, rubric: 4 });
  });
  it("not two rules with no standard among them (项目 | 评分办法 | 评分标准 | 分值): no header read", () => {
    expect(findIndicatorHeader(grid([["项目", "评分办法", "评分标准", "分值"], ...body]))).toBeNull();
  });
});

describe("a progress table's rate before what is done (progress-table.ts)", () => {
  const lines3 = [
    ["吉首市", 82.5, "78.9%", 65.1],
    ["泸溪县", 42.6, "73.2%", 31.2],
    ["凤凰县", 50, "80%", 40],
  ];
  it("县区 | 年度计划 | 完成率 | 1-9月完成: plan B, rate C, done D; a monitoring", () => {
    const g = grid([["县区", "年度计划", "完成率", "1-9月完成"], ...lines3]);
    expect(progressTable(g)).toMatchObject({ nameCol: 1, planCol: 2, rateCol: 3, doneCol: 4, rows: [2, 3, 4] });
    expect(reviewFamily(g)).toBe("monitoring");
  });
  it("not a rate with nothing done beside it (县区 | 年度计划 | 完成率 | 备注)", () => {
    expect(progressTable(grid([["县区", "年度计划", "完成率", "备注"], ...lines3.map((r) => [r[0], r[1], r[2], "已开工"])]))).toBeNull();
  });
});

describe("a results list's columns in another order (RESULT_LIST_HEADER_REORDERED)", () => {
  it.each([
    ["序号|项目名称|债券规模|自评等级|自评分数|", true],
    ["序号|单位|评价档次|项目|", true],
    ["序号|项目名称|债券规模|自评分数|自评等级|", false], // the first order: RESULT_LIST_HEADER's
    ["一级指标|等级|分值|", false], // no project's name
    ["项目|评价等级标准|", false],
  ])("%s: %s", (line, reordered) => expect(RESULT_LIST_HEADER_REORDERED.test(line)).toBe(reordered));
  it("the first order stays RESULT_LIST_HEADER's", () => expect(RESULT_LIST_HEADER.test("序号|项目名称|债券规模|自评分数|自评等级|")).toBe(true));
});

describe("targets under a self-evaluation report's title (targetsUnderSelfReport)", () => {
  const sheet = (title: string, head: string[], extra: (string | number | null)[][] = []) =>
    grid(
      [
        [title, null, null, null],
        ["项目名称", "道路养护", "主管部门", "某县交通局"],
        ...extra,
        head,
        ["产出指标", "数量指标", "修路里程", "10公里"],
        [null, "质量指标", "验收合格率", "100%"],
        ["效益指标", "社会效益指标", "通行时间缩短", "≥10%"],
      ],
      ["A1:D1"],
    );
  const TARGETS = ["一级指标", "二级指标", "三级指标", "指标值"];
  it("'…绩效自评报告' over 一级 | 二级 | 三级 | 指标值, nothing done: target-declaration", () => {
    const g = sheet("某县2023年道路养护项目绩效自评报告", TARGETS);
    expect(targetsUnderSelfReport(sheetFeatures(g))).toBe(true);
    expect(reviewFamily(g)).toBe("target-declaration");
  });
  it("a form's completion label with its value blank (年度总体目标完成情况, to be filled) states nothing done", () => {
    const g = sheet("某县2023年道路养护项目绩效自评报告", TARGETS, [["总体目标", "年度目标", "年度总体目标完成情况", null]]);
    expect(targetsUnderSelfReport(sheetFeatures(g))).toBe(true);
  });
  it.each([
    ["an evaluation report's title (评价报告: 海南's convention)", sheet("某县2023年道路养护项目绩效评价报告", TARGETS)],
    ["a completion column", sheet("某县2023年道路养护项目绩效自评报告", ["一级指标", "二级指标", "三级指标", "实际完成值"])],
    ["an evaluation cover (评价类型)", sheet("某县2023年道路养护项目绩效自评报告", TARGETS, [["评价类型:完成结果评价", null, null, null]])],
    ["a line stating what was executed", sheet("某县2023年道路养护项目绩效自评报告", TARGETS, [["全年执行数", 80, "执行率", "80%"]])],
    ["a section head naming the targets' completion", sheet("某县2023年道路养护项目绩效自评报告", TARGETS, [["(二)绩效目标完成情况", null, null, null]])],
    ["a field stating the execution (预算执行情况 | 已拨付80万元)", sheet("某县2023年道路养护项目绩效自评报告", TARGETS, [["预算执行情况", "已拨付80万元", null, null]])],
    ["a title naming no self-evaluation", sheet("某县2023年道路养护项目资金分配表", TARGETS)],
  ])("not under %s", (_, g) => expect(targetsUnderSelfReport(sheetFeatures(g))).toBe(false));
});

describe("real sheets printed as publishers print them (famx55 variants), each read otherwise on the base", () => {
  const truths = new Map(realTruths().map((t) => [t.id, t]));
  it.each<[Famx55Variant, string, string]>([
    ["自评报告 title", "ah-bozhou-weather-modification-aircraft-target-2023", "target-declaration"],
    ["自评报告 title", "nm-wuhai-supply-coop-recycling-market-target-2021", "target-declaration"],
    ["自评报告 title", "hn-nanyue-yulu-plan-study-subsidy-target-2023", "target-declaration"],
    ["head two lines", "hn-shaoyang-unit-archives-work-assessment-scoring", "indicator-system"],
    ["head two lines", "cn-power-supply-station-distribution-management-assessment-standard-excerpt", "indicator-system"],
    ["head two lines", "zj-wenzhou-county-assessment-items-and-points-2013-excerpt", "indicator-system"],
    ["columns swapped", "sd-jinan-kindergarten-assessment-acceptance-standard-excerpt", "indicator-system"],
    ["columns swapped", "hn-xiangxi-key-projects-progress-2021-09", "monitoring"],
    ["columns swapped", "sh-livelihood-projects-completion-2024-excerpt", "monitoring"],
    ["columns swapped", "zj-xiaoshan-xianghu-bond-selfeval-summary-2024", "evaluation-summary"],
    ["columns swapped", "zj-wencheng-fiscal-expenditure-performance-eval-results-notice-2024-excerpt", "evaluation-summary"],
    // counter-shapes: the conventions kept — a target table under an evaluation report's cover stays the report's
    ["自评报告 title", "hi-haikou-archives-collection-compilation-eval-2016", "project-self-eval"],
    ["自评报告 title", "hi-wenchang-returning-farmland-nursery-eval-report-tables-2017", "project-self-eval"],
  ])("%s: %s reads %s", (kind, id, family) => {
    const v = famx55Variant(kind, realGrid(id), truths.get(id)!.header_row!);
    expect(v).not.toBeNull();
    expect(reviewFamily(v!)).toBe(family);
  });
});

describe("a head printed on two lines reads as printed on one: its top line the header row (the truths' convention), the same indicators", () => {
  const truths = new Map(realTruths().map((t) => [t.id, t]));
  it.each(["hn-shaoyang-unit-archives-work-assessment-scoring", "gd-yingde-disabled-persons-work-assessment-scoring-2011-excerpt", "zj-wenzhou-county-assessment-items-and-points-2013-excerpt"])("%s", (id) => {
    const h = truths.get(id)!.header_row!;
    const g = realGrid(id);
    const a = review(g, "national").model;
    const b = review(famx55Variant("head two lines", g, h)!, "national").model;
    expect([b.headerRow, b.indicators.length]).toEqual([h, a.indicators.length]);
  });
});
