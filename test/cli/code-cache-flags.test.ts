import { mkdtempSync } from "fs";
import { spawnSync } from "child_process";
import { tmpdir } from "os";
import { join } from "path";

/**
 * bin/perfsheet.js writes a V8 code cache when a run exits, and V8 refuses a cache made under other flags than
 * the run loading it. A run over several files changes V8 settings (src/cli/heap.ts, src/cli/jit.ts): they are
 * V8's defaults again by the time the cache is made, so the next run (started with the defaults) accepts it.
 */
test("a code cache made when a folder's run exits is accepted by the next run", () => {
  const dir = mkdtempSync(join(tmpdir(), "perfsheet-cache-"));
  const cacheFile = join(dir, "cache");
  const src = join(__dirname, "..", "..", "src", "cli");
  const source = "function add(a, b) { return a + b; } add(1, 2);";
  // as bin/perfsheet.js: the cache is written by an exit listener registered before the CLI sets anything
  const writer = [
    `const vm = require("vm"), fs = require("fs");`,
    `const script = new vm.Script(${JSON.stringify(source)}, { filename: "probe.js" });`,
    `script.runInThisContext();`,
    `process.once("exit", () => fs.writeFileSync(${JSON.stringify(cacheFile)}, script.createCachedData()));`,
    `require(${JSON.stringify(join(src, "jit.ts"))}).leanInlining();`,
    `require(${JSON.stringify(join(src, "heap.ts"))}).steadyHeap().afterFile();`,
  ].join("\n");
  const tsx = join(__dirname, "..", "..", "node_modules", "tsx", "dist", "cli.mjs");
  const w = spawnSync(process.execPath, [tsx, "-e", writer], { encoding: "utf8", env: { ...process.env, PERFSHEET_YOUNG_MB: "1" } });
  expect(w.status).toBe(0);
  const reader = [
    `const vm = require("vm"), fs = require("fs");`,
    `const s = new vm.Script(${JSON.stringify(source)}, { filename: "probe.js", cachedData: fs.readFileSync(${JSON.stringify(cacheFile)}) });`,
    `console.log(s.cachedDataRejected ? "rejected" : "accepted");`,
  ].join("\n");
  const r = spawnSync(process.execPath, ["-e", reader], { encoding: "utf8" });
  expect(r.stdout.trim()).toBe("accepted");
});
