import type { CellValue } from "../../../src/core/grid/grid";
import { Grid } from "../../../src/core/grid/grid";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * Fund lines written inside an indicator table, in its 记录 / 完成情况 column (a transfer-payment 自评表: under
 * 预算资金安排, "年度预算资金总额: | 321.25", "其中:中央补助 | 166.00", "市级资金 | 136.00", "本级资金 | 20.25"): no
 * amount header, a label column with fund vocabulary and the amounts beside it. The total is the sum of its parts.
 */

type Row = (CellValue | undefined)[];

const head: Row[] = [
  ["某县2024年度中央对地方转移支付项目绩效自评表"],
  ["一级指标", "二级指标", "三级指标", "指标解释", "自评内容", "完成情况", "未完成原因"],
];

/** the label column E and the amounts in F, rows 3–9 (the lines start at row `at`) */
function sheet(lines: [string, CellValue][], opts: { labelCol?: number } = {}): Grid {
  const labelCol = opts.labelCol ?? 4; // E (0-based)
  const rows: Row[] = [...head.map((r) => [...r])];
  rows.push(["项目预算管理", "资金投入", "预算编制科学性", "预算编制符合要求", "项目资金测算标准", "已按要求完成预算"]);
  rows.push(["", "", "预算资金安排", "预算安排情况", "转移支付资金合计(万元)", ""]);
  for (const [label, value] of lines) {
    const r: Row = ["", "", "", "", "", "", ""];
    r[labelCol] = label;
    r[labelCol + 1] = value;
    rows.push(r);
  }
  rows.push(["", "资金下达", "资金发放及时性", "30日内下达", "按时下达", "是"]);
  return Grid.fromValues("Sheet1", rows, ["A3:A" + (rows.length), "B3:B" + (rows.length - 1)]);
}

const sums = (g: Grid) => review(g, "national").model.relations.filter((r) => r.kind === "sum" && r.block === "labelled-funds");
const totalFindings = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info").map((f) => [f.cell, f.message]);

describe("fund lines inside an indicator table's record column", () => {
  test.each([
    ["年度预算资金总额 with 其中:中央补助 / 市级资金 / 本级资金", [["年度预算资金总额:", "321.25"], ["其中:中央补助", "166.00"], ["市级资金", "135.00"], ["本级资金(包括结转结余)", "20.25"]], "F5", ["F6", "F7", "F8"]],
    ["资金总额 with 其中:中央资金 / 省级资金", [["资金总额", 100], ["其中:中央资金", 60], ["省级资金", 40]], "F5", ["F6", "F7"]],
    ["年度预算资金总额): with a stray bracket typed after it", [["年度预算资金总额):", "1084.25"], ["其中:中央补助", "668.00"], ["市级资金", "343.00"], ["本级资金(包括结转结余)", "73.25"]], "F5", ["F6", "F7", "F8"]],
    ["合计 closing 财政拨款 / 其他资金 above it", [["财政拨款", 70], ["其他资金", 30], ["合计", 100]], "F7", ["F5", "F6"]],
  ] as [string, [string, CellValue][], string, string[]][])("%s: the total is stated as the sum of its parts and holds", (_n, lines, stated, parts) => {
    const g = sheet(lines);
    const rel = sums(g).find((r) => statedCell(r) === stated);
    expect(rel).toBeDefined();
    const o = evaluateRelation(rel!);
    expect(o.ok).toBe(true);
    expect(o.from.map((t) => t.cell)).toEqual(parts);
    expect(totalFindings(g)).toEqual([]);
  });

  test("321.25 against 166.00 + 136.00 + 20.25 = 322.25 is a total-mismatch at the total, naming both numbers", () => {
    const g = sheet([["年度预算资金总额:", "321.25"], ["其中:中央补助", "166.00"], ["市级资金", "136.00"], ["本级资金(包括结转结余)", "20.25"]]);
    expect(totalFindings(g)).toEqual([["F5", expect.stringMatching(/321\.25.*322\.25/)]]);
  });

  test("the same lines one column to the left (label in D, amounts in E) are read the same way", () => {
    const g = sheet([["资金总额", 100], ["其中:中央资金", 60], ["省级资金", 45]], { labelCol: 3 });
    expect(totalFindings(g)).toEqual([["E5", expect.stringContaining("105")]]);
  });

  test("not flagged: a 合计 row in the name column with points in the 分值 column is no fund line (分值 is no amount)", () => {
    const g = Grid.fromValues("Sheet1", [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "培训总人次", "≥100人次", "100人次", 10, 9],
      ["", "", "省级培训人次", "≥50人次", "50人次", 10, 10],
      ["", "", "市级培训人次", "≥50人次", "50人次", 10, 9],
      ["效益指标", "社会效益", "群众知晓率", "≥90%", "95%", 20, 18],
      ["", "", "合计", "", "", 50, 46],
      ["", "", "省级考核得分", "", "", 10, ""],
    ]);
    const r = review(g, "national");
    expect(r.model.family).not.toBe("unknown");
    expect(sums(g)).toEqual([]);
  });

  test("not flagged: fund lines that add up (763.00 = 502.00 + 208.00 + 53.00) give no finding", () => {
    const g = sheet([["年度预算资金总额:", "763.00"], ["其中:中央补助", "502.00"], ["市级资金", "208.00"], ["本级资金(包括结转结余)", "53.00"]]);
    expect(totalFindings(g)).toEqual([]);
  });
});

