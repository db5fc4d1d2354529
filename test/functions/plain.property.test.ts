/**
 * Property: for every function with a plain-Excel form, the live =PERF.* formula and the plain formula
 * built by core/score/plain.ts give the same result in the same HyperFormula engine, on 10,000 generated
 * inputs per function (fast-check, fixed seed so a failure reproduces).
 *
 * "The same": equal strings, the same Excel error code, or numbers within 1e-9 (relative). One documented
 * exception: HyperFormula's ROUND is Math.round(x·100)/100 without Excel's decimal correction, so at an exact
 * half-cent that binary floating point stores a hair low (1.005 → 100.49999999999999) HyperFormula rounds
 * down where Excel and core/text round() round up. Such ties may differ by exactly 0.01; the test counts them
 * and requires them to be rare (< 0.5%) and each to be a tie (the core value minus 0.01 equals the plain one).
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { perfEngine } from "../helpers/perf-hyperformula";
import { perfFormula, plainFormula, PlainRequest, Operand } from "../../src/core/score/plain";
import { BUILTIN_PROFILES } from "../../src/core/rubric/builtin";

const RUNS = 10_000;
const SEED = 20260501;
const PROFILES = Object.keys(BUILTIN_PROFILES);

type Cell = string | number | null;
interface Case {
  /** input cells, written from column A */
  inputs: Cell[];
  /** the PERF formula (references the inputs) */
  perf: string;
  /** the plain formula, or null when there is none for this input */
  plain: string | null;
}

const col = (i: number) => String.fromCharCode(65 + i);
const ref = (i: number, row: number) => `${col(i)}${row}`;

/** Decimal-ish numbers like a sheet holds: integers, 2-decimal values and arbitrary doubles. */
const sheetNumber = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) }).map((n) => Math.min(max, n)),
    fc.integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) }).map((n) => n / 100),
    fc
      .double({ min, max, noNaN: true, noDefaultInfinity: true })
      .map((x) => (Object.is(x, -0) || Math.abs(x) < 1e-9 ? 0 : x)), // no subnormals: sheets do not hold them
  );
const budgetNumber = fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: sheetNumber(0.01, 1e7) });
const profileId = fc.constantFrom(...PROFILES);

interface Outcome {
  kind: "number" | "string" | "error";
  value: number | string;
}

function outcome(v: unknown): Outcome {
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "string") return { kind: "string", value: v };
  if (v && typeof v === "object" && "value" in v) return { kind: "error", value: String((v as { value: unknown }).value) };
  return { kind: "string", value: String(v) };
}

/** Build one sheet: inputs, PERF formula, plain formula per row; evaluate; compare. */
function checkAgreement(name: string, cases: Case[]): { compared: number; ties: number } {
  const width = Math.max(...cases.map((c) => c.inputs.length));
  const rows = cases.map((c) => {
    const inputs = [...c.inputs];
    while (inputs.length < width) inputs.push(null);
    // text inputs stay text ("95%" typed as text, not the number 0.95): the apostrophe prefix, as in Excel
    return [...inputs.map((x) => (typeof x === "string" ? "'" + x : x)), c.perf, c.plain];
  });
  // smartRounding off: HyperFormula otherwise rounds arithmetic results to 10 significant digits, which Excel
  // (IEEE doubles, 15 digits shown) does not
  // useArrayArithmetic: SUMPRODUCT(--ISNUMBER(range), …) evaluates its array arguments as Excel does
  const hf: HyperFormula = perfEngine({ S: rows }, { smartRounding: false, useArrayArithmetic: true });
  const values = hf.getSheetValues(0);
  let compared = 0;
  let ties = 0;
  const failures: string[] = [];
  cases.forEach((c, i) => {
    if (c.plain === null) return;
    compared++;
    const a = outcome(values[i][width]);
    const b = outcome(values[i][width + 1]);
    if (a.kind === "number" && b.kind === "number") {
      const x = a.value as number;
      const y = b.value as number;
      const d = Math.abs(x - y);
      if (d <= 1e-9 * Math.max(1, Math.abs(x))) return;
      if (Math.abs(d - 0.01) < 1e-9 && x > y === x > 0) {
        ties++;
        return;
      }
    } else if (a.kind === b.kind && a.value === b.value) return;
    if (failures.length < 5) failures.push(`row ${i + 1}: inputs ${JSON.stringify(c.inputs)} ${c.perf} → ${JSON.stringify(a)}; ${c.plain} → ${JSON.stringify(b)}`);
  });
  if (failures.length) throw new Error(`${name}: PERF and plain forms disagree:\n` + failures.join("\n"));
  expect(ties).toBeLessThan(compared * 0.005);
  return { compared, ties };
}

