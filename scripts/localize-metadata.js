/**
 * Build functions.zh-CN.json from the generated functions.json and src/functions/functions.zh-CN.json.
 *
 * Only descriptions are localised: ids and names stay identical (OFFICE-ADDINS §2.2 — localised names break
 * formulas that the task pane writes). Throws when a function or a parameter has no translation, or when
 * the overlay names a function or parameter that does not exist, so a missing translation fails the build
 * and the test.
 *
 * Used by webpack.config.js (emits dist/functions.zh-CN.json) and test/functions/zh-CN.test.ts.
 */
"use strict";

/**
 * @param {string | object} metadata functions.json (text or parsed)
 * @param {{functions: Record<string, {description: string, parameters: Record<string, string>}>}} overlay
 * @returns {object} the localised metadata
 */
function localizeMetadata(metadata, overlay) {
  const meta = typeof metadata === "string" ? JSON.parse(metadata) : JSON.parse(JSON.stringify(metadata));
  const problems = [];
  const seen = new Set();
  for (const fn of meta.functions) {
    const t = overlay.functions[fn.id];
    seen.add(fn.id);
    if (!t || !t.description || !t.description.trim()) {
      problems.push(`${fn.id}: no Chinese description`);
      continue;
    }
    fn.description = t.description;
    const params = t.parameters || {};
    for (const p of fn.parameters || []) {
      const d = params[p.name];
      if (!d || !d.trim()) problems.push(`${fn.id}.${p.name}: no Chinese description`);
      else p.description = d;
    }
    for (const name of Object.keys(params)) {
      if (!(fn.parameters || []).some((p) => p.name === name)) problems.push(`${fn.id}.${name}: no such parameter`);
    }
  }
  for (const id of Object.keys(overlay.functions)) if (!seen.has(id)) problems.push(`${id}: no such function`);
  if (problems.length) throw new Error("functions.zh-CN.json is incomplete:\n  " + problems.join("\n  "));
  return meta;
}

module.exports = { localizeMetadata };
