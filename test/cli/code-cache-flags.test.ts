import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "fs";
import { spawnSync } from "child_process";
import { tmpdir } from "os";
import { join } from "path";

/**
 * bin/perfsheet.js writes a V8 code cache when a run exits (lib/cli.bundle.js, and what the run loads later: the
 * place index read by the first region lookup), and V8 refuses an entry made under other flags than those its
 * script is compiled under. The CLI's V8 settings (bin/perfsheet.js: interrupt budget, no inlining, regexps compiled once, no OSR, a largest function TurboFan compiles; src/cli/heap.ts
 * for a folder's run) must leave every entry good for the next run: a second run of the same command accepts them
 * all and writes none again. (It did not when inlining was turned off by the CLI and on again at exit: the place
 * index, compiled meanwhile, was refused and written again by every run.)
 * Runs the built CLI (`npm test` builds lib/ and the bundle first), with the cache in a folder of its own.
 */
const ROOT = join(__dirname, "..", "..");

/** the built CLI's review of these inputs, its code cache in `cache` */
const review = (cache: string, ...inputs: string[]) =>
  spawnSync(process.execPath, [join(ROOT, "bin", "perfsheet.js"), "review", "--json", ...inputs], {
    encoding: "utf8",
    env: { ...process.env, PERFSHEET_CODE_CACHE_DIR: cache, PERFSHEET_NO_BUNDLE: "", PERFSHEET_JIT: "", PERFSHEET_INLINE: "", PERFSHEET_REGEXP: "", PERFSHEET_OSR: "", PERFSHEET_OPT_SIZE: "", PERFSHEET_HEAP: "" },
  });

/** every entry of the cache with its inode and time: an entry written again is a new file renamed over it */
const cacheEntries = (cache: string) => {
  const out: Record<string, string> = {};
  for (const sub of readdirSync(cache)) for (const f of readdirSync(join(cache, sub))) {
    const st = statSync(join(cache, sub, f));
    out[`${sub}/${f}`] = `${st.ino}:${st.mtimeMs}:${st.size}`;
  }
  return out;
};

/** A folder of two workbooks (012 is of another kind than 011: its review calls functions 011's never does) and an empty
 *  cache folder beside it, in a temporary folder removed after `body`. */
function withFolder(body: (folder: string, cache: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "perfsheet-cache-"));
  try {
    const folder = join(dir, "in");
    mkdirSync(folder);
    for (const name of ["011.xlsx", "012.xlsx"]) copyFileSync(join(ROOT, "test", "fixtures", "corpus", "cases", name), join(folder, name));
    body(folder, join(dir, "cache"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the code cache a run leaves is accepted whole by the next run, a folder's run included", () => {
  withFolder((folder, cache) => {
    const run = () => review(cache, folder);
    const entries = () => cacheEntries(cache);
    const first = run();
    expect(first.stderr).not.toMatch(/内部错误|internal error/);
    expect(JSON.parse(first.stdout)).toBeTruthy();
    const made = entries();
    // the bundle's entry and the place index's, at least
    expect(Object.keys(made).some((k) => k.includes(Buffer.from("lib/cli.bundle.js").toString("base64url")))).toBe(true);
    expect(Object.keys(made).some((k) => k.includes(Buffer.from("lib/core/rubric/places.js").toString("base64url")))).toBe(true);
    const second = run();
    expect(second.stdout).toBe(first.stdout);
    expect(entries()).toEqual(made);
  });
});

test("a folder's run keeps an entry of its own, a one-file run's entry is read meanwhile and never written again", () => {
  withFolder((folder, cache) => {
    const run = (...inputs: string[]) => review(cache, ...inputs);
    const entries = () => cacheEntries(cache);
    const bundle = Buffer.from("lib/cli.bundle.js").toString("base64url");
    const sizeOf = (all: Record<string, string>, folderEntry: boolean) => {
      const k = Object.keys(all).filter((x) => x.includes(bundle) && x.endsWith(".folder") === folderEntry);
      expect(k).toHaveLength(1);
      return Number(all[k[0]].split(":")[2]);
    };
    const one = run(join(folder, "011.xlsx"));
    expect(one.stderr).not.toMatch(/内部错误|internal error/);
    const afterOne = entries();
    expect(Object.keys(afterOne).some((k) => k.endsWith(".folder"))).toBe(false);
    // the folder's run: the one-file entry read and left as it was, the folder's written beside it, larger
    const many = run(folder);
    expect(many.stderr).not.toMatch(/内部错误|internal error/);
    const afterMany = entries();
    for (const [k, v] of Object.entries(afterOne)) expect(afterMany[k]).toBe(v);
    expect(sizeOf(afterMany, true)).toBeGreaterThan(sizeOf(afterMany, false));
    // two names are many too; then each kind of run accepts its own entry and writes none
    expect(run(join(folder, "011.xlsx"), join(folder, "012.xlsx")).stdout).toBe(many.stdout);
    expect(run(folder).stdout).toBe(many.stdout);
    expect(run(join(folder, "011.xlsx")).stdout).toBe(one.stdout);
    expect(entries()).toEqual(afterMany);
  });
});
