#!/usr/bin/env node
"use strict";
/**
 * npm run bench, all figures from one run. Uses the compiled lib/ (npm run build:lib).
 *  1. review time vs ExcelJS load time: a generated 项目支出绩效自评表 with 2,000 indicator rows, and the
 *     corpus (test/fixtures/corpus/cases/*.xlsx). Target: review ≤ 0.25 × load.
 *  2. the lean reader vs a minimal unzip-and-tokenise baseline (fflate + saxes, empty handlers) on the corpus.
 *  3. 300 workbooks (5% with 2,000 indicator rows) through `perfsheet review --json DIR` vs the baseline
 *     (scripts/bench-baseline.js) over the same folder, each in its own process: CPU ≤ 4×, peak memory ≤ 1.5×.
 *     CPU is each process's user + system time, all threads, start to exit (process.resourceUsage at exit). The runs
 *     alternate, baseline first and last (BENCH_FOLDER_PAIRS CLI runs, 5 by default); each CLI run's ratio is taken
 *     against the mean of the two baseline runs around it, and the target is judged on the median of those ratios
 *     (their spread printed beside it): on the shared machine one baseline run took 824 ms CPU and another 1,034 ms.
 *  4. one-file start-up of `perfsheet review` vs `node -e 0`: ≤ 2×.
 */
const { readFileSync, readdirSync, existsSync, mkdtempSync, writeFileSync, rmSync } = require("fs");
const { tmpdir, loadavg, cpus } = require("os");
const { spawnSync } = require("child_process");
const { unzipSync } = require("fflate");
const { SaxesParser } = require("saxes");
const { join } = require("path");
const ExcelJS = require("exceljs");
const { performance } = require("perf_hooks");
const { generatedSheet } = require("./bench-sheet");
const lib = join(__dirname, "..", "lib");
const { worksheetToGrid } = require(join(lib, "hosts/file/xlsx.js"));
const { review } = require(join(lib, "core/review.js"));
const { readWorkbook } = require(join(lib, "hosts/file/reader/index.js"));
const ROOT = join(__dirname, "..");

/** The baseline: unzip every worksheet and the shared strings, tokenise them with empty handlers. */
function unzipAndTokenise(buf) {
  const parts = unzipSync(buf, { filter: (f) => /^xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml)$/.test(f.name) });
  for (const name of Object.keys(parts)) {
    const p = new SaxesParser({ position: false });
    p.write(new TextDecoder().decode(parts[name]));
    p.close();
  }
}

