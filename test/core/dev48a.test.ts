import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import type { Finding } from "../../src/core/rules/types";
import { progressBulletin } from "../../src/core/recognise/families/progress-bulletin";
import { review } from "../../src/core/review";

/**
 * dev48a (session 48): corpus48a's development sheets.
 * - change-rate-lines.ts: a line (or column) naming a rate of change (增减%, 增减率, 增长率, 增、减幅度) is no sum's part or
 *   total, and under its two period lines it is read as (later − earlier) / earlier, within the amounts' rounding; a line of
 *   shares (百分比, 占比, 比重) is summed only to its whole's 100.
 * - sentence-sums.ts bracketedLists: a 其中 list in a bracket right after its amount.
 * - period-change / currentPeriodColumn: 本年决算数 beside 上年决算数 is the current period's column.
 * - families/progress-bulletin.ts: a progress bulletin in sentences is monitoring.
 */
const REAL = join(__dirname, "..", "fixtures", "real");
const grid = (rows: (string | number)[][], merges: string[] = []) => Grid.fromValues("Sheet1", rows.map((r) => r.map((x) => (typeof x === "number" ? x : x))), merges);
const errors = (g: Grid): Finding[] => review(g, "national").findings.filter((f) => f.severity === "error");

/** a 三公 statement's items and their two years' amounts (earlier, later), taken from the corpus's statements */
interface Statement {
  id: string;
  items: string[];
  earlier: number[];
  later: number[];
}
function realStatements(): Statement[] {
  const out: Statement[] = [];
  // 衢江 (rows 9, 10: 合计 | 因公出国 | 公务接待 | 公车 | 车辆购置 | 车辆运行; the first three items after the total)
  const q = JSON.parse(readFileSync(join(REAL, "zj-quzhou-qujiang-three-public-expenses-final-2016.json"), "utf8")).grid as string[][];
  out.push({ id: "衢江", items: ["因公出国(境)经费", "公务接待费", "公车购置及运行费"], earlier: [2, 3, 4].map((c) => Number(q[8][c])), later: [2, 3, 4].map((c) => Number(q[9][c])) });
  // 施甸 and 卡斯 (columns 上年 | 本年, lines 1–3 under 合计)
  for (const [name, id, first] of [
    ["施甸", "yn-baoshan-shidian-three-public-expenses-final-2016", 6],
    ["卡斯", "yn-changning-kasi-town-three-public-expenses-budget-2024", 5],
  ] as const) {
    const g = JSON.parse(readFileSync(join(REAL, `${id}.json`), "utf8")).grid as string[][];
    // (the lines with both years' amounts: 卡斯 prints no 因公出国 amount)
    const lines = [first, first + 1, first + 2].filter((r) => g[r][1] !== "" && g[r][2] !== "" && Number(g[r][1]) !== 0);
    out.push({ id: name, items: lines.map((r) => String(g[r][0]).replace(/^\d\./, "")), earlier: lines.map((r) => Number(g[r][1])), later: lines.map((r) => Number(g[r][2])) });
  }
  return out;
}
const rate = (l: number, e: number) => Math.round(((l - e) / e) * 10000) / 100;
const sum = (xs: number[]) => Math.round(xs.reduce((a, x) => a + x, 0) * 100) / 100;

/** the statement printed with its rate line (rows), in one of the shapes */
function rowTable(s: Statement, shape: number, slipAt = -1): { g: Grid; rateRow: number } {
  const e = [sum(s.earlier), ...s.earlier];
  const l = [sum(s.later), ...s.later];
  const rates = l.map((x, k) => rate(x, e[k]) + (k === slipAt ? 3 : 0));
  const [eName, lName, rName] = [
    ["2015年", "2016年", "2016年比2015年增减%"],
    ["上年决算数", "本年决算数", "增减率(%)"],
    ["2015年決算數", "2016年決算數", "增減率(%)"],
    ["上年", "本年", "比上年增长率(%)"],
    ["2022年", "2023年", "增 减 幅 度(%)"],
  ][shape];
  const rows: (string | number)[][] = [["单位:万元", "", "", "", ""], ["年度", "合计", ...s.items], [eName, ...e], [lName, ...l], [rName, ...rates]];
  // (no title line: shape 3)
  if (shape === 3) rows.shift();
  return { g: grid(rows), rateRow: rows.length };
}

