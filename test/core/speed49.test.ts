import { runInNewContext } from "vm";
import { steadyHeap } from "../../src/cli/heap";

/**
 * speed49: a folder run's heap settings (src/cli/heap.ts) take effect at once. V8 reads --heap-growing-percent only when
 * it sets the old generation's next limit, at the end of a full collection; set after the first file, it once waited
 * for the run's second full collection, whose limit had been made with V8's default factor (up to 4×), and the peak
 * RSS of the bench folder was ~105 or ~140 MB from run to run. steadyHeap() now runs one full collection when it sets
 * them (after the first file), with a `gc` taken while --expose-gc is on for that moment only.
 * (The code cache a folder run writes at exit is still accepted whole by the next run: test/cli/code-cache-flags.test.ts.)
 */

const nextTurn = () => new Promise<void>((done) => setImmediate(done));

test("the first file's afterFile() runs a full collection: an object unreachable before it is gone after it", async () => {
  const heap = steadyHeap();
  try {
    // (made and dropped in an earlier turn: a WeakRef made or read in the current turn keeps its target to its end)
    let ref: WeakRef<object> | null = null;
    (() => {
      const big = { payload: new Array(1000).fill("x") };
      ref = new WeakRef(big);
    })();
    await nextTurn();
    heap.afterFile();
    expect(ref!.deref()).toBeUndefined();
  } finally {
    heap.done();
  }
});

test("--expose-gc is on only while the collection's gc is taken: a context made after afterFile() has no gc", () => {
  const before = runInNewContext("typeof gc");
  const heap = steadyHeap();
  try {
    heap.afterFile();
    heap.afterFile();
    // as it was before (undefined in a process started without --expose-gc)
    expect(runInNewContext("typeof gc")).toBe(before);
  } finally {
    heap.done();
  }
});

test("PERFSHEET_HEAP=default leaves V8 alone: no settings, no collection, no exit listener", () => {
  const saved = process.env.PERFSHEET_HEAP;
  process.env.PERFSHEET_HEAP = "default";
  const listeners = process.listenerCount("exit");
  try {
    const heap = steadyHeap();
    heap.afterFile();
    expect(process.listenerCount("exit")).toBe(listeners);
    heap.done();
  } finally {
    if (saved === undefined) delete process.env.PERFSHEET_HEAP;
    else process.env.PERFSHEET_HEAP = saved;
  }
});
