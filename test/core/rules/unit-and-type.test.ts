import type { CellValue } from "../../../src/core/grid/grid";
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A target sheet whose rows say what their values are: 指标值类型 (定量/定性) and 计量单位. A row typed 定量 with a text
 * target, and a value whose own unit is the other kind than its unit column (28.8万元 under %), contradict the row
 * itself; 万元 against 元, or a 定性 row with a text target, do not.
 */
type Row = (CellValue | undefined)[];
const sheet = (rows: Row[]): Row[] => [
  ["部门整体绩效目标表"],
  ["部门(单位)名称", "价格认证中心"],
  ["年度总体绩效目标", "做好价格认定工作"],
  ["一级指标", "二级指标", "三级指标", "指标值类型", "*指标值", "计量单位", "指标解释"],
  ...rows,
];
const CLEAN: Row[] = [
  ["产出指标", "数量指标", "业务支出安排金额", "定量", 28.8, "万元", "支出安排"],
  [undefined, "质量指标", "支出到位率", "定量", 100, "%", "到位情况"],
  [undefined, "时效指标", "认定办结时间", "定量", "≤30天", "天", "办结时限"],
  ["效益指标", "社会效益指标", "保证单位运转", "定性", "应保尽保", undefined, "运转保障"],
  ["满意度指标", "服务对象满意度", "群众满意度", "定量", "≥90%", "%", "满意度"],
];
const findings = (rows: Row[], rule: string) =>
  review(Grid.fromValues("Sheet1", sheet(rows)), "national")
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.severity} ${f.cell} ${f.messageId}`);
const at = (r: number, c: number, v: CellValue): Row[] => CLEAN.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));

describe("the row's own statements about its values", () => {
  test("a clean sheet: no finding of either rule", () => {
    expect(findings(CLEAN, "non-numeric-value")).toEqual([]);
    expect(findings(CLEAN, "unit-mismatch")).toEqual([]);
  });
  test("定量 with a text target (按月安排): a warning at the target, naming the type cell", () => {
    expect(findings(at(2, 4, "按月安排"), "non-numeric-value")).toEqual(["warning E7 typed"]);
  });
  test.each([
    ["a date for a 时效 target", 2, "2023年12月31日"],
    ["a comparison in words", 4, "大于90%"],
    ["a rate's long unit", 0, "17元/人.每天"],
  ])("定量 with %s (%p): a value, no warning", (_name, row, value) => {
    expect(findings(at(row as number, 4, value as string), "non-numeric-value")).toEqual([]);
  });
  test("定性 with a text target: nothing", () => {
    expect(findings(at(3, 4, "应保尽保"), "non-numeric-value")).toEqual([]);
  });
  test("28.8万元 under 计量单位 %: a warning at the value", () => {
    expect(findings(at(0, 5, "%").map((r, i) => (i === 0 ? r.map((x, j) => (j === 4 ? "28.8万元" : x)) : r)), "unit-mismatch")).toEqual(["warning E5 mismatch"]);
  });
  test("95% under 计量单位 万元: a warning", () => {
    expect(findings(at(0, 4, "95%"), "unit-mismatch")).toEqual(["warning E5 mismatch"]);
  });
  test("28.8万元 under 计量单位 元 (a scale, not a contradiction): nothing", () => {
    expect(findings(at(0, 5, "元").map((r, i) => (i === 0 ? r.map((x, j) => (j === 4 ? "28.8万元" : x)) : r)), "unit-mismatch")).toEqual([]);
  });
});
