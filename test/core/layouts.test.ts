import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { parseValue } from "../../src/core/text/quantity";

/** Regional layouts from the RULEBOOK (§2.4) that the corpus does not show filled in. */

const SC_RULE =
  "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";

function sichuan(executed: number, rateText: string, score: number, reason: string): Grid {
  return Grid.fromValues(
    "自评表",
    [
      ["部门预算项目支出绩效自评表(2023年度)"],
      ["项目名称", "51092324T000010263357-2023年全县安可替代补助资金项目"],
      ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
      ["", "总额", 100, 120, executed, rateText, 10, score, reason],
      ["", "其中:财政资金", 100, 120, executed, rateText, "/", "/", ""],
      ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
      ["", "产出指标", "成本指标", "经济成本指标", "≤", 30, "万元", 28, 45, 45, ""],
      ["", "效益指标", "社会效益指标", "补助发放覆盖率", "=", 100, "%", "100%", 45, 45, ""],
      ["合计", "", "", "", "", "", "", "", 100, 90 + score, ""],
    ],
    ["A3:A5", "I4:I5", "A6:A8"],
  );
}

describe("Sichuan 部门预算项目支出绩效自评表, filled in", () => {
  test("execution 102/120 = 85% below the sheet's own 90% rule with only the template text: reason missing at I4", () => {
    const r = review(sichuan(102, "85.00%", 8.5, SC_RULE), "national");
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.budget!.statedReasonBelowRate).toBe(0.9);
    const f = r.findings.find((x) => x.rule === "missing-reason")!;
    expect(f.cell).toBe("I4");
    expect(f.message).toContain("85.00%");
    expect(r.findings.filter((x) => x.rule === "exec-score-mismatch")).toEqual([]);
    expect(r.findings.filter((x) => x.severity === "error").map((x) => x.rule)).toEqual(["missing-reason"]);
  });

  test("the same sheet with a real reason, and one at 95%, are clean", () => {
    expect(review(sichuan(102, "85.00%", 8.5, "年底部分合同尚未结算"), "national").findings.filter((x) => x.severity === "error")).toEqual([]);
    expect(review(sichuan(114, "95.00%", 9.5, SC_RULE), "national").findings.filter((x) => x.severity === "error")).toEqual([]);
  });

  test("the rate uses 调整后预算数 (102/120, not 102/100): a rate computed on 年初预算 is flagged", () => {
    const r = review(sichuan(102, "102.00%", 10, "超支部分为追加预算"), "national");
    const f = r.findings.find((x) => x.rule === "exec-rate-mismatch")!;
    expect(f.cell).toBe("F4");
    expect(f.message).toContain("85.00%");
    expect(r.findings.find((x) => x.rule === "exec-score-mismatch")!.cell).toBe("H4"); // 8.5, not 10
  });

  test("the 绩效指标(90分) block and the 合计 row reconcile (45 + 45 = 90; 10 + 90 = 100)", () => {
    const r = review(sichuan(114, "95.00%", 9.5, SC_RULE));
    expect(r.model.weightBlocks.map((b) => [b.cell, b.weight])).toEqual([["A6", 90]]);
    expect(r.findings.filter((x) => x.rule === "weight-sum-mismatch")).toEqual([]);
    expect(r.model.totals!.weight!.cell).toBe("I9");
  });
});

