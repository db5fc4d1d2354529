/** `npm start`'s server (scripts/serve-dist.js): a busy port gets a clear message and the next free port. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createServer, Server } from "net";
import { spawn } from "child_process";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const layout = require("../../scripts/addin-layout.js");
const SCRIPT = path.join(__dirname, "../../scripts/serve-dist.js");

function occupy(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as { port: number }).port })));
}

/** Run the server until it prints its address (or exits); resolves with what it printed. */
function startServe(args: string[]): Promise<{ out: string; err: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
      if (/Ctrl\+C/.test(out)) child.kill();
    });
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => resolve({ out, err, code }));
  });
}

test("a busy port: says so in Chinese and English, and serves on the next one", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfsheet-serve-"));
  fs.writeFileSync(path.join(dir, layout.outputs.taskpane), "<html></html>");
  const { server, port } = await occupy();
  try {
    const r = await startServe(["--port", String(port), "--dir", dir]);
    expect(r.err).toContain(`端口 ${port} 已被占用`);
    expect(r.err).toContain(`port ${port} is busy`);
    expect(r.out).toMatch(new RegExp(`on http://127\\.0\\.0\\.1:(\\d+)`));
    const served = Number(/127\.0\.0\.1:(\d+)/.exec(r.out)![1]);
    expect(served).toBeGreaterThan(port);
    expect(r.err).not.toMatch(/EADDRINUSE|at .*\.js:\d+/);
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("no build yet: one clear line and exit 2", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfsheet-serve-"));
  const r = await startServe(["--dir", dir]);
  expect(r.code).toBe(2);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).toContain("npm run build");
  fs.rmSync(dir, { recursive: true, force: true });
});
