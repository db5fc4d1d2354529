/**
 * The add-in build: webpack runs once (production mode, office.js copied locally) into a temporary
 * directory, and the output is what Excel's shared runtime needs. Takes ~40 s on 2 cores.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";

const ROOT = path.join(__dirname, "../..");
/** `npm test` builds dist/ once and names it in PERFSHEET_DIST; run alone, this file builds into a temporary folder. */
const PREBUILT = process.env.PERFSHEET_DIST;
const OUT = PREBUILT ? path.resolve(PREBUILT) : fs.mkdtempSync(path.join(os.tmpdir(), "perfsheet-build-"));
const IDS = ["EXECRATE", "EXECSCORE", "SCORE", "GRADE", "DEVIATION", "PROGRESS", "LAMP", "LINSCORE", "STEPSCORE", "CAP", "NARESCALE", "QUANTRATE", "WEIGHTCHECK", "PARSETARGET"];

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/check-manifest.js");

const read = (f: string) => fs.readFileSync(path.join(OUT, f), "utf8");

beforeAll(() => {
  if (PREBUILT) return;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `outDir=${OUT}`], {
    cwd: ROOT,
    stdio: "pipe",
  });
}, 300_000);

afterAll(() => {
  if (!PREBUILT) fs.rmSync(OUT, { recursive: true, force: true });
});

test("the task-pane page loads office.js locally, the task pane and the functions bundle (shared runtime)", () => {
  const html = read("taskpane.html");
  const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
  expect(scripts).toEqual(["office/office.js", "taskpane.js", "functions.js"]);
  expect(html).not.toMatch(/https?:\/\//);
});

test("the checker page has its own bundle and no office.js", () => {
  const html = read("checker.html");
  expect([...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1])).toEqual(["checker.js"]);
});

test("functions.js registers every PERF id once", () => {
  const js = read("functions.js");
  for (const id of IDS) expect(js.split(`CustomFunctions.associate("${id}"`).length - 1).toBe(1);
});

test("functions.json and functions.zh-CN.json: the same ids and names, Chinese descriptions in the second", () => {
  const en = JSON.parse(read("functions.json")).functions;
  const zh = JSON.parse(read("functions.zh-CN.json")).functions;
  expect(en.map((f: { id: string }) => f.id)).toEqual(IDS);
  expect(zh.map((f: { id: string; name: string }) => [f.id, f.name])).toEqual(en.map((f: { id: string; name: string }) => [f.id, f.name]));
  for (const f of zh) expect(f.description).toMatch(/[\u4e00-\u9fff]/);
});

test("office.js is the package's file, copied unminified, with its mapping table", () => {
  const dist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  expect(read("office/office.js")).toBe(fs.readFileSync(path.join(dist, "office.js"), "utf8"));
  expect(fs.existsSync(path.join(OUT, "office/o15apptofilemappingtable.js"))).toBe(true);
});

test("the copied manifest passes the checker against the build output", () => {
  expect(checkManifest(read("manifest.xml"), { distDir: OUT }).errors).toEqual([]);
});
