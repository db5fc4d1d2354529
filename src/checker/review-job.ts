import { review } from "../core/review";
import { summarySheetInputs, SummaryFileInput } from "../core/summary";
import { readWorkbook } from "../hosts/file/reader";
import { FileError } from "../hosts/file/errors";

/** A workbook to review on the desk: its path (relative to the folder chosen) and bytes. */
export interface ReviewJob {
  id: number;
  path: string;
  bytes: ArrayBuffer;
}

/** The plain result a review job posts back (structured-clone safe). */
export interface ReviewOutcome {
  id: number;
  file: SummaryFileInput;
}

/** Read and review one workbook: every sheet (hidden ones too), as the summary takes it. Never throws. */
export async function reviewWorkbookBytes(job: ReviewJob): Promise<ReviewOutcome> {
  try {
    const { sheets } = readWorkbook(new Uint8Array(job.bytes));
    // no profile: each sheet's region, read from its own text (auto), as the CLI does without --profile
    return { id: job.id, file: { file: job.path, error: null, sheets: sheets.filter((s) => s.state !== "veryHidden").flatMap((s) => summarySheetInputs(s.grid, review(s.grid))) } };
  } catch (e) {
    const err = e instanceof FileError ? e : new FileError("read-failed", String((e as Error)?.message ?? e));
    return { id: job.id, file: { file: job.path, error: { code: err.code, message: err.message }, sheets: [] } };
  }
}
