#!/usr/bin/env node
/**
 * Offline checker for manifest.xml (no XSDs ship on npm and `office-addin-manifest validate` needs the
 * internet: OFFICE-ADDINS §5). Checks what breaks sideloading or the shared runtime:
 * - element order and allowed children (OFFICE-ADDINS §1.4; an out-of-order element fails like a misplaced one)
 * - GUID <Id>, four-part <Version>, <Permissions>ReadWriteDocument, the SharedRuntime requirement
 * - every resid resolves to a resource of the right kind; resids and resource ids ≤ 32 characters and unique
 * - Runtime, custom-functions Page and FunctionFile on one resid; Runtime lifetime="long"
 * - string lengths: ShortStrings ≤ 125, LongStrings ≤ 250, DisplayName ≤ 125, Description ≤ 2000
 * - locale overrides: none for the default locale, one per locale
 * - URLs: https, one origin, and each known resource pointing at the file the build emits
 *   (scripts/addin-layout.js); with --dist DIR, the files exist there
 *
 * Usage: node scripts/check-manifest.js [manifest.xml] [--dist dist] [--origin https://host:port]
 * Exit 0 when no errors (warnings are printed), 1 otherwise.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");
const layout = require("./addin-layout");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** Allowed children in schema order, per element path key; `required` lists the mandatory ones. */
const ORDER = {
  OfficeApp: {
    children: ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides", "ExtendedOverrides"],
    required: ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "Hosts", "DefaultSettings", "Permissions"],
  },
  VersionOverrides: { children: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"], required: ["Hosts", "Resources"] },
  "VersionOverrides/Hosts/Host": { children: ["Runtimes", "AllFormFactors", "DesktopFormFactor"], required: [] },
  Runtimes: { children: ["Runtime"], required: ["Runtime"] },
  AllFormFactors: { children: ["ExtensionPoint"], required: [] },
  "ExtensionPoint:CustomFunctions": { children: ["Script", "Page", "Metadata", "Namespace"], required: ["Script", "Page", "Metadata", "Namespace"] },
  DesktopFormFactor: { children: ["GetStarted", "FunctionFile", "ExtensionPoint"], required: ["FunctionFile"] },
  GetStarted: { children: ["Title", "Description", "LearnMoreUrl"], required: ["Title", "Description", "LearnMoreUrl"] },
  "ExtensionPoint:PrimaryCommandSurface": { children: ["CustomTab", "OfficeTab"], required: [] },
  OfficeTab: { children: ["Group"], required: [] },
  Group: { children: ["Label", "Icon", "Control"], required: ["Label", "Icon"] },
  "Control:Button": { children: ["Label", "Supertip", "Icon", "Action"], required: ["Label", "Supertip", "Icon", "Action"] },
  Supertip: { children: ["Title", "Description"], required: ["Title", "Description"] },
  "Action:ShowTaskpane": { children: ["TaskpaneId", "SourceLocation", "Title"], required: ["SourceLocation"] },
  Resources: { children: ["Images", "Urls", "ShortStrings", "LongStrings"], required: [] },
};

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function elements(node) {
  const out = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c);
  return out;
}
const local = (el) => el.localName || el.nodeName.replace(/^.*:/, "");
const xsiType = (el) => el.getAttributeNS(NS.xsi, "type") || el.getAttribute("xsi:type") || "";
function where(el) {
  const parts = [];
  for (let e = el; e && e.nodeType === 1; e = e.parentNode) {
    const t = xsiType(e);
    parts.unshift(local(e) + (t ? `[${t}]` : ""));
  }
  return parts.join("/");
}

/**
 * Check manifest text. Returns { errors: string[], warnings: string[] }.
 * @param {string} xml
 * @param {{origin?: string, distDir?: string}} [options]
 */
