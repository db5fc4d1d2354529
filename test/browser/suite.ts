/**
 * What every real-Chromium test file shares: the paths, and Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) with the BUILT pages served on 127.0.0.1, started before the file's tests and closed after.
 */
import { existsSync, mkdirSync } from "fs";
import { join, resolve } from "path";
import { chromium, Browser } from "playwright-core";
import { serveDir } from "./serve";

export const ROOT = resolve(__dirname, "../..");
export const DIST = resolve(ROOT, process.env.PERFSHEET_DIST ?? "dist");
export const CASES = join(ROOT, "test/fixtures/corpus/cases");
export const SHOTS = join(ROOT, "test-output/screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface BrowserSuite {
  readonly browser: Browser;
  /** http://127.0.0.1:PORT, serving dist/ */
  readonly url: string;
}

/** Registers beforeAll/afterAll for one test file; `page` is the built page the file needs (e.g. "checker.html"). */
export function useBrowser(page: string): BrowserSuite {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDir>> | undefined;
  beforeAll(async () => {
    if (!existsSync(join(DIST, page))) throw new Error(`${DIST}/${page} is missing: run npm run build first`);
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDir(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
}
