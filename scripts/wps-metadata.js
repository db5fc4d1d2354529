/**
 * functions.json for WPS 表格 (dist/wps/functions.json) from the Excel add-in's generated, Chinese-localised
 * metadata (dist/functions.zh-CN.json): the same ids as function names, so `=PERF.SCORE(...)` is the same formula
 * in both hosts. WPS's format (wpsjs functionsScanner, the official 加载项自定义函数 page): `{ functions: [{ name,
 * description, parameters: [{ name, description, type }], result: { type } }] }`. A range parameter keeps
 * Office's `dimensionality: "matrix"` beside type "any" (inferred: not checked against a real WPS).
 */
"use strict";

const TYPES = new Set(["number", "string", "boolean", "any"]);

/** @param {string | {functions: object[]}} metadata the Office custom-functions metadata (zh-CN) */
function toWpsFunctions(metadata) {
  const meta = typeof metadata === "string" ? JSON.parse(metadata) : metadata;
  return {
    functions: meta.functions.map((f) => {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(f.id)) throw new Error(`${f.id}: not a valid WPS function name`);
      const type = (t) => (TYPES.has(t) ? t : "any");
      return {
        name: f.id,
        description: f.description || "",
        parameters: (f.parameters || []).map((p) => ({
          name: p.name,
          description: p.description || "",
          type: type(p.type),
          ...(p.dimensionality === "matrix" ? { dimensionality: "matrix" } : {}),
          ...(p.optional ? { optional: true } : {}),
        })),
        result: { type: type(f.result && f.result.type), ...(f.result && f.result.dimensionality === "matrix" ? { dimensionality: "matrix" } : {}) },
      };
    }),
  };
}

module.exports = { toWpsFunctions };
