#!/usr/bin/env node
"use strict";
// The CLI runs from the compiled lib/ (built by `npm ci` through the `prepare` script, or `npm run build:lib`).
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("perfsheet: 请先运行 npm run build:lib (run `npm run build:lib` first)\n");
  process.exit(2);
}
const { run, processIO } = require(main);
run(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`perfsheet: 内部错误 (internal error): ${(e && e.stack) || e}\n`);
    process.exitCode = 2;
  },
);
