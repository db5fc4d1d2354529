#!/usr/bin/env node
/**
 * The offline package of the WPS 表格 add-in (npm run package:wps, after npm run build):
 *
 *   dist/package/perfsheet-wps-<version>/
 *     perfsheet_<version>/        the add-in folder (a copy of dist/wps/)
 *     install-windows.ps1         copies the folder into %APPDATA%\kingsoft\wps\jsaddons and registers it in publish.xml
 *     install-windows.cmd         runs the PowerShell script (double-click)
 *     install-linux.sh            copies it into ~/.local/share/Kingsoft/wps/jsaddons and registers it in jsplugins.xml
 *                                 (Kylin, UOS and other Linux builds; --publish also writes publish.xml; --uninstall)
 *     安装说明.txt                 the steps, in Chinese and English
 *   dist/package/perfsheet-wps-<version>.zip   the same, zipped with fflate
 *
 * Both installers keep other add-ins' entries and back up the XML they change (.bak-perfsheet).
 *
 *   node scripts/package-wps.js [--dist dist] [--out dist/package]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { zipSync } = require("fflate");
const layout = require("./addin-layout");

const NAME = layout.wps.name;

function listFiles(dir, base = dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, base));
    else out.push(path.relative(base, p).split(path.sep).join("/"));
  }
  return out.sort();
}

function linuxInstaller(version) {
  const folder = `${NAME}_${version}`;
  return `#!/bin/sh
# PerfSheet 绩效表格核查 — WPS 表格加载项安装（Linux / 银河麒麟 Kylin / 统信 UOS）
#   sh install-linux.sh              安装（复制到 ~/.local/share/Kingsoft/wps/jsaddons 并登记到 jsplugins.xml）
#   sh install-linux.sh --publish    同时登记到 publish.xml（部分版本读取 publish.xml）
#   sh install-linux.sh --uninstall  卸载
# 安装后请完全退出并重新打开 WPS（quickstartoffice restart）。
set -eu
NAME="${NAME}"
VERSION="${version}"
FOLDER="${folder}"
HERE=$(cd "$(dirname "$0")" && pwd)
ADDINS="\${PERFSHEET_WPS_ADDINS:-$HOME/.local/share/Kingsoft/wps/jsaddons}"
PUBLISH=0
UNINSTALL=0
for arg in "$@"; do
  case "$arg" in
    --publish) PUBLISH=1 ;;
    --uninstall) UNINSTALL=1 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

# register (or with --uninstall, remove) our entry in one XML file, keeping every other add-in's entry
register() {
  xml="$1"
  url="$2"
  if [ -f "$xml" ]; then
    cp "$xml" "$xml.bak-perfsheet"
  else
    printf '%s\\n%s\\n%s\\n' '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' '<jsplugins>' '</jsplugins>' > "$xml"
  fi
  if ! grep -q '</jsplugins>' "$xml"; then
    echo "$xml 缺少 </jsplugins>，未修改 / $xml has no </jsplugins>; left unchanged" >&2
    exit 1
  fi
  tmp="$xml.tmp-perfsheet"
  # one element per line (some tools write the whole file on one line), then drop our old entry
  awk '{ gsub(/></, ">\\n<"); print }' "$xml" | grep -v "name=\\"$NAME\\"" > "$tmp" || true
  if [ -n "$url" ]; then
    entry="  <jsplugin name=\\"$NAME\\" type=\\"et\\" url=\\"$url\\" version=\\"$VERSION\\" enable=\\"enable_dev\\" install=\\"null\\" customDomain=\\"\\"/>"
    awk -v entry="$entry" '{ if (!done && index($0, "</jsplugins>")) { print entry; done = 1 } print }' "$tmp" > "$tmp.2"
    mv "$tmp.2" "$tmp"
  fi
  mv "$tmp" "$xml"
}

mkdir -p "$ADDINS"
if [ "$UNINSTALL" = 1 ]; then
  rm -rf "$ADDINS/$FOLDER"
  for f in jsplugins.xml publish.xml; do
    [ -f "$ADDINS/$f" ] && register "$ADDINS/$f" ""
  done
  echo "已卸载 PerfSheet / PerfSheet removed from $ADDINS"
  exit 0
fi
rm -rf "$ADDINS/$FOLDER"
cp -R "$HERE/$FOLDER" "$ADDINS/$FOLDER"
URL="file://$ADDINS/$FOLDER/"
register "$ADDINS/jsplugins.xml" "$URL"
if [ "$PUBLISH" = 1 ]; then register "$ADDINS/publish.xml" "$URL"; fi
echo "已安装 PerfSheet $VERSION 到 $ADDINS/$FOLDER"
echo "请完全退出 WPS 后重新打开（Linux 可执行 quickstartoffice restart），在 WPS 表格中找到“绩效核查”选项卡。"
echo "Installed; quit WPS completely and start it again, then look for the 绩效核查 tab in WPS Spreadsheets."
`;
}

function windowsInstaller(version) {
  const folder = `${NAME}_${version}`;
  return `# PerfSheet 绩效表格核查 — WPS 表格加载项安装（Windows）
#   install-windows.cmd                 安装（复制到 %APPDATA%\\kingsoft\\wps\\jsaddons 并登记到 publish.xml）
#   install-windows.cmd -Uninstall      卸载
# 安装前请完全退出 WPS；安装后重新打开 WPS 表格，找到“绩效核查”选项卡。
param([switch]$Uninstall)
$ErrorActionPreference = 'Stop'
$Name = '${NAME}'
$Version = '${version}'
$Folder = '${folder}'
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
$AddIns = Join-Path $env:APPDATA 'kingsoft\\wps\\jsaddons'
New-Item -ItemType Directory -Force -Path $AddIns | Out-Null
$Target = Join-Path $AddIns $Folder
$Xml = Join-Path $AddIns 'publish.xml'

$doc = New-Object System.Xml.XmlDocument
if (Test-Path -LiteralPath $Xml) {
  Copy-Item -LiteralPath $Xml -Destination ($Xml + '.bak-perfsheet') -Force
  $doc.Load($Xml)
  if ($doc.DocumentElement.Name -ne 'jsplugins') { throw "publish.xml 的根元素不是 jsplugins，未修改 / unexpected publish.xml; left unchanged" }
} else {
  $doc.LoadXml('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><jsplugins></jsplugins>')
}
# keep every other add-in's entry; drop ours
foreach ($old in @($doc.DocumentElement.SelectNodes('*') | Where-Object { $_.GetAttribute('name') -eq $Name })) {
  [void]$doc.DocumentElement.RemoveChild($old)
}
if (Test-Path -LiteralPath $Target) { Remove-Item -LiteralPath $Target -Recurse -Force }

if (-not $Uninstall) {
  Copy-Item -LiteralPath (Join-Path $Here $Folder) -Destination $Target -Recurse
  $Url = ([System.Uri]($Target + '\\')).AbsoluteUri
  $e = $doc.CreateElement('jsplugin')
  $e.SetAttribute('name', $Name)
  $e.SetAttribute('type', 'et')
  $e.SetAttribute('url', $Url)
  $e.SetAttribute('version', $Version)
  $e.SetAttribute('enable', 'enable_dev')
  $e.SetAttribute('install', 'null')
  $e.SetAttribute('customDomain', '')
  [void]$doc.DocumentElement.AppendChild($e)
}

$settings = New-Object System.Xml.XmlWriterSettings
$settings.Encoding = New-Object System.Text.UTF8Encoding($false)
$settings.Indent = $true
$w = [System.Xml.XmlWriter]::Create($Xml, $settings)
$doc.Save($w)
$w.Close()
if ($Uninstall) { Write-Host "已卸载 PerfSheet / PerfSheet removed" }
else { Write-Host "已安装 PerfSheet $Version 到 $Target。请重新打开 WPS 表格，找到“绩效核查”选项卡。/ Installed; restart WPS." }
`;
}

function windowsLauncher() {
  return '@echo off\r\npowershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-windows.ps1" %*\r\npause\r\n';
}

function readme(version) {
  return `PerfSheet 绩效表格核查 ${version} — WPS 表格加载项（离线安装包）

Windows：
  1. 完全退出 WPS。
  2. 双击 install-windows.cmd（或在 PowerShell 中运行 install-windows.ps1）。
     加载项复制到 %APPDATA%\\kingsoft\\wps\\jsaddons\\${NAME}_${version}，并登记到同目录的 publish.xml。
  3. 重新打开 WPS 表格，出现“绩效核查”选项卡：核查 / 填写 / 汇总。

Linux（银河麒麟 Kylin、统信 UOS 等）：
  1. 完全退出 WPS（quickstartoffice restart 或注销重新登录）。
  2. 在本目录执行：sh install-linux.sh
     加载项复制到 ~/.local/share/Kingsoft/wps/jsaddons/${NAME}_${version}，并登记到同目录的 jsplugins.xml。
     若选项卡没有出现，再执行 sh install-linux.sh --publish（同时登记到 publish.xml），并清理 jsaddons 缓存后重启 WPS。
  3. 卸载：sh install-linux.sh --uninstall

说明：
  - 填写默认写入普通公式（不依赖加载项）；=PERF.* 自定义函数需要 WPS 12.1.0.20540 及以上版本，安装后需重启 WPS。
  - 核查设置（规则方案、忽略项、撤销所需的写入记录）保存在工作簿内一张深度隐藏的工作表 PerfSheet_settings 中。
  - 已验证：同一套端口契约测试在文件、Excel 模拟和 WPS 对象模型模拟上通过；任务窗格在 Chromium 中对 WPS 模拟运行。
  - 未验证：真实的 WPS（Windows、Kylin、UOS）。部分个人版/新版 WPS 会拦截离线加载项（authaddin.json、jsaddinblockhost.ini），
    这需要单位的 WPS 管理员放行。

English: run install-windows.cmd (Windows) or sh install-linux.sh (Linux / Kylin / UOS) with WPS closed, then
restart WPS and open the 绩效核查 tab. Checked against fakes of the WPS object model only, not a real WPS.
`;
}

/** Build the package folder and zip from a built dist/; returns their paths. */
function buildPackage({ distDir, outDir, version }) {
  const wpsDir = path.join(distDir, layout.wps.dir);
  for (const f of Object.values(layout.wps.outputs).flat()) {
    if (!fs.existsSync(path.join(distDir, f))) throw new Error(`${path.join(distDir, f)} is missing: run npm run build first`);
  }
  const root = `perfsheet-wps-${version}`;
  const folder = `${NAME}_${version}`;
  const pkgDir = path.join(outDir, root);
  fs.rmSync(pkgDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(pkgDir, folder), { recursive: true });
  const files = {};
  for (const rel of listFiles(wpsDir)) {
    const data = fs.readFileSync(path.join(wpsDir, rel));
    fs.mkdirSync(path.dirname(path.join(pkgDir, folder, rel)), { recursive: true });
    fs.writeFileSync(path.join(pkgDir, folder, rel), data);
    files[`${root}/${folder}/${rel}`] = new Uint8Array(data);
  }
  const extra = {
    "install-linux.sh": [linuxInstaller(version), 0o755],
    "install-windows.ps1": ["\ufeff" + windowsInstaller(version), 0o644],
    "install-windows.cmd": [windowsLauncher(), 0o644],
    "安装说明.txt": [readme(version), 0o644],
  };
  for (const [name, [text, mode]] of Object.entries(extra)) {
    fs.writeFileSync(path.join(pkgDir, name), text, { mode });
    fs.chmodSync(path.join(pkgDir, name), mode);
    files[`${root}/${name}`] = [new TextEncoder().encode(text), { os: 3, attrs: ((0o100000 | mode) << 16) >>> 0 }];
  }
  // a fixed date: the same build gives the same zip
  const zip = zipSync(files, { level: 9, mtime: new Date("2026-01-01T00:00:00Z") });
  const zipPath = path.join(outDir, `${root}.zip`);
  fs.writeFileSync(zipPath, zip);
  return { dir: pkgDir, zip: zipPath, files: Object.keys(files).sort() };
}

module.exports = { buildPackage, linuxInstaller, windowsInstaller };

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const root = path.resolve(__dirname, "..");
  const distDir = path.resolve(root, opt("--dist", "dist"));
  const outDir = path.resolve(root, opt("--out", path.join("dist", "package")));
  const { version } = require("../package.json");
  const r = buildPackage({ distDir, outDir, version });
  console.log(`WPS add-in package: ${path.relative(root, r.dir)}/ and ${path.relative(root, r.zip)} (${r.files.length} files)`);
}
