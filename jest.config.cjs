/** Jest: ts-jest with a CommonJS tsconfig; type-checking is done once by `npm run typecheck`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json", diagnostics: false }],
  },
  // CLI tests start the real command (a fresh process each); on a cold, busy 2-core machine one
  // can take well over jest's default 5 s.
  testTimeout: 60_000,
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
};
