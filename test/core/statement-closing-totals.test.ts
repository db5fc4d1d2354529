import { reviewRows as run, totalMismatchCells as mismatches, type Row } from "../helpers/review-rows";

/**
 * Revenue statements and subsidy plans of corpus45's development sheets (衡阳 石鼓区 2016 区本级 收入预算表, 垫江 2021 危房改造
 * 补助资金计划表), by general shapes:
 *  - a 合计 amid the lines (区级财政收入合计) closes the numbered outline above it (一、… over 1、…, 二、… over 1、…) where
 *    its sum holds — before, it was read as a total over the fund-worded line after it (上级补助收入), a false error;
 *  - the closing 收入总计 adds that 合计 and the lines after it, a line's exact breakdown right under it (税收返回… 37811
 *    under 上级补助收入 37811) left out, where the numbers then add up; a 其中 line is a part of its line;
 *  - one 其中 line alone under a fund-worded line (上年结转结余 1441 over 其中:上年结转 1155) is a bound, not the whole;
 *  - a year's 预算数 beside 上年完成数: the current period's column holds the stated total;
 *  - groups of columns (C级 | D级 | 无房户 | 合计, each 户数 | 补助资金) add up group by group on every line, the 合计
 *    group's money column holding the stated total.
 */

/** 项目 | 2016年预算数 | 上年完成数; `cells` overrides a row's amounts by row number (1-based). */
const statement = (over: Record<number, [string, string]> = {}): Row[] => {
  const rows: Row[] = [
    ["单位:万元"],
    ["项目", "2016年预算数", "上年完成数"],
    ["一、共享收入", "300", "270"],
    ["1、增值税", "100", "90"],
    ["2、企业所得税", "200", "180"],
    ["二、区级固定收入", "50", "40"],
    ["1、罚没收入", "20", "15"],
    ["2、其他收入", "30", "25"],
    ["区级财政收入合计", "350", "310"],
    ["上级补助收入", "400", "420"],
    ["税收返回及转移支付补助", "400", "420"],
    ["上级追加补助"],
    ["上年结转结余", "60", "50"],
    ["其中:上年结转", "45", "30"],
    ["收入总计", "810", "780"],
  ];
  for (const [r, v] of Object.entries(over)) rows[Number(r) - 1] = [rows[Number(r) - 1][0], ...v];
  return rows;
};

