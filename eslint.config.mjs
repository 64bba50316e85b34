import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// Next's recommended rules plus type-aware checks from typescript-eslint (floating promises,
// misused promises, unsafe any) on our TypeScript.

/**
 * Layers only point down (docs/architecture.md): app → components → lib/actions → lib/write →
 * lib/data → lib/domain; lib/validation sits beside lib/data and neither imports the other; both
 * take their vocabulary from lib/domain. Tests may reach across layers.
 */
const restrict = (files, patterns, message, allowTypeImports = false) => ({
  files,
  ignores: ["**/*.test.ts", "**/*.test.tsx"],
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      { patterns: [{ group: patterns, message, allowTypeImports }] },
    ],
  },
});
const ABOVE_DATA = ["@/app/*", "@/components/*", "@/lib/actions/*", "@/lib/write/*", "@/lib/write"];
const layerRules = [
  restrict(
    ["lib/domain/**"],
    ["@/lib/*", "!@/lib/domain", "@/prisma/*", "**/prisma/**", "@/app/*", "@/components/*", "../../**"],
    "lib/domain is pure: it imports only lib/domain (no I/O, no seed data, no higher layer).",
  ),
  restrict(
    ["lib/validation/**"],
    [...ABOVE_DATA, "@/lib/data/*", "@/lib/db", "@/lib/generated/*"],
    "lib/validation takes its vocabulary from lib/domain, not from lib/data or above.",
  ),
  restrict(
    ["lib/data/**"],
    [...ABOVE_DATA, "@/lib/validation/*"],
    "lib/data reads; it does not import form types (lib/validation) or anything above it.",
  ),
  restrict(
    ["lib/write/**"],
    ["@/app/*", "@/components/*", "@/lib/actions/*"],
    "lib/write is called by lib/actions, never the other way.",
  ),
  restrict(
    ["lib/import/**"],
    ["@/lib/feeds/*"],
    "lib/feeds uses lib/import (feed parsing lives there), not the other way.",
  ),
  restrict(
    ["components/**"],
    ["@/lib/db", "@/lib/generated/*", "@/lib/write/*", "@/lib/write", "@/lib/data/*"],
    "Components get data as props; only types may come from lib/data.",
    true,
  ),
  restrict(
    ["app/**"],
    ["@/lib/db", "@/lib/generated/*", "@/lib/write/*", "@/lib/write"],
    "Routes read through lib/data and write through lib/actions.",
  ),
];

export default tseslint.config(
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unsafe-assignment": "error",
      "@typescript-eslint/no-unsafe-member-access": "error",
      "@typescript-eslint/no-unsafe-call": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layerRules,
);
