/** Jest: ts-jest with a CommonJS tsconfig; type-checking is done once by `npm run typecheck`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
};
