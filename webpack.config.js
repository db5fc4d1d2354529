/**
 * Add-in build (issue 3): task pane + =PERF.* functions in one shared runtime, and the browser checker.
 *
 *   npm run build                         production bundles, office.js copied from @microsoft/office-js
 *   npm run build -- --env officejs=cdn   office.js from Microsoft's CDN (Marketplace / internet users)
 *   npm run build -- --env officejs=full  the whole @microsoft/office-js dist copied (air-gapped intranets)
 *   npm run build -- --env publicUrl=https://perf.example.gov.cn/addin/
 *                                         manifest.xml in dist/ rewritten from https://localhost:3000/
 *   npm run build -- --env outDir=/tmp/x  build elsewhere (the build test does)
 *   npx webpack serve --mode development  dev server on http://127.0.0.1:3000 (no certificates)
 *
 * dist/: taskpane.html (loads office.js, the taskpane bundle AND functions.js: shared runtime),
 * functions.js, functions.json (generated from the JSDoc by custom-functions-metadata-plugin),
 * functions.zh-CN.json (the same metadata with Chinese descriptions), checker.html + checker.js,
 * assets/ icons, manifest.xml, office/ (office.js unless officejs=cdn).
 *
 * dist/wps/: the WPS 表格 add-in (WPS 加载项): index.html + main.js (ribbon callbacks, =PERF.* functions),
 * ribbon.xml, taskpane.html + taskpane.js (the same pane on WPS's object model), manifest.xml + functions.json
 * (custom functions, WPS 12.1.0.20540+), assets/, and the jsplugins.xml / publish.xml templates that
 * `npm run package:wps` (scripts/package-wps.js) fills in for the offline package.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources, WebpackError, Compilation } = require("webpack");
const layout = require("./scripts/addin-layout");
const { localizeMetadata } = require("./scripts/localize-metadata");
const { toWpsFunctions } = require("./scripts/wps-metadata");

/** What an offline page may reach: frames and connections (fetch, XHR, WebSocket) of its own origin, blobs and data. */
const OFFLINE_CSP = "frame-src 'self' blob: data:; connect-src 'self' blob: data:";
const OFFICE_DIST = path.dirname(require.resolve("@microsoft/office-js/package.json")) + "/dist";
const ZH_OVERLAY = path.resolve(__dirname, "src/functions/functions.zh-CN.json");

/** Emits functions.zh-CN.json from the generated functions.json; a missing translation fails the build. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(ZH_OVERLAY);
      compilation.hooks.processAssets.tap({ name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, (assets) => {
        const source = assets[layout.outputs.functionsMetadata];
        if (!source) return; // the metadata plugin reported its own error
        try {
          const overlay = JSON.parse(fs.readFileSync(ZH_OVERLAY, "utf8"));
          const zh = localizeMetadata(source.source().toString(), overlay);
          compilation.emitAsset(layout.outputs.functionsMetadataZh, new sources.RawSource(JSON.stringify(zh, null, 4)));
        } catch (e) {
          compilation.errors.push(new WebpackError(e.message));
        }
      });
    });
  }
}

/** Emits dist/wps/functions.json (WPS's custom-function metadata) from the localised Office metadata. */
class WpsFunctionsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WpsFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "WpsFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL + 1 }, (assets) => {
        const zh = assets[layout.outputs.functionsMetadataZh];
        if (!zh) return; // LocalizedMetadataPlugin reported its error
        try {
          const out = toWpsFunctions(zh.source().toString());
          compilation.emitAsset(layout.wps.outputs.functionsMetadata, new sources.RawSource(JSON.stringify(out, null, 2)));
        } catch (e) {
          compilation.errors.push(new WebpackError(e.message));
        }
      });
    });
  }
}

