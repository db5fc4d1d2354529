#!/usr/bin/env node
"use strict";
/**
 * `npm test`: every test, building once.
 *   1. type check (tsc --noEmit), compile the CLI into lib/ (the CLI tests run bin/perfsheet.js) and build the
 *      add-in and the checker into dist/ (webpack, production; the build tests read this output). The three are
 *      independent and run side by side (two cores: webpack alone takes most of the step); each one's output is
 *      printed whole, in this order, when it ends. If any fails, no test runs; the exit status is the first
 *      failure's in this order.
 *   2. unit, corpus and jsdom tests (jest), one worker per core, their output as it comes
 *   3. browser tests in real Chromium against dist/ (jest -c jest.browser.config.js), run beside step 2: they mostly
 *      wait (pages, Chromium), about a third of a core; their output is printed whole when step 2 has ended.
 *      Chromium is installed first where that is possible (scripts/ensure-deps.js --browser).
 * Steps 2 and 3 both run even if one fails, so one run shows every failure; the exit status is the first
 * failure's (unit before browser). Extra arguments go to both jest runs (e.g. `npm test -- -t 'total'`).
 * Each step ends with one line giving its wall time and, on Linux, the CPU time (user + system) of the processes it
 * ran (steps 2 and 3 together), and the run ends with these lines together: on a machine other jobs share, CPU time
 * is the comparable figure.
 */
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");
const { ensureBrowser } = require("./ensure-deps");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const bin = (pkg, rel) => path.join(path.dirname(require.resolve(`${pkg}/package.json`, { paths: [ROOT] })), rel);
const extra = process.argv.slice(2);
const tty = Boolean(process.stdout.isTTY);

/**
 * CPU seconds (user + system) of this process's children that have ended and been waited for, their own children
 * included (Linux: /proc/self/stat's cutime and cstime, in clock ticks of 1/100 s); null where there is no /proc.
 */
function childCpu() {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // from the 3rd field (state) on
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

const times = [];
/** Runs `fn` (sync or async), then prints and keeps its wall and CPU time. */
async function timed(title, fn) {
  const wall0 = Date.now();
  const cpu0 = childCpu();
  const result = await fn();
  const cpu1 = childCpu();
  const line = `${title}: wall ${((Date.now() - wall0) / 1000).toFixed(1)} s${cpu0 === null || cpu1 === null ? "" : `, CPU ${(cpu1 - cpu0).toFixed(1)} s`}`;
  times.push(line);
  process.stdout.write(`── 用时 time ${line}\n`);
  return result;
}

/** A step whose output goes straight to the terminal (not spawnSync: a step running beside it must be read). */
function step(title, args, env = {}) {
  process.stdout.write(`\n── ${title}\n`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", (e) => {
      process.stderr.write(`${e.stack ?? e}\n`);
      resolve(1);
    });
    child.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** A step run beside others: its output (stdout and stderr as they came) kept until it is printed. */
function background(title, args, env = {}) {
  return new Promise((resolve) => {
    const chunks = [];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...(tty ? { FORCE_COLOR: "1" } : {}), ...env } });
    child.stdout.on("data", (d) => chunks.push(d));
    child.stderr.on("data", (d) => chunks.push(d));
    child.on("error", (e) => chunks.push(Buffer.from(`${e.stack ?? e}\n`)));
    child.on("close", (code, signal) => resolve({ title, status: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks) }));
  });
}

/** Steps one after another in one lane; the lane stops at a failure (later steps are not run). */
async function lane(steps) {
  const done = [];
  for (const [title, args] of steps) {
    const r = await background(title, args);
    done.push(r);
    if (r.status !== 0) break;
  }
  return done;
}

async function build() {
  const tsc = bin("typescript", "bin/tsc");
  const pretty = tty ? ["--pretty"] : [];
  const lanes = await Promise.all([
    lane([["类型检查 type check", [tsc, "-p", "tsconfig.json", "--noEmit", ...pretty]]]),
    lane([
      ["编译命令行 CLI → lib/", [tsc, "-p", "tsconfig.lib.json", ...pretty]],
      ["打包命令行 CLI → lib/cli.bundle.js", [path.join(ROOT, "scripts", "bundle-cli.js")]],
    ]),
    lane([["构建 build → dist/", [bin("webpack-cli", "bin/cli.js"), "--mode", "production"]]]),
  ]);
  let status = 0;
  for (const r of lanes.flat()) {
    process.stdout.write(`\n── ${r.title}\n`);
    process.stdout.write(r.output);
    if (r.status !== 0 && status === 0) status = r.status;
  }
  return status;
}

async function main() {
  const status = await timed("build", build);
  if (status !== 0) process.exit(status);

  const jest = bin("jest", "bin/jest.js");
  // jest's default is one worker fewer than the cores (on two cores: one, in band); the tests share nothing
  // between files, so every core runs a file
  const browserReady = ensureBrowser();
  const [unit, browser] = await timed("unit + browser jest, side by side", () => {
    const wall0 = Date.now();
    const seconds = () => ((Date.now() - wall0) / 1000).toFixed(1);
    const browserRun =
      browserReady === 0
        ? background("浏览器测试 browser tests (Chromium)", [jest, "-c", "jest.browser.config.js", "--ci", ...extra], { PERFSHEET_DIST: DIST }).then((r) => {
            times.push(`  browser jest: wall ${seconds()} s`);
            return r;
          })
        : Promise.resolve(null);
    const unitRun = step("单元与语料测试 unit, corpus and pane tests", [jest, "--ci", "--maxWorkers=100%", ...extra], { PERFSHEET_DIST: DIST }).then((status) => {
      times.push(`  unit jest: wall ${seconds()} s`);
      return status;
    });
    return unitRun.then(async (unitStatus) => {
      const r = await browserRun;
      if (r === null) return [unitStatus, browserReady];
      process.stdout.write(`\n── ${r.title}\n`);
      process.stdout.write(r.output);
      return [unitStatus, r.status];
    });
  });
  process.stdout.write(`\n── 用时 time\n${times.map((t) => `   ${t}\n`).join("")}`);
  process.exit(unit || browser);
}

main();