function checkManifest(xml, options = {}) {
  const origin = (options.origin || layout.devOrigin).replace(/\/$/, "");
  const errors = [];
  const warnings = [];
  const parseErrors = [];
  let doc = null;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") parseErrors.push(String(msg).split("\n")[0]);
      },
    }).parseFromString(xml, "text/xml");
  } catch (e) {
    parseErrors.push(String((e && e.message) || e).split("\n")[0]);
  }
  if (parseErrors.length || !doc || !doc.documentElement) {
    return { errors: ["XML: " + (parseErrors[0] || "not well-formed")], warnings };
  }
  const root = doc.documentElement;
  if (local(root) !== "OfficeApp" || root.namespaceURI !== NS.app) {
    errors.push(`root must be <OfficeApp xmlns="${NS.app}">`);
    return { errors, warnings };
  }
  if (xsiType(root) !== "TaskPaneApp") errors.push('OfficeApp: xsi:type must be "TaskPaneApp"');

  // --- element order, allowed and required children -------------------------------------------------
  function orderKey(el) {
    const name = local(el);
    const t = xsiType(el);
    if (ORDER[`${name}:${t}`]) return `${name}:${t}`;
    if (name === "Host" && el.parentNode && local(el.parentNode) === "Hosts" && el.parentNode.parentNode && local(el.parentNode.parentNode) === "VersionOverrides") return "VersionOverrides/Hosts/Host";
    return ORDER[name] ? name : null;
  }
  (function walk(el) {
    const key = orderKey(el);
    if (key) {
      const spec = ORDER[key];
      let last = -1;
      const seen = new Set();
      for (const c of elements(el)) {
        const name = local(c);
        const idx = spec.children.indexOf(name);
        if (idx < 0) errors.push(`order: <${name}> is not a valid child of ${where(el)} (allowed, in order: ${spec.children.join(", ")})`);
        else if (idx < last) errors.push(`order: <${name}> must come before <${spec.children[last]}> in ${where(el)}`);
        else last = idx;
        seen.add(name);
      }
      for (const r of spec.required) if (!seen.has(r)) errors.push(`missing <${r}> in ${where(el)}`);
    }
    for (const c of elements(el)) walk(c);
  })(root);

  const all = (name) => Array.from(doc.getElementsByTagNameNS("*", name));
  const first = (parent, name) => elements(parent).find((e) => local(e) === name);
  const text = (el) => (el ? (el.textContent || "").trim() : "");

  // --- identity -----------------------------------------------------------------------------------
  const id = text(first(root, "Id"));
  if (!GUID.test(id)) errors.push(`Id: "${id}" is not a GUID`);
  const version = text(first(root, "Version"));
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version) || version.split(".").some((n) => Number(n) > 65535)) {
    errors.push(`Version: "${version}" must have four numeric parts (1.0.0.0)`);
  }
  const defaultLocale = text(first(root, "DefaultLocale"));
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(defaultLocale)) errors.push(`DefaultLocale: "${defaultLocale}" is not a locale tag`);
  const perms = text(first(root, "Permissions"));
  if (perms !== "ReadWriteDocument") errors.push(`Permissions: "${perms}" — writing scores needs ReadWriteDocument`);
  const hostNames = all("Host").filter((h) => h.getAttribute("Name")).map((h) => h.getAttribute("Name"));
  if (!hostNames.includes("Workbook")) errors.push('Hosts: <Host Name="Workbook"/> is missing');
  const sets = all("Set").map((s) => s.getAttribute("Name"));
  if (!sets.includes("SharedRuntime")) errors.push('Requirements: <Set Name="SharedRuntime" MinVersion="1.1"/> is missing');

  // --- lengths and locale overrides on the top-level strings ----------------------------------------
  function checkOverrides(el, max) {
    const label = where(el);
    const dv = el.getAttribute("DefaultValue");
    if (dv === null || dv === "") errors.push(`${label}: DefaultValue is empty`);
    else if (max && [...dv].length > max) errors.push(`${label}: DefaultValue has ${[...dv].length} characters (max ${max})`);
    const locales = new Set();
    for (const o of elements(el).filter((c) => local(c) === "Override")) {
      const loc = o.getAttribute("Locale");
      if (loc === defaultLocale) errors.push(`${label}: Override for the default locale ${loc} (put that text in DefaultValue)`);
      if (locales.has(loc)) errors.push(`${label}: two Overrides for ${loc}`);
      locales.add(loc);
      const v = o.getAttribute("Value") || "";
      if (max && [...v].length > max) errors.push(`${label}: ${loc} Override has ${[...v].length} characters (max ${max})`);
    }
  }
  const displayName = first(root, "DisplayName");
  if (displayName) checkOverrides(displayName, 125);
  const description = first(root, "Description");
  if (description) checkOverrides(description, 2000);

  // --- resources ----------------------------------------------------------------------------------
  const resources = new Map(); // id -> {kind, el}
  const KIND = { Images: "image", Urls: "url", ShortStrings: "short", LongStrings: "long" };
  const resourcesEl = all("Resources")[0];
  if (resourcesEl) {
    for (const group of elements(resourcesEl)) {
      const kind = KIND[local(group)];
      for (const r of elements(group)) {
        const rid = r.getAttribute("id") || "";
        if (!rid) errors.push(`${where(r)}: resource without id`);
        if (rid.length > 32) errors.push(`resource id "${rid}" has ${rid.length} characters (max 32)`);
        if (resources.has(rid)) errors.push(`resource id "${rid}" is defined twice`);
        resources.set(rid, { kind, el: r });
        checkOverrides(r, kind === "short" ? 125 : kind === "long" ? 250 : 0);
      }
    }
  } else errors.push("VersionOverrides: <Resources> is missing");

  const EXPECTED_KIND = { SourceLocation: "url", Runtime: "url", FunctionFile: "url", LearnMoreUrl: "url", Image: "image", Label: "short", Title: "short", Namespace: "short", Description: "long" };
  const used = new Set();
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    const rid = el.getAttribute("resid");
    if (rid === null || rid === "") continue;
    used.add(rid);
    if (rid.length > 32) errors.push(`${where(el)}: resid "${rid}" has ${rid.length} characters (max 32)`);
    const res = resources.get(rid);
    if (!res) {
      errors.push(`${where(el)}: resid "${rid}" does not resolve to a resource`);
      continue;
    }
    const want = EXPECTED_KIND[local(el)];
    if (want && res.kind !== want && !(want === "long" && res.kind === "short" && local(el.parentNode) === "GetStarted")) {
      errors.push(`${where(el)}: resid "${rid}" is a ${res.kind} resource, expected ${want}`);
    }
  }
  for (const rid of resources.keys()) if (!used.has(rid)) warnings.push(`resource "${rid}" is never used`);

  // --- shared runtime ------------------------------------------------------------------------------
  const runtime = all("Runtime")[0];
  const cf = all("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
  const functionFile = all("FunctionFile")[0];
  if (!runtime) errors.push("shared runtime: <Runtimes><Runtime resid=… lifetime=\"long\"/></Runtimes> is missing");
  if (!cf) errors.push('custom functions: <ExtensionPoint xsi:type="CustomFunctions"> is missing');
  if (runtime && runtime.getAttribute("lifetime") !== "long") errors.push('shared runtime: Runtime lifetime must be "long"');
  const pageSource = cf && first(cf, "Page") && first(first(cf, "Page"), "SourceLocation");
  const rids = {
    Runtime: runtime && runtime.getAttribute("resid"),
    "CustomFunctions Page": pageSource && pageSource.getAttribute("resid"),
    FunctionFile: functionFile && functionFile.getAttribute("resid"),
  };
  if (new Set(Object.values(rids)).size !== 1) {
    errors.push("shared runtime: Runtime, CustomFunctions Page and FunctionFile must share one resid (" + Object.entries(rids).map(([k, v]) => `${k}=${v}`).join(", ") + ")");
  }
  const nsEl = cf && first(cf, "Namespace");
  const nsRes = nsEl && resources.get(nsEl.getAttribute("resid"));
  const nsValue = nsRes && nsRes.el.getAttribute("DefaultValue");
  if (nsRes && nsValue !== layout.namespace) errors.push(`custom functions: namespace is "${nsValue}", the functions are written as ${layout.namespace}.*`);
  if (nsRes && elements(nsRes.el).length) errors.push("custom functions: do not localise the namespace (formulas written by code would break)");
  for (const a of all("Action").filter((e) => xsiType(e) === "ShowTaskpane")) {
    if (first(a, "TaskpaneId")) warnings.push("ShowTaskpane with a TaskpaneId under a shared runtime can open a second pane (leave TaskpaneId out)");
  }

  // --- URLs ----------------------------------------------------------------------------------------
  const urls = []; // [label, url]
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const el = first(root, name);
    if (el) urls.push([name, el.getAttribute("DefaultValue") || ""]);
  }
  const ds = first(root, "DefaultSettings");
  const dsSource = ds && first(ds, "SourceLocation");
  if (dsSource) urls.push(["DefaultSettings/SourceLocation", dsSource.getAttribute("DefaultValue") || ""]);
  for (const d of all("AppDomain")) urls.push(["AppDomain", text(d)]);
  for (const [rid, res] of resources) {
    if (res.kind !== "url" && res.kind !== "image") continue;
    urls.push([`resource ${rid}`, res.el.getAttribute("DefaultValue") || ""]);
    for (const o of elements(res.el)) urls.push([`resource ${rid} (${o.getAttribute("Locale")})`, o.getAttribute("Value") || ""]);
  }
  for (const [label, url] of urls) {
    let u;
    try {
      u = new URL(url);
    } catch {
      errors.push(`${label}: "${url}" is not a URL`);
      continue;
    }
    if (u.protocol !== "https:") errors.push(`${label}: ${url} must be https`);
    if (u.origin !== origin) errors.push(`${label}: ${url} is not on ${origin}`);
  }
  const expectFile = (label, url, file) => {
    if (url !== `${origin}/${file}`) errors.push(`${label}: ${url} should be ${origin}/${file} (the build emits ${file})`);
  };
  for (const [rid, file] of Object.entries(layout.manifestUrls)) {
    const res = resources.get(rid);
    if (!res) {
      errors.push(`resource "${rid}" is missing (the build emits ${file} for it)`);
      continue;
    }
    expectFile(`resource ${rid}`, res.el.getAttribute("DefaultValue"), file);
  }
  for (const [rid, byLocale] of Object.entries(layout.manifestUrlOverrides)) {
    const res = resources.get(rid);
    if (!res) continue;
    for (const [loc, file] of Object.entries(byLocale)) {
      const o = elements(res.el).find((e) => e.getAttribute("Locale") === loc);
      if (!o) errors.push(`resource ${rid}: no ${loc} Override (the build emits ${file})`);
      else expectFile(`resource ${rid} (${loc})`, o.getAttribute("Value"), file);
    }
  }
  if (dsSource) expectFile("DefaultSettings/SourceLocation", dsSource.getAttribute("DefaultValue"), layout.outputs.taskpane);
  const iconFiles = new Set(layout.outputs.icons);
  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const el = first(root, name);
    const v = el && el.getAttribute("DefaultValue");
    if (v && v.startsWith(origin + "/") && !iconFiles.has(v.slice(origin.length + 1))) errors.push(`${name}: ${v} is not an icon the build emits`);
  }

  // --- the build output ------------------------------------------------------------------------------
  if (options.distDir) {
    const files = new Set();
    for (const [, url] of urls) if (url.startsWith(origin + "/") && url.length > origin.length + 1) files.add(url.slice(origin.length + 1));
    for (const f of files) if (!fs.existsSync(path.join(options.distDir, f))) errors.push(`dist: ${f} is referenced by the manifest but not in ${options.distDir}`);
  }
  return { errors, warnings };
}

module.exports = { checkManifest };

if (require.main === module) {
  const args = process.argv.slice(2);
  let file = "manifest.xml";
  const options = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--dist") options.distDir = args[++i];
    else if (args[i] === "--origin") options.origin = args[++i];
    else file = args[i];
  }
  const { errors, warnings } = checkManifest(fs.readFileSync(file, "utf8"), options);
  for (const w of warnings) console.log(`warning: ${w}`);
  for (const e of errors) console.log(`error: ${e}`);
  console.log(errors.length ? `${file}: ${errors.length} error(s)` : `${file}: OK (${warnings.length} warning(s))`);
  process.exit(errors.length ? 1 : 0);
}
