import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/** A sheet's rows as table tests write them (undefined for a blank cell). */
export type Row = (CellValue | undefined)[];

/** The review of one sheet "Sheet1" made of `rows` and `merges` ("A1:C1"), under the national profile. */
export const reviewRows = (rows: Row[], merges: string[] = []) => review(Grid.fromValues("Sheet1", rows, merges), "national");

/** The cells of the total-mismatch findings that are errors or warnings (info left out). */
export const totalMismatchCells = (rows: Row[], merges: string[] = []) =>
  reviewRows(rows, merges)
    .findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")
    .map((f) => f.cell);
