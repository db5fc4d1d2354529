import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join, relative } from "path";
import { parseProfileText, ProfileError, resolveProfile } from "../core/rubric/load";
import type { Profile } from "../core/rubric/schema";
import { BUILTIN_PROFILES } from "../core/rubric/builtin";
import { FileError } from "../hosts/file/errors";
import { readXlsx } from "../hosts/file/xlsx";
import { hasErrors, humanReport } from "./human";
import { FileReport, ReviewReport } from "./report";
import { reviewSheetsForSummary, summaryWorkbook } from "./summary-xlsx";
import { langOf, usage, version, wantsHelp, wantsVersion } from "./usage";

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** print "[3/120] file.xlsx" while reviewing (a terminal on stderr) */
  progress?: boolean;
}

interface Args {
  json: boolean;
  profile: string | null;
  out: string | null;
  lang: "zh" | "en";
  inputs: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const a: Args = { json: false, profile: null, out: null, lang: "zh", inputs: [] };
  const rest = [...argv];
  if (rest[0] !== "review") throw new UsageError(rest[0] ? `未知命令「${rest[0]}」` : "缺少命令");
  rest.shift();
  while (rest.length) {
    const x = rest.shift()!;
    const [flag, inline] = x.startsWith("--") && x.includes("=") ? [x.slice(0, x.indexOf("=")), x.slice(x.indexOf("=") + 1)] : [x, null];
    const value = () => {
      const v = inline ?? rest.shift();
      if (v === undefined || v === "") throw new UsageError(`${flag} 需要一个值`);
      return v;
    };
    if (flag === "--json") a.json = true;
    else if (flag === "--profile") a.profile = value();
    else if (flag === "--out") a.out = value();
    else if (flag === "--lang") {
      const v = value();
      if (v !== "zh" && v !== "en") throw new UsageError(`--lang 只能是 zh 或 en`);
      a.lang = v;
    } else if (flag === "--help" || flag === "-h") throw new UsageError("");
    else if (flag.startsWith("--")) throw new UsageError(`未知选项「${flag}」`);
    else a.inputs.push(x);
  }
  if (a.inputs.length === 0) throw new UsageError("请指定要核查的文件或文件夹");
  return a;
}

const WORKBOOK_EXT = /\.(xlsx|xlsm|xls|et)$/i;

/** Files to review: the named files, and workbooks found recursively in named folders (sorted). */
export function collectFiles(inputs: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith("~$") || name.startsWith(".")) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (WORKBOOK_EXT.test(name)) files.push(p);
    }
  };
  for (const inp of inputs) {
    if (!existsSync(inp)) missing.push(inp);
    else if (statSync(inp).isDirectory()) walk(inp);
    else files.push(inp);
  }
  return { files, missing };
}

function loadProfile(spec: string | null): Profile {
  if (!spec) return resolveProfile("national");
  if (BUILTIN_PROFILES[spec]) return BUILTIN_PROFILES[spec];
  if (existsSync(spec)) return parseProfileText(readFileSync(spec, "utf8"));
  return resolveProfile(spec); // throws a ProfileError naming the built-in ids
}

export async function reviewFile(path: string, profile: Profile, lang: "zh" | "en"): Promise<FileReport> {
  try {
    const { sheets } = await readXlsx(readFileSync(path));
    return { file: path, error: null, sheets: reviewSheetsForSummary(sheets, profile, lang) };
  } catch (e) {
    const err = e instanceof FileError ? e : new FileError("read-failed", (e as Error).message);
    return { file: path, error: { code: err.code, message: lang === "en" ? err.messageEn : err.message }, sheets: [] };
  }
}

/** Run the CLI; returns the exit code (0 no errors, 1 error findings, 2 usage error or unreadable file). */
export async function run(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv) || wantsVersion(argv)) {
    io.stdout((wantsHelp(argv) ? usage(langOf(argv)) : version()) + "\n");
    return 0;
  }
  let args: Args;
  let profile: Profile;
  try {
    args = parseArgs(argv);
    profile = loadProfile(args.profile);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ProfileError) {
      if (e.message) io.stderr(`perfsheet: ${e.message}\n`);
      io.stderr(usage(langOf(argv)) + "\n");
      return 2;
    }
    throw e;
  }
  const { files, missing } = collectFiles(args.inputs);
  const reports: FileReport[] = missing.map((m) => ({
    file: m,
    error: { code: "not-found", message: args.lang === "en" ? "File not found" : "找不到文件" },
    sheets: [],
  }));
  const showProgress = !!io.progress && files.length > 1;
  for (let i = 0; i < files.length; i++) {
    if (showProgress) io.stderr(`[${i + 1}/${files.length}] ${relative(process.cwd(), files[i]) || files[i]}\n`);
    reports.push(await reviewFile(files[i], profile, args.lang));
  }
  const report: ReviewReport = { version: 1, profile: profile.id, files: reports };
  if (args.json) io.stdout(JSON.stringify(report, null, 2) + "\n");
  else io.stdout(humanReport(report, args.lang) + "\n");
  if (args.out) {
    writeFileSync(args.out, await summaryWorkbook(report, { inputs: args.inputs, lang: args.lang }));
    io.stderr(args.lang === "en" ? `Summary written to ${args.out}\n` : `汇总已写入 ${args.out}\n`);
  }
  if (reports.some((r) => r.error) || (files.length === 0 && missing.length === 0)) {
    if (files.length === 0 && missing.length === 0) io.stderr("perfsheet: 未找到任何 .xlsx 文件\n");
    return 2;
  }
  return hasErrors(reports) ? 1 : 0;
}

/** The process's own IO: a closed pipe (`perfsheet … | head`) ends the run quietly. */
export function processIO(): CliIO {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  return { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), progress: !!process.stderr.isTTY };
}

if (require.main === module) {
  run(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`perfsheet: 内部错误 (internal error): ${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
