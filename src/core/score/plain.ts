/**
 * Formula text for fills: the live `=PERF.*` form and, where one exists, the plain-Excel form of the same
 * score (for WPS, older Excel and colleagues without the add-in; DESIGN §6 fill modes).
 *
 * API (two functions, both pure):
 *
 *   perfFormula("SCORE", ["E13", "F13", "G13"])            → "=PERF.SCORE(E13,F13,G13)"
 *   perfFormula("SCORE", ["E13", "F13", "G13", "hubei"])   → '=PERF.SCORE(E13,F13,G13,"hubei")'
 *   plainFormula({ fn: "SCORE", target: "≥50个", actual: "F13", weight: "G13", profile: "national" })
 *     → "=IF(MAX(0,F13)>=50,G13,ROUND(MAX(0,F13)/50*G13,2))"
 *   plainFormula({ fn: "GRADE", score: "H23" })  → '=IF(H23>=90,"优",IF(H23>=80,"良",IF(H23>=60,"中","差")))'
 *
 * Operands (`Operand`) are A1 references or ranges ("F13", "$E$13", "Sheet1!E5:E20"), which are written
 * as they are, or numbers, which are written as literals. In perfFormula a string that is not a reference
 * is written as a quoted text literal ("≥95%"), and null stands for an omitted argument.
 *
 * plainFormula returns null when the score has no plain form: a text target it cannot read, a qualitative
 * target, a negative target, a month literal ≤ 0, QUANTRATE and
 * PARSETARGET (which parse text at run time). A plain form reads the cells' numbers as Excel does: it needs
 * numeric actual/executed/budget cells (the fill plan chooses it only then), where PERF.* also reads numbers
 * typed as text. Each plain form mirrors the core function of the same name operation for operation (same
 * order of arithmetic, ROUND(…,2) where the core rounds), and test/functions/plain.property.test.ts checks
 * that both forms agree in HyperFormula on ≥ 10,000 generated inputs per function.
 */
import type { Profile } from "../rubric/schema";
import { resolveProfile } from "../rubric/load";
import { parseOperator, parseValue } from "../text/quantity";

export type PerfFunctionName =
  | "EXECRATE"
  | "EXECSCORE"
  | "SCORE"
  | "GRADE"
  | "DEVIATION"
  | "PROGRESS"
  | "LAMP"
  | "LINSCORE"
  | "STEPSCORE"
  | "CAP"
  | "NARESCALE"
  | "QUANTRATE"
  | "WEIGHTCHECK"
  | "PARSETARGET";

/** An A1 reference/range ("F13", "Sheet1!$E$5:$E$20") or a number literal. */
export type Operand = string | number;

type ProfileArg = string | Profile | undefined;

export type PlainRequest =
  | { fn: "EXECRATE"; executed: Operand; budget: Operand }
  | { fn: "EXECSCORE"; executed: Operand; budget: Operand; weight?: Operand | null; profile?: ProfileArg }
  | {
      fn: "SCORE";
      /** the target as written in the sheet (a literal: "≥95%", "≤90万元", 95) */
      target: string | number;
      actual: Operand;
      weight: Operand;
      profile?: ProfileArg;
      /** an operator written in its own column (计算符号), used when the target has none */
      op?: string | null;
      /** the unit column (计量单位): "%" makes a plain-number target a percentage */
      unit?: string | null;
    }
  | { fn: "GRADE"; score: Operand; profile?: ProfileArg }
  | { fn: "DEVIATION"; target: Operand; actual: Operand }
  | { fn: "PROGRESS" | "LAMP"; executed: Operand; budget: Operand; month: Operand }
  | { fn: "LINSCORE"; value: Operand; weight: Operand; fullAt: Operand; zeroAt: Operand }
  | { fn: "STEPSCORE"; value: Operand; weight: Operand; fullAt: Operand; step: Operand; deduction: Operand }
  | { fn: "CAP"; total: Operand; rate: Operand; profile?: ProfileArg }
  | { fn: "NARESCALE"; scores: Operand; weights: Operand }
  | { fn: "WEIGHTCHECK"; weights: Operand; expected: Operand }
  | { fn: "QUANTRATE"; targets: Operand }
  | { fn: "PARSETARGET"; text: Operand };

/** A number as a formula literal (shortest round-trip form, "1e-7" style exponents, which Excel accepts). */
export function numberLiteral(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  return String(n);
}

