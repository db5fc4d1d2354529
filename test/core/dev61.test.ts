import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { sheetFeatures } from "../../src/core/recognise/features";
import { reportKind } from "../../src/core/recognise/report-scores";
import { review } from "../../src/core/review";
import { jsonGrid, FIXTURES } from "../helpers";
import { allUnmerged } from "./metamorphic";

/**
 * dev61 (session 61; dev61-s61-diagnosis.md): older KNOWN entries taken by their general cause.
 */
type Row = (string | number)[];
const doc = (lines: (string | Row)[], name = "Sheet1") => Grid.fromValues(name, lines.map((l) => (Array.isArray(l) ? l : [l]) as Row), []);
const real = (id: string) => jsonGrid(join(FIXTURES, "real", `${id}.json`));
/** the report reader's own verdict (report-scores.ts reportKind), whatever the other family detectors say */
const kindOf = (grid: Grid) => {
  const f = sheetFeatures(grid);
  return f.header ? null : reportKind(f.body, false, f.title);
};

describe("a report titled as an evaluation, cut in its first section: the money spent and its execution rate in one clause", () => {
  const OLD_QUARTERS = "sd-provincial-old-residential-quarters-renovation-subsidy-eval-report-2019-excerpt";
  test("山东 老旧小区: '项目支出22057.41万元,预算执行率为43.26%' under '…补助资金绩效评价报告' (two kinds of heads only): project-self-eval", () => {
    expect(recognise(real(OLD_QUARTERS)).family).toBe("project-self-eval");
  });

  const opening = ["一、项目基本情况", "(一)项目立项政策背景及实施的目的", "为改善居民生活条件,住建部等部门联合印发《关于做好道路养护工作的通知》,全面推进养护。", "(二)项目内容和预算支出情况"];
  const budget = "2023年度项目预算总额1200万元,其中中央资金700万元,省级资金500万元。主要内容是对道路进行养护。";
  test.each([
    ["截至2023年底,项目支出960万元,预算执行率为80%。"],
    ["截至2023年底,项目资金使用960万元,项目执行率80%。"],
  ])("under an evaluation report's title, the budget on one line, '%s' on the next: read as a project's report", (clause) => {
    expect(kindOf(doc(["2023年度农村道路养护资金绩效评价报告", ...opening, budget, clause]))).toBe("project");
  });

  test("the clause under a notice's title is no report's evidence (reportKind asks a report's title, or heads of three kinds and more)", () => {
    expect(kindOf(doc(["关于下达2023年度农村道路养护资金的通知", ...opening, budget, "截至2023年底,项目支出960万元,预算执行率为80%。"]))).toBe(null);
  });

  test("counter: the same title and heads with no money stated stay unknown (the cut page's evidence is the clause)", () => {
    expect(kindOf(doc(["2023年度农村道路养护资金绩效评价报告", ...opening, budget]))).toBe(null);
  });
});

describe("a sheet of two tables: a name written again is read in the columns of the lines' own table", () => {
  test("随州 急救中心, every merge undone: 自评分 3 | 3 on 运行监管 and 目标申报 (the scoring block's column D, the 项目绩效 block's 三级) is no name filled down — 项目管理13分 = 3 + 2 + 4 + 4, row 14 scored 3", () => {
    const g = allUnmerged(real("hb-suizhou-emergency-centre-health-talent-training-startup-funds-selfeval-2021-preview-excerpt"));
    const r = review(g, "national");
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`)).toEqual([]);
    expect(r.model.indicators.filter((i) => i.row >= 11 && i.row <= 14).map((i) => [i.row, i.weight, i.claimedScore])).toEqual([
      [11, 3, 3],
      [12, 2, 2],
      [13, 4, 3],
      [14, 4, 3],
    ]);
  });
});

describe("a report's opening read without its title", () => {
  const LUAN = "ah-luan-supply-coop-new-rural-circulation-network-project-selfeval-report-2018-excerpt";
  const untitled = (id: string) => {
    const g = real(id);
    const rows: Row[] = [];
    for (let r = 2; r <= g.rowCount; r++) rows.push([g.text(r, 1)]);
    return doc(rows);
  };
  test("六安 供销 '…财政支出项目绩效评价工作有关事项汇报如下' (现就, its matters reported) over its heads: project-self-eval without the title", () => {
    expect(recognise(untitled(LUAN)).family).toBe("project-self-eval");
  });
  test("counter: a notice's '现就做好…绩效评价工作有关事项通知如下' states no report", () => {
    const g = doc(["各县区财政局:", "现就做好2019年度项目绩效评价工作有关事项通知如下:", "一、评价范围", "2018年度省级项目。", "二、时间安排", "请于6月底前报送。"]);
    expect(recognise(g).family).not.toBe("project-self-eval");
  });
  test("山东 老旧小区 without its title: '(一)项目立项政策背景…' and '(二)项目内容和预算支出情况' are a report's heads, its 43.26% read", () => {
    const r = review(untitled("sd-provincial-old-residential-quarters-renovation-subsidy-eval-report-2019-excerpt"), "national");
    expect(r.model.family).toBe("project-self-eval");
    // 22057.41 / 50988 = 43.26%
    expect(r.model.relations.filter((x) => x.kind === "ratio").map((x) => (x.kind === "ratio" ? [x.numerator.value, x.denominator.value, x.stated.value] : null))).toEqual([[22057.41, 50988, 43.26]]);
  });
});
