#!/usr/bin/env node
"use strict";
/**
 * The registry reachable here serves only the Linux builds of some platform-specific optional packages
 * (jest 30 → unrs-resolver → @unrs/resolver-binding-*). `npm install` then writes a lock without the
 * other platforms' entries, and `npm ci` refuses the lock as out of sync. This script adds the missing
 * entries (optional, with their os/cpu, so npm skips them on every other platform without fetching them).
 * Run it after changing dependencies: `node scripts/lock-optional-platforms.js`.
 */
const fs = require("fs");
const path = require("path");
const lockPath = path.join(__dirname, "..", "package-lock.json");
const lock = JSON.parse(fs.readFileSync(lockPath, "utf8"));
const pkgs = lock.packages;

function platformOf(name) {
  const m = /-(android|darwin|freebsd|linux|openharmony|win32|sunos|aix|netbsd|openbsd)-(arm64|arm|x64|ia32|loong64|ppc64|riscv64|s390x|wasm32)(?:-(gnu|musl|gnueabihf|musleabihf|eabi|msvc))?$/.exec(name);
  if (!m) return null;
  const out = { os: [m[1]], cpu: [m[2]] };
  if (m[3] && /gnu/.test(m[3])) out.libc = ["glibc"];
  if (m[3] && /musl/.test(m[3])) out.libc = ["musl"];
  return out;
}

let added = 0;
for (const [key, entry] of Object.entries(pkgs)) {
  const opt = entry.optionalDependencies || {};
  for (const [dep, version] of Object.entries(opt)) {
    const loc = `node_modules/${dep}`;
    if (pkgs[loc] || pkgs[`${key}/node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    pkgs[loc] = { version, ...platform, ...(entry.dev ? { dev: true } : {}), optional: true };
    added++;
  }
}
const sorted = {};
for (const k of Object.keys(pkgs).sort((a, b) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0))) sorted[k] = pkgs[k];
lock.packages = sorted;
fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`lock: added ${added} optional platform entries`);
