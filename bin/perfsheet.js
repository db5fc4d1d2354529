#!/usr/bin/env node
"use strict";
// The CLI runs from the compiled lib/ (built by `npm ci` through the `prepare` script, or `npm run build:lib`).
const path = require("path");
const fs = require("fs");
const ROOT = path.join(__dirname, "..");

/**
 * A V8 code cache for the CLI's own modules and its dependencies (what Node 22's
 * module.enableCompileCache() does; Node 20 has none): start-up is mostly compiling JavaScript.
 * Kept in node_modules/.cache (owned by whoever installed the project), keyed by path, size and mtime.
 * PERFSHEET_NO_CODE_CACHE=1 turns it off; PERFSHEET_CODE_CACHE_DIR=dir keeps it elsewhere (a test's own folder). Returns the compiler of a module's function (wrapped source) with the
 * cache, or null when there is no cache.
 * An entry holds the functions compiled by the run that wrote it (V8 compiles a function when it is first called),
 * and a run that accepts it compiles every other function it calls from its source. A one-file review (the run
 * that usually comes first after a build: the bench's, a user's first try) compiles the recognisers and rules its
 * workbook needs, and a folder's run accepting that entry compiled the rest again in every run. An entry of every
 * function a folder's run calls is larger, and read whole by every run that accepts it: a one-file review took 10%
 * more CPU with it (267 against 242 ms, median of 15 alternated runs). So a review of many workbooks (`many`: see
 * reviewsMany) keeps an entry of its own, `<entry>.folder`, written at the exit of the first such run (which reads
 * the one-file entry meanwhile, where there is one), and a one-file run keeps the entry its own runs make.
 */
