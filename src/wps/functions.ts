/**
 * The =PERF.* functions for WPS 表格 (synchronous JavaScript custom functions, WPS 12.1.0.20540 and later):
 * the same implementations and ids as in Excel (src/functions/functions.ts → core/score), so a formula written
 * in one host reads and computes the same in the other. WPS calls a function named in functions.json (namespace
 * PERF from manifest.xml) on the add-in's entry page; it is defined there under its id, and also as PERF.<id>.
 */
import { PERF_FUNCTIONS, PerfFunctionId } from "../functions/functions";
import { asPerfError } from "../functions/errors";
import { versionAtLeast } from "../hosts/wps/et";

/** The first WPS build with add-in custom functions (official 加载项自定义函数 documentation). */
export const WPS_CUSTOM_FUNCTIONS_MIN = "12.1.0.20540";

type Fn = (...args: unknown[]) => unknown;

/**
 * One function as WPS calls it: an omitted argument (undefined) becomes null as in Excel; a failure leaves as an
 * Error whose message starts with the Excel error code ("#DIV/0! 预算数为零或空白"), which WPS shows as an error.
 */
export function wpsFunction(id: PerfFunctionId): Fn {
  const impl = PERF_FUNCTIONS[id] as unknown as Fn;
  return (...args: unknown[]) => {
    try {
      return impl(...args.map((a) => (a === undefined ? null : a)));
    } catch (e) {
      const pe = asPerfError(e);
      throw new Error(`${pe.code} ${pe.message}`);
    }
  };
}

/**
 * Define the PERF functions on the entry page where this WPS version has custom functions (an unknown version
 * is given the benefit of the doubt: WPS ignores the definitions if it cannot use them). Returns the ids defined.
 */
export function registerPerfFunctions(scope: Record<string, unknown>, version: string | null | undefined): PerfFunctionId[] {
  if (version && !versionAtLeast(version, WPS_CUSTOM_FUNCTIONS_MIN)) return [];
  const ids = Object.keys(PERF_FUNCTIONS) as PerfFunctionId[];
  const ns: Record<string, Fn> = {};
  for (const id of ids) {
    const fn = wpsFunction(id);
    ns[id] = fn;
    scope[id] = fn;
  }
  scope.PERF = ns;
  return ids;
}
