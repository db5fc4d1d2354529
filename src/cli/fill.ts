import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { review } from "../core/review";
import { planFill, plainFillBuilder } from "../core/fill";
import type { CellContent, FillMode, FillPlan, SkipReason } from "../core/fill";
import { ProfileError } from "../core/rubric/load";
import type { Profile } from "../core/rubric/schema";
import { loadProfile, PROFILE_IDS } from "./profile";
import { UsageError, walkArgs } from "./args";
import { FileError } from "../hosts/file/errors";
import { FileWorkbookPort } from "../hosts/file/workbook-port";
import type { CliIO } from "./main";

const USAGE_ZH = `用法：perfsheet fill [--mode perf|plain|values] [--overwrite] [--profile 方案ID|方案.json] [--sheet 工作表] [--lang zh|en] 输入.xlsx -o 输出.xlsx

  --mode       写入方式：values 数值（默认）；plain 普通 Excel 公式（不需要加载项）；perf =PERF.* 公式（需要加载项）
  --overwrite  本次允许覆盖已填写的数值（用户自己写的公式始终不替换）
  --profile    规则方案：${PROFILE_IDS}，或自定义 JSON 文件（默认 auto：按表内地区名自动选择）
  --sheet      只填写这个工作表（默认：所有识别出的绩效表格）
  -o, --out    输出文件（必填；不能是输入文件本身，不能是文件夹）
输出文件只在计划的单元格上与输入不同，其余内容逐字节保留。退出码：0 完成且无错误；1 表格中有错误；2 用法错误或文件无法读取/写入。`;

const USAGE_EN = `Usage: perfsheet fill [--mode perf|plain|values] [--overwrite] [--profile ID|FILE.json] [--sheet NAME] [--lang zh|en] IN.xlsx -o OUT.xlsx

  --mode       values (default); plain Excel formulas (no add-in needed); perf =PERF.* formulas (need the add-in)
  --overwrite  allow overwriting typed values for this run (formulas the user wrote are never replaced)
  --profile    rubric profile: ${PROFILE_IDS}, or a custom JSON file (default auto: the region named in the sheet)
  --sheet      fill only this sheet (default: every recognised evaluation sheet)
  -o, --out    output file (required; never the input itself, never a folder)
The output differs from the input only in the planned cells; everything else is kept byte for byte. Exit: 0 done, no
errors; 1 the sheets have errors; 2 usage error, or a file that cannot be read or written.`;


interface FillArgs {
  mode: FillMode;
  overwrite: boolean;
  profile: string | null;
  sheet: string | null;
  lang: "zh" | "en";
  input: string | null;
  out: string | null;
}

function parseArgs(argv: string[]): FillArgs {
  const a: FillArgs = { mode: "values", overwrite: false, profile: null, sheet: null, lang: "zh", input: null, out: null };
  a.lang = walkArgs(argv, (flag, value, x) => {
    if (flag === "--mode") {
      const v = value();
      if (v !== "perf" && v !== "plain" && v !== "values") throw new UsageError("--mode 只能是 perf、plain 或 values");
      a.mode = v;
    } else if (flag === "--overwrite") a.overwrite = true;
    else if (flag === "--profile") a.profile = value();
    else if (flag === "--sheet") a.sheet = value();
    else if (flag === "-o" || flag === "--out") a.out = value();
    else if (flag.startsWith("-")) throw new UsageError(`未知选项「${flag}」`);
    else if (a.input === null) a.input = x;
    else throw new UsageError("只能指定一个输入文件");
  }).lang;
  if (!a.input) throw new UsageError("请指定要填写的工作簿");
  if (!a.out) throw new UsageError("请用 -o 指定输出文件（不会改写输入文件）");
  return a;
}


