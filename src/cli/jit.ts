import { setFlagsFromString } from "v8";

/**
 * A CLI run is short: most of the review's code runs only a few thousand times, and much of the run's CPU is
 * V8's optimising compiler (on background threads, counted as the run's CPU), not the optimised code. Inlining
 * makes each compilation several times larger (a rule's check compiled with every grid accessor and recogniser
 * it calls), and a deoptimisation of any inlined callee throws the whole of it away. Without inlining, each
 * function is compiled once on its own: on the 300-workbook bench folder about 6–9 % less CPU over three runs of
 * alternated measurements (3,413 → 3,205 ms median of 5), the same output. Set when the CLI starts (TurboFan reads
 * it at each compilation); a host embedding the engine (the add-in, the tests) keeps V8's default.
 * V8's default is set back when the process exits, before anything else runs then: a code cache made at exit
 * (bin/perfsheet.js) records the flags in force, and one recorded without inlining would be refused by the next
 * run (which starts with the default), then made again, on every run. PERFSHEET_INLINE=default leaves V8's default.
 */
export function leanInlining(): void {
  if (process.env.PERFSHEET_INLINE === "default") return;
  try {
    setFlagsFromString("--no-turbo-inlining");
    process.prependListener("exit", () => setFlagsFromString("--turbo-inlining"));
  } catch {
    /* an engine without this setting runs with its default */
  }
}
