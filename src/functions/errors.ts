/**
 * Error mapping for the =PERF.* functions — the one place where a domain failure becomes an Excel error.
 *
 * Wrappers never build Excel errors themselves: coercers (args.ts) and result checks throw a
 * `PerfFunctionError`; `perf()` catches whatever was thrown and rethrows it as `CustomFunctions.Error`
 * inside Excel, or as the `PerfFunctionError` itself where no `CustomFunctions` global exists (jest, node,
 * the HyperFormula plugin). Excel shows a custom message only for #VALUE! and #N/A, so only those carry it.
 */
import { ProfileError } from "../core/rubric/load";

/** The Excel error values a PERF function returns. */
export type ExcelErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

export class PerfFunctionError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PerfFunctionError";
  }
}

/** Builders for the errors the functions raise (messages in Chinese: the users' language). */
export const fail = {
  /** #VALUE!: an argument that cannot be read (text where a number belongs, an unknown profile…) */
  value: (message: string) => new PerfFunctionError("#VALUE!", message),
  /** #DIV/0!: a zero or blank denominator (预算数, 指标值) */
  div0: (message: string) => new PerfFunctionError("#DIV/0!", message),
  /** #N/A: nothing to compute (not applicable, a missing value) */
  na: (message: string) => new PerfFunctionError("#N/A", message),
  /** #NUM!: a number outside the function's domain (month ≤ 0) */
  num: (message: string) => new PerfFunctionError("#NUM!", message),
};

/** The message used for every target/actual that cannot be read as a number or a completion tier. */
export function unreadable(raw: unknown): PerfFunctionError {
  return fail.value(`无法识别的指标值：${String(raw)}`);
}

/** Any thrown value as a PerfFunctionError (ProfileError → #VALUE!, anything unexpected → #VALUE!). */
export function asPerfError(e: unknown): PerfFunctionError {
  if (e instanceof PerfFunctionError) return e;
  if (e instanceof ProfileError) return fail.value(e.message);
  return fail.value(`计算出错：${e instanceof Error ? e.message : String(e)}`);
}

interface CustomFunctionsLike {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: Record<string, string>;
}

function customFunctionsGlobal(): CustomFunctionsLike | null {
  const cf = (globalThis as { CustomFunctions?: CustomFunctionsLike }).CustomFunctions;
  return cf && typeof cf.Error === "function" && cf.ErrorCode ? cf : null;
}

const CF_CODE: Record<ExcelErrorCode, string> = {
  "#VALUE!": "invalidValue",
  "#DIV/0!": "divisionByZero",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
};

/** The error to throw to Excel: CustomFunctions.Error when running in Office, else the PerfFunctionError. */
export function toExcelError(e: unknown): Error {
  const pe = asPerfError(e);
  const cf = customFunctionsGlobal();
  if (!cf) return pe;
  const code = cf.ErrorCode[CF_CODE[pe.code]] ?? pe.code;
  const withMessage = pe.code === "#VALUE!" || pe.code === "#N/A";
  return withMessage ? new cf.Error(code, pe.message) : new cf.Error(code);
}

/** Run a function body; any failure leaves as the matching Excel error. */
export function perf<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw toExcelError(e);
  }
}
