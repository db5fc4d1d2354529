import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { Relation } from "../../src/core/model/types";

/**
 * Probes the prose tests share: a page as a one-column grid (one paragraph a row, as the real prose sheets are stored), and what the
 * national review of it flags and reads, each printed as a short string a reviewer can check by hand.
 */
export const sheet = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((l) => [l]), []);

/** the errors and warnings: 'rule@cell' */
export const flags = (lines: string[]) =>
  review(sheet(lines), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);

/** every relation the review reads */
export const relations = (lines: string[]): Relation[] => review(sheet(lines), "national").model.relations ?? [];

/** the ratios read: 'numerator/denominator=stated' */
export const ratios = (lines: string[]) =>
  relations(lines).flatMap((r) => (r.kind === "ratio" ? [`${r.numerator.value}/${r.denominator.value}=${r.stated.value}`] : []));

/** the sums read: 'total=parts' (equal) or 'total>=parts' (atMost) */
export const sums = (lines: string[]) =>
  relations(lines).flatMap((r) => (r.kind === "sum" ? [`${r.total.value}${r.bound === "equal" ? "=" : ">="}${r.parts.map((p) => p.value).join("+")}`] : []));

/** the score rollups read: 'total=parts' (equal) or 'total>=parts' (atMost) */
export const rollups = (lines: string[]) =>
  relations(lines).flatMap((r) => (r.kind === "rollup" ? [`${r.total.value}${r.bound === "equal" ? "=" : ">="}${r.parts.map((p) => p.value).join("+")}`] : []));

/** the differences read: 'result=minuend-subtrahend' */
export const differences = (lines: string[]) =>
  relations(lines).flatMap((r) => (r.kind === "difference" ? [`${r.result.value}=${r.minuend.value}-${r.subtrahends.map((s) => s.value).join("-")}`] : []));
