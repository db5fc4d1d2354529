import { join } from "path";
import { run } from "../../src/cli/main";
import { CORPUS } from "../helpers";

async function cli(args: string[]) {
  let out = "";
  let err = "";
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe("perfsheet help and words", () => {
  test.each([[["--help"]], [["-h"]], [["help"]], [["review", "--help"]], [["review", "x.xlsx", "-h"]]])("%j prints the Chinese usage and exits 0", async (args) => {
    const { code, out } = await cli(args);
    expect(code).toBe(0);
    expect(out).toContain("用法：perfsheet review");
  });

  test("--help --lang en prints the English usage; a usage error under --lang en too", async () => {
    const help = await cli(["--help", "--lang", "en"]);
    expect(help.out).toContain("Usage: perfsheet review");
    expect(help.out).not.toMatch(/[（）：，]/);
    const bad = await cli(["review", "--lang", "en"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Usage:");
  });

  test("--version prints the package version", async () => {
    const { code, out } = await cli(["--version"]);
    expect(code).toBe(0);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test("English report: half-width punctuation, confidence as a percent, family and severity in words", async () => {
    const { out } = await cli(["review", "--lang", "en", join(CORPUS, "cases", "012.xlsx")]);
    const head = out.split("\n").find((l) => l.includes("▸"))!;
    expect(head).toMatch(/: Project self-evaluation \(confidence \d{1,3}%\)$/);
    expect(out).toContain("[Error]");
    expect(out).toContain("(Weights do not add up · weight-sum-mismatch)");
    // the report's own words and punctuation are half-width (finding messages are the rules' own text)
    const frame = out.split("\n").filter((l) => !/^\s+[✗!i] /.test(l)).join("\n");
    expect(frame).not.toMatch(/[（）：，「」]/);
  });

  test("Chinese report: confidence as a percent, severity and rule in words", async () => {
    const { out } = await cli(["review", join(CORPUS, "cases", "012.xlsx")]);
    expect(out).toMatch(/项目支出绩效自评表（置信度 \d{1,3}%）/);
    expect(out).toContain("[错误]");
    expect(out).toContain("(分值合计不符 · weight-sum-mismatch)");
  });
});
