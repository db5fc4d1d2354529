/**
 * A two-sided fund block of a 绩效目标申报表 (项目资金总额 | 其中:财政资金 | 其他资金 on the left, 年度资金申请总额 |
 * 其中:当年财政拨款 | 上年结转资金 | 其他资金 on the right): the left side has no 上年结转 line, its cell merged blank
 * beside the right side's. The left list goes on under that blank line (found by scripts/eval-sweep.js: a slip in the
 * left 其他资金 went unseen).
 */
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

function form(left: [string, string, string], right: [string, string, string, string], blankLeftLabel = ""): Grid {
  const rows: string[][] = [
    ["财政项目支出绩效目标申报表", "", "", "", "", "", "", ""],
    ["（2026年度）", "", "", "", "", "", "", ""],
    ["项目名称", "", "拆违经费", "", "项目性质", "阶段性项目", "项目类别", "特定目标类"],
    ["主管部门", "", "城市管理行政执法局", "", "实施单位", "城管执法大队", "", ""],
    ["项目资金（元）", "", "项目资金总额", "", left[0], "年度资金申请总额", "", right[0]],
    ["", "", "其中：财政资金", "", left[1], "其中：当年财政拨款", "", right[1]],
    ["", "", blankLeftLabel, "", "", "上年结转资金", "", right[2]],
    ["", "", "其他资金", "", left[2], "其他资金", "", right[3]],
    ["项目绩效目标", "项目总体目标", "", "", "", "年度总体目标", "", ""],
    ["", "1.完成拆违计划", "", "", "", "1.完成年度拆违计划", "", ""],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "", "", "年度指标值", ""],
    ["", "产出指标", "数量指标", "完成年度拆违计划", "", "", "=100.00(%)", ""],
    ["", "效益指标", "社会效益指标", "违法建筑减少", "", "", "明显减少", ""],
    ["", "满意度指标", "服务对象满意度指标", "群众满意度", "", "", "≥90(%)", ""],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:H1", "A2:H2", "A3:B3", "C3:D3", "A5:B8", "C5:D5", "F5:G5", "C6:D6", "F6:G6", "C7:E7", "F7:G7", "C8:D8", "F8:G8"]);
}

const sumFindings = (g: Grid) => review(g).findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info");

describe("a fund list going on under a line blank on its side", () => {
  test.each([
    ["as printed: 10308000 = 10308000 + 0, 3498000 = 3498000 + 0 + 0", ["10308000", "10308000", "0"], ["3498000", "3498000", "0", "0"], []],
    ["the left 其他资金 0 → 1: flagged at the left total", ["10308000", "10308000", "1"], ["3498000", "3498000", "0", "0"], ["E5"]],
    ["the left 其他资金 200000 under a total with it: no finding", ["10508000", "10308000", "200000"], ["3498000", "3498000", "0", "0"], []],
    ["the left total without the 200000 其他资金: flagged", ["10308000", "10308000", "200000"], ["3498000", "3498000", "0", "0"], ["E5"]],
    ["the right side's own slip still found at its total", ["10308000", "10308000", "0"], ["3498000", "3498000", "100", "0"], ["H5"]],
  ])("%s", (_name, left, right, cells) => {
    const f = sumFindings(form(left as [string, string, string], right as [string, string, string, string]));
    expect(f.map((x) => x.cell)).toEqual(cells);
    if ((cells as string[]).includes("E5")) expect(f.find((x) => x.cell === "E5")!.related).toEqual(["E6", "E8"]);
  });
});
