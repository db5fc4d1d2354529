import type { CellValue } from "../../../src/core/grid/grid";
import { Grid } from "../../../src/core/grid/grid";
import type { Relation } from "../../../src/core/model/types";
import { evaluateRelation, statedCell } from "../../../src/core/relations";
import { review } from "../../../src/core/review";

/**
 * Relations found in every block of a sheet, one table per relation kind. Each case is a small block copied
 * from the layouts of published sheets, placed above a minimal indicator table so the sheet is recognised;
 * the numbers are chosen so a reviewer checks them by hand.
 */

type Row = (CellValue | undefined)[];

/** The block, then a two-row national indicator table (weights 50 + 50, total 100). */
function sheet(block: Row[]): Grid {
  const rows: Row[] = [["项目支出绩效自评表"], ...block, [], ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]];
  rows.push([undefined, "产出指标", "数量指标", "培训人次", "≥100人次", 120, 50, 50]);
  rows.push([undefined, "效益指标", "社会效益指标", "就业率", "≥90%", "95%", 50, 50]);
  rows.push(["总分", undefined, undefined, undefined, undefined, undefined, 100, 100]);
  return Grid.fromValues("Sheet1", rows);
}

/** Row numbers in `sheet`: the block starts at row 2. */
const at = (col: string, blockRow: number) => `${col}${blockRow + 1}`;

interface Case {
  name: string;
  block: Row[];
  /** the relation expected: kind, the stated cell and the cells it is computed from */
  relation: { kind: Relation["kind"]; stated: string; from: string[] };
  /** the relation holds */
  ok: boolean;
  /** the finding a broken relation gives */
  finding?: { rule: string; message: string[] };
}

const BY_LEVEL_HEADER: Row = ["资金来源", "合计", "中央财政", "省级财政", "市级财政", "县级财政"];

