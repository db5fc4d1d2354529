#!/usr/bin/env node
"use strict";
/**
 * Where a folder run's CPU goes, by phase: `node scripts/folder-phases.js DIR [runs]` (default: the bench's folder is
 * not made here; give a folder of .xlsx, e.g. one written by scripts/bench.js's folderBench). Each run is a child
 * process started with the CLI's own V8 flags (bin/perfsheet.js jitSettings) and the CLI's heap settings
 * (src/cli/heap.ts), which reads, reviews and writes the JSON report of every workbook as `perfsheet review --json`
 * does (the report's text is made, then dropped: no output). It prints, per run, the process's CPU (all threads),
 * the main thread's CPU (/proc/thread-self/stat, Linux, 10 ms ticks) and how much of the main thread each phase took:
 *   read    readWorkbook (unzip, tokenise, cells, grids)
 *   review  reviewSheets (the review and the sheet's report object)
 *   json    the JSON report's text (JsonReportStream.file)
 *   rest    start-up (loading lib/ unbundled, no code cache: more than the CLI's own) and what lies between phases
 * and the other threads' CPU (TurboFan's compilations, GC helpers). GC pauses count in the phase they fall in.
 * Uses lib/ (npm run build:lib).
 */
const { spawnSync } = require("child_process");
const { join } = require("path");

if (process.argv[2] === "--child") {
  const dir = process.argv[3];
  const { readdirSync, readFileSync } = require("fs");
  const lib = join(__dirname, "..", "lib");
  require(join(lib, "cli/native-inflate.js")).useNativeInflate();
  const { readWorkbook } = require(join(lib, "hosts/file/reader/index.js"));
  const { reviewSheets, JsonReportStream } = require(join(lib, "cli/report.js"));
  const { steadyHeap } = require(join(lib, "cli/heap.js"));
  const mainMs = () => {
    const st = readFileSync("/proc/thread-self/stat", "utf8");
    const f = st.slice(st.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * 10;
  };
  const files = readdirSync(dir)
    .filter((f) => /\.xlsx$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
  const t = { read: 0, review: 0, json: 0 };
  let chars = 0;
  const json = new JsonReportStream((s) => void (chars += s.length));
  const heap = steadyHeap();
  json.begin("auto");
  for (const file of files) {
    const t0 = mainMs();
    const { sheets } = readWorkbook(readFileSync(file));
    const t1 = mainMs();
    const reports = reviewSheets(
      sheets.filter((s) => s.state !== "veryHidden").map((s) => s.grid),
      undefined,
      "zh",
    );
    const t2 = mainMs();
    json.file({ file, error: null, sheets: reports });
    const t3 = mainMs();
    t.read += t1 - t0;
    t.review += t2 - t1;
    t.json += t3 - t2;
    heap.afterFile();
  }
  heap.done();
  json.end([]);
  const u = process.resourceUsage();
  const all = Math.round((u.userCPUTime + u.systemCPUTime) / 1000);
  const main = mainMs();
  process.stdout.write(JSON.stringify({ files: files.length, chars, all, main, other: all - main, ...t, rest: main - t.read - t.review - t.json, rssMB: Math.round(u.maxRSS / 1024) }) + "\n");
} else {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: node scripts/folder-phases.js DIR [runs]\n");
    process.exit(2);
  }
  const runs = Number(process.argv[3] || 3);
  // the CLI's flags (bin/perfsheet.js jitSettings), on the command line here
  const flags = ["--interrupt-budget=540000", "--no-turbo-inlining", "--no-regexp-tier-up", "--no-use-osr", "--max-optimized-bytecode-size=3000"];
  const rows = [];
  for (let k = 0; k < runs; k++) {
    const r = spawnSync(process.execPath, [...flags, __filename, "--child", dir], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    const row = JSON.parse(r.stdout);
    rows.push(row);
    process.stdout.write(`run ${k + 1}: all threads ${row.all} ms, main ${row.main} (read ${row.read}, review ${row.review}, json ${row.json}, rest ${row.rest}), other threads ${row.other}, peak ${row.rssMB} MB\n`);
  }
  const med = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
  process.stdout.write(`median: all ${med("all")}, main ${med("main")}: read ${med("read")}, review ${med("review")}, json ${med("json")}, rest ${med("rest")}; other threads ${med("other")}\n`);
}
