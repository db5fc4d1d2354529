import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A results list of projects (自评结果汇总表) headed 预算金额（万元） | 执行金额（万元） | 执行率, the words filled-in lists
 * use for 全年预算数 | 全年执行数: each line's 执行率 is its executed over its budget, checked as under the template's words.
 */
type Row = (string | number | null)[];
const list = (budget: string, executed: string, rate2: string, withRate = true): Row[] => {
  const cut = (r: Row) => (withRate ? r : [...r.slice(0, 5), ...r.slice(6)]);
  return [
    ["2023年度项目支出绩效自评结果汇总表"],
    cut(["序号", "项目名称", "主管部门", budget, executed, "执行率", "自评得分", "自评等级"]),
    cut([1, "农村饮水安全工程", "县水利局", 120, 110, "91.67%", 92.5, "优"]),
    cut([2, "高标准农田建设", "县农业农村局", 300, 270, rate2, 85, "良"]),
    cut([3, "文化惠民演出", "县文旅局", 50, 50, "100.00%", 78, "中"]),
    cut(["合计", null, null, 470, 430, "91.49%", null, null]),
  ];
};
const review_ = (rows: Row[]) => review(Grid.fromValues("S", rows), "national");
const rates = (rows: Row[]) => review_(rows).findings.filter((f) => f.rule === "exec-rate-mismatch" && f.severity === "error").map((f) => f.cell);

describe("a results list's 执行率 under 预算金额 / 执行金额 headings", () => {
  test.each([
    ["预算金额（万元）", "执行金额（万元）"],
    ["预算金额", "实际支出金额（万元）"],
    ["预算安排数", "支出金额"],
    ["全年预算数", "全年执行数"],
  ])("%s | %s: 270 of 300 is 90.00%, not 95.00% (F4); 90.00% is right", (b, e) => {
    expect(rates(list(b, e, "95.00%"))).toEqual(["F4"]);
    expect(rates(list(b, e, "90.00%"))).toEqual([]);
  });

  test("counter-shape: the same list with no 执行率 column reads no ratio (its amounts' 合计 only)", () => {
    const r = review_(list("预算金额（万元）", "执行金额（万元）", "90.00%", false));
    expect(r.model.relations.filter((x) => x.kind === "ratio")).toEqual([]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
