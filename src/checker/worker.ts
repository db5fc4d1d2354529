/**
 * The desk's Web Worker: reads and reviews one workbook per message, off the main thread, and posts back plain
 * results (no Grid, no ExcelJS objects). Bundled by webpack 5 from `new Worker(new URL("./worker.ts", import.meta.url))`.
 */
import { ReviewJob, reviewWorkbookBytes } from "./review-job";

const scope = self as unknown as { onmessage: ((e: MessageEvent<ReviewJob>) => void) | null; postMessage: (m: unknown) => void };
scope.onmessage = (e) => {
  void reviewWorkbookBytes(e.data).then((out) => scope.postMessage(out));
};