describe("a line of rates of change under its period lines (衢江's shape, generated from the corpus's 三公 statements)", () => {
  const sources = realStatements();
  const shapes = [0, 1, 2, 3, 4];
  test("no sum is read on the rate line, every rate holds: n of n × shapes read clean", () => {
    let clean = 0;
    for (const s of sources) for (const sh of shapes) if (errors(rowTable(s, sh).g).length === 0) clean++;
    expect(clean).toBe(sources.length * shapes.length);
  });
  test("a slip injected in one rate is found at its cell, nothing else: n of n × shapes", () => {
    let found = 0;
    for (const s of sources)
      for (const sh of shapes) {
        const { g, rateRow } = rowTable(s, sh, 2);
        const f = errors(g);
        if (f.length === 1 && f[0].rule === "ratio-mismatch" && f[0].cell === `D${rateRow}`) found++;
        else if (process.env.DEV48A_DEBUG) console.log(s.id, sh, f.map((x) => `${x.rule}@${x.cell} ${x.message}`));
      }
    expect(found).toBe(sources.length * shapes.length);
  });
  test("衢江: F11 -47.95 against (37 - 73) / 73 = -49.32% flagged, the rate line's cells summed by no relation", () => {
    const j = JSON.parse(readFileSync(join(REAL, "zj-quzhou-qujiang-three-public-expenses-final-2016.json"), "utf8"));
    const r = review(Grid.fromValues("S", j.grid, j.merges), "national");
    const f11 = r.findings.find((f) => f.cell === "F11");
    expect(f11?.rule).toBe("ratio-mismatch");
    expect(r.findings.some((f) => f.rule === "total-mismatch" && /11$/.test(f.cell))).toBe(false);
    // (C11 -86.62 against 12 / 90: -86.67, within the rounding of amounts in whole 万元, 11.5 / 90.5 … 12.5 / 89.5)
    expect(r.findings.some((f) => f.cell === "C11" || f.cell === "E11" || f.cell === "B11")).toBe(false);
  });
  test("a column of rates (项目 | 2015年 | 2016年 | 增长率), no change column: read the same way", () => {
    const g = grid([
      ["项目", "2015年", "2016年", "增长率(%)"],
      ["因公出国(境)费", 13.06, 10.2, -21.9],
      ["公务接待费", 1679.69, 1590.94, -5.28],
      ["公务用车购置及运行费", 1218.72, 1105.72, -12.27],
    ]);
    const f = errors(g);
    // (1105.72 - 1218.72) / 1218.72 = -9.27%, printed -12.27)
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(["ratio-mismatch@D4"]);
  });
});

describe("near shapes the rate-line reading leaves as they are", () => {
  test("a 权重(%) line adds up (30 + 30 + 40 = 100), a slip in it still found", () => {
    const g = grid([
      ["项目", "合计", "产出", "效益", "满意度"],
      ["2023年", 100, 30, 30, 40],
      ["2024年", 100, 30, 30, 40],
      ["权重(%)", 100, 30, 30, 45],
    ]);
    expect(errors(g).some((f) => f.cell === "B4")).toBe(true);
  });
  test("a share line summing to its whole's 100 (百分比 | 88.8 | 11.2 | 100.0) is kept; one at 110.0 flagged", () => {
    const base = [
      ["项目", "经常门", "资本门", "合计"],
      ["岁入合计", 1088207834, 137056822, 1225264656],
      ["百分比", 88.8, 11.2, 100.0],
      ["实质收入", 1088207834, 46191235, 1134399069],
      ["融资财源", 0, 90865587, 90865587],
    ];
    expect(errors(grid(base))).toEqual([]);
  });
  test("an 增减额 line (amounts) under the period lines is no rate line: summed as before", () => {
    const g = grid([
      ["年度", "合计", "因公出国", "公务接待", "公车"],
      ["2015年", 2840, 90, 1400, 1350],
      ["2016年", 2364, 12, 1356, 996],
      ["增减额", -476, -78, -44, -354],
      ["2017年", 2000, 10, 1000, 900],
    ]);
    // (2017: 10 + 1000 + 900 = 1910, not 2000: the sum across the line is still read)
    expect(errors(g).some((f) => f.rule === "total-mismatch" && f.cell === "B5")).toBe(true);
  });
  test("a rate line naming other years than the lines above it is not read", () => {
    const g = grid([
      ["年度", "合计", "因公出国", "公务接待"],
      ["2015年", 1490, 90, 1400],
      ["2016年", 1368, 12, 1356],
      ["2017年比2016年增减%", 10, 20, 30],
    ]);
    expect(errors(g).filter((f) => f.rule === "ratio-mismatch")).toEqual([]);
  });
});

describe("a 其中 list in a bracket right after its amount (sentence-sums bracketedLists)", () => {
  const one = (t: string) => errors(grid([[t]]));
  test("衢江 A1: 995万元(其中…38万元,…958万元) — 996 is more than 995", () => {
    const f = one("公车购置及运行费995万元(其中公务用车购置费38万元,公务用车运行费958万元),比上年决算数下降26.24%,主要是公务用车改革完成。");
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(["total-mismatch@A1"]);
  });
  test.each([
    ["three parts adding up, a colon, 、", "项目资金合计120万元(其中:中央补助80万元、省级配套30万元、县级配套10万元),全部到位。", 0],
    ["three parts one short", "项目资金合计120万元(其中:中央补助80万元、省级配套30万元、县级配套9万元),全部到位。", 1],
    ["full-width brackets, 繁體", "公車購置及運行費995萬元（其中公務用車購置費38萬元，公務用車運行費958萬元），比上年下降。", 1],
    ["two parts short of the whole: one may be unsaid", "三公经费2364万元(其中公务接待费1356万元,公车购置及运行费995万元),比上年下降。", 0],
    ["a change's bracket is no breakdown", "公务接待费比上年增加50万元(其中会议接待30万元,外宾接待30万元),主要是会议增多。", 0],
    ["a share in the bracket: not read", "专项资金300万元(其中占比60%的180万元,其余120万元),已拨付。", 0],
  ])("%s", (_, text, n) => {
    expect(one(text as string).filter((f) => f.rule === "total-mismatch").length).toBe(n);
  });
});

