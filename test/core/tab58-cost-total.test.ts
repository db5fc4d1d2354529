import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { statedCell } from "../../src/core/relations";

/**
 * tab58 (session 58; test/fixtures/real/tab58-s58-diagnosis.md): a target form's whole-cost line against its fund total
 * (cost-total-targets.ts). The form: 年度资金总额 1125万元 (其中 财政拨款 1125, 其他资金 0), then its indicators.
 */
const FUNDS = [
  ["项目资金(万元)", "年度资金总额", "", "1125"],
  ["", "其中:财政拨款", "", "1125"],
  ["", "其他资金", "", "0"],
];
const form = (name: string, value: string, funds: string[][] = FUNDS, extra: string[][] = []) =>
  Grid.fromValues(
    "Sheet1",
    [
      ["项目支出绩效目标申报表"],
      ["项目名称", "某园区物业管理服务项目"],
      ...funds,
      ["年度总体目标", "完成园区物业管理服务,保障园区正常运转。"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "数量指标", "物业服务面积", "≥50000平方米"],
      ["", "", "质量指标", "服务验收合格率", "100%"],
      ["", "", "时效指标", "服务完成时间", "2021年12月底"],
      ["", "", "成本指标", name, value],
      ["", "效益指标", "社会效益指标", "服务企业数", "≥30家"],
      ["", "满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%"],
      ...extra,
    ],
    // (the merges of the form's lines, below its fund lines)
    ["A1:E1", "B2:E2", `A3:A${2 + funds.length}`, ...funds.map((_, k) => `B${3 + k}:C${3 + k}`), ...[["B", 6, "E", 6], ["A", 7, "A", 13], ["B", 8, "B", 11]].map(([c1, r1, c2, r2]) => `${c1}${(r1 as number) + funds.length - 3}:${c2}${(r2 as number) + funds.length - 3}`)],
  );
const costRelations = (g: Grid) => review(g, "national").model.relations.filter((r) => r.id.endsWith(":cost-total"));
const flags = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);

describe("a target form's whole-cost line against its fund total (cost-total-targets.ts)", () => {
  test("the form is read as a target form, its fund total over its 其中 lines", () => {
    const m = review(form("项目总成本", "≤1125万元"), "national").model;
    expect(m.family).toBe("target-declaration");
    expect(m.relations.some((r) => r.kind === "sum" && r.block === "labelled-funds" && r.total.cell === "D3")).toBe(true);
  });
  test.each([
    ["项目总成本 ≤1125万元 (its unit in the value)", "项目总成本", "≤1125万元"],
    ["指标1:项目总成本(≤**万元) 1125 (its unit in the name's bracket)", "指标1:项目总成本(≤**万元)", "1125"],
    ["项目总投入(≥**万元) 1125 (the bracket's template floor, a bare value)", "项目总投入(≥**万元)", "1125"],
    ["年度预算总成本 1125万元", "年度预算总成本", "1125万元"],
    ["项目计划总投资 11,250,000元 (元 against 万元)", "项目计划总投资", "11250000元"],
    ["in traditional characters, a space typed inside: 項目 總成本 ≤1125萬元", "項目 總成本", "≤1125萬元"],
  ])("read: %s — holds as printed, flagged at the cost line when it is off", (_n, name, value) => {
    const rs = costRelations(form(name, value));
    expect(rs.map((r) => `${r.kind === "sum" ? r.total.cell : ""}>${r.kind === "sum" ? r.parts.map((p) => `${p.cell}=${p.value}`) : ""}`)).toEqual(["E11>D3=1125"]);
    expect(flags(form(name, value))).toEqual([]);
    // (1125 → 1046: 7% down, the slip the truth-relations measure injects)
    const off = value.replace("11250000", "10460000").replace("1125", "1046");
    expect(flags(form(name, off))).toContain("total-mismatch@E11");
  });
  test.each([
    ["a kind's own cost (出差总成本: a part of the whole)", "出差总成本", "≤100万元"],
    ["a unit cost", "单位面积成本", "≤225元/平方米"],
    ["a rate (项目成本控制率)", "项目成本控制率", "100%"],
    ["a floor (≥: no cap)", "项目总成本", "≥1000万元"],
    ["no money unit said (1000 against 1125万元)", "项目总成本", "1000"],
    ["another name (成本节约额)", "成本节约额", "≤100万元"],
  ])("not read: %s", (_n, name, value) => {
    expect(costRelations(form(name, value))).toEqual([]);
    expect(flags(form(name, value))).not.toContain("total-mismatch@E11");
  });
  test("not read: a line outside a 成本 heading (数量指标's 项目总投资 of a programme)", () => {
    const g = form("服务费用", "≤1125万元", FUNDS, [["", "产出指标", "数量指标", "项目总投资", "5000万元"]]);
    expect(costRelations(g)).toEqual([]);
  });
  test("not read: a form of two periods (实施期资金总额 3000 | 年度资金总额 1125) — which one the line caps is not said", () => {
    const funds = [["项目资金(万元)", "实施期资金总额", "", "3000"], ["", "其中:财政拨款", "", "3000"], ["", "其他资金", "", "0"], ["", "年度资金总额", "", "1125"], ["", "其中:财政拨款", "", "1125"], ["", "其他资金", "", "0"]];
    const m = review(form("项目总成本", "≤1000万元", funds), "national").model;
    expect(costRelations(form("项目总成本", "≤1000万元", funds))).toEqual([]);
    // (the year's total alone, its 其中 lines read: the line against it is read, the 实施期 line gone)
    const year = funds.slice(3).map((l, k) => (k ? l : ["项目资金(万元)", ...l.slice(1)]));
    expect(costRelations(form("项目总成本", "≤1125万元", year)).map((r) => statedCell(r))).toEqual(["E11"]);
  });
});
