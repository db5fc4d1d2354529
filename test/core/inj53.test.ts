import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * inj53 (session 53; test/fixtures/real/inj53-diagnosis.md): one injected slip, one flag where the slip is.
 *  1. a leading-total list whose parent line is broken down in part only (乙省 270 = 120 + 150, its project line filling
 *     the 150 alone): a slip in the parent's own part (150 written 140) is flagged at that cell, not a second time at the
 *     line's total column against the project line (270 against 150) — the list's 合计 line vouches that the last column
 *     is each line's total.
 *  2. ranks over weighted totals: a broken total is ranked at the value its parts give, rounded as the column prints its
 *     totals (94.308 as 94.31, tied with the next line's 94.31, not below it).
 *  3. a weight column headed 权重 (shares of one whole) under groups of any names: a sum a little over 100 is a slip.
 */

const sheet = (rows: string[][]) => Grid.fromValues("Sheet1", rows.map((r) => r.map((t) => (/^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t === "" ? undefined : t))), []);
const flags = (rows: string[][]) =>
  review(sheet(rows), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();

describe("inj53 1: a parent line broken down in part keeps its bound when one of its own amounts slips", () => {
  // C: 100 + 120 + 80 = 300; D: 150 + 50 = 200; E: 100 + 270 + 130 = 500; each line's E = C + D (乙省 270 = 120 + 150)
  const list = (d6: string, e6 = "270") => [
    ["提前下达资金分配表", "", "", "", ""],
    ["单位:万元", "", "", "", ""],
    ["序号", "省份/项目", "一般补助资金", "重点项目资金", "预算合计"],
    ["合计", "", "300", "200", "500"],
    ["1", "甲省", "100", "", "100"],
    ["2", "乙省", "120", d6, e6],
    ["", "乙省重点项目", "", "150", "150"],
    ["3", "丙省", "80", "50", "130"],
    ["", "丙省重点项目", "", "50", "50"],
  ];
  test("the published list: nothing", () => {
    expect(flags(list("150"))).toEqual([]);
  });
  test("乙省's 重点项目资金 150 written 140: flagged at D6 (140 against its project's 150), nothing at E6", () => {
    const f = flags(list("140"));
    expect(f).toContain("total-mismatch@D6");
    expect(f).not.toContain("total-mismatch@E6");
  });
  test("counter-shape: the line's total itself wrong (270 written 280) is still flagged at E6", () => {
    expect(flags(list("150", "280"))).toContain("total-mismatch@E6");
  });
});

describe("inj53 2: a broken weighted total is ranked at the precision its column prints", () => {
  // 总分 = 40% 系统 + 40% 现场 + 20% 履职: 95.65·.4 + 93.73·.4 + 95.80·.2 = 94.912 → 94.91; 95.37·.4 + 93.80·.4 + 96.15·.2
  // = 94.898 → 94.90; 95.67·.4 + 93.93·.4 + 93.10·.2 = 94.46; 95.32·.4 + 93.50·.4 + 93.90·.2 = 94.308 → 94.31;
  // 95.20·.4 + 92.95·.4 + 95.25·.2 = 94.31; 95.04·.4 + 93.23·.4 + 94.40·.2 = 94.188 → 94.19
  const results = (e8: string) => [
    ["街道名称", "系统考核得分", "现场考核得分", "履职考核得分", "总分", "排名"],
    ["", "(占40%)", "(占40%)", "(占20%)", "", ""],
    ["中兴街道", "95.65", "93.73", "95.80", "94.91", "1"],
    ["文峰街道", "95.37", "93.80", "96.15", "94.90", "2"],
    ["港闸开发区", "95.67", "93.93", "93.10", "94.46", "3"],
    ["新开街道", "95.32", "93.50", "93.90", e8, "4"],
    ["钟秀街道", "95.20", "92.95", "95.25", "94.31", "5"],
    ["小海街道", "95.04", "93.23", "94.40", "94.19", "6"],
  ];
  test("the published list: nothing", () => {
    expect(flags(results("94.31"))).toEqual([]);
  });
  test("新开's 总分 94.31 written 87.71: the total alone (its rank 4 and 钟秀's 5 follow 94.31, tied)", () => {
    expect(flags(results("87.71"))).toEqual(["total-mismatch@E6"]);
  });
});

describe("inj53 3: a 权重 column is a whole of 100 under groups of any names", () => {
  // ten lines of 10 = 100 (社会保障 30, 公共服务 40, 生活水平 30: no framework's names); E6 10 written 13 → 103, 40 → 130
  const table = (head: string, w: string) => [
    ["残疾人事业发展规划执行评估指标体系", "", "", "", ""],
    ["监测指标", "", "单位", head, "目标值"],
    ["社会保障", "1.贫困残疾人生活补助比例", "%", "10", "≥50"],
    ["", "2.重度残疾人护理补贴比例", "%", "10", "≥30"],
    ["", "3.城镇残疾人参加基本养老保险比例", "%", "10", "≥80"],
    ["公共服务", "1.重点康复工程服务人数", "万人", w, "≥2.5"],
    ["", "2.康复服务比例", "%", "10", "≥80"],
    ["", "3.学龄残疾儿童少年接受义务教育比例", "%", "10", "≥90"],
    ["", "4.城镇新增残疾人就业人数", "万人", "10", "≥0.1"],
    ["生活水平", "1.城镇残疾人家庭人均可支配收入", "元", "10", "≥13700"],
    ["", "2.农村残疾人家庭人均纯收入", "元", "10", "≥6900"],
    ["", "3.城镇残疾人家庭恩格尔系数", "%", "10", "≤42"],
  ];
  test("weights adding up to 100: nothing", () => {
    expect(flags(table("权重", "10"))).toEqual([]);
  });
  test("one weight 10 written 13: 103, told at the weight column's head", () => {
    expect(flags(table("权重", "13"))).toEqual(["weight-sum-mismatch@D2"]);
    const f = review(sheet(table("权重", "13")), "national").findings.find((x) => x.rule === "weight-sum-mismatch")!;
    expect(f.message).toContain("103");
  });
  test("counter-shape: the same under 分值 (points of a table of any scale) asks no sum", () => {
    expect(flags(table("分值", "13"))).toEqual([]);
  });
  test("counter-shape: 权重 adding up to 130 (another scale, not a slip) asks none", () => {
    expect(flags(table("权重", "40"))).toEqual([]);
  });
});

describe("inj53 4: a 其中 line copying its total line's score is told once, also when the total's amount slips", () => {
  // 分值 10 × 执行率 90% = 9, both lines print 8 (the same 分值, printed rate and score: the 其中 line copies the total line)
  const form = (d4: string, g4 = "90%") => [
    ["项目支出绩效自评表", "", "", "", "", "", "", ""],
    ["项目名称", "办公设备购置", "", "", "", "", "", ""],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "100", d4, "90", "10", g4, "8"],
    ["", "其中:当年财政拨款", "100", "100", "90", "10", "90%", "8"],
    ["", "上年结转资金", "", "", "", "", "", ""],
    ["", "其他资金", "", "", "", "", "", ""],
  ];
  test("the published form: the total line's score alone", () => {
    expect(flags(form("100"))).toEqual(["exec-score-mismatch@H4"]);
  });
  test("全年预算数 100 written 110 (rate 90 / 110 = 81.82%): told on the total's line, nothing new on the 其中 line", () => {
    expect(flags(form("110"))).toEqual(["exec-rate-mismatch@G4", "exec-score-mismatch@H4", "total-mismatch@D4"]);
  });
  test("the total's printed rate 90% written 83%: told at that rate, the 其中 line's copy still said once", () => {
    expect(flags(form("100", "83%"))).toEqual(["exec-rate-mismatch@G4", "exec-score-mismatch@H4"]);
  });
  test("counter-shape: a 其中 line printing a rate of its own (80 / 100 = 80%, 10 × 80% = 8, printed 10) is its own slip", () => {
    const g = form("100");
    g[4] = ["", "其中:当年财政拨款", "100", "100", "80", "10", "80%", "10"];
    expect(flags(g)).toContain("exec-score-mismatch@H5");
  });
});

describe("inj53 5: a statement's breakdown line broken in one column by a slip in its heading", () => {
  // 收入总计 = 区级财政收入合计 + 上级补助收入 + 上年结转结余: 30 + 50 + 5 = 85, 20 + 60 + 6 = 86; 税收返回及转移支付补助 the
  // one line of 上级补助收入's breakdown (50 = 50, 60 = 60)
  const statement = (b7: string, b8 = "50", c8 = "60", b10 = "85", c10 = "86") => [
    ["单位:万元", "", ""],
    ["项目", "2016年预算数", "上年完成数"],
    ["一、共享收入", "30", "20"],
    ["1、增值税", "10", "8"],
    ["2、营业税", "20", "12"],
    ["区级财政收入合计", "30", "20"],
    ["上级补助收入", b7, "60"],
    ["税收返回及转移支付补助", b8, c8],
    ["上年结转结余", "5", "6"],
    ["收入总计", b10, c10],
  ];
  test("the published statement: nothing", () => {
    expect(flags(statement("50"))).toEqual([]);
  });
  test("上级补助收入 50 written 45: 收入总计 85 against 30 + 45 + 5 = 80 in its column, nothing in the other", () => {
    expect(flags(statement("45"))).toEqual(["total-mismatch@B10"]);
  });
  test("counter-shape: a line of its own (40 | 30, no breakdown: 30 + 50 + 40 + 5 = 125, 20 + 60 + 30 + 6 = 116) still a part", () => {
    expect(flags(statement("50", "40", "30", "125", "116"))).toEqual([]);
    expect(flags(statement("45", "40", "30", "125", "116"))).toEqual(["total-mismatch@B10"]);
  });
});
