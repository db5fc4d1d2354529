/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // real-Chromium tests run after a build, in their own script (npm run test:browser, jest.browser.config.js)
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  // a test that reviews every real sheet takes about half a second; on a loaded 2-core machine (CI) the default 5 s
  // ceiling was reached now and then, failing a correct test: the ceiling is for hangs, not for speed
  testTimeout: 30_000,
  // jest's module runtime with two changes that shorten the run and change no result (jest.runtime.js): each module
  // compiled once per worker rather than once per test file, and V8's optimising compiler without inlining
  runtime: "<rootDir>/jest.runtime.js",
  transform: {
    "^.+\\.tsx?$": "<rootDir>/jest.transform.js",
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
