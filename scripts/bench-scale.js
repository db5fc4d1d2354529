#!/usr/bin/env node
"use strict";
/**
 * Linear time: review a generated 项目支出绩效自评表 of 4,000 and of 40,000 indicator rows and print the ratio
 * of the times (target ≤ 10×, i.e. no step that filters every indicator for every parent or group).
 * The sheets have a fund block, 一级/二级 groups, indicators with 其中 sub-items, 小计 rows and a 总分 row.
 * Every repetition reviews a fresh sheet whose labels are new strings (a run number in each name), as a reviewer
 * opening a workbook meets them: the label caches (compact text, header roles) start cold for both sizes, so the
 * ratio measures how the work grows, not how much of a small sheet's text a previous run left in a cache.
 * BENCH_WARM=1 reuses the same labels every time (the small sheet then runs with every label cached).
 * Uses the compiled lib/ (npm run build:lib). Each size is timed in processes of its own, alternated over
 * BENCH_ROUNDS rounds (default 5; per process: reviews of its size until BENCH_WARM_ROWS rows, default 120,000,
 * and at least BENCH_WARM_REVIEWS reviews, default 10, have been reviewed as a warm-up, then 20 timed reviews of
 * 4,000 rows or 3 of 40,000 rows, or BENCH_REPS of either). Each process gives its mean CPU time per review (user +
 * system of the process, GC threads included); each size's time is the median of its processes' means, and the two
 * are compared (the ratios of the medians of all repetitions, of the minimums and of the wall-time medians are
 * printed for reference).
 *
 * Why a mean per process: a 4,000-row review allocates less than V8's young generation holds (some 12 of 16 MB),
 * so about two reviews in three run one young-generation collection and the others none, and a single review's
 * time is either ~45 ms or ~65 ms by where the collection falls, not by its work. The median of a few such reviews
 * (the former judged figure) took one value or the other from run to run, which alone moved the ratio between
 * about 8× and 12×. The mean over 20 reviews gives each review its share of the collections its garbage costs, as
 * a 40,000-row review (five or six collections in each) pays them; the median over the processes keeps a burst of
 * load from other work on one process out of the figure.
 */
const { join } = require("path");
const { performance } = require("perf_hooks");
const lib = join(__dirname, "..", "lib");
const { Grid } = require(join(lib, "core/grid/grid.js"));
const { review } = require(join(lib, "core/review.js"));
const { scaleSheet } = require("./scale-sheet");

const WARM = process.env.BENCH_WARM === "1";
let run = 0;

/** A sheet of `rows` indicator rows (scale-sheet.js), its labels fresh for every review unless BENCH_WARM. */
function generatedGrid(rows) {
  return scaleSheet(Grid, rows, WARM ? "" : `-${++run}`);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * BENCH_DETAIL=1 (Linux): the CPU time of the main thread apart from the process's other threads (V8's helpers:
 * the parallel young-generation collector, concurrent marking, the optimising compiler), from /proc, in clock
 * ticks of 10 ms: where a size's time goes beyond the review's own code.
 */
const DETAIL = process.env.BENCH_DETAIL === "1";
function mainThreadMs() {
  const s = require("fs").readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
  const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12])) * 10;
}

/** One review of a fresh sheet of `rows` rows (built outside the timed call): its time and its findings. */
function once(rows) {
  const g = generatedGrid(rows);
  const m0 = DETAIL ? mainThreadMs() : 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const findings = review(g).findings.length;
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1000;
  return { ms, cpu, main: DETAIL ? mainThreadMs() - m0 : 0, findings };
}