describe("Chongqing 得分系数 layout (CQ)", () => {
  const cq = (coef2: number, score2: number) =>
    Grid.fromValues("CQ", [
      ["部门整体绩效自评表"],
      ["主管部门", "某融媒体中心", "自评总分(分)", 97.6],
      ["年初预算数", "全年(调整)预算数", "全年执行数", "执行率(%)", "执行率权重", "执行率得分(分)"],
      [100, 100, 76, "76%", 10, 7.6],
      ["指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)", "指标权重(分)", "指标得分(分)", "是否核心指标"],
      ["财政供养人员控制率", "%", "定量指标", "100%", "", "92%", "100%", 2, 2, "是"],
      ["预算完成率", "%", "定量指标", "70%", "", "76%", `${coef2}%`, 10, score2, "否"],
      ["管理制度健全性", "", "定性指标", "高", "", "高", "100%", 80, 80, "否"],
    ]);

  test("execution 76% × 10 = 7.6 and 得分系数 × 权重 per indicator; the total 97.6 sits above the table", () => {
    const r = review(cq(100, 10), "chongqing");
    expect(r.model.budget!.items[0].rate!.value).toBeCloseTo(0.76);
    expect(r.scores.budgetMain!.score).toBe(7.6);
    expect(r.model.totals!.score!.cell).toBe("D2");
    expect(r.scores.claimedSum).toBe(99.6);
    expect(r.findings.filter((x) => x.severity === "error").map((x) => `${x.rule}@${x.cell}`)).toEqual(["total-mismatch@D2"]);
  });

  test("a score that is not 系数 × 权重 (90% × 10 = 9, claimed 10) is flagged", () => {
    const r = review(cq(90, 10), "chongqing");
    const f = r.findings.find((x) => x.rule === "indicator-score-mismatch")!;
    expect(f.cell).toBe("I7");
    expect(f.message).toContain("应得 9 分");
  });
});

describe("Hubei layout: budget weighted 20, indicators grouped per 绩效目标 (HG)", () => {
  const hg = (w3: number) =>
    Grid.fromValues(
      "HG",
      [
        ["水土保持监测项目绩效自评表"],
        ["预算执行情况(万元)(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
        ["年度资金总额", 50, 45, "90.00%", 18],
        ["年度绩效目标1(40分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "分值", "得分"],
        ["", "产出指标", "数量指标", "监测点数量", "≥10个", 10, 20, 20],
        ["", "效益指标", "社会效益指标", "监测报告采用率", "≥90%", "95%", 20, 20],
        ["年度绩效目标2(40分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "分值", "得分"],
        ["", "产出指标", "质量指标", "数据合格率", "≥95%", "98%", w3, w3],
        ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "98%", 20, 20],
        ["总分", "", "", "", "", "", 100, 98],
      ],
      ["A4:A6", "A7:A9"],
    );

  test("20 × 90% = 18 under the hubei profile; each goal block adds up to 40", () => {
    const r = review(hg(20), "hubei");
    expect(r.scores.budgetMain!.item.weight!.value).toBe(20);
    expect(r.scores.budgetMain!.score).toBe(18);
    expect(r.model.indicators.map((i) => i.row)).toEqual([5, 6, 8, 9]); // the repeated header (row 7) is not data
    expect(r.findings.filter((x) => x.severity === "error")).toEqual([]);
  });

  test("a goal block whose indicators add up to 45 is flagged at its label", () => {
    const r = review(hg(25), "hubei");
    const f = r.findings.filter((x) => x.rule === "weight-sum-mismatch");
    expect(f.map((x) => x.cell)).toContain("A7");
    expect(f.find((x) => x.cell === "A7")!.message).toContain("45");
  });
});

describe("inside the table", () => {
  const base = (sub: [number, number], totalScore: number, formulaNoCache = false) =>
    new Grid({
      name: "S",
      cells: [
        [{ v: "项目支出绩效自评表" }],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"].map((v) => ({ v })),
        ["产出指标", "数量指标", "培训人次", "≥100人次", 120, 30, 30, null].map((v) => (v === null ? null : { v })),
        [null, "质量指标", "合格率", "≥95%", { v: 0.9, fmt: "0%" }, 30, formulaNoCache ? { v: null, f: "ROUND(E4/0.95*F4,2)" } : 28.42, "部分学员未通过考核"].map((v) =>
          v === null ? null : typeof v === "object" ? v : { v },
        ),
        [null, "小计", null, null, null, sub[0], sub[1], null].map((v) => (v === null ? null : { v })),
        ["效益指标", "社会效益指标", "就业率", "≥80%", { v: 0.85, fmt: "0%" }, 40, 40, null].map((v) => (v === null ? null : typeof v === "object" ? v : { v })),
        ["总分", null, null, null, null, 100, totalScore, null].map((v) => (v === null ? null : { v })),
        ["自评等级：优"].map((v) => ({ v })),
      ],
      merges: ["A3:A5"],
    });

  test("a 小计 row is a subtotal, not an indicator; consistent subtotals pass", () => {
    const r = review(base([60, 58.42], 98.42));
    expect(r.model.indicators.map((i) => i.row)).toEqual([3, 4, 6]);
    expect(r.model.subtotals.map((s) => s.row)).toEqual([5]);
    expect(r.findings.filter((x) => x.severity === "error")).toEqual([]);
    expect(r.model.grade!.value).toBe("优");
    expect(r.model.grade!.cell).toBe("A8");
  });

  test("a wrong 小计 weight and score are flagged at the subtotal cells", () => {
    const r = review(base([50, 60], 98.42));
    expect(r.findings.find((x) => x.rule === "weight-sum-mismatch")!.cell).toBe("F5");
    expect(r.findings.find((x) => x.rule === "total-mismatch" && x.cell === "G5")!.message).toContain("58.42");
  });

  test("a score formula without a cached result counts as scored (no missing-score), and the total is not compared", () => {
    const r = review(base([60, 58.42], 98.42, true));
    expect(r.findings.filter((x) => x.rule === "missing-score")).toEqual([]);
    expect(r.findings.filter((x) => x.rule === "total-mismatch" && x.cell === "G7")).toEqual([]);
  });

  test("a grade that does not match: 自评等级：优 with total 88.42 → 良", () => {
    const r = review(base([60, 48.42], 88.42).withCells([{ cell: "G4", value: { v: 18.42 } }]));
    const f = r.findings.find((x) => x.rule === "grade-mismatch")!;
    expect(f.cell).toBe("A8");
    expect(f.message).toContain("良");
  });
});

describe("group header rows carrying their own weight and score", () => {
  const sheet = (childWeight: number, groupScore: number) =>
    Grid.fromValues("评分表", [
      ["项目支出绩效评价指标体系及评分表"],
      ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "得分"],
      ["决策", "", "", "", 20, groupScore],
      ["", "项目立项", "", "", 8, ""],
      ["", "", "立项依据充分性", "符合规划得满分", 4, 4],
      ["", "", "立项程序规范性", "程序规范得满分", childWeight, 3],
      ["", "绩效目标", "", "", 12, ""],
      ["", "", "绩效目标合理性", "…", 6, 6],
      ["", "", "绩效指标明确性", "…", 6, 5],
      ["合计", "", "", "", 20, groupScore],
    ]);

  test("weights 4+4 = 8 and 6+6 = 12 under 决策 20; group score 18 = 4+3+6+5", () => {
    const r = review(sheet(4, 18));
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => i.row)).toEqual([5, 6, 8, 9]);
    expect(r.model.groups[0].weight).toBe(20);
    expect(r.model.groups[0].children.map((c) => [c.weight, c.weightCell])).toEqual([
      [8, "E4"],
      [12, "E7"],
    ]);
    expect(r.findings.filter((x) => x.severity === "error")).toEqual([]);
  });

  test("a child weight that breaks its group (4+5 ≠ 8) and a group score that is not the sum (19 ≠ 18)", () => {
    const r = review(sheet(5, 19));
    const cells = r.findings.filter((x) => x.severity === "error").map((x) => `${x.rule}@${x.cell}`);
    expect(cells).toContain("weight-sum-mismatch@E4");
    expect(cells).toContain("total-mismatch@F3");
  });
});