describe("a statement's 合计 amid its lines and its closing 总计", () => {
  test("the whole statement adds up: no finding, stated total B15 = 810 (the current year's column)", () => {
    const r = run(statement());
    expect(r.findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info").map((f) => f.cell)).toEqual([]);
    expect(r.model.totals?.score).toEqual(expect.objectContaining({ cell: "B15", value: 810 }));
  });
  test("合计 printed 355 (300 + 50 = 350): B9 is flagged", () => {
    expect(mismatches(statement({ 9: ["355", "310"] }))).toContain("B9");
  });
  test("a line of the outline changed (增值税 110, 一、 300 = 100 + 200): B3 is flagged", () => {
    expect(mismatches(statement({ 4: ["110", "90"] }))).toContain("B3");
  });
  test("收入总计 printed 815 (350 + 400 + 60 = 810): B15 is flagged", () => {
    expect(mismatches(statement({ 15: ["815", "780"] }))).toEqual(["B15"]);
  });
  test("one 其中 line alone is a part: 上年结转结余 60 over 其中 45 is no error; 其中 printed 65 (over 60) is", () => {
    expect(mismatches(statement())).not.toContain("B13");
    expect(mismatches(statement({ 14: ["65", "30"] }))).toContain("B13");
  });
  test("counter-shape — a 合计 amid lines whose numbered outline does not add up to it is read as before (over the lines below it)", () => {
    const rows = statement({ 9: ["999", "310"] });
    expect(mismatches(rows)).toContain("B9");
  });
});

describe("counter-shape — a plain list with equal neighbours: no line is read as another's breakdown", () => {
  const list = (first: string): Row[] => [
    ["救灾补助资金分配表"],
    ["乡镇", "金额"],
    ["甲乡", first],
    ["乙镇", "0.5"],
    ["丙镇", "0.5"],
    ["丁镇", "1"],
    ["合计", "4"],
  ];
  test("甲乡 2 + 0.5 + 0.5 + 1 = 4: no finding", () => {
    expect(mismatches(list("2"))).toEqual([]);
  });
  test("甲乡 printed 2.5 (the sum 4.5 against 4): B7 is flagged, although leaving 丙镇 out as 乙镇's equal would add up", () => {
    expect(mismatches(list("2.5"))).toEqual(["B7"]);
  });
});

/** 序号 | 乡镇 | C级 | D级 | 无房户 | 合计, each 户数 | 补助资金(万元) (the 合计 group's 总户数 | 补助资金). */
const grouped = (line2Total = "8.4", subTotalHead = "总户数"): { rows: Row[]; merges: string[] } => ({
  rows: [
    ["某县2021年危房改造补助资金计划表"],
    ["序号", "乡镇", "C级", undefined, "D级", undefined, "无房户", undefined, "合计", undefined],
    [undefined, undefined, "户数", "补助资金(万元)", "户数", "补助资金(万元)", "户数", "补助资金(万元)", subTotalHead, "补助资金(万元)"],
    ["1", "甲镇", "1", "0.75", "1", "2.1", "1", "2.1", "3", "4.95"],
    ["2", "乙镇", undefined, undefined, "2", "4.2", "2", "4.2", "4", line2Total],
    ["3", "丙乡", undefined, undefined, "3", "6.3", undefined, undefined, "3", "6.3"],
    ["合计", undefined, "1", "0.75", "6", "12.6", "3", "6.3", "10", "19.65"],
  ],
  merges: ["A1:J1", "A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:H2", "I2:J2", "A7:B7"],
});

describe("groups of columns headed 合计 beside groups of the same sub-columns", () => {
  test("every line adds up group by group and down: no finding; the stated total is the 合计 group's money, J7 = 19.65", () => {
    const { rows, merges } = grouped();
    const r = run(rows, merges);
    expect(r.findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info").map((f) => f.cell)).toEqual([]);
    expect(r.model.totals?.score).toEqual(expect.objectContaining({ cell: "J7", value: 19.65 }));
  });
  test("乙镇's 合计 补助资金 printed 8.5 (4.2 + 4.2 = 8.4): J5 is flagged", () => {
    const { rows, merges } = grouped("8.5");
    expect(mismatches(rows, merges)).toContain("J5");
  });
  test("counter-shape — the 合计 group's sub-heads not the others' (人数 over 户数): no line-by-line group sums", () => {
    const { rows, merges } = grouped("8.5", "人数");
    expect(mismatches(rows, merges)).not.toContain("J5");
  });
});

describe("the same shapes written as a user or an export leaves them", () => {
  test("the grouped table with every merge undone (a CSV dump): no finding; 乙镇's 合计 补助资金 8.5 still flagged at J5 (before: the 合计 head read as one column over 户数 and 补助资金 together, 23 false errors on the development sheet)", () => {
    const { rows } = grouped();
    expect(mismatches(rows)).toEqual([]);
    const bad = grouped("8.5").rows;
    expect(mismatches(bad)).toContain("J5");
  });
  test("the grouped table with its heads filled across (合计 | 合计 over 总户数 | 补助资金): no finding", () => {
    const { rows } = grouped();
    const filled = rows.map((r, i) => (i === 1 ? ["序号", "乡镇", "C级", "C级", "D级", "D级", "无房户", "无房户", "合计", "合计"] : r));
    expect(mismatches(filled)).toEqual([]);
  });
  test("a blank line before 二、区级固定收入 (a fund part's word after the number) keeps the statement one list: 收入总计 printed 815 still flagged at B16", () => {
    const rows = statement({ 15: ["815", "780"] });
    rows.splice(5, 0, []);
    expect(mismatches(rows)).toEqual(["B16"]);
  });
});

describe("counter-shape — under a fund total's own word a lone 其中 line is its one source, not a bound", () => {
  const form = (part: string): Row[] => [
    ["专项转移支付绩效目标表"],
    ["项目名称", "某某项目"],
    ["资金情况(万元)", "年度资金总额", "350"],
    [undefined, "其中:省级资金", part],
    ["总体目标", "完成建设任务。"],
  ];
  test("年度资金总额 350 over 其中:省级资金 350: no finding", () => {
    expect(mismatches(form("350"))).toEqual([]);
  });
  test("其中:省级资金 printed 340: the total 350 is flagged (C3), as before the 其中 bound", () => {
    expect(mismatches(form("340"))).toEqual(["C3"]);
  });
});
