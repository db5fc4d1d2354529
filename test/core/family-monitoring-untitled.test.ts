import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A monitoring form pasted without its title: what it reports tells it from a self-evaluation — a head of the year so
 * far (截至8月底执行数, 上半年实际完成值, 1-7月执行数), the year's forecast (全年预计执行数, 全年预计完成值), a
 * 完成目标可能性 head (also where its ticked options are not read as its column). A self-evaluation that mentions the
 * half-year in a sentence (上半年完成招标) stays a self-evaluation.
 */
type Row = (string | number | null)[];
const monitoring = (so: string, dept: boolean): Row[] => [
  dept ? ["部门（单位）名称", "某县水利局"] : ["项目名称", "农村饮水安全工程维修养护"],
  [dept ? "年度预算执行情况（万元）" : "项目资金（万元）", null, "年初预算数", "全年预算数", `${so}执行数`, `${so}执行率`, "全年预计执行数"],
  [null, "年度资金总额", 100, 120, 60, "50.00%", 118],
  [null, dept ? "其中：基本支出" : "其中：财政资金", 80, 100, 50, "50.00%", 98],
  [null, dept ? "项目支出" : "其他资金", 20, 20, 10, "50.00%", 20],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", `${so}实际完成值`, "全年预计完成值", "偏差原因分析", "完成目标可能性", "备注"],
  [null, "产出指标", "数量指标", "维修养护工程数量", "≥20处", "12处", "20处", null, "确定能", null],
  [null, "效益指标", "社会效益指标", "受益人口", "≥5万人", "3万人", "4.5万人", "经费保障：资金拨付滞后", "有可能", null],
];
const family = (rows: Row[], merges: string[] = []) => review(Grid.fromValues("S", rows, merges), "national").model.family;

describe("a monitoring form without its title", () => {
  test.each(["1-7月", "截至8月底", "上半年", "前三季度"])("its period so far %s: monitoring (project and department forms)", (so) => {
    expect(family(monitoring(so, false), ["A2:A5", "A6:A8"])).toBe("monitoring");
    expect(family(monitoring(so, true), ["A2:A5", "A6:A8"])).toBe("monitoring");
  });

  test("the ticked form, merges undone (完成目标可能性 over 确定能 | 有可能 | 完全不可能 not read as its column): monitoring", () => {
    const rows: Row[] = [
      ["项目名称", "农村饮水安全工程维修养护"],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "上半年执行数", "上半年执行率", "全年预计执行数"],
      [null, "年度资金总额", 100, 120, 60, "50.00%", 118],
      [null, "其中：财政资金", 100, 120, 60, "50.00%", 118],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "上半年实际完成值", "全年预计完成值", "偏差原因分析", null, "完成目标可能性", null, null],
      [null, null, null, null, null, null, null, "经费保障", "其他", "确定能", "有可能", "完全不可能"],
      [null, "产出指标", "数量指标", "维修养护工程数量", "≥20处", "12处", "20处", null, null, "√", null, null],
      [null, "效益指标", "社会效益指标", "受益人口", "≥5万人", "3万人", "4.5万人", "√", null, null, "√", null],
    ];
    expect(family(rows)).toBe("monitoring");
  });

  test("counter-shape: a self-evaluation whose reason says 上半年完成招标 (a sentence, no head) stays project-self-eval", () => {
    const rows: Row[] = [
      ["项目名称", "农村饮水安全工程维修养护"],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", 100, 120, 108, 10, "90.00%", 9],
      [null, "其中：财政资金", 100, 120, 108, "—", "90.00%", "—"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "维修养护工程数量", "≥20处", "20处", 45, 45, null],
      ["效益指标", "社会效益指标", "受益人口", "≥5万人", "4.5万人", 45, 40.5, "上半年完成招标，下半年完成建设，部分受益人口尚未覆盖"],
      ["总分", null, null, null, null, 100, 94.5, null],
    ];
    expect(family(rows, ["A2:A4"])).toBe("project-self-eval");
  });
});
