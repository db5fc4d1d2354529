import type { Reviewer } from "./review-client";
import { reviewWorkbookBytes } from "./review-job";

/** The same review on the main thread (where Web Workers are missing: jsdom tests, very old browsers). */
export function inThreadReviewer(): Reviewer {
  return { review: (job) => reviewWorkbookBytes(job), stop: () => {} };
}