test("a target with trailing punctuation (≥95%。) is still a number", () => {
  expect(parseValue("≥95%。").quantity).toMatchObject({ value: 95, percent: true, op: { dir: "ge" } });
});

describe("basic data: 其中 lines are part of the item above them", () => {
  test("023 as published is consistent; 公车购置 5 under 公务用车 0 is not", async () => {
    const { corpusGrid } = await import("../helpers");
    const g = await corpusGrid("023");
    expect(review(g).findings.filter((f) => f.severity === "error")).toEqual([]);
    const r = review(g.withCells([{ cell: "D7", value: { v: 5 } }]));
    const f = r.findings.filter((x) => x.rule === "total-mismatch");
    // 公车购置 5 exceeds 公务用车购置和维护经费 0 (the 三公经费 total adds numbered items only)
    expect(f.map((x) => x.cell).sort()).toEqual(["D6"]);
    expect(f[0].message).toContain("5");
  });
});

test("an indicator whose name starts with a closing word (说明书…) does not end the table", () => {
  const r = review(
    Grid.fromValues("S", [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "质量指标", "说明书编制完成率", "100%", "100%", 50, 50, ""],
      ["", "", "合计报表准确率", "100%", "100%", 50, 50, ""],
      ["总分", "", "", "", "", 100, 100, ""],
      ["说明", "无"],
    ]),
  );
  expect(r.model.indicators.map((i) => i.row)).toEqual([3, 4]);
  expect(r.model.totals!.score!.cell).toBe("G5");
  expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
});