/**
 * A target sheet's fund block written as a numbered outline (Sichuan 项目支出绩效目标申报表): "(一)财政拨款小计" over
 * "1、一般公共预算", "2、政府性基金", "3、国有资本经营预算", then "(二)自有资金小计" over its own lines. A numbered 小计
 * is the sum of the lines numbered one level down, up to its next sibling, whatever their names.
 */
function outline(lines: [string, CellValue][]): Grid {
  const rows: Row[] = [
    ["项目支出绩效目标申报表"],
    ["项目名称", "特困家庭再扶助"],
    ["项目资金(万元)", "年度资金总额", "", "", "金额(万元)"],
    ...lines.map(([l, v]) => ["", l, "", "", v] as Row),
    ["总体目标", "年度目标"],
    ["", "完成特困家庭再扶助"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    ["", "产出指标", "数量指标", "扶助人数", "≥10人"],
    ["", "效益指标", "社会效益指标", "家庭生活改善", "改善"],
    ["", "满意度指标", "服务对象满意度指标", "扶助对象满意度", "≥90%"],
  ];
  return Grid.fromValues("Sheet1", rows, []);
}
const OUTLINE: [string, CellValue][] = [
  ["(一)财政拨款小计", "6.30"],
  ["1、一般公共预算", "5.30"],
  ["2、政府性基金", "1.00"],
  ["3、国有资本经营预算", "0.00"],
  ["(二)自有资金小计", "2.00"],
  ["1、事业收入", "1.50"],
  ["2、经营性收入", "0.50"],
  ["(三)其他收入", "0.00"],
];
const withLine = (k: number, v: CellValue): [string, CellValue][] => OUTLINE.map(([l, x], i) => [l, i === k ? v : x]);

describe("a numbered outline of fund lines: each (一)/(二) 小计 is the sum of its 1、2、3、 lines", () => {
  test.each([
    ["(一)财政拨款小计 6.30 = 5.30 + 1.00 + 0.00", "E4", ["E5", "E6", "E7"]],
    ["(二)自有资金小计 2.00 = 1.50 + 0.50 (事业收入 and 经营性收入 are counted by their numbers, not by name)", "E8", ["E9", "E10"]],
  ])("%s", (_n, stated, parts) => {
    const rel = sums(outline(OUTLINE)).find((r) => statedCell(r) === stated);
    expect(rel).toBeDefined();
    const o = evaluateRelation(rel!);
    expect(o.ok).toBe(true);
    expect(o.from.map((t) => t.cell)).toEqual(parts);
    expect(totalFindings(outline(OUTLINE))).toEqual([]);
  });

  test.each([
    ["一般公共预算 7.30 makes 8.30 under (一)财政拨款小计 6.30", 1, "7.30", "E4", "8.3"],
    ["经营性收入 1.50 makes 3.00 under (二)自有资金小计 2.00", 6, "1.50", "E8", "3"],
  ])("%s: a total-mismatch at the 小计", (_n, k, v, cell, sum) => {
    expect(totalFindings(outline(withLine(k, v)))).toEqual([[cell, expect.stringContaining(sum)]]);
  });

  test("not flagged: (三)其他收入 with no lines under it states no sum", () => {
    expect(sums(outline(OUTLINE)).map((r) => statedCell(r))).toEqual(["E4", "E8"]);
  });
});
