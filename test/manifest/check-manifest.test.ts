/**
 * The offline manifest checker accepts the project's manifest.xml and rejects broken variants, each with
 * a message naming the problem.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/check-manifest.js") as {
  checkManifest: (xml: string, o?: { origin?: string; distDir?: string }) => { errors: string[]; warnings: string[] };
};

const ROOT = path.join(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function replaced(from: string | RegExp, to: string): string {
  const out = MANIFEST.replace(from, to);
  if (out === MANIFEST) throw new Error(`mutation did not apply: ${from}`);
  return out;
}

test("the project's manifest.xml passes with no errors and no warnings", () => {
  expect(checkManifest(MANIFEST)).toEqual({ errors: [], warnings: [] });
});

const ID_LINE = "<Id>5d3f8a2e-7c41-4b9e-a6d2-3e8f1c9b0a47</Id>";
const VERSION_LINE = "<Version>0.1.0.0</Version>";

const broken: [string, string, RegExp][] = [
  ["Version before Id", replaced(`${ID_LINE}\n  ${VERSION_LINE}`, `${VERSION_LINE}\n  ${ID_LINE}`), /<Id> must come before <Version>/],
  [
    "HighResolutionIconUrl before IconUrl",
    replaced(/(<IconUrl [^>]*\/>)\n(\s*)(<HighResolutionIconUrl [^>]*\/>)/, "$3\n$2$1"),
    /<IconUrl> must come before <HighResolutionIconUrl>/,
  ],
  [
    "Requirements after DefaultSettings",
    replaced(/(\s*<Requirements>[\s\S]*?<\/Requirements>)(\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>)/, "$2$1"),
    /<Requirements> must come before <Permissions>|<DefaultSettings> must come before|<Requirements> must come before/,
  ],
  [
    "Page before Script in the custom-functions extension point",
    replaced(/(\s*<Script>[\s\S]*?<\/Script>)(\s*<Page>[\s\S]*?<\/Page>)/, "$2$1"),
    /<Page> must come before <Metadata>|<Script> must come before <Page>/,
  ],
  ["Runtimes misspelt as Runtime (office-js#1158)", replaced(/<Runtimes>([\s\S]*?)<\/Runtimes>/, "<Runtime>$1</Runtime>"), /<Runtime> is not a valid child|Runtimes/],
  ["a resid longer than 32 characters", replaced(/"Functions\.Script\.Url"/g, '"Functions.Script.Url.For.The.Shared.Runtime"'), /has 43 characters \(max 32\)/],
  ["a resid that resolves to nothing", replaced('<Label resid="CommandsGroup.Label"/>', '<Label resid="CommandGroup.Label"/>'), /resid "CommandGroup\.Label" does not resolve/],
  ["FunctionFile on another resid than the Runtime", replaced('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>'), /must share one resid/],
  ["a Runtime that is not long-lived", replaced('lifetime="long"', 'lifetime="short"'), /lifetime must be "long"/],
  ["an Id that is not a GUID", replaced(ID_LINE, "<Id>perfsheet</Id>"), /Id: "perfsheet" is not a GUID/],
  ["a three-part version", replaced(VERSION_LINE, "<Version>0.1.0</Version>"), /four numeric parts/],
  ["metadata URL not matching the build output", replaced("https://localhost:3000/functions.zh-CN.json", "https://localhost:3000/functions-zh.json"), /should be https:\/\/localhost:3000\/functions\.zh-CN\.json/],
  ["the functions script on another file", replaced("https://localhost:3000/functions.js", "https://localhost:3000/custom.js"), /Functions\.Script\.Url.*should be .*functions\.js/],
  ["an http URL", replaced('"https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', '"http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'), /must be https/],
  ["a URL on another origin", replaced("https://localhost:3000/assets/icon-16.png", "https://cdn.example.com/assets/icon-16.png"), /is not on https:\/\/localhost:3000/],
  ["a ShortString over 125 characters", replaced('DefaultValue="绩效核查"', `DefaultValue="${"绩".repeat(126)}"`), /126 characters \(max 125\)/],
  ["a LongString over 250 characters", replaced('DefaultValue="识别本表、核查分值与得分、填写得分和等级。"', `DefaultValue="${"核".repeat(251)}"`), /251 characters \(max 250\)/],
  ["an Override for the default locale", replaced('<Override Locale="en-US" Value="PerfSheet"/>', '<Override Locale="zh-CN" Value="绩效"/>'), /Override for the default locale zh-CN/],
  ["a namespace other than PERF", replaced('<bt:String id="Functions.Namespace" DefaultValue="PERF"/>', '<bt:String id="Functions.Namespace" DefaultValue="PERFX"/>'), /namespace is "PERFX"/],
  ["no SharedRuntime requirement", replaced('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""), /SharedRuntime/],
  ["read-only permission", replaced("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"), /ReadWriteDocument/],
  ["a label pointing at a URL resource", replaced('<Label resid="TaskpaneButton.Label"/>', '<Label resid="Taskpane.Url"/>'), /is a url resource, expected short/],
  ["a duplicated resource id", replaced('<bt:String id="GetStarted.Title"', '<bt:String id="CommandsGroup.Label"'), /defined twice/],
  ["XML that is not well-formed", replaced("</Permissions>", "</Permission>"), /^XML: /],
  ["an unknown element in OfficeApp", replaced("<ProviderName>", "<Provider>x</Provider>\n  <ProviderName>"), /<Provider> is not a valid child of OfficeApp/],
];

test.each(broken)("rejects %s", (_name, xml, message) => {
  const { errors } = checkManifest(xml);
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.join("\n")).toMatch(message);
});

test("with --dist, files the manifest references must exist", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfsheet-dist-"));
  const first = checkManifest(MANIFEST, { distDir: dir });
  expect(first.errors.join("\n")).toMatch(/dist: taskpane\.html is referenced by the manifest but not in/);
  for (const f of ["taskpane.html", "functions.js", "functions.json", "functions.zh-CN.json", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), "x");
  }
  expect(checkManifest(MANIFEST, { distDir: dir }).errors).toEqual([]);
});

test("the CLI exits 0 on the manifest and 1 on a broken one", () => {
  const script = path.join(ROOT, "scripts/check-manifest.js");
  expect(execFileSync("node", [script, path.join(ROOT, "manifest.xml")], { encoding: "utf8" })).toMatch(/OK/);
  const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "perfsheet-m-")), "manifest.xml");
  fs.writeFileSync(bad, MANIFEST.replace(VERSION_LINE, "<Version>1</Version>"));
  let status = 0;
  try {
    execFileSync("node", [script, bad], { encoding: "utf8" });
  } catch (e) {
    status = (e as { status: number }).status;
  }
  expect(status).toBe(1);
});