/** The real path a file would have: for a file that does not exist yet, its folder's real path and its name. */
function realTarget(p: string): string {
  const abs = resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

const REASON_ZH: Record<SkipReason, string> = {
  "user-formula": "单元格中有用户自己写的公式，不替换",
  "typed-value": "单元格中已有填写的数值（加 --overwrite 覆盖）",
  unchanged: "内容已一致",
  "no-formula": "此项没有对应的普通公式",
};
const REASON_EN: Record<SkipReason, string> = {
  "user-formula": "holds a formula the user wrote: not replaced",
  "typed-value": "holds a typed value (use --overwrite to replace it)",
  unchanged: "already holds this",
  "no-formula": "no plain formula for this fill",
};

function show(c: CellContent, zh: boolean): string {
  const v = c.value === null || c.value === "" ? null : typeof c.value === "object" ? c.value.error : String(c.value);
  if (c.formula) return `=${c.formula}${v !== null ? (zh ? `（${v}）` : ` (${v})`) : ""}`;
  return v ?? (zh ? "（空）" : "(empty)");
}

/** The plan as text: each write (cell, old → new, why), then what was left alone and why. */
export function planText(plan: FillPlan, lang: "zh" | "en"): string {
  const zh = lang === "zh";
  const lines: string[] = [];
  lines.push(zh ? `▸ 工作表「${plan.sheet}」：写入 ${plan.edits.length} 个单元格（${plan.mode}）` : `▸ sheet "${plan.sheet}": ${plan.edits.length} cell(s) to write (${plan.mode})`);
  for (const e of plan.edits) lines.push(`    ${e.cell.padEnd(6)} ${show(e.before, zh)} → ${show(e.after, zh)}    ${e.why}`);
  if (plan.skipped.length) {
    lines.push(zh ? `  未写入 ${plan.skipped.length} 个：` : `  left alone: ${plan.skipped.length}`);
    for (const s of plan.skipped) lines.push(`    ${s.cell.padEnd(6)} ${show(s.current, zh)}${zh ? "：" : ": "}${(zh ? REASON_ZH : REASON_EN)[s.reason]}`);
  }
  return lines.join("\n");
}

/** `perfsheet fill`: review, plan and write a filled copy. Returns the exit code. */
export async function runFill(argv: string[], io: CliIO): Promise<number> {
  let args: FillArgs;
  let profile: Profile | undefined;
  try {
    args = parseArgs(argv);
    profile = loadProfile(args.profile);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ProfileError) {
      const en = argv.some((x, i) => x === "--lang=en" || (x === "--lang" && argv[i + 1] === "en"));
      if (e.message) io.stderr(`perfsheet fill: ${e.message}\n`);
      io.stderr((en ? USAGE_EN : USAGE_ZH) + "\n");
      return 2;
    }
    throw e;
  }
  const zh = args.lang === "zh";
  const input = args.input!;
  const out = args.out!;
  if (!existsSync(input)) {
    io.stderr(zh ? `perfsheet fill: 找不到文件 ${input}\n` : `perfsheet fill: file not found: ${input}\n`);
    return 2;
  }
  if (!statSync(input).isFile()) {
    io.stderr(zh ? `perfsheet fill: ${input} 不是普通文件\n` : `perfsheet fill: ${input} is not a regular file\n`);
    return 2;
  }
  if (existsSync(out) && statSync(out).isDirectory()) {
    io.stderr(zh ? `perfsheet fill: 输出 ${out} 是文件夹，请给出文件名\n` : `perfsheet fill: ${out} is a folder: give a file name\n`);
    return 2;
  }
  if (realTarget(out) === realTarget(input)) {
    io.stderr(zh ? `perfsheet fill: 输出文件就是输入文件，不会原地改写；请另选 -o\n` : `perfsheet fill: the output is the input file; it is never changed in place: choose another -o\n`);
    return 2;
  }
  if (!existsSync(dirname(resolve(out)))) {
    io.stderr(zh ? `perfsheet fill: 输出文件夹不存在：${dirname(out)}\n` : `perfsheet fill: no such folder: ${dirname(out)}\n`);
    return 2;
  }
  let port: FileWorkbookPort;
  try {
    port = await FileWorkbookPort.open(new Uint8Array(readFileSync(input)), basename(input));
  } catch (e) {
    const err = e instanceof FileError ? e : new FileError("read-failed", (e as Error).message);
    io.stderr(`perfsheet fill: ${input}：${zh ? err.message : err.messageEn}\n`);
    return 2;
  }
  const sheets = args.sheet ? [args.sheet] : await port.listSheets();
  if (args.sheet && !(await port.listSheets()).includes(args.sheet)) {
    io.stderr(zh ? `perfsheet fill: 没有名为「${args.sheet}」的工作表\n` : `perfsheet fill: no sheet named "${args.sheet}"\n`);
    return 2;
  }
  let errors = 0;
  let written = 0;
  let failed = false;
  const report: string[] = [];
  for (const name of sheets) {
    const grid = await port.readSheet(name);
    const r = review(grid, profile);
    // (forms stacked on the sheet: any of them recognised)
    if ((r.forms?.map((f) => f.result.model) ?? [r.model]).every((m) => m.family === "unknown")) continue;
    errors += r.findings.filter((f) => f.severity === "error").length;
    const plan = planFill(grid, r.fills, { mode: args.mode, overwriteValues: args.overwrite, plainFormula: plainFillBuilder(grid, r.profile) });
    report.push(planText(plan, args.lang));
    if (plan.edits.length) {
      try {
        await port.applyEdits(name, plan.edits);
        written += plan.edits.length;
      } catch (e) {
        // the sheet's XML is of a shape the writer does not patch (e.g. cells without addresses): nothing written
        failed = true;
        report.push(zh ? `  ✗ 无法写入此工作表：${(e as Error).message}` : `  ✗ cannot write this sheet: ${(e as Error).message}`);
      }
    }
  }
  if (report.length === 0) report.push(zh ? "没有识别出绩效表格，未写入任何单元格" : "no evaluation sheet recognised: nothing written");
  io.stdout(report.join("\n") + "\n");
  try {
    writeFileSync(out, await port.toXlsx());
  } catch (e) {
    io.stderr(`perfsheet fill: ${zh ? "无法写入" : "cannot write"} ${out}：${(e as Error).message}\n`);
    return 2;
  }
  io.stderr(zh ? `已写入 ${written} 个单元格，另存为 ${out}\n` : `${written} cell(s) written, saved as ${out}\n`);
  return failed ? 2 : errors > 0 ? 1 : 0;
}