describe("施甸: 本年决算数 beside 上年决算数 is the current period's column (the statement's total)", () => {
  test("C6 2706.86", () => {
    const j = JSON.parse(readFileSync(join(REAL, "yn-baoshan-shidian-three-public-expenses-final-2016.json"), "utf8"));
    const r = review(Grid.fromValues("S", j.grid, j.merges), "national");
    expect(r.model.totals?.score?.cell).toBe("C6");
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  test("a slip in its 增、减幅度 column is found (E8 -5.28 → -8.28)", () => {
    const j = JSON.parse(readFileSync(join(REAL, "yn-baoshan-shidian-three-public-expenses-final-2016.json"), "utf8"));
    const rows = j.grid.map((r: string[]) => r.slice());
    rows[7][4] = "-8.28%";
    const f = errors(Grid.fromValues("S", rows, j.merges));
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(["ratio-mismatch@E8"]);
  });
});

describe("a progress bulletin in sentences is monitoring (families/progress-bulletin.ts)", () => {
  const sheet = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((t) => [t]), []);
  const family = (lines: string[]) => review(sheet(lines), "national").model.family;
  const variants: [string, string[]][] = [
    ["连南's words", ["一、总体进展情况", "全县重点项目50个,总投资178.7亿元,年度投资计划17.68亿元,1-5月完成投资4.28亿元,完成率24.21%。其中省、市重点项目11个,年度投资计划5.71亿元,1-5月完成投资2.13亿元,完成率37.3%。", "从项目开工情况看,已开工项目33个,未开工项目17个,开工率为66%。"]],
    ["other words: 市级重点项目, 截至9月底, 完成年度计划的", ["全市市级重点项目120个,年度计划投资356亿元,截至9月底累计完成投资268.5亿元,完成年度计划的75.4%。", "其中产业项目64个,年度计划投资188亿元,累计完成投资150亿元,完成年度计划的79.8%;基础设施项目31个,年度计划投资102亿元,累计完成投资70亿元,完成年度计划的68.6%。"]],
    ["萧县's words: counts done of target with shares", ["2025年全县30项民生实事中,其余27项中,截至9月底已完成19项。剩余8项中,2个嵌入式养老机构建设已完成1个(50%)、15个农村幸福院建设已完成8个(53%),126条农村黑臭水体治理已完成120条(95%)。"]],
    ["繁體, 上半年", ["全縣重點項目40個,年度投資計劃12.5億元,上半年完成投資6.1億元,完成率48.8%。", "其中新開工項目15個,年度投資計劃4.2億元,上半年完成投資2.3億元,完成率54.8%。"]],
    ["spaces inside words (a PDF's line breaks)", ["全县重点项目 50 个,年度投资 计划 17.68亿元,1-5月 完成投资4.28亿元,完成 率24.21%。", "省、市重点项目11个,年度投资计划5.71亿元,1-5月完成投资2.13亿元,完成率37.3%。"]],
  ];
  test.each(variants)("%s", (_, lines) => {
    expect(family(lines)).toBe("monitoring");
  });
  const counter: [string, string[]][] = [
    ["a year-end summary (全年, 1-12月)", ["全县重点项目50个,年度投资计划17.68亿元,1-12月完成投资18.2亿元,完成率102.9%。", "其中省、市重点项目11个,年度投资计划5.71亿元,全年完成投资6.1亿元,完成率106.8%,开工率为100%。"]],
    ["a self-evaluation report (自评得分)", ["项目年度计划投资500万元,1-11月完成投资480万元,完成率96%;年度目标任务10项,已完成9项(90%),完成率90%。", "经自评,该项目自评得分92分,等级为优。"]],
    ["a budget-execution notice (完成预算的)", ["1-6月,全县一般公共预算收入完成12.3亿元,完成预算的52.1%;一般公共预算支出完成20.4亿元,完成预算的48.7%,完成率低于序时进度。"]],
    ["one completion rate only", ["1-5月完成投资4.28亿元,完成率24.21%。"]],
    ["news with no period inside the year", ["全县重点项目50个,年度投资计划17.68亿元,完成率24.21%,开工率为66%,完成率37.3%。"]],
  ];
  test.each(counter)("not: %s", (_, lines) => {
    expect(progressBulletin(sheet(lines))).toBe(false);
  });
});
