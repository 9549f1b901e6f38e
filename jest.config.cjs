/**
 * Jest: ts-jest with a CommonJS tsconfig; type-checking is done once by `npm run typecheck`.
 * Two projects, both run by `jest` (and so by `npm test`):
 * - unit: everything under tests/ but the browser tests;
 * - e2e: tests/e2e/, the built pane (dist/, built first when missing or stale) in Chromium.
 *   Only this project: `npx jest --selectProjects e2e`.
 */
const shared = {
  testEnvironment: "node",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
};

module.exports = {
  // CLI tests start the real command (a fresh process each); on a cold, busy 2-core machine one
  // can take well over jest's default 5 s. Browser tests set their own, longer limits.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: "unit",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
    },
    {
      ...shared,
      displayName: "e2e",
      roots: ["<rootDir>/tests/e2e"],
      testMatch: ["**/*.test.ts"],
      globalSetup: "<rootDir>/tests/e2e/global-setup.ts",
    },
  ],
};
