import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A target form (绩效目标表) cut before its indicators: its title and its head (项目名称, 主管部门 in any prefix form, the
 * 资金 block with 年度资金总额 / 其中 lines, 年度(总体)目标) are the form, with no indicator table. Its fund block's total
 * line left blank while a 其中 line under it carries an amount is a total-mismatch at the blank total.
 */

type Row = (CellValue | undefined)[];

/** 项目名称, a department line, the fund block (labels in B, amounts in C merged to F), the goal line */
function head(opts: { title?: string; dept?: string; fund?: string; goal?: string; total?: CellValue; parts?: [string, CellValue][] } = {}): { rows: Row[]; merges: string[] } {
  const parts = opts.parts ?? [["其中:中央补助", 50.29], ["地方资金", null]];
  const rows: Row[] = [
    [opts.title ?? "绩效目标表(一般公共预算资金)"],
    ["项目名称", "某补助资金"],
    [opts.dept ?? "区级主管部门", "区残联"],
    [opts.fund ?? "资金金额", "年度资金总额", opts.total ?? null],
    ...parts.map(([l, v]): Row => [null, l, v]),
    [opts.goal ?? "年度总体目标", "1.为农村困难残疾人进行实"],
  ];
  const last = 4 + parts.length;
  const merges = ["A1:F1", "B2:F2", "B3:F3", `A4:A${last}`, ...Array.from({ length: parts.length + 1 }, (_, k) => `C${4 + k}:F${4 + k}`), `B${last + 1}:F${last + 1}`];
  return { rows, merges };
}

const reviewed = ({ rows, merges }: { rows: Row[]; merges: string[] }) => review(Grid.fromValues("Sheet1", rows, merges), "national");
const errors = (r: ReturnType<typeof reviewed>) => r.findings.filter((f) => f.severity !== "info").map((f) => ({ rule: f.rule, cell: f.cell, messageId: f.messageId, data: f.data }));

describe("a target form's head is the form, cut before its indicators", () => {
  test.each([
    ["区级主管部门, 资金金额, 年度总体目标", {}],
    ["主管部门(单位), 资金总额, 年度目标", { dept: "主管部门(单位)", fund: "资金总额", goal: "年度目标" }],
    ["省级主管部门, 项目资金(万元), 总体目标", { dept: "省级主管部门", fund: "项目资金(万元)", goal: "总体目标" }],
    ["under 项目支出绩效目标申报表", { title: "2023年项目支出绩效目标申报表" }],
  ] as [string, Parameters<typeof head>[0]][])("%s under the form's title: target-declaration", (_n, opts) => {
    expect(reviewed(head(opts)).model.family).toBe("target-declaration");
  });

  test("the same head under a neutral title names no family", () => {
    expect(reviewed(head({ title: "2023年项目资金情况" })).model.family).toBe("unknown");
  });

  test("the same head as a later attachment under an allocation list (its heading, not the sheet's title) stays unknown", () => {
    const form = head();
    const rows: Row[] = [["附件1"], ["2025年某补助资金分配表"], ["单位:万元"], ["序号", "单位", "补助金额"], [1, "甲镇", 5], [2, "乙镇", 5], ["合计", null, 10], ["附件2"], ...form.rows];
    expect(reviewed({ rows, merges: [] }).model.family).toBe("unknown");
  });

  test("nothing is reported missing on the cut form: no indicator, no dimension", () => {
    const r = reviewed(head({ total: 50.29 }));
    expect(r.model.family).toBe("target-declaration");
    expect(errors(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "target-incomplete")).toEqual([]);
  });
});

describe("a fund block's total line left blank over an amount on its 其中 line", () => {
  test("年度资金总额 blank (C4) over 其中:中央补助 50.29 (C5) and 地方资金 blank: total-mismatch at C4, the parts' sum 50.29", () => {
    expect(errors(reviewed(head()))).toEqual([
      { rule: "total-mismatch", cell: "C4", messageId: "sumBlank", data: { name: "年度资金总额", sum: 50.29, parts: "（中央补助 50.29）", inColumn: "", inColumnEn: "" } },
    ]);
  });

  test.each([
    ["both parts filled: 30 + 20.29", [["其中:中央补助", 30], ["地方资金", 20.29]], 50.29, "（中央补助 30 + 地方资金 20.29）"],
    ["上级资金 10 + 本级资金 6 under a blank 年度资金总额", [["其中:上级资金", 10], ["本级资金", 6]], 16, "（上级资金 10 + 本级资金 6）"],
  ] as [string, [string, CellValue][], number, string][])("%s: reported at the blank total with the parts' sum", (_n, parts, sum, text) => {
    expect(errors(reviewed(head({ parts })))).toEqual([{ rule: "total-mismatch", cell: "C4", messageId: "sumBlank", data: { name: "年度资金总额", sum, parts: text, inColumn: "", inColumnEn: "" } }]);
  });

  test("labels in A and amounts in B, no merges, the amounts three columns right of the labels: the same finding at the total's cell", () => {
    const plain = (valueCol: number): Row[] => {
      const line = (label: string, v: CellValue): Row => {
        const r: Row = [label];
        r[valueCol] = v;
        return r;
      };
      return [["项目绩效目标表"], ["项目名称", "某项目"], ["主管部门", "某局"], line("年度资金总额", null), line("其中:财政拨款", 12.5), line("其他资金", 7.5), ["年度目标", "完成某事"]];
    };
    expect(errors(reviewed({ rows: plain(1), merges: [] }))).toEqual([{ rule: "total-mismatch", cell: "B4", messageId: "sumBlank", data: { name: "年度资金总额", sum: 20, parts: "（财政拨款 12.5 + 其他资金 7.5）", inColumn: "", inColumnEn: "" } }]);
    expect(errors(reviewed({ rows: plain(3), merges: [] }))).toEqual([{ rule: "total-mismatch", cell: "D4", messageId: "sumBlank", data: { name: "年度资金总额", sum: 20, parts: "（财政拨款 12.5 + 其他资金 7.5）", inColumn: "", inColumnEn: "" } }]);
  });

  test.each([
    ["the total stated and agreeing", { total: 50.29 }],
    ["the total and its parts all blank (a blank form)", { parts: [["其中:中央补助", null], ["地方资金", null]] as [string, CellValue][] }],
    ["the total line holding a text (见附件)", { total: "见附件" }],
  ] as [string, Parameters<typeof head>[0]][])("%s: no finding", (_n, opts) => {
    expect(errors(reviewed(head(opts)))).toEqual([]);
  });

  test("a blank line not followed by a 其中 line (a list of kinds, no breakdown) is no total", () => {
    const { rows, merges } = head({ parts: [["中央补助", 50.29], ["地方资金", null]] });
    expect(errors(reviewed({ rows, merges }))).toEqual([]);
  });
});
