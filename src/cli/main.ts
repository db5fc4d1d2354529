import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, realpathSync, statSync, writeFileSync } from "fs";
import { dirname, relative, resolve } from "path";
import { ProfileError } from "../core/rubric/load";
import type { Profile } from "../core/rubric/schema";
import { loadProfile } from "./profile";
import { UsageError, walkArgs } from "./args";
import { FileError } from "../hosts/file/errors";
import { readWorkbook, READER_LIMITS } from "../hosts/file/reader";
import { emptyTally, hasErrors, humanFile, humanFooter } from "./human";
import { FileReport, JsonReportStream, reviewSheets, ReviewReport } from "./report";
import { collectFiles, Skipped } from "./files";
import { langOf, usage as usageText, version, wantsHelp, wantsVersion } from "./usage";
import { useNativeInflate } from "./native-inflate";
import { steadyHeap } from "./heap";

// the CLI runs in Node: the reader inflates with node:zlib
useNativeInflate();


export { collectFiles };

export interface CliIO {
  stdout: (s: string) => void;
  /** the same output as bytes, for an output that takes bytes only (the JSON report is then written through it) */
  stdoutBytes?: (b: Uint8Array) => void;
  stderr: (s: string) => void;
  /** print "[3/120] file.xlsx" while reviewing (a terminal on stderr) */
  progress?: boolean;
  /** a promise to wait on while the output holds much that is not written yet (a pipe read slowly) */
  backlog?: () => Promise<void> | null;
}

interface Args {
  json: boolean;
  profile: string | null;
  out: string | null;
  lang: "zh" | "en";
  inputs: string[];
}


function parseReviewArgs(argv: string[]): Args {
  const a: Args = { json: false, profile: null, out: null, lang: "zh", inputs: [] };
  a.lang = walkArgs(argv, (flag, value, x) => {
    if (flag === "--json") a.json = true;
    else if (flag === "--profile") a.profile = value();
    else if (flag === "--out" || flag === "-o") a.out = value();
    else if (flag.startsWith("--")) throw new UsageError(`未知选项「${flag}」`);
    else a.inputs.push(x);
  }).lang;
  if (a.inputs.length === 0) throw new UsageError("请指定要核查的文件或文件夹");
  return a;
}


const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split("\n")[0];

/**
 * The bytes of a regular file. Opened without blocking and checked on the open descriptor, so a file
 * swapped for a pipe or a device after the folder walk is refused, never waited on.
 */
