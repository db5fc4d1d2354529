/** Browser end-to-end tests (npm run test:browser): real Chromium against the built pages. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: {
    "^.+\\.tsx?$": "<rootDir>/jest.transform.js",
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  maxWorkers: 1,
  // one upper bound for every browser test (300 workbooks reviewed on two busy cores); tests wait for states, never for time
  testTimeout: 240_000,
};
