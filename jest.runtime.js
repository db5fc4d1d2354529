"use strict";
/**
 * jest's module runtime (jest.config.js `runtime`: jest-runtime itself, loaded in each worker), with two changes to
 * the worker process that make the unit run shorter and change nothing a test sees.
 *
 * 1. A module's code is compiled as a script, `(function (module, exports, require, …) {code\n})` run in the test
 *    file's context (as jest did up to version 26), instead of by vm.compileFunction. jest gives every test file a
 *    fresh module registry, so each of the ~340 files compiles the engine's ~150 modules (1.4 MB) again;
 *    vm.compileFunction never uses V8's compilation cache, a script does: V8 keeps one compiled copy per source text
 *    and file name in the process, shared by contexts, and a later test file in the same worker that loads the same
 *    module gets its bytecode already compiled, the lazily compiled inner functions included. Each test file still
 *    runs every module afresh in its own context (its own globals, its own module state): only compiled code is
 *    shared, never a value. A module whose text holds `import(` keeps vm.compileFunction (its dynamic-import
 *    callback must be its own test file's). Measured in band on 8 suites (297 tests): CPU −16 %.
 * 2. V8's optimising compiler without inlining (--no-turbo-inlining), as the CLI runs (src/cli/jit.ts): each test
 *    file warms the engine's code up again in its new context, and much of a short run's CPU is TurboFan compiling
 *    (inlining makes each compilation several times larger). With 1., CPU −25 % on the same 8 suites (median of 2;
 *    38.9 → 29.2 s); the whole of test/core + test/cli in band (306 suites, 29,552 tests, at load 7–10): user+sys CPU
 *    507 → 376 s (−26 %). An optimisation never changes what code computes; PERFSHEET_JEST_INLINE=default keeps V8's
 *    default (to compare, or to run the tests as the add-in's host compiles).
 */
const vm = require("vm");

const compileFunction = vm.compileFunction;
const PATCHED = Symbol.for("perfsheet.jest.compileAsScript");

if (!compileFunction[PATCHED]) {
  const asScript = function (code, params, options) {
    const o = options ?? {};
    if (
      !o.parsingContext ||
      typeof code !== "string" ||
      code.includes("import(") ||
      (o.contextExtensions && o.contextExtensions.length) ||
      o.cachedData ||
      o.produceCachedData
    )
      return compileFunction.apply(this, arguments);
    const script = new vm.Script(`(function (${(params ?? []).join(", ")}) {${code}\n})`, {
      filename: o.filename,
      lineOffset: o.lineOffset ?? 0,
      columnOffset: o.columnOffset ?? 0,
    });
    return script.runInContext(o.parsingContext);
  };
  asScript[PATCHED] = true;
  vm.compileFunction = asScript;
}

if (process.env.PERFSHEET_JEST_INLINE !== "default") {
  try {
    require("v8").setFlagsFromString("--no-turbo-inlining");
  } catch {
    /* an engine without this setting runs with its default */
  }
}

module.exports = require("jest-runtime");