function timeMedian(fn, reps) {
  const ts = [];
  for (let k = 0; k < reps; k++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

/** Run a node child; its own CPU and peak memory come back on stderr ("… maxrss-kb N cpu-ms M"). */
function child(args, env = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 1 << 30 });
  const wall = performance.now() - t0;
  const m = /maxrss-kb (\d+) cpu-ms (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no usage line from ${args.join(" ")}: ${r.stderr.slice(0, 400)}`);
  return { rssMB: Number(m[1]) / 1024, cpuMs: Number(m[2]), wall, status: r.status };
}

async function folderBench(bigSheet) {
  const dir = mkdtempSync(join(tmpdir(), "perfsheet-bench-"));
  const cdir = join(ROOT, "test", "fixtures", "corpus", "cases");
  const corpus = readdirSync(cdir).filter((f) => f.endsWith(".xlsx"));
  for (let i = 0; i < 300; i++) {
    const name = `wb-${String(i).padStart(3, "0")}.xlsx`;
    if (i % 20 === 0) writeFileSync(join(dir, name), bigSheet); // 15 of 300: 2,000 indicator rows
    else writeFileSync(join(dir, name), readFileSync(join(cdir, corpus[i % corpus.length])));
  }
  const cli = join(ROOT, "bin", "perfsheet.js");
  child([cli, "review", "--json", join(cdir, "011.xlsx")], { PERFSHEET_REPORT_RSS: "1" }); // fills the code cache
  const pairs = Math.max(1, Number(process.env.BENCH_FOLDER_PAIRS || process.env.BENCH_FOLDER_REPS || 5));
  const base = [child([join(__dirname, "bench-baseline.js"), dir])];
  const ours = [];
  // baseline, CLI, baseline, CLI, …, baseline: each CLI run is set against the mean of the two baseline runs just
  // before and just after it (its pair), so that what the other work on the machine took from both sides in those
  // seconds is the same on average, and a load that rises or falls steadily over the pair cancels out
  for (let k = 0; k < pairs; k++) {
    ours.push(child([cli, "review", "--json", dir], { PERFSHEET_REPORT_RSS: "1" }));
    base.push(child([join(__dirname, "bench-baseline.js"), dir]));
  }
  const zlib = child([join(__dirname, "bench-baseline.js"), dir], { BASELINE_INFLATE: "zlib" }); // reference only
  rmSync(dir, { recursive: true, force: true });
  const around = (k, key) => (base[k][key] + base[k + 1][key]) / 2;
  const cpuRatios = ours.map((o, k) => o.cpuMs / around(k, "cpuMs"));
  const rssRatios = ours.map((o, k) => o.rssMB / around(k, "rssMB"));
  const med = (xs, k) => median(xs.map((x) => x[k]));
  return {
    pairs,
    base: { cpu: med(base, "cpuMs"), rss: med(base, "rssMB"), cpuRange: range(base.map((b) => b.cpuMs)) },
    ours: { cpu: med(ours, "cpuMs"), rss: med(ours, "rssMB"), cpuRange: range(ours.map((o) => o.cpuMs)) },
    zlib: { cpu: zlib.cpuMs, rss: zlib.rssMB },
    cpuRatio: median(cpuRatios),
    cpuRatios,
    rssRatio: median(rssRatios),
    rssRatios,
  };
}

/** [smallest, largest] */
function range(xs) {
  return [Math.min(...xs), Math.max(...xs)];
}

function startupBench() {
  const reps = Number(process.env.BENCH_START_REPS || 15);
  const one = join(ROOT, "test", "fixtures", "corpus", "cases", "011.xlsx");
  const cli = join(ROOT, "bin", "perfsheet.js");
  const bare = [];
  const ours = [];
  const usage = `process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("maxrss-kb "+u.maxRSS+" cpu-ms "+Math.round((u.userCPUTime+u.systemCPUTime)/1000))})`;
  for (let k = 0; k < reps; k++) {
    bare.push(child(["-e", usage]));
    ours.push(child([cli, "review", "--json", one], { PERFSHEET_REPORT_RSS: "1" }));
  }
  return {
    bare: { wall: median(bare.map((x) => x.wall)), cpu: median(bare.map((x) => x.cpuMs)) },
    ours: { wall: median(ours.map((x) => x.wall)), cpu: median(ours.map((x) => x.cpuMs)) },
    wallRatio: median(ours.map((o, k) => o.wall / bare[k].wall)),
  };
}

async function load(buf) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  return wb;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** CPU time (user + system of the process, V8's helper threads included) and wall time of `fn`. */
async function timed(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall, out };
}

/**
 * `reps` repetitions, each timing the ExcelJS load of all buffers and the review of all their sheets (fresh Grids each
 * time, built outside the timed call, so no cache carries over from one run to the next), the order of the two phases
 * alternated from one repetition to the next (each phase in turn runs on the heap the other left). Both are timed in
 * CPU time: on a machine shared with other work, wall time also counts the time the process waited for a core, and
 * the two phases were timed seconds apart (all loads, then all reviews), so each met a different load from the other
 * work: three runs of the same code gave ratios 0.22, 0.42 and 0.32. The judged ratio is the median of the
 * per-repetition ratios (review CPU / load CPU of the same repetition); the medians of each phase and the wall ratio
 * are printed for reference. Run warm (after a warm-up), in one process. (A full collection before each phase was
 * tried and rejected: it made the review ~8× slower, far from how it runs in use.)
 */
async function measure(buffers, reps) {
  const workbooks = [];
  for (const buf of buffers) workbooks.push(await load(buf));
  const loads = [];
  const reviews = [];
  const ratios = [];
  const wallRatios = [];
  let findings = 0;
  const doLoad = () =>
    timed(async () => {
      for (const buf of buffers) await load(buf);
    });
  const doReview = () => {
    const grids = workbooks.flatMap((wb) => wb.worksheets.map(worksheetToGrid));
    return timed(() => {
      let n = 0;
      for (const g of grids) n += review(g).findings.length;
      return n;
    });
  };
  for (let k = 0; k < reps; k++) {
    let l, r;
    if (k % 2) {
      r = await doReview();
      l = await doLoad();
    } else {
      l = await doLoad();
      r = await doReview();
    }
    findings = r.out;
    loads.push(l);
    reviews.push(r);
    ratios.push(r.cpu / l.cpu);
    wallRatios.push(r.wall / l.wall);
  }
  const med = (xs, key) => median(xs.map((x) => x[key]));
  return { load: med(loads, "cpu"), review: med(reviews, "cpu"), loadWall: med(loads, "wall"), reviewWall: med(reviews, "wall"), findings, ratio: median(ratios), wallRatio: median(wallRatios) };
}

(async () => {
  const reps = Number(process.env.BENCH_REPS || 41);
  const gen = await generatedSheet(2000);
  const dir = join(__dirname, "..", "test", "fixtures", "corpus", "cases");
  const corpus = readdirSync(dir).filter((f) => f.endsWith(".xlsx")).map((f) => new Uint8Array(readFileSync(join(dir, f))));
  // BENCH_ONLY=reader skips the ExcelJS comparison (1) and the functions bench; BENCH_ONLY=review runs only (1);
  // BENCH_ONLY=folder runs only the 300-workbook folder (3) and the start-up (4), whose ratios are the judged targets
  const only = process.env.BENCH_ONLY;
  if (only !== "reader" && only !== "folder") {
  await measure([gen], 20); // warm-up: both phases run JIT-compiled, as in a long review session
  const g = await measure([gen], reps);
  await measure(corpus, 80);
  const c = await measure(corpus, reps);
  const line = (name, m) =>
    `${name.padEnd(34)} load ${m.load.toFixed(1).padStart(8)} ms   review ${m.review.toFixed(1).padStart(7)} ms CPU   ratio ${m.ratio.toFixed(3)}   (wall ${m.loadWall.toFixed(1)} / ${m.reviewWall.toFixed(1)} ms, ratio ${m.wallRatio.toFixed(3)}) (${m.findings} findings)`;
  console.log(`PerfSheet bench (median of ${reps} runs, Node ${process.version}; CPU times, ratio = median of per-run ratios)`);
  console.log(line("generated sheet, 2,000 indicators", g));
  console.log(line(`corpus, ${corpus.length} workbooks`, c));
  console.log("target: review ≤ 0.25 × ExcelJS load");
  }
  if (only === "review") return;

  // 2. lean reader vs the unzip-and-tokenise floor, in process, warm
  if (only !== "folder") {
  const leanReps = Number(process.env.BENCH_LEAN_REPS || 21);
  for (let k = 0; k < 5; k++) corpus.forEach((b) => (readWorkbook(b), unzipAndTokenise(b)));
  const tBase = timeMedian(() => corpus.forEach(unzipAndTokenise), leanReps);
  const tLean = timeMedian(() => corpus.forEach((b) => readWorkbook(b)), leanReps);
  const tLeanReview = timeMedian(() => corpus.forEach((b) => readWorkbook(b).sheets.forEach((s) => review(s.grid))), leanReps);
  console.log(
    `corpus, lean reader vs baseline     baseline ${tBase.toFixed(1)} ms   lean reader ${tLean.toFixed(1)} ms (${(tLean / tBase).toFixed(2)}×)   read + review ${tLeanReview.toFixed(1)} ms (${(tLeanReview / tBase).toFixed(2)}×)`,
  );
  }

  // 3. a 300-workbook folder through the CLI vs the baseline, each in its own process
  const load0 = loadavg()[0];
  const f = await folderBench(gen);
  const load1 = loadavg()[0];
  const list = (xs) => xs.map((x) => x.toFixed(2)).join(" ");
  console.log(
    `300 workbooks (15 × 2,000 rows)     baseline ${f.base.cpu} ms CPU (${f.base.cpuRange.join("–")}), ${f.base.rss.toFixed(0)} MB   perfsheet review --json ${f.ours.cpu} ms CPU (${f.ours.cpuRange.join("–")}), ${f.ours.rss.toFixed(0)} MB`,
  );
  console.log(
    `  CPU = user + system time of the whole process, all its threads (GC and compiler threads included), from start to exit; ${f.pairs} CLI runs, each against the mean of the baseline runs just before and after it; machine load ${load0.toFixed(1)} → ${load1.toFixed(1)} (1-minute average, ${cpus().length} cores)`,
  );
  console.log(`  per-run CPU ratios ${list(f.cpuRatios)}   (spread ${(Math.max(...f.cpuRatios) - Math.min(...f.cpuRatios)).toFixed(2)});  peak memory ratios ${list(f.rssRatios)}`);
  console.log(`  (reference only: the baseline inflating with node:zlib, as the CLI does: ${f.zlib.cpu} ms CPU, ${f.zlib.rss.toFixed(0)} MB)`);

  // 4. start-up of a one-file review
  const s = startupBench();
  console.log(
    `one-file start-up                   node -e 0 ${s.bare.wall.toFixed(0)} ms wall / ${s.bare.cpu} ms CPU   perfsheet review ${s.ours.wall.toFixed(0)} ms wall / ${s.ours.cpu} ms CPU`,
  );

  // the three targets of the speed requirement, each a median of per-repetition ratios from this run
  const row = (name, ratio, target) => `  ${name.padEnd(46)} ${ratio.toFixed(2).padStart(5)}×   target ≤ ${target}   ${ratio <= target ? "met" : "NOT MET"}`;
  console.log("targets (median of per-repetition ratios, same files, same run):");
  console.log(row("CPU, 300 workbooks, vs the minimal reader", f.cpuRatio, 4));
  console.log(row("peak memory, 300 workbooks, vs the minimal reader", f.rssRatio, 1.5));
  console.log(row("one-file review start-up (wall) vs node -e 0", s.wallRatio, 2));
  const extra = join(__dirname, "bench-functions.js");
  if (only !== "reader" && only !== "folder" && existsSync(extra)) require(extra);
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
