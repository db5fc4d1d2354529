import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { FIXTURES } from "../helpers";

/**
 * (scan59) The scan set's pages of one session (their JSON's "session": n) and a page's flags — what scan58.test.ts and
 * scan59.test.ts each pin to their session's slips.
 */
export interface ScanPage {
  id: string;
  session?: number;
  grid: string[][];
}

export function sessionPages(session: number): ScanPage[] {
  const dir = join(FIXTURES, "scan");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as ScanPage)
    .filter((j) => j.session === session);
}

/** A page's errors and warnings, 'rule@cell', sorted. */
export function pageFlags(page: ScanPage): string[] {
  return review(Grid.fromValues("Sheet1", page.grid, []))
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();
}
