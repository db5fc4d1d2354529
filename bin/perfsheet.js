#!/usr/bin/env node
"use strict";
// The CLI runs from the compiled lib/ (built by `npm ci` through the `prepare` script, or `npm run build:lib`).
const path = require("path");
const main = path.join(__dirname, "..", "lib", "cli", "main.js");
let cli;
try {
  cli = require(main);
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes(main)) {
    process.stderr.write("perfsheet: 请先运行 npm run build:lib (run `npm run build:lib` first)\n");
  } else {
    process.stderr.write(`perfsheet: 内部错误 (internal error): ${String((e && e.message) || e).split("\n")[0]}\n`);
  }
  process.exit(2);
}
cli.main(process.argv.slice(2));
