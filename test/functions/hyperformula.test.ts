/**
 * The =PERF.* functions evaluated inside a formula engine (HyperFormula with the PERF plugin): worksheets
 * whose cells hold =PERF.… formulas, computed values compared with hand computations. Corpus rows are laid
 * out at their real sheet rows, so the formulas read exactly as a fill would write them.
 */
import * as fs from "fs";
import * as path from "path";
import { HyperFormula } from "hyperformula";
import { perfEngine } from "../helpers/perf-hyperformula";

type Row = (string | number | null)[];

function value(hf: HyperFormula, a1: string, sheet = 0): unknown {
  const addr = hf.simpleCellAddressFromString(a1, sheet)!;
  return hf.getCellValue(addr);
}

function err(hf: HyperFormula, a1: string): { value: string; message: string } | null {
  const v = value(hf, a1) as { value?: string; message?: string };
  return v && typeof v === "object" && "value" in v ? { value: v.value!, message: v.message ?? "" } : null;
}

/** One formula per row in column A ("#" in it stands for its own row), its inputs from column B on. */
function evaluateColumn(cases: Case[]): HyperFormula {
  const rows: Row[] = cases.map(([f, , inputs], i) => [f.replace(/#/g, String(i + 1)), ...(inputs ?? [])]);
  return perfEngine({ S: rows });
}

type Case = [formula: string, expected: unknown, inputs?: Row];

describe("PERF functions in worksheet cells (hand-computed)", () => {
  // [formula, expected (number: to 1e-9; string: exactly; "#X!": error code)] with the hand computation beside it
  const cases: Case[] = [
    // SCORE — positive: ≥100, actual 95, weight 10 → 95/100×10 = 9.5
    ['=PERF.SCORE("≥100",95,10)', 9.5],
    // percent target, ratio actual (a 93% cell arrives as 0.93): 93/95×10 = 9.789… → 9.79
    ['=PERF.SCORE("≥95%",0.93,10)', 9.79],
    // over-achievement is capped at the weight: 120 ≥ 100 → 10
    ['=PERF.SCORE("≥100",120,10)', 10],
    // reverse, national (pmkpi formula): ≤90, 99 → (1 − 9/90)×10 = 9
    ['=PERF.SCORE("≤90万元",99,10)', 9],
    // reverse, doczj (A/B): 90/99×10 = 9.0909… → 9.09
    ['=PERF.SCORE("≤90万元",99,10,"doczj")', 9.09],
    // reverse at twice the target → 0
    ['=PERF.SCORE("≤90万元",180,10)', 0],
    // equal: =100%, actual "98%" text → 98/100×5 = 4.9
    ['=PERF.SCORE("=100%","98%",5)', 4.9],
    // qualitative tiers: 达成 → 10; 部分达成 → top of [6, 8) = 7.99; 未达成 → top of [0, 6) = 5.99
    ['=PERF.SCORE("效果明显","达成预期指标",10)', 10],
    ['=PERF.SCORE("效果明显","部分达成年度指标并具有一定效果",10)', 7.99],
    ['=PERF.SCORE("效果明显","未达成年度指标且效果较差",10)', 5.99],
    // platform-2022: 140 ≥ 1.3×100 → 10 − 2 = 8
    ['=PERF.SCORE("≥100",140,10,"platform-2022")', 8],
    // "0起" is an equal target of 0: actual 0 → full 5, actual 1 → 0
    ['=PERF.SCORE("0起",0,5)', 5],
    ['=PERF.SCORE("0起",1,5)', 0],
    // blank actual counts as 0 (documented): ≥100 → 0; ≤5 → full weight
    ['=PERF.SCORE("≥100",B#,10)', 0],
    ['=PERF.SCORE("≤5",B#,10)', 10],
    // errors
    ['=PERF.SCORE("≥**人次",5,10)', "#VALUE!"],
    ['=PERF.SCORE("完成验收",5,10)', "#VALUE!"],
    ['=PERF.SCORE("≥95%","按计划推进",10)', "#VALUE!"],
    ['=PERF.SCORE("≥95%",0.9,10,"nowhere")', "#VALUE!"],
    ['=PERF.SCORE("/",5,10)', "#N/A"],
    // EXECRATE: 98.05/100 = 0.9805; text numbers are read; 0 or blank budget → #DIV/0!
    ["=PERF.EXECRATE(98.05,100)", 0.9805],
    ['=PERF.EXECRATE("251.89","251.89")', 1],
    ["=PERF.EXECRATE(5,0)", "#DIV/0!"],
    ["=PERF.EXECRATE(5,B#)", "#DIV/0!"],
    // EXECSCORE: national min(0.95,1)×10 = 9.5; 1.1 capped → 10; pmkpi 1.1×10 = 11; hubei 0.95×20 = 19; weight 8 → 7.6
    ["=PERF.EXECSCORE(95,100)", 9.5],
    ["=PERF.EXECSCORE(110,100)", 10],
    ['=PERF.EXECSCORE(110,100,,"pmkpi")', 11],
    ['=PERF.EXECSCORE(95,100,,"hubei")', 19],
    ["=PERF.EXECSCORE(95,100,8)", 7.6],
    ["=PERF.EXECSCORE(95,0)", "#DIV/0!"],
    // GRADE: national 91 优, 89.99 良, 60 中, 59.99 差; xinjiang 75 中, 69 差; pmkpi 85 优
    ["=PERF.GRADE(91)", "优"],
    ["=PERF.GRADE(89.99)", "良"],
    ["=PERF.GRADE(60)", "中"],
    ["=PERF.GRADE(59.99)", "差"],
    ['=PERF.GRADE(75,"xinjiang")', "中"],
    ['=PERF.GRADE(69,"xinjiang")', "差"],
    ['=PERF.GRADE(85,"pmkpi")', "优"],
    // DEVIATION: (95 − 100)/100 = −0.05; "≥95%" vs 0.9975 → (99.75 − 95)/95 = 0.05; target 0 → #DIV/0!
    ["=PERF.DEVIATION(100,95)", -0.05],
    ['=PERF.DEVIATION("≥95%",0.9975)', 0.05],
    ["=PERF.DEVIATION(0,5)", "#DIV/0!"],
    // PROGRESS: June, 40 of 100 → 0.4/0.5 = 0.8; 21.1 of 100 → 0.422; month 0 → #NUM!
    ["=PERF.PROGRESS(40,100,6)", 0.8],
    ["=PERF.PROGRESS(21.1,100,6)", 0.422],
    ["=PERF.PROGRESS(40,100,0)", "#NUM!"],
    // LAMP: 80 绿; 35/100 in June = 70 黄; 42.2 红; budget 0 → #DIV/0!
    ["=PERF.LAMP(40,100,6)", "绿"],
    ["=PERF.LAMP(35,100,6)", "黄"],
    ["=PERF.LAMP(21.1,100,6)", "红"],
    ["=PERF.LAMP(21.1,0,6)", "#DIV/0!"],
    // LINSCORE: 三公经费 1.1 between 1 (full) and 1.2 (zero) → 4×0.1/0.2 = 2; at 0.9 → 4; at 1.3 → 0
    ["=PERF.LINSCORE(1.1,4,1,1.2)", 2],
    ['=PERF.LINSCORE("110%",4,1,1.2)', 2],
    ["=PERF.LINSCORE(0.9,4,1,1.2)", 4],
    ["=PERF.LINSCORE(1.3,4,1,1.2)", 0],
    // higher is better: 0.85 between 0.95 (full) and 0.75 (zero) → 10×(0.75−0.85)/(0.75−0.95) = 5
    ["=PERF.LINSCORE(0.85,10,0.95,0.75)", 5],
    // STEPSCORE: 0.92 vs 0.95 in steps of 0.01, −0.05 each → 3 steps → 1 − 0.15 = 0.85
    ["=PERF.STEPSCORE(0.92,1,0.95,0.01,0.05)", 0.85],
    ["=PERF.STEPSCORE(0.96,1,0.95,0.01,0.05)", 1],
    // 45 steps × 0.05 = 2.25 > 1 → floored at 0
    ["=PERF.STEPSCORE(0.5,1,0.95,0.01,0.05)", 0],
    // B-EXEC-STEP: −2 per full 5% below 100% of 8; 87% → 2 full steps → 8 − 4 = 4
    ["=PERF.STEPSCORE(0.87,8,1,0.05,2)", 4],
    // CAP (platform-2022): 65% → ≤79; 85% → no cap 92; 45% → ≤59; national has no caps
    ['=PERF.CAP(92,0.65,"platform-2022")', 79],
    ['=PERF.CAP(92,0.85,"platform-2022")', 92],
    ['=PERF.CAP(92,"45%","platform-2022")', 59],
    ["=PERF.CAP(92,0.45)", 92],
    // NARESCALE: rows 27/30, 45/50, 9/10, –/"/" → 81/90×100 = 90
    ["=PERF.NARESCALE(B#:E#,F#:I#)", 90, [27, 45, 9, "", 30, 50, 10, "/"]],
    // QUANTRATE: ≥50个 yes, 效果明显 no, ≤90万元 yes, "/" and blank skipped → 2/3
    ["=PERF.QUANTRATE(B#:F#)", 2 / 3, ["≥50个", "效果明显", "≤90万元", "/", null]],
    // WEIGHTCHECK: 8+8+8+8+8+10 − 50 = 0; 10+10+10+5 − 30 = 5
    ["=PERF.WEIGHTCHECK(B#:G#,50)", 0, [8, 8, 8, 8, 8, 10]],
    ["=PERF.WEIGHTCHECK(B#:E#,30)", 5, [10, 10, 10, 5]],
  ];
  const hf = evaluateColumn(cases);

  test.each(cases.map(([f, e], i) => [i + 1, f, e] as const))("row %i: %s → %p", (row, formula, expected) => {
    const got = value(hf, `A${row}`);
    if (typeof expected === "string" && expected.startsWith("#")) {
      expect(err(hf, `A${row}`)?.value).toBe(expected);
    } else if (typeof expected === "number") {
      expect(typeof got).toBe("number");
      expect(got as number).toBeCloseTo(expected, 9);
    } else {
      expect(got).toBe(expected);
    }
  });

  const rowOf = (formula: string) => String(cases.findIndex(([f]) => f === formula) + 1);

  test("#VALUE! carries the Chinese message naming the unreadable value", () => {
    expect(err(hf, "A" + rowOf('=PERF.SCORE("完成验收",5,10)'))).toEqual({ value: "#VALUE!", message: "无法识别的指标值：完成验收" });
    expect(err(hf, "A" + rowOf('=PERF.SCORE("≥95%","按计划推进",10)'))!.message).toBe("无法识别的指标值：按计划推进");
    expect(err(hf, "A" + rowOf('=PERF.SCORE("≥**人次",5,10)'))!.message).toContain("≥**人次");
    expect(err(hf, "A" + rowOf('=PERF.SCORE("≥95%",0.9,10,"nowhere")'))!.message).toContain("nowhere");
  });

  test("PARSETARGET spills operator, value and unit", () => {
    const e = perfEngine({ S: [['=PERF.PARSETARGET("≥95%")'], ['=PERF.PARSETARGET("50个以上")'], ['=PERF.PARSETARGET("≤90万元")']] });
    expect(e.getSheetValues(0)).toEqual([
      ["≥", 95, "%"],
      ["≥", 50, "个"],
      ["≤", 90, "万元"],
    ]);
  });
});

describe("corpus indicator rows scored by PERF.SCORE in their own sheets", () => {
  const caseGrid = (id: string): Row[] =>
    JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/corpus/cases", id + ".json"), "utf8")).grid;

  /** The sheet as published (text cells), with a formula put in column `col` of each listed row. */
  function sheetWith(id: string, col: number, formulas: Record<number, string>): HyperFormula {
    const grid = caseGrid(id).map((r) => r.map((c) => (c === "" ? null : c)));
    for (const [row, f] of Object.entries(formulas)) {
      const r = grid[Number(row) - 1];
      while (r.length <= col) r.push(null);
      r[col] = f;
    }
    return perfEngine({ S: grid });
  }

  test("011 (湖北 layout: operator, value and unit in their own columns) — target built as D&E&F", () => {
    // columns: D 指标性质, E 指标值, F 度量单位, G 实际完成值, H 分值, I 得分 (claimed)
    const rows = [14, 15, 16, 17, 18, 19, 21, 22, 23];
    const hf = sheetWith("011", 11, Object.fromEntries(rows.map((r) => [r, `=PERF.SCORE(D${r}&E${r}&F${r},G${r},H${r})`])));
    const expected: Record<number, number> = {
      14: 10, // ≧735人次 vs 735 → met → 10
      15: 10, // ≧100% vs 100% → 10
      16: 10, // ≧100% vs 100% → 10 (the sheet claims 7: a self-deduction the rubric does not require)
      17: 10, // ═100% vs 100% → 10
      18: 10, // 有效 vs 有效 → qualitative met → 10
      19: 9.8, // ═100% vs 98% → 98/100×10 = 9.8 (claimed 9)
      21: 10, // ≧100% vs 100%
      22: 10, // ≧95% vs 100% → capped at 10
      23: 10,
    };
    for (const r of rows) expect(value(hf, `L${r}`)).toBeCloseTo(expected[r], 9);
    // the budget row: 387664.62 / 387664.62 → 100% → 10 of 10
    const hf2 = sheetWith("011", 11, { 6: "=PERF.EXECSCORE(E6,D6,F6)" });
    expect(value(hf2, "L6")).toBe(10);
  });

  test("005 (national layout, operator fused into the target)", () => {
    // E 指标值, F 实际完成值, G 分值
    const rows = [13, 14, 15, 16, 17, 18, 19, 20, 21];
    const hf = sheetWith("005", 10, Object.fromEntries(rows.map((r) => [r, `=PERF.SCORE(E${r},F${r},G${r})`])));
    const expected: Record<number, number> = {
      13: 8, // ≥50个 vs 50 → 8
      14: 8, // ≥100百分比 vs 100 → 8
      15: 8, // text target, 达成预期指标 → met → 8
      16: 8,
      17: 8, // ≤90万元 vs 90 → 8
      18: 10,
      19: 10,
      20: 10,
      21: 10,
    };
    for (const r of rows) expect(value(hf, `K${r}`)).toBeCloseTo(expected[r], 9);
    // the budget row has 0 budget and 0 executed: 执行率 is #DIV/0!
    const hf2 = sheetWith("005", 10, { 6: "=PERF.EXECRATE(E6,D6)" });
    expect(err(hf2, "K6")?.value).toBe("#DIV/0!");
  });

  test("012 (weights before targets; actuals repeat the target text)", () => {
    // E 分值, F 指标值, G 实际完成值
    const rows = [12, 13, 14, 15, 16, 17, 19, 20, 21];
    const hf = sheetWith("012", 10, Object.fromEntries(rows.map((r) => [r, `=PERF.SCORE(F${r},G${r},E${r})`])));
    // every actual equals its target (≥266米 vs ≥266米 → 266 ≥ 266; 20万元 = 20万元; 显著提升 → met), so full weight
    const weights: Record<number, number> = { 12: 10, 13: 10, 14: 20, 15: 10, 16: 10, 17: 10, 19: 10, 20: 10, 21: 10 };
    for (const r of rows) expect(value(hf, `K${r}`)).toBeCloseTo(weights[r], 9);
  });

  test("022 (department sheet: counts, percentages, deadlines) and its budget row", () => {
    const rows = [12, 13, 14, 15, 16, 17, 18, 19];
    const hf = sheetWith("022", 10, Object.fromEntries(rows.map((r) => [r, `=PERF.SCORE(E${r},F${r},G${r})`])));
    // ≤4 vs 4 → 10; ≥200 vs 202 → 10; ≥2000 vs 3061 → 10; ≥10 vs 10 → 10; ≥95% vs 100% → 5, 5;
    // 9月前 vs 7月 (≤ 9) → 5; 11月前 vs 10月 → 5
    const expected: Record<number, number> = { 12: 10, 13: 10, 14: 10, 15: 10, 16: 5, 17: 5, 18: 5, 19: 5 };
    for (const r of rows) expect(value(hf, `K${r}`)).toBeCloseTo(expected[r], 9);
    // budget row 5: executed 338.31 of adjusted 329.77 → 1.025897… (shown 102.59%); national capped → 10, pmkpi 10.26
    const hf2 = sheetWith("022", 10, {
      5: '=PERF.EXECRATE(E5,D5)',
    });
    expect(value(hf2, "K5")).toBeCloseTo(338.31 / 329.77, 9);
    const hf3 = perfEngine({ S: [[338.31, 329.77, "=PERF.EXECSCORE(A1,B1,10)", '=PERF.EXECSCORE(A1,B1,10,"pmkpi")']] });
    expect(value(hf3, "C1")).toBe(10);
    expect(value(hf3, "D1")).toBeCloseTo(10.26, 9);
  });
});
