/**
 * Argument coercion for the =PERF.* functions — declared once, used by every wrapper.
 *
 * What Excel hands a custom function (OFFICE-ADDINS §2.3):
 * - an omitted optional argument arrives as `null` (TS default parameters never apply);
 * - an empty cell arrives as `0` in Excel desktop and as `null` in Excel on the web, and as `0` inside a
 *   range on every platform;
 * - a cell showing 95% arrives as 0.95 (the number format is not passed).
 *
 * Blank-versus-0 policy (the same on every platform, so a workbook recomputes identically wherever it opens):
 *
 * | argument                                        | blank (null) means               |
 * |-------------------------------------------------|----------------------------------|
 * | executed (执行数), actual, value, score, total   | 0 (desktop passes 0 anyway)      |
 * | budget (预算数)                                  | 0 → #DIV/0! "预算数为零或空白"     |
 * | target (指标值)                                  | 0 (a "=0" target)                |
 * | weight, fullAt, zeroAt, step, deduction, month  | 0                                |
 * | optional weight / profile                        | the profile's default / national |
 * | a weight inside NARESCALE's range               | not applicable (like "/") — but desktop passes blank cells in a range as 0, which counts as an applicable row of weight 0 |
 * | a 0 inside QUANTRATE's range                    | skipped as blank (desktop cannot tell a blank from 0 there) |
 *
 * Where blank and 0 really differ (a missing 实际完成值 is not a zero), the task pane — which reads
 * `valueTypes` — is the authority: it reports `missing-score` instead of filling a formula.
 *
 * Text that holds a number is read as that number ("1,234.50", "95%", "10分"), because published sheets
 * often store numbers as text; anything else where a number belongs is #VALUE!.
 */
import type { Profile } from "../core/rubric/schema";
import { resolveProfile } from "../core/rubric/load";
import { readNumber, readPoints } from "../core/text/numbers";
import { parseValue, ParsedValue } from "../core/text/quantity";
import { fail, unreadable } from "./errors";

/** A cell value as Excel passes it to an `any` parameter. */
export type CellArg = number | string | boolean | null | undefined;

/** A finite number, or #VALUE! / #NUM! naming the argument (label is the Chinese name: "预算数"). */
export function num(v: CellArg, label: string): number {
  if (v === null || v === undefined || v === "") return 0;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw fail.num(`${label}不是有限数值`);
    return v;
  }
  if (typeof v === "string") {
    const n = readNumber(v)?.value ?? readPoints(v);
    if (n !== null) return n;
  }
  throw fail.value(`${label}不是数字：${String(v)}`);
}

/** An optional number: null, undefined or "" give the fallback. */
export function optNum(v: CellArg, label: string, fallback: number): number {
  if (v === null || v === undefined || v === "") return fallback;
  return num(v, label);
}

/** A denominator (预算数): 0 or blank is #DIV/0!. */
export function denominator(v: CellArg, label: string): number {
  const n = num(v, label);
  if (n === 0) throw fail.div0(`${label}为零或空白`);
  return n;
}

/** The rubric profile: blank means national; an unknown id is #VALUE! naming the known ones. */
export function profileArg(v: CellArg): Profile {
  if (v === null || v === undefined || v === "" || v === 0) return resolveProfile(undefined);
  if (typeof v !== "string") throw fail.value(`规则方案应为文字，例如 "national"：${String(v)}`);
  return resolveProfile(v.trim());
}

/** A target or actual (指标值 / 实际完成值) as the core reads it; blank is 0 (see the table above). */
export function indicatorValue(v: CellArg): ParsedValue {
  if (v === null || v === undefined) return parseValue(0);
  if (typeof v === "boolean") throw unreadable(v ? "TRUE" : "FALSE");
  return parseValue(v);
}

/** A range argument as a flat row-major list (a scalar counts as a 1×1 range), with its shape. */
export function cells(v: CellArg[][] | CellArg): { values: CellArg[]; rows: number; cols: number } {
  if (!Array.isArray(v)) return { values: [v], rows: 1, cols: 1 };
  const rows = v.length;
  const cols = rows ? v[0].length : 0;
  return { values: v.flat(), rows, cols };
}

/** A number in a range, or null when the cell is blank, "/" or other text that is not a number. */
export function numberOrNull(v: CellArg): number | null {
  if (v === null || v === undefined || v === "" || typeof v === "boolean") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return readPoints(v);
}

/** A non-null result, or the given error (core functions return null where Excel has an error). */
export function orFail<T>(x: T | null, err: Error): T {
  if (x === null) throw err;
  return x;
}