function sample<T>(arb: fc.Arbitrary<T>): T[] {
  return fc.sample(arb, { numRuns: RUNS, seed: SEED });
}

const T = 120_000;

describe("plain Excel formulas agree with =PERF.* on 10,000 generated inputs each", () => {
  test("EXECRATE", () => {
    const cases = sample(fc.tuple(sheetNumber(-1e3, 1e7), budgetNumber)).map(([e, b], i): Case => {
      const r = i + 1;
      return { inputs: [e, b], perf: perfFormula("EXECRATE", [ref(0, r), ref(1, r)]), plain: plainFormula({ fn: "EXECRATE", executed: ref(0, r), budget: ref(1, r) }) };
    });
    expect(checkAgreement("EXECRATE", cases).compared).toBe(RUNS);
  }, T);

  test("EXECSCORE", () => {
    const arb = fc.tuple(sheetNumber(-1e3, 2e6), budgetNumber, fc.option(sheetNumber(0, 30), { nil: null }), profileId);
    const cases = sample(arb).map(([e, b, w, p], i): Case => {
      const r = i + 1;
      const wRef = w === null ? null : ref(2, r);
      return {
        inputs: [e, b, w],
        perf: perfFormula("EXECSCORE", [ref(0, r), ref(1, r), wRef, p]),
        plain: plainFormula({ fn: "EXECSCORE", executed: ref(0, r), budget: ref(1, r), weight: wRef, profile: p }),
      };
    });
    expect(checkAgreement("EXECSCORE", cases).compared).toBe(RUNS);
  }, T);

  test("SCORE (operators ≥ ≤ = ＞ < and none, units, percent targets, all profiles)", () => {
    const target = fc
      .tuple(
        fc.constantFrom("≥", "≤", "=", "＞", "<", "", "≧", "<="),
        // as written in a target cell: integers and decimals, never exponents
        fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 100000 }).map((n) => n / 100), fc.integer({ min: 1, max: 100 })),
        fc.constantFrom("", "%", "个", "万元", "人次", "百分比"),
      )
      .map(([op, v, u]) => `${op}${v}${u}`);
    const actual = fc.oneof(sheetNumber(-10, 4000), sheetNumber(0, 1.5));
    const cases = sample(fc.tuple(target, actual, sheetNumber(0, 30), profileId)).map(([t, a, w, p], i): Case => {
      const r = i + 1;
      return {
        inputs: [t, a, w],
        perf: perfFormula("SCORE", [ref(0, r), ref(1, r), ref(2, r), p]),
        plain: plainFormula({ fn: "SCORE", target: t, actual: ref(1, r), weight: ref(2, r), profile: p }),
      };
    });
    const { compared } = checkAgreement("SCORE", cases);
    expect(compared).toBe(RUNS);
  }, T);

  test("GRADE", () => {
    const cases = sample(fc.tuple(sheetNumber(-10, 110), profileId)).map(([s, p], i): Case => {
      const r = i + 1;
      return { inputs: [s], perf: perfFormula("GRADE", [ref(0, r), p]), plain: plainFormula({ fn: "GRADE", score: ref(0, r), profile: p }) };
    });
    expect(checkAgreement("GRADE", cases).compared).toBe(RUNS);
  }, T);

  test("DEVIATION", () => {
    const arb = fc.tuple(fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 9, arbitrary: sheetNumber(-1e4, 1e4) }), sheetNumber(-1e4, 1e4));
    const cases = sample(arb).map(([t, a], i): Case => {
      const r = i + 1;
      return { inputs: [t, a], perf: perfFormula("DEVIATION", [ref(0, r), ref(1, r)]), plain: plainFormula({ fn: "DEVIATION", target: ref(0, r), actual: ref(1, r) }) };
    });
    expect(checkAgreement("DEVIATION", cases).compared).toBe(RUNS);
  }, T);

  for (const fn of ["PROGRESS", "LAMP"] as const) {
    test(fn, () => {
      const arb = fc.tuple(sheetNumber(0, 2e6), budgetNumber, fc.integer({ min: 1, max: 12 }), fc.boolean());
      const cases = sample(arb).map(([e, b, m, literalMonth], i): Case => {
        const r = i + 1;
        const month: Operand = literalMonth ? m : ref(2, r);
        return {
          inputs: [e, b, m],
          perf: perfFormula(fn, [ref(0, r), ref(1, r), month]),
          plain: plainFormula({ fn, executed: ref(0, r), budget: ref(1, r), month }),
        };
      });
      expect(checkAgreement(fn, cases).compared).toBe(RUNS);
    }, T);
  }

  test("LINSCORE (both directions, thresholds as literals or references)", () => {
    const arb = fc.tuple(sheetNumber(0, 2), sheetNumber(0, 20), sheetNumber(0, 2), sheetNumber(0, 2), fc.boolean(), fc.boolean());
    const cases = sample(arb).map(([v, w, f, z0, same, literal], i): Case => {
      const r = i + 1;
      const z = same ? f : z0;
      const fullAt: Operand = literal ? f : ref(2, r);
      const zeroAt: Operand = literal ? z : ref(3, r);
      return {
        inputs: [v, w, f, z],
        perf: perfFormula("LINSCORE", [ref(0, r), ref(1, r), fullAt, zeroAt]),
        plain: plainFormula({ fn: "LINSCORE", value: ref(0, r), weight: ref(1, r), fullAt, zeroAt }),
      };
    });
    expect(checkAgreement("LINSCORE", cases).compared).toBe(RUNS);
  }, T);

  test("STEPSCORE (step as literal or reference, including 0)", () => {
    const step = fc.oneof(fc.constant(0), fc.constantFrom(0.01, 0.05, 0.1), sheetNumber(0.001, 0.2));
    const arb = fc.tuple(sheetNumber(0, 1.2), sheetNumber(0, 20), sheetNumber(0.5, 1), step, sheetNumber(0, 5), fc.boolean());
    const cases = sample(arb).map(([v, w, f, s, d, literal], i): Case => {
      const r = i + 1;
      const stepOp: Operand = literal ? s : ref(3, r);
      return {
        inputs: [v, w, f, s, d],
        perf: perfFormula("STEPSCORE", [ref(0, r), ref(1, r), ref(2, r), stepOp, ref(4, r)]),
        plain: plainFormula({ fn: "STEPSCORE", value: ref(0, r), weight: ref(1, r), fullAt: ref(2, r), step: stepOp, deduction: ref(4, r) }),
      };
    });
    expect(checkAgreement("STEPSCORE", cases).compared).toBe(RUNS);
  }, T);

  test("CAP", () => {
    const cases = sample(fc.tuple(sheetNumber(0, 100), sheetNumber(0, 1.2), profileId)).map(([t, rate, p], i): Case => {
      const r = i + 1;
      return { inputs: [t, rate], perf: perfFormula("CAP", [ref(0, r), ref(1, r), p]), plain: plainFormula({ fn: "CAP", total: ref(0, r), rate: ref(1, r), profile: p }) };
    });
    expect(checkAgreement("CAP", cases).compared).toBe(RUNS);
  }, T);

  test("NARESCALE (weights numbers, '/' or blank)", () => {
    const weight = fc.oneof({ weight: 6, arbitrary: sheetNumber(0, 40) }, { weight: 1, arbitrary: fc.constant("/") }, { weight: 1, arbitrary: fc.constant(null) });
    const arb = fc.tuple(fc.array(sheetNumber(0, 40), { minLength: 5, maxLength: 5 }), fc.array(weight, { minLength: 5, maxLength: 5 }));
    const cases = sample(arb).map(([s, w], i): Case => {
      const r = i + 1;
      return {
        inputs: [...s, ...w],
        perf: perfFormula("NARESCALE", [`A${r}:E${r}`, `F${r}:J${r}`]),
        plain: plainFormula({ fn: "NARESCALE", scores: `A${r}:E${r}`, weights: `F${r}:J${r}` }),
      };
    });
    expect(checkAgreement("NARESCALE", cases).compared).toBe(RUNS);
  }, T);

  test("WEIGHTCHECK", () => {
    const arb = fc.tuple(fc.array(fc.option(sheetNumber(0, 50), { nil: null }), { minLength: 6, maxLength: 6 }), sheetNumber(0, 100), fc.boolean());
    const cases = sample(arb).map(([w, e, literal], i): Case => {
      const r = i + 1;
      const expected: Operand = literal ? e : ref(6, r);
      return {
        inputs: [...w, e],
        perf: perfFormula("WEIGHTCHECK", [`A${r}:F${r}`, expected]),
        plain: plainFormula({ fn: "WEIGHTCHECK", weights: `A${r}:F${r}`, expected }),
      };
    });
    expect(checkAgreement("WEIGHTCHECK", cases).compared).toBe(RUNS);
  }, T);

  test("functions without a plain form say so", () => {
    expect(plainFormula({ fn: "QUANTRATE", targets: "E13:E30" })).toBeNull();
    expect(plainFormula({ fn: "PARSETARGET", text: "E13" })).toBeNull();
    expect(plainFormula({ fn: "SCORE", target: "效果明显", actual: "F13", weight: "G13" })).toBeNull();
    expect(plainFormula({ fn: "SCORE", target: "≥-5", actual: "F13", weight: "G13" })).toBeNull();
    expect(plainFormula({ fn: "LAMP", executed: "E5", budget: "D5", month: 0 })).toBeNull();
  });
});