const REF = /^(?:(?:'[^']+'|[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** True for an A1 cell reference or range, optionally sheet-qualified. */
export function isReference(s: string): boolean {
  return REF.test(s.trim());
}

function operand(x: Operand): string {
  return typeof x === "number" ? numberLiteral(x) : x.trim();
}

function textLiteral(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * The live formula "=PERF.ID(args)": references and numbers as they are, other strings quoted; null for an
 * omitted argument (trailing nulls are dropped).
 */
export function perfFormula(fn: PerfFunctionName, args: (Operand | null | undefined)[]): string {
  const list = [...args];
  while (list.length && (list[list.length - 1] === null || list[list.length - 1] === undefined)) list.pop();
  const text = list.map((a) => {
    if (a === null || a === undefined) return "";
    if (typeof a === "number") return numberLiteral(a);
    return isReference(a) ? a.trim() : textLiteral(a);
  });
  return `=PERF.${fn}(${text.join(",")})`;
}

function profileOf(p: ProfileArg): Profile {
  return typeof p === "object" ? p : resolveProfile(p);
}

/** The plain-Excel formula of a score, or null when it has none (see the header). */
export function plainFormula(req: PlainRequest): string | null {
  const body = plainBody(req);
  return body === null ? null : "=" + body;
}

function plainBody(req: PlainRequest): string | null {
  switch (req.fn) {
    case "EXECRATE":
      // execRate: executed / budget (0 budget → #DIV/0!)
      return `${operand(req.executed)}/${operand(req.budget)}`;
    case "EXECSCORE": {
      // execScore: round(min(max(0, rate), 1) × w) capped, round(max(0, rate) × w) uncapped
      const p = profileOf(req.profile);
      const w = req.weight === null || req.weight === undefined ? numberLiteral(p.budget.weight ?? 10) : operand(req.weight);
      const r = `MAX(0,${operand(req.executed)}/${operand(req.budget)})`;
      return p.budget.formula === "capped" ? `ROUND(MIN(${r},1)*${w},2)` : `ROUND(${r}*${w},2)`;
    }
    case "SCORE":
      return scoreBody(req);
    case "GRADE": {
      // gradeFor: the first band whose lower bound the score reaches, else the last band
      const bands = profileOf(req.profile).gradeBands;
      const x = operand(req.score);
      let f = textLiteral(bands[bands.length - 1].grade);
      for (let i = bands.length - 2; i >= 0; i--) f = `IF(${x}>=${numberLiteral(bands[i].min)},${textLiteral(bands[i].grade)},${f})`;
      return f;
    }
    case "DEVIATION": {
      // deviation: (actual − target) / target (numeric cells; 0 target → #DIV/0!)
      const t = operand(req.target);
      return `(${operand(req.actual)}-${t})/${t}`;
    }
    case "PROGRESS":
    case "LAMP": {
      if (typeof req.month === "number" && req.month <= 0) return null;
      // progress: executed / budget / (month / 12); lamp: ×100 below 60 red, below 80 yellow (same 1e-9 slack)
      const p = `${operand(req.executed)}/${operand(req.budget)}/(${operand(req.month)}/12)`;
      if (req.fn === "PROGRESS") return p;
      return `IF(${p}*100<${numberLiteral(60 - 1e-9)},"红",IF(${p}*100<${numberLiteral(80 - 1e-9)},"黄","绿"))`;
    }
    case "LINSCORE":
      return linBody(req.value, req.weight, req.fullAt, req.zeroAt);
    case "STEPSCORE": {
      // stepScore: v ≥ full → w; step ≤ 0 → 0; else max(0, round(w − floor((full − v)/step + 1e-9) × d))
      const [v, w, f, s, d] = [req.value, req.weight, req.fullAt, req.step, req.deduction].map(operand);
      const steps = `MAX(0,ROUND(${w}-INT((${f}-${v})/${s}+1e-9)*${d},2))`;
      if (typeof req.step === "number") return req.step <= 0 ? `IF(${v}>=${f},${w},0)` : `IF(${v}>=${f},${w},${steps})`;
      return `IF(${v}>=${f},${w},IF(${s}<=0,0,${steps}))`;
    }
    case "CAP": {
      // capTotal: min(total, the lowest cap whose "below" the rate is under)
      const caps = profileOf(req.profile).execCaps;
      const t = operand(req.total);
      if (!caps.length) return t;
      const r = operand(req.rate);
      const thresholds = [...new Set(caps.map((c) => c.below))].sort((a, b) => a - b);
      let f = t;
      for (let i = thresholds.length - 1; i >= 0; i--) {
        const cap = Math.min(...caps.filter((c) => c.below >= thresholds[i]).map((c) => c.max));
        f = `IF(${r}<${numberLiteral(thresholds[i])},${numberLiteral(cap)},${f})`;
      }
      return `MIN(${t},${f})`;
    }
    case "NARESCALE": {
      // naRescale: Σ scores of rows with a numeric weight / Σ numeric weights × 100, rounded
      const s = operand(req.scores);
      const w = operand(req.weights);
      return `ROUND(SUMPRODUCT(--ISNUMBER(${w}),${s})/SUM(${w})*100,2)`;
    }
    case "WEIGHTCHECK":
      // weightCheck: round(Σ weights − expected)
      return `ROUND(SUM(${operand(req.weights)})-${operand(req.expected)},2)`;
    case "QUANTRATE":
    case "PARSETARGET":
      return null;
  }
}

function linBody(value: Operand, weight: Operand, fullAt: Operand, zeroAt: Operand): string {
  // linearScore: full = zero → v ≤ full ? w : 0; otherwise full weight on the good side of fullAt, 0 beyond
  // zeroAt, round(w × (zero − v) / (zero − full)) between
  const [v, w, f, z] = [value, weight, fullAt, zeroAt].map(operand);
  const between = `ROUND(${w}*(${z}-${v})/(${z}-${f}),2)`;
  const lower = `IF(${v}<=${f},${w},IF(${v}>=${z},0,${between}))`;
  const higher = `IF(${v}>=${f},${w},IF(${v}<=${z},0,${between}))`;
  const equal = `IF(${v}<=${f},${w},0)`;
  if (typeof fullAt === "number" && typeof zeroAt === "number") {
    return fullAt === zeroAt ? equal : fullAt < zeroAt ? lower : higher;
  }
  return `IF(${f}=${z},${equal},IF(${f}<${z},${lower},${higher}))`;
}

function scoreBody(req: Extract<PlainRequest, { fn: "SCORE" }>): string | null {
  const profile = profileOf(req.profile);
  const parsed = parseValue(req.target);
  if (parsed.kind !== "number" || !parsed.quantity) return null;
  let q = parsed.quantity;
  if (req.unit && !q.percent && /^(%|％|百分比|百分率)$/.test(req.unit.trim())) q = { ...q, percent: true };
  const t = q.value;
  if (t < 0) return null;
  const dir = (q.op ?? (req.op ? parseOperator(req.op) : null))?.dir ?? "eq";
  const w = operand(req.weight);
  const x = operand(req.actual);
  // alignActual: a ratio typed against a percent target ("≥95%" vs 0.93) is read ×100
  const a = q.percent && t > 1.5 ? `IF(ABS(${x})<=1.5,${x}*100,${x})` : x;
  const b = `MAX(0,${a})`;
  const T = numberLiteral(t);
  let f: string;
  if (dir === "ge" || (dir === "eq" && t > 0)) {
    // positiveScore / equalScore (A > 0): B ≥ A → w, else round(B/A × w); positiveScore gives w when A ≤ 0
    f = t <= 0 ? w : `IF(${b}>=${T},${w},ROUND(${b}/${T}*${w},2))`;
  } else if (dir === "eq") {
    // equalScore (A = 0): B ≤ 0 → w, else 0
    f = `IF(${b}<=0,${w},0)`;
  } else if (profile.reverseFormula === "ratio") {
    // reverseScoreRatio: B ≤ A → w, else round(A/B × w)
    f = `IF(${b}<=${T},${w},ROUND(${T}/${b}*${w},2))`;
  } else {
    // reverseScorePmkpi: B ≤ A → w; A ≤ 0 → 0; B ≥ 2A → 0; else round((1 − (B − A)/A) × w)
    f = t <= 0 ? `IF(${b}<=${T},${w},0)` : `IF(${b}<=${T},${w},IF(${b}>=2*${T},0,ROUND((1-(${b}-${T})/${T})*${w},2)))`;
  }
  // overAchievementPenalty (positive/equal only): B ≥ penaltyAt × A → max(0, round(score − penalty))
  const { penalty, penaltyAt } = profile.overAchievement;
  if (dir !== "le" && penalty > 0 && t > 0) {
    f = `IF(${a}>=${numberLiteral(penaltyAt)}*${T},MAX(0,ROUND(${f}-${numberLiteral(penalty)},2)),${f})`;
  }
  return f;
}
