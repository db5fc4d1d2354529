import { PROFILE_IDS } from "./profile";

/** `perfsheet --help` in Chinese (default) or English. */
export function usage(lang: "zh" | "en" = "zh"): string {
  if (lang === "en")
    return `Usage: perfsheet review [--json] [--profile ID|PROFILE.json] [--out SUMMARY.xlsx] [--lang zh|en] FILE_OR_FOLDER...
       perfsheet fill [--mode values|plain|perf] [--overwrite] [--profile ID|FILE] [--sheet NAME] IN.xlsx -o OUT.xlsx
       perfsheet --help | -h | help      this help (perfsheet review --help too; perfsheet fill --help for fill)
       perfsheet --version

  --json            print one JSON document (version 1, see DESIGN §5), one file at a time
  --profile         rubric profile: ${PROFILE_IDS}, or a custom JSON file
                    (default auto: the region named in each sheet's own text)
  --out             also write a summary workbook (Summary / Findings / Statistics); not one of the inputs
  --lang            report language: zh (default) or en
Folders are searched recursively for .xlsx files (links, pipes and devices are skipped). Exit status:
0 no errors; 1 errors found; 2 usage error or a file could not be read.`;
  return `用法：perfsheet review [--json] [--profile 方案ID|方案.json] [--out 汇总.xlsx] [--lang zh|en] 文件或文件夹...
      perfsheet fill [--mode values|plain|perf] [--overwrite] [--profile 方案] [--sheet 工作表] 输入.xlsx -o 输出.xlsx
      perfsheet --help | -h | help      显示本帮助（perfsheet review --help 同；填写见 perfsheet fill --help）
      perfsheet --version               显示版本

  --json            输出 JSON（版本 1，见 DESIGN §5），逐个文件输出
  --profile         规则方案：${PROFILE_IDS}，或自定义 JSON 文件（默认 auto：按各表中的地区名自动选择）
  --out             另存一份汇总工作簿（汇总 / 问题清单 / 统计），不能是要核查的文件或文件夹
  --lang            报告语言：zh（默认）或 en
文件夹会递归查找 .xlsx 文件（链接、管道和设备文件跳过）。退出码：0 无错误；1 发现错误；2 用法错误或有文件无法读取。`;
}

/** The language asked for anywhere on the command line (`--lang en` / `--lang=en`), for help and usage errors. */
export function langOf(argv: string[]): "zh" | "en" {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang" && argv[i + 1] === "en") return "en";
    if (argv[i] === "--lang=en") return "en";
  }
  return "zh";
}

/** True when the command line asks for help: `--help`, `-h` or `help`, at the top level or after `review`. */
export function wantsHelp(argv: string[]): boolean {
  const [cmd, ...rest] = argv;
  if (cmd === "help" || cmd === "--help" || cmd === "-h") return true;
  return cmd === "review" && rest.some((x) => x === "--help" || x === "-h");
}

/** `--version` at the top level. */
export function wantsVersion(argv: string[]): boolean {
  return argv[0] === "--version" || argv[0] === "-V";
}

/** The package version (read from package.json next to lib/ or src/). */
export function version(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("../../package.json") as { version: string }).version;
  } catch {
    return "unknown";
  }
}