function enableCodeCache(many) {
  const Module = require("module");
  const vm = require("vm");
  const dir = path.join(process.env.PERFSHEET_CODE_CACHE_DIR || path.join(ROOT, "node_modules", ".cache"), `perfsheet-v8-${process.version}-${process.arch}`);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch {
    return null;
  }
  const pending = [];
  /** `wrapped` (a module's function, as Module.wrap makes it) compiled with its cache entry (read, or made at exit) */
  const compileCached = (wrapped, filename) => {
    const st = fs.statSync(filename);
    const one = path.join(dir, `${Buffer.from(path.relative(ROOT, filename)).toString("base64url").slice(-160)}-${st.size}-${Math.floor(st.mtimeMs)}`);
    const key = many ? `${one}.folder` : one;
    let cachedData;
    let own = true;
    try {
      cachedData = fs.readFileSync(key);
    } catch {
      cachedData = undefined;
    }
    if (!cachedData && many) {
      // no folder's entry yet: the one-file entry meanwhile
      try {
        cachedData = fs.readFileSync(one);
        own = false;
      } catch {
        cachedData = undefined;
      }
    }
    const script = new vm.Script(wrapped, { filename, cachedData });
    if (!own || !cachedData || script.cachedDataRejected) pending.push([script, key]);
    return script;
  };
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (!filename.startsWith(ROOT + path.sep)) return compile.call(this, content, filename);
    let script;
    try {
      script = compileCached(Module.wrap(content), filename);
    } catch {
      return compile.call(this, content, filename);
    }
    return script.runInThisContext({ displayErrors: true }).call(this.exports, this.exports, requireOf(this), this, filename, path.dirname(filename));
  };
  process.once("exit", () => {
    for (const [script, key] of pending) {
      // after the run: lazily compiled functions included. Written beside the entry and renamed over it: a run
      // starting meanwhile reads the old entry or the new one, never half of one (runs in parallel, a test suite),
      // and an entry shared through a hard link (a copied node_modules) is replaced here, never rewritten in place
      const tmp = `${key}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, key);
      } catch {
        /* a read-only install just runs without the cache */
        try {
          fs.unlinkSync(tmp);
        } catch {
          /* nothing was written */
        }
        continue;
      }
      // the entries of this file's earlier builds (another size or time) are never read again
      const name = path.basename(key).replace(/\.folder$/, "");
      const file = name.slice(0, name.lastIndexOf("-", name.lastIndexOf("-") - 1) + 1);
      try {
        for (const other of fs.readdirSync(dir)) if (other !== name && other !== `${name}.folder` && other.startsWith(file) && /^\d+-\d+(\.folder)?$/.test(other.slice(file.length))) fs.unlinkSync(path.join(dir, other));
      } catch {
        /* kept: they only take room */
      }
    }
  });
  return compileCached;
}

/** The `require` a module's code is given (as Node makes it). */
function requireOf(mod) {
  const Module = require("module");
  const req = (id) => mod.require(id);
  req.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  req.main = process.mainModule;
  req.extensions = Module._extensions;
  req.cache = Module._cache;
  return req;
}

/**
 * lib/cli.bundle.js, written as the module's function (scripts/bundle-cli.js), loaded here rather than by require:
 * read as Latin-1 (the bundle is ASCII: no UTF-8 decoding of its megabyte) and compiled as it is (Module.wrap's
 * text around it made V8 copy the whole source into one string before compiling). Returns its exports.
 */
function loadBundle(file, compileCached) {
  const Module = require("module");
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  Module._cache[file] = mod;
  const source = fs.readFileSync(file, "latin1");
  let script = null;
  if (compileCached) {
    try {
      script = compileCached(source, file);
    } catch {
      script = null;
    }
  }
  if (!script) script = new (require("vm").Script)(source, { filename: file });
  script.runInThisContext({ displayErrors: true }).call(mod.exports, mod.exports, requireOf(mod), mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
}

/**
 * A CLI run is short, and most of its CPU went to V8's optimising compiler: with V8's default budget a
 * function is optimised after running about 66 KB of bytecode, so each of the hundreds of recognisers and
 * rules was compiled (and recompiled after each deoptimisation) within the first few workbooks, on
 * background threads that count as the run's CPU. An 8× budget keeps optimisation for code that is really
 * hot: on the 300-workbook bench folder, CPU 6.7–7.5 s → 3.3–3.6 s, same output. PERFSHEET_JIT=default
 * leaves V8's default.
 * And TurboFan compiles each function without inlining its callees: most of the review's code runs only a few
 * thousand times, inlining makes each compilation several times larger (a rule's check compiled with every grid
 * accessor and recogniser it calls), and a deoptimisation of any inlined callee throws the whole of it away: on
 * the 300-workbook folder 6–9 % less CPU, the same output. PERFSHEET_INLINE=default leaves V8's default.
 * Both are set here, before any of the CLI's code is compiled, and kept to the end: the code cache made at exit
 * records the flags in force, and V8 refuses an entry made under other flags than those its script is compiled
 * under. (Inlining was once turned off by the CLI itself and on again at exit, so a module compiled meanwhile —
 * the place index, read by the first region lookup — was cached under the defaults, refused by every next run,
 * compiled from its source and written again at each exit.) A host embedding the engine (the add-in, the tests)
 * keeps V8's defaults.
 * And each regular expression is compiled once, to machine code, at its first use: V8's default first compiles it to
 * its regexp bytecode (peephole-optimised) and interprets it, then compiles it again to machine code at its second
 * use, and nearly every one of the CLI's hundreds of patterns is used more than once. A one-file review compiled
 * every pattern it met twice: its CPU 128.8 -> 117.4 ms (median of 21 runs alternated with `node -e 0`'s 62.5 ms,
 * loaded machine); the 300-workbook folder's CPU unchanged (its patterns run thousands of times either way);
 * the same matches, the same output. PERFSHEET_REGEXP=default leaves V8's default.
 * And TurboFan compiles no function of more than 3,000 bytes of bytecode, and none on the stack (on-stack replacement,
 * OSR): a fifth of a folder run's CPU is TurboFan on V8's background threads, and most of it went to a few very large
 * functions, each compiled several times: a function whose loop turns long enough is compiled once for the loop
 * (OSR) and again when it is next called, and again after each deoptimisation (on the 300-workbook bench folder: 13
 * OSR compilations, qualifiedWholes compiled 6 times, and the 3,798- and 8,282-byte numberedRuns and
 * walkIndicatorTable alone some 20 % of TurboFan's time). Those few now run in Sparkplug (V8's baseline compiler),
 * and the rest as before; the main thread's CPU did not grow. 300-workbook folder, CPU of the process (all threads,
 * 8 rounds alternated with 28a16a2, load 11-15): median pair ratio 0.929 (8/8 rounds lower; 0.955 and 0.940 at 2,000 bytes),
 * the background threads 785-800 -> 580-615 ms; output byte-identical. (2,000 and 3,000 compile the same functions
 * on the bench folder; 4,000 or 8,000: 0.96-0.97. Below the hot review's largest functions it costs: 1,800 bytes
 * 1.02, 1,400 +18 %, 1,000 +12 % (qualifiedWholes, 1,478 bytes, is one of them): 3,000 is kept for a margin.
 * A hot function grown past 3,000 bytes runs in Sparkplug: split it, or measure with PERFSHEET_OPT_SIZE.)
 * PERFSHEET_OSR=default and PERFSHEET_OPT_SIZE=default (or =N bytes) leave V8's defaults.
 */
function jitSettings() {
  const flags = [];
  const budget = process.env.PERFSHEET_JIT === "default" ? null : Number(process.env.PERFSHEET_JIT) || 540000;
  if (budget) flags.push(`--interrupt-budget=${budget}`);
  if (process.env.PERFSHEET_INLINE !== "default") flags.push("--no-turbo-inlining");
  if (process.env.PERFSHEET_REGEXP !== "default") flags.push("--no-regexp-tier-up");
  if (process.env.PERFSHEET_OSR !== "default") flags.push("--no-use-osr");
  const optSize = process.env.PERFSHEET_OPT_SIZE === "default" ? null : Number(process.env.PERFSHEET_OPT_SIZE) || 3000;
  if (optSize) flags.push(`--max-optimized-bytecode-size=${optSize}`);
  for (const flag of flags) {
    try {
      require("v8").setFlagsFromString(flag);
    } catch {
      /* an engine without this setting runs with its default */
    }
  }
}

const compiled = path.join(ROOT, "lib", "cli", "main.js");
if (!fs.existsSync(compiled)) {
  process.stderr.write("perfsheet: 请先运行 npm run build:lib (run `npm run build:lib` first)\n");
  process.exit(2);
}
jitSettings();
/** lib/cli.bundle.js (scripts/bundle-cli.js) when it was built from the current lib/; PERFSHEET_NO_BUNDLE=1 runs lib/ itself */
function entry() {
  const bundle = path.join(ROOT, "lib", "cli.bundle.js");
  if (process.env.PERFSHEET_NO_BUNDLE) return compiled;
  try {
    return fs.statSync(bundle).mtimeMs >= fs.statSync(compiled).mtimeMs ? bundle : compiled;
  } catch {
    return compiled;
  }
}
const main = entry();

/**
 * A review of several workbooks, as the command line reads: `review` with a folder, or with more than one name that
 * is no option. (Only the code cache's entry is chosen by it: an option's value counted as a name takes the folder's
 * entry, which holds what a one-file run needs too.)
 */
function reviewsMany(argv) {
  if (argv[0] !== "review") return false;
  const names = argv.slice(1).filter((a) => !a.startsWith("-"));
  if (names.length !== 1) return names.length > 1;
  try {
    return fs.statSync(names[0]).isDirectory();
  } catch {
    return false;
  }
}
const compileCached = process.env.PERFSHEET_NO_CODE_CACHE ? null : enableCodeCache(reviewsMany(process.argv.slice(2)));
let cli;
try {
  cli = main === compiled ? require(main) : loadBundle(main, compileCached);
} catch (e) {
  process.stderr.write(`perfsheet: 内部错误 (internal error): ${String((e && e.message) || e).split("\n")[0]}\n`);
  process.exit(2);
}
cli.main(process.argv.slice(2));
