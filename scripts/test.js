#!/usr/bin/env node
"use strict";
/**
 * `npm test`: every test, building once.
 *   1. type check (tsc --noEmit) and compile the CLI into lib/ (the CLI tests run bin/perfsheet.js)
 *   2. build the add-in and the checker into dist/ (webpack, production) — the build tests read this output
 *   3. unit, corpus and jsdom tests (jest)
 *   4. browser tests in real Chromium against dist/ (jest -c jest.browser.config.js); Chromium is installed
 *      first where that is possible (scripts/ensure-deps.js --browser)
 * Steps 3 and 4 both run even if one fails, so one run shows every failure; the exit status is the first
 * failure's. Extra arguments go to both jest runs (e.g. `npm test -- -t 'total'`).
 */
const path = require("path");
const { spawnSync } = require("child_process");
const { ensureBrowser } = require("./ensure-deps");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const bin = (pkg, rel) => path.join(path.dirname(require.resolve(`${pkg}/package.json`, { paths: [ROOT] })), rel);
const extra = process.argv.slice(2);

function step(title, args, env = {}) {
  process.stdout.write(`\n── ${title}\n`);
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

let status = step("类型检查 type check", [bin("typescript", "bin/tsc"), "-p", "tsconfig.json", "--noEmit"]);
if (status === 0) status = step("编译命令行 CLI → lib/", [bin("typescript", "bin/tsc"), "-p", "tsconfig.lib.json"]);
if (status === 0) status = step("打包命令行 CLI → lib/cli.bundle.js", [path.join(ROOT, "scripts", "bundle-cli.js")]);
if (status === 0) status = step("构建 build → dist/", [bin("webpack-cli", "bin/cli.js"), "--mode", "production"]);
if (status !== 0) process.exit(status);

const jest = bin("jest", "bin/jest.js");
const unit = step("单元与语料测试 unit, corpus and pane tests", [jest, "--ci", ...extra], { PERFSHEET_DIST: DIST });
let browser = ensureBrowser();
if (browser === 0) browser = step("浏览器测试 browser tests (Chromium)", [jest, "-c", "jest.browser.config.js", "--ci", ...extra], { PERFSHEET_DIST: DIST });
process.exit(unit || browser);
