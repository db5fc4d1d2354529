/**
 * The =PERF.* functions registered in HyperFormula, so tests and the bench evaluate them inside a real
 * formula engine next to plain Excel formulas.
 *
 * Each PERF function calls the very wrapper Excel calls (src/functions/functions.ts PERF_FUNCTIONS), with
 * arguments converted the way Excel on the web passes them: an empty cell or an omitted optional argument
 * is null, a range is a 2-D array (empty cells null), an error argument propagates. A thrown
 * PerfFunctionError becomes the HyperFormula CellError of the same Excel code and message.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ConfigParams, ImplementedFunctions } from "hyperformula";
import { PERF_FUNCTIONS, PerfFunctionId } from "../../src/functions/functions";
import { asPerfError } from "../../src/functions/errors";

type Shape = "scalar" | "range";

/** Parameter shapes per function (the metadata test checks them against the generated functions.json). */
export const PERF_PARAMS: Record<PerfFunctionId, { shape: Shape; optional?: boolean }[]> = {
  EXECRATE: [{ shape: "scalar" }, { shape: "scalar" }],
  EXECSCORE: [{ shape: "scalar" }, { shape: "scalar" }, { shape: "scalar", optional: true }, { shape: "scalar", optional: true }],
  SCORE: [{ shape: "scalar" }, { shape: "scalar" }, { shape: "scalar" }, { shape: "scalar", optional: true }],
  GRADE: [{ shape: "scalar" }, { shape: "scalar", optional: true }],
  DEVIATION: [{ shape: "scalar" }, { shape: "scalar" }],
  PROGRESS: [{ shape: "scalar" }, { shape: "scalar" }, { shape: "scalar" }],
  LAMP: [{ shape: "scalar" }, { shape: "scalar" }, { shape: "scalar" }],
  LINSCORE: [{ shape: "scalar" }, { shape: "scalar" }, { shape: "scalar" }, { shape: "scalar" }],
  STEPSCORE: [{ shape: "scalar" }, { shape: "scalar" }, { shape: "scalar" }, { shape: "scalar" }, { shape: "scalar" }],
  CAP: [{ shape: "scalar" }, { shape: "scalar" }, { shape: "scalar", optional: true }],
  NARESCALE: [{ shape: "range" }, { shape: "range" }],
  QUANTRATE: [{ shape: "range" }],
  WEIGHTCHECK: [{ shape: "range" }, { shape: "scalar" }],
  PARSETARGET: [{ shape: "scalar" }],
};

const HF_ERROR: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
};

type Cell = number | string | boolean | null;

function toArg(v: unknown): Cell | Cell[][] | CellError {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof CellError) return v;
  if (v instanceof SimpleRangeValue) {
    const data = v.data as unknown[][];
    for (const row of data) for (const c of row) if (c instanceof CellError) return c;
    return data.map((row) => row.map((c) => (c === EmptyValue ? null : (c as Cell))));
  }
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val; // rich numbers
  return v as Cell;
}

function call(id: PerfFunctionId, raw: unknown[]): unknown {
  const args = raw.map(toArg);
  const err = args.find((a) => a instanceof CellError);
  if (err) return err;
  try {
    const fn = PERF_FUNCTIONS[id] as (...a: unknown[]) => unknown;
    const out = fn(...args);
    if (Array.isArray(out)) return SimpleRangeValue.onlyValues(out as (number | string)[][]);
    return out;
  } catch (e) {
    const pe = asPerfError(e);
    return new CellError(HF_ERROR[pe.code] ?? ErrorType.VALUE, pe.message);
  }
}

class PerfPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {};
}

for (const id of Object.keys(PERF_FUNCTIONS) as PerfFunctionId[]) {
  const method = `perf_${id}`;
  const params = PERF_PARAMS[id];
  PerfPlugin.implementedFunctions[`PERF.${id}`] = {
    method,
    parameters: params.map((p) => ({
      argumentType: p.shape === "range" ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
      ...(p.optional ? { optionalArg: true } : {}),
    })),
    ...(id === "PARSETARGET" ? { sizeOfResultArrayMethod: "perf_PARSETARGET_size", vectorizationForbidden: true } : {}),
  };
  (PerfPlugin.prototype as unknown as Record<string, unknown>)[method] = function (this: FunctionPlugin, ast: any, state: any) {
    return this.runFunction(ast.args, state, this.metadata(`PERF.${id}`), (...a: unknown[]) => call(id, a) as any);
  };
}
(PerfPlugin.prototype as unknown as Record<string, unknown>).perf_PARSETARGET_size = () => new ArraySize(3, 1);

let registered = false;

/** Register the PERF plugin once (idempotent). */
export function registerPerfFunctions(): void {
  if (registered) return;
  const names = Object.fromEntries(Object.keys(PERF_FUNCTIONS).map((id) => [`PERF.${id}`, `PERF.${id}`]));
  HyperFormula.registerFunctionPlugin(PerfPlugin, { enGB: names, enUS: names });
  registered = true;
}

/** A HyperFormula instance with the PERF functions, built from sheets of raw cell contents. */
export function perfEngine(sheets: Record<string, (Cell | undefined)[][]>, config: Partial<ConfigParams> = {}): HyperFormula {
  registerPerfFunctions();
  return HyperFormula.buildFromSheets(sheets as Record<string, Cell[][]>, { licenseKey: "gpl-v3", ...config });
}
