import type { CellValue } from "../../../src/core/grid/grid";
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * A target form's head fields written with their value in the label's own cell after a colon ("项目名称：某项目",
 * "计划开始日期：2024-01-01"), each cell merged over its half of the line: the cell is the field and its value. A
 * label with nothing after its colon is a blank field, reported at that cell (never the next field's text below it,
 * nor the label of an amount block: "年度收入(万元)"). A department's whole-expenditure form's 部门名称 and 整体绩效目标
 * are required fields too.
 */

type Row = (CellValue | undefined)[];
const W = 8;

function form(head: Row[], headMerges: string[], goalLabel = "年度目标", goal: CellValue = "完成年度建设任务"): Grid {
  const top: Row[] = [["2024年项目支出绩效目标申报表"], ...head];
  const g = top.length + 1;
  const rows: Row[] = [
    ...top,
    [goalLabel, goal],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人数", "≥500人"],
    ["产出指标", "时效指标", "完成时间", "2024年11月底前"],
    ["效益指标", "社会效益指标", "政策知晓率", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    [],
    ["填报人：", null, "联系电话："],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:H1", ...headMerges, `B${g}:H${g}`]);
}

/** 项目名称 (row 2), 主管部门 | 实施单位 (row 3), 计划开始日期 | 计划完成日期 (row 4), each "label：value" over A:D / E:H */
function inlineHead(values: { name?: string; dept?: string; impl?: string; start?: string; end?: string } = {}): { rows: Row[]; merges: string[] } {
  const v = { name: "农村饮水安全巩固提升工程", dept: "县农业农村局", impl: "县农业技术推广中心", start: "2024-01-01", end: "2024-12-31", ...values };
  const rows: Row[] = [
    [`项目名称：${v.name}`],
    [`主管部门：${v.dept}`, null, null, null, `实施单位：${v.impl}`],
    [`计划开始日期：${v.start}`, null, null, null, `计划完成日期：${v.end}`],
  ];
  return { rows, merges: ["A2:H2", "A3:D3", "E3:H3", "A4:D4", "E4:H4"] };
}

const flagged = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => ({ rule: f.rule, cell: f.cell, messageId: f.messageId, data: f.data }));

describe("head fields written 'label：value' in one cell", () => {
  test("every field filled: a target-declaration with nothing to report", () => {
    const h = inlineHead();
    const g = form(h.rows, h.merges);
    expect(review(g, "national").model.family).toBe("target-declaration");
    expect(flagged(g)).toEqual([]);
  });

  test("主管部门： with nothing after it (A3): a blank field at A3, not the 计划开始日期 line below read as its value", () => {
    const h = inlineHead({ dept: "" });
    expect(flagged(form(h.rows, h.merges))).toEqual([{ rule: "target-incomplete", cell: "A3", messageId: "blankField", data: { field: "主管部门", fieldEn: "supervising department" } }]);
  });

  test("计划开始日期：2025-03-01 (A4) after 计划完成日期：2024-12-31 (E4): start after end, at the end's cell", () => {
    const h = inlineHead({ start: "2025-03-01" });
    expect(flagged(form(h.rows, h.merges))).toEqual([{ rule: "target-period", cell: "E4", messageId: "startAfterEnd", data: { start: "2025-03-01", end: "2024-12-31" } }]);
  });

  test("计划完成日期：2024-10-31: the 时效 target 2024年11月底前 (D8) lies after the period's end", () => {
    const h = inlineHead({ end: "2024-10-31" });
    expect(flagged(form(h.rows, h.merges))).toEqual([{ rule: "target-period", cell: "D8", messageId: "afterEnd", data: { name: "完成时间", date: "2024年11月", end: "2024-10-31" } }]);
  });

  test("a sentence with a colon is no field: '说明：项目名称以批复为准' names no project", () => {
    const rows: Row[] = [["项目名称", "农村饮水安全巩固提升工程"], ["主管部门", "县农业农村局"], ["说明：项目名称以批复为准"]];
    expect(flagged(form(rows, ["B2:H2", "B3:H3", "A4:H4"]))).toEqual([]);
  });
});

describe("a department's whole-expenditure target form: 部门名称 and 整体绩效目标 are required", () => {
  const dept = (name: CellValue, goal: CellValue, inline = false) => {
    const head: Row[] = [inline ? [`部门名称：${name ?? ""}`] : ["部门名称", name], ["年度收入(万元)", "收入合计", 100], [null, "一般公共预算", 100]];
    return form(head, [inline ? "A2:H2" : "B2:H2", "A3:A4", "C3:H3", "C4:H4"], "整体绩效目标", goal);
  };

  test("both filled: nothing to report", () => {
    expect(flagged(dept("县水利局", "保障全县水利工程安全运行"))).toEqual([]);
  });

  test("部门名称 blank (B2): blankField 部门名称", () => {
    expect(flagged(dept(null, "保障全县水利工程安全运行"))).toEqual([{ rule: "target-incomplete", cell: "B2", messageId: "blankField", data: { field: "部门名称", fieldEn: "department's name" } }]);
  });

  test("'部门名称：' with nothing after it (A2), 年度收入(万元) below: blankField at A2", () => {
    expect(flagged(dept("", "保障全县水利工程安全运行", true))).toEqual([{ rule: "target-incomplete", cell: "A2", messageId: "blankField", data: { field: "部门名称", fieldEn: "department's name" } }]);
  });

  test("整体绩效目标 blank (B5): blankField 整体绩效目标", () => {
    expect(flagged(dept("县水利局", null))).toEqual([{ rule: "target-incomplete", cell: "B5", messageId: "blankField", data: { field: "整体绩效目标", fieldEn: "overall target" } }]);
  });
});

describe("a blank field whose label is merged over its slot, the indicator table one column wider than the head (A:I)", () => {
  const table: Row[] = [
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", null, null, "分值"],
    ["产出指标", "数量指标", "培训人数", "≥", 500, "人", null, null, 40],
    ["效益指标", "社会效益指标", "政策知晓率", "≥", 90, "%", null, null, 30],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 90, "%", null, null, 30],
  ];
  const grid = (name: string, annual: string | null) =>
    Grid.fromValues(
      "Sheet1",
      [["2024年项目支出绩效目标审批表"], [name], ["主管部门", "县农业农村局"], ["总体目标", "中期目标", null, null, null, "年度目标"], [null, "到2026年完成全部任务", null, null, null, annual], ...table],
      ["A1:I1", "A2:H2", "B3:H3", "A4:A5", "B4:E4", "F4:H4", "B5:E5", "F5:H5", "F6:H6", "F7:H7", "F8:H8", "F9:H9"],
    );

  test("年度目标 (F4, merged F:H) over a blank slot merged F5:H5: blankField at F5, not the unmerged I4 past the head", () => {
    expect(flagged(grid("项目名称：农田水利建设", null))).toEqual([{ rule: "target-incomplete", cell: "F5", messageId: "blankField", data: { field: "年度绩效目标", fieldEn: "annual target" } }]);
  });

  test("'项目名称：' (A2, merged A:H) with nothing after its colon: blankField at A2", () => {
    expect(flagged(grid("项目名称：", "完成年度任务"))).toEqual([{ rule: "target-incomplete", cell: "A2", messageId: "blankField", data: { field: "项目名称", fieldEn: "project name" } }]);
  });

  test("both filled: nothing to report", () => {
    expect(flagged(grid("项目名称：农田水利建设", "完成年度任务"))).toEqual([]);
  });
});
