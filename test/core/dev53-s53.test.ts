import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { progressBulletin } from "../../src/core/recognise/families/progress-bulletin";
import { GRAND_TOTAL_ROW, TOTAL_LINE_COUNT } from "../../src/core/recognise/vocabulary";

/**
 * dev53 (session 53): the KNOWN entries corpus53a / corpus53b opened, closed by general rules (dev53-s53-diagnosis.md).
 * 1. a progress bulletin's done money worded 投入 (a share of the year's plan) and its start rate 开(复)工率;
 * 2. a year-end completion report (全年完成投资…,占年度投资计划的r%) is a progress report with no period inside the year;
 * 3. a total line's label closing with its lines' count ('塔城市合计2个'), and a list cut inside its next numbered line;
 * 4. a whole of a money stage (结余资金) broken down into parts naming that stage.
 */
type Row = (string | number)[];
const grid = (rows: Row[]) => Grid.fromValues("S", rows, []);
const lines = (texts: string[]) => grid(texts.map((t) => [t]));
const familyOf = (texts: string[]) => review(lines(texts), "national").model.family;
const findings = (rows: Row[]) =>
  review(grid(rows), "national")
    .findings.filter((f) => f.rule === "total-mismatch")
    .map((f) => `${f.cell}:${f.severity}`)
    .sort();

describe("1. a progress bulletin's 投入 as done money, 开(复)工率 as a start rate", () => {
  // (哈尔滨 2011's shape, simplified script; three clauses: the whole's share, its start rate, a part's share)
  const HARBIN = [
    "今年前9个月,全市339个重点项目共投入资金828.7亿元,占年度计划的95.3%,环比提高17.5个百分点。已开(复)工项目307个,开(复)工率90.6%。",
    "由各区负责推进的市重点项目172个,前三季度投入资金319.6亿元,占年度计划的83.9%,目前已开(复)工项目152个。",
  ];
  test.each([
    ["投入…占年度计划的r% twice and 开(复)工率", HARBIN, true],
    ["开复工率 unbracketed as before", HARBIN.map((t) => t.split("开(复)工率").join("开复工率")), true],
    // counter-shapes: the plan's own 计划投入 is no done money; 投入 with no share of the plan is none either
    ["计划投入…占年度计划的r% (the plan's money)", HARBIN.map((t) => t.split("投入资金").join("计划投入资金").split("开(复)工率").join("开(复)工项目数")), false],
    ["投入 with no share of the plan", HARBIN.map((t) => t.replace(/,占年度计划的[\d.]+%/g, "").split("开(复)工率").join("开(复)工项目数")), false],
  ])("%s → %s", (_name, texts, expected) => {
    expect(progressBulletin(lines(texts as string[]))).toBe(expected);
    expect(familyOf(texts as string[]) === "monitoring").toBe(expected);
  });
});

describe("2. a year's completion against its plan: a progress report with no period inside the year", () => {
  // (北京 2017's shape: the whole year's plan, done and share; per class done and share)
  const YEAR_END = [
    "2017年我市重点工程圆满完成投资任务",
    "据统计,本年计划投资约2744亿元,全年完成投资2781.9亿元,占年度投资计划的101.4%,比去年高3个百分点。",
    "其中,京津冀协同发展项目62项,本年完成投资568.5亿元,完成年度计划的98.5%。基础设施项目61项,本年完成投资398.0亿元,占年度计划103.8%。",
  ];
  test.each([
    ["全年完成投资…占年度投资计划的r%, per class 完成年度计划的r%", YEAR_END, "monitoring"],
    // counter-shapes: a year's summary (工作总结) of the same figures; a year's completion measured against last year, not the plan
    ["the same in a 年度工作总结", [YEAR_END[0] + "(年度工作总结)", ...YEAR_END.slice(1)], "unknown"],
    ["全年完成投资…比上年增长 (no plan)", YEAR_END.map((t) => t.replace(/,?占年度(投资)?计划的?[\d.]+%/g, ",比上年增长5%").replace(/,完成年度计划的[\d.]+%/g, ",比上年增长2%")), "unknown"],
  ])("%s → %s", (_name, texts, expected) => {
    expect(familyOf(texts as string[])).toBe(expected);
  });
});