describe("a weight column per level (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分)", () => {
  const sheet = (leaf: number) =>
    Grid.fromValues(
      "评分表",
      [
        ["部门整体支出绩效评价指标体系"],
        ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
        ["投入", 20, "预算配置", 12, "在职人员控制率", 6, 6],
        ["", "", "", "", "三公经费变动率", leaf, 6],
        ["", "", "预算执行", 8, "预算完成率", 8, 7],
        ["合计", 20, "", "", "", 20, 19],
      ],
      ["A3:A5", "B3:B5", "C3:C4", "D3:D4"],
    );

  test("each level's column is read as that level's weight; the leaves are the indicators", () => {
    const r = review(sheet(6));
    expect(r.model.columns).toMatchObject({ level1Weight: 2, level2Weight: 4, weight: 6, score: 7 });
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([
      [3, 6, 6],
      [4, 6, 6],
      [5, 8, 7],
    ]);
    expect(r.model.groups[0].weight).toBe(20);
    expect(r.model.groups[0].children.map((c) => [c.weight, c.weightCell])).toEqual([
      [12, "D3"],
      [8, "D5"],
    ]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a leaf that breaks its 二级 weight is flagged at the 二级 分值 cell", () => {
    const r = review(sheet(7));
    const cells = r.findings.filter((f) => f.rule === "weight-sum-mismatch").map((f) => f.cell);
    expect(cells).toContain("D3");
  });
});

describe("sub-items that roll up into their parent row", () => {
  const sheet = (a: number, b: number, sa: number) =>
    Grid.fromValues("S", [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "培训完成率", "≥95%", "96%", 10, 9, "线上培训未完成"],
      ["", "", "其中：线上培训", "≥95%", "90%", a, sa, "线上培训未完成"],
      ["", "", "其中：线下培训", "≥95%", "100%", b, 5, ""],
      ["", "质量指标", "合格率", "≥90%", "95%", 90, 90, ""],
      ["总分", "", "", "", "", 100, 99, ""],
    ]);

  test("are not counted twice: weights 10 + 90 = 100, scores 9 + 90 = 99", () => {
    const r = review(sheet(5, 5, 4));
    expect(r.model.indicators.filter((i) => i.childOfRow === 3).map((i) => i.row)).toEqual([4, 5]);
    expect(r.scores.weightSum).toBe(100);
    expect(r.scores.claimedSum).toBe(99);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("sub-item weights that do not add up to their parent (6 + 5 ≠ 10) are flagged at the parent's weight", () => {
    const r = review(sheet(6, 5, 4));
    const f = r.findings.find((x) => x.rule === "weight-sum-mismatch")!;
    expect(f.cell).toBe("F3");
    expect(f.message).toContain("11");
  });

  test("sub-item scores that do not add up to their parent's score (3 + 5 ≠ 9) are flagged at the parent's score", () => {
    const r = review(sheet(5, 5, 3));
    expect(r.findings.find((x) => x.rule === "total-mismatch")!.cell).toBe("G3");
  });
});

test.each([
  ["indicators numbered (1), (2), (3)", ["(1)培训人次", "(2)发放资料", "(3)覆盖乡镇"]],
  ["a named indicator followed by ①② ones that do not fit inside it", ["培训人次", "①发放资料", "②覆盖乡镇"]],
])("%s: all stay indicators (40 + 30 + 30 = 100)", (_name, names) => {
  const r = review(
    Grid.fromValues("S", [
      ["项目支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", names[0], "≥100人次", 120, 40, 40, ""],
      ["", "", names[1], "≥500份", 600, 30, 30, ""],
      ["", "", names[2], "≥10个", 10, 30, 30, ""],
      ["总分", "", "", "", "", 100, 100, ""],
    ]),
  );
  expect(r.model.indicators.every((i) => i.childOfRow === null)).toBe(true);
  expect(r.scores.weightSum).toBe(100);
  expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
});
