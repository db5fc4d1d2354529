/** A command line the user has to correct; the message is Chinese ("" for a plain --help). */
export class UsageError extends Error {}

/**
 * Walk a command line: `onFlag(flag, value, arg)` for each argument, where `flag` is the argument without an
 * inline `=value` and `value()` takes the option's value (inline, or the next argument). The options every
 * command shares are handled here: `--lang zh|en` (returned) and `--help`/`-h`.
 */
export function walkArgs(argv: string[], onFlag: (flag: string, value: () => string, arg: string) => void): { lang: "zh" | "en" } {
  let lang: "zh" | "en" = "zh";
  const rest = [...argv];
  while (rest.length) {
    const x = rest.shift()!;
    const [flag, inline] = x.startsWith("--") && x.includes("=") ? [x.slice(0, x.indexOf("=")), x.slice(x.indexOf("=") + 1)] : [x, null];
    const value = () => {
      const v = inline ?? rest.shift();
      if (v === undefined || v === "") throw new UsageError(`${flag} 需要一个值`);
      return v;
    };
    if (flag === "--lang") {
      const v = value();
      if (v !== "zh" && v !== "en") throw new UsageError("--lang 只能是 zh 或 en");
      lang = v;
    } else if (flag === "--help" || flag === "-h") throw new UsageError("");
    else onFlag(flag, value, x);
  }
  return { lang };
}
