#!/usr/bin/env node
/**
 * Serve dist/ on http://127.0.0.1:3000 (no certificates; for local browser tests and the checker page).
 * Excel itself needs https://localhost:3000 (manifest.xml): use `npx webpack serve --mode development
 * --server-type https` with a trusted certificate on a machine with Excel, or `--env publicUrl=…` for a
 * real host. Usage: node scripts/serve-dist.js [--port 3000] [--dir dist]
 */
"use strict";

const http = require("http");
const fs = require("fs");
const path = require("path");
const layout = require("./addin-layout");

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const firstPort = Number(opt("--port", layout.port));
/** how many ports after the first one to try when it is busy */
const PORT_TRIES = 20;
const dir = path.resolve(opt("--dir", "dist"));
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8", ".xml": "application/xml", ".png": "image/png", ".css": "text/css", ".txt": "text/plain; charset=utf-8" };

if (!fs.existsSync(path.join(dir, layout.outputs.taskpane))) {
  console.error(`${dir} has no ${layout.outputs.taskpane}: run npm run build first (先运行 npm run build)`);
  process.exit(2);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url || "/", "http://127.0.0.1");
  const rel = decodeURIComponent(url.pathname).replace(/^\/+/, "") || layout.outputs.checker;
  const file = path.resolve(dir, rel);
  if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("not found");
    return;
  }
  res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache" });
  fs.createReadStream(file).pipe(res);
});

function listen(port) {
  server.once("error", (e) => {
    if (e.code === "EADDRINUSE" && port < firstPort + PORT_TRIES) {
      console.error(`端口 ${port} 已被占用，改用 ${port + 1}（port ${port} is busy, trying ${port + 1}）`);
      listen(port + 1);
    } else if (e.code === "EADDRINUSE") {
      console.error(`端口 ${firstPort}–${port} 都已被占用：请用 --port 指定其他端口（ports ${firstPort}–${port} are busy: choose one with --port）`);
      process.exit(2);
    } else {
      console.error(`无法启动服务（cannot serve）：${e.code || e.message}`);
      process.exit(2);
    }
  });
  server.listen(port, "127.0.0.1");
}
server.once("listening", () => announce(server.address().port));
listen(firstPort);

function announce(port) {
  const base = `http://127.0.0.1:${port}`;
  console.log(`PerfSheet dist/ on ${base}`);
  console.log(`  checker (browser, no Excel): ${base}/${layout.outputs.checker}`);
  console.log(`  task pane outside Office:     ${base}/${layout.outputs.taskpane}`);
  console.log(`  functions metadata:           ${base}/${layout.outputs.functionsMetadata}, ${base}/${layout.outputs.functionsMetadataZh}`);
  console.log("To sideload into Excel: serve the same files on https://localhost:3000 (trusted certificate), then");
  console.log("  Excel on the web: Insert › Add-ins › Upload My Add-in › manifest.xml;");
  console.log("  Excel on Windows/Mac: npx office-addin-debugging@7 start manifest.xml (needs internet and Excel).");
  console.log("Ctrl+C to stop.");
}