describe("3. a total line's count of its lines; a list cut inside its next numbered line", () => {
  test.each([
    ["塔城市合计2个", true, true],
    ["全县合计12个", true, true],
    ["合计3项", true, true],
    ["小计共5个", true, false],
    ["合计", false, true],
    // counter-shapes: 合计 inside a sentence, a count that is no line count
    ["本年度共合计完成验收的项目有2个以上", false, false],
    ["合计2个项目已完工", false, false],
  ])("%s: a line count %s, a grand total's label %s", (label, count, grand) => {
    expect(TOTAL_LINE_COUNT.test(label)).toBe(count);
    expect(GRAND_TOTAL_ROW.test(label)).toBe(grand);
  });

  const HEAD: Row[] = [
    ["塔城市2025年财政衔接结余资金(第三批)项目计划表", "", "", "", ""],
    ["项目序号", "项目名称", "小计", "中央衔接资金", "自治区衔接资金"],
  ];
  const table = (total: string, rows: Row[]): Row[] => [...HEAD, [total, "", 50.2, 48.9, 1.3], ...rows];
  const ONE: Row = [1, "路南社区速冻库改造项目", 49, 48.8, 0.2];
  test("合计2个 over two lines that add up (49 + 1.2 = 50.2, 48.8 + 0.1 = 48.9, 0.2 + 1.1 = 1.3): header 2, total C3, nothing flagged", () => {
    const r = review(grid(table("塔城市合计2个", [ONE, [2, "雨露计划补助项目", 1.2, 0.1, 1.1]])), "national");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.totals?.score?.cell).toBe("C3");
    expect(r.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });
  test("合计2个 over two lines, line 2's 小计 raised (2.2 against its 0.1 + 1.1, so 49 + 2.2 = 51.2 against 50.2): one slip, at C5", () => {
    expect(findings(table("塔城市合计2个", [ONE, [2, "雨露计划补助项目", 2.2, 0.1, 1.1]]))).toEqual(["C5:error"]);
  });
  test("the sheet cut inside line 2 (its number and name, no amounts): the three columns' sums short of 合计 are info, not errors", () => {
    expect(findings(table("塔城市合计2个", [ONE, [2, "2025年雨露计划补助项目(第三次追加)", "", "", ""]]))).toEqual(["C3:info", "D3:info", "E3:info"]);
  });
  // (塔城's two-line head: 资金规模(万元) over 小计 | 中央衔接资金 | 自治区衔接资金; each line's 小计 its two parts, the 合计 line's too)
  const TWO_LINE: Row[] = [
    ["项目计划表", "", "", "", ""],
    ["项目序号", "项目名称", "资金规模(万元)", "", ""],
    ["", "", "小计", "中央衔接资金", "自治区衔接资金"],
  ];
  const cutTwoLine = (central: number): Row[] => [...TWO_LINE, ["塔城市合计2个", "", 50.2, central, 1.3], ONE, [2, "雨露计划补助项目(第三次追加)", "", "", ""]];
  test("two-line head, cut inside line 2: the 合计 line's own sum across (50.2 = 48.9 + 1.3) still read beside its cut columns", () => {
    const r = review(grid(cutTwoLine(48.9)), "national");
    const across = r.model.relations.filter((x) => x.kind === "sum" && x.orientation === "columns").map((x) => (x.kind === "sum" ? `${x.total.cell}=${x.parts.map((p) => p.cell).join("+")}` : ""));
    expect(across).toEqual(expect.arrayContaining(["C4=D4+E4", "C5=D5+E5"]));
    expect(findings(cutTwoLine(48.9)).filter((f) => f.endsWith(":error"))).toEqual([]);
  });
  test("two-line head, cut inside line 2, the 合计 line's 中央 raised (53.9 + 1.3 = 55.2 against 50.2): an error at C4", () => {
    expect(findings(cutTwoLine(53.9)).filter((f) => f.endsWith(":error"))).toEqual(["C4:error"]);
  });
  test.each([
    ["a note under the bare line", [ONE, [2, "雨露计划补助项目", "", "", ""], ["注:本表金额单位为万元", "", "", "", ""]]],
    ["the bare line's number not the next (5 after 1)", [ONE, [5, "雨露计划补助项目", "", "", ""]]],
    ["an unnumbered bare line", [ONE, ["", "雨露计划补助项目", "", "", ""]]],
  ])("counter-shape, no cut: %s — the short sums stay errors", (_name, rows) => {
    expect(findings(table("塔城市合计2个", rows as Row[]))).toEqual(["C3:error", "D3:error", "E3:error"]);
  });
});

describe("4. a whole of a money stage (结余资金) broken down into parts naming that stage", () => {
  const sums = (t: string) => review(lines([t]), "national").model.relations.filter((r) => r.kind === "sum").length;
  const flagged = (t: string) => findings([[t]]);
  const SURPLUS = "塔城市安排2025年财政衔接结余资金50.2万元,其中中共中央结余资金为48.895579万元,自治区结余资金为1.304421万元。";
  test("结余资金 50.2 = 48.895579 + 1.304421: read, nothing flagged", () => {
    expect(sums(SURPLUS)).toBe(1);
    expect(flagged(SURPLUS)).toEqual([]);
  });
  test("a part raised (58.895579 + 1.304421 = 60.2 against 50.2): flagged", () => {
    expect(flagged(SURPLUS.replace("48.895579", "58.895579"))).toEqual(["A1:error"]);
  });
  test.each([
    ["parts that are stages of a whole of none: 到位资金 120, 其中 实际支出 100, 结余 20", "到位资金120万元,其中实际支出100万元,结余20万元。"],
    ["a 结余 part under a whole of no stage", "项目资金50.2万元,其中中央资金为48.9万元,结余资金为1.3万元。"],
    ["a 审减 part under a 结余 whole", "结余资金50.2万元,其中审减资金为48.9万元,自治区结余资金为1.3万元。"],
  ])("counter-shape, no breakdown: %s", (_name, t) => {
    expect(sums(t)).toBe(0);
  });
});