/**
 * The production minifier, in two steps run by webpack's own minimizer plugin (minimizer-webpack-plugin, webpack's
 * dependency, resolved from webpack so it is the one webpack uses; the plugin chains the steps, their source maps
 * and their extracted comments):
 *   1. terser, as webpack's default ran it, but only its dead-code removal (unused declarations, pure calls whose
 *      value is unused, unreachable code; no mangling, no other rewriting): webpack leaves a module's unused exports
 *      in the bundle for the minifier to drop, and esbuild's minifier keeps unused declarations inside the bundle's
 *      function (functions.js and wps/main.js would double). Licence comments are taken out here into
 *      [file].LICENSE.txt with the banner in the bundle, as before.
 *   2. esbuild (already a devDependency: the jest transform, the CLI bundle) for everything else: syntax, names,
 *      whitespace. webpack's default (terser, two full compress passes, then mangling) took ~65 s CPU of the build's
 *      ~110 s; the two steps take about half of that and write bundles within ~5% of terser's size.
 * `target` keeps each build's syntax: esbuild lowers what is newer and never rewrites into a later form (under
 * es2017 `a != null ? a : b` stays as it is, no `??`). Text stays UTF-8 (terser's output; esbuild's default is
 * \u escapes).
 */
function minimizer(target) {
  const MinimizerPlugin = require(require.resolve("minimizer-webpack-plugin", { paths: [path.dirname(require.resolve("webpack/package.json"))] }));
  const deadCode = { compress: { defaults: false, unused: true, side_effects: true, dead_code: true, reduce_vars: true }, mangle: false };
  return new MinimizerPlugin({
    test: /\.[cm]?js(\?.*)?$/i,
    minify: [MinimizerPlugin.terserMinify, esbuildMinify],
    minimizerOptions: [deadCode, { target }],
  });
}

/** The minify function the plugin calls (self-contained: the plugin may ship it to a worker as its source). */
async function esbuildMinify(input, sourceMap, options) {
  const esbuild = require("esbuild");
  const [[name, source]] = Object.entries(input);
  const r = await esbuild.transform(Buffer.isBuffer(source) ? source.toString() : source, {
    minify: true,
    target: options.target,
    charset: "utf8",
    legalComments: "external",
    sourcefile: name,
    sourcemap: Boolean(sourceMap),
    sourcesContent: false,
  });
  // the legal comments, one after another on their own lines, as a list (one entry a comment, each once)
  const text = r.legalComments || "";
  const comments = new Set();
  for (let i = 0; i < text.length; ) {
    const block = text.startsWith("/*", i);
    if (!block && !text.startsWith("//", i)) {
      i++;
      continue;
    }
    const end = block ? text.indexOf("*/", i + 2) : text.indexOf("\n", i);
    const stop = end < 0 ? text.length : block ? end + 2 : end;
    comments.add(text.slice(i, stop));
    i = stop;
  }
  return {
    code: r.code,
    map: r.map ? JSON.parse(r.map) : undefined,
    extractedComments: [...comments],
    warnings: r.warnings.map((w) => `${w.text}${w.location ? ` (${name}:${w.location.line}:${w.location.column})` : ""}`),
  };
}
esbuildMinify.getMinimizerVersion = () => require("esbuild").version;

/** A WPS add-in page: its script by a relative path (the folder is installed on its own, e.g. perfsheet_0.1.0/). */
function wpsPage(title, script) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${title}</title>
  <script defer src="${script}"></script>
</head>
<body>
  <div id="container"></div>
