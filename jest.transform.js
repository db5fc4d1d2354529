"use strict";
/**
 * The jest transform for .ts/.tsx (both jest configs): esbuild (already a devDependency: scripts/bundle-cli.js)
 * strips the types and writes CommonJS, file by file. It does not type-check, and neither did ts-jest here
 * (tsconfig.json's isolatedModules put ts-jest in transpile-only mode): `npm test` type-checks every test and
 * source file first (tsc --noEmit). esbuild reads tsconfig.json's compiler options that change the emitted code
 * (target ES2020 → class fields assigned as TypeScript assigns them, jsx react-jsx, esModuleInterop's default
 * import); the code runs on Node, so nothing is lowered (target: the running Node). No jest.mock hoisting: no test
 * mocks a module (ts-jest's hoisting had nothing to do).
 */
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const esbuild = require("esbuild");

const TSCONFIG = path.join(__dirname, "tsconfig.json");
const tsconfigRaw = JSON.parse(fs.readFileSync(TSCONFIG, "utf8"));
const NODE = `node${process.versions.node.split(".")[0]}`;
const OWN = crypto
  .createHash("sha256")
  .update(fs.readFileSync(__filename))
  .update(JSON.stringify(tsconfigRaw))
  .update(esbuild.version)
  .update(NODE)
  .digest("hex");

module.exports = {
  canInstrument: false,
  getCacheKey(source, filename) {
    return crypto.createHash("sha256").update(OWN).update("\0").update(filename).update("\0").update(source).digest("hex");
  },
  process(source, filename) {
    const r = esbuild.transformSync(source, {
      loader: filename.endsWith(".tsx") ? "tsx" : "ts",
      format: "cjs",
      target: NODE,
      platform: "node",
      // import() as TypeScript's CommonJS output writes it (a require in a promise): jest runs each file in a vm
      // context without ES modules, where a native import() fails
      supported: { "dynamic-import": false },
      tsconfigRaw,
      sourcemap: "external",
      sourcefile: filename,
      sourcesContent: false,
    });
    return { code: r.code, map: r.map };
  },
};
