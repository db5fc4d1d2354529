#!/usr/bin/env node
"use strict";
/**
 * Does a long test file end the unit run alone? How jest spreads the test files over its workers on a fresh clone
 * (CI), replayed from the files' durations in a jest run.
 *
 * Without a timing cache (a fresh clone has none) jest's default sequencer (@jest/test-sequencer `sort`) starts the
 * files largest first by size in bytes; each worker takes the next file when it is free (jest-worker's shared
 * queue). With a cache (a second run on one machine) it starts the files that took longest first. This replays both
 * orders with each file's duration from a run, and prints for each the end of the run, the worker-seconds left idle
 * at the end (the run's end times the workers, less the durations), and the long files that end last.
 *
 *   node scripts/jest-schedule.js <file> [--workers N]
 *
 * <file>: a jest --json output (`jest --ci --json --outputFile=run.json`: each file's start and end), or jest's
 * timing cache (perf-cache-* in its cacheDirectory: each file's last duration). From a --json output it also prints
 * the run itself: how long before its end fewer than N files were running.
 * Durations from a busy machine are all stretched by its load; only their ratios matter here.
 */
const fs = require("fs");

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
const wi = args.indexOf("--workers");
const WORKERS = wi >= 0 ? Number(args[wi + 1]) : 2;
if (!file || !(WORKERS >= 1)) {
  process.stderr.write("usage: node scripts/jest-schedule.js <jest --json output | perf-cache file> [--workers N]\n");
  process.exit(2);
}

const data = JSON.parse(fs.readFileSync(file, "utf8"));
/** path → seconds */
const dur = new Map();
/** path → [start, end] in ms (a --json output only) */
const span = new Map();
if (Array.isArray(data.testResults)) {
  for (const t of data.testResults) {
    // (--json gives each file's startTime and endTime; a reporter's test result has them in perfStats)
    const start = t.startTime ?? t.perfStats?.start;
    const end = t.endTime ?? t.perfStats?.end;
    dur.set(t.name, (end - start) / 1000);
    span.set(t.name, [start, end]);
  }
} else for (const [p, v] of Object.entries(data)) dur.set(p, v[1] / 1000);

const size = (p) => {
  try {
    return fs.statSync(p).size;
  } catch {
    return 0;
  }
};
const files = [...dur.keys()];
const total = files.reduce((s, f) => s + dur.get(f), 0);
const short = (p) => p.replace(/^.*?\/test\//, "test/");

/** Each file to the worker free first, in `order`: its start, and the run's end. */
function replay(order) {
  const free = new Array(WORKERS).fill(0);
  const runs = [];
  for (const f of order) {
    const i = free.indexOf(Math.min(...free));
    runs.push({ f, start: free[i], end: free[i] + dur.get(f) });
    free[i] += dur.get(f);
  }
  return { end: Math.max(...free), runs };
}

function report(title, order) {
  const { end, runs } = replay(order);
  const idle = end * WORKERS - total;
  process.stdout.write(`${title}: run ends at ${end.toFixed(0)} s, ${idle.toFixed(1)} worker-seconds idle at the end (${((100 * idle) / (end * WORKERS)).toFixed(2)} %)\n`);
  const long = runs.filter((r) => r.end - r.start >= total / 100).sort((a, b) => b.end - a.end).slice(0, 4);
  for (const r of long) process.stdout.write(`   ${short(r.f)}: ${r.start.toFixed(0)} → ${r.end.toFixed(0)} s (${(r.end - r.start).toFixed(0)} s), ${(end - r.end).toFixed(0)} s before the end\n`);
}

process.stdout.write(`${files.length} files, ${total.toFixed(0)} s in all, ${WORKERS} workers: ${(total / WORKERS).toFixed(0)} s each if shared evenly\n`);
report("largest file first (jest without a cache: a fresh clone)", [...files].sort((a, b) => size(b) - size(a)));
report("longest file first (jest with a timing cache)", [...files].sort((a, b) => dur.get(b) - dur.get(a)));

if (span.size) {
  const events = [];
  for (const [s, e] of span.values()) events.push([s, 1], [e, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const last = events[events.length - 1][0];
  let running = 0;
  let below = null;
  for (const [t, d] of events) {
    running += d;
    if (running < WORKERS && below === null) below = t;
    else if (running >= WORKERS) below = null;
  }
  const first = Math.min(...[...span.values()].map((x) => x[0]));
  process.stdout.write(`the run itself: ${((last - first) / 1000).toFixed(0)} s from the first file's start to the last file's end; fewer than ${WORKERS} files running for its last ${(((last - (below ?? last)) / 1000)).toFixed(1)} s\n`);
}