function readRegularFile(path: string): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new FileError("unsupported-file");
    if (st.size > READER_LIMITS.fileBytes) throw new FileError("too-large", `${(st.size / 1048576).toFixed(1)} MB`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Read and review one file; every failure becomes this file's error (code + message), never the run's. */
export function reviewFile(path: string, profile: Profile | undefined, lang: "zh" | "en", forSummary = false): FileReport & { notes?: string[] } {
  try {
    const { sheets, notes } = readWorkbook(readRegularFile(path));
    const grids = sheets.filter((s) => s.state !== "veryHidden").map((s) => s.grid);
    if (grids.length === 0) throw new FileError("empty");
    // the summary workbook's code (and its facts) is loaded only for --out
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const reviewAll = forSummary ? (require("./summary-xlsx") as typeof import("./summary-xlsx")).reviewSheetsForSummary : reviewSheets;
    return { file: path, error: null, sheets: reviewAll(grids, profile, lang), ...(notes.length ? { notes } : {}) };
  } catch (e) {
    let err: FileError;
    if (e instanceof FileError) err = e;
    else if ((e as NodeJS.ErrnoException)?.code === "ENOENT") err = new FileError("not-found");
    else if ((e as NodeJS.ErrnoException)?.code === "EACCES" || (e as NodeJS.ErrnoException)?.code === "EISDIR") err = new FileError("read-failed", firstLine(e));
    else if (e instanceof RangeError && /memory|Array buffer allocation|Invalid array length|Invalid string length/i.test(e.message)) err = new FileError("too-large", firstLine(e));
    else err = new FileError("internal", firstLine(e));
    return { file: path, error: { code: err.code, message: lang === "en" ? err.messageEn : err.message }, sheets: [] };
  }
}

/** --out must be a file in an existing folder, and none of the inputs. */
function checkOut(out: string, inputs: string[], files: string[]): string | null {
  const abs = resolve(out);
  let st;
  try {
    st = statSync(abs);
  } catch {
    st = null;
  }
  if (st?.isDirectory()) return `--out 指向一个文件夹：${out}（请给出汇总工作簿的文件名，例如 汇总.xlsx）`;
  const dir = dirname(abs);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return `--out 的文件夹不存在：${dirname(out)}`;
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const target = st ? real(abs) : resolve(real(dir), abs.slice(dir.length + 1));
  for (const p of [...inputs, ...files]) {
    if (real(p) === target) return `--out 不能是要核查的文件：${out}（汇总会覆盖原工作簿）`;
  }
  return null;
}

function usage(io: CliIO, message: string, lang: "zh" | "en"): number {
  if (message) io.stderr(`perfsheet: ${message}\n`);
  io.stderr(usageText(lang) + "\n");
  return 2;
}

/** `perfsheet review …`: returns the exit code (0 no errors, 1 error findings, 2 usage error or unreadable file). */
export async function runReview(argv: string[], io: CliIO): Promise<number> {
  let args: Args;
  let profile: Profile | undefined;
  try {
    args = parseReviewArgs(argv);
    profile = loadProfile(args.profile);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ProfileError) return usage(io, e.message, langOf(argv));
    throw e;
  }
  const en = args.lang === "en";
  const { files, missing, skipped } = collectFiles(args.inputs);
  if (args.out) {
    const bad = checkOut(args.out, args.inputs, files);
    if (bad) {
      io.stderr(`perfsheet: ${bad}\n`);
      return 2;
    }
  }
  const skippedOut = skipped.map((s: Skipped) => ({ file: s.file, reason: en ? s.reasonEn : s.reason }));
  for (const s of skippedOut) io.stderr(`perfsheet: ${en ? "note" : "注意"}：${s.file}：${s.reason}\n`);

  // the JSON and the readable report go out one file at a time; only the summary workbook needs every file
  const json = args.json ? new JsonReportStream(io.stdout, io.stdoutBytes) : null;
  const human = args.json ? null : emptyTally();
  const keep: FileReport[] | null = args.out ? [] : null;
  let unreadable = 0;
  let errors = false;
  json?.begin(profile?.id ?? "auto");
  const emit = (r: FileReport & { notes?: string[] }) => {
    const { notes, ...report } = r;
    for (const n of notes ?? []) io.stderr(`perfsheet: ${en ? "note" : "注意"}：${r.file}：${n}\n`);
    if (report.error) unreadable++;
    if (hasErrors([report])) errors = true;
    json?.file(report);
    if (human) io.stdout(humanFile(report, args.lang, human) + "\n");
    keep?.push(report);
  };
  for (const m of missing) emit({ file: m, error: { code: "not-found", message: en ? "File or folder not found" : "找不到文件或文件夹" }, sheets: [] });
  const showProgress = !!io.progress && files.length > 1;
  const heap = files.length > 1 ? steadyHeap() : null;
  try {
    for (let i = 0; i < files.length; i++) {
      if (showProgress) io.stderr(`[${i + 1}/${files.length}] ${relative(process.cwd(), files[i]) || files[i]}\n`);
      emit(reviewFile(files[i], profile, args.lang, !!args.out));
      heap?.afterFile();
      // the reports waiting in the output count as memory: let a slow reader catch up before the next file
      const backlog = io.backlog?.();
      if (backlog) await backlog;
    }
  } finally {
    heap?.done();
  }
  json?.end(skippedOut);
  const report: ReviewReport | null = keep ? { version: 1, profile: profile?.id ?? "auto", files: keep, ...(skippedOut.length ? { skipped: skippedOut } : {}) } : null;
  if (human) io.stdout("\n" + humanFooter(human, profile?.id ?? "auto", args.lang) + "\n");
  if (args.out && report) {
    try {
      // ExcelJS is loaded only here, for the summary workbook
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { summaryWorkbook } = require("./summary-xlsx") as typeof import("./summary-xlsx");
      writeFileSync(args.out, await summaryWorkbook(report, { inputs: args.inputs, lang: args.lang }));
      io.stderr(en ? `Summary written to ${args.out}\n` : `汇总已写入 ${args.out}\n`);
    } catch (e) {
      io.stderr(`perfsheet: ${en ? "cannot write the summary" : "无法写入汇总"} ${args.out}：${firstLine(e)}\n`);
      return 2;
    }
  }
  if (files.length === 0 && missing.length === 0) {
    io.stderr(en ? "perfsheet: no .xlsx file found\n" : "perfsheet: 未找到任何 .xlsx 文件\n");
    return 2;
  }
  if (unreadable) return 2;
  return errors ? 1 : 0;
}

/** Run the CLI; returns the exit code. One `case` per command. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  if (wantsHelp(argv) || wantsVersion(argv)) {
    io.stdout((wantsHelp(argv) ? usageText(langOf(argv)) : version()) + "\n");
    return 0;
  }
  const [command, ...rest] = argv;
  switch (command) {
    case "review":
      return runReview(rest, io);
    case "fill":
      return (await import("./fill")).runFill(rest, io);
    default:
      return usage(io, command ? `未知命令「${command}」` : "缺少命令", langOf(argv));
  }
}

/** output held back (a pipe read slowly) beyond which the review waits for it to drain */
const BACKLOG_BYTES = 256 * 1024;

/** The process's own IO: a closed pipe (`perfsheet … | head`) ends the run quietly. */
export function processIO(): CliIO {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.stderr.write(`perfsheet: 无法输出结果 (cannot write the output): ${e.message}\n`);
    process.exit(2);
  });
  return {
    // text, not bytes: a pipe or a terminal encodes a string as it writes it (one pass, where Buffer.from measures
    // the text first), and a file's stream turns it into bytes itself
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    progress: !!process.stderr.isTTY,
    backlog: () => (process.stdout.writableLength > BACKLOG_BYTES ? new Promise((done) => process.stdout.once("drain", done)) : null),
  };
}

/** Run from a command line: an unexpected error is one clear line (no stack trace), exit 2. */
export function main(argv: string[]): void {
  const fail = (e: unknown) => {
    process.stderr.write(`perfsheet: 内部错误 (internal error): ${firstLine(e)}\n`);
    process.exitCode = 2;
  };
  try {
    run(argv, processIO()).then((code) => {
      process.exitCode = code;
      if (process.env.PERFSHEET_REPORT_RSS) {
        const u = process.resourceUsage();
        process.stderr.write(`perfsheet-maxrss-kb ${u.maxRSS} cpu-ms ${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`);
      }
    }, fail);
  } catch (e) {
    fail(e);
  }
}

if (require.main === module) main(process.argv.slice(2));
