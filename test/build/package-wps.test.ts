/**
 * The offline WPS package (scripts/package-wps.js) over a stand-in dist/wps/, and its Linux installer run for
 * real (sh) into a temporary jsaddons folder that already lists another add-in.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import { unzipSync } from "fflate";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildPackage } = require("../../scripts/package-wps.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const layout = require("../../scripts/addin-layout.js");

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "perfsheet-wps-pkg-"));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

function standInDist(): string {
  const dist = path.join(TMP, "dist");
  for (const f of Object.values(layout.wps.outputs as Record<string, string | string[]>).flat()) {
    fs.mkdirSync(path.dirname(path.join(dist, f)), { recursive: true });
    fs.writeFileSync(path.join(dist, f), `content of ${f}`);
  }
  return dist;
}

test("the package holds the add-in folder, both installers and the instructions, also as a zip", () => {
  const r = buildPackage({ distDir: standInDist(), outDir: path.join(TMP, "out"), version: "9.8.7" });
  const root = "perfsheet-wps-9.8.7";
  expect(r.files).toEqual(
    expect.arrayContaining([
      `${root}/perfsheet_9.8.7/index.html`,
      `${root}/perfsheet_9.8.7/ribbon.xml`,
      `${root}/perfsheet_9.8.7/taskpane.html`,
      `${root}/perfsheet_9.8.7/functions.json`,
      `${root}/perfsheet_9.8.7/manifest.xml`,
      `${root}/install-linux.sh`,
      `${root}/install-windows.ps1`,
      `${root}/install-windows.cmd`,
      `${root}/安装说明.txt`,
    ]),
  );
  const unzipped = unzipSync(new Uint8Array(fs.readFileSync(r.zip)));
  expect(Object.keys(unzipped).sort()).toEqual(r.files);
  expect(new TextDecoder().decode(unzipped[`${root}/perfsheet_9.8.7/ribbon.xml`])).toBe("content of wps/ribbon.xml");
  const ps1 = fs.readFileSync(path.join(r.dir, "install-windows.ps1"), "utf8");
  expect(ps1).toContain("kingsoft\\wps\\jsaddons");
  expect(ps1).toContain("publish.xml");
  expect(fs.statSync(path.join(r.dir, "install-linux.sh")).mode & 0o111).not.toBe(0);
});

test("install-linux.sh registers the add-in in jsplugins.xml beside other add-ins, once, and uninstalls it", () => {
  const r = buildPackage({ distDir: standInDist(), outDir: path.join(TMP, "out2"), version: "1.2.3" });
  const addins = path.join(TMP, "home", ".local/share/Kingsoft/wps/jsaddons");
  fs.mkdirSync(addins, { recursive: true });
  const other = '  <jsplugin name="other" type="wps" url="file:///opt/other/" version="1.0" enable="enable_dev"/>';
  fs.writeFileSync(path.join(addins, "jsplugins.xml"), `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${other}\n</jsplugins>\n`);
  const run = (...args: string[]) => execFileSync("sh", [path.join(r.dir, "install-linux.sh"), ...args], { env: { ...process.env, PERFSHEET_WPS_ADDINS: addins }, stdio: "pipe" });
  run();
  run(); // installing again replaces the entry
  const xml = fs.readFileSync(path.join(addins, "jsplugins.xml"), "utf8");
  const ours = `  <jsplugin name="perfsheet" type="et" url="file://${addins}/perfsheet_1.2.3/" version="1.2.3" enable="enable_dev" install="null" customDomain=""/>`;
  expect(xml.split("\n")).toEqual(['<?xml version="1.0" encoding="UTF-8"?>', "<jsplugins>", other, ours, "</jsplugins>", ""]);
  expect(fs.readFileSync(path.join(addins, "perfsheet_1.2.3/index.html"), "utf8")).toBe("content of wps/index.html");
  expect(fs.existsSync(path.join(addins, "publish.xml"))).toBe(false);
  run("--uninstall");
  expect(fs.readFileSync(path.join(addins, "jsplugins.xml"), "utf8").split("\n")).toEqual(['<?xml version="1.0" encoding="UTF-8"?>', "<jsplugins>", other, "</jsplugins>", ""]);
  expect(fs.existsSync(path.join(addins, "perfsheet_1.2.3"))).toBe(false);
});

test("install-linux.sh --publish also writes publish.xml; a fresh folder gets a fresh jsplugins.xml", () => {
  const r = buildPackage({ distDir: standInDist(), outDir: path.join(TMP, "out3"), version: "1.0.0" });
  const addins = path.join(TMP, "fresh", "jsaddons");
  execFileSync("sh", [path.join(r.dir, "install-linux.sh"), "--publish"], { env: { ...process.env, PERFSHEET_WPS_ADDINS: addins }, stdio: "pipe" });
  for (const f of ["jsplugins.xml", "publish.xml"]) {
    const xml = fs.readFileSync(path.join(addins, f), "utf8");
    expect(xml).toContain('<jsplugin name="perfsheet" type="et"');
    expect(xml.trim().endsWith("</jsplugins>")).toBe(true);
  }
});

test("install-linux.sh keeps the other add-ins of a one-line jsplugins.xml", () => {
  const r = buildPackage({ distDir: standInDist(), outDir: path.join(TMP, "out4"), version: "1.0.0" });
  const addins = path.join(TMP, "oneline", "jsaddons");
  fs.mkdirSync(addins, { recursive: true });
  fs.writeFileSync(path.join(addins, "jsplugins.xml"), '<jsplugins><jsplugin name="a" type="et" url="x"/><jsplugin name="perfsheet" type="et" url="old"/></jsplugins>');
  execFileSync("sh", [path.join(r.dir, "install-linux.sh")], { env: { ...process.env, PERFSHEET_WPS_ADDINS: addins }, stdio: "pipe" });
  const lines = fs.readFileSync(path.join(addins, "jsplugins.xml"), "utf8").trim().split("\n");
  expect(lines[0]).toBe("<jsplugins>");
  expect(lines[1]).toBe('<jsplugin name="a" type="et" url="x"/>');
  expect(lines[2]).toContain(`url="file://${addins}/perfsheet_1.0.0/"`);
  expect(lines[3]).toBe("</jsplugins>");
  expect(lines).toHaveLength(4);
});
