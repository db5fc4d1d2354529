import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { budgetRole, indicatorRole } from "../../src/core/recognise/headers";
import { review } from "../../src/core/review";
import { FIXTURES } from "../helpers";
import { signature } from "./metamorphic";

/**
 * Synonyms cross-pollinated between real sheets: an unseen sheet says the same thing with another sheet's words.
 * For every development sheet (test/fixtures/real, extra, corpus, peer; never validation), each header cell the engine
 * recognised (一级/二级/三级, 指标值, 完成值, 分值, 得分, 原因; the budget block's 年初预算数 … 得分) and each fund line
 * (年度资金总额; its parts by source, 财政拨款 / 上年结转 / 其他资金, or by level, 中央 / 省 / 市 / 县) is replaced by
 * every other wording of its role, one at a time (metamorphic-synonyms/synonyms.json: the words the engine read on
 * the development sheets, scripts/header-synonyms.js, and those of the RULEBOOK and the seeds). The header's unit or
 * formula letters stay ("分值(10分)" → "权重(10分)"), a fund line keeps its 其中, a header printed again on a later page
 * says the new word too. The family, the indicators (weight, score), the relations and the error findings must stay.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const S = require("./metamorphic-synonyms/sites.js");
interface Site { role: string; row: number; col: number; cell: string; text: string; word: string }
interface Sheet { id: string; values: (string | number | boolean | null)[][]; merges: string[] }

const TABLE: Record<string, string[]> = JSON.parse(readFileSync(join(__dirname, "metamorphic-synonyms", "synonyms.json"), "utf8")).roles;
const run = (values: Sheet["values"], merges: string[]) => review(Grid.fromValues("Sheet1", values, merges), "national");
const sig = (values: Sheet["values"], merges: string[]) => JSON.stringify(signature(run(values, merges), undefined, true));

/**
 * Wordings the engine does not survive yet (`<role>|<word>`), with the cause. Each must still break on some sheet:
 * fixing one turns the test red until its entry is removed.
 */
const KNOWN_GAPS: Record<string, string> = {
  "level1|类别":
    "shown when the 10 sheets of corpus33/34 graduated from validation/ in session 27 (their sites shifted the sample, measured just before the move): 类别 for 考核内容 (D1) on real/cn-town-construction-sanitation-box-rubric-excerpt makes 项目 | 分项 | 类别 a ladder of level words (项目 read as 一级, 类别 as 三级), where 考核内容 alone was the one level: the groups become 城镇建设(650分) instead of the code column's 2",
};

const sheets: { sheet: Sheet; base: string; sites: Site[] }[] = [];
for (const sheet of S.devSheets(FIXTURES) as Sheet[]) {
  const r = run(sheet.values, sheet.merges);
  sheets.push({ sheet, base: JSON.stringify(signature(r, undefined, true)), sites: S.sites(sheet, r.model, { indicatorRole, budgetRole }) });
}

/**
 * The sites one wording is tried at: all of them for a listed gap (it must still break somewhere) and with
 * PERFSHEET_FULL_SWEEP=1 (every pair, about 18,000 reviews: `node scripts/header-synonyms.js --measure` prints the
 * same sweep per word); otherwise SAMPLE sites evenly spaced over the sheets, shifted by the word's index so that the
 * words of a role together cover its sites.
 */
const SAMPLE = 12;
function sampled<T>(all: T[], w: number, every: boolean): T[] {
  if (every || process.env.PERFSHEET_FULL_SWEEP || all.length <= SAMPLE) return all;
  const step = all.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, i) => all[(Math.floor(i * step) + w) % all.length]);
}

describe("header and fund-line synonyms exchanged between the development sheets", () => {
  test("every role has recognised headers on many sheets", () => {
    const count = (role: string) => sheets.reduce((n, s) => n + s.sites.filter((x) => x.role === role).length, 0);
    // (counted when this test was written: 一级 207, 二级 199, 三级 211, 指标值 169, 分值 118, 得分 102, 完成值 82, 原因 55;
    // 预算数 74, 执行数 79, 执行率 77, 得分 59, 分值 46, 年初 44; 资金总额 64, its parts by source 146, by level 39)
    for (const role of ["level1", "level2", "level3", "targetValue"]) expect(count(role)).toBeGreaterThanOrEqual(160);
    for (const role of ["weight", "score", "fundSource"]) expect(count(role)).toBeGreaterThanOrEqual(100);
    for (const role of ["actual", "reason", "budgetAdjusted", "budgetExecuted", "budgetRate", "budgetScore", "fundTotal"]) expect(count(role)).toBeGreaterThanOrEqual(50);
    for (const role of ["budgetInitial", "budgetWeight", "fundLevel"]) expect(count(role)).toBeGreaterThanOrEqual(35);
  });

  test.each(Object.keys(TABLE))("%s: every other wording leaves family, indicators, relations and errors alone", (role) => {
    const broken: Record<string, string[]> = {};
    let pairs = 0;
    const all = sheets.flatMap(({ sheet, base, sites }) => sites.filter((x) => x.role === role).map((site) => ({ sheet, base, site })));
    TABLE[role].forEach((word, w) => {
      for (const { sheet, base, site } of sampled(all, w, KNOWN_GAPS[`${role}|${word}`] !== undefined)) {
        const values = S.substitute(sheet, site, word);
        if (!values) continue;
        pairs++;
        if (sig(values, sheet.merges) !== base) (broken[`${role}|${word}`] ??= []).push(`${sheet.id} ${site.cell} '${site.text}'`);
      }
    });
    expect(pairs).toBeGreaterThan(0);
    const unknown = Object.fromEntries(Object.entries(broken).filter(([k]) => !KNOWN_GAPS[k]).map(([k, v]) => [k, `${v.length}: ${v.slice(0, 4).join(" ; ")}`]));
    const stale = Object.keys(KNOWN_GAPS).filter((k) => k.startsWith(`${role}|`) && !broken[k]);
    expect({ unknown, stale }).toEqual({ unknown: {}, stale: [] });
  }, 600_000);
});