describe("formula text", () => {
  test("perfFormula: references bare, text quoted, trailing omitted arguments dropped, inner ones empty", () => {
    expect(perfFormula("SCORE", ["E13", "F13", "G13"])).toBe("=PERF.SCORE(E13,F13,G13)");
    expect(perfFormula("SCORE", ["≥95%", "F13", 10, "hubei"])).toBe('=PERF.SCORE("≥95%",F13,10,"hubei")');
    expect(perfFormula("EXECSCORE", ["E9", "D9", null, "pmkpi"])).toBe('=PERF.EXECSCORE(E9,D9,,"pmkpi")');
    expect(perfFormula("EXECSCORE", ["E9", "D9", null, null])).toBe("=PERF.EXECSCORE(E9,D9)");
    expect(perfFormula("GRADE", ["'自评表 (2)'!$H$23"])).toBe("=PERF.GRADE('自评表 (2)'!$H$23)");
    expect(perfFormula("PARSETARGET", ['说"明"'])).toBe('=PERF.PARSETARGET("说""明""")');
  });
  test("plainFormula: readable forms for the common fills", () => {
    expect(plainFormula({ fn: "SCORE", target: "≥50个", actual: "F13", weight: "G13" })).toBe("=IF(MAX(0,F13)>=50,G13,ROUND(MAX(0,F13)/50*G13,2))");
    expect(plainFormula({ fn: "GRADE", score: "H23" })).toBe('=IF(H23>=90,"优",IF(H23>=80,"良",IF(H23>=60,"中","差")))');
    expect(plainFormula({ fn: "EXECSCORE", executed: "E9", budget: "D9", weight: "G9" })).toBe("=ROUND(MIN(MAX(0,E9/D9),1)*G9,2)");
    expect(plainFormula({ fn: "CAP", total: "H30", rate: "F9", profile: "platform-2022" })).toBe(
      "=MIN(H30,IF(F9<0.5,59,IF(F9<0.6,69,IF(F9<0.7,79,IF(F9<0.8,89,H30)))))",
    );
    // a target in its own column with "%" in the unit column reads ratio actuals ×100
    expect(plainFormula({ fn: "SCORE", target: 95, unit: "%", op: "≥", actual: "G22", weight: "H22" })).toBe(
      "=IF(MAX(0,IF(ABS(G22)<=1.5,G22*100,G22))>=95,H22,ROUND(MAX(0,IF(ABS(G22)<=1.5,G22*100,G22))/95*H22,2))",
    );
  });
});
