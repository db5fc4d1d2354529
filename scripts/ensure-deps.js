#!/usr/bin/env node
"use strict";
/**
 * Runs before `npm start` and `npm test` (npm's prestart/pretest), in plain Node so it works right after
 * `git clone`:
 * - node_modules missing, or older than package-lock.json → `npm ci` (which also compiles the CLI into lib/);
 * - `--browser`: the browser tests need Chromium and a CJK font. As root on Debian they are installed with
 *   apt-get; elsewhere one line names the command to run, and the exit status is 1.
 * Usage: node scripts/ensure-deps.js [--browser]
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const say = (zh, en) => process.stderr.write(`perfsheet: ${zh} (${en})\n`);

function mtime(p) {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit" });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

/** node_modules is current when npm's own record of it (.package-lock.json) is not older than the lock file. */
function ensureNodeModules() {
  const record = mtime(path.join(ROOT, "node_modules", ".package-lock.json"));
  const lock = mtime(path.join(ROOT, "package-lock.json"));
  if (record >= 0 && record >= lock) return 0;
  say(record < 0 ? "首次运行：安装依赖 npm ci" : "package-lock.json 已更新：重新安装依赖 npm ci", record < 0 ? "first run: installing dependencies with npm ci" : "package-lock.json changed: reinstalling with npm ci");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const status = run(npm, ["ci", "--no-audit", "--no-fund"]);
  if (status !== 0) say("npm ci 失败", "npm ci failed");
  return status;
}

const chromiumPath = () => process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function hasCjkFont() {
  const r = spawnSync("fc-list", [":lang=zh"], { encoding: "utf8" });
  return !r.error && r.status === 0 && r.stdout.trim().length > 0;
}

function ensureBrowser() {
  const need = [];
  if (!fs.existsSync(chromiumPath())) need.push("chromium");
  if (!hasCjkFont()) need.push("fonts-wqy-zenhei");
  if (need.length === 0) return 0;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const debian = fs.existsSync("/etc/debian_version") && fs.existsSync("/usr/bin/apt-get");
  if (root && debian) {
    say(`为浏览器测试安装 ${need.join(" ")}`, `installing ${need.join(" ")} for the browser tests`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const apt = (args) => spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env }).status;
    if (apt(["update", "-qq"]) === 0 && apt(["install", "-y", "-qq", "--no-install-recommends", ...need]) === 0) return 0;
    say("apt-get 安装失败", "apt-get install failed");
    return 1;
  }
  if (need.includes("chromium")) {
    say(
      `浏览器测试需要 Chromium：请运行 sudo apt-get install chromium fonts-wqy-zenhei，或设置 CHROMIUM_PATH 指向已安装的 Chromium`,
      "the browser tests need Chromium: run sudo apt-get install chromium fonts-wqy-zenhei, or set CHROMIUM_PATH",
    );
    return 1;
  }
  // a missing CJK font only makes screenshots show boxes: say so, and go on
  say("未找到中文字体，截图中的汉字会显示为方框：sudo apt-get install fonts-wqy-zenhei", "no CJK font: screenshots will show boxes; sudo apt-get install fonts-wqy-zenhei");
  return 0;
}

module.exports = { ensureNodeModules, ensureBrowser };

if (require.main === module) {
  let status = ensureNodeModules();
  if (status === 0 && process.argv.includes("--browser")) status = ensureBrowser();
  process.exit(status);
}
