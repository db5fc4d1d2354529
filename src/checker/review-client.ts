import type { ReviewJob, ReviewOutcome } from "./review-job";

/** Reviews workbooks one at a time; `stop` abandons the rest (a worker is terminated, pending reviews reject). */
export interface Reviewer {
  review(job: ReviewJob): Promise<ReviewOutcome>;
  stop(): void;
}

/** A reviewer in a Web Worker (the page stays responsive while hundreds of workbooks are read). */
export function workerReviewer(): Reviewer {
  // webpack 5 bundles the worker from this exact expression; tsc's commonjs setting does not know import.meta
  // eslint-disable-next-line @typescript-eslint/ban-ts-comment
  // @ts-ignore
  const worker = new Worker(new URL("./worker.ts", import.meta.url));
  const waiting = new Map<number, { resolve: (o: ReviewOutcome) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent<ReviewOutcome>) => {
    waiting.get(e.data.id)?.resolve(e.data);
    waiting.delete(e.data.id);
  };
  return {
    review: (job) =>
      new Promise((resolve, reject) => {
        waiting.set(job.id, { resolve, reject });
        worker.postMessage(job, [job.bytes]);
      }),
    stop: () => {
      worker.terminate();
      for (const w of waiting.values()) w.reject(new Error("cancelled"));
      waiting.clear();
    },
  };
}