</body>
</html>
`;
}

/** The WPS add-in's templates and static files into dist/wps/ (name and version filled in; the URL by the installer). */
function wpsCopies() {
  const pkg = require("./package.json");
  const fill = (content) => content.toString().replace(/__ADDIN_NAME__/g, layout.wps.name).replace(/__ADDIN_VERSION__/g, pkg.version);
  return [
    { from: "src/wps/ribbon.xml", to: layout.wps.outputs.ribbon },
    { from: "src/wps/manifest.xml", to: layout.wps.outputs.manifest },
    { from: "src/wps/jsplugins.xml", to: layout.wps.outputs.jsplugins, transform: fill },
    { from: "src/wps/publish.xml", to: layout.wps.outputs.publish, transform: fill },
    { from: "assets/*.png", to: `${layout.wps.dir}/assets/[name][ext]` },
  ];
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const officejs = env.officejs || "local"; // local | full | cdn
  if (!["local", "full", "cdn"].includes(officejs)) throw new Error(`--env officejs=${officejs}: use local, full or cdn`);
  const publicUrl = env.publicUrl ? String(env.publicUrl).replace(/\/?$/, "/") : null;

  const officeCopies =
    officejs === "cdn"
      ? []
      : officejs === "full"
        ? [{ from: OFFICE_DIST, to: "office", info: { minimized: true } }]
        : ["office.js", "o15apptofilemappingtable.js"].map((f) => ({ from: path.join(OFFICE_DIST, f), to: `office/${f}`, info: { minimized: true } }));

  const addin = {
    name: "addin",
    mode,
    devtool: mode === "development" ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      checker: "./src/checker/index.tsx",
    },
    // dist/wps/*.js and *.html come from the "wps" build running beside this one
    output: { path: path.resolve(__dirname, env.outDir || "dist"), filename: "[name].js", clean: { keep: /^wps[\\/]/ } },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // type checking is `npm run typecheck`; the bundle only transpiles
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: mode === "development" } },
          },
        },
      ],
    },
    performance: { hints: false },
    // JavaScript: tsconfig's target (ES2020; node_modules are bundled untranspiled, later syntax is lowered here);
    // webpack's default minimizer ("...") keeps the pages' HTML
    optimization: { minimizer: ["...", minimizer("es2020")], minimizeOptions: { javascript: false } },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: layout.outputs.functionsMetadata }),
      new LocalizedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: layout.outputs.taskpane,
        template: "./src/html/page.html",
        title: "绩效表格核查",
        officeJs: officejs === "cdn" ? layout.officeCdn : "office/office.js",
        // offline builds: the page may open frames and connections to its own origin only (office.js's telemetry frame,
        // o15apptofilemappingtable.js's ULS proxy, loads from the internet 3 s after office.js starts: blocked)
        csp: officejs === "cdn" ? null : OFFLINE_CSP,
        // shared runtime: the task-pane page also loads the functions bundle
        chunks: ["taskpane", "functions"],
      }),
      new HtmlWebpackPlugin({ filename: layout.outputs.checker, template: "./src/html/page.html", title: "绩效表格核查 · 浏览器版", officeJs: null, csp: OFFLINE_CSP, chunks: ["checker"] }),
      new WpsFunctionsPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (publicUrl ? content.toString().replace(new RegExp(layout.devOrigin + "/", "g"), publicUrl) : content),
          },
          ...officeCopies,
          ...wpsCopies(),
        ],
      }),
    ],
    devServer: {
      host: "127.0.0.1",
      port: layout.port,
      server: "http",
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
    },
  };

  /**
   * The WPS 表格 add-in's scripts (dist/wps/main.js, dist/wps/taskpane.js), built beside the add-in (the add-in's
   * clean keeps dist/wps/) for an OLD embedded Chromium: WPS 12.1 webviews predate Chromium 92 (no crypto.randomUUID), so
   * every module — node_modules too (tabster uses class static blocks and ??=) — is transpiled to ES2017, and
   * src/wps/polyfills.ts supplies the few newer built-ins the bundle calls.
   */
  const wps = {
    name: "wps",
    mode,
    devtool: mode === "development" ? "source-map" : false,
    target: ["web", "es2017"],
    entry: {
      [layout.wps.outputs.entryScript.replace(/\.js$/, "")]: "./src/wps/main.ts",
      [layout.wps.outputs.taskpaneScript.replace(/\.js$/, "")]: "./src/wps/taskpane.tsx",
    },
    output: { path: addin.output.path, filename: "[name].js", clean: false },
    resolve: addin.resolve,
    module: {
      rules: [
        {
          test: /\.(tsx?|m?js)$/,
          use: {
            loader: "ts-loader",
            options: {
              instance: "wps",
              transpileOnly: true,
              compilerOptions: { module: "esnext", target: "es2017", allowJs: true, sourceMap: mode === "development" },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: { minimizer: ["...", minimizer("es2017")], minimizeOptions: { javascript: false } },
    plugins: [
      // the WPS pages load their scripts by a path relative to themselves: the folder is installed on its own
      ...[
        [layout.wps.outputs.entry, layout.wps.outputs.entryScript, "绩效表格核查 · WPS"],
        [layout.wps.outputs.taskpane, layout.wps.outputs.taskpaneScript, "绩效表格核查"],
      ].map(
        ([filename, script, title]) =>
          new HtmlWebpackPlugin({
            filename,
            inject: false,
            chunks: [script.replace(/\.js$/, "")],
            templateContent: wpsPage(title, path.posix.basename(script)),
          }),
      ),
    ],
  };

  return [addin, wps];
};
