/**
 * The add-in's file layout and origins, shared by webpack.config.js, scripts/check-manifest.js, the
 * dev server and the tests, so the manifest and the build cannot drift apart.
 */
"use strict";

module.exports = {
  /** where Office loads the add-in while sideloading (manifest.xml URLs) */
  devOrigin: "https://localhost:3000",
  /** plain-HTTP origin for local browser tests (no certificates on 127.0.0.1) */
  localOrigin: "http://127.0.0.1:3000",
  port: 3000,
  /** office.js on Microsoft's CDN: only for production builds made with --env officejs=cdn (dev, test and the
   *  default build serve the copy from @microsoft/office-js, so nothing is fetched from outside) */
  officeCdn: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  /** files the build emits into dist/, by role */
  outputs: {
    taskpane: "taskpane.html",
    checker: "checker.html",
    functionsScript: "functions.js",
    functionsMetadata: "functions.json",
    functionsMetadataZh: "functions.zh-CN.json",
    officeJs: "office/office.js",
    icons: ["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"],
  },
  /** manifest resource id → the output it must point at */
  manifestUrls: {
    "Taskpane.Url": "taskpane.html",
    "Functions.Script.Url": "functions.js",
    // the default locale is zh-CN, so the default metadata is the Chinese one and en-US overrides it
    "Functions.Metadata.Url": "functions.zh-CN.json",
    "Icon.16x16": "assets/icon-16.png",
    "Icon.32x32": "assets/icon-32.png",
    "Icon.80x80": "assets/icon-80.png",
  },
  /** localised metadata: bt:Override Locale → file */
  manifestUrlOverrides: { "Functions.Metadata.Url": { "en-US": "functions.json" } },
  namespace: "PERF",
  /** the WPS 表格 add-in (WPS 加载项), built into dist/wps/ and packaged by scripts/package-wps.js */
  wps: {
    dir: "wps",
    /** the add-in's name in publish.xml / jsplugins.xml, and the folder prefix (<name>_<version>) */
    name: "perfsheet",
    outputs: {
      entry: "wps/index.html",
      entryScript: "wps/main.js",
      taskpane: "wps/taskpane.html",
      taskpaneScript: "wps/taskpane.js",
      ribbon: "wps/ribbon.xml",
      manifest: "wps/manifest.xml",
      functionsMetadata: "wps/functions.json",
      jsplugins: "wps/jsplugins.xml",
      publish: "wps/publish.xml",
      icons: ["wps/assets/icon-16.png", "wps/assets/icon-32.png", "wps/assets/icon-64.png", "wps/assets/icon-80.png"],
    },
    /** WPS's add-in folders (publish.xml on Windows, jsplugins.xml on Linux / Kylin / UOS) */
    windowsDir: "%APPDATA%\\kingsoft\\wps\\jsaddons",
    linuxDir: "~/.local/share/Kingsoft/wps/jsaddons",
  },
};
