/**
 * Weight sums the single-cell sweep (scripts/eval-sweep.js) found unchecked, each a general shape:
 *  - a block label stating points ("年度绩效目标(80分)") over 一级 labels stating theirs ("产出指标(60分)" …) with no
 *    分值 column: the block is the sum of its groups' points;
 *  - a sheet with nothing above its header but its title (cut above): the budget line's share the page may hide is its
 *    weight (10, or 20 in Hubei's layout), not any number, so lines at 100 under a 总分 of 101 are a slip.
 */
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

const weightFindings = (g: Grid) => review(g).findings.filter((f) => f.rule === "weight-sum-mismatch" && f.severity !== "info");

/** Hubei's project form: 预算执行情况(20分), then 年度绩效目标(80分) over three 一级 labels with their points, lines scored only. */
function hubei(block: string, output: string, effect: string, satisfaction: string): Grid {
  const rows: string[][] = [
    ["项目支出绩效自评表", "", "", "", "", "", ""],
    ["项目名称", "城乡图书馆共享工程", "", "", "", "", ""],
    ["预算执行情况(万元)(20分)", "", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
    ["", "年度财政资金总额", "", "50", "50", "100%", "20"],
    [block, "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    ["", output, "数量指标", "购置图书册数", "2000册", "2100册", "20"],
    ["", "", "质量指标", "图书验收合格率", "100%", "100%", "20"],
    ["", "", "时效指标", "年底前完成采购", "12月底前", "11月", "20"],
    ["", effect, "社会效益指标", "借阅人次增长", "≥10%", "12%", "10"],
    ["", satisfaction, "服务对象满意度指标", "读者满意度", "≥90%", "95%", "10"],
    ["总分(100分)", "", "", "", "100", "自评等级", "优"],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:G1", "A3:C3", "B4:C4", "A5:A10", "B6:B8"]);
}

describe("a block label over 一级 labels stating their points, no 分值 column", () => {
  test.each([
    ["80 = 60 + 10 + 10: no finding", "年度绩效目标(80分)", "产出指标(60分)", "效益指标(10分)", "满意度指标(10分)", null],
    ["the block stated 81: flagged at the block (60 + 10 + 10 = 80)", "年度绩效目标(81分)", "产出指标(60分)", "效益指标(10分)", "满意度指标(10分)", "年度绩效目标分值合计 80"],
    ["产出 stated 61: flagged at the block (61 + 10 + 10 = 81)", "年度绩效目标(80分)", "产出指标(61分)", "效益指标(10分)", "满意度指标(10分)", "年度绩效目标分值合计 81"],
    ["满意度 stated 11: flagged at the block", "年度绩效目标(80分)", "产出指标(60分)", "效益指标(10分)", "满意度指标(11分)", "年度绩效目标分值合计 81"],
    ["groups weighted over the whole form (60 + 30 + 10 = 100 under the template's 80): a layout, no finding", "年度绩效目标(80分)", "产出指标(60分)", "效益指标(30分)", "满意度指标(10分)", null],
  ])("%s", (_name, block, output, effect, satisfaction, message) => {
    const f = weightFindings(hubei(block, output, effect, satisfaction));
    if (message === null) expect(f).toEqual([]);
    else {
      expect(f.map((x) => x.cell)).toEqual(["A5"]);
      expect(f[0].message).toContain(message);
      expect(f[0].related).toEqual(["B6", "B9", "B10"]);
    }
  });
  test("a 一级 label without its points: the block's groups are no sum (nothing to compare)", () => {
    // (the block at 80: 20 + 80 is the form's 100 — at 81 the blocks overshoot it, blocksOverWhole, graduated-session40-b)
    expect(weightFindings(hubei("年度绩效目标(80分)", "产出指标(60分)", "效益指标", "满意度指标(10分)"))).toEqual([]);
  });
});

/** A scoring standard with its title and header only above the lines (cut above: no budget block on the page). */
function standard(weights: number[], total: number): Grid {
  const names = ["网点完工率", "中央补助投资支出率", "地方配套投资支出率", "网点服务面", "沼气正常使用率", "用户签约率", "用户满意率"];
  const rows: string[][] = [
    ["附表4:沼气服务网点建设和使用情况考核评分标准", "", "", ""],
    ["序号", "考核指标", "分值", "评分标准"],
    ...weights.map((w, k) => [String(k + 1), names[k], String(w), "达到100%的得满分,每低1个百分点扣1分"]),
    ["小计", "", String(total), ""],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:D1"]);
}

describe("a sheet cut above its header: the hidden share is the budget line's weight", () => {
  test.each([
    ["lines 100 under 100: no finding", [30, 10, 10, 10, 20, 10, 10], 100, false],
    ["lines 100 under 101: flagged", [30, 10, 10, 10, 20, 10, 10], 101, true],
    ["lines 100 under 99: flagged (more than stated)", [30, 10, 10, 10, 20, 10, 10], 99, true],
    ["lines 90 under 100: the 10 of a budget line above the cut, no finding", [30, 10, 10, 10, 10, 10, 10], 100, false],
    ["lines 80 under 100: Hubei's 20, no finding", [20, 10, 10, 10, 10, 10, 10], 100, false],
    ["lines 97 under 100: no budget share, flagged", [30, 10, 10, 10, 17, 10, 10], 100, true],
  ])("%s", (_name, weights, total, flagged) => {
    const g = standard(weights as number[], total as number);
    expect(review(g).model.cutAbove).toBe(true);
    const f = weightFindings(g);
    expect(f.map((x) => x.cell)).toEqual(flagged ? ["C10"] : []);
  });
});