const CHILD = process.env.BENCH_SCALE_CHILD;
const WARM_ROWS = Number(process.env.BENCH_WARM_ROWS || 120000);
const WARM_REVIEWS = Number(process.env.BENCH_WARM_REVIEWS || 10);
if (CHILD) {
  // one size in this process: a warm-up of WARM_ROWS rows reviewed and at least WARM_REVIEWS reviews (the same rule
  // for both sizes, enough for the code to run optimised, also on a loaded machine), then the timed reviews,
  // reported to the parent as JSON. (Rows alone warmed the large size with 3 reviews against the small size's 30:
  // the code run once per review, the rules' and the relations' loops entered by on-stack replacement, was still
  // being deoptimised and recompiled during the large size's timed reviews, on the compiler's threads, which the
  // CPU time counts.)
  const [rows, reps] = CHILD.split(",").map(Number);
  for (let done = 0, n = 0; done < WARM_ROWS || n < WARM_REVIEWS; done += rows, n++) once(rows);
  const ms = [];
  const cpu = [];
  const main = [];
  let findings = 0;
  for (let k = 0; k < reps; k++) {
    const r = once(rows);
    ms.push(r.ms);
    cpu.push(r.cpu);
    main.push(r.main);
    findings = r.findings;
  }
  process.stdout.write(JSON.stringify({ ms, cpu, main, findings }));
} else {
  /**
   * Each size runs in processes of its own (a warm-up, then its repetitions), the processes of the two sizes
   * alternated over several rounds: a review never runs on a heap that the other size left behind (a 4,000-row
   * review right after a 40,000-row one pays for the large sheet's garbage), and a burst of load from other
   * processes lands on both sizes alike instead of on one size's block. Each process's mean CPU time per review is
   * kept; a size's time is the median of its processes' means, and the ratio is the ratio of the two (the ratio of
   * the medians of all repetitions, of the minimums and of the wall-time medians printed for reference).
   */
  const { spawnSync } = require("child_process");
  const rounds = Number(process.env.BENCH_ROUNDS || 5);
  const reps = Number(process.env.BENCH_REPS || 0);
  const sizes = [
    { rows: 4000, reps: reps || 20, ms: [], cpu: [], main: [], means: [], findings: 0 },
    { rows: 40000, reps: reps || 3, ms: [], cpu: [], main: [], means: [], findings: 0 },
  ];
  const mean = (xs) => xs.reduce((a, x) => a + x, 0) / xs.length;
  for (let k = 0; k < rounds; k++) {
    for (const s of k % 2 ? [...sizes].reverse() : sizes) {
      const r = spawnSync(process.execPath, [__filename], {
        env: { ...process.env, BENCH_SCALE_CHILD: `${s.rows},${s.reps}` },
        encoding: "utf8",
        maxBuffer: 1 << 26,
      });
      if (r.status !== 0) throw new Error(`bench-scale child (${s.rows} rows) failed: ${r.stderr.slice(0, 400)}`);
      const out = JSON.parse(r.stdout);
      s.ms.push(...out.ms);
      s.cpu.push(...out.cpu);
      s.main.push(...out.main);
      s.means.push(mean(out.cpu));
      s.findings = out.findings;
    }
  }
  const [small, large] = sizes;
  // judged on CPU time (the process's own, GC threads included): on a machine shared with other work, wall time
  // also counts the time the process waited for a core; wall time is printed beside it
  const a = median(small.means);
  const b = median(large.means);
  const ratio = b / a;
  const repRatio = median(large.cpu) / median(small.cpu);
  const minRatio = Math.min(...large.cpu) / Math.min(...small.cpu);
  const wallRatio = median(large.ms) / median(small.ms);
  const line = (s, m) =>
    `review ${s.rows.toLocaleString("en-US").padStart(6)} indicator rows: ${m.toFixed(1)} ms CPU, median of ${s.means.length} processes' means of ${s.reps} reviews (${s.means.map((x) => x.toFixed(0)).join(" ")}; all ${s.cpu.length} reviews: median ${median(s.cpu).toFixed(1)}, min ${Math.min(...s.cpu).toFixed(1)}; wall median ${median(s.ms).toFixed(1)} ms) (${s.findings} findings)`;
  console.log(line(small, a));
  console.log(line(large, b));
  console.log(
    `ratio of the CPU times: ${ratio.toFixed(2)}× (target ≤ 10×) ${ratio <= 10 ? "OK" : "TOO SLOW"}   of the medians of all reviews: ${repRatio.toFixed(2)}×   of the CPU minimums: ${minRatio.toFixed(2)}×   of the wall medians: ${wallRatio.toFixed(2)}×` +
      `   (each size in its own processes, ${rounds} rounds alternated, each after a warm-up of ${WARM_ROWS.toLocaleString("en-US")} rows and at least ${WARM_REVIEWS} reviews)${WARM ? " [labels cached for the small sheet]" : ""}`,
  );
  if (process.env.BENCH_DETAIL === "1") {
    // each review's CPU split into the main thread's and the other threads' (medians over the repetitions)
    const split = (s) => {
      const other = s.cpu.map((c, k) => c - s.main[k]);
      return { main: median(s.main), other: median(other) };
    };
    const [a2, b2] = [split(small), split(large)];
    console.log(
      `main thread: ${a2.main.toFixed(0)} → ${b2.main.toFixed(0)} ms (${(b2.main / a2.main).toFixed(2)}×)   other threads (V8's collector and compiler helpers): ${a2.other.toFixed(0)} → ${b2.other.toFixed(0)} ms (${(b2.other / Math.max(a2.other, 1)).toFixed(2)}×)   (medians, clock ticks of 10 ms)`,
    );
  }
  process.exitCode = ratio <= 10 ? 0 : 1;
}
