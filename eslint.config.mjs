// ESLint flat config: typescript-eslint's recommended rules plus the Office add-in rules
// (eslint-plugin-office-addins) on the code that talks to Office.js. Formatting is not linted.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "bench/results/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      // Cell text is untrusted: it is never parsed as HTML.
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: "Cell text is untrusted: never use innerHTML/outerHTML." },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: "Cell text is untrusted: never insert HTML." },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: "Never use document.write." },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Cell text is untrusted: never use dangerouslySetInnerHTML." },
      ],
    },
  },
  {
    // The Office.js rules read any `getCell`/`load` chain as Office.js, so they run only where
    // Office.js is used: the Excel adapter, the ribbon commands and the task pane.
    files: ["src/excel/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