/** What the exchange taught, on sheets small enough to check by hand. */
describe("the wordings the exchange taught", () => {
  const findings = (values: Sheet["values"], merges: string[] = []) => review(Grid.fromValues("Sheet1", values, merges), "national").findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell} ${f.message}`);

  // 年度资金总额 120 budgeted, 96 executed: the rate is 96 / 120 = 80%, the sheet says 90%
  const budget = (rate: string) => [
    ["项目支出绩效自评表", "", "", "", "", "", "", ""],
    ["项目名称", "村级道路养护", "", "", "", "", "", ""],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", rate, "得分"],
    ["", "年度资金总额", 100, 120, 96, 10, "90%", 8],
    ["", "其中:财政拨款", 100, 120, 96, "", "", ""],
    ["", "其他资金", 0, 0, 0, "", "", ""],
  ];
  test.each(["执行率", "完成率", "预算完成率(B/A)", "执行率(B/A)"])("%s beside 年初预算数 | 全年预算数 | 全年执行数 is the execution rate: 96/120 = 80%, not 90%", (rate) => {
    expect(findings(budget(rate))).toEqual(["exec-rate-mismatch@G4 执行率应为 96/120 = 80.00%，表中为 90.00%"]);
  });

  test.each([["实际支出", "计划安排数"], ["支出数", "预算数"], ["全年执行(B)", "全年预算(A)"]])("%s against %s: the executed amount and the budget", (executed, adjusted) => {
    const g = budget("执行率");
    g[2][3] = adjusted;
    g[2][4] = executed;
    expect(findings(g)).toEqual(["exec-rate-mismatch@G4 执行率应为 96/120 = 80.00%，表中为 90.00%"]);
  });

  test("完成率 in an indicator table is the indicator's completion ratio: no budget block, the table read as without it", () => {
    const table = (h: string) => [
      ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", h, "分值", "得分"],
      ["产出指标", "数量指标", "养护道路里程", "≥20公里", "18公里", "90%", 30, 27],
      ["", "质量指标", "验收合格率", "100%", "100%", "100%", 30, 30],
      ["效益指标", "社会效益指标", "群众出行便利", "明显改善", "明显改善", "100%", 30, 30],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "100%", 10, 10],
      ["合计", "", "", "", "", "", 100, 96],
    ];
    const r = review(Grid.fromValues("Sheet1", table("完成率"), []), "national");
    expect(r.model.budget).toBeNull();
    expect(r.model.indicators.map((i) => [i.weight, i.claimedScore])).toEqual([[30, 27], [30, 30], [30, 30], [10, 10]]);
    // 27 + 30 + 30 + 10 = 97, the total says 96
    expect(findings(table("完成率"))).toEqual(findings(table("备注")));
    expect(findings(table("完成率")).map((f) => f.split(" ")[0])).toEqual(["total-mismatch@H6"]);
  });

  // 一级 | 权重 | 二级 | 分值 | 三级 | 目标值 | 分数: the weights stand per level, 分数 is the 三级 one's (数量指标 40 = 25 + 15)
  const perLevel = (w: string, second: number) => [
    ["一级指标", "权重", "二级指标", "分值", "三级指标", "目标值", w],
    ["产出指标", 60, "数量指标", 40, "培训人次", "≥500人次", 25],
    ["", "", "", "", "培训场次", "≥10场", second],
    ["", "", "质量指标", 20, "考核合格率", "≥95%", 20],
    ["效益指标", 40, "社会效益指标", 40, "学员就业率", "≥80%", 40],
  ];
  const merges = ["A2:A4", "B2:B4", "C2:C3", "D2:D3"];
  test.each(["分数", "分值"])("%s after 权重 and 分值 standing per level is the 三级 weight, not a score", (w) => {
    const r = review(Grid.fromValues("Sheet1", perLevel(w, 15), merges), "national");
    expect(r.model.columns.weight).toBe(7);
    expect(r.model.columns.score).toBeUndefined();
    expect(r.model.indicators.map((i) => i.weight)).toEqual([25, 15, 20, 40]);
    expect(findings(perLevel(w, 15), merges)).toEqual([]);
    // 25 + 10 = 35 under 数量指标's 40
    expect(findings(perLevel(w, 10), merges)).toEqual(["weight-sum-mismatch@D2 数量指标明细分值合计 35，与标注的 40 分不符"]);
  });
});