const CASES: Case[] = [
  // —— sums in columns: 合计 = 中央 + 省 + 市 + 县 ——
  {
    name: "columns: 计划安排 100 = 40 + 30 + 20 + 10",
    block: [BY_LEVEL_HEADER, ["计划安排", 100, 40, 30, 20, 10]],
    relation: { kind: "sum", stated: at("B", 2), from: [at("C", 2), at("D", 2), at("E", 2), at("F", 2)] },
    ok: true,
  },
  {
    name: "columns: 实际到位 110 ≠ 40 + 30 + 20 + 10 = 100",
    block: [BY_LEVEL_HEADER, ["实际到位", 110, 40, 30, 20, 10]],
    relation: { kind: "sum", stated: at("B", 2), from: [at("C", 2), at("D", 2), at("E", 2), at("F", 2)] },
    ok: false,
    finding: { rule: "total-mismatch", message: ["110", "与其明细合计 100 不符"] },
  },
  {
    name: "columns: 年度资金总额 | 财政拨款 | 上年结转 | 其他资金, 58.5 = 50 + 6.3 + 2.2",
    block: [["项目", "年度资金总额", "财政拨款", "上年结转", "其他资金"], ["全年预算数", 58.5, 50, 6.3, 2.2]],
    relation: { kind: "sum", stated: at("B", 2), from: [at("C", 2), at("D", 2), at("E", 2)] },
    ok: true,
  },
  {
    name: "columns: a part column the vocabulary does not name (其他) beside the parts: 合计 100 ≥ 40 + 30 is not a mismatch",
    block: [["资金来源", "合计", "中央财政", "省级财政", "其他"], ["计划安排", 100, 40, 30, 30]],
    relation: { kind: "sum", stated: at("B", 2), from: [at("C", 2), at("D", 2)] },
    ok: true,
  },
  // —— sums in rows: a 合计 row over its 其中 rows, an expense list closed by 合计 ——
  {
    name: "rows: 合计 500 = 其中:财政拨款 300 + 其他资金 200 (预算数)",
    block: [["资金类别", "预算数", "执行数"], ["合计", 500, 450], ["其中:财政拨款", 300, 280], ["其他资金", 200, 170]],
    relation: { kind: "sum", stated: at("B", 2), from: [at("B", 3), at("B", 4)] },
    ok: true,
  },
  {
    name: "rows: 合计 执行数 450 ≠ 280 + 180 = 460",
    block: [["资金类别", "预算数", "执行数"], ["合计", 500, 450], ["其中:财政拨款", 300, 280], ["其他资金", 200, 180]],
    relation: { kind: "sum", stated: at("C", 2), from: [at("C", 3), at("C", 4)] },
    ok: false,
    finding: { rule: "total-mismatch", message: ["合计 450", "与其明细合计 460 不符"] },
  },
  {
    name: "rows: a list starting with 其中 and closed by 合计: 90 = 其中:财政拨款 60 + 其他资金 25 (≠ 85)",
    block: [["资金类别", "预算数", "执行数"], ["其中:财政拨款", 60, 60], ["其他资金", 25, 25], ["合计", 90, 85]],
    relation: { kind: "sum", stated: at("B", 4), from: [at("B", 2), at("B", 3)] },
    ok: false,
    finding: { rule: "total-mismatch", message: ["合计 90", "与其明细合计 85 不符"] },
  },
  {
    name: "rows: 合计 on top of numbered parts: 100 = (1)中央资金 70 + (2)省级资金 30",
    block: [["资金来源", "计划安排", "实际到位"], ["合计", 100, 90], ["(1)中央资金", 70, 60], ["(2)省级资金", 30, 30]],
    relation: { kind: "sum", stated: at("B", 2), from: [at("B", 3), at("B", 4)] },
    ok: true,
  },
  {
    name: "two header rows (合计 | 其中: 财政拨款 | 其他资金): 全年执行数 50 ≠ 40 + 15 = 55",
    block: [["项目", "合计", "其中"], [undefined, undefined, "财政拨款", "其他资金"], ["全年执行数", 50, 40, 15]],
    relation: { kind: "sum", stated: at("B", 3), from: [at("C", 3), at("D", 3)] },
    ok: false,
    finding: { rule: "total-mismatch", message: ["50", "与其明细合计 55 不符"] },
  },
  {
    name: "rows: 小计 per group and a closing 合计 of the 小计 rows: 合计 23 ≠ 小计 10 + 小计 12 = 22",
    block: [["支出内容", "实际支出数"], ["办公费", 4], ["印刷费", 6], ["小计", 10], ["设备费", 12], ["小计", 12], ["合计", 23]],
    relation: { kind: "sum", stated: at("B", 7), from: [at("B", 4), at("B", 6)] },
    ok: false,
    finding: { rule: "total-mismatch", message: ["合计 23", "与其明细合计 22 不符"] },
  },
  {
    name: "rows: a 小计 closes its group: 小计 10 = 4 + 6",
    block: [["支出内容", "实际支出数"], ["办公费", 4], ["印刷费", 6], ["小计", 10], ["设备费", 12], ["小计", 12], ["合计", 22]],
    relation: { kind: "sum", stated: at("B", 4), from: [at("B", 2), at("B", 3)] },
    ok: true,
  },
  {
    name: "expense list: 合计 2000 = 1200 + 800 (序号 | 支出内容 | 会计凭证号 | 实际支出数)",
    block: [["序号", "支出内容", "会计凭证号", "实际支出数(元)"], [1, "办公费", "记-12", 1200], [2, "差旅费", "记-15", 800], ["合计", undefined, undefined, 2000]],
    relation: { kind: "sum", stated: at("D", 4), from: [at("D", 2), at("D", 3)] },
    ok: true,
  },
  {
    name: "expense list: 合计 2100 ≠ 1200 + 800 = 2000",
    block: [["序号", "支出内容", "会计凭证号", "实际支出数(元)"], [1, "办公费", "记-12", 1200], [2, "差旅费", "记-15", 800], ["合计", undefined, undefined, 2100]],
    relation: { kind: "sum", stated: at("D", 4), from: [at("D", 2), at("D", 3)] },
    ok: false,
    finding: { rule: "total-mismatch", message: ["合计 2100", "与其明细合计 2000 不符"] },
  },
  {
    name: "expense list with a plain 金额 column: 合计 3.5 ≠ 1.2 + 0.8 + 1.6 = 3.6 (支出内容 | 会计凭证号 | 金额)",
    block: [["二、项目支出明细情况(万元)"], ["支出内容", "会计凭证号", "金额"], ["设备购置", "记-3", 1.2], ["培训费", "记-7", 0.8], ["印刷费", "记-9", 1.6], ["合计", undefined, 3.5]],
    relation: { kind: "sum", stated: at("C", 6), from: [at("C", 3), at("C", 4), at("C", 5)] },
    ok: false,
    finding: { rule: "total-mismatch", message: ["合计 3.5", "与其明细合计 3.6 不符"] },
  },
  // —— label | amount pairs (目标表): 年度资金总额 = 财政拨款 + 其他资金 ——
  {
    name: "pairs: 年度资金总额 120 = 财政拨款 100 + 其他资金 20",
    block: [["资金情况(万元)", "年度资金总额", 120, "财政拨款", 100, "其他资金", 20]],
    relation: { kind: "sum", stated: at("C", 1), from: [at("E", 1), at("G", 1)] },
    ok: true,
  },
  {
    name: "pairs: 年度资金总额 120 ≠ 100 + 30 = 130",
    block: [["资金情况(万元)", "年度资金总额", 120, "财政拨款", 100, "其他资金", 30]],
    relation: { kind: "sum", stated: at("C", 1), from: [at("E", 1), at("G", 1)] },
    ok: false,
    finding: { rule: "total-mismatch", message: ["年度资金总额 120", "与其明细合计 130 不符"] },
  },
  {
    name: "labelled list (目标表): 年度资金总额 30万元 = 其中:财政拨款 20万元 + 其他资金 10万元",
    block: [["资金情况", "年度资金总额", "30万元"], [undefined, "其中:财政拨款", "20万元"], [undefined, "其他资金", "10万元"]],
    relation: { kind: "sum", stated: at("C", 1), from: [at("C", 2), at("C", 3)] },
    ok: true,
  },
  {
    name: "labelled list (目标表): 年度资金总额 30万元 ≠ 20万元 + 12万元 = 32",
    block: [["资金情况", "年度资金总额", "30万元"], [undefined, "其中:财政拨款", "20万元"], [undefined, "其他资金", "12万元"]],
    relation: { kind: "sum", stated: at("C", 1), from: [at("C", 2), at("C", 3)] },
    ok: false,
    finding: { rule: "total-mismatch", message: ["年度资金总额 30", "与其明细合计 32 不符"] },
  },
  {
    name: "header row (目标表): 资金总额 | 财政拨款 | 其他资金, 80 = 60 + 20",
    block: [["资金情况(万元)", "资金总额", "财政拨款", "其他资金"], [undefined, 80, 60, 20]],
    relation: { kind: "sum", stated: at("B", 2), from: [at("C", 2), at("D", 2)] },
    ok: true,
  },
  // —— differences: 结余 = 实际到位 − 实际支出, side by side or in rows ——
  {
    name: "difference in columns: 结余 30 = 180 − 150",
    block: [["项目", "计划安排", "实际到位", "实际支出", "结余"], ["专项资金", 200, 180, 150, 30]],
    relation: { kind: "difference", stated: at("E", 2), from: [at("C", 2), at("D", 2)] },
    ok: true,
  },
  {
    name: "difference in columns: 结余 40 ≠ 180 − 150 = 30",
    block: [["项目", "计划安排", "实际到位", "实际支出", "结余"], ["专项资金", 200, 180, 150, 40]],
    relation: { kind: "difference", stated: at("E", 2), from: [at("C", 2), at("D", 2)] },
    ok: false,
    finding: { rule: "total-mismatch", message: ["结余 40", "实际到位 180 − 实际支出 150 = 30 不符"] },
  },
  {
    name: "difference with letters: 结余(C=A-B) 5 = 100 − 95",
    block: [["项目", "预算数(A)", "支出数(B)", "结余(C=A-B)"], ["专项资金", 100, 95, 5]],
    relation: { kind: "difference", stated: at("D", 2), from: [at("B", 2), at("C", 2)] },
    ok: true,
  },
  {
    name: "difference in rows, by government level: 县级 结余 2 ≠ 10 − 9 = 1",
    block: [BY_LEVEL_HEADER, ["实际到位", 100, 40, 30, 20, 10], ["实际支出", 90, 36, 27, 18, 9], ["结余", 11, 4, 3, 2, 2]],
    relation: { kind: "difference", stated: at("F", 4), from: [at("F", 2), at("F", 3)] },
    ok: false,
    finding: { rule: "total-mismatch", message: ["结余 2", "= 1 不符"] },
  },
  // —— ratios: 到位率, 执行率 (letters say which columns) ——
  {
    name: "ratio: 到位率 90.00% = 180 / 200",
    block: [["项目", "计划安排", "实际到位", "实际支出", "到位率"], ["专项资金", 200, 180, 150, "90.00%"]],
    relation: { kind: "ratio", stated: at("E", 2), from: [at("C", 2), at("B", 2)] },
    ok: true,
  },
  {
    name: "ratio: 到位率 95.00% ≠ 180 / 200 = 90.00%",
    block: [["项目", "计划安排", "实际到位", "实际支出", "到位率"], ["专项资金", 200, 180, 150, "95.00%"]],
    relation: { kind: "ratio", stated: at("E", 2), from: [at("C", 2), at("B", 2)] },
    ok: false,
    finding: { rule: "ratio-mismatch", message: ["到位率应为 180/200 = 90.00%", "表中为 95.00%"] },
  },
  {
    name: "ratio with letters: 执行率(B/A) 83.33% = 150 / 180 (实际到位(A), 实际支出(B))",
    block: [["项目", "计划安排", "实际到位(A)", "实际支出(B)", "执行率(B/A)"], ["专项资金", 200, 180, 150, "83.33%"]],
    relation: { kind: "ratio", stated: at("E", 2), from: [at("D", 2), at("C", 2)] },
    ok: true,
  },
  {
    name: "ratio with letters: 执行率(B/A) 75.00% is 150/200, not the stated B/A = 150/180 = 83.33%",
    block: [["项目", "计划安排", "实际到位(A)", "实际支出(B)", "执行率(B/A)"], ["专项资金", 200, 180, 150, "75.00%"]],
    relation: { kind: "ratio", stated: at("E", 2), from: [at("D", 2), at("C", 2)] },
    ok: false,
    finding: { rule: "exec-rate-mismatch", message: ["执行率应为 150/180 = 83.33%", "表中为 75.00%"] },
  },
  {
    name: "transposed budget (funds in columns, 预算/执行/执行率 in rows): 执行率 90.00% ≠ 45 / 60 = 75.00% for 财政拨款",
    block: [["项目", "年度资金总额", "财政拨款", "其他资金"], ["全年预算数", 100, 60, 40], ["全年执行数", 85, 45, 40], ["执行率", "85.00%", "90.00%", "100.00%"]],
    relation: { kind: "ratio", stated: at("C", 4), from: [at("C", 3), at("C", 2)] },
    ok: false,
    finding: { rule: "exec-rate-mismatch", message: ["执行率应为 45/60 = 75.00%", "表中为 90.00%"] },
  },
  {
    name: "转移支付 资金投入情况: 年度资金总额 全年执行数(B) 95 ≠ 中央补助 60 + 地方资金 30 = 90",
    block: [["资金投入情况", "全年预算数(A)", "全年执行数(B)", "执行率(B/A)"], ["年度资金总额", 100, 95, "95.00%"], ["其中:中央补助", 60, 60, "100.00%"], ["地方资金", 40, 30, "75.00%"]],
    relation: { kind: "sum", stated: at("C", 2), from: [at("C", 3), at("C", 4)] },
    ok: false,
    finding: { rule: "total-mismatch", message: ["年度资金总额 95", "与其明细合计 90 不符"] },
  },
  {
    name: "budget amounts written with their unit: 年度资金总额 全年预算数 90万元 ≠ 本年财政拨款 80万元 + 其他资金 5万元 = 85",
    block: [["项目资金", "年初预算数", "全年预算数", "全年执行数", "执行率"], ["年度资金总额", "90万元", "90万元", "85万元", "94.44%"], ["其中:本年财政拨款", "80万元", "80万元", "80万元", "100.00%"], ["其他资金", "10万元", "5万元", "5万元", "100.00%"]],
    relation: { kind: "sum", stated: at("C", 2), from: [at("C", 3), at("C", 4)] },
    ok: false,
    finding: { rule: "total-mismatch", message: ["年度资金总额 90", "与其明细合计 85 不符"] },
  },
  // —— units: 万元 against 元 is not a mismatch ——
  {
    name: "units: 合计(万元) 1.2 = 财政拨款(元) 10000 + 其他资金(元) 2000",
    block: [["项目", "合计(万元)", "财政拨款(元)", "其他资金(元)"], ["专项资金", 1.2, 10000, 2000]],
    relation: { kind: "sum", stated: at("B", 2), from: [at("C", 2), at("D", 2)] },
    ok: true,
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_n, c) => {
  const grid = sheet(c.block);
  const r = review(grid, "national");
  const rel = r.model.relations.find((x) => statedCell(x) === c.relation.stated && x.kind === c.relation.kind);

  test("the sheet is recognised and the relation is emitted with its cells", () => {
    expect(r.model.family).toBe("project-self-eval");
    expect(rel).toBeDefined();
    expect(evaluateRelation(rel!).from.map((t) => t.cell)).toEqual(c.relation.from);
  });

  test(c.ok ? "it holds: no finding at its cell" : "it is broken: one finding at the stated cell naming the numbers", () => {
    const at = r.findings.filter((f) => f.cell === c.relation.stated && f.severity === "error");
    if (c.ok) {
      expect(evaluateRelation(rel!).ok).toBe(true);
      expect(at).toEqual([]);
    } else {
      expect(at.map((f) => f.rule)).toEqual([c.finding!.rule]);
      for (const m of c.finding!.message) expect(at[0].message).toContain(m);
      expect(at[0].messageEn).toBeTruthy();
    }
  });
});

test("a sheet's other errors are not mirrored: the amount blocks of a clean sheet give no finding", () => {
  const r = review(sheet([BY_LEVEL_HEADER, ["计划安排", 100, 40, 30, 20, 10], ["实际到位", 100, 40, 30, 20, 10], ["实际支出", 90, 36, 27, 18, 9], ["结余", 10, 4, 3, 2, 1]]), "national");
  expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  // 4 column sums, 5 differences (合计 and four levels)
  expect(r.model.relations.filter((x) => x.kind === "sum").length).toBe(4);
  expect(r.model.relations.filter((x) => x.kind === "difference").length).toBe(5);
});
