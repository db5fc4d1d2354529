import { getHeapSpaceStatistics, setFlagsFromString } from "v8";
import { runInNewContext } from "vm";

/**
 * young generation (both semi-spaces) at which it stops growing: most of a workbook's garbage dies young.
 * V8 doubles it, and start-up plus a large first workbook may take it past this (at most V8's 2 × 16 MB).
 * PERFSHEET_YOUNG_MB=N to measure another size (1: frozen at start-up size).
 */
const YOUNG_BYTES = (Number(process.env.PERFSHEET_YOUNG_MB) || 8) * 1048576;

/**
 * A run over many workbooks holds one at a time, but V8 sizes its heap for the allocation rate, not for what
 * is alive: each workbook's cells, model and report become garbage once printed, and a folder's run would
 * peak at twice the memory of the minimal reader. Before the second file, the old generation is set to grow
 * by 10% over what a collection leaves alive instead of V8's default factor (up to 4×); the young generation
 * may grow from its start-up size (2 × 512 KB) to YOUNG_BYTES and no further: the hook returned, called after
 * each file, stops its growth there. (Frozen at start-up size, as before, nearly every workbook outlived
 * the scavenges run while it was read and was copied twice then promoted: a quarter of the main thread's
 * time was GC.) All are V8 settings read at each collection. PERFSHEET_HEAP=default leaves V8's defaults.
 * `done()` sets V8's defaults back when the files are reviewed: the CLI may run inside a longer-lived process (the
 * tests call `run()` in a jest worker), whose later work must not inherit these settings.
 */
export function steadyHeap(): { afterFile: () => void; done: () => void } {
  const none = { afterFile: () => {}, done: () => {} };
  if (process.env.PERFSHEET_HEAP === "default") return none;
  // set after the first file, not before it: the modules a review loads when it first needs them (the place index)
  // are compiled under the flags the run started with, those the code cache made at exit records
  let started = false;
  let frozen = false;
  const set = (flag: string) => {
    try {
      setFlagsFromString(flag);
      return true;
    } catch {
      /* an engine without these settings runs with its defaults */
      return false;
    }
  };
  const freeze = () => {
    frozen = true;
    set("--semi-space-growth-factor=1");
  };
  return {
    afterFile: () => {
      if (!started) {
        started = true;
        if (!set("--heap-growing-percent=10")) {
          frozen = true;
          return;
        }
        process.prependListener("exit", restoreDefaults);
        collectNow();
        if (YOUNG_BYTES <= 1048576) freeze();
      }
      if (frozen) return;
      const young = getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
      if (!young || young.space_size >= YOUNG_BYTES) freeze();
    },
    done: () => {
      if (!started) return;
      process.removeListener("exit", restoreDefaults);
      restoreDefaults();
    },
  };
}

/**
 * One full collection, now. V8 reads --heap-growing-percent only when it sets the old generation's next limit, at the
 * end of a full collection: set after the first file, it took effect at the second full collection of the run, and
 * the first one's limit was made with V8's default factor (up to 4× what it left alive). Whether that first one fell
 * before the setting (start-up, the first file: then the old generation grew from ~15 MB to 60–75 MB before the next,
 * peak RSS ~140 MB on the bench folder) or after it (~30 MB, peak ~105 MB) depended on the timing of one collection:
 * the bench's memory ratio was 1.3× or 1.7× from run to run, code unchanged (session 49, speed49-diagnosis.md). A
 * collection here (~15 MB alive after the first file: a few ms) sets the limit under the new setting in every run.
 * `gc` is taken from a new context while --expose-gc is on and the flag is cleared at once: the flags in force when
 * the code cache is written (bin/perfsheet.js) stay those the run started with.
 */
function collectNow(): void {
  let gc: unknown = null;
  try {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("typeof gc === 'function' ? gc : null");
  } catch {
    gc = null;
  } finally {
    try {
      setFlagsFromString("--no-expose-gc");
    } catch {
      /* as above */
    }
  }
  if (typeof gc === "function") gc();
}

/**
 * V8's own values (Node 20), set back when the process exits, before anything else runs then: the code cache made
 * at exit (bin/perfsheet.js) records the flags in force, and one recorded with these settings was refused by every
 * later run (which starts with the defaults), so that a folder's run left a cache no run could use, and each run
 * after it compiled the CLI from its source and wrote the cache again at its exit.
 */
function restoreDefaults(): void {
  try {
    setFlagsFromString("--heap-growing-percent=0");
    setFlagsFromString("--semi-space-growth-factor=2");
  } catch {
    /* as above */
  }
}
