// @ts-check
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const prettier = require("eslint-config-prettier");
const officeAddins = require("eslint-plugin-office-addins");
const globals = require("globals");

const domainMustStayPure = {
  patterns: [
    {
      group: [
        "react",
        "react-dom",
        "@fluentui/*",
        "exceljs",
        "office-addin-*",
        "fflate",
        "saxes",
        "node:*",
        "fs",
        "path",
      ],
      message: "src/domain must stay pure: no host, UI or I/O imports (see shared DESIGN.md).",
    },
    {
      group: ["../plan/*", "../jobs/*", "../hosts/*", "../taskpane/*", "../cli/*", "../i18n/*"],
      message: "src/domain must be independent.",
    },
  ],
};

module.exports = tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "coverage/", "bench/.work/", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.js", "bin/*.js", "bench/*.js", ".ci/*.js"] },
        tsconfigRootDir: __dirname,
      },
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { "office-addins": officeAddins },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/naming-convention": [
        "error",
        { selector: "interface", format: ["PascalCase"], custom: { regex: "^I[A-Z]", match: false } },
      ],
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.js"],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  { files: ["src/domain/**/*.ts"], rules: { "no-restricted-imports": ["error", domainMustStayPure] } },
  prettier,
);
